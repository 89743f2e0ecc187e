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


# 2. "the support/backing of" a group: support the group gives, like "support from".


def test_the_support_of_a_group_credits_it() -> None:
    text = "But Okafor had the full support of the conservative movement behind her."
    phrase = "the conservative movement"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]
    assert text[start : start + len(phrase)] == phrase
    text = "The harbour levy has the backing of many Democrats on the council."
    assert _flagged(text) == [("A201", "many Democrats")]


def test_support_of_a_group_that_is_supported_sought_or_named_stays_unflagged() -> None:
    # guards: the group supported ("in support of", a possessive's support), support sought or
    # lacked, and a group whose members are named
    assert _flagged("Hundreds of marchers rallied in support of immigrants on Sunday.") == []
    assert _flagged("The mayor defended his support of local fishermen on Monday.") == []
    assert _flagged("The campaign is working to win the support of rural voters.") == []
    assert _flagged("The levy will pass without the support of many Democrats.") == []
    text = "She rose with the support of groups like the Harbour Growth Club."
    assert _flagged(text) == []


# 3. Surprise and astonishment caused in a group in object position.


def test_a_group_caught_or_taken_by_surprise_is_credited() -> None:
    text = (
        "The ferry strike was a long first act, all of which caught many harbour strategists - "
        "and some councillors - by surprise."
    )
    phrase = "many harbour strategists"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]
    assert text[start : start + len(phrase)] == phrase
    assert _flagged("The early closing of the pier took many residents by surprise.") == [
        ("A201", "many residents")
    ]


def test_astonishment_verbs_credit_the_group_after_them() -> None:
    text = "The council's easy tolerance of the noise stupefies much of the rest of the world."
    assert _flagged(text) == [("A201", "much of the rest of the world")]
    assert _flagged("The levy vote astounded many residents.") == [("A201", "many residents")]


def test_surprise_without_a_group_or_in_another_sense_stays_unflagged() -> None:
    # guards: a named person surprised, a place surprised, and a group doing the surprising
    assert _flagged("The early closing of the pier caught Mayor Okafor by surprise.") == []
    assert _flagged("The storm took the harbour by surprise on Tuesday night.") == []
    assert _flagged("Residents took the council by surprise with a petition on Tuesday.") == []


# 4. More passives of judging, praise and scorn credit their agent.


def test_passive_of_scorn_or_judgement_credits_its_agent() -> None:
    text = "The levy plan was mocked by opponents as a giveaway to developers."
    start = text.index("opponents")
    assert _flag_spans(text) == [("A201", start, start + len("opponents"))]
    text = "The council's last ferry plan, deemed too timid by many residents, was dropped."
    assert _flagged(text) == [("A201", "many residents")]
    text = "The former mayor, still excoriated by Democrats for closing the depot, spoke first."
    assert _flagged(text) == [("A201", "Democrats")]


def test_active_judgement_or_an_act_by_a_group_stays_unflagged() -> None:
    # guards: "derided" stays out (active, with another noun's agent after it); an act's
    # agent is no source
    text = "He derided efforts by some council members to delay the ferry vote."
    assert _flagged(text) == []
    assert _flagged("The depot was attacked by vandals on Tuesday night.") == []
