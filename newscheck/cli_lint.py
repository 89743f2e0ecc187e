"""``newscheck lint``: the CI gate for drafted copy.

Only typer is imported at module level; the analysis, configuration and emitters load inside the
command so ``newscheck --help`` stays fast.  Exit codes: 0 nothing at or above ``--fail-on`` (and
every score at or above ``--min-score``), 1 otherwise, 2 usage, input or configuration errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from newscheck.cli import PlainHelpCommand, app

if TYPE_CHECKING:
    from newscheck.batch import Outcome, Task
    from newscheck.config import Config
    from newscheck.lint import FileResult


class LintFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


EXIT_BROKEN_PIPE = 141


def _fail(message: str) -> typer.Exit:
    typer.echo(f"newscheck: error: {message}", err=True)
    return typer.Exit(2)


def expand_paths(arguments: list[str]) -> tuple[list[str], list[str]]:
    """(targets, errors): files, ``-``, directories and glob patterns as ``analyze`` takes them
    (``newscheck.reading.expand_paths``: directories walked recursively for
    ``.txt``/``.text``/``.md``/``.markdown`` files, hidden entries and README-style repository
    documents skipped), each file once.
    """
    from newscheck.reading import InputError
    from newscheck.reading import expand_paths as expand_plain_paths

    targets: list[str] = []
    errors: list[str] = []
    for entry in expand_plain_paths(arguments):
        if isinstance(entry, InputError):
            errors.append(str(entry))
        else:
            targets.append(entry if entry == "-" else os.path.normpath(entry))
    return list(dict.fromkeys(targets)), errors


@app.command(
    cls=PlainHelpCommand,
    short_help="Lint drafts for sourcing and language problems; fail CI on them.",
)
def lint(
    paths: Annotated[list[str], typer.Argument(
        help="Files, directories (recursive: .txt .md .markdown .text, not README.md and "
        "the like), globs such as 'drafts/**/*.md', or - for stdin.",
        metavar="PATH",
    )],
    output_format: Annotated[LintFormat, typer.Option(
        "--format", "-f",
        help="text (path:line:col: lines), json, github (pull-request annotations) or sarif "
        "(code scanning)."
    )] = LintFormat.text,
    select: Annotated[str | None, typer.Option(
        "--select", metavar="CODES",
        help="Codes or prefixes to report, separated by commas (replaces the configured select).",
    )] = None,
    ignore: Annotated[str | None, typer.Option(
        "--ignore", metavar="CODES", help="Codes or prefixes to leave out, separated by commas."
    )] = None,
    extend_select: Annotated[str | None, typer.Option(
        "--extend-select", metavar="CODES", help="Codes or prefixes to add to the selection."
    )] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help="Lowest severity that fails the run (default: warning)."
    )] = None,
    min_score: Annotated[float | None, typer.Option(
        "--min-score", min=0, max=100, metavar="SCORE",
        help="Also fail a file whose overall credibility score (0-100) is below this.",
    )] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 even when problems are found."
    )] = False,
    statistics: Annotated[bool, typer.Option(
        "--statistics", help="Show counts per rule code instead of each problem."
    )] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q",
        help="No summary line ('Found 3 problems ...'): only the problems and errors.",
    )] = False,
    config_path: Annotated[str | None, typer.Option(
        "--config", metavar="FILE", help="Use this configuration file instead of discovering one."
    )] = None,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME",
        help="Name for stdin: shown in the output, sets the format (.md), finds the config "
        "and per-file ignores.",
    )] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report to this file."
    )] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, metavar="N", show_default=False,
        help="Worker processes (default 0: one per core for several inputs, 1 for one).",
    )] = 0,
) -> None:
    """Lint drafted copy: report sourcing and language problems, fail CI on them.

    Exit status: 0 clean; 1 a problem at or above --fail-on, or a file scoring below
    --min-score (0 with --exit-zero); 2 an input could not be read, a bad configuration or a
    usage error; 130 interrupted; 141 the output pipe was closed early.
    """
    from newscheck import __version__
    from newscheck.config import ConfigError, split_selectors
    from newscheck.reading import output_overwrites_input
    from newscheck.render.lint_stream import make_emitter

    if select is not None and not split_selectors(select):
        # `--select "$HOUSE_RULES"` with the variable unset would silently lint nothing
        raise _fail("--select: no rule codes given (ALL selects every rule)")
    overrides = {
        "select": split_selectors(select) if select is not None else None,
        "ignore": split_selectors(ignore),
        "extend_select": split_selectors(extend_select),
        "fail_on": fail_on.value if fail_on else None,
        "min_score": min_score,
    }
    targets, errors = expand_paths(paths)
    clash = output_overwrites_input(output, targets) if output else None
    if clash is not None:
        raise _fail(f"{output}: --output names an input file ({clash}); it would be overwritten")
    if output and not os.path.isdir(os.path.dirname(output) or "."):
        # found before linting a whole folder of drafts, not after (analyze opens it first)
        raise _fail(f"{output}: cannot write: No such file or directory")
    try:
        plan = _LintPlan(overrides, config_path, stdin_filename)
        items = [plan.add(target) for target in targets]
    except ConfigError as error:
        raise _fail(str(error)) from None
    with _output(output) as stream:
        emitter = make_emitter(
            output_format.value, stream, statistics=statistics, quiet=quiet, version=__version__
        )
        for message in errors:
            typer.echo(f"newscheck: error: {message}", err=True)
            emitter.error(message)
        # each file's diagnostics are written (or tallied) as they arrive, in input order, and
        # dropped: memory does not grow with the number of files
        for result in plan.run(items, jobs):
            if isinstance(result, str):
                typer.echo(f"newscheck: error: {result}", err=True)
                emitter.error(result)
                continue
            for warning in result.warnings:
                typer.echo(f"newscheck: warning: {warning}", err=True)
            emitter.add(result)
        emitter.finish()
    tally = emitter.tally
    if statistics and output_format in (LintFormat.github, LintFormat.sarif):
        from newscheck.render.lint_text import statistics_table

        sys.stderr.write(statistics_table(tally))
    if output_format in (LintFormat.json, LintFormat.sarif) or output:
        from newscheck.render.lint_text import score_failure_lines

        for line in score_failure_lines(tally.below_minimum):
            typer.echo(f"newscheck: {line}", err=True)

    if emitter.errors:
        raise typer.Exit(2)
    raise typer.Exit(1 if tally.failing and not exit_zero else 0)


class _LintPlan:
    """Finds each input's configuration (reading only stdin in the parent) and lints the inputs
    through ``newscheck.batch.lint_task``, in parallel when there are several: each worker
    reads, analyses and places the findings, and sends back only the diagnostics."""

    def __init__(
        self, overrides: dict[str, Any], config_path: str | None, stdin_filename: str | None
    ) -> None:
        from newscheck.config import DEFAULT_CONFIG, load_config
        from newscheck.lint import apply_overrides

        self.overrides = overrides
        self.stdin_filename = stdin_filename
        self.fixed_config = load_config(config_path) if config_path else None
        # validate the flags once, even when no file is read
        apply_overrides(self.fixed_config or DEFAULT_CONFIG, **overrides)
        self.configs: dict[int, tuple[Config, Config]] = {}
        """id(discovered) -> (discovered, with the overrides): one object per configuration,
        not per file, so a chunk of tasks pickles it once."""

    def _config_for(self, target: str) -> Config:
        from newscheck.config import discover_config
        from newscheck.lint import apply_overrides

        if self.fixed_config is not None:
            base = self.fixed_config
        elif target == "-":
            base = discover_config(self.stdin_filename or os.path.join(os.getcwd(), "-"))
        else:
            base = discover_config(target)
        known = self.configs.get(id(base))
        if known is None:
            known = self.configs[id(base)] = (base, apply_overrides(base, **self.overrides))
        return known[1]

    def add(self, target: str) -> Task | Outcome:
        """A batch Task for ``target`` (stdin is read here, files in the worker), or an Outcome
        with its input error. ConfigError escapes."""
        from dataclasses import replace

        from newscheck.batch import Outcome, Task
        from newscheck.pipeline import infer_format
        from newscheck.reading import STDIN_LABEL, InputError, read_stream

        shown = (self.stdin_filename or "-") if target == "-" else target
        config = self._config_for(target)
        if target != "-":
            return Task(shown, path=target, config=config)
        try:
            source = read_stream(
                sys.stdin.buffer, input_format=infer_format(self.stdin_filename),
                label=self.stdin_filename or STDIN_LABEL,
            )
        except InputError as error:
            return Outcome(shown, error=str(error))
        return Task(shown, source=replace(source, path=self.stdin_filename), config=config)

    def run(self, items: list[Task | Outcome], jobs: int) -> Iterator[FileResult | str]:
        """FileResults in input order, or a one-line error message per failed input."""
        from newscheck.batch import Task, default_jobs, iter_outcomes, lint_task

        task_count = sum(isinstance(item, Task) for item in items)
        workers = min(jobs, max(task_count, 1)) if jobs else default_jobs(task_count)
        outcomes = iter_outcomes(items, jobs=workers, work=lint_task)
        try:
            for outcome in outcomes:
                if outcome.lint is None:
                    yield outcome.error or f"{outcome.label}: analysis failed"
                else:
                    yield outcome.lint
        finally:
            outcomes.close()


@contextmanager
def _output(output: str | None) -> Iterator[IO[str]]:
    """The ``--output`` file or stdout, UTF-8; a closed pipe ends the run quietly (exit 141)."""
    if output:
        try:
            # surrogateescape: a legacy (non-UTF-8) file name is written as its own bytes, as
            # on stdout; the JSON formats never carry one (they escape it)
            handle = open(  # noqa: SIM115 (closed below)
                output, "w", encoding="utf-8", errors="surrogateescape", newline="\n"
            )
        except OSError as error:
            raise _fail(f"{output}: cannot write: {error.strerror or error}") from None
        with handle:
            yield handle
        return
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="surrogateescape")
    try:
        yield sys.stdout
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
