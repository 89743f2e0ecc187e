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


def find_cited_people(document: Document, found: Found, lexicon: SourcingLexicon) -> None:
    """Flag the unnamed people a report cites when no word-list hit already covers them."""
    text = document.analysis_text
    if "iting" not in text and "uoting" not in text:
        return
    nouns = human_nouns()
    for match in _CITING.finditer(text):
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
