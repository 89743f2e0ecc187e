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
