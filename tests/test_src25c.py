"""Round 25 (SRC25C): unnamed groups acting with a view, far "they", headlines (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

# 1. A long reduced relative between a group and its verb.


def test_long_reduced_relative_keeps_the_groups_verb() -> None:
    text = (
        "Several judges handling Freedom of Information Act lawsuits seeking records about the "
        "mayor's tenure as port director have cited the election as a reason to speed release."
    )
    phrase = (
        "Several judges handling Freedom of Information Act lawsuits seeking records about the "
        "mayor's tenure as port director"
    )
    assert _flag_spans(text) == [("A201", 0, len(phrase))]
    assert text[0 : len(phrase)] == phrase


def test_long_reduced_relative_with_an_act_is_still_not_a_source() -> None:
    text = (
        "Several judges handling Freedom of Information Act lawsuits seeking records about the "
        "mayor's tenure as port director have left the bench this year."
    )
    assert _flagged(text) == []


# 2. A group pressing a position on someone: challenge, petition, campaign against.


def test_group_challenging_someone_is_credited() -> None:
    text = "Many activists are challenging the mayor on policing before the election."
    assert _flag_spans(text) == [("A201", 0, len("Many activists"))]
    text = "Residents of the harbour district have long challenged the port's noise figures."
    assert _flagged(text) == [("A201", "Residents of the harbour district")]


def test_group_petitioning_or_campaigning_is_credited() -> None:
    text = "Some growers petitioned the state last year to lift the ban on the pesticide."
    assert _flagged(text) == [("A201", "Some growers")]
    text = "A number of union delegates have petitioned for a rule change before the vote."
    assert _flagged(text) == [("A201", "A number of union delegates")]
    text = "Tenant groups have long campaigned against the sale of the estate."
    assert _flagged(text) == [("A201", "Tenant groups")]


def test_standing_opposition_is_a_stance() -> None:
    text = "Many dockworkers have long stood in opposition to the automation plan."
    assert _flagged(text) == [("A203", "Many dockworkers")]


def test_challenge_as_a_noun_or_a_passive_credits_nobody() -> None:
    assert _flagged("Many challenges remain for the harbour board this winter.") == []
    text = "Several candidates were challenged at the polls by election workers."
    assert _flagged(text) == []


# 3. A title-case headline opening with an unnamed group and a crediting verb.

_BODY = "\n\nThe harbour board voted 5-2 on Monday to close two schools on the east side."


def test_title_case_headline_group_with_a_verb_is_credited() -> None:
    text = "Frustrated Parents Rally Nationwide To Keep Their Schools Open" + _BODY
    assert _flag_spans(text) == [("A201", 0, len("Frustrated Parents"))]
    text = "Conservative Heavyweights Come Out Against The Harbour Levy" + _BODY
    assert _flagged(text) == [("A201", "Conservative Heavyweights")]
    text = "Officials Say The School Closures Will Go Ahead" + _BODY
    assert _flagged(text) == [("A101", "Officials")]


def test_headline_names_questions_and_places_are_not_credited() -> None:
    body = _BODY + " Ann Sanders, a parent, said she would appeal."
    assert _flagged("Ann Sanders Says She Will Appeal The Closures" + body) == []
    assert _flagged("Why Parents Won't Back The Harbour Board" + _BODY) == []
    body = _BODY + " Voters in Eastport backed the plan."
    assert _flagged("Eastport Voters Support Closing Two Schools" + body) == []
    assert _flagged("2026 Parents Rally To Keep Their Schools Open" + _BODY) == []
    assert _flagged("Media Reports Reveal Reason Behind School Closures" + _BODY) == [
        ("A202", "Media Reports")
    ]


def test_come_out_against_is_a_stance_in_running_text() -> None:
    text = "Several council members have come out against the closures."
    assert _flagged(text) == [("A203", "Several council members")]


# 4. "they" after a quantifier over people ("Many of them ..., and they want ...").


def test_they_after_many_of_them_is_the_groups_view() -> None:
    text = (
        "Dock unions have long pushed to scrap the levy. It is the pull of an old promise: Many "
        "of them negotiated generous pension plans in place of higher wages, and they want to "
        "keep them."
    )
    at = text.index("they want")
    assert _flag_spans(text) == [("A201", at, at + len("they"))]


def test_they_after_many_of_the_bills_is_no_group() -> None:
    text = "Many of the bills stalled in committee last year, and they want a floor vote."
    assert _flagged(text) == []


# 5. A far "they": no plural antecedent in its own and the two previous sentences.

_FAR_THEY = (
    "To the port's critics, there is a strange logic at work. The board is expected to cut "
    "fees and raise wages at once, they say.  ''You have to be cheap and also generous,'' said "
    "Ann Lee, the board's chair. ''Which is it?''  An impossible combination, they complain - "
    "and if the board managed it, there would be some other demand."
)


def test_far_they_continues_the_flagged_group() -> None:
    first = _FAR_THEY.index("they say")
    far = _FAR_THEY.index("they complain")
    spans = _flag_spans(_FAR_THEY)
    assert ("A201", far, far + len("they")) in spans
    assert ("A201", first, first + len("they")) in spans


def test_far_they_with_a_nearer_pair_is_not_the_group() -> None:
    text = (
        "Critics say the levy is too high. The Lees and the Roes run the port together. "
        "''It is a lifeline,'' said Ann Lee. ''Which is it?''  An impossible promise, they "
        "complain."
    )
    assert _flagged(text) == [("A201", "Critics")]


# 6. A point or a case made by a people noun no list holds.


def test_unlisted_people_noun_making_the_point_is_credited() -> None:
    text = "Several beekeepers made the point that the spray drifts onto their hives."
    assert _flagged(text) == [("A201", "Several beekeepers")]
    text = "Local growers have made the case for a ban on the spray."
    assert _flagged(text) == [("A201", "Local growers")]


def test_making_a_case_in_court_names_its_lawyers() -> None:
    assert _flagged("The lawyers made the case in court on Monday.") == []


# 7. A stance predicate after a group and its short reduced relative.


def test_stance_after_a_reduced_relative_is_the_groups() -> None:
    text = "On a recent evening, many residents walking along the quay talked about the new ferry."
    phrase = "many residents walking along the quay"
    at = text.index(phrase)
    assert _flag_spans(text) == [("A203", at, at + len(phrase))]
    text = "Many commuters waiting and shivering there have soured on the new timetable."
    assert _flagged(text) == [("A203", "Many commuters waiting and shivering there")]


def test_stance_after_a_reduced_relative_in_a_reported_clause_is_not_flagged() -> None:
    text = "The mayor said residents living near the quay have soured on the new ferry."
    assert _flagged(text) == []
    text = "Residents living near the quay will warm to the new ferry, the mayor predicted."
    assert _flagged(text) == []
