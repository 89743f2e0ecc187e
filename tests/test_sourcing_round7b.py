"""Sourcing, round 7b: fewer groups flagged that the text only picks out or describes.

Every example text is our own invention.  Each guard has sentences that must not flag and
sentences (the same shape, a group credited with a view) that must, with the exact span.
"""

from __future__ import annotations

from sourcing_helpers import source_flags as flags

# --- a relative clause that picks a group out ---------------------------------------------------


def test_a_relative_clause_expected_or_able_to_act_credits_nothing():
    assert flags(
        "The county vote chooses the delegates who are expected to back candidates in July."
    ) == []
    assert flags(
        "The ballot lists party officers and other insiders who also get to weigh in on rules."
    ) == []


def test_a_say_after_a_determiner_is_a_noun_and_a_passive_credits_nothing():
    assert flags(
        "The rules favor elected officials who are automatically granted a say at the meeting."
    ) == []
    assert flags("The mayor met with residents who were told to leave their homes.") == []


def test_a_relative_clause_with_its_own_verb_of_saying_still_credits():
    assert flags("The proposal drew fire from critics who say the fee unfairly targets shops.") == [
        ("A201", "critics who")
    ]
    assert flags("The council heard from residents who were angry about the closures.") == [
        ("A201", "residents who")
    ]


# --- a group that only acts: an infinitive after it, an adverb after 'be' -----------------------


def test_a_group_before_an_infinitive_is_no_subject_of_its_own_clause():
    assert flags(
        "The governor has hired two veteran campaign operatives to take prominent roles."
    ) == []
    assert flags(
        "The contract includes a clause that requires staffers to promise not to disclose talks."
    ) == []


def test_an_adverb_after_be_is_no_predicate_of_the_group():
    assert flags(
        "The mayor said that the council and its allies are unfairly maligning her record."
    ) == []


def test_a_group_that_reports_or_judges_is_still_a_source():
    assert flags("A pair of veteran campaign operatives said the office was in disarray.") == [
        ("A101", "campaign operatives")
    ]
    assert flags("Clinton aides were coy about the timing of the speech.") == [
        ("A101", "Clinton aides")
    ]


# --- an -ing word after 'have' is no verb form ----------------------------------------------------


def test_an_ing_word_after_have_is_no_verb_of_the_group():
    assert flags("Few envy the tough job campaign staffers have maintaining morale in March.") == []
    assert flags("Campaign staffers have been saying for weeks that morale is low.") == [
        ("A101", "Campaign staffers")
    ]


# --- what a group tries to do or be is no predicate of it -----------------------------------------


def test_what_a_group_tries_to_do_or_be_credits_nothing():
    assert flags("The mayor and her aides weren't trying to be disloyal, the report found.") == []
    assert flags("The senator and his allies are trying to use his popularity in the fall.") == []


def test_a_predicate_of_the_group_itself_still_credits():
    assert flags("The mayor's aides were furious about the leak.") == [
        ("A101", "The mayor's aides")
    ]


# --- a question about a group ---------------------------------------------------------------------


def test_a_question_about_a_group_credits_no_view():
    assert flags("A year from now, how will the voters regard the two parties?") == []
    assert flags("Do voters believe the governor's promise on taxes?") == []


def test_a_statement_with_a_question_after_it_still_credits():
    assert flags("Voters believe the governor's promise, but will they vote for him?") == [
        ("A203", "Voters")
    ]


# --- support a subject seeks or lacks; a named speaker after a parenthetical ---------------------


def test_support_sought_or_lacked_credits_no_view():
    assert flags("She ran as an outsider despite pursuing support from fellow lawmakers.") == []
    assert flags("The governor has not earned any backing from his party's senators.") == []
    assert flags("Housing issues get attention from Democrats only in election years.") == []


def test_support_won_still_credits_the_group():
    assert flags("The mayor has won overwhelming support from local business leaders.") == [
        ("A201", "local business leaders")
    ]


def test_a_named_speaker_after_a_parenthetical_is_not_the_group():
    assert flags(
        "The bill lacks support from moderate senators, whom the leader has alienated with his "
        "threats, said Ann Ruiz, a professor of politics."
    ) == []
    assert flags(
        "Some officials, who were not authorized to speak publicly, said Tuesday that the talks "
        "had stalled."
    ) == [("A102", "Some officials")]


# --- a verb after 'and' belongs to the earlier subject -------------------------------------------


def test_a_verb_after_and_is_the_earlier_subjects_not_the_mentions():
    assert flags(
        "Okafor marched in Selma as a college student and says she still keeps the banner."
    ) == []
    assert flags("The agent spotted a sign in the crowd and asked for it to be taken down.") == []


def test_a_relative_clause_with_a_second_verb_of_saying_still_credits():
    assert flags("A man who attended and said he was a donor left early.") == [("A101", "A man")]
    assert flags(
        "She dropped the plan in March, a person who attended and described the talks on the "
        "condition of anonymity."
    ) == [("A101", "a person")]


# --- an -ing word after a preposition is a gerund -------------------------------------------------


def test_a_gerund_after_a_preposition_is_no_verb_of_the_group():
    assert flags(
        "And while the governor trailed many Democrats in calling for the repeal of the tax, she "
        "has since come around."
    ) == []
    assert flags("Last year she joined Democrats in pushing for the repeal of the tax.") == []


def test_a_group_in_a_place_that_calls_for_something_still_credits():
    assert flags("Many Democrats in Congress are calling for a higher minimum wage.") == [
        ("A201", "Many Democrats in Congress")
    ]


# --- 'added' with a count adds something; it says nothing -----------------------------------------


def test_added_with_a_count_is_no_verb_of_saying():
    assert flags("In Denver, organizers added 40 volunteers along the march route.") == []


def test_added_with_a_clause_still_credits():
    assert flags("In Denver, organizers added that the march route would be shorter.") == [
        ("A201", "organizers")
    ]


# --- 'take issue' is one verb of judging; a bare 'take' is none -----------------------------------


def test_a_bare_take_credits_nothing():
    assert flags("Students in rural districts typically take 90 standardized tests a year.") == []


def test_take_issue_still_credits():
    assert flags("Many teachers took issue with the new testing schedule.") == [
        ("A201", "Many teachers")
    ]


# --- a mention after 'to', 'about', 'against' … is an object --------------------------------------


def test_a_group_after_a_preposition_does_not_take_the_sentences_verb():
    assert flags(
        '"The best way I can describe the governor to friends is to say he never quits," '
        "Ruiz said."
    ) == []


def test_with_and_a_group_still_credits_its_attitude():
    assert flags("With many voters worried about taxes, the mayor backed off.") == [
        ("A203", "many voters")
    ]
