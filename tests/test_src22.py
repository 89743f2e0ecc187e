"""Round 22 (SRC22): sourcing recall without losing precision (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

# 1. A post-modifier stops at its group's own verb in the past tense.


def test_group_with_of_phrase_keeps_its_past_tense_verb() -> None:
    text = "Critics of the ferry levy vowed to fight it at the next council meeting."
    phrase = "Critics of the ferry levy"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert text[0 : len(phrase)] == phrase


def test_group_with_place_phrase_keeps_its_past_tense_verb() -> None:
    text = (
        "The port authority backed the dredging plan. "
        "Residents of the harbour district pledged to block it."
    )
    phrase = "Residents of the harbour district"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]


def test_members_within_a_body_keep_their_verb() -> None:
    text = "Over the summer, members within both unions criticized the decision."
    assert _flagged(text) == [("A201", "members within both unions")]


def test_past_form_used_as_an_adjective_stays_in_the_phrase() -> None:
    # "the elected board": a modifier, not the group's verb; "said" still credits the group
    text = "Critics of the newly elected board said the levy would fail."
    assert _flagged(text) == [("A201", "Critics of the newly elected board")]


def test_group_acting_after_its_post_modifier_is_still_not_a_source() -> None:
    # the cut leaves the verb visible, but an action credits nothing
    assert _flagged("Residents of the harbour district gathered at the pier on Monday.") == []


def test_group_with_post_modifier_keeps_its_present_tense_verb() -> None:
    text = "Residents of the harbour district complain about the dredging noise every night."
    phrase = "Residents of the harbour district"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert _flagged("Critics of the ferry levy vow to fight it in court.") == [
        ("A201", "Critics of the ferry levy")
    ]


def test_a_noun_in_the_post_modifier_is_not_taken_for_the_verb() -> None:
    # "protest" is a verb of [verbs], but here a noun of the phrase: the group's verb is "said"
    text = "Residents of the protest camp said the police had left before dawn."
    assert _flagged(text) == [("A201", "Residents of the protest camp")]


def test_an_auxiliary_does_not_end_up_inside_the_group() -> None:
    # "didn't respond" credits nothing; the phrase must not swallow "didn't" and flag the rest
    text = "A spokesman for the port authority didn't respond to a request for comment."
    assert _flagged(text) == []


# 2. A reduced relative ("living near the plant") stops at its group's own verb.


def test_reduced_relative_keeps_the_groups_verb() -> None:
    text = "Many residents living near the dredging site complained about the noise."
    phrase = "Many residents living near the dredging site"
    assert _flag_spans(text) == [("A201", 0, len(phrase))]


def test_reduced_relative_before_an_action_is_still_no_source() -> None:
    assert _flagged("Residents living near the dredging site gathered at the pier.") == []


# 3. A group's act done to voice a view ("took to social media to criticize") credits it.


def test_group_taking_to_social_media_to_complain_is_vague() -> None:
    text = "Many residents have taken to social media to complain about the ferry timetable."
    assert _flag_spans(text) == [("A201", 0, len("Many residents"))]


def test_group_turning_out_to_oppose_is_vague() -> None:
    text = "On Tuesday, dozens of residents turned out to oppose the harbour tower."
    phrase = "dozens of residents"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]


def test_refusal_or_order_to_voice_credits_no_view() -> None:
    assert _flagged("Residents declined to criticize the harbour tower.") == []
    assert _flagged("Residents were asked to protest the harbour tower.") == []
    assert _flagged("Officials met to discuss the harbour tower.") == []


def test_habitual_act_to_voice_describes_anyone() -> None:
    # a general statement about whoever would do it, not a group credited with a view
    text = "Those who rise up to criticize the mayor do so at their own peril."
    assert _flagged(text) == []


# 4. More attitudes and nouns of a feeling held about someone (word lists).


def test_attitude_of_distrust_after_a_copula_is_a_view() -> None:
    text = "Many dockworkers are disillusioned with both candidates for harbour master."
    assert _flagged(text) == [("A201", "Many dockworkers")]


def test_sharing_a_feeling_noun_credits_the_relative_group() -> None:
    text = "The council is hearing from farmers who share the union's antipathy for the levy."
    assert _flagged(text) == [("A201", "farmers who")]


def test_new_attitude_before_a_noun_is_an_adjective() -> None:
    # "disenchanted" describes the voters; no one is credited with anything
    assert _flagged("The mayor hopes to win back disenchanted voters in the harbour ward.") == []
    assert _flagged("The distrustful voters stayed home on election day.") == []


def test_signaling_or_venting_a_view_noun_credits_the_group() -> None:
    assert _flagged("Some dockworkers signaled their opposition to the levy.") == [
        ("A201", "Some dockworkers")
    ]
    assert _flagged("Residents vented their frustration at the harbour meeting.") == [
        ("A201", "Residents")
    ]
    # no view noun after it: a policy signal, not a view of the group
    assert _flagged("Residents signaled a turn at the harbour crossing.") == []


def test_reduced_passive_in_the_phrase_is_not_the_groups_verb() -> None:
    # "published on" is a participle of the phrase, not what the group did or said
    text = "Several of the poets published in the harbour anthology are retired teachers."
    assert _flagged(text) == []
    text = "Some of the officials spoke on condition of anonymity because the talks are private."
    assert _flagged(text) == [("A102", "Some of the officials")]
