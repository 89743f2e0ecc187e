"""JSON and JSON Lines forms of a Report (the contract is docs/json.md).

Module-level functions so a process pool can render in its workers.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscheck.report import Report


def report_json(report: Report) -> str:
    """The report as an indented JSON object (no trailing newline)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def report_json_line(report: Report) -> str:
    """The report as one compact JSON line (no newline inside, none at the end)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, separators=(",", ":"))
