"""CPU seconds per pipeline stage over the PolNeAR train texts (the figures docs/ quote).

    python benchmarks/stagetime.py [--shared ../shared/eval]

Each text is built into a Document, every stage runs in order, then ``to_report().to_dict()``;
the CPU time of each step is summed over the 840 texts (after a warm-up on 20 of them).
"""

from __future__ import annotations

import argparse
import time
from importlib import import_module
from pathlib import Path

from newscheck.pipeline import STAGES, build_document, to_report

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    folder = args.shared / "quotes" / "polnear" / "train" / "text"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return 0
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    modules = [import_module(f"newscheck.stages.{name}") for name in STAGES]
    for text in texts[:20]:  # warm-up: lexicons, compiled patterns
        document = build_document(text)
        for module in modules:
            module.run(document)
    totals = dict.fromkeys([*STAGES, "build", "report"], 0.0)
    for text in texts:
        began = time.process_time()
        document = build_document(text)
        totals["build"] += time.process_time() - began
        for name, module in zip(STAGES, modules, strict=True):
            began = time.process_time()
            module.run(document)
            totals[name] += time.process_time() - began
        began = time.process_time()
        to_report(document).to_dict()
        totals["report"] += time.process_time() - began
    seconds = sum(totals.values())
    print(f"{megabytes:.2f} MB, {seconds:.2f} CPU s, {megabytes / seconds:.2f} MB/s")
    for name, value in totals.items():
        print(f"  {name:10} {value:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
