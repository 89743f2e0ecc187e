"""Quote attribution against PolNeAR (Newell et al. 2018): content, direct-quote recall, speakers.

    python benchmarks/evaluate.py quotes                 # dev split (the reported figures)
    python benchmarks/eval_quotes.py --split train       # development split

Data: ``<shared>/quotes/polnear/<split>/text/<stem>.txt`` and
``attributions/<stem>_<ann>.ann``.
Several annotators label some articles; we take the first annotator file in sorted order.

Units: PolNeAR annotates one Content per attribution, so direct (or partial) quotes credited
through the same cue ("'A,' said X. 'B.'") are merged into one predicted unit (``--unmerged``
scores each quote on its own; both are reported).
Matching: each predicted unit is matched one-to-one, greedily by overlap, to a gold
``Content`` span.  *Mutual overlap* = shared characters / max(len(predicted), len(gold)) (so both
directions must reach the threshold); figures are given at >= 0.30 and >= 0.80.  Discontinuous gold
spans count their fragments' characters.  A gold content is *direct* when it contains a double
quotation mark (" \u201c \u201d, or '' as in some wire copy) or an opening single one (\u2018).
A speaker is right when its span overlaps the gold ``Source`` span of the matched attribution;
speaker accuracy counts matched gold attributions that have a Source: ``speaker_accuracy_direct``
over gold contents with a quotation mark, ``speaker_accuracy_predicted_direct`` over our quotes of
kind direct.  Timing: the quotes stage alone vs the sentences stage, on the train texts.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newscheck.pipeline import build_document, run_stages
from newscheck.report import Speaker

_DIRECT_MARK = re.compile("''|[\"\u201c\u201d\u2018]")
THRESHOLDS = (0.3, 0.8)


def _fragments(field: str) -> list[tuple[int, int]]:
    pieces = []
    for piece in field.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return pieces


def read_gold(path: Path) -> list[dict]:
    """The attributions of one .ann file: {content, source, cue} fragment lists (or None)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _fragments(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1].split())
    attributions = []
    for roles in events:
        record: dict = {"content": None, "source": None, "cue": None}
        for role in roles:
            name, _, ref = role.partition(":")
            name = name.rstrip("0123456789").lower()
            if name in record and ref in spans:
                record[name] = spans[ref][1]
        if record["content"]:
            attributions.append(record)
    return attributions


def articles(shared: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs: one annotator per article, the first .ann in sorted order."""
    root = shared / "quotes" / "polnear" / split
    pairs = []
    for text_path in sorted((root / "text").glob("*.txt")):
        annotations = sorted((root / "attributions").glob(f"{text_path.stem}_*.ann"))
        if annotations:
            pairs.append((text_path, annotations[0]))
    return pairs


def _length(fragments: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in fragments)


def _overlap(span: tuple[int, int], fragments: list[tuple[int, int]]) -> int:
    return sum(max(0, min(span[1], end) - max(span[0], start)) for start, end in fragments)


@dataclass
class Unit:
    """One predicted attribution: quotes sharing a cue count once, their spans united."""

    kind: str
    fragments: list[tuple[int, int]]
    speaker: Speaker | None


def units(quotes: list, text: str) -> list[Unit]:
    """Quotes credited through the same cue in one paragraph are one attribution in PolNeAR
    ("'A,' said X. 'B.'" is one discontinuous Content), so they are merged here; a partial quote
    inside the indirect speech of its own cue is part of that content."""
    result: list[Unit] = []
    by_cue: dict[int, Unit] = {}
    indirect = {
        q.cue.start: (q.start, q.end) for q in quotes if q.kind == "indirect" and q.cue is not None
    }
    for quote in quotes:
        key = quote.cue.start if quote.cue is not None and quote.kind != "indirect" else None
        if quote.kind == "partial" and key in indirect and (
            indirect[key][0] <= quote.start and quote.end <= indirect[key][1]
        ):
            continue
        unit = by_cue.get(key) if key is not None else None
        if unit is not None and unit.kind == quote.kind and "\n" not in text[
            unit.fragments[-1][1] : quote.start
        ]:
            unit.fragments.append((quote.start, quote.end))
            continue
        unit = Unit(quote.kind, [(quote.start, quote.end)], quote.speaker)
        result.append(unit)
        if key is not None:
            by_cue[key] = unit
    return result


def _match(predicted: list[Unit], gold: list[dict], threshold: float) -> dict[int, int]:
    """Predicted index -> gold index, one-to-one, greedily by mutual overlap."""
    candidates = []
    for p, unit in enumerate(predicted):
        size = _length(unit.fragments)
        for g, record in enumerate(gold):
            shared = sum(_overlap(span, record["content"]) for span in unit.fragments)
            if shared:
                score = shared / max(size, _length(record["content"]))
                if score >= threshold:
                    candidates.append((score, p, g))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _, p, g in sorted(candidates, reverse=True):
        if p not in matched and g not in taken:
            matched[p] = g
            taken.add(g)
    return matched


def _f1(true_positive: int, predicted: int, gold: int) -> dict:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def evaluate(shared: Path, split: str, merge: bool = True) -> dict:
    counts: Counter = Counter()
    for text_path, ann_path in articles(shared, split):
        text = text_path.read_text(encoding="utf-8")
        gold = read_gold(ann_path)
        document = run_stages(build_document(text), ("sentences", "quotes"))
        for quote in document.quotes:
            assert text[quote.start : quote.end] == quote.text
        predicted = units(document.quotes, text) if merge else [
            Unit(q.kind, [(q.start, q.end)], q.speaker) for q in document.quotes
        ]
        direct_gold = {
            g for g, record in enumerate(gold)
            if any(_DIRECT_MARK.search(text[s:e]) for s, e in record["content"])
        }
        counts["gold"] += len(gold)
        counts["gold_direct"] += len(direct_gold)
        counts["predicted"] += len(predicted)
        for quote in predicted:
            counts[f"predicted_{quote.kind}"] += 1
        for threshold in THRESHOLDS:
            matched = _match(predicted, gold, threshold)
            counts[f"tp@{threshold}"] += len(matched)
            for p, g in matched.items():
                counts[f"tp_{predicted[p].kind}@{threshold}"] += 1
                if g in direct_gold:
                    counts[f"tp_direct_gold@{threshold}"] += 1
                if threshold != THRESHOLDS[0] or not gold[g]["source"]:
                    continue
                speaker = predicted[p].speaker
                right = speaker is not None and _overlap(
                    (speaker.start, speaker.end), gold[g]["source"]
                ) > 0
                group = "direct" if g in direct_gold else "other"
                counts[f"speaker_{group}_total"] += 1
                counts[f"speaker_{group}_right"] += right
                counts[f"speaker_predicted_{predicted[p].kind}_total"] += 1
                counts[f"speaker_predicted_{predicted[p].kind}_right"] += right
    figures: dict = {"split": split, "merged_by_cue": merge, "gold_contents": counts["gold"],
                     "gold_direct": counts["gold_direct"], "predicted": counts["predicted"]}
    for threshold in THRESHOLDS:
        key = f"@{threshold}"
        figures[f"content{key}"] = _f1(counts[f"tp{key}"], counts["predicted"], counts["gold"])
        figures[f"direct_recall{key}"] = round(
            counts[f"tp_direct_gold{key}"] / max(counts["gold_direct"], 1), 3
        )
        figures[f"precision_by_kind{key}"] = {
            kind: round(counts[f"tp_{kind}{key}"] / max(counts[f"predicted_{kind}"], 1), 3)
            for kind in ("direct", "partial", "indirect")
        }
    figures["predicted_by_kind"] = {
        kind: counts[f"predicted_{kind}"] for kind in ("direct", "partial", "indirect")
    }
    for group in ("direct", "other", "predicted_direct", "predicted_partial",
                  "predicted_indirect"):
        total = counts[f"speaker_{group}_total"]
        figures[f"speaker_accuracy_{group}"] = round(counts[f"speaker_{group}_right"] / total, 3) \
            if total else None
    return figures


def timing(shared: Path, split: str = "train", repeat: int = 3) -> dict:
    """CPU seconds (process time, steady under load) for the sentences stage and the quotes stage
    over all texts, best of ``repeat``."""
    from importlib import import_module

    texts = [path.read_text(encoding="utf-8") for path, _ in articles(shared, split)]
    sentences = import_module("newscheck.stages.sentences")
    quotes = import_module("newscheck.stages.quotes")
    run_stages(build_document(texts[0]), ("sentences", "quotes"))  # warm the lexicon caches
    best = {"sentences": float("inf"), "quotes": float("inf")}
    for _ in range(repeat):
        spent = {"sentences": 0.0, "quotes": 0.0}
        for text in texts:
            document = build_document(text)
            began = time.process_time()
            sentences.run(document)
            middle = time.process_time()
            quotes.run(document)
            spent["sentences"] += middle - began
            spent["quotes"] += time.process_time() - middle
        best = {stage: min(best[stage], spent[stage]) for stage in best}
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    return {
        "texts": len(texts),
        "megabytes": round(megabytes, 2),
        "sentences_seconds": round(best["sentences"], 3),
        "quotes_seconds": round(best["quotes"], 3),
        "quotes_mb_per_s": round(megabytes / best["quotes"], 2),
        "quotes_vs_sentences": round(best["quotes"] / best["sentences"], 2),
    }


def main(shared: Path, split: str = "dev") -> dict:
    if not (shared / "quotes" / "polnear" / split).is_dir():
        print("skipped: PolNeAR not found")
        return {}
    figures = evaluate(shared, split)
    figures["unmerged"] = {
        key: value for key, value in evaluate(shared, split, merge=False).items()
        if key.startswith(("content", "direct_recall"))
    }
    figures["timing_train"] = timing(shared)
    for key, value in figures.items():
        print(f"{key}: {value}")
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parent.parent.parent / "shared" / "eval")
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--unmerged", action="store_true", help="score every quote on its own")
    args = parser.parse_args()
    if args.no_timing:
        for key, value in evaluate(args.shared, args.split, not args.unmerged).items():
            print(f"{key}: {value}")
        sys.exit(0)
    main(args.shared, args.split)
