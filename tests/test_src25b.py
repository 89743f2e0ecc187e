"""Round 25 (SRC25B): unnamed groups in object position and as passive agents (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

# 1. An intention right after a group, as a reduced relative ("donors intent on deciding").


def test_intention_after_a_passive_agent_credits_the_group() -> None:
    text = (
        "Spending on the harbour levy campaign has doubled, driven by a handful of wealthy "
        "contributors intent on deciding who sits on the port board."
    )
    phrase = "a handful of wealthy contributors"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]
    assert text[start : start + len(phrase)] == phrase


def test_intention_after_an_object_credits_the_group() -> None:
    text = "The council vote was delayed by protesters determined to stop the depot."
    assert _flagged(text) == [("A201", "protesters")]
    text = "On Tuesday the mayor met residents eager to reopen the ferry pier."
    assert _flagged(text) == [("A201", "residents")]


def test_group_without_an_intention_stays_unflagged() -> None:
    # guards: the same groups acting, or a judgement about them ("determined to be"), or an
    # eagerness with no verb of its own
    assert _flagged("The council vote was delayed by protesters on Tuesday.") == []
    assert _flagged("The mayor met residents determined to be ineligible for the grant.") == []
    assert _flagged("The mayor met residents eager for news of the ferry.") == []
    assert _flagged("Ballots determined to be invalid were set aside by the clerk.") == []
