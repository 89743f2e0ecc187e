"""The Typer command line: argument parsing and exit codes only; the work is in the library.

Exit codes: 0 success, 1 lint findings at or above the threshold, 2 usage/input/config errors,
130 interrupted.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from newscheck import __version__

app = typer.Typer(
    name="newscheck",
    help="Credibility breakdown for news copy: who is quoted, anonymous and vague sourcing, "
    "hedging and loaded language.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class AnalyzeFormat(str, Enum):
    rich = "rich"
    json = "json"
    jsonl = "jsonl"


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


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, directories or - for stdin."),
    output_format: AnalyzeFormat = typer.Option(
        AnalyzeFormat.rich, "--format", "-f", help="Output format."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
) -> None:
    """Analyse articles and print a credibility breakdown."""
    import json

    from newscheck import analyze_path
    from newscheck.reading import InputError

    exit_code = 0
    lines = []
    for path in paths:
        try:
            report = analyze_path(path)
        except InputError as error:
            typer.echo(f"newscheck: error: {error}", err=True)
            exit_code = 2
            continue
        data = report.to_dict()
        if output_format is AnalyzeFormat.jsonl:
            lines.append(json.dumps(data, ensure_ascii=False))
        else:
            lines.append(json.dumps(data, ensure_ascii=False, indent=2))
    text = "\n".join(lines) + ("\n" if lines else "")
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    raise typer.Exit(exit_code)


def main() -> None:
    """Console-script entry point."""
    app()


# Commands defined in their own modules register themselves on ``app`` (kept light: they import
# only typer at module level).
from newscheck import cli_info, cli_lint  # noqa: E402,F401
