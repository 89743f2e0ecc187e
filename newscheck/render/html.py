"""The self-contained HTML report (placeholder until implemented)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscheck.report import Report


def render_html(reports: list[Report]) -> str:
    """One self-contained HTML page for one or more reports; the article text is escaped."""
    body = "".join(f"<pre>{html.escape(r.text)}</pre>" for r in reports)
    return f"<!doctype html><meta charset='utf-8'><title>newscheck</title>{body}"
