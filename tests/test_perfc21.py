"""Round 21 (PERFC21): guards for speakers.countries_named_in, which round 21 rewrote for speed
twice (an office word's window, a possessive mark's scan): which one-word names count as
countries, and which tails of longer names, lower-case or all-capital owners do not."""

from __future__ import annotations

from newscheck.stages.speakers import countries_named_in

STORY = (
    "TALVERO, Ostrany (Reuters) \u2014 Ostrany's central bank raised its main rate on Tuesday, "
    "and the finance minister said more rises could follow.\n\n"
    "Pellinor\u2019s  armed forces were placed on alert after the vote, and Vessa's\tembassy "
    "in the capital closed for the day.\n"
    "QUARIN, Dunmere \u2014 Officials in Dunmere's health ministry declined to comment.\n\n"
    "The company's capital spending fell. NATO's parliament liaison, Jean-Lisette's capital "
    "plan and St.Crane's embassy staff were not mentioned by Maelor's capitals.\n"
)


def test_countries_from_possessives_and_datelines() -> None:
    """Both possessive marks, a tab or two spaces after them, and a dateline at the start or
    after a line break each give their one-word name."""
    assert countries_named_in(STORY) == frozenset(
        {"Ostrany", "Pellinor", "Vessa", "Dunmere"}
    )


def test_not_countries() -> None:
    """A lower-case or all-capital owner, the tail of a hyphenated or dotted name, and a body
    word that goes on ("capitals") name no country."""
    tail = STORY[STORY.index("The company's"):]
    assert countries_named_in(tail) == frozenset()


def test_a_dateline_needs_its_dash() -> None:
    """Without the dash after the place, an all-capital city and a name are no dateline; the
    first possessive of the story still counts at the very start."""
    assert countries_named_in("TALVERO, Ostrany (AP) said on Monday.\n") == frozenset()
    assert countries_named_in(
        "TALVERO, Ostrany said on Monday \u2014 a quiet day \u2014 that talks would resume.\n"
    ) == frozenset()
    assert countries_named_in("Ostrany's foreign ministry said so.") == frozenset({"Ostrany"})
