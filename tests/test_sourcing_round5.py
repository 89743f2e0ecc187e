"""Sourcing, round 5: rules that generalise (verb forms, reaction cues, group nouns by shape).

Every example text is our own invention.  Each rule has sentences that must flag, with the
exact span, and sentences that must not.
"""

from __future__ import annotations

from sourcing_helpers import analyse, flags

# --- verb forms and judging verbs -------------------------------------------------------------


def test_judging_and_naming_verbs_credit_a_group():
    assert flags(analyse("Some interpret the mayor's silence as a retreat from the plan.")) == [
        ("A201", "Some")
    ]
    assert flags(analyse("Residents suspected that the pump station had failed again.")) == [
        ("A201", "Residents")
    ]
    assert flags(analyse("The council is following what strategists dub a two-step plan.")) == [
        ("A201", "strategists")
    ]


def test_a_view_after_a_relative_that_or_which():
    text = "The deficit stayed under the limit that economists generally consider sustainable."
    assert flags(analyse(text)) == [("A201", "economists")]
    # a complement clause about the group, with an action verb, still credits no one
    assert flags(analyse("The mayor knows that voters queued for hours in the rain.")) == []


def test_views_and_vows_are_nouns_not_verbs():
    text = "The club joined other groups that reflect the shift in views among younger members."
    assert flags(analyse(text)) == []


# --- reactions before a group -----------------------------------------------------------------


def test_a_reaction_caused_in_a_group_credits_it():
    text = "The draft so annoyed state officials that they called an emergency session."
    assert flags(analyse(text)) == [("A101", "state officials")]
    text = "The remark worried some analysts, who pointed out that the rule had lapsed."
    assert flags(analyse(text))[0] == ("A201", "some analysts")
    text = "The board will hear testimony from policy experts before it votes on the levy."
    assert flags(analyse(text)) == [("A201", "policy experts")]
    text = "The plan faces stiff opposition from many prominent Republicans in the state."
    assert flags(analyse(text)) == [("A201", "many prominent Republicans in the state")]


def test_standing_questions_and_adjectives_are_not_reactions():
    assert flags(analyse("Her support among millennials still lags behind her rivals.")) == []
    assert flags(analyse("The senator took no questions from reporters after the vote.")) == []
    text = "Frustrated voters queued outside the hall until the doors finally opened."
    assert flags(analyse(text)) == []
    text = "Ten years ago she came from nowhere to upset a well-known county politician."
    assert flags(analyse(text)) == []


# --- people nouns by shape (lexicons/human_nouns.txt) -----------------------------------------


def test_a_people_noun_the_lists_do_not_know_is_a_group_when_credited():
    assert flags(analyse("Many farmers say the new dam will flood the lower valley.")) == [
        ("A201", "Many farmers")
    ]
    text = "Private lenders still considered the harbour loans too risky."
    assert flags(analyse(text)) == [("A201", "Private lenders")]
    text = "Forecasters have long warned that the levee would not hold."
    assert flags(analyse(text)) == [("A201", "Forecasters")]
    text = "The progressive heavyweights wrote in a joint letter that the plan fails."
    assert flags(analyse(text)) == [("A201", "The progressive heavyweights")]


def test_a_singular_people_noun_with_words_of_its_own_is_anonymous():
    text = '"It is a farce," one user wrote on the forum after the vote.'
    assert flags(analyse(text)) == [("A101", "one user")]
    assert flags(analyse("An engineer said the bridge had been closed twice.")) == [
        ("A101", "An engineer")
    ]


def test_shapes_that_are_not_people_credit_no_one():
    assert flags(analyse("The numbers say otherwise, and the letters said nothing new.")) == []
    assert flags(analyse("The committee said the levy would rise in May.")) == []
    assert flags(analyse("Three-quarters said the same of the mayor.")) == []
    text = "The site was reviewing users suspected of spreading the rumour."
    assert flags(analyse(text)) == []
    text = "Most respondents said the ferry was late; the survey has a margin of error."
    assert flags(analyse(text)) == []


def test_a_capitalised_surname_with_an_agent_ending_is_a_name():
    text = "The mayor thanked Ann Sanders at the rally.\n\nSanders said the plan would pass."
    assert flags(analyse(text)) == []
    text = "The hall was quiet.\n\nShareholders told the board that the offer was too low."
    assert flags(analyse(text)) == [("A201", "Shareholders")]


# --- pronouns of a credited group -------------------------------------------------------------


def test_they_after_a_group_credited_mid_sentence_is_a_new_claim():
    text = (
        "The levy is unfair to renters, several tenant advocates said on Friday, as they "
        "bristled at the council's timetable."
    )
    assert flags(analyse(text)) == [("A201", "several tenant advocates"), ("A201", "they")]


def test_who_after_a_group_credited_by_a_cue_is_its_own_claim():
    text = "The plan faces pressure from local historians, who argue the pier must stay."
    assert flags(analyse(text)) == [("A201", "local historians"), ("A201", "who")]
    # the relative only describes the group when the group's own verb follows it
    text = "Officials, who spoke on condition of anonymity, said the pier would close."
    assert flags(analyse(text)) == [("A101", "Officials")]
    text = '"We will close it," said one of the advisers, who spoke on condition of anonymity.'
    assert [rule for rule, _ in flags(analyse(text))] == ["A101"]


def test_a_restrictive_who_with_words_of_its_own_extends_the_flag():
    text = "Several tenant advocates who testified at the hearing said the levy is unfair."
    assert flags(analyse(text)) == [("A201", "Several tenant advocates who")]
    # an anonymity marker says how the source spoke, not what: the span stays on the group
    text = "A council official who spoke anonymously said the pier would close."
    assert flags(analyse(text)) == [("A101", "A council official")]


def test_a_who_clause_whose_second_verb_is_a_speech_act():
    text = (
        "The footage became a rallying point for demonstrators here, who have marched for "
        "days and called for the tapes to be released."
    )
    assert flags(analyse(text)) == [("A201", "who")]
    text = "The footage was shown to demonstrators here, who have marched for days and rested."
    assert flags(analyse(text)) == []


# --- a group's possessive before a view -------------------------------------------------------


def test_a_possessive_group_holding_a_view_is_credited():
    text = "The mayor may be helped by the electorate's lack of faith in the council."
    assert flags(analyse(text)) == [("A201", "the electorate")]
    text = "Voters' anger at the ferry levy grew through the summer."
    assert flags(analyse(text)) == [("A201", "Voters")]
    text = "While independents' views of the mayor improved, the levy stayed unpopular."
    assert flags(analyse(text)) == [("A201", "independents")]


def test_a_possessive_group_that_is_talked_about_or_owns_things_is_not():
    assert flags(analyse("The mayor wants to restore voters' confidence in the ferry.")) == []
    text = "Given Republicans' stiff opposition, the levy is unlikely to pass."
    assert flags(analyse(text)) == []  # a premise of the reporter's, and "Given" is no group
    assert flags(analyse("The officials' cars were parked outside the hall.")) == []
    assert flags(analyse("Fifty percent of voters' concerns were met by the plan.")) == []
    text = "The committee rejected the former staffer's claims about the budget."
    assert flags(analyse(text)) == []


def test_no_before_a_group_credits_nobody():
    text = "The bill has one Democratic co-sponsor and no Republicans shows its prospects are poor."
    assert flags(analyse(text)) == []
    text = "Republicans say the bill has no chance this year."
    assert flags(analyse(text)) == [("A201", "Republicans")]
