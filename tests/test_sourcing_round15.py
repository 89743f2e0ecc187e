"""Sourcing, round 15: groups credited through a passive "by", across a modifier; a crowd's boos.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span; each fails on the round-14 code) and sentences of the same shape that must not (guards,
which pass on both).
"""

from __future__ import annotations

import pytest
from sourcing_helpers import checked_findings
from sourcing_helpers import source_flags as flags

# --- a view credited by "by" across a modifier the phrase growth left out ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "neighborhood" and "gun" are no words the phrase growth takes before a group noun
            "The zoning plan was criticized by neighborhood residents at a packed hearing.",
            [("A201", "neighborhood residents at a packed hearing")],
        ),
        (
            "The waiting period, considered essential by gun advocates, was dropped from the bill.",
            [("A201", "gun advocates")],
        ),
        (
            "The bus route cuts were condemned by union members at the depot.",
            [("A201", "union members at the depot")],
        ),
    ],
)
def test_a_view_credited_by_a_group_across_a_modifier_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on both codes): support across a modifier is allegiance, not a view; a
        # participle far before "by" belongs to another clause
        "The governor was backed by union members in the primary.",
        "The levy was supported by neighborhood residents in every ward.",
        "The council accused the mayor of being influenced by special interest groups.",
        "The county reported direct mail attacks by conservative groups last week.",
    ],
)
def test_allegiance_and_a_distant_participle_are_not_flagged(text):
    assert flags(text) == []


def test_spans_are_exact_text():
    """The flagged span is the text at its offsets (the round-14 code flags nothing here)."""
    text = "The plan, criticized by neighborhood residents, was shelved in March."
    assert checked_findings(text)


# --- disapproval voiced by a crowd or group: booed, heckled, jeered by; boos from ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "booed" (and "shouted down") by an unnamed group of protesters
            "The county executive was booed and shouted down by protesters after she defended the"
            " fare increase.",
            [("A201", "protesters")],
        ),
        (
            "The school superintendent was heckled by parents at Tuesday's board meeting.",
            [("A201", "parents at Tuesday's board meeting")],
        ),
        (  # a crowd's disapproval as a noun, like "criticism from"
            "The senator drew scattered boos from the crowd when he mentioned the pension deal.",
            [("A201", "the crowd")],
        ),
        (  # across a modifier too (the rule above)
            "The governor was jeered by union members as he arrived at the plant.",
            [("A201", "union members")],
        ),
    ],
)
def test_disapproval_by_an_unnamed_group_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on both codes): named or identifiable agents are no unnamed source, and
        # a cheering crowd credits no one
        "The mayor was heckled by Councilman Roberto Diaz during the vote.",
        "The speech was cheered by supporters in the packed gymnasium.",
        "The bill was booed by the Senate's Republican caucus.",
    ],
)
def test_named_hecklers_and_cheering_are_not_flagged(text):
    assert flags(text) == []
