"""Round 20 (SRC20): sourcing recall on unnamed sources (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import analysed as _analysed
from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker words, kind) of every quote of ``text`` after the sourcing stage."""
    document = _analysed(text)
    out = []
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is not None:
            assert text[speaker.start : speaker.end] == speaker.text
            out.append((speaker.text, speaker.kind))
    return out


def test_according_to_an_unlisted_plural_of_people_is_vague() -> None:
    text = (
        "The county's ferry operator has spent about $3 million on repairs since March, "
        "according to maritime trackers."
    )
    assert _flagged(text) == [("A201", "maritime trackers")]
    assert _speakers(text) == [("maritime trackers", "vague")]
    start = text.index("maritime trackers")
    assert _flag_spans(text) == [("A201", start, start + len("maritime trackers"))]


def test_according_to_known_or_counted_people_is_not_an_open_class() -> None:
    # their own lawyers are the party's (a role); a number makes them individuals, not a class
    assert _flagged("The ferry contract was void, according to its lawyers.") == []
    assert ("A201", "two boatbuilders") not in _flagged(
        "The hull was cracked, according to two boatbuilders."
    )


def test_according_to_a_named_organisation_is_not_vague() -> None:
    text = "Repairs cost about $3 million, according to Harbor Trackers Inc."
    assert [r for r, _ in _flagged(text) if r == "A201"] == []


def test_beneficiaries_are_people_credited_with_a_view() -> None:
    text = "Some beneficiaries of the new housing grant took issue with the council's forecast."
    assert _flagged(text) == [("A203", "Some beneficiaries of the new housing grant")]


def test_at_least_before_a_group_still_opens_its_clause() -> None:
    text = (
        "But at least some of the likely beneficiaries of the new toll exemption remain "
        "opposed to the bypass."
    )
    assert _flagged(text) == [
        ("A203", "some of the likely beneficiaries of the new toll exemption")
    ]


def test_at_least_in_a_reported_clause_is_not_the_groups_own_view() -> None:
    # a subordinate clause is what the named speaker says, not the group's claim
    text = "Ann Roe said that at least some tenants remain opposed to the bypass."
    assert [rule for rule, _ in _flagged(text) if rule == "A203"] == []


def test_relief_among_a_group_credits_the_group_with_the_reaction() -> None:
    text = "The council's promise to keep the ferry running was met with relief among commuters."
    start = text.index("commuters")
    assert _flag_spans(text) == [("A201", start, start + len("commuters"))]


def test_relief_from_a_thing_credits_no_one() -> None:
    assert _flagged("The cooler evening brought relief from the heat along the river.") == []


def test_a_warning_sent_by_a_group_credits_the_group() -> None:
    text = "Party leaders sent a warning to the mayor on Friday: the levy would sink the budget."
    assert _flagged(text) == [("A201", "Party leaders")]


def test_bare_people_praising_or_hailing_is_a_weasel_source() -> None:
    text = (
        "Even though people initially hailed the ferry timetable as a bold fix, the crossings "
        "ran late all winter."
    )
    start = text.index("people")
    assert _flag_spans(text) == [("A201", start, start + len("people"))]


def test_bare_people_acting_is_no_source() -> None:
    assert _flagged("People quickly gathered outside the ferry terminal on Monday.") == []


def test_one_of_a_candidates_ads_is_a_document_not_an_unnamed_person() -> None:
    text = (
        'Her backers tied the judge to the governor, with one of their ads asking, "Is she '
        'independent enough to sit on the court?"'
    )
    assert _speakers(text) == [("one of their ads", "document")]
    assert _flagged(text) == []


def test_one_of_the_nurses_is_still_an_unnamed_person() -> None:
    text = '"We were told to stay until the storm passed," one of the nurses said on Monday.'
    assert _speakers(text) == [("one of the nurses", "anonymous")]
    assert _flagged(text) == [("A101", "one of the nurses")]


def test_endorsements_from_an_open_class_credit_it() -> None:
    text = (
        "The mayor locked up endorsements from unions representing most of the city's bus "
        "drivers back in October."
    )
    start = text.index("unions")
    assert _flag_spans(text) == [("A201", start, start + len("unions"))]
    assert _flagged("The mayor has the endorsement of several unions.") == [
        ("A201", "several unions")
    ]


def test_endorsements_lacked_or_named_credit_no_one() -> None:
    lacked = "The mayor has not received any endorsements from her fellow councillors."
    named = (
        "The mayor also picked up an endorsement from a onetime rival, former county judge "
        "Ann Roe."
    )
    assert _flagged(lacked) == []
    assert _flagged(named) == []
