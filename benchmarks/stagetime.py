"""CPU seconds per pipeline stage over the PolNeAR train texts (the figures docs/ quote).

    python benchmarks/stagetime.py

Just the per-step table of ``python benchmarks/bench.py --profile`` (``bench.stage_times`` over
``bench.load_corpus``: the samples replicated when the evaluation data is absent), without the
rest of the benchmark.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import MB, load_corpus, stage_times  # noqa: E402


def main() -> int:
    articles, origin = load_corpus(quick=False)
    megabytes = sum(article.size for article in articles) / MB
    totals = stage_times(articles)
    seconds = sum(totals.values())
    print(f"{origin}: {megabytes:.2f} MB, {seconds:.2f} CPU s, {megabytes / seconds:.2f} MB/s")
    for name, value in totals.items():
        print(f"  {name:14} {value:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
