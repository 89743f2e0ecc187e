"""Round 18 (LEFT18): left-over attribution defects: a claim named by a noun cue inside a
clause verb's object, the noun cue's content end, aspect verbs before a cue, and an
organisation name with an inner "in"/"for"/"of"."""

from __future__ import annotations

from tests.quote_helpers import checked_report, report_quotes


def test_rejected_claim_by_critics_belongs_to_the_critics():
    # the that-clause is the critics' claim; the board's report is the whole object it rejected
    report = checked_report(
        "The transport board rejected claims by critics that the congestion levy was unfair."
    )
    assert sorted(report_quotes(report)) == sorted(
        [
            ("the congestion levy was unfair", "critics", "vague", "claims by"),
            (
                "claims by critics that the congestion levy was unfair",
                "The transport board",
                "organization",
                "rejected",
            ),
        ]
    )
    assert [(f["rule"], f["text"]) for f in report["findings"]] == [("A201", "critics")]


def test_rejected_claim_is_nested_like_rejected_what_critics_called():
    # the same shape as 'rejected what critics called "..."': the actor's content is the
    # whole object, the critics own their words
    report = checked_report('The transport board rejected what critics called "an unfair levy".')
    assert sorted(report_quotes(report)) == sorted(
        [
            ('"an unfair levy"', "critics", "vague", "called"),
            (
                'what critics called "an unfair levy"',
                "The transport board",
                "organization",
                "rejected",
            ),
        ]
    )
