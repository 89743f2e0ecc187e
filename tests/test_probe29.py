"""Round 29 (PROBE29): unnamed-source shapes a probe grid found missed (issue 5's recall).

``benchmarks/probe_sources.py`` builds invented sentences from people nouns x openers x frames;
each flag test here fails on the round-start code (cdae501), the guards pass on both.  Sentences
are invented.
"""

from __future__ import annotations

from sourcing_helpers import flagged as _flagged

# 1. Heads no list read in any frame: "townsfolk", "alumni", "faculty", "netizens", "member
# states", "Tories" (open classes, A201) and "kin" (relatives, A101).


def test_unlisted_group_heads_are_credited_as_open_classes() -> None:
    assert _flagged("Many townsfolk say the ferry timetable is a disgrace.") == [
        ("A201", "Many townsfolk")
    ]
    assert _flagged("Some alumni warned that the merger would ruin the college.") == [
        ("A201", "Some alumni")
    ]
    assert _flagged("Faculty complained that the new rota was imposed without a vote.") == [
        ("A201", "Faculty")
    ]
    assert _flagged("The levy is unfair, according to some faculty.") == [
        ("A201", "some faculty")
    ]
    assert _flagged("Netizens claimed the video had been edited.") == [("A201", "Netizens")]
    assert _flagged("Several member states argued that the quota was too strict.") == [
        ("A201", "Several member states")
    ]
    assert _flagged("Some Tories warned that the budget would cost them the seat.") == [
        ("A201", "Some Tories")
    ]
    assert _flagged('"He was never the same after the war," some Tories said.') == [
        ("A201", "some Tories")
    ]


def test_kin_are_unnamed_relatives() -> None:
    assert _flagged("Some kin said the boy had been missing for a week.") == [("A101", "Some kin")]


def test_the_new_heads_stay_unflagged_when_they_only_act() -> None:
    assert _flagged("Many alumni returned for the reunion on Saturday.") == []
    assert _flagged("Two member states were fined for missing the deadline.") == []


# 2. "A few" opens the phrase: the flag was "few residents", which says the opposite.


def test_a_few_keeps_its_article() -> None:
    assert _flagged("A few residents said the bridge had been unsafe for years.") == [
        ("A201", "A few residents")
    ]
    assert _flagged("A few farmers say the drought aid came too late.") == [
        ("A201", "A few farmers")
    ]
    assert _flagged('"It was chaos," a few officials said.') == [("A101", "a few officials")]


def test_bare_few_stays_as_it_was() -> None:
    assert _flagged("Few farmers say the drought aid came in time.") == [("A201", "Few farmers")]


# 3. A poll's share of an anonymous head ("41 percent of officials say") is the poll's finding,
# as "41 percent of voters say" already was: no A101.


def test_a_poll_share_of_officials_is_no_unnamed_source() -> None:
    assert _flagged("In the survey, 41 percent of officials say the rules are too lax.") == []
    assert _flagged("Sixty-two per cent of diplomats said the talks would fail.") == []


def test_counted_officials_are_still_unnamed_sources() -> None:
    assert _flagged("Two officials said the rules are too lax.") == [("A101", "Two officials")]
    assert _flagged("Some 40 officials said the rules are too lax.") == [
        ("A101", "Some 40 officials")
    ]


# 4. Plural people nouns with no final "s" ("fishermen", "townspeople", "clergymen") after a cue
# or after an inverted "said": round 28 read them before a verb only.


def test_compound_plurals_after_a_cue_are_the_group_credited() -> None:
    assert _flagged("The quota drew criticism from local fishermen.") == [
        ("A201", "local fishermen")
    ]
    assert _flagged("The ban drew anger among clergymen.") == [("A201", "clergymen")]


def test_compound_plurals_after_an_inverted_said_are_the_speakers() -> None:
    assert _flagged('"The quota is a joke," said some fishermen.') == [
        ("A201", "some fishermen")
    ]
    assert _flagged("The quota is unfair, said several townspeople.") == [
        ("A201", "several townspeople")
    ]


def test_bare_men_after_an_inverted_said_stay_unflagged() -> None:
    assert _flagged('"No," said both men.') == []
    assert _flagged("The quota is unfair, said the men.") == []


# 5. An unnamed person known only by a people noun's shape, credited with a fear ("A fisherman
# fears ..."): "thinks" and "warns" were read, "fears" and "worries" were not (a listed head,
# "One resident fears ...", was already flagged).


def test_an_unnamed_person_who_fears_or_worries_is_a_source() -> None:
    assert _flagged("A lobsterman fears the new quota will end his business.") == [
        ("A101", "A lobsterman")
    ]
    assert _flagged("One shopkeeper worries that the rent will double.") == [
        ("A101", "One shopkeeper")
    ]


def test_a_definite_or_dead_person_is_still_no_source() -> None:
    assert _flagged("The shopkeeper fears the worst.") == []
    assert _flagged("A fisherman feared dead after the boat capsized.") == []


# 6. Plural people nouns the shape test did not read ("landlords", "envoys", "oligarchs"): the
# quote stage had saved "Some landlords said", not "Some landlords told the paper the ...".


def test_listed_people_heads_credit_the_group_in_every_frame() -> None:
    assert _flagged("Some landlords told the paper the new rules were unworkable.") == [
        ("A201", "Some landlords")
    ]
    assert _flagged("Several envoys told the paper the talks had stalled.") == [
        ("A201", "Several envoys")
    ]
    assert _flagged("Some oligarchs argue that the sanctions will fail.") == [
        ("A201", "Some oligarchs")
    ]


def test_billionaire_as_an_adjective_stays_out() -> None:
    assert _flagged("Billionaire Dana Holt said the tower would open in May.") == []


# 7. "police officers": unnamed officers of the force, not the force ("police" alone, "riot
# police" stay the organisation the story names as such).


def test_police_officers_are_unnamed_people() -> None:
    assert _flagged('"He lied," said two police officers.') == [("A101", "two police officers")]
    assert _flagged("The chief lied, according to some police officers.") == [
        ("A201", "some police officers")
    ]
    assert _flagged(
        "Some police officers, who asked not to be named, said the chief had lied."
    ) == [("A101", "Some police officers")]


def test_the_police_as_a_force_stays_unflagged() -> None:
    assert _flagged("Police said the road was closed.") == []
    assert _flagged("Riot police said the crowd was calm.") == []
    assert _flagged("Police officers arrested two men on Monday.") == []
