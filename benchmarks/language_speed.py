"""Speed and memory of the language stage alone (hedging, loaded language, subjectivity).

    python benchmarks/language_speed.py            # train texts, growth, 15 MB memory (~1 min)
    python benchmarks/language_speed.py --quick    # train texts only

The earlier stages (sentences, quotes, sourcing) run first and are not timed.  Figures:

  * CPU seconds of ``stages.language.run`` over the PolNeAR train texts (best of ``--repeat``);
  * linear growth: the stage on ~0.4 MB and ~1.6 MB of distinct articles joined by blank lines
    (target: x4.4 or less for x4 the text);
  * ``tracemalloc`` around the stage on a ~15 MB document (the articles cycled): the peak above
    the starting point, what the stage keeps (its findings and sentence scores) and the
    difference, the stage's transient memory.

Needs ``../shared/eval/quotes/polnear/train/text``; exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

from newscheck.document import Document
from newscheck.pipeline import build_document, run_stages
from newscheck.stages import language

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear" / "train"
BEFORE_LANGUAGE = ("sentences", "quotes", "sourcing")


def prepared(text: str) -> Document:
    document = build_document(text)
    run_stages(document, BEFORE_LANGUAGE)
    return document


def joined(texts: list[str], size: int) -> str:
    """Whole articles joined by blank lines, cycling through them, up to ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text.strip())
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts) + "\n"


def stage_seconds(documents: list[Document], repeat: int) -> float:
    """Best CPU time of the language stage over the documents (their results reset between)."""
    before = [(len(d.findings), dict(d.sentence_scores)) for d in documents]
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        for document in documents:
            language.run(document)
        best = min(best, time.process_time() - started)
        for document, (count, scores) in zip(documents, before, strict=True):
            del document.findings[count:]
            document.sentence_scores = dict(scores)
    return best


def memory_on(document: Document) -> tuple[float, float, float]:
    """(peak extra, kept, seconds) of one language stage run under ``tracemalloc``."""
    gc.collect()
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    started = time.process_time()
    language.run(document)
    seconds = time.process_time() - started
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return (peak - start) / 1e6, (current - start) / 1e6, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="train texts only")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted((POLNEAR / "text").glob("*.txt"))
    if not files:
        sys.exit(f"no texts in {POLNEAR / 'text'}")
    texts = [path.read_text("utf-8") for path in files]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    documents = [prepared(text) for text in texts]
    language.run(prepared(texts[0]))  # load the lexicons outside the timing
    seconds = stage_seconds(documents, args.repeat)
    print(f"train texts: {megabytes:.2f} MB, language stage {seconds:.3f} CPU s "
          f"({megabytes / seconds:.2f} MB/s), best of {args.repeat}")
    if args.quick:
        return
    small, large = prepared(joined(texts, 400_000)), prepared(joined(texts, 1_600_000))
    small_seconds = stage_seconds([small], args.repeat)
    large_seconds = stage_seconds([large], args.repeat)
    print(f"growth 0.4 -> 1.6 MB: {small_seconds:.3f} s -> {large_seconds:.3f} s, "
          f"x{large_seconds / small_seconds:.2f} (target <= x4.4)")
    big = prepared(joined(texts, 15_000_000))
    peak, kept, big_seconds = memory_on(big)
    print(f"15 MB document under tracemalloc: peak +{peak:.1f} MB, kept {kept:.1f} MB "
          f"(findings and scores), transient {peak - kept:.1f} MB; {big_seconds:.2f} CPU s "
          "with tracing on")


if __name__ == "__main__":
    main()
