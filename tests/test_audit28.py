"""Round 28 audit (AUDIT28): what a standards editor would flag and what the tool flags, on
eight stories written for the round (``tests/data/audit28/``: four as a good reporter would
write them, four as a weak draft; each with ``NAME.expected.txt``, the flags and speakers an
editor expects, written before the tool was run).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from pathlib import Path

from quote_helpers import checked_report, report_flags, speaker_of

FIXTURES = Path(__file__).parent / "data" / "audit28"


def fixture_report(name: str) -> dict:
    return checked_report((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


# -- a rail operator, a water company, an airport: bodies, so "it" can be them -------------------


def test_a_rail_operator_is_the_it_that_follows() -> None:
    """ "Pennine Rail said it would run replacement buses ... It advised passengers to travel only
    if necessary and said tickets ... would be accepted" credited the second report to the
    Department for Transport named two paragraphs before: "Pennine Rail" was a person, so "It"
    passed over it."""
    report = fixture_report("strike")
    assert speaker_of(report, "tickets for Thursday") == ("Pennine Rail", "organization")
    assert speaker_of(report, "are needed to run more Sunday services") == (
        "Pennine Rail", "organization"
    )
    assert speaker_of(report, "replacement buses") == ("Pennine Rail", "organization")


def test_water_companies_airports_and_train_operators_are_bodies() -> None:
    text = (
        "Thornbury Water said the reservoir was full. It said no ban was planned.\n\n"
        "Kestrel Airport said flights would resume at noon.\n\n"
        "Westway Trains said the line would reopen on Monday.\n\n"
        "Great Central Railway said it had hired extra staff.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "no ban was planned") == ("Thornbury Water", "organization")
    assert speaker_of(report, "flights would resume") == ("Kestrel Airport", "organization")
    assert speaker_of(report, "the line would reopen") == ("Westway Trains", "organization")
    assert speaker_of(report, "extra staff") == ("Great Central Railway", "organization")


# -- a name, its role, then a relative clause on the role's body ---------------------------------


def test_the_name_before_a_role_and_a_relative_clause_speaks() -> None:
    """ "Commander Dominic Murphy, head of the Met's counter-terrorism command, which also
    investigates espionage, said ..." (the spy-row fixture) credited the report to the role
    'head of the Met's counter-terrorism command': the comma before "which" was read as the
    end of the speaker's phrase, and the name before the role was lost."""
    report = fixture_report("spyrow")
    assert speaker_of(report, "painstaking investigation") == (
        "Commander Dominic Murphy", "person"
    )
    text = (
        "Lorna Beattie, a director of the Harbour Trust, which runs four shelters in the city, "
        "said demand had doubled since the spring.\n\n"
        "Owen Pryce, the chair of the residents' association, who moved to the estate in 1998, "
        "told the meeting that the lifts had failed again.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "demand had doubled") == ("Lorna Beattie", "person")
    assert speaker_of(report, "the lifts had failed") == ("Owen Pryce", "person")


# -- a time at a sentence's end, then a quotation --------------------------------------------------


def test_a_quotation_after_a_time_opens_a_sentence() -> None:
    """ "Employees said they learned they had lost their jobs when their laptops were locked at
    6 a.m. "I found out from a login screen," said one engineer ..." (the layoffs fixture) was
    one sentence: "6 p.m." followed by a capitalised word broke it, one behind a quotation mark
    did not, and the employees' report ran on into the engineer's quotation."""
    report = fixture_report("layoffs")
    employees = [
        q["text"] for q in report["quotes"] if (q["speaker"] or {}).get("text") == "Employees"
    ]
    assert employees == [
        "they learned they had lost their jobs when their laptops were locked at 6 a.m"
    ]
    text = "The doors opened at 9 a.m. \u201cWe queued all night,\u201d said Ana Ruiz, a student.\n"
    report = checked_report(text)
    assert report["stats"]["sentences"] == 2
    assert speaker_of(report, "queued all night") == ("Ana Ruiz", "person")


# -- a body whose name lists its remit with commas ------------------------------------------------


def test_a_spokeswoman_for_a_department_with_commas_in_its_name() -> None:
    """ "A spokeswoman for the Department for Environment, Food and Rural Affairs said ministers
    were 'monitoring the situation closely'" (the drought fixture) made a person 'Rural Affairs'
    the speaker, and the unnamed spokeswoman drew no A101: the comma ended the phrase."""
    report = fixture_report("drought")
    defra = "A spokeswoman for the Department for Environment, Food and Rural Affairs"
    assert speaker_of(report, "monitoring the situation closely") == (defra, "anonymous")
    assert report_flags(report, "A") == [
        ("A102", "A grain trader in Bury St Edmunds"), ("A101", defra)
    ]
    text = (
        "A spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives said agents "
        "had traced the rifle.\n\n"
        "The Department for Culture, Media and Sport said the review would report in May.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "traced the rifle") == (
        "A spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives", "anonymous"
    )
    assert speaker_of(report, "the review would report") == (
        "Department for Culture, Media and Sport", "organization"
    )


def test_names_joined_by_commas_stay_apart() -> None:
    """Guard: a list of people is no body's name ("Smith, Jones and Brown said")."""
    report = checked_report("Smith, Jones and Brown said the talks were over.\n")
    assert speaker_of(report, "the talks were over") == ("Brown", "person")


# -- a span of time after a group is no part of it -------------------------------------------------


def test_a_span_of_time_ends_the_group() -> None:
    """ "The local authority ... has ignored warnings from teachers for years" (the school
    fixture) flagged A201 on 'teachers for years': "for" opened the group's post-modifier, as
    in "campaigners for children"; a span of time or a year is no part of the group."""
    report = fixture_report("school")
    assert ("A201", "teachers") in report_flags(report, "A")
    assert not any("years" in words for _, words in report_flags(report, "A"))
    text = (
        "The trust ignored complaints from patients for the past two years.\n\n"
        "The board dismissed objections from residents in 2019.\n\n"
        "Campaigners for children with autism said the delays were unacceptable.\n"
    )
    assert report_flags(checked_report(text), "A") == [
        ("A201", "patients"), ("A201", "residents"),
        ("A201", "Campaigners for children with autism"),
    ]


# -- an outlet whose name needs its "The" ------------------------------------------------------


def test_the_information_is_a_news_outlet() -> None:
    """ "Zentrix has reportedly been losing major customers to its rivals, according to The
    Information." (the layoffs fixture) had no A301: the technology site was an organisation."""
    report = fixture_report("layoffs")
    assert ("A301", "The Information") in report_flags(report, "A")
    assert speaker_of(report, "losing major customers") == ("Information", "outlet")


def test_a_name_after_the_outlet_makes_another_body() -> None:
    """A capitalised word after a name that needs its "The" makes another body's name ("The
    Athletic Club said" was the outlet The Athletic, with an A301)."""
    text = (
        "The Information Commissioner said the council had broken the law.\n\n"
        "The Athletic Club said the striker had left on Friday.\n"
    )
    assert report_flags(checked_report(text), "A") == []


# -- applause with no object is an event -----------------------------------------------------------


def test_delegates_standing_to_applaud_are_no_source() -> None:
    """ "..., said Amina Osei, ..., as delegates stood to applaud in the main hall" (the climate
    fixture) flagged A201 on 'delegates': "to applaud" read as a purpose of voicing a view, and
    "as delegates applauded" as a stance verb. Applause or cheers with no object are a crowd's
    noise, an event (round 14's call on crowds); applauding a decision still holds a view."""
    report = fixture_report("climate")
    assert report_flags(report, "A") == [("A102", "three negotiators")]
    text = (
        "The motion was carried just after midnight, as delegates applauded.\n\n"
        "Opposition councillors applauded the decision to reopen the library.\n\n"
        "Some cheer when the candidate promises lower taxes.\n"
    )
    assert report_flags(checked_report(text), "A") == [
        ("A201", "Opposition councillors"), ("A201", "Some")
    ]


# -- a headline quotes the term its story credits ------------------------------------------------


def test_a_headline_quoting_a_credited_term_is_no_scare_quote() -> None:
    """ "'Inadequate' school placed in special measures ..." (the school fixture's headline)
    was flagged L101 as scare quotes, though the story credits the word ("Ofsted rated
    Hollybank Primary School 'inadequate'"): British headlines quote the rating they report."""
    report = fixture_report("school")
    assert ("L101", "Inadequate") not in report_flags(report, "L")
    text = (
        "Council 'disappointed' as bridge plan is refused\n\n"
        "The council said it was 'disappointed' by the decision and would appeal.\n"
    )
    assert report_flags(checked_report(text), "L") == []


def test_scare_quotes_in_a_headline_no_one_is_credited_with_stay_flagged() -> None:
    """Guard: the headline's quoted word is flagged when the story credits it to no one, and a
    body sentence's scare quotes stay flagged whatever the story quotes later."""
    text = (
        "Minister's 'reforms' will cost jobs\n\n"
        "The 'experts' behind the plan have never run a school. The minister praised the "
        "'experts' on Monday.\n"
    )
    assert ("L101", "reforms") in report_flags(checked_report(text), "L")


# -- an accusation of misleading in the reporter's voice ------------------------------------


def test_misled_in_the_reporters_voice_is_an_accusation() -> None:
    """ "The carrier has misled passengers about their right to compensation for years." (the
    airline fixture's unattributed accusation) drew no A402: "misled" was no listed
    accusation."""
    assert ("A402", "misled") in report_flags(fixture_report("airline"), "A")
    text = (
        "Northway Rail cancelled 40 trains on Friday.\n\n"
        "The operator has misled commuters about the cause of the delays for months.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A402", "has misled")]
    text = "The operator has misled commuters, the regulator said in its report on Friday.\n"
    assert report_flags(checked_report(text), "A") == []
