"""How much the lint layer adds on top of the analysis, and how fast each emitter is.

Builds one large plain-text document from the invented articles in ``samples/`` (about 2 MB by
default, each copy inside a disable/enable suppression range), analyses it once, then times
separately: suppression blanking, diagnostics (selection, suppressions, positions) and each
output format.

    python benchmarks/bench_lint.py [--megabytes 2]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newscheck import analyze_text
from newscheck.config import DEFAULT_CONFIG
from newscheck.lint import blank_suppression_comments, diagnostics_from_report
from newscheck.render.github import render_github
from newscheck.render.lint_json import render_lint_json
from newscheck.render.lint_text import render_lint_text
from newscheck.render.sarif import render_sarif

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def build_document(megabytes: float) -> str:
    articles = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    body = "\n\n".join(articles)
    copy = f"<!-- newscheck: disable L101 -->\n{body}\n<!-- newscheck: enable -->\n"
    return copy * max(1, int(megabytes * 1_000_000 / len(copy.encode("utf-8"))))


def timed(label: str, size_mb: float, work) -> object:
    started = time.perf_counter()
    value = work()
    seconds = time.perf_counter() - started
    print(f"{label:<28} {seconds:8.3f} s   {size_mb / seconds:8.1f} MB/s")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    args = parser.parse_args()
    text = build_document(args.megabytes)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    print(f"document: {size_mb:.2f} MB, {text.count(chr(10)) + 1} lines")
    blanked = timed("blank suppression comments", size_mb,
                    lambda: blank_suppression_comments(text))
    report = timed("analysis (whole pipeline)", size_mb,
                   lambda: analyze_text(blanked, path="big.txt", config=DEFAULT_CONFIG))
    result = timed("diagnostics", size_mb, lambda: diagnostics_from_report(
        report, text, path="big.txt", config=DEFAULT_CONFIG))
    print(f"  {len(report.findings)} findings -> {len(result.diagnostics)} diagnostics, "
          f"{result.suppressed} suppressed")
    for name, render in (
        ("text", lambda: render_lint_text([result])),
        ("json", lambda: render_lint_json([result])),
        ("github", lambda: render_github([result])),
        ("sarif", lambda: render_sarif([result], version="bench")),
    ):
        timed(f"emit {name}", size_mb, render)


if __name__ == "__main__":
    main()
