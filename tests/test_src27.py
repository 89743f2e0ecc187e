"""Round 27 (SRC27): anonymous and vague sources the rules missed (issue 5's recall).

Each flag test fails on the round-start code (45a0c7c); the guards pass on both.  Sentences are
invented.
"""

from __future__ import annotations

from sourcing_helpers import flagged as _flagged

# 1. Faith groups are collective heads like "evangelicals" ([collectives] in vague.txt).


def test_faith_groups_credited_with_a_view_are_vague() -> None:
    assert _flagged("Many Catholics say the bishop should step down.") == [
        ("A201", "Many Catholics")
    ]
    assert _flagged("Some Mormons believe the church should open its books.") == [
        ("A201", "Some Mormons")
    ]
    assert _flagged("Many Muslims in the suburb say they fear a backlash.") == [
        ("A201", "Many Muslims in the suburb")
    ]
    assert _flagged("Jews and Christians in the town have condemned the vandalism.") == [
        ("A201", "Jews and Christians")
    ]


def test_faith_groups_that_only_act_or_are_acted_on_are_not_sources() -> None:
    assert _flagged("The governor called for a ban on Muslims entering the state.") == []
    assert _flagged("Catholics were turned away from the chapel on Sunday.") == []
    assert _flagged("Christians gathered at the cathedral for the vigil.") == []


# 2. A listed group joined to a people noun whose plural has no final "s" ("fishermen") or that
# follows a noun modifier ("business owners") is one source with the pair's verb.


def test_a_group_joined_to_a_people_noun_without_a_final_s_is_credited() -> None:
    assert _flagged("Environmentalists and fishermen oppose the dredging of the bay.") == [
        ("A201", "Environmentalists and fishermen")
    ]
    assert _flagged("Critics and local fishermen say the quota is too low.") == [
        ("A201", "Critics and local fishermen")
    ]


def test_a_group_joined_to_a_modified_people_noun_is_credited() -> None:
    assert _flagged("Residents and business owners have criticized the parking plan.") == [
        ("A201", "Residents and business owners")
    ]


def test_a_joined_pair_that_only_acts_is_not_a_source() -> None:
    assert _flagged("Residents and business owners were evacuated before the storm.") == []
    assert _flagged("Residents and local fishermen gathered at the pier at dawn.") == []


# 3. A people noun known only by its shape, then a short place phrase, then a crediting verb.


def test_a_people_noun_with_a_place_phrase_before_its_verb_is_credited() -> None:
    assert _flagged("Tenants in the tower have long complained about the lifts.") == [
        ("A201", "Tenants in the tower")
    ]
    assert _flagged("Commuters from the outer suburbs complained about the new timetable.") == [
        ("A201", "Commuters from the outer suburbs")
    ]
    assert _flagged("Growers around the lake warned that the frost had ruined the crop.") == [
        ("A201", "Growers around the lake")
    ]


def test_a_people_noun_with_a_place_phrase_and_no_crediting_verb_is_not_a_source() -> None:
    assert _flagged("Tenants in the tower were moved to a hotel on Friday.") == []
    assert _flagged("Commuters from the outer suburbs waited for an hour in the rain.") == []
    assert _flagged("Donors in Ohio gave more than $2 million to the campaign.") == []


# 4. A trial balloon is a position ([verbs], [shape_verbs]: "floated the idea/possibility").


def test_floating_an_idea_credits_the_group() -> None:
    assert _flagged("Some lawmakers floated the idea of a special session.") == [
        ("A201", "Some lawmakers")
    ]
    assert _flagged("Several growers floated the possibility of a cooperative.") == [
        ("A201", "Several growers")
    ]
    assert _flagged("The raft floated the length of the river.") == []


# 5. More plural people nouns with none of the shape endings ([heads] in human_nouns.txt), and
# a message received "more/most/deeply/strongly" with a group ([before] in sourcing_cues.txt).


def test_plural_people_nouns_without_an_agent_ending_are_groups() -> None:
    assert _flagged("Widows say the pension rules are unfair.") == [("A201", "Widows")]
    assert _flagged("Local girls complained that the pitch was closed to them.") == [
        ("A201", "Local girls")
    ]
    assert _flagged("Some holdouts argue that the buyout price is too low.") == [
        ("A201", "Some holdouts")
    ]
    assert _flagged("The boys were sent home early because of the storm.") == []


def test_a_message_received_more_with_a_group_credits_the_group() -> None:
    assert _flagged("The pitch resonated more with older voters than with their children.") == [
        ("A201", "older voters")
    ]
    assert _flagged("The slogan resonates deeply with longtime residents.") == [
        ("A201", "longtime residents")
    ]
    assert _flagged("The song resonated more with me than the film did.") == []


# 6. A pair whose first noun is known only by its shape: the flag covers both nouns.


def test_a_pair_opened_by_a_people_noun_by_shape_is_one_source() -> None:
    assert _flagged("Fishermen and farmers say the dredging will ruin the delta.") == [
        ("A201", "Fishermen and farmers")
    ]
    assert _flagged("Many beekeepers and farmers say the spray drifts for miles.") == [
        ("A201", "Many beekeepers and farmers")
    ]


def test_a_name_before_and_stays_out_of_the_group() -> None:
    assert _flagged(
        "Rogers and other critics say the levy is unfair. The levy, said Rogers, is a tax."
    ) == [("A201", "other critics")]


# 7. Delight and offence a group feels ([attitudes]: delighted, offended).


def test_delight_and_offence_credit_the_group_that_feels_them() -> None:
    assert _flagged("The ruling delighted many residents of the valley.") == [
        ("A201", "many residents of the valley")
    ]
    assert _flagged("Many voters were offended by the remark.") == [("A201", "Many voters")]
    assert _flagged("She was delighted to meet the voters in Ames.") == []
