"""The quotes stage's share counted in instructions (deterministic under load), for callgrind.

    PYTHONHASHSEED=0 setarch -R valgrind --tool=callgrind python benchmarks/cg_share.py with run
    PYTHONHASHSEED=0 setarch -R valgrind --tool=callgrind python benchmarks/cg_share.py without run
    PYTHONHASHSEED=0 setarch -R valgrind --tool=callgrind python benchmarks/cg_share.py with

The first 200 PolNeAR train texts through the whole pipeline (stages, ``to_report``,
``to_dict``) with or without the quotes stage, after one warm-up text; the third run (no ``run``)
is the start-up cost to subtract from both.  Share = (with - start-up) / (without - start-up) - 1.
``benchmarks/quotes_share.py`` gives the same comparison in CPU seconds.
"""

from __future__ import annotations

import gc
import sys
from importlib import import_module
from pathlib import Path

from newscheck.pipeline import STAGES, build_document, to_report

FOLDER = Path(__file__).resolve().parents[2] / "shared/eval/quotes/polnear/train/text"


def main() -> int:
    gc.disable()
    paths = sorted(FOLDER.glob("*.txt"))[:200]
    if not paths:
        print(f"skipped: {FOLDER} not found")
        return 0
    texts = [path.read_text(encoding="utf-8") for path in paths]
    every = [import_module(f"newscheck.stages.{name}") for name in STAGES]
    document = build_document(texts[0])  # warm-up: lexicons, imports
    for module in every:
        module.run(document)
    to_report(document).to_dict()
    if sys.argv[2:] == ["run"]:
        names = STAGES if sys.argv[1] == "with" else [n for n in STAGES if n != "quotes"]
        modules = [import_module(f"newscheck.stages.{name}") for name in names]
        for text in texts:
            document = build_document(text)
            for module in modules:
                module.run(document)
            to_report(document).to_dict()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
