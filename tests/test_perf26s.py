"""Round 26 (PERF26S): cheaper sourcing-stage tests that must answer exactly as before."""

from __future__ import annotations

import newscheck
from newscheck.stages import source_finders

_OLD_BANDS = ("-TV", "-FM", "-AM", "-DT", "-LD", "-CD")


def test_band_hint_answers_as_the_six_substring_tests() -> None:
    texts = [
        "Anchors at WKRT-TV said the storm had passed.",
        "The station, KQED-FM, aired the hearing live.",
        "A long-time resident of the county spoke at 9 AM on Tuesday.",
        "She worked at the TV station for years; the -tv suffix was dropped.",
        "Nothing here names a call sign at all.",
        "Co-CD and X-DT are odd strings with a band after a hyphen.",
    ]
    for text in texts:
        assert bool(source_finders._BAND.search(text)) == any(b in text for b in _OLD_BANDS)


def test_call_sign_outlet_still_found() -> None:
    text = (
        "The county will close two bridges next month for repairs, WKRT-TV reported on "
        "Monday, citing internal planning documents.\n"
    )
    report = newscheck.analyze_text(text).to_dict()
    names = [source["name"] for source in report["sources"]]
    assert "WKRT-TV" in names


def test_the_before_an_outlet_name() -> None:
    assert source_finders._THE_BEFORE.search("said the ") is not None
    assert source_finders._THE_BEFORE.search("in The  ") is not None
    assert source_finders._THE_BEFORE.search("other ") is None


_OLD_POLL_FINDING = (
    r"\d\s*(?:%|percent\b|per\s+cent\b)|\b\d+-point\b|\b\d+\s+(?:percentage\s+)?points?\b"
    r"|\bpoll(?:s|ing|ed|sters?)?\b(?!\s+(?:close|closed|closes|open|opened|opens)\b)"
    r"|\bsurvey(?:s|ed)?\b|\brespondents\b|\b(?:\d+|one|two|three|four|five|six|seven|eight"
    r"|nine)\s+(?:in|out\s+of)\s+(?:\d+|three|four|five|ten)\b"
)


def test_the_poll_finding_look_ahead_keeps_every_match() -> None:
    import re

    old = re.compile(_OLD_POLL_FINDING, re.IGNORECASE)
    texts = [
        "About 4 in 10 voters backed the levy, a Harbour Poll survey of 600 respondents found.",
        "Her lead grew to 12 percentage points, or 7-point margins in two counties (45%).",
        "Polls close at 8; the polling station opened late. Two out of three said yes.",
        "Unemployment fell to 4.1 per cent; Pollsters surveyed ſurveys and Īnk 3\u00a0%.",
        "Nobody was asked; x4 in 10, ab12 points, one in five, POLLED, Surveyed.",
        "",
    ]
    for text in texts:
        for start, end in ((0, len(text)), (3, max(3, len(text) - 5))):
            assert [m.span() for m in source_finders._POLL_FINDING.finditer(text, start, end)] == [
                m.span() for m in old.finditer(text, start, end)
            ]


def test_scanner_hits_are_the_definitions_matches() -> None:
    from newscheck.stages.source_patterns import Scan, patterns_for

    scanner = patterns_for(None).scanner
    texts = [
        "Critics say the plan, which officials described as final, would fail.",
        "Officials said; one senior official—who asked not to be named—told reporters.",
        "Según críticos, officials in Lyon said the data were wrong. Experts agreed.",
        "People familiar with the matter said Démocrates and voters' groups objected.",
        "analysts",
    ]
    for text in texts:
        lower = Scan(text).lower
        ours = [(m.span(), m.group(), m.string is lower) for m in scanner._matches(lower)]
        definition = [(m.span(), m.group(), True) for m in scanner.regex.finditer(lower)]
        assert ours == definition
        assert ours  # every text holds a listed word
