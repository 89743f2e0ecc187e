"""The report: quotes, sources, findings and scores, and their JSON form.

``Report.to_dict()`` is the JSON contract documented in ``docs/json.md``; bump
``SCHEMA_VERSION`` on any incompatible change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

SCHEMA_VERSION = "1.0"

QUOTE_KINDS = ("direct", "partial", "indirect")
SPEAKER_KINDS = ("person", "organization", "outlet", "document", "anonymous", "vague", "unknown")
SOURCE_KINDS = ("person", "organization", "outlet", "document", "anonymous", "vague")
VOICES = ("author", "quoted")
SEVERITIES = ("error", "warning", "info")

FINDING_ORDER = attrgetter("start", "end", "rule")
"""Sort key of the findings in a report: by position, then rule (ids follow this order)."""


@dataclass(slots=True)
class TextSpan:
    """A span reported with its exact words: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """``dataclasses.asdict`` without its recursive deep copy (this runs per quote)."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Speaker:
    """Who a quote is credited to: the mention at the attribution site, and who it resolves to."""

    start: int
    end: int
    text: str
    name: str
    kind: str  # one of SPEAKER_KINDS
    source_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``dataclasses.asdict`` without its recursive deep copy (this runs per quote)."""
        return {
            "start": self.start, "end": self.end, "text": self.text, "name": self.name,
            "kind": self.kind, "source_id": self.source_id,
        }


@dataclass(slots=True)
class Quote:
    """A direct, partial or indirect quotation.

    ``start/end/text`` is the content: quotation marks included for direct and partial quotes,
    the reported clause for indirect speech.
    """

    id: str
    kind: str  # one of QUOTE_KINDS
    start: int
    end: int
    text: str
    cue: TextSpan | None = None
    speaker: Speaker | None = None

    def to_dict(self) -> dict[str, Any]:
        cue, speaker = self.cue, self.speaker  # their to_dict() inlined: this runs per quote
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cue": {"start": cue.start, "end": cue.end, "text": cue.text} if cue else None,
            "speaker": {
                "start": speaker.start, "end": speaker.end, "text": speaker.text,
                "name": speaker.name, "kind": speaker.kind, "source_id": speaker.source_id,
            } if speaker else None,
        }


@dataclass(slots=True)
class Source:
    """One source the story rests on, with every mention of it."""

    id: str
    name: str
    kind: str  # one of SOURCE_KINDS
    identifiable: bool
    mentions: list[TextSpan] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    anonymity_reason: TextSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "identifiable": self.identifiable,
            "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in self.mentions],
            "quotes": list(self.quotes),
        }
        if self.anonymity_reason is not None:
            data["anonymity_reason"] = self.anonymity_reason.to_dict()
        return data


@dataclass(slots=True)
class Finding:
    """One flag: the exact words, the rule behind it and why."""

    id: str
    rule: str
    category: str
    severity: str  # one of SEVERITIES
    start: int
    end: int
    text: str
    voice: str  # one of VOICES
    sentence: int | None
    message: str
    subtype: str | None = None
    quote: str | None = None
    """Id of the quote the words are inside, when voice is 'quoted'."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "voice": self.voice,
            "sentence": self.sentence,
            "message": self.message,
        }
        if self.subtype is not None:
            data["subtype"] = self.subtype
        if self.quote is not None:
            data["quote"] = self.quote
        return data


@dataclass
class Report:
    """Everything newscheck says about one input; ``to_dict()`` is the JSON document."""

    path: str | None
    input_format: str
    text: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    quotes: list[Quote]
    sources: list[Source]
    findings: list[Finding]
    scores: dict[str, Any]
    summary: dict[str, Any]
    stats: dict[str, Any]
    encoding: str | None = None
    """How the input file was decoded (``utf-8``, ``utf-8-sig``, ``cp1252``...); None for text."""

    def to_dict(self) -> dict[str, Any]:
        import hashlib

        from newscheck import __version__

        source: dict[str, Any] = {
            "path": self.path,
            "chars": len(self.text),
            "sha256": hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest(),
            "format": self.input_format,
        }
        if self.encoding is not None:
            source["encoding"] = self.encoding
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "newscheck", "version": __version__},
            "input": source,
            "stats": dict(self.stats),
            "sentences": [{"start": s, "end": e} for s, e in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
            "sources": [s.to_dict() for s in self.sources],
            "findings": [f.to_dict() for f in self.findings],
            "summary": dict(self.summary),
            "scores": dict(self.scores),
        }
