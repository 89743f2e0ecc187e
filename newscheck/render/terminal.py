"""The rich terminal report (placeholder until implemented)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from newscheck.report import Report


def render_report(report: Report, console: Console, *, verbose: bool = False) -> None:
    """Print the credibility breakdown of ``report`` on ``console``."""
    console.print(f"{report.path or '<stdin>'}: {report.stats}")
