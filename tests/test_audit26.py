"""Round 26 audit (AUDIT26): flags a standards editor would dispute, found on eight stories
written for the round as a careful reporter would write them (a council vote, a court report,
science news, a match report, an obituary, a profit warning, a storm, a theatre review;
``tests/data/audit26/``).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from pathlib import Path

from quote_helpers import checked_report, report_flags, speaker_of, voiced_flags

FIXTURES = Path(__file__).parent / "data" / "audit26"


def fixture_report(name: str) -> dict:
    return checked_report((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


# -- a group one of whose members the story names and quotes next --------------------------------


def test_analysts_then_a_named_analyst_is_no_vague_group() -> None:
    """ "Analysts said ... Clive Rutherford, a retail analyst at Peel Hunt, said ..." flagged
    'Analysts' A201 ("say who, or quote one of them"): the next sentence does just that."""
    text = (
        "Analysts said the size of the cut had caught investors off guard. Maya Chen, a "
        "consumer analyst at Northgate Securities, said she had expected half as much.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A2") == []
    assert speaker_of(report, "size of the cut") == ("Analysts", "vague")


def test_another_resident_named_two_sentences_on() -> None:
    """ "Residents who spoke at the meeting were divided. ... Another resident, Sarah Linley,
    said ..." flagged 'Residents who' A201."""
    text = (
        "Residents who spoke at the hearing were split. Tom Birch, who lives opposite the "
        "depot, said he backed the plan. Another resident, Ayesha Khan, said she feared the "
        "lorries.\n"
    )
    assert report_flags(checked_report(text), "A2") == []


def test_a_named_person_of_another_kind_does_not_end_the_group() -> None:
    """Guard: the mayor is not one of the critics; 'Critics' keeps its flag."""
    text = (
        "Critics said the budget hid a deficit. Ruth Ames, the mayor, said the accounts were "
        "sound.\n"
    )
    assert report_flags(checked_report(text), "A2") == [("A201", "Critics")]


def test_a_member_far_away_does_not_count() -> None:
    """Guard: a member named paragraphs later is too far to be the group's voice."""
    filler = "The plan was first put forward in the spring and revised twice. " * 6
    text = (
        "Analysts said the forecast was too high. "
        + filler
        + "Maya Chen, a consumer analyst at Northgate Securities, said the shares were cheap.\n"
    )
    assert report_flags(checked_report(text), "A2") == [("A201", "Analysts")]


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


# -- quoted words given as examples of words -----------------------------------------------------


def test_example_words_are_no_quote_of_the_subject_and_no_scare_quotes() -> None:
    """'Auditors searched the files for terms such as "bonus," "waiver" and "Geneva."' credited
    the first word to 'Auditors' (A201) and flagged the others as scare quotes (L101): each is
    a word mentioned, as after "the word"."""
    text = (
        'Clerks searched the archive for terms such as "bonus," "waiver" and "Geneva." '
        "Nothing was found.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == []
    assert report_flags(report, "L") == []
    assert [q["speaker"] for q in report["quotes"]] == [None, None, None]


def test_scare_quotes_outside_a_list_of_words_stay() -> None:
    """Guard: one word in quotation marks with no list of words before it is still L101."""
    text = 'The board\'s "review" of the scheme took two years and cost £40,000.\n'
    assert voiced_flags(text, "L") == [("L101", "review", "author")]


# -- "writing" with an object ---------------------------------------------------------------------


def test_a_writing_season_is_no_speech() -> None:
    """ "part of the Playhouse's new writing season, which has been ..." was an indirect quote
    ("season, which has been ...") of the speaker "part of the Playhouse's new"."""
    text = "The play is part of the Lyceum's new writing season, which has sold out every night.\n"
    assert checked_report(text)["quotes"] == []


def test_writing_that_still_reports() -> None:
    """Guard: "writing that ..." keeps its indirect quote."""
    text = "She resigned on Friday, writing that the budget was unworkable.\n"
    report = checked_report(text)
    assert [q["text"] for q in report["quotes"]] == ["the budget was unworkable"]


# -- the eight stories, flag by flag -------------------------------------------------------------


def test_council_story_flags() -> None:
    """'Residents who' (two of them named next) is no longer flagged; the opposition group
    introduced by its leader who "leads the Conservative group" keeps A201 (left alone)."""
    assert report_flags(fixture_report("council"), "A") == [
        ("A201", "Opposition councillors"),
        ("A102", "who asked not to be named"),
    ]


def test_court_story_flags() -> None:
    """No A101 on "a new auditor asked to see the invoices" nor on "The Friends of St Agnes
    Hospice"; an unnamed commission spokesperson stays A101 (documented house rule)."""
    assert report_flags(fixture_report("court"), "A") == [
        ("A101", "a spokesperson for the commission"),
    ]


def test_science_story_flags() -> None:
    """ "the authors" of a study in a named journal are no unnamed group."""
    assert report_flags(fixture_report("science"), "A") == [("A201", "some of the young men")]


def test_earnings_story_flags() -> None:
    """'Analysts' followed by a named retail analyst is no longer flagged."""
    assert report_flags(fixture_report("earnings"), "A") == [
        ("A201", "analysts"),
        ("A201", "investors"),
        ("A102", "One of the company's top twenty shareholders"),
        ("A201", "investors"),
    ]


def test_weather_story_flags() -> None:
    """ "the last disaster" refers to the floods; the sourcing flags are unchanged guards."""
    report = fixture_report("weather")
    assert report_flags(report, "L") == []
    assert report_flags(report, "A") == [
        ("A201", "Electricity companies"),
        ("A201", "Residents in Tenbury Wells"),
        ("A102", "An Environment Agency engineer at the scene"),
        ("A201", "Forecasters"),
    ]


def test_sport_and_obituary_flags() -> None:
    """Guard: no loaded flag on "attack", "counter-attack", "dominated", "strike" in a match
    report; the obituary's "Colleagues described her" stays A101 (left alone)."""
    assert report_flags(fixture_report("sport"), "L") == []
    assert report_flags(fixture_report("sport"), "A") == []
    assert report_flags(fixture_report("obituary"), "A") == [("A101", "Colleagues")]
