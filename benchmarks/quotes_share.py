"""How much the quotes stage adds to the pipeline's time (the quote issue allows 50 %).

    python benchmarks/quotes_share.py [--shared ../shared/eval] [--first-pass]

Runs the whole pipeline (stages, ``to_report``, ``to_dict``) over the PolNeAR train texts with
and without the quotes stage, three times each, alternating, and compares the best CPU times.
Repeating the same texts fills the per-input memos (``lru_cache`` of 256 entries or more:
mention kinds, name parts, ...) in the first run and turns later runs into hits; with
``--first-pass`` they are emptied before every run, so each run costs what new texts would.
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--first-pass", action="store_true",
                        help="empty the per-input memos before every run (new texts' cost)")
    args = parser.parse_args()
    folder = args.shared / "quotes" / "polnear" / "train" / "text"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return 0
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    without = tuple(name for name in STAGES if name != "quotes")
    pipeline_seconds(texts[:50], tuple(STAGES))  # warm-up: lexicons, imports
    with_quotes, without_quotes = [], []
    for _ in range(3):
        for runs, stages in ((with_quotes, tuple(STAGES)), (without_quotes, without)):
            if args.first_pass:
                clear_memos()
            runs.append(pipeline_seconds(texts, stages))
    full, rest = min(with_quotes), min(without_quotes)
    mode = ", memos emptied before each run" if args.first_pass else ""
    print(f"{len(texts)} texts{mode}: with quotes {full:.2f} CPU s, without {rest:.2f} s; "
          f"the quotes stage adds {full / rest - 1:.0%} (target <= 50%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
