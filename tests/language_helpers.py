"""Helpers the language tests share: run the whole pipeline, list the hedge and loaded findings."""

from __future__ import annotations

from newscheck import analyze_text


def language_findings(text: str) -> list[tuple[str, str, str]]:
    """(rule, words, voice) of every hedging and loaded-language finding, after checking that
    each span reads back exactly."""
    report = analyze_text(text)
    found = []
    for finding in report.findings:
        if finding.category in ("hedging", "loaded_language"):
            assert text[finding.start : finding.end] == finding.text
            found.append((finding.rule, finding.text, finding.voice))
    return found
