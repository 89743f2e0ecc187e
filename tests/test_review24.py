"""Round 24's final review: cases the round's new rules had broken, each checked against the
round-start behaviour."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def _speakers(text: str) -> list[str | None]:
    return [(q["speaker"] or {}).get("name") for q in checked_report(text)["quotes"]]


def _rules(text: str, prefix: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in analyze_text(text).findings if f.rule.startswith(prefix)]


def test_an_aside_opening_with_a_name_like_will_is_no_predicate() -> None:
    text = "The congressman, Will Hurd, said the plan would fail.\n"
    speakers = _speakers(text)
    assert len(speakers) == 1 and speakers[0] is not None and speakers[0].endswith("Hurd")


def test_a_definite_subject_and_an_irregular_past_after_reported_is_a_clause() -> None:
    text = (
        "Police reported the suspect fled on foot.\n\n"
        "Officials reported the fire spread over the ridge.\n"
    )
    assert [q["text"] for q in checked_report(text)["quotes"]] == [
        "the suspect fled on foot", "the fire spread over the ridge"
    ]


def test_an_unnamed_official_after_a_place_and_a_comma_still_speaks() -> None:
    text = (
        "The memo was drafted at the Justice Department, a former official reportedly said.\n\n"
        "Talks stalled at the State Department, a senior official confirmed.\n"
    )
    assert _rules(text, "A1") == [
        ("A101", "a former official"), ("A101", "a senior official")
    ]


def test_the_businessman_is_no_name_run_across_a_sentence_end() -> None:
    text = (
        "The deal collapsed in May. Tom Harker, a businessman from Leeds, had backed it.\n\n"
        "\"We were misled,\" the businessman said.\n"
    )
    assert _speakers(text) == ["Tom Harker"]


def test_worst_possible_is_no_hedge_but_an_honest_would_have_is() -> None:
    assert _rules("It came at the worst possible moment for the campaign.\n", "H") == []
    hedges = _rules("It would have been the honest thing to do, he said.\n", "H")
    assert [rule_text[1] for rule_text in hedges] == ["would have"]
