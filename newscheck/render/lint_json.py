"""The ``json`` lint format: a list of diagnostics with 1-based positions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newscheck.lint import Diagnostic, FileResult

if TYPE_CHECKING:
    from newscheck.render.lint_stream import LintTally


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
    from io import StringIO

    from newscheck.render.lint_stream import JsonEmitter, render_with

    return render_with(JsonEmitter(StringIO(), show_statistics=show_statistics), results)


def statistics_rows(tally: LintTally) -> list[dict[str, Any]]:
    """``{code, name, severity, count}`` per code, most frequent first."""
    from newscheck.render.lint_text import tally_statistics

    return [
        {"code": code, "name": name, "severity": severity, "count": count}
        for code, name, severity, count in tally_statistics(tally)
    ]
