"""Round 26 (SRC26): anonymous and vague sources the rules missed (issue 5's recall).

Each flag test fails on the round-start code (485ee83); the guards pass on both.  Sentences are
invented.
"""

from __future__ import annotations

from sourcing_helpers import flagged as _flagged

# 1. Verbs of scorn, complaint, praise and alarm after a listed group ([verbs]).


def test_scorn_and_complaint_verbs_credit_a_listed_group() -> None:
    assert _flagged("Critics scoffed at the council's traffic figures.") == [("A201", "Critics")]
    assert _flagged("Many residents have long railed against the new parking fees.") == [
        ("A201", "Many residents")
    ]
    assert _flagged("Some economists sneered at the minister's growth forecast.") == [
        ("A201", "Some economists")
    ]
    assert _flagged("Opponents cried foul over the timing of the vote.") == [("A201", "Opponents")]
    assert _flagged("Several lawmakers took aim at the budget on Tuesday.") == [
        ("A201", "Several lawmakers")
    ]


def test_praise_and_alarm_verbs_credit_a_listed_group() -> None:
    assert _flagged("Supporters touted the levy as a lifeline for rural schools.") == [
        ("A201", "Supporters")
    ]
    assert _flagged("Many economists have poured cold water on the forecast.") == [
        ("A201", "Many economists")
    ]
    assert _flagged("Some teachers have sounded the alarm about class sizes.") == [
        ("A201", "Some teachers")
    ]
    assert _flagged("Critics portrayed the merger as a giveaway to the port's owners.") == [
        ("A201", "Critics")
    ]
    # (round 26 review: not after a people noun found by its shape: actors portray)
    assert _flagged("Actors portrayed the signers of the Declaration in the pageant.") == []


# ... and after an unlisted people noun found by its shape ([shape_verbs]).


def test_speech_acts_credit_a_people_noun_found_by_shape() -> None:
    assert _flagged("Many beekeepers have spoken out against the spraying.") == [
        ("A201", "Many beekeepers")
    ]
    assert _flagged("Several growers pushed back on the ministry's water figures.") == [
        ("A201", "Several growers")
    ]
    assert _flagged("Some shopkeepers scoffed at the council's promise of more parking.") == [
        ("A201", "Some shopkeepers")
    ]


def test_the_new_verbs_credit_no_named_person_and_no_act() -> None:
    assert _flagged("Mayor Ann Okafor scoffed at the council's traffic figures.") == []
    assert _flagged("Many residents took the bus to the meeting on Tuesday.") == []
    assert _flagged("Several beekeepers spoke at the meeting on Tuesday.") == []


def test_a_group_a_named_subject_acts_on_is_not_credited() -> None:
    # a relative with a name as its own subject: the group is the object ("rails against it")
    text = "For years, Okafor was part of the establishment that Halvorsen routinely criticizes."
    assert _flagged(text) == []
    text = "The donors that Okafor's campaign courted for months were never named."
    assert _flagged(text) == []
    # "who" is the subject: the group is credited, as before
    text = "Many residents who oppose the fees packed the hall on Tuesday."
    assert _flagged(text) == [("A201", "Many residents who")]


# Second batch: regret, gripes, praise and wonder; disagreeing and retorts by shape.


def test_regret_gripes_praise_and_wonder_credit_a_group() -> None:
    assert _flagged("Critics regretted the council's haste.") == [("A201", "Critics")]
    assert _flagged("Some parents griped about the new bus routes.") == [("A201", "Some parents")]
    assert _flagged("Many residents commended the crews for their speed.") == [
        ("A201", "Many residents")
    ]
    assert _flagged("Many visitors marveled at the restored mill.") == [("A201", "Many visitors")]
    assert _flagged("Advocates have long championed the levy.") == [("A201", "Advocates")]
    assert _flagged("Many economists are betting that rates will fall.") == [
        ("A201", "Many economists")
    ]


def test_disagreeing_and_retorts_credit_a_people_noun_found_by_shape() -> None:
    assert _flagged("Several growers disagreed with the ministry's figures.") == [
        ("A201", "Several growers")
    ]
    assert _flagged("Several shopkeepers fired back at the mayor.") == [
        ("A201", "Several shopkeepers")
    ]


def test_regret_credits_no_named_person_and_nouns_stay_nouns() -> None:
    assert _flagged("Mayor Okafor regretted the haste.") == []
    assert _flagged("The champions said the final was hard.") == []
    assert _flagged("Exhaust fumes filled the tunnel on Tuesday.") == []


def test_a_quantifier_over_things_after_an_adjective_is_no_group() -> None:
    text = "He would like to see the platform reflect some of the progressive ideas Okafor praised."
    assert _flagged(text) == []
    text = "Many of the local residents said the ferry plan was unfair."
    assert _flagged(text) == [("A201", "Many of the local residents")]


# 3. Opposition and praise a group gives, after "from" or as a passive's agent.


def test_protests_fire_and_plaudits_from_a_group_credit_it() -> None:
    text = "The new ferry timetable drew protests from commuters in the harbour towns."
    assert _flagged(text) == [("A201", "commuters in the harbour towns")]
    # (round 26 review: "drew fire from" left out: "The patrol drew fire from insurgents")
    assert _flagged("The patrol drew fire from insurgents near the river crossing.") == []
    assert _flagged("The restoration earned plaudits from historians.") == [("A201", "historians")]


def test_advocacy_and_regret_as_passives_credit_the_agent() -> None:
    assert _flagged("The crews were commended by tenant advocates after the flood.") == [
        ("A201", "tenant advocates")
    ]
    assert _flagged("The closure was lamented by residents of the valley.") == [
        ("A201", "residents of the valley")
    ]
    assert _flagged("The plan was touted by supporters as a lifeline.") == [("A201", "supporters")]


def test_protests_from_a_named_person_credit_no_group() -> None:
    assert _flagged("The plan drew protests from Mayor Okafor and the port board.") == []


# 4. A letter, petition or statement signed is words of the signers.


def test_signing_a_letter_or_petition_credits_the_signers() -> None:
    text = "Dozens of economists signed an open letter opposing the nominee."
    assert _flagged(text) == [("A201", "Dozens of economists")]
    text = "Hundreds of parents have signed a petition against the closure of the school."
    assert _flagged(text) == [("A201", "Hundreds of parents")]
    text = "Several shopkeepers signed a letter urging the council to keep the car park."
    assert _flagged(text) == [("A201", "Several shopkeepers")]


def test_a_signed_lease_or_a_named_signer_credits_no_group() -> None:
    assert _flagged("Several tenants signed a lease on the warehouse last year.") == []
    assert _flagged("Mayor Okafor signed a letter urging the board to act.") == []


# 5. A view or words credited in a parenthetical: "in the words of", "in the eyes of".


def test_in_the_words_or_eyes_of_an_unnamed_source_credits_it() -> None:
    text = "The port director was, in the words of one senior aide, the last honest man in town."
    assert _flagged(text) == [("A101", "one senior aide")]
    text = "The two bidders, in the eyes of most residents, offer little that is new."
    assert _flagged(text) == [("A201", "most residents")]
    text = "The depot is, in the view of many economists, a white elephant."
    assert _flagged(text) == [("A201", "many economists")]


def test_in_the_words_or_eyes_of_a_named_source_or_a_thing_credits_nobody() -> None:
    assert _flagged("The depot is, in the words of Mayor Ann Okafor, a white elephant.") == []
    assert _flagged("All citizens are equal in the eyes of the law.") == []


# 6. Attitudes after a copula that the list lacked.


def test_more_attitudes_after_a_copula_credit_the_group() -> None:
    assert _flagged("Many residents are unimpressed by the council's new plan.") == [
        ("A201", "Many residents")
    ]
    # (round 26 review: "torn" and "bitter" left out: "Many residents were torn from their homes")
    assert _flagged("Many residents were torn from their homes by the flood.") == []
    assert _flagged("Several traders were jittery about the vote.") == [("A201", "Several traders")]


def test_the_new_attitudes_as_adjectives_or_of_things_credit_nobody() -> None:
    assert _flagged("The old houses were torn down in the spring.") == []
    assert _flagged("Many voters are encouraged to register by mail.") == []


def test_phrasal_verbs_with_a_literal_sense_credit_a_group_only_as_a_view() -> None:
    # round 26 review: the literal senses are acts, not views
    for text in (
        "Farmers pushed back the harvest by two weeks because of the rain.",
        "Both fighters weighed in at 70 kilograms on Friday.",
        "Soldiers fired back when the convoy was ambushed.",
        "Neighbours sounded the alarm when smoke poured from the roof.",
    ):
        assert _flagged(text) == [], text
    assert _flagged("Several growers pushed back on the ministry's water figures.") == [
        ("A201", "Several growers")
    ]
    assert _flagged("Many economists weighed in on the forecast.") == [("A201", "Many economists")]
