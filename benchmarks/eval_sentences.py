"""Sentence splitting: quality on ../shared/eval/sentences and speed against plain Punkt and pySBD.

    python benchmarks/evaluate.py sentences
    python benchmarks/eval_sentences.py [--failures] [--no-speed] [--shared DIR]

Quality: Golden Rules (48 edge cases, exact sentence lists; each input is split as one
paragraph) and GUM-news dev paragraphs (share split exactly).  The same figures for nltk's
``PunktSentenceTokenizer()`` with no parameters and for pySBD are printed alongside.
Speed: MB/s (UTF-8 bytes) of splitting alone on the PolNeAR training articles split into
paragraphs the way the stage does, per second of CPU time of this single-threaded process (so other
load on the machine does not distort it); pySBD runs on a subset because it is slow.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared" / "eval"
PYSBD_SUBSET_BYTES = 400_000


def _ours():
    from newscheck.stages.sentences import split_sentences

    return lambda text: [text[s:e] for s, e in split_sentences(text)]


def _plain_punkt():
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tokenizer = PunktSentenceTokenizer()
    return lambda text: [text[s:e] for s, e in tokenizer.span_tokenize(text)]


def _pysbd():
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [span.sent.strip() for span in segmenter.segment(text)]


def golden_rules(shared: Path, split, failures: list | None = None) -> int:
    items = json.loads((shared / "sentences" / "golden_rules_en.json").read_text("utf-8"))
    passed = 0
    for item in items:
        got = split(item["input"])
        if got == item["expected"]:
            passed += 1
        elif failures is not None:
            failures.append((f"golden {item['id']} {item['title']}", item["expected"], got))
    return passed


def gum_news(shared: Path, split, failures: list | None = None) -> tuple[int, int]:
    data = json.loads((shared / "sentences" / "gum_news_dev.json").read_text("utf-8"))
    items = data["items"]
    exact = 0
    for item in items:
        got = split(item["input"])
        if got == item["expected"]:
            exact += 1
        elif failures is not None:
            failures.append((f"gum {item['doc']} para {item['para']}", item["expected"], got))
    return exact, len(items)


def _speed_paragraphs(shared: Path) -> list[str]:
    from newscheck.stages.sentences import paragraph_spans

    paragraphs = []
    for path in sorted((shared / "quotes" / "polnear" / "train" / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(text[p.start : p.end] for p in paragraph_spans(text, text))
    return paragraphs


def _mb_per_second(split, paragraphs: list[str]) -> tuple[float, int]:
    size = sum(len(p.encode("utf-8")) for p in paragraphs)
    began = time.process_time()
    count = 0
    for paragraph in paragraphs:
        count += len(split(paragraph))
    return size / (time.process_time() - began) / 1e6, count


def speed(shared: Path) -> dict:
    paragraphs = _speed_paragraphs(shared)
    if not paragraphs:
        return {}
    ours = _ours()
    ours(paragraphs[0])  # load parameters outside the timing
    figures = {"bytes": sum(len(p.encode("utf-8")) for p in paragraphs)}
    figures["newscheck_mb_s"], figures["newscheck_sentences"] = _mb_per_second(ours, paragraphs)
    figures["plain_punkt_mb_s"], figures["plain_punkt_sentences"] = _mb_per_second(
        _plain_punkt(), paragraphs
    )
    pysbd_split = _pysbd()
    if pysbd_split is not None:
        subset, size = [], 0
        for paragraph in paragraphs:
            if size >= PYSBD_SUBSET_BYTES:
                break
            subset.append(paragraph)
            size += len(paragraph.encode("utf-8"))
        figures["pysbd_subset_bytes"] = size
        figures["pysbd_mb_s"], _ = _mb_per_second(pysbd_split, subset)
    return figures


def main(shared: Path, *, show_failures: bool = False, with_speed: bool = True) -> dict:
    if not (shared / "sentences").is_dir():
        print(f"skipped: {shared / 'sentences'} not found")
        return {}
    failures: list | None = [] if show_failures else None
    ours = _ours()
    figures: dict = {}
    figures["golden_rules"] = golden_rules(shared, ours, failures)
    exact, total = gum_news(shared, ours, failures)
    figures["gum_news_exact"] = round(exact / total, 4)
    figures["gum_news_paragraphs"] = total
    plain = _plain_punkt()
    figures["plain_punkt_golden_rules"] = golden_rules(shared, plain)
    figures["plain_punkt_gum_news_exact"] = round(gum_news(shared, plain)[0] / total, 4)
    pysbd_split = _pysbd()
    if pysbd_split is not None:
        figures["pysbd_golden_rules"] = golden_rules(shared, pysbd_split)
        figures["pysbd_gum_news_exact"] = round(gum_news(shared, pysbd_split)[0] / total, 4)
    print(
        f"Golden Rules {figures['golden_rules']}/48 (plain Punkt "
        f"{figures['plain_punkt_golden_rules']}/48, pySBD "
        f"{figures.get('pysbd_golden_rules', '-')}/48); GUM-news paragraphs exact "
        f"{figures['gum_news_exact']:.3f} of {total} (plain Punkt "
        f"{figures['plain_punkt_gum_news_exact']:.3f}, pySBD "
        f"{figures.get('pysbd_gum_news_exact', float('nan')):.3f})"
    )
    if with_speed:
        figures.update(speed(shared))
        if "newscheck_mb_s" in figures:
            line = (
                f"speed on {figures['bytes'] / 1e6:.1f} MB of news paragraphs, per CPU second: "
                f"newscheck {figures['newscheck_mb_s']:.2f} MB/s, "
                f"plain Punkt {figures['plain_punkt_mb_s']:.2f} MB/s"
            )
            if "pysbd_mb_s" in figures:
                line += (
                    f", pySBD {figures['pysbd_mb_s']:.2f} MB/s "
                    f"(on {figures['pysbd_subset_bytes'] / 1e3:.0f} kB)"
                )
            print(line)
    for where, expected, got in failures or []:
        print(f"-- {where}\n   expected {expected}\n   got      {got}")
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--failures", action="store_true", help="print every failed item")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed comparison")
    args = parser.parse_args()
    main(args.shared, show_failures=args.failures, with_speed=not args.no_speed)
    sys.exit(0)
