"""Sourcing, round 13: unnamed groups and individuals credited in forms the rules did not know.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span; each fails on the round-12 code) and sentences of the same shape that must not.
"""

from __future__ import annotations

import pytest
from sourcing_helpers import source_flags as flags

# --- unions as a class; one unnamed reporter; "another" after "one user" --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the agent of a passive stance ("opposed by") was not a group the lists knew
            "The depot closures were strongly opposed by unions that represent bus drivers.",
            [("A201", "unions")],
        ),
        (
            "Transit unions warned on Monday that the cuts would close three depots.",
            [("A201", "Transit unions")],
        ),
        (  # one unnamed journalist with words of her own
            "When asked by a reporter whether the fares would rise, the mayor walked away.",
            [("A101", "a reporter")],
        ),
        (
            "The remark was overheard by a reporter in the corridor outside the chamber.",
            [("A101", "a reporter in the corridor outside the chamber")],
        ),
        (  # "another" after "one user" is another user, though no plural group came before
            'Readers flooded the forum after the vote. "This is a disgrace," one user wrote. '
            '"Nobody asked us."\n\nAnother said he would cancel his subscription.',
            [("A101", "one user"), ("A101", "Another")],
        ),
    ],
)
def test_unions_reporters_and_another_user_are_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the reporter is the addressee, not the source
        "The mayor told a reporter on Tuesday that the fares would not rise.",
        # "another" after "one company" is another company
        "One company said it would move jobs abroad. Another said it would wait for the vote.",
        # a union named by its name is an organization
        "The Transport Workers Union warned on Monday that the cuts would close three depots.",
    ],
)
def test_addressed_reporters_other_companies_and_named_unions_are_not_flagged(text):
    """A guard (passes before and after the rule): the new words must not reach addressees,
    companies or named unions."""
    assert flags(text) == []


# --- an attitude right after a group, with its object ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the group is the object of "to", yet the feeling is its own
            "The council vote gives cover to lawmakers nervous about being tied to the mayor.",
            [("A201", "lawmakers")],
        ),
        (
            "The mayor pitched the levy to voters wary of another tax rise this year.",
            [("A201", "voters")],
        ),
        (  # as the subject, with "of" after the attitude
            "Residents wary of the plan packed the hall on Monday night.",
            [("A201", "Residents")],
        ),
    ],
)
def test_a_group_with_an_attitude_after_it_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare adjective after the noun, no object: which countries, not what they feel
        "The countries concerned signed the accord in Geneva.",
        # a degree word before the attitude
        "Beneath the noise, the mayor seemed most concerned with the budget.",
        # the group is only spoken to
        "The mayor spoke to residents about the plan on Monday.",
    ],
)
def test_bare_adjectives_degrees_and_addressees_are_not_flagged(text):
    """A guard (passes before and after the rule): the attitude rule must not reach bare
    adjectives, degrees or addressees."""
    assert flags(text) == []


# --- "a group of <people>" is the people it is made of ------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("a group of rabbis", "vague"),
        ("a group of black parents with children in charter schools", "vague"),
        ("a small group of wealthy contributors", "vague"),
        # a body made of bodies stays one organization; a name keeps its kind
        ("a coalition of advocacy groups", "organization"),
        ("the group", "organization"),
    ],
)
def test_a_group_of_unnamed_people_is_a_vague_speaker(speaker, kind):
    """The quotes stage gave "a group of rabbis said" an organization as speaker while the
    sourcing stage flagged the same words as a vague group; the kind now follows the members.
    The three vague cases fail before the change; the two organization cases are guards."""
    from newscheck.stages.mentions import classify_mention

    assert classify_mention(speaker) == kind


# --- a crowd's chant whose words are quoted -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When the mayor named her rival, the crowd reprised the old, bitter chant "
            "“Recall him!” that had echoed all week.",
            [("A201", "the crowd")],
        ),
        (
            'The governor roused the crowd to spontaneous chants of "Four more years!"',
            [("A201", "the crowd")],
        ),
        (
            "“Call the vote,” came shouts from the crowd as the chairman hesitated.",
            [("A201", "the crowd")],
        ),
    ],
)
def test_a_crowd_chanting_quoted_words_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # noise is an event, not words (round 6)
        "The crowd booed when the mayor took the stage, and the band played on.",
        # a quotation in the sentence, but no chant: the crowd only cheered
        'The crowd cheered as the mayor said, "We will win this fight."',
    ],
)
def test_a_crowd_making_noise_is_not_flagged(text):
    """A guard (passes before and after the rule): noise stays an event."""
    assert flags(text) == []


# --- "For <group>, <a view or feeling>" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For many residents, the closure of the plant was a relief.",
            [("A203", "many residents")],
        ),
        (
            "For investors in these funds, it is hard to see the silver lining in the filings.",
            [("A203", "investors in these funds")],
        ),
        (  # a list of groups up to the last comma
            "For many nurses, aides and porters, the new rota was a blow.",
            [("A203", "many nurses, aides and porters")],
        ),
        (
            "For Democrats, the result in the county was a painful one.",
            [("A203", "Democrats")],
        ),
    ],
)
def test_a_group_whose_view_the_reporter_states_after_for_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a fact for the group, not its view
        "For voters in Ohio, the registration deadline is Friday.",
        # no group: a time, an example, a name
        "For years, the plant was the town's largest employer.",
        "For Mayor Ann Roe, the result was a blow.",
        # the poll's respondents, reported in the sentence before
        "In a poll of 600 voters, 55 percent backed the levy. For most voters, the levy is a "
        "relief.",
    ],
)
def test_facts_times_names_quotations_and_poll_groups_after_for_are_not_flagged(text):
    """A guard (passes before and after the rule): only a view or feeling after "For <group>," is
    flagged."""
    assert flags(text) == []


def test_for_a_group_inside_a_quotation_is_the_speakers_view():
    """A guard (passes before and after the rule): the speaker, not the group, is the source of a
    quotation."""
    text = '"For many residents, the closure was a relief," the mayor said.'
    assert flags(text, with_quotes=True) == []



# --- unnamed reports and accounts in the plural ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said the books were balanced, but multiple reports reveal that is untrue.",
            [("A202", "multiple reports")],
        ),
        (
            "It has become common for news accounts to portray the strike as a revolt.",
            [("A202", "news accounts")],
        ),
        (
            "Business leaders decried the law; newspaper editorials railed against it.",
            [("A201", "Business leaders"), ("A202", "newspaper editorials")],
        ),
    ],
)
def test_unnamed_reports_in_the_plural_are_weasel_phrases(text, expected):
    assert flags(text) == expected


def test_a_report_of_a_named_outlet_is_not_a_weasel_phrase():
    """A guard: a named outlet's reports are second-hand, not unnamed."""
    assert flags("Reuters news reports said the mayor would resign.", with_quotes=True) == []
