"""Read the ``[section]``-structured word lists shipped in ``newscheck/lexicons/``.

Each file is read and parsed once per process (``_parsed``); ``section_words`` and
``section_phrases`` give one section as the frozenset or tuple a stage module keeps as a
constant (round 24: vocabulary that had been held in code as frozensets is data a newsroom can
extend).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

_BEFORE_ANY_HEADER = "\0"
"""The key of the lines before a file's first ``[section]`` header (``section_lines`` names it)."""


@cache
def _parsed(name: str) -> dict[str, tuple[str, ...]]:
    """Section -> its lines, parsed once per file whatever default section a reader names."""
    text = resources.files("newscheck").joinpath(f"lexicons/{name}").read_text("utf-8")
    result: dict[str, list[str]] = {}
    current = _BEFORE_ANY_HEADER
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            result.setdefault(current, [])
            continue
        result.setdefault(current, []).append(line)
    return {key: tuple(lines) for key, lines in result.items()}


def section_lines(name: str, default_section: str) -> dict[str, list[str]]:
    """Section -> its stripped lines, in file order; ``#`` comments and blank lines dropped.

    Every header gets an entry, even when no line follows it; lines before any header go to
    ``default_section`` (first, and before the lines of a ``[default_section]`` header, if the
    file has one).
    """
    parsed = _parsed(name)
    if _BEFORE_ANY_HEADER not in parsed:
        return {key: list(lines) for key, lines in parsed.items()}
    result: dict[str, list[str]] = {}
    for key, lines in parsed.items():
        result.setdefault(default_section if key == _BEFORE_ANY_HEADER else key, []).extend(lines)
    return result


def section_word_list(name: str, section: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``[section]`` of ``lexicons/<name>``, in file order
    (for a regex alternation, whose order matters). A missing section is an error."""
    return tuple(word for line in _parsed(name)[section] for word in line.split())


def section_words(name: str, section: str) -> frozenset[str]:
    """The whitespace-separated words of ``[section]`` of ``lexicons/<name>`` as a set."""
    return frozenset(section_word_list(name, section))


def section_phrases(name: str, section: str) -> tuple[str, ...]:
    """The entries of ``[section]`` of ``lexicons/<name>``, one a line (a phrase may have
    spaces; its spacing is normalised), in file order."""
    return tuple(" ".join(line.split()) for line in _parsed(name)[section])
