"""Round 18 audit (AUDIT18): defects found on six beats the tool had not been tuned on (a
criminal trial, a wildfire, a football transfer, a medical study, election night, wire briefs).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, flagged, report_quotes, speaker_of

# -- 1: wire datelines typed with a spaced hyphen, or with an accented capital -----------------


def test_hyphen_dateline_is_not_reported_content() -> None:
    """ "OTTAWA - ", "LAGOS, Nigeria (AP) - ", "SAN JOSÉ, Costa Rica (Reuters) - ": a dateline
    typed with a spaced hyphen (or an accented capital) opens the paragraph and is not part of
    what the officials said; it had been kept at the front of the reported clause."""
    report = checked_report(
        "OTTAWA - Ferry services to the islands will resume on Monday, officials said.\n"
        "LAGOS, Nigeria (AP) - Three bridges were closed after heavy rain, the police said.\n"
        "SAN JOSÉ, Costa Rica (Reuters) - The volcano erupted twice overnight, scientists said.\n"
    )
    contents = [quote for quote, _, _, _ in report_quotes(report)]
    assert contents == [
        "Ferry services to the islands will resume on Monday",
        "Three bridges were closed after heavy rain",
        "The volcano erupted twice overnight",
    ]


def test_hyphen_dateline_stays_out_of_an_anonymous_source() -> None:
    """ "MEXICO CITY - Mexican officials said": the A101 flag and the source are "Mexican
    officials", not the dateline before a spaced hyphen; an unspaced hyphen still joins a
    modifier ("pro-Kremlin officials")."""
    report = checked_report(
        "MEXICO CITY - Mexican officials said the border crossing had reopened.\n"
        "The pro-Kremlin officials said the vote had been fair."
    )
    assert flagged(report, "A101") == ["Mexican officials", "The pro-Kremlin officials"]
    assert report["sources"][0]["name"] == "Mexican officials"
