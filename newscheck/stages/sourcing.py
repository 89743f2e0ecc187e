"""Stage 'sourcing': who the story rests on, and the flags about it.

Reads the quotes (and their speakers) and scans ``analysis_text`` once per pattern family for
source mentions: anonymous individuals (A101/A102), vague collectives and weasel phrases
(A201/A202), other news organisations credited with a claim (A301) and documents.  Adds
unattributed quotes (A401) and unattributed accusations in the reporter's voice (A402), builds
``document.sources`` and ``document.summary["sourcing"]`` (keys documented in docs/sourcing.md).

A group or unnamed-person mention is only a *source* when the text credits it with something: a
speech, belief or report verb follows ("critics say", "officials have long argued") or a cue
precedes it ("according to experts", "said one official").  Strong phrases ("people familiar with
the matter", "insiders", "on condition of anonymity") need no cue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from newscheck.config import Config, LexiconConfig
from newscheck.document import Document
from newscheck.report import Finding, Quote, Source, TextSpan
from newscheck.rules import get_rule
from newscheck.stages.mentions import (
    DETERMINERS,
    GROUP_OF,
    SINGULAR_DETERMINERS,
    SourcingLexicon,
    _alternation,
    _sections,
    classify_mention,
    lexicon_for,
    names_someone,
    trie_pattern,
)

IDENTIFIABLE_KINDS = ("person", "organization", "outlet", "document")
_SENTENCE_STOP = re.compile(r"[.!?;:]\s|[\"“”]")
_CLAUSE_END = re.compile(r"[,.;:!?\"“”‘’()—–]|\s'|'\s|\s-\s")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_STOP_CAPS = frozenset(
    [
        "but",
        "and",
        "the",
        "in",
        "on",
        "at",
        "when",
        "while",
        "as",
        "if",
        "so",
        "yet",
        "meanwhile",
        "however",
        "after",
        "before",
        "since",
        "though",
        "although",
        "because",
        "still",
        "also",
        "then",
        "now",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "who",
        "why",
        "how",
        "where",
        "for",
        "with",
        "without",
        "from",
        "by",
        "of",
        "to",
        "a",
        "an",
    ]
)
_MODIFIERS = frozenset(
    [
        "senior",
        "top",
        "former",
        "fellow",
        "current",
        "administration",
        "government",
        "federal",
        "state",
        "local",
        "campaign",
        "intelligence",
        "military",
        "police",
        "party",
        "congressional",
        "legal",
        "health",
        "policy",
        "industry",
        "independent",
        "outside",
        "leading",
        "prominent",
        "unnamed",
        "anonymous",
        "white",
        "house",
        "trade",
        "labor",
        "labour",
        "defense",
        "defence",
        "security",
        "foreign",
        "domestic",
        "civil",
        "rights",
        "environmental",
        "medical",
        "financial",
        "energy",
        "tech",
        "economic",
        "political",
        "diplomatic",
        "western",
        "european",
        "american",
        "russian",
        "ukrainian",
        "chinese",
        "other",
        "some",
        "many",
        "several",
    ]
)
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
_QUOTED_NAME = re.compile(r"['\"‘“]([A-Z][^'\"’”\n]{0,40}?)['\"’”]")
_PRIVATELY_AFTER = re.compile(r"[\s,]*(?:[\w'’]+\s+){0,2}?privately\b", re.IGNORECASE)
_PRIVATELY_BEFORE = re.compile(r"\bprivately,?\s*$", re.IGNORECASE)
_MEASURED = re.compile(
    r"(?:percent|per\s+cent|%|majority|minority|plurality|share|half|third|quarter)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"([\w'’.-]+)\s+(?:and|or|nor|&)\s*$")
_NOBODY = re.compile(r"(?:no|none\s+of)\b", re.IGNORECASE)
_ONE_OF = re.compile(r"(?:one|an?|another)\s+of\b", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+(?:from|by|among)\s+(?:the\s+)?[A-Z]")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
_PROPER_GROUPS = frozenset(
    ["democrats", "republicans", "democrat", "republican", "conservatives", "liberals"]
)
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:!?\"“”)—–]|$|who\b|in\s+a\s+statement\b)", re.I)
_CLAUSE_PUNCT = re.compile(r"[,;:!?\"“”()]|\.(?:\s|$)")
_QUOTE_MARK = re.compile(r"[\"“”]")
_NEGATION = re.compile(
    r"\b(?:not|never|no|n't|nor|denied|deny|denies|false(?:ly)?)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)


@dataclass
class Mention:
    """A source mention found in the text (or a quote speaker), before it becomes a Source."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    rule: str | None = None
    reason: TextSpan | None = None
    quotes: list[str] = field(default_factory=list)


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
        self.regex = re.compile(
            r"\b(?:" + trie_pattern(tuple(phrase_tags) + tuple(wild)) + r")(?![\w'’-])"
        )

    def scan(self, lower: str) -> dict[str, list[re.Match[str]]]:
        """Tag -> its matches in text order, over a lower-cased text."""
        found: dict[str, list[re.Match[str]]] = {tag: [] for tag in self.tag_names}
        phrase_tags, wild = self.phrase_tags, self.wild
        for match in self.regex.finditer(lower):
            at = match.start()
            if at > 1 and lower[at - 1] in "-'’" and lower[at - 2].isalnum():
                continue  # "deep-pocketed", "O'Brien": part of a longer word
            key = match.group()
            if not key.isalpha():
                key = " ".join(key.split())
            for tag in phrase_tags.get(key, ()):
                found[tag].append(match)
            for tag, regex in wild.get(key, ()):
                longer = regex.match(lower, match.start())
                if longer is not None:
                    found[tag].append(longer)
        return found


class Scan:
    """The analysed text and a lower-case copy with exactly the same offsets."""

    __slots__ = ("text", "lower")

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters grow when lower-cased (e.g. 'İ')
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        self.lower = lowered


@dataclass(frozen=True)
class _Patterns:
    """Regexes compiled once per lexicon configuration."""

    scanner: TaggedScanner
    reason: re.Pattern[str]
    verbs: frozenset[str]
    between: frozenset[str]
    outlet_followers: frozenset[str]
    cues_before: frozenset[str]
    speech_cues: frozenset[str]
    cue_hint: re.Pattern[str]
    attitudes: frozenset[str]
    reason_stop: re.Pattern[str]
    by_participles: frozenset[str]
    quoted_outlet: re.Pattern[str]
    outlet_names: re.Pattern[str]
    coordinated: re.Pattern[str]
    attribution_in_span: re.Pattern[str]


def _words_pattern(entries: tuple[str, ...] | frozenset[str]) -> str:
    return r"\b(?:" + _alternation(tuple(entries)) + r")\b"


@lru_cache(maxsize=32)
def patterns_for(config: LexiconConfig | None) -> _Patterns:
    """Compile every sourcing regex for a lexicon configuration (cached)."""
    lexicon = lexicon_for(config)
    vague = _sections("vague.txt")
    cues = _sections("sourcing_cues.txt")
    participles = cues.get("by_participles", ())
    accusations = _sections("accusations.txt")
    return _Patterns(
        scanner=TaggedScanner(
            {
                "anonymous_phrase": lexicon.anonymous_phrases,
                "anonymous_head": lexicon.anonymous_heads,
                "collective": lexicon.collectives,
                "singular": lexicon.singulars,
                "weasel": vague.get("weasel", ()),
                "extra_vague": lexicon.extra_vague,
                "document": lexicon.document_heads,
                "outlet_name": frozenset(name.lower() for name in lexicon.outlet_names),
                "outlet_noun": lexicon.outlet_nouns,
                "accusation": accusations.get("claims", ()),
            }
        ),
        reason=re.compile(
            r"\b(?:" + trie_pattern(_sections("anonymity_reasons.txt").get("entries", ())) + r")\b"
        ),
        verbs=frozenset(" ".join(v.split()) for v in cues.get("verbs", ())),
        between=frozenset(w for phrase in cues.get("between", ()) for w in phrase.split()),
        outlet_followers=frozenset(cues.get("outlet_followers", ())),
        reason_stop=re.compile(r"\s(?:" + _alternation(cues.get("verbs", ())) + r")\b", re.I),
        speech_cues=frozenset(cues.get("speech_before", ())),
        cue_hint=re.compile(
            r"\b(?:"
            + trie_pattern({c.split()[-1] for c in cues.get("before", ())} | {"by"})
            + r")\b",
            re.IGNORECASE,
        ),
        attitudes=frozenset(cues.get("attitudes", ())),
        cues_before=frozenset(" ".join(c.split()) for c in cues.get("before", ())),
        by_participles=frozenset(participles),
        quoted_outlet=re.compile(
            r"\b(?:" + trie_pattern(_QUOTED_OUTLET_CUES) + r")\s*$", re.IGNORECASE
        ),
        outlet_names=lexicon.outlet_name_re,
        coordinated=re.compile(
            r"\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?"
            + _words_pattern(lexicon.collectives | lexicon.anonymous_heads),
            re.IGNORECASE,
        ),
        attribution_in_span=re.compile(
            _words_pattern(accusations.get("attribution", ())), re.IGNORECASE
        ),
    )


# --- small text helpers -------------------------------------------------------------------


_STARTS: dict[int, tuple[int, list[int], list[int]]] = {}
"""id(document) -> (sentence count, starts, ends): built once per document and stage run."""


def _sentence_bounds(document: Document, offset: int) -> tuple[int, int]:
    """The sentence containing ``offset`` (the whole text when sentences are unknown)."""
    cached = _STARTS.get(id(document))
    if cached is None or cached[0] != len(document.sentences):
        spans = document.sentences
        cached = (len(spans), [s.start for s in spans], [s.end for s in spans])
        _STARTS.clear()
        _STARTS[id(document)] = cached
    _, starts, ends = cached
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < ends[i]:
        return starts[i], ends[i]
    return 0, len(document.text)


def _extend_left(text: str, start: int, floor: int) -> int:
    """Move ``start`` left over the determiner and modifiers of a noun phrase."""
    window_start = max(floor, start - 80)
    tokens = list(_WORD.finditer(text, window_start, start))
    new_start = start
    taken = 0
    i = len(tokens) - 1
    while i >= 0 and taken < 5:
        token = tokens[i]
        gap = text[token.end() : new_start]
        if gap.strip() not in ("", "-"):  # punctuation between: the phrase ends there
            break
        word = token.group()
        lower = word.lower().replace("’", "'")
        if lower == "of" and i > 0 and tokens[i - 1].group().lower() in GROUP_OF:
            # "a number of", "one of the", "an unusual coalition of": keep going left
            new_start = tokens[i - 1].start()
            if tokens[i - 1].group().lower() in DETERMINERS:
                break
            i -= 2
            taken += 2
            continue
        if lower in DETERMINERS:
            new_start = token.start()
            break
        if lower in _STOP_CAPS:
            break
        capitalised = word[:1].isupper()
        if (
            capitalised
            or lower.endswith("'s")
            or "-" in lower
            or lower in _MODIFIERS
            or lower.endswith(("al", "ic", "ian", "ese", "ish"))
            or lower.isdigit()
        ):
            new_start = token.start()
            taken += 1
            i -= 1
            continue
        if (  # one plain noun modifier right after a determiner: "a council aide"
            i > 0
            and tokens[i - 1].group().lower() in DETERMINERS
            and not text[tokens[i - 1].end() : token.start()].strip()
        ):
            new_start = tokens[i - 1].start()
        break
    return new_start


_PHRASE_STOP = (
    r"(?=[,.;:!?\"“”]|\s+(?:who|that|said|says|say|told|have|has|had|were|was|are|is|also)\b"
    r"|\s*$)"
)
_POST_MODIFIER = re.compile(
    r"\s+(?:(?:who\s+(?:are|is|were|was)\s+)?familiar\s+with|close\s+to|briefed\s+on|"
    r"(?:with\s+(?:direct\s+)?knowledge\s+of)|involved\s+in|in\s+the\s+room|"
    r"(?:in|at|from|within|inside|for|of)(?=\s))((?:\s+[\w'’.-]+){1,5}?)" + _PHRASE_STOP,
    re.IGNORECASE,
)
_OBJECT = re.compile(r"(?:\s+[\w'’.-]+){1,5}?" + _PHRASE_STOP, re.IGNORECASE)
"""The object of a phrase that ends in a preposition ("people familiar with| the matter")."""


def _extend_right(text: str, end: int, ceiling: int) -> int:
    """Move ``end`` right over a short post-modifier ("familiar with the matter", "of the plan")."""
    match = _POST_MODIFIER.match(text, end, min(ceiling, end + 70))
    return match.end() if match else end


def _skip_parenthetical(text: str, pos: int, ceiling: int) -> int:
    """After ", including those within X," / ", who …," return the position after it."""
    if text.startswith(",", pos):
        close = text.find(",", pos + 1, min(ceiling, pos + 120))
        if close != -1:
            return close + 1
    return pos


_UNNAMED_MEMBERS = re.compile(
    r",\s*(?:including|like|such\s+as|among\s+them|notably)\s+[^,;:!?\"“”\n]{1,80}?(?=,)",
    re.IGNORECASE,
)


def _extend_over_unnamed_members(text: str, end: int, ceiling: int) -> int:
    """Include ", including those within the administration" in a vague group's span."""
    match = _UNNAMED_MEMBERS.match(text, end, ceiling)
    return match.end() if match else end


def _credited(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int],
    patterns: _Patterns,
    outlet: bool = False,
) -> bool:
    """True when the text credits the mention ``[start, end)`` with a statement or belief.

    A speech, belief or report verb follows (after at most four auxiliaries and adverbs, a
    parenthetical ", including …," or a relative clause "who …"), or a cue precedes it.
    """
    sentence_start, sentence_end = bounds
    if _verb_follows(text, end, sentence_end, patterns, outlet):
        return True
    skipped = _skip_parenthetical(text, end, sentence_end)
    if skipped != end and _verb_follows(
        text, skipped, sentence_end, patterns, outlet, relative=False
    ):
        return True
    cue = _cued_before(text, start, sentence_start, patterns, outlet)
    if cue is None:
        return False
    if cue in patterns.speech_cues:
        # "..., said one official." credits the official; in "Cruz said the people of the
        # state have suffered" the group is what is talked about, not who talks.
        return bool(_CLAUSE_ENDS_AFTER.match(text, end, sentence_end)) or end >= sentence_end
    return True


def _verb_follows(
    text: str, pos: int, ceiling: int, patterns: _Patterns, outlet: bool, relative: bool = True
) -> bool:
    """A crediting verb in the words right after ``pos`` (token look-ups, no backtracking)."""
    segment = text[pos : min(ceiling, pos + 90)]
    cut = _CLAUSE_PUNCT.search(segment)
    if cut is not None:
        segment = segment[: cut.start()]
    words = _WORD.findall(segment.lower().replace("’", "'"))
    verbs, between = patterns.verbs, patterns.between
    if outlet and words and (words[0] == "s" or words[0] in patterns.outlet_followers):
        words = words[1:]  # "the Financial Times article noted", "CNN's"
        if words and words[0] in patterns.outlet_followers:
            words = words[1:]
    if words and words[0] in ("who", "that") and relative and not outlet:
        # a relative clause: "one of the doctors who sent the letter called him ..."
        return any(
            word in verbs or f"{word} {following}" in verbs
            for word, following in zip(words[2:10], words[3:11] + [""], strict=False)
        )
    auxiliary = False
    for i, word in enumerate(words[:5]):
        if word in patterns.attitudes:  # "critics are concerned", not "the countries concerned"
            return auxiliary or (
                i + 1 < len(words) and words[i + 1] in ("about", "that", "over", "by", "at")
            )
        if word in verbs or (i + 1 < len(words) and f"{word} {words[i + 1]}" in verbs):
            return True
        if word not in between:
            return False
        auxiliary = auxiliary or word in _AUXILIARIES
    return False


_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "do",
        "does",
        "did",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "won't",
        "wouldn't",
        "couldn't",
        "can't",
        "didn't",
        "doesn't",
        "don't",
    ]
)
_BE = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"]
)
_NOT_PREDICATES = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "to",
        "of",
        "for",
        "from",
        "with",
        "by",
        "as",
        "into",
        "about",
        "over",
        "under",
        "after",
        "before",
        "also",
    ]
)


def _subject_of_clause(text: str, pos: int, ceiling: int, patterns: _Patterns) -> bool:
    """True when the words after ``pos`` make the mention the subject of a finite clause.

    Used for unnamed *individuals* only ("Other officials weighed in", "Clinton aides were coy",
    "a doctor had typed"): an unnamed person the story reports acting or judging is an unnamed
    source.  Passives ("officials were fired") are not.
    """
    segment = text[pos : min(ceiling, pos + 70)]
    cut = _CLAUSE_PUNCT.search(segment)
    if cut is not None:
        segment = segment[: cut.start()]
    last_auxiliary = None
    for word in _WORD.findall(segment.lower().replace("’", "'"))[:6]:
        if word in patterns.verbs:
            return True
        if word in _AUXILIARIES:
            last_auxiliary = word
            continue
        if word in patterns.between or word in ("not", "too", "so", "very"):
            continue
        if word.endswith("ing"):  # "officials are bilking taxpayers": an action, not a view
            return False
        if word.endswith(("ed", "en")):  # "weighed in", "had typed"; "were fired" is passive
            return last_auxiliary not in _BE
        return last_auxiliary in _BE and word not in _NOT_PREDICATES  # "were coy"
    return False


def _cued_before(
    text: str, start: int, floor: int, patterns: _Patterns, outlet: bool = False
) -> str | None:
    """The cue right before a mention: "according to", "said", "as reported by", "… by".

    For an outlet, "told"/"asked" before it makes it the interviewer, not the source.
    """
    before = text[max(floor, start - 60) : start]
    if not before or before[-1:] not in " ,":
        return None
    words = _WORD.findall(before.lower())
    if not words or (outlet and words[-1] in ("told", "tells", "asked", "asks")):
        return None
    for size in (1, 2, 3):
        cue = " ".join(words[-size:])
        if len(words) >= size and cue in patterns.cues_before:
            return cue
    if words[-1] == "by" and any(w in patterns.by_participles for w in words[-8:-1]):
        return "by"
    return None


def _quote_at(document: Document, start: int, end: int) -> Quote | None:
    for quote in document.quotes:
        if quote.kind != "indirect" and quote.start <= start and end <= quote.end:
            return quote
    return None


# --- finding mentions ------------------------------------------------------------------------


class Found(list):
    """The mentions found so far, with a character map for constant-time overlap tests."""

    def __init__(self, length: int) -> None:
        super().__init__()
        self.covered = bytearray(length + 1)

    def append(self, mention: Mention) -> None:
        super().append(mention)
        self.covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self.covered[start:end]


def _find_anonymous(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: _Patterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    strong = hits["anonymous_phrase"]
    markers: list[tuple[int, int]] = []
    for match in strong:
        phrase = match.group().lower()
        bounds = _sentence_bounds(document, match.start())
        if phrase.startswith(("spoke", "speaking", "who ")):
            markers.append((match.start(), match.end()))
            continue
        start = _extend_left(text, match.start(), bounds[0])
        end = match.end()
        if phrase.endswith((" with", " to", " on", " of")):
            obj = _OBJECT.match(text, end, min(bounds[1], end + 60))
            end = obj.end() if obj else end
        if found.overlaps(start, end) or lexicon.is_allowed(original[start:end]):
            continue
        found.append(
            Mention(start, end, original[start:end], "anonymous", original[start:end], "A101")
        )
    for match in hits["anonymous_head"]:
        bounds = _sentence_bounds(document, match.start())
        if found.overlaps(match.start(), match.end()):
            continue
        following = text[match.end() : match.end() + 40]
        if re.match(r"\s+of\b", following) and match.group().lower().startswith("source"):
            continue  # "a source of income"
        if re.match(r"\s+[A-Z][\w'’.-]+", following) and not re.match(
            r"\s+(?:" + "|".join(w.capitalize() for w in _STOP_CAPS) + r")\b", following
        ):
            continue  # "aide Huma Roe": named
        if names_someone(following):
            continue
        start = _extend_left(text, match.start(), bounds[0])
        head = match.group().lower()
        if start == match.start() and not head.endswith("s"):
            # A bare singular noun ("official figures", "insider accounts") is not a person.
            continue
        if _in_proper_name(text, match.start(), bounds[0]):
            continue  # "the Council of Economic Advisers"
        opener = text[start : match.start()].split()[:1]
        if (
            head.startswith("spokes")
            and not head.endswith(("men", "people"))
            and (not opener or opener[0].lower() not in SINGULAR_DETERMINERS)
        ):
            continue  # "Cameron's spokesman", "the spokesman": a unique, identifiable role
        end = _extend_right(text, match.end(), bounds[1])
        marked = any(bounds[0] <= m[0] < bounds[1] for m in markers)
        if (
            not marked
            and not _credited(text, start, end, bounds, patterns)
            and not _subject_of_clause(text, end, bounds[1], patterns)
        ):
            continue
        mention_text = original[start:end]
        if lexicon.is_allowed(mention_text):
            continue
        found.append(Mention(start, end, mention_text, "anonymous", mention_text, "A101"))
    for marker_start, marker_end in markers:
        bounds = _sentence_bounds(document, marker_start)
        if any(bounds[0] <= m.start < bounds[1] for m in found if m.kind == "anonymous"):
            continue
        found.append(
            Mention(
                marker_start,
                marker_end,
                original[marker_start:marker_end],
                "anonymous",
                original[marker_start:marker_end],
                "A101",
            )
        )


def _may_be_credited(
    text: str, head_start: int, end: int, bounds: tuple[int, int], patterns: _Patterns, kind: str
) -> bool:
    """A cheap over-approximation of ``_credited`` (or the subject rule) for a group noun."""
    if _verb_follows(text, end, bounds[1], patterns, False):
        return True
    skipped = _skip_parenthetical(text, end, bounds[1])
    if skipped != end and _verb_follows(text, skipped, bounds[1], patterns, False, False):
        return True
    window = text[max(bounds[0], head_start - 150) : head_start]
    if patterns.cue_hint.search(window):
        return True
    individual = kind == "anonymous" or " of " in window[-60:].lower()  # "one of the aides"
    return individual and _subject_of_clause(text, end, bounds[1], patterns)


def _noun_follows(text: str, pos: int, ceiling: int, patterns: _Patterns) -> bool:
    """True when a plain lower-case word that is no verb follows: "conservative| think tank"."""
    match = _NEXT_WORD.match(text, pos, ceiling)
    if match is None:
        return False
    word = match.group(1).replace("’", "'")
    return not (
        word in patterns.verbs
        or word in patterns.between
        or word in _AUXILIARIES
        or word in _NOT_PREDICATES
        or word in ("who", "that", "which", "and", "or", "but", "of", "not", "too")
        or word.endswith(("ed", "s"))
    )


def _in_proper_name(text: str, start: int, floor: int) -> bool:
    """True when a capitalised head continues a name ("Council of Economic Advisers")."""
    if not text[start : start + 1].isupper():
        return False
    before = text[max(floor, start - 30) : start].rstrip()
    if not before or before[-1:] in '.!?"“”:;(—–':
        return False  # sentence start or after punctuation: ordinary capitalisation
    previous = before.split()[-1]
    return previous[:1].isupper() or previous in ("of", "for", "and", "on")


def _anonymity_reason(
    document: Document, mention: Mention, patterns: _Patterns, lower: str
) -> TextSpan | None:
    """Why the source is unnamed, when its sentence says so ("because the talks are private")."""
    start, end = _sentence_bounds(document, mention.start)
    start, end = max(start, mention.start - 150), min(end, mention.end + 250)  # stay local
    text = document.analysis_text
    match = patterns.reason.search(lower, start, end)
    if match is None:
        return None
    clause_end = _CLAUSE_END.search(text, match.end(), end)
    stop = clause_end.start() if clause_end else end
    verb = patterns.reason_stop.search(text, match.end(), stop)
    stop = verb.start() if verb else stop
    while stop > match.start() and text[stop - 1].isspace():
        stop -= 1
    return TextSpan(match.start(), stop, document.text[match.start() : stop])


def _find_vague(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: _Patterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    for match in hits["weasel"]:
        if found.overlaps(match.start(), match.end()):
            continue
        if _NAMED_AFTER.match(text, match.end()):
            continue  # "drew criticism from Berlin and Paris" says whose
        phrase = original[match.start() : match.end()]
        if lexicon.is_allowed(phrase):
            continue
        found.append(Mention(match.start(), match.end(), phrase, "vague", phrase.lower(), "A202"))
    if hits["extra_vague"]:
        for match in hits["extra_vague"]:
            if not found.overlaps(match.start(), match.end()):
                phrase = original[match.start() : match.end()]
                found.append(
                    Mention(match.start(), match.end(), phrase, "vague", phrase.lower(), "A201")
                )
    for tag, kind in (("collective", "vague"), ("singular", "anonymous")):
        for match in hits[tag]:
            if found.overlaps(match.start(), match.end()):
                continue
            bounds = _sentence_bounds(document, match.start())
            end = _extend_right(text, match.end(), bounds[1])
            coordinated = patterns.coordinated.match(text, end, bounds[1])
            if coordinated:  # "Regulators and environmental groups"
                end = coordinated.end()
            if not _may_be_credited(text, match.start(), end, bounds, patterns, kind):
                continue  # cheap test first: most group nouns are credited with nothing
            start = _extend_left(text, match.start(), bounds[0])
            first_word = text[start : match.start()].split()[:1]
            if kind == "anonymous" and (
                not first_word or first_word[0].lower() not in SINGULAR_DETERMINERS
            ):
                continue  # "one critic" is a person; a bare "critic" is not a mention
            lead_start = max(bounds[0], start - 40)
            joined = _JOINED.search(text[lead_start:start])
            if kind == "vague" and joined:
                partner = joined.group(1)
                partner_start = lead_start + joined.start(1)
                if partner.lower() in lexicon.collectives or partner.lower() in _MODIFIERS:
                    start = partner_start  # "Developers and supporters"
                elif partner[:1].isupper() and text[bounds[0] : partner_start].strip():
                    continue  # "Smith and other critics": the group has a named member
            if match.group().lower() == "whom" and start == match.start():
                continue  # only "many of whom", "some of whom"
            if _NOBODY.match(text[start : match.start()]):
                continue  # "no Republicans": nobody is credited
            if _MEASURED.search(text[max(bounds[0], match.start() - 60) : match.start()]):
                continue  # "55 percent of Sanders supporters said": a poll finding
            if kind == "anonymous" and _noun_follows(text, match.end(), bounds[1], patterns):
                continue  # "a conservative think tank": an adjective, not a person
            if match.group().lower() not in _PROPER_GROUPS and _in_proper_name(
                text, match.start(), bounds[0]
            ):
                continue  # "the Union of Concerned Scientists"
            individual = kind == "anonymous" or _ONE_OF.match(text[start : match.start()])
            if not _credited(text, start, end, bounds, patterns) and not (
                individual and _subject_of_clause(text, end, bounds[1], patterns)
            ):
                continue
            following = text[end : end + 60]
            if names_someone(following) or names_someone(text[match.end() : match.end() + 60]):
                continue
            if kind == "vague":
                end = _extend_over_unnamed_members(text, end, bounds[1])
            mention_kind = kind
            if kind == "vague" and (
                _ONE_OF.match(text[start:end])
                or _PRIVATELY_AFTER.match(text, end, min(bounds[1], end + 40))
                or _PRIVATELY_BEFORE.search(text[max(bounds[0], start - 16) : start])
            ):
                # "one of the doctors" is an unnamed individual; "privately, Democrats
                # acknowledge" speaks off the record: both are anonymous sourcing
                mention_kind = "anonymous"
            mention_text = original[start:end]
            if lexicon.is_allowed(mention_text) or found.overlaps(start, end):
                continue
            rule = "A201" if mention_kind == "vague" else "A101"
            found.append(Mention(start, end, mention_text, mention_kind, mention_text, rule))


def _outlet_name(text: str, patterns: _Patterns, lexicon: SourcingLexicon) -> str:
    """A canonical name for an outlet mention.

    "the Axios portal" -> "Axios", "The Harbour Gazette newspaper" -> "Harbour Gazette";
    an unnamed "the newspaper" keeps its words.
    """
    named = patterns.outlet_names.search(text)
    if named is not None:
        return re.sub(r"^[Tt]he\s+", "", " ".join(named.group().split()))
    words = " ".join(text.split()).strip("'\"‘’“” ")
    bare = re.sub(r"^[Tt]he\s+", "", words)
    for noun in sorted(lexicon.outlet_nouns, key=len, reverse=True):
        if bare.lower().endswith(" " + noun) and bare[:1].isupper():
            return bare[: -len(noun) - 1]
    return bare if bare[:1].isupper() else words


def _outlet_candidates(
    text: str, hits: dict[str, list[re.Match[str]]], patterns: _Patterns, lexicon: SourcingLexicon
) -> list[tuple[int, int]]:
    """(start, end) of outlet names, "the X portal" phrases and quoted names after a cue."""
    candidates: list[tuple[int, int]] = []
    for hit in hits["outlet_name"]:
        start = hit.start()
        the = re.search(r"\b[Tt]he\s+$", text[max(0, start - 5) : start])
        named = patterns.outlet_names.match(text, start - len(the.group()) if the else start)
        if named is not None and named.end() >= hit.end():  # case matters: "the Sun", not "sun"
            candidates.append((named.start(), named.end()))
    for hit in hits["outlet_noun"]:
        window = max(0, hit.start() - 80)
        for match in lexicon.outlet_noun_re.finditer(text, window, hit.end()):
            if match.end() == hit.end():
                candidates.append((match.start(), match.end()))
                break
    for match in _QUOTED_NAME.finditer(text):
        if patterns.quoted_outlet.search(text[max(0, match.start() - 25) : match.start()]):
            candidates.append((match.start(1), match.end(1)))
    return candidates


def _find_outlets(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: _Patterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    candidates = _outlet_candidates(text, hits, patterns, lexicon)
    candidates.sort(key=lambda c: (c[0], -c[1]))
    taken_until = -1
    for start, end in candidates:
        if start < taken_until:  # sorted by start: only the last kept one can overlap
            continue
        bounds = _sentence_bounds(document, start)
        quoted = text[start - 1 : start] in "'\"‘“" and start > 0
        if not quoted and not _credited(text, start, end, bounds, patterns, outlet=True):
            continue
        if quoted:
            cue = text[max(bounds[0], start - 40) : start]
            if not re.search(r"(?:by|to|in|outlet|portal|newspaper|agency)\s*['\"‘“]$", cue):
                continue
        taken_until = end
        mention_text = original[start:end]
        if lexicon.is_allowed(mention_text) or found.overlaps(start, end):
            continue
        found.append(
            Mention(
                start,
                end,
                mention_text,
                "outlet",
                _outlet_name(mention_text, patterns, lexicon),
                "A301",
            )
        )


def _find_documents(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: _Patterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    for match in hits["document"]:
        if found.overlaps(match.start(), match.end()):
            continue
        bounds = _sentence_bounds(document, match.start())
        start, end = _extend_left(text, match.start(), bounds[0]), match.end()
        opener = text[start:end].split()[0].lower()
        if start == match.start() or opener not in DETERMINERS:
            continue  # "a new poll", "the ruling"; not a bare "data" or "reports suggest"
        if not _credited(text, start, end, bounds, patterns):
            continue
        if (
            text[start:end].lower().endswith(("reports", "report"))
            and "previous" in text[start:end].lower()
        ):
            continue
        mention_text = original[start:end]
        found.append(Mention(start, end, mention_text, "document", mention_text.lower()))


# --- unattributed quotes and claims --------------------------------------------------------


def _unattributed_claims(
    document: Document, hits: dict[str, list[re.Match[str]]], patterns: _Patterns
) -> list[Mention]:
    """Accusations in the reporter's voice with no attribution in their sentence or paragraph."""
    text = document.analysis_text
    claims: list[Mention] = []
    attributed: dict[tuple[int, int], bool] = {}  # scope -> has attribution (searched once)
    for match in hits["accusation"]:
        start, end = match.start(), match.end()
        if document.in_quote(start, end) or _NEGATION.search(text[max(0, start - 30) : start]):
            continue
        sentence_start, sentence_end = _sentence_bounds(document, start)
        paragraph = document.paragraph_index_at(start)
        if paragraph is not None:
            scope_start = min(sentence_start, document.paragraphs[paragraph].start)
            scope_end = max(sentence_end, document.paragraphs[paragraph].end)
        else:
            scope_start, scope_end = sentence_start, sentence_end
        scope = (scope_start, scope_end)
        if scope not in attributed:
            attributed[scope] = bool(
                patterns.attribution_in_span.search(text, scope_start, scope_end)
                or any(q.start < scope_end and scope_start < q.end for q in document.quotes)
                or _QUOTE_MARK.search(text, sentence_start, sentence_end)
            )
        if attributed[scope]:
            continue
        claims.append(Mention(start, end, document.text[start:end], "claim", "", "A402"))
    return claims


# --- inventory, findings, summary ------------------------------------------------------------


def _normalise(name: str) -> str:
    words = _WORD.findall(name.lower().replace("’", "'"))
    while words and words[0] in ("the", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."):
        words = words[1:]
    return " ".join(w.removesuffix("'s").rstrip(".") for w in words)


def _speaker_mentions(document: Document, found: list[Mention]) -> list[Mention]:
    """Mentions for quote speakers; a speaker on a mention already found joins it.

    Several quotes by the same speaker mention (one attribution for a run of quotes) make one
    mention with all their quote ids.
    """
    ordered = sorted(found, key=lambda m: m.start)  # found mentions never overlap
    starts = [m.start for m in ordered]
    speakers: dict[tuple[int, int], Mention] = {}
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        i = bisect_right(starts, speaker.end - 1) - 1
        if i >= 0 and ordered[i].end > speaker.start:
            ordered[i].quotes.append(quote.id)
            continue
        key = (speaker.start, speaker.end)
        if key in speakers:
            speakers[key].quotes.append(quote.id)
            continue
        kind = speaker.kind
        if kind == "unknown":
            kind = classify_mention(speaker.name or speaker.text)
        if kind == "unknown":
            continue
        rule = {"anonymous": "A101", "vague": "A201", "outlet": "A301"}.get(kind)
        speakers[key] = Mention(
            speaker.start,
            speaker.end,
            speaker.text,
            kind,
            speaker.name or speaker.text,
            rule,
            quotes=[quote.id],
        )
    return list(speakers.values())


def _build_sources(mentions: list[Mention]) -> tuple[list[Source], dict[int, str]]:
    """Group mentions into sources ("s1".. in order of first mention); mention index -> id."""
    groups: dict[tuple[str, str], list[int]] = {}
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    keys: dict[int, tuple[str, str]] = {}
    for i in order:
        mention = mentions[i]
        key = (mention.kind, _normalise(mention.name))
        keys[i] = key
        groups.setdefault(key, []).append(i)
    # "Trump" joins "Donald Trump": a person name that ends a longer person name.
    person_keys = [k for k in groups if k[0] == "person" and k[1]]
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for key in person_keys:
        longer = [k for k in person_keys if k != key and k[1].endswith(" " + key[1])]
        if len(longer) == 1:
            merged[key] = longer[0]
    sources: list[Source] = []
    ids: dict[int, str] = {}
    seen: dict[tuple[str, str], Source] = {}
    for i in order:
        key = merged.get(keys[i], keys[i])
        mention = mentions[i]
        source = seen.get(key)
        if source is None:
            source = Source(
                id=f"s{len(sources) + 1}",
                name=mention.name if key == keys[i] else mentions[groups[key][0]].name,
                kind=mention.kind,
                identifiable=mention.kind in IDENTIFIABLE_KINDS,
            )
            seen[key] = source
            sources.append(source)
        source.mentions.append(TextSpan(mention.start, mention.end, mention.text))
        source.quotes.extend(q for q in mention.quotes if q not in source.quotes)
        if mention.reason is not None and source.anonymity_reason is None:
            source.anonymity_reason = mention.reason
        ids[i] = source.id
    return sources, ids


def _severity(code: str, config: Config | None) -> str:
    severity = get_rule(code).severity
    best = -1
    for selector, level in config.severity if config else ():
        if code.startswith(selector) and len(selector) > best:
            severity, best = level, len(selector)
    return severity


_MESSAGES = {
    "A101": "'{text}' is an unnamed source and the story does not say why it is unnamed.",
    "A102": "'{text}' is an unnamed source; the story explains why ('{reason}').",
    "A201": "'{text}' credits the claim to an unspecified group: say who, or quote one of them.",
    "A202": "'{text}' lends the claim authority or controversy without saying whose.",
    "A301": "'{text}' is another news organisation: the claim is second-hand.",
    "A401": "This direct quotation has no speaker.",
    "A402": "'{text}' is an accusation in the reporter's voice with no attribution in its "
    "sentence or paragraph.",
}


def _finding(
    document: Document,
    code: str,
    start: int,
    end: int,
    quote: str | None,
    reason: TextSpan | None = None,
) -> Finding:
    rule = get_rule(code)
    text = document.text[start:end]
    quoted = document.in_quote(start, end)
    if quote is None and quoted:
        inside = _quote_at(document, start, end)
        quote = inside.id if inside else None
    message = _MESSAGES[code].format(
        text=" ".join(text.split()), reason=" ".join(reason.text.split()) if reason else ""
    )
    return Finding(
        id="",
        rule=code,
        category=rule.category,
        severity=_severity(code, document.config),
        start=start,
        end=end,
        text=text,
        voice="quoted" if quoted else "author",
        sentence=document.sentence_index_at(start),
        message=message,
        subtype=None,
        quote=quote,
    )


def _quoted_words(quote: Quote) -> int:
    return len(quote.text.split())


def _summary(document: Document, sources: list[Source], findings: list[Finding]) -> dict:
    by_id = {source.id: source for source in sources}
    quote_source: dict[str, Source] = {}
    for source in sources:
        for quote_id in source.quotes:
            quote_source.setdefault(quote_id, source)
    quotes = document.quotes
    total_words = sum(_quoted_words(q) for q in quotes)
    unnamed_quotes = [
        q for q in quotes if q.id in quote_source and not quote_source[q.id].identifiable
    ]
    counts: dict[str, int] = {}
    for source in sources:
        if source.quotes:
            counts[source.id] = len(source.quotes)
    top_id = max(counts, key=lambda k: (counts[k], -int(k[1:])), default=None)
    attributions = sum(len(s.mentions) for s in sources)
    outlet_attributions = sum(len(s.mentions) for s in sources if s.kind == "outlet")
    flags: dict[str, int] = {}
    for finding in findings:
        flags[finding.rule] = flags.get(finding.rule, 0) + 1

    def share(part: float, whole: float) -> float | None:
        return round(part / whole, 3) if whole else None

    kinds: dict[str, int] = {}
    for source in sources:
        kinds[source.kind] = kinds.get(source.kind, 0) + 1
    return {
        "sources": len(sources),
        "identifiable_sources": sum(1 for s in sources if s.identifiable),
        "sources_by_kind": kinds,
        "quotes": len(quotes),
        "attributed_quotes": len(quote_source),
        "anonymous_or_vague_quote_share": share(len(unnamed_quotes), len(quotes)),
        "anonymous_or_vague_quoted_word_share": share(
            sum(_quoted_words(q) for q in unnamed_quotes), total_words
        ),
        "top_source": by_id[top_id].id if top_id else None,
        "top_source_quote_share": share(counts[top_id], len(quotes)) if top_id else None,
        "attributions": attributions,
        "outlet_attribution_share": share(outlet_attributions, attributions),
        "flags": dict(sorted(flags.items())),
    }


def analyse(document: Document) -> None:
    """Fill ``document.sources``, the sourcing findings and ``summary['sourcing']``."""
    config = document.config
    lexicon_config = config.lexicon if config else None
    lexicon = lexicon_for(lexicon_config)
    patterns = patterns_for(lexicon_config)
    lower = Scan(document.analysis_text).lower
    hits = patterns.scanner.scan(lower)
    found = Found(len(document.text))
    _find_anonymous(document, hits, lexicon, patterns, found)
    _find_vague(document, hits, lexicon, patterns, found)
    _find_outlets(document, hits, lexicon, patterns, found)
    _find_documents(document, hits, lexicon, patterns, found)
    for mention in found:
        if mention.kind == "anonymous":
            mention.reason = _anonymity_reason(document, mention, patterns, lower)
            if mention.reason is not None:
                mention.rule = "A102"
    mentions = found + _speaker_mentions(document, found)
    sourced = [m for m in mentions if m.rule != "A202"]  # weasel phrases name no source
    sources, ids = _build_sources(sourced)
    for quote in document.quotes:
        if quote.speaker is None:
            continue
        for i, mention in enumerate(sourced):
            if quote.id in mention.quotes:
                quote.speaker.source_id = ids[i]
                break
    findings: list[Finding] = []
    for mention in mentions:
        if mention.rule is None:
            continue
        quote = mention.quotes[0] if mention.quotes else None
        findings.append(
            _finding(document, mention.rule, mention.start, mention.end, quote, mention.reason)
        )
    for quote in document.quotes:
        if quote.kind == "direct" and quote.speaker is None:
            findings.append(_finding(document, "A401", quote.start, quote.end, quote.id))
    for claim in _unattributed_claims(document, hits, patterns):
        findings.append(_finding(document, "A402", claim.start, claim.end, None))
    document.sources = sources
    document.findings.extend(findings)
    document.summary["sourcing"] = _summary(document, sources, findings)


def run(document: Document) -> None:
    try:
        analyse(document)
    finally:
        _STARTS.clear()
