"""Round 12: "they" as a speaker, its antecedent an unnamed group in any position.

``find_pronoun_sources`` credits a "they" to a group that is the *subject* of its own or the
previous sentence ("Many parents packed the hearing. They fear …").  A group often enters the
story as an object instead ("The proposal angered local farmers.  They say the rules …"), or
inside a clause ("the work that progressive economists did …  The recovery might have been
faster, they argue").  When "they" is the subject of a verb of saying or believing, the claim
rests on whoever "they" are: this finder takes the nearest plausible plural antecedent in the
same or the two previous sentences and flags the pronoun when that antecedent is an unnamed
group (named people, named pairs, plural names and institutions win as antecedents and stop it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from newscheck.document import Document
from newscheck.stages.mentions import (
    AT_NAMED_INSTITUTION,
    ORGANIZATION_WORDS,
    affiliated_professionals,
    names_someone,
)
from newscheck.stages.source_phrases import sentence_bounds, speech_follows
from newscheck.stages.source_shapes import human_nouns

_WINDOW = 600
"""At most this many characters back for an antecedent (two sentences, bounded: linear)."""

_VERB_LIST = """say says said saying tell tells told claim claims claimed argue argues argued
believe believes believed think thinks thought insist insists insisted warn warns warned predict
predicted note noted contend contended wrote write writes posted tweeted complained explained
recalled added suggested testified replied responded fear fears feared worry worries worried
acknowledge acknowledged concede conceded complain complains"""
_VERBS = frozenset(_VERB_LIST.split())
"""Verbs after "they" that make the pronoun a source: saying, writing, believing, fearing (not
acts that take a speech verb's form: "they spoke on a variety of topics", "they ordered him
out", "after they have agreed to a match")."""
_NEGATED = re.compile(r"\b(?:not|never|nor|neither)\b|n['’]t\b", re.IGNORECASE)
"""A negation before "they" in its clause, or between it and its verb: nothing is claimed."""
_OPENER_LIST = """and but yet so because while although though since as when after before until
once now then still also instead meanwhile moreover indeed however"""
_CLAUSE_OPENERS = frozenset(_OPENER_LIST.split())
"""Words after which "they" opens a clause; after any other word it is mostly inside a zero
relative ("the employees they thought were the best fit") or an inverted clause."""
_JOINED_TO_NAMED = re.compile(
    r"\b(?:[Hh]e|[Ss]he|I|[A-Z][\w'’-]+)\s+and\s+(?:his|her|their|its)\s+$"
)
"""'She and her defenders argue …  They note …': a named person and unnamed others (person)."""
_POSSESSOR_BEFORE = re.compile(r"['’]s? $")
_BODY_LIST = """campaign administration team company firm committee government agency
department board panel commission network newspaper paper"""
_BODY_WORDS = frozenset(_BODY_LIST.split())
"""Singular bodies a "they" often refers to after a possessive ("Murphy's campaign is tying the
bill to Rubio.  They are saying …"; not "the Obama administration")."""

_THEY = re.compile(r"they\b", re.IGNORECASE)
_CANDIDATE = re.compile(r"[A-Za-z][\w'’.-]*")
_NAMED_PAIR = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’-]+\s+(?:and|&)\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z]"
)
"""'Smith and Jones', 'Mr. Roe and Ms. Doe': a named pair that a later "they" may be."""
_PAIR_WORDS = frozenset(["both", "two", "pair", "couple", "duo", "trio"])
"""'both', 'the two', 'the pair': a known set of people that a later "they" may be."""
_CONDITIONAL_BEFORE = re.compile(
    r"\b(?:if|unless|whether|should|would|could|what|as|how|why|where|who|whom|that|which)"
    r"\s+$",
    re.IGNORECASE,
)
"""'if they say', 'what they say', 'how they think', 'as they say', 'people who they believe
speak Spanish': a hypothetical, an embedded question, an idiom or an object relative."""
_MODAL_AFTER = re.compile(
    r"\s+(?:could|would|might|may|can|will|should|must)\b|['’]d\b|['’]ll\b", re.IGNORECASE
)
_REPORTED_BEFORE = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$", re.IGNORECASE)
"""'Millennials say they believe …': "they" inside what its group was already credited with."""
_NAMED_BEFORE = re.compile(
    r"(?<=[a-z,] )(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+\b(?![’']s)"
    r"|(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+[A-Z][a-z]+\b(?![’']s)"
)
"""A named person before the group in its sentence, not as a possessive ("Mayor Ann Roe met
the residents"; not "Mr. Roe's departure", nor a capitalised sentence opener "Some Cruz …")."""
_GENERIC = frozenset(["people", "folks", "everyone", "everybody", "anyone", "anybody"])
_QUANTIFIERS = frozenset(["many", "some", "few", "most", "others", "those", "all"])
_OF_AFTER = re.compile(
    r"\s+of\s+(?:(them|those|these)\b|(?:the|their)\s+([a-z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?)",
    re.IGNORECASE,
)


def of_people(text: str, end: int) -> bool:
    """ "many of them", "some of the protesters": a quantifier over people (not "some of the
    information")."""
    of = _OF_AFTER.match(text, end)
    if of is None:
        return False
    if of.group(1):
        return True
    human = human_nouns()
    return any(word and human.plural(word.lower()) for word in (of.group(2), of.group(3)))
_NO_BEFORE = re.compile(r"\b(?:no|neither|nor|not)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_DIGIT_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A count before a plural ("arrested three teenagers", "pulled 12 people"): the people acted
on, counted, not a group a later "they" speaks for."""


@cache
def _institution_plurals() -> frozenset[str]:
    """'companies', 'campaigns', 'governments': plural institutions a "they" may refer to."""
    plurals = set()
    for word in ORGANIZATION_WORDS:
        if " " in word:
            continue
        plurals.add(word[:-1] + "ies" if word.endswith("y") else word + "s")
    return frozenset(plurals)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:toward|towards|to|for|against|with|from|into|onto|upon|at|on|over|about)\s++"
    r"(?:(?:the|their|its|his|her|our|these|those|other|rival)\s++)?+(?:[a-z][\w'’-]*+\s++)?$",
    re.IGNORECASE,
)
"""Round 16: a preposition right before a group, with at most a determiner and one modifier
("push users toward competitors", "sold to rival investors"): the group is an object, not
someone who says or notes things in the pronoun's own sentence ("by", an agent, is not here)."""


_REPORTING_LIST = """said says told argued argues claimed claims insisted insists warned warns
noted notes contended contends wrote writes predicted predicts suggested suggests"""
_REPORTING = frozenset(_REPORTING_LIST.split())
"""Round 16: after one of these in the pronoun's own sentence, a people noun is inside the
reported words ("Analysts said the breach could push users toward competitors, although they
noted ..."): what was said about them, not a speaker "they" can be."""


def _candidates(
    text: str,
    floor: int,
    end: int,
    groups: dict[int, tuple[int, str]],
    clause_start: int | None = None,
) -> tuple[int, int, str] | None:
    """The nearest plausible plural antecedent in ``text[floor:end]``: (start, end, tag) with
    tag "group" for an unnamed people noun (listed in ``groups`` by start, or by shape) or
    "other" for a named pair, a plural name or a plural institution.  Round 16: in the
    pronoun's own sentence (from ``clause_start``) a people noun after a preposition, or after a
    verb of saying, is skipped; when nothing else is left, the last skipped one comes back
    tagged "object" (the pronoun is flagged, without that noun as its name)."""
    human = human_nouns()
    institutions = _institution_plurals()
    best: tuple[int, int, str] | None = None
    before_clause: tuple[int, int, str] | None = None
    reported = entered = False
    skipped: tuple[int, int, str] | None = None
    for word in _CANDIDATE.finditer(text, floor, end):
        token = word.group().rstrip(".")  # ("farmers." ends a sentence: no part of the name)
        start, stop = word.start(), word.start() + len(token)
        lower = token.lower()
        in_clause = clause_start is not None and start >= clause_start
        if in_clause and not entered:
            before_clause, entered = best, True  # what the earlier sentences left
        if in_clause and lower in _REPORTING:
            reported = True  # the rest of the pronoun's sentence up to it is reported words
        if lower in _GENERIC:
            best = (start, stop, "other")  # "I ask the people … They said": anyone at all
            continue
        listed = groups.get(start)
        if listed is not None or (not token[0].isupper() and human.plural(lower)):
            if reported:
                skipped = (start, listed[0] if listed else stop, "object")
                continue  # "Analysts said the breach could push users …, although they noted"
            if in_clause and _PREPOSITION_BEFORE.search(text, max(floor, start - 40), start):
                # "With Nusra fighters playing a larger role, they said": an object; the groups
                # before it in the sentence are its setting too ("a surrogate for Republicans"),
                # so the antecedent is the one the earlier sentences left
                best = before_clause
                skipped = (start, listed[0] if listed else stop, "object")
                continue
        if listed is not None:
            best = (start, listed[0], "group")
            continue
        if token[0].isupper():
            if _NAMED_PAIR.match(text, start, min(end, start + 60)):
                best = (start, stop, "other")
            elif _plural_name(text, start, lower):
                best = (start, stop, "other")  # "the Clintons", "Defense Lawyers": a name
            continue
        if lower in _PAIR_WORDS or lower in institutions or (
            lower in _BODY_WORDS and _POSSESSOR_BEFORE.search(text, max(floor, start - 3), start)
        ):
            best = (start, stop, "other")
        elif human.plural(lower):
            best = (start, stop, "group")
    if best is None and skipped is not None:
        return skipped  # only an object: an unnamed group still speaks, but not that one
    return best


_NAME_LEAD = re.compile(r"(?:\b[Tt]he|[A-Z][\w'’.-]*) $")


def _plural_name(text: str, start: int, lower: str) -> bool:
    """A capitalised plural after "the" or another capitalised word ("the Clintons", "Criminal
    Defense Lawyers"): a named group a "they" may be (not "Texas" after "in")."""
    if not lower.endswith("s") or lower.endswith(("'s", "’s", "ss")) or len(lower) < 4:
        return False
    return _NAME_LEAD.search(text, max(0, start - 12), start) is not None


def find_speech_pronouns(
    document: Document,
    pronouns: list[re.Match[str]],
    groups: list[tuple[int, int, str]],
    found: list,
    make_mention,
    poll_respondents,
) -> None:
    """Flag "they" + a verb of saying whose nearest antecedent is an unnamed group.

    ``groups`` are the listed group heads (start, end, scanner tag), sorted; ``found`` the
    mentions so far (a "they" already found is left alone; an antecedent already flagged lends
    its kind and name); ``make_mention(start, end, kind, name)`` appends the flag;
    ``poll_respondents(head, bounds, head_start)`` tells a poll's respondents.
    """
    text = document.analysis_text
    by_start: dict[int, tuple[int, str]] | None = None
    covered = getattr(found, "overlaps", None)
    far_ends: list[int] | None = None
    far_mentions: list = []
    for pronoun in pronouns:
        start, end = pronoun.start(), pronoun.end()
        if not _THEY.fullmatch(text, start, end):
            continue
        bounds = sentence_bounds(document, start)
        if not speech_follows(text, end, bounds[1], _VERBS):
            continue  # the usual case: "they" does something, says nothing
        if _MODAL_AFTER.match(text, end, bounds[1]):
            continue  # "now they could say goodbye": a prediction, not a claim
        if covered is not None and covered(start, end):
            continue  # the subject rule already credited it
        if document.in_quote(start, end):
            continue  # a quoted speaker's "they" is the speaker's referent
        if _CONDITIONAL_BEFORE.search(text, max(bounds[0], start - 10), start):
            continue
        if not _opens_clause(text, bounds[0], start):
            continue  # "the employees they thought were …", "Nor, apparently, have they …"
        if _NEGATED.search(text, max(bounds[0], start - 12), start) or _NEGATED.search(
            text, end, min(bounds[1], end + 24)
        ):
            continue  # "Nor did they note …", "they did not say": nothing claimed
        reported = _REPORTED_BEFORE.search(text, max(bounds[0], start - 20), start)
        if reported is not None and reported.group(1).lower() in _VERBS:
            continue  # "voters say they believe": part of the claim already credited
        previous = sentence_bounds(document, max(0, bounds[0] - 2))[0]
        before_previous = sentence_bounds(document, max(0, previous - 2))[0]
        floor = max(0, min(previous, before_previous), start - _WINDOW)
        if by_start is None:
            by_start = {g_start: (g_end, tag) for g_start, g_end, tag in groups}
        earlier = _earlier_they(text, bounds[0], start)
        antecedent = _candidates(
            text, floor, earlier if earlier is not None else start, by_start, bounds[0]
        )
        if antecedent is None:
            if far_ends is None:
                far_ends, far_mentions = _unnamed_plurals(text, found)
            far = _far_antecedent(text, far_ends, far_mentions, floor, start, by_start)
            if far is not None:  # round 25: "they say. ... said Ann Lee. ... , they complain"
                make_mention(start, end, far.start, far.end, "collective")
            continue
        if antecedent[2] not in ("group", "object"):
            continue
        a_start, a_end, _ = antecedent
        head = text[a_start:a_end].lower()
        if head in _QUANTIFIERS and not of_people(text, a_end):
            continue  # "many", "some" alone, "some of the information": no people
        if document.in_quote(a_start, a_end) or names_someone(text[a_end : a_end + 60]):
            continue  # talked about in a quotation, or its members are named right after
        if (
            head.rsplit(" ", 1)[-1] in affiliated_professionals()
            and AT_NAMED_INSTITUTION.match(text, a_end) is not None
        ):
            continue  # round 16: "Analysts at Berenberg said …, although they noted": named
        a_bounds = sentence_bounds(document, a_start)
        if _NO_BEFORE.search(text, max(a_bounds[0], a_start - 20), a_start) or _DIGIT_BEFORE.search(
            text, max(a_bounds[0], a_start - 20), a_start
        ):
            continue  # "no critics", "130 people": nobody credited, or a count
        if _JOINED_TO_NAMED.search(text, max(a_bounds[0], a_start - 30), a_start):
            continue  # "She and her defenders": the named person is among them
        if _NAMED_BEFORE.search(text, a_bounds[0], a_start):
            continue  # "Mayor Ann Roe met the residents.  They complained": Roe may be among them
        if poll_respondents(head, a_bounds, a_start):
            continue  # "white voters favor Clinton by 6 points. They say …": respondents
        make_mention(  # (round 16: an "object" antecedent is flagged, but names nothing)
            start, end, a_start, a_end, _tag_of(by_start, a_start), named=antecedent[2] != "object"
        )


_FAR_WINDOW = 1200
"""Round 25: how far back (characters) a "they" with no antecedent in its own and the two
previous sentences may find the unnamed group it continues (bounded: linear)."""


def _unnamed_plurals(text: str, found: list) -> tuple[list[int], list]:
    """The flagged unnamed plural mentions when the first far "they" is looked up ("critics",
    "her supporters", a "they" flagged before it), sorted by end: (their ends, the mentions).
    Built once per document: a "they" flagged later in the same pass is not among them."""
    plural = sorted(
        (m for m in found if m.kind in ("vague", "anonymous") and _plural_mention(text, m)),
        key=lambda m: m.end,
    )
    return [m.end for m in plural], plural


def _plural_mention(text: str, mention) -> bool:
    words = text[mention.start : mention.end].lower().split()
    return bool(words) and (
        words[-1] == "they" or words[-1] in _QUANTIFIERS or (words[-1].endswith("s") and not
        words[-1].endswith(("'s", "’s", "ss")))
    )


def _far_antecedent(
    text: str,
    ends: list[int],
    mentions: list,
    floor: int,
    start: int,
    by_start: dict[int, tuple[int, str]],
):
    """Round 25: the flagged unnamed plural mention a far "they" continues ("To her supporters,
    ... , they say.  ''...,'' said Ann Lee.  ''Which is it?''  An impossible combination, they
    complain"): the last one ending before ``floor`` (the two previous sentences held no
    plural antecedent at all), within ``_FAR_WINDOW``, with no plausible plural antecedent
    (a people noun, a named pair, a plural name or institution) between it and ``floor``."""
    i = bisect_right(ends, floor) - 1
    if i < 0:
        return None
    mention = mentions[i]
    if mention.start < start - _FAR_WINDOW:
        return None
    if _candidates(text, mention.end, floor, by_start) is not None:
        return None  # another plural stands nearer
    if _JOINED_SUBJECTS.search(text, mention.end, start):
        return None  # "The mayor and the board defended it": a pair "they" may be
    return mention


_JOINED_SUBJECTS = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s++[\w'’-]++\s++and\s++"
    r"(?:the|his|her|their|its)\s++[\w'’-]++|\b(?:[Hh]e|[Ss]he)\s++and\s++"
)
"""Two singulars joined ("the mayor and the board", "he and his wife"): a pair."""


_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")


def _opens_clause(text: str, sentence_start: int, start: int) -> bool:
    """Whether "they" at ``start`` opens a clause: at the sentence's start, after punctuation,
    or after a conjunction or a sentence adverb."""
    before = text[max(sentence_start, start - 20) : start]
    if not before.strip():
        return True
    word = _PREVIOUS_WORD.search(before)
    if word is None:
        return True  # after punctuation or a quotation mark
    return word.group(1).lower() in _CLAUSE_OPENERS


def _earlier_they(text: str, sentence_start: int, start: int) -> int | None:
    """The start of the first "they" earlier in the sentence, which the later one repeats
    ("As Roe and Doe stumped, they were recognized by voters …, they said")."""
    earlier = _THEY_WORD.search(text, sentence_start, start)
    return earlier.start() if earlier is not None else None


_THEY_WORD = re.compile(r"\b[Tt]hey\b")


def _tag_of(by_start: dict[int, tuple[int, str]], start: int) -> str:
    listed = by_start.get(start)
    return listed[1] if listed is not None else "collective"

