"""Round 22 (lead): a deal story on people familiar, a derby row, a flood-warning inquiry."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def _anonymous_flags(text: str, reason: str = "because") -> list[tuple[str, str, bool]]:
    """(rule, words, whether the message quotes `reason`) of each anonymous-source flag."""
    report = analyze_text(text)
    return [
        (f.rule, f.text, f"'{reason}" in f.message)
        for f in report.findings
        if f.rule in ("A101", "A102")
    ]


def test_a_reason_given_with_the_reference_explains_the_people_introduced_before() -> None:
    text = (
        "OSLO \u2014 Halvorsen Foods is exploring a sale of its frozen-meals division, "
        "according to three people familiar with the matter.\n\n"
        "The company has hired Lazard to sound out private equity firms, the people said, "
        "asking not to be identified because the talks are private. No final decision has "
        "been made, one of them said.\n\n"
        "Private equity firms are expected to look at the business, the people familiar said.\n"
    )
    checked_report(text)
    reason = "because the talks are private"
    assert _anonymous_flags(text, reason) == [
        ("A102", "three people familiar with the matter", True),
        ("A102", "the people", True),
        ("A102", "one of them", True),
        ("A102", "the people familiar", True),
    ]
    sources = [s for s in analyze_text(text).sources if s.kind == "anonymous"]
    assert [s.anonymity_reason.text for s in sources if s.anonymity_reason] == [reason] * len(
        sources
    )


def test_an_unexplained_group_stays_unexplained_when_a_later_reference_gives_no_reason() -> None:
    text = (
        "The minister plans to resign next week, according to two people familiar with her "
        "thinking.\n\nShe has told colleagues she is exhausted, the people said.\n"
    )
    checked_report(text)
    assert _anonymous_flags(text) == [
        ("A101", "two people familiar with her thinking", False),
        ("A101", "the people", False),
    ]
