"""Word-list matching in linear time: lexicon files, a tokeniser, and a first-token phrase index.

A lexicon file (``newscheck/lexicons/*.txt``) has one entry a line::

    phrase | kind | note | flags

``#`` starts a comment line.  A word written ``a/b/c`` stands for any of its alternatives, so
``slam/slams/slammed`` is three entries.  ``kind`` names what the entry is (for hedges: modal,
verb, adverb, adjective, phrase; for loaded words: emotive, name_calling, intensifier,
exaggeration, puffery; ``neutral`` everywhere means "a known innocent collocation: claim these
words and report nothing").  The note, when present, becomes the finding's explanation.
``flags``, when present, are words (comma-separated) naming context rules the stages apply to
the entry (loaded words: ``unless_figure``, not loaded when a figure follows it, "soared 9%").

Matching is leftmost-longest over lower-cased word tokens: each token looks up the phrases that
start with it in a dict, so a sentence costs one pass whatever the lexicon size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import compress, islice, product, repeat
from operator import contains


def _compile_first(*patterns: str) -> re.Pattern[str]:
    """The first pattern this Python compiles: possessive quantifiers (3.11+) find the same words
    here (nothing after a word part could match by giving characters back), only faster."""
    for pattern in patterns[:-1]:
        try:
            return re.compile(pattern)
        except re.error:
            continue
    return re.compile(patterns[-1])


WORD = _compile_first(r"[^\W_]++(?:[-'’][^\W_]++)*+", r"[^\W_]+(?:[-'’][^\W_]+)*")
"""A word: letters/digits, with inner hyphens and apostrophes (``world-class``, ``don't``)."""
WORD_WITHOUT_UNDERSCORES = _compile_first(r"[a-z\w]++(?:[-'][a-z\w]++)*+",
                                          r"[a-z\w]+(?:[-'][a-z\w]+)*")
r"""``WORD`` in lower-cased text with ``’`` replaced and no ``_``: the same matches, faster.
(``[a-z\w]`` is ``\w``; written so, the regex engine tests an ASCII bitmap before Unicode's
tables, which settles most letters: 8 % less time per key read.)"""


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string."""
    return frozenset(words.split())


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon phrase with its kind and the note explaining why it is flagged."""

    phrase: str
    words: tuple[str, ...]
    kind: str
    note: str = ""
    flags: frozenset[str] = frozenset()
    """Context rules the stages apply to the entry (a lexicon line's fourth field)."""


def word_keys(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Match keys of the words of ``text[start:end]``: lower-case, apostrophes normalised, a
    possessive ``'s`` dropped (``Regime's`` -> ``regime``), contracted negations -> ``n't``."""
    return KeyReader(text[start:end]).keys()


class KeyReader:
    """Reads match keys (see ``word_keys``) of any range of ``text[start:end]``: that range is
    lower-cased once, so each sentence costs one ``findall`` without copying.  Read a large
    document window by window to keep the lower-cased copy small."""

    __slots__ = ("_text", "_lowered", "_base")

    def __init__(self, text: str, start: int = 0, end: int | None = None,
                 lowered_text: str | None = None) -> None:
        """``lowered_text``: ``text.lower()`` if the caller has it already: the window is sliced
        from it (the same string, unless a capital sigma, whose lower case depends on the
        letters around it, is in the window)."""
        self._text = text
        window = text[start:end] if start or end is not None else text
        if lowered_text is not None and "\u03a3" not in window:
            lowered = lowered_text[start:end] if start or end is not None else lowered_text
        else:
            lowered = window.lower()
        # Lower-casing rarely changes the length ("İ" becomes "i" and a combining dot, which no
        # word holds); then ranges are read one by one, and each word is lower-cased alone.
        self._lowered = lowered.replace("’", "'") if len(lowered) == len(window) else None
        self._base = start

    def keys(self, start: int = 0, end: int | None = None) -> list[str]:
        end = len(self._text) if end is None else end
        keys = self.raw_keys(start, end)
        if self._needs_reducing(start, end):
            keys = [reduced_key(key) for key in keys]
        return keys

    def raw_keys(self, start: int, end: int) -> list[str]:
        """The lower-cased words of ``text[start:end]`` before ``'s``/``n't`` are reduced."""
        lowered = self._lowered
        if lowered is None:  # lower-casing changed the length: one key per word as written
            words = WORD.findall(self._text, start, end)
            return [word.lower().replace("’", "'") for word in words]
        return WORD.findall(lowered, start - self._base, end - self._base)

    def _needs_reducing(self, start: int, end: int) -> bool:
        """Whether a possessive or a contracted negation may occur in ``text[start:end]``."""
        lowered = self._lowered
        if lowered is None:
            return True
        start, end = start - self._base, end - self._base
        return lowered.find("'s", start, end) >= 0 or lowered.find("n't", start, end) >= 0

    def concatenated(self, spans: list[tuple[int, int]], separator: str
                     ) -> tuple[list[str], list[int]]:
        """The keys of all ``spans`` in one list (``separator`` after each span's keys) and
        where each span's keys start (plus the list's length).

        The spans are joined by a marker word and read with one ``findall``, so a span costs
        one slice; the markers become ``separator``.  Falls back to a ``findall`` per span when
        the marker occurs in the text or lower-casing changed the text's length."""
        lowered, base = self._lowered, self._base
        if lowered is None or SPAN_MARK in lowered:
            keys: list[str] = []
            bounds = [0]
            for start, end in spans:
                keys += self.keys(start, end)
                keys.append(separator)
                bounds.append(len(keys))
            return keys, bounds
        pieces = [lowered[start - base : end - base] for start, end in spans]
        words = WORD if "_" in lowered else WORD_WITHOUT_UNDERSCORES
        keys = words.findall(SPAN_GAP.join(pieces) + SPAN_GAP)
        bounds = [0]
        position = 0
        index = keys.index
        for _ in range(len(spans)):
            position = index(SPAN_MARK, position)
            keys[position] = separator
            position += 1
            bounds.append(position)
        for i in compress(range(len(pieces)), map(contains, pieces, repeat("'"))):
            piece = pieces[i]
            if "'s" in piece or "n't" in piece:
                first, last = bounds[i], bounds[i + 1]
                for j in compress(range(first, last), map(contains, keys[first:last], repeat("'"))):
                    keys[j] = reduced_key(keys[j])
        return keys, bounds


SPAN_MARK = "ª"
"""A one-letter word placed between spans: rare, and a word character, so it becomes a key."""
SPAN_GAP = f" {SPAN_MARK} "


def reduced_key(key: str) -> str:
    """A possessive ``'s`` dropped (``regime's`` -> ``regime``), then a contracted negation
    reduced to ``n't`` (``couldn't`` -> ``n't``): the negation is what matters."""
    if key.endswith("'s"):
        key = key[:-2]
    return "n't" if key.endswith("n't") else key


class Words:
    """The words of ``text[start:end]``: match keys (see ``word_keys``), plus offsets and
    spellings found on demand (capitals matter to the context rules): words are located only
    as far as the rules look, usually up to the sentence's last hit, in C-speed batches."""

    __slots__ = ("text", "start", "end", "keys", "_spans", "_unread")

    def __init__(self, text: str, start: int = 0, end: int | None = None,
                 keys: list[str] | None = None) -> None:
        self.text = text
        self.start = start
        self.end = len(text) if end is None else end
        self.keys: list[str] = word_keys(text, start, self.end) if keys is None else keys
        self._spans: list[tuple[int, int]] = []
        self._unread: Iterator[re.Match[str]] | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def _locate(self, i: int) -> list[tuple[int, int]]:
        """Locate words up to ``i`` (all of them for a negative ``i``); returns the spans.
        The matches are read by ``islice`` and ``map``: no Python code runs per word."""
        unread = self._unread
        if unread is None:
            unread = self._unread = WORD.finditer(self.text, self.start, self.end)
        spans = self._spans
        if i < 0:
            spans.extend(map(_SPAN, unread))
        elif i >= len(spans):
            spans.extend(map(_SPAN, islice(unread, i + 1 - len(spans))))
        return spans

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every word."""
        return self._locate(-1)

    def word_start(self, i: int) -> int:
        spans = self._spans
        return (spans if 0 <= i < len(spans) else self._locate(i))[i][0]

    def word_end(self, i: int) -> int:
        spans = self._spans
        return (spans if 0 <= i < len(spans) else self._locate(i))[i][1]

    def spelled(self, i: int) -> str:
        """Word ``i`` as written."""
        spans = self._spans
        start, end = (spans if 0 <= i < len(spans) else self._locate(i))[i]
        return self.text[start:end]

    def char_span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of words ``first..last-1`` (a dropped possessive stays outside)."""
        spans = self._spans
        if not 0 < last <= len(spans) or first < 0:
            spans = self._locate(-1 if first < 0 or last <= 0 else last - 1)
        last_start, end = spans[last - 1]
        if len(self.keys[last - 1]) + 2 == end - last_start:
            end -= 2
        return spans[first][0], end

    def gap_after(self, i: int) -> str:
        """The text between word ``i`` and the next word (or the segment end)."""
        spans = self._spans
        if i < 0 or i + 1 >= len(spans):
            spans = self._locate(i + 1 if i >= 0 else -1)
        following = spans[i + 1][0] if i + 1 < len(spans) else self.end
        return self.text[spans[i][1] : following]


_SPAN = re.Match.span


def normalise_phrase(phrase: str) -> tuple[str, ...]:
    """The lower-case word tuple a phrase matches (``"World-class"`` -> ``("world-class",)``)."""
    return tuple(m.group().lower().replace("’", "'") for m in WORD.finditer(phrase))


def expand_alternatives(phrase: str) -> list[str]:
    """``"slam/slams at"`` -> ``["slam at", "slams at"]``."""
    choices = [word.split("/") for word in phrase.split()]
    return [" ".join(combination) for combination in product(*choices)]


def parse_lexicon(text: str) -> list[Entry]:
    """Entries of a lexicon file's text (see the module docstring for the format)."""
    entries: list[Entry] = []
    for line_number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) < 2 or not fields[0] or not fields[1]:
            raise ValueError(f"lexicon line {line_number}: expected 'phrase | kind | note'")
        note = fields[2] if len(fields) > 2 else ""
        flags = frozenset(
            flag.strip() for flag in fields[3].split(",") if flag.strip()
        ) if len(fields) > 3 else frozenset()
        for phrase in expand_alternatives(fields[0]):
            words = normalise_phrase(phrase)
            if words:
                entries.append(Entry(phrase, words, fields[1], note, flags))
    return entries


@cache
def load_lexicon(name: str) -> tuple[Entry, ...]:
    """The entries of ``newscheck/lexicons/<name>`` (read and parsed once per process)."""
    text = resources.files("newscheck").joinpath(f"lexicons/{name}").read_text("utf-8")
    return tuple(parse_lexicon(text))


COMMON_WORDS = word_set(
    """the a an to in of at on by for with from as if and or but not no is was are were be been
    being it its there that this these those all some more most has have had do does did"""
)
"""Words too frequent to index a phrase by: 'the worst' is found from 'worst'."""


def anchor_of(words: tuple[str, ...]) -> int:
    """Index of the word a phrase is looked up by: its first uncommon word (else its last)."""
    for position, word in enumerate(words):
        if word not in COMMON_WORDS:
            return position
    return len(words) - 1


class PhraseMatcher:
    """Finds lexicon phrases in a word list, leftmost-longest, in one pass.

    Each phrase is indexed by one "anchor" word (its first uncommon word), so frequent words
    like "the" cost nothing.  Anchor positions are found at C speed (``compress`` over
    ``map(index.__contains__)``); Python code runs only there, looking up the phrases around
    by shape.
    """

    def __init__(self, entries: list[Entry] | tuple[Entry, ...]) -> None:
        by_words: dict[tuple[str, ...], Entry] = {}
        for entry in entries:
            by_words[entry.words] = entry  # a later entry replaces an earlier one (user wins)
        self._index: dict[str, list[tuple[int, Entry]]] = {}
        for words, entry in sorted(by_words.items(), key=lambda item: -len(item[0])):
            anchor = anchor_of(words)
            self._index.setdefault(words[anchor], []).append((anchor, entry))
        self._shapes = {word: _shapes(pairs) for word, pairs in self._index.items()}
        self.anchors = frozenset(self._index)
        """The words phrases are looked up by."""

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def single(self, word: str) -> Entry | None:
        """The one-word entry for ``word``, if the lexicon has one."""
        for anchor, entry in self._index.get(word, ()):
            if len(entry.words) == 1 and anchor == 0:
                return entry
        return None

    def find(self, words: list[str], candidates: Iterable[int] | None = None
             ) -> list[tuple[int, int, Entry]]:
        """Non-overlapping ``(first, last_exclusive, entry)`` matches over lower-case words.

        ``candidates``, when given, are the positions worth looking at (a superset of the
        anchors' positions, e.g. found once for several matchers)."""
        shapes_at = self._shapes
        hits: list[tuple[int, int, Entry]] = []
        count = len(words)
        if candidates is None:
            candidates = compress(range(count), map(shapes_at.__contains__, words))
        for i in candidates:
            shapes = shapes_at.get(words[i])
            if shapes is None:
                continue
            for anchor, length, phrases, single in shapes:
                if single is not None:
                    hits.append((i, i + 1, single))
                    continue
                first = i - anchor
                last = first + length
                if first >= 0 and last <= count:
                    entry = phrases.get(tuple(words[first:last]))
                    if entry is not None:
                        hits.append((first, last, entry))
        if len(hits) < 2:
            return hits
        hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
        chosen: list[tuple[int, int, Entry]] = []
        free_from = 0
        for hit in hits:
            if hit[0] >= free_from:
                chosen.append(hit)
                free_from = hit[1]
        return chosen


Shape = tuple[int, int, dict[tuple[str, ...], Entry], Entry | None]
"""Phrases of one anchor word with the same anchor position and length, by their words; the
entry itself when the shape is the one-word phrase."""


def _shapes(pairs: list[tuple[int, Entry]]) -> tuple[Shape, ...]:
    """One anchor word's phrases grouped by shape (anchor position, length): each shape costs
    one slice and one dict lookup, however many phrases share it ('many' anchors 20 phrases
    in 4 shapes).  Longest shapes first."""
    grouped: dict[tuple[int, int], dict[tuple[str, ...], Entry]] = {}
    for anchor, entry in pairs:
        grouped.setdefault((anchor, len(entry.words)), {})[entry.words] = entry
    return tuple(
        (anchor, length, phrases, next(iter(phrases.values())) if length == 1 else None)
        for (anchor, length), phrases in grouped.items()
    )


def anchor_positions(words: list[str], *matchers: PhraseMatcher,
                     also: frozenset[str] = frozenset()) -> list[int]:
    """Positions of any of the matchers' anchor words, and of the words in ``also`` (other
    rules' trigger words): one C-speed scan for all of them."""
    anchors = _anchor_union(matchers, also)
    return list(compress(range(len(words)), map(anchors.__contains__, words)))


@lru_cache(maxsize=16)
def _anchor_union(matchers: tuple[PhraseMatcher, ...], also: frozenset[str]) -> frozenset[str]:
    return frozenset(also).union(*(matcher.anchors for matcher in matchers))


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon hit in the text: character offsets and the entry that matched."""

    start: int
    end: int
    entry: Entry

    def __init__(self, start: int, end: int, entry: Entry) -> None:
        # The slots' own setters, not the generated frozen __init__'s object.__setattr__ per
        # field: 40 % fewer instructions, and the stage makes one per hedge or loaded hit.
        _set_match_start(self, start)
        _set_match_end(self, end)
        _set_match_entry(self, entry)


_set_match_start = Match.start.__set__  # type: ignore[attr-defined]
_set_match_end = Match.end.__set__  # type: ignore[attr-defined]
_set_match_entry = Match.entry.__set__  # type: ignore[attr-defined]


def contains_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """True when ``run`` occurs contiguously inside ``words``."""
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


def silenced(entry: Entry, allowed: frozenset[tuple[str, ...]]) -> bool:
    """A hit that is never a finding: a neutral entry, or one holding a run of words the user
    allowed (``allowed`` is usually empty, so that is tested first)."""
    return entry.kind == "neutral" or bool(allowed) and any(
        contains_run(entry.words, run) for run in allowed
    )
