"""Linear-time checks the robustness tests share (generous bounds, never a timed unit test)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_cpu_seconds(text: str) -> float:
    """The best of two CPU times of the whole pipeline on ``text``."""
    from newscheck import analyze_text

    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        analyze_text(text)
        best = min(best, time.process_time() - started)
    return best


def assert_grows_linearly(story: Callable[[int], str], count: int) -> None:
    """``story(4 * count)`` takes less than 7x the CPU time of ``story(count)`` (linear measures
    about 4.5; the square would be 16), after a small warm-up for imports and lexicons."""
    from newscheck import analyze_text

    analyze_text(story(50))
    ratio = best_cpu_seconds(story(4 * count)) / best_cpu_seconds(story(count))
    assert ratio < 7, f"4x the text took {ratio:.1f}x the CPU time"
