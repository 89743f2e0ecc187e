"""Sourcing, round 10: the reporter states what an unspecified group thinks, feels or wants.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span) and sentences of the same shape that must not: groups acting, named groups, poll-backed
shares, quoted or attributed views, predictions, questions and passives.
"""

from __future__ import annotations

import pytest
from sourcing_helpers import source_flags as flags

from newscheck.stages.source_patterns import patterns_for
from newscheck.stages.source_stances import STANCE_TAG, stance_predicates

# --- a group's stance, feeling or wish in the reporter's voice ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("After two years of delays, commuters are looking for a faster way into the city.",
         "commuters"),
        ("Residents were sick of the noise from the quarry.", "Residents"),
        ("Many farmers are tired of waiting for the promised subsidies.", "Many farmers"),
        ("Rural voters are showing no signs of abandoning the senator.", "Rural voters"),
        ("Some lawmakers are talking about delaying the vote.", "Some lawmakers"),
        ("Several mayors are hoping for federal money.", "Several mayors"),
        ("Many small donors have soured on the campaign.", "Many small donors"),
        ("Many Latino voters take the remarks personally.", "Many Latino voters"),
        ("Union members do not share the leadership's enthusiasm for the deal.", "Union members"),
    ],
)
def test_a_group_credited_with_a_stance_phrase_is_a_vague_source(sentence, group):
    assert flags(sentence) == [("A203", group)]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Shop owners continue to oppose the parking plan.", "Shop owners"),
        ("Local fishermen remain skeptical of the new quotas.", "Local fishermen"),
        ("Young voters have grown frustrated with both parties.", "Young voters"),
        ("Parents have started pushing for later school start times.", "Parents"),
    ],
)
def test_aspect_verbs_may_stand_between_the_group_and_its_stance(sentence, group):
    assert flags(sentence) == [("A203", group)]


def test_a_place_phrase_may_follow_the_group():
    assert flags("Homeowners in the valley are worried about rising insurance costs.") == [
        ("A203", "Homeowners in the valley")
    ]
    assert flags("Voters here have come around to the idea of a new stadium.") == [
        ("A203", "Voters")
    ]


def test_unnamed_officials_with_a_stance_are_anonymous():
    assert flags("Some party officials are looking for a way to delay the count.") == [
        ("A101", "Some party officials")
    ]


def test_a_group_acting_is_no_source():
    assert flags("Hundreds of commuters streamed out of the station after the power cut.") == []
    assert flags("Diplomats on both sides signed the agreement on Friday.") == []
    assert flags("Farmers in the valley harvested the last of the corn before the frost.") == []


def test_a_group_with_named_members_or_a_poll_share_is_no_vague_source():
    assert flags(
        "Residents of Elm Street, including Ann Roe and Bob Lee, are sick of the noise."
    ) == []
    assert flags("Ann Roe and other farmers remain skeptical of the new quotas.") == []
    assert flags(
        "In the county survey, 58 percent of residents said they are sick of the noise."
    ) == []


def test_the_group_a_poll_measured_in_the_sentence_before_is_its_respondents():
    assert flags(
        "Only 31 percent of parents back the new schedule. Parents are also sick of the "
        "school uniforms."
    ) == []


def test_a_view_someone_else_reports_is_credited_to_them():
    assert flags("The mayor said residents were sick of the noise from the quarry.") == []
    assert flags("According to the union, teachers are tired of the new testing regime.") == []
    assert flags("He knows that voters are looking for an alternative.") == []
    assert flags('"Residents are sick of the noise," the mayor said.', with_quotes=True) == []


def test_predictions_questions_conditions_and_passives_assert_no_view():
    assert flags("Voters will want answers about the deficit before November.") == []
    assert flags("Are commuters looking for a faster way into the city?") == []
    assert flags("If parents are tired of the commute, they can move closer.") == []
    assert flags("Critics are dismissed as partisans by the governor's office.") == []


def test_a_headline_is_not_flagged():
    assert flags("Commuters Are Looking For A Faster Way In") == []


def test_people_sick_of_something_in_the_reporters_voice_is_an_unsourced_view():
    assert flags("By then, people were sick of the town's old nickname.") == [("A203", "people")]
    assert flags("Everyone is tired of the roadworks.") == []
    assert flags("People will be looking for bargains on Friday.") == []


def test_a_quantifier_before_a_noun_or_adjective_is_no_group():
    assert flags("There are many questions about how the money was spent.") == []
    assert flags("After the fire, few supporting documents survived.") == []


def test_no_stance_phrase_hides_another_scanner_entry():
    """A longer phrase wins the trie scan: no stance phrase may extend another tag's entry
    ("insist on" would hide "insist"), or the other tag would lose its matches.  A phrase with
    "*" is keyed on its first word and shares that entry's match, so it hides nothing.  Round
    25: "sides with" may hide the collective "sides": there "sides" is the verb, never a camp."""
    hides_a_verb_form = {"sides with"}
    scanner = patterns_for(None).scanner
    others = {
        phrase for phrase, tags in scanner.phrase_tags.items() if set(tags) != {STANCE_TAG}
    }
    for phrase in stance_predicates():
        if "*" in phrase or phrase in hides_a_verb_form:
            continue
        words = phrase.split()
        for cut in range(1, len(words)):
            assert " ".join(words[:cut]) not in others, phrase


# --- pronouns of a group whose stance the reporter states ---------------------------------------


def test_they_after_a_group_flagged_for_its_stance_is_that_group():
    assert flags(
        "Homeowners in the valley are worried about insurance. They fear that insurers will leave."
    ) == [("A203", "Homeowners in the valley"), ("A201", "They")]


def test_a_stance_phrase_after_a_groups_pronoun_credits_the_group():
    assert flags(
        "Many farmers are tired of waiting for the subsidies. They are sick of the paperwork, too."
    ) == [("A203", "Many farmers"), ("A201", "They")]
    assert flags("Critics say the plan is flawed. They are also tired of the delays.") == [
        ("A201", "Critics"),
        ("A201", "They"),
    ]
    assert flags("Residents, who are sick of the noise, packed the meeting.") == [
        ("A201", "who")
    ]


def test_a_pronoun_of_no_credited_group_is_no_source():
    assert flags("Voters who are tired of the ads can turn off the television.") == []
    assert flags("The mayor met the farmers on Monday. They are sick of the paperwork.") == []
    assert flags("Ann Roe and Bob Lee run the bakery. They are sick of the parking rules.") == []
    assert flags(
        "Shop owners continue to oppose the plan. They will be looking for a new site."
    ) == [("A203", "Shop owners")]


# --- the passive of a stance verb credits its agent ---------------------------------------------


def test_the_agent_of_a_passive_stance_verb_holds_the_stance():
    assert flags("The proposal was welcomed by many residents.") == [("A201", "many residents")]
    assert flags("The tax was resented by voters across the state.") == [("A201", "voters")]


def test_the_agent_of_a_passive_action_or_a_named_agent_is_no_source():
    assert flags("The school was built by parents in the 1950s.") == []
    assert flags("The report was shared by residents on social media.") == []
    assert flags("The design was admired by Ann Roe and Bob Lee.") == []


# --- a relative clause with a view of its own is a second claim on the group -------------------


def test_a_view_in_a_relative_after_a_flagged_group_is_flagged_as_a_second_claim():
    assert flags("Critics, who see the deal as a betrayal, say the talks were rushed.") == [
        ("A201", "Critics"),
        ("A201", "who"),
    ]
    assert flags(
        "Several senior officials, who are sick of the delays, told reporters the vote would slip."
    ) == [("A101", "Several senior officials"), ("A101", "who")]


def test_a_relative_that_only_describes_the_group_is_no_second_claim():
    assert flags("Critics, who met in Ohio last week, said the talks were rushed.") == [
        ("A201", "Critics")
    ]
