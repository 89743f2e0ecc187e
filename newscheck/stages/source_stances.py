"""Unsourced group stances: the reporter says what an unspecified group thinks, feels or wants.

"Commuters are looking for a faster route", "shop owners continue to oppose the plan", "many
farmers are tired of waiting": no one is quoted, yet the sentence states a group's view as fact.
The search starts from the stance predicates (``[stance_predicates]`` and ``[stance_states]`` in
sourcing_cues.txt, one tag of the stage's single trie scan), walks back over the words that may
stand between a subject and its predicate (``[stance_between]``: "have grown", "began",
"continue to"), and accepts the word before them when it is an unspecified group: a listed
collective ("critics", "voters"), a plural people noun by shape ("homeowners", "fishermen"), or
a bare quantifier ("many", "some").  A short place phrase may follow the group ("farmers in the
valley").  The group must open its clause in a sentence that credits nobody else: no verb of
saying, no "according to", not inside a quotation, no poll's figures in the sentence or the one
before, no modal ("voters will want" predicts), no passive ("critics are dismissed").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import methodcaller

from newscheck.document import Document
from newscheck.stages.mentions import SourcingLexicon, _sections, names_someone
from newscheck.stages.source_phrases import (
    _NOT_PARTICIPLES,
    WORD,
    extend_left,
    extend_right,
    in_proper_name,
    measured,
    previous_sentence_bounds,
    sentence_bounds,
)
from newscheck.stages.source_shapes import (
    _RARE_PAYOFF,
    HumanNouns,
    adverb,
    capitalised_elsewhere,
    human_nouns,
)

_START = methodcaller("start")
STANCE_TAG = "stance_predicate"
"""The scanner tag of the stance predicates."""
GROUP_STANCE_RULE = "A203"
"""The rule a group's unsourced stance raises (vague attribution)."""


@cache
def stance_predicates() -> tuple[str, ...]:
    """The scanner's ``stance_predicate`` entries: predicates, states and the attitudes."""
    cues = _sections("sourcing_cues.txt")
    words = dict.fromkeys(cues.get("stance_predicates", ()))
    words.update(dict.fromkeys(cues.get("stance_states", ())))
    words.update(dict.fromkeys(w for w in cues.get("attitudes", ()) if w not in _RARE_PAYOFF))
    skipped = frozenset(cues.get("stance_not_searched", ()))
    return tuple(w for w in words if w not in skipped)


@cache
def _states() -> frozenset[str]:
    """Predicates that need a copula before them ("are sick of", "remain skeptical")."""
    cues = _sections("sourcing_cues.txt")
    return frozenset(cues.get("stance_states", ())) | frozenset(cues.get("attitudes", ()))


@cache
def _verbs() -> frozenset[str]:
    """The first words of the verb predicates ("oppose", "calling" of "calling for")."""
    return frozenset(p.split()[0] for p in _sections("sourcing_cues.txt")["stance_predicates"])


@cache
def _between() -> frozenset[str]:
    return frozenset(_sections("sourcing_cues.txt").get("stance_between", ()))


_BE = frozenset(["are", "were", "is", "was", "be", "been", "being"])
_GET = frozenset(["get", "gets", "got", "gotten", "getting"])
_COPULA_LIST = """remain remains remained seem seems seemed appear appears appeared become becomes
became grow grows grew grown growing"""
_COPULAS = _BE | _GET | frozenset(_COPULA_LIST.split())
_MODAL_LIST = """will would could might may should must can shall 'll 'd won't wouldn't can't
couldn't"""
_MODALS = frozenset(_MODAL_LIST.split())
_NEGATED_LIST = """don't doesn't didn't aren't weren't isn't wasn't haven't hasn't hadn't"""
_NEGATED_AUXILIARIES = frozenset(_NEGATED_LIST.split())
_BARE_GROUPS = frozenset(["many", "some", "most", "few", "others", "several"])
"""Quantifiers that stand for a group by themselves ("many fear", "others remain wary")."""
_GENERIC = frozenset(["everyone", "everybody", "anyone", "anybody", "folks", "all"])
"""Words for everyone, which no source could speak for.  Bare "people" is read here (unlike
the round-1 group finder, where "people think" is the public at large): "people were sick of
their city's nickname" asserts a view of an unspecified public without a source."""
_PLACE_LIST = """in across around at from outside inside throughout within on near of"""
_PLACE_WORDS = frozenset(_PLACE_LIST.split())
_PLACE_ADVERB_LIST = """here there elsewhere nationwide everywhere alike too themselves locally
abroad"""
_PLACE_ADVERBS = frozenset(_PLACE_ADVERB_LIST.split())
_DEGREE = re.compile(r"\b(?:how|so|too|as|the)\s+$", re.IGNORECASE)
_CLAUSE_OPENER = re.compile(
    r"(?:[,;:—–(.!?\n]|\b(?:and|but|yet|so|while|although|though|whereas|as|meanwhile))"
    r"[\s\"“‘']*$",
    re.IGNORECASE,
)
"""What may stand before a group that opens its clause: nothing (the sentence start), a comma
or a dash, or a coordinating word.  Not "that", "if", "when", "because": a subordinate clause
is what someone else says or supposes ("he says that voters are angry", "if voters want")."""
_TIME_WHEN = re.compile(
    r"\b(?:time|times|year|years|moment|era|period|season|cycle|week|month|day|days)"
    r"\s++when\s++\Z",
    re.IGNORECASE,
)
"""Round 24: a relative "when" after a noun of time ("in a year when voters cried out for an
outsider", "at a time when many farmers fear ..."): the reporter asserts the group's view of
that time, unlike a "when" that supposes ("when voters want change, they ...")."""
_FOCUS_BEFORE = re.compile(r"(?<![\w'’-])[Aa]t\s+least\s+\Z")
""""at least" right before a group ("But at least some of the likely beneficiaries of the rule
took issue with …"): the group still opens its clause (round 20)."""
_ATTRIBUTION = re.compile(
    r"\b(?:says?|said|saying|told|tells?|according\s+to|argue[sd]?|contend(?:s|ed)?|wrote|"
    r"writes?|insist(?:s|ed)|add(?:s|ed)|not(?:es|ed)|claim(?:s|ed)|explain(?:s|ed)|"
    r"acknowledg(?:es|ed)|report(?:s|ed)|interview(?:s|ed)?|found|finds|show(?:s|ed|n))\b",
    re.IGNORECASE,
)
"""Someone credited in the sentence: the view is sourced."""
_NOBODY = re.compile(r"(?:no|none\s+of)\b", re.IGNORECASE)
_OPENING_MARKS = " \t\n\u00a0\"“‘'(—–-"
_JOINED_TO_NAME = re.compile(r"(?:\b[A-Z][\w'’.-]*|\b(?:he|she))\s+(?:and|or)\s+$")
"""'Ann Roe and other farmers': a group with a named member."""
_TITLE_CASE = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")
_PROPER_GROUPS_LIST = """democrats republicans conservatives liberals progressives americans
african-americans latinos hispanics millennials evangelicals independents libertarians dems
gopers"""
_PROPER_GROUPS = frozenset(_PROPER_GROUPS_LIST.split())
"""Listed collectives that are written capitalised mid-sentence."""


def _chain_start(
    text: str, tokens: list[re.Match[str]], i: int, limit: int
) -> tuple[int, list[str]] | None:
    """Walk back from token ``i`` (the last before the predicate) over the words that may
    stand between a subject and its predicate; (index of the first token before them, the
    words walked over).  None at a modal or punctuation inside the run."""
    between = _between()
    walked: list[str] = []
    while i >= 0 and len(walked) < limit:
        word = tokens[i].group().lower().replace("’", "'")
        if word in _MODALS:
            return None  # "voters will want": a prediction
        if word in between or word in _NEGATED_AUXILIARIES or adverb(word):
            walked.append(word)
            if text[tokens[i - 1].end() : tokens[i].start()].strip() if i else False:
                return None  # punctuation inside the run: "farmers, too, are"
            i -= 1
            continue
        break
    return i, walked


def _group_head(
    text: str,
    token: re.Match[str],
    lexicon: SourcingLexicon,
    sentence_start: int,
    names: dict[str, bool],
) -> str | None:
    """The kind ("vague"/"anonymous") of the group noun ``token``, or None when it is none."""
    word = token.group()
    lower = word.lower().replace("’", "'")
    if lower in _GENERIC or lower in _NOT_HEADS:
        return None
    if not word.islower() and lower not in _PROPER_GROUPS:
        opening = _opens(text, sentence_start, token.start())
        if not opening or not word[1:].islower() or capitalised_elsewhere(text, word, names):
            return None  # a name ("Sanders", "Myers"), not a sentence-initial common noun
    if lower in lexicon.anonymous_heads and lower.endswith("s"):
        return "anonymous"  # "officials fear", "aides worry"
    if lower in lexicon.collectives or lower in _BARE_GROUPS:
        return "vague"
    tail = lower.rsplit("-", 1)[-1]
    if tail.endswith(("s", "men")) and human_nouns().plural(tail):
        return "vague"  # "homeowners", "fishermen": a people noun by shape
    return None


_NOT_HEADS = frozenset(["whom", "those", "all", "them"])
"""Listed group words that head no group of their own here ("the vast majority of whom")."""


def _head_before(
    text: str,
    tokens: list[re.Match[str]],
    i: int,
    lexicon: SourcingLexicon,
    floor: int,
    names: dict[str, bool],
) -> tuple[re.Match[str], str] | None:
    """The group noun at token ``i``, or before a short place phrase ending there ("farmers in
    the valley", "voters here", "members of Congress"); (its token, its kind)."""
    if i < 0:
        return None
    kind = _group_head(text, tokens[i], lexicon, floor, names)
    if kind is not None:
        return tokens[i], kind
    for j in range(i, max(0, i - 5), -1):
        if text[tokens[j - 1].end() : tokens[j].start()].strip():
            return None  # punctuation: the phrase ends there
        word = tokens[j].group().lower()
        if word in _RELATIVES:
            return None  # "voters in the state who are sick of": the relative picks them out
        if (j == i and word in _PLACE_ADVERBS) or (j < i and word in _PLACE_WORDS):
            kind = _group_head(text, tokens[j - 1], lexicon, floor, names)
            if kind is None or (word == "of" and tokens[j - 1].group().lower() in _BARE_GROUPS):
                return None  # "many of the upcoming contests": the head is after "of"
            return tokens[j - 1], kind
    return None


_RELATIVES = frozenset(["who", "whom", "that", "which", "whose"])


def find_group_stances(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    found,  # source_finders.Found (imported there: no import cycle)
) -> None:
    """Flag an unspecified group whose view the reporter states without a source (A201)."""
    predicates = hits.get(STANCE_TAG)
    if not predicates:
        return
    text = document.analysis_text
    original = document.text
    from newscheck.stages.source_finders import _poll_respondents

    states, verbs = _states(), _verbs()
    names: dict[str, bool] = {}
    last_sentence = (-1, -1)
    between, human = _between(), human_nouns()
    group_words = _group_words(lexicon)
    for predicate in predicates:
        at = predicate.start()
        if text[at - 1 : at] != " " or text[at].isupper():
            continue  # punctuation right before; or "Makes Latinos Feel": a headline
        reduced = False
        if not _may_follow_group(text, at, between, group_words, human):
            if not _may_follow_participle(text, at, group_words, human):
                continue  # cheap test first: "to support", "I think", "the question", "he says"
            reduced = True  # round 25: "many residents walking downtown| talked about"
        if found.overlaps(at, predicate.end()):
            continue
        bounds = sentence_bounds(document, at)
        if bounds == last_sentence:
            continue  # one group stance per sentence
        window_start = max(bounds[0], at - 120)
        tokens = list(WORD.finditer(text, window_start, at))
        if not tokens or text[tokens[-1].end() : at].strip():
            continue  # punctuation right before the predicate
        walked = _chain_start(text, tokens, len(tokens) - 1, 6)
        if walked is None:
            continue
        i, chain = walked
        phrase = " ".join(predicate.group().lower().split())
        first = phrase.split()[0]
        copula = any(word in _COPULAS for word in chain)
        if phrase in states and first not in verbs:
            if not copula:
                continue  # "angry voters": an attitude credits only after a copula
        elif (
            any(word in _BE or word in _GET for word in chain)
            and not first.endswith("ing")
            and phrase not in states
        ):
            continue  # "critics are dismissed as partisans": a passive
        head = _head_before(text, tokens, i, lexicon, bounds[0], names)
        phrase_end = None
        if head is None and reduced:
            head, phrase_end = _head_before_participle(
                text, tokens, i, lexicon, bounds[0], names
            )
        if head is None:
            continue
        token, kind = head
        start = extend_left(text, token.start(), bounds[0])
        focus = _FOCUS_BEFORE.search(text, max(bounds[0], start - 10), start)
        opening = focus.start() if focus else start  # round 20: "But at least some of …"
        if (
            not _opens(text, bounds[0], opening)
            and not _CLAUSE_OPENER.search(text, max(bounds[0], opening - 12), opening)
            and not _TIME_WHEN.search(text, max(bounds[0], opening - 16), opening)
        ):
            continue  # "he says that voters …", "help for farmers who …": not its clause's subject
        if _JOINED_TO_NAME.search(text, max(bounds[0], start - 40), start):
            continue  # "Ann Roe and other farmers": a named member
        if _TITLE_CASE.match(text, token.end()) or document.in_quote(start, predicate.end()):
            continue  # a headline; or a quotation: the speaker's claim, credited to the speaker
        if text[max(bounds[0], bounds[1] - 6) : bounds[1]].rstrip(" \t\n\"”’')").endswith("?"):
            continue  # "Do voters believe the promise?": a question asserts nothing
        clause = _clause(text, bounds, start, predicate.end())
        if _ATTRIBUTION.search(text, *clause):
            continue  # somebody is credited in the clause
        group = token.group().lower()
        if group in _BARE_GROUPS and (
            start != token.start()
            or _DEGREE.search(text, max(bounds[0], start - 5), start)
            or (not chain and first.endswith(("s", "ing")))
        ):
            continue  # "the most feared", "how many", "many questions", "few supporting documents"
        previous = previous_sentence_bounds(document, at)
        if _poll_respondents(text, group, bounds, found) or (
            previous is not None
            and "\n" not in text[previous[1] : bounds[0]]
            and _poll_respondents(text, group, previous, found)
        ):
            continue  # "Just 28 percent … . Voters are frustrated": the poll's respondents
        if (
            names_someone(text[token.end() : token.end() + 60])
            or _NOBODY.match(text, start, token.start())
            or measured(text[max(bounds[0], token.start() - 60) : token.start()])
            or (group not in _PROPER_GROUPS and in_proper_name(text, token.start(), bounds[0]))
        ):
            continue  # named members, "no voters", "55 percent of voters", "Council of Elders"
        end = extend_right(text, token.end(), tokens[i + 1].start() if i + 1 < len(tokens) else at)
        if phrase_end is not None:
            end = phrase_end  # the group and its reduced relative
        words = original[start:end]
        if lexicon.is_allowed(words) or found.overlaps(start, end):
            continue
        found.append(_mention(start, end, words, kind))
        found.stance_heads.append(
            (token.start(), token.end(), "collective" if kind == "vague" else "anonymous_head")
        )
        last_sentence = bounds


_PARTICIPLE_REACH = 4
"""Round 25: at most this many words from a reduced relative's participle to the predicate."""


def _may_follow_participle(
    text: str, at: int, collectives: frozenset[str], human: HumanNouns
) -> bool:
    """Round 25, the cheap test for a reduced relative between a group and its predicate: among
    the last few words before ``at`` (no punctuation), an "-ing" word right after a group noun
    ("many residents walking downtown talked about")."""
    window = text[max(0, at - 80) : at]
    cut = max(window.rfind(mark) for mark in ",;:.!?\n")
    words = window[cut + 1 :].lower().split()[-(_PARTICIPLE_REACH + 2) :]
    return any(
        words[k].endswith("ing")
        and words[k] not in _NOT_RELATIVE_PARTICIPLES
        and (words[k - 1] in collectives or human.plural(words[k - 1]))
        for k in range(1, len(words))
    )


def _head_before_participle(
    text: str,
    tokens: list[re.Match[str]],
    i: int,
    lexicon: SourcingLexicon,
    floor: int,
    names: dict[str, bool],
) -> tuple[tuple[re.Match[str], str] | None, int | None]:
    """Round 25: the group before a short reduced relative that ends at token ``i`` ("many
    residents| walking downtown| talked about the noise", "Shop owners| living nearby| have
    soured on the plan"): (its token and kind, the relative's end); (None, None) when there is
    none.  The relative holds at most ``_PARTICIPLE_REACH`` words and no punctuation."""
    for j in range(i, max(0, i - _PARTICIPLE_REACH), -1):
        if text[tokens[j - 1].end() : tokens[j].start()].strip():
            return None, None  # punctuation: no relative runs over it
        word = tokens[j].group().lower()
        if word in _RELATIVES or word in _MODALS or word in _BE or (
            j == i and word in ("and", "or")
        ):
            return None, None  # a clause of its own, not a reduced relative (nor a second
            # participle's "and": "Many voters seeking change and hoping for ... have soured")
        if not word.endswith("ing") or word in _NOT_RELATIVE_PARTICIPLES:
            continue
        if j >= 3 and tokens[j - 1].group().lower() in ("and", "or") and (
            tokens[j - 2].group().lower().endswith("ing")
        ):
            j -= 2  # "many people| jogging and walking| talked about the buzz"
        kind = _group_head(text, tokens[j - 1], lexicon, floor, names)
        if kind is None:
            return None, None
        return (tokens[j - 1], kind), tokens[i].end()
    return None, None


_NOT_RELATIVE_PARTICIPLES = _NOT_PARTICIPLES | frozenset(
    ["following", "building", "spring", "king", "meeting", "hearing", "funding", "housing"]
)
"""Words in -ing that open no reduced relative after a group."""


def _opens(text: str, sentence_start: int, start: int) -> bool:
    """Nothing but opening marks between the sentence start and ``start`` (a bounded look)."""
    if start - sentence_start > 8:
        return False
    return not text[sentence_start:start].strip(_OPENING_MARKS)


def _clause(text: str, bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of the sentence between the semicolons or colons around ``[start, end)``, at
    most 300 characters either side (a run-on "sentence" of a whole file stays cheap)."""
    bounds = max(bounds[0], start - 300), min(bounds[1], end + 300)
    left = max(text.rfind(";", bounds[0], start), text.rfind(":", bounds[0], start))
    right = [i for i in (text.find(";", end, bounds[1]), text.find(":", end, bounds[1])) if i >= 0]
    return (left + 1 if left >= 0 else bounds[0]), (min(right) if right else bounds[1])


def _may_follow_group(
    text: str, at: int, between: frozenset[str], collectives: frozenset[str], human: HumanNouns
) -> bool:
    """The cheap test: walking back word by word over the words that may stand between a
    subject and its predicate, the first other word may be a group noun, or a place word among
    the next four words back follows one ("farmers in the valley are")."""
    window = text[max(0, at - 100) : at].lower()
    words = window[window.rfind("\n") + 1 :].split()  # nothing before a line break counts
    if words and ("—" in words[-1] or "–" in words[-1]):  # round 17: "a plane—people suspected"
        words[-1:] = words[-1].replace("—", " ").replace("–", " ").split()
    i = len(words) - 1
    while i >= 0 and len(words) - i <= 7:
        word = words[i]
        if word in _NEVER_BEFORE:
            return False  # "I think", "he wants", "the support": the commonest case first
        if word in between or word.endswith(("n't", "n’t")) or adverb(word):
            i -= 1
            continue
        if word in collectives or (
            word.endswith(("s", "men")) and human.plural(word.rsplit("-", 1)[-1])
        ):
            return True
        if word in _PLACE_ADVERBS:  # "voters here"
            i -= 1
        else:  # "farmers in the valley", "members of Congress"
            place = next((k for k in range(1, 5) if i - k >= 0 and words[i - k] in _PLACE_WORDS), 0)
            if not place:
                return False
            i -= place + 1
        if i < 0:
            return False
        before = words[i]
        return before in collectives or human.plural(before.rsplit("-", 1)[-1])
    return False


_GROUP_WORDS: dict[int, tuple[SourcingLexicon, frozenset[str]]] = {}


def _group_words(lexicon: SourcingLexicon) -> frozenset[str]:
    """The listed collectives and anonymous heads of a lexicon (built once per lexicon)."""
    known = _GROUP_WORDS.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        known = (lexicon, lexicon.collectives | lexicon.anonymous_heads)
        _GROUP_WORDS[id(lexicon)] = known
    return known[1]


_NEVER_BEFORE_LIST = """i he she it we you they who which that the a an his her its their our my
your this and or but if of for in on at by as with from than what when ‘i “i "i ''i"""
_NEVER_BEFORE = frozenset(_NEVER_BEFORE_LIST.split())
"""Words right before a predicate (or before its auxiliaries) that no group noun can be."""


@cache
def _viewpoint_markers() -> frozenset[str]:
    """Words that make "For <group>, …" the group's view: the attitudes, the view nouns and
    ``[viewpoint_markers]`` of sourcing_cues.txt."""
    cues = _sections("sourcing_cues.txt")
    return frozenset(
        word
        for section in ("attitudes", "view_nouns", "viewpoint_markers")
        for word in cues.get(section, ())
    )


@cache
def _viewpoint_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``[viewpoint_difficulty]``, ``[viewpoint_difficulty_verbs]`` and
    ``[viewpoint_not_groups]`` of sourcing_cues.txt."""
    cues = _sections("sourcing_cues.txt")
    return tuple(  # type: ignore[return-value]
        frozenset(cues.get(section, ()))
        for section in ("viewpoint_difficulty", "viewpoint_difficulty_verbs",
                        "viewpoint_not_groups")
    )


def _hard_to_see(words: list[str]) -> bool:
    """ "it is hard to see the silver lining", "difficult to accept": a difficulty of seeing or
    accepting, a view (not "easy to register by mail", a fact)."""
    difficulty, verbs, _ = _viewpoint_words()
    return any(
        words[i] in difficulty and words[i + 1] == "to" and words[i + 2] in verbs
        for i in range(len(words) - 2)
    )


_FOR_GROUP = re.compile(r"For ((?:[A-Za-z][\w'’-]*,? ){0,7}?[A-Za-z][\w'’-]*), ")
"""'For many residents, …', 'For investors in these firms, …': words, then a comma (counts
and quotations do not match; capitalised words other than group nouns are names)."""
_FOR_GROUPS = re.compile(r"For ((?:[A-Za-z][\w'’-]*,? ){0,7}[A-Za-z][\w'’-]*), ")
"""The same, to the last comma: a list of groups ("For many gays, lesbians and transgender
people, …")."""


def find_viewpoint_groups(document: Document, lexicon: SourcingLexicon, found) -> None:
    """Round 13: "For many residents, the closure was a relief", "For investors in these firms,
    it is hard to see the silver lining": the reporter states how an unspecified group sees
    something (A203), when the clause after the comma holds a word of a view or feeling
    (``_viewpoint_markers``); "For voters in Ohio, the deadline is Friday" states a fact."""
    text, original = document.analysis_text, document.text
    from newscheck.stages.mentions import head_index
    from newscheck.stages.source_finders import _poll_respondents

    human, groups, markers = human_nouns(), _group_words(lexicon), _viewpoint_markers()
    opening = text.find("For ")
    while opening >= 0:
        at, opening = opening, text.find("For ", opening + 4)
        bounds = sentence_bounds(document, at)
        if at - bounds[0] > 8 or text[bounds[0] : at].strip(_OPENING_MARKS):
            continue  # "For" inside its sentence: only a sentence-opening "For" is a viewpoint
        sentence_end = bounds[1]
        ceiling = min(sentence_end, at + 100)
        for pattern in (_FOR_GROUPS, _FOR_GROUP):  # the longest phrase first
            match = pattern.match(text, at, ceiling)
            if match is None:
                continue
            words = match.group(1).replace(",", "").split()
            if any(word[0].isupper() and word.lower() not in groups for word in words):
                match = None  # "For Mr. Roe, …", "For the Red Cross, …": a name
                continue
            words = [word.lower() for word in words]
            head = words[head_index(words)]
            if head in _viewpoint_words()[2]:
                match = None  # "For starters, …": the writer's first point, no group
                break
            if head in groups or human.plural(head):
                break
            match = None  # "For years, …", "For now, …", "For example, …"
        if match is None:
            continue
        rest = WORD.findall(text[match.end() : sentence_end].lower())
        if markers.isdisjoint(rest) and not _hard_to_see(rest):
            continue  # "For voters in Ohio, the deadline is Friday": a fact for them
        start, end = match.start(1), match.end(1)
        if (
            document.in_quote(start, end)
            or found.overlaps(start, end)
            or _poll_respondents(text, head, bounds, found)
            or _after_poll(document, text, head, bounds[0], found, _poll_respondents)
            or lexicon.is_allowed(original[start:end])
        ):
            continue
        kind = "anonymous" if head in lexicon.anonymous_heads else "vague"
        found.append(_mention(start, end, original[start:end], kind))


def _after_poll(document: Document, text: str, head: str, at: int, found, poll) -> bool:
    """The sentence before reports a poll of the group ("55 percent said …. For most voters,
    …"): its respondents, as for the stance search."""
    previous = previous_sentence_bounds(document, at)
    return (
        previous is not None
        and "\n" not in text[previous[1] : at]
        and poll(text, head, previous, found)
    )


def _mention(start: int, end: int, words: str, kind: str):
    from newscheck.stages.source_finders import Mention

    rule = GROUP_STANCE_RULE if kind == "vague" else "A101"
    return Mention(start, end, words, kind, words, rule)


def stance_after(
    text: str, hits: dict[str, list[re.Match[str]]], pos: int, ceiling: int
) -> bool:
    """A stance predicate right after ``pos`` (a pronoun), over the words that may stand
    between ("They are sick of …", "they continue to oppose …"), within the sentence."""
    predicates = hits.get(STANCE_TAG)
    if not predicates:
        return False
    k = bisect_left(predicates, pos, key=_START)
    if k == len(predicates):
        return False
    at = predicates[k].start()
    if at >= ceiling or at - pos > 80:
        return False
    tokens = list(WORD.finditer(text, pos, at))
    if text[tokens[-1].end() if tokens else pos : at].strip():
        return False
    walked = _chain_start(text, tokens, len(tokens) - 1, 6) if tokens else (-1, [])
    if walked is None or walked[0] != -1:
        return False
    chain = walked[1]
    phrase = " ".join(predicates[k].group().lower().split())
    if phrase in _states() and phrase.split()[0] not in _verbs():
        return any(word in _COPULAS for word in chain)
    return not (
        any(word in _BE or word in _GET for word in chain) and not phrase.endswith("ing")
    )
