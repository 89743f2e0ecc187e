"""The Document: the decoded text plus character-offset spans that every stage reads and adds to.

Offsets are Python ``str`` indices into ``Document.text`` (end exclusive).  ``analysis_text`` has
exactly the same length: markup that is not prose (Markdown code, link targets, HTML comments,
front matter) is blanked to spaces there, so every offset found in it indexes the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscheck.config import Config
    from newscheck.report import Finding, Quote, Source


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into the document text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # What the generated frozen __init__ does (object.__setattr__ per field), through the
        # slots' own setters: a third less time, and the stages make a Span per sentence.
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_set_start = Span.start.__set__  # type: ignore[attr-defined]
_set_end = Span.end.__set__  # type: ignore[attr-defined]

WORD_COUNT_CHUNK = 1 << 16
LOWERED_CACHE_CHARS = 64_000
"""The longest text whose lower-cased copy ``Document.lowered_text`` keeps (the language stage's
window: a longer text is read window by window, each lower-cased alone)."""


def count_words(text: str) -> int:
    """``len(text.split())`` without holding every word at once: ``text.split()`` on a 15 MB
    document makes 2.5 million strings, 160 MB for a moment.  Counted per chunk; a word cut by
    a chunk boundary (non-space on both sides of it) is counted in both chunks, so once less."""
    if len(text) <= WORD_COUNT_CHUNK:
        return len(text.split())
    count = 0
    for start in range(0, len(text), WORD_COUNT_CHUNK):
        count += len(text[start : start + WORD_COUNT_CHUNK].split())
        if start and not text[start].isspace() and not text[start - 1].isspace():
            count -= 1
    return count


@dataclass
class Document:
    """The text under analysis and everything the stages have found in it."""

    text: str
    analysis_text: str
    path: str | None = None
    input_format: str = "text"
    config: Config | None = None
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    titles: list[Span] = field(default_factory=list)
    """Quotation marks around a name or title ("The Apprentice," 'Lenta.Ru'), in order: not
    speech, so no quote, and the words in them are neither the reporter's nor a source's."""
    sources: list[Source] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    sentence_scores: dict[int, tuple[float, float]] = field(default_factory=dict)
    """Sentence index -> (polarity, subjectivity) from textblob's PatternAnalyzer."""
    summary: dict = field(default_factory=dict)
    """Figures stages want to report (e.g. sourcing shares); merged into the report."""
    scores: dict = field(default_factory=dict)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_index_at(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset`` (binary search), or None."""
        starts = self.sentence_starts()
        i = bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return None

    def paragraph_index_at(self, offset: int) -> int | None:
        """Index of the paragraph containing ``offset`` (binary search), or None."""
        paragraphs = self.paragraphs
        cache = getattr(self, "_paragraph_starts_cache", None)
        if cache is None or cache[0] is not paragraphs or cache[1] != len(paragraphs):
            # (once per paragraph list: the starts were listed on every call, which made a
            # caller per finding quadratic on one long document)
            cache = (paragraphs, len(paragraphs), [p.start for p in paragraphs])
            self._paragraph_starts_cache = cache
        i = bisect_right(cache[2], offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return i
        return None

    def word_count(self) -> int:
        """Whitespace-separated words of prose: in ``analysis_text``, so Markdown code, link
        targets and suppression comments are not counted (counted once per text)."""
        cache = getattr(self, "_words_cache", None)
        if cache is None or cache[0] is not self.analysis_text:
            cache = (self.analysis_text, count_words(self.analysis_text))
            self._words_cache = cache
        return cache[1]

    def lowered_text(self) -> str | None:
        """``analysis_text.lower()``, computed once per text of up to ``LOWERED_CACHE_CHARS``
        characters and shared by the sourcing scan and the language stage's word reader (round
        28, PERF28B: each lower-cased the whole text, ~55 instructions a character); None for a
        longer text (each stage lower-cases what it reads, as before, and no copy is kept) or
        when a character grows when lower-cased (the offsets would move)."""
        text = self.analysis_text
        cache = getattr(self, "_lowered_cache", None)
        if cache is not None and cache[0] is text:
            return cache[1]
        if len(text) > LOWERED_CACHE_CHARS:
            return None
        lowered: str | None = text.lower()
        if len(lowered) != len(text):
            lowered = None
        self._lowered_cache = (text, lowered)
        return lowered

    def sentence_starts(self) -> list[int]:
        """Start offsets of the sentences, in list order (cached until the list changes size)."""
        cache = getattr(self, "_starts_cache", None)
        if cache is None or cache[0] != len(self.sentences):
            cache = (len(self.sentences), [s.start for s in self.sentences])
            self._starts_cache = cache
        return cache[1]

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a direct or partial quotation's content.

        Uses a merged, sorted interval list built once per quote list (O(log n) per call).
        """
        cache = getattr(self, "_quoted_cache", None)
        if cache is None or cache[0] != len(self.quotes):
            intervals: list[list[int]] = []
            for quote in sorted(
                (q for q in self.quotes if q.kind != "indirect"), key=lambda q: q.start
            ):
                if intervals and quote.start <= intervals[-1][1]:
                    intervals[-1][1] = max(intervals[-1][1], quote.end)
                else:
                    intervals.append([quote.start, quote.end])
            cache = (len(self.quotes), [iv[0] for iv in intervals], intervals)
            self._quoted_cache = cache
        _, starts, intervals = cache
        i = bisect_right(starts, start) - 1
        return i >= 0 and intervals[i][0] <= start and end <= intervals[i][1]
