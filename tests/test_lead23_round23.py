"""Round 23 (lead): a boardroom ouster, a drought, a museum's restitution row."""

from __future__ import annotations

from quote_helpers import checked_report
from quote_helpers import quote_rows as _speakers
from quote_helpers import voiced_flags as _rules

from newscheck import analyze_text


def test_a_name_the_apposition_calls_a_news_site_is_an_outlet() -> None:
    text = (
        "The Information, a technology news site, reported on Saturday that several senior "
        "engineers had threatened to resign. Reuters could not verify the report.\n"
    )
    quotes = _speakers(text)
    assert quotes[0][2:] == ("Information", "outlet")
    assert ("A301", "The Information", "author") in _rules(text, "A3")


def test_a_site_that_is_no_news_site_stays_what_it_was() -> None:
    text = (
        "Hinkley Point, a construction site in Somerset, reported two injuries last week, "
        "the company said.\n"
    )
    assert not _rules(text, "A3")


def test_a_title_ending_in_newspaper_or_magazine_names_an_outlet() -> None:
    text = (
        "According to The Art Newspaper, at least four other European museums are reviewing "
        "their own holdings.\n"
    )
    assert _speakers(text)[0][2:] == ("Art Newspaper", "outlet")
    assert _rules(text, "A3") == [("A301", "The Art Newspaper", "author")]


def test_the_judge_of_a_passive_judgement_owns_the_partial_quotation() -> None:
    text = (
        "The decision was hailed as \u201chistoric\u201d by campaigners, though some "
        "questioned why it had taken so long.\n\n"
        "The plan was described as 'reckless' by the union's general secretary, Maria Lopez, "
        "on Monday.\n"
    )
    quotes = _speakers(text)
    assert ("partial", "\u201chistoric\u201d", "campaigners", "vague") in quotes
    assert ("partial", "'reckless'", "Maria Lopez", "person") in quotes
    assert ("indirect", "why it had taken so long", "some", "vague") in quotes


def test_a_partial_quotation_in_an_active_sentence_keeps_its_subject() -> None:
    text = "Ms. Lopez described the plan as 'reckless' by any standard.\n"
    assert ("partial", "'reckless'", "Lopez", "person") in _speakers(text)


def test_a_pronoun_and_a_modal_after_warned_open_a_reported_clause() -> None:
    text = (
        "Conservative lawmakers warned it could open the floodgates to claims on thousands "
        "of objects.\n\nThe unions warned they would strike in March.\n"
    )
    quotes = _speakers(text)
    assert quotes == [
        ("indirect", "it could open the floodgates to claims on thousands of objects",
         "Conservative lawmakers", "vague"),
        ("indirect", "they would strike in March", "The unions", "vague"),
    ]
    # the hedge is the lawmakers' (reported speech), not the reporter's
    assert ("H201", "could open", "quoted") in _rules(text, "H")


def test_people_who_were_told_something_did_not_say_it() -> None:
    text = (
        "The school brought in millions of dollars from customers who were told they would "
        "learn the founder's techniques.\n"
    )
    assert _speakers(text) == []


def test_a_study_named_with_its_journal_and_date_is_the_speaker() -> None:
    text = (
        "A study published last month in the journal Nature Climate Change found that severe "
        "droughts in southern Europe had become five times more frequent.\n"
    )
    assert _speakers(text) == [(
        "indirect", "severe droughts in southern Europe had become five times more frequent",
        "a study", "document",
    )]


def test_an_office_of_the_inspector_general_keeps_its_name() -> None:
    text = (
        "A review by the Office of the Inspector General found that some of the emails "
        "contained classified material.\n\n"
        "Separately, the Office of the Inspector General for the Intelligence Community said "
        "that two emails were marked secret.\n"
    )
    names = [name for _, _, name, _ in _speakers(text)]
    assert "Office of the Inspector General" in names
    assert "Office" not in names


def test_they_spoke_on_condition_of_anonymity_is_how_the_group_spoke() -> None:
    for gap in (" ", "\n\n"):
        text = (
            "Two people familiar with the board's deliberations said the decision followed a "
            f"dispute over a licensing deal.{gap}They spoke on condition of anonymity because "
            "the talks were confidential.\n"
        )
        report = analyze_text(text)
        assert [(f.rule, f.text) for f in report.findings if f.rule[0] == "A"] == [
            ("A102", "Two people familiar with the board's deliberations")
        ]
        assert [s.anonymity_reason.text for s in report.sources if s.kind == "anonymous"] == [
            "because the talks were confidential"
        ]


def test_a_marker_with_no_source_to_refer_back_to_is_still_flagged() -> None:
    text = (
        "The mayor opened the bridge on Monday.\n\n"
        "One engineer spoke on condition of anonymity because he feared losing his job.\n"
    )
    assert [f.rule for f in analyze_text(text).findings if f.rule[0] == "A"] == ["A102"]


def test_a_name_ending_in_international_is_an_organisation() -> None:
    text = (
        "Amnesty International called the deal \"sportswashing, plain and simple.\" Amnesty "
        "said the league must toughen its ownership rules.\n"
    )
    kinds = {(name, kind) for _, _, name, kind in _speakers(text)}
    assert kinds == {("Amnesty International", "organization")}


def test_warning_signs_are_a_compound_noun_not_a_warning() -> None:
    text = (
        "It concluded that staff at the unit repeatedly ignored warning signs, failed to "
        "escalate concerns and \"blamed mothers\" for their own injuries.\n"
    )
    quotes = _speakers(text)
    assert all(speaker == "It" for _, _, speaker, _ in quotes)
    assert [kind for kind, *_ in quotes] == ["indirect", "partial"]


def test_an_unnamed_midwife_is_an_anonymous_source_and_the_next_she() -> None:
    text = (
        "Sarah Whitmore said she had been told she was overreacting. \"They closed ranks,\" she "
        "said.\n\n"
        "A senior midwife who asked not to be named because she still works in the NHS said "
        "staffing levels had been dangerously low for years. \"We were running on empty,\" she "
        "said.\n"
    )
    quotes = _speakers(text)
    assert quotes[-1] == (
        "direct", "\"We were running on empty,\"", "A senior midwife", "anonymous"
    )
    assert quotes[1][2] == "Sarah Whitmore"
    flags = [(f.rule, f.text) for f in analyze_text(text).findings if f.rule[0] == "A"]
    assert ("A102", "A senior midwife") in flags


def test_a_technology_website_in_apposition_is_an_outlet() -> None:
    text = (
        "Some early reviewers praised the screen. The Verge, a technology website, called it "
        "\"the best foldable yet, by a hair.\"\n"
    )
    assert ("Verge", "outlet") in {(name, kind) for _, _, name, kind in _speakers(text)}
    assert ("A301", "The Verge", "author") in _rules(text, "A3")


def test_shares_that_fall_are_no_speaker() -> None:
    text = (
        "Nexora's shares fell 2.3% in Seoul trading after the launch, suggesting investors "
        "were unconvinced.\n"
    )
    assert [name for _, _, name, _ in _speakers(text)] == [None]
    assert not [s for s in analyze_text(text).sources if s.kind == "person"]


def test_an_outlet_and_the_newspaper_of_the_next_sentence_are_two_mentions() -> None:
    for gap in (" ", "\n\n"):
        text = (
            "The minister accepted gifts worth more than 20,000 pounds, according to documents "
            f"seen by The Guardian.{gap}The newspaper reported on Monday that she stayed at a "
            "villa in Tuscany. The U.S. newspaper that first reported the trips agreed.\n"
        )
        flags = [(f.rule, f.text) for f in analyze_text(text).findings if f.rule == "A301"]
        assert ("A301", "The Guardian") in flags
        assert ("A301", "The newspaper") in flags
        assert all("\n" not in words and ". " not in words for _, words in flags)


def test_a_builder_named_homes_is_a_company() -> None:
    text = (
        "Redmond Homes said in a statement that \"no favours were asked for or given.\"\n"
    )
    assert {(name, kind) for _, _, name, kind in _speakers(text)} == {
        ("Redmond Homes", "organization")
    }


def test_a_document_viewed_by_an_outlet_speaks_not_the_outlet() -> None:
    text = (
        "NEW YORK (Reuters) - A draft consent order viewed by Reuters says the bank's New York "
        "branch processed at least $1.2 billion in payments without adequate checks.\n\n"
        "\"Red flags were raised repeatedly and ignored,\" the draft says.\n\n"
        "A memo obtained by the newspaper says the checks were skipped.\n"
    )
    speakers = [(name, kind) for _, _, name, kind in _speakers(text)]
    assert speakers == [
        ("A draft consent order viewed by Reuters", "document"),
        ("the draft", "document"),
        ("A memo obtained by the newspaper", "document"),
    ]
    assert ("A301", "Reuters", "author") not in _rules(text, "A3")  # the story's own outlet


def test_a_patient_seen_by_doctors_is_the_patient() -> None:
    text = "A patient seen by doctors at the clinic said she had waited six hours.\n"
    # the patient speaks, not the doctors who saw her (her kind is left to the resolver's
    # reading of the whole phrase)
    assert [name for _, _, name, _ in _speakers(text)] == [
        "A patient seen by doctors at the clinic"
    ]


def test_a_cue_in_a_relative_clause_on_the_speaker_reports_nothing() -> None:
    text = (
        "A neighbor who testified on Thursday said she heard four shots.\n\n"
        "A second neighbor who testified on Thursday, and who gave only her first name, Maria, "
        "said she heard shouting and then \"bang, bang, bang, bang.\"\n"
    )
    quotes = _speakers(text)
    assert [(kind, words) for kind, words, _, _ in quotes if kind == "indirect"] == [
        ("indirect", "she heard four shots"),
        ("indirect", "she heard shouting and then \"bang, bang, bang, bang.\""),
    ]
    assert quotes[-1][2:] == ("A second neighbor", "anonymous")  # a first name only
    assert all(q["cue"]["text"] == "said" for q in checked_report(text)["quotes"])


def test_what_someone_heard_being_shouted_is_no_report() -> None:
    text = "She said she heard shouting and then a bang. Witnesses saw him arguing with a guard.\n"
    assert [words for _, words, _, _ in _speakers(text)] == ["she heard shouting and then a bang"]


def test_a_caller_who_can_be_heard_saying_speaks_and_the_apposition_names_her() -> None:
    text = (
        "\"He's outside my door. He says he's going to kill me,\" the caller, identified in "
        "court records as Danielle Ruiz, can be heard saying on the recording. \"Please "
        "hurry.\"\n\n"
        "Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.\n"
    )
    quotes = _speakers(text)
    assert [(name, kind) for _, _, name, kind in quotes[:2]] == [
        ("Danielle Ruiz", "person"), ("Danielle Ruiz", "person")
    ]
    assert quotes[2] == ("indirect", "her husband was unarmed", "Rakeyia Scott", "person")


def test_the_he_who_answers_an_unnamed_reporter_is_not_the_reporter() -> None:
    text = (
        "Donald Trump said on Thursday that he backed a registry.\n\n"
        "\u201cShould there be a database system that tracks them?\u201d a reporter can be heard "
        "asking Trump after an event in Iowa.\n\n"
        "\u201cI would certainly implement that, absolutely,\u201d he added.\n"
    )
    quotes = _speakers(text)
    assert quotes[-2][2] == "a reporter"
    assert quotes[-1][2:] == ("Donald Trump", "person")


def test_a_reporter_who_saw_the_attack_is_the_next_he() -> None:
    text = (
        "A reporter for Agence France-Presse called it \"absolute chaos.\"\n\n"
        "\"We saw people hit and bits of debris flying around,\" he said.\n"
    )
    assert _speakers(text)[-1][2] == "A reporter for Agence France-Presse"


def test_an_antecedent_before_a_relative_clause_past_the_first_window() -> None:
    text = (
        "A former employee who worked on the product said the company had been \"obsessed "
        "with engagement numbers.\"\n\n"
        "Sanders is relying on the research of Emmanuel Saez, an economics professor at the "
        "University of California at Berkeley who had once concluded that the top 1 percent "
        "took most of the gains.\n"
    )
    names = [name for _, _, name, _ in _speakers(text)]
    assert names[0] == "A former employee"
    assert "the product" not in names
    assert "University of California" not in names


def test_a_count_of_about_forty_percent_stays_in_the_speaker_phrase() -> None:
    text = (
        "A group of bondholders holding about 40% of the debt accused the government of "
        "negotiating in bad faith.\n"
    )
    assert _speakers(text)[0][2] != "40% of the debt"


def test_news_lines_and_outlet_names() -> None:
    text = (
        "STAT News reported that the agency had been informed on Friday.\n\n"
        "The ferry's owner, Visayan Sea Lines, said it was cooperating with investigators.\n"
    )
    kinds = {name: kind for _, _, name, kind in _speakers(text)}
    assert kinds == {"STAT News": "outlet", "Visayan Sea Lines": "organization"}
    assert ("A301", "STAT News", "author") in _rules(text, "A3")


def test_people_at_a_place_before_a_relative_clause_stay_whole() -> None:
    text = (
        "The minister defended the scheme. But officials at the ministry who reviewed the plan "
        "said it was \"unworkable in its current form.\"\n\n"
        "Later, residents of the town who attended the meeting said they felt ignored.\n"
    )
    speakers = [q["speaker"]["text"] for q in checked_report(text)["quotes"] if q["speaker"]]
    assert "the ministry" not in speakers and "the town" not in speakers
    assert "officials at the ministry" in speakers
    assert "residents of the town" in speakers


def test_an_adverb_inside_a_passive_judgement() -> None:
    text = (
        "The new law was widely hailed as \"historic\" by campaigners, though some questioned "
        "its reach.\n"
    )
    assert ("partial", "\"historic\"", "campaigners", "vague") in _speakers(text)


def test_review_fixes_of_the_round() -> None:
    """The final review's findings: a sentence's opening word is no part of a couple's name, a
    participle after a line break still leaves the document, a company named by 'identified as'
    is a company."""
    couple = (
        "When Mark and Anna Ellis bought the farm in 1998, it was derelict.\n\n"
        "\"We had no idea what we were doing,\" the couple said.\n"
    )
    assert _speakers(couple)[-1][2] == "Mark and Anna Ellis"
    post = "A Medium post\npublished on Monday said the company had lied.\n"
    assert _speakers(post)[0][3] == "document"  # (named "Medium post", as with a space)
    company = (
        "The company, identified in court filings as Acme Holdings, said it would appeal.\n"
    )
    assert _speakers(company)[0][2:] == ("Acme Holdings", "organization")
