"""Stage 'sentences' (placeholder: paragraphs = non-empty lines, one sentence per paragraph)."""

from __future__ import annotations

import re

from newscheck.document import Document, Span

_LINE = re.compile(r"[^\r\n]+")


def run(document: Document) -> None:
    for match in _LINE.finditer(document.analysis_text):
        if match.group().strip():
            span = Span(match.start(), match.end())
            document.paragraphs.append(span)
            document.sentences.append(span)
