"""Round 26 audit (AUDIT26): flags a standards editor would dispute, found on eight stories
written for the round as a careful reporter would write them (a council vote, a court report,
science news, a match report, an obituary, a profit warning, a storm, a theatre review;
``tests/data/audit26/``).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, speaker_of, voiced_flags

# -- named bodies, requests, study authors -------------------------------------------------------


def test_the_friends_of_a_named_place_are_a_charity() -> None:
    """ "The Friends of St Agnes Hospice said ..." was an anonymous source (A101): a group's
    name, as "Friends of the Earth" was already."""
    text = "The Friends of Rosedale Park said it had raised £12,000 for new benches.\n"
    report = checked_report(text)
    assert report_flags(report, "A") == []
    assert speaker_of(report, "raised")[1] == "organization"


def test_unnamed_friends_stay_unnamed() -> None:
    """Guard: "The friends of the victim said" are unnamed people."""
    text = "The friends of the victim said he had been threatened.\n"
    assert report_flags(checked_report(text), "A1") == [("A101", "The friends of the victim")]


def test_asking_to_see_something_is_no_claim() -> None:
    """ "... when a new auditor asked to see the invoices" flagged 'a new auditor' A101: a
    request to do something, not information the story rests on."""
    text = "The missing money came to light when a new auditor asked to see the receipts.\n"
    assert report_flags(checked_report(text), "A") == []


def test_a_group_asking_to_see_something_is_no_source() -> None:
    """ "... when inspectors asked to see the receipts" flagged 'inspectors' A201."""
    text = "The shortfall came to light when inspectors asked to see the receipts.\n"
    assert report_flags(checked_report(text), "A") == []


def test_asked_to_comment_then_said_is_still_a_source() -> None:
    """Guard: "A spokesman, asked to comment, said ..." still speaks."""
    text = "A spokesman, asked to comment, said the review would take a month.\n"
    assert report_flags(checked_report(text), "A1") == [("A101", "A spokesman")]


def test_the_authors_of_a_study_in_a_named_journal() -> None:
    """ "the authors wrote" after "a study ... published on Thursday in the journal Nature
    Ecology & Evolution" and "The researchers, led by ... Dr Leila Haddad" was A201."""
    text = (
        "Wetlands store more carbon than thought, according to a study of 80 marshes published "
        "on Monday in the journal Global Change Biology. The researchers, led by soil scientist "
        "Dr Ines Moreau, sampled the marshes over four years. The findings do not apply to "
        "peat bogs, the authors wrote.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A2") == []
    assert speaker_of(report, "peat bogs") == ("the authors", "person")


def test_the_authors_of_an_unnamed_study_stay_vague() -> None:
    """Guard: a study with no journal, institution or leader keeps "the authors" vague."""
    text = (
        "A new study says wetlands store more carbon than thought. The findings do not apply "
        "to peat bogs, the authors wrote.\n"
    )
    assert report_flags(checked_report(text), "A2") == [("A201", "the authors")]


# -- "the last disaster" ------------------------------------------------------------------------


def test_the_last_disaster_refers_to_the_named_flood() -> None:
    """ "the flood wall built after the last disaster" in a flood story was L201 'disaster'."""
    text = (
        "Floods cut off the town for the third time in ten years. Shopkeepers said the wall "
        "built after the last disaster had held.\n"
    )
    assert voiced_flags(text, "L") == []


def test_a_disaster_as_a_verdict_is_still_flagged() -> None:
    """Guard: "the latest disaster for the company" with no calamity in the story."""
    text = "The recall was the latest disaster for the carmaker.\n"
    assert voiced_flags(text, "L") == [("L101", "disaster", "author")]
