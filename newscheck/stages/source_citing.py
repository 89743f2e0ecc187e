"""Round 13: people a report cites ("Bloomberg News, citing two bankers involved in the
process, reported ...").

The word lists find cited officials, sources and residents; a cited group of any other kind of
people ("bankers", "engineers", "traders") is found here: a plural people noun right after
"citing" or "quoting" (after a count or a quantifier and at most two modifiers), with its
post-modifier ("involved in the process").  A handful of them ("two bankers", "several
engineers", "unnamed traders") is an anonymous source; an open class ("citing economists") is a
vague one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newscheck.document import Document
from newscheck.stages.mentions import COUNTED_PEOPLE, SourcingLexicon
from newscheck.stages.source_finders import Found, Mention
from newscheck.stages.source_phrases import extend_right, sentence_bounds
from newscheck.stages.source_shapes import human_nouns

_CITING = re.compile(
    r"\b(?:citing|quoting)[ \t]++(?P<phrase>(?P<count>(?:"
    + "|".join(sorted(COUNTED_PEOPLE, key=len, reverse=True))
    + r"|several|a[ \t]++few|a[ \t]++handful[ \t]++of|unnamed|anonymous)[ \t]++)?"
    r"(?:(?!(?:and|or|the|a|an|his|her|its|their)\b)[a-z][a-z-]*+"
    r"[ \t]++){0,2}?(?P<noun>[a-z]++(?<=s)))\b",
    re.IGNORECASE,
)
"""The count is ``mentions.COUNTED_PEOPLE`` (two to nine), the one set a quote speaker and a
source are counted by ("citing ten bankers", like "Ten bankers said", is an open group); the
quantifiers after it are the citing rule's own ("citing several engineers")."""


_CANDIDATE = re.compile(
    r"[CcQq](?:[Ii\u0130\u0131][Tt][Ii\u0130\u0131][Nn][Gg]|[Uu][Oo][Tt][Ii\u0130\u0131][Nn][Gg])"
)
"""Every place ``_CITING`` can start, case by case (a class first: sre skips ahead to it)."""


def citing_matches(text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
    """What ``_CITING.finditer(text)`` yields, found faster: the pattern opens with ``\b`` and
    an alternation, so a scan tries a match at every position (about 25 ns a character, 0.1 s
    on the 3.9 MB benchmark document); here it is tried only where "citing" or "quoting"
    stands.  ``lower`` is ``text`` lower-cased with the same offsets (``Scan.lower``): then
    the places are found with ``str.find``."""
    if lower is None or "\u0130" in text or "\u0131" in text:
        # 'İ' and 'ı' match an 'i' of "citing" under IGNORECASE ('İ' has no one-character
        # lower case, so ``Scan`` leaves it as it is): the class-first scan finds them
        starts: Iterable[int] = (m.start() for m in _CANDIDATE.finditer(text))
    else:
        found = []
        for word in ("citing", "quoting"):
            at = lower.find(word)
            while at >= 0:
                found.append(at)
                at = lower.find(word, at + 1)
        starts = sorted(found)
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the last match, as finditer resumes after it
        match = _CITING.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def find_cited_people(
    document: Document, found: Found, lexicon: SourcingLexicon, lower: str | None = None
) -> None:
    """Flag the unnamed people a report cites when no word-list hit already covers them
    (``lower``: the analysis text lower-cased with the same offsets, when the caller has it)."""
    text = document.analysis_text
    if "iting" not in text and "uoting" not in text:
        return
    nouns = human_nouns()
    for match in citing_matches(text, lower):
        noun = match.group("noun").lower()
        if not nouns.plural(noun) or noun in nouns.stop:
            continue
        if noun in lexicon.document_heads or noun[:-1] in lexicon.document_heads:
            continue  # "citing reports", "citing figures"
        start = match.start("phrase")
        end = extend_right(text, match.end(), sentence_bounds(document, start)[1])
        if found.overlaps(start, end) or document.in_quote(start, end):
            continue
        words = document.text[start:end]
        if lexicon.is_allowed(words):
            continue
        if match.group("count"):
            found.append(Mention(start, end, words, "anonymous", words, "A101"))
        else:
            found.append(Mention(start, end, words, "vague", words, "A201"))
