"""Round 27 (DEFECT27): known quote, speaker and source defects (issues #3, #5).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, report_quotes

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


def test_a_campaign_name_is_named_whole() -> None:
    """ "Stop the War Coalition said": the source is named "Stop the War Coalition", not "War
    Coalition" (the name's capitalised run had started after "the")."""
    report = checked_report(
        "On Saturday, Stop the War Coalition said the march through the city would go ahead.\n"
    )
    assert report_quotes(report) == [
        (
            "the march through the city would go ahead",
            "Stop the War Coalition",
            "organization",
            "said",
        )
    ]
    assert [(s["kind"], s["name"]) for s in report["sources"]] == [
        ("organization", "Stop the War Coalition")
    ]


# -- 2: a study's authors named by their institution ---------------------------------------------


def test_a_studys_authors_named_by_their_institution_are_no_vague_group() -> None:
    """ "A 2023 study by Kestrel economists found": the study's authors are identified by
    the institution they work at, as "economists at Kestrel University" are (no A201)."""
    report = checked_report(
        "A 2024 study by Hollister University economists found that rents in the city had"
        " risen twice as fast as wages.\n"
    )
    assert report_flags(report, "A") == []
    assert report_quotes(report) == [
        (
            "rents in the city had risen twice as fast as wages",
            "Hollister University economists",
            "organization",
            "found",
        )
    ]
    report = checked_report(
        "A survey by Gallup researchers found that trust in local newspapers had fallen.\n"
    )
    assert report_flags(report, "A") == []


def test_a_studys_authors_named_by_a_nationality_stay_vague() -> None:
    """Guard: a people's adjective names no institution ("a study by British economists")."""
    report = checked_report(
        "A study by British economists found that rents had risen faster than wages.\n"
    )
    assert report_flags(report, "A") == [("A201", "British economists")]


# -- 3: a reason for anonymity belongs to the source it follows -----------------------------------


def test_the_reason_after_the_member_is_not_the_groups() -> None:
    """ "Several employees described ..., and one engineer, who asked not to be identified
    because ..., said": the reason is the engineer's; the employees stay unexplained (A101)."""
    report = checked_report(
        "Several employees described a tense atmosphere at the plant, and one engineer, who"
        " asked not to be identified because he feared losing his job, said the deadline was"
        " impossible.\n"
    )
    assert report_flags(report, "A1") == [
        ("A101", "Several employees"),
        ("A102", "one engineer"),
    ]
    assert _sources(report) == [
        ("anonymous", "Several employees", False, None),
        ("anonymous", "one engineer", False, "because he feared losing his job"),
    ]


def test_a_reason_after_sources_joined_by_and_covers_both() -> None:
    """Guard: "Two aides and a lawyer, who spoke on condition of anonymity because ...": the
    reason may be given for both; both stay A102."""
    report = checked_report(
        "Two aides and a lawyer, who spoke on condition of anonymity because the talks were"
        " private, said the deal was close.\n"
    )
    assert report_flags(report, "A1") == [("A102", "Two aides"), ("A102", "a lawyer")]


# -- 9: "Others point to" after a vague group -----------------------------------------------------


def test_others_with_a_two_word_verb_is_the_vague_group_going_on() -> None:
    """ "Some analysts blame ... Others point to ...": "Others" holds a view with a listed verb
    of two words, as "Others cite" did (A201)."""
    report = checked_report(
        "Some analysts blame the central bank for the slump in orders. Others point to the"
        " strong currency.\n"
    )
    assert report_flags(report, "A2") == [("A201", "Some analysts"), ("A201", "Others")]


def test_others_as_an_object_stays_unflagged() -> None:
    """Guard: "others" after a verb, with no verb of its own, is no source."""
    report = checked_report("The council fined two landlords and warned others to comply.\n")
    assert report_flags(report, "A2") == []


# -- 6: two groups, each after its own noun --------------------------------------------------------


def test_two_groups_each_after_its_own_noun_are_two_spans() -> None:
    """ "drew plaudits from investors and protests from unions": two unnamed groups, not one
    span "investors and protests from unions"."""
    report = checked_report(
        "The merger drew plaudits from investors and protests from unions on Monday.\n"
    )
    assert report_flags(report, "A2") == [("A201", "investors"), ("A201", "unions")]


def test_groups_joined_by_and_stay_one_span() -> None:
    """Guard: "from investors and from unions", "from investors and unions": one span, as
    before."""
    report = checked_report("The merger drew criticism from investors and from unions.\n")
    assert report_flags(report, "A2") == [("A201", "investors and from unions")]
    report = checked_report("The merger drew criticism from investors and unions.\n")
    assert report_flags(report, "A2") == [("A201", "investors and unions")]


# -- 7: "According to <document> from <body>," opening a sentence ---------------------------------


def test_according_to_a_document_from_a_body_opening_the_sentence_credits_the_clause() -> None:
    """ "According to unofficial results from the electoral commission, the governor won":
    the main clause is the results' claim, as when the credit ends the sentence."""
    report = checked_report(
        "According to unofficial results from the state election board, the governor won 54"
        " percent of the vote.\n"
    )
    assert report_quotes(report) == [
        (
            "the governor won 54 percent of the vote",
            "unofficial results",
            "document",
            "According to",
        )
    ]
    assert _sources(report) == [("document", "unofficial results", True, None)]


# -- 11: court copy's unnamed person before an age; two titles in an apposition -------------------


def test_an_unnamed_person_before_an_age_and_home_town_speaks() -> None:
    """ "A woman, 29, of Frome, Somerset, told the court": the unnamed woman, not "Frome"."""
    report = checked_report(
        "A woman, 29, of Frome, Somerset, told the court she had not seen the van.\n"
    )
    assert report_quotes(report) == [
        ("she had not seen the van", "A woman", "anonymous", "told")
    ]


def test_a_person_before_an_age_and_home_town_with_no_comma_after_it_speaks() -> None:
    """ "Liam Doyle, 41, of Frome told the court": the man (named or not), not "Frome"."""
    report = checked_report("Liam Doyle, 41, of Frome told the court he had braked hard.\n")
    assert report_quotes(report) == [("he had braked hard", "Liam Doyle", "person", "told")]
    report = checked_report("A man, 41, of Frome told the court he had braked hard.\n")
    assert report_quotes(report) == [("he had braked hard", "A man", "anonymous", "told")]


def test_two_pointed_titles_in_an_apposition_name_the_speaker() -> None:
    """ "said the senior investigating officer, Det. Insp. Karen Holt": the named officer (one
    pointed title was read; two were not)."""
    report = checked_report(
        '"We need witnesses," said the senior investigating officer, Det. Insp. Karen Holt.\n'
    )
    assert report_quotes(report) == [
        ('"We need witnesses,"', "Karen Holt", "person", "said")
    ]


# -- 5: a reduced relative's object before its speaker -------------------------------------------


def test_a_reduced_relatives_object_is_no_part_of_its_speaker() -> None:
    """ "the cash investigators say was stolen": "the cash" is what was stolen, the object of
    the relative with no "that"; the investigators speak (and are the flagged group)."""
    report = checked_report(
        "Officers found the cash investigators say was stolen from the depot in March.\n"
    )
    assert report_quotes(report) == [
        ("was stolen from the depot in March", "investigators", "vague", "say")
    ]
    assert report_flags(report, "A2") == [("A201", "investigators")]
    report = checked_report(
        "Customs seized the rifles officials say were smuggled across the border.\n"
    )
    assert report_flags(report, "A1") == [("A101", "officials")]


def test_an_adjective_before_the_group_stays_in_its_span() -> None:
    """Guard: "the cash the local investigators say was stolen": "the local investigators" is
    the whole group (an adjective, by its ending, is no relative's object)."""
    report = checked_report("Agents seized a sum the local investigators say was stolen.\n")
    assert report_flags(report, "A2") == [("A201", "the local investigators")]


# -- 10: two quotations in the aside before "told" -------------------------------------------------


def test_two_quotations_in_an_aside_before_told() -> None:
    """ "The mayor, tired of 'fake news' and the 'so-called experts,' told reporters": the
    mayor told them (round 26 read one quotation ending the aside, its comma inside)."""
    report = checked_report(
        "The mayor, tired of 'fake news' and the 'so-called experts,' told reporters the budget"
        " was sound.\n"
    )
    assert ("the budget was sound", "The mayor", "person", "told") in report_quotes(report)


def test_a_quotation_with_its_comma_outside_before_told() -> None:
    """ "tired of 'so-called experts', told": the comma after the quotation (British style)."""
    report = checked_report(
        "The mayor, tired of 'so-called experts', told reporters the budget was sound.\n"
    )
    assert ("the budget was sound", "The mayor", "person", "told") in report_quotes(report)


# -- 8: a preposition opening the sentence is no part of a name -----------------------------------


def test_a_sentence_opening_preposition_is_no_part_of_a_name() -> None:
    """ "Alongside CPAG, tenants marched ... The CPAG group said": the later "CPAG" is no
    "Alongside CPAG" (the capitalised run at the sentence's start had been taken as a name)."""
    report = checked_report(
        "Alongside CPAG, tenants marched to the town hall on Sunday. The CPAG group said it"
        " would return next week.\n"
    )
    assert report_quotes(report) == [
        ("it would return next week", "CPAG", "organization", "said")
    ]
    report = checked_report(
        "Despite Okafor, the board voted on Monday. Later, Okafor said she was disappointed.\n"
    )
    assert report_quotes(report) == [("she was disappointed", "Okafor", "person", "said")]


# -- 4: "she" after an unnamed source of no given sex, who spoke of a named woman -----------------


def test_she_after_a_sexless_unnamed_source_is_the_woman_it_spoke_of() -> None:
    """ "A former colleague said Rosa Lindqvist had warned ... She said": the story never gives
    the colleague's sex; "she" is the named woman the report is about."""
    report = checked_report(
        "A former colleague said Rosa Lindqvist had warned managers about the leak in 2019."
        " She said the valves were badly corroded.\n"
    )
    assert report_quotes(report)[1] == (
        "the valves were badly corroded", "Rosa Lindqvist", "person", "said"
    )


def test_she_after_a_spokeswoman_stays_the_spokeswoman() -> None:
    """Guard: "A spokeswoman said Rosa Lindqvist had warned ... She said": the source's sex is
    given; "she" goes on as the spokeswoman, as before."""
    report = checked_report(
        "A spokeswoman said Rosa Lindqvist had warned managers about the leak. She said the"
        " valves were badly corroded.\n"
    )
    assert report_quotes(report)[1] == (
        "the valves were badly corroded", "A spokeswoman", "anonymous", "said"
    )
