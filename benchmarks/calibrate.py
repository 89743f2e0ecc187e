"""Calibration of the credibility scores on real text, and the samples ordered by score.

    python benchmarks/calibrate.py              # PTC vs PolNeAR distributions, then samples/
    python benchmarks/calibrate.py --json       # the same figures as JSON at the end
    python benchmarks/calibrate.py --limit 50   # a quicker run on the first 50 of each corpus

Corpora (../shared/eval, not part of the project; skipped cleanly when absent):
  propaganda/ptc/articles   SemEval-2020 Task 11 articles chosen for propaganda techniques
  quotes/polnear/dev/text   2016 US political news from mainstream outlets
We expect PTC to score lower, above all on language and sourcing. "separation" is the probability
that a random PolNeAR article outscores a random PTC article (Mann-Whitney AUC; 0.5 = no signal).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_SHARED = REPO.parent / "shared" / "eval"
CORPORA = {
    "ptc": "propaganda/ptc/articles",
    "polnear": "quotes/polnear/dev/text",
}
DIMENSIONS = ("sourcing", "attribution", "language", "certainty", "balance")


def score_file(path: str) -> dict | None:
    """The overall, band and dimension scores of one file (run in a worker process)."""
    from newscheck import analyze_path

    try:
        report = analyze_path(path)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the run
        print(f"  failed: {path}: {type(error).__name__}: {error}", file=sys.stderr)
        return None
    scores = report.scores
    return {
        "path": path,
        "overall": scores["overall"],
        "band": scores["band"],
        **{name: scores["dimensions"][name]["score"] for name in DIMENSIONS},
        "top_reason": _top_reason(scores),
        "sentences": report.stats.get("sentences", 0),
    }


def _top_reason(scores: dict) -> str:
    reasons = [
        (reason["points"], name, reason["message"])
        for name, dimension in scores["dimensions"].items()
        for reason in dimension["reasons"]
    ]
    if not reasons:
        return ""
    points, name, message = min(reasons)
    return f"{name} {points}: {message}"


def score_all(paths: list[Path], jobs: int) -> list[dict]:
    names = [str(p) for p in paths]
    if jobs <= 1:
        rows = [score_file(name) for name in names]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            rows = list(pool.map(score_file, names, chunksize=4))
    return [row for row in rows if row is not None]


def quartiles(values: list[int]) -> dict:
    ordered = sorted(values)
    if len(ordered) < 2:
        q1 = median = q3 = float(ordered[0]) if ordered else 0.0
    else:
        q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    return {
        "n": len(ordered),
        "min": ordered[0] if ordered else 0,
        "q1": round(q1, 1),
        "median": round(median, 1),
        "q3": round(q3, 1),
        "max": ordered[-1] if ordered else 0,
        "mean": round(statistics.fmean(ordered), 1) if ordered else 0.0,
    }


def separation(higher: list[int], lower: list[int]) -> float:
    """P(a value from ``higher`` > one from ``lower``), ties counting half (Mann-Whitney AUC)."""
    if not higher or not lower:
        return 0.5
    from bisect import bisect_left, bisect_right

    ordered = sorted(lower)
    wins = 0.0
    for value in higher:
        below = bisect_left(ordered, value)
        ties = bisect_right(ordered, value) - below
        wins += below + ties / 2
    return round(wins / (len(higher) * len(ordered)), 3)


LANGUAGE_TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation")


def ptc_label_density(shared: Path, rows: list[dict]) -> dict[str, dict[str, float]]:
    """Gold propaganda spans per sentence for each PTC article: language techniques, and all."""
    counts: dict[str, list[int]] = {}
    labels = shared / "propaganda" / "ptc" / "labels.tsv"
    for line in labels.read_text(encoding="utf-8").splitlines()[1:]:
        article, technique, *_ = line.split("\t")
        pair = counts.setdefault(article, [0, 0])
        pair[0] += technique in LANGUAGE_TECHNIQUES
        pair[1] += 1
    density = {}
    for row in rows:
        article = Path(row["path"]).stem.removeprefix("article")
        language, every = counts.get(article, [0, 0])
        sentences = max(row["sentences"], 1)
        density[row["path"]] = {"language": language / sentences, "all": every / sentences}
    return density


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman rank correlation (average ranks for ties)."""

    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=lambda i: values[i])
        result = [0.0] * len(values)
        start = 0
        while start < len(order):
            end = start
            while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
                end += 1
            for k in range(start, end + 1):
                result[order[k]] = (start + end) / 2
            start = end + 1
        return result

    if len(xs) < 3:
        return 0.0
    rx, ry = ranks(xs), ranks(ys)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    var = math.sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry))
    return round(cov / var, 3) if var else 0.0


def histogram(values: list[int], width: int = 40) -> list[str]:
    bins = [0] * 10
    for value in values:
        bins[min(value // 10, 9)] += 1
    peak = max(bins) or 1
    return [
        f"  {i * 10:>3}-{i * 10 + 9 if i < 9 else 100:<3} "
        f"{'#' * round(count / peak * width):<{width}} {count}"
        for i, count in enumerate(bins)
    ]


def band_counts(rows: list[dict]) -> dict:
    from newscheck.scoring import BANDS

    return {label: sum(r["band"] == label for r in rows) for _, label in BANDS}


def report_corpus(name: str, rows: list[dict]) -> dict:
    figures = {
        "overall": quartiles([r["overall"] for r in rows]),
        **{d: quartiles([r[d] for r in rows]) for d in DIMENSIONS},
        "bands": band_counts(rows),
    }
    print(f"\n== {name}: {len(rows)} articles")
    print(f"  {'':12} {'min':>4} {'q1':>6} {'median':>6} {'q3':>6} {'max':>4} {'mean':>6}")
    for key in ("overall", *DIMENSIONS):
        q = figures[key]
        print(f"  {key:12} {q['min']:>4} {q['q1']:>6} {q['median']:>6} {q['q3']:>6} "
              f"{q['max']:>4} {q['mean']:>6}")
    print("  bands: " + ", ".join(f"{label} {count}" for label, count in figures["bands"].items()))
    print("  overall histogram:")
    for line in histogram([r["overall"] for r in rows]):
        print(line)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the eval folder")
    parser.add_argument("--samples", type=Path, default=REPO / "samples")
    parser.add_argument("--limit", type=int, default=0, help="at most this many files per corpus")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print all figures as JSON at the end")
    args = parser.parse_args(argv)
    figures: dict = {}
    if args.shared.is_dir():
        results = {}
        for name, folder in CORPORA.items():
            paths = sorted((args.shared / folder).glob("*.txt"))
            if args.limit:
                paths = paths[: args.limit]
            results[name] = score_all(paths, args.jobs)
            figures[name] = report_corpus(name, results[name])
        print("\n== separation: P(PolNeAR article scores higher than PTC article)")
        figures["separation"] = {}
        for key in ("overall", *DIMENSIONS):
            value = separation(
                [r[key] for r in results["polnear"]], [r[key] for r in results["ptc"]]
            )
            figures["separation"][key] = value
            print(f"  {key:12} {value}")
        density = ptc_label_density(args.shared, results["ptc"])
        ptc_rows = results["ptc"]
        figures["ptc_gold_correlation"] = {
            "language_vs_loaded_density": spearman(
                [r["language"] for r in ptc_rows],
                [density[r["path"]]["language"] for r in ptc_rows],
            ),
            "overall_vs_all_technique_density": spearman(
                [r["overall"] for r in ptc_rows], [density[r["path"]]["all"] for r in ptc_rows]
            ),
        }
        print("\n== PTC: Spearman correlation with gold propaganda spans per sentence "
              "(negative = fewer points where annotators found more)")
        for key, value in figures["ptc_gold_correlation"].items():
            print(f"  {key:34} {value}")
        lowest = sorted(results["ptc"] + results["polnear"], key=lambda r: r["overall"])[:5]
        print("\n== lowest-scoring articles and their biggest deduction")
        for row in lowest:
            print(f"  {row['overall']:>3} {Path(row['path']).name}: {row['top_reason'][:90]}")
    else:
        print(f"skipped corpora: {args.shared} not found (evaluation data is not in the project)")
    sample_paths = sorted(
        p for p in args.samples.glob("*") if p.suffix in (".txt", ".md") and p.name != "README.md"
    )
    if sample_paths:
        rows = sorted(score_all(sample_paths, args.jobs), key=lambda r: -r["overall"])
        print("\n== samples ordered by score")
        columns = " ".join(f"{d[:5]:>5}" for d in DIMENSIONS)
        print(f"  {'file':28} {'overall':>7} {'band':13} {columns}")
        for row in rows:
            print(f"  {Path(row['path']).name:28} {row['overall']:>7} {row['band']:13} "
                  + " ".join(f"{row[d]:>5}" for d in DIMENSIONS))
        figures["samples"] = [
            {"file": Path(r["path"]).name, "overall": r["overall"], "band": r["band"]} for r in rows
        ]
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
