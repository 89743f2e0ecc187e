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
