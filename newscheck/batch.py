"""Analyse many inputs, in parallel when asked, yielding outcomes in input order as they are ready.

Memory stays bounded however many files there are: at most ``2 * jobs`` chunks are in flight,
and a finished outcome is handed to the caller before more work is submitted.  Workers ignore
SIGINT; the parent terminates them when it is interrupted or its consumer stops early.
"""

from __future__ import annotations

import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from newscheck.config import Config
    from newscheck.reading import SourceText
    from newscheck.report import Report

Render = Callable[["Report"], str]
"""Turns a report into text inside the worker (module-level, so it pickles)."""

_MAX_CHUNK = 8
_WINDOW_PER_JOB = 2


@dataclass(frozen=True)
class Task:
    """One input: a file to read in the worker, or text already read (stdin)."""

    label: str
    path: str | None = None
    source: SourceText | None = None
    config: Config | None = None


@dataclass
class Outcome:
    """What became of one input: a report (or its rendering), or a one-line error."""

    label: str
    report: Report | None = None
    rendered: str | None = None
    error: str | None = None
    detail: str | None = None
    """Traceback of an unexpected failure (shown with --verbose)."""


def default_jobs(input_count: int) -> int:
    """The machine's usable cores for several inputs, 1 for a single one."""
    if input_count <= 1:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, input_count))


def analyse_task(task: Task, render: Render | None = None) -> Outcome:
    """Read and analyse one input; every failure becomes an Outcome with a one-line error."""
    from newscheck import analyze_text
    from newscheck.reading import InputError, read_path

    try:
        source = task.source if task.source is not None else read_path(task.path or "")
        report = analyze_text(
            source.text, path=source.path, input_format=source.input_format, config=task.config
        )
        report.encoding = source.encoding
        if render is not None:
            return Outcome(task.label, rendered=render(report))
        return Outcome(task.label, report=report)
    except InputError as error:
        return Outcome(task.label, error=str(error))
    except Exception as error:  # a bug in a stage must not sink the rest of the batch
        message = " ".join(str(error).split())[:200]
        return Outcome(
            task.label,
            error=f"{task.label}: analysis failed ({type(error).__name__}: {message})",
            detail=traceback.format_exc(),
        )


def iter_outcomes(
    items: Sequence[Task | Outcome], *, jobs: int = 1, render: Render | None = None
) -> Iterator[Outcome]:
    """Outcomes for ``items`` in order; ready-made Outcomes (e.g. path errors) pass through.

    The worker pool is started here, before the caller starts any thread (a progress bar), so
    forking never copies a lock held by another thread.  Close the iterator to stop early.
    """
    if jobs <= 1 or sum(isinstance(item, Task) for item in items) <= 1:
        return _serial(items, render)
    import multiprocessing

    pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts)
    return _pooled(pool, items, jobs, render)


def _serial(items: Sequence[Task | Outcome], render: Render | None) -> Iterator[Outcome]:
    for item in items:
        yield item if isinstance(item, Outcome) else analyse_task(item, render)


def _pooled(
    pool: Pool, items: Sequence[Task | Outcome], jobs: int, render: Render | None
) -> Iterator[Outcome]:
    chunk_size = max(1, min(_MAX_CHUNK, len(items) // (jobs * 8)))
    try:
        pending: deque = deque()
        for chunk in _chunks(items, chunk_size):
            if all(isinstance(item, Outcome) for item in chunk):
                pending.append(_Ready(chunk))
            else:
                pending.append(pool.apply_async(_analyse_chunk, (chunk, render)))
            while len(pending) >= jobs * _WINDOW_PER_JOB:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _analyse_chunk(chunk: list[Task | Outcome], render: Render | None) -> list[Outcome]:
    return [item if isinstance(item, Outcome) else analyse_task(item, render) for item in chunk]


def _chunks(items: Iterable[Task | Outcome], size: int) -> Iterator[list[Task | Outcome]]:
    chunk: list[Task | Outcome] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Ready:
    """Stands in for an AsyncResult whose outcomes are already known."""

    def __init__(self, outcomes: list[Task | Outcome]) -> None:
        self._outcomes = outcomes

    def get(self) -> list[Task | Outcome]:
        return self._outcomes


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
