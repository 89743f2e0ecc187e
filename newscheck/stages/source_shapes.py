"""Group nouns by shape: people nouns the word lists do not know, found before a crediting verb.

"Many farmers say", "private lenders still considered", "one user wrote": the head noun is in
no list, but it has the shape of a people noun (an agent ending such as -er/-or/-ist/-ian/-ant/
-ent/-ee, or a people head from ``lexicons/human_nouns.txt``) and a speech or belief verb follows
it.  The search starts from the verbs (one tag of the stage's single trie scan), looks back over
at most three auxiliaries and adverbs, and hands the noun to the group finders as if a list had
named it, so every guard of a listed group (poll shares, addressees, passives, names) applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from newscheck.lexicon_files import section_words
from newscheck.stages.mentions import ORGANIZATION_WORDS, ROLE_WORDS, SourcingLexicon, _sections


@cache
def credit_verbs() -> tuple[str, ...]:
    """The words the search starts from (the scanner's ``credit_verb`` tag): ``[shape_verbs]``
    in sourcing_cues.txt, and (round 8) every stance verb and attitude there, so that a people
    noun the lists do not know is found as the subject of a view ("developers see golf courses
    as wasted space", "party bosses are so worried"), not only of a verb of saying."""
    cues = _sections("sourcing_cues.txt")
    words = dict.fromkeys(cues.get("shape_verbs", ()))
    for section in ("stance", "attitudes"):
        entries = cues.get(section, ())
        words.update(dict.fromkeys(w for w in entries if " " not in w and w not in _RARE_PAYOFF))
    words.update(dict.fromkeys(cue_phrases()))
    return tuple(words)


@cache
def cue_starts() -> frozenset[str]:
    """The cues among the search's start words (``cue_phrases``): a set for the hot loop."""
    return frozenset(cue_phrases())


@cache
def attitude_starts() -> frozenset[str]:
    """The attitudes among the search's start words (not verbs: a copula must come first)."""
    cues = _sections("sourcing_cues.txt")
    return frozenset(cues.get("attitudes", ())) - frozenset(cues.get("shape_verbs", ()))


_COPULA_LIST = """are were is was be been being remain remains remained seem seems seemed appear
appears appeared become became grow grew growing get got getting so too very not never more less"""
_COPULA_WORDS = frozenset(_COPULA_LIST.split())


def _copula_before(text: str, start: int) -> bool:
    """A copula (or an adverb after one) right before the attitude at ``start``."""
    word_end = start - 1
    window = max(0, word_end - 14)
    # no space in the window: read from the window's start, never from the text's start (a
    # slice of everything before the attitude: 58 MB at the peak of a 15 MB document)
    word_start = max(text.rfind(" ", window, word_end) + 1, window)
    previous = text[word_start:word_end].lower()
    return previous in _COPULA_WORDS or adverb(previous)


_RARE_PAYOFF_LIST = """united sure certain call calls called seen content announced spoke remember
critical willing odds split proud happy aware interested opposed"""
_RARE_PAYOFF = frozenset(_RARE_PAYOFF_LIST.split())
"""Stance words and attitudes the search does not start from: frequent in news ("United
States", "so-called", "make sure", "critical infrastructure", "willing to") and on PolNeAR
train almost never after an unlisted people noun as its view, so each would cost a look-back
(and the scan a match) for nothing."""


_CUE_PREPOSITIONS = frozenset(["from", "among", "of", "by", "with", "to"])


@cache
def cue_phrases() -> tuple[str, ...]:
    """Cues that credit the group right *after* them and end in a preposition ("criticism
    from", "anxiety among", "the chagrin of", "quoted by"; ``[before]``): round 8 looks for an
    unlisted people noun after these too ("faced criticism from rivals").  Round 23: the agent
    of a passive of saying, judging or viewing (``[by_participles]`` + "by": "seen by organizers
    as", "criticized by growers") is looked for too, as a listed group's is; a passive of
    support ("backed by farmers", ``[allegiance]``) stays unflagged (a round-7 test);
    "according to", the commonest cue, is mostly followed by names and documents, so it is
    not searched (speed)."""
    cues = _sections("sourcing_cues.txt")
    phrases = [c for c in cues.get("before", ()) if c.rsplit(None, 1)[-1] in _CUE_PREPOSITIONS]
    phrases.extend(view_among_cues())
    phrases.extend(view_source_cues())
    allegiance = frozenset(cues.get("allegiance", ()))  # ("opposed by" is an allegiance too)
    stance = frozenset(cues.get("stance_predicates", ()))  # "resented by" would hide the
    # stance phrase "resented" from the scan (the longer phrase wins): left to listed groups
    phrases.extend(
        f"{p} by"
        for p in cues.get("by_participles", ())
        if p not in allegiance and p not in stance
    )
    return tuple(dict.fromkeys(p for p in phrases if " " in p and p != "according to"))


_SOURCE_PREPOSITIONS = ("from", "by")
_NOT_SAID_LIST = """chants view views opinion opinions perception perceptions preference
preferences"""
_NOT_SAID = frozenset(_NOT_SAID_LIST.split())
"""View nouns that say where something is seen or heard from rather than who holds a view
("views from the summit", "chants from the crowd")."""


@cache
def view_source_cues() -> tuple[str, ...]:
    """Round 11: a noun of a view (``[view_nouns]``) or of something said (``[said_nouns]``)
    followed by "from" or "by" credits the group after it with it ("advice from staff members
    that ...", "claims by officials that ...", "skepticism from economists"), as round 9 made
    every view noun + "among" a cue; the group itself must still be an unnamed people noun."""
    cues = _sections("sourcing_cues.txt")
    nouns = dict.fromkeys(cues.get("view_nouns", ()))
    nouns.update(dict.fromkeys(cues.get("said_nouns", ())))
    return tuple(
        f"{noun} {preposition}"
        for noun in nouns
        if noun not in _NOT_SAID
        for preposition in _SOURCE_PREPOSITIONS
    )


@cache
def view_among_cues() -> tuple[str, ...]:
    """Round 9: every noun of a view (``[view_nouns]``) followed by "among" credits the group
    after it with that view ("distrust among farmers", "a rethinking among economists", "little
    agreement among the delegates themselves"), not only the pairs listed in ``[before]``.
    "support among" stays out (standing in polls, and no view noun), and so do the neutral
    nouns that name a spread of views rather than one ("opinion among older voters is split",
    "the shift in views among younger members").
    A noun that is also a psych verb ("outrage", "worry") is left to the pairs listed in
    ``[before]``: round 8 decided that "prompted outrage among residents" credits nothing."""
    cues = _sections("sourcing_cues.txt")
    psych = psych_forms(frozenset(cues.get("attitudes", ())))
    nouns = [
        n
        for n in cues.get("view_nouns", ())
        if n.rstrip("s") not in _NEUTRAL_VIEWS and n not in psych
    ]
    return tuple(f"{noun} among" for noun in nouns)


_NEUTRAL_VIEWS = section_words("sourcing_cues.txt", "neutral_views")


_SKIPPABLE_LIST = """have has had also still now long often privately publicly generally
initially already even quickly soon are were is was been being will would could may might do does
did not never so too very"""
_SKIPPABLE = frozenset(_SKIPPABLE_LIST.split())
_BE = frozenset(["are", "were", "is", "was", "be", "been", "being"])
_NOT_ADVERBS = section_words("human_nouns.txt", "not_adverbs")
_FUNCTION_WORDS = section_words("human_nouns.txt", "singular_stop")


def adverb(word: str) -> bool:
    """An adverb between a mention and its verb ("many pundits initially forecast")."""
    return word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERBS


_SPACE_CHARS = frozenset(chr(code) for code in range(0x3001) if chr(code).isspace())
_SPACE = re.compile(r"\s")
_LAST_LETTERS = frozenset("srtnedolwgy")
"""Last letters of every people noun and skippable word ("farmers", "user", "have", "also")."""
_NEVER_HEADS = frozenset(
    ["he", "she", "they", "who", "we", "you", "it", "I", "one", "He", "She",
     "hers", "theirs", "ours", "yours", "his", "him", "them", "us", "me"]  # "A friend of hers said"
)
_SINGULAR_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman")
_PLURAL_WITHOUT_S = ("men", "people", "folk")
_BARE_PLURALS = frozenset(["men", "people", "folk", "omen"])
"""Round 28 (SRC28B): plural people-noun endings with no final "s" ("Many fishermen say", "Some
townspeople said"), read as plurals, not as singulars that fail the singular test."""


def compound_plural(lower: str) -> bool:
    """Round 28 (SRC28B): a compound plural with no final "s" ("fishermen", "townspeople",
    "clergymen"); not the bare "men", "women", "people" ("Both men said": two named men) nor a
    role that goes with names ("the committee chairmen")."""
    if not lower.endswith(_PLURAL_WITHOUT_S) or lower in _BARE_PLURALS or lower.endswith("women"):
        return False
    return not (lower.endswith("men") and lower[:-3] + "man" in ROLE_WORDS)


class ShapeHit:
    """A people noun found by shape; quacks like the ``re.Match`` objects of the scanner."""

    __slots__ = ("_start", "_end", "_word")

    def __init__(self, start: int, end: int, word: str) -> None:
        self._start, self._end, self._word = start, end, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._word


@dataclass(frozen=True)
class HumanNouns:
    """The people-noun test (``lexicons/human_nouns.txt``)."""

    suffixes: tuple[str, ...]
    heads: frozenset[str]
    stop: frozenset[str]
    stop_endings: tuple[str, ...]

    def plural(self, word: str) -> bool:
        """ "farmers", "heavyweights", "businessmen": a plural people noun (lower case)."""
        if word in self.heads:
            return True
        return (
            word.endswith(self.suffixes)
            and word not in self.stop
            and not word.endswith(self.stop_endings)
        )

    def singular(self, word: str) -> bool:
        """ "architect", "user", "retiree": a singular people noun (lower case)."""
        if word in _FUNCTION_WORDS or len(word) < 4:
            return False
        if word + "s" in self.heads:
            return True
        if word.endswith(("ss", "ch", "sh", "x")) and word + "es" in self.heads:
            return True  # round 18: "witness", "coach", "boss" (their plurals add -es)
        plural = word[:-3] + "men" if word.endswith("man") else word + "s"
        return (
            word.endswith(_SINGULAR_SUFFIXES)
            and plural not in self.stop
            and not plural.endswith(self.stop_endings)
        )


@cache
def human_nouns() -> HumanNouns:
    sections = _sections("human_nouns.txt")
    return HumanNouns(
        suffixes=tuple(sections.get("suffixes", ())),
        heads=frozenset(sections.get("heads", ())),
        stop=frozenset(sections.get("stop", ())),
        stop_endings=tuple(sections.get("stop_endings", ())),
    )


_WORDLIKE = re.compile(r"[a-z][a-z'’-]*[a-z]")
_PASSIVE_AFTER = re.compile(r"\s+(?:of|as|by)\b")
_TO_BE_OR_HAVE = re.compile(r"\s++to\s++(?:be|have)\b")
PASSIVE_BEFORE_TO = frozenset(
    ["said", "reported", "believed", "thought", "understood", "rumoured", "rumored", "alleged",
     "known", "considered"]
)
"""Round 29 (AUDIT29): participles that, before "to be"/"to have", are a reduced passive
("shareholders said to be getting cold feet", "residents believed to have seen it"), not the
group's verb ("claimed to be", "vowed to have" are their own)."""


_SPACE_CAPITAL = re.compile(r" ([A-Z][\w'\u2019-]*)")
"""A capitalised word after a space (the scan opens with a literal, so it skips ahead fast)."""


def _mid_sentence(before: str) -> bool:
    """Whether a capitalised word after ``before`` and a space stands mid-sentence: after a
    comma or a letter that is not an ASCII capital."""
    return before == "," or (before.isalpha() and not "A" <= before <= "Z")


_ASCII_MID_CAPITAL = re.compile(r" (?<=[a-z,] )([A-Z][\w'\u2019-]*+)")
"""``_SPACE_CAPITAL`` after a comma or an ASCII lower-case letter (the space first: sre skips
ahead to it; the look-behind then reads the character before it in C)."""
_OTHER_MID_CAPITAL = re.compile(r" (?<=[^\x00-\x7f] )([A-Z][\w'\u2019-]*+)")
"""``_SPACE_CAPITAL`` after a character beyond ASCII (a letter there is decided in Python)."""


def mid_sentence_capitals(text: str) -> set[str]:
    """The words of ``_SPACE_CAPITAL`` whose space follows a character ``_mid_sentence``
    accepts: ``{m.group(1) for m in _SPACE_CAPITAL.finditer(text) if m.start() and
    _mid_sentence(text[m.start() - 1])}``, without a Python call per capitalised word."""
    index = set(_ASCII_MID_CAPITAL.findall(text))
    for match in _OTHER_MID_CAPITAL.finditer(text):
        if text[match.start() - 1].isalpha():
            index.add(match.group(1))
    return index


_TAILS = ("", "'s", "\u2019s", "'", "\u2019")
"""What may follow a name in ``mid_sentence_capitals`` ("Sanders's", "Myers’")."""
_CAPITAL_RUN = re.compile(r"[A-Z][\w'\u2019-]*+")
"""One word of ``_ASCII_MID_CAPITAL``/``_OTHER_MID_CAPITAL`` (their group), matched in place."""
_LOOKUPS = 6
"""Words a document's text is searched for one by one before the index is built instead."""


def capitalised_elsewhere(text: str, word: str, seen: dict[str, Any]) -> bool:
    """ "Sanders", "Myers": a capitalised word that also stands capitalised mid-sentence is a
    name, not a sentence-initial common noun (answers memoised per document in ``seen``).

    Round 24: the first few words are looked up with ``str.find`` (half the documents ask
    about one word or two, and the index's two regex scans of the whole text cost more); a
    document that asks about more gets the index of ``mid_sentence_capitals``, so the time
    stays linear in the text.
    """
    known = seen.get(word)
    if known is None:
        index = seen.get("\x00")
        if index is None and len(seen) < _LOOKUPS:
            known = seen[word] = _capitalised_mid_sentence(text, word)
            return known
        if index is None:
            index = seen["\x00"] = mid_sentence_capitals(text)
        known = seen[word] = any(word + tail in index for tail in _TAILS)
    return known


def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """``word`` (or it with a possessive tail) is one of ``mid_sentence_capitals(text)``: it
    stands whole after a space that follows a comma or a letter (``_mid_sentence``'s test)."""
    if not "A" <= word[:1] <= "Z":
        return False  # the index holds words that open with an ASCII capital only
    forms = {word + tail for tail in _TAILS}
    needle = " " + word
    at = text.find(needle, 1)
    while at >= 0:
        if _mid_sentence(text[at - 1]):
            run = _CAPITAL_RUN.match(text, at + 1)
            if run is not None and run.group() in forms:
                return True
        at = text.find(needle, at + 1)
    return False


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but an opening mark between ``start`` and the end of the previous sentence."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def _known(word: str, lexicon: SourcingLexicon, speaker_nouns: frozenset[str]) -> bool:
    """A word some list already decides (its own hit, or no people at all)."""
    singular = word[:-1] if word.endswith("s") else word
    return (
        word in lexicon.collectives
        or word in lexicon.anonymous_heads
        or word in lexicon.singulars
        or word in speaker_nouns
        or word in lexicon.document_heads
        or singular in lexicon.document_heads
        or word in ORGANIZATION_WORDS
        or singular in ORGANIZATION_WORDS
        or word in ROLE_WORDS
        or singular in ROLE_WORDS
    )


_CUE_AFTER_WEASEL = re.compile(r"\s+(?:from|by|among)\b")


def cues_in_weasels(text: str, weasel_hits: list[re.Match[str]]) -> list[ShapeHit]:
    """Round 23: the cue a weasel phrase's match took from the scan ("drew criticism" + "from
    local beekeepers": the scan is leftmost-longest, so "criticism from" was never matched), as
    a hit of its own for ``shape_hits``; the listed groups read the cue from the text."""
    cues = cue_starts()
    found = []
    for match in weasel_hits:
        after = _CUE_AFTER_WEASEL.match(text, match.end(), match.end() + 8)
        if after is None:
            continue
        last = match.group().rsplit(None, 1)[-1].lower()
        phrase = f"{last} {after.group().split()[0].lower()}"
        if phrase in cues:
            found.append(ShapeHit(match.end() - len(last), after.end(), phrase))
    return found


_PHONE_TAKER_LIST = """field fields fielded fielding return returns returned returning phone
telephone"""
_PHONE_TAKERS = frozenset(_PHONE_TAKER_LIST.split())
"""Not "taking calls from listeners" (a call-in show airs what the callers say; a dev story had
it credited, rightly)."""


def phone_calls(before: list[str]) -> bool:
    """Round 29 (AUDIT29): "calls" after a verb that takes them in, or one adjective after it, are
    telephone calls ("fielding calls from worried patients", "returned angry calls from"), not
    demands ("calls from residents for a new road").  Review 29: not after "received" or
    "handled", which take demands as often ("received calls from members to replace its
    leader")."""
    return not _PHONE_TAKERS.isdisjoint(before[-2:])


def shape_hits(
    text: str,
    verb_hits: list[re.Match[str]],
    lexicon: SourcingLexicon,
    speaker_nouns: frozenset[str],
) -> tuple[list[ShapeHit], list[ShapeHit]]:
    """(plural, singular) people nouns right before a crediting verb, in text order.

    ``text`` is the analysed text (its case tells a name from a common noun); at most three
    auxiliaries or adverbs may stand between noun and verb ("farmers have long complained").
    """
    human = human_nouns()
    names: dict[str, bool] = {}
    plurals: list[ShapeHit] = []
    singulars: list[ShapeHit] = []
    last = -1
    cues, attitudes = cue_starts(), attitude_starts()
    for verb in verb_hits:
        verb_start = verb.start()
        if text[verb_start - 1 : verb_start] not in _SPACE_CHARS:
            continue  # '… in all of them,"said': punctuation right before the verb
        after_letter = verb_start >= 2 and text[verb_start - 2] in _LAST_LETTERS
        phrase = verb.group() if after_letter or verb.end() - verb_start >= 6 else ""
        if phrase in cues:  # round 8: a people noun after a cue ("criticism from rivals")
            if phrase == "calls from" and phone_calls(
                text[max(0, verb_start - 40) : verb_start].lower().split()
            ):
                continue  # round 29 (AUDIT29): "field calls from worried patients": phone calls
            found = _people_after_cue(text, verb.end(), human, lexicon, speaker_nouns)
            if found is not None and found.start() > last:
                plurals.append(found)
                last = found.start()
            continue
        if not after_letter:
            continue  # '," said', 'Trump said': no people noun or auxiliary ends so
        if phrase in attitudes and not _copula_before(text, verb_start):
            continue  # "angry voters", "the hopeful sign": an attitude credits only via a copula
        window = max(0, verb_start - 24)
        space = text.rfind(" ", window, verb_start - 1)
        previous = text[max(space + 1, window) : verb_start - 1]  # never from the text's start
        if previous in _NEVER_HEADS:
            continue  # "he said", "they say", "who said": the commonest case, rejected first
        if space >= 0 and previous and _SPACE.search(previous) is None:
            lower = previous.lower()  # the word right before the verb, as the loop sees it
            if lower not in _SKIPPABLE and not adverb(lower):
                if not previous.islower() and not (
                    previous[1:].islower() and _sentence_start(text, space + 1)
                ):
                    continue  # "Clinton said": a name mid-sentence
                if not (
                    human.plural(lower)
                    if lower[-1] == "s" or compound_plural(lower) or lower in human.heads
                    else human.singular(lower)
                ):
                    placed = None if phrase in attitudes else _placed_people(
                        text, verb_start - 1, human, lexicon, speaker_nouns
                    )  # (an attitude after a copula is the stance search's: A203)
                    if placed is not None and placed.start() > last:
                        plurals.append(placed)  # round 27: "Retirees at the home| say"
                        last = placed.start()
                    continue  # "the campaign said", "the report says": no people noun
        floor = max(0, verb_start - 48)
        window = text[floor:verb_start]
        parts = window.rsplit(None, 4)
        cut = len(window)
        for position in range(len(parts) - 1, 0 if floor else -1, -1):
            word = parts[position]
            lower = word.lower()
            cut = window.rfind(word, 0, cut)
            if lower in _SKIPPABLE or adverb(lower):
                if len(parts) - position > 3:
                    break
                continue
            start = floor + cut
            if not _WORDLIKE.fullmatch(lower) or not (
                word.islower()
                or (
                    word[1:].islower()
                    and _sentence_start(text, start)
                    and not capitalised_elsewhere(text, word, names)
                )
            ):
                break  # a name ("Sanders says"), a number, punctuation
            if start <= last or (start > 0 and text[start - 1] in "-'’"):
                break
            if _PASSIVE_AFTER.match(text, verb.end()) and " " not in verb.group():
                break  # "users suspected of spreading it", "critics described as": no claim
            if verb.group() in PASSIVE_BEFORE_TO and _TO_BE_OR_HAVE.match(text, verb.end()):
                break  # round 29 (AUDIT29): "with the club's biggest shareholders said to be
                # getting cold feet": a reduced passive, whoever says it is not named
                # (round 27: a phrase is no participle: "floated the idea| of a levy")
            tail = lower.rsplit("-", 1)[-1]
            if tail != lower and (tail in human.stop or tail.endswith(human.stop_endings)):
                break  # "three-quarters"
            if (
                lower.endswith("s") or compound_plural(lower) or lower in human.heads
            ) and human.plural(lower):
                if not _known(lower, lexicon, speaker_nouns):
                    plurals.append(ShapeHit(start, start + len(word), word))
                    last = start
            elif not lower.endswith("s") and human.singular(lower):
                if not _known(lower, lexicon, speaker_nouns):
                    singulars.append(ShapeHit(start, start + len(word), word))
                    last = start
            elif (  # round 27: "Tenants in the building| have long complained"
                position < len(parts) - 1
                and phrase not in attitudes
                and _BE.isdisjoint(text[start + len(word) : verb_start].lower().split())
            ):  # (not "Homeowners in the valley| are worried": the stance search's A203)
                placed = _placed_people(text, start + len(word), human, lexicon, speaker_nouns)
                if placed is not None and placed.start() > last:
                    plurals.append(placed)
                    last = placed.start()
            break
    return plurals, singulars


_PLACED_PEOPLE = re.compile(
    r"(?<![\w'’-])([A-Za-z][a-z'’-]*)[ \t]+(?:in|at|from|around|inside|within)[ \t]+"
    r"([\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3})$"
)
"""The prepositions ``source_phrases.extend_right`` grows a mention over, so the flag covers the
place ("Tenants in the tower"); not "on", "across" ("Guests on his show said" is the quote
speaker's span, round 18)."""
_NOT_IN_PLACE_LIST = """and or but nor who whom whose that which said says say told than as if
when while because he she they we i it are were is was be been being have has had will would
could should may might must can do does did not"""
_NOT_IN_PLACE = frozenset(_NOT_IN_PLACE_LIST.split())


def _placed_people(
    text: str,
    end: int,
    human: HumanNouns,
    lexicon: SourcingLexicon,
    speaker_nouns: frozenset[str],
) -> ShapeHit | None:
    """Round 27: a plural people noun and a short place phrase ending at ``end``, right before a
    crediting verb ("Tenants in the building| complained", "Growers around the lake| warned",
    "Retirees at the home| say"): the shape search had read only the word before the verb.
    The place phrase has at most four words, none that opens a clause ("and", "who", "said")."""
    floor = max(0, end - 64)
    match = _PLACED_PEOPLE.search(text, floor, end)
    if match is None:
        return None
    word = match.group(1)
    lower = word.lower()
    start = match.start(1)
    if (
        not lower.endswith(("s", "men"))
        or not human.plural(lower)
        or _known(lower, lexicon, speaker_nouns)
        or not _NOT_IN_PLACE.isdisjoint(match.group(2).lower().split())
    ):
        return None
    if not (word.islower() or (word[1:].islower() and _sentence_start(text, start))):
        return None  # a name ("Sanders in Iowa said")
    return ShapeHit(start, start + len(word), word)


_AFTER_CUE = re.compile(r"(?:\s+[a-z][\w'’-]*){1,4}")
_NOT_IN_GROUP_LIST = """and or but that who which whom whose than as if when while because the
a an this these those his her its their our my your"""
_NOT_IN_GROUP_PHRASE = frozenset(_NOT_IN_GROUP_LIST.split())
"""Words that end the search after a cue ("criticism from rivals" but not "from the report
that voters read"); determiners may only open it."""


def _people_after_cue(
    text: str,
    pos: int,
    human: HumanNouns,
    lexicon: SourcingLexicon,
    speaker_nouns: frozenset[str],
) -> ShapeHit | None:
    """The first plural people noun by shape among the (at most four) lower-case words right
    after a cue ("criticism from longtime rivals", "anxiety among the party's pollsters")."""
    words = _AFTER_CUE.match(text, pos, min(len(text), pos + 60))
    if words is None:
        return None
    at = pos
    for index, word in enumerate(words.group().split()):
        at = text.find(word, at)
        lower = word.lower()
        if index and lower in _NOT_IN_GROUP_PHRASE:
            return None
        if (
            lower.endswith("s") or compound_plural(lower) or lower in human.heads
        ) and _WORDLIKE.fullmatch(lower) and human.plural(lower):  # round 29: "..., said some
            # fishermen", "according to townspeople": the plurals with no "s", as before a verb
            if _known(lower, lexicon, speaker_nouns):
                return None  # a listed group: its own hit decides
            return ShapeHit(at, at + len(word), word)
        at += len(word)
    return None


_NOT_PSYCH_LIST = """opposed concerned interested resigned convinced divided united
disillusioned disenchanted embittered exasperated displeased baffled perplexed bewildered"""
_NOT_PSYCH_VERBS = frozenset(_NOT_PSYCH_LIST.split())
"""Attitudes whose verb does not make its object feel them, or names a goal more often than a
feeling ("Trump opposed Republicans on trade", "the case concerns voters", "has to convince
voters", "agreed to divide the primaries"); round 22: participles that stand before a group as
adjectives far more often than as verbs ("hopes to win back disenchanted voters"); and the
verbs of puzzlement, whose subject is a puzzle, not a view ("the odds baffle experts": left
out so the CoNLL weasel figure stays as it was; "experts are baffled" is still a view)."""
_NOT_BEFORE_PSYCH_LIST = """be is are was were been being get got become became seem seemed
feel felt remain remained grow grew so too very more most less least how and or of by to with
for from among in on at about as than could would might may will can should must"""
NOT_BEFORE_PSYCH = frozenset(_NOT_BEFORE_PSYCH_LIST.split())
"""Words before an -ed attitude that make it an adjective ("were so alarmed", "to frustrated
voters") or before any form that make it an infinitive ("to galvanize voters": a goal); round
26: or a modal ("her departure could unsettle investors": a reaction foreseen, nobody's view)."""


def psych_verb(word: str, attitudes: frozenset[str]) -> bool:
    """ "alarmed", "alarms", "alarm", "frustrates", "worries": a verb whose object feels what its
    -ed participle, an ``[attitudes]`` word, names (round 8)."""
    if word.endswith("ed"):
        return word in attitudes and word not in _NOT_PSYCH_VERBS
    if word.endswith("ies"):
        participle = word[:-3] + "ied"
    elif word.endswith("s"):
        participle = word[:-1] + ("d" if word[-2:-1] == "e" else "ed")
    elif word.endswith("y"):
        participle = word[:-1] + "ied"
    else:
        participle = word + ("d" if word.endswith("e") else "ed")
    return participle in attitudes and participle not in _NOT_PSYCH_VERBS


@lru_cache(maxsize=8)
def psych_forms(attitudes: frozenset[str]) -> frozenset[str]:
    """Every word ``psych_verb`` accepts, built once from the attitudes it is derived from (a
    set look-up first, so that most groups cost no derivation at all)."""
    forms = set()
    for participle in attitudes:
        if not participle.endswith("ed"):
            continue
        stems = (participle[:-2], participle[:-1], participle[:-3] + "y")
        for stem in stems:
            for word in (stem, stem + "s", stem[:-1] + "ies", participle):
                if word and psych_verb(word, attitudes):
                    forms.add(word)
    return frozenset(forms)


_BARE_QUANTIFIERS = frozenset(
    ["many", "some", "few", "most", "others", "everyone", "everybody", "several"]
)


def possessive_entries(lexicon: SourcingLexicon) -> frozenset[str]:
    """The scanner's ``possessive`` tag: "voters'", "the electorate's" (each group noun with its
    possessive ending; the plain noun never matches before an apostrophe)."""
    nouns = (set(lexicon.collectives) | set(lexicon.anonymous_heads)) - _BARE_QUANTIFIERS
    nouns |= set(_sections("human_nouns.txt").get("collective_singulars", ()))
    entries = set()
    for noun in nouns:
        if " " in noun or noun in ("whom", "those", "all"):
            continue
        for mark in ("'", "’"):
            entries.add(noun + mark if noun.endswith("s") else noun + mark + "s")
    return frozenset(entries)


def merged(listed: list, found: list) -> list:
    """Two lists of hits in text order, merged (the listed hits first at a tie)."""
    if not found:
        return listed
    return sorted(listed + found, key=lambda hit: hit.start())
