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

