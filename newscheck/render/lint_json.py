"""The ``json`` lint format: a list of diagnostics with 1-based positions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newscheck.lint import Diagnostic, FileResult
from newscheck.render import utf8_json


def diagnostic_to_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    """The JSON object for one diagnostic (``text`` is the flagged words, verbatim)."""
    return {
        "path": diagnostic.path,
        "line": diagnostic.line,
        "column": diagnostic.column,
        "end_line": diagnostic.end_line,
        "end_column": diagnostic.end_column,
        "code": diagnostic.code,
        "name": diagnostic.name,
        "category": diagnostic.category,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
        "text": diagnostic.text,
    }


def render_lint_json(results: Sequence[FileResult], *, show_statistics: bool = False) -> str:
    """A JSON array of diagnostics, or of ``{code, name, severity, count}`` with statistics."""
    if show_statistics:
        from newscheck.render.lint_text import statistics

        rows: list[dict[str, Any]] = [
            {"code": code, "name": name, "severity": severity, "count": count}
            for code, name, severity, count in statistics(results)
        ]
    else:
        rows = [diagnostic_to_dict(d) for r in results for d in r.diagnostics]
    return utf8_json(rows, indent=2) + "\n"
