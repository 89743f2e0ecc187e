"""Pathological inputs at full size, timed stage by stage.

    python benchmarks/stress.py               # every case, full size
    python benchmarks/stress.py --scale 0.1   # a tenth of each size (quick look)
    python benchmarks/stress.py --case no-whitespace --markdown

Each case is analysed once; the table shows size, total seconds, MB/s and the slowest stage.
Any stage that is not linear shows up as a collapse in MB/s between --scale 0.1 and 1.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from importlib import import_module

MB = 1024 * 1024


def quotation_marks(scale: float) -> str:
    """200,000 quotation marks of every kind, separated by short words."""
    marks = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'"]
    count = int(200_000 * scale)
    return " ".join(f"{marks[i % len(marks)]}x" for i in range(count))


def no_whitespace(scale: float) -> str:
    """5 MB with no whitespace at all (one giant 'word' full of punctuation and cues)."""
    unit = 'Officials.said"critics\u2019reportedly,U.S.Gen.according\u2014to(AP)'
    size = int(5 * MB * scale)
    return (unit * (size // len(unit) + 1))[:size]


def said_repeated(scale: float) -> str:
    """' said' 200,000 times: every token is a speech verb."""
    return " said" * int(200_000 * scale)


def nested_quotes(scale: float) -> str:
    """Thousands of nested, never-closed quotation marks."""
    count = int(5_000 * scale)
    return "\u201cHe said \u2018she said \"they said " * count + "end."


def long_article(scale: float) -> str:
    """A 15 MB article of realistic paragraphs (quotes, sources, hedges, loaded words)."""
    paragraph = (
        "The council voted 7-2 on Tuesday to approve the new harbour budget, officials said. "
        '"We cannot keep stealing from the future," said Mayor Lena Ortiz, who backed the plan. '
        "Critics, including two members of her own party, said the vote was rushed, according to "
        "a report in the Harbour Gazette. One official, who asked not to be named because the "
        "talks were private, said the port authority could still object. The startling "
        "revelation suggests the deal may collapse.\n\n"
    )
    size = int(15 * MB * scale)
    return paragraph * (size // len(paragraph) + 1)


CASES: dict[str, Callable[[float], str]] = {
    "quotation-marks": quotation_marks,
    "no-whitespace": no_whitespace,
    "said-repeated": said_repeated,
    "nested-quotes": nested_quotes,
    "15mb-article": long_article,
}


def timed_stages(text: str, input_format: str) -> tuple[float, dict[str, float], int]:
    """Total seconds, seconds per stage (reading/markup first), and the number of findings."""
    from newscheck.pipeline import STAGES, build_document, to_report

    timings: dict[str, float] = {}
    started = time.perf_counter()
    document = build_document(text, input_format=input_format)
    timings["markup"] = time.perf_counter() - started
    for name in STAGES:
        stage_start = time.perf_counter()
        import_module(f"newscheck.stages.{name}").run(document)
        timings[name] = time.perf_counter() - stage_start
    report_start = time.perf_counter()
    report = to_report(document)
    report.to_dict()
    timings["report"] = time.perf_counter() - report_start
    return time.perf_counter() - started, timings, len(report.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--markdown", action="store_true", help="analyse as Markdown")
    args = parser.parse_args()

    from newscheck import analyze_text

    analyze_text("Warm-up: the minister said so.")  # imports and lexicon compilation
    input_format = "markdown" if args.markdown else "text"
    print(f"{'case':<16} {'MB':>6} {'seconds':>8} {'MB/s':>6} {'findings':>8}  stages (s)")
    for name in args.case or CASES:
        text = CASES[name](args.scale)
        size = len(text.encode("utf-8")) / MB
        total, timings, findings = timed_stages(text, input_format)
        stages = " ".join(f"{stage}={seconds:.2f}" for stage, seconds in timings.items())
        print(f"{name:<16} {size:6.2f} {total:8.2f} {size / total:6.2f} {findings:8d}  {stages}")


if __name__ == "__main__":
    main()
