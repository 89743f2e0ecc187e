"""Round 28 (MEND28B): the reviewer's misfires of this round's SRC28/AUDIT28 sourcing rules.

The reviewer's repro sentences (REV28B) and a few variants written for this file.  Each misfire
test fails on the code before the mend; the guards keep the views the rules were written for.
"""

from __future__ import annotations

from sourcing_helpers import flagged as _flagged

# 2. Passives that credit a view only after a noun of one.


def test_literal_repeats_levels_voices_and_floats_are_no_source() -> None:
    for sentence in (
        "The experiment has been repeated by scientists in three countries.",
        "The test was repeated by other researchers, who got the same result.",
        "The site was leveled by bulldozers.",
        "The neighbourhood was levelled by protesters who set fire to cars.",
        "The part was voiced by several actors.",
        "The boats were floated by volunteers down the river.",
        "The trial was repeated by several laboratories in Europe.",
    ):
        assert _flagged(sentence) == [], sentence


def test_a_view_voiced_repeated_leveled_or_floated_credits_the_group() -> None:
    assert _flagged("The concern was voiced by parents at the meeting.") == [
        ("A201", "parents at the meeting")
    ]
    assert _flagged("The claim has been repeated by many Republicans.") == [
        ("A201", "many Republicans")
    ]
    assert _flagged("Charges leveled by critics have not been answered.") == [("A201", "critics")]
    assert _flagged("The idea was floated by some lawmakers last week.") == [
        ("A201", "some lawmakers")
    ]


# 3. "echoed" as a view needs an object.


def test_an_echo_with_no_object_is_a_sound() -> None:
    for sentence in (
        "The chants of demonstrators echoed outside parliament.",
        "The chants of demonstrators echoed beneath the windows.",
        "The chants of demonstrators echoed loudly across the square.",
        "The chants of demonstrators echoed for hours.",
        "The chants of demonstrators echoed late into the night.",
        "The cries of residents echoed, and police arrived minutes later.",
        "The songs of fans echoed past midnight.",
    ):
        assert _flagged(sentence) == [], sentence


def test_an_echoed_view_still_credits_the_group() -> None:
    assert _flagged("Many Republicans quickly echoed the claim.") == [
        ("A201", "Many Republicans")
    ]


# 4. Literal quarters and accounts.


def test_literal_quarters_and_accounts_are_no_weasel() -> None:
    for sentence in (
        "Profits fell in some quarters and rose in others.",
        "Soldiers slept in some quarters without heating.",
        "The fee will be paid by all accounts opened before 2020.",
        "The scheme was financed by many accounts held offshore.",
        "The cash was moved by all accounts linked to the firm.",
    ):
        assert _flagged(sentence) == [], sentence


def test_quarters_and_accounts_of_opinion_stay_weasel() -> None:
    assert _flagged("The plan is seen in certain quarters as a betrayal.") == [
        ("A202", "in certain quarters")
    ]
    assert _flagged("He has been by all accounts a model citizen.") == [
        ("A202", "by all accounts")
    ]


# 5. An act, then a call for help or a silence.


def test_an_act_then_a_call_for_help_or_silence_is_no_view() -> None:
    for sentence in (
        "Some residents rushed outside and called the police.",
        "Some residents ran outside and called the police.",
        "Many workers left early and called in sick.",
        "Some fans came and went and said nothing.",
        "Some neighbours heard the blast and called an ambulance.",
    ):
        assert _flagged(sentence) == [], sentence


def test_an_act_then_speech_still_credits_the_group() -> None:
    assert _flagged("Some residents gathered outside and called for the mayor to resign.") == [
        ("A201", "Some residents")
    ]
    assert _flagged("Some residents met the minister and called the plan a disgrace.") == [
        ("A201", "Some residents")
    ]


# 6. "the end", "the start", "the weekend" as a place.


def test_the_end_of_a_road_and_a_weekend_market_stay_in_the_group() -> None:
    assert _flagged("Residents at the end of the road complained about the noise.") == [
        ("A201", "Residents at the end of the road")
    ]
    assert _flagged("Residents at the start of the road complained about the noise.") == [
        ("A201", "Residents at the start of the road")
    ]
    assert _flagged("Shoppers at the weekend market complained about prices.") == [
        ("A201", "Shoppers at the weekend market")
    ]


def test_the_weekend_before_a_verb_is_still_a_time() -> None:
    assert _flagged("Teachers at the weekend said they would strike.") == [("A201", "Teachers")]
    assert _flagged("Residents at the time complained about the noise.") == [
        ("A201", "Residents")
    ]


# 7, 8. Verdicts, scenes and sights are no views.


def test_convictions_moods_sights_and_tremors_are_no_source() -> None:
    for sentence in (
        "The rate of conviction among young offenders has fallen.",
        "There was only one conviction among the protesters.",
        "The mood among shoppers on Oxford Street was subdued on Saturday.",
        "The route became clear to hikers once the fog lifted.",
        "The water became clear to divers after the storm passed.",
        "The smoke was apparent to residents miles away.",
        "The tremor sent a shudder through residents of the coastal town.",
        "The summit became clear to climbers at dawn.",
    ):
        assert _flagged(sentence) == [], sentence


def test_a_dawning_view_after_it_still_credits_the_group() -> None:
    assert _flagged("It became apparent to many economists that the plan would fail.") == [
        ("A201", "many economists")
    ]
    assert _flagged("It is becoming clear to some investors that rates will rise.") == [
        ("A201", "some investors")
    ]


# 9. Someone familiar with a place is anyone.


def test_someone_familiar_with_a_place_is_no_source() -> None:
    assert _flagged("The route would be obvious to someone familiar with the city.") == []
    assert _flagged("Someone familiar with the area would know the route.") == []
    assert _flagged("Someone familiar with the negotiations said the deal was close.") == [
        ("A101", "Someone familiar with the negotiations")
    ]


# 10. Applause: only the object-less noise is an event.


def test_approval_by_applause_or_cheers_with_an_object_credits_the_group() -> None:
    assert _flagged("Many economists applauded again when the bank cut rates.") == [
        ("A201", "Many economists")
    ]
    assert _flagged("Many fans cheered for the manager's sacking.") == [("A201", "Many fans")]
    assert _flagged("Many parents applauded as well as praising the teachers.") == [
        ("A201", "Many parents")
    ]


def test_applause_for_a_span_of_time_is_noise() -> None:
    assert _flagged("Fans cheered for several minutes after the goal.") == []
    assert _flagged("Delegates applauded politely.") == []


# 11. Each member of a counted set: no flag only when the set is named or flagged.


def test_each_of_an_unnamed_counted_set_is_flagged() -> None:
    assert _flagged(
        "Investigators interviewed all three guards, each of whom said the cameras had been"
        " switched off."
    ) == [("A201", "each of whom")]
    assert _flagged(
        "The company laid off all ten engineers, all of whom said they had been given no warning."
    ) == [("A201", "all of whom")]


def test_each_of_a_named_counted_set_is_not_flagged() -> None:
    assert _flagged(
        "Justin Moreau, Elena Pastor and Tom Achebe met in Ottawa. The moderator put questions"
        " to all three leaders, each of whom said trade helps."
    ) == []
