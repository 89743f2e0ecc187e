"""The JSON Schema (draft 2020-12) of ``Report.to_dict()``: what ``newscheck schema`` prints.

Strict where the report is fixed (required fields, enums for kinds, voices, severities, rule codes
and categories, no unknown properties); open where stages add figures (``summary``).
"""

from __future__ import annotations

from typing import Any

SCHEMA_ID = "https://newscheck.invalid/schema/report.json"
STAT_NAMES = ("words", "sentences", "paragraphs", "quotes", "findings")


def _span(**extra: Any) -> dict[str, Any]:
    """An exact span: ``text == input_text[start:end]``."""
    return {
        "type": "object",
        "required": ["start", "end", "text", *extra],
        "additionalProperties": False,
        "properties": {
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "text": {"type": "string"},
            **extra,
        },
    }


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _reason() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["points", "message", "findings"],
        "additionalProperties": False,
        "properties": {
            "points": {"type": "integer", "description": "negative: points taken off"},
            "message": {"type": "string", "minLength": 1},
            "findings": {
                "type": "array",
                "items": {"type": "string", "pattern": "^f[0-9]+$"},
                "description": "ids of the findings behind these points",
            },
        },
    }


def _sourcing_summary() -> dict[str, Any]:
    """``summary.sourcing`` as documented in docs/sourcing.md (keys optional, more allowed)."""
    count = {"type": "integer", "minimum": 0}
    share = {"type": ["number", "null"], "minimum": 0, "maximum": 1}
    counts = {"type": "object", "additionalProperties": count}
    return {
        "type": "object",
        "properties": {
            "sources": count,
            "identifiable_sources": count,
            "sources_by_kind": counts,
            "quotes": count,
            "attributed_quotes": count,
            "anonymous_or_vague_quote_share": share,
            "anonymous_or_vague_quoted_word_share": share,
            "top_source": {"type": ["string", "null"]},
            "top_source_quote_share": share,
            "attributions": count,
            "outlet_attribution_share": share,
            "flags": counts,
        },
    }


def _scores() -> dict[str, Any]:
    from newscheck.scoring import BANDS, WEIGHTS

    dimension = {
        "type": "object",
        "required": ["score", "weight", "reasons"],
        "additionalProperties": False,
        "properties": {
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "weight": {"type": "number", "minimum": 0, "maximum": 1},
            "reasons": {"type": "array", "items": {"$ref": "#/$defs/reason"}},
        },
    }
    return {
        "type": "object",
        "required": ["overall", "band", "dimensions"],
        "additionalProperties": False,
        "properties": {
            "overall": {"type": "integer", "minimum": 0, "maximum": 100},
            "band": {"enum": [label for _, label in BANDS]},
            "dimensions": {
                "type": "object",
                "required": list(WEIGHTS),
                "additionalProperties": False,
                "properties": {name: dimension for name in WEIGHTS},
            },
        },
    }


def report_schema() -> dict[str, Any]:
    """The JSON Schema of one report (``Report.to_dict()``)."""
    from newscheck.report import (
        QUOTE_KINDS,
        SCHEMA_VERSION,
        SEVERITIES,
        SOURCE_KINDS,
        SPEAKER_KINDS,
        VOICES,
    )
    from newscheck.rules import all_rules

    rules = all_rules()
    categories = sorted({rule.category for rule in rules.values()})
    subtypes = sorted({rule.subtype for rule in rules.values() if rule.subtype})
    offset = {"type": "integer", "minimum": 0}
    count = {"type": "integer", "minimum": 0}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newscheck report",
        "description": "The credibility breakdown of one article. Offsets are Python str indices "
        "into the decoded input text, end exclusive.",
        "type": "object",
        "required": [
            "schema_version", "tool", "input", "stats", "sentences", "quotes", "sources",
            "findings", "summary", "scores",
        ],
        "additionalProperties": False,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "tool": {
                "type": "object",
                "required": ["name", "version"],
                "additionalProperties": False,
                "properties": {"name": {"const": "newscheck"}, "version": {"type": "string"}},
            },
            "input": {
                "type": "object",
                "required": ["path", "chars", "sha256", "format"],
                "additionalProperties": False,
                "properties": {
                    "path": {"type": ["string", "null"]},
                    "chars": count,
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "format": {"enum": ["text", "markdown"]},
                    "encoding": {
                        "type": "string",
                        "description": "how the file was decoded (absent for text given directly)",
                    },
                },
            },
            "stats": {
                "type": "object",
                "required": list(STAT_NAMES),
                "properties": {name: count for name in STAT_NAMES},
                "additionalProperties": {"type": "number"},
            },
            "sentences": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["start", "end"],
                    "additionalProperties": False,
                    "properties": {"start": offset, "end": offset},
                },
            },
            "quotes": {"type": "array", "items": {"$ref": "#/$defs/quote"}},
            "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
            "summary": {
                "type": "object",
                "description": "Figures the stages report; open for additions.",
                "properties": {"sourcing": _sourcing_summary()},
            },
            "scores": {"$ref": "#/$defs/scores"},
        },
        "$defs": {
            "span": _span(),
            "speaker": _span(
                name={"type": "string"},
                kind={"enum": list(SPEAKER_KINDS)},
                source_id={"type": ["string", "null"]},
            ),
            "quote": {
                "type": "object",
                "required": ["id", "kind", "start", "end", "text", "cue", "speaker"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"enum": list(QUOTE_KINDS)},
                    "start": offset,
                    "end": offset,
                    "text": {"type": "string"},
                    "cue": _nullable({"$ref": "#/$defs/span"}),
                    "speaker": _nullable({"$ref": "#/$defs/speaker"}),
                },
            },
            "source": {
                "type": "object",
                "required": ["id", "name", "kind", "identifiable", "mentions", "quotes"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "kind": {"enum": list(SOURCE_KINDS)},
                    "identifiable": {"type": "boolean"},
                    "mentions": {"type": "array", "items": {"$ref": "#/$defs/span"}},
                    "quotes": {"type": "array", "items": {"type": "string"}},
                    "anonymity_reason": {"$ref": "#/$defs/span"},
                },
            },
            "finding": {
                "type": "object",
                "required": [
                    "id", "rule", "category", "severity", "start", "end", "text", "voice",
                    "sentence", "message",
                ],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": "^f[0-9]+$"},
                    "rule": {"enum": list(rules)},
                    "category": {"enum": categories},
                    "severity": {"enum": list(SEVERITIES)},
                    "start": offset,
                    "end": offset,
                    "text": {"type": "string"},
                    "voice": {"enum": list(VOICES)},
                    "sentence": {"type": ["integer", "null"], "minimum": 0},
                    "message": {"type": "string"},
                    "subtype": {"enum": subtypes},
                    "quote": {"type": "string"},
                },
            },
            "reason": _reason(),
            "scores": _scores(),
        },
    }
