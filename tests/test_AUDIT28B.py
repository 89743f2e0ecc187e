"""Round 28 audit (AUDIT28B): what a standards editor would flag and what the tool flags, on
eight stories written for the round (``tests/data/audit28b/``: four as a good reporter would
write them, four as a weak draft; each with ``NAME.expected.txt``, the flags and speakers an
editor expects, written before the tool was run).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from pathlib import Path

from quote_helpers import checked_report, report_flags, speaker_of

FIXTURES = Path(__file__).parent / "data" / "audit28b"


def fixture_report(name: str) -> dict:
    return checked_report((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


# -- a senior party figure is an unnamed person --------------------------------------------------


def test_a_senior_party_figure_is_an_anonymous_source() -> None:
    """ "One senior party figure said the leadership was panicking" (the by-election fixture)
    had no A101: "figure" was no person's noun, and the speaker was an organization."""
    report = fixture_report("byelection")
    assert ("A101", "One senior party figure") in report_flags(report, "A1")
    assert speaker_of(report, "the leadership was panicking") == (
        "One senior party figure", "anonymous"
    )


def test_senior_and_leading_figures_are_people_but_bare_figures_are_numbers() -> None:
    text = (
        "A senior Labour figure said the plan was dead.\n\n"
        "Senior government figures said the deal was close.\n\n"
        "A leading Conservative figure told reporters the vote would be lost.\n\n"
        "Government figures show that waiting lists have grown.\n\n"
        "The figure was lower than forecast, the agency said.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [
        ("A101", "A senior Labour figure"),
        ("A101", "Senior government figures"),
        ("A101", "A leading Conservative figure"),
    ]
