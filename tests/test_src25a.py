"""SRC25A (issue 5 recall): relative pronouns standing for an unnamed group.

Every example text is our own invention.  PolNeAR puts the Source on the relative pronoun
("Senate Republicans [who] oppose him"), so the flag must cover it: a new flag spans the group and
its "who", a group already flagged grows over it (one flag per source).
"""

from __future__ import annotations

from sourcing_helpers import flag_spans, flagged

from newscheck.stages.source_relatives import relative_position

# --- a restrictive "who" + a verb of a position voiced for or against something ---------------


def test_a_group_who_opposes_or_decries_something_is_credited_with_a_stance():
    text = "The mayor clashed with county commissioners who oppose the new transit levy."
    assert flagged(text) == [("A201", "commissioners who")]
    text = "The bill drew fire from teachers who have long decried the annual exams."
    assert flagged(text) == [("A201", "teachers who")]
    text = "He courted independents and others who do not identify with either party."
    assert flagged(text) == [("A201", "others who")]


def test_the_flag_covers_the_relative_pronoun_exactly():
    text = "Even council members who have praised the plan warned it would cost more."
    spans = flag_spans(text)
    assert [text[start:end] for _, start, end in spans] == ["members who"]
    (_, start, end) = spans[0]
    assert text[end - 3 : end] == "who" and text[start:end].endswith(" who")


def test_are_against_after_who_is_a_stance():
    text = "It is usually the conservatives who are against new regulation."
    assert flagged(text) == [("A201", "the conservatives who")]
    text = "Many residents who are strongly against the landfill came to the hearing."
    assert flagged(text) == [("A201", "Many residents who")]


def test_a_group_already_flagged_grows_over_its_who_and_is_flagged_once():
    text = "Republicans who have praised the governor warned on Tuesday that the budget is short."
    result = flagged(text)
    assert result == [("A201", "Republicans who")]


# --- what still only picks a group out, or names someone ---------------------------------------


def test_allegiance_verbs_after_who_still_pick_a_group_out():
    assert flagged("The governor met with council members who have endorsed the bond.") == []
    assert flagged("The count includes party members who support the new charter.") == []


def test_one_person_or_a_passive_or_a_prediction_is_not_credited():
    # a singular verb: the antecedent is one person, not the plural group before it
    assert flagged("She hired one of the aides who criticizes the mayor.") == []
    text = "One of the former aides who criticizes the mayor runs a bakery."
    assert all(not words.endswith("who") for _, words in flagged(text))
    # a passive: the group was criticised, it said nothing
    assert flagged("The plan angered farmers who were criticized by the agency.") == []
    # a modal predicts what the group will do
    assert flagged("The vote will come down to senators who will oppose the deal anyway.") == []


def test_a_group_named_by_its_members_is_not_vague():
    text = "The letter quotes people who oppose the highway, like Ann Roe and Tom Bell."
    assert ("A201", "people who") not in flagged(text)


def test_relative_position_needs_a_plural_group_and_a_relative_pronoun():
    text = "residents who oppose the plan"
    pos = text.index("who") + 3
    assert relative_position(text, "who", pos, len(text), "residents")
    assert not relative_position(text, "who", pos, len(text), "a resident")
    assert not relative_position(text, "they", pos, len(text), "residents")


def test_defending_attacking_or_protesting_after_who_is_a_stance_too():
    text = "The ruling was welcomed by Democrats who defended the deal from the start."
    assert flagged(text) == [("A201", "Democrats who")]
    text = "The council heard from residents who protested the closure of the library."
    assert flagged(text) == [("A201", "residents who")]


def test_a_misjudgement_after_who_is_the_group_s_view():
    text = "The mayor had relied on outside advisers who misjudged the mood of the city."
    assert flagged(text) == [("A101", "outside advisers who")]
    text = "The campaign relied on pollsters who underestimated turnout in the suburbs."
    assert flagged(text) == [("A201", "pollsters who")]
    # an action only picks the advisers out
    assert flagged("The mayor had relied on outside advisers who drafted the budget.") == []


def test_a_group_whose_members_are_named_after_the_clause_is_not_vague():
    text = "Two other students who had criticized the motion, Ann Roe and Tom Bell, lost too."
    assert not any(words.endswith("who") for _, words in flagged(text))
    text = "Two other students who had criticized the motion lost their seats too."
    assert flagged(text) == [("A101", "Two other students who")]  # (round 28: the count
    # opens the phrase, and two students are counted unnamed people, as "Two students" are)


def test_a_vow_after_who_grows_the_group_s_flag_over_the_pronoun():
    text = "The speaker met lawmakers who have vowed to block the bill."
    assert flagged(text) == [("A201", "lawmakers who")]
    # a refusal is mostly an act, not a stance
    assert flagged("The speaker met lawmakers who refused to fire the clerk.") == []
