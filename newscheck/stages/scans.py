"""Regex scans split by first character, merged back into what one scan finds.

Python's ``re`` jumps straight to a literal first character but tests a leading character class
one position at a time, so a whole-text scan for ``[.!?]…`` runs faster as one scan per literal.
The scans' matches, merged here, are the ones a single left-to-right scan of the alternation
keeps: in order, none starting before the previous one ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import methodcaller

_START = methodcaller("start")


def leftmost_matches(scans: Iterable[re.Match[str]], after: int = -1) -> list[re.Match[str]]:
    """The matches of several scans that one scan would find, in order: each starts at or after
    the end of the one before (and at or after ``after``, where an earlier scan stopped)."""
    kept: list[re.Match[str]] = []
    end = after
    for match in sorted(scans, key=_START):
        if match.start() >= end:
            kept.append(match)
            end = match.end()
    return kept
