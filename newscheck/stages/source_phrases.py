"""Reading around a hit: grow a mention into its noun phrase, and test whether the text credits it.

A group or unnamed person is a *source* only when credited: a speech, belief or report verb follows
("critics say"), a cue precedes ("according to experts", "said one official"), or, for unnamed
individuals, it is the subject of a clause ("Other officials weighed in").  The guards at the end
say when a mention is no source after all: addressed ("told reporters"), described ("a hard guy"),
measured by a poll ("55 percent of"), or a named person's appositive.  All checks are token
look-ups in bounded windows (no backtracking regexes).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newscheck.document import Document
from newscheck.stages.attribution import (
    ACCORDING_AFTER_COMMA,
    ADD_FORMS,
    BEFORE_OTHER,
    COGNITIONS,
    QUESTION_FORMS,
    QUESTIONED_PEOPLE,
    WHO_CONTRACTIONS,
)
from newscheck.stages.mentions import (
    DETERMINERS,
    GROUP_OF,
    read_sections,
    word_class,
)
from newscheck.stages.quote_lexicons import alternation
from newscheck.stages.source_patterns import SourcingPatterns, after_break_search
from newscheck.stages.source_shapes import (
    NOT_BEFORE_PSYCH,
    PASSIVE_BEFORE_TO,
    adverb,
    phone_calls,
    psych_verb,
)

WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]++(?:[-'.][A-Za-z0-9]++)*+")
"""``WORD`` over ASCII text, where ``[^\\W_]`` is ``[A-Za-z0-9]`` and "’" never occurs: the same
words, read by range tests instead of a Unicode class test per character."""


def word_pattern(segment: str) -> re.Pattern[str]:
    """``WORD``, or for an ASCII ``segment`` ``_ASCII_WORD``, which finds the same words by range
    tests (round 24: the Unicode class test per character made the look-ups of the few words
    after or before a mention, 25,000 calls over the benchmark texts, cost 1.7 times as much)."""
    return _ASCII_WORD if segment.isascii() else WORD


def words_in(segment: str) -> list[str]:
    """``WORD.findall(segment)``, by ``word_pattern``."""
    return word_pattern(segment).findall(segment)


STOP_CAPS = word_class("phrase_stops")


MODIFIERS = word_class("modifiers")
_PARTICIPLE_MODIFIERS = frozenset(word for word in MODIFIERS if word.endswith("ed"))
"""Round-14 review: modifiers that are also a verb's past ("elected", "appointed", "retired"):
no plain noun is taken before one ("The governor appointed officials who")."""
_SAYING_FORM_LIST = """says said say tells told warns warned argues argued claims claimed insists
insisted notes noted adds added thinks believes believed reports reported"""
_SAYING_FORMS = frozenset(_SAYING_FORM_LIST.split())
"""Round 14: forms of saying that are never a plain noun modifier: "The Clinton campaign says
progressives agree ..." had grown the group left over "campaign says" (a modifier word before)."""


_PHRASE_STOP = (
    r"(?=[,.;:!?\"“”]|\s*—|\s+–|\s+-\s|\s+(?:who|that|said|says|say|told|tell|have|has|had|were|was|are|is|also|"
    r"suggest|suggests|suggested|believe|believes|believed|expect|expects|expected|argue|argues|"
    r"argued|warn|warns|warned|claim|claims|claimed|insist|insists|insisted|note|notes|noted|"
    r"add|adds|added|acknowledge|acknowledged|describe|described|confirm|confirmed|deny|denied|"
    r"report|reported|think|fear|feared|predict|predicted|estimate|estimated|worry|worried|"
    r"agree|agreed|would|will|could|may|might|do|did|does|cautioned|called|privately|urged|urge|"
    r"want|wanted|see|saw|view|viewed|consider|considered|remain|remained|hope|hoped)\b"
    r"|\s*$)"
)
_NOUN_WORD = (
    r"\s+(?!(?:and|or|but|because|when|while|if|unless|although|though|whether|"
    r"he|she|they|we|i)\s)"
    r"\$?[\w'’\u2013-]+(?:\.[\w'’\u2013-]+)*"
)
"""A word of a noun phrase; inner dots ("U.S") but never the sentence's full stop, nor a word
that opens a clause ("many in the room because he did not …"), nor a subject pronoun (round
19: "a faction of her party he does not see eye to eye with": a contact relative's subject);
round 24: a sum ("supporters of a $15 minimum wage")."""


_NOT_A_SPAN_OF_TIME = (
    r"(?!\s+(?:(?:a|an|several|many|some|the\s+(?:past|last))\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|hours?)\b(?!\s+of\b))"
)
"""Not "for" a span of time ("for years", "for the past two decades"; not "for years of
schooling")."""
_POST_MODIFIER_OPENING = (
    r"\s+(?:(?:who\s+(?:are|is|were|was)\s+)?familiar\s+with|close\s+to|privy\s+to|briefed\s+on|"
    r"(?:with\s+(?:direct\s+)?knowledge\s+of)|(?:not\s+)?involved\s+(?:in|with)|in\s+the\s+room|"
    r"(?:not\s+)?(?:affiliated|associated|connected)\s+with|"
    r"(?:in(?!\s+\d{4}\b)|at|from|within|inside|for(?!\s+[a-z]+ing\s)"
    + _NOT_A_SPAN_OF_TIME
    + r"|of|around|on\s+either\s+side\s+of|"
    r"on(?=\s+the\s+(?:estate|island|street|ward|ground|front|line|scene)\b)|"
    r"on\s+both\s+sides\s+of)(?=\s))"
)
"""What opens a group's post-modifier; round 28 (AUDIT28): not a span of time or a year ("has
ignored warnings from teachers for years", "complaints from residents in 2019": the group was
'teachers for years', 'residents in 2019')."""
_POST_MODIFIER = re.compile(
    _POST_MODIFIER_OPENING + r"((?:" + _NOUN_WORD + "){1,6}?)" + _PHRASE_STOP,
    re.IGNORECASE,
)


INTERVIEWED = re.compile(
    r"(?:\s+(?:whom|who|that))?\s+(?:I|we)\s+(?:(?:have|had|recently)\s+)?"
    r"(?:spoke|spoken|talked|interviewed|consulted|contacted|surveyed|reached)"
    r"(?:\s+(?:to|with))?(?:\s+(?:this|last)\s+week)?\b"
)
"""A reduced relative that makes a group the reporter's own sources ("experts I spoke to")."""


PHRASE_OBJECT = re.compile(r"(?:" + _NOUN_WORD + "){1,5}?" + _PHRASE_STOP, re.IGNORECASE)
"""The object of a phrase that ends in a preposition ("people familiar with| the matter")."""
PRINCIPAL_OBJECT = r"(?:\s+(?:[A-Z]\.|[JS]r\.)|" + _NOUN_WORD + r"){1,6}?" + _PHRASE_STOP
"""The principal after "aides to" (a pattern, case-sensitive): a name keeps its middle initial
and suffix ("to President George W. Bush", "to Sen. John F. Kennedy Jr.")."""


_MEMBERS_OPENING = r",\s*(?:including|like|such\s+as|among\s+them|notably)\s+"
"""', including', ', such as' ...: a parenthetical that names a group's members."""
_UNNAMED_MEMBERS = re.compile(
    _MEMBERS_OPENING + r"[^,;:!?\"“”\n]{1,80}?(?=,)", re.IGNORECASE
)


NAMED_MEMBERS = re.compile(_MEMBERS_OPENING + r"(?:the\s+)?[A-Z](?!\.S\.)")
"""A group's members named after it (", including the Red Cross and Oxfam"), not "those within
the U.S. administration" or "two former ministers"."""


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


_MODAL_NEGATIONS = frozenset(["can't", "cannot", "couldn't", "won't", "wouldn't", "shouldn't"])
_NEGATORS = frozenset(["not", "never", "n't", "didn't", "don't", "doesn't", "won't", "wouldn't"])
_BE = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"]
)


_HAVE = frozenset(["have", "has", "had"])
_AGREE = frozenset(["agree", "agrees", "agreed", "agreeing"])
_ASK_TO = frozenset(["ask", "asks", "asked", "asking"])
"""Round 26: "asked to see the invoices": a request to be let do something, no words reported."""
_AMOUNTS = frozenset(["more", "new", "another", "extra", "dozens", "hundreds", "thousands"])
_HAVE_OR_PREPOSITION = _HAVE | frozenset(
    ["in", "on", "at", "by", "for", "of", "after", "before", "without", "about", "from"]
)
_PARTICIPLE_ENDINGS = ("ed", "en", "told", "thought", "said", "seen", "found", "felt")


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


_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:!?\"“”)—–]|$|who\b|in\s+a\s+statement\b)", re.I)


_CLAUSE_PUNCT = re.compile(r"[,;:!?\"“”()]|\.(?:\s|$)")


_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
_NEXT_TOKEN = re.compile(r"\s*(?:[^\W_][\w'’-]*|\S)")
"""The next word after a mention, or the punctuation mark there."""


_INDEX: list = [None, -1, [], []]
"""The document whose sentence index is built, its sentence count, the starts and the ends:
built once per document and stage run (a list, so the hot path needs no dict or id())."""


def sentence_bounds(document: Document, offset: int) -> tuple[int, int]:
    """The sentence containing ``offset`` (the whole text when sentences are unknown)."""
    index = _INDEX
    if index[0] is not document or index[1] != len(document.sentences):
        spans = document.sentences
        index[:] = [document, len(spans), [s.start for s in spans], [s.end for s in spans]]
    starts = index[2]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < index[3][i]:
        return starts[i], index[3][i]
    return 0, len(document.text)


def previous_sentence_bounds(document: Document, offset: int) -> tuple[int, int] | None:
    """The sentence before the one containing ``offset``; None when there is none (round 10:
    ``sentence_bounds`` of an offset between two sentences answers the whole text)."""
    sentence_bounds(document, offset)  # (refreshes the index)
    starts = _INDEX[2]
    i = bisect_right(starts, offset) - 1
    if i < 1:
        return None
    return starts[i - 1], _INDEX[3][i - 1]


_ONE_OF = frozenset(["a", "an", "one", "another", "each", "every", "this", "that"])
"""Determiners of one: they never open a phrase whose head is plural (but "a dozen members")."""
_COUNT_NOUNS = word_class("count_nouns")


def _plural_at(text: str, start: int) -> bool:
    """The word at ``start`` ends in -s (not -ss): a plural head ("critics", "experts")."""
    word = WORD.match(text, start)
    return word is not None and word.group().endswith("s") and not word.group().endswith("ss")


_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")
"""An initialism whose last dot WORD leaves out: "U.S", "U.N", "E.U" (round 16: "a U.S.
official" had ended at "official", so no determiner opened it; only after a determiner, since
"but U.S. officials", "E.U. leaders warn" read as names once the capital opens the phrase)."""


_MEMBERS_OF = word_class("members_of")
"""Round 21: the body a bare group belongs to ("..., council members said", "union leaders
warned", "city officials": flagged as just "members", "leaders", "officials" before)."""
_CLAUSE_OPENERS = frozenset(
    ["but", "and", "or", "while", "when", "as", "though", "although", "because", "since",
     "after", "before", "if", "so", "yet", "whereas"]
)
"""Round 26 (DEFECT26): conjunctions before a body's group ("but county officials said",
"and league officials agreed"): the phrase opens after them, as after a comma."""
_APOSTROPHES = ("'", "\u2019")
"""A plural possessive's mark after its -s ("farmers' groups")."""

_COMPARATIVES = frozenset(["more", "fewer"])
_COMPARATIVE_DEGREES = frozenset(["far", "many", "even", "much", "still"])


_MODIFIER_JOINERS = frozenset(["and", "or"])


def extend_left(text: str, start: int, floor: int) -> int:
    """Move ``start`` left over the determiner and modifiers of a noun phrase."""
    window_start = max(floor, start - 80)
    tokens = list(word_pattern(text[window_start:start]).finditer(text, window_start, start))
    new_start = start
    taken = 0
    plain_noun_taken = False
    i = len(tokens) - 1
    while i >= 0 and taken < 5:
        token = tokens[i]
        gap = text[token.end() : new_start]
        if gap[:1] in _APOSTROPHES and gap[1:] == " " and token.group()[-1:] == "s" and (
            taken < 4 and text[new_start : new_start + 1].isalpha()
        ):
            # a plural possessive ("Dockworkers' union leaders", "farmers' groups"): the WORD
            # pattern leaves its apostrophe out, which had cut the phrase after it
            new_start = token.start()
            taken += 1
            i -= 1
            continue
        if (gap.strip() not in ("", "-") or (gap != "-" and "-" in gap)) and not (
            gap.startswith(".")
            and not gap[1:].strip()
            and _INITIALISM.fullmatch(token.group())
            and (
                i > 0
                and tokens[i - 1].group().lower() in DETERMINERS
                and not text[tokens[i - 1].end() : token.start()].strip()
                or text[new_start : new_start + 1].islower()  # round 19: "U.S. officials
                # have said": a lower-case noun after the dot (not "the U.S. Officials said")
            )
        ):  # punctuation between: the phrase ends there (not the last dot of "a U.S." official;
            break  # a spaced hyphen is a dash, "MEXICO CITY - Mexican aides", not "pro-Kremlin")
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
            if (  # round 19: a comparative's degree word ("by far fewer publications", "many
                lower in _COMPARATIVES  # more voters"): the cue stands before it
                and i > 0
                and tokens[i - 1].group().lower() in _COMPARATIVE_DEGREES
                and not text[tokens[i - 1].end() : token.start()].strip()
            ):
                new_start = tokens[i - 1].start()
                break
            if (  # "one of the people", "some of his aides": keep the quantifier
                i > 1
                and tokens[i - 1].group().lower() == "of"
                and tokens[i - 2].group().lower() in GROUP_OF
                and not text[tokens[i - 2].end() : new_start].replace("of", "", 1).strip()
            ):
                new_start = tokens[i - 2].start()
            elif lower == "other" and i > 0 and (
                tokens[i - 1].group().lower() in BEFORE_OTHER or tokens[i - 1].group().isdigit()
            ) and text[tokens[i - 1].end() : token.start()] == " ":
                new_start = tokens[i - 1].start()  # round 28: "two other former employees":
                # the count opens the phrase
            elif lower == "few" and i > 0 and tokens[i - 1].group().lower() == "a" and (
                text[tokens[i - 1].end() : token.start()] == " "
            ):
                new_start = tokens[i - 1].start()  # round 29: "A few residents said": the
                # article is the quantifier's ("few residents" alone says the opposite)
            break
        if (  # round 21: two modifiers joined ("current and former officials", "state or
            lower in _MODIFIER_JOINERS  # local officials"): "according to" stands before both
            and taken
            and 0 < i < len(tokens) - 1
            and tokens[i + 1].start() == new_start
            and tokens[i + 1].group().lower() in MODIFIERS
            and tokens[i - 1].group().lower() in MODIFIERS
            and text[tokens[i - 1].end() : token.start()] == " "
            and text[token.end() : new_start] == " "
        ):
            new_start = tokens[i - 1].start()
            taken += 2
            i -= 2
            continue
        if lower in STOP_CAPS:
            break
        if lower == "leading" and text[max(0, token.start() - 2) : token.start()].strip() == ",":
            break  # round 20: "..., leading law enforcement authorities to question": a verb
        capitalised = word[:1].isupper()
        if (
            capitalised
            or lower.endswith("'s")
            or "-" in lower
            or lower in MODIFIERS
            or lower.endswith(("al", "ic", "ian", "ese", "ish"))
            or lower.isdigit()
        ):
            new_start = token.start()
            taken += 1
            i -= 1
            continue
        previous = tokens[i - 1].group().lower() if i > 0 else ""
        between = text[tokens[i - 1].end() : token.start()] if i > 0 else ""
        possessed = between[:1] in _APOSTROPHES and between[1:] == " " and previous[-1:] == "s"
        if (  # one plain noun modifier: "a council aide", "a senior county official"
            not plain_noun_taken
            and lower not in _SAYING_FORMS
            and not (
                i + 1 < len(tokens) and tokens[i + 1].group() in _PARTICIPLE_MODIFIERS
            )  # (a noun before "appointed officials" is a subject and its verb: "The
            # governor appointed officials who")
            and (
                previous in DETERMINERS
                or previous in MODIFIERS
                or possessed  # "dockworkers' union leaders"
                or (
                    lower in _MEMBERS_OF
                    and (i == 0 or between.strip() != "" or previous in _CLAUSE_OPENERS)
                )  # (round 26: "..., but county officials said": a conjunction opens it too)
                # (", council members said", "Union leaders warned": the phrase opens there;
                # not "backed by union members", whose "by" stays a cue before the group)
                or (
                    previous == "of"
                    and i > 1
                    and tokens[i - 2].group().lower() in GROUP_OF
                    and not adverb(lower)
                )
            )  # round 19: and after "a group of" ("a group of black parents", "a coalition of
            # liberal activists": the partitive's own modifier; not "a coalition of nearly 40
            # groups", whose count keeps it a count)
            and (possessed or not between.strip() or lower in _MEMBERS_OF)
            and not (
                previous in _ONE_OF and lower not in _COUNT_NOUNS and _plural_at(text, new_start)
            )  # (not "a move critics called": "a" cannot open a plural group)
        ):
            plain_noun_taken = True
            new_start = token.start()
            taken += 1
            i -= 1
            continue
        break
    return new_start


_POST_MODIFIER_FIRST = frozenset("wfcbiaopnWFCBIAOPN\u0130\u0131")
"""Every letter a post-modifier can open with ("who", "familiar", "close", "privy", "briefed", "in",
"at", "of", round 19 "not involved" ...) in any case ``re.IGNORECASE`` matches it in ('İ' and
dotless 'ı' match "i")."""


_IRREGULAR_PASTS = frozenset(
    ["told", "wrote", "felt", "saw", "knew", "spoke", "foresaw", "understood"]
)
_VERB_AND_NOUN = frozenset(read_sections("sourcing_cues.txt")["verbs_as_nouns"])
"""Forms of ``[verbs]`` that are as often nouns or particles in a phrase ("the back of the
room", "the report of the panel", "the counter of the shop"): they never end a post-modifier."""


def _verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Round 22: (past forms, plain forms) among the one-word crediting verbs (``[verbs]``),
    less the attitudes and modifiers, which stand before nouns as adjectives ("the frustrated
    tenants", "the proposed rule", "the elected officials"; "skeptical", "eager")."""
    cues = read_sections("sourcing_cues.txt")
    attitudes = frozenset(cues.get("attitudes", ()))
    verbs = [
        word
        for word in cues.get("verbs", ())
        if " " not in word
        and word not in attitudes
        and word not in MODIFIERS
        and word not in _VERB_AND_NOUN
        and word not in ("proposed", "expected", "estimated")
    ]
    past = frozenset(w for w in verbs if w.endswith("ed")) | _IRREGULAR_PASTS
    plain = frozenset(w for w in verbs if not w.endswith(("ed", "ing", "s"))) - past
    return past, plain


_PAST_VERBS, _PLAIN_VERBS = _verb_forms()
_BEFORE_ADJECTIVE_LIST = """the a an this that these those his her its their our my your of in at
on for to from by with and or but as than very more most less least newly recently"""
_BEFORE_ADJECTIVE = frozenset(_BEFORE_ADJECTIVE_LIST.split())
"""Words after which a verb form is an adjective or a noun in the phrase, not its verb."""
_AFTER_PLAIN_VERB = (
    r"(?:to|that|about|over|against|the|a|an|it|them|him|her|his|their|its|this|these|those|"
    r"what|whether|how|why)"
)
"""What follows a plain form that is the clause's verb ("Critics of the levy| vow to fight it",
"Residents of the district| complain about the noise"), not a noun ("the protest camp")."""


_NOT_PASSIVE_AFTER = r"(?!\s++(?:by|on|in|from|as|under|into|during|since)\b)"
"""A regular past form right before one of these is a reduced passive in the phrase ("most of the
records| published on the site| are ...", "documents released by the court"), not the group's
verb; an irregular past is no participle ("spoke on condition of anonymity", "wrote in")."""


_GROUP_VERB_AHEAD = (
    r"(?=\s++(?:(?:"
    + alternation(_PAST_VERBS - _IRREGULAR_PASTS)
    + r")\b"
    + _NOT_PASSIVE_AFTER
    + r"|(?:"
    + alternation(_IRREGULAR_PASTS)
    + r")\b|(?:"
    + alternation(_PLAIN_VERBS)
    + r")\s++"
    + _AFTER_PLAIN_VERB
    + r"\b|(?:plan|plans|planned)\s++to\s))"
)
"""Ahead: the group's own verb (a past form that is no reduced passive, or a plain present; round
24: or "plan to", whose verb ``verb_follows`` reads: "Supporters of a higher minimum wage| plan to
protest")."""
_POST_MODIFIER_BEFORE_VERB = re.compile(
    _POST_MODIFIER_OPENING + r"((?:" + _NOUN_WORD + r"){1,6}?)" + _GROUP_VERB_AHEAD,
    re.IGNORECASE,
)
"""Round 22: a post-modifier that ends right before its group's own verb ("Critics of the ferry
levy| vowed to fight it", "members within both unions| criticized", "Residents of the
district| complain about")."""


_PHRASE_OBJECT_BEFORE_VERB = re.compile(
    r"((?:" + _NOUN_WORD + r"){1,5}?)" + _GROUP_VERB_AHEAD, re.IGNORECASE
)


def phrase_object_end(text: str, end: int, ceiling: int) -> int:
    """The end of the object after "close to", "familiar with" ... ("people familiar with| the
    talks"), ``end`` if there is none.  Round 29 (AUDIT29): it ends before the source's own verb
    as a post-modifier does ("A source close to the bidders| dismissed that suggestion", "A person
    close to the family| rejected the account"), not before an adjective ("the disputed
    contract")."""
    obj = PHRASE_OBJECT.match(text, end, ceiling)  # at most 5 words
    if obj is None:
        return end
    words = obj.group().lower().split()
    if _PAST_VERBS.isdisjoint(words) and _PLAIN_VERBS.isdisjoint(words):
        return obj.end()  # the cheap test: no verb form in the object
    verb = _PHRASE_OBJECT_BEFORE_VERB.match(text, end, ceiling)
    if verb is not None and verb.end() < obj.end() and _ends_before_verb(verb) and not (
        verb.group(1).rstrip().endswith(("'s", "’s"))  # review 29: "the mayor's promise"
        or _SPEECH_VERB_NEXT.match(text, _skip_form(text, verb.end(), obj.end()))
    ):  # (review 29: nor a participle before the source's verb, "close to the man charged|
        return verb.end()  # said": the man charged is the phrase's)
    return obj.end()


_SPEECH_VERB_NEXT = re.compile(
    r"[ \t]++(?:said|says|say|told|tells|added|insisted|insists|argued|argues|claimed|claims"
    r"|warned|warns|confirmed|confirms|denied|denies)\b"
)
"""After a verb form in a phrase's object: the source's own verb of saying, so the form was a
participle in the phrase ("the man charged| said")."""


def _skip_form(text: str, start: int, end: int) -> int:
    """The end of the word that opens at ``start`` (after spaces), at most ``end``."""
    index = start
    while index < end and text[index] in " \t":
        index += 1
    while index < end and not text[index].isspace():
        index += 1
    return index


def _ends_before_verb(match: re.Match[str], group: int = 1) -> bool:
    """The word before the verb form is no determiner, preposition or adverb: the form is the
    clause's verb, not an adjective in the phrase ("of the proposed rule", "newly elected")."""
    words = match.group(group).split()
    last = words[-1].lower().replace("’", "'") if words else ""
    return not (
        last in _BEFORE_ADJECTIVE
        or last in _AUXILIARIES
        or last.endswith("n't")
        or last in _NEGATORS
        or adverb(last)
    )  # nor an auxiliary ("a spokesman for the campaign didn't| respond"): the phrase ends before


_TIME_AFTER = re.compile(
    r"[ \t]++(?:in|at|during|around|within|from|since|until)[ \t]++(?:(?:early|late|mid)[ \t-]++)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d\b"
    r"|the[ \t]++(?:time|past|end|outset|start|morning|afternoon|evening|spring|summer|autumn"
    r"|fall|winter|weekend)\b|recent[ \t]++(?:days|weeks|months|years)\b)(?![-'\u2019\w])"
)
"""Round 28 (DEFECT28): a time phrase after a group ("officials| in March", "residents| at the
time", "analysts| in 2019"; not "Analysts at Tuesday's briefing", a place): no place or
affiliation of the group, never inside its mention."""


_AFTER_TIME_WORD = re.compile(r"[ \t]++([a-z]++)\b")
_PLACED_TIMES = ("the end", "the start", "the weekend")


def _placed_time(text: str, at: int, ceiling: int) -> bool:
    """MEND28B: "the end", "the start", "the weekend" before "of" or a noun name a place ("at the
    end of the road", "at the weekend market"), not a time: the group keeps it.  Before a verb
    ("Teachers at the weekend said") or punctuation they stay a time."""
    if not text.endswith(_PLACED_TIMES, max(0, at - 11), at):
        return False
    follower = _AFTER_TIME_WORD.match(text, at, ceiling)
    if follower is None:
        return False
    word = follower.group(1)
    return word == "of" or not (
        word in _PAST_VERBS
        or word in _PLAIN_VERBS
        or word.endswith(("ed", "s"))
        or word in _BEFORE_ADJECTIVE
        or word in _PREDICTIVE
    )


def extend_right(text: str, end: int, ceiling: int) -> int:
    """Move ``end`` right over a short post-modifier ("familiar with the matter", "of the plan")."""
    if end + 1 >= ceiling or not text[end].isspace():
        return end  # the post-modifier opens with a space and a letter
    following = text[end + 1]
    if following not in _POST_MODIFIER_FIRST and not following.isspace():
        return end  # the usual case, one space and a word no post-modifier opens with
    if (time := _TIME_AFTER.match(text, end, ceiling)) is not None and not (
        text[time.end() - 1] in "dtkn" and _placed_time(text, time.end(), ceiling)
    ):
        return end  # round 28 (DEFECT28): "an investigation by officials| in March": a time
    match = _POST_MODIFIER.match(text, end, ceiling)  # 5 words at most; "$" is the sentence end
    if match is not None and _PAST_VERBS.isdisjoint(
        words := match.group(1).lower().split()
    ) and _PLAIN_VERBS.isdisjoint(words):
        return match.end()  # the cheap test: no verb form in the phrase
    verb = _POST_MODIFIER_BEFORE_VERB.match(text, end, ceiling)
    if (
        verb is not None
        and (match is None or verb.end() < match.end())
        and _ends_before_verb(verb)
    ):
        return verb.end()  # round 22: "Critics of the levy| vowed ...", "...| complain about"
    return match.end() if match else end


_PARTICIPLE_PHRASE = re.compile(
    r"[ \t]+([a-z]+ing)((?:" + _NOUN_WORD + "){1,16}?)" + _PHRASE_STOP, re.IGNORECASE
)
_PARTICIPLE_PHRASE_BEFORE_VERB = re.compile(
    r"[ \t]+([a-z]+ing)((?:" + _NOUN_WORD + r"){1,16}?)" + _GROUP_VERB_AHEAD,
    re.IGNORECASE,
)
"""Round 25: up to 16 words (8 before): a reduced relative may hold a name and a second
participle ("Several judges| handling Freedom of Information Act lawsuits seeking records about
the mayor's tenure as port director| have cited ..."); every word is a phrase word (no clause
word, no punctuation), so the longer reach crosses no clause."""
_NOT_PARTICIPLES = frozenset(
    ["during", "according", "including", "morning", "evening", "nothing", "something",
     "anything", "everything", "thing", "being", "notwithstanding", "regarding", "concerning"]
)


def participle_phrase_end(text: str, end: int, ceiling: int, patterns: SourcingPatterns) -> int:
    """Round 11: the end of a reduced relative after a group ("Officials| handling the case| said",
    "Analysts| tracking the race| say", "Several judges| handling lawsuits over the records| have
    cited") when a crediting verb follows it, as after "who track the race"; ``end`` otherwise.
    Not a participle that credits by itself ("officials saying ..."), nor "including",
    "according" and other words in -ing that are no participle."""
    if text[end : end + 1] not in (" ", "\t"):
        return end
    match = _PARTICIPLE_PHRASE.match(text, end, ceiling)
    if match is None:
        return end
    participle = match.group(1).lower()
    if participle in _NOT_PARTICIPLES or participle in patterns.verbs:
        return end
    if verb_follows(text, match.end(), ceiling, patterns, False, relative=False):
        return match.end()
    # round 22: the phrase ran on over the group's own verb ("Residents| living near the
    # plant| complained about the noise"): end it before a verb form, as a post-modifier
    verb = _PARTICIPLE_PHRASE_BEFORE_VERB.match(text, end, match.end())
    if verb is None or not _ends_before_verb(verb, 2):
        return end
    if not verb_follows(text, verb.end(), ceiling, patterns, False, relative=False):
        return end
    return verb.end()


def skip_parenthetical(text: str, pos: int, ceiling: int) -> int:
    """After ", including those within X," / ", who …," return the position after it; round 11:
    also a dash pair that opens with a lower-case word or a number ("Officials - including two
    from the Pentagon - said", "Advisers to four candidates — former governor Ann Roe, … —
    discount"), not one that opens with a name ("Officials — Ann Roe and Bo Diaz — said")."""
    if text.startswith(",", pos):
        close = text.find(",", pos + 1, min(ceiling, pos + 120))
        if close != -1:
            return close + 1
    elif text.startswith((" -", " —", " –", "—", "–"), pos):
        opening = _DASH_OPENING.match(text, pos, ceiling)
        if opening is not None:
            closing = _DASH_CLOSING.search(text, opening.end(), min(ceiling, pos + 200))
            if closing is not None:
                return closing.end()
    return pos


_DASH_OPENING = re.compile(r"[ \t]*(?:-|—|–)[ \t]*(?=[a-z0-9])")
"""A dash that opens a parenthetical: a spaced hyphen or an em/en dash, then a lower-case word."""
_DASH_CLOSING = re.compile(r"[ \t]+-[ \t]+|[ \t]*[—–][ \t]*")


def extend_over_unnamed_members(text: str, end: int, ceiling: int) -> int:
    """Include ", including those within the administration" in a vague group's span."""
    match = _UNNAMED_MEMBERS.match(text, end, ceiling)
    return match.end() if match else end


_PREPOSITION = re.compile(
    r"\s+(?:in|at|from|within|inside|across|on|around|throughout|near|outside|with)(?=\s)", re.I
)
"""Round 19: and "with" ("a group of parents| with children in charter schools| sent a letter",
"officials| with the agency| said")."""
_SHORT_WORD = re.compile(r"\s+[\w'’.-]+")


def after_place(text: str, end: int, ceiling: int) -> list[int]:
    """Ends of a short place phrase after a mention ("people| in other cities| rallied")."""
    match = _PREPOSITION.match(text, end, ceiling)
    if match is None:
        return []
    positions = []
    pos = match.end()
    for _ in range(4):
        word = _SHORT_WORD.match(text, pos, ceiling)
        if word is None:
            break
        pos = word.end()
        positions.append(pos)
    return positions


_CLAUSE_LEAD_WORDS = frozenset(
    ("but", "yet", "and", "or", "nor", "so", "still", "even", "now", "then", "however"),
) | frozenset(("meanwhile", "also", "only", "while", "although", "though", "because", "since"))
"""Words that may stand between a clause break and the clause's subject ("But, Yet even")."""
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”—–\n]|\s-+\s")


def opens_clause(text: str, start: int, floor: int) -> bool:
    """True when ``start`` opens a clause: only a conjunction or linking adverb stands between
    it and the sentence start or the last break (comma, colon, dash, bracket, quote mark).

    A mention after a verb or a preposition ("thanking supporters", "a throng of supporters")
    is an object, so a verb after its place phrase ("… at a victory rally") is not its own.
    """
    window_start = max(floor, start - 40)
    before = text[window_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    elif window_start > floor:
        return False  # more than 40 characters of words: not only conjunctions
    return all(word in _CLAUSE_LEAD_WORDS for word in before.lower().split())


def verb_after_place(text: str, end: int, ceiling: int, patterns: SourcingPatterns) -> bool:
    """A crediting verb after a short place phrase: "People in other cities rallied"."""
    return any(
        verb_follows(text, pos, ceiling, patterns, False, relative=False)
        for pos in after_place(text, end, ceiling)
    )


CALENDAR_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
"""Month and day names (a regex alternation): capitalised, yet no one's name."""
_ATTRIBUTION_ASIDE = re.compile(r"[ \t](?:said|says|reported|reports|told|wrote|added)\b")
"""An aside that is itself an attribution ("a supervisor, the paper reported, citing records"):
the participle after it is the sayer's, not the mention's (round 20)."""
_NAMED_SAYER = re.compile(
    r"\s+(?:said|says|added|wrote|argued|noted)\s+(?!(?:"
    + CALENDAR_NAMES
    + r"|The|In|On|At|Last|This)\b)[A-Z]"
)
"""', said Larry Sabato' after a parenthetical: a named person speaks, not the group before it
('lacks support from his colleagues, whom he has alienated, said Larry Sabato')."""


_PARTICIPLE_OBJECT = re.compile(r"\b(?:representing|advising|defending)\s+$", re.IGNORECASE)
"""The client of a speaker ("Lawyers representing the families argued"): the lawyers speak."""
_OBJECT_OF = re.compile(
    r"\b(?:to|about|against|between|into|toward|towards|without)\s+$", re.IGNORECASE
)
"""A preposition right before a mention: it is an object ("the best way I can describe him to
friends is to say"), so the verb after it is the sentence's, not the mention's.  Not "with"
("with many worried that …" credits them) nor "for"/"like"."""


_EXTRA_WORKS_LIST = """novel novels book books ad ads video videos paper papers article articles
story stories column columns editorial editorials memoir"""
_EXTRA_WORKS = _EXTRA_WORKS_LIST.split()


def _document_nouns() -> frozenset[str]:
    """Round 12: nouns of documents and works (documents.txt, plus novels, books, articles …)."""
    entries = read_sections("documents.txt").get("entries", ())
    return frozenset({e for e in entries if " " not in e and "'" not in e} | set(_EXTRA_WORKS))


_DOCUMENT_NOUNS = _document_nouns()
_DOCUMENT_PREPOSITIONS = frozenset(["of", "for", "by", "among", "from", "about", "on"])


def in_document_phrase(text: str, start: int, floor: int) -> bool:
    """A document noun and its preposition right before ``start``, at most two words between
    ("a survey of Republican insiders shows", "a novel for libertarians says"): the verb after
    the mention is the document's, so the group inside its phrase is no source (the document
    is).  Token look-ups over the last few words: no regex search over the window."""
    if text[start - 1 : start] != " ":
        return False  # the usual case at a sentence's or a quotation's start
    words = text[max(floor, start - 40) : start].split()
    for back in range(1, min(4, len(words))):  # the preposition, then at most two words
        word = words[-back]
        if word[-1] in _PHRASE_BREAKS:
            return False  # "the report on Monday, critics say": the phrase ended
        if word.lower() in _DOCUMENT_PREPOSITIONS:
            return words[-back - 1].lower() in _DOCUMENT_NOUNS
    return False


_PHRASE_BREAKS = frozenset(",;:.!?\"”“)(—–")


ALLEGIANCE_CUES = frozenset(read_sections("sourcing_cues.txt")["allegiance_cues"])
"""Cues that credit support or attention a group gives (``_SOUGHT_OR_LACKED`` undoes them)."""
PLEDGERS = frozenset(read_sections("sourcing_cues.txt")["pledgers"])
"""Groups whose support or endorsement is a pledged vote, counted in a tally ("early
endorsements from superdelegates", "backing from delegates"): no claim they make, so an
allegiance cue credits them nothing (round 21; `other` in the labels: "counted pledges")."""
_SOUGHT_OR_LACKED = re.compile(
    r"\b(?:seek|seeks|seeking|sought|pursue|pursues|pursuing|pursued|court|courts|courting|"
    r"courted|lack|lacks|lacking|lacked|need|needs|needed|needing|get|gets|getting|any|no|single|"
    r"win|earn|lose|without)"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:support\s+from|backing\s+from|attention\s+from|"
    r"endorsements?\s+(?:from|of)|support\s+of|backing\s+of)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Support or attention a subject seeks, lacks or merely gets ("pursuing support from fellow
lawmakers", "lacks support from his colleagues", "has not earned any backing from", "get
attention from Democrats"): the group is credited with no view; "won support from" still is.
Round 25: the bare "win"/"earn"/"lose" ("efforts to win the support of", "might lose") and
"without" too."""


_GIVEN_SUPPORT_OF = frozenset(["support of", "backing of"])
_NAMED_MEMBERS = re.compile(
    r",?" + _MEMBERS_OPENING.removeprefix(",") + r"(?:the\s+)?[A-Z](?!\.S\.)"
)
"""``NAMED_MEMBERS`` with its comma optional ("the support of groups like the Wisconsin Club
for Growth"); not "groups like U.S. veterans" (review 25: one pattern, not a second copy)."""
_THE_SUPPORT_OF = re.compile(
    r"(?<![\w'’-])the\s++(?:[a-z][\w'’-]*+\s++){0,2}?(?:support|backing)\s++of\s++"
    r"(?:[\w'’-]++\s++){0,3}\Z",
    re.IGNORECASE,
)


def support_of_given(cue: str, text: str, start: int, end: int, floor: int) -> bool:
    """Round 25 (SRC25B): "support of"/"backing of" credits the group after it only after "the"
    and at most two modifiers ("had the full support of the conservative movement", "has the
    backing of many Democrats"): in "rallied in support of immigrants" or "his support of the
    bill" the group is the one supported; nor a group whose members are named after it ("groups
    like the Wisconsin Club for Growth": GUIDELINES, a collective naming its members is not
    vague).  Every other cue passes."""
    if cue not in _GIVEN_SUPPORT_OF:
        return True
    if _NAMED_MEMBERS.match(text, end):
        return False  # "the support of groups like the Wisconsin Club for Growth": named
    return _THE_SUPPORT_OF.search(text, max(floor, start - 60), start) is not None


_APPOSITIVE_NAME = re.compile(
    r",\s++(?:(?!(?:said|says|say|told|tells|wrote|writes|according|added|adds)\b)"
    r"[\w.’'-]++\s++){0,4}?[A-Z][a-z]++\s++(?:[A-Z]\.\s++)?[A-Z][a-z]++(?=[\s,.;:!?])"
)
"""A name in apposition right after a group, after at most four words of description
("a onetime Republican opponent, former Texas governor Rick Perry")."""


_INVERTED_AUXILIARY = re.compile(
    r"\b(?:will|would|do|does|did|can|could|should|might|must|shall)\s+$", re.IGNORECASE
)
_LEADING_AUXILIARY = re.compile(r"(?:Will|Would|Do|Does|Did|Can|Could|Should|Might)\s")
_QUESTION_END = re.compile(r"\?[\s\"”’')]*$")


def _asked_about(text: str, start: int, bounds: tuple[int, int]) -> bool:
    """ "How will the voters regard the two parties?", "Do voters believe him?": a question
    about the group (auxiliary before its subject, a question mark at the end) credits no view."""
    return bool(
        (
            _INVERTED_AUXILIARY.search(text, max(bounds[0], start - 8), start)
            or _LEADING_AUXILIARY.match(text, start)  # "Do voters": grown over the auxiliary
        )
        and _QUESTION_END.search(text, max(bounds[0], bounds[1] - 6), bounds[1])
    )


_FOR_GERUND = re.compile(
    r"(?:[ \t]++and(?:[ \t]++[\w'’-]++){1,5}?)?[ \t]++for[ \t]++([a-z]++)\b"
    r"((?:[ \t]++[\w'’-]++){0,4})"
)
"""Round 24: "for" and a gerund after a group, or after the group joined to a short phrase by
"and" ("gives credit to activists for speaking out", "thanked parents and the school board for
raising concerns"): the gerund's subject is the group."""


def speech_for_after(text: str, end: int, ceiling: int, patterns: SourcingPatterns) -> bool:
    """Round 24: a group credited, thanked or blamed *for* saying something ("credit to black
    storytellers for speaking out against injustice", "praised parents for raising concerns"):
    the gerund after "for" is a verb of saying, or a light verb with a noun of a view.  Not a
    verb of allegiance ("for backing the bill": support, round 2's call), nor an act ("for
    marching"): the group is credited with words only when the gerund is one."""
    if not text.startswith((" for ", " and "), end):
        return False  # cheap pre-test: the usual case
    match = _FOR_GERUND.match(text, end, ceiling)
    if match is None:
        return False
    words = [match.group(1).lower(), *match.group(2).lower().replace("’", "'").split()]
    gerund = words[0]
    if not gerund.endswith("ing") or gerund in patterns.allegiance:
        return False
    if gerund in patterns.verbs or (len(words) > 1 and f"{gerund} {words[1]}" in patterns.verbs):
        return True
    return gerund in _LIGHT_VERBS and _view_noun_object(words, 0, False, patterns)


_SPEECH_NOUN_BEFORE = re.compile(
    r"\b(?:point|points|threat|threats|promise|promises|claim|claims|argument|arguments|case|"
    r"charge|charges|complaint|complaints|accusation|accusations|warning|warnings|pledge|"
    r"pledges|vow|vows|criticism|criticisms|comment|comments|remark|remarks|suggestion|"
    r"suggestions|prediction|predictions|observation|observations|boast|boasts|joke|jokes)"
    r"[ \t]++\Z",
    re.IGNORECASE,
)
"""Round 24: a noun of something said right before a group (a contact relative: "a point a top
adviser made", "a threat many people make")."""
_MADE_AFTER = re.compile(
    r"[ \t]++(?:(?:have|has|had|often|also|long|repeatedly|frequently|sometimes)[ \t]++){0,2}"
    r"(?:make|makes|made|making|raise|raises|raised|voice|voices|voiced|level|levels|leveled|"
    r"levelled|issue|issues|issued|offer|offers|offered|express|expresses|expressed)"
    r"(?=[ \t]++(?:to|in|on|at|about|for|but|and|last|this|earlier|before|after|during|over|"
    r"when|while|since|again|privately|publicly|repeatedly|often)\b|[,.;:!?\"”)—–])",
    re.IGNORECASE,
)
"""The group's verb of a contact relative: a light verb whose object is the noun before the
group, so no object of its own follows ("made to The Huffington Post", "make but few keep")."""


def said_in_contact_relative(text: str, start: int, end: int, floor: int) -> bool:
    """Round 24: the group is the subject of a contact relative whose antecedent is a noun of
    something said and whose verb is a light verb ("a point a top Sanders adviser made to ...",
    "there's a threat many people make but few keep", "the complaints residents raised"): the
    group said it.  The verb must have no object of its own ("a case many lawyers made
    headlines with" is something else)."""
    if not (text.startswith(" ", end) and _MADE_AFTER.match(text, end)):
        return False  # cheap pre-test first: most groups are not followed by a light verb
    return _SPEECH_NOUN_BEFORE.search(text, max(floor, start - 14), start) is not None


def credited(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int],
    patterns: SourcingPatterns,
    outlet: bool = False,
) -> bool:
    """True when the text credits the mention ``[start, end)`` with a statement or belief.

    A speech, belief or report verb follows (after at most four auxiliaries and adverbs, a
    parenthetical ", including …," or a relative clause "who …"), or a cue precedes it.
    """
    sentence_start, sentence_end = bounds
    if _asked_about(text, start, bounds):
        return False
    if not outlet and known_according_to_others(text, end, sentence_end):
        return False  # "Officials knew that ..., according to internal emails"
    objected = (
        _OBJECT_OF.search(text, max(sentence_start, start - 12), start) is not None
        or _PARTICIPLE_OBJECT.search(text, max(sentence_start, start - 16), start) is not None
        or in_document_phrase(text, start, sentence_start)
    )
    if not objected and verb_follows(text, end, sentence_end, patterns, outlet):
        return True
    if not outlet and speech_for_after(text, end, sentence_end, patterns):
        return True  # round 24: "gives credit to activists for speaking out"
    if not outlet and said_in_contact_relative(text, start, end, sentence_start):
        return True  # round 24: "a point a top adviser made to the paper"
    if not outlet and attitude_after(text, end, sentence_end, patterns):
        return True  # "giving cover to lawmakers nervous about the nominee": their feeling
    if not outlet and intention_after(text, end, sentence_end):
        return True  # round 25: "a small group of donors intent on deciding who wins"
    if not outlet and taken_by_surprise(text, start, end, sentence_start):
        return True  # round 25: "caught many strategists by surprise"
    skipped = skip_parenthetical(text, end, sentence_end)
    if (
        not objected
        and skipped != end
        and verb_follows(text, skipped, sentence_end, patterns, outlet, relative=False)
        and not _NAMED_SAYER.match(text, skipped, sentence_end)
        and not _ATTRIBUTION_ASIDE.search(text, end, skipped)
    ):
        return True
    if (
        not outlet
        and verb_after_place(text, end, sentence_end, patterns)
        and opens_clause(text, start, sentence_start)
    ):
        return True
    cue = cued_before(text, start, sentence_start, patterns, outlet)
    if cue is None:
        return not outlet and (
            caused_to_think(text, start, end, bounds, patterns)
            or fronted_among(text, start, end, patterns)
        )
    if cue in ALLEGIANCE_CUES and _SOUGHT_OR_LACKED.search(
        text, max(sentence_start, start - 60), start
    ):
        return False  # "pursuing support from fellow lawmakers": wanted, not given
    if cue in ALLEGIANCE_CUES and not support_of_given(cue, text, start, end, sentence_start):
        return False  # round 25: "in support of immigrants": the group is supported
    if cue in ALLEGIANCE_CUES and text[start:end].rsplit(None, 1)[-1].lower() in PLEDGERS:
        return False  # round 21: "early endorsements from superdelegates": counted pledges
    if cue in ALLEGIANCE_CUES and _APPOSITIVE_NAME.match(text, end, sentence_end):
        return False  # round 20: "an endorsement from a onetime opponent, former governor
        # Rick Perry": the giver is named
    if cue in patterns.speech_cues:
        # "..., said one official." credits the official; in "Cruz said the people of the
        # state have suffered" the group is what is talked about, not who talks.
        return bool(_CLAUSE_ENDS_AFTER.match(text, end, sentence_end)) or end >= sentence_end
    return True


_COGNITION_AFTER = re.compile(
    r"\s++(?:had\s++|have\s++|has\s++|long\s++|already\s++)?(?P<verb>[a-z]++)\b"
)
_ACCORDING_REACH = 400
"""How far after its verb a clause of knowing may run before ", according to" (bounded)."""


def known_according_to_others(text: str, end: int, sentence_end: int) -> bool:
    """Whether a verb of knowing or believing follows the mention and the sentence then credits
    it all to someone else (", according to internal emails"): the mention is talked about."""
    match = _COGNITION_AFTER.match(text, end, sentence_end)
    if match is None or match.group("verb") not in COGNITIONS:
        return False
    reach = match.end() + _ACCORDING_REACH
    return ACCORDING_AFTER_COMMA.search(
        text, match.end(), reach if reach < sentence_end else sentence_end
    ) is not None



_ATTITUDE_OBJECTS = frozenset(["about", "that", "over", "of", "with", "at"])
_DEGREE_ENDS = frozenset([" most", " more", "least", " less"])
_POSTNOMINAL = re.compile(r"\s++([a-z]+)\s++([a-z]+)\b")


def attitude_after(text: str, end: int, ceiling: int, patterns: SourcingPatterns) -> bool:
    """An attitude right after a group, with its object ("lawmakers nervous about the nominee",
    "residents wary of the plan"): the group holds that feeling even where it is the object of
    a preposition (round 13); not a bare adjective ("the countries concerned")."""
    if text[end : end + 1] != " " or text[end + 1 : end + 16].split(" ", 1)[0] not in (
        patterns.attitudes
    ):
        return False  # the usual case, decided without a regex
    if text[max(0, end - 5) : end].lower() in _DEGREE_ENDS:
        return False  # "Putin seemed most concerned with": a degree, not a group
    words = _POSTNOMINAL.match(text, end, ceiling)
    return (
        words is not None
        and words.group(1) in patterns.attitudes
        and words.group(2) in _ATTITUDE_OBJECTS
    )


_INTENT_WORDS = frozenset(
    ["intent", "bent", "hell-bent", "determined", "eager", "keen", "desperate", "anxious"]
)
_INTENTION = re.compile(
    r"[ \t]++(?:(?:intent|bent|hell-bent)[ \t]++(?:on|upon)[ \t]++[a-z]++"
    r"|(?:determined|eager|keen|desperate|anxious)[ \t]++to[ \t]++(?!be\b|have\b)[a-z]++)\b"
)
"""Round 25 (SRC25B): an intention right after a group (a reduced relative)."""


def intention_after(text: str, end: int, ceiling: int) -> bool:
    """Round 25 (SRC25B): a state of intention right after a group, as a reduced relative with
    its verb ("driven by a small group of wealthy contributors intent on deciding who wins",
    "protesters determined to disrupt the vote", "donors eager to shape the race"): the text
    asserts the group's aim wherever the group stands (after "by", "from", as an object), as
    ``attitude_after`` does for "lawmakers nervous about the nominee".  After a copula the
    same states are A203's ("voters are intent on change").  Not "determined to be" ("ballots
    determined to be invalid": a passive's judgement) nor a bare "eager" with no verb."""
    if text[end : end + 1] != " " or text[end + 1 : end + 12].split(" ", 1)[0] not in (
        _INTENT_WORDS
    ):
        return False  # the usual case, decided without a regex
    return _INTENTION.match(text, end, ceiling) is not None


_SURPRISE_TAKER = re.compile(
    r"(?<![\w'’-])(?:caught|catch|catches|catching|took|take|takes|taking|taken)[ \t]++\Z",
    re.IGNORECASE,
)
_BY_SURPRISE = re.compile(
    r"(?:[ \t]*+[-—–,][ \t]*+(?:and|or)[ \t]++[^-—–,.;:!?\n]{1,40}?[ \t]*+[-—–,])?"
    r"[ \t]++by[ \t]++surprise\b",
    re.IGNORECASE,
)


def taken_by_surprise(text: str, start: int, end: int, floor: int) -> bool:
    """Round 25 (SRC25B): a group caught or taken "by surprise" ("a first act that caught many
    political strategists - and some candidates - by surprise", "The ruling took residents by
    surprise"): the group's surprise, a reaction like "stunned residents" ([before]), wherever
    the group stands.  Only right after the verb, and "by surprise" right after the group (a
    dashed "and ..." aside between)."""
    if "by surprise" not in text[end : end + 64].lower():
        return False  # the usual case, decided without a regex
    return (
        _BY_SURPRISE.match(text, end) is not None
        and _SURPRISE_TAKER.search(text, max(floor, start - 12), start) is not None
    )


CONTRACTED = re.compile(r"['’](?:ve|re)(?=\s)", re.IGNORECASE)
"""A clitic "have"/"are" right after a pronoun ("they've suggested", "who're worried"): an
auxiliary a crediting verb may follow.  Not "'d" (had or would), "'ll" (a prediction) nor "'s"
(a possessive after a noun)."""


_VERB_MEMO: list = [None, None, {}]
"""The text and patterns ``verb_follows`` answers are kept for, and the answers: the cheap
crediting test and the full one ask the same question at the same position."""


def verb_follows(
    text: str,
    pos: int,
    ceiling: int,
    patterns: SourcingPatterns,
    outlet: bool,
    relative: bool = True,
) -> bool:
    """A crediting verb in the words right after ``pos`` (token look-ups, no backtracking)."""
    memo = _VERB_MEMO
    if memo[0] is not text or memo[1] is not patterns:
        memo[:] = [text, patterns, {}]
    key = (pos, ceiling, outlet, relative)
    answer = memo[2].get(key)
    if answer is None:
        answer = memo[2][key] = _verb_follows(text, pos, ceiling, patterns, outlet, relative)
    return answer


_NAME_AFTER_RELATIVE = re.compile(
    r"[\s,]*+(?:who|that)\s++(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]++\b"
)
"""A capitalised name right after a relative ("the establishment that Trump rails against",
"critics who Okafor dismissed"): the clause has a subject of its own (a weekday is a date)."""


def _verb_follows(
    text: str,
    pos: int,
    ceiling: int,
    patterns: SourcingPatterns,
    outlet: bool,
    relative: bool,
) -> bool:
    if text.startswith(("'", "’"), pos):  # "they've suggested", "who're worried": a clitic
        contracted = CONTRACTED.match(text, pos, ceiling)
        if contracted is not None:
            pos = contracted.end()
    if not outlet:  # most calls end at the first word: look at it alone before the whole window
        first = WORD.search(text, pos, min(ceiling, pos + 90))
        if first is None:
            return False
        word = first.group().lower().replace("’", "'")
        if (
            word not in patterns.lead_words
            and word not in _NEGATORS
            and not word.endswith("n't")
            and not adverb(word)
            and (" to " not in text[first.end() : first.end() + 60] or word in _NOT_VOICING_ACTS)
        ):
            return False  # no verb, auxiliary, adverb, relative or attitude can follow (round
            # 22: nor a purpose "to <voice>" after the group's act: "turned out to oppose it")
    segment = text[pos : min(ceiling, pos + 90)]
    cut = _CLAUSE_PUNCT.search(segment)
    if cut is not None:
        segment = segment[: cut.start()]
    words = words_in(segment.lower().replace("’", "'"))
    verbs, between = patterns.verbs, patterns.between
    if outlet and words and (words[0] == "s" or words[0] in patterns.outlet_followers):
        words = words[1:]  # "the Financial Times article noted", "CNN's"
        if words and words[0] in patterns.outlet_followers:
            words = words[1:]
    if words and words[0] in WHO_CONTRACTIONS:  # round 19: "leaders who'd rather … said"
        words = [*WHO_CONTRACTIONS[words[0]], *words[1:]]
    if words and words[0] in ("who", "that") and relative and not outlet:
        # a relative clause: "one of the doctors who sent the letter called him ..."
        if words[0] == "that" and len(words) > 1 and words[1] in _CLAUSE_SUBJECTS:
            return False  # "so ignorant of voters that he thinks": "that" opens a clause
        if _NAME_AFTER_RELATIVE.match(segment):
            return False  # round 26: "the establishment that Trump routinely rails against":
            # a named subject of its own, the group is the relative's object
        return _relative_credits(words, patterns)
    if words and words[0] == "to":  # "prompt people to say", "tell voters to support": not theirs
        return False
    if words and words[0] in _PREDICTIVE and not outlet:
        # "students would continue", "voters will decide": a prediction about the group; only
        # a verb of saying after it credits a (hedged) view: "critics would call them …"
        rest = [w for w in words[1:4] if w not in _AFTER_MODAL]
        return bool(rest) and (rest[0] in _SPEECH_WORDS or rest[0] in _MODAL_SAYING)
    auxiliary = False
    last_be = False
    for i, word in enumerate(words[:5]):
        if word in _NEGATORS or word.endswith("n't"):  # "the official did not say": no claim ...
            # ... but "Republicans weren't too concerned", "many don't expect" hold a view;
            # not "supporters not to trust" (an infinitive) nor "people can't see" (ability)
            views = patterns.negated_views if word not in _MODAL_NEGATIONS else ()
            following = words[i + 1 : i + 3]
            rest = [w for w in words[i + 1 : i + 5] if not adverb(w)]
            if len(rest) > 1 and rest[0].endswith("ed") and rest[1] == "to":
                return False  # "agencies are not necessarily expected to find": a passive
            return following[:1] != ["to"] and any(
                w in patterns.attitudes or w in views for w in following
            )
        if last_be and word in _HEARSAY_PASSIVES and words[i + 1 : i + 2] == ["to"]:
            return False  # round 29: "Business leaders are understood to be drafting a letter":
            # hearsay about the group (the hidden source is the hedge's flag), not its view
        if word in patterns.attitudes:  # "critics are concerned", not "the countries concerned"
            return auxiliary or (
                i + 1 < len(words) and words[i + 1] in ("about", "that", "over", "by", "at")
            )
        if word in _LIGHT_VERBS and _view_noun_object(words, i, last_be, patterns):
            return True  # "voters have had reservations", "were making the same arguments"
        if word == "back" and i + 1 < len(words) and words[i + 1] in _PARTICLE_AFTER_BACK:
            return False  # "bring voters back to the party": a particle, not "to back"
        if word in _LIGHT_VERBS and words[i + 1 : i + 2] == ["clear"] and (
            words[i + 2 : i + 3] and words[i + 2] in _CLEAR_ADJECTIVE_NOUNS
        ):
            return False  # "analysts made clear gains": "clear" an adjective, no speech act
        if (
            word in verbs
            or (i + 1 < len(words) and f"{word} {words[i + 1]}" in verbs)
            or " ".join(words[i : i + 3]) in verbs
            or " ".join(words[i : i + 4]) in verbs
        ):  # round 14: a light verb's three-word speech act ("made it clear", "made the case");
            # round 26: any three- or four-word entry ("poured cold water", "signed an open
            # letter")
            # "groups are expected to spend", "officials were told": a passive credits no one;
            # "doctors have admitting privileges": after "have" an -ing word is no verb form
            if word.endswith("ing") and i > 0 and words[i - 1] in _HAVE_OR_PREPOSITION:
                return False  # "lagged behind many Democrats in calling for …": a gerund
            if word in patterns.allegiance and not patterns.intentions.isdisjoint(words[:i]):
                return False  # "most are planning to support her": a planned vote, no view
            if word in _SEE_FORMS and i + 1 < len(words) and words[i + 1] in _OWNED and (
                "as" not in words[i + 2 : i + 6]
            ):
                return False  # "Some have seen their payments cut": what befell them, no view
            if word in ADD_FORMS and i + 1 < len(words) and (
                words[i + 1][:1].isdigit() or words[i + 1] in _AMOUNTS
            ):
                return False  # "organizers added 160 security personnel": a count, no words
            if (
                word in PASSIVE_BEFORE_TO
                and words[i + 1 : i + 2] == ["to"]
                and words[i + 2 : i + 3] in (["be"], ["have"])
            ):
                return False  # round 29 (AUDIT29): "Residents said to have seen the fire were
                # interviewed": a reduced passive, the group's sayer unnamed
            if word in _PLEDGE_FORMS and _gift_object(words[i + 1 : i + 4]):
                return False  # round 29 (AUDIT29): "after their parents pledged large gifts to
                # the school", "Donors pledged $5 million": money given, no words reported
            if word in QUESTION_FORMS and _people_questioned(words[i + 1 : i + 6]):
                return False  # round 21: "agents had questioned former sales staff": an
                # interrogation, no view (not "questioned whether", "questioned the jury's")
            if word in _ASK_TO and words[i + 1 : i + 2] == ["to"]:
                return False  # round 26: "a new auditor asked to see the invoices": a request
                # to act, not a claim (an audit's actor, not the story's source)
            if word in _CROWD_NOISE_PAST and _noise_alone(words, i) and (
                word != "chanted" or (
                    i + 1 < len(words) and not _chant_words_ahead(text, pos, ceiling)
                )
            ):
                return False  # round 28 (AUDIT28): "as delegates applauded", "Delegates
                # cheered.": applause with no object is an event (round 14's call on crowds);
                # "Democrats applauded the decision" still holds a view; round 29: a chant
                # only before a word that ends it ("chanted and waved placards"), never at the
                # clause's end ('the attendees chanted, "Lock her up!"': the words follow)
            if word in _SOUND_VERBS and (
                i + 1 >= len(words) or words[i + 1] in _PLACES_OF_SOUND or adverb(words[i + 1])
            ):
                return False  # round 28: "the chants of protesters echoed across the square": a
                # sound, no view (not "echoed the senator's claim")
            if word in _RESPOND_FORMS and words[i + 1 : i + 2] == ["to"] and (
                _emergency_object(words[i + 2 : i + 6])
            ):
                return False  # review 29: "Law enforcement responded to the scene", "crews
                # responded to a call": an emergency response, no view
            if word in _AGREE and words[i + 1 : i + 2] == ["to"]:
                return False  # round 20: "two of the co-authors had agreed to the withdrawal",
                # "the unions agreed to talks": a deal accepted, no view stated
            return not (last_be and word.endswith(_PARTICIPLE_ENDINGS))
        if word not in between and not adverb(word):
            return not outlet and not last_be and _voicing_purpose(words, i)
        auxiliary = auxiliary or word in _AUXILIARIES or word in _COPULAS
        last_be = word in _BE or (last_be and word not in _AUXILIARIES)
    return False


_HEARSAY_PASSIVES = PASSIVE_BEFORE_TO | frozenset(["presumed", "supposed", "expected"])
"""Round 29: "are understood to", "were believed to": a passive of hearsay before "to"; the
group it is said of holds no view by it (AUDIT29's reduced passives, and three more after
"be")."""
_PLEDGE_FORMS = frozenset(["pledge", "pledges", "pledged", "pledging"])
_GIFTS = frozenset(
    ["gift", "gifts", "money", "funds", "funding", "donation", "donations", "cash", "million",
     "millions", "billion", "billions", "sum", "sums"]
)
_CURRENCIES = frozenset(["dollars", "pounds", "euros", "pesos", "yen", "rupees"])


def _gift_object(after: list[str]) -> bool:
    """Round 29 (AUDIT29): what "pledged" takes is money ("pledged large gifts", "pledged $5
    million", "pledged 40,000"), not words ("pledged to", "pledged that", "pledged support")."""
    for index, word in enumerate(after):
        following = after[index + 1 : index + 3]
        if following[:1] in (["thousand"], ["hundred"]):
            following = following[1:]  # "200 thousand dollars"
        if word[:1] in "$£€" or word in _GIFTS or (
            word[:1].isdigit() and (
                word.endswith(("m", "bn", "k")) or following == []
                or following[0] in _GIFTS or following[0] in _CURRENCIES
            )
        ):  # review 29: "pledged $5 million", "pledged 40,000"; not "pledged 24 hours of
            return True  # action"
        if word[:1].isdigit():
            return False
        if word in ("to", "that", "not", "their", "its", "his", "her"):
            return False
    return False


_CHANT_WORDS_AHEAD = re.compile(r"[,:][ \t]*+[\"“‘']")
_OTHER_SPEAKER_BETWEEN = re.compile(r"\b(?:said|says|told|added|asked|replied)\b")


def _chant_words_ahead(text: str, pos: int, ceiling: int) -> bool:
    """Review 29: a chant's words after a comma or colon further on ('Protesters chanted in
    unison, "Lock her up!"'): the chant has its words, so its group is credited; not when
    another speaker's clause comes first ('chanted, while the mayor said, "..."')."""
    mark = _CHANT_WORDS_AHEAD.search(text, pos, min(ceiling, pos + 60))
    return mark is not None and _OTHER_SPEAKER_BETWEEN.search(text, pos, mark.start()) is None


_RESPOND_FORMS = frozenset(["respond", "responds", "responded", "responding"])
_EMERGENCIES = frozenset([
    "scene", "scenes", "alarm", "callout", "911", "999", "call", "calls", "fire", "blaze", "crash",
    "shooting", "accident", "incident", "emergency", "explosion", "collision", "stabbing",
])
_CALL_ENDS = frozenset([
    "", "at", "within", "from", "about", "shortly", "just", "in", "on", "near", "after",
    "involving",
])


def _emergency_object(after: list[str]) -> bool:
    """Round 29 (review): what crews respond to ("responded to the scene", "to a call at 9pm"),
    not a claim; the object's head itself, not a modifier ("the crash report") nor a call that
    asks for something ("the call for a boycott")."""
    index = 1 if after[:1] and after[0] in ("the", "a", "an") else 0
    if index >= len(after) or after[index] not in _EMERGENCIES:
        return False
    following = after[index + 1 : index + 3]
    return following[:1] in ([], *([w] for w in _CALL_ENDS)) or following == ["for", "help"]


_SOUND_VERBS = frozenset(["echo", "echoes", "echoed", "echoing"])
_PLACES_OF_SOUND = frozenset([
    "across", "through", "throughout", "in", "inside", "into", "around", "off", "down", "along",
    "over", "from", "at", "on", "outside", "beneath", "below", "under", "underneath", "past",
    "beyond", "against", "among", "for", "late", "long", "until", "up", "out", "back", "again",
    "within", "between", "near", "by", "off",
])
"""Round 28 (SRC28): "echoed" before a place is a sound ("The footsteps of the hikers echoed in
the canyon"), not a view echoed ("Many Republicans echoed Trump's claim").  MEND28B: the echo of a
view has an object, so any preposition, time word or adverb after it, or the clause's end, is a
sound ("echoed outside parliament", "echoed for hours", "echoed loudly", "echoed, and ...")."""


_VOICING_LIST = """criticize criticise protest oppose complain condemn denounce decry voice
express demand urge praise applaud hail warn argue insist dispute blast slam lambast mock boo jeer
heckle reject object lament bemoan vent"""
_VOICING = frozenset(_VOICING_LIST.split())
"""Round 22: verbs of voicing a view that a group's act can serve ("took to social media to
criticize", "packed the meeting to protest", "have descended on the city to express their
frustration"): the act is done to say something."""
_NOT_VOICING_ACTS_LIST = """to refused refuse refuses declined decline declines failed fail fails
hesitated hesitate stopped stop avoided avoid tried try want wanted asked urged forced told
invited encouraged allowed expected paid hired used need needed who that which and or but
whom whose if because when while as"""
_NOT_VOICING_ACTS = frozenset(_NOT_VOICING_ACTS_LIST.split())
"""Words that, as the group's first non-auxiliary word, make a following "to <verb>" no view of
its own: a refusal, an attempt, a wish, a passive or an order ("declined to criticize", "were
asked to protest"), or no verb at all ("and", a relative)."""


_PAST_ACTS = frozenset(
    ["took", "went", "came", "rose", "ran", "stood", "sat", "held", "made", "got", "began"]
)
_HAVE_BEFORE = (["have"], ["has"], ["had"])


_CROWD_NOISE = frozenset(["applaud", "cheer"])
"""After "to": "stood to applaud" (with no object after it)."""
_CROWD_NOISE_PAST = frozenset(["applauded", "cheered", "chanted"])
"""The group's own past verb: "as delegates applauded", "Delegates cheered." (not the present,
whose object may stand before the group: "a tax that many economists applaud").  Round 29
(AUDIT29): "teachers chanted and waved placards", "chanted as the minister arrived" (what is
chanted, when it is given, is still a view: 'chanted, "Lock her up!"', "chanted slogans")."""
_NOISE_AFTER = frozenset(
    ["in", "at", "as", "while", "and", "or", "for", "from", "during", "after", "before",
     "until", "throughout", "loudly", "wildly", "politely", "briefly"]
)
_NOISE_SPANS = frozenset(
    ["seconds", "minutes", "hours", "several", "nearly", "almost"]
)
"""MEND28B: after "for", a span of time ("cheered for several minutes"), not what is cheered
("cheered for the manager's sacking")."""


def _noise_alone(words: list[str], index: int) -> bool:
    """Round 28 (AUDIT28): applause or cheers at ``words[index]`` with no object after them (the
    clause ends, or a preposition, conjunction or manner adverb follows): a crowd's noise, an
    event, not a view ("as delegates stood to applaud in the main hall").  MEND28B: not "again"
    ("Many economists applauded again when the bank cut rates"), "as well as" ("applauded as well
    as praising the teachers") nor "for" before what is cheered ("cheered for the sacking")."""
    if index + 1 >= len(words):
        return True
    follower = words[index + 1]
    if follower not in _NOISE_AFTER:
        return False
    if follower == "as":
        return words[index + 2 : index + 3] != ["well"]
    if follower == "for":
        return words[index + 2 : index + 3] != [] and words[index + 2] in _NOISE_SPANS
    return True


def _voicing_purpose(words: list[str], i: int) -> bool:
    """Round 22: the group's own verb (``words[i]``, any act) has a purpose "to <voicing verb>"
    within the next six words ("Residents took to social media to criticize the plan", "Dozens
    of residents turned out to oppose it"); the group is credited with the view it went to
    voice.  Not after a refusal, attempt, wish or order, nor a passive (the caller checks)."""
    if words[i] in _NOT_VOICING_ACTS or words[i].endswith("ing"):
        return False
    if not (words[i].endswith("ed") or words[i] in _PAST_ACTS or words[i - 1 : i] in _HAVE_BEFORE):
        return False  # a past act, one event: not a habit ("those who rise up to criticize him
        # do so at their own peril" describes anyone who would)
    for j in range(i + 1, min(len(words) - 1, i + 7)):
        if words[j] == "to" and words[j + 1] in _VOICING:
            return not (words[j + 1] in _CROWD_NOISE and _noise_alone(words, j + 1))
            # (round 28: "as delegates stood to applaud": no view)
        if words[j] in _NOT_VOICING_ACTS and words[j] != "to":
            return False  # "met with officials who ...", "spoke and ...": another clause
    return False


def _people_questioned(after: list[str]) -> bool:
    """Whether the words after "questioned" are people it interrogated: up to four words, the
    last a word for people listed (``attribution.QUESTIONED_PEOPLE``), before any clause word."""
    for word in after[:5]:
        if word in QUESTIONED_PEOPLE:
            return True
        if word in ("whether", "if", "that", "about", "over", "s", "'s", "why", "how", "what"):
            return False
    return False


_CLEAR_ADJECTIVE_NOUNS = frozenset(read_sections("sourcing_cues.txt")["not_after_make_clear"])
"""Round-14 review: nouns that make "clear" an adjective after "made" ("made clear gains")."""
_SEE_FORMS = frozenset(["see", "sees", "saw", "seen", "seeing"])
_OWNED = frozenset(["their", "his", "her", "its", "our", "my"])
"""After a form of "see": what happened to the group's own things ("saw their homes
destroyed"), not a view, unless "as" follows ("see their vote as a protest")."""

_LIGHT_VERB_LIST = """have has had having hold holds held holding share shares shared sharing
voice voices voiced voicing express expresses expressed expressing harbor harbors harbored
make makes made making raise raises raised raising offer offers offered offering air airs aired
airing send sends sent sending signal signals signaled signalled signaling signalling register
registers registered registering vent vents vented venting"""
_LIGHT_VERBS = frozenset(_LIGHT_VERB_LIST.split())
"""Verbs that with a noun of a view after them credit their subject with it (round 8): "have
doubts", "voiced misgivings", "are making the same arguments"; round 22: "signaled their
opposition", "registered their disapproval", "vented their frustration"."""


def _view_noun_object(
    words: list[str], i: int, last_be: bool, patterns: SourcingPatterns
) -> bool:
    """A noun of a view as the object of the light verb ``words[i]``, only determiners and
    adjectives between ("have had such reservations", "making many of the same arguments"); not
    a passive ("were made promises") nor a noun after another verb ("have ended in
    disappointment", "have faced criticism")."""
    if last_be and not words[i].endswith("ing"):
        return False
    for word in words[i + 1 : i + 6]:
        if word in patterns.view_nouns:
            return True
        if word in _LIGHT_VERBS or word == "of":
            continue
        if word.endswith("ed") or word in _HAVE_OR_PREPOSITION or word in patterns.verbs:
            return False
    return False


_NOUN_DETERMINERS = frozenset(
    ["a", "an", "the", "their", "his", "her", "its", "our", "no", "any", "this", "that"]
)


def _relative_credits(words: list[str], patterns: SourcingPatterns) -> bool:
    """A crediting verb in a relative clause ``words`` ("who", its words, the verb after it).

    Round 7b: not a word after "to" (what the group is expected or able to do: "delegates who
    are expected to support", "insiders who also get to weigh in"), nor after a determiner (a
    noun: "officials who are granted a say"), nor a participle after "be" (a passive: "who were
    told"): those picked the group out, they did not credit it.
    """
    verbs = patterns.verbs
    for i in range(2, min(10, len(words))):
        word, previous = words[i], words[i - 1]
        if previous == "to" or previous in _NOUN_DETERMINERS:
            continue
        if previous in _BE and word.endswith(_PARTICIPLE_ENDINGS):
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if (word in verbs and word not in patterns.allegiance) or f"{word} {following}" in verbs:
            return True
    return False


_PREDICTIVE = frozenset(["will", "would", "could", "might", "may", "should", "must", "shall", "ll"])
_AFTER_MODAL = frozenset(["have", "also", "likely", "probably", "surely", "certainly", "still"])
_MODAL_SAYING = frozenset(
    ["call", "describe", "described", "agree", "disagree", "question", "dispute", "characterize"]
    + ["prefer", "rather", "like", "love", "welcome", "point"]
)
"""Verbs that after a modal still credit a present view: a (hedged) judgement, or a wish that
is held now ("critics would call it", "many would prefer", "most would rather", "many would
point out"), unlike a prediction ("voters will decide")."""
_CLAUSE_SUBJECTS = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "there", "his", "her"]
)
_PARTICLE_AFTER_BACK = frozenset(["to", "into", "in", "on", "from", "home", "out"])
_COPULAS_WORDS = """remain remains remained seem seems seemed appear appears appeared
become became grow grew growing get got getting"""
_COPULAS = frozenset(_COPULAS_WORDS.split())
"""Verbs that, like "be", put an attitude on their subject ("they remain hopeful")."""


def stance_follows(text: str, pos: int, ceiling: int, patterns: SourcingPatterns) -> bool:
    """A speech, belief or stance verb, or "are" + an attitude, among the next four words.

    After a restrictive "who" this credits the group with a view ("voters who fear …",
    "partisans who consider …", "activists who are ambivalent"); an action only picks it out.
    """
    words = words_in(text[pos : min(ceiling, pos + 60)].lower().replace("’", "'"))[:4]
    copula = False
    for i, word in enumerate(words):
        if word in patterns.stance:
            return True
        if word in patterns.attitudes:  # "who are (deeply) skeptical": adverbs may stand between
            return copula
        if word in _NEGATORS:
            return False
        if word in _LIGHT_VERBS and _view_noun_object(words, i, False, patterns):
            return True  # round 8: "who share their concerns", "who voiced misgivings"
        if word in _BE or word in _COPULAS:
            copula = True
        elif not (copula and (adverb(word) or word in ("so", "too", "very", "more", "less"))):
            copula = False
    return False


_LEFT_DOING = frozenset([
    "scrambling", "reeling", "stranded", "waiting", "struggling", "searching", "picking",
    "counting", "paying", "homeless", "behind", "out",
])
"""Review 29: "were left scrambling": what befell them (not "left feeling/hoping ...": a view)."""
_IRREGULAR_PARTICIPLE_WORDS = """caught hit hurt shot struck sent kept held brought bought sold
paid put set cut led met spent fought thrown shown sworn torn born won lost fed bled swept wound
bound ground dealt"""
_IRREGULAR_PARTICIPLES = frozenset(_IRREGULAR_PARTICIPLE_WORDS.split())
"""Round 29: irregular past participles that end in neither -ed nor -en: after "be", a passive.
Not "left" or "felt": "were left unconvinced" is the group's own stance (review)."""
_UNDERGONE_WORDS = """developed suffered contracted sustained collapsed fainted drowned died
resigned retired"""
_UNDERGONE = frozenset(_UNDERGONE_WORDS.split())
"""Round 23: what happens to a person, not what they do or judge ("after a participant
developed an unexplained illness", "a worker suffered burns"): the story's subject, no source.
Round 27: leaving a post ("A senior aide to the mayor has resigned": the news, no source)."""


def subject_of_clause(
    text: str, pos: int, ceiling: int, patterns: SourcingPatterns, actions: bool = True
) -> bool:
    """True when the words after ``pos`` make the mention the subject of a finite clause.

    Used for unnamed *individuals* only ("Other officials weighed in", "Clinton aides were coy",
    "a doctor had typed"): an unnamed person the story reports acting or judging is an unnamed
    source.  Passives ("officials were fired") are not.  With ``actions`` false (a group without
    "a/one": "officials studied sites", "aides cheered") a past-tense action credits nothing;
    a judging verb or predicate still does.
    """
    segment = text[pos : min(ceiling, pos + 70)]
    cut = _CLAUSE_PUNCT.search(segment)
    if cut is not None:
        segment = segment[: cut.start()]
    last_auxiliary = None
    words = words_in(segment.lower().replace("’", "'"))[:6]
    for i, word in enumerate(words):
        if word in _NEGATORS or (i == 0 and word == "to"):
            return False  # "hired operatives to take roles": an infinitive, no clause of theirs
        if word in patterns.verbs:
            if last_auxiliary in _BE and not word.endswith("ing"):
                return False  # "officials were told to leave", "had been told": a passive
            return not (word.endswith("ing") and i > 0 and words[i - 1] in _HAVE)
        if word.endswith("ly") and i + 1 < len(words):
            continue  # "have been desperately trying": an adverb, not a predicate ("were coy")
        if word in _AUXILIARIES:
            last_auxiliary = word
            continue
        if word in patterns.between or word in ("not", "too", "so", "very"):
            continue
        if word.endswith("ing"):  # "officials are bilking taxpayers": an action, not a view
            return False
        if word.endswith(("ed", "en")):  # "weighed in", "had typed"; "were fired" is passive
            if word in _UNDERGONE:
                return False
            if not actions:  # only an action that reports: "discovered", "weighed in"
                return word in patterns.reporting_actions or (
                    i + 1 < len(words) and f"{word} {words[i + 1]}" in patterns.verbs
                )
            return last_auxiliary not in _BE
        if word == "left" and last_auxiliary in _BE and words[i + 1 : i + 2] and (
            words[i + 1] in _LEFT_DOING
        ):
            return False  # review 29: "Officials were left scrambling": what befell them
        if word in _IRREGULAR_PARTICIPLES and last_auxiliary in _BE:
            return False  # round 29: "Afghan officials were caught off guard", "were hit": a
            # passive in an irregular form (the -ed/-en test above misses them)
        # "were coy"; not "weren't trying to be traitors": what they tried, not what they are
        return last_auxiliary in _BE and word not in _NOT_PREDICATES and "to" not in words[:i]
    return False


def _subject_before(before: str, cue: str) -> bool:
    """Round 15: whether a word stands right before the verb of saying ``cue`` at the end of
    ``before`` (its subject or an adverb: "Arrellano said", "officials also said"): the mention
    after the verb then opens the reported clause ("He said two people who had refused to leave
    were rescued") and is no source."""
    stripped = before.rstrip(" ,")
    if stripped[-len(cue) :].lower() != cue:
        return False
    preceding = stripped[: -len(cue)]
    if not preceding or not preceding[-1].isspace():
        return False
    preceding = preceding.rstrip(" \t")
    return bool(preceding) and preceding[-1].isalnum()


_DESCRIBED_SUBJECT = re.compile(
    r",\s*+(?:who|whose|which|a|an|the)\s[^,.;!?\"\u201c\u201d]{0,120}+,\s*+\Z", re.IGNORECASE
)
"""A relative clause or an appositive closed by a comma ("Maria Lopez, who attended the march,")."""


def _described_subject_before(text: str, start: int, cue: str) -> bool:
    """Round 16: whether the verb of saying ``cue`` before ``start`` follows its subject's
    relative clause or appositive ("Maria Lopez, who attended the march, said the crowd was
    peaceful"; "Lopez, the group's leader, said"): the comma before the verb closes a
    description, not a quotation, and the mention opens the reported clause."""
    before = text[max(0, start - 200) : start].rstrip(" ")
    if before[-len(cue) :].lower() != cue:
        return False
    return bool(_DESCRIBED_SUBJECT.search(before[: -len(cue)].rstrip(" ")[-160:]))


_STRUCK_AS = re.compile(r"[^.!?;\n]{0,100}?\sas\s")
"""'struck' judges only in "struck X as Y" ("struck supporters as unfair")."""


def cued_before(
    text: str, start: int, floor: int, patterns: SourcingPatterns, outlet: bool = False
) -> str | None:
    """The cue right before a mention: "according to", "said", "as reported by", "… by".

    For an outlet, "told"/"asked" before it makes it the interviewer, not the source.
    """
    before = text[max(floor, start - 60) : start]
    if not before or before[-1:] not in " ,":
        return None
    words = words_in(before.lower())
    if not words or (outlet and words[-1] in ("told", "tells", "asked", "asks")):
        return None
    if (
        not outlet
        and words[-1] in patterns.psych
        and before[-1] == " "
        and psych_verb_before(words, patterns)
    ):
        return words[-1]
    for size in (1, 2, 3, 4):  # round 21: "according to interviews with" has four words
        cue = " ".join(words[-size:])
        if len(words) >= size and cue in patterns.cues_before:
            if cue == "struck" and not _STRUCK_AS.match(text, start):
                return None  # "struck the crowd", "struck the same notes": no judgement
            if cue == "calls from" and phone_calls(words[: len(words) - size]):
                return None  # round 29 (AUDIT29): "had begun to field calls from worried
                # patients": telephone calls taken, not demands made
            if cue in patterns.speech_cues and (  # ([speech_before]: verbs of saying, which
                # credit the mention after them only inverted, after a quotation or a comma:
                # "'...,' said one official"; not after their own subject)
                _subject_before(before, cue) or _described_subject_before(text, start, cue)
            ):
                return None  # "He said two people who had refused to leave were rescued"
            return cue
    if words[-1] == "by" and (
        any(w in patterns.by_participles for w in words[-8:-1])
        or _view_shared(words[-8:-1], patterns)
        or race_called(words_in(text[max(floor, start - 120) : start].lower())[-14:-1])
    ):
        if words[-2] == "asked" and _PRESS_ASKING.match(text, start):
            return None  # round 15: "when asked by reporters": the press pack asks, no source
        if _quotation_open(before):
            return None  # round 22: 'called the memoir "a work of fiction by a former
            # employee"': the "by" is inside the label's quotation, no passive's agent
        return "by"
    return None


_RACE_CALLS = frozenset(["declared", "projected", "named"])
_RACE_WINNERS = frozenset(["winner", "winners", "victor", "victors"])


def race_called(words: list[str]) -> bool:
    """Round 25: an election call, whose agent is the source of the call however long the
    race's name between ("Clinton was declared the winner in the Pennsylvania, Maryland and
    Delaware primaries by news organizations"): "declared"/"projected" then "the winner"."""
    for i, word in enumerate(words[:-1]):
        if word in _RACE_CALLS and (
            words[i + 1] in _RACE_WINNERS
            or words[i + 1] == "the" and i + 2 < len(words) and words[i + 2] in _RACE_WINNERS
        ):
            return True
    return False


_VIEW_PASSIVES = frozenset(["voiced", "leveled", "levelled", "repeated", "floated"])
"""MEND28B: passives that credit their agent with a view only after a noun of one ("a concern
voiced by parents", "charges leveled by critics", "The claim has been repeated by many
Republicans"); alone they are literal ("The experiment was repeated by scientists", "The site
was leveled by bulldozers", "The part was voiced by several actors")."""
_VIEW_HELD = frozenset(["claim", "charge", "charges", "idea", "ideas", "accusation", "allegation"])
"""Singular claims and the things floated or leveled, besides ``[view_nouns]``."""


def _view_shared(words: list[str], patterns: SourcingPatterns) -> bool:
    """Round 24: "<view> ... shared by" ("those views are not widely shared by conservatives", "a
    concern shared by many economists"): the agent holds the view.  Only with a noun of a view
    before "shared" (rounds 7 and 10 left "shared" out of [by_participles] for "the cost is
    shared by", "posts shared by residents on social media").  Not after a modal: "a sentiment
    that could be shared by a lot of people" supposes the group (GUIDELINES: hypothetical)."""
    return (
        bool(words)
        and (words[-1] == "shared" or words[-1] in _VIEW_PASSIVES)
        and any(word in patterns.view_nouns or word in _VIEW_HELD for word in words[:-1])
        and _PREDICTIVE.isdisjoint(words)  # "may be shared by", "could be shared by": supposed
    )


def _quotation_open(before: str) -> bool:
    """Whether the last double quotation mark in ``before`` opens a quotation (a curly opening
    mark, or a straight one after a space or bracket and before a word): 'called the memoir "a
    work of fiction by' is inside the label; 'called "a fraud" by' is not."""
    at = max(before.rfind('"'), before.rfind("\u201c"), before.rfind("\u201d"))
    if at < 0:
        return False
    mark = before[at]
    if mark != '"':
        return mark == "\u201c"
    return (at == 0 or before[at - 1] in " \t\n(") and before[at + 1 : at + 2].isalnum()


_PRESS_ASKING = re.compile(
    r"(?:(?:the|several|some|other|local|foreign|visiting)\s++)?"
    r"(?:reporters|journalists|correspondents|the\s++(?:press|media))\b",
    re.IGNORECASE,
)
"""The press pack as the ones asking: "asked by reporters", "asked by the media".  One named
by a singular ("asked by a reporter") stays an unnamed person with words of her own (round
13)."""


def psych_verb_before(words: list[str], patterns: SourcingPatterns) -> bool:
    """The last of ``words`` (right before a group) is a psych verb used as a verb: "the attacks
    alarm legal experts", "the ruling frustrated civil rights groups", "has worried lawmakers";
    not an adjective ("the frustrated voters", "were so alarmed")."""
    word = words[-1] if len(words) > 1 else ""
    if not word or not psych_verb(word, patterns.attitudes):
        return False
    previous = words[-2]
    if previous in DETERMINERS or previous in NOT_BEFORE_PSYCH:
        return False
    # a bare form may be a noun: "prompted outrage among", "sounded the alarm"
    return word.endswith("s") or word.endswith("ed") or not (
        previous.endswith("ed") or previous in patterns.verbs
    )


_CAUSED_BEFORE = re.compile(
    r"\b(?:leads?|led|leading|leaves?|left|leaving|causes?|caused|causing|prompts?|prompted|"
    r"prompting)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""A verb that makes someone think, then at most three words of the group's phrase."""
_TO_VERB = re.compile(r" to ([a-z]+)")


def caused_to_think(
    text: str, start: int, end: int, bounds: tuple[int, int], patterns: SourcingPatterns
) -> bool:
    """ "led some to speculate", "leaving many to wonder", "leads many experts to suspect": what
    made the group think is the news, but the thought is the group's, credited to it."""
    if not text.startswith(" to ", end):
        return False  # the usual case, tested before any regex
    following = _TO_VERB.match(text, end, bounds[1])
    return (
        following is not None
        and following.group(1) in patterns.verbs
        and following.group(1) not in patterns.allegiance
        and _CAUSED_BEFORE.search(text, max(bounds[0], start - 50), start) is not None
    )


def may_continue(text: str, end: int, ceiling: int, patterns: SourcingPatterns) -> bool:
    """True when the word after ``end`` could open a crediting continuation: a verb or its
    auxiliary, an adverb, a relative pronoun, a post-modifier, or punctuation (a parenthetical)."""
    following = _NEXT_TOKEN.match(text, end, ceiling)
    if following is None:
        return False
    word = following.group().lstrip().lower().replace("’", "'")
    return (
        word in patterns.lead_words
        or word.endswith(("ed", "en", "n't", "ly"))
        or word[:1] in ",(—–-"
    )


def cue_in(window: str, patterns: SourcingPatterns) -> bool:
    """Whether ``patterns.cue_hint`` finds a cue in the lower-cased ``window``, found faster.

    A cue opens with a word character, so it starts at the window's start or right after a
    non-word character: ``re`` then tries only those places instead of every one.  A space
    stands in for the character before the window's start (so ``cue_hint`` is never compiled).
    """
    after_break = patterns.cue_after_break
    if after_break is None:
        return patterns.cue_hint.search(window) is not None
    return (
        after_break.match(" " + window) is not None
        or after_break_search(after_break, window) is not None
    )


def could_be_credited(text: str, start: int, end: int, patterns: SourcingPatterns) -> bool:
    """The cheapest first test for a hit, before its sentence is even looked up: a word that
    may continue into a verb follows, or a cue phrase stands in the 100 characters before."""
    return may_continue(text, end, len(text), patterns) or cue_in(
        text[max(0, start - 100) : start].lower(), patterns
    )


_AMONG_SLOT = re.compile(r"([a-z]+)\s+among\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def view_among_before(text: str, head_start: int, patterns: SourcingPatterns) -> bool:
    """ "distrust among| farmers": a view noun and "among" in the few words before a group's head
    (round 9; the cheap test's view of the "<view noun> among" cues, which are left out of the
    cue scan to keep it fast: ``str.rfind`` first, the regex only when "among" is there)."""
    at = text.rfind(" among ", max(0, head_start - 45), head_start)
    if at < 0:
        return False
    slot = _AMONG_SLOT.search(text, max(0, at - 20), head_start)
    return slot is not None and f"{slot.group(1).lower()} among" in patterns.cues_before


_FRONTED_AMONG = re.compile(r"(?:^|[.!?;:\n]|\b[Bb]ut|\b[Aa]nd)\s*[Aa]mong\s+(?:[\w'’-]+\s+){0,2}$")
_THERE_IS_AFTER = re.compile(
    r"\s*,\s*there\s+(?:is|are|was|were|has\s+been|have\s+been|remains|remained)\s+"
    r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)"
)


def fronted_among(text: str, start: int, end: int, patterns: SourcingPatterns) -> bool:
    """Round 11: "Among aides, there is chatter about …", "Among Democrats, there is growing
    worry that …": a fronted "among" group and a view or said noun after "there is": the
    reverse order of "worry among Democrats" (a cue since round 9)."""
    if text[start : start + 6].lower() == "among ":
        start += 6  # the group's words may take "Among" in ("Among aides")
    if not _FRONTED_AMONG.search(text, max(0, start - 30), start):
        return False
    there = _THERE_IS_AFTER.match(text, end, min(len(text), end + 80))
    return there is not None and any(  # "there is chatter", "there is growing worry"
        word in patterns.view_nouns for word in there.group(1).lower().split()
    )


def may_be_credited(
    text: str,
    head_start: int,
    end: int,
    bounds: tuple[int, int],
    patterns: SourcingPatterns,
    kind: str,
) -> bool:
    """A cheap over-approximation of ``credited`` (or the subject rule) for a group noun."""
    window_start = max(bounds[0], head_start - 150)
    cue_before = False  # the window is lower-cased only when needed
    if speech_for_after(text, end, bounds[1], patterns):
        return True  # round 24: "thanked parents for raising concerns"
    if intention_after(text, end, bounds[1]):
        return True  # round 25: "donors intent on deciding who wins"
    if "by surprise" in text[end : end + 64].lower():
        return True  # round 25: maybe "caught many strategists by surprise" (credited decides)
    if text.startswith(" ", end) and _MADE_AFTER.match(text, end) is not None:
        return True  # round 24: maybe a contact relative ("a point a top adviser made to ...")
    if not may_continue(text, end, bounds[1], patterns):
        window = text[window_start:head_start].lower()
        if not cue_in(window, patterns) and not (
            "among" in window
            and (
                view_among_before(text, head_start, patterns)
                or fronted_among(text, head_start, end, patterns)
            )
        ):
            # most group nouns: no verb can follow and no cue comes before
            return caused_to_think(text, head_start, end, bounds, patterns) or _psych_near(
                text, head_start, window, patterns
            )
        cue_before = True
    if verb_follows(text, end, bounds[1], patterns, False) or attitude_after(
        text, end, bounds[1], patterns
    ):
        return True
    skipped = skip_parenthetical(text, end, bounds[1])
    if skipped != end and verb_follows(text, skipped, bounds[1], patterns, False, False):
        return True
    if verb_after_place(text, end, bounds[1], patterns):
        return True
    if cue_before:
        return True  # the cue found above
    window = text[window_start:head_start].lower()
    if cue_in(window, patterns) or caused_to_think(text, head_start, end, bounds, patterns):
        return True
    if "among" in window and (
        view_among_before(text, head_start, patterns)
        or fronted_among(text, head_start, end, patterns)
    ):
        return True
    if _psych_near(text, head_start, window, patterns):
        return True
    individual = kind == "anonymous" or " of " in window[-60:].lower()  # "one of the aides"
    return individual and subject_of_clause(text, end, bounds[1], patterns)


_OWN_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|met|took|held|went|came|sat|stood|sent|left|gave|made|"
    r"wrote|sold|spent|paid|kept|lost|won|heard|saw|flew|drove|rode|brought|bought|got|ran)\b"
)
"""The group's own verb right after it, in the past tense ("some senators vented ...", round
28: an irregular one, "Critics met the minister and questioned the plan")."""
_COORDINATE_END = re.compile(r"[.;:!?\"“”()\n—–]|,\s")
_COORDINATED_SPEECH_WORDS = """said argued warned complained insisted vowed accused criticized
criticised denounced demanded urged questioned called asked protested praised condemned expressed
voiced described decried predicted"""
"""(Round 28 (SRC28): praise, condemnation, a concern voiced or expressed, a description and a
prediction, "Critics toured the site and condemned the plan"; not "viewed", "rejected",
"dismissed", "slammed": acts too, "toured the museum and viewed the paintings", a vote.)"""
_COORDINATED_SPEECH = re.compile(
    r"\s(?:and|but)\s+(?:(?:even|also|then|later)\s+)?(?:"
    + "|".join(_COORDINATED_SPEECH_WORDS.split())
    + r")\b"
)
"""A second verb of saying, joined to the group's first verb by "and"/"but"."""


def speech_in_coordinated_verb(text: str, end: int, ceiling: int) -> bool:
    """Round 9: a group whose own verb credits nothing, joined by "and" to a verb of saying in
    the same clause ("some senators vented about the delay and said they would wait", "some of
    her followers attacked her Spanish and even questioned her identity"): the group said it.
    Like ``_later_speech_in_relative`` for ", who" clauses; the clause ends at a comma."""
    own = _OWN_VERB.match(text, end, ceiling)
    if own is None:
        return False
    limit = min(ceiling, own.end() + 120)
    stop = _COORDINATE_END.search(text, own.end(), limit)
    for speech in _COORDINATED_SPEECH.finditer(text, own.end(), stop.start() if stop else limit):
        said = speech.group()
        if said[-1] == "d" and _NO_WORDS_AFTER.match(text, speech.end()) and (
            said.endswith(("called", "said"))
        ):
            continue  # MEND28B: "rushed outside and called the police", "left early and
            # called in sick", "came and went and said nothing": an act, no words of a view
        return True
    return False


_NO_WORDS_AFTER = re.compile(
    r"\s+(?:(?:the\s+)?police\b|in\s+sick\b|in\b(?!\s+(?:a|an|the|their|his|her)\s)|"
    r"(?:an\s+)?ambulance\b|(?:the\s+)?fire\s+(?:brigade|department|service)\b|911\b|999\b|"
    r"for\s+help\b|nothing\b|little\b|no\s+more\b|back\b|off\b)",
    re.IGNORECASE,
)
"""After "called"/"said": a call for help or a silence, no view ("called the police", "called in
sick", "said nothing"); "called for", "called the plan a disgrace", "called in a statement"
stay speech."""


_ABSOLUTE_ATTITUDE = re.compile(
    r"(\s+of\s+them)\s+(?:(?:[a-z]+ly|so|very|too)\s+)?([a-z]+)\b"
)
"""After "many"/"most"/"some": "of them", an adverb, then a word that may be an attitude."""


def absolute_attitude(text: str, start: int, end: int, patterns: SourcingPatterns) -> int:
    """Round 9: an absolute phrase after a group, with no verb, that holds an attitude ("about
    100 committee members, many of them deeply skeptical about his candidacy"): the quantifier
    phrase is credited with that view, as "many of them were skeptical" would be.  Returns the
    end of "many of them" (0 when there is no such phrase)."""
    if text[max(0, start - 2) : start] != ", ":
        return 0
    phrase = _ABSOLUTE_ATTITUDE.match(text, end, min(len(text), end + 60))
    if phrase is None or phrase.group(2) not in patterns.attitudes:
        return 0
    return phrase.end(1)


_TRAILING_PARTICIPLE = re.compile(r"[^,.;:!?\"“”()\n—–]{1,100}?,\s+([a-z]+ing)\b")
"""The group's clause up to its first comma, then an -ing word ("protesters had gathered on
Wednesday morning, chanting"); no other break between."""
_SUBJECT_IN_CLAUSE = re.compile(
    r"\b(?:he|she|they|we|I|it|who|which|that|and|but|or|while|when|because|as|after|if)\b"
)
"""A word that opens another clause or names another subject before the comma: the -ing word
may then belong to it ("... supporters, and took a heckler in stride, saying")."""


_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:where|when|as|after|before)\s+(?:(?:about|some|nearly|roughly|almost)\s+)?$",
    re.IGNORECASE,
)
"""A subordinate clause's opener right before its subject ("where about 50 protesters had
gathered, chanting …")."""


def speech_participle_after(
    text: str, start: int, end: int, bounds: tuple[int, int], patterns: SourcingPatterns
) -> bool:
    """Round 9: a group that is the subject of its clause and acts, then the clause's trailing
    participle of a verb of saying or judging: the group said it ("about 50 protesters had
    gathered, chanting 'no peace'", "activists staged a sit-in, demanding that …", "Republicans
    seized on the message, arguing that …").  The group must open its clause (an object, as in
    "rallied supporters, saying", is not the participle's subject), and nothing between it and
    the comma may open another clause; allegiance participles ("backing") are left out."""
    clause = _TRAILING_PARTICIPLE.match(text, end, bounds[1])
    if clause is None:
        return False
    participle = clause.group(1)
    if participle not in patterns.verbs or participle in patterns.allegiance:
        return False
    if _SUBJECT_IN_CLAUSE.search(text, end, clause.start(1)) is not None:
        return False
    return opens_clause(text, start, bounds[0]) or bool(
        _SUBORDINATOR_BEFORE.search(text, max(bounds[0], start - 16), start)
    )


def _psych_near(text: str, head_start: int, window: str, patterns: SourcingPatterns) -> bool:
    """A psych verb among the (at most three) words at the end of the lower-cased ``window``
    before a group's head, modifiers between ("alarm legal experts"): the cheap test's view of
    ``psych_verb_before``.  The scanner's ``psych`` hits (``note_psych_hits``) answer "none
    near" with one bisection, the usual case."""
    memo = _PSYCH_HITS
    if memo[0] is text:
        ends = memo[1]
        i = bisect_right(ends, head_start) - 1
        if i < 0 or ends[i] < head_start - 40:
            return False
    words = words_in(window[-40:])
    return any(
        psych_verb_before(words[: len(words) - back], patterns)
        for back in range(min(3, len(words)))
    )


_PSYCH_HITS: list = [None, []]
"""The text the psych hits are noted for, and where each hit ends (sorted)."""


def note_psych_hits(text: str, hits: list[re.Match[str]]) -> None:
    """Keep where the scanner found psych verb forms in ``text`` (for ``_psych_near``)."""
    _PSYCH_HITS[:] = [text, [hit.end() for hit in hits]]


def noun_follows(text: str, pos: int, ceiling: int, patterns: SourcingPatterns) -> bool:
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
        or word in ("who", "that", "which", "and", "or", "but", "of", "not", "too", "why", "how")
        or word in ("what", "whether", "when", "where", "if")
        or word.endswith(("ed", "s"))
    )


def in_proper_name(text: str, start: int, floor: int) -> bool:
    """True when a capitalised head continues a name ("Council of Economic Advisers")."""
    if not text[start : start + 1].isupper():
        return False
    before = text[max(floor, start - 30) : start].rstrip()
    if not before or before[-1:] in '.!?"“”:;(—–':
        return False  # sentence start or after punctuation: ordinary capitalisation
    previous = before.split()[-1]
    return previous[:1].isupper() or previous in ("of", "for", "and", "on")


def forget_sentence_index() -> None:
    """Drop the per-document sentence index (called when a stage run ends)."""
    _INDEX[:] = [None, -1, [], []]
    _VERB_MEMO[:] = [None, None, {}]
    _PSYCH_HITS[:] = [None, []]


# --- guards shared by the finders: who is addressed, named, measured, or speaking ---


FOLLOWING_WORD = re.compile(r"\s+([\w'’-]+)")


_MEASURED = re.compile(
    r"(?:(?:percent|per\s+cent|%|majority|minority|plurality|share|half|thirds?|quarters?|"
    r"fifths?|proportion|polling|poll|survey)\s+of|\d+\s+(?:in|of)\s+(?:10|ten)|"
    r"\bin\s+(?:10|ten))\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


_MEASURE_ENDS = ("of", "10", "ten")
"""How every poll-share phrase of ``_MEASURED`` ends (a word of its own before the group)."""


def measured(before: str) -> bool:
    """ "55 percent of", "4 in 10": a poll share right before the group."""
    if not before[-1:].isspace():
        return False  # the share and up to three words, each followed by a space
    lowered = " ".join(before.lower().split())
    if not (" of" in lowered or " in" in lowered):
        return False
    if not any(word.endswith(_MEASURE_ENDS) for word in lowered.split()[-4:]):
        return False  # the share's last word is one of the last four
    return bool(_MEASURED.search(before))


PREDICATE_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|be|been)|['’]s)\s+$", re.IGNORECASE)


def media_modifier(text: str, end: int, patterns: SourcingPatterns) -> bool:
    """ "media trackers", "media buying sources": "media" modifies the next noun."""
    following = FOLLOWING_WORD.match(text, end)
    word = following.group(1) if following else ""
    return (
        word.islower()
        and word not in patterns.verbs
        and word not in AFTER_GROUP_SUBJECT
        and word not in _FUNCTION_WORDS
        and not adverb(word)  # round 17: "the media finally reported it": an adverb, no noun
    )


_FUNCTION_WORD_LIST = """of in at on for to and or but that who which as with from by about over
than while when whereas because since after before if although though unless until where"""


_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())


_SUBJECT_FOLLOWERS = """have has had are were is was will would could may might do did also
privately publicly still now even long often remain remains remained seem seems seemed appear
appears appeared"""


AFTER_GROUP_SUBJECT = frozenset(_SUBJECT_FOLLOWERS.split())
"""Words that may follow a bare quantifier used as a subject ("many have argued");
"most recently", "for everyone to consider" are not a group speaking."""


_AFTER_NAME = re.compile(
    r"(?<![\w'’.-])(?!(?:In|On|At|By|For|From|After|Before|During|Since|Last|This|Next|Later|"
    r"Earlier|Meanwhile|However|Still|But|And|Yet|Now|Today|Yesterday)\b)"
    r"[A-Z][\w'’.-]+(?:\s+(?:of\s+)?[A-Z][\w'’.-]+)*,\s*(?:\d{1,3},\s*)?$"
)
"""A capitalised name and a comma right before a mention: the mention describes that person.
Round 24: also with an age between ("said Palmer, 34, a North Dakota native who")."""


_ADDRESSING = frozenset(
    ["to", "told", "tells", "tell", "telling", "asked", "asks", "reminded", "informed", "urged"]
)


_PUNCTUATION_SPLIT = re.compile(r"[,;:.!?()\"“”—–]")


def addressed(text: str, start: int, floor: int) -> bool:
    """ "told reporters", "a letter to committee members": the group is spoken to (one of the
    two words before it addresses it)."""
    before = _PUNCTUATION_SPLIT.split(text[max(floor, start - 30) : start])[-1]
    return not _ADDRESSING.isdisjoint(before.lower().split()[-2:])


_NAMED_SPEAKER_AFTER = re.compile(r"[,\"”’']+\s+(?:said|says|added|wrote)\s+[A-Z]")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|from|near|outside|across)\s+$", re.IGNORECASE)


def after_name(text: str, start: int, floor: int) -> bool:
    """A person's name and a comma right before ``start`` ("Gov. Ann Roe of Ohio, a Republican");
    a place after a preposition ("In Dunmore, a judge …") is not a name."""
    name = _AFTER_NAME.search(text, max(floor, start - 60), start)
    if name is None:
        # Round 9: the second of two joined appositives ("said Lionel Roe, a media consultant
        # and an influential Republican who …") describes the same named person.
        if not text.startswith("and", start - 4):
            return False  # the usual case: no "and" right before the mention
        joined = _FIRST_APPOSITIVE.search(text, max(floor, start - 75), start)
        if joined is None:
            return False
        name = _AFTER_NAME.search(text, max(floor, joined.start() - 59), joined.start() + 1)
    return name is not None and not _PLACE_BEFORE.search(
        text, max(floor, name.start() - 12), name.start()
    )


_FIRST_APPOSITIVE = re.compile(r",\s*(?:an?|the)\s+[^,;:.!?\"“”()\n]{1,60}?\s+and\s+$")
"""A comma, an appositive opened by a determiner, then "and": the mention is joined to it."""


_SPEECH_LIST = """say says said saying told tell tells claim claims claimed argue argues argued
believe believes believed think thinks thought insist insists insisted warn warns warned predict
predicted note noted contend contended"""


_SPEECH_WORDS = frozenset(_SPEECH_LIST.split())


_SPEAKER_LIST = """asked asks wrote writes posted tweeted complained explained recalled added
exclaimed shouted yelled testified ruled ordered sentenced suggested spoke described agreed
replied responded fears worries"""


SPEAKER_VERBS = _SPEECH_WORDS | frozenset(_SPEAKER_LIST.split())


_SPEECH_STOP = re.compile(r"[,;:.!?\"“”]")


_CONJUNCTIONS = frozenset(["and", "but", "or"])


def speech_follows(
    text: str, end: int, ceiling: int, verbs: frozenset[str] = _SPEECH_WORDS
) -> bool:
    """A speech or belief verb among the next four words ("voters say", "many have argued")."""
    segment = text[end : min(ceiling, end + 50)]
    cut = _SPEECH_STOP.search(segment)  # '…in all of them," he said': not the group's verb
    words = words_in((segment[: cut.start()] if cut else segment).lower())[:4]
    # not right after a conjunction: "marched as a college student and says he wants …" is the
    # earlier subject's second verb; the mention before "and" is no subject of it
    return any(
        word in verbs
        and (i == 0 or words[i - 1] not in _CONJUNCTIONS or "who" in words[:i])
        and not (i and words[i - 1] in _PASSIVE_BE and not word.endswith("ing"))
        and not (word in _ASK_TO and words[i + 1 : i + 2] == ["to"])  # round 26: a request
        for i, word in enumerate(words)
    )  # "a person who attended and described her remarks": the relative's second verb; and
    # "officials were told to leave", "had been told": told something, not telling it


_PASSIVE_BE = frozenset(["was", "were", "been", "being", "is", "are", "be"])


_ASIDE = re.compile(r",[^,;:.!?\"“”()\n]{1,60},")
"""A parenthetical between a subject and its verb: ", in response to the request,"."""


def _rules(
    text: str, start: int, end: int, bounds: tuple[int, int], patterns: SourcingPatterns
) -> bool:
    """Round 16: an unnamed judge's decision is a ruling of its own, as subject ("a federal
    judge sided with", "a district judge, in response to the request, ordered") or as the
    agent of a ruling in the passive ("was sentenced to probation by a federal judge")."""
    if patterns.ruling_heads.isdisjoint(words_in(text[start:end].lower())[:6]):
        return False
    aside = _ASIDE.match(text, end, bounds[1])
    after = aside.end() if aside else end
    if speech_follows(text, after, bounds[1], patterns.rulings):
        return True
    words = words_in(text[max(bounds[0], start - 60) : start].lower())
    return len(words) > 1 and words[-1] == "by" and any(w in patterns.rulings for w in words[-8:-1])


def speaker_credited(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int],
    patterns: SourcingPatterns,
    definite: bool,
) -> bool:
    """A person named by a common noun is a source only with words or a ruling of its own.

    "a caller asked", "a judge in October ordered", "wrote one commenter", "asked by a caller";
    with "the" only right before or after a speech verb ("the man said", "said the woman").
    """
    if definite:
        words = words_in(text[end : min(bounds[1], end + 30)].lower())[:2]
        if any(word in SPEAKER_VERBS for word in words):
            return True
    elif _rules(text, start, end, bounds, patterns):
        return True
    elif speech_follows(text, end, bounds[1], SPEAKER_VERBS):
        # '"… an everyday guy," said Michael Steele': the named speaker, not the noun
        return not _NAMED_SPEAKER_AFTER.match(text, end)
    cue = cued_before(text, start, bounds[0], patterns)
    if cue is None:
        return False
    return cue == "by" or (
        cue in patterns.speech_cues
        and (end >= bounds[1] or text[end : end + 1] in ",.;:!?\"”")
    )
