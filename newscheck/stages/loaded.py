"""Loaded language in one sentence: the lexicon match plus context rules that keep quiet on
ordinary uses (names like "Crisis Group", "critical infrastructure", "prices fell sharply").

Pure functions over tokens; ``stages/language.py`` turns the matches into findings with voice.
"""

from __future__ import annotations

from functools import lru_cache

from newscheck.lexicon_matcher import (
    Entry,
    Match,
    PhraseMatcher,
    Token,
    contains_run,
    load_lexicon,
    match_words,
    normalise_phrase,
    word_set,
)

SUBTYPE_CODES = {"emotive": 1, "name_calling": 2, "intensifier": 3, "exaggeration": 4, "puffery": 5}
"""Loaded-language subtype -> last digit of its rule code (L1x1..L1x5)."""

SMALL_WORDS = word_set(
    "a an the of in on at to for and or but by with from as is are was were be it its"
)


@lru_cache(maxsize=32)
def loaded_matcher(extra_loaded: tuple[str, ...], allowed_words: tuple[str, ...]) -> PhraseMatcher:
    """The compiled loaded-language lexicon plus the user's extensions (cached per config)."""
    entries = list(load_lexicon("loaded.txt"))
    for phrase in extra_loaded:
        words = normalise_phrase(phrase)
        if words:
            entries.append(Entry(phrase, words, "emotive", "house style lists it as loaded"))
    for phrase in allowed_words:
        words = normalise_phrase(phrase)
        if words:
            entries.append(Entry(phrase, words, "neutral"))
    return PhraseMatcher(entries)


def is_headline(tokens: list[Token]) -> bool:
    """Title Case or ALL CAPS lines (headlines), where capitals do not mark names."""
    content = [t.text for t in tokens if t.lower not in SMALL_WORDS and t.text[0].isalpha()]
    if len(content) < 3:
        return False
    capitalised = sum(1 for word in content if word[0].isupper())
    return capitalised >= 0.75 * len(content)


def find_loaded(
    text: str, tokens: list[Token], matcher: PhraseMatcher,
    allowed: frozenset[tuple[str, ...]] = frozenset(),
) -> list[Match]:
    """Loaded words and phrases among ``tokens`` (one sentence of ``text``), in order."""
    words = match_words(tokens)
    headline: bool | None = None
    found: list[Match] = []
    for first, last, entry in matcher.find(words):
        if entry.kind == "neutral" or any(contains_run(entry.words, run) for run in allowed):
            continue
        if tokens[first].text[0].isupper():
            if headline is None:
                headline = is_headline(tokens)
            if not headline and is_proper_name(tokens, first, last):
                continue
        if entry.kind == "intensifier" and not intensifies(tokens, words, last):
            continue
        end_token = tokens[last - 1]
        end = end_token.end - 2 if words[last - 1] != end_token.lower else end_token.end
        found.append(Match(tokens[first].start, end, entry))
    return found


def is_proper_name(tokens: list[Token], first: int, last: int) -> bool:
    """A capitalised match inside a name ("the Crisis Group", "Hero Motors", "Justice Sharp")."""
    if first > 0:
        return True
    # Sentence-initial: a name when the next word is capitalised too ("Hero Motors said").
    return last < len(tokens) and tokens[last].text[0].isupper()


def intensifies(tokens: list[Token], words: list[str], after: int) -> bool:
    """An intensifier counts when a word follows it that is not a number ("very 10" is odd)."""
    if after >= len(tokens):
        return words[after - 1] not in ("very", "really", "truly", "simply")
    return not tokens[after].text[0].isdigit()
