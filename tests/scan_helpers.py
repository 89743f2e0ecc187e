"""The sourcing scan's fast path beside its definition, for the tests that pin one to the other
(`test_sourcing_fast_paths.py`, `test_perf_sourcing_round15.py`)."""

from __future__ import annotations

from newscheck.stages.source_patterns import patterns_for

PATTERNS = patterns_for(None)
SCANNER = PATTERNS.scanner


def reference_matches(lower: str) -> list[tuple[int, int]]:
    """The scan's definition: every listed phrase between word boundaries, leftmost first."""
    return [m.span() for m in SCANNER.regex.finditer(lower)]


def fast_matches(lower: str) -> list[tuple[int, int]]:
    """What the scan's fast path finds in the same lower-cased text."""
    return [m.span() for m in SCANNER._matches(lower)]
