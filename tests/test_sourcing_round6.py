"""Sourcing, round 6: precision guards for groups that are talked about rather than credited.

Every example text is our own invention.  Each guard has sentences that must flag, with the
exact span, and sentences that must not.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from sourcing_helpers import analyse, flags

from newscheck.stages.source_finders import _POLL_FINDING, _poll_in

# --- bare "people", "everyone": the public at large unless it says something ------------------


def test_bare_people_thinking_or_in_a_conditional_is_the_public():
    assert flags(analyse("The vote will decide what people think of the plan.")) == []
    assert flags(analyse("If you repeat a rumour often enough, people will believe it.")) == []
    assert flags(analyse("He says if people think the roads will be fixed, they will vote.")) == []
    assert flags(analyse("Everybody knows the bridge has needed repairs for a decade.")) == []


def test_bare_people_who_say_write_or_disagree_are_still_flagged():
    assert flags(analyse("People say the clinic closed because the grant ran out.")) == [
        ("A201", "People")
    ]
    assert flags(analyse("On Facebook, people posted photos of the flooded underpass.")) == [
        ("A201", "people")
    ]
    assert flags(analyse("But not everyone agrees that the dam is safe.")) == [("A201", "everyone")]
    assert flags(analyse("People in the valley fear the river will flood again.")) == [
        ("A203", "People in the valley")
    ]
    assert flags(analyse("Everybody said nothing had happened.")) == [("A201", "Everybody")]


def test_a_determined_or_modified_group_of_people_is_not_affected():
    text = "Several people who live near the plant think the council ignored the warnings."
    assert flags(analyse(text)) == [("A201", "Several people")]


# --- poll respondents: a group in a sentence reporting a poll's figures is the poll's finding --


def test_groups_in_a_sentence_with_poll_figures_are_respondents():
    text = "Among renters, Democrats favored the levy, 61 percent to 30 percent."
    assert flags(analyse(text)) == []
    text = (
        "There was little gap between older residents, who back the mayor by a 9-point margin, "
        "and younger ones."
    )
    assert flags(analyse(text)) == []


def test_groups_without_poll_figures_and_poll_readers_still_flag():
    assert flags(analyse("Democrats favored the levy and said it would fix the schools.")) == [
        ("A201", "Democrats")
    ]
    assert flags(analyse("Pollsters warned that the county survey had a small sample.")) == [
        ("A201", "Pollsters")
    ]
    # polls that close are polling stations, not a poll's figures
    text = "After the polls closed, Democrats said the turnout had surprised them."
    assert flags(analyse(text)) == [("A201", "Democrats")]


# --- unnamed officials who only act: news about them, not sourcing --------------------------


def test_a_group_of_officials_doing_something_is_not_a_source():
    text = "Last spring, officials studied three possible sites for the new jail."
    assert flags(analyse(text)) == []
    text = "Back at the hotel, campaign aides worked through the night."
    assert flags(analyse(text)) == []


def test_one_unnamed_person_acting_or_a_group_reporting_or_judging_still_flags():
    assert flags(analyse("A staffer emailed the guest list to the mayor.")) == [
        ("A101", "A staffer")
    ]
    text = "On Monday, state health officials discovered two more cases in the county."
    assert flags(analyse(text)) == [("A101", "state health officials")]
    assert flags(analyse("Several officials weighed in on the dispute.")) == [
        ("A101", "Several officials")
    ]
    assert flags(analyse("Local officials were furious about the delay.")) == [
        ("A101", "Local officials")
    ]


# --- a relative clause of allegiance picks a group out; it does not credit it ----------------


def test_members_who_endorsed_or_can_back_someone_are_picked_out():
    text = "The governor met on Friday with council members who have endorsed the bond."
    assert flags(analyse(text)) == []
    text = "The count includes party officials who can back any candidate at the convention."
    assert flags(analyse(text)) == []


def test_a_group_who_fears_or_that_says_something_is_still_credited():
    text = "Council members who have endorsed the bond say it will pay for itself."
    assert flags(analyse(text)) == [("A201", "Council members")]
    text = "The mayor met residents who fear the new toll will drive shops away."
    assert flags(analyse(text)) == [("A201", "residents who")]


# --- a modal predicts what a group will do; only a verb of saying after it credits a view -----


def test_a_prediction_about_a_group_credits_no_one():
    text = "Under the plan, students would continue to take the state tests every spring."
    assert flags(analyse(text)) == []
    text = "If the levy fails, residents would see higher bills for trash pickup."
    assert flags(analyse(text)) == []


def test_a_hedged_view_after_a_modal_still_flags():
    text = "Critics would call the new stadium a gift to the team owners."
    assert flags(analyse(text)) == [("A201", "Critics")]
    text = "Few residents would have described the mayor as a reformer a year ago."
    assert flags(analyse(text)) == [("A201", "Few residents")]
    assert flags(analyse("Residents are angry about the new toll.")) == [("A201", "Residents")]


# --- a crowd's noise is an event; its words or its judging response are a source ------------


def test_a_booing_or_cheering_crowd_is_not_a_source():
    text = "The crowd booed when the mayor mentioned the parking fees."
    assert flags(analyse(text)) == []
    # Round 15: boos aimed at a speaker are a judging response, labelled vague since the
    # thirteenth sample (GUIDELINES.md); a cheering crowd still credits no one
    text = "The senator drew boos from the audience as he defended the tax."
    assert flags(analyse(text)) == [("A201", "the audience")]
    text = "The senator drew cheers from the audience as he defended the tax."
    assert flags(analyse(text)) == []


def test_a_crowd_with_words_or_a_verdict_of_its_own_still_flags():
    text = 'The crowd chanted "Save our library" outside city hall.'
    assert flags(analyse(text)) == [("A201", "The crowd")]
    assert flags(analyse("The audience received the plan coolly.")) == [("A201", "The audience")]


# --- the poll test's cheap pre-checks give the plain regex's answer ---------------------------


POLL_WORDS = [
    *("voters", "55", "percent", "poll", "Polls", "close", "survey", "two", "in", "three"),
    *("one", "out", "of\nten", "often", "said", "the", "Democrats", "6-point", "12", "points"),
    *("respondents", "In", "TEN", "4%"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(POLL_WORDS),
        max_size=14,
    ),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_poll_pre_checks_equal_the_plain_regex(words, a, b):
    text = " ".join(words)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert _poll_in(text, start, end) == (_POLL_FINDING.search(text, start, end) is not None)


def test_poll_figures_in_our_own_sentences():
    assert _poll_in("Two in three renters backed the levy.", 0, 37)
    assert _poll_in("The levy led by 12 points.", 0, 26)
    assert not _poll_in("Renters often backed the levy, she said.", 0, 40)


# --- after a preposition a mention is an object: the verb that follows is not its own --------


def test_an_object_of_a_preposition_is_not_the_subject_of_the_next_verb():
    assert flags(analyse("The talks with officials were part of the budget process.")) == []
    assert flags(analyse("Her partnership with a Republican was one of her few successes.")) == []


def test_the_same_people_as_subjects_still_flag():
    assert flags(analyse("City officials were furious about the budget.")) == [
        ("A101", "City officials")
    ]
    text = "A Republican on the committee was furious about the budget."
    assert flags(analyse(text)) == [("A101", "A Republican")]
