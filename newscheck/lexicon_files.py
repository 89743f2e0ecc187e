"""Read the ``[section]``-structured word lists shipped in ``newscheck/lexicons/``."""

from __future__ import annotations

from importlib import resources


def section_lines(name: str, default_section: str) -> dict[str, list[str]]:
    """Section -> its stripped lines, in file order; ``#`` comments and blank lines dropped.

    Every header gets an entry, even when no line follows it; lines before any header go to
    ``default_section``.
    """
    text = resources.files("newscheck").joinpath(f"lexicons/{name}").read_text("utf-8")
    result: dict[str, list[str]] = {}
    current = default_section
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            result.setdefault(current, [])
            continue
        result.setdefault(current, []).append(line)
    return result
