"""Round 19 audit (AUDIT19): defects found on story kinds the tool had not been read on (a
wildfire live blog with time stamps, an earnings call, a football transfer, a translated
interview with a foreign minister, a council meeting, a data breach sourced to a blog post).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, flagged, report_quotes

# -- 1: a live blog: time stamps, "told reporters" closing the sentence, "said about 400 people" --

LIVE_BLOG = (
    "Live updates: Wildfire forces evacuations near Carver Springs\n"
    "10:45 a.m. \u2014 The Halden Ridge fire has grown to more than 12,000 acres overnight, the "
    "state forestry agency said Friday morning. Containment stands at 5 percent.\n"
    "12:40 p.m. \u2014 The Red Cross said about 400 people spent the night at two shelters, one "
    "at Carver Springs High School and one at a church in Lindell.\n"
    "1:15 p.m. \u2014 At least 35 homes have been destroyed, county Sheriff Tom Bradley told "
    "reporters. He said two firefighters were treated for heat exhaustion.\n"
)


def test_live_blog_entries_report_what_each_source_said() -> None:
    """Three entries had no reported speech at all ("said Friday morning" was not read as a time,
    "said about 400 people spent" had no verb the number opens, and nothing after a closing
    "told reporters" was allowed), so the "He" of the last entry was given to the Red Cross.
    The time stamp before the dash is not part of what was said."""
    report = checked_report(LIVE_BLOG)
    assert report_quotes(report)[:4] == [
        ("The Halden Ridge fire has grown to more than 12,000 acres overnight",
         "the state forestry agency", "organization", "said"),
        ("about 400 people spent the night at two shelters, one at Carver Springs High School "
         "and one at a church in Lindell", "Red Cross", "organization", "said"),
        ("At least 35 homes have been destroyed", "Tom Bradley", "person", "told"),
        ("two firefighters were treated for heat exhaustion", "Tom Bradley", "person", "said"),
    ]


def test_a_closing_told_takes_a_listener_an_outlet_or_a_meeting() -> None:
    """ "told the newspaper on Friday", "told a news conference", "told him": the clause before
    the comma is the report; the outlet is still credited second-hand (A301)."""
    report = checked_report(
        "The bridge will stay closed until March, the mayor told the newspaper on Friday. "
        "Two of the pumps had failed, she told a news conference in Lindell. "
        "The contract was signed in June, the lawyer told him."
    )
    assert [quote for quote, _, _, _ in report_quotes(report)] == [
        "The bridge will stay closed until March",
        "Two of the pumps had failed",
        "The contract was signed in June",
    ]
    assert flagged(report, "A301") == ["the newspaper"]


def test_a_closing_told_with_an_object_or_after_a_quotation_is_no_report() -> None:
    """Guard: "told a joke" is no listener (nothing is reported), and a quotation closed just
    before "another friend, Maya Osei told CNN" stays a direct quotation (not also indirect)."""
    report = checked_report(
        "On Friday morning, at the start of his bus tour, the candidate told a joke. "
        "\u201cShe never missed a match,\u201d another friend, Maya Osei told the station."
    )
    assert [(quote["kind"], quote["text"]) for quote in report["quotes"]] == [
        ("direct", "\u201cShe never missed a match,\u201d")
    ]
