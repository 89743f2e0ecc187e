"""Round 28 (lead): an editor's reading of new copy — a crypto lender's freeze, a heatwave, a
council expenses row, a Pentagon purchase, a collapsed transfer and a care-home whistleblower."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, speaker_of
from quote_helpers import quote_rows as _quotes


def _sources(report: dict) -> list[tuple[str, str, int]]:
    return [(s["name"], s["kind"], len(s["mentions"])) for s in report["sources"]]


def test_an_unnamed_person_at_one_of_several_bodies_is_the_source_not_the_bodies() -> None:
    text = (
        "A former manager at one of Britain's largest care home groups says staff were ordered "
        "to falsify records before inspections.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A101", "A former manager at one of Britain's largest care home groups")
    ]  # (it had been A201 on "groups", a vague group the manager works at)
    text = (
        "A nurse at one of the agencies, who asked not to be named because she feared for her "
        "job, said staff were told to lie.\n"
    )
    assert report_flags(checked_report(text), "A") == [
        ("A102", "A nurse at one of the agencies")
    ]  # (it had been "one of the agencies", an anonymous body)
    text = (
        "Hackett said one of the personal e-mails helped officials realise that the memo "
        "concerned the attack.\n"
    )  # a thing, not a person, before "of": the officials stay the source
    assert ("A101", "officials") in report_flags(checked_report(text), "A")


def test_lenders_care_groups_and_utilities_are_organisations() -> None:
    text = (
        "Tellus Water said supplies were safe. Evergreen Living said it rejected the claims. "
        "The company said it had commissioned a review.\n"
    )
    report = checked_report(text)
    kinds = {name: kind for name, kind, _ in _sources(report)}
    assert kinds == {"Tellus Water": "organization", "Evergreen Living": "organization"}
    assert speaker_of(report, "commissioned a review") == ("Evergreen Living", "organization")
    assert _quotes("Haldane Finance said it needed time to stabilise liquidity.\n") == [
        ("indirect", "it needed time to stabilise liquidity", "Haldane Finance", "organization")
    ]


def test_claiming_money_a_title_or_lives_is_no_report() -> None:
    for text in (
        "He claimed more than £14,000 in expenses for trips that were never authorised.\n",
        "The MP claimed expenses for a second home.\n",
        "Hamilton claimed his eighth title on Sunday.\n",
        "The fire claimed the lives of three children.\n",
        "He claimed asylum in 2019.\n",
    ):
        assert _quotes(text) == [], text
    assert _quotes("He claimed the title was rigged.\n") == [
        ("indirect", "the title was rigged", "He", "unknown")
    ]  # a clause after the noun: a claim
    assert _quotes("The campaign is already claiming victory in the bracket.\n") == [
        ("indirect", "victory in the bracket", "The campaign", "organization")
    ]  # a campaign claiming victory says it won (PolNeAR marks it so)


def test_the_newspaper_is_the_paper_named_before_it() -> None:
    text = (
        "According to council documents seen by the Wexbridge Echo, three of the trips were to "
        "conferences he did not attend. A senior officer told the newspaper that staff had "
        "raised concerns.\n"
    )
    report = checked_report(text)
    outlets = [(name, count) for name, kind, count in _sources(report) if kind == "outlet"]
    assert outlets == [("Wexbridge Echo", 2)]  # one outlet, named and referred back to
    assert [words for rule, words in report_flags(report, "A3")] == [
        "the Wexbridge Echo", "the newspaper"
    ]  # each second-hand mention keeps its own flag
    text = (
        "Reuters reported the talks had stalled. A senior officer told the newspaper that "
        "staff had raised concerns.\n"
    )  # a news agency is no newspaper: "the newspaper" is another outlet
    outlets = [name for name, kind, _ in _sources(checked_report(text)) if kind == "outlet"]
    assert outlets == ["Reuters", "the newspaper"]


def test_according_to_multiple_reports_names_the_reports() -> None:
    text = "Ferreira's move has collapsed, according to multiple reports in Spain.\n"
    assert _quotes(text) == [(
        "indirect", "Ferreira's move has collapsed", "multiple reports", "document"
    )]  # (the speaker had been "multiple", unknown)
    assert report_flags(checked_report(text), "A2") == [("A202", "multiple reports")]


def test_a_relation_with_a_time_word_takes_the_name_after_it() -> None:
    text = (
        "The player's current club, Northbridge City, said it was disappointed. His former "
        "club, Eastfield Rovers, said it had no comment.\n"
    )
    report = checked_report(text)
    names = [name for name, _, _ in _sources(report)]
    assert names == ["Northbridge City", "Eastfield Rovers"]  # (not "The player's current club")


def test_a_count_before_other_opens_the_source_phrase() -> None:
    text = (
        "Her account is supported by two other former employees, who spoke on condition that "
        "they not be named because they have signed confidentiality agreements. One said "
        "falsifying records was \"just how things were done\".\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [
        ("A102", "two other former employees"), ("A102", "One")
    ]  # the group was missed ("other" had ended the phrase) and "One" had no reason
    assert _quotes("Two other nurses said the ward was short of staff.\n") == [
        ("indirect", "the ward was short of staff", "Two other nurses", "anonymous")
    ]
    text = "Her account was corroborated by two former employees.\n"
    assert report_flags(checked_report(text), "A1") == [("A101", "two former employees")]


def test_a_theft_the_sentence_reports_a_conviction_for_is_no_accusation() -> None:
    text = (
        "A financial adviser who stole £3.2m from more than 40 clients has been jailed for 12 "
        "years.\n"
    )
    report = checked_report(text)
    assert [words for _, words in report_flags(report, "A4")] == []
    assert [words for _, words in report_flags(report, "L")] == []
    text = "A financial adviser stole £3.2m from more than 40 clients, and nobody noticed.\n"
    report = checked_report(text)  # no conviction: the reporter's own accusation
    assert report_flags(report, "A4") == [("A402", "stole")]
    assert report_flags(report, "L1") == [("L101", "stole")]


def test_funded_in_part_is_a_share_not_a_hedged_cause() -> None:
    text = "The research was funded in part by a grant from the council.\n"
    assert report_flags(checked_report(text), "H") == []
    text = "The fall was caused in part by higher rates.\n"
    assert report_flags(checked_report(text), "H") == [("H105", "in part")]


def test_the_company_after_a_company_named_in_the_same_sentence() -> None:
    text = (
        "Orbis Technologies will cut about 9,000 jobs, or 6 percent of its workforce, the "
        "company announced Wednesday.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "will cut about 9,000 jobs") == (
        "Orbis Technologies", "organization"
    )
    assert [name for name, _, _ in _sources(report)] == ["Orbis Technologies"]
    text = "The council approved the plan. The company said it would appeal.\n"
    assert speaker_of(checked_report(text), "would appeal") == ("The company", "organization")


def test_a_live_blog_time_is_neither_speaker_nor_content() -> None:
    text = (
        "09:40 ScotRail says all services north of Glasgow are cancelled.\n\n"
        "10:05 More than 40,000 homes are without power, according to Scottish and Southern "
        "Electricity Networks.\n"
    )
    report = checked_report(text)
    assert [(q["text"], q["speaker"]["text"]) for q in report["quotes"]] == [
        ("all services north of Glasgow are cancelled", "ScotRail"),
        ("More than 40,000 homes are without power",
         "Scottish and Southern Electricity Networks"),
    ]  # (the speaker had been "40 ScotRail" and the content opened on "10:05")


def test_a_document_filed_on_a_day_is_the_document() -> None:
    text = (
        "A class-action lawsuit filed Thursday accuses the app of pocketing drivers' tips.\n"
    )
    assert _quotes(text) == [(
        "indirect", "the app of pocketing drivers' tips", "A class-action lawsuit", "document"
    )]  # (it had been a person named "A class-action lawsuit filed Thursday")


def test_a_participle_after_a_possessive_is_an_adjective_not_a_cue() -> None:
    text = (
        "The complaint alleges that DashRun used tips to cover part of drivers' guaranteed "
        "pay, so that a tip \"did nothing but save the company money.\"\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "did nothing but save") == ("The complaint", "document")
    assert [q["cue"]["text"] for q in report["quotes"]] == ["alleges", "alleges"]
    text = "The union met bosses on Monday.\n\nDrivers' guaranteed pay will rise in April.\n"
    assert _quotes(text) == []  # (review 28: at a paragraph's start too)


def test_a_national_named_before_is_the_person_not_a_body() -> None:
    text = (
        "City equalised through Jonas Berg. Then, in the 93rd minute, Marcus Lindqvist rose "
        "highest to meet a corner.\n\n"
        "The Swede, who joined from Malmo in the summer, said the goal was \"the best moment "
        "of my career so far\".\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "the best moment") == ("The Swede", "person")
    assert ("Swede", "organization") not in [(n, k) for n, k, _ in _sources(report)]
    # (review 28: a person described by nationality, left unresolved; the last person named
    # may be another)
    text = "The Guardian said the goal was special.\n"  # an outlet, not a national
    assert speaker_of(checked_report(text), "the goal was special") == ("Guardian", "outlet")


def test_the_chipmaker_is_the_company_named_before_it() -> None:
    text = (
        "Shares in Veltrix Semiconductor fell 11% on Thursday after the chipmaker warned that "
        "sales would fall in the current quarter.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "sales would fall") == ("Veltrix Semiconductor", "organization")
    assert [name for name, _, _ in _sources(report)] == ["Veltrix Semiconductor"]
    text = "The council criticised the plan. The airline said it would appeal.\n"
    assert speaker_of(checked_report(text), "would appeal") == ("The airline", "organization")


def test_a_decimal_ends_the_sentence_before_a_speaker() -> None:
    text = (
        "Economists had expected growth of 0.1%. Paul Dales of Capital Economics said the "
        "economy was losing momentum.\n"
    )
    report = checked_report(text)
    assert [q["speaker"]["text"] for q in report["quotes"]] == [
        "Paul Dales of Capital Economics"
    ]  # (it had been "0.1%. Paul Dales of Capital Economics", across the full stop)
    text = "U.S. officials said the talks had stalled.\n"  # a dotted abbreviation goes on
    assert [q["speaker"]["text"] for q in checked_report(text)["quotes"]] == ["U.S. officials"]


def test_tabloid_pals_are_unnamed_friends() -> None:
    text = (
        "Reality TV star Jade Kinsella is heartbroken after her engagement ended, pals say. A "
        "pal told The Sun: \"Jade is devastated.\"\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [("A101", "pals"), ("A101", "A pal")]
    assert ("Pals", "person") not in [(n, k) for n, k, _ in _sources(report)]


def test_head_teachers_are_one_group() -> None:
    text = "But head teachers warned that the figures masked a widening gap.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "head teachers")]


def test_estimates_that_reports_but_estimates_that_were_published_do_not() -> None:
    text = (
        "Universities UK, which represents 140 institutions, estimates that more than 8,000 "
        "students were affected.\n"
    )
    assert _quotes(text) == [(
        "indirect", "more than 8,000 students were affected", "Universities UK", "organization"
    )]
    assert _quotes("Official estimates that were published on Monday show a fall.\n") == []


def test_a_lower_case_title_and_a_name_in_the_aside_name_the_described_speaker() -> None:
    text = (
        "Her challenger, councillor Ben Holt, said the mayor was \"living in a fantasy "
        "world\".\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "living in a fantasy world") == ("Ben Holt", "person")


def test_a_q_and_a_with_named_answers_credits_the_answers() -> None:
    text = (
        "Mayor Angela Ruiz sat down with the Gazette this week to discuss her second term.\n\n"
        "Q: Rents have risen 30% since you took office. Is that a failure?\n\n"
        "Ruiz: I don't accept that. Rents have risen everywhere.\n\n"
        "Q: What about transport?\n\n"
        "Ruiz: The new tram line opens next spring.\n"
    )
    report = checked_report(text)
    answers = [
        (q["text"], q["speaker"]["name"]) for q in report["quotes"] if q["speaker"] is not None
    ]
    assert answers == [
        ("I don't accept that. Rents have risen everywhere.", "Angela Ruiz"),
        ("The new tram line opens next spring.", "Angela Ruiz"),
    ]
    text = (
        "Claim: The council doubled parking charges.\n\nVerdict: False.\n\n"
        "Q: Who said it?\n\nVerdict: Nobody we could find.\n"
    )  # labels the prose never names are no speakers
    assert all(q["speaker"] is None for q in checked_report(text)["quotes"])


def test_literal_rubbish_and_vermin_are_no_judgement() -> None:
    text = (
        "The scheme has left rubbish piling up on streets, and residents fear the risk of "
        "vermin.\n"
    )
    assert report_flags(checked_report(text), "L") == []
    text = "The council's shambolic new scheme was dropped. The minister called migrants vermin.\n"
    assert report_flags(checked_report(text), "L") == [
        ("L101", "shambolic"), ("L102", "vermin")
    ]  # a judgement in the reporter's voice; a label for people


def test_a_plural_relation_named_by_two_companies() -> None:
    text = (
        "The drug's makers, Halden Pharma and Kirin Biotech, said they would apply for "
        "approval next year.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "apply for approval") == (
        "Halden Pharma and Kirin Biotech", "organization"
    )


def test_messy_is_a_judgement_in_the_reporters_voice() -> None:
    text = "The couple's messy divorce dragged on for three years.\n"
    assert report_flags(checked_report(text), "L") == [("L101", "messy divorce")]
    text = "The kitchen was messy after the party.\n"  # (review 28: the literal sense)
    assert report_flags(checked_report(text), "L") == []


def test_the_listener_after_told_can_be_a_programme() -> None:
    text = (
        "SkyHop's chief executive, Johan Lund, told the BBC's Today programme the company had "
        "\"learned lessons\".\n"
    )
    report = checked_report(text)
    assert [(q["kind"], q["text"]) for q in report["quotes"]] == [
        ("indirect", "the company had \"learned lessons\""), ("partial", "\"learned lessons\""),
    ]  # (the content had opened on "the BBC's Today programme")


def test_the_airline_is_the_airline_the_story_named_by_its_kind() -> None:
    text = (
        "The Civil Aviation Authority has fined budget airline SkyHop £2m over refund delays. "
        "SkyHop said it accepted the findings.\n\n"
        "In a statement, the airline blamed \"unprecedented volumes\" of cancellations.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "unprecedented volumes") == ("SkyHop", "organization")


def test_a_document_shows_what_the_reporter_states_from_it() -> None:
    text = (
        "A new poll shows Clinton leading Trump by five points. Records show the company paid "
        "no tax. Smith showed the court a letter.\n"
    )
    assert _quotes(text) == [
        ("indirect", "Clinton leading Trump by five points", "A new poll", "document"),
        ("indirect", "the company paid no tax", "Records", "document"),
    ]  # a person's "showed" is no report
    text = (
        "A memo obtained by this newspaper shows officials knew the cost had doubled before "
        "the council's disastrous vote.\n"
    )  # what a document shows is the reporter's account, in the reporter's words
    assert report_flags(checked_report(text), "L") == [("L101", "disastrous")]
    text = (
        "Polls show Clinton up by 10 points in New York.\n\n"
        "\"Many would consider that an embarrassment.\"\n"
    )  # (review 28: a quotation with no cue of its own inherits nothing from the polls)
    assert speaker_of(checked_report(text), "an embarrassment") == (None, None)


def test_a_plan_unpopular_with_a_group_credits_the_group() -> None:
    text = "The waivers pushed education priorities that are unpopular with Republicans.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "Republicans")]
    text = "The beach is popular with tourists.\n"  # no view to source
    assert report_flags(checked_report(text), "A") == []
