"""Round 28 (SRC28B): anonymous and vague sources the rules missed (issue 5's recall).

Each flag test fails on the round-start code of this branch (aa89f21); the guards pass on both.
Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flagged as _flagged

# 1. "cried out" is a speech verb (phrasal form only): rich13's '"...!" the crowd cried out'.


def test_cried_out_credits_the_unnamed_speaker() -> None:
    assert _flagged('"Shame!" the crowd cried out as the mayor left.') == [("A201", "the crowd")]
    assert _flagged('"Shame!" some protesters cried out as the mayor left.') == [
        ("A201", "some protesters")
    ]
    assert _flagged("Several residents cried out that the plan was a fraud.") == [
        ("A201", "Several residents")
    ]
    assert _flagged('"Help me," a woman cried out from the balcony.') == [("A101", "a woman")]


def test_cried_out_in_pain_and_bare_cried_are_not_speech() -> None:
    assert _flagged("The injured man cried out in pain as medics arrived.") == []
    assert _flagged("Some parents cried as the names were read.") == []
