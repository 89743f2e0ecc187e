"""Round 25 (SRC25A): a relative clause that credits its unnamed group with a stance.

"Senate Republicans who oppose him", "Republicans who have praised his candidacy", "liberals who
decried rote testing", "others who do not identify with the establishment", "the Republicans
who are against adding regulation": after a relative pronoun, a verb of a position voiced for or
against something (``[relative_positions]`` in ``sourcing_cues.txt``) is the group's stance, and
PolNeAR puts the Source on the pronoun.  Not the verbs of allegiance (support, back, endorse):
round 6's ``[allegiance]`` keeps those picking a group out ("council members who have endorsed
the bond").
"""

from __future__ import annotations

import re

from newscheck.lexicon_files import section_words
from newscheck.stages.source_phrases import words_in
from newscheck.stages.source_shapes import adverb

RELATIVE_POSITIONS = section_words("sourcing_cues.txt", "relative_positions")
RELATIVES = frozenset(["who", "that", "which"])
_PLURAL_HEADS = frozenset(
    ["many", "some", "most", "few", "all", "several", "those", "others"]
)
"""Heads that stand for several people before "who" without an -s ("many who", "those who");
not ``source_finders._PLURAL_QUANTIFIERS`` (quantifiers before "of" + people)."""
_AUXILIARIES = frozenset(["have", "had", "do", "did", "long", "also", "still"])
"""Words that may stand between the pronoun and its verb ("who have long opposed", "who do
not identify with"); a modal ("who will oppose him") is a prediction and stops the look."""
_NEGATORS = frozenset(["not", "never", "n't"])
_SINGULAR_VERBS = frozenset(["has", "does", "is", "was"])
"""A singular verb after the pronoun: its antecedent is one person ("One of his former aides
who has criticized Roe"), not the plural group before it."""
_BE = frozenset(["are", "were"])
_AFTER_BE = frozenset(["against", "opposed"])
"""A position after "be" ("who are against adding regulation", "who were opposed to it"); any
other participle after "be" is a passive ("who were criticized by")."""
_MEMBERS_NAMED = re.compile(
    r",\s++(?:(?:like|including|such\s+as)\s++(?:[A-Z]|former\b)"
    r"|[A-Z][a-z]++\s++[A-Z][\w'’-]++(?:\s++[A-Z][\w'’-]++)?+(?:,|\s++and\s++[A-Z]))"
)
"""The relative clause's group named by its members ("people who oppose it, like Ann Roe", "two
students who had criticized the vote, Ann Roe and Tom Bell,"): a collective that names its
members is not vague (GUIDELINES.md)."""


def relative_position(text: str, relative: str, pos: int, ceiling: int, head: str) -> bool:
    """True when the relative pronoun ``relative`` (who/that/which), ending at ``pos``, opens a
    clause whose verb, within its first six words, is a position its group ``head`` (the
    antecedent's words) takes.  Only a plural group: one unnamed person with a position ("A Texas
    voter who opposes the wall, Ann Roe ...") is mostly a named person's description."""
    if relative.lower() not in RELATIVES:
        return False
    last = head.lower().rsplit(None, 1)[-1] if head.strip() else ""
    if not (last.endswith("s") or last in _PLURAL_HEADS or last.endswith(("people", "men"))):
        return False
    window = text[pos : min(ceiling, pos + 60)].lower().replace("’", "'")
    if not _position_follows(words_in(window)[:6]):
        return False
    return _MEMBERS_NAMED.search(text, pos, min(ceiling, pos + 100)) is None


def _position_follows(words: list[str]) -> bool:
    """A position verb (or "against"/"opposed" after "are"/"were") after auxiliaries, adverbs
    and a negation ("who have long opposed", "who do not identify with")."""
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _SINGULAR_VERBS:
            return False
        if word in RELATIVE_POSITIONS:
            if word.endswith("s") and (
                word[:-1] in RELATIVE_POSITIONS or word[:-2] in RELATIVE_POSITIONS
                or word.endswith("ies") and word[:-3] + "y" in RELATIVE_POSITIONS
            ):
                return False  # "opposes", "criticizes", "blames": a singular verb, one person
            return following != "by"  # "which opposed by": no passive's agent
        if word == "identify":  # "others who do not identify with the establishment"
            return following == "with"
        if word in _BE:
            return following in _AFTER_BE or (
                adverb(following) and words[i + 2 : i + 3] == ["against"]
            )
        if not (word in _AUXILIARIES or word in _NEGATORS or word.endswith("n't") or adverb(word)):
            return False
    return False
