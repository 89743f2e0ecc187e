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
    from multiprocessing.pool import AsyncResult, Pool

    from newscheck.config import Config
    from newscheck.lint import FileResult
    from newscheck.reading import SourceText
    from newscheck.report import Report

Render = Callable[["Report"], str]
"""Turns a report into text inside the worker (module-level, so it pickles)."""
Work = Callable[["Task", "Render | None"], "Outcome"]
"""What a worker does with one Task: ``analyse_task`` or ``lint_task`` (module-level)."""

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
    lint: FileResult | None = None
    """The lint diagnostics (``lint_task``): positions computed, the text left behind."""
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
    from newscheck.reading import InputError, read_path

    try:
        source = task.source if task.source is not None else read_path(task.path or "")
        report = _analysed(task, source)
        if render is not None:
            return Outcome(task.label, rendered=render(report))
        return Outcome(task.label, report=report)
    except InputError as error:
        return Outcome(task.label, error=str(error))
    except Exception as error:  # a bug in a stage must not sink the rest of the batch
        return _failed(task, "analysis", error)


def lint_task(task: Task, render: Render | None = None) -> Outcome:
    """Read, analyse and lint one input in the worker: inline suppression comments are blanked
    before the analysis, and only the diagnostics (line and column computed against the
    original text) come back, so the parent never holds a draft or its report."""
    from dataclasses import replace

    from newscheck.lint import blank_suppression_comments, diagnostics_from_report
    from newscheck.reading import InputError, read_path

    config = task.config
    try:
        source = task.source if task.source is not None else read_path(task.path or "")
        blanked = replace(source, text=blank_suppression_comments(source.text, source.input_format))
        report = _analysed(task, blanked)
    except InputError as error:
        return Outcome(task.label, error=str(error))
    except Exception as error:
        return _failed(task, "analysis", error)
    try:
        assert config is not None, "lint tasks carry their configuration"
        result = diagnostics_from_report(
            report, source.text, path=task.label, config=config, input_format=source.input_format
        )
    except Exception as error:  # a bug must not read as "problems found" (exit 1)
        return _failed(task, "lint", error)
    return Outcome(task.label, lint=result)


def _analysed(task: Task, source: SourceText) -> Report:
    """The report on ``source``; InputError when it has no prose."""
    from newscheck import analyze_text
    from newscheck.reading import InputError

    report = analyze_text(
        source.text, path=source.path, input_format=source.input_format, config=task.config
    )
    report.encoding = source.encoding
    if not report.stats.get("words"):  # Markdown of front matter or code only: like an
        raise InputError(  # empty file, nothing to score
            f"{task.label}: no prose to analyse (only front matter, code or markup)"
        )
    return report


def _failed(task: Task, step: str, error: Exception) -> Outcome:
    message = " ".join(str(error).split())[:200]
    return Outcome(
        task.label,
        error=f"{task.label}: {step} failed ({type(error).__name__}: {message})",
        detail=traceback.format_exc(),
    )


def iter_outcomes(
    items: Sequence[Task | Outcome], *, jobs: int = 1, render: Render | None = None,
    work: Work | None = None,
) -> Iterator[Outcome]:
    """Outcomes for ``items`` in order; ready-made Outcomes (e.g. path errors) pass through.
    ``work`` is what is done with each Task (default ``analyse_task``).

    The worker pool is started here, before the caller starts any thread (a progress bar), so
    forking never copies a lock held by another thread.  Close the iterator to stop early.
    """
    if jobs <= 1 or sum(isinstance(item, Task) for item in items) <= 1:
        return _serial(items, render, work)
    return _pooled(_Workers(jobs, render, work), items, jobs)


def _serial(
    items: Sequence[Task | Outcome], render: Render | None, work: Work | None
) -> Iterator[Outcome]:
    for item in items:
        yield item if isinstance(item, Outcome) else (work or analyse_task)(item, render)


def _pooled(workers: _Workers, items: Sequence[Task | Outcome], jobs: int) -> Iterator[Outcome]:
    chunk_size = max(1, min(_MAX_CHUNK, len(items) // (jobs * 8)))
    try:
        for chunk in _chunks(items, chunk_size):
            workers.submit(chunk)
            while len(workers.pending) >= jobs * _WINDOW_PER_JOB:
                yield from workers.next_outcomes()
        while workers.pending:
            yield from workers.next_outcomes()
        workers.finish()
    finally:
        workers.stop()


WORKER_DIED = "the worker process analysing it was killed, perhaps for lack of memory"
_POLL_SECONDS = 0.5
_ALONE = "alone"
"""Stands for the result of a chunk that was in flight when a worker died: each of its files is
analysed again in a process of its own."""


class _Workers:
    """A process pool whose chunks come back in submission order.

    A worker that dies (the kernel's out-of-memory killer on one huge file) takes its chunk
    with it, and ``multiprocessing.Pool`` waits for that chunk forever.  So while waiting, the
    pool's worker processes are watched: when one has gone, the pool is replaced, each file
    whose result was lost is analysed again in a process of its own, and the one that kills
    that process too becomes an error Outcome.  One bad file among ten thousand neither hangs
    nor sinks the batch.  (``Pool.terminate`` stays the way to stop: it never hangs at exit.)
    """

    def __init__(self, jobs: int, render: Render | None, work: Work | None = None) -> None:
        self.jobs, self.render, self.work = jobs, render, work
        self.pending: deque[tuple[list[Task | Outcome], AsyncResult | str | None]] = deque()
        self.pool = _start_pool(jobs)
        self.workers = _worker_ids(self.pool)
        """The pool's workers as last seen (a death between two waits is still noticed)."""

    def submit(self, chunk: list[Task | Outcome]) -> None:
        result = None
        if not all(isinstance(item, Outcome) for item in chunk):
            result = self.pool.apply_async(_analyse_chunk, (chunk, self.render, self.work))
        self.pending.append((chunk, result))

    def next_outcomes(self) -> list[Task | Outcome]:
        chunk, result = self.pending.popleft()
        if result is None:
            return chunk
        if not isinstance(result, str):
            outcomes = _wait(self.pool, result, self.workers)
            if outcomes is not None:
                return outcomes
            self._replace_pool()
        return [self._alone(item) for item in chunk]

    def _replace_pool(self) -> None:
        """A fresh pool for what comes next; chunks whose results were lost run alone."""
        self.pending = deque(
            (chunk, result if _has_result(result) else _ALONE) for chunk, result in self.pending
        )
        self.pool.terminate()
        self.pool = _start_pool(self.jobs)
        self.workers = _worker_ids(self.pool)

    def _alone(self, item: Task | Outcome) -> Task | Outcome:
        """``item`` in a process of its own: the one that kills it is the culprit (in the
        shared pool another file could kill a worker and be blamed on this one)."""
        if isinstance(item, Outcome):
            return item
        solo = _start_pool(1)
        try:
            result = solo.apply_async(_analyse_chunk, ([item], self.render, self.work))
            outcomes = _wait(solo, result, _worker_ids(solo))
        finally:
            solo.terminate()
        if outcomes is None:
            return Outcome(item.label, error=f"{item.label}: analysis failed ({WORKER_DIED})")
        return outcomes[0]

    def finish(self) -> None:
        self.pool.close()
        self.pool.join()

    def stop(self) -> None:
        """Done, interrupted, or the consumer stopped early: end the workers now rather than
        after the file each is analysing (they ignore SIGINT)."""
        self.pool.terminate()


def _start_pool(jobs: int) -> Pool:
    import multiprocessing

    return multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts)


def _wait(pool: Pool, result: AsyncResult, workers: set[int]) -> list[Task | Outcome] | None:
    """``result``'s outcomes, or None when one of ``pool``'s ``workers`` has died (the pool
    replaces a dead worker with a new process, so a worker id that disappears is a death).
    ``workers`` is updated in place to the workers seen now."""
    import multiprocessing

    while True:
        try:
            return result.get(timeout=_POLL_SECONDS)
        except multiprocessing.TimeoutError:
            now = _worker_ids(pool)
            died = bool(workers - now)
            workers.clear()
            workers.update(now)
            if died:
                return None


def _worker_ids(pool: Pool) -> set[int]:
    """The pool's worker process ids (``Pool`` lists its processes only as ``_pool``)."""
    return {process.pid for process in getattr(pool, "_pool", ()) if process.pid is not None}


def _has_result(result: AsyncResult | str | None) -> bool:
    """True for no result (ready Outcomes) and for a chunk whose outcomes came back."""
    if result is None:
        return True
    return not isinstance(result, str) and result.ready() and result.successful()


def _analyse_chunk(
    chunk: list[Task | Outcome], render: Render | None, work: Work | None = None
) -> list[Outcome]:
    run = work or analyse_task  # looked up here, so a test's stand-in reaches the workers
    return [item if isinstance(item, Outcome) else run(item, render) for item in chunk]


def _chunks(items: Iterable[Task | Outcome], size: int) -> Iterator[list[Task | Outcome]]:
    chunk: list[Task | Outcome] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
