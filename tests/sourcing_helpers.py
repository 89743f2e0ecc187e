"""Helpers for the sourcing-recall tests (rounds 20 and 21): the anonymous and vague flags of a
text after every stage up to sourcing, each span read back exactly."""

from __future__ import annotations

from newscheck.document import Document
from newscheck.pipeline import STAGES, build_document, run_stages

FLAG_RULES = ("A101", "A102", "A201", "A202", "A203")
UP_TO_SOURCING = STAGES[: STAGES.index("sourcing") + 1]


def analysed(text: str) -> Document:
    """Every stage up to sourcing (quotes included: the speakers are what these rules read)."""
    return run_stages(build_document(text), UP_TO_SOURCING)


def flag_spans(text: str) -> list[tuple[str, int, int]]:
    """(rule, start, end) of the anonymous/vague flags, each span read back exactly."""
    out = []
    for finding in analysed(text).findings:
        if finding.rule in FLAG_RULES:
            assert text[finding.start : finding.end] == finding.text
            out.append((finding.rule, finding.start, finding.end))
    return out


def flagged(text: str) -> list[tuple[str, str]]:
    """(rule, words) of the anonymous/vague flags of ``text``."""
    return [(rule, text[start:end]) for rule, start, end in flag_spans(text)]
