"""``newscheck schema`` and ``newscheck rules``: the report's shape, and what every code means.

Kept light: only typer at module level (``newscheck --help`` must stay fast).
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import TYPE_CHECKING, Any

import typer

from newscheck.cli import PlainHelpCommand, _is_terminal, _quiet_on_broken_pipe, app

if TYPE_CHECKING:
    from rich.console import Console

    from newscheck.rules import Rule


class InfoFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(cls=PlainHelpCommand)
def schema() -> None:
    """Print the JSON Schema of the report (draft 2020-12).

    It describes each object that `analyze --format json` writes.
    """
    import json

    from newscheck.schema import report_schema

    with _quiet_on_broken_pipe(sys.stdout):  # `newscheck schema | head`: exit 141, quietly
        typer.echo(json.dumps(report_schema(), indent=2))


@app.command(cls=PlainHelpCommand)
def rules(
    code: str | None = typer.Argument(  # noqa: B008
        None, metavar="CODE", help="A rule code (A101) to explain, or a prefix (A1) to list."
    ),
    output_format: InfoFormat = typer.Option(  # noqa: B008
        InfoFormat.text, "--format", "-f", help="text (a table on a terminal) or json."
    ),
) -> None:
    """List the rule codes, or explain one.

    Without CODE: every rule with its category, default severity and summary.  With a code
    (A101): what it flags, why, and an example.  With a prefix (A1): that group.
    """
    with _quiet_on_broken_pipe(sys.stdout):  # `newscheck rules | head`: exit 141, quietly
        _print_rules(code, output_format)


def _print_rules(code: str | None, output_format: InfoFormat) -> None:
    import json

    from newscheck.rules import all_rules, codes_matching

    registry = all_rules()
    wanted = (code or "ALL").strip().upper()
    if wanted in registry:
        rule = registry[wanted]
        if output_format is InfoFormat.json:
            typer.echo(json.dumps(rule_dict(rule), indent=2, ensure_ascii=False))
        else:
            print_rule(rule)
        return
    codes = codes_matching(wanted) if wanted.isalnum() else []
    if not codes:
        message = f"newscheck: error: unknown rule code {code!r} (see `newscheck rules`)"
        typer.echo(message, err=True)
        raise typer.Exit(2)
    chosen = [registry[c] for c in codes]
    if output_format is InfoFormat.json:
        typer.echo(json.dumps([rule_dict(r) for r in chosen], indent=2, ensure_ascii=False))
    else:
        print_rule_table(chosen)


def rule_dict(rule: Rule) -> dict[str, Any]:
    return {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category,
        "subtype": rule.subtype,
        "severity": rule.severity,
        "voice": rule.voice,
        "summary": rule.summary,
        "explanation": rule.explanation,
        "example": rule.example,
    }


def _console() -> Console:
    """analyze's console: colour on a terminal; piped or NO_COLOR, plain text without the
    trailing spaces rich pads wrapped lines with; a closed pipe exits 141."""
    from newscheck.cli import _console as report_console

    return report_console(sys.stdout)


def print_rule_table(rules: list[Rule]) -> None:
    """A rich table on a terminal; one tab-separated line per rule when piped."""
    console = _console()
    if not console.is_terminal and not _is_terminal(sys.stdout):  # NO_COLOR keeps the table
        for rule in rules:
            typer.echo(f"{rule.code}\t{rule.category}\t{rule.severity}\t{rule.summary}")
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("Code", no_wrap=True, style="bold")
    table.add_column("Category", no_wrap=True)
    table.add_column("Severity", no_wrap=True)
    table.add_column("Summary", ratio=1)
    severity_style = {"error": "red", "warning": "yellow", "info": "cyan"}
    for rule in rules:
        table.add_row(
            rule.code,
            rule.category.replace("_", " "),
            f"[{severity_style.get(rule.severity, '')}]{rule.severity}[/]",
            escape(rule.summary),
        )
    console.print(table)


def print_rule(rule: Rule) -> None:
    """One rule explained, like `ruff rule`: name, metadata, why, and an example."""
    from rich.markup import escape

    console = _console()
    subtype = f" ({rule.subtype.replace('_', ' ')})" if rule.subtype else ""
    voice = {"author": "the reporter's voice", "quoted": "quotations", "any": "any voice"}
    console.print(f"[bold]{rule.code}[/] {escape(rule.name)}")
    console.print(
        f"Category: {rule.category.replace('_', ' ')}{subtype}   Severity: {rule.severity}   "
        f"Applies to: {voice.get(rule.voice, rule.voice)}"
    )
    console.print()
    console.print(escape(rule.summary))
    console.print()
    console.print(escape(rule.explanation))
    console.print()
    console.print("[bold]Example[/]")
    console.print("    " + escape(rule.example))
