"""Speed and scale of the newscheck pipeline, with proselint as the baseline, in one run.

    python benchmarks/bench.py              # full run (about a minute)
    python benchmarks/bench.py --quick      # small corpus, scaled-down sizes (a few seconds)
    python benchmarks/bench.py --profile    # add per-stage times and cProfile's top 25 functions
    python benchmarks/bench.py --json out.json
    python benchmarks/bench.py --memory-only  # only the big documents: growth, peak RSS per step

Corpus: ../shared/eval/quotes/polnear/train/text (840 articles, 3.9 MB) when present, otherwise the
samples/ articles replicated to about 4 MB.  1 MB = 10**6 bytes of UTF-8 input.

Measured, each printed next to its target with PASS/FAIL:
  * pipeline throughput: ``newscheck.analyze_text`` over every file, one process pinned to one core;
  * proselint 0.16 (``LintFile(...).lint()``, all checks, no error cap) on the same files, and the
    ratio of the two throughputs;
  * ``newscheck --version`` wall time against ``python -c pass`` (best of N subprocess runs), and
    whether it imported nltk or textblob;
  * linear growth: one ~15 MB document (the corpus concatenated) against a ~3.9 MB one;
  * peak memory analysing each of those in a fresh process (RUSAGE_CHILDREN ``ru_maxrss``, read
    by a small launcher so that this process's own size does not leak into the figure);
    the resident size after each pipeline step of the big one; and the peak of
    ``newscheck analyze big.txt --format json`` (the CLI path: analysis plus JSON output);
  * batch throughput of ``newscheck analyze --jobs 2`` on the corpus directory (wall time, CLI).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLES = REPO / "samples"
POLNEAR = REPO.parent / "shared" / "eval" / "quotes" / "polnear" / "train" / "text"
MB = 1_000_000

TARGET_MBPS = 2.0
TARGET_VS_PROSELINT = 10.0
TARGET_VERSION_SECONDS = 0.15
TARGET_GROWTH = 4.6
TARGET_PEAK_MB = 300.0
BIG_BYTES, SMALL_BYTES = 15_000_000, 3_900_000
CHILD_TIMEOUT = 900


@dataclass(frozen=True)
class Article:
    name: str
    text: str

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8"))


# ---------------------------------------------------------------- corpus


def load_corpus(quick: bool) -> tuple[list[Article], str]:
    """The benchmark articles and a description of where they came from."""
    if POLNEAR.is_dir():
        articles = [
            Article(p.name, p.read_bytes().decode("utf-8")) for p in sorted(POLNEAR.glob("*.txt"))
        ]
        origin = f"PolNeAR train ({POLNEAR})"
    else:
        originals = [
            Article(p.name, p.read_bytes().decode("utf-8"))
            for p in sorted(SAMPLES.iterdir())
            if p.suffix in {".txt", ".md"} and p.name != "README.md"
        ]
        articles, total, copy = [], 0, 0
        while total < 4 * MB:
            for article in originals:
                stem, _, suffix = article.name.rpartition(".")
                articles.append(Article(f"{stem}-{copy:03d}.{suffix}", article.text))
                total += article.size
            copy += 1
        origin = f"samples/ replicated x{copy} (evaluation data absent)"
    if quick:
        articles = take_bytes(articles, 600_000)
        origin += ", quick subset"
    return articles, origin


def take_bytes(articles: list[Article], limit: int) -> list[Article]:
    chosen, total = [], 0
    for article in articles:
        if total >= limit:
            break
        chosen.append(article)
        total += article.size
    return chosen


def corpus_directory(articles: list[Article], workdir: Path) -> Path:
    """A directory holding exactly these articles (the eval folder itself when it is all of it)."""
    if POLNEAR.is_dir() and len(articles) == len(list(POLNEAR.glob("*.txt"))):
        return POLNEAR
    folder = workdir / "corpus"
    folder.mkdir()
    for article in articles:
        (folder / article.name).write_bytes(article.text.encode("utf-8"))
    return folder


def concatenated(articles: list[Article], size: int) -> str:
    """Whole articles joined by blank lines, cycling through the corpus, cut to ``size`` bytes."""
    parts, total = [], 0
    while total < size:
        for article in articles:
            parts.append(article.text.strip())
            total += article.size + 2
            if total >= size:
                break
    text = "\n\n".join(parts) + "\n"
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


# ---------------------------------------------------------------- helpers


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    """Pin this process to a single CPU for the duration (where the OS allows it)."""
    if not hasattr(os, "sched_getaffinity"):
        yield "not pinned (no sched_setaffinity)"
        return
    before = os.sched_getaffinity(0)
    cpu = min(before)
    os.sched_setaffinity(0, {cpu})
    try:
        yield f"pinned to CPU {cpu}"
    finally:
        os.sched_setaffinity(0, before)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def line(label: str, value: str, target: str = "", ok: bool | None = None) -> None:
    status = "" if ok is None else verdict(ok)
    print(f"  {label:<38} {value:>18}   {target:<22} {status}")


def last_message(stderr: str) -> str:
    """The last meaningful line of a command's stderr (rich's box drawing removed)."""
    lines = [row.strip(" \u2502\u256d\u256e\u2570\u256f\u2500") for row in stderr.splitlines()]
    lines = [row for row in lines if row]
    return lines[-1] if lines else "?"


def newscheck_command() -> list[str]:
    script = shutil.which("newscheck")
    return [script] if script else [sys.executable, "-m", "newscheck"]


def best_wall_time(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


# ---------------------------------------------------------------- measurements


@dataclass
class Timing:
    """Per-article seconds on both clocks: wall (what a user waits) and this process's CPU."""

    wall: list[float]
    cpu: list[float]

    def total(self, count: int | None = None) -> tuple[float, float]:
        return sum(self.wall[:count]), sum(self.cpu[:count])


def time_newscheck(articles: list[Article], repeats: int) -> Timing:
    """Per-article seconds for ``analyze_text`` (best of ``repeats`` passes, one core)."""
    from newscheck import analyze_text

    analyze_text(articles[0].text, path=articles[0].name)  # imports, lexicon compilation
    wall = [float("inf")] * len(articles)
    cpu = [float("inf")] * len(articles)
    for _ in range(repeats):
        for index, article in enumerate(articles):
            start, cpu_start = time.perf_counter(), time.process_time()
            analyze_text(article.text, path=article.name)
            cpu[index] = min(cpu[index], time.process_time() - cpu_start)
            wall[index] = min(wall[index], time.perf_counter() - start)
    return Timing(wall, cpu)


def time_proselint(articles: list[Article]) -> tuple[Timing, int]:
    """Per-article seconds for proselint's full default check set, and its result count."""
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    config = dict(DEFAULT)
    config["max_errors"] = 10**9  # the default cap (1000) would stop the work early
    LintFile("warm-up", articles[0].text).lint(config)  # regex compilation
    timing, results = Timing([], []), 0
    for article in articles:
        start, cpu_start = time.perf_counter(), time.process_time()
        results += len(LintFile(article.name, article.text).lint(config))
        timing.cpu.append(time.process_time() - cpu_start)
        timing.wall.append(time.perf_counter() - start)
    return timing, results


def version_check(runs: int) -> dict:
    command = newscheck_command()
    version = best_wall_time([*command, "--version"], runs)
    baseline = best_wall_time([sys.executable, "-c", "pass"], runs)
    probe = (
        "import sys\nsys.argv = ['newscheck', '--version']\nfrom newscheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('nltk', 'textblob') if m in sys.modules)\n"
        "print(','.join(heavy) or '-', file=sys.stderr)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    heavy = completed.stderr.strip().splitlines()[-1]
    return {
        "command": " ".join(command) + " --version",
        "version_seconds": version,
        "python_pass_seconds": baseline,
        "heavy_imports": [] if heavy == "-" else heavy.split(","),
    }


CHILD = """
import json, sys, time
from importlib import import_module
from newscheck import analyze_text
from newscheck.pipeline import STAGES, build_document, to_report

def rss():
    # (resident, peak resident) MB from /proc (Linux); None elsewhere
    try:
        with open("/proc/self/status") as status:
            fields = dict(row.split(":", 1) for row in status if row.startswith("Vm"))
    except OSError:
        return None
    return [int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM")]

text = open(sys.argv[1], encoding="utf-8").read()
analyze_text(text[:20000])
memory = [("imports + text", rss())]
modules = [(name, import_module(f"newscheck.stages.{name}")) for name in STAGES]
# what run_pipeline does, step by step, with the resident size after each step
start, cpu_start = time.perf_counter(), time.process_time()
document = build_document(text)
for name, module in modules:
    module.run(document)
    memory.append((name, rss()))
report = to_report(document)
del document
cpu = time.process_time() - cpu_start
elapsed = time.perf_counter() - start
memory.append(("to_report", rss()))
print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "sentences": len(report.sentences),
                  "memory": memory}))
"""


LAUNCHER = """
import json, resource, subprocess, sys
completed = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=False)
sys.stderr.write(completed.stderr)
sys.stdout.write(completed.stdout)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"children_peak_mb": peak}))
sys.exit(completed.returncode)
"""


def analyse_in_child(path: Path) -> dict:
    """Analyse one file in a fresh interpreter: its times and its peak resident memory.

    The peak is RUSAGE_CHILDREN's ``ru_maxrss`` read by a small launcher process, not by this
    one: Linux carries a parent's resident size over into a forked child's maximum, so read
    from here every child would seem at least as large as the benchmark itself.
    """
    command = [sys.executable, "-c", LAUNCHER, sys.executable, "-c", CHILD, str(path)]
    try:
        completed = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=CHILD_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return {"error": f"gave up after {CHILD_TIMEOUT} s"}
    if completed.returncode != 0:
        return {"error": last_message(completed.stderr)}
    *_, figures_line, peak_line = completed.stdout.strip().splitlines()
    return json.loads(figures_line) | json.loads(peak_line)


def cli_json_peak(path: Path) -> dict:
    """Peak RSS of ``newscheck analyze <path> --format json`` writing to /dev/null (CLI path)."""
    command = [sys.executable, "-c", LAUNCHER, *newscheck_command(), "analyze", str(path),
               "--format", "json", "--output", os.devnull]
    try:
        completed = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=CHILD_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return {"error": f"gave up after {CHILD_TIMEOUT} s"}
    *_, peak_line = completed.stdout.strip().splitlines() or ["{}"]
    result = {"command": " ".join(command[3:]), "exit_code": completed.returncode}
    try:
        result |= json.loads(peak_line)
    except json.JSONDecodeError:
        result["error"] = last_message(completed.stderr)
    return result


def growth_and_memory(articles: list[Article], workdir: Path, scale: float) -> dict:
    small_size, big_size = int(SMALL_BYTES * scale), int(BIG_BYTES * scale)
    tiny_path = workdir / "tiny.txt"
    small_path, big_path = workdir / "small.txt", workdir / "big.txt"
    tiny_path.write_text(concatenated(articles, 20_000), encoding="utf-8")
    small_path.write_text(concatenated(articles, small_size), encoding="utf-8")
    big_path.write_text(concatenated(articles, big_size), encoding="utf-8")
    baseline = analyse_in_child(tiny_path)
    small = analyse_in_child(small_path)
    big = analyse_in_child(big_path)
    return {
        "baseline_peak_mb": baseline.get("children_peak_mb"),
        "small_bytes": small_path.stat().st_size,
        "big_bytes": big_path.stat().st_size,
        "small": small,
        "big": big,
        "big_cli_json": cli_json_peak(big_path),
    }


def print_memory_steps(result: dict) -> None:
    """Resident and peak resident MB after each step of one big-document run."""
    steps = result.get("memory") or []
    if not steps or steps[0][1] is None:
        return
    print("  resident MB after each step of the big document (peak so far in brackets):")
    previous = steps[0][1][0]
    for name, (resident, peak) in steps:
        print(f"    {name:<16} {resident:6.0f} ({peak:4.0f})   {resident - previous:+6.0f}")
        previous = resident


def batch_jobs(directory: Path, total_bytes: int, jobs: int) -> dict:
    command = [
        *newscheck_command(), "analyze", "--jobs", str(jobs), "--format", "jsonl", str(directory)
    ]
    start = time.perf_counter()
    completed = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    result = {"command": " ".join(command), "seconds": elapsed, "exit_code": completed.returncode}
    if completed.returncode != 0:
        result["error"] = last_message(completed.stderr)
    else:
        result["mb_per_s"] = total_bytes / MB / elapsed
    return result


SPIN = "x = 0\nfor i in range(12_000_000):\n    x += i\n"


def parallel_capacity(processes: int) -> float:
    """How many times one process's throughput ``processes`` CPU-bound processes achieve."""

    def run(count: int) -> float:
        start = time.perf_counter()
        children = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(count)]
        for child in children:
            child.wait()
        return time.perf_counter() - start

    alone = min(run(1) for _ in range(2))
    together = min(run(processes) for _ in range(2))
    return processes * alone / together


def stage_times(articles: list[Article]) -> dict[str, float]:
    """CPU seconds spent in each pipeline step over the corpus (one pass, after a warm-up).

    CPU time, not wall time: on a shared machine wall time swings with the load."""
    from importlib import import_module

    from newscheck.pipeline import STAGES, build_document, to_report

    modules = {name: import_module(f"newscheck.stages.{name}") for name in STAGES}
    totals = dict.fromkeys(("build_document", *STAGES, "to_report", "to_dict"), 0.0)
    for warm_up, batch in ((True, articles[:1]), (False, articles)):
        for article in batch:
            start = time.process_time()
            document = build_document(article.text, path=article.name)
            marks = [("build_document", time.process_time())]
            for name in STAGES:
                modules[name].run(document)
                marks.append((name, time.process_time()))
            report = to_report(document)
            marks.append(("to_report", time.process_time()))
            report.to_dict()
            marks.append(("to_dict", time.process_time()))
            if warm_up:
                continue
            previous = start
            for name, moment in marks:
                totals[name] += moment - previous
                previous = moment
    return totals


def stage_growth(articles: list[Article], scale: float) -> dict[str, list[float]]:
    """CPU seconds per step on one document of 0.4 MB and of 1.6 MB: which step is superlinear.

    Each size runs twice and the faster run of each step is kept: a step taking a few
    hundredths of a second on the small document is otherwise mostly noise."""
    from importlib import import_module

    from newscheck.pipeline import STAGES, build_document, to_report

    sizes = (int(400_000 * scale), int(1_600_000 * scale))
    modules = {name: import_module(f"newscheck.stages.{name}") for name in STAGES}
    build_document(articles[0].text)
    steps: dict[str, list[float]] = {}
    for size in sizes:
        text = concatenated(articles, size)
        best: dict[str, float] = {}
        for _ in range(2):
            start = time.process_time()
            document = build_document(text)
            marks = [("build_document", time.process_time())]
            for name in STAGES:
                modules[name].run(document)
                marks.append((name, time.process_time()))
            to_report(document).to_dict()
            marks.append(("report", time.process_time()))
            del document
            previous = start
            for name, moment in marks:
                best[name] = min(best.get(name, float("inf")), moment - previous)
                previous = moment
        for name, seconds in best.items():
            steps.setdefault(name, []).append(seconds)
    size_ratio = sizes[1] / sizes[0]
    print(f"\n== Growth per step: one {sizes[0] / MB:.1f} MB document vs one {sizes[1] / MB:.1f} MB"
          f" (x{size_ratio:.0f}; linear ~x{size_ratio:.0f}, CPU seconds)")
    for name, (small, big) in steps.items():
        ratio = big / small if small > 0.005 else float("nan")
        flag = "  <- superlinear" if ratio > 1.5 * size_ratio else ""
        print(f"  {name:<16} {small:7.2f} s -> {big:7.2f} s   x{ratio:5.1f}{flag}")
    return steps


def profile(articles: list[Article]) -> None:
    from newscheck import analyze_text

    analyze_text(articles[0].text, path=articles[0].name)
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        analyze_text(article.text, path=article.name)
    profiler.disable()
    for order in ("cumulative", "tottime"):
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats(order)
        stats.print_stats(25)
        print(f"\n== cProfile: top 25 by {order}")
        print("\n".join(row for row in stream.getvalue().splitlines() if row.strip())[:20000])


def throughput(
    articles: list[Article], total_bytes: int, repeats: int, proselint_files: int | None
) -> dict:
    print("== Throughput (in-process, one core; judged on CPU time, wall time alongside)")
    with one_core() as pinning:
        ours_timing = time_newscheck(articles, repeats)
        subset = articles[: proselint_files] if proselint_files else articles
        theirs_timing, proselint_results = time_proselint(subset)
    subset_bytes = sum(a.size for a in subset)
    ours_wall, ours_cpu = (total_bytes / MB / t for t in ours_timing.total())
    theirs_wall, theirs_cpu = (subset_bytes / MB / t for t in theirs_timing.total())
    ours_subset_cpu = subset_bytes / MB / ours_timing.total(len(subset))[1]
    ratio = ours_subset_cpu / theirs_cpu
    line("newscheck pipeline (CPU)", f"{ours_cpu:.2f} MB/s", f">= {TARGET_MBPS} MB/s",
         ours_cpu >= TARGET_MBPS)
    line("newscheck pipeline (wall)", f"{ours_wall:.2f} MB/s")
    line(f"proselint, {len(subset)} files (CPU)", f"{theirs_cpu:.3f} MB/s")
    line(f"proselint, {len(subset)} files (wall)", f"{theirs_wall:.3f} MB/s")
    line("newscheck / proselint (same files, CPU)", f"{ratio:.1f}x",
         f">= {TARGET_VS_PROSELINT:.0f}x", ratio >= TARGET_VS_PROSELINT)
    slowest = max(range(len(articles)), key=ours_timing.cpu.__getitem__)
    print(f"  ({pinning}; best of {repeats} pass(es) per file; slowest file "
          f"{articles[slowest].name} {ours_timing.cpu[slowest] * 1000:.0f} ms CPU; "
          f"proselint reported {proselint_results} problems)")
    return {
        "newscheck_mb_per_s_cpu": ours_cpu, "newscheck_mb_per_s_wall": ours_wall,
        "proselint_files": len(subset), "proselint_mb_per_s_cpu": theirs_cpu,
        "proselint_mb_per_s_wall": theirs_wall, "ratio_cpu": ratio, "pinning": pinning,
    }


def batch_section(articles: list[Article], total_bytes: int, workdir: Path) -> dict:
    print("\n== Batch via the CLI (wall time, including start-up)")
    figures: dict = {}
    capacity = parallel_capacity(2)
    line("machine: 2 busy processes give", f"{capacity:.2f}x", "of one (2.0 = two cores)")
    figures["parallel_capacity_2"] = capacity
    directory = corpus_directory(articles, workdir)
    for jobs in (1, 2):
        batch = batch_jobs(directory, total_bytes, jobs)
        if "error" in batch:
            line(f"analyze --jobs {jobs}", "ERROR", batch["error"][:60], False)
        else:
            line(f"analyze --jobs {jobs}", f"{batch['mb_per_s']:.2f} MB/s",
                 f"{batch['seconds']:.1f} s")
        figures[f"batch_jobs_{jobs}"] = batch
    return figures


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small corpus, scaled-down sizes")
    parser.add_argument("--profile", action="store_true", help="per-stage times and cProfile")
    parser.add_argument("--repeats", type=int, default=None, help="pipeline passes (best kept)")
    parser.add_argument("--proselint-files", type=int, default=None,
                        help="limit proselint (and the ratio) to the first N files")
    parser.add_argument("--skip-scale", action="store_true",
                        help="skip the subprocess measurements (version, growth, memory, jobs)")
    parser.add_argument("--json", type=Path, default=None, help="also write all figures here")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the big-document runs: growth, peak RSS, RSS per step")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)

    articles, origin = load_corpus(args.quick)
    total_bytes = sum(a.size for a in articles)
    repeats = args.repeats or (1 if args.quick else 2)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    figures: dict = {
        "corpus": origin, "files": len(articles), "bytes": total_bytes, "load_average": load,
        "cpus": os.cpu_count(),
    }
    print(f"newscheck benchmark — corpus: {origin}")
    print(f"  {len(articles)} files, {total_bytes / MB:.2f} MB; python {sys.version.split()[0]}; "
          f"{os.cpu_count()} CPUs, load average {load[0]:.1f} at start\n")

    if not args.memory_only:
        figures["throughput"] = throughput(articles, total_bytes, repeats, args.proselint_files)

    if not args.skip_scale and not args.memory_only:
        runs = 5 if args.quick else 15
        print(f"\n== Start-up (best of {runs})")
        version = version_check(runs)
        overhead = version["version_seconds"] - version["python_pass_seconds"]
        line("newscheck --version", f"{version['version_seconds'] * 1000:.0f} ms",
             f"<= {TARGET_VERSION_SECONDS * 1000:.0f} ms",
             version["version_seconds"] <= TARGET_VERSION_SECONDS)
        line("python -c pass", f"{version['python_pass_seconds'] * 1000:.0f} ms",
             f"(overhead {overhead * 1000:.0f} ms)")
        heavy = ", ".join(version["heavy_imports"]) or "none"
        line("nltk/textblob imported by --version", heavy, "none",
             not version["heavy_imports"])
        figures["startup"] = version

    if not args.skip_scale:
        scale = 0.1 if args.quick else 1.0
        print(f"\n== Linear growth and peak memory (one document, fresh process each"
              f"{'; sizes scaled x0.1, targets indicative' if args.quick else ''})")
        with tempfile.TemporaryDirectory(prefix="newscheck-bench-") as tmp:
            workdir = Path(tmp)
            growth = growth_and_memory(articles, workdir, scale)
            small, big = growth["small"], growth["big"]
            size_ratio = growth["big_bytes"] / growth["small_bytes"]
            for key, result in (("small_bytes", small), ("big_bytes", big)):
                size = f"{growth[key] / MB:.1f} MB document"
                if "error" in result:
                    line(size, "ERROR", result["error"][:60], False)
                    continue
                line(size, f"{result['cpu_seconds']:.2f} s CPU",
                     f"{growth[key] / MB / result['cpu_seconds']:.2f} MB/s "
                     f"(wall {result['seconds']:.1f} s)")
            if "error" not in small and "error" not in big:
                growth_ratio = big["cpu_seconds"] / small["cpu_seconds"]
                line(f"time ratio (size ratio {size_ratio:.2f}x)", f"{growth_ratio:.2f}x",
                     f"<= {TARGET_GROWTH}x", growth_ratio <= TARGET_GROWTH)
                line("peak RSS, 20 kB document (baseline)", f"{growth['baseline_peak_mb']:.0f} MB")
                line("peak RSS, small document", f"{small['children_peak_mb']:.0f} MB")
                line("peak RSS, big document", f"{big['children_peak_mb']:.0f} MB",
                     f"<= {TARGET_PEAK_MB:.0f} MB", big["children_peak_mb"] <= TARGET_PEAK_MB)
                cli = growth["big_cli_json"]
                if "children_peak_mb" in cli and cli.get("exit_code") == 0:
                    line("peak RSS, big document, CLI --format json",
                         f"{cli['children_peak_mb']:.0f} MB", "(analysis + JSON output)")
                else:
                    line("CLI --format json on the big document", "ERROR",
                         str(cli.get("error", cli.get("exit_code")))[:60], False)
                print_memory_steps(big)
            figures["growth"] = growth
            if not args.memory_only:
                figures |= batch_section(articles, total_bytes, workdir)

    if args.profile:
        print("\n== CPU time per pipeline step (one pass over the corpus)")
        totals = stage_times(articles)
        grand = sum(totals.values())
        for name, seconds in totals.items():
            print(f"  {name:<16} {seconds:7.2f} s  {100 * seconds / grand:5.1f} %  "
                  f"{total_bytes / MB / seconds if seconds else float('inf'):8.1f} MB/s alone")
        figures["stages"] = totals
        figures["stage_growth"] = stage_growth(articles, 0.25 if args.quick else 1.0)
        profile(articles)

    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
