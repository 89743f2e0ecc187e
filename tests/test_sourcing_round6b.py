"""Sourcing, round 6b: more precision guards for mentions that are talked about, not credited.

Every example text is our own invention.  Each guard has sentences that must flag, with the
exact span, and sentences that must not.
"""

from __future__ import annotations

from sourcing_helpers import source_flags as flags

# --- an active "raise questions" has its own subject -------------------------------------------


def test_active_raising_questions_names_who_raises_them():
    assert flags("The mayor has raised questions about the cost of the new stadium.") == []
    assert flags("Senator Ruth Ames raised questions about the contract on Tuesday.") == []
    assert flags("She has also raised questions about the ballots.") == []
    assert flags("The committee raised questions about the bid.") == []
    assert flags("The senator was criticised for raising questions about the ballots.") == []


def test_a_thing_that_raises_questions_still_hides_who_asks():
    assert flags("The audit raises questions about how the county spent the grant.") == [
        ("A202", "raises questions")
    ]
    assert flags("The decision raised questions about the mayor's judgement.") == [
        ("A202", "raised questions")
    ]


def test_agentless_questions_raised_are_still_flagged():
    assert flags("Questions have been raised about the cost of the new stadium.") == [
        ("A202", "Questions have been raised")
    ]
    assert flags("Questions were raised about how the county spent the grant.") == [
        ("A202", "Questions were raised")
    ]
    assert flags("The deal sparked controversy and raised questions about the port.") == [
        ("A202", "sparked controversy and raised questions")
    ]


# --- a verb after a place phrase belongs to a mention only when the mention opens its clause ----


def test_an_object_before_a_place_phrase_is_not_given_the_next_verb():
    assert flags("The governor is thanking supporters at a victory rally in his home town.") == []
    calling = "The mayor was calling friends on their phones to say the bridge had reopened."
    assert flags(calling) == []
    floor = "The council took the floor from Republicans on Monday and said it would stay."
    assert flags(floor) == []


def test_a_subject_before_a_place_phrase_keeps_its_verb():
    assert flags("But critics in the district say the new schedule is unworkable.") == [
        ("A201", "critics in the district")
    ]
    # round 22: the span covers the place phrase, like "critics in the district" above
    assert flags("After the vote, lawmakers in swing districts voiced doubts about the bill.") == [
        ("A201", "lawmakers in swing districts")
    ]
    assert flags("Yet even economists on the left are questioning whether the plan will work.") == [
        ("A201", "economists")
    ]


# --- one person after a copula describes the subject -------------------------------------------


def test_a_person_after_a_copula_describes_the_named_subject():
    assert (
        flags("Ortiz was a member of Congress when she was badly hurt two years ago in a crash.")
        == []
    )
    assert (
        flags("Her nephew, Tomas, was one of 12 students killed at the school last spring.") == []
    )
    assert (
        flags("Reyes is a California labor activist who was among several speakers at the rally.")
        == []
    )
    assert flags("The senator was once an advocate for many of the rules Palin has attacked.") == []
    assert flags("Being careful is not her friend, one aide said.") == [("A101", "one aide")]


def test_there_is_introduces_a_person_and_plain_subjects_still_count():
    assert flags("There was one official who said the count would be delayed.") == [
        ("A101", "one official who")
    ]
    assert flags("One official said the count would be delayed until Friday.") == [
        ("A101", "One official")
    ]


# --- "struck" judges only in "struck X as Y" -----------------------------------------------------


def test_struck_without_as_is_a_blow_or_a_theme_not_a_judgement():
    assert flags("The van struck the crowd near the harbor, police said.") == []
    assert (
        flags("The governor struck many of the same themes, hitting the points of her rivals.")
        == []
    )


def test_struck_as_still_credits_the_group_with_a_judgement():
    assert flags("The short debate schedule struck supporters of both candidates as unfair.") == [
        ("A201", "supporters of both candidates as unfair")
    ]


# --- a group after a verb of wanting or causing is its object ------------------------------------


def test_a_group_someone_wants_or_makes_to_think_is_not_credited():
    assert flags("The mayor is hoping voters see her as ready to lead on the first day.") == []
    assert flags("The new rules will make these Democrats feel ignored, one aide warned.") == [
        ("A101", "one aide")
    ]


def test_a_relative_clause_still_credits_the_group_it_follows():
    assert flags(
        "The report helped convince some lawmakers who thought the bill went too far."
    ) == [("A201", "some lawmakers who")]


# --- "all" in "all told," is an idiom, not a group -----------------------------------------------


def test_all_told_is_an_idiom():
    assert flags(
        "All told, the county spent more than $2 million on the election, officials said."
    ) == [("A101", "officials")]


def test_all_on_its_own_with_a_statement_verb_is_still_a_group():
    assert flags("All said the count was fair.") == [("A201", "All")]


# --- a group opening a clause of cause or time is talked about -----------------------------------


def test_a_group_in_a_because_or_before_clause_is_talked_about():
    assert (
        flags("The party is different this year, the memo argues, because voters are angry.") == []
    )
    assert flags("The governor waited to endorse anyone before voters weighed in.") == []


def test_a_group_in_a_because_clause_that_says_something_is_still_flagged():
    assert flags("The plan stalled because critics say it costs too much.") == [("A201", "critics")]


# --- inside a quotation an unnamed person is a source only with a verb of saying or a cue -------


def test_an_unnamed_person_talked_about_inside_a_quotation_is_not_flagged():
    cia = '"It might have mattered if there were proof that a CIA source got killed," he said.'
    assert flags(cia, with_quotes=True) == []
    friends = '"That is what I think my two friends should take a look at," the senator said.'
    assert flags(friends, with_quotes=True) == []


def test_an_unnamed_person_who_speaks_inside_a_quotation_is_still_flagged():
    told = '"Two officials told me the vote was rigged," the mayor said.'
    assert flags(told, with_quotes=True) == [("A101", "Two officials")]
    cued = '"The count was wrong, one official told me," the mayor said.'
    assert flags(cued, with_quotes=True) == [("A101", "one official")]
