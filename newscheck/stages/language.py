"""Stage 'language': hedging, loaded language and subjectivity, each finding with its voice.

Every sentence's words are read once into one document-wide key list (a sentinel after each
sentence); the hedge matcher, the loaded-language matcher and the Pattern scorer each make one
pass over it.  A finding inside a direct or partial quotation is in the ``quoted`` voice (rule
2xx, with the quote's id); otherwise it is the reporter's (``author``, rule 1xx).  Severities come
from the rule registry, then the user's per-code overrides.  See docs/language.md.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from functools import lru_cache
from itertools import accumulate, compress
from operator import sub

from newscheck.config import DEFAULT_CONFIG, Config
from newscheck.document import Document, Span
from newscheck.lexicon_matcher import (
    Entry,
    KeyReader,
    Match,
    PhraseMatcher,
    Words,
    anchor_positions,
    normalise_phrase,
)
from newscheck.report import Finding, Quote
from newscheck.rules import get_rule
from newscheck.stages.hedging import FIRST_PERSON, KIND_CODES, hedge_matcher, hedges_from_hits
from newscheck.stages.loaded import (
    SCANDAL_NOTE,
    SUBTYPE_CODES,
    SUPERLATIVE_ENDS,
    find_scare_quotes,
    gate_used_as_name,
    loaded_from_hits,
    loaded_matcher,
    superlative_claim_hits,
    word_shape_hits,
)
from newscheck.stages.subjectivity import Assessment, score_sentences
from newscheck.stages.voice import QuoteLocator

SUBJECTIVITY_THRESHOLD = 0.6
"""T101 fires when an author-voice sentence's Pattern subjectivity reaches this ..."""
SUBJECTIVE_WORDS_MIN = 3
"""... and at least this many of its scored words are themselves subjective (>= 0.5).
Calibrated on the tune half of BABE: 37 of 1,398 sentences flagged, 76 % of them labelled biased
(base rate 49 %); held-out half: 54 flagged, 57 %. One strong adjective alone is not opinion."""


SOURCE_CATEGORIES = ("anonymous_source", "vague_attribution", "secondhand_sourcing")
_UNNAMED_CATEGORIES = frozenset(("vague_attribution", "anonymous_source"))
"""Flags whose span already says the source is unnamed: a quantifier inside ("Some lawmakers
privately fear" is A101) is not also H104 (round 23; "Some real estate agents said", A201,
was one flag already)."""
ATTRIBUTING_VERB_REACH = 40
"""Characters between a source the sourcing stage found and a hedge verb that credits it."""


class SourcingFlags:
    """What the sourcing stage already flagged, so hedges do not repeat it: words inside a
    vague attribution or an anonymous source ("many experts say", "some diplomats believe"),
    and hedge verbs whose subject is a flagged source ("Sources close to the board suggest
    that ...": the verb reports, sourcing flags it)."""

    def __init__(self, document: Document) -> None:
        vague = sorted((f.start, f.end) for f in document.findings
                       if f.category in _UNNAMED_CATEGORIES)
        self._starts = [start for start, _ in vague]
        self._reach = list(accumulate((end for _, end in vague), max))
        sources = sorted((f.end, f.start) for f in document.findings
                         if f.category in SOURCE_CATEGORIES)
        self._source_ends = [end for end, _ in sources]
        self._source_starts = [start for _, start in sources]
        self._reasons = sorted({
            (source.anonymity_reason.start, source.anonymity_reason.end)
            for source in document.sources if source.anonymity_reason is not None
        })  # round 24: "who spoke on condition of anonymity because he may be called as a
        # witness": why the source is unnamed, a risk to the source, not a claim of the story
        self._reason_reach = list(accumulate((end for _, end in self._reasons), max))
        # (round 25: a longer reason that starts earlier may hold a span a later one does not)
        self._sources = document.sources
        self._unnamed: list[tuple[int, int]] | None = None  # (made when T101 first asks)
        self._unnamed_reach: list[int] = []

    def inside_vague_attribution(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end) - 1  # last span starting before ``end``
        return i >= 0 and self._reach[i] > start

    def inside_unnamed_mention(self, start: int, end: int) -> bool:
        """Round 26: whether ``[start, end)`` lies inside a mention of an anonymous or vague
        source ("familiar" of "people familiar with the matter")."""
        if self._unnamed is None:
            self._unnamed = sorted(
                (mention.start, mention.end) for source in self._sources
                if source.kind in ("anonymous", "vague") for mention in source.mentions
            )
            self._unnamed_reach = list(accumulate((end for _, end in self._unnamed), max))
        i = bisect_right(self._unnamed, (start, 1 << 62)) - 1  # the last starting by ``start``
        return i >= 0 and end <= self._unnamed_reach[i]

    def inside_anonymity_reason(self, start: int, end: int) -> bool:
        reasons = self._reasons
        if not reasons:
            return False
        i = bisect_right(reasons, (start, 1 << 62)) - 1  # the last reason starting by ``start``
        return i >= 0 and end <= self._reason_reach[i]

    def reported_by_source(self, text: str, start: int) -> bool:
        """Round 25: a flagged source, then a verb of saying or suggesting, then these words, in
        one clause ("Some analysts suggested the failure could push back the next flight"): the
        words are the source's, though no quote was found ("suggested" without "that")."""
        i = bisect_right(self._source_ends, start)
        if i == 0 or start - self._source_ends[i - 1] > REPORTED_REACH:
            return False
        end = self._source_ends[i - 1]
        between = text[end:start]
        return SENTENCE_OR_CLAUSE_END.isdisjoint(between) and "," not in between and (
            _REPORTING_RIGHT_AFTER.match(text, end, start) is not None
        )  # (a comma: "suggested the launch slipped, but the agency could still fly" is the
        # reporter's "but" clause)

    def verb_of_source(self, text: str, start: int, end: int) -> bool:
        """A flagged source covers these words or ends shortly before them in the clause."""
        i = bisect_right(self._source_ends, start)
        if i < len(self._source_ends) and self._source_starts[i] < end:
            return True  # the source's span takes in the verb ("Sources ... suggest")
        if i == 0 or start - self._source_ends[i - 1] > ATTRIBUTING_VERB_REACH:
            return False
        end = self._source_ends[i - 1]
        return SENTENCE_OR_CLAUSE_END.isdisjoint(text[end:start]) and _SAID_BETWEEN.search(
            text, end, start
        ) is None  # round 24: "An officer said the leak appeared to ...": the leak's verb


SENTENCE_OR_CLAUSE_END = frozenset(".;:!?\n")
REPORTED_REACH = 60
"""How far after a flagged source a hedge may stand and still be in what it said."""
_REPORTING_RIGHT_AFTER = re.compile(
    r"[ \t]++(?:(?:have|has|had)[ \t]++)?(?:suggested|suggest|suggests|argued|argue|argues|"
    r"predicted|predict|predicts|speculated|speculate|speculates|reckon|reckons|reckoned)[ \t]++"
)
"""The source's own verb of saying or suggesting, right after it (a verb that makes no quote
without "that")."""
_SAID_BETWEEN = re.compile(
    r"(?<!\w who )\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|insisted|argued|"
    r"claimed|warned|cautioned|acknowledged|conceded)\b"
)
"""A verb of saying between a source and a hedge verb: the hedge verb is in what the source
said, with a subject of its own, not the source's own verb (not in a restrictive relative
clause: "those who said income inequality tended to support Sanders" is a poll's finding)."""


def severity_for(code: str, config: Config) -> str:
    return _severity(code, config.severity)


@lru_cache(maxsize=1024)
def _severity(code: str, overrides: tuple[tuple[str, str], ...]) -> str:
    """The rule's severity, or the user's override (once per code and configuration, not once
    per code and document)."""
    return dict(overrides).get(code, get_rule(code).severity)


def run(document: Document) -> None:
    with collector_paused():
        analyse(document)


@contextmanager
def collector_paused():
    """Pause Python's cyclic garbage collector while the stage allocates its many small lists.

    The stage creates no reference cycles, so nothing is left for the collector; without the
    pause, its generational passes over a large document's objects cost about a fifth of the
    stage's time.  The pass the pause defers runs at the first allocation after ``gc.enable()``
    (the generator's StopIteration), so a profile charges it to contextlib's ``__exit__``: a
    young collection of what the stage left, or a full one when the process holds many
    documents (docs/performance.md, round 23)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_NAMED_KINDS = frozenset(["person", "organization", "outlet", "document"])
"""Speaker kinds a reader can check: an evidential adverb in their reported claim names its
source."""
_COMPLAINED_OF = re.compile(
    r"\b(?:complained|complain|complains|complaints?|allegations?|accusations?)[ \t]++"
    r"(?:of|about)[ \t]++(?:[\w'’-]++[ \t]++){0,4}+\Z"
)
"""Round 24: a loaded word in what people complained of or alleged ("after staff complained of
a toxic kitchen culture", "amid allegations of a brutal regime"): the complainants' word, which
the reporter reports, not the reporter's judgement (L2xx, voice quoted, no quote id)."""
_HEARD_IN_COURT = re.compile(
    r"\b(?:[Jj]ury|[Jj]urors|[Cc]ourt|[Tt]ribunal|[Ii]nquest|[Hh]earing)[ \t]++"
    r"(?:(?:was|were|had[ \t]++been|has[ \t]++been)[ \t]++)?(?:heard|told)\b[^.!?\n]{0,150}+\Z"
)
"""Round 24: a clause a court heard ("The jury heard that ...", "the court was told ..."), up
to the word looked at in the same sentence: the evidence put to it, attributed."""
EVIDENTIAL_ADVERBS = frozenset(
    ["reportedly", "allegedly", "reputedly", "purportedly", "supposedly"]
)
"""Adverbs that say a claim is second-hand: in reported speech (not inside quotation marks)
they are the reporter's word, so the reporter's hedge."""

WINDOW_CHARS = 64_000
"""Sentences are read in windows of about this much text: the stage's word lists stay small
(bounded memory on a large document) and no phrase can cross a sentence anyway."""


def analyse(document: Document) -> None:
    """Hedging, loaded language and subjectivity findings for every sentence (one pass)."""
    config = document.config or DEFAULT_CONFIG
    lexicon = config.lexicon
    hedges = hedge_matcher(tuple(lexicon.extra_hedges), tuple(lexicon.allowed_words))
    loaded = loaded_matcher(tuple(lexicon.extra_loaded), tuple(lexicon.allowed_words))
    allowed = frozenset(normalise_phrase(p) for p in lexicon.allowed_words) - {()}
    locator = QuoteLocator(document.quotes)
    text = document.analysis_text
    severities: dict[str, str] = {}
    held: dict[str, list[Finding]] = {"hedging": [], "loaded_language": [], "subjectivity": []}
    """Findings held back per category, so the document lists all hedges, then all loaded
    words, then scare quotes (which look at the loaded words), then T101, window or not."""

    in_title = TitleLocator(document.titles)

    def emit(start: int, end: int, code: str, category: str, subtype: str | None, index: int,
             quote: Quote | None, message: str, scare_quote: bool = False,
             voiced_by_other: bool = False) -> None:
        """``voiced_by_other``: someone else's unquoted words (what staff complained of, what
        a flagged source suggested): voice "quoted" with no quote id."""
        voice = "quoted" if quote or voiced_by_other else "author"
        if quote is None and not scare_quote and code[1] == "1" and code[0] in "HL" and in_title(
            start, end
        ):
            # a word in a quoted name or title ('the spot, titled "Arrogant,"', '"Crooked
            # Hillary"'): someone else's words, though no one is quoted
            code, voice = f"{code[0]}2{code[2:]}", "quoted"
            message = message.replace("in the reporter's voice", "inside a quoted name or title")
        if code not in severities:
            severities[code] = severity_for(code, config)
        # positional: calling a class with keywords costs 2.5 times the instructions
        held.get(category, document.findings).append(Finding(
            "", code, category, severities[code], start, end, document.text[start:end],
            voice, index, message, subtype, quote.id if quote else None,
        ))

    spans = [(s.start, s.end) for s in document.sentences]
    quoted_parts = locator.unquoted_parts(spans) if locator else {}
    sourcing = SourcingFlags(document)
    rules = LanguageRules(hedges, loaded, allowed, locator, sourcing, document, emit)
    for first, last in windows(spans, WINDOW_CHARS):
        rules.read_window(spans, first, last, quoted_parts)
    document.findings += held.pop("hedging")
    document.findings += held.pop("loaded_language")
    flag_scare_quotes(document, text, locator, allowed, emit)  # straight to the document
    document.findings += held.pop("subjectivity")


class TitleLocator:
    """Whether a span lies inside a quoted name or title (``Document.titles``)."""

    def __init__(self, titles: list[Span]) -> None:
        self.titles = titles
        self.starts = [title.start for title in titles]

    def __call__(self, start: int, end: int) -> bool:
        if not self.titles:
            return False
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.titles[i].end


class LanguageRules:
    """The stage's per-window work: lexicon hits, sense rules, voice, scores, findings."""

    def __init__(self, hedges: PhraseMatcher, loaded: PhraseMatcher,
                 allowed: frozenset[tuple[str, ...]], locator: QuoteLocator,
                 sourcing: SourcingFlags, document: Document, emit) -> None:
        self.hedges, self.loaded, self.allowed = hedges, loaded, allowed
        self.locator, self.sourcing, self.document, self.emit = locator, sourcing, document, emit
        self.reported = QuoteLocator(document.quotes, reported=True)
        """Attributed indirect quotes: words in their content are the source's (voice
        "quoted", like words inside quotation marks)."""
        self.cue_starts = {
            quote.cue.start for quote in document.quotes
            if quote.cue is not None and quote.speaker is not None
            and quote.speaker.text.lower() not in FIRST_PERSON
            and quote.speaker.kind != "document"
        }
        """Where the cues of attributed quotes start: a hedge verb there ("The assessment
        suggests footfall could fall", "He believes ...") reports the speaker's inference,
        not the reporter's (but "I think", "we believe" are the writer's own, and what a
        document "suggests" is mostly the reporter's reading of it)."""
        self.document_cue_starts = {
            quote.cue.start for quote in document.quotes
            if quote.cue is not None and quote.speaker is not None
            and quote.speaker.kind == "document"
        }
        """Round 25: cues whose speaker is a document. "The book alleges that the prince was
        warned" names who alleges it (the message's own request), as "the lawsuit alleges"
        (`neutral` in hedges.txt) does; a document's "suggests" stays the reporter's reading."""

    def read_window(self, spans: list[tuple[int, int]], first: int, last: int,
                    quoted_parts: dict[int, list[tuple[int, int]]]) -> None:
        """Findings and scores of sentences ``first..last-1``."""
        text = self.document.analysis_text
        window = spans[first:last]
        reader = KeyReader(text, min(window)[0], max(end for _, end in window),
                           self.document.lowered_text())
        parts = {index - first: quoted_parts[index] for index in range(first, last)
                 if index in quoted_parts}  # this window's sentences, numbered from 0
        keys, bounds, narration_keys, narration_bounds = window_words(reader, text, window, parts)
        vocabulary = set(keys)
        sentence_words: dict[int, Words] = {}

        def words_of(local: int) -> Words:
            """The sentence's Words (offsets on demand), built only for sentences with a hit."""
            if local not in sentence_words:
                start, end = window[local]
                sentence_keys = keys[bounds[local] : bounds[local + 1] - 1]
                sentence_words[local] = Words(text, start, end, sentence_keys)
            return sentence_words[local]

        candidates = anchor_positions(keys, self.hedges, self.loaded, also=SUPERLATIVE_ENDS)
        self.hedge_findings(keys, bounds, candidates, words_of, first)
        self.loaded_findings(keys, bounds, candidates, vocabulary, words_of, first)
        score_narration(self.document, window, first, parts, narration_keys, narration_bounds,
                        self.emit, self.reported, self.sourcing)

    def reported_quote(self, match: Match) -> Quote | None:
        """The attributed indirect quote whose content holds ``match``, if any."""
        return self.reported.quote_at(match.start, match.end) if self.reported else None

    def hedge_findings(self, keys: list[str], bounds: list[int], candidates: list[int],
                       words_of, first: int) -> None:
        document, sourcing, locator, emit = self.document, self.sourcing, self.locator, self.emit
        text = document.analysis_text
        for local, hits in by_sentence(self.hedges.find(keys, candidates), bounds).items():
            for match in hedges_from_hits(words_of(local), hits, self.allowed):
                if sourcing.inside_vague_attribution(match.start, match.end) or (
                    match.entry.kind == "verb"
                    and sourcing.verb_of_source(text, match.start, match.end)
                ) or sourcing.inside_anonymity_reason(match.start, match.end):
                    continue  # the sourcing stage already flags this attribution
                if match.entry.kind == "verb" and match.start in self.cue_starts:
                    continue  # the cue of an attributed quote: whose inference it is is said
                if match.start in self.document_cue_starts and text.startswith(
                    "alleg", match.start
                ):
                    continue  # round 25: "The book alleges that ...": the accuser is named
                evidential = text[match.start : match.end].lower() in EVIDENTIAL_ADVERBS
                if evidential and (reported := self.reported_quote(match)) is not None and (
                    reported.speaker is not None and reported.speaker.kind in _NAMED_KINDS
                ):
                    continue  # round 19: "According to court documents, Pike allegedly used
                    # the money": the accuser is named, as AP asks of "allegedly"
                if evidential and text[match.start : match.end].lower() == "allegedly" and (
                    _HEARD_IN_COURT.search(text, max(0, match.start - 180), match.start)
                ):
                    continue  # round 24: "The jury heard that Rusk allegedly told ...": the
                    # prosecution's case, put to a named court, is the accusation's source
                quote = locator.quote_at(match.start, match.end) or (
                    None if evidential else self.reported_quote(match)
                )  # "two are reportedly drafting" in reported speech: the reporter's hedge
                reported = quote is None and not evidential and sourcing.reported_by_source(
                    text, match.start
                )  # round 25: "Some analysts suggested the failure could push back ..."
                code = f"H{2 if quote or reported else 1}0{KIND_CODES[match.entry.kind]}"
                message = hedge_message(match, document, quote, reported)
                emit(match.start, match.end, code, "hedging", None, first + local, quote,
                     message, False, reported)

    def loaded_findings(self, keys: list[str], bounds: list[int], candidates: list[int],
                        vocabulary: set[str], words_of, first: int) -> None:
        loaded, document, locator, emit = self.loaded, self.document, self.locator, self.emit
        loaded_hits = loaded.find(keys, candidates)
        covered = {i for first, last, _ in loaded_hits for i in range(first, last)}
        loaded_hits += [hit for hit in word_shape_hits(keys, loaded, vocabulary)
                        if hit[0] not in covered]
        loaded_hits += [hit for hit in superlative_claim_hits(keys, vocabulary, candidates)
                        if not covered.intersection(range(hit[0], hit[1]))]
        loaded_hits.sort(key=lambda hit: hit[0])
        if any(hit[2].note is SCANDAL_NOTE for hit in loaded_hits):
            names = self.gate_names(loaded_hits, bounds, words_of)
            loaded_hits = [hit for hit in loaded_hits
                           if hit[2].note is not SCANDAL_NOTE or hit[2].phrase not in names]
        for local, hits in by_sentence(loaded_hits, bounds).items():
            for match in loaded_from_hits(words_of(local), hits, self.allowed):
                quote = locator.quote_at(match.start, match.end) or self.reported_quote(match)
                complained = quote is None and _COMPLAINED_OF.search(
                    document.analysis_text, max(0, match.start - 64), match.start
                ) is not None  # round 24: "staff complained of a toxic kitchen culture"
                code = f"L{2 if quote or complained else 1}0{SUBTYPE_CODES[match.entry.kind]}"
                message = loaded_message(match, document, quote)
                if complained:
                    message = message.replace(
                        "in the reporter's voice", "in what a complaint or allegation says"
                    )
                emit(match.start, match.end, code, "loaded_language", match.entry.kind,
                     first + local, quote, message, False, complained)

    def gate_names(self, hits: list[tuple[int, int, Entry]], bounds: list[int],
                   words_of) -> set[str]:
        """The '-gate' words of ``hits`` that the story uses as names somewhere: a speaker's
        name ("Applegate, 52, said"), or a use like "Christina Applegate" or "Castlegate boss"
        (round 22). A name is no coined scandal label anywhere in the story."""
        names = {
            word.lower() for quote in self.document.quotes
            if quote.speaker is not None and quote.speaker.kind in _NAMED_KINDS
            for word in quote.speaker.name.split()
        }
        for first, _, entry in hits:
            if entry.note is SCANDAL_NOTE and entry.phrase not in names:
                local = bisect_right(bounds, first) - 1
                if gate_used_as_name(words_of(local), first - bounds[local]):
                    names.add(entry.phrase)
        return names


SCARE_QUOTE_MESSAGE = (
    "scare quotes around '{}' signal the writer's doubt or sneer without saying why — "
    "attribute the term to who uses it, or drop the quotation marks"
)


def _in_headline(document: Document, offset: int) -> bool:
    """Whether ``offset`` is in the document's first paragraph and that paragraph is a
    headline: one line with no sentence-final mark (round 28)."""
    if not document.paragraphs:
        return False
    first = document.paragraphs[0]
    if not first.start <= offset < first.end:
        return False
    line = document.text[first.start : first.end].rstrip()
    return "\n" not in line and line[-1:] not in ".!?\"'\u201d\u2019:"


def _credited_words(document: Document) -> frozenset[tuple[str, ...]]:
    """The words of partial quotations a speaker is credited with, lower-cased (round 28)."""
    return frozenset(
        normalise_phrase(quote.text) for quote in document.quotes
        if quote.kind == "partial" and quote.speaker is not None
    )


def flag_scare_quotes(document: Document, text: str, locator: QuoteLocator,
                      allowed: frozenset[tuple[str, ...]], emit) -> None:
    """Single words in quotation marks in the writer's voice that no speaker is credited with."""
    flagged = sorted((f.start, f.end) for f in document.findings
                     if f.category == "loaded_language")
    flagged_starts = [start for start, _ in flagged]
    credited: frozenset[tuple[str, ...]] | None = None  # (built at the first candidate)
    for start, end in find_scare_quotes(text):
        if normalise_phrase(text[start:end]) in allowed:
            continue  # house style allows the word, in quotation marks or not
        i = bisect_right(flagged_starts, start) - 1
        if i >= 0 and flagged[i][1] > start or (i + 1 < len(flagged) and flagged[i + 1][0] < end):
            continue  # the word is already flagged from the lexicon
        quote = locator.quote_at(start, end)
        just_the_word = quote is not None and quote.end - quote.start <= end - start + 2
        if just_the_word and quote.speaker is not None:
            continue  # a partial quotation credited to a speaker, not scare quotes
        if quote is not None and not just_the_word:
            continue  # quotation marks inside a quotation: the source's, not the writer's
        if _in_headline(document, start):
            if credited is None:
                credited = _credited_words(document)
            if normalise_phrase(text[start:end]) in credited:
                continue  # round 28 (AUDIT28): a headline's "'Inadequate' school placed in
                # special measures" before "Ofsted rated the school 'inadequate'": the
                # headline quotes the term its story credits to a speaker
        emit(start, end, "L101", "loaded_language", "emotive", document.sentence_index_at(start),
             None, SCARE_QUOTE_MESSAGE.format(document.text[start:end]), scare_quote=True)


SENTINEL = "\x00"
"""Placed after each sentence in the concatenated word list: no phrase matches across it."""


def window_words(reader: KeyReader, text: str, window: list[tuple[int, int]],
                 quoted_parts: dict[int, list[tuple[int, int]]]
                 ) -> tuple[list[str], list[int], list[str], list[int]]:
    """Keys and bounds of the window's sentences (as ``KeyReader.concatenated``), and of their
    narration: each sentence's words outside quotations (``quoted_parts``: local index -> the
    unquoted parts).  One reading serves both: a sentence with quotations is read as its
    unquoted and quoted segments, which make up its keys and whose unquoted ones are its
    narration.  A sentence where a word could run across a quotation's edge (a letter,
    hyphen or apostrophe on both sides) is read whole, its unquoted parts again apart."""
    if not quoted_parts:
        keys, bounds = reader.concatenated(window, SENTINEL)
        return keys, bounds, keys, bounds
    segments: list[tuple[int, int]] = []
    plan: list[tuple[int, list[bool] | None, list[tuple[int, int]]]] = []
    """Per sentence with quotations: its first segment, and which of its segments are
    narration (None: read whole), with its unquoted parts."""
    copied = 0
    for local in sorted(quoted_parts):
        segments += window[copied:local]
        copied = local + 1
        start, end = window[local]
        pieces = quoted_parts[local]
        first_segment = len(segments)
        narrated: list[bool] | None = []
        cursor = start
        for piece_start, piece_end in pieces:
            if piece_start > cursor:
                segments.append((cursor, piece_start))
                narrated.append(False)
            segments.append((piece_start, piece_end))
            narrated.append(True)
            cursor = piece_end
        if cursor < end:
            segments.append((cursor, end))
            narrated.append(False)
        for edge, _ in segments[first_segment + 1 :]:  # a word could run across the edge?
            before, after = text[edge - 1], text[edge]
            if (before.isalnum() or before in WORD_CHARACTERS) and (
                after.isalnum() or after in WORD_CHARACTERS
            ):
                del segments[first_segment:]
                segments.append((start, end))
                narrated = None
                break
        plan.append((first_segment, narrated, pieces))
    segments += window[copied:]
    read, read_bounds = reader.concatenated(segments, SENTINEL)
    keys: list[str] = []
    bounds = [0]
    narration: list[str] = []
    narration_bounds = [0]
    segment = 0  # the first segment not yet taken
    for first_segment, narrated, pieces in plan + [(len(segments), [], [])]:
        if first_segment > segment:  # sentences without quotations: one segment each
            low, high = read_bounds[segment], read_bounds[first_segment]
            following = read_bounds[segment + 1 : first_segment + 1]
            shift = len(keys) - low
            bounds += [bound + shift for bound in following]
            keys += read[low:high]
            shift = len(narration) - low
            narration_bounds += [bound + shift for bound in following]
            narration += read[low:high]
        if first_segment == len(segments):
            break
        if narrated is None:
            keys += read[read_bounds[first_segment] : read_bounds[first_segment + 1]]
            for piece_start, piece_end in pieces:
                narration += reader.keys(piece_start, piece_end)
            narration.append(SENTINEL)
            segment = first_segment + 1
        else:
            for index, is_narration in enumerate(narrated, first_segment):
                words = read[read_bounds[index] : read_bounds[index + 1] - 1]
                keys += words
                if is_narration:
                    narration += words
            keys.append(SENTINEL)
            narration.append(SENTINEL)
            segment = first_segment + len(narrated)
        bounds.append(len(keys))
        narration_bounds.append(len(narration))
    return keys, bounds, narration, narration_bounds


WORD_CHARACTERS = "-'’"
"""Besides letters and digits, what a word can hold (``lexicon_matcher.WORD``)."""


def windows(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Runs ``spans[first:last]`` of whole sentences covering about ``size`` characters each
    (at least one sentence each)."""
    if not spans or spans[-1][1] - spans[0][0] <= size:
        return [(0, len(spans))] if spans else []
    ends = [end for _, end in spans]
    runs: list[tuple[int, int]] = []
    first = 0
    while first < len(spans):
        last = max(first + 1, bisect_right(ends, spans[first][0] + size, first))
        runs.append((first, last))
        first = last
    return runs


def by_sentence(hits: list[tuple[int, int, Entry]], bounds: list[int]
                ) -> dict[int, list[tuple[int, int, Entry]]]:
    """Document-level hits grouped by sentence index, with sentence-local word indices."""
    grouped: dict[int, list[tuple[int, int, Entry]]] = {}
    for first, last, entry in hits:
        index = bisect_right(bounds, first) - 1
        base = bounds[index]
        grouped.setdefault(index, []).append((first - base, last - base, entry))
    return grouped


def score_narration(document: Document, spans: list[tuple[int, int]], first: int,
                    quoted_parts: dict[int, list[tuple[int, int]]], keys: list[str],
                    bounds: list[int], emit, reported: QuoteLocator | None = None,
                    sourcing: SourcingFlags | None = None) -> None:
    """Pattern (polarity, subjectivity) of each sentence's author-voice words, and T101
    (``spans`` are sentences ``first...``; ``quoted_parts`` and ``bounds`` count from there;
    ``reported``: the attributed indirect quotes, ``sourcing``: what the sourcing stage found,
    see ``flag_subjective``)."""
    scores = score_sentences(keys, bounds, SUBJECTIVITY_THRESHOLD, SUBJECTIVE_WORDS_MIN)
    polarity, subjectivity = scores.polarity, scores.subjectivity
    narrated = map((1).__lt__, map(sub, bounds[1:], bounds))  # words besides the sentinel
    scored = zip(polarity, subjectivity, strict=True)
    document.sentence_scores.update(
        compress(zip(range(first, first + len(spans)), scored, strict=True), narrated))
    for index, assessments in scores.assessments.items():
        parts = quoted_parts.get(index, [spans[index]])
        segments = [Words(document.analysis_text, start, end) for start, end in parts]
        flag_subjective(document, first + index, subjectivity[index], assessments, segments,
                        emit, reported, sourcing)


def flag_subjective(document: Document, index: int, subjectivity: float,
                    assessments: tuple[Assessment, ...], segments: list[Words], emit,
                    reported: QuoteLocator | None = None,
                    sourcing: SourcingFlags | None = None) -> None:
    """T101 on the sentence's most subjective words, when enough of them are subjective.

    Not when the strongest of them and most of the rest lie in the content of one attributed
    indirect quote ("Most babies ... do not become ill, said Dr. Osei"): the opinion is the
    source's claim in the reporter's paraphrase (round 22), not the reporter's voice."""
    subjective = [a for a in assessments if a.subjectivity >= 0.5]
    if len(subjective) < SUBJECTIVE_WORDS_MIN:
        return
    spans = [span for segment in segments for span in segment.spans()]
    if sourcing is not None:  # round 26: an unnamed source's words ("people familiar with
        subjective = [  # the matter", "many progressives") say who is credited, not the
            a for a in subjective  # reporter's opinion
            if not sourcing.inside_unnamed_mention(spans[a.first][0], spans[a.last][1])
        ]
        if len(subjective) < SUBJECTIVE_WORDS_MIN:
            return
    strongest = max(subjective, key=lambda a: (a.subjectivity, abs(a.polarity)))
    start, end = spans[strongest.first][0], spans[strongest.last][1]
    if reported and (quote := reported.quote_at(start, end)) is not None:
        inside = sum(quote.start <= spans[a.first][0] and spans[a.last][1] <= quote.end
                     for a in subjective)
        if 2 * inside > len(subjective):
            return  # the source's opinion, in reported speech
    quoted_words = ", ".join(
        f"'{document.text[spans[a.first][0] : spans[a.last][1]]}'" for a in subjective[:4]
    )
    message = (
        f"this sentence in the reporter's voice reads as opinion (subjectivity "
        f"{subjectivity:.2f}; subjective words: {quoted_words}) — check it for "
        "editorialising"
    )
    emit(start, end, "T101", "subjectivity", None, index, None, message)


_NOTE_NAMES = re.compile(r"'([^']+)'(?= )")
"""A lexicon note that opens by naming its entry ("'disastrous' passes judgement -- ...")."""


def hedge_message(match: Match, document: Document, quote: Quote | None = None,
                  reported: bool = False) -> str:
    """Why the words are flagged, in plain words (the lexicon note, naming the words); a note
    written for the reporter's voice says whose words they are when they are a source's: inside
    a quotation, in reported speech, or (`reported`, no quote found) in what a flagged source
    said ("Some analysts suggested the failure could push back ...")."""
    words = document.text[match.start : match.end]
    note = readable(match.entry.note or "a hedge marks the claim as uncertain -- say who doubts it")
    whose = ""
    if quote is not None or reported:
        if quote is None:
            where, said = "in what a source said", "in what it said"
        else:
            said = "in reported speech" if quote.kind == "indirect" else "inside a quotation"
            where = said
        if "in the reporter's voice" in note:
            note = note.replace("in the reporter's voice", where)
        else:
            whose = f" (the source's words, {said})"
    named = _NOTE_NAMES.match(note)
    if named is not None:  # the note names its lexicon entry: name the words found instead
        return f"'{words}'{note[named.end(1) + 1:]}{whose}"
    if f"'{words.lower()}'" in note.lower():
        return note[0].upper() + note[1:] + whose  # the note already names the words
    return f"'{words}': {note}{whose}"


def loaded_message(match: Match, document: Document, quote: Quote | None) -> str:
    """Why the words are flagged, and whose words they are."""
    words = document.text[match.start : match.end]
    note = readable(match.entry.note or "loaded wording tells readers how to feel -- describe")
    named = _NOTE_NAMES.match(note)
    if named is not None:  # "'disastrous' passes judgement" said of "disaster": "it passes ..."
        note = "it" + note[named.end(1) + 1:]
    if quote is not None and quote.kind == "indirect":
        return f"'{words}' (the source's claim, in reported speech): {note}"
    if quote:
        return f"'{words}' (the source's words, inside a quotation): {note}"
    return f"'{words}' in the reporter's voice: {note}"


@lru_cache(maxsize=4096)
def readable(note: str) -> str:
    """Lexicon notes are ASCII ('a -- b'); messages use a real dash (once per note)."""
    return note.replace(" -- ", " — ")
