"""Sourcing, round 12: a "they" that speaks for an unnamed group the story brought in anywhere.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span) and sentences of the same shape that must not: named pairs and plural institutions as the
nearer antecedent, poll respondents, hypotheticals, quoted speech and a "they" inside a claim
already credited to its group.
"""

from __future__ import annotations

import pytest
from sourcing_helpers import analyse
from sourcing_helpers import source_flags as flags

# --- "they" + a verb of saying, its antecedent an unnamed group in any position -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the group is the object of the sentence before
            "The proposal angered dairy farmers in the valley. They say the new limits would "
            "ruin a whole season's harvest.",
            [("A201", "They")],
        ),
        (  # the group is inside a clause two sentences back; "they argue" is parenthetical
            "The ruling undercuts years of work that housing economists did on zoning. Had "
            "their proposals been adopted sooner, rents would be lower today, they argue.",
            [("A201", "they")],
        ),
        (  # unnamed individuals (an anonymous head) make an anonymous flag
            "The senator met campaign aides on Friday. The filing deadline cannot be moved, "
            "they've suggested.",
            [("A101", "they")],
        ),
    ],
)
def test_they_saying_something_after_an_unnamed_group_in_any_position_is_flagged(
    text, expected
):
    assert flags(text) == expected


def test_the_flagged_they_joins_the_source_named_after_its_antecedent():
    text = (
        "The proposal angered dairy farmers in the valley. They say the new limits would ruin "
        "a whole season's harvest."
    )
    document = analyse(text)
    [source] = [s for s in document.sources if any(m.text == "They" for m in s.mentions)]
    assert (source.name, source.kind) == ("dairy farmers", "vague")


@pytest.mark.parametrize(
    "text",
    [
        # a named pair stands nearer than the group: "they" is the pair
        "Councilwoman Ann Roe met dairy farmers on Monday. Roe and Mayor Tim Hale later toured "
        "the farms. They said the limits would be eased.",
        # plural institutions stand nearer: "they" are the companies
        "The bill drew support from dairy farmers and three utility companies. They said it "
        "would lower bills.",
        # a hypothetical, an embedded question, an object relative
        "The proposal angered dairy farmers in the valley. If they say no, the plan dies.",
        "The reporter spent a week with dairy farmers. She learned how they think about prices.",
        "Hale praised the dairy farmers who they say saved the county fair.",
        # the first "they" of the sentence is the named pair; the second repeats it
        "As Roe and Hale toured the valley, they were cheered by farmers all day, they said.",
    ],
)
def test_they_is_not_flagged_when_a_named_or_other_antecedent_is_nearer(text):
    assert flags(text) == []


def test_a_they_inside_a_claim_already_credited_to_its_group_is_not_flagged_again():
    text = "Hale spoke after the vote. Dairy farmers said they believe the limits will pass."
    assert flags(text) == [("A201", "Dairy farmers")]


def test_a_they_after_poll_respondents_is_not_flagged():
    text = (
        "In the county's poll, 58 percent of dairy farmers opposed the limits. They said "
        "prices were already too low."
    )
    assert flags(text) == []


def test_a_they_inside_a_quotation_is_the_quoted_speakers_referent():
    text = (
        '"Dairy farmers are upset," Mayor Tim Hale said. "They say the limits are too strict."'
    )
    assert flags(text, with_quotes=True) == []


# --- "who" right after an irregular plural of people ("women", "businessmen") ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator faces a lawsuit from dozens of women who say he harassed them.",
            [("A201", "dozens of women who")],
        ),
        (
            "The firm was sued by several businessmen, who say they were misled about the fees.",
            [("A201", "who")],
        ),
    ],
)
def test_who_after_women_or_men_credits_the_group(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The women who work at the plant start their shifts at dawn.",
        "The firm hired women who had trained abroad.",
    ],
)
def test_who_after_women_doing_something_is_not_flagged(text):
    assert flags(text) == []


# --- people nouns without an agent ending ("rabbis", "diplomats", "operatives") -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A group of rabbis said the speech should be canceled.",
            [("A201", "A group of rabbis")],
        ),
        (
            "The proposal angered Republican operatives in the state. They say it would cost the "
            "party two seats.",
            [("A101", "Republican operatives in the state"), ("A101", "They")],
        ),
    ],
)
def test_people_nouns_without_an_agent_ending_are_groups(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A group of rabbis gathered outside the hall on Sunday.",
        "In Texas, the operatives of both parties met the Rickettses. They said the race was "
        "close.",
    ],
)
def test_those_nouns_acting_or_behind_a_plural_name_are_not_flagged(text):
    assert flags(text) == []


# --- a political camp or body of opinion named by a singular noun ("the left", "the establishment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trade deal may trigger fresh opposition from the left.",
            [("A201", "the left")],
        ),
        (
            "The governor is favored by the establishment but distrusted by the grassroots.",
            [("A201", "the establishment"), ("A201", "the grassroots")],
        ),
        (
            "Organized labor has long opposed the pipeline, arguing it would cost jobs.",
            [("A201", "Organized labor")],
        ),
    ],
)
def test_a_camp_named_by_a_singular_noun_is_a_vague_group(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He turned right at the light and left the building.",
        "The right to vote is protected by the state constitution, the judge wrote.",
        "The establishment of a new agency was announced on Monday.",
    ],
)
def test_the_same_words_as_a_verb_or_a_noun_are_not_flagged(text):
    assert flags(text) == []


def test_a_prediction_after_they_is_no_second_claim():
    text = "The left had hoped for a long trial. Now they could say goodbye to all that."
    assert flags(text) == [("A201", "The left")]  # the hope is a view; "could say" is not


# --- a group inside a document's phrase: the verb after it is the document's ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "A recent survey of Republican insiders shows that the governor could lose the primary.",
        "The rate hike happened in part because a young-adult novel for libertarians says so.",
        "A new study by housing economists finds that rents rose fastest near the stadium.",
    ],
)
def test_a_group_inside_a_documents_phrase_is_not_the_subject_of_its_verb(text):
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the group is the subject; the document is its object
            "Republican insiders say a recent survey shows that the governor could lose.",
            [("A101", "Republican insiders")],
        ),
        (  # a cue before the group still credits it
            "The study drew criticism from housing economists.",
            # round 22: the weasel phrase names its source, flagged once on the group
            [("A201", "housing economists")],
        ),
    ],
)
def test_a_group_outside_a_documents_phrase_is_still_credited(text, expected):
    assert flags(text) == expected


# --- round 12, second pass: what a "they" + verb of saying is not ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # negated: nothing is claimed
        "The panel discussed dairy farmers for an hour. Nor did they note the price of feed.",
        # a zero relative: the managers are picked out, not credited
        "Some dairy farmers hired the workers they thought were the best fit.",
        # a body after a possessive is the nearer antecedent
        "The limits anger dairy farmers, and Mayor Hale's campaign is tying them to the "
        "governor. They are saying the limits will cost jobs.",
        # "the people" is anyone at all, nearer than the group
        "The tax angered dairy farmers. Then I asked the people about it. They said it was fair.",
        # "some of the information": no people
        "Dairy farmers sued in March. At least some of the information is public. They say the "
        "rest should be too.",
        # a named person and unnamed others
        "She and her defenders argue the rules are unfair. They note that other states "
        "dropped them.",
        # acts with the form of a verb of saying
        "Dairy farmers joined the filibuster. For nearly ten hours, they spoke on many topics.",
    ],
)
def test_they_without_a_claim_or_with_a_nearer_other_antecedent_is_not_flagged(text):
    assert flags(text) == []
