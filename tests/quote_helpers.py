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
