"""Sentence polarity and subjectivity with textblob's Pattern lexicon, scored over our own tokens.

textblob's ``PatternAnalyzer`` re-tokenises every string with a slow regex tokeniser (~0.35 MB/s).
We reuse its lexicon (``textblob.en.sentiment``, the ``en-sentiment.xml`` data, loaded once) and
port its scoring rule -- averages of word (polarity, subjectivity), a preceding adverb
multiplies the next word's scores by its intensity, a preceding negation flips polarity by -0.5
-- onto the tokens the language stage already has.  Same figures, tens of times faster.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter

NEGATIONS = frozenset(("no", "not", "n't", "never"))


@dataclass(frozen=True, slots=True)
class Assessment:
    """One scored chunk: a known word, with any modifier/negation before it (token indices)."""

    first: int
    last: int
    polarity: float
    subjectivity: float


@dataclass(frozen=True, slots=True)
class SentenceScore:
    polarity: float
    subjectivity: float
    assessments: tuple[Assessment, ...]


@lru_cache(maxsize=1)
def pattern_lexicon() -> dict[str, tuple[float, float, float, bool]]:
    """word -> (polarity, subjectivity, intensity, is_adverb_modifier) from textblob's data."""
    from newscheck.lean_nltk import import_nltk

    import_nltk()  # textblob imports nltk: keep scipy/numpy out when the stage runs alone
    from textblob.en import sentiment

    sentiment.load()
    lexicon: dict[str, tuple[float, float, float, bool]] = {}
    for word, by_pos in dict.items(sentiment):
        polarity, subjectivity, intensity = by_pos[None]
        lexicon[word] = (polarity, subjectivity, intensity, "RB" in by_pos)
    return lexicon


def score_words(keys: list[str]) -> SentenceScore:
    """Pattern's (polarity, subjectivity) of one sentence's words (``Words.keys``: contracted
    negations already reduced to ``n't``), with its chunks."""
    scores = score_sentences(keys, [0, len(keys)], keep_from=0.0)
    return SentenceScore(scores.polarity[0], scores.subjectivity[0],
                         scores.assessments.get(0, ()))


@dataclass(slots=True)
class BatchScores:
    """Per-sentence polarity and subjectivity; assessments only where subjectivity is high."""

    polarity: list[float]
    subjectivity: list[float]
    assessments: dict[int, tuple[Assessment, ...]]


def score_sentences(keys: list[str], bounds: list[int], keep_from: float = 1.0,
                    keep_words: int = 1) -> BatchScores:
    """Scores of many sentences at once: sentence ``n`` is ``keys[bounds[n]:bounds[n + 1]]``.

    Only lexicon words and negations change Pattern's state; the words between them matter only
    while a modifier or negation is pending, so one loop visits the candidates (found at C
    speed) and looks at the gaps only when it must.  Chunks are kept (sentence-local indices)
    only for sentences whose subjectivity reaches ``keep_from`` with at least ``keep_words``
    subjective chunks (>= 0.5): few objects outlive a sentence.
    """
    lexicon = pattern_lexicon()
    count = len(bounds) - 1
    scores = BatchScores([0.0] * count, [0.0] * count, {})
    sentence = -1
    sentence_end = -1
    chunks: list[list] = []  # the current sentence's [first, last, pol, subj, intensity, negated]
    modifier = ""  # the pending modifier word ("" when none)
    negation = False
    previous = -1
    relevant = _relevant_words()
    lookup = lexicon.get
    plain = _plain_words().get
    for index in compress(range(len(keys)), map(relevant.__contains__, keys)):
        if index >= sentence_end:
            if chunks:
                _close(scores, sentence, chunks, bounds[sentence], keep_from, keep_words)
                chunks = []
            sentence = bisect_right(bounds, index, sentence + 1) - 1
            sentence_end = bounds[sentence + 1]
            modifier, negation, previous = "", False, bounds[sentence] - 1
        if not (modifier or negation):
            scored = plain(keys[index])
            if scored is not None:  # the common case: a word that starts its own chunk
                chunks.append([index, index, scored[0], scored[1], scored[2], False])
                previous = index
                continue
        elif index > previous + 1:
            modifier, negation = _skip_unknown(keys[previous + 1 : index], modifier, negation,
                                               chunks, previous + 1)
        previous = index
        word = keys[index]
        known = lookup(word)
        if known is None:  # a negation that is not itself a lexicon word
            modifier, negation = _skip_unknown([word], modifier, negation, chunks, index)
            continue
        polarity, subjectivity, intensity, is_modifier = known
        if not modifier:
            chunks.append([index, index, polarity, subjectivity, intensity, False])
        else:
            chunk = chunks[-1]
            chunk[1] = index
            chunk[2] = max(-1.0, min(polarity * chunk[4], 1.0))
            chunk[3] = max(-1.0, min(subjectivity * chunk[4], 1.0))
            chunk[4] = intensity
        if negation:
            chunk = chunks[-1]
            chunk[0] = min(chunk[0], index - 1)
            chunk[4] = 1.0 / chunk[4]
            chunk[5] = True
        modifier = word if is_modifier else ""
        negation = word in NEGATIONS
    if chunks:
        _close(scores, sentence, chunks, bounds[sentence], keep_from, keep_words)
    return scores


def _close(scores: BatchScores, sentence: int, chunks: list[list], base: int,
           keep_from: float, keep_words: int) -> None:
    """Average a finished sentence's chunks ("not good" = polarity * -0.5)."""
    polarities = [c[2] * -0.5 if c[5] else c[2] for c in chunks]
    subjectivity = sum(map(_SUBJECTIVITY, chunks)) / len(chunks)
    scores.polarity[sentence] = sum(polarities) / len(chunks)
    scores.subjectivity[sentence] = subjectivity
    if subjectivity >= keep_from and sum(c[3] >= 0.5 for c in chunks) >= keep_words:
        scores.assessments[sentence] = tuple(
            Assessment(c[0] - base, c[1] - base, polarity, c[3])
            for c, polarity in zip(chunks, polarities, strict=True)
        )


_SUBJECTIVITY = itemgetter(3)


def _skip_unknown(words: list[str], modifier: str, negation: bool, chunks: list[list],
                  first_index: int) -> tuple[str, bool]:
    """Pattern's rules for words outside the lexicon (negations carry, long words reset)."""
    for offset, word in enumerate(words):
        if word in NEGATIONS:
            negation = True
        elif negation and len(word.strip("'")) > 1:
            negation = False
        if negation and modifier and modifier.endswith("ly"):
            chunks[-1][5] = True  # "really not good"
            chunks[-1][1] = first_index + offset
            negation = False
        elif modifier and len(word) > 2:
            modifier = ""
        if not (modifier or negation):
            break
    return modifier, negation


@lru_cache(maxsize=1)
def _relevant_words() -> frozenset[str]:
    return frozenset(pattern_lexicon()) | NEGATIONS


@lru_cache(maxsize=1)
def _plain_words() -> dict[str, tuple[float, float, float]]:
    """Lexicon words that are neither modifiers nor negations -> (polarity, subjectivity,
    intensity): with nothing pending before them, they just add a chunk."""
    return {word: (polarity, subjectivity, intensity)
            for word, (polarity, subjectivity, intensity, is_modifier) in pattern_lexicon().items()
            if not is_modifier and word not in NEGATIONS}
