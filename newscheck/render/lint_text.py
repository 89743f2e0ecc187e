"""The ``text`` lint format: ``path:line:col: CODE [severity] message`` lines and a summary line.

Article text reaches the terminal only through ``safe_text`` (no control characters or escapes),
and every problem stays on one line (a line break in a message becomes a space), so
``grep``/``cut`` and editors' ``file:line:col`` parsers read one problem per line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newscheck.lint import Diagnostic, FileResult, below_min_score
from newscheck.render import safe_text

_SEVERITY_ORDER = ("error", "warning", "info")


def _plural(count: int, word: str) -> str:
    if word == "info":
        return f"{count} info"
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary_line(results: Sequence[FileResult], unreadable: int = 0) -> str:
    """``Found 3 problems (2 warnings, 1 info) in 1 file.`` or ``No problems found in 2 files.``,
    then ``1 file scored below the minimum.`` (named on the lines above) and ``1 input could not
    be linted.`` when inputs failed (their errors are on stderr), so a failing run never ends on a
    bare "No problems found".

    The file count is the number of files with problems (or checked, when there are none).
    """
    low = sum(1 for r in results if below_min_score(r))
    failed = f" {_plural(low, 'file')} scored below the minimum." if low else ""
    if unreadable:
        # an input, not a file: a glob matching nothing, a folder without copy, Markdown with
        # no prose are errors too, and so is an analysis that failed
        failed += f" {_plural(unreadable, 'input')} could not be linted."
    if not results and unreadable:
        return failed.strip().capitalize()
    severities = Counter(d.severity for r in results for d in r.diagnostics)
    total = sum(severities.values())
    if not total:
        return f"No problems found in {_plural(len(results), 'file')}.{failed}"
    files = sum(1 for r in results if r.diagnostics)
    parts = ", ".join(
        _plural(severities[level], level) for level in _SEVERITY_ORDER if severities[level]
    )
    return f"Found {_plural(total, 'problem')} ({parts}) in {_plural(files, 'file')}.{failed}"


def score_failure_lines(results: Sequence[FileResult]) -> list[str]:
    """One line per file whose overall score is below its minimum."""
    return [
        f"{safe_text(r.path)}: overall credibility score {r.score:g} is below the minimum "
        f"{r.min_score:g}"
        for r in results
        if below_min_score(r)
    ]


def statistics(results: Sequence[FileResult]) -> list[tuple[str, str, str, int]]:
    """(code, name, severity, count) per code, most frequent first."""
    counts: Counter[tuple[str, str, str]] = Counter(
        (d.code, d.name, d.severity) for r in results for d in r.diagnostics
    )
    return sorted(
        ((code, name, severity, n) for (code, name, severity), n in counts.items()),
        key=lambda row: (-row[3], row[0], row[2]),
    )


def render_statistics(results: Sequence[FileResult]) -> str:
    rows = statistics(results)
    width = max((len(str(row[3])) for row in rows), default=1)
    return "".join(
        f"{count:>{width}}  {code}  {severity:<7}  {name}\n"
        for code, name, severity, count in rows
    )


def problem_line(diagnostic: Diagnostic) -> str:
    """``drafts/harbour.md:7:7: L101 [warning] 'startling revelation' in the reporter's ...``."""
    d = diagnostic
    message = " ".join(safe_text(d.message).split())
    return safe_text(f"{d.path}:{d.line}:{d.column}: {d.code} [{d.severity}] ") + message


def render_lint_text(
    results: Sequence[FileResult], *, show_statistics: bool = False, unreadable: int = 0,
    show_summary: bool = True,
) -> str:
    """Every diagnostic as ``path:line:col: CODE [severity] message`` (or the statistics), then
    a summary (left out with ``show_summary=False``: ``lint --quiet``).  A file below its
    minimum score is named either way: it is a failure, not a summary."""
    lines: list[str] = []
    if show_statistics:
        table = render_statistics(results)
        if table:
            lines.append(table.rstrip("\n"))
    else:
        lines.extend(problem_line(d) for r in results for d in r.diagnostics)
    lines.extend(score_failure_lines(results))
    if show_summary:
        lines.append(summary_line(results, unreadable))
    return "".join(line + "\n" for line in lines)
