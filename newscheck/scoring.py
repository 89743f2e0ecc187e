"""The credibility model: five dimensions scored 0-100, each point taken off with its reason.

Every dimension starts at 100 and loses points for *rates* (shares of quotes, flags per sentence),
never raw counts, so a long story is not punished for being long.  Each reason names the findings
behind it by id.  The model is documented, with its constants, in ``docs/scoring.md``.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from newscheck.report import FINDING_ORDER
from newscheck.stages.voice import merged_spans, reported_speech

if TYPE_CHECKING:
    from newscheck.document import Document
    from newscheck.report import Finding, Quote

WEIGHTS: dict[str, float] = {
    "sourcing": 0.35,
    "attribution": 0.15,
    "language": 0.25,
    "certainty": 0.10,
    "balance": 0.15,
}
"""Dimension weights in the overall score, a weighted geometric mean (they sum to 1)."""

# Points: a share (0-1) or a per-sentence rate times these, capped where noted.
ANONYMOUS_POINTS = 120  # x share of attributed claims resting on anonymous sources
EXPLAINED_ANONYMOUS_FACTOR = 0.5  # anonymity explained (A102) costs half
VAGUE_POINTS = 70  # x share credited to unspecified groups
NO_SOURCE_POINTS = 40  # no identifiable first-hand source at all
MISSING_SOURCE_POINTS = 12  # per identifiable source short of the expected number
DOCUMENT_BONUS, DOCUMENT_BONUS_CAP = 4, 8  # per document cited; only offsets deductions
UNATTRIBUTED_QUOTE_POINTS = 50  # x share of quotations with no speaker
UNATTRIBUTED_CLAIM_POINTS, UNATTRIBUTED_CLAIM_CAP = 150, 45  # x accusations per sentence
UNATTRIBUTED_CLAIM_CEILING = 84  # any such accusation: the overall stays below "well sourced"
LOADED_POINTS, LOADED_CAP = 150, 60  # x reporter's-voice loaded words per sentence
QUOTED_LOADED_POINTS, QUOTED_LOADED_CAP = 30, 10  # x loaded words in quotations per sentence
SUBJECTIVE_POINTS, SUBJECTIVE_CAP = 60, 20  # x subjective sentences per sentence
HEDGE_POINTS, HEDGE_CAP = 100, 60  # x weighted reporter's-voice hedges per sentence
ABSOLUTE_POINTS, ABSOLUTE_CAP = 80, 20  # x unhedged absolutes per sentence
TOP_SOURCE_SHARE, TOP_SOURCE_POINTS = 2 / 3, 90  # x share of quotes above 2/3 from one source
OUTLET_POINTS, OUTLET_CAP = 100, 50  # x share of attributed claims credited to other outlets
UNNAMED_ATTACK_POINTS, UNNAMED_ATTACK_CAP = 140, 30  # x share of claims: unnamed quote, loaded
SOURCED_SENTENCE_SHARE, SOURCED_SENTENCE_POINTS = 0.4, 100  # x shortfall below 40% of sentences
MIN_SOURCED_SENTENCES_CHECK = 5  # shorter texts are not judged on their share of sourced sentences

BANDS: tuple[tuple[int, str], ...] = (
    (85, "well sourced"),
    (70, "mixed"),
    (50, "weak"),
    (0, "poor"),
)
"""Lowest overall score of each plain-words band, best first."""

MAX_FLAG_CHARS = 300
"""Longest sourcing flag looked back over when matching flags to a quote's speaker."""

MIN_SENTENCES = 10
"""Per-sentence rates use at least this many sentences, so one flag in a three-line brief does not
count as a third of the story."""

IDENTIFIABLE_KINDS = frozenset({"person", "organization", "document"})
"""Speaker kinds that count as first-hand identifiable sources (outlets are second-hand)."""

HEDGE_WEIGHTS = {"H101": 0.5, "H102": 0.75, "H103": 1.0, "H104": 0.5, "H105": 1.0}
"""How much each reporter's-voice hedge weighs: 'reportedly' and 'it is believed' hide a source,
a modal ('could') only speculates."""

HEDGE_LABELS = {
    "H101": "speculative modal",
    "H102": "hedging verb",
    "H103": "hedging adverb",
    "H104": "hedging adjective",
    "H105": "impersonal hedging phrase",
}

LOADED_LABELS = {
    "emotive": "emotive word",
    "name_calling": "disparaging or glorifying label",
    "intensifier": "intensifier",
    "exaggeration": "exaggeration",
    "puffery": "puffery",
}


@dataclass(slots=True)
class Reason:
    """Points added (positive) or taken off (negative), why, and the findings behind it."""

    points: int
    message: str
    findings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"points": self.points, "message": self.message, "findings": list(self.findings)}


@dataclass(slots=True)
class Dimension:
    name: str
    weight: float
    reasons: list[Reason] = field(default_factory=list)

    @property
    def score(self) -> int:
        if not self.reasons:
            return 100
        return max(0, min(100, 100 + sum([reason.points for reason in self.reasons])))

    def take(self, points: float, message: str, findings: list[Finding] | None = None) -> None:
        """Record a deduction of ``points``, rounded; capped at what is left (the reason is
        still recorded, with 0 points, once the dimension is at 0); nothing if it rounds to 0."""
        wanted = round(points)
        if wanted > 0:
            taken = min(wanted, self.score)  # never below 0, so reasons add up exactly
            ids = [f.id for f in findings or []]
            self.reasons.append(Reason(-taken, message, ids))

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "weight": self.weight,
            "reasons": [reason.to_dict() for reason in self.reasons],
        }


@dataclass(slots=True)
class Attribution:
    """One claim the story credits to someone: a quote, or a sourcing flag outside any quote."""

    kind: str  # a speaker kind, "unknown" when nobody is credited
    findings: list[Finding]
    speaker: str | None = None
    """Who is credited: the source id, or the normalised speaker name."""
    name: str = ""
    explained: bool = False
    quote: Quote | None = None


GEOMETRIC_FLOOR = 10
"""Dimension scores below this count as this in the overall: a dimension at 10 is already as
bad as the scale says, and in a geometric mean the gap between 2 and 4 would otherwise outweigh
the gap between 46 and 100 in another dimension."""


def overall_score(dimensions: list[Dimension]) -> int:
    """Weighted geometric mean of the dimension scores (each floored at ``GEOMETRIC_FLOOR``).

    A weak dimension pulls the overall down more than a strong one lifts it: 100 everywhere but
    sourcing at 30 gives 66, where an arithmetic mean would give 76.
    """
    floor = GEOMETRIC_FLOOR
    return round(math.exp(sum(d.weight * math.log(max(d.score, floor)) for d in dimensions)))


def band_for(overall: int) -> str:
    """The plain-words band for an overall score."""
    return next(label for floor, label in BANDS if overall >= floor)


@lru_cache(maxsize=1)
def absolute_words() -> frozenset[str]:
    """Absolutes ('never', 'always', 'undeniably') counted under certainty, not language."""
    path = resources.files("newscheck").joinpath("lexicons/scoring_absolutes.txt")
    text = path.read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def quoted(items: list[str], limit: int = 3) -> str:
    """'a', 'b', 'c' (+2 more) -- a short list of the words behind a reason."""
    shown = ", ".join(f"'{item}'" for item in items[:limit])
    return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


def distinct_texts(findings: list[Finding]) -> list[str]:
    seen: dict[str, None] = {}
    for finding in findings:
        seen.setdefault(" ".join(finding.text.split()), None)
    return list(seen)


def plural(count: int | float, noun: str, plural_form: str | None = None) -> str:
    count_text = f"{count:g}" if isinstance(count, float) else str(count)
    return f"{count_text} {noun if count == 1 else plural_form or noun + 's'}"


def agree(count: int, singular: str, plural_form: str) -> str:
    """The verb form agreeing with ``count`` ("1 of 6 rests", "2 of 6 rest")."""
    return singular if count == 1 else plural_form


# --- gathering the facts ---------------------------------------------------------------------

SOURCING_FLAG_PREFIXES = ("A1", "A2", "A3")


@dataclass(slots=True)
class FindingGroups:
    """The findings each dimension reads, sorted out in one pass (document order kept)."""

    loaded: list[Finding] = field(default_factory=list)
    """Category loaded_language."""
    flags: list[Finding] = field(default_factory=list)
    """Sourcing flags: anonymous, vague, second-hand (A1xx, A2xx, A3xx)."""
    by_rule: dict[str, list[Finding]] = field(default_factory=dict)
    """Every finding by rule (A401, A402, T101, the hedges...)."""

    @classmethod
    def of(cls, findings: list[Finding]) -> FindingGroups:
        groups = cls()
        for finding in findings:
            if finding.category == "loaded_language":
                groups.loaded.append(finding)
            if finding.rule[:2] in SOURCING_FLAG_PREFIXES:
                groups.flags.append(finding)
            groups.by_rule.setdefault(finding.rule, []).append(finding)
        return groups

    def rule(self, rule: str) -> list[Finding]:
        return self.by_rule.get(rule, [])


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


def attributions(document: Document, groups: FindingGroups | None = None) -> list[Attribution]:
    """Every quote plus every sourcing flag (A1xx/A2xx/A301) that is not on a quote's speaker
    nor inside a quotation (round 17: the quoted source's words, not the reporter's sourcing)."""
    groups = groups or FindingGroups.of(document.findings)
    flags = sorted(groups.flags, key=FINDING_ORDER)
    starts = [f.start for f in flags]
    linked: set[int] = set()
    result: list[Attribution] = []
    # Per quote (the hottest loop here): a speaker's normalised name is worked out once per
    # name, and the Attribution is built positionally (keyword arguments cost more).
    normalised: dict[str, str] = {}
    count = len(flags)
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is None:
            result.append(Attribution("unknown", [], None, "", False, quote))  # positional: cheaper
            continue
        on_speaker = []
        kind = speaker.kind
        explained = False
        if count:
            index = bisect_left(starts, speaker.start - MAX_FLAG_CHARS)
            while index < count and flags[index].start < speaker.end:
                if flags[index].end > speaker.start:
                    on_speaker.append(flags[index])
                index += 1
            if on_speaker:
                linked.update(map(id, on_speaker))
                if kind in ("person", "organization", "unknown"):
                    kind = _kind_of_flag(on_speaker[0])
                explained = any(f.rule == "A102" for f in on_speaker)
        name = speaker.name
        key = speaker.source_id
        if not key:
            key = normalised.get(name)
            if key is None:
                key = normalised[name] = " ".join(name.lower().split())
        result.append(Attribution(kind, on_speaker, key, name, explained, quote))
    for finding in flags:
        if finding.voice == "quoted":
            continue  # round 17: "'Critics will say anything,' Smith said": a group inside a
            # source's own quotation is what Smith claims, not a source the reporter relied on
        if id(finding) not in linked:
            result.append(
                Attribution(_kind_of_flag(finding), [finding], None, "", finding.rule == "A102")
            )
    return result


def _kind_of_flag(finding: Finding) -> str:
    return {"A1": "anonymous", "A2": "vague", "A3": "outlet"}[finding.rule[:2]]


def unnamed_attacks(
    document: Document, unnamed: list[Attribution], groups: FindingGroups | None = None
) -> list[tuple[Attribution, list[Finding]]]:
    """Anonymous or vague verbatim quotes with loaded words inside them (attacks nobody signs)."""
    if not unnamed:
        return []
    groups = groups or FindingGroups.of(document.findings)
    by_quote: dict[str, list[Finding]] = {}
    loose: list[Finding] = []  # quoted-voice findings without a quote id: matched by position
    for finding in groups.loaded:
        if finding.voice == "quoted":
            if finding.quote:
                by_quote.setdefault(finding.quote, []).append(finding)
            else:
                loose.append(finding)
    loose.sort(key=lambda f: f.start)
    loose_starts = [f.start for f in loose]
    result = []
    for credit in unnamed:
        quote = credit.quote
        if quote is None or quote.kind == "indirect":
            continue
        words = list(by_quote.get(quote.id, []))
        index = bisect_left(loose_starts, quote.start)
        while index < len(loose) and loose[index].start < quote.end:
            if loose[index].end <= quote.end:
                words.append(loose[index])
            index += 1
        if words:
            result.append((credit, words))
    return result


def identifiable_sources(document: Document) -> tuple[set[str], list[str]]:
    """(keys of first-hand identifiable sources, the names of those that are documents: "the
    audit", "a 2019 survey")."""
    if document.sources:
        chosen = [s for s in document.sources if s.identifiable and s.kind in IDENTIFIABLE_KINDS]
        return {s.id for s in chosen}, [s.name for s in chosen if s.kind == "document"]
    names: set[str] = set()
    documents: dict[str, str] = {}  # key -> the name it was first cited by
    for quote in document.quotes:
        if quote.speaker and quote.speaker.kind in IDENTIFIABLE_KINDS:
            key = quote.speaker.source_id or quote.speaker.name.lower()
            names.add(key)
            if quote.speaker.kind == "document":
                documents.setdefault(key, quote.speaker.name)
    return names, list(documents.values())


def expected_sources(words: int) -> int:
    """How many identifiable first-hand sources a story of this length should have."""
    if words < 150:
        return 1
    if words < 400:
        return 2
    return 3


# --- the dimensions ----------------------------------------------------------------------------


def score_sourcing(
    document: Document, credits: list[Attribution], words: int,
    groups: FindingGroups | None = None,
) -> Dimension:
    dim = Dimension("sourcing", WEIGHTS["sourcing"])
    total = len(credits)
    anonymous = [c for c in credits if c.kind == "anonymous"]
    vague = [c for c in credits if c.kind == "vague"]
    named, cited = identifiable_sources(document)
    documents = len(cited)
    expected = expected_sources(words)
    if not named:
        dim.take(
            NO_SOURCE_POINTS,
            f"no identifiable first-hand source in a {words}-word story",
            _flat(anonymous + vague),
        )
    elif len(named) < expected:
        dim.take(
            MISSING_SOURCE_POINTS * (expected - len(named)),
            f"only {plural(len(named), 'identifiable first-hand source')} in a {words}-word story "
            f"({expected} expected)",
        )
    if anonymous:
        unexplained = sum(not c.explained for c in anonymous)
        weighted = unexplained + EXPLAINED_ANONYMOUS_FACTOR * (len(anonymous) - unexplained)
        explained = len(anonymous) - unexplained
        note = f" ({explained} explained)" if explained else ""
        dim.take(
            ANONYMOUS_POINTS * weighted / total,
            f"{len(anonymous)} of {plural(total, 'attributed claim')} "
            f"{agree(len(anonymous), 'rests', 'rest')} on anonymous "
            f"sources{note}",
            _flat(anonymous),
        )
    if vague:
        findings = _flat(vague)
        words_used = quoted(distinct_texts(findings)) if findings else ""
        dim.take(
            VAGUE_POINTS * len(vague) / total,
            f"{len(vague)} of {plural(total, 'attributed claim')} "
            f"{agree(len(vague), 'rests', 'rest')} on vague attribution (unnamed groups, "
            "weasel phrases)" + (f": {words_used}" if words_used else ""),
            findings,
        )
    attacks = unnamed_attacks(document, anonymous + vague, groups)
    if attacks:
        loaded = [f for _, words in attacks for f in words]
        verb = agree(len(attacks), "carries", "carry")
        dim.take(
            min(UNNAMED_ATTACK_CAP, UNNAMED_ATTACK_POINTS * len(attacks) / total),
            f"{plural(len(attacks), 'quote')} from unnamed sources {verb} loaded words: "
            + quoted(distinct_texts(loaded)),
            _flat([credit for credit, _ in attacks]) + loaded,
        )
    deducted = -sum(r.points for r in dim.reasons)
    bonus = min(DOCUMENT_BONUS * documents, DOCUMENT_BONUS_CAP, deducted)
    if bonus > 0:
        dim.reasons.append(Reason(
            bonus,
            f"cites {plural(documents, 'document')} directly: {quoted(cited)}",
        ))
    return dim


def score_attribution(
    document: Document, sentences: int, groups: FindingGroups | None = None
) -> Dimension:
    dim = Dimension("attribution", WEIGHTS["attribution"])
    groups = groups or FindingGroups.of(document.findings)
    # The sourcing stage decides which quotations really lack a speaker (A401): a scare quote or
    # a title in quotation marks has no speaker and needs none.
    flagged = groups.rule("A401")
    count = len(flagged)
    if count:
        total = max(sum(q.kind != "indirect" for q in document.quotes), count)
        dim.take(
            UNATTRIBUTED_QUOTE_POINTS * count / total,
            f"{count} of {plural(total, 'quotation')} {agree(count, 'has', 'have')} no speaker",
            flagged,
        )
    claims = groups.rule("A402")
    if claims:
        dim.take(
            min(UNATTRIBUTED_CLAIM_CAP, UNATTRIBUTED_CLAIM_POINTS * len(claims) / sentences),
            f"{plural(len(claims), 'accusation')} in the reporter's voice with no source "
            f"(the overall stays at or below {UNATTRIBUTED_CLAIM_CEILING}): "
            + quoted(distinct_texts(claims)),
            claims,
        )
    if len(document.sentences) >= MIN_SOURCED_SENTENCES_CHECK:
        sourced = count_sourced_sentences(document, groups)
        share = sourced / len(document.sentences)
        if share < SOURCED_SENTENCE_SHARE:
            dim.take(
                SOURCED_SENTENCE_POINTS * (SOURCED_SENTENCE_SHARE - share),
                f"only {sourced} of {plural(len(document.sentences), 'sentence')} "
                "say where their information comes from (a quote, a source or a cue)",
            )
    return dim


def count_sourced_sentences(document: Document, groups: FindingGroups | None = None) -> int:
    """How many sentences overlap a quote, a speaker, a source mention or a sourcing flag.

    One sweep over both sorted lists: linear after sorting.
    """
    marks: list[tuple[int, int]] = [(q.start, q.end) for q in document.quotes]
    marks += [(q.speaker.start, q.speaker.end) for q in document.quotes if q.speaker]
    marks += [(m.start, m.end) for source in document.sources for m in source.mentions]
    groups = groups or FindingGroups.of(document.findings)
    marks += [(f.start, f.end) for f in groups.flags]
    if not marks:
        return 0
    marks.sort()
    sentences = document.sentences
    starts = document.sentence_starts()
    if sorted(starts) != starts:  # the sentences stage gives them in order
        sentences = sorted(sentences, key=lambda span: span.start)
    count = 0
    first = 0  # marks before this index end before the current sentence starts
    total = len(marks)
    for sentence in sentences:
        sentence_start, sentence_end = sentence.start, sentence.end
        while first < total and marks[first][1] <= sentence_start:
            first += 1
        index = first
        while index < total and marks[index][0] < sentence_end:
            if marks[index][1] > sentence_start:
                count += 1
                break
            index += 1
    return count


def score_language(
    document: Document, sentences: int, groups: FindingGroups | None = None,
    reported: ReportedSpeech | None = None,
) -> Dimension:
    dim = Dimension("language", WEIGHTS["language"])
    groups = groups or FindingGroups.of(document.findings)
    absolutes = absolute_words()
    author: dict[str, list[Finding]] = {}
    quoted_loaded: list[Finding] = []
    reported = reported or ReportedSpeech(document)
    for finding in groups.loaded:
        if finding.voice == "quoted" or reported.contains(finding):
            quoted_loaded.append(finding)
        elif not _is_absolute(finding, absolutes):
            author.setdefault(finding.subtype or "emotive", []).append(finding)
    raw = {
        subtype: LOADED_POINTS * sum(_loaded_weight(f) for f in found) / sentences
        for subtype, found in author.items()
    }
    scale = min(1.0, LOADED_CAP / sum(raw.values())) if raw else 1.0
    for subtype, found in sorted(author.items(), key=lambda item: -raw[item[0]]):
        label = LOADED_LABELS.get(subtype, subtype.replace("_", " "))
        dim.take(
            raw[subtype] * scale,
            f"{plural(len(found), label)} in the reporter's voice: {quoted(distinct_texts(found))}",
            found,
        )
    if quoted_loaded:
        dim.take(
            min(QUOTED_LOADED_CAP, QUOTED_LOADED_POINTS * len(quoted_loaded) / sentences),
            f"{plural(len(quoted_loaded), 'loaded word')} inside quotations or reported speech "
            "(weighed less): "
            + quoted(distinct_texts(quoted_loaded)),
            quoted_loaded,
        )
    subjective = groups.rule("T101")
    if subjective:
        dim.take(
            min(SUBJECTIVE_CAP, SUBJECTIVE_POINTS * len(subjective) / sentences),
            f"{plural(len(subjective), 'sentence')} of strongly subjective narration",
            subjective,
        )
    return dim


def score_certainty(
    document: Document, sentences: int, groups: FindingGroups | None = None,
    reported: ReportedSpeech | None = None,
) -> Dimension:
    dim = Dimension("certainty", WEIGHTS["certainty"])
    groups = groups or FindingGroups.of(document.findings)
    by_rule: dict[str, list[Finding]] = {}
    reported = reported or ReportedSpeech(document)
    for rule in HEDGE_WEIGHTS:
        found = [
            f for f in groups.rule(rule) if f.voice == "author" and not reported.contains(f)
        ]
        if found:
            by_rule[rule] = found
    raw = {
        rule: HEDGE_POINTS * HEDGE_WEIGHTS[rule] * len(found) / sentences
        for rule, found in by_rule.items()
    }
    scale = min(1.0, HEDGE_CAP / sum(raw.values())) if raw else 1.0
    for rule, found in sorted(by_rule.items(), key=lambda item: (-raw[item[0]], item[0])):
        dim.take(
            raw[rule] * scale,
            f"{plural(len(found), HEDGE_LABELS[rule])} in the reporter's voice: "
            + quoted(distinct_texts(found)),
            found,
        )
    absolutes = absolute_words()
    unhedged = [
        f for f in groups.loaded if f.voice == "author" and _is_absolute(f, absolutes)
    ]
    if unhedged:
        dim.take(
            min(ABSOLUTE_CAP, ABSOLUTE_POINTS * len(unhedged) / sentences),
            f"{plural(len(unhedged), 'unhedged absolute')} in the reporter's voice: "
            + quoted(distinct_texts(unhedged)),
            unhedged,
        )
    return dim


def score_balance(credits: list[Attribution]) -> Dimension:
    dim = Dimension("balance", WEIGHTS["balance"])
    total = len(credits)
    speakers: dict[str, int] = {}  # quotes per speaker, in order of first appearance
    for credit in credits:
        if credit.speaker and credit.kind != "unknown":
            speakers[credit.speaker] = speakers.get(credit.speaker, 0) + 1
    attributed = sum(speakers.values())
    if attributed >= 3:
        # the first speaker with the most quotes, as Counter.most_common(1) picks it
        top, top_count = max(speakers.items(), key=itemgetter(1))
        name = next(c.name for c in credits if c.speaker == top)
        share = top_count / attributed
        if share > TOP_SOURCE_SHARE:
            dim.take(
                TOP_SOURCE_POINTS * (share - TOP_SOURCE_SHARE),
                f"{top_count} of {attributed} attributed quotes come from one source ({name})",
            )
    outlets = [
        c for c in credits
        if c.kind == "outlet" or (c.findings and any(f.rule == "A301" for f in c.findings))
    ]
    if outlets:
        findings = _flat(outlets)
        dim.take(
            min(OUTLET_CAP, OUTLET_POINTS * len(outlets) / total),
            f"{len(outlets)} of {plural(total, 'attributed claim')} credited to other news "
            "outlets" + (f": {quoted(distinct_texts(findings))}" if findings else ""),
            findings,
        )
    return dim


class ReportedSpeech:
    """The content of indirect quotations ("she said [the vote would fail]"): the source's words
    in the reporter's paraphrase, so hedges there are not the reporter's and loaded words weigh
    as quoted.  Merged intervals, binary search per lookup."""

    def __init__(self, document: Document) -> None:
        merged = merged_spans(
            sorted(filter(reported_speech, document.quotes), key=lambda q: q.start)
        )
        self.starts = [start for start, _ in merged]
        self.intervals = merged

    def contains(self, finding: Finding) -> bool:
        index = bisect_left(self.starts, finding.start + 1) - 1
        return index >= 0 and finding.end <= self.intervals[index][1]


def _flat(credits: list[Attribution]) -> list[Finding]:
    seen: dict[int, Finding] = {}
    for credit in credits:
        for finding in credit.findings:
            seen.setdefault(id(finding), finding)
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.rule))


def _loaded_weight(finding: Finding) -> float:
    """Warnings (emotive, labels, exaggeration, puffery) count 1; info (intensifiers) 0.5."""
    return 0.5 if finding.severity == "info" else 1.0


def _is_absolute(finding: Finding, absolutes: frozenset[str]) -> bool:
    return finding.subtype == "intensifier" and " ".join(finding.text.lower().split()) in absolutes


# --- the whole breakdown -----------------------------------------------------------------------


def score(document: Document) -> dict[str, Any]:
    """The ``scores`` section of the report for a Document whose findings already carry ids."""
    words = document.word_count()
    sentences = max(len(document.sentences), MIN_SENTENCES)
    groups = FindingGroups.of(document.findings)
    reported = ReportedSpeech(document)
    credits = attributions(document, groups)
    dimensions = [
        score_sourcing(document, credits, words, groups),
        score_attribution(document, sentences, groups),
        score_language(document, sentences, groups, reported),
        score_certainty(document, sentences, groups, reported),
        score_balance(credits),
    ]
    overall = overall_score(dimensions)
    if groups.rule("A402"):
        overall = min(overall, UNATTRIBUTED_CLAIM_CEILING)
    return {
        "overall": overall,
        "band": band_for(overall),
        "dimensions": {d.name: d.to_dict() for d in dimensions},
    }
