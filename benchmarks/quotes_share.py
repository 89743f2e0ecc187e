"""How much the quotes stage adds to the pipeline's time (the quote issue allows 50 %).

    python benchmarks/quotes_share.py [--shared ../shared/eval] [--runs 3] [--keep-memos]

Runs the whole pipeline (stages, ``to_report``, ``to_dict``) over the PolNeAR train texts with
and without the quotes stage, ``--runs`` times each, and compares the best CPU times.  The
order alternates (with, without; then without, with; ...), so neither side always runs first.

The per-input memos (``lru_cache`` of 256 entries or more: mention kinds, name parts, ...) are
emptied before every run, so each run costs what one pass over new texts costs.  Round 25
(PERF25): repeating the same 840 texts with the memos kept (``--keep-memos``, this script's
default until then) does not measure that.  The quote side's memos (``classify_mention``,
``plausible_speaker``, ``_name_run``: 4,096 entries each, 4,700 to 5,200 keys a pass) are
smaller than one pass's keys, so a repeated pass cycles through them and misses 41-52 % of the
time while evicting on every miss, a state no single pass reaches; the rest's memos hold all
their keys.  Three sessions, memos kept against emptied in one process, alternating, best of
three: +60.5 / +55.3 % and +60.3 / +49.7 % (load 9), +63.7 / +61.0 % (load under 2); the "with"
runs differ, the "without" runs much less.  One fresh process per run (a true first pass) read
+56 % (load 9) and +62 % (load 0.4), as the emptied memos do.  Runs of this script one after
another scatter by +-15 points under load, more than the difference: compare in one session.

Why this reads above ``cg_share.py``'s instruction count (+49.7 % at round 25's start): the
quote-caused work takes more time per instruction.  Cachegrind's cache and branch simulation
(100 train texts, one text through every stage at a time, as here) shows what it is made of:
29.5 % of its instructions in the interpreter's loop and 15.4 % in the regex engine, against
16.5 % and 26.0 % for the rest, with 19 % more instruction-cache and 23 % more data-cache read
misses per instruction; at a usual price per miss that is +54 % where the instructions say
+50 %.  Allocation (pymalloc calls per instruction: 0.68 per thousand against 0.75), garbage
collection, regex compiles inside the timed runs, imports inside functions and property
look-ups are each about 1 % of the quote-caused time or less.  On a quiet machine the CPU
share reads about +62 %, so the simulation accounts for about 4 of the 12 points; the rest is
what it does not price (the interpreter's indirect jumps, calls through ``libpython``'s PLT).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from importlib import import_module
from pathlib import Path

from newscheck.pipeline import STAGES, build_document, to_report

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def pipeline_seconds(texts: list[str], stages: tuple[str, ...]) -> float:
    modules = [import_module(f"newscheck.stages.{name}") for name in stages]
    began = time.process_time()
    for text in texts:
        document = build_document(text)
        for module in modules:
            module.run(document)
        to_report(document).to_dict()
    return time.process_time() - began


def clear_memos() -> int:
    """Empty every per-input memo of the loaded newscheck modules (``lru_cache`` with 256
    entries or more; the small ones hold compiled lexicons, which new texts reuse too)."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("newscheck"):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if parameters is None or not hasattr(value, "cache_clear"):
                continue
            size = parameters()["maxsize"]
            if size is not None and size >= 256:
                value.cache_clear()
                cleared += 1
    return cleared


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--runs", type=int, default=3, help="runs of each side (default 3)")
    parser.add_argument("--keep-memos", action="store_true",
                        help="keep the memos filled by earlier runs (the method before round 25)")
    parser.add_argument("--first-pass", action="store_true",
                        help="the default since round 25 (accepted for old command lines)")
    args = parser.parse_args()
    folder = args.shared / "quotes" / "polnear" / "train" / "text"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return 0
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    full = tuple(STAGES)
    without = tuple(name for name in STAGES if name != "quotes")
    load = os.getloadavg()[0]
    pipeline_seconds(texts[:50], full)  # warm-up: lexicons, imports
    runs: dict[tuple[str, ...], list[float]] = {full: [], without: []}
    for round_ in range(args.runs):
        for stages in (full, without) if round_ % 2 == 0 else (without, full):
            if not args.keep_memos:
                clear_memos()
            runs[stages].append(pipeline_seconds(texts, stages))
    best, rest = min(runs[full]), min(runs[without])
    mode = "memos kept between runs" if args.keep_memos else "memos emptied before each run"
    print(f"{len(texts)} texts, {mode}, load {load:.1f}: with quotes {best:.2f} CPU s, "
          f"without {rest:.2f} s; the quotes stage adds {best / rest - 1:.0%} (target <= 50%)")
    print("  runs with: " + ", ".join(f"{s:.2f}" for s in runs[full])
          + "; without: " + ", ".join(f"{s:.2f}" for s in runs[without]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
