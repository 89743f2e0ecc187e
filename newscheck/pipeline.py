"""The ordered analysis stages and ``run_pipeline`` (text in, Report out).

Each stage is a module in ``newscheck.stages`` exposing ``run(document) -> None``: it reads what
earlier stages put on the Document and adds its own results.  New stages plug in here without
touching the CLI.
"""

from __future__ import annotations

from importlib import import_module

from newscheck.config import DEFAULT_CONFIG, Config
from newscheck.document import Document
from newscheck.report import Report
from newscheck.stages.scoring import assign_finding_ids

STAGES: tuple[str, ...] = (
    "sentences",  # paragraphs and sentences (nltk Punkt with shipped parameters)
    "quotes",  # direct, partial and indirect quotations with speaker and cue
    "sourcing",  # source inventory; anonymous, vague, second-hand and unattributed flags
    "language",  # hedging, loaded language, subjectivity; voice from the quote spans
    "scoring",  # the credibility breakdown
)


def infer_format(path: str | None) -> str:
    if path and path.lower().endswith((".md", ".markdown")):
        return "markdown"
    return "text"


def build_document(
    text: str, *, path: str | None = None, input_format: str | None = None,
    config: Config | None = None,
) -> Document:
    """The Document for ``text``: Markdown markup blanked out in ``analysis_text``."""
    from newscheck.reading import analysable_text

    fmt = input_format or infer_format(path)
    return Document(
        text=text,
        analysis_text=analysable_text(text, fmt),
        path=path,
        input_format=fmt,
        config=config or DEFAULT_CONFIG,
    )


def run_stages(document: Document, stages: tuple[str, ...] = STAGES) -> Document:
    for name in stages:
        import_module(f"newscheck.stages.{name}").run(document)
    return document


def to_report(document: Document) -> Report:
    assign_finding_ids(document)
    words = document.word_count()
    return Report(
        path=document.path,
        input_format=document.input_format,
        text=document.text,
        sentences=[(s.start, s.end) for s in document.sentences],
        paragraphs=[(p.start, p.end) for p in document.paragraphs],
        quotes=document.quotes,
        sources=document.sources,
        findings=document.findings,
        scores=document.scores,
        summary=document.summary,
        analysis_text=(
            document.analysis_text if document.analysis_text is not document.text else None
        ),
        stats={
            "words": words,
            "sentences": len(document.sentences),
            "paragraphs": len(document.paragraphs),
            "quotes": len(document.quotes),
            "findings": len(document.findings),
        },
    )


def run_pipeline(
    text: str, *, path: str | None = None, input_format: str | None = None,
    config: Config | None = None,
) -> Report:
    document = build_document(text, path=path, input_format=input_format, config=config)
    run_stages(document)
    return to_report(document)
