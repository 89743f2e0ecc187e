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


# -- 6: one vague source, one flag -----------------------------------------------------------------


def test_criticism_from_a_group_who_said_is_one_flag() -> None:
    """"drew criticism from experts, who said ..." was A202 "drew criticism", A201 "experts"
    and A201 "who": one vague source with one claim, flagged once on the group."""
    report = checked_report(
        "The proposal drew criticism from experts, who said it would raise costs for small "
        "farms.\n"
    )
    assert report_flags(report, "A") == [("A201", "experts")]
    assert [s["name"] for s in report["sources"]] == ["experts"]


def test_a_weasel_with_no_source_and_a_relative_with_its_own_claim_keep_their_flags() -> None:
    """Guard: "drew criticism." names nobody (A202); "libertarians, who pounce on" is a claim
    the quotes stage gives no one (round 4's one flag per claim)."""
    report = checked_report(
        "The bill drew criticism.\n\n"
        "The rule drew criticism from libertarians, who pounce on any new tax.\n"
    )
    assert report_flags(report, "A") == [
        ("A202", "drew criticism"), ("A201", "libertarians"), ("A201", "who"),
    ]


# -- new stories: allies that are countries; a possessive's noun after "some of the" -----------

CYBER = (
    "U.S., allies blame state-backed hackers for breach of water utilities\n\n"
    "WASHINGTON (Reuters) - The United States and four allies on Tuesday accused a hacking group "
    "linked to a foreign intelligence service of breaking into the networks of dozens of "
    "utilities.\n\n"
    "Allies of the mayor said she would not resign.\n"
)


def test_allies_joined_to_a_country_are_governments_not_unnamed_people() -> None:
    """"allies" (anonymous.txt [heads], people close to a principal) was A101 twice for the
    countries that issued an advisory; allies of a person stay anonymous."""
    report = checked_report(CYBER)
    assert report_flags(report, "A1") == [("A101", "Allies of the mayor")]
    kinds = {q["speaker"]["text"]: q["speaker"]["kind"] for q in report["quotes"]}
    assert kinds["four allies"] == "organization"
    assert kinds["Allies of the mayor"] == "anonymous"


def test_some_of_a_books_claims_are_things_not_people() -> None:
    """"Some of the book's claims could not be independently verified" was A201 "Some of the
    book's" (the possessed "claims" read as the group's verb)."""
    report = checked_report(
        "Some of the book's claims could not be independently verified.\n\n"
        "Many of the party's members say the plan is wrong.\n"
    )
    assert report_flags(report, "A") == [("A201", "Many of the party's members")]


# -- 2, 5 and a verb: words a standards editor would not call loaded or hedged ------------------


def _language(report: dict) -> list[tuple[str, str, str]]:
    return [
        (f["rule"], f["text"], f["voice"]) for f in report["findings"] if f["rule"][0] in "LH"
    ]


def test_the_disaster_after_the_story_names_the_earthquake_is_no_judgement() -> None:
    """"the disaster" referring back to the earthquake was L201/L101; "a disaster" as a verdict
    stays loaded."""
    text = (
        "The earthquake struck shortly after 4 a.m. on Sunday. Rescue teams worked through the "
        "night, and the disaster left more than 2,000 people homeless.\n\n"
        "A week later the relief effort was a disaster.\n"
    )
    report = checked_report(text)
    assert _language(report) == [("L101", "disaster", "author")]
    assert report["findings"][-1]["start"] == text.index("disaster.")


def test_misinformation_as_a_fact_checkers_topic_is_not_loaded() -> None:
    """A fact-check's own description ("an effort to fact-check misinformation") was L101 in
    the reporter's voice; "spread misinformation" said of someone stays loaded."""
    text = (
        "This is part of the newsroom's ongoing effort to fact-check misinformation that is "
        "shared widely online.\n\n"
        "The councillor has spread misinformation about the dam for weeks.\n"
    )
    report = checked_report(text)
    assert _language(report) == [("L101", "misinformation", "author")]
    assert report["findings"][0]["start"] > text.index("The councillor")


def test_disputed_as_a_verb_before_it_names_who_disputes() -> None:
    """"A third disputed it" was H104 (the adjective's note: "asserts a dispute without saying
    who disputes"); the subject disputes.  "The figures are disputed" keeps its H104."""
    text = (
        "Two former aides said her account was accurate. A third disputed it.\n\n"
        "The figures are disputed.\n"
    )
    report = checked_report(text)
    assert [f for f in _language(report) if f[1] == "disputed"] == [
        ("H104", "disputed", "author")
    ]
    assert [f["start"] for f in report["findings"] if f["text"] == "disputed"] == [
        text.index("disputed.")
    ]


def test_several_things_a_verb_acts_on_are_counted_not_hedged() -> None:
    """"deleted several photos", "released several images" were H104 (a vague quantity): the
    object of a past-tense verb counts things the story saw.  People and works that carry a
    claim after such a verb ("interviewed several experts", "cited several studies") stay."""
    text = (
        "The singer deleted several photos of her husband from her account.\n\n"
        "The agency cited several studies that linked the chemical to cancer.\n"
    )
    report = checked_report(text)
    assert [(f["rule"], f["start"]) for f in report["findings"] if f["text"] == "several"] == [
        ("H104", text.index("several studies"))
    ]


# -- 3: bodies left unnamed are an unspecified collective ----------------------------------------


def test_several_states_reporting_cases_are_a_vague_source_not_one_organization() -> None:
    """"Several states have reported cases" made "Several states" an identifiable organization
    (and "Several" a hedge); the states are left unnamed: one A201, kind vague.  Bodies that
    act ("several states have rejected bills") and a named body stay as they were."""
    text = (
        "Several states have reported cases in dairy herds, and testing remains voluntary.\n\n"
        "The Health Department said it was testing milk.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A201", "Several states")]
    assert [f["rule"] for f in report["findings"] if f["rule"][0] == "H"] == []
    kinds = {s["name"]: s["kind"] for s in report["sources"]}
    assert kinds == {"Several states": "vague", "Health Department": "organization"}


# -- a memoir story: one more of an unnamed group ------------------------------------------------


def test_a_third_after_two_unnamed_officials_is_an_anonymous_source() -> None:
    """"Two former officials said ... A third disputed it, saying ..." gave "A third" kind
    unknown and no flag: a missed anonymous source.  A poll's "a third said" after a share of
    voters (a vague group) is not one."""
    text = (
        "Two former administration officials who worked with Strand said her account matched "
        'their recollection. A third disputed it, saying the concerns were "routine."\n\n'
        "Four in 10 voters see the plan as unfair, and a third said that of the mayor's plan.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [
        ("A101", "Two former administration officials"), ("A101", "A third"),
    ]
    third = [q for q in report["quotes"] if q["speaker"] and q["speaker"]["text"] == "A third"]
    assert third and {q["speaker"]["kind"] for q in third} == {"anonymous"}


def test_a_compound_modifier_stays_in_the_vague_group() -> None:
    """"Some real estate agents said" flagged "agents" (A201) and "Some" (H104) apart: one
    group, one flag over the whole phrase."""
    report = checked_report("Some real estate agents said the market had begun to shift.\n")
    assert [(f["rule"], f["text"]) for f in report["findings"]] == [
        ("A201", "Some real estate agents")
    ]
    assert report_flags(report, "A2") == [("A201", "Some real estate agents")]
