"""Helpers the sourcing tests share: run the sentence and sourcing stages, list the findings."""

from __future__ import annotations

from newscheck.config import Config
from newscheck.document import Document
from newscheck.pipeline import build_document, run_stages
from newscheck.report import Quote
from newscheck.stages import sourcing


def analyse(text: str, quotes: tuple[Quote, ...] = (), config: Config | None = None) -> Document:
    """The sentence stage, then ``quotes`` (hand-built, so a test does not depend on the quote
    extractor), then the sourcing stage."""
    document = build_document(text, config=config)
    run_stages(document, ("sentences",))
    document.quotes.extend(quotes)
    sourcing.run(document)
    return document


def flags(document: Document) -> list[tuple[str, str]]:
    """(rule, words) of every finding in text order."""
    ordered = sorted(document.findings, key=lambda f: (f.start, f.end, f.rule))
    return [(f.rule, f.text) for f in ordered]
