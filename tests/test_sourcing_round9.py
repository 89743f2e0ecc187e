"""Sourcing, round 9: structures that generalise to text nobody has read.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span) and sentences of the same shape that must not.
"""

from __future__ import annotations

from sourcing_helpers import source_flags as flags

# --- every noun of a view, then "among", credits the group after it -----------------------------


def test_a_view_noun_before_among_credits_the_group_with_that_view():
    assert flags("There is growing distrust among farmers over the new trade rules.") == [
        ("A201", "farmers")
    ]
    assert flags(
        "The paper reflects a broader rethinking among economists about industrial policy."
    ) == [("A201", "economists")]
    assert flags("There is little agreement among the delegates themselves on the rules.") == [
        ("A201", "the delegates")
    ]


def test_among_after_a_noun_that_is_no_view_credits_nothing():
    assert flags("The measure won support among suburban voters in the spring.") == []
    assert flags("The gap in pay among the three agencies widened after the audit.") == []
    assert flags("He sat among farmers at the county fair on Saturday.") == []


def test_a_neutral_noun_of_views_before_among_names_a_spread_not_a_source():
    assert flags("Opinion among older voters is more closely divided.") == []
    assert flags("The shift in views among younger members surprised the board.") == []


# --- "the organizer" after "an organizer": the same unnamed person ------------------------------


def test_a_definite_speaker_brought_in_earlier_with_an_indefinite_is_anonymous():
    assert flags(
        "The couple were greeted by an organizer at a field office. \"You will be our best "
        "messengers,\" the organizer told them.",
        with_quotes=True,
    ) == [("A101", "the organizer")]
    assert flags(
        "A second county officer backed the account. In an email to the paper, the officer said "
        "that the crew had been ready to leave.",
        with_quotes=True,
    ) == [("A101", "the officer")]


def test_a_definite_speaker_first_met_as_a_named_persons_description_is_no_source():
    assert flags(
        "Ann Roe, a nurse at the county hospital, spoke first. \"We are short of beds,\" the "
        "nurse said.",
        with_quotes=True,
    ) == []
    assert flags(
        "Ann Roe is a nurse at the county hospital. \"We are short of beds,\" the nurse said.",
        with_quotes=True,
    ) == []
    assert flags(
        "A nurse, Kaci Hale, came home on Friday. \"I was treated like a criminal,\" the nurse "
        "said.",
        with_quotes=True,
    ) == []
    assert flags(
        "\"We are short of beds,\" the nurse said of the ward she has run since 2010.",
        with_quotes=True,
    ) == []


# --- a group that opens its clause, then the clause's participle of saying ---------------------


def test_a_group_subject_with_a_trailing_participle_of_saying_is_a_vague_source():
    assert flags(
        "Outside the plant, where about 40 protesters had gathered on Tuesday, chanting "
        "\"no contract, no work,\" the mood was tense."
    ) == [("A201", "40 protesters")]
    assert flags(
        "Activists staged a brief sit-in along the route, demanding that the old flag come down."
    ) == [("A201", "Activists")]
    assert flags(
        "Hundreds of protesters gathered outside the courthouse, chanting \"no justice, no peace.\""
    ) == [("A201", "Hundreds of protesters")]


def test_an_object_group_or_a_participle_that_says_nothing_is_no_source():
    assert flags("She wrote an email to supporters, saying that the plan was wrong.") == []
    assert flags(
        "The senator tried to calm his supporters, and took a heckler in stride, saying he was "
        "fine."
    ) == []
    assert flags("Residents gathered in the park on Sunday, waving flags.") == []
    assert flags("Protesters marched to City Hall, backing the union's demands.") == []


# --- the second of two joined appositives describes the named person ----------------------------


def test_a_relative_after_a_second_joined_appositive_of_a_name_is_that_person():
    assert flags(
        "The measure was opposed by Ann Roe, a media consultant and an influential Republican "
        "who said she would vote against it."
    ) == []


def test_joined_descriptions_with_no_name_before_them_are_still_unnamed():
    assert flags(
        "The plan has its critics, among them a coalition of unions and a group of economists "
        "who say it will fail."
    ) == [("A201", "a group of economists who")]
    assert flags(
        "In Dunmore, a retired farmer and a former county official who asked not to be named "
        "said the plant would close."
    ) == [("A101", "a former county official")]


# --- "those who" right after a sentence of poll figures are respondents ------------------------


def test_those_who_answered_in_the_sentence_after_a_poll_figure_are_respondents():
    assert flags(
        "About 4 in 10 caucus-goers say they want more liberal policies. Among those who want "
        "a continuation of his policies, most are planning to back the governor."
    ) == []


def test_a_group_after_a_sentence_of_figures_is_still_a_source():
    assert flags(
        "He leads by 12 points in the latest survey. But those who know the state say the race "
        "is closer."
    ) == [("A201", "those who")]
    assert flags(
        "The tax rose by 3 percent last year. Some have argued that the increase hurt farmers."
    ) == [("A201", "Some")]


# --- a negated verb of knowing still credits the group with a view ----------------------------


def test_a_group_that_does_not_understand_or_know_holds_a_view():
    assert flags("Often, families did not understand what the new forms required.") == [
        ("A201", "families")
    ]
    assert flags("Many voters don't know what the mayor stands for.") == [("A201", "Many voters")]


def test_a_negated_verb_of_saying_or_an_inability_still_credits_nothing():
    assert flags("Officials did not say when the road would reopen.") == []
    assert flags("Many voters can't know who paid for the ads.") == []


# --- "that they view as": an object relative credits the group of its own sentence --------------


def test_they_in_an_object_relative_credits_the_group_earlier_in_its_sentence():
    assert flags(
        "The remarks allowed Republicans to tie the senator to a policy that they widely view "
        "as a failure."
    ) == [("A201", "they")]
    assert flags(
        "The city expects an army of student activists to march against what they call a "
        "rigged vote."
    ) == [("A201", "they")]


def test_they_after_a_group_that_is_persuaded_or_not_in_a_relative_is_not_credited():
    assert flags(
        "The job is convincing busy readers that they want what the paper is producing."
    ) == []
    assert flags(
        "The mayor thanked the volunteers because they worked through the night."
    ) == []


# --- a group's own verb, then "and" and a verb of saying ---------------------------------------


def test_a_group_whose_second_joined_verb_is_one_of_saying_is_a_source():
    assert flags(
        "At a meeting of the leadership, some senators vented about the delay and said that "
        "they would wait."
    ) == [("A201", "some senators")]
    assert flags(
        "The singer became a target after some of her fans mocked her accent and even "
        "questioned her roots."
    ) == [("A201", "some of her fans")]


def test_a_group_whose_joined_verbs_say_nothing_or_belong_to_others_is_no_source():
    assert flags("Some senators voted against the bill and went home.") == []
    assert flags("Some senators voted against the bill, and then the chamber adjourned.") == []


# --- ", many of them deeply skeptical": an absolute phrase that holds an attitude --------------


def test_an_absolute_quantifier_phrase_with_an_attitude_is_a_vague_source():
    assert flags(
        "Addressing about 100 committee members at the spring meeting, many of them deeply "
        "skeptical about his candidacy, the campaign chief spoke for an hour."
    ) == [("A201", "many of them")]
    assert flags("The board met 40 farmers, most of them angry about the new water rules.") == [
        ("A201", "most of them")
    ]


def test_an_absolute_quantifier_phrase_without_an_attitude_credits_nothing():
    assert flags("The board met 40 farmers, most of them from the county.") == []
    assert flags("The board met 40 farmers, most of them in their sixties.") == []
