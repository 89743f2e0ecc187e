"""Sourcing, round 11: general gaps in the pronoun and cue rules.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span) and sentences of the same shape that must not: groups acting, named groups, poll-backed
shares, quoted or attributed views, predictions and passives.
"""

from __future__ import annotations

import pytest
from sourcing_helpers import source_flags as flags

# --- a "they"/"who" joined to a clitic auxiliary ("they've", "who're") --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Campaign aides studied the filing rules. The senator would fall off the ballot, "
            "they've concluded.",
            [("A101", "they")],
        ),
        (
            "Campaign aides studied the filing rules. They’re convinced that the senator would "
            "fall off the ballot.",
            [("A101", "They")],
        ),
        (
            "Many retirees, who’ve complained about the fees for years, packed the hearing.",
            [("A201", "who")],
        ),
    ],
)
def test_a_pronoun_with_a_clitic_auxiliary_is_read_like_the_full_form(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the group is told, or does, is no view of its own
        "Campaign aides studied the filing rules. They’ve been told that the senator would fall "
        "off the ballot.",
        "Some 40 delegates signed the letter. They've scheduled a meeting for Tuesday.",
        # a prediction ('ll) and a named antecedent
        "Campaign aides studied the filing rules. They'll say the senator would fall off the "
        "ballot.",
        "Ann Roe and Bo Diaz studied the filing rules. They've concluded the senator would fall "
        "off the ballot.",
    ],
)
def test_a_clitic_pronoun_without_a_view_or_with_a_named_antecedent_is_not_flagged(text):
    assert flags(text) == []
