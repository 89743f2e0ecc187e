"""Round 22 audit (AUDIT22): flags a standards editor would dispute (part 1 of the brief) and
defects found on story kinds the tool had not been read on (an infant-formula recall, a police
misconduct inquiry, a doping appeal at CAS, a cyber-espionage attribution, a housing-market
report, a political memoir, a satellite launch failure).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags

# -- 1: a person in a named witness's quoted account is no source of the story -------------------

WITNESS = (
    '"We heard the sirens and then one man told them to leave, but nobody moved," said Marta '
    "Olsen, 54, who has fished from the harbour for three decades.\n\n"
    'The White House called the memoir "a work of fiction by a disgruntled former employee."\n'
)


def test_an_unnamed_person_in_a_named_speakers_quotation_is_no_source() -> None:
    """"one man" (subject of "told") and "a disgruntled former employee" were A101 in the
    quoted voice: people in the speaker's account, not sources the story rests on."""
    report = checked_report(WITNESS)
    assert report_flags(report, "A1") == []
    assert {s["name"] for s in report["sources"]} == {"Marta Olsen", "White House"}


def test_an_anonymous_phrase_inside_a_quoted_report_is_still_flagged() -> None:
    """Guard: a quoted report that rests on "people familiar with the talks" keeps its flag."""
    report = checked_report(
        'The Courier said the deal was close, "according to people familiar with the talks," '
        "and that a vote could come on Friday, Mayor Ann Roe said.\n"
    )
    assert ("A101", "people familiar with the talks") in report_flags(report, "A1")


def test_a_by_inside_a_quoted_label_credits_no_one_but_after_it_still_does() -> None:
    """Guard for the second half: the agent after a closed quotation is still credited."""
    report = checked_report(
        'The plan was called "a giveaway to developers" by several council members.\n'
    )
    assert report_flags(report, "A2") == [("A201", "several council members")]
