"""Sourcing, round 15: groups credited through a passive "by", across a modifier.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span; each fails on the round-14 code) and sentences of the same shape that must not (guards,
which pass on both).
"""

from __future__ import annotations

import pytest
from sourcing_helpers import analyse
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
    findings = analyse(text).findings
    assert findings
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
