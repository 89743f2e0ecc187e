"""Round 29 review (REV29A): defects a read-only reviewer found in the round's first half, each
with the sentence that showed it."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, speaker_of


def test_a_count_of_the_officials_interviewed_is_no_poll_share() -> None:
    report = checked_report(
        "Half of the officials who spoke to the Post said the plan would fail.\n"
    )
    assert report_flags(report, "A") == [("A101", "Half of the officials")]  # (a person)
    for text in (
        "41 percent of officials say the plan will fail.\n",
        "Six in 10 GOP officials say the plan will fail.\n",
    ):  # a poll's share still credits no unnamed official
        assert report_flags(checked_report(text), "A") == [], text


def test_a_sentence_ending_in_a_word_and_full_stop_bounds_the_who_search() -> None:
    text = (
        "Two people who were at a bus stop told the Gazette the car was fast. One witness, "
        "who gave only her first name, Kerry, said officers had been close behind.\n"
    )
    assert speaker_of(checked_report(text), "officers had been close behind") == (
        "One witness", "anonymous"
    )  # (the full stop of "fast." is no token of its own: it had been "Two people")


def test_speaking_freely_is_a_reason_only_after_a_request_for_anonymity() -> None:
    report = checked_report("A nurse said staff were afraid to speak freely.\n")
    assert report_flags(report, "A") == [("A101", "A nurse")]  # (it had been A102)
    text = (
        "A former official, who requested anonymity to speak candidly about the race, said "
        "the plan was dead.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A102", "A former official")]


def test_officials_on_the_hill_and_aides_on_capitol_hill_are_no_outlet() -> None:
    report = checked_report("The bill is dead, officials on the Hill said.\n")
    assert report_flags(report, "A") == [("A101", "officials")]  # (an outlet, A301)
    report = checked_report("Several aides on Capitol Hill said the bill was dead.\n")
    assert [rule for rule, _ in report_flags(report, "A")] == ["A101"]  # (and A301 "Hill")


def test_key_figures_are_statistics_and_left_unconvinced_is_a_stance() -> None:
    report = checked_report("Key figures from the ONS suggest that inflation is rising.\n")
    assert report_flags(report, "A") == []  # (A101 on "Key figures from the ONS")
    assert speaker_of(report, "inflation is rising")[1] == "document"
    report = checked_report("Officials were left unconvinced by the plan.\n")
    assert report_flags(report, "A") == [("A101", "Officials")]  # (it had lost its flag)


def test_researchers_from_countries_name_no_study_team() -> None:
    text = (
        "Researchers from Britain and France analysed 2,000 patients. The authors said the "
        "drug worked.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A201", "The authors")]


def test_one_flag_for_a_person_described_by_two_relative_clauses() -> None:
    report = checked_report(
        "A man who lives there, and who saw the crash, said the car was speeding.\n"
    )
    assert report_flags(report, "A") == [("A101", "A man")]  # (and A101 on "who")
    report = checked_report(
        "Residents who live there, and who asked not to be named, said the water was brown.\n"
    )
    assert report_flags(report, "A") == [("A101", "Residents")]  # (A201 on the residents
    # and A101 on "who asked not to be named")


# -- REV29B: the round's second half (AUDIT29's rules and the lead's later ones) ----------------


def test_literal_rigging_and_cheating_the_noun_are_no_accusations() -> None:
    for text in (
        "Crews were rigging the stage for Saturday's concert.\n",
        "The main concern for examiners is cheating.\n",
        "The film is deliberately withholding its twist until the final scene.\n",
    ):
        assert report_flags(checked_report(text), "A4") == [], text  # (each had A402)


def test_electric_car_owners_are_people_and_pacific_gas_and_electric_a_company() -> None:
    report = checked_report("Electric car owners say charging is too expensive.\n")
    assert report_flags(report, "A") == [("A201", "owners")]  # (an organisation, no flag)
    report = checked_report("Pacific Gas and Electric says it has cut power to 9,000 homes.\n")
    assert speaker_of(report, "it has cut power to 9,000 homes") == (
        "Pacific Gas and Electric", "organization"
    )


def test_a_participle_or_possessive_inside_the_object_of_close_to_stays() -> None:
    report = checked_report("A source close to the man charged said he would plead guilty.\n")
    assert report_flags(report, "A") == [("A101", "A source close to the man charged")]
    report = checked_report(
        "People familiar with the mayor's promise to resign said he would go.\n"
    )
    assert report_flags(report, "A") == [
        ("A101", "People familiar with the mayor's promise to resign")
    ]
    report = checked_report("A source close to Sen. Whitfield dismissed the claim.\n")
    assert report_flags(report, "A") == [("A101", "A source close to Sen. Whitfield")]  # (it
    # had run on to "dismissed the")


def test_a_closing_they_said_is_not_the_group_inside_its_clause() -> None:
    text = (
        "Two nurses said the ward had been closed twice. Elderly patients were moved before "
        "younger residents, they said.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "Elderly patients were moved before younger residents")[1] == (
        "anonymous"
    )  # (it had been "Elderly patients", vague, while the flag went to the nurses)


def test_none_of_the_residents_who_did_not_respond_credits_nobody() -> None:
    report = checked_report("None of the residents responded to requests for comment.\n")
    assert report_flags(report, "A") == []  # (A201 while "none of" was read as the group)


def test_crews_responding_to_a_scene_hold_no_view() -> None:
    report = checked_report("Law enforcement responded to the scene within minutes.\n")
    assert report_flags(report, "A") == []  # (A201)
    report = checked_report("Critics responded to the plan with anger.\n")
    assert report_flags(report, "A") == [("A201", "Critics")]


def test_calls_received_for_something_are_a_demand() -> None:
    report = checked_report("The party has received calls from members to replace its leader.\n")
    assert report_flags(report, "A") == [("A201", "members")]  # (phone calls, no flag)


def test_a_chant_whose_words_follow_a_phrase_keeps_its_group() -> None:
    report = checked_report('Protesters chanted in unison, "Lock her up!"\n')
    assert ("A201", "Protesters") in report_flags(report, "A")  # (the flag had gone)


def test_the_spelling_bee_is_no_newspaper_and_friends_of_a_senator_are_people() -> None:
    report = checked_report("The National Spelling Bee said the final would be televised.\n")
    assert report_flags(report, "A") == []  # (A301)
    report = checked_report("Friends of Sen. Whitfield say she is torn.\n")
    assert report_flags(report, "A") == [("A101", "Friends of Sen. Whitfield")]


def test_pledging_hours_of_action_is_no_gift() -> None:
    report = checked_report("Protesters pledged 24 hours of action.\n")
    assert report_flags(report, "A") == [("A201", "Protesters")]  # (read as money, no flag)


# -- REV29C: the mends themselves ------------------------------------------------------------


def test_an_abbreviation_ends_no_sentence_for_the_who_search() -> None:
    text = (
        "A nurse who works for Dr. Patel, and who gave only her first name, Maria, said the "
        "ward was closed.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A101", "A nurse")]  # (no flag: the
    # "who" search had stopped at "Dr.")


def test_continuous_cheating_and_rigging_need_what_they_wrong() -> None:
    report = checked_report("Harwell has been rigging its admissions for years.\n")
    assert report_flags(report, "A4") == [("A402", "been rigging")]  # (lost in a first mend)
    for text in (
        "Moon was cleared of cheating investors.\n",
        "Students learn about rigging the market in economics class.\n",
        "Crews were rigging the stage for Saturday's concert.\n",
    ):
        assert report_flags(checked_report(text), "A4") == [], text


def test_responding_to_a_call_for_something_is_a_view() -> None:
    for text in (
        "Critics responded to the call for a boycott with scorn.\n",
        "Activists responded to the shooting by calling for tighter gun laws.\n",
    ):
        assert [rule for rule, _ in report_flags(checked_report(text), "A")] == ["A201"], text
    report = checked_report("Local law enforcement responded to the call at 9pm.\n")
    assert report_flags(report, "A") == []


def test_calls_fielded_for_a_time_or_a_purpose_are_phone_calls() -> None:
    for text in (
        "The helpline has fielded calls from residents for weeks.\n",
        "The office fielded calls from voters to ask where to vote.\n",
    ):  # (REV29D: "received" takes demands as often, so it is no phone verb at all)
        assert report_flags(checked_report(text), "A") == [], text


def test_reasons_for_anonymity_and_legal_reasons() -> None:
    report = checked_report("A source said the deal was delayed for legal reasons.\n")
    assert report_flags(report, "A") == [("A101", "A source")]  # (A102)
    text = (
        "A former official, who requested anonymity in order to speak candidly about the race, "
        "said the plan was dead.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A102", "A former official")]


def test_a_majority_of_officials_surveyed_is_a_poll() -> None:
    text = "A majority of officials surveyed by Gallup say the plan will fail.\n"
    assert report_flags(checked_report(text), "A") == []  # (A101)


def test_a_pair_of_people_ending_in_a_company_word_is_two_people() -> None:
    report = checked_report("Sarah Grant and Tom Power said the deal was done.\n")
    assert speaker_of(report, "the deal was done") == ("Sarah Grant and Tom Power", "person")
    report = checked_report("Gov. Jay Power signed the bill. He said it would help families.\n")
    assert speaker_of(report, "it would help families") == ("Gov. Jay Power", "person")


def test_researchers_at_stanford_name_a_study_team() -> None:
    text = (
        "Researchers at Stanford analysed 2,000 patients. The authors said the drug worked.\n"
    )
    assert report_flags(checked_report(text), "A") == []  # (A201 after the first mend)


def test_another_speakers_words_after_a_chant_are_not_the_chant() -> None:
    text = (
        'Protesters chanted and waved flags, while the mayor said, "I welcome peaceful '
        'protest."\n'
    )
    assert ("A201", "Protesters") not in report_flags(checked_report(text), "A")


def test_titles_and_couples_after_close_to() -> None:
    for text, flag in (
        ("People close to Lt. Gov. Dan Patrick said he would run.\n",
         "People close to Lt. Gov. Dan Patrick"),
        ("A source close to Mr. and Mrs. Smith said they would sue.\n",
         "A source close to Mr. and Mrs. Smith"),
    ):
        assert report_flags(checked_report(text), "A") == [("A101", flag)], text


def test_a_second_relative_asking_anonymity_in_other_words() -> None:
    text = (
        "Residents who live there, and who spoke on condition of anonymity, said the water was "
        "brown.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A101", "Residents")]


def test_left_scrambling_is_what_befell_them() -> None:
    assert report_flags(checked_report("Officials were left scrambling to respond.\n"), "A") == []


# -- REV29D: the third mends' misfires ---------------------------------------------------------


def test_cheating_after_is_is_the_noun_and_rescue_crews_respond_to_fires() -> None:
    for text in (
        "The biggest worry for universities is cheating among students.\n",
        "Rescue workers responded to the fire at the plant.\n",
        "Rescue workers responded to the call for help.\n",
        "Crews were rigging a crane on the roof.\n",
    ):
        assert report_flags(checked_report(text), "A") == [], text
    report = checked_report("The clinic has been cheating Medicare for years.\n")
    assert report_flags(report, "A4") == [("A402", "been cheating")]  # (a capital object)


def test_a_sentence_ending_in_am_bounds_the_who_search() -> None:
    text = (
        "Two people who live nearby said the blast came at 4 a.m. One neighbor, who gave only "
        "his first name, Tom, said the windows shook.\n"
    )
    assert speaker_of(checked_report(text), "the windows shook") == ("One neighbor", "anonymous")


def test_in_order_to_is_no_request_and_surveying_damage_is_no_poll() -> None:
    report = checked_report(
        "The leaders met privately in order to speak frankly, a source said.\n"
    )
    assert report_flags(report, "A") == [("A101", "a source")]  # (A102)
    report = checked_report(
        "A majority of the officials who surveyed the flood damage said the levee had failed.\n"
    )
    assert [rule for rule, _ in report_flags(report, "A")] == ["A101"]  # (no flag)


def test_a_chant_while_marching_keeps_its_group() -> None:
    report = checked_report('Protesters chanted while marching, "Hands up, do not shoot!"\n')
    assert ("A201", "Protesters") in report_flags(report, "A")


def test_a_country_names_no_study_team_and_a_hundred_days_are_no_gift() -> None:
    text = (
        "Researchers from China found the virus spread quickly. The researchers said masks "
        "helped.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A201", "The researchers")]
    report = checked_report("Protesters pledged a hundred days of action.\n")
    assert report_flags(report, "A") == [("A201", "Protesters")]


def test_left_feeling_is_a_view() -> None:
    report = checked_report("Officials were left feeling the deal was unfair.\n")
    assert report_flags(report, "A") == [("A101", "Officials")]


def test_us_rep_after_close_to() -> None:
    report = checked_report("People close to U.S. Rep. Jim Jordan said he would run.\n")
    assert report_flags(report, "A") == [("A101", "People close to U.S. Rep. Jim Jordan")]
