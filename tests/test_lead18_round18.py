"""Round 18 (lead): proper names built on a collective noun, and the ', airlines said' look-back."""

from __future__ import annotations

from newscheck import analyze_text


def speakers_and_flags(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    report = analyze_text(text)
    speakers = [(q.speaker.name, q.speaker.kind) for q in report.quotes if q.speaker]
    flags = [(f.rule, f.text) for f in report.findings if f.category == "vague_attribution"]
    return speakers, flags


def test_the_united_nations_is_a_body_not_a_vague_group() -> None:
    text = (
        "Food prices in the region rose by a third in a year, according to the United Nations.\n\n"
        "The United Nations warned on Monday that the harvest would fail.\n\n"
        "The rebels have blocked the coast road, the United Nations said.\n"
    )
    speakers, flags = speakers_and_flags(text)
    assert speakers == [("United Nations", "organization")] * 3
    assert flags == []


def test_nations_without_a_name_stay_vague() -> None:
    text = (
        "Western nations said the blockade broke international law.\n\n"
        "Leaders of First Nations communities said the pipeline crossed their land.\n"
    )
    speakers, flags = speakers_and_flags(text)
    assert speakers == [
        ("Western nations", "vague"),
        ("Leaders of First Nations communities", "vague"),
    ]
    assert flags == [
        ("A201", "Western nations"),
        ("A201", "Leaders of First Nations communities"),
    ]


def test_a_plural_body_after_a_comma_reads_back_over_white_space_only() -> None:
    """', airlines said' (and a line break after the comma) is the vague collective; with a full
    stop before it the lower-case plural is no speaker of that rule."""
    text = "Fares on the island route rose by a fifth on Monday,\n  airlines said.\n"
    speakers, flags = speakers_and_flags(text)
    assert speakers == [("airlines", "vague")]
    assert flags == [("A201", "airlines")]
