"""``newscheck lint``: the CI gate (placeholder until implemented)."""

from __future__ import annotations

import typer

from newscheck.cli import app


@app.command()
def lint(paths: list[str] = typer.Argument(..., help="Files, directories, globs or -.")) -> None:
    """Lint drafted copy (not implemented yet)."""
    typer.echo("newscheck: error: lint is not implemented yet", err=True)
    raise typer.Exit(2)
