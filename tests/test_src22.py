"""Round 22 (SRC22): sourcing recall without losing precision (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

# 1. A post-modifier stops at its group's own verb in the past tense.


def test_group_with_of_phrase_keeps_its_past_tense_verb() -> None:
    text = "Critics of the ferry levy vowed to fight it at the next council meeting."
    phrase = "Critics of the ferry levy"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert text[0 : len(phrase)] == phrase


def test_group_with_place_phrase_keeps_its_past_tense_verb() -> None:
    text = (
        "The port authority backed the dredging plan. "
        "Residents of the harbour district pledged to block it."
    )
    phrase = "Residents of the harbour district"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]


def test_members_within_a_body_keep_their_verb() -> None:
    text = "Over the summer, members within both unions criticized the decision."
    assert _flagged(text) == [("A201", "members within both unions")]


def test_past_form_used_as_an_adjective_stays_in_the_phrase() -> None:
    # "the elected board": a modifier, not the group's verb; "said" still credits the group
    text = "Critics of the newly elected board said the levy would fail."
    assert _flagged(text) == [("A201", "Critics of the newly elected board")]


def test_group_acting_after_its_post_modifier_is_still_not_a_source() -> None:
    # the cut leaves the verb visible, but an action credits nothing
    assert _flagged("Residents of the harbour district gathered at the pier on Monday.") == []
