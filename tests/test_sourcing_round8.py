"""Sourcing, round 8: structures that generalise to text nobody has read.

Every example text is our own invention.  Each rule has sentences that must flag (with the exact
span) and sentences of the same shape that must not.
"""

from __future__ import annotations

from sourcing_helpers import source_flags as flags

# --- a people noun by shape as the subject of a stance verb or an attitude ----------------------


def test_an_unlisted_people_noun_before_a_stance_verb_is_a_vague_source():
    assert flags(
        "Across the county, where farmland is vanishing, developers see the old courses as "
        "wasted space."
    ) == [("A201", "developers")]


def test_an_unlisted_people_noun_before_be_and_an_attitude_is_a_vague_source():
    assert flags(
        "But party bosses are apparently so worried that the nominee could stumble that they "
        "rewrote the rules."
    ) == [("A201", "party bosses")]
    assert flags("Negotiators were optimistic that a deal was near.") == [
        ("A201", "Negotiators")
    ]


def test_a_people_noun_that_is_only_described_or_acted_on_is_no_source():
    assert flags("The engineers were so tired that they went home early.") == []
    assert flags("Developers were seen near the site on Tuesday.") == []
    assert flags("The workers are expected to finish the bridge by June.") == []
    assert flags("The computers are divided into three groups.") == []


# --- a listed group joined to a people noun the lists do not know -------------------------------


def test_a_group_joined_to_an_unlisted_people_noun_is_one_source_with_the_verb_after_both():
    assert flags(
        "Both private experts and federal investigators immediately understood what he meant."
    ) == [("A201", "Both private experts and federal investigators")]


def test_a_joined_pair_that_only_acts_is_no_source():
    assert flags("Critics and their lawyers met on Monday.") == []
    assert flags("Residents and commuters were stuck in traffic for hours.") == []


# --- a group with the participle of an allegiance verb right after it -------------------------


def test_a_group_before_a_supporting_or_backing_participle_holds_that_stance():
    assert flags(
        "Trump called for a ban, with others supporting an indefinite ban on refugees."
    ) == [("A201", "others")]
    assert flags("Much of the money came from outside groups supporting the governor's bid.") == [
        ("A201", "outside groups")
    ]


def test_a_participle_of_an_action_or_a_participle_as_adjective_credits_nothing():
    assert flags("Voters casting ballots in the rain waited for hours.") == []
    assert flags("After the fire, few supporting documents survived.") == []
    assert flags("The meeting was with delegates who are supporting the senator.") == []


# --- a people noun by shape right after a cue that credits what follows it ----------------------


def test_an_unlisted_people_noun_after_a_crediting_cue_is_a_vague_source():
    assert flags(
        "The mayor has faced criticism from longtime rivals that the budget hides a deficit."
    ) == [("A201", "longtime rivals")]
    assert flags("The tax drew complaints from retailers and the state's hospitals.") == [
        ("A201", "retailers")
    ]


def test_a_cue_followed_by_a_document_or_a_name_flags_no_group():
    assert flags("The mayor has faced criticism from the report that the council released.") == []
    assert flags("The plan drew criticism from Senator Ann Roe and other members.") == []


# --- a psych verb ("alarm", "frustrated", "pleases") before a group: the group feels it ---------


def test_a_group_after_a_psych_verb_is_credited_with_the_feeling():
    assert flags("Attacks on a judge by a sitting governor alarm legal experts.") == [
        ("A201", "legal experts")
    ]
    assert flags("The ruling frustrated civil rights groups across the state.") == [
        ("A201", "civil rights groups")
    ]
    assert flags("The speech pleased investors.") == [("A201", "investors")]


def test_a_psych_word_as_adjective_infinitive_or_noun_credits_no_group():
    assert flags("The new rules were described to frustrated voters at a town hall.") == []
    assert flags("Local officials are working to galvanize voters before the runoff.") == []
    assert flags("The governor has to convince voters that the tax is temporary.") == []
    assert flags("The strike prompted outrage among residents of the city.") == []


# --- a bare quantifier before a copula, or a modal that holds a present view -------------------


def test_a_bare_quantifier_before_a_copula_and_an_attitude_is_a_vague_source():
    assert flags(
        "When the mayor unveiled the budget, some remained skeptical that the cuts would stick."
    ) == [("A201", "some")]
    assert flags("Some remained in the hall after the vote.") == []


def test_a_modal_before_a_wish_or_a_judgement_credits_a_present_view():
    assert flags("Many would likely point out that the deficit has doubled since 2012.") == [
        ("A201", "Many")
    ]
    assert flags("Most would rather see the money spent on schools.") == [("A201", "Most")]
    assert flags(
        "While some council members will welcome the plan, others are wary of its cost."
    ) == [("A201", "some council members"), ("A201", "others")]


def test_a_modal_before_an_action_is_a_prediction_not_a_view():
    assert flags("Many will decide in the final week.") == []


# --- a light verb with a noun of a view as its object ---------------------------------------------


def test_a_group_that_has_voices_or_makes_a_view_holds_it():
    assert flags(
        "The speech answered the reasons many suburban voters have had such reservations about "
        "the nominee."
    ) == [("A201", "many suburban voters")]
    assert flags(
        "The campaign unveiled its plan, and his supporters were making many of the same "
        "arguments."
    ) == [("A201", "his supporters")]
    assert flags("Critics have voiced misgivings about the deal.") == [("A201", "Critics")]


def test_a_light_verb_with_no_view_or_in_the_passive_credits_nothing():
    assert flags("Democrats have a majority in the Senate.") == []
    assert flags("Republicans have made gains in the suburbs.") == []
    assert flags("Voters were made promises by both parties.") == []
    assert flags("Most of these efforts have ended in disappointment.") == []


# --- a restrictive "who" with an adverb between be and the attitude ---------------------------


def test_an_adverb_between_be_and_an_attitude_still_credits_a_restrictive_who():
    assert flags(
        "The mayor will need to persuade residents who are deeply skeptical of the plan."
    ) == [("A201", "residents who")]
    assert flags(
        "The board heard from parents who were increasingly angry about the closures."
    ) == [("A201", "parents who")]


def test_a_restrictive_who_that_only_describes_the_group_credits_nothing():
    assert flags("The tour was organised for residents who are new to the city.") == []
    assert flags("The council met with residents who are renovating their shops.") == []


# --- "who" after a people noun the lists do not know --------------------------------------------


def test_who_after_an_unlisted_people_noun_is_a_vague_source_when_credited():
    assert flags("The boom drew in bankers, who concluded that the economy would recover.") == [
        ("A201", "who")
    ]
    assert flags("The fund made bets on managers who think they know better.") == [
        ("A201", "managers who")
    ]


def test_who_after_an_unlisted_people_noun_that_only_acts_or_after_a_name_is_no_source():
    assert flags("The city hired engineers who designed the bridge.") == []
    assert flags("The theater sold tickets to customers who arrived early.") == []
    assert flags("The senator met with Mr. Sanders, who said he would debate.") == []
