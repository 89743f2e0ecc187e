"""JSON and JSON Lines forms of a Report (the contract is docs/json.md).

Module-level functions so a process pool can render in its workers.  The output is always valid
UTF-8: a path that is not (a file name in a legacy encoding, decoded by Python with lone
surrogates) is written with ``\\udcXX`` escapes, which ``json.loads`` + ``os.fsencode`` turn
back into the original bytes.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from newscheck.report import Report


def report_json(report: Report) -> str:
    """The report as an indented JSON object (no trailing newline)."""
    return "".join(report.json_chunks(indent=2))


def report_json_line(report: Report) -> str:
    """The report as one compact JSON line (no newline inside, none at the end)."""
    return "".join(report.json_chunks(indent=None))


def write_report_json(report: Report, stream: IO[str], *, indent: int | None = 2) -> None:
    """Write the report's JSON to ``stream`` piece by piece, never holding the whole string."""
    for chunk in report.json_chunks(indent=indent):
        stream.write(chunk)
