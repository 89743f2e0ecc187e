"""Stage 'language': hedging, loaded language and subjectivity, each finding with its voice.

One pass per sentence: the sentence is tokenised once, then the hedge matcher, the loaded-language
matcher and the Pattern subjectivity scorer read the same tokens.  A finding inside a direct or
partial quotation is in the ``quoted`` voice (rule 2xx, with the quote's id); otherwise it is the
reporter's (``author``, rule 1xx).  Severities come from the rule registry, then the user's
per-code overrides.
"""

from __future__ import annotations

from bisect import bisect_right

from newscheck.config import DEFAULT_CONFIG, Config
from newscheck.document import Document
from newscheck.lexicon_matcher import Match, Token, normalise_phrase, tokenize
from newscheck.report import Finding, Quote
from newscheck.rules import get_rule
from newscheck.stages.hedging import KIND_CODES, find_hedges, hedge_matcher
from newscheck.stages.loaded import SUBTYPE_CODES, find_loaded, loaded_matcher
from newscheck.stages.subjectivity import score_tokens

SUBJECTIVITY_THRESHOLD = 0.8
"""T101 fires when an author-voice sentence's Pattern subjectivity reaches this ..."""
SUBJECTIVE_WORDS_MIN = 2
"""... and at least this many of its scored words are themselves subjective (>= 0.5)."""


class QuoteLocator:
    """Which direct/partial quote (if any) contains a span, by binary search."""

    def __init__(self, quotes: list[Quote]) -> None:
        self._quotes = sorted((q for q in quotes if q.kind != "indirect"), key=lambda q: q.start)
        self._starts = [q.start for q in self._quotes]

    def __bool__(self) -> bool:
        return bool(self._quotes)

    def quote_at(self, start: int, end: int) -> Quote | None:
        i = bisect_right(self._starts, start) - 1
        # Walk back a little for nested or overlapping quotes; the innermost match wins.
        for quote in reversed(self._quotes[max(0, i - 3) : i + 1]):
            if quote.start <= start and end <= quote.end:
                return quote
        return None


def severity_for(code: str, config: Config) -> str:
    overrides = dict(config.severity)
    return overrides.get(code, get_rule(code).severity)


def run(document: Document) -> None:
    config = document.config or DEFAULT_CONFIG
    lexicon = config.lexicon
    hedges = hedge_matcher(tuple(lexicon.extra_hedges), tuple(lexicon.allowed_words))
    loaded = loaded_matcher(tuple(lexicon.extra_loaded), tuple(lexicon.allowed_words))
    allowed = frozenset(normalise_phrase(p) for p in lexicon.allowed_words) - {()}
    locator = QuoteLocator(document.quotes)
    text = document.analysis_text
    severities: dict[str, str] = {}

    def emit(start: int, end: int, code: str, category: str, subtype: str | None, index: int,
             quote: Quote | None, message: str) -> None:
        if code not in severities:
            severities[code] = severity_for(code, config)
        document.findings.append(Finding(
            id="", rule=code, category=category, severity=severities[code],
            start=start, end=end, text=document.text[start:end],
            voice="quoted" if quote else "author", sentence=index, message=message,
            subtype=subtype, quote=quote.id if quote else None,
        ))

    for index, sentence in enumerate(document.sentences):
        tokens = tokenize(text, sentence.start, sentence.end)
        if not tokens:
            continue
        for match in find_hedges(text, tokens, hedges, allowed):
            quote = locator.quote_at(match.start, match.end)
            code = f"H{2 if quote else 1}0{KIND_CODES[match.entry.kind]}"
            emit(match.start, match.end, code, "hedging", None, index, quote,
                 hedge_message(match, document))
        for match in find_loaded(text, tokens, loaded, allowed):
            quote = locator.quote_at(match.start, match.end)
            code = f"L{2 if quote else 1}0{SUBTYPE_CODES[match.entry.kind]}"
            emit(match.start, match.end, code, "loaded_language", match.entry.kind, index, quote,
                 loaded_message(match, document, quote))
        score_sentence(document, index, tokens, locator, emit)


def author_tokens(tokens: list[Token], locator: QuoteLocator) -> list[Token]:
    return [t for t in tokens if locator.quote_at(t.start, t.end) is None]


def score_sentence(document: Document, index: int, tokens: list[Token],
                   locator: QuoteLocator, emit) -> None:
    """Pattern (polarity, subjectivity) of the sentence's author-voice words, and T101."""
    narration = author_tokens(tokens, locator) if locator else tokens
    if not narration:
        return
    score = score_tokens(narration)
    document.sentence_scores[index] = (score.polarity, score.subjectivity)
    subjective = [a for a in score.assessments if a.subjectivity >= 0.5]
    if score.subjectivity < SUBJECTIVITY_THRESHOLD or len(subjective) < SUBJECTIVE_WORDS_MIN:
        return
    strongest = max(subjective, key=lambda a: a.subjectivity)
    start, end = narration[strongest.first].start, narration[strongest.last].end
    words = ", ".join(
        f"'{document.text[narration[a.first].start : narration[a.last].end]}'"
        for a in subjective[:4]
    )
    message = (
        f"this sentence in the reporter's voice reads as opinion (subjectivity "
        f"{score.subjectivity:.2f}; subjective words: {words}) -- check it for editorialising"
    )
    emit(start, end, "T101", "subjectivity", None, index, None, message)


def hedge_message(match: Match, document: Document) -> str:
    words = document.text[match.start : match.end]
    note = match.entry.note or "a hedge marks the claim as uncertain -- say who doubts it and why"
    return f"'{words}': {note}"


def loaded_message(match: Match, document: Document, quote: Quote | None) -> str:
    words = document.text[match.start : match.end]
    note = match.entry.note or "loaded wording tells readers how to feel -- describe instead"
    if quote:
        return f"'{words}' (the source's words, inside a quotation): {note}"
    return f"'{words}' in the reporter's voice: {note}"
