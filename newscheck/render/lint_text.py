"""The ``text`` lint format: ``path:line:col: CODE [severity] message`` lines and a summary line.

Article text reaches the terminal only through ``safe_text`` (no control characters or escapes),
and every problem stays on one line (a line break in a message becomes a space), so
``grep``/``cut`` and editors' ``file:line:col`` parsers read one problem per line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from io import StringIO

from newscheck.lint import Diagnostic, FileResult
from newscheck.render import safe_text
from newscheck.render.lint_stream import LintTally, TextEmitter, render_with

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
    return tally_summary(LintTally.of(results), unreadable)


def tally_summary(tally: LintTally, unreadable: int = 0) -> str:
    """``summary_line`` from the counts of a (streamed) run."""
    low = len(tally.below_minimum)
    failed = f" {_plural(low, 'file')} scored below the minimum." if low else ""
    if unreadable:
        # an input, not a file: a glob matching nothing, a folder without copy, Markdown with
        # no prose are errors too, and so is an analysis that failed
        failed += f" {_plural(unreadable, 'input')} could not be linted."
    if not tally.files and unreadable:
        return failed.strip().capitalize()
    severities = tally.severities
    total = sum(severities.values())
    if not total:
        return f"No problems found in {_plural(tally.files, 'file')}.{failed}"
    parts = ", ".join(
        _plural(severities[level], level) for level in _SEVERITY_ORDER if severities[level]
    )
    return (
        f"Found {_plural(total, 'problem')} ({parts}) in "
        f"{_plural(tally.files_with_problems, 'file')}.{failed}"
    )


def score_failure_lines(results: Sequence[FileResult]) -> list[str]:
    """One line per file whose overall score is below its minimum."""
    return [
        f"{safe_text(r.path)}: overall credibility score {r.score:g} is below the minimum "
        f"{r.min_score:g}"
        for r in LintTally.of(results).below_minimum
    ]


def statistics(results: Sequence[FileResult]) -> list[tuple[str, str, str, int]]:
    """(code, name, severity, count) per code, most frequent first."""
    return tally_statistics(LintTally.of(results))


def tally_statistics(tally: LintTally) -> list[tuple[str, str, str, int]]:
    """``statistics`` from the counts of a (streamed) run."""
    counts: Counter[tuple[str, str, str]] = tally.rules
    return sorted(
        ((code, name, severity, n) for (code, name, severity), n in counts.items()),
        key=lambda row: (-row[3], row[0], row[2]),
    )


def render_statistics(results: Sequence[FileResult]) -> str:
    return statistics_table(LintTally.of(results))


def statistics_table(tally: LintTally) -> str:
    """The ``--statistics`` table: count, code, severity, name; most frequent first."""
    rows = tally_statistics(tally)
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
    emitter = TextEmitter(StringIO(), show_statistics=show_statistics, show_summary=show_summary)
    return render_with(emitter, results, ["unreadable"] * unreadable)


def tally_tail(
    tally: LintTally, *, show_statistics: bool, unreadable: int, show_summary: bool
) -> str:
    """What follows the problem lines: the statistics table (instead of them), the files below
    their minimum score, the summary line."""
    lines: list[str] = []
    if show_statistics:
        table = statistics_table(tally)
        if table:
            lines.append(table.rstrip("\n"))
    lines.extend(score_failure_lines(tally.below_minimum))
    if show_summary:
        lines.append(tally_summary(tally, unreadable))
    return "".join(line + "\n" for line in lines)
