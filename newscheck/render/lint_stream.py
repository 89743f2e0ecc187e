"""Lint output written as each file's result arrives, so memory stays bounded however many files.

An emitter gets each :class:`~newscheck.lint.FileResult` in input order (``add``), the input
errors as they happen (``error``), and ``finish`` once.  It writes what its format allows at
once (``text`` problem lines, ``github`` annotations, ``json`` array elements) and keeps only a
:class:`LintTally` (counts, and the few files below their minimum score).  SARIF is one document
whose rule list comes first: its results are encoded as they arrive and spooled to a temporary
file (in memory while small), then copied out after the header.  The bytes are those of the
whole-list renderers (``render_lint_text`` ...), which are kept for library callers.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from newscheck.lint import Diagnostic, FileResult, below_min_score, failing_diagnostics
from newscheck.render import utf8_json


@dataclass
class LintTally:
    """What the summary, the statistics and the exit status need from the files seen so far."""

    files: int = 0
    files_with_problems: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    rules: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    """(code, name, severity) -> count."""
    below_minimum: list[FileResult] = field(default_factory=list)
    """Files scoring below their minimum, without their diagnostics."""
    failing: bool = False
    """A file has a problem at or above its ``fail-on`` or scores below its minimum."""

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.diagnostics:
            self.files_with_problems += 1
        for d in result.diagnostics:
            self.severities[d.severity] += 1
            self.rules[(d.code, d.name, d.severity)] += 1
        low = below_min_score(result)
        if low:
            self.below_minimum.append(replace(result, diagnostics=[], warnings=[]))
        self.failing = self.failing or low or failing_diagnostics(result) > 0

    @classmethod
    def of(cls, results: Sequence[FileResult]) -> LintTally:
        tally = cls()
        for result in results:
            tally.add(result)
        return tally


class LintEmitter:
    """Base: tallies results and collects input errors; formats override the writing."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.tally = LintTally()
        self.errors: list[str] = []

    def add(self, result: FileResult) -> None:
        self.tally.add(result)
        self.write_result(result)

    def error(self, message: str) -> None:
        self.errors.append(message)

    def write_result(self, result: FileResult) -> None:
        """Write what can be written of one file now (nothing by default)."""

    def finish(self) -> None:
        """Write the rest after the last file."""


class TextEmitter(LintEmitter):
    """``path:line:col: CODE [severity] message`` lines per file as it is ready, then the
    statistics table (``--statistics``), the files below their minimum and the summary."""

    def __init__(
        self, stream: IO[str], *, show_statistics: bool = False, show_summary: bool = True
    ) -> None:
        super().__init__(stream)
        self.show_statistics, self.show_summary = show_statistics, show_summary

    def write_result(self, result: FileResult) -> None:
        from newscheck.render.lint_text import problem_line

        if not self.show_statistics and result.diagnostics:
            self.stream.write("".join(problem_line(d) + "\n" for d in result.diagnostics))
            self.stream.flush()

    def finish(self) -> None:
        from newscheck.render.lint_text import tally_tail

        self.stream.write(
            tally_tail(
                self.tally, show_statistics=self.show_statistics, unreadable=len(self.errors),
                show_summary=self.show_summary,
            )
        )


class GithubEmitter(LintEmitter):
    """Annotations per file as it is ready; min-score and input errors at the end."""

    def __init__(self, stream: IO[str], *, workspace: str | None = None) -> None:
        super().__init__(stream)
        self.workspace = workspace

    def write_result(self, result: FileResult) -> None:
        from newscheck.render.github import annotation

        if result.diagnostics:
            self.stream.write(
                "".join(annotation(d, self.workspace) + "\n" for d in result.diagnostics)
            )
            self.stream.flush()

    def finish(self) -> None:
        from newscheck.render.github import closing_errors

        self.stream.write(closing_errors(self.tally.below_minimum, self.workspace, self.errors))


class JsonEmitter(LintEmitter):
    """The JSON array of diagnostics, element by element (``indent=2``, as ``render_lint_json``);
    with statistics, the counts at the end."""

    def __init__(self, stream: IO[str], *, show_statistics: bool = False) -> None:
        super().__init__(stream)
        self.show_statistics = show_statistics
        self.written = 0

    def write_result(self, result: FileResult) -> None:
        from newscheck.render.lint_json import diagnostic_to_dict

        if self.show_statistics:
            return
        for d in result.diagnostics:
            element = utf8_json(diagnostic_to_dict(d), indent=2).replace("\n", "\n  ")
            self.stream.write((",\n  " if self.written else "[\n  ") + element)
            self.written += 1
        self.stream.flush()

    def finish(self) -> None:
        if self.show_statistics:
            from newscheck.render.lint_json import statistics_rows

            self.stream.write(utf8_json(statistics_rows(self.tally), indent=2) + "\n")
        else:
            self.stream.write("\n]\n" if self.written else "[]\n")


_RESULTS_MARK = "newscheck:sarif-results-go-here"
_SPOOL_IN_MEMORY = 4 * 1024 * 1024


class SarifEmitter(LintEmitter):
    """One SARIF log: results encoded (compact) as each file arrives and spooled, the log's
    head and tail written around them at the end, when the rules and errors are known."""

    def __init__(self, stream: IO[str], *, version: str, root: Path | None = None) -> None:
        from newscheck.render.sarif import find_source_root

        super().__init__(stream)
        self.version = version
        self.root = root or find_source_root()
        self.spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed in finish)
            max_size=_SPOOL_IN_MEMORY, mode="w+", encoding="utf-8", newline=""
        )
        self.unknown: list[Diagnostic] = []
        """A diagnostic for each code missing from the registry, in order of appearance."""
        self.rule_index: dict[str, int] | None = None
        self.written = 0

    def write_result(self, result: FileResult) -> None:
        from newscheck.render.sarif import file_results, known_rule_index

        if not result.diagnostics:
            return
        if self.rule_index is None:
            self.rule_index = known_rule_index()
        for d in result.diagnostics:
            if d.code not in self.rule_index:
                self.rule_index[d.code] = len(self.rule_index)
                self.unknown.append(d)
        for entry in file_results(result, self.root, self.rule_index):
            encoded = utf8_json(entry, separators=(",", ":"))
            self.spool.write(("," if self.written else "") + encoded)
            self.written += 1

    def finish(self) -> None:
        from newscheck.render.sarif import sarif_log

        log = sarif_log(
            version=self.version, root=self.root, errors=self.errors, unknown=self.unknown,
            results=_RESULTS_MARK,
        )
        text = utf8_json(log, separators=(",", ":"))
        head, tail = text.split(json.dumps(_RESULTS_MARK), 1)
        self.stream.write(head + "[")
        self.spool.seek(0)
        while chunk := self.spool.read(1 << 16):
            self.stream.write(chunk)
        self.spool.close()
        self.stream.write("]" + tail + "\n")


def make_emitter(
    output_format: str, stream: IO[str], *, statistics: bool, quiet: bool, version: str,
) -> LintEmitter:
    """The emitter for a ``lint --format`` value."""
    if output_format == "json":
        return JsonEmitter(stream, show_statistics=statistics)
    if output_format == "github":
        return GithubEmitter(stream, workspace=os.environ.get("GITHUB_WORKSPACE"))
    if output_format == "sarif":
        return SarifEmitter(stream, version=version)
    return TextEmitter(stream, show_statistics=statistics, show_summary=not quiet)


def render_with(
    emitter: LintEmitter, results: Sequence[FileResult], errors: Sequence[str] = ()
) -> str:
    """Feed a whole list to ``emitter`` and return what it wrote (the whole-list renderers);
    ``emitter`` must write to a ``StringIO``."""
    for result in results:
        emitter.add(result)
    for message in errors:
        emitter.error(message)
    emitter.finish()
    return emitter.stream.getvalue()  # type: ignore[attr-defined]
