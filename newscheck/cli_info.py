"""``newscheck schema`` and ``newscheck rules`` (placeholder until implemented)."""

from __future__ import annotations

import typer

from newscheck.cli import app


@app.command()
def rules(code: str | None = typer.Argument(None, help="A rule code to explain.")) -> None:
    """List every rule code, or explain one."""
    from newscheck.rules import all_rules

    for rule in all_rules().values():
        typer.echo(f"{rule.code}  {rule.name:<28} {rule.severity:<8} {rule.summary}")
