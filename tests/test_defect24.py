"""Round 24 (DEFECT24): known quote, speaker and source defects left from the stories of
rounds 21-23.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

# -- 8: a body's name with "in" or "of" further inside ---------------------------------------------

LONG_BODY_NAMES = (
    "The Foundation for Individual Rights in Education said the speech code violated the First "
    "Amendment. The Society for the Protection of Birds said numbers of curlews had halved. The "
    "Center for European Reform in London said the summit would fail.\n"
)


def test_a_body_name_goes_on_across_in_and_of_after_its_for() -> None:
    """"Foundation for Individual Rights in Education" was cut at "in" and "Society for the
    Protection of Birds" at "of"; a place after "in" stays out of the name (guard)."""
    report = checked_report(LONG_BODY_NAMES)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Foundation for Individual Rights in Education", "organization"),
        ("Society for the Protection of Birds", "organization"),
        ("Center for European Reform", "organization"),
    ]
    assert sorted(s["name"] for s in report["sources"]) == [
        "Center for European Reform",
        "Foundation for Individual Rights in Education",
        "Society for the Protection of Birds",
    ]
