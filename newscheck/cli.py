"""The Typer command line: argument parsing and exit codes only; the work is in the library.

Exit codes: 0 success, 1 lint findings at or above the threshold, 2 usage/input/config errors
(and output that cannot be written: a full disk), 130 interrupted (Ctrl-C), 141 output pipe
closed early (``| head``).

Only typer is imported at module level: ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import IO, TYPE_CHECKING, Annotated, NoReturn

import typer
import typer.core

from newscheck import __version__

if TYPE_CHECKING:
    import click

    from newscheck.batch import Outcome, Task
    from newscheck.config import Config

EXIT_INPUT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

app = typer.Typer(
    name="newscheck",
    help="Credibility breakdown for news copy: who is quoted, anonymous and vague sourcing, "
    "hedging and loaded language.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: --help must not import rich (nor markdown_it)
)


class PlainHelpCommand(typer.core.TyperCommand):
    """Click's plain help, with arguments shown by their metavar: ``PATH...`` where Typer wrote
    ``{PATH}...`` in the usage line and ``PATH <list[str]>`` (a Python type) in the list; a bad
    option value is reported without the ``Value error,`` prefix of Typer's validation."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                label = _argument_label(param)
                pieces.append(label if param.required else f"[{label}]")
            else:
                pieces += param.get_usage_pieces(ctx)
        return pieces

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as error:  # the validation library's prefix is noise
            error.message = error.message.removeprefix("Value error, ")
            raise

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((_argument_label(param), record[1]))
            else:  # '[x>=0]', '[0<=x<=100]': the help text says it in words
                options.append((record[0], _RANGE_NOTE.sub("", record[1])))
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)


_RANGE_NOTE = re.compile(r"  \[[0-9.<=>x]+\]$")


def _argument_label(param: click.Parameter) -> str:
    label = param.metavar or (param.name or "").upper()
    return f"{label}..." if param.nargs != 1 else label


class AnalyzeFormat(str, Enum):
    rich = "rich"
    json = "json"
    jsonl = "jsonl"
    html = "html"


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"newscheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Show the version."
    ),
) -> None:
    """newscheck: how well is this story sourced, and how does it talk?"""


def error_line(message: str) -> None:
    """Print ``newscheck: error: <message>`` on stderr as one safe line."""
    typer.echo(_error_text(message), err=True)


def _error_text(message: str) -> str:
    from newscheck.render import safe_text

    return f"newscheck: error: {' '.join(safe_text(message).split())}"


def fail(message: str, code: int = EXIT_INPUT_ERROR) -> NoReturn:
    error_line(message)
    raise typer.Exit(code)


@app.command(cls=PlainHelpCommand)
def analyze(
    paths: Annotated[list[str], typer.Argument(
        help="Files, directories (recursive: .txt .md .markdown .text, not README.md and "
        "the like), globs, or - for stdin.",
        metavar="PATH",
    )],
    output_format: Annotated[AnalyzeFormat, typer.Option(
        "--format", "-f",
        help="rich (terminal), json (one object; an array for several inputs), "
        "jsonl (one report per line, streamed) or html.",
    )] = AnalyzeFormat.rich,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report(s) to this file instead of stdout."
    )] = None,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Show every item, and tracebacks of internal failures."
    )] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar."
    )] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, metavar="N", show_default=False,
        help="Worker processes (default 0: one per core for several inputs, 1 for one).",
    )] = 0,
    config_path: Annotated[str | None, typer.Option(
        "--config", metavar="FILE", help="Use this configuration file instead of discovering one."
    )] = None,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME",
        help="Name for stdin: reported as input.path, sets the format (.md), finds the config.",
    )] = None,
) -> None:
    """Analyse articles and print a credibility breakdown.

    Exit status: 0 all inputs analysed; 2 an input could not be read (the others are still
    analysed and printed), a bad configuration or a usage error; 130 interrupted; 141 the
    output pipe was closed early.
    """
    from newscheck.batch import default_jobs, iter_outcomes
    from newscheck.reading import names_one_file

    fixed_config = _load_config(config_path) if config_path else None
    items = _plan(paths, fixed_config, stdin_filename)
    _refuse_to_overwrite_an_input(output, [i.path for i in items if not _is_outcome(i) and i.path])
    task_count = sum(1 for item in items if not _is_outcome(item))
    workers = min(jobs, max(task_count, 1)) if jobs else default_jobs(task_count)
    single_object = len(paths) == 1 and names_one_file(paths[0])
    failed = False
    with _output_stream(output, output_format) as stream, _quiet_on_broken_pipe(stream):
        writer = _writer(output_format, stream, verbose=verbose, as_array=not single_object)
        show_progress = task_count > 1 and not quiet and _is_terminal(sys.stderr) and (
            output is not None or not _is_terminal(sys.stdout)
        )
        # Workers send rendered text (cheaper to pickle than a report); in one process the
        # JSON writers stream each report instead of holding it whole as a string.
        render = writer.render_in_worker if workers > 1 else None
        outcomes = iter_outcomes(items, jobs=workers, render=render)
        with _progress(task_count, show_progress) as progress:
            try:
                for outcome in outcomes:
                    progress.advance()
                    if outcome.error is not None:
                        failed = True
                        progress.error(outcome.error)
                        if verbose and outcome.detail:
                            progress.echo(outcome.detail.rstrip())
                        continue
                    writer.write(outcome)
            finally:
                outcomes.close()
        writer.finish()
        stream.flush()
    raise typer.Exit(EXIT_INPUT_ERROR if failed else 0)


# --- planning ----------------------------------------------------------------------------------


def _is_outcome(item: object) -> bool:
    from newscheck.batch import Outcome

    return isinstance(item, Outcome)


def _plan(
    paths: list[str], fixed_config: Config | None, stdin_filename: str | None = None
) -> list[Task | Outcome]:
    """One Task per file to analyse, or an Outcome carrying the error, in argument order."""
    from dataclasses import replace

    from newscheck.batch import Outcome, Task
    from newscheck.pipeline import infer_format
    from newscheck.reading import STDIN, STDIN_LABEL, InputError, expand_paths, read_stream

    items: list[Task | Outcome] = []
    stdin_used = False
    for entry in expand_paths(paths):
        if isinstance(entry, InputError):
            items.append(Outcome(str(entry).split(":", 1)[0], error=str(entry)))
        elif entry == STDIN:
            if stdin_used:
                items.append(Outcome(STDIN_LABEL, error=f"{STDIN_LABEL}: given more than once"))
                continue
            stdin_used = True
            config = fixed_config or _discovered(stdin_filename or os.path.join(os.getcwd(), STDIN))
            try:
                source = read_stream(
                    sys.stdin.buffer, input_format=infer_format(stdin_filename),
                    label=stdin_filename or STDIN_LABEL,
                )
            except InputError as error:
                items.append(Outcome(stdin_filename or STDIN_LABEL, error=str(error)))
                continue
            if stdin_filename:
                source = replace(source, path=stdin_filename)
            items.append(Task(source.label, source=source, config=config))
        else:
            items.append(Task(entry, path=entry, config=fixed_config or _discovered(entry)))
    return items


def _refuse_to_overwrite_an_input(output: str | None, inputs: list[str]) -> None:
    """``analyze story.md -o story.md`` would empty the draft before reading it: exit 2."""
    from newscheck.reading import output_overwrites_input

    clash = output_overwrites_input(output, inputs) if output else None
    if clash is not None:
        fail(f"{output}: --output names an input file ({clash}); it would be overwritten")


def _load_config(path: str) -> Config:
    from newscheck.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as error:
        fail(str(error))


def _discovered(path: str) -> Config:
    from newscheck.config import ConfigError, discover_config

    try:
        return discover_config(path)
    except ConfigError as error:
        fail(str(error))


# --- output ------------------------------------------------------------------------------------


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def _output_stream(output: str | None, output_format: AnalyzeFormat) -> Iterator[IO[str]]:
    """The --output file (UTF-8), or stdout (switched to UTF-8 for the machine formats)."""
    if output is None:
        _utf8_stdout(machine=output_format is not AnalyzeFormat.rich)
        yield sys.stdout
        return
    try:
        handle = open(output, "w", encoding="utf-8", errors="replace", newline="")  # noqa: SIM115
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror or error}")
    with handle:
        yield handle


def _utf8_stdout(*, machine: bool) -> None:
    """JSON/HTML are always UTF-8; text that cannot be encoded is replaced, never a crash."""
    if not hasattr(sys.stdout, "reconfigure"):
        return
    if machine:
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    else:
        sys.stdout.reconfigure(errors="replace")


@contextmanager
def _quiet_on_broken_pipe(stream: IO[str]) -> Iterator[None]:
    """``newscheck analyze ... | head -1``: stop writing, no traceback, exit 141."""
    try:
        yield
    except BrokenPipeError:
        if stream is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None


class _Progress:
    """Advances the progress bar (if any) and prints stderr lines without tearing it."""

    def __init__(self, bar=None, task=None) -> None:  # noqa: ANN001
        self.bar, self.task = bar, task

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def error(self, message: str) -> None:
        self.echo(_error_text(message))

    def echo(self, line: str) -> None:
        if self.bar is None:
            typer.echo(line, err=True)
        else:
            self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[_Progress]:
    """A transient rich progress bar on stderr (only when ``enabled``)."""
    if not enabled:
        yield _Progress()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        redirect_stdout=False, redirect_stderr=False,
    )
    with bar:
        yield _Progress(bar, bar.add_task("analysing", total=total))


class _Writer:
    """Writes outcomes in one format; ``render_in_worker`` lets the pool produce the text."""

    render_in_worker = None

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, outcome: Outcome) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last outcome."""


class _RichWriter(_Writer):
    """The terminal report; with several workers each renders its reports (rich tables cost
    several times the analysis) on a console set like this one, and the text is written as is."""

    def __init__(self, stream: IO[str], *, verbose: bool) -> None:
        from functools import partial

        from newscheck.render.terminal import ConsoleSettings, render_report_text

        super().__init__(stream)
        self.verbose = verbose
        self.console = _console(stream)
        self.render_in_worker = partial(  # type: ignore[assignment]
            render_report_text, ConsoleSettings.of(self.console, verbose=verbose)
        )
        self.written = 0

    def write(self, outcome: Outcome) -> None:
        from newscheck.render.terminal import render_report

        if self.written:  # a blank line before the next file's header, not glued to the last
            self.console.print()
        if outcome.rendered is not None:
            self.console.file.write(outcome.rendered)
            self.console.file.flush()
        else:
            assert outcome.report is not None
            render_report(outcome.report, self.console, verbose=self.verbose)
        self.written += 1


class _JsonWriter(_Writer):
    """One object for a single input; an array (streamed element by element) otherwise."""

    def __init__(self, stream: IO[str], *, as_array: bool) -> None:
        from newscheck.render.json_output import report_json

        super().__init__(stream)
        self.render_in_worker = report_json
        self.as_array = as_array
        self.written = 0

    def write(self, outcome: Outcome) -> None:
        from newscheck.render.json_output import write_report_json

        if self.as_array:
            self.stream.write(",\n" if self.written else "[\n")
        if outcome.rendered is not None:
            self.stream.write(outcome.rendered)
        else:
            assert outcome.report is not None
            write_report_json(outcome.report, self.stream, indent=2)
        if not self.as_array:
            self.stream.write("\n")
        self.written += 1
        self.stream.flush()

    def finish(self) -> None:
        if self.as_array:
            self.stream.write("\n]\n" if self.written else "[]\n")


class _JsonLinesWriter(_Writer):
    def __init__(self, stream: IO[str]) -> None:
        from newscheck.render.json_output import report_json_line

        super().__init__(stream)
        self.render_in_worker = report_json_line

    def write(self, outcome: Outcome) -> None:
        from newscheck.render.json_output import write_report_json

        if outcome.rendered is not None:
            self.stream.write(outcome.rendered)
        else:
            assert outcome.report is not None
            write_report_json(outcome.report, self.stream, indent=None)
        self.stream.write("\n")
        self.stream.flush()


class _HtmlWriter(_Writer):
    """HTML is one page for all reports: each report's section is rendered as it arrives and
    spooled, and the page is written around them at the end."""

    def __init__(self, stream: IO[str]) -> None:
        from newscheck.render.html import HtmlPage

        super().__init__(stream)
        self.page = HtmlPage(stream)

    def write(self, outcome: Outcome) -> None:
        assert outcome.report is not None
        self.page.add(outcome.report)

    def finish(self) -> None:
        self.page.finish()


def _writer(
    output_format: AnalyzeFormat, stream: IO[str], *, verbose: bool, as_array: bool
) -> _Writer:
    if output_format is AnalyzeFormat.json:
        return _JsonWriter(stream, as_array=as_array)
    if output_format is AnalyzeFormat.jsonl:
        return _JsonLinesWriter(stream)
    if output_format is AnalyzeFormat.html:
        return _HtmlWriter(stream)
    return _RichWriter(stream, verbose=verbose)


def _console(stream: IO[str]):  # -> rich.console.Console
    """Colour on a terminal; plain text (no escape codes at all) when piped or with NO_COLOR."""
    from rich.console import Console

    class _PipeAwareConsole(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1; we exit 141 like other tools
            raise BrokenPipeError

    plain = bool(os.environ.get("NO_COLOR")) or not _is_terminal(stream)
    forced = bool(os.environ.get("FORCE_COLOR")) and not os.environ.get("NO_COLOR")
    if plain and not forced:
        return _PipeAwareConsole(
            file=_TrimmedLines(stream), color_system=None, no_color=True, force_terminal=False,
            highlight=False,
        )
    return _PipeAwareConsole(file=stream, highlight=False)


class _TrimmedLines:
    """A text stream that drops the spaces rich pads each line with to the console width, so
    plain output (piped, NO_COLOR) has no trailing whitespace to pollute diffs and copies."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.encoding = getattr(stream, "encoding", None) or "utf-8"
        self.pending = ""

    def write(self, text: str) -> int:
        lines = (self.pending + text).split("\n")
        self.pending = lines.pop()
        if lines:
            self.stream.write("".join(line.rstrip(" ") + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self.pending.strip(" "):
            self.stream.write(self.pending.rstrip(" "))
            self.pending = ""
        self.stream.flush()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return self.stream.fileno()


_WRITE_ERRORS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO") if hasattr(errno, name)
)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:  # outside a command (Typer maps those to 130 itself)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except OSError as error:  # the output could not be written (disk full, device error)
        if error.errno not in _WRITE_ERRORS:
            raise
        _silence_stdout()
        error_line(f"cannot write the output: {error.strerror or error}")
        sys.exit(EXIT_INPUT_ERROR)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


# Commands defined in their own modules register themselves on ``app`` (kept light: they import
# only typer at module level).
# Registered in the order `newscheck --help` lists them: the two everyday commands first.
from newscheck import cli_lint  # noqa: E402,F401,I001
from newscheck import cli_info  # noqa: E402,F401
