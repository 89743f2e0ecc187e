"""The sourcing stage's compiled word lists: one trie-regex scan finds every entry at once.

Built once per house-style configuration (``patterns_for``, cached).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from newscheck.config import LexiconConfig
from newscheck.stages.attribution import WHO_CONTRACTIONS
from newscheck.stages.mentions import (
    _alternation,
    _mastheads,
    _sections,
    lexicon_for,
    trie_pattern,
)
from newscheck.stages.source_shapes import (
    credit_verbs,
    possessive_entries,
    psych_forms,
    view_among_cues,
    view_source_cues,
)


class Scan:
    """The analysed text and a lower-case copy with exactly the same offsets."""

    __slots__ = ("text", "lower")

    def __init__(self, text: str, lowered: str | None = None) -> None:
        """``lowered``: ``text.lower()`` if the caller has it (``Document.lowered_text``)."""
        self.text = text
        if lowered is None:
            lowered = text.lower()
        if len(lowered) != len(text):  # a few characters grow when lower-cased (e.g. 'İ')
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        self.lower = lowered


_SPAN = re.compile(r".+", re.DOTALL)
"""Everything from ``pos`` to ``endpos``: a scanner hit as the match of the span the search
after a break found (no groups, like the phrase pattern)."""


class TaggedScanner:
    """Every word list in one trie regex: a single pass over the text finds all of them.

    ``lists`` maps a tag ("collective", "anonymous_head", ...) to lower-case phrases; ``*`` in a
    phrase stands for up to four words ("echoing * previous reports").  Matches are
    leftmost-longest and never overlap.
    """

    def __init__(self, lists: dict[str, tuple[str, ...] | frozenset[str]]) -> None:
        self.tag_names = tuple(lists)
        phrase_tags: dict[str, list[str]] = {}
        wild: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for tag, phrases in lists.items():
            for phrase in phrases:
                phrase = " ".join(phrase.lower().split())
                if "*" in phrase:
                    chunks = [chunk.strip() for chunk in phrase.split("*")]
                    regex = re.compile(
                        r"\s+(?:[\w'’.-]+\s+){0,4}?".join(
                            r"\s+".join(re.escape(w) for w in chunk.split()) for chunk in chunks
                        )
                        + r"(?![\w'’-])"
                    )
                    wild.setdefault(chunks[0], []).append((tag, regex))
                else:
                    phrase_tags.setdefault(phrase, []).append(tag)
        self.phrase_tags = {k: tuple(v) for k, v in phrase_tags.items()}
        self.wild = wild
        self.entries = {
            key: (self.phrase_tags.get(key, ()), tuple(wild.get(key, ())))
            for key in set(self.phrase_tags) | set(wild)
        }
        """Matched text -> (its tags, its wildcard continuations): one look-up per match."""
        self._trie = trie = trie_pattern(tuple(phrase_tags) + tuple(wild))
        self.phrase = re.compile(r"(?:" + trie + r")(?![\w'’-])")
        self.after_break = after_break(trie, self.entries, r"(?![\w'’-])")
        """A phrase with the character before it (a quarter of the scan's time saved)."""

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The scan's definition: a listed phrase after ``\\b``.  Compiled on first use, as only
        a scanner without ``after_break`` needs it (round 23: each 17,600-character scanner
        pattern costs 236 M instructions to compile, a sixth of the stage's first run).
        """
        return re.compile(r"\b(?:" + self._trie + r")(?![\w'’-])")

    def _matches(self, lower: str) -> Iterator[re.Match[str]]:
        """What ``self.regex.finditer(lower)`` yields, found faster.

        Every phrase opens with a word character, so ``\\b`` before it means "at the start, or
        after a non-word character"; a phrase ends before one, so the next cannot start right
        at its end.  The search after a break finds the same matches; each is yielded as a
        match of its phrase's own span (``_SPAN``, from its word to its end: the same offsets,
        text and string, without walking the trie a second time; round 26).  A match after a
        letter beyond ASCII (``BREAK`` lets them through) is no match of ``\\b``: the search
        goes on from the next character, as ``finditer`` would have.
        """
        if self.after_break is None:
            yield from self.regex.finditer(lower)
            return
        first = self.phrase.match(lower)  # (at the start, ``\b`` holds before a word character)
        if first is not None:
            yield first
        span = _SPAN.match
        pos = first.end() if first else 0
        while True:
            for match in self.after_break.finditer(lower, pos):
                at = match.start()
                if lower[at] > "\x7f" and lower[at].isalnum():
                    pos = at + 1  # a letter beyond ASCII, no break: search on after it
                    break
                yield span(lower, at + 1, match.end())  # type: ignore[misc]
            else:
                return

    def scan(self, lower: str) -> dict[str, list[re.Match[str]]]:
        """Tag -> its matches in text order, over a lower-cased text."""
        found: dict[str, list[re.Match[str]]] = {tag: [] for tag in self.tag_names}
        get = self.entries.get
        for match in self._matches(lower):
            entry = get(match.group())
            if entry is None:  # a phrase matched across a line break or a double space
                entry = get(" ".join(match.group().split()), ((), ()))
            at = match.start()
            if at > 1 and lower[at - 1] in "-'’" and lower[at - 2].isalnum():
                continue  # "deep-pocketed", "O'Brien": part of a longer word
            tags, wild = entry
            for tag in tags:
                found[tag].append(match)
            for tag, regex in wild:
                longer = regex.match(lower, at)
                if longer is not None:
                    found[tag].append(longer)
        return found


@dataclass(frozen=True)
class SourcingPatterns:
    """Regexes compiled once per lexicon configuration."""

    scanner: TaggedScanner
    reason: re.Pattern[str]
    verbs: frozenset[str]
    between: frozenset[str]
    outlet_followers: frozenset[str]
    cues_before: frozenset[str]
    speech_cues: frozenset[str]
    cue_trie: str
    """Every cue phrase before a group ("according to", "said by"), as a trie regex."""
    cue_after_break: re.Pattern[str] | None
    """``cue_hint`` with the non-word character before it (see ``TaggedScanner.after_break``);
    None when a cue opens with punctuation."""
    lead_words: frozenset[str]
    """Every word that can open a crediting continuation after a mention (a verb's first word,
    an auxiliary or adverb, a relative pronoun, a place preposition): a cheap first test."""
    attitudes: frozenset[str]
    stance: frozenset[str]
    view_nouns: frozenset[str]
    reason_stop: re.Pattern[str]
    by_participles: frozenset[str]
    quoted_outlet: re.Pattern[str]
    outlet_names: re.Pattern[str]
    coordinated: re.Pattern[str]
    attribution_in_span: re.Pattern[str]
    relative_speech: re.Pattern[str]
    """A speech act after "and"/"but" in a ", who" clause ("… and called for")."""
    reporting_actions: frozenset[str] = frozenset()
    """Past-tense actions that report what a group found or said ("officials discovered")."""
    allegiance: frozenset[str] = frozenset()
    """Verbs that in a relative clause pick a group out rather than credit it ("members who
    have endorsed Trump")."""
    intentions: frozenset[str] = frozenset()
    """Words of intention before a group's verb ("are planning to"; round 17): an
    ``allegiance`` verb after them is a planned vote, not a view."""
    negated_views: frozenset[str] = frozenset()
    """Belief verbs that hold a view even when negated ("many don't expect him to win"), unlike
    speech verbs ("the official did not say")."""
    psych: frozenset[str] = frozenset()
    """Psych verb forms derived from ``attitudes`` ("alarm", "frustrates"; round 8): the
    scanner's ``psych`` tag."""
    rulings: frozenset[str] = frozenset()
    """Verbs of a court's decision ("ruled", "sided", "determined"; round 16): an unnamed judge
    with one of these has a ruling of its own."""
    ruling_heads: frozenset[str] = frozenset()
    """People whose decision is a ruling ("judge", "magistrate"; round 16)."""

    @property
    def cue_hint(self) -> re.Pattern[str]:
        """A cue phrase between word boundaries, searched in lower-cased text: ``cue_in``'s
        definition, compiled on first use, since ``cue_in`` asks it only when there is no
        ``cue_after_break`` (round 23: 4,000 characters, ~45 M instructions to compile)."""
        return _cue_hint(self.cue_trie)


@cache
def _cue_hint(cue_trie: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + cue_trie + r")\b")


def after_break(trie: str, entries: Iterable[str], tail: str) -> re.Pattern[str] | None:
    """``trie`` (then ``tail``) with the non-word character before it, or None when an entry
    opens with punctuation.

    When every entry opens with a word character, ``\b`` before one means "at the start, or
    after a non-word character": searching this pattern (and trying the start apart), ``re``
    attempts a match only after such a character instead of at every position.
    """
    if not all(re.match(r"\w", entry) for entry in entries):
        return None
    return re.compile(BREAK + r"(?:" + trie + r")" + tail)


BREAK = r"[^0-9A-Za-z_]"
"""The character before a phrase: ``\\W``, read from sre's 256-bit map instead of the Unicode
database (which ``\\W`` asks for every character: 17 % of the scanner's instructions, round 15).
It also lets through the letters and digits beyond ASCII; a match after one is no break
(``after_break_search``)."""


def after_break_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for an ``after_break`` pattern, skipping matches whose first
    character is a letter or digit beyond ASCII: what the pattern with ``\\W`` would find."""
    match = pattern.search(text)
    while match is not None and text[match.start()] > "\x7f" and text[match.start()].isalnum():
        match = pattern.search(text, match.start() + 1)
    return match


def words_pattern(entries: tuple[str, ...] | frozenset[str]) -> str:
    return r"\b(?:" + _alternation(tuple(entries)) + r")\b"


@cache
def speaker_nouns() -> frozenset[str]:
    """People named by a common noun (``[speaker_nouns]`` in vague.txt: "a caller asked")."""
    return frozenset(_sections("vague.txt").get("speaker_nouns", ()))


@lru_cache(maxsize=32)
def patterns_for(config: LexiconConfig | None) -> SourcingPatterns:
    """Compile every sourcing regex for a lexicon configuration (cached)."""
    from newscheck.stages.source_stances import STANCE_TAG, stance_predicates  # (no cycle)

    lexicon = lexicon_for(config)
    vague = _sections("vague.txt")
    cues = _sections("sourcing_cues.txt")
    participles = cues.get("by_participles", ())
    psych = psych_forms(frozenset(cues.get("attitudes", ())))
    accusations = _sections("accusations.txt")
    cue_words = set(cues.get("before", ())) | {"by"} | set(view_source_cues())
    cue_trie = trie_pattern(cue_words)
    return SourcingPatterns(
        scanner=TaggedScanner(
            {
                "anonymous_phrase": lexicon.anonymous_phrases,
                "anonymous_head": lexicon.anonymous_heads,
                "collective": lexicon.collectives,
                "singular": lexicon.singulars,
                "speaker_noun": speaker_nouns(),
                "weasel": vague.get("weasel", ()),
                "extra_vague": lexicon.extra_vague,
                "document": lexicon.document_heads,
                "outlet_name": frozenset(name.lower() for name in lexicon.outlet_names),
                "outlet_noun": lexicon.outlet_nouns,
                "masthead": frozenset(word.lower() for word in _mastheads()),
                "accusation": accusations.get("claims", ()),
                "pronoun": PRONOUNS_FOR_GROUPS + PRONOUN_CLITICS,
                "one_alone": ONE_ALONE,
                "credit_verb": credit_verbs(),
                "possessive": possessive_entries(lexicon),
                "psych": psych,
                STANCE_TAG: stance_predicates(),
            }
        ),
        reason=re.compile(
            r"\b(?:" + trie_pattern(_sections("anonymity_reasons.txt").get("entries", ())) + r")\b"
        ),
        verbs=frozenset(" ".join(v.split()) for v in cues.get("verbs", ())),
        between=frozenset(w for phrase in cues.get("between", ()) for w in phrase.split()),
        outlet_followers=frozenset(cues.get("outlet_followers", ())),
        reason_stop=re.compile(
            r"\s(?:" + _alternation([v for v in cues.get("verbs", ()) if v not in _SPEAK]) + r")\b",
            re.I,
        ),
        speech_cues=frozenset(cues.get("speech_before", ())),
        cue_trie=cue_trie,
        cue_after_break=after_break(cue_trie, cue_words, r"\b"),
        lead_words=frozenset(
            phrase.split()[0]
            for section in ("verbs", "between", "attitudes")
            for phrase in cues.get(section, ())
        )
        | _LEAD_WORDS,
        attitudes=frozenset(cues.get("attitudes", ())),
        stance=frozenset(cues.get("stance", ())),
        view_nouns=frozenset(cues.get("view_nouns", ())) | frozenset(cues.get("said_nouns", ())),
        reporting_actions=frozenset(cues.get("reporting_actions", ())),
        allegiance=frozenset(cues.get("allegiance", ())),
        negated_views=frozenset(cues.get("negated_views", ())),
        intentions=frozenset(cues.get("intentions", ())),
        psych=psych,
        rulings=frozenset(cues.get("rulings", ())),
        ruling_heads=frozenset(cues.get("ruling_heads", ())),
        cues_before=frozenset(" ".join(c.split()) for c in cues.get("before", ()))
        | frozenset(view_among_cues())
        | frozenset(view_source_cues()),
        by_participles=frozenset(participles),
        quoted_outlet=re.compile(
            r"\b(?:" + trie_pattern(_QUOTED_OUTLET_CUES) + r")\s*$", re.IGNORECASE
        ),
        outlet_names=lexicon.outlet_name_re,
        coordinated=re.compile(
            r"\s+(?:and|or)\s+(?:(?:from|by|among|with|against)\s++)?"
            r"(?:(?!(?:from|by|among|with|against)\s)[\w'’-]++\s+){0,2}?"
            + words_pattern(lexicon.collectives | lexicon.anonymous_heads),  # (round 27: no
            # preposition before the second group, "plaudits from investors and protests from
            # unions" are two groups)
            re.IGNORECASE,
        ),
        attribution_in_span=re.compile(
            words_pattern(accusations.get("attribution", ())), re.IGNORECASE
        ),
        relative_speech=re.compile(
            r"\b(?:and|but)\s+(?:have\s+|has\s+|had\s+)?(?:"
            + _alternation(cues.get("relative_speech", ()))
            + r")\b",
            re.IGNORECASE,
        ),
    )


_LEAD_WORD_LIST = """who whom that which i we and or is are was were be been being has have
had will would could can may might should must do does did not never
too so very of in at from within inside across on around throughout
near outside for familiar close briefed with involved privately
having hold holds held holding share shares shared sharing voice voices voiced voicing express
expresses expressed expressing harbor harbors harbored make makes made making raise raises raised
raising offer offers offered offering air airs aired airing send sends sent sending signal signals
signaled signalled signaling signalling register registers registered registering vent vents
vented venting"""
_LEAD_WORDS = frozenset(_LEAD_WORD_LIST.split()) | frozenset(WHO_CONTRACTIONS)
"""Words after a mention, beyond the verb lists, that may lead to a crediting verb (round 19:
and the contracted "who'd", "who've", "who're", "who'll", and every light verb of
``source_phrases._LIGHT_VERBS``, whose view-noun object credits the group: "Economists offered
their assessments", "with experts offering their assessments", "Voters held doubts")."""


_SPEAK = frozenset(["speak", "speaks", "spoke", "speaking"])
"""Verbs that do not end a reason for anonymity ("not authorized to speak publicly")."""


PRONOUNS_FOR_GROUPS = ("they", "who")
PRONOUN_CLITICS = tuple(
    f"{pronoun}{mark}{clitic}" for pronoun in PRONOUNS_FOR_GROUPS for mark in "'’"
    for clitic in ("ve", "re")
)
"""Round 11: "they've", "who’re": found by the same scan (a separate search of the text for the
clitics cost 2 % of the stage); the finder reads the pronoun alone."""
"""Pronouns whose antecedent may be an unnamed group ("Democrats, who want …", "They fear …")."""
ONE_ALONE = ("one", "another")
"""Words that may stand alone for one of a group just named ("attorneys; one suggested")."""


_QUOTED_OUTLET_CUES = (
    "reported by",
    "according to",
    "cited by",
    "published by",
    "quoted by",
    "report by",
    "reports by",
    "report in",
    "reports in",
    "wrote in",
    "said the outlet",
    "said the portal",
    "said the newspaper",
    "said the agency",
    "told the outlet",
    "told the portal",
)
