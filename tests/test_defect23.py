"""Round 23 (DEFECT23): known quote, speaker and source defects left from the audit stories of
rounds 21-22.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

# -- 10: the horizontal bar (U+2015) before a quotation -----------------------------------------


def test_a_quotation_after_a_horizontal_bar_is_direct_and_once() -> None:
    """'said on Monday \u2015 "We will ..."' is one direct quotation, as after an em dash; it was
    a partial one plus an indirect clause holding it (the bar in its content)."""
    for dash in ("\u2014", "\u2015"):
        text = (
            f'Council leader Tom Reyes said on Monday {dash} "We will not close the library."\n\n'
            f'The mayor, Ines Harlow, told the meeting {dash} "The budget is balanced."\n'
        )
        report = checked_report(text)
        assert report_quotes(report) == [
            ('"We will not close the library."', "Tom Reyes", "person", "said"),
            ('"The budget is balanced."', "Ines Harlow", "person", "told"),
        ]
        assert [q["kind"] for q in report["quotes"]] == ["direct", "direct"]
