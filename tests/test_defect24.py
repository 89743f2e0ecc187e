"""Round 24 (DEFECT24): known quote, speaker and source defects left from the stories of
rounds 21-23.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, report_quotes

# -- 8: a body's name with "in" or "of" further inside ---------------------------------------------

LONG_BODY_NAMES = (
    "The Foundation for Individual Rights in Education said the speech code violated the First "
    "Amendment. The Society for the Protection of Birds said numbers of curlews had halved. The "
    "Center for European Reform in London said the summit would fail.\n"
)


def test_a_body_name_goes_on_across_in_and_of_after_its_for() -> None:
    """"Foundation for Individual Rights in Education" was cut at "in" and "Society for the
    Protection of Birds" at "of"; a place after "in" stays out of the name (guard)."""
    report = checked_report(LONG_BODY_NAMES)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Foundation for Individual Rights in Education", "organization"),
        ("Society for the Protection of Birds", "organization"),
        ("Center for European Reform", "organization"),
    ]
    assert sorted(s["name"] for s in report["sources"]) == [
        "Center for European Reform",
        "Foundation for Individual Rights in Education",
        "Society for the Protection of Birds",
    ]


# -- 2: "first reported" and the story as its object -----------------------------------------------

FIRST_REPORTED = (
    "Harbor Steel is in talks to buy a rival mill, according to two people briefed on the plans. "
    "The Wall Street Journal first reported the talks on Tuesday. Reuters reported the news "
    "later that day, and Bloomberg reported the board had approved an offer.\n\n"
    "The company reported a loss of $40 million for the quarter.\n"
)


def test_first_reported_with_the_story_as_its_object_reports_no_clause() -> None:
    """"first reported the talks on Tuesday" made "the talks on Tuesday" a reported clause: a
    definite noun phrase and a time is the story the outlet broke. The outlets stay A301
    sources; a clause after "reported" and an indefinite object (the figure reported) stay
    (guards)."""
    report = checked_report(FIRST_REPORTED)
    assert [(q[0], q[1]) for q in report_quotes(report)][1:] == [
        ("the board had approved an offer", "Bloomberg"),
        ("a loss of $40 million for the quarter", "The company"),
    ]
    assert report_flags(report, "A3") == [
        ("A301", "The Wall Street Journal"),
        ("A301", "Reuters"),
        ("A301", "Bloomberg"),
    ]


# -- 3: "The Saudis" and a company named by one word ----------------------------------------------

NATIONS_AND_COMPANIES = (
    "The Saudis said they would raise oil output in July. The Iranians said the move was "
    "hostile.\n\n"
    "Ostrava, a Czech battery maker, will build a plant in Texas, and shares in Brevik rose 4% "
    "on the news. Ostrava said demand for its cells had doubled. Brevik said it would supply "
    "the plant.\n"
)


def test_the_saudis_are_a_government_and_a_company_introduced_as_one_is_one() -> None:
    """"The Saudis said" and "The Iranians said" were persons: the plural of a nationality after
    "the" is that country's side, an organisation. "Ostrava said" and "Brevik said" were
    persons though the story introduced them as a company ("Ostrava, a Czech battery maker,",
    "shares in Brevik")."""
    report = checked_report(NATIONS_AND_COMPANIES)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Saudis", "organization"),
        ("Iranians", "organization"),
        ("Ostrava", "organization"),
        ("Brevik", "organization"),
    ]
    assert {s["kind"] for s in report["sources"]} == {"organization"}


def test_a_family_and_a_party_stay_what_they_were() -> None:
    """Guard: "The Clintons" (a family) and a surname with a given name stay persons."""
    text = (
        "The Clintons said they would attend the dinner. Anna Brevik, who founded the bakery, "
        "said sales had doubled. Brevik said she would hire four bakers.\n"
    )
    assert [q[1:3] for q in report_quotes(checked_report(text))] == [
        ("Clintons", "person"),
        ("Anna Brevik", "person"),
        ("Anna Brevik", "person"),
    ]


# -- 5: a named person with an age and an apposition -----------------------------------------------

NAMED_WITH_AGE = (
    '"We lost the whole harvest," said Kessler, 34, a North Dakota native who said the farm had '
    "flooded twice since 2019.\n\n"
    "Marta Ruiz, 61, a retired nurse who lives by the river, said the water rose overnight.\n"
)


def test_a_named_person_with_an_age_and_an_apposition_is_no_anonymous_source() -> None:
    """'said Kessler, 34, a North Dakota native who said' gave the second report to "a North
    Dakota native" with an A101 (and "a retired nurse" one); an age follows a person's name, so
    the apposition describes that named person."""
    report = checked_report(NAMED_WITH_AGE)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Kessler", "person"),
        ("Kessler", "person"),
        ("Marta Ruiz", "person"),
    ]
    assert report_flags(report, "A1") == []
    assert [s["name"] for s in report["sources"]] == ["Kessler", "Marta Ruiz"]


# -- 6: "the businessman" after a businessman was named ------------------------------------------

ROLE_NOUN_BACK = (
    "The contract was signed by Colin Mayhew, a businessman who owns three hotels in the town. "
    'Asked whether he had met the mayor, "We never discussed money," the businessman replied.\n\n'
    "The dam was designed by engineer Ruth Okoye in 2019. \"The water never came back,\" the "
    "engineer said.\n\n"
    "Police later arrested a local farmer. \"I am innocent,\" the farmer said.\n"
)


def test_a_role_noun_refers_to_the_person_last_described_with_it() -> None:
    """"the businessman replied" stayed unresolved (kind unknown) though "Colin Mayhew, a
    businessman" was named just before; "the engineer" after "engineer Ruth Okoye" likewise. A
    farmer the story never names stays unnamed (guard: A101)."""
    report = checked_report(ROLE_NOUN_BACK)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Colin Mayhew", "person"),
        ("Ruth Okoye", "person"),
        ("the farmer", "anonymous"),
    ]
    assert report_flags(report, "A1") == [("A101", "the farmer")]


# -- 4: a group named with a capital at the sentence's start ---------------------------------------

GROUP_AT_START = (
    "Vaccine sceptics seized on the pause online, falsely claiming that the shot had killed "
    "three volunteers.\n\n"
    "Senator Hal Brooks backs the bill, saying it would help dairy farmers.\n"
)


def test_a_capitalised_group_at_the_sentence_start_is_the_whole_group() -> None:
    """"Vaccine sceptics seized ..., falsely claiming" gave the speaker "Vaccine" (a person): a
    group noun after the sentence's capital is the head, not a verb after a name; the group is
    vague (A201). A name and its verb stay apart (guard: Hal Brooks)."""
    report = checked_report(GROUP_AT_START)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Vaccine sceptics", "vague"),
        ("Hal Brooks", "person"),
    ]
    assert report_flags(report, "A2") == [("A201", "Vaccine sceptics")]


# -- 7: "the Herald" and "The Times" after the outlet's full name ------------------------------

SHORT_OUTLET_NAMES = (
    "The plan was first reported by The Sydney Morning Herald on Monday. The minister knew of "
    "it in March, the Herald reported.\n\n"
    "The New York Times reported that the talks had stalled. The Times said the president had "
    "been told on Friday.\n"
)


def test_a_short_outlet_name_after_its_full_name_is_that_outlet() -> None:
    """"the Herald reported" after "The Sydney Morning Herald" was an organisation with no
    A301, and "The Times" after "The New York Times" a second source named "Times"."""
    report = checked_report(SHORT_OUTLET_NAMES)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Sydney Morning Herald", "outlet"),
        ("New York Times", "outlet"),
        ("New York Times", "outlet"),
    ]
    assert report_flags(report, "A3") == [
        ("A301", "The Sydney Morning Herald"),
        ("A301", "the Herald"),
        ("A301", "The New York Times"),
        ("A301", "The Times"),
    ]
    assert sorted((s["name"], s["kind"]) for s in report["sources"]) == [
        ("New York Times", "outlet"),
        ("Sydney Morning Herald", "outlet"),
    ]


# -- 1: "Review finds" in a headline ---------------------------------------------------------------

FINDS = (
    'Review finds "serious failings" in maternity care at Ashby trust\n\n'
    "Inquiry finds police ignored warnings about the gang\n\n"
    "The dig yielded rich finds, the museum said. Curator Lena Holt finds the coins remarkable.\n"
)


def test_a_headline_finding_is_the_documents() -> None:
    """'Review finds "serious failings"' credited the words to an outlet named "Review" (A301)
    and 'Inquiry finds police ignored warnings' reported nothing: "finds" after a document's
    noun reports its finding. Not a noun ("rich finds"), nor after a person (guards)."""
    report = checked_report(FINDS)
    assert [q[:3] for q in report_quotes(report)] == [
        ('"serious failings"', "Review", "document"),
        ('"serious failings" in maternity care at Ashby trust', "Review", "document"),
        ("police ignored warnings about the gang", "Inquiry", "document"),
        ("The dig yielded rich finds", "the museum", "unknown"),
    ]
    assert report_flags(report, "A3") == []


def test_an_according_to_opening_is_no_clause_of_the_main_verb() -> None:
    """'According to the Herald, the minister knew in March' also made "According to the
    Herald" a clause the minister "knew" (found while reproducing item 7)."""
    text = (
        "The Sydney Morning Herald broke the story on Monday. According to the Herald, the "
        "minister knew in March.\n"
    )
    assert report_quotes(checked_report(text)) == [
        ("the minister knew in March", "Sydney Morning Herald", "outlet", "According to"),
    ]
