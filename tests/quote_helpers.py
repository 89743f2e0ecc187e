"""Helpers the quote tests share: run the sentence and quote stages, checking every span."""

from __future__ import annotations

from newscheck.pipeline import build_document, run_stages
from newscheck.report import Quote


def quotes_of(text: str) -> list[Quote]:
    """The quotes of ``text``, after checking that each content, cue and speaker span reads
    back exactly and that ids follow position."""
    document = run_stages(build_document(text), ("sentences", "quotes"))
    for quote in document.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.cue is not None:
            assert text[quote.cue.start : quote.cue.end] == quote.cue.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    ids = [q.id for q in document.quotes]
    assert ids == [f"q{i}" for i in range(1, len(ids) + 1)]
    assert [q.start for q in document.quotes] == sorted(q.start for q in document.quotes)
    return document.quotes


def speakers(text: str) -> list[tuple[str, str, str]]:
    """(speaker span text, resolved name, kind) of each quote with a speaker, in order."""
    return [
        (q.speaker.text, q.speaker.name, q.speaker.kind) for q in quotes_of(text) if q.speaker
    ]


def report_speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, speaker kind) of each quote of the full report (the sourcing
    stage may name a pronoun speaker the quote stage left unresolved)."""
    from newscheck import analyze_text

    report = analyze_text(text).to_dict()
    return [
        (
            q["text"],
            q["speaker"] and q["speaker"]["name"],
            q["speaker"] and q["speaker"]["kind"],
        )
        for q in report["quotes"]
    ]


def checked_report(text: str) -> dict:
    """The full report of ``text`` as a dict, after checking that every quote, cue, speaker and
    finding span reads back exactly from the text."""
    from newscheck import analyze_text

    report = analyze_text(text).to_dict()
    for item in report["quotes"] + report["findings"]:
        assert text[item["start"] : item["end"]] == item["text"]
    for quote in report["quotes"]:
        for part in ("cue", "speaker"):
            if quote[part] is not None:
                span = quote[part]
                assert text[span["start"] : span["end"]] == span["text"]
    return report


def report_flags(report: dict, prefix: str) -> list[tuple[str, str]]:
    """(rule, text) of the report's findings whose rule starts with ``prefix``, in order."""
    return [(f["rule"], f["text"]) for f in report["findings"] if f["rule"].startswith(prefix)]


def report_quotes(report: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote text, speaker name, speaker kind, cue text) of each quote of a report."""
    return [
        (
            q["text"],
            q["speaker"]["name"] if q["speaker"] else None,
            q["speaker"]["kind"] if q["speaker"] else None,
            q["cue"]["text"] if q["cue"] else None,
        )
        for q in report["quotes"]
    ]


def speaker_of(report: dict, words: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker of the first quote holding ``words``."""
    for quote, name, kind, _ in report_quotes(report):
        if words in quote:
            return name, kind
    raise AssertionError(f"no quote holds {words!r}")


def flagged(report: dict, prefix: str) -> list[str]:
    """The words of each finding whose rule starts with ``prefix``."""
    return [text for _, text in report_flags(report, prefix)]


def quote_rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, quote words, speaker name, speaker kind) of every quote of ``text``'s report,
    after ``checked_report``'s span checks."""
    return [
        (
            q["kind"], q["text"],
            (q["speaker"] or {}).get("name"), (q["speaker"] or {}).get("kind"),
        )
        for q in checked_report(text)["quotes"]
    ]


def voiced_flags(text: str, prefix: str) -> list[tuple[str, str, str]]:
    """(rule, words, voice) of the findings of ``text`` whose rule starts with ``prefix``."""
    from newscheck import analyze_text

    return [
        (f.rule, f.text, f.voice) for f in analyze_text(text).findings
        if f.rule.startswith(prefix)
    ]
