"""What the CLI audit tests share: realistic copy and a way to write it where a test needs it."""

from __future__ import annotations

from pathlib import Path

FERRY = (
    "Harbor City, Tuesday. The council approved the new ferry budget late on Monday.\n"
    "\n"
    '"We will not raise fares this year," Mayor Lena Ortiz said after the vote.\n'
)


def write(path: Path, text: str) -> str:
    """Write ``text`` (UTF-8) at ``path``, making its folders; the path as a string."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)
