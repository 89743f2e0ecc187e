"""Round 22 (FIXA22): speaker and kind defects an audit found.

Every paragraph here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes, speaker_of

# -- 3: a surname written first ("Lin Wei" ... "Lin said") ----------------------------------

SURNAME_FIRST = (
    "Vietnam's trade ministry rejected the tariff plan on Friday. Deputy Minister Tran Quoc "
    "Khanh's office said talks would continue.\n\n"
    "Finance Ministry spokesman Zhao Lirong said Beijing had \"no intention\" of devaluing its "
    "currency. \"We have been clear about this for years,\" Zhao told reporters in Shanghai.\n"
)


def test_a_surname_written_first_is_the_full_name_before() -> None:
    """"Zhao told" after "spokesman Zhao Lirong": one person, not a second source "Zhao"."""
    report = checked_report(SURNAME_FIRST)
    assert speaker_of(report, "clear about this") == ("Zhao Lirong", "person")
    assert "Zhao" not in {s["name"] for s in report["sources"]}


def test_a_word_before_a_place_or_thing_name_stays_itself() -> None:
    """Guard: "the Harlan Clinic" names a thing, so "Harlan" alone is not "Harlan Clinic"."""
    text = (
        "Doctors at the Harlan Clinic treated 40 patients last week. \"We ran out of beds by "
        "Tuesday,\" Harlan said in an interview on Sunday.\n"
    )
    names = {q[1] for q in report_quotes(checked_report(text)) if q[1]}
    assert "Harlan Clinic" not in names
