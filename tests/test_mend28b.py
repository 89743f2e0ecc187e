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
