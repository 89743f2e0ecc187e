"""Sourcing, round 14: unnamed groups credited in forms the rules did not read.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span; each fails on the round-13 code) and sentences of the same shape that must not.
"""

from __future__ import annotations

import pytest
from sourcing_helpers import source_flags as flags

# --- speech acts with a light verb; missing forms of verbs of saying; aspect ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "made clear" / "made it clear" / "made the case" / "made the point" are speech acts
            "Several council members made clear on Monday that they would vote against the budget.",
            [("A201", "Several council members")],
        ),
        (
            "Many shop owners have made it clear they will not reopen before spring.",
            [("A201", "Many shop owners")],
        ),
        (
            "Some economists have made the case that the levy would hurt small firms.",
            [("A201", "Some economists")],
        ),
        (
            "Two nurses made the point that the ward was understaffed.",
            [("A101", "Two nurses")],
        ),
        (  # "lambasted" and "positing" were missing from the verbs of saying
            "Residents, for years, have lambasted the landlord over the broken lifts.",
            [("A201", "Residents")],
        ),
        (
            "Economists are now positing that the slowdown will last into next year.",
            [("A201", "Economists")],
        ),
        (  # "begun" between a group and its verb, like "began to"
            "Environmental groups have begun urging the county to drop the permit.",
            [("A201", "Environmental groups")],
        ),
        (  # "involved with" is a post-modifier like "involved in" ("the negotiations" was cut off)
            "Officials involved with the negotiations said a deal was close.",
            [("A101", "Officials involved with the negotiations")],
        ),
    ],
)
def test_light_verb_speech_acts_and_missing_verb_forms_are_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a named role or a document making something clear is no unnamed source
        "The mayor made clear that she would not resign.",
        "The ruling made clear that the law stands.",
        # "made" with other objects is no speech act
        "Several officials have made the trip to Ohio.",
        "Voters made it to the polls before the rain.",
        # a passive after the post-modifier credits nobody
        "Officials involved with the negotiations were replaced on Friday.",
    ],
)
def test_named_speakers_trips_and_passives_are_not_flagged(text):
    """A guard (passes before and after the rule): the new phrases must not reach named people,
    documents, other objects of "made" or passives."""
    assert flags(text) == []


# --- a definite description right after a named speaker is that person -------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Mara Quint said the depot would close in May. "We have no money left for it," the council'
        " employee said.",
        '"It is a disgrace," Priya Raman wrote on her blog on Sunday. "Nobody asked the tenants'
        ' before the vote," the former aide wrote.',
    ],
)
def test_a_description_of_the_named_speaker_is_not_an_unnamed_source(text):
    assert flags(text, with_quotes=True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the noun's unnamed holder was brought in before: the same unnamed official
            'A senior official said the talks had stalled. "There is no deal yet," the official'
            " said.",
            [("A101", "A senior official"), ("A101", "the official")],
        ),
        (  # an unnamed person came between the named speaker and the description
            "Ann Roe said the plan was unfair. Another resident, who asked not to be named, said"
            ' the rent had doubled. "It is a scandal," the woman said.',
            [("A101", "Another resident"), ("A101", "the woman")],
        ),
        (  # the description's sex clashes with the name
            'Daniel Price said he would appeal the verdict. "He was not there that night," the'
            " female employee said.",
            [("A101", "the female employee")],
        ),
        (  # "the source" is never a named person's description
            '"We will appeal," Ann Roe said on Monday. "It is a scandal," the source said.',
            [("A101", "the source")],
        ),
    ],
)
def test_unnamed_people_after_a_named_speaker_stay_flagged(text, expected):
    """A guard (passes before and after the rule): the description must not swallow an unnamed
    official, resident, a person of the other sex or a source."""
    assert flags(text, with_quotes=True) == expected


def test_a_group_credited_inside_a_named_speakers_claim_keeps_its_own_span():
    """The phrase growth took "campaign says" as modifiers of the group ("The Reeve campaign
    says economists"), because "campaign" may modify a noun ("campaign aides")."""
    text = "The Reeve campaign says economists agree the levy will not raise enough."
    assert flags(text) == [("A201", "economists")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "elected" after a capitalised modifier cut the group to "officials"
            "The mayor spoke. Democratic elected officials say the plan is costly.",
            [("A101", "Democratic elected officials")],
        ),
        (  # and left the reaction cue "worries" two words from its group
            "The shortfall is something that worries Republican elected officials in the county.",
            [("A101", "Republican elected officials in the county")],
        ),
    ],
)
def test_participles_that_modify_a_source_noun_belong_to_its_phrase(text, expected):
    assert flags(text) == expected


def test_a_participle_used_as_a_verb_is_no_modifier():
    """A guard (passes before and after the rule): "elected" as the verb of the sentence does
    not make its object a group credited with anything."""
    assert flags("Voters elected officials who promised lower rents.") == []
