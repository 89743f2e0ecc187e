"""Helpers the sourcing tests share: run the sentence and sourcing stages, list the findings."""

from __future__ import annotations

from newscheck.config import Config
from newscheck.document import Document
from newscheck.pipeline import STAGES, build_document, run_stages
from newscheck.report import Finding, Quote
from newscheck.stages import sourcing

FLAGGED = ("anonymous_source", "vague_attribution")
"""The categories of the anonymous and vague flags."""


def analyse(text: str, quotes: tuple[Quote, ...] = (), config: Config | None = None) -> Document:
    """The sentence stage, then ``quotes`` (hand-built, so a test does not depend on the quote
    extractor), then the sourcing stage."""
    document = build_document(text, config=config)
    run_stages(document, ("sentences",))
    document.quotes.extend(quotes)
    sourcing.run(document)
    return document


def checked_findings(text: str) -> list[Finding]:
    """The sourcing findings of ``text`` (``analyse``), after checking that each one's span
    reads back exactly from the text."""
    findings = analyse(text).findings
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    return findings


def _in_text_order(document: Document) -> list[Finding]:
    return sorted(document.findings, key=lambda f: (f.start, f.end, f.rule))


def flags(document: Document) -> list[tuple[str, str]]:
    """(rule, words) of every finding in text order."""
    return [(f.rule, f.text) for f in _in_text_order(document)]


def source_flags(text: str, with_quotes: bool = False) -> list[tuple[str, str]]:
    """(rule, exact text) of the anonymous and vague flags in ``text``, in text order;
    ``with_quotes`` runs the quotes stage first, so the sourcing stage knows what is inside a
    quotation."""
    if with_quotes:
        document = build_document(text)
        run_stages(document, ("sentences", "quotes", "sourcing"))
    else:
        document = analyse(text)
    return [(f.rule, f.text) for f in _in_text_order(document) if f.category in FLAGGED]


def pipeline_flags(text: str, prefix: str = "", path: str | None = None) -> list[tuple[str, str]]:
    """(rule, exact text) of the whole pipeline's findings whose code starts with ``prefix``
    ("A", "H1", "L"), in the report's order."""
    from newscheck import analyze_text

    report = analyze_text(text, path=path).to_dict()
    return [(f["rule"], f["text"]) for f in report["findings"] if f["rule"].startswith(prefix)]


FLAG_RULES = ("A101", "A102", "A201", "A202", "A203")
"""The anonymous and vague flags the sourcing-recall tests (rounds 20 and 21) read."""
UP_TO_SOURCING = STAGES[: STAGES.index("sourcing") + 1]


def analysed(text: str) -> Document:
    """Every stage up to sourcing, the quotes stage included (the speakers are what the
    sourcing-recall rules read; ``analyse`` hand-builds its quotes instead)."""
    return run_stages(build_document(text), UP_TO_SOURCING)


def flag_spans(text: str) -> list[tuple[str, int, int]]:
    """(rule, start, end) of the anonymous/vague flags of ``analysed``, each span read back
    exactly."""
    out = []
    for finding in analysed(text).findings:
        if finding.rule in FLAG_RULES:
            assert text[finding.start : finding.end] == finding.text
            out.append((finding.rule, finding.start, finding.end))
    return out


def flagged(text: str) -> list[tuple[str, str]]:
    """(rule, words) of the anonymous/vague flags of ``text``."""
    return [(rule, text[start:end]) for rule, start, end in flag_spans(text)]
