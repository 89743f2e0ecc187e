"""Round 25 (SRC25C): unnamed groups acting with a view, far "they", headlines (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

# 1. A long reduced relative between a group and its verb.


def test_long_reduced_relative_keeps_the_groups_verb() -> None:
    text = (
        "Several judges handling Freedom of Information Act lawsuits seeking records about the "
        "mayor's tenure as port director have cited the election as a reason to speed release."
    )
    phrase = (
        "Several judges handling Freedom of Information Act lawsuits seeking records about the "
        "mayor's tenure as port director"
    )
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert text[0 : len(phrase)] == phrase


def test_long_reduced_relative_with_an_act_is_still_not_a_source() -> None:
    text = (
        "Several judges handling Freedom of Information Act lawsuits seeking records about the "
        "mayor's tenure as port director have left the bench this year."
    )
    assert _flagged(text) == []
