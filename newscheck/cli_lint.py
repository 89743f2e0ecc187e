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
SKIPPED_DIRECTORIES = frozenset({"node_modules", "__pycache__"})


def _fail(message: str) -> typer.Exit:
    typer.echo(f"newscheck: error: {message}", err=True)
    return typer.Exit(2)


def _walk(directory: str) -> list[str]:
    """Lintable files below ``directory`` (hidden files and directories skipped), sorted."""
    from newscheck.lint import LINT_EXTENSIONS

    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRECTORIES)
        found.extend(
            os.path.join(root, name)
            for name in sorted(files)
            if not name.startswith(".") and name.lower().endswith(LINT_EXTENSIONS)
        )
    return found


def expand_paths(arguments: list[str]) -> tuple[list[str], list[str]]:
    """(targets, errors): files, directories walked recursively, globs expanded, ``-`` kept.

    Files named explicitly or by a glob are linted whatever their extension; directories
    contribute ``.txt``, ``.text``, ``.md`` and ``.markdown`` files.
    """
    import glob

    targets: list[str] = []
    errors: list[str] = []
    for argument in arguments:
        if argument == "-":
            targets.append("-")
        elif os.path.isdir(argument):
            targets.extend(_walk(argument))
        elif os.path.exists(argument):
            targets.append(os.path.normpath(argument))
        elif GLOB_CHARACTERS & set(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                errors.append(f"{argument}: no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    targets.extend(_walk(match))
                else:
                    targets.append(os.path.normpath(match))
        else:
            errors.append(f"{argument}: no such file or directory")
    unique = list(dict.fromkeys(targets))
    return unique, errors


def _read_stdin() -> str:
    from newscheck.reading import InputError

    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"-: not valid UTF-8 text ({error.reason})") from None


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
    from newscheck.reading import InputError, read_path

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
    input_failed = bool(errors)
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
                text, input_format = _read_stdin(), None
            else:
                source = read_path(target)
                text, input_format = source.text, source.input_format
        except InputError as error:
            typer.echo(f"newscheck: error: {error}", err=True)
            input_failed = True
            continue
        result = lint_text(text, path=shown, config=config, input_format=input_format)
        for warning in result.warnings:
            typer.echo(f"newscheck: warning: {warning}", err=True)
        results.append(result)

    rendered = _render(results, output_format, statistics, __version__)
    if output:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(rendered)
    else:
        sys.stdout.write(rendered)
    if output_format in (LintFormat.json, LintFormat.sarif) or output:
        from newscheck.render.lint_text import score_failure_lines

        for line in score_failure_lines(results):
            typer.echo(f"newscheck: {line}", err=True)

    if input_failed:
        raise typer.Exit(2)
    failed = any(failing_diagnostics(r) or below_min_score(r) for r in results)
    raise typer.Exit(1 if failed and not exit_zero else 0)


def _render(results: list, output_format: LintFormat, statistics: bool, version: str) -> str:
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

        return render_sarif(results, version=version)
    from newscheck.render.lint_text import render_lint_text

    return render_lint_text(results, show_statistics=statistics)
