"""Word-list matching in linear time: lexicon files, a tokeniser, and a first-token phrase index.

A lexicon file (``newscheck/lexicons/*.txt``) has one entry a line::

    phrase | kind | note

``#`` starts a comment line.  A word written ``a/b/c`` stands for any of its alternatives, so
``slam/slams/slammed`` is three entries.  ``kind`` names what the entry is (for hedges: modal,
verb, adverb, adjective, phrase; for loaded words: emotive, name_calling, intensifier,
exaggeration, puffery; ``neutral`` everywhere means "a known innocent collocation: claim these
words and report nothing").  The note, when present, becomes the finding's explanation.

Matching is leftmost-longest over lower-cased word tokens: each token looks up the phrases that
start with it in a dict, so a sentence costs one pass whatever the lexicon size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import product

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
"""A word: letters/digits, with inner hyphens and apostrophes (``world-class``, ``don't``)."""


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


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: offsets into the document, its spelling and its lower-case form."""

    start: int
    end: int
    text: str
    lower: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``, offsets into ``text``. Apostrophes are normalised."""
    finder = WORD.finditer(text, start, len(text) if end is None else end)
    return [
        Token(m.start(), m.end(), word, word.lower().replace("’", "'"))
        for m in finder
        for word in (m.group(),)
    ]


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
        for phrase in expand_alternatives(fields[0]):
            words = normalise_phrase(phrase)
            if words:
                entries.append(Entry(phrase, words, fields[1], note))
    return entries


@cache
def load_lexicon(name: str) -> tuple[Entry, ...]:
    """The entries of ``newscheck/lexicons/<name>`` (read and parsed once per process)."""
    text = resources.files("newscheck").joinpath(f"lexicons/{name}").read_text("utf-8")
    return tuple(parse_lexicon(text))


class PhraseMatcher:
    """Finds lexicon phrases in a token list, leftmost-longest, in one pass."""

    def __init__(self, entries: list[Entry] | tuple[Entry, ...]) -> None:
        by_first: dict[str, dict[tuple[str, ...], Entry]] = {}
        for entry in entries:
            # A later entry with the same words replaces an earlier one (user extensions win).
            by_first.setdefault(entry.words[0], {})[entry.words] = entry
        self._index: dict[str, list[Entry]] = {
            first: sorted(phrases.values(), key=lambda e: -len(e.words))
            for first, phrases in by_first.items()
        }

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def match_at(self, words: list[str], i: int) -> Entry | None:
        """The longest entry whose words start at ``words[i]``, or None."""
        candidates = self._index.get(words[i])
        if candidates is None:
            return None
        for entry in candidates:
            n = len(entry.words)
            if n == 1 or tuple(words[i : i + n]) == entry.words:
                return entry
        return None

    def find(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping ``(first, last_exclusive, entry)`` matches over lower-case words."""
        found: list[tuple[int, int, Entry]] = []
        index = self._index
        i, count = 0, len(words)
        while i < count:
            if words[i] in index:
                entry = self.match_at(words, i)
                if entry is not None:
                    found.append((i, i + len(entry.words), entry))
                    i += len(entry.words)
                    continue
            i += 1
        return found


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon hit in the text: character offsets and the entry that matched."""

    start: int
    end: int
    entry: Entry


def match_words(tokens: list[Token]) -> list[str]:
    """Lower-case match keys: a possessive ``'s`` is dropped (``regime's`` -> ``regime``)."""
    return [t.lower[:-2] if t.lower.endswith("'s") else t.lower for t in tokens]


def contains_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """True when ``run`` occurs contiguously inside ``words``."""
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))
