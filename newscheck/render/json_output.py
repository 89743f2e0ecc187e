"""JSON and JSON Lines forms of a Report (the contract is docs/json.md).

Module-level functions so a process pool can render in its workers.  The output is always valid
UTF-8: a path that is not (a file name in a legacy encoding, decoded by Python with lone
surrogates) is written with ``\\udcXX`` escapes, which ``json.loads`` + ``os.fsencode`` turn
back into the original bytes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newscheck.report import Report


def report_json(report: Report) -> str:
    """The report as an indented JSON object (no trailing newline)."""
    return _dumps(report.to_dict(), indent=2)


def report_json_line(report: Report) -> str:
    """The report as one compact JSON line (no newline inside, none at the end)."""
    return _dumps(report.to_dict(), separators=(",", ":"))


def _dumps(data: dict[str, Any], **options: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, **options)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape everything non-ASCII instead
        text = json.dumps(data, ensure_ascii=True, **options)
    return text
