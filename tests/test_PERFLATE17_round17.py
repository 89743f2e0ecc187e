"""Round 17 (PERFLATE17): the introductions of a quote speaker's noun ("an organizer" before
"the organizer said") are found by regexes compiled once, not by a regex compiled per noun."""

from __future__ import annotations

from newscheck.stages.source_finders import _introduced


def spans(text: str, head: str, pos: int = 0, endpos: int | None = None) -> list[str]:
    end = len(text) if endpos is None else endpos
    found = _introduced(text, head, pos, end)
    return [text[start:stop] for start, stop in found]


def test_fewest_modifiers_reach_the_noun() -> None:
    text = (
        "An organizer at a field office, a second organizer and one veteran union organizer came."
    )
    assert spans(text, "organizer") == [
        "An organizer",
        "a second organizer",
        "one veteran union organizer",
    ]


def test_more_than_three_modifiers_is_no_introduction() -> None:
    text = "She met a newly hired part time night organizer on Friday."
    assert spans(text, "organizer") == []


def test_the_noun_must_end_the_word() -> None:
    text = "An organizer-led march passed; an organizer's van waited; another organizers' meeting."
    assert spans(text, "organizer") == []


def test_another_and_a_third_are_determiners() -> None:
    text = "Another nurse spoke to a third nurse, and a nurse-turned-lawyer left."
    third = text.index("a third")
    assert _introduced(text, "nurse", 0, len(text)) == [(0, 13), (third, third + 13)]


def test_window_limits_are_respected() -> None:
    text = "A nurse came in. Later a nurse left."
    first = text.index("Later")
    assert spans(text, "nurse", first) == ["a nurse"]
    assert spans(text, "nurse", 0, text.index("nurse") + 3) == []  # "A nur": cut by the end
    # a determiner inside a longer word is none ("Ana nurse")
    assert spans("Ana nurse waved.", "nurse") == []
