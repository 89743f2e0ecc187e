"""Round 27 review: defects two read-only reviewers found in the round's rules, each with the
sentence that showed it (the fix's test fails on the round's code before the fix)."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, speaker_of, voiced_flags
from quote_helpers import quote_rows as _quotes


def test_he_after_a_spokesperson_is_the_spokesperson() -> None:
    text = (
        "A family spokesperson said John Evans had died peacefully. He said the family asked "
        "for privacy.\n"
    )
    assert speaker_of(checked_report(text), "asked for privacy") == (
        "A family spokesperson", "anonymous"
    )


def test_a_name_ending_in_a_number_reports() -> None:
    for text in ("Channel 4 reports that the minister will resign.\n",
                 "Section 230 says platforms are not liable for what users post.\n"):
        assert len(_quotes(text)) == 1, text
    assert _quotes("Officers received 11 calls about the noise.\n") == []


def test_which_someone_called_at_a_time_is_no_label() -> None:
    for text in (
        "The referendum, which Cameron called despite warnings from his party, split the "
        "country.\n",
        "The inquiry, which Sunak called early this year, reported in May.\n",
    ):
        assert _quotes(text) == [], text


def test_boasted_at_a_time_that_is_speech() -> None:
    text = "Trump boasted two weeks ago that the economy was the best in history.\n"
    assert _quotes(text) == [
        ("indirect", "the economy was the best in history", "Trump", "person")
    ]
    assert ("L101", "boasted", "author") in voiced_flags(text, "L")
    assert voiced_flags("The device boasts a 6.8-inch display.\n", "L") == []


def test_study_authors_named_by_a_people_or_place_stay_a_group() -> None:
    for text, words in (
        ("A survey by Wall Street economists found that most expect a recession.\n",
         "Wall Street economists"),
        ("A study by Greek researchers found that rents rose.\n", "Greek researchers"),
    ):
        assert report_flags(checked_report(text), "A2") == [("A201", words)], text
    text = "A 2023 study by Stanford economists found that rents rose.\n"
    assert report_flags(checked_report(text), "A2") == []


def test_a_plural_possessive_in_a_told_aside_is_no_quotation_mark() -> None:
    text = (
        "The mayor, a critic of the teachers' union and its 'scare tactics,' told reporters "
        "that the schools would reopen.\n"
    )
    assert ("indirect", "the schools would reopen", "The mayor", "person") in _quotes(text)


def test_a_subject_after_the_relatives_object_keeps_its_modifier() -> None:
    text = "It was the pay offer the steel workers say was an insult.\n"
    assert [name for _, _, name, _ in _quotes(text)] == ["the steel workers"]
    text = "That is the money prosecutors say was laundered.\n"
    assert [name for _, _, name, _ in _quotes(text)] == ["prosecutors"]


def test_a_memory_with_a_past_verb_is_no_product_recall() -> None:
    text = "He recalled 12 soldiers died in the ambush.\n"
    assert _quotes(text) == [("indirect", "12 soldiers died in the ambush", "He", "unknown")]


def test_claims_after_a_passive_relative_is_the_main_verb() -> None:
    text = "A teenager who was injured claims police used excessive force.\n"
    assert _quotes(text) == [
        ("indirect", "police used excessive force", "A teenager", "anonymous")
    ]


def test_surnames_and_titles_after_acronyms_stay_people() -> None:
    text = (
        "ElBaradei said Iran had not built a bomb. LoBiondo said the bill would pass. NASA "
        "Administrator said the launch would go ahead. Save our Shores said the beach was "
        "polluted.\n"
    )
    assert [kind for _, _, _, kind in _quotes(text)] == [
        "person", "person", "person", "organization"
    ]


def test_a_medic_who_only_acts_is_no_source() -> None:
    for text in ("A firefighter carried the boy from the house.\n",
                 "A paramedic treated the victims at the scene.\n"):
        assert report_flags(checked_report(text), "A") == [], text
    text = "A surgeon at the hospital said the boy was stable.\n"  # one who speaks still is
    assert report_flags(checked_report(text), "A") == [("A101", "A surgeon at the hospital")]


def test_a_reason_for_both_covers_both() -> None:
    text = (
        "Two officials said the deal was close, and a diplomat agreed. Both spoke on condition "
        "of anonymity because the talks were private.\n"
    )
    assert [rule for rule, _ in report_flags(checked_report(text), "A1")] == ["A102", "A102"]
    text = (
        "Two senior aides, along with a lawyer, who asked not to be identified because they "
        "feared reprisals, said the plan was dead.\n"
    )
    assert [rule for rule, _ in report_flags(checked_report(text), "A1")] == ["A102", "A102"]


def test_certainty_phrases_in_a_sources_clause_or_a_condition_are_not_flagged() -> None:
    for text in (
        "The minister said it's no secret that the council is broke.\n",
        "If it is clear that the plan failed, the minister should resign.\n",
        "The truth is that simple.\n",
    ):
        assert report_flags(checked_report(text), "A202") == [], text
    text = "It\u2019s no secret that employees love the four-day week.\n"  # curly apostrophe
    assert report_flags(checked_report(text), "A202") == [("A202", "It\u2019s no secret that")]


def test_a_possessive_before_an_aside_keeps_its_feeling() -> None:
    text = "Voters' anger, party officials conceded, was real.\n"
    assert ("A201", "Voters") in report_flags(checked_report(text), "A2")


def test_a_member_must_be_one_of_the_group() -> None:
    text = (
        'Economists were divided. "The Bank is wrong," said Ruth Gregory, the wife of an '
        "economist.\n"
    )
    assert report_flags(checked_report(text), "A2") == [("A201", "Economists")]


def test_only_beyond_reasonable_doubt_is_neutral() -> None:
    text = "Analysts say there is reasonable doubt that the plan will work.\n"
    assert [rule for rule, _, _ in voiced_flags(text, "H")] != []


def test_analysis_by_experts_to_come_is_no_source() -> None:
    text = "The findings will be subject to analysis by independent experts next year.\n"
    assert report_flags(checked_report(text), "A") == []


def test_one_unnamed_voter_with_a_reason_stays_a_source() -> None:
    text = "One member voted against the resolution on free speech grounds.\n"
    assert report_flags(checked_report(text), "A1") == [("A101", "One member")]
    text = "The union will strike after members voted overwhelmingly to reject the offer.\n"
    assert report_flags(checked_report(text), "A") == []  # (a ballot's result)


def test_under_fire_for_a_span_of_time_is_gunfire() -> None:
    text = "The convoy was under fire for three hours near the border.\n"
    assert report_flags(checked_report(text), "A") == []
    text = "Orbis is also under fire for its repair policy.\n"
    assert report_flags(checked_report(text), "A") == [("A202", "under fire for")]


def test_how_many_asks_a_quantity_but_thats_how_is_a_manner() -> None:
    for text in ("Nobody knows how many of the residents oppose the plan.\n",
                 "It is unclear how many people believe the claims.\n"):
        assert report_flags(checked_report(text), "A2") == [], text
    text = "At first, that's how many political experts viewed the challenge.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "many political experts")]


def test_the_object_of_a_past_verb_is_no_first_half_of_a_pair() -> None:
    text = "The strike stranded commuters and analysts say it cost millions.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "analysts")]
    text = "His views have heartened producers and executives at the channel.\n"  # a feeling
    assert report_flags(checked_report(text), "A2") == [
        ("A201", "producers and executives at the channel")
    ]
