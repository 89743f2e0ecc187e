"""Deterministic sample of PolNeAR dev ``Source`` spans for hand labelling (offsets only).

    python benchmarks/labels/sample_sources.py [--context 300] [--from N] [--to M]

One annotator per article (the lexicographically first ``.ann`` file), every continuous Source
span whose sha1(``stem:start:end``) is divisible by 4.  Articles are split into a development half
and a held-out half by sha1(stem) parity.  Prints each sampled span with context for labelling;
``sampled_spans(shared)`` is what ``benchmarks/eval_sourcing.py`` reuses.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"


def _digest(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16)


def split_of(stem: str) -> str:
    """'dev' or 'heldout' for an article stem."""
    return "dev" if _digest(stem) % 2 == 0 else "heldout"


def annotator_files(folder: Path) -> dict[str, Path]:
    """Article stem -> the first annotator's .ann file (sorted by name)."""
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(stem, ann)
    return chosen


def source_spans(ann: Path) -> list[tuple[int, int]]:
    """Continuous Source spans of one .ann file, in offset order."""
    spans = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        label, _, offsets = parts[1].partition(" ")
        if label != "Source" or ";" in offsets:
            continue
        start, end = (int(x) for x in offsets.split())
        spans.add((start, end))
    return sorted(spans)


def sampled_spans(shared: Path) -> list[tuple[str, int, int]]:
    """(stem, start, end) for every sampled Source span, sorted."""
    folder = shared / "quotes" / "polnear" / "dev"
    sample = []
    for stem, ann in sorted(annotator_files(folder).items()):
        for start, end in source_spans(ann):
            if _digest(f"{stem}:{start}:{end}") % 4 == 0:
                sample.append((stem, start, end))
    return sample


def fresh_spans(
    shared: Path, residue: int = 1, half: str = "heldout"
) -> list[tuple[str, int, int]]:
    """A later sample for an unbiased check: ``half`` articles, hash residue ``residue`` of 4.

    Residue 1 (``polnear_fresh_sources.tsv``) was labelled after the first round of tuning;
    residue 2 (``polnear_final_sources.tsv``) after a later round; residue 3
    (``polnear_clean_sources.tsv``) after the last change to the rules, measured once.
    ``half="dev", residue=1`` is ``polnear_dev2_sources.tsv``: development-half articles whose
    labelled spans (residue 0) were tuned on, but whose residue-1 spans were never labelled.
    """
    folder = shared / "quotes" / "polnear" / "dev"
    sample = []
    for stem, ann in sorted(annotator_files(folder).items()):
        if split_of(stem) != half:
            continue
        for start, end in source_spans(ann):
            if _digest(f"{stem}:{start}:{end}") % 4 == residue:
                sample.append((stem, start, end))
    return sample


_PERSONAL_PRONOUNS = frozenset(
    "he she i we it his her him you me us our my its their them".split()  # noqa: SIM905
)
_GROUP_DETERMINERS = frozenset(
    ["the", "a", "an", "one", "some", "many", "other", "two", "three", "several", "most", "few"]
)


def _maybe_unnamed(span: str) -> bool:
    """The fifth sample's filter, independent of the tool's word lists.

    Meant to drop personal pronouns and proper names.  As written, the character class
    ``[\\w'.-]`` holds a backslash and the letter w, not word characters, so each "word" is
    one letter (plus any following w, ', . or -): the filter keeps spans with **no capital
    letter**, plus spans with exactly one capital whose first letter is "a"/"A" ("A student",
    "Allies").  Capitalised groups ("Democrats") are therefore under-represented.  Kept as is
    so that the labelled sample stays reproducible.
    """
    words = re.findall(r"[A-Za-z][\\w'.-]*", span)
    if not words or span.lower() in _PERSONAL_PRONOUNS:
        return False
    caps = [w for w in words if w[0].isupper()]
    if not caps:
        return True
    if len(caps) == 1 and caps[0].endswith("s") and not caps[0].endswith("'s"):
        return True
    return len(caps) == 1 and words[0].lower() in _GROUP_DETERMINERS


def rich_spans(
    shared: Path, articles: tuple[int, ...] = (0, 1), span_residue: int = 0
) -> list[tuple[str, int, int]]:
    """A fifth sample, rich in unnamed sources: PolNeAR **train** articles (never labelled before).

    Articles with sha1(stem) % 8 in (0, 1), spans with sha1(``stem:start:end``) % 3 == 0 that are
    not personal pronouns or proper names (``_maybe_unnamed``).  Labelled before the second round of
    sourcing rules and kept untouched until the end (``polnear_rich_sources.tsv``).
    ``articles=(2,)`` is the sixth sample (``polnear_rich2_sources.tsv``), labelled before a third
    round of rules that read the fifth sample's errors; ``articles=(3,)`` is the eighth
    (``polnear_rich3_sources.tsv``), labelled during the fourth round, blind to its rules;
    ``articles=(4,)`` is the ninth (``polnear_rich4_sources.tsv``), labelled in round 8 before
    its first measurement; ``articles=(5,)`` is the tenth (``polnear_rich5_sources.tsv``),
    labelled in round 9 before its first measurement; ``articles=(6,)`` is the eleventh
    (``polnear_rich6_sources.tsv``), labelled in round 10 before its first measurement;
    ``articles=(7,)`` is the twelfth (``polnear_rich7_sources.tsv``), labelled in round 11
    before its first measurement.  ``articles=(0, 1, 2), span_residue=1`` is the thirteenth
    (``polnear_rich8_sources.tsv``): spans of the fifth and sixth samples' articles that no
    earlier sample took (residue 1 of 3), labelled in round 12 before its first measurement.
    """
    folder = shared / "quotes" / "polnear" / "train"
    sample = []
    for stem, ann in sorted(annotator_files(folder).items()):
        if _digest(stem) % 8 not in articles:
            continue
        text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        for start, end in source_spans(ann):
            if _digest(f"{stem}:{start}:{end}") % 3 != span_residue:
                continue
            if _maybe_unnamed(text[start:end]):
                sample.append((stem, start, end))
    return sample


_EARLIER_RICH = (((0, 1), 0), ((2,), 0), ((3,), 0), ((4,), 0), ((5,), 0), ((6,), 0), ((7,), 0),
                 ((0, 1, 2), 1))
"""(articles, span_residue) of the fifth to thirteenth samples (rich .. rich8)."""


def _shingles(text: str) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i : i + 8]) for i in range(max(1, len(words) - 7))}


def _earlier_rich_articles(shared: Path) -> set[str]:
    """The train articles the fifth to thirteenth samples (rich .. rich8) drew spans from."""
    return {
        stem
        for articles, residue in _EARLIER_RICH
        for stem, _, _ in rich_spans(shared, articles=articles, span_residue=residue)
    }


def _fresh_articles(shared: Path, used: set[str]) -> list[tuple[str, str, Path]]:
    """(stem, text, annotation file) of the PolNeAR train articles outside ``used`` and the
    blind rich3 bucket (``sha1(stem) % 8 != 3``), in stem order, leaving out an article that is a
    near copy (over 30 % of its 8-word shingles) of a ``used`` article, a dev article or an
    earlier one of these."""
    folder = shared / "quotes" / "polnear" / "train"
    files = annotator_files(folder)
    texts = {stem: (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8") for stem in files}
    dev = shared / "quotes" / "polnear" / "dev" / "text"
    earlier = {stem: _shingles(texts[stem]) for stem in sorted(used)}
    for path in sorted(dev.glob("*.txt")):
        earlier[f"dev:{path.stem}"] = _shingles(path.read_text(encoding="utf-8"))
    fresh = []
    for stem, ann in sorted(files.items()):
        if stem in used or _digest(stem) % 8 == 3:
            continue
        own = _shingles(texts[stem])
        if any(len(own & other) > 0.3 * len(own) for other in earlier.values()):
            continue
        earlier[stem] = own
        fresh.append((stem, texts[stem], ann))
    return fresh


def unsampled_spans(shared: Path) -> list[tuple[str, int, int]]:
    """The fourteenth sample (rich9): train articles that no earlier sample drew a span from.

    Every rich-filter span (any residue) of PolNeAR train articles outside the blind rich3
    bucket (``sha1(stem) % 8 != 3``) none of whose spans is in rich .. rich8, leaving out an
    article that is a near copy (over 30 % of its 8-word shingles) of an earlier-sampled
    article, of a dev article, or of another such article that sorts before it.
    """
    return [
        (stem, start, end)
        for stem, text, ann in _fresh_articles(shared, _earlier_rich_articles(shared))
        for start, end in source_spans(ann)
        if _maybe_unnamed(text[start:end])
    ]


def _mixed_case(span: str) -> bool:
    """The fifteenth sample's filter: the spans the rich filter left out that may be unnamed.

    Not a personal pronoun, and either a lower-case word beside a capital ("Republican
    officials", "a Clinton aide", "Trump's supporters") or a capitalised plural word
    ("Democrats", "Senate Republicans"; also surnames such as "Sanders": the filter uses no word
    list, so the labeller sorts them out).  Independent of the tool's word lists.
    """
    words = re.findall(r"[A-Za-z][A-Za-z'.-]*", span)
    if not words or span.lower() in _PERSONAL_PRONOUNS:
        return False
    if any(w[0].islower() for w in words):
        return True
    return any(
        w.endswith("s") and not w.endswith("'s") and len(w) > 3 and not w.isupper() for w in words
    )


def untouched_spans(shared: Path) -> list[tuple[str, int, int]]:
    """The fifteenth sample (rich10): train articles that no earlier sample drew a span from.

    After rich9 took every rich-filter span of the articles rich .. rich8 had not used, what is
    left of PolNeAR train (outside the blind rich3 bucket, and leaving out near copies, over
    30 % of 8-word shingles, of an earlier-sampled article, a dev article or an earlier one of
    these) are articles whose sources are mostly capitalised.  Their ``_mixed_case`` spans with
    sha1(``stem:start:end``) % 2 == 0.
    """
    used = _earlier_rich_articles(shared) | {stem for stem, _, _ in unsampled_spans(shared)}
    return [
        (stem, start, end)
        for stem, text, ann in _fresh_articles(shared, used)
        for start, end in source_spans(ann)
        if _digest(f"{stem}:{start}:{end}") % 2 == 0 and _mixed_case(text[start:end])
    ]


def leftover_spans(shared: Path) -> list[tuple[str, int, int]]:
    """The sixteenth sample (rich11): every Source span of the last untouched train articles.

    After rich10, 44 PolNeAR train articles (outside the blind rich3 bucket, near copies left out
    as for rich9 and rich10) had still given no span to any sample: none of their spans passes
    the rich filter and none of their mixed-case spans fell in rich10's half.  The sample takes
    all their continuous Source spans, with no filter: the natural mix of named people, pronouns
    and groups of the articles that no rule writer has read.
    """
    used = _earlier_rich_articles(shared) | {stem for stem, _, _ in unsampled_spans(shared)}
    used |= {stem for stem, _, _ in untouched_spans(shared)}
    return [
        (stem, start, end)
        for stem, _, ann in _fresh_articles(shared, used)
        for start, end in source_spans(ann)
    ]


_BLIND = ("polnear_dev2_sources.tsv", "polnear_rich3_sources.tsv")
"""The blind samples' files: never read here (dev2 is dev articles, rich3 the train bucket
``sha1(stem) % 8 == 3``, so no train pool below can hold their spans)."""


def labelled_spans(later: tuple[str, ...] = ()) -> set[tuple[str, int, int]]:
    """(stem, start, end) of every span in the label files beside this script, but the blind ones
    and the ``later`` files (a sample's own file and those labelled after it, so that its pool
    stays what it was when it was drawn; offsets only: the labels are not read)."""
    spans = set()
    for tsv in sorted(Path(__file__).resolve().parent.glob("polnear_*_sources.tsv")):
        if tsv.name in _BLIND or tsv.name in later:
            continue
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("#") or len(parts) < 3:
                continue
            spans.add((parts[0], int(parts[1]), int(parts[2])))
    return spans


def residue_spans(shared: Path) -> list[tuple[str, int, int]]:
    """The seventeenth sample (rich12): the other half of rich10's mixed-case spans.

    The same pool of train articles as rich10 (those no sample before rich10 drew a span from,
    outside the blind rich3 bucket, near copies left out), their ``_mixed_case`` spans with
    sha1(``stem:start:end``) % 2 == 1, leaving out any span already in a label file (rich11 took
    every span of its articles, some of which fall here).
    """
    used = _earlier_rich_articles(shared) | {stem for stem, _, _ in unsampled_spans(shared)}
    done = labelled_spans()
    return [
        (stem, start, end)
        for stem, text, ann in _fresh_articles(shared, used)
        if _digest(stem) % 8 != 3
        for start, end in source_spans(ann)
        if _digest(f"{stem}:{start}:{end}") % 2 == 1
        and _mixed_case(text[start:end])
        and (stem, start, end) not in done
    ]


def _unnamed_shape(span: str) -> bool:
    """The eighteenth sample's filter: the rich filter (``_maybe_unnamed``), or a ``_mixed_case``
    span whose first word is lower-case ("some Republican senators", "a Clinton aide") or whose
    words are all capitalised (the capitalised-plural branch: "Democrats", "Senate Republicans").
    Mixed-case spans that open on a capital ("Hillary Clinton's campaign") are mostly named and
    are left out.  Independent of the tool's word lists."""
    if _maybe_unnamed(span):
        return True
    if not _mixed_case(span):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'.-]*", span)
    return words[0][0].islower() or all(w[0].isupper() for w in words)


_RICH13_LATER = ("polnear_rich13_sources.tsv", "polnear_rich14_sources.tsv")
"""The label files drawn after rich13's pool: its own and rich14's (``labelled_spans(later=)``)."""


def fresh_pool_spans(
    shared: Path,
    salt: str = "rich13",
    modulus: int = 17,
    buckets: tuple[int, ...] = (0, 1, 2, 4, 5, 6, 7),
    later: tuple[str, ...] = _RICH13_LATER,
) -> list[tuple[str, int, int]]:
    """The eighteenth sample (rich13): unlabelled spans of any non-blind train article.

    Every PolNeAR **train** article outside the blind rich3 bucket (``sha1(stem) % 8 != 3``),
    leaving out an article that is a near copy (over 30 % of its 8-word shingles) of a dev
    article or of a blind-bucket article (its text would leak theirs); its continuous Source
    spans that no label file holds, that pass ``_unnamed_shape``, and whose
    sha1(``rich13:stem:start:end``) % 17 == 0 (a salted key: the plain key's residues are what
    the earlier samples took).

    The nineteenth sample (rich14) is ``salt="rich14", modulus=RICH14_MODULUS,
    buckets=(4, 5, 6, 7), later=("polnear_rich14_sources.tsv",)``: the same pool, less every span
    rich13 and the earlier files hold, restricted to articles in buckets 4 to 7 (outside the train
    proxy, so the rule writers of round 29 never print them), with its own salt (``rich14_spans``).
    """
    folder = shared / "quotes" / "polnear" / "train"
    files = annotator_files(folder)
    texts = {stem: (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8") for stem in files}
    others = [_shingles(texts[stem]) for stem in files if _digest(stem) % 8 == 3]
    dev = shared / "quotes" / "polnear" / "dev" / "text"
    others += [_shingles(path.read_text(encoding="utf-8")) for path in sorted(dev.glob("*.txt"))]
    done = labelled_spans(later)
    sample = []
    for stem, ann in sorted(files.items()):
        if _digest(stem) % 8 == 3 or _digest(stem) % 8 not in buckets:
            continue
        own = _shingles(texts[stem])
        if any(len(own & other) > 0.3 * len(own) for other in others):
            continue
        for start, end in source_spans(ann):
            if (stem, start, end) in done or _digest(f"{salt}:{stem}:{start}:{end}") % modulus:
                continue
            if _unnamed_shape(texts[stem][start:end]):
                sample.append((stem, start, end))
    return sample


RICH14_MODULUS = 12
"""rich14's hash modulus: 159 spans of a pool of 1,811."""


def rich14_spans(shared: Path) -> list[tuple[str, int, int]]:
    """The nineteenth sample (rich14): as rich13, in train buckets 4 to 7, with its own salt.

    Continuous Source spans (first annotator file per article) of PolNeAR **train** articles with
    ``sha1(stem) % 8`` in 4, 5, 6 or 7 (outside the train proxy), near copies of dev or
    blind-bucket articles left out, that no label file before it holds (rich13 included), that
    pass ``_unnamed_shape``, and whose sha1(``rich14:stem:start:end``) % 12 == 0.
    """
    return fresh_pool_spans(
        shared,
        salt="rich14",
        modulus=RICH14_MODULUS,
        buckets=(4, 5, 6, 7),
        later=("polnear_rich14_sources.tsv",),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--context", type=int, default=300)
    parser.add_argument("--from", dest="first", type=int, default=0)
    parser.add_argument("--to", dest="last", type=int, default=10**9)
    parser.add_argument("--fresh", action="store_true", help="the second (fresh) sample")
    parser.add_argument("--final", action="store_true", help="the third sample")
    parser.add_argument("--clean", action="store_true", help="the fourth (clean test) sample")
    parser.add_argument("--rich", action="store_true", help="the fifth sample (train articles)")
    parser.add_argument("--rich2", action="store_true", help="the sixth sample (train articles)")
    parser.add_argument("--dev2", action="store_true", help="the seventh sample (dev half)")
    parser.add_argument("--rich3", action="store_true", help="the eighth sample (train articles)")
    parser.add_argument("--rich4", action="store_true", help="the ninth sample (train articles)")
    parser.add_argument("--rich5", action="store_true", help="the tenth sample (train articles)")
    parser.add_argument("--rich6", action="store_true", help="the eleventh sample (train articles)")
    parser.add_argument("--rich7", action="store_true", help="the twelfth sample (train articles)")
    parser.add_argument(
        "--rich8", action="store_true", help="the thirteenth sample (train articles, residue 1)"
    )
    parser.add_argument(
        "--rich9", action="store_true", help="the fourteenth sample (train articles never sampled)"
    )
    parser.add_argument(
        "--rich10", action="store_true", help="the fifteenth sample (untouched train articles)"
    )
    parser.add_argument(
        "--rich11", action="store_true", help="the sixteenth sample (every span, last articles)"
    )
    parser.add_argument(
        "--rich12", action="store_true", help="the seventeenth sample (rich10's other half)"
    )
    parser.add_argument(
        "--rich13", action="store_true", help="the eighteenth sample (unlabelled train spans)"
    )
    parser.add_argument(
        "--rich14", action="store_true", help="the nineteenth sample (train buckets 4 to 7)"
    )
    args = parser.parse_args()
    rich = (
        args.rich or args.rich2 or args.rich3 or args.rich4 or args.rich5 or args.rich6
        or args.rich7 or args.rich8 or args.rich9 or args.rich10 or args.rich11 or args.rich12
        or args.rich13 or args.rich14
    )
    split = "train" if rich else "dev"
    folder = args.shared / "quotes" / "polnear" / split / "text"
    if args.rich14:
        sample = rich14_spans(args.shared)
    elif args.rich13:
        sample = fresh_pool_spans(args.shared)
    elif args.rich12:
        sample = residue_spans(args.shared)
    elif args.rich11:
        sample = leftover_spans(args.shared)
    elif args.rich10:
        sample = untouched_spans(args.shared)
    elif args.rich9:
        sample = unsampled_spans(args.shared)
    elif args.rich8:
        sample = rich_spans(args.shared, articles=(0, 1, 2), span_residue=1)
    elif args.rich7:
        sample = rich_spans(args.shared, articles=(7,))
    elif args.rich6:
        sample = rich_spans(args.shared, articles=(6,))
    elif args.rich5:
        sample = rich_spans(args.shared, articles=(5,))
    elif args.rich4:
        sample = rich_spans(args.shared, articles=(4,))
    elif args.rich3:
        sample = rich_spans(args.shared, articles=(3,))
    elif args.dev2:
        sample = fresh_spans(args.shared, residue=1, half="dev")
    elif args.rich2:
        sample = rich_spans(args.shared, articles=(2,))
    elif args.rich:
        sample = rich_spans(args.shared)
    elif args.clean:
        sample = fresh_spans(args.shared, residue=3)
    elif args.final:
        sample = fresh_spans(args.shared, residue=2)
    elif args.fresh:
        sample = fresh_spans(args.shared)
    else:
        sample = sampled_spans(args.shared)
    print(f"# {len(sample)} sampled spans")
    for number, (stem, start, end) in enumerate(sample):
        if not args.first <= number < args.last:
            continue
        text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        before = text[max(0, start - args.context) : start].replace("\n", " / ")
        after = text[end : end + 80].replace("\n", " / ")
        print(f"[{number}] {stem} {start} {end}\n  ...{before}[[{text[start:end]}]]{after}...\n")


if __name__ == "__main__":
    main()
