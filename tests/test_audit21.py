"""Round 21 audit (AUDIT21): defects found on story kinds the tool had not been read on (a war
dispatch, a celebrity split, a central-bank decision, an air-crash investigation, a ransomware
attack, a poll story, a fact-check with an editor's note, a campus protest).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

# -- 1: a subject with an irregular past tense before "but signalled" / "and said" ---------------

CENTRAL_BANK = (
    "FRANKFURT (Reuters) \u2014 The European Central Bank left interest rates unchanged on "
    "Thursday but signalled that it could cut borrowing costs as soon as September if inflation "
    "keeps falling.\n\n"
    "The lender, Harrow Mutual, cut 200 jobs on Monday and said it would close two branches.\n"
)


def test_an_irregular_past_tense_ends_the_subject_of_a_second_predicate() -> None:
    """"left" and "cut" were read into the subject ("The company cut 200 jobs" spoke), and the
    bank's signal had no speaker at all, so its "could cut" was a hedge in the reporter's voice.
    Both speakers are the subject before the irregular past tense, and the modal is quoted."""
    report = checked_report(CENTRAL_BANK)
    quotes = report_quotes(report)
    assert quotes[0] == (
        "it could cut borrowing costs as soon as September if inflation keeps falling",
        "European Central Bank", "organization", "signalled",
    )
    assert quotes[1][1:3] == ("Harrow Mutual", "organization")
    assert quotes[1][0] == "it would close two branches"
    hedges = [(f["rule"], f["text"], f["voice"]) for f in report["findings"] if f["rule"][0] == "H"]
    assert hedges == [("H201", "could cut", "quoted")]


def test_the_left_of_a_party_is_still_a_subject() -> None:
    """Guard: "left" straight after the article is the noun ("The left wing of the party")."""
    report = checked_report("The left wing of the party said it would fight the plan.\n")
    assert report_quotes(report)[0][1] == "The left wing of the party"
