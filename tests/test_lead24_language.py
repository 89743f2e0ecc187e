"""Round 24 (lead): hedges read on a banned coach's comeback story."""

from __future__ import annotations

from newscheck import analyze_text


def _hedges(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.voice) for f in analyze_text(text).findings if f.rule.startswith("H")]


def test_possible_after_any_superlative_is_no_hedge() -> None:
    text = (
        "\"We will take the strongest possible action,\" a spokesperson said. The campaign "
        "hoped to finish second, putting him in the strongest possible position.\n"
    )
    assert _hedges(text) == []


def test_a_possible_thing_still_hedges() -> None:
    text = "The firm is weighing a possible sale of its European arm.\n"
    assert _hedges(text) == [("possible", "author")]
