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


# --- a view or said noun + "from"/"by" credits the unnamed group after it -----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He made the river cleanup his priority, despite advice from staff members that it "
         "would be fruitless.", [("A201", "staff members")]),
        ("The agency spent months pushing back against claims by officials that the files "
         "should be sealed.", [("A101", "officials")]),
        ("The mayor dismissed predictions from analysts that the bridge would close by spring.",
         [("A201", "analysts")]),
        ("The county relied on assessments from engineers that the dam was safe.",
         [("A201", "engineers")]),
    ],
)
def test_a_view_or_said_noun_before_from_or_by_credits_an_unnamed_group(sentence, expected):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a named source, a crowd's noise, a gerund after "by", a view seen from a place
        "The mayor dismissed predictions from Moody's that the bridge would close by spring.",
        "The mayor dismissed claims by Ann Roe that the bridge would close by spring.",
        "The chants from the crowd grew louder as the mayor spoke.",
        "The mayor shielded the levy from criticism by reading the budget aloud.",
        "The views from the new bridge drew thousands of walkers.",
    ],
)
def test_a_view_noun_before_a_named_source_or_no_people_is_not_flagged(sentence):
    assert flags(sentence) == []


# --- one unnamed person as a quote's speaker, with a capitalised modifier -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"This is strictly a cost decision," a Marlow Foods executive tells the workers.',
         [("A101", "a Marlow Foods executive")]),
        ("In March, a former Keswick depot supervisor told the tribunal that drivers had been "
         "pressed to skip their breaks.",
         [("A101", "a former Keswick depot supervisor")]),
    ],
)
def test_one_unnamed_person_with_an_employer_before_the_noun_is_anonymous(text, expected):
    assert flags(text, with_quotes=True) == expected


@pytest.mark.parametrize(
    "text",
    [
        # named right before or after, a public role, a definite role
        '"This is strictly a cost decision," Ann Roe, a Marlow Foods executive, told the workers.',
        '"This is strictly a cost decision," a Marlow Foods executive, Ann Roe, told the workers.',
        '"We will appeal," a Marlow Foods lawyer said after the hearing.',
        '"We will appeal," the Marlow Foods executive said.',
    ],
)
def test_a_named_or_public_or_definite_speaker_is_not_anonymous(text):
    assert flags(text, with_quotes=True) == []


# --- word-list gaps seen on the unlabelled PolNeAR train texts ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fact-checkers soon noted that the governor had quoted the wrong year.",
         [("A201", "Fact-checkers")]),
        ("Editorialists opined against the new toll.", [("A201", "Editorialists")]),
        ("The toll drew scorn from commuters and shop owners.",
         [("A201", "commuters and shop owners")]),
        ("The toll sparked a backlash from truckers.", [("A201", "truckers")]),
        ("Port officials here said the toll would stay.", [("A101", "Port officials")]),
    ],
)
def test_soon_here_opined_scorn_and_backlash_credit_the_group(sentence, expected):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll drew scorn from Gov. Ann Roe.",
        "Commuters soon crowded the new ferry.",
        "The officials here are the ones who run the port.",
        "The ferry was met with a backlash of cold wind on the river.",
    ],
)
def test_a_named_critic_or_a_group_acting_is_not_flagged(sentence):
    assert flags(sentence) == []


# --- predicates: a light verb with a said noun, foreseeing, highlighting ------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aides have offered assurances that the levy would pass.", [("A101", "Aides")]),
        ("The bid is failing, according to even its own backers, who are offering increasingly "
         "gloomy assessments of its chances.",
         [("A201", "who")]),
        ("Many economists foresee a slowdown next year.", [("A201", "Many economists")]),
        ("The attacks were echoed by party activists across the state, who highlighted remarks "
         "the mayor made in 2009.", [("A201", "who")]),
        ("Residents' remarks about the noise reached the council.", [("A201", "Residents")]),
    ],
)
def test_said_nouns_after_light_verbs_and_verbs_of_foreseeing_credit_the_group(
    sentence, expected
):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The grocers offered discounts to new customers.",
        "Officials held a meeting on Tuesday.",
        "Investors' accounts were frozen after the raid.",
        "Analysts at Moody's foresee a slowdown next year.",
    ],
)
def test_light_verbs_without_a_said_noun_or_named_groups_are_not_flagged(sentence):
    assert flags(sentence) == []


# --- aides and advisers "to" a principal --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Advisers to Mr. Ortiz are worried that the race is slipping away.",
         [("A101", "Advisers to Mr. Ortiz")]),
        ("Aides to Mr. Sanders have said he will stay in the race.",
         [("A101", "Aides to Mr. Sanders")]),
        ("But other advisers to the island's government have been urging the governor to "
         "default, saying that only a catastrophe would move Congress.",
         [("A101", "other advisers to the island's government")]),
    ],
)
def test_aides_and_advisers_to_a_principal_are_one_anonymous_source(sentence, expected):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "An adviser to the campaign, Ann Roe, said the levy would pass.",
        "The senator sent aides to discuss the bill with the county.",
    ],
)
def test_a_named_adviser_or_an_infinitive_after_aides_is_not_flagged(sentence):
    assert flags(sentence) == []


# --- headline style: a bare singular noun and "says" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three towns vote on the levy;\nBut expert says turnout will be low.\n\nThree towns "
         "vote on Tuesday.", [("A101", "expert")]),
        ("Analyst says the merger will fail.\n\nThe merger was announced on Monday.",
         [("A101", "Analyst")]),
    ],
)
def test_a_bare_listed_noun_saying_at_a_line_start_is_one_unnamed_source(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Baker says the merger will fail.\n\nThe merger was announced on Monday.",
        "The expert says the merger will fail.",
    ],
)
def test_a_surname_or_a_determiner_is_left_to_the_other_rules(text):
    assert flags(text) == []


# --- a fronted "Among <group>, there is <view>" -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among aides, there is chatter about who might run the new group.",
         [("A101", "Among aides")]),
        ("Among economists, there is growing worry that the levy will stall hiring.",
         [("A201", "Among economists")]),
    ],
)
def test_a_fronted_among_group_with_a_view_after_there_is_is_credited(sentence, expected):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the candidates, there is one clear favorite.",
        "Among the aides was a former senator.",
        "Among economists, there is a retired banker from Leeds.",
    ],
)
def test_a_fronted_among_group_without_a_view_noun_is_not_flagged(sentence):
    assert flags(sentence) == []


# --- unnamed organisations; advocacy and disagreement -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("When civic organizations advocated for a new ferry, the council balked.",
         [("A201", "civic organizations")]),
        ("Many residents took exception to the plan.", [("A201", "Many residents")]),
    ],
)
def test_unnamed_organisations_and_advocacy_are_credited(sentence, expected):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The organizations will meet on Tuesday.",
        "Several organizations signed the lease.",
        "The Harbour Trust advocated for a new ferry.",
    ],
)
def test_organisations_acting_or_named_are_not_flagged(sentence):
    assert flags(sentence) == []


# --- "who" after one unnamed person ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The last question came from a young child, who said she and her mother had driven "
         "from Dover.", [("A101", "who")]),
        ("The mayor refused to pay an architect who said he was stiffed after the library opened.",
         [("A101", "an architect who")]),
    ],
)
def test_who_after_one_unnamed_person_credited_with_words_is_anonymous(sentence, expected):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Roe, an architect who said she was stiffed, sued the county.",
        "The county hired an architect who designed the library.",
        "A governor who believed in the levy will not seek a second term.",
    ],
)
def test_who_after_a_named_acting_or_role_person_is_not_flagged(sentence):
    assert flags(sentence) == []


# --- a dash parenthetical between a group and its verb ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials - including two from the port authority - said the pier would reopen.",
         [("A101", "Officials")]),
        ("Advisers to four remaining candidates — former mayor Ann Roe, Bo Diaz and Cy Lee — "
         "discount either of those outcomes.",
         [("A101", "Advisers to four remaining candidates")]),
    ],
)
def test_a_dash_parenthetical_does_not_hide_the_groups_verb(sentence, expected):
    assert flags(sentence) == expected


def test_a_dash_parenthetical_that_names_the_group_is_not_skipped():
    assert flags("Officials — Ann Roe and Bo Diaz — said the pier would reopen.") == []


# --- a reduced relative (participle phrase) between a group and its verb ------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials handling the case said the suspect had fled.",
         [("A101", "Officials handling the case")]),
        ("Analysts tracking the race say the senator is behind.",
         [("A201", "Analysts tracking the race")]),
        ("Residents living near the quarry said the dust never settles.",
         [("A201", "Residents living near the quarry")]),
    ],
)
def test_a_participle_phrase_after_a_group_does_not_hide_its_verb(sentence, expected):
    assert flags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police officers guarding the building waved the crowd through.",
        "Residents living near the quarry packed the hall on Tuesday.",
    ],
)
def test_a_participle_phrase_with_no_crediting_verb_after_it_is_not_flagged(sentence):
    assert flags(sentence) == []
