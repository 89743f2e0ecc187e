"""Round 29 (lead): an editor's reading of new copy for sourcing — a maternity ward, a
by-election street poll, a prison wing."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, speaker_of


def _sources(report: dict) -> list[tuple[str, str, int]]:
    return [(s["name"], s["kind"], len(s["mentions"])) for s in report["sources"]]


def test_a_second_relative_clause_keeps_the_first_ones_antecedent_as_speaker() -> None:
    text = (
        "The trust said staffing met national guidance. A midwife who worked there, and who "
        "asked not to be named, said the ward was short of staff every night.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "the ward was short of staff every night") == (
        "A midwife", "anonymous"
    )  # (the quote had been "was short of staff every night", said by "the ward")
    assert report_flags(report, "A") == [("A101", "A midwife")]
    text = (
        "Two guards, who work on the wing, and who were not authorised to speak, said the "
        "cells were overcrowded.\n"
    )  # ("and who were": a second relative clause, not a second main clause)
    report = checked_report(text)
    assert speaker_of(report, "the cells were overcrowded") == ("Two guards", "anonymous")
    text = (
        "Mr Holt, who lives there, and who chairs the parish council, said the road was "
        "unsafe.\n"
    )
    assert speaker_of(checked_report(text), "the road was unsafe") == ("Holt", "person")


def test_a_speakers_own_they_in_its_reported_clause_is_not_a_second_flag() -> None:
    text = (
        "Voters interviewed by the BBC said they were tired of the campaign. "
        "They said they wanted it over.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A201", "Voters interviewed by the BBC"), ("A201", "They")
    ]  # (the lower-case "they" of each reported clause had been flagged again, each as a
    # second vague source "Voters")
    mentions = [m["text"] for s in report["sources"] for m in s["mentions"]]
    assert "they" not in mentions and mentions.count("They") == 1
