"""``newscheck lint``: the CI gate for drafted copy.

Only typer is imported at module level; the analysis, configuration and emitters load inside the
command so ``newscheck --help`` stays fast.  Exit codes: 0 nothing at or above ``--fail-on`` (and
every score at or above ``--min-score``), 1 otherwise, 2 usage, input or configuration errors.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated

import typer

from newscheck.cli import app


class LintFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


GLOB_CHARACTERS = frozenset("*?[")
EXIT_BROKEN_PIPE = 141


def _fail(message: str) -> typer.Exit:
    typer.echo(f"newscheck: error: {message}", err=True)
    return typer.Exit(2)


def expand_paths(arguments: list[str]) -> tuple[list[str], list[str]]:
    """(targets, errors): globs expanded here, then files, ``-`` and directories as ``analyze``
    takes them (``newscheck.reading.expand_paths``: directories walked recursively for
    ``.txt``/``.text``/``.md``/``.markdown`` files, hidden entries skipped).
    """
    import glob

    from newscheck.reading import InputError
    from newscheck.reading import expand_paths as expand_plain_paths

    targets: list[str] = []
    errors: list[str] = []
    for argument in arguments:
        plain = [argument]
        if GLOB_CHARACTERS & set(argument) and not os.path.lexists(argument):
            plain = sorted(glob.glob(argument, recursive=True))
            if not plain:
                errors.append(f"{argument}: no files match this pattern")
        for entry in expand_plain_paths(plain):
            if isinstance(entry, InputError):
                errors.append(str(entry))
            else:
                targets.append(entry if entry == "-" else os.path.normpath(entry))
    return list(dict.fromkeys(targets)), errors


@app.command()
def lint(
    paths: Annotated[list[str], typer.Argument(
        help="Files, directories (recursive), globs such as 'drafts/**/*.md', or - for stdin."
    )],
    output_format: Annotated[LintFormat, typer.Option(
        "--format", "-f", help="Output format."
    )] = LintFormat.text,
    select: Annotated[str | None, typer.Option(
        "--select", help="Codes or prefixes to report (comma-separated; replaces config)."
    )] = None,
    ignore: Annotated[str | None, typer.Option(
        "--ignore", help="Codes or prefixes to leave out (comma-separated)."
    )] = None,
    extend_select: Annotated[str | None, typer.Option(
        "--extend-select", help="Codes or prefixes to add to the selection."
    )] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help="Lowest severity that fails the run (default: warning)."
    )] = None,
    min_score: Annotated[float | None, typer.Option(
        "--min-score", min=0, max=100,
        help="Also fail a file whose overall credibility score is below this.",
    )] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 even when problems are found."
    )] = False,
    statistics: Annotated[bool, typer.Option(
        "--statistics", help="Show counts per rule code instead of each problem."
    )] = False,
    config_path: Annotated[str | None, typer.Option(
        "--config", help="Use this configuration file instead of discovering one."
    )] = None,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", help="Name to show (and match config against) for stdin."
    )] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help="Write the report to this file."
    )] = None,
) -> None:
    """Lint drafted copy: report sourcing and language problems, fail CI on them."""
    from newscheck import __version__
    from newscheck.config import ConfigError, discover_config, load_config, split_selectors
    from newscheck.lint import (
        FileResult,
        apply_overrides,
        below_min_score,
        failing_diagnostics,
        lint_text,
    )
    from newscheck.pipeline import infer_format
    from newscheck.reading import InputError, read_path, read_stream

    overrides = {
        "select": split_selectors(select) if select is not None else None,
        "ignore": split_selectors(ignore),
        "extend_select": split_selectors(extend_select),
        "fail_on": fail_on.value if fail_on else None,
        "min_score": min_score,
    }
    try:
        fixed_config = load_config(config_path) if config_path else None
        if fixed_config is None:  # validate the flags once, before any file is read
            from newscheck.config import DEFAULT_CONFIG

            apply_overrides(DEFAULT_CONFIG, **overrides)
    except ConfigError as error:
        raise _fail(str(error)) from None

    targets, errors = expand_paths(paths)
    for message in errors:
        typer.echo(f"newscheck: error: {message}", err=True)
    results: list[FileResult] = []
    for target in targets:
        shown = (stdin_filename or "-") if target == "-" else target
        try:
            if fixed_config is not None:
                base = fixed_config
            elif target == "-":
                base = discover_config(stdin_filename or os.path.join(os.getcwd(), "-"))
            else:
                base = discover_config(target)
            config = apply_overrides(base, **overrides)
        except ConfigError as error:
            raise _fail(str(error)) from None
        try:
            if target == "-":
                source = read_stream(sys.stdin.buffer, input_format=infer_format(stdin_filename))
            else:
                source = read_path(target)
        except InputError as error:
            typer.echo(f"newscheck: error: {error}", err=True)
            errors.append(str(error))
            continue
        try:
            result = lint_text(
                source.text, path=shown, config=config, input_format=source.input_format
            )
        except Exception as error:  # a bug must not read as "problems found" (exit 1) in CI
            import traceback

            traceback.print_exc()
            message = f"{shown}: internal error: {type(error).__name__}: {error}"
            typer.echo(f"newscheck: error: {message}", err=True)
            errors.append(message)
            continue
        for warning in result.warnings:
            typer.echo(f"newscheck: warning: {warning}", err=True)
        results.append(result)

    rendered = _render(results, output_format, statistics, __version__, errors)
    _write(rendered, output)
    if output_format in (LintFormat.json, LintFormat.sarif) or output:
        from newscheck.render.lint_text import score_failure_lines

        for line in score_failure_lines(results):
            typer.echo(f"newscheck: {line}", err=True)

    if errors:
        raise typer.Exit(2)
    failed = any(failing_diagnostics(r) or below_min_score(r) for r in results)
    raise typer.Exit(1 if failed and not exit_zero else 0)


def _write(rendered: str, output: str | None) -> None:
    """Write the report to ``output`` or stdout (UTF-8; quiet exit 141 when the pipe closes)."""
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(rendered)
        except OSError as error:
            raise _fail(f"{output}: cannot write: {error.strerror or error}") from None
        return
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        sys.stdout.write(rendered)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None


def _render(
    results: list, output_format: LintFormat, statistics: bool, version: str, errors: list[str]
) -> str:
    if output_format is LintFormat.json:
        from newscheck.render.lint_json import render_lint_json

        return render_lint_json(results, show_statistics=statistics)
    if statistics and output_format is not LintFormat.text:
        from newscheck.render.lint_text import render_statistics

        sys.stderr.write(render_statistics(results))
    if output_format is LintFormat.github:
        from newscheck.render.github import render_github

        return render_github(results)
    if output_format is LintFormat.sarif:
        from newscheck.render.sarif import render_sarif

        return render_sarif(results, version=version, errors=errors)
    from newscheck.render.lint_text import render_lint_text

    return render_lint_text(results, show_statistics=statistics)
