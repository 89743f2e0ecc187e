"""Round 24 (SRC24): sourcing recall without losing precision (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

# 1. A group's post-modifier: a sum, "on both sides of", and "plan to" after it.


def test_post_modifier_with_a_sum_keeps_the_groups_verb() -> None:
    text = "Supporters of a $15 minimum wage plan to protest outside the debate hall on Friday."
    phrase = "Supporters of a $15 minimum wage"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert text[0 : len(phrase)] == phrase


def test_plan_to_ends_the_post_modifier() -> None:
    text = "Opponents of the harbour levy plan to protest at Monday's council meeting."
    phrase = "Opponents of the harbour levy"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]


def test_on_both_sides_of_is_a_post_modifier() -> None:
    text = "Lawmakers on both sides of the aisle vowed to block the harbour levy."
    phrase = "Lawmakers on both sides of the aisle"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert text[0 : len(phrase)] == phrase
    text = "Activists on both sides of the debate are skeptical of the ruling."
    assert _flagged(text) == [("A201", "Activists on both sides of the debate")]


def test_group_acting_after_both_sides_is_still_not_a_source() -> None:
    # the longer phrase leaves the verb visible, but an action credits nothing
    text = "Lawmakers on both sides of the aisle gathered in the chamber at noon."
    assert _flagged(text) == []


def test_plan_inside_the_phrase_without_to_stays_a_noun() -> None:
    # "the health plan": a noun of the phrase; "said" still credits the group
    text = "Critics of the health plan said it would raise premiums."
    assert _flagged(text) == [("A201", "Critics of the health plan")]


# 2. Wanting and talking: "cried out for", "talked about".


def test_group_crying_out_for_something_holds_a_view() -> None:
    assert _flagged("Commuters are crying out for a later last train.") == [("A203", "Commuters")]


def test_group_that_talked_about_something_is_credited() -> None:
    text = "After the meeting, many residents talked about the noise from the new depot."
    assert _flagged(text) == [("A203", "many residents")]


def test_a_named_person_talking_is_not_a_group() -> None:
    assert _flagged("The mayor talked about the depot on Tuesday.") == []


# 3. "be against" is a stance state like "be opposed to".


def test_group_that_is_against_a_plan_holds_a_view() -> None:
    assert _flagged("Many residents are firmly against the depot plan.") == [
        ("A203", "Many residents")
    ]


def test_against_without_a_copula_is_no_state() -> None:
    # "pitted against": a passive; "5-2 against": a count, no group
    assert _flagged("The residents were pitted against each other by the developer.") == []
    assert _flagged("The vote was 5-2 against the depot plan.") == []


# 4. A group credited, thanked or blamed *for* saying something.


def test_group_thanked_for_raising_concerns_is_credited() -> None:
    text = "The mayor thanked parents for raising concerns about the new bus depot."
    start = text.index("parents")
    assert _flag_spans(text) == [("A201", start, start + len("parents"))]
    assert text[start : start + len("parents")] == "parents"


def test_group_given_credit_for_speaking_out_is_credited() -> None:
    text = "She gives credit to local activists for speaking out against the closure."
    assert _flagged(text) == [("A201", "local activists")]


def test_group_joined_to_a_body_before_for_is_credited() -> None:
    text = "The mayor thanked parents and the school board for raising concerns early."
    assert _flagged(text) == [("A201", "parents")]


def test_group_praised_for_an_act_or_a_vote_is_not_credited() -> None:
    # marching is an act; backing a levy is support (round 2's call): no words of theirs
    assert _flagged("The mayor thanked volunteers for marching in the harbour parade.") == []
    assert _flagged("The council blamed residents for backing the levy.") == []


# 5. "argument" and "rebuke" are nouns of a view, like "arguments" and "scorn".


def test_rebuke_from_a_group_credits_it() -> None:
    text = "The depot plan drew a sharp rebuke from residents on Monday."
    start = text.index("residents")
    assert _flag_spans(text) == [("A201", start, start + len("residents"))]


def test_group_making_the_argument_is_credited() -> None:
    assert _flagged("Critics have made the argument that the levy is unfair.") == [
        ("A201", "Critics")
    ]
    assert _flagged("The argument from economists is that rates must rise.") == [
        ("A201", "economists")
    ]


def test_an_argument_between_people_credits_nobody() -> None:
    assert _flagged("The argument over the levy divided residents for months.") == []


# 6. A relative "when" after a noun of time: the reporter asserts the group's view of that time.


def test_group_in_a_time_when_clause_holds_a_view() -> None:
    text = "The levy came at a time when many farmers fear for their land."
    start = text.index("many farmers")
    assert _flag_spans(text) == [("A203", start, start + len("many farmers"))]
    assert _flagged("It was a year when commuters cried out for a faster line.") == [
        ("A203", "commuters")
    ]


def test_group_after_a_verb_and_when_is_still_talked_about() -> None:
    # "asked when": a question about the group, not a time the reporter describes
    assert _flagged("The mayor asked when residents want the depot to open.") == []


# 7. "gravitated to/toward": a growing preference, like "warmed to".


def test_group_that_gravitated_toward_a_party_holds_a_view() -> None:
    text = "Younger voters have gravitated toward the new party since the spring."
    assert _flag_spans(text) == [("A203", 0, len("Younger voters"))]


def test_things_that_gravitate_are_no_group() -> None:
    assert _flagged("Shoppers' carts gravitate toward the front of the store.") == []


# 8. A contact relative: a noun of something said, then the group and a light verb.


def test_point_an_unnamed_adviser_made_is_credited() -> None:
    text = "It was a point a top campaign adviser made to the Gazette last week."
    phrase = "a top campaign adviser"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A101", start, start + len(phrase))]
    assert text[start : start + len(phrase)] == phrase


def test_threat_many_people_make_is_credited() -> None:
    text = "Each year there is a threat many people make but few keep."
    assert _flagged(text) == [("A201", "many people")]


def test_light_verb_with_an_object_of_its_own_is_no_contact_relative() -> None:
    # "made headlines": the group's verb has its own object; "a fuss" is no noun of saying
    assert _flagged("The company faced a case many lawyers made headlines with.") == []
    assert _flagged("Many residents made a fuss about the depot.") == []


# 9. A people noun found by its shape, chanting.


def test_unlisted_people_noun_chanting_words_is_credited() -> None:
    text = 'The parade wound through downtown, with many spectators chanting "We are one."'
    start = text.index("spectators")
    flags = _flag_spans(text)
    assert len(flags) == 1 and flags[0][0] == "A201"
    assert flags[0][1] <= start and flags[0][2] == start + len("spectators")


def test_things_that_chant_are_no_people() -> None:
    # "floats", "machines": no people noun by shape, so no speaker of the chant
    text = 'The parade wound through downtown, with the floats chanting "We are one."'
    assert _flagged(text) == []
    assert _flagged("The machines chanted the slogan all night.") == []


# 10. A size between a group and its "who": "crowds 15,000 strong who believe".


def test_group_with_its_size_before_who_is_credited() -> None:
    text = "The senator keeps speaking to crowds 10,000 strong who believe in a cleaner harbour."
    phrase = "crowds 10,000 strong who"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]


def test_group_with_its_size_who_only_acts_is_not_credited() -> None:
    # a restrictive "who" with an action picks the group out (round 2's call)
    text = "The senator spoke to crowds 10,000 strong who waited in the rain."
    assert _flagged(text) == []


# 11. "<view> ... shared by": the agent holds the view.


def test_view_shared_by_a_group_credits_it() -> None:
    text = "But those views are not widely shared by economists elsewhere in the region."
    start = text.index("economists")
    flags = _flag_spans(text)
    assert len(flags) == 1 and flags[0][0] == "A201" and flags[0][1] == start
    assert _flagged("It is a concern shared by many economists.") == [("A201", "many economists")]


def test_things_or_supposed_views_shared_by_a_group_credit_nobody() -> None:
    assert _flagged("The cost of the depot is shared by residents.") == []
    assert _flagged("The posts were shared by residents on social media.") == []
    assert _flagged("It is a sentiment that could be shared by many residents.") == []
