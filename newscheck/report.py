"""The report: quotes, sources, findings and scores, and their JSON form.

``Report.to_dict()`` is the JSON contract documented in ``docs/json.md``; bump
``SCHEMA_VERSION`` on any incompatible change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
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
        # the cue's and the speaker's ``to_dict`` written out: two calls fewer per quote
        cue, speaker = self.cue, self.speaker
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
            "mentions": [  # ``TextSpan.to_dict`` written out: a call fewer per mention
                {"start": m.start, "end": m.end, "text": m.text} for m in self.mentions
            ],
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
    analysis_text: str | None = field(default=None, repr=False, compare=False)
    """Markdown input only: the text the stages read (markup blanked to spaces, same offsets),
    so the terminal report need not parse the file again; never written to the JSON."""

    def to_dict(self) -> dict[str, Any]:
        data = self._head()
        data["sentences"] = [{"start": s, "end": e} for s, e in self.sentences]
        for key, items in self._item_lists():
            data[key] = [item.to_dict() for item in items]
        data["summary"] = dict(self.summary)
        data["scores"] = dict(self.scores)
        return data

    def _head(self) -> dict[str, Any]:
        """The sections before the sentences: schema, tool, input, stats."""
        from newscheck import __version__

        source: dict[str, Any] = {
            "path": self.path,
            "chars": len(self.text),
            "sha256": _sha256(self.text),
            "format": self.input_format,
        }
        if self.encoding is not None:
            source["encoding"] = self.encoding
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "newscheck", "version": __version__},
            "input": source,
            "stats": dict(self.stats),
        }

    def _item_lists(self) -> tuple[tuple[str, list[Any]], ...]:
        return (("quotes", self.quotes), ("sources", self.sources), ("findings", self.findings))

    def json_chunks(self, *, indent: int | None = 2, chunk_chars: int = 1 << 16) -> Iterator[str]:
        """The report as JSON, in pieces of about ``chunk_chars`` characters.

        Joined, the pieces equal ``json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)``
        (with ``separators=(",", ":")`` when ``indent`` is None), but neither ``to_dict()`` nor
        the whole string is ever built: one element of a list is encoded at a time.  On a
        15 MB document that is a few MB where ``json.dumps(..., indent=2)`` peaked at +370 MB
        (the pure-Python encoder's list of tiny strings) over a 58 MB dict.  Output that would
        carry a lone surrogate (a path in a legacy encoding) escapes every non-ASCII character,
        as the JSON renderer does; that rare case is encoded whole.
        """
        ensure_ascii = _has_lone_surrogate(self.path or "") or _has_lone_surrogate(self.text)
        if ensure_ascii:
            yield from _whole_json(self.to_dict(), indent)
            return
        compact = indent is None
        pad = "" if compact else " " * indent
        first_sep, key_sep = ("", ":") if compact else ("\n" + pad, ": ")
        item_sep = "," if compact else ",\n" + pad * 2

        def encoded(value: Any, level: int) -> str:
            """``value`` as JSON, indented for ``level`` (JSON strings hold no raw newline)."""
            if compact:
                return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            return json.dumps(value, ensure_ascii=False, indent=indent).replace(
                "\n", "\n" + pad * level
            )

        def listing(values: Iterable[str]) -> Iterator[str]:
            opened = False
            for value in values:
                yield (item_sep if opened else "[" + first_sep + pad) + value
                opened = True
            yield ("\n" + pad + "]" if not compact else "]") if opened else "[]"

        if compact:
            sentence_form = '{"start":%d,"end":%d}'
        else:
            inner = "\n" + pad * 3
            sentence_form = "{" + inner + '"start": %d,' + inner + '"end": %d\n' + pad * 2 + "}"
        sections: list[tuple[str, Iterable[str]]] = [
            (key, [encoded(value, 1)]) for key, value in self._head().items()
        ]
        sections.append(
            ("sentences", listing(sentence_form % (s, e) for s, e in self.sentences))
        )
        for key, items in self._item_lists():
            sections.append((key, listing(encoded(item.to_dict(), 2) for item in items)))
        sections.append(("summary", [encoded(dict(self.summary), 1)]))
        sections.append(("scores", [encoded(dict(self.scores), 1)]))

        buffer: list[str] = ["{"]
        size = 1
        for number, (key, pieces) in enumerate(sections):
            buffer.append(("," if number else "") + first_sep + json.dumps(key) + key_sep)
            for piece in pieces:
                buffer.append(piece)
                size += len(piece)
                if size >= chunk_chars:
                    yield "".join(buffer)
                    buffer, size = [], 0
        buffer.append("}" if compact else "\n}")
        yield "".join(buffer)


_SHA_CHUNK = 1 << 20


def _sha256(text: str) -> str:
    """SHA-256 of the text's UTF-8 bytes, encoded a megabyte at a time (no full copy)."""
    import hashlib

    digest = hashlib.sha256()
    for start in range(0, len(text), _SHA_CHUNK):
        digest.update(text[start : start + _SHA_CHUNK].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


_LONE_SURROGATE = None


def _has_lone_surrogate(text: str) -> bool:
    global _LONE_SURROGATE
    if _LONE_SURROGATE is None:
        import re

        _LONE_SURROGATE = re.compile("[\ud800-\udfff]")
    return _LONE_SURROGATE.search(text) is not None


def _whole_json(data: dict[str, Any], indent: int | None) -> Iterator[str]:
    options: dict[str, Any] = {"indent": indent} if indent is not None else {
        "separators": (",", ":")
    }
    text = json.dumps(data, ensure_ascii=False, **options)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, **options)
    yield text
