"""Quality and speed of the language stage on ../shared/eval.

Run: ``python benchmarks/evaluate.py language``.

* weasel: CoNLL-2010 Wikipedia sentences; a sentence is uncertain when the full pipeline gives it a
  hedging or vague-attribution finding.  Precision, recall, F1 of the 'uncertain' class.
* ptc: SemEval-2020 Task 11 articles; gold Loaded_Language + Name_Calling,Labeling spans against
  loaded_language findings, lenient overlap (a prediction is right when it overlaps a gold span; a
  gold span is recalled when a prediction overlaps it).
* babe: BABE sentences; biased when the sentence has a loaded_language finding; macro-F1.
* speed: MB/s of the whole pipeline and of the language stage on the PTC articles.

Every set is split in two halves by a hash of the item's id: 'tune' (looked at while developing)
and 'held-out' (never looked at).  Figures are printed for all, tune and held-out; the error
lists (worst false positives and misses) come from the tune half only.
"""

from __future__ import annotations

import csv
import hashlib
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HEDGE_CATEGORIES = {"hedging", "vague_attribution"}


def half(key: str) -> str:
    """'tune' or 'held-out', stable across runs and machines."""
    return "tune" if hashlib.md5(key.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


BROKEN_STAGES: set[str] = set()
"""Stages that raised during this run (another engineer's work in progress): skipped, reported."""


def analyze(text: str):
    """The full pipeline's report; a stage that raises is reported once and then skipped."""
    from importlib import import_module

    from newscheck.pipeline import STAGES, build_document, to_report

    document = build_document(text)
    for name in STAGES:
        if name in BROKEN_STAGES:
            continue
        try:
            import_module(f"newscheck.stages.{name}").run(document)
        except Exception as error:  # noqa: BLE001 - report and carry on without that stage
            BROKEN_STAGES.add(name)
            print(f"   warning: stage {name!r} failed ({type(error).__name__}: {error}); "
                  "skipped for the rest of this evaluation", file=sys.stderr)
    return to_report(document)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def by_half(items: list, key) -> dict[str, list]:
    groups: dict[str, list] = {"all": list(items), "tune": [], "held-out": []}
    for item in items:
        groups[half(key(item))].append(item)
    return groups


def evaluate_weasel(shared: Path) -> dict:
    rows = read_csv(shared / "hedging/wiki_weasel_dev.csv")
    results = []
    for row in rows:
        report = analyze(row["text"])
        cues = [f for f in report.findings if f.category in HEDGE_CATEGORIES]
        results.append((row["text"], row["uncertain"] == "1", cues))
    figures = {}
    for name, group in by_half(results, lambda r: r[0]).items():
        tp = sum(1 for _, gold, cues in group if gold and cues)
        fp = sum(1 for _, gold, cues in group if not gold and cues)
        fn = sum(1 for _, gold, cues in group if gold and not cues)
        figures[name] = prf(tp, fp, fn) | {"sentences": len(group)}
    false_cues = Counter(
        f.text.lower() for text, gold, cues in results if not gold and half(text) == "tune"
        for f in cues
    )
    figures["top_false_positive_cues_tune"] = false_cues.most_common(15)
    return figures


def read_ptc(shared: Path) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]]]:
    root = shared / "propaganda/ptc"
    articles = {
        path.stem.removeprefix("article"): path.read_text(encoding="utf-8")
        for path in sorted((root / "articles").glob("article*.txt"))
    }
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with open(root / "labels.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["technique"] in ("Loaded_Language", "Name_Calling,Labeling"):
                gold[row["article_id"]].append((int(row["start"]), int(row["end"])))
    return articles, gold


def evaluate_ptc(shared: Path) -> dict:
    articles, gold = read_ptc(shared)
    per_article = []
    false_words: Counter[str] = Counter()
    missed_words: Counter[str] = Counter()
    for article_id, text in articles.items():
        spans = gold.get(article_id, [])
        found = [f for f in analyze(text).findings if f.category == "loaded_language"]
        right = sum(1 for f in found if any(f.start < e and s < f.end for s, e in spans))
        recalled = sum(1 for s, e in spans if any(f.start < e and s < f.end for f in found))
        per_article.append((article_id, right, len(found), recalled, len(spans)))
        if half(article_id) == "tune":
            false_words.update(
                f.text.lower() for f in found
                if not any(f.start < e and s < f.end for s, e in spans)
            )
            missed_words.update(
                text[s:e].lower() for s, e in spans
                if not any(f.start < e and s < f.end for f in found)
            )
    figures = {}
    for name, group in by_half(per_article, lambda a: a[0]).items():
        right = sum(a[1] for a in group)
        predicted = sum(a[2] for a in group)
        recalled = sum(a[3] for a in group)
        gold_count = sum(a[4] for a in group)
        precision = right / predicted if predicted else 0.0
        recall = recalled / gold_count if gold_count else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[name] = {
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "articles": len(group), "gold_spans": gold_count, "predicted": predicted,
        }
    figures["top_false_positives_tune"] = false_words.most_common(20)
    figures["top_misses_tune"] = missed_words.most_common(20)
    return figures


def evaluate_babe(shared: Path) -> dict:
    rows = read_csv(shared / "bias/babe_dev.csv")
    results = []
    for row in rows:
        report = analyze(row["text"])
        loaded = [f for f in report.findings if f.category == "loaded_language"]
        subjective = [f for f in report.findings if f.category == "subjectivity"]
        results.append((row, row["label_bias"] == "Biased", loaded, subjective))
    figures = {}
    for name, group in by_half(results, lambda r: r[0]["text"]).items():
        scores = {}
        pairs = [(gold, bool(found)) for _, gold, found, _ in group]
        for positive in (True, False):
            tp = sum(1 for gold, flagged in pairs if gold == positive and flagged == positive)
            fp = sum(1 for gold, flagged in pairs if gold != positive and flagged == positive)
            fn = sum(1 for gold, flagged in pairs if gold == positive and flagged != positive)
            scores[positive] = prf(tp, fp, fn)
        t_tp = sum(1 for _, gold, _, subj in group if gold and subj)
        t_fp = sum(1 for _, gold, _, subj in group if not gold and subj)
        figures[name] = {
            "macro_f1": round((scores[True]["f1"] + scores[False]["f1"]) / 2, 3),
            "biased": scores[True], "non_biased": scores[False], "sentences": len(group),
            "t101_precision_for_biased": round(t_tp / (t_tp + t_fp), 3) if t_tp + t_fp else None,
            "t101_flagged": t_tp + t_fp,
        }
    tune = [r for r in results if half(r[0]["text"]) == "tune"]
    figures["top_false_positives_tune"] = Counter(
        f.text.lower() for _, gold, found, _ in tune if not gold for f in found
    ).most_common(20)
    figures["top_misses_tune"] = Counter(
        word.lower() for row, gold, found, _ in tune if gold and not found
        for word in eval_list(row["biased_words"])
    ).most_common(20)
    return figures


def eval_list(literal: str) -> list[str]:
    import ast

    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return []
    return [str(word) for word in value] if isinstance(value, list) else []


def evaluate_speed(shared: Path) -> dict:
    """CPU seconds per stage on all PTC articles as one text (process time: other work on the
    machine does not count), as MB/s for the whole pipeline and for the language stage."""
    from importlib import import_module

    from newscheck.pipeline import STAGES, build_document

    articles, _ = read_ptc(shared)
    text = "\n\n".join(articles.values())
    megabytes = len(text.encode("utf-8")) / 1e6
    analyze(text[:5000])  # warm caches (lexicons, Punkt parameters, the Pattern lexicon)
    best: dict[str, float] = {}
    for _ in range(3):
        started = time.process_time()
        document = build_document(text)
        seconds = {"build": time.process_time() - started}
        for name in STAGES:
            if name in BROKEN_STAGES:
                continue
            started = time.process_time()
            import_module(f"newscheck.stages.{name}").run(document)
            seconds[name] = time.process_time() - started
        for name, value in seconds.items():
            best[name] = min(best.get(name, value), value)
    total = sum(best.values())
    return {
        "megabytes": round(megabytes, 2),
        "pipeline_mb_per_s": round(megabytes / total, 2),
        "language_stage_mb_per_s": round(megabytes / best["language"], 2),
        "cpu_seconds_by_stage": {name: round(value, 3) for name, value in best.items()},
    }


def show(title: str, figures) -> None:
    print(f"-- {title}")
    if not isinstance(figures, dict):
        print(f"   {figures}")
        return
    for key, value in figures.items():
        print(f"   {key}: {value}")


def main(shared: Path) -> dict:
    figures = {
        "weasel": evaluate_weasel(shared),
        "ptc": evaluate_ptc(shared),
        "babe": evaluate_babe(shared),
        "speed": evaluate_speed(shared),
    }
    figures["skipped_stages"] = sorted(BROKEN_STAGES)
    for title, section in figures.items():
        show(title, section)
    return figures


# --- learned ceilings: how far could a model on the tune half's words get on held-out? ---

WORD = r"[A-Za-z][A-Za-z'-]*"


def fit_logistic(rows: list[tuple[set[str], bool]], l2: float, rate: float, rounds: int):
    """A sparse logistic regression (full-batch gradient descent, deterministic) over binary
    features seen at least twice; returns a scoring function."""
    import numpy as np
    from scipy import sparse

    counts = Counter(feature for features, _ in rows for feature in features)
    vocabulary = {feature: i for i, feature in enumerate(f for f, n in counts.items() if n >= 2)}

    def matrix(feature_sets: list[set[str]]):
        cells = [(i, vocabulary[f]) for i, fs in enumerate(feature_sets) for f in fs
                 if f in vocabulary]
        r, c = zip(*cells, strict=True) if cells else ((), ())
        return sparse.csr_matrix((np.ones(len(cells)), (r, c)),
                                 shape=(len(feature_sets), len(vocabulary)))

    x = matrix([features for features, _ in rows])
    y = np.array([label for _, label in rows], float)
    weights, bias = np.zeros(len(vocabulary)), 0.0
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-(x @ weights + bias)))
        weights -= (x.T @ (p - y) + l2 * weights) / len(y) * rate
        bias -= (p - y).mean() * rate
    return lambda feature_sets: 1 / (1 + np.exp(-(matrix(feature_sets) @ weights + bias)))


def weasel_ceiling(shared: Path) -> dict:
    """A sentence classifier on every word, word pair and pipeline cue, fitted on the tune half
    and scored on held-out: an upper bound for anything built from words and our cues."""
    import re

    rows = read_csv(shared / "hedging/wiki_weasel_dev.csv")
    items = []
    for row in rows:
        cues = [f.text.lower() for f in analyze(row["text"]).findings
                if f.category in HEDGE_CATEGORIES]
        words = re.findall(WORD, row["text"].lower())
        features = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        features |= {f"CUE={cue}" for cue in cues} | ({"HASCUE"} if cues else set())
        items.append((half(row["text"]), features, row["uncertain"] == "1", bool(cues)))
    score = fit_logistic([(f, gold) for h, f, gold, _ in items if h == "tune"], 10.0, 2.0, 600)
    held = [(f, gold, rules) for h, f, gold, rules in items if h == "held-out"]
    probabilities = score([f for f, _, _ in held])

    def f1(pairs):
        tp = sum(1 for gold, flagged in pairs if gold and flagged)
        fp = sum(1 for gold, flagged in pairs if flagged and not gold)
        fn = sum(1 for gold, flagged in pairs if gold and not flagged)
        return prf(tp, fp, fn)

    figures = {"rules_held_out": f1([(gold, rules) for _, gold, rules in held])}
    for threshold in (0.25, 0.3, 0.35):
        figures[f"model_held_out_at_{threshold}"] = f1(
            [(gold, p >= threshold) for (_, gold, _), p in zip(held, probabilities, strict=True)])
    return figures


def ptc_ceiling(shared: Path) -> dict:
    """A word tagger (the word, its neighbours, its ending, capitals, Pattern's scores, and
    whether our rules flag it) fitted on the tune articles, scored on held-out like the rules."""
    import re

    from newscheck.stages.subjectivity import pattern_lexicon

    pattern = pattern_lexicon()
    articles, gold = read_ptc(shared)
    tokens: dict[str, list] = {}
    for article_id, text in articles.items():
        found = [(f.start, f.end) for f in analyze(text).findings
                 if f.category == "loaded_language"]
        spans = gold.get(article_id, [])
        matches = list(re.finditer(WORD, text))
        rows = []
        for i, match in enumerate(matches):
            word = match.group().lower()
            before = matches[i - 1].group().lower() if i else "<s>"
            after = matches[i + 1].group().lower() if i + 1 < len(matches) else "</s>"
            features = {f"w={word}", f"p={before}", f"n={after}", f"end={word[-3:]}"}
            if match.group()[0].isupper():
                features.add("capital")
            if word in pattern:
                polarity, subjectivity = pattern[word][:2]
                features |= {f"pol={round(polarity * 2)}", f"subj={round(subjectivity * 2)}"}
            if any(s < match.end() and match.start() < e for s, e in found):
                features.add("RULES")
            label = any(s < match.end() and match.start() < e for s, e in spans)
            rows.append((match.start(), match.end(), features, label))
        tokens[article_id] = rows
    score = fit_logistic([(f, y) for a, rows in tokens.items() if half(a) == "tune"
                          for _, _, f, y in rows], 0.3, 40.0, 1500)
    figures = {}
    for threshold in (0.2, 0.3, 0.4):
        right = predicted = recalled = gold_count = 0
        for article_id, rows in tokens.items():
            if half(article_id) != "held-out":
                continue
            spans: list[list[int]] = []
            probabilities = score([f for _, _, f, _ in rows])
            for (start, end, _, _), p in zip(rows, probabilities, strict=True):
                if p >= threshold:
                    if spans and start - spans[-1][1] <= 1:
                        spans[-1][1] = end  # adjacent tagged words make one span
                    else:
                        spans.append([start, end])
            wanted = gold.get(article_id, [])
            predicted += len(spans)
            right += sum(1 for s, e in spans if any(gs < e and s < ge for gs, ge in wanted))
            gold_count += len(wanted)
            recalled += sum(1 for gs, ge in wanted if any(s < ge and gs < e for s, e in spans))
        precision = right / predicted if predicted else 0.0
        recall = recalled / gold_count if gold_count else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[f"model_held_out_at_{threshold}"] = {
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
    return figures


def ceilings(shared: Path) -> dict:
    """``python benchmarks/eval_language.py --ceiling``: needs numpy and scipy (not project
    dependencies); fits on the tune half only and prints held-out figures only."""
    figures = {"weasel_ceiling": weasel_ceiling(shared), "ptc_ceiling": ptc_ceiling(shared)}
    for title, section in figures.items():
        show(title, section)
    return figures


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "shared", nargs="?", type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "eval",
        help="the evaluation data folder (default: ../shared/eval beside the checkout)",
    )
    parser.add_argument(
        "--ceiling", action="store_true",
        help="fit the learned ceilings on the tune half (needs numpy and scipy)",
    )
    options = parser.parse_args()
    if options.ceiling:
        ceilings(options.shared)
    else:
        main(options.shared)
