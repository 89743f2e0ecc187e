"""Quality evaluation against ../shared/eval (skips cleanly when it is absent).

    python benchmarks/evaluate.py            # every evaluation
    python benchmarks/evaluate.py quotes     # one: sentences | quotes | language | sourcing

Each evaluation lives in ``benchmarks/eval_<name>.py`` and exposes ``main(shared: Path) -> dict``,
printing its figures and returning them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared" / "eval"
EVALUATIONS = ("sentences", "quotes", "language", "sourcing")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("which", nargs="*", default=[], help="any of: " + ", ".join(EVALUATIONS))
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the eval folder")
    parser.add_argument("--json", action="store_true", help="print all figures as JSON at the end")
    args = parser.parse_args(argv)
    unknown = [name for name in args.which if name not in EVALUATIONS]
    if unknown:
        choices = ", ".join(EVALUATIONS)
        parser.error(f"unknown evaluation {', '.join(unknown)} (choose from {choices})")
    if not args.shared.is_dir():
        print(f"skipped: {args.shared} not found (evaluation data is not part of the project)")
        return 0
    sys.path.insert(0, str(HERE))
    figures = {}
    for name in args.which or EVALUATIONS:
        module = importlib.import_module(f"eval_{name}")
        print(f"== {name}")
        figures[name] = module.main(args.shared)
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
