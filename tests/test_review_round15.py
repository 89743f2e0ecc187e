"""Round 15 review: defects found by probing the round's new rules with newsroom copy.

Each test fails on the lead15 code before the review's fix unless its docstring says it is a
guard (a case the fix must leave alone, which passes before and after).
"""

from __future__ import annotations

from quote_helpers import report_speakers


def _names(text: str) -> dict[str, str | None]:
    return {content: name for content, name, _ in report_speakers(text)}


def test_an_office_with_the_inside_is_stripped_from_the_holders_name() -> None:
    """The office rule read "Chancellor of the Exchequer Rachel Reeves" from the run after
    "the", so she became "Exchequer Rachel Reeves" (the round start had kept the whole office,
    also wrong)."""
    text = (
        "Chancellor of the Exchequer Rachel Reeves said the fiscal rules would not be "
        "loosened before the spring statement. She said the Treasury had already found "
        "savings in departmental budgets."
    )
    found = _names(text)
    assert found["the fiscal rules would not be loosened before the spring statement"] == (
        "Rachel Reeves"
    )
    assert found["the Treasury had already found savings in departmental budgets"] == (
        "Rachel Reeves"
    )


def test_the_court_is_not_resolved_when_the_story_names_two_courts() -> None:
    """'The court said' took the last capitalised court even when the story had another court
    ("The state appeals court ruled against the city, and the Supreme Court declined to hear
    the case"): which court spoke is not known, so the mention stays as written."""
    text = (
        "The state appeals court ruled against the city in March, and the Supreme Court "
        "declined on Monday to hear the case. The court said the city had waited too long "
        "to challenge the zoning decision."
    )
    found = _names(text)
    assert found["the city had waited too long to challenge the zoning decision"] != (
        "Supreme Court"
    )


def test_two_named_courts_leave_the_court_unresolved() -> None:
    """'the District Court' and 'the Supreme Court' both named: 'The court said' is either."""
    text = (
        "The District Court dismissed the suit last year, but the Supreme Court revived it on "
        "Tuesday. The court said the landlords' claims could proceed to trial."
    )
    found = _names(text)
    assert found["the landlords' claims could proceed to trial"] != "Supreme Court"


def test_one_named_body_still_resolves_the_court() -> None:
    """Guard (passes before and after): with one court in the story, 'The court said' is it."""
    text = (
        "The Supreme Court heard arguments in the water-rights case in January. The court said "
        "on Thursday that the compact bound both states."
    )
    assert _names(text)["the compact bound both states"] == "Supreme Court"


def test_a_document_described_by_a_participle_is_the_speaker() -> None:
    """'A letter sent to parents said' had made the parents the speaker (and flagged them as a
    vague source); 'A statement posted on X said' made X a person. The participle phrase
    describes the document, which speaks (the lead's round-15 rule already kept 'posted' from
    reporting after a document noun; the speaker phrase did not know it)."""
    from quote_helpers import checked_report, report_flags

    text = (
        "A letter sent to parents on Friday said the middle school would close two hours "
        "early because of the storm."
    )
    report = checked_report(text)
    speaker = report["quotes"][0]["speaker"]
    assert speaker["kind"] == "document"
    assert "parents" not in [flagged for _, flagged in report_flags(report, "A")]


def test_unnamed_people_quoted_in_a_filing_are_the_source() -> None:
    """AUDIT15 made 'Two crew members quoted in the filing' the quote's speaker, but the
    sourcing stage still credited the claim to 'the filing' found inside that phrase: no
    anonymous source was flagged and the sources list named only the document."""
    from quote_helpers import checked_report, report_flags

    text = (
        "The airline has denied any wrongdoing. Two crew members quoted in the filing said "
        "the captain had ignored a cabin-pressure alarm for nearly ten minutes."
    )
    report = checked_report(text)
    assert ("A101", "Two crew members quoted in the filing") in report_flags(report, "A")
    assert "Two crew members quoted in the filing" in {s["name"] for s in report["sources"]}
