"""Round 17 (SRC17): sourcing recall on unnamed groups (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from tests.sourcing_helpers import checked_findings

FLAG_RULES = ("A101", "A102", "A201", "A202", "A203")


def _flagged(text: str) -> list[tuple[str, str]]:
    """(rule, words) of the anonymous/vague flags of ``text``, each span read back exactly."""
    return [(f.rule, f.text) for f in checked_findings(text) if f.rule in FLAG_RULES]


def test_dems_is_the_party_plural() -> None:
    text = "Dems hope the governor's stumble will help them win back the seat."
    assert [words for _, words in _flagged(text)] == ["Dems"]


def test_gopers_is_the_party_plural() -> None:
    text = "Senate GOPers warned that the spending bill would fail in the House."
    assert _flagged(text) == [("A201", "Senate GOPers")]


def test_a_group_of_clergy_planning_a_boycott() -> None:
    text = "A group of rabbis is planning to boycott the governor's speech next week."
    assert _flagged(text) == [("A201", "A group of rabbis")]


def test_clergy_protesting() -> None:
    text = "On Sunday, pastors protested the new zoning rules outside city hall."
    assert _flagged(text) == [("A201", "pastors")]


def test_plan_to_before_a_verb_of_stance() -> None:
    text = "Teachers plan to protest the budget cuts at Monday's board meeting."
    assert _flagged(text) == [("A201", "Teachers")]


def test_plan_to_before_a_verb_of_allegiance_is_a_planned_vote() -> None:
    text = "Many voters are planning to support the incumbent in the spring."
    assert _flagged(text) == []


def test_boycott_is_a_stance() -> None:
    text = "Republicans boycotted the committee vote on Tuesday."
    assert _flagged(text) == [("A201", "Republicans")]


def test_a_group_after_an_unspaced_dash() -> None:
    text = "He had paid for a billboard before—people suspected that he paid for this one too."
    assert _flagged(text) == [("A203", "people")]


def test_making_her_case() -> None:
    text = "The mayor had few surrogates making her case on local radio."
    assert _flagged(text) == [("A101", "few surrogates")]


def test_made_their_case() -> None:
    text = "Critics made their case to the council on Tuesday night."
    assert _flagged(text) == [("A201", "Critics")]


def test_the_community_calling_for_a_resignation() -> None:
    text = "After the video was released, the community began calling for the chief to resign."
    assert _flagged(text) == [("A201", "the community")]


def test_the_community_college_is_no_group() -> None:
    text = "The community college said it would close its downtown campus."
    assert _flagged(text) == []


def test_the_media_with_an_adverb() -> None:
    text = "Hours after the police named him, the media finally reported the name."
    assert _flagged(text) == [("A201", "the media")]


def test_media_as_a_modifier_stays_unflagged() -> None:
    text = "The campaign hired media consultants last spring."
    assert _flagged(text) == []


def test_a_group_sending_a_letter() -> None:
    text = "Parents sent a letter to the school board urging it to reconsider the closure."
    assert _flagged(text) == [("A201", "Parents")]


def test_sending_children_is_no_speech() -> None:
    text = "Residents sent their children to school early on Monday."
    assert _flagged(text) == []
