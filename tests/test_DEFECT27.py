"""Round 27 (DEFECT27): known quote, speaker and source defects (issues #3, #5).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

from newscheck.stages.mentions import classify_mention


def _sources(report: dict) -> list[tuple[str, str, bool, str | None]]:
    return [
        (
            s["kind"],
            s["name"],
            s["identifiable"],
            s["anonymity_reason"]["text"] if s.get("anonymity_reason") else None,
        )
        for s in report["sources"]
    ]


# -- 1: a campaign's imperative name is a body ----------------------------------------------------


def test_a_campaign_name_opening_on_a_verb_is_an_organisation() -> None:
    """ "Save the Children said", "Rock the Vote said": the charity or campaign, not a person
    (the span was already whole since round 26; its kind was still a person's)."""
    report = checked_report(
        "Save the Children said the camps in the north were running out of clean water.\n"
    )
    assert report_quotes(report) == [
        (
            "the camps in the north were running out of clean water",
            "Save the Children",
            "organization",
            "said",
        )
    ]
    report = checked_report(
        "On Tuesday, Rock the Vote said registrations among students had doubled.\n"
    )
    assert report_quotes(report) == [
        ("registrations among students had doubled", "Rock the Vote", "organization", "said")
    ]
    assert classify_mention("Reclaim Our Schools") == "organization"


# -- 11: court copy's unnamed person before an age; two titles in an apposition -------------------


def test_an_unnamed_person_before_an_age_and_home_town_speaks() -> None:
    """ "A woman, 29, of Frome, Somerset, told the court": the unnamed woman, not "Frome"."""
    report = checked_report(
        "A woman, 29, of Frome, Somerset, told the court she had not seen the van.\n"
    )
    assert report_quotes(report) == [
        ("she had not seen the van", "A woman", "anonymous", "told")
    ]


def test_two_pointed_titles_in_an_apposition_name_the_speaker() -> None:
    """ "said the senior investigating officer, Det. Insp. Karen Holt": the named officer (one
    pointed title was read; two were not)."""
    report = checked_report(
        '"We need witnesses," said the senior investigating officer, Det. Insp. Karen Holt.\n'
    )
    assert report_quotes(report) == [
        ('"We need witnesses,"', "Karen Holt", "person", "said")
    ]
