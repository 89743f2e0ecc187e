"""Sourcing, round 16: an unnamed judge's ruling; "a U.S. official" opened by its determiner.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span; each fails on the round-15 code) and sentences of the same shape that must not (guards,
which pass on both; their docstrings or comments say so).
"""

from __future__ import annotations

import pytest
from sourcing_helpers import checked_findings
from sourcing_helpers import source_flags as flags

# --- an unnamed judge's decision is a ruling of its own ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March, a county judge sided with the tenants, saying the eviction notices were "
            "defective.",
            [("A101", "a county judge")],
        ),
        (
            "A federal judge determined that the port authority had withheld the inspection "
            "records.",
            [("A101", "A federal judge")],
        ),
        (  # a parenthetical between the judge and the ruling
            "In April, a state judge, acting on a petition from the residents, ordered the "
            "landfill closed.",
            [("A101", "a state judge")],
        ),
        (  # the agent of a ruling in the passive; "for taking bribes" is no post-modifier
            "The former harbour master was sentenced to three years in prison by a federal "
            "judge for taking bribes.",
            [("A101", "a federal judge")],
        ),
        (  # capitalised court words after "a U.S." (the initialism no longer ends the phrase)
            "Last year a U.S. District Court judge blocked the rule from taking effect.",
            [("A101", "a U.S. District Court judge")],
        ),
    ],
)
def test_an_unnamed_judge_with_a_ruling_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on both codes): the judge of the story is a known role; a judge acting
        # outside the bench; a named judge; a ruling verb far from the judge
        "The judge ruled that the records must be released.",
        "A retired judge walked his dog past the courthouse every morning.",
        "Judge Amira Solberg ruled that the records must be released.",
        "He served as a judge for twenty years before he found his calling in the theatre.",
    ],
)
def test_a_known_judge_or_a_judge_acting_is_not_flagged(text):
    assert flags(text) == []


# --- "a U.S. official": the initialism's last dot no longer ends the noun phrase ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A U.S. official said the convoy had been turned back at the border.",
            [("A101", "A U.S. official")],
        ),
        (
            "One U.N. diplomat said the vote on the resolution would be delayed again.",
            [("A101", "One U.N. diplomat")],
        ),
    ],
)
def test_an_unnamed_official_after_an_initialism_is_flagged(text, expected):
    assert flags(text) == expected


def test_an_initialism_without_a_determiner_before_a_lower_case_noun_is_kept():
    """Round 16 kept "officials" here (no determiner before "U.S."); round 19 (AUDIT19) reads
    the initialism as part of the phrase when a lower-case noun follows its dot, so the flag
    is "U.S. officials" (PolNeAR: five flags gained their "U.S."/"E.U.", labelled figures
    unchanged)."""
    text = "The group claimed the attack, but U.S. officials said they doubted the claim."
    assert flags(text) == [("A101", "U.S. officials")]


def test_spans_are_exact_text():
    """Every flagged span is the text at its offsets (the round-15 code flags nothing here)."""
    text = "In May, a U.S. District Court judge, ruling on the appeal, sided with the city."
    assert checked_findings(text)


# --- retorts, praise and spreading claims are verbs of saying ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neighbourhood groups fired back at the developer's claims on Tuesday.",
            [("A201", "Neighbourhood groups")],
        ),
        ("Some parents hailed the decision to keep the library open.", [("A201", "Some parents")]),
        (
            "Opponents of the levy are circulating a list of the reasons it could fail.",
            [("A201", "Opponents of the levy")],
        ),
        ("Critics shot back that the figures had been cherry-picked.", [("A201", "Critics")]),
    ],
)
def test_a_group_that_fires_back_or_hails_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on both codes): the words used of things, not of a group's view
        "The doorman hailed a cab for the guests.",
        "Rumours circulated for weeks before the plant closed.",
        "The storm hit back-to-back towns along the coast.",
    ],
)
def test_the_same_words_without_a_group_are_not_flagged(text):
    assert flags(text) == []


def test_a_group_whose_member_is_named_by_title_later_is_not_flagged():
    """"Local officials ... fired back, including Mayor Ann Roe": the group names its member
    (GUIDELINES.md).  Fails on the round-15 code only through the new verb: guard for the
    verb rule."""
    text = "Local politicians also fired back at the remarks, including Mayor Dana Whitcombe."
    assert flags(text) == []


def test_a_member_named_without_a_title_keeps_the_flag():
    """Guard (passes on both codes): ", including Feeding America" names a charity the critics
    talk about, not one of the critics."""
    text = "Critics say the cuts hurt many charities, including Feeding America."
    assert flags(text) == [("A201", "Critics")]


# --- a reduced relative of up to eight words between a group and its verb ----------------------


def test_a_long_participle_phrase_before_the_verb_is_crossed():
    """Seven words after the participle ("trying to regain control of the board in
    November") had ended the search before the verb "say"."""
    text = "Activists trying to regain control of the board in November say they have a plan."
    assert flags(text) == [("A201", "Activists trying to regain control of the board in November")]


def test_a_participle_phrase_with_no_verb_after_it_is_not_a_source():
    """Guard (passes on both codes): the group only acts, nothing credits it."""
    text = "Activists trying to regain control of the board in November met on Tuesday."
    assert flags(text) == []


# --- "several" standing alone for a group, as "many" and "some" do -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Commuters packed the hearing. In interviews, several threatened to sue the transit "
            "authority.",
            [("A201", "several")],
        ),
        (
            "The union has not endorsed the plan, even though several oppose the merger.",
            [("A201", "several")],
        ),
    ],
)
def test_several_alone_as_a_group_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on both codes): "several" acted on or acting, and "several" before a noun
        "Several were injured when the scaffolding collapsed.",
        "Several arrived late to the council meeting.",
        "The mayor listed several of the projects the council had approved.",
    ],
)
def test_several_that_is_not_credited_is_not_flagged(text):
    assert flags(text) == []


def test_several_as_the_object_of_a_participle_is_not_flagged():
    """Guard for the "several" rule (the round-15 code flags nothing here): "Listing several of
    the county's contracts, she added" makes "several" the object of "Listing"."""
    text = "Listing several of the county's failed contracts she added, the audit is overdue."
    assert flags(text) == []


# --- one unnamed person at an event: "the heckler", "the protester" ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rally was halted twice. The heckler yelled that the mayor had lied about the "
            "budget.",
            [("A101", "The heckler")],
        ),
        (  # "a protester" was already an unnamed person; "the protester" now stays one
            "The protester shouted that the council had ignored the flooding for years.",
            [("A101", "The protester")],
        ),
    ],
)
def test_the_heckler_or_the_protester_with_words_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on both codes): the person acted on, with no words of its own
        "The protester was arrested outside the town hall.",
        "The heckler was escorted out by security.",
    ],
)
def test_the_heckler_with_no_words_of_its_own_is_not_flagged(text):
    assert flags(text) == []
