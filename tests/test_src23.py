"""Round 23 (SRC23): sourcing recall without losing precision (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

from newscheck.stages.source_patterns import patterns_for

# 1. A people noun no list holds, voicing a view or making a demand ("voiced concerns",
#    "raising alarms", "called for"), is found by its shape like one before "say".


def test_unlisted_people_noun_raising_alarms_is_a_vague_group() -> None:
    text = "Other big insurers are raising alarms about how sick their exchange customers are."
    phrase = "Other big insurers"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert text[0 : len(phrase)] == phrase


def test_unlisted_people_noun_calling_for_a_ban_is_a_vague_group() -> None:
    text = "After the harvest, local growers called for a ban on cheap imports."
    phrase = "local growers"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]


def test_unlisted_people_noun_voicing_concerns_is_a_vague_group() -> None:
    assert _flagged("Several beekeepers voiced concerns about the spraying schedule.") == [
        ("A201", "Several beekeepers")
    ]


def test_raising_a_thing_that_is_no_view_credits_nobody() -> None:
    # "raised" starts the search only with a view after it: rents and money are no view
    assert _flagged("Several landlords raised the rent in January.") == []
    assert _flagged("Local growers raised money for the food bank.") == []


def test_a_named_grower_calling_for_a_ban_is_no_group() -> None:
    # the new start word finds people nouns by shape only: a named person stays unflagged
    assert _flagged("Ann Roe, a grower in the valley, called for a ban on imports.") == []


# 2. The agent of a passive of saying, judging or viewing is found by its shape too.


def test_unlisted_people_noun_as_agent_of_seen_as_is_a_vague_group() -> None:
    text = "The toll road, an option seen by organizers as a lifeline, goes to a vote on Tuesday."
    phrase = "organizers"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]


def test_unlisted_people_noun_as_agent_of_criticized_is_a_vague_group() -> None:
    assert _flagged("The spraying schedule was criticized by beekeepers across the county.") == [
        ("A201", "beekeepers")
    ]


def test_unlisted_people_noun_as_agent_of_support_is_no_source() -> None:
    # a passive of support picks out who backs the mayor, as for a listed group
    assert _flagged("The mayor was backed by growers in the primary.") == []
    assert _flagged("The levy was opposed by growers in the valley.") == []


# 3. More verbs of saying start the shape search ("disputed", "vowed", "suggested").


def test_unlisted_people_noun_disputing_is_a_vague_group() -> None:
    text = "Several beekeepers disputed the claim at Monday's hearing."
    phrase = "Several beekeepers"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]


def test_unlisted_people_noun_vowing_is_a_vague_group() -> None:
    assert _flagged("Local growers vowed to fight the levy in court.") == [
        ("A201", "Local growers")
    ]


def test_a_thing_ending_in_er_that_suggests_is_no_group() -> None:
    # "suggests" stays out: its subject is a look, a study or a thing
    assert _flagged("A look at the county's aging helicopters suggests neglect.") == []


def test_an_unlisted_people_noun_acting_is_no_source() -> None:
    # verbs that are as often acts stay out of the search: a permit denied, a claim dismissed
    assert _flagged("Several inspectors denied the permit on Monday.") == []
    assert _flagged("Two arbitrators dismissed the claim in March.") == []


def test_no_agent_cue_hides_a_stance_phrase_from_the_scan() -> None:
    # the scan is leftmost-longest: "resented by" as a shape cue would take the match of the
    # stance phrase "resented" (and every other tag of it) whenever "by" follows
    patterns = patterns_for(None)
    tags_of = patterns.scanner.phrase_tags
    for participle in patterns.by_participles:
        if "credit_verb" in tags_of.get(f"{participle} by", ()):
            assert "stance_predicate" not in tags_of.get(participle, ()), participle


# 5. A weasel phrase no longer hides the cue inside it from the shape search.


def test_unlisted_people_noun_after_drew_criticism_from_is_the_source() -> None:
    # the scan took "drew criticism" (a weasel phrase) and never saw the cue "criticism from"
    text = "The spraying schedule drew criticism from local beekeepers on Monday."
    start = text.index("local beekeepers")
    assert _flag_spans(text) == [("A201", start, start + len("local beekeepers"))]


def test_the_weasel_phrase_without_a_group_after_it_stays_a_weasel() -> None:
    assert _flagged("The spraying schedule drew criticism on Monday.") == [
        ("A202", "drew criticism")
    ]
    assert _flagged("The spraying schedule drew criticism from the Hive Council.") == []
