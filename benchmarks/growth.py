"""Linear growth on stories that once made a stage quadratic: n against 4n in one run.

    python benchmarks/growth.py            # every case; exit 1 if any ratio reaches its limit
    python benchmarks/growth.py --case headlines-with-quoted-words

Each case is a story generator that a past defect made super-linear (the docstrings say which).
Its text at size n and at 4n is analysed twice each after a warm-up, and the ratio of the best CPU
times is printed next to the limit: linear measures about 4-5, the square would be 16; the limit
of 7 leaves room for a loaded machine. These checks were timed unit tests until round 18 (one
flaked under load in CI); the test suite keeps each story's behaviour, this script its speed.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from collections.abc import Callable

LIMIT = 7.0


def council_paragraphs(count: int) -> str:
    """Speakers opening a paragraph after a long word once made the quotes stage copy the whole
    text before each of them (9.8x for 4x the text); an attitude opening a paragraph ("Concerned
    residents") did the same in the sourcing stage."""
    paragraphs = (
        '"We will not back down," said Councillor Lena Ortiz of the harbour committee.\n\n'
        "Ortiz argued that the port authority's plan was unconstitutional.\n\n"
        "Critics said the vote was rushed through by administrators.\n\n"
        "Concerned residents packed the hall on Tuesday, according to the organisers.\n\n"
    )
    return paragraphs * count


def quoted_passages(count: int) -> str:
    """Each single quoted word was looked up in every quoted passage of the text (candidates x
    passages): 11.6x the language stage's time for 4x the text."""
    return '{"key": "Value,", "other": "Said X: y."}\n' * count


def headlines_with_quoted_words(count: int) -> str:
    """A headline's cueless partial looked for its subject's name in the whole story."""
    return "".join(
        f"Harbor Chief {n} Rips Pier Plan As A \u2018Reckless Gamble.\u2019\n\n"
        "The harbor board met on Tuesday to vote on the pier plan.\n\n"
        for n in range(count)
    )


def unattributed_beside_attributed(count: int) -> str:
    """A speakerless quotation was looked for inside every attributed one (a headline the story
    quotes again)."""
    return "".join(
        f'"The pier {n} will be rebuilt by June," Ortiz said.\n\n"Not pier {n}."\n\n'
        f"The harbor board met on Tuesday.\n\n\u201cWhy pier {n + 1}?\u201d\n\n"
        for n in range(count)
    )


_RANDOM = random.Random(1)
_NAMES = ["".join(_RANDOM.choice(string.ascii_lowercase) for _ in range(7)).capitalize()
          for _ in range(8_000)]


def distinct_capitalised_groups(count: int) -> str:
    """Each new capitalised word opening a sentence searched the whole text for it elsewhere:
    8.5x the time for 4x the text."""
    return "".join(
        f"{_NAMES[i]}-farmers still oppose the new harbor plan for the valley. "
        "The council will vote on it in May. "
        for i in range(count)
    )


def bodies_after_a_comma(count: int) -> str:
    """Round 17's ", airlines said" test sliced the whole text before each candidate speaker.
    At these sizes the copy is cheap (about 5-6x here before and after the fix); it showed on
    the 15 MB document of ``bench.py --memory-only``: 4.09x -> 3.40x, peak 300 -> 279 MB."""
    return "".join(
        f"Fares on route {n} rose by a fifth on Monday, airlines said.\n\n"
        "The regulator will publish its review in May.\n\n"
        for n in range(count)
    )


def mid_sentence_line_breaks(count: int) -> str:
    """Round 9's line joining re-sliced the growing paragraph for each line ending in a space:
    28x the time for 4x the text."""
    line = ("the council met on Tuesday. The mayor said the harbour budget was fine and that "
            "residents would get their say and \n")
    return line * (count * 10)


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "council-paragraphs": (council_paragraphs, 850),
    "quoted-passages": (quoted_passages, 4_000),
    "headlines-with-quoted-words": (headlines_with_quoted_words, 2_000),
    "unattributed-beside-attributed": (unattributed_beside_attributed, 2_000),
    "distinct-capitalised-groups": (distinct_capitalised_groups, 2_000),
    "bodies-after-a-comma": (bodies_after_a_comma, 2_000),
    "mid-sentence-line-breaks": (mid_sentence_line_breaks, 500),
}


def best_cpu_seconds(text: str, repeats: int = 2) -> float:
    """The best CPU time of the whole pipeline on ``text`` over ``repeats`` runs."""
    from newscheck import analyze_text

    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        analyze_text(text)
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    args = parser.parse_args()

    from newscheck import analyze_text

    failed = 0
    print(f"{'case':<32} {'kB (n)':>8} {'n s':>7} {'4n s':>7} {'ratio':>6}  limit {LIMIT:g}")
    for name in args.case or CASES:
        story, count = CASES[name]
        analyze_text(story(50))  # warm-up: imports, lexicons
        small, large = story(count), story(4 * count)
        small_seconds, large_seconds = best_cpu_seconds(small), best_cpu_seconds(large)
        ratio = large_seconds / max(small_seconds, 1e-3)
        verdict = "PASS" if ratio < LIMIT else "FAIL"
        failed += verdict == "FAIL"
        size = len(small.encode("utf-8")) / 1000
        print(f"{name:<32} {size:8.0f} {small_seconds:7.2f} {large_seconds:7.2f} {ratio:6.2f}  "
              f"{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
