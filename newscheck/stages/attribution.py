"""Attribution frames: a speech cue ("said", "according to") and the speaker mention it credits.

``find_frames`` scans the analysis text once for cue words (one trie-shaped regex compiled from
``lexicons/speech_verbs.txt``) and, around each, finds the speaker: the noun phrase before the cue
("Dana Whitfield, the board's chair, said"), after it ("said the mayor", "according to X",
"as reported by X"), or a pronoun ("he emphasized").  Every step is local to the cue: linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newscheck.lexicon_files import section_lines, section_word_list
from newscheck.stages.quote_lexicons import alternation, lemma_lines, sections
from newscheck.stages.quote_marks import NICKNAME_MARKS, last_visible
from newscheck.stages.scans import leftmost_matches

PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we", "you"])


def attribution_words(section: str) -> frozenset[str]:
    """One section of ``lexicons/attribution_words.txt``."""
    return frozenset(sections("attribution_words.txt")[section])


DETERMINERS = attribution_words("determiner")
COGNITIONS = attribution_words("cognition_verb")
"""Verbs of knowing and believing: what a subject knew, the sentence may credit to another."""
ADD_FORMS = frozenset(["add", "adds", "added", "adding"])
"""The forms of "add", a cue that also takes a plain object ("added 160 security personnel",
"will add money to the bill"): the quotes and sourcing stages both test for it."""
QUESTION_FORMS = frozenset(["question", "questions", "questioned", "questioning"])
QUESTIONED_PEOPLE = attribution_words("told_listener") | attribution_words("questioned_people")
"""People "questioned" ("agents had questioned former Veltrix sales staff"): an interrogation,
no report, for the quote stage's clause test and the sourcing stage's verb test (round 21)."""
ACCORDING_AFTER_COMMA = re.compile(r",\s*+according to\b", re.IGNORECASE)
"""', according to': the sentence credits what came before to someone else."""
_AUXILIARIES = attribution_words("skipped_before_cue")
_BOUNDARY = attribution_words("phrase_boundary")
# Prepositions allowed inside a speaker phrase after these words ("a person familiar with ...").
_ATTACHING = attribution_words("attaching_head")
_PLACE_ATTACHING = attribution_words("place_attaching_head")
_ABBREVIATIONS = attribution_words("abbreviation")
_PASSIVE_CUES = attribution_words("passive_cue")
_ASPECT_BEFORE_ING = attribution_words("aspect_before_ing")
NOUN_AFTER_CUE = frozenset(
    tuple(entry.split("_", 1)) for entry in attribution_words("noun_after_cue")
)
"""(cue, noun) pairs that make a noun, not a cue ("think tank")."""
NOUN_CUES = frozenset(cue for cue, _ in NOUN_AFTER_CUE)
_NOUN_BEFORE_CUE = frozenset(
    tuple(entry.split("_", 1)) for entry in attribution_words("noun_before_cue")
)
"""(noun, cue) pairs that make a compound noun, not a cue ("a red flag warning")."""
_CUES_AFTER_NOUN = frozenset(cue for _, cue in _NOUN_BEFORE_CUE)
_PASSIVE_AUX = frozenset(["as", "was", "were", "been", "is", "are", "being", "first", "be"])
_PARTICLES = frozenset(["aside", "off", "away", "down", "up", "out", "over"])
_PAST_BEFORE = re.compile(r"([a-z]{2,20}ed)(?: ([a-z]{2,5}))? $")
_PLURAL_THEN_PREPOSITION = re.compile(
    r" [a-z]{2,20}s(?:[.,;:]| (?:about|of|for|from|by|to|on|over|in|against)\b)"
)


def _adjective_after_verb(text: str, start: int, end: int) -> bool:
    """Round 22 (FIXA22): whether the "-ed" cue at ``start`` follows a past-tense verb and
    comes before a plural noun and a preposition, so it modifies that noun ("Vance brushed aside
    repeated warnings about", "officials ignored repeated calls for"): the cue is an adjective
    and the verb no part of a speaker's name (but "the chairs that POLITICO interviewed
    predicted Clinton will ...": a clause follows, the cue reports)."""
    if _PLURAL_THEN_PREPOSITION.match(text, end) is None:
        return False
    found = _PAST_BEFORE.search(text, start - 30 if start > 30 else 0, start)
    if found is None or found.start() and text[found.start() - 1].isalpha():
        return False
    particle = found.group(2)
    return particle is None or particle in _PARTICLES

_PREPOSITIONS = frozenset(["of", "for", "with", "to", "on", "at", "from", "in", "about"])
_AMONG = frozenset(["among", "amongst", "between"])
"""Prepositions before the people a feeling spread to ("sparked fury among residents")."""
_PLACE_PREPOSITIONS = attribution_words("place_preposition")
_MODIFYING_PARTICIPLES = attribution_words("modifying_participle")
_AGENT_PARTICIPLES = attribution_words("agent_participle")
REPORTED_PARTICIPLES = attribution_words("reported_participle")
DOCUMENT_PARTICIPLES = attribution_words("document_participle")
_SPEAKER_DOCUMENT_PARTICIPLES = attribution_words("speaker_document_participle")
DOCUMENT_HELD_BY = section_word_list("attribution_words.txt", "document_held_by")
"""Round 23: participles whose "by" names who holds or read a document, not its author ("A
draft consent order viewed by Reuters says"; ``mentions`` reads the kind before them)."""
_DOCUMENT_HELD_BY = frozenset(DOCUMENT_HELD_BY)
_SPEECH_NOUNS = attribution_words("speech_noun")
"""Round 17: nouns of saying ("warnings", "claims"), cues when "from"/"by", a speaker and a
"that" clause follow (``_noun_cue``); in the cue trie with the verbs (a scan of their own for
" from " and " by " had cost a seventh of the cue scan).  Lower case only: a capitalised one
opens its sentence, a subject ``_noun_cue`` leaves out anyway, and capitals in the trie slowed
the scan at every name."""


def _joined_name_pairs() -> frozenset[tuple[str, str]]:
    """(word before, word after) the "and" or "&" of outlet names ("Globe and Mail", "Mail &
    Guardian" in ``outlets.txt``): such a name is one speaker phrase."""
    pairs = set()
    for name in section_lines("outlets.txt", "").get("names", ()):
        words = name.lower().split()
        for i in range(1, len(words) - 1):
            if words[i] in ("and", "&"):
                pairs.add((words[i - 1], words[i + 1]))
    return frozenset(pairs)


_JOINED_NAME_PAIRS = _joined_name_pairs()
_DETERMINER_OPENERS = frozenset(["by", "outside", "inside", "near"])
"""Besides the prepositions above, words after which a determiner goes on a forward speaker
phrase ("a report by the Associated Press", "said one fan outside the stadium")."""
_SPATIAL_PREPOSITIONS = frozenset(
    ["along", "onto", "into", "across", "through", "toward", "towards", "behind", "beside",
     "under", "over", "near", "around", "against", "beyond", "past", "outside", "inside"]
)
"""Before a determiner these make the phrase a place, not a speaker, unless its head takes
them ("Protesters outside the embassy")."""
_PHRASE_ENDERS = attribution_words("phrase_ending_word")
_DEGREE_WORDS = frozenset(["most", "more", "least", "less"])
_ARTICLES = frozenset(["a", "an", "the", "one"])
"""Before these, an -ed word is an adjective ("a retired teacher"); after "some" or "many" it
is more often the verb ("Some chanted")."""
_ORDINALS = frozenset(["first", "last", "next", "top", "other", "past"])
"""A count after these stays in the phrase ("the first five questioners")."""
_QUANTIFIER_SUBJECTS = frozenset(["some", "many", "most", "several", "few"])
"""Quantifiers that stand for unnamed people as a subject ("Some said", "Many say"; not "all"
or "both", which sum up people just named: "X, Y and Z all said")."""
BEFORE_OTHER = frozenset([
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
    "some", "the", "these", "those", "few", "dozens", "hundreds", "its", "his", "her", "their",
])
"""Round 28: a count or determiner before "other" that opens the phrase ("Two other nurses")."""
_PLURAL_CUE_NOUNS = frozenset(["reports", "claims", "statements", "accounts", "briefings"])
_PLURAL_QUANTITIES = frozenset(
    ["multiple", "numerous", "various", "several", "many", "conflicting"]
)
"""Round 28: a plural quantity before a cue's -s form makes it a noun ("according to multiple
reports")."""
_VOTED_DOWN = re.compile(
    r"(?:(?:an?|the|its|their|his|her)[ \t]++)?+(?:[\w'\u2019-]++[ \t]++){0,3}?"
    r"(?:constitution|charter|bill|law|treaty|amendment|referendum|ordinance|measure|motion"
    r"|initiative|budget|legislation)s?\b",
    re.IGNORECASE,  # (a title-case headline: "Voters Reject New Constitution")
)
_AS_AFTER = re.compile(r"[^.;:!?\n]{0,60}?[ \t]as[ \t]")


def voted_down(text: str, start: int, end: int) -> bool:
    """Round 25: whether the object of "rejected" at ``start`` (up to ``end``) makes it a vote
    on a law-like measure ("rejected a proposed new constitution", "rejected the bill", a
    headline's "rejects new constitution"): a result, not a view on what someone said. Not an
    offer, a plan or a deal (a union's "rejected the pay offer" is its stance, AUDIT24), nor a
    rejection "as" something ("rejected the bill as a power grab": a view)."""
    measure = _VOTED_DOWN.match(text, start, end)
    return measure is not None and not _AS_AFTER.match(text, measure.end(), end)


_VOTING_PEOPLE = attribution_words("voting_people")
_HEAD_ENDS = frozenset(["of", "in", "at", "from", "for", "on", "with", "who", "that", "which"])


def can_vote(subject: str) -> bool:
    """Round 26 (DEFECT26): whether the subject of "rejected" + a measure can vote or decide on
    it, so that the rejection is a result: voters, lawmakers, members, shareholders, delegates
    (``[voting_people]``), and any name or body no people list knows ("Rubio", "several
    states"). Critics, experts, analysts, observers (other plural people nouns) cannot: they
    reject in speech ("Critics rejected the budget" is their view). The head is the last word
    before a preposition or relative ("critics of the mayor" -> critics)."""
    head = ""
    for word in subject.split():
        word = word.strip(".,;:'\u2019\"()").lower()
        if word in _HEAD_ENDS:
            break
        head = word
    if head in _VOTING_PEOPLE:
        return True
    return not _people_group(head, True)


_CONTRAST_OPENERS = frozenset(["but", "yet", "while", "whereas", "although", "though"])
"""Conjunctions that open a clause: a bare quantifier after one is its subject ("Some expect
a cut, but many warn that ...")."""
# A word (with a plural possessive's apostrophe: "Sanders' adviser"), or one punctuation mark.
# The pattern opens with one character class (any non-space) so the engine skips spaces at C
# speed; a look-behind then tells a word from a punctuation mark.  Same tokens as
# ``[^\W_]\w*(?:...)*...|[^\w\s]`` (an underscore alone is no token), about 12 % faster.  The
# quantifiers are possessive: nothing after them can fail, so giving back is never needed, and
# the engine skips the bookkeeping for it (another 7 %).
_TOKEN = re.compile(  # word runs joined by ' . & - (and "12,000"), no backtracking
    r"[^\s](?:(?<=[^\W_])\w*+(?:(?:['\u2019.&-]++|,(?=\d{3}(?!\d)))\w++)*+"
    r"(?:(?<=[sS])['\u2019](?!\w))?+%?+\.?+"
    r"|(?<=[^\w]))"
)
_TRAILING_MARKS = ",;:!?\"\u201d)"
"""Marks that are a token of their own after a word, never part of it (no ``_TOKEN`` word
takes them in: its joiners are ' \u2019 . & - and a comma before three digits)."""
_OPEN_MARKS = "\"'\u201c\u2018\u00ab"
_CLOSE_MARKS = "\"'\u201d\u2019\u00bb"


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    section: str  # 'clause', 'object', 'according', 'passive' or 'noun'


@dataclass(slots=True)
class Frame:
    """A cue and the speaker mention it credits (``speaker`` None when none is found)."""

    cue: Cue
    speaker: tuple[int, int] | None
    inverted: bool = False
    """True when the speaker follows the cue ("said the mayor", "according to X")."""
    apposition: tuple[int, int] | None = None
    """The description set off by commas between speaker and cue ("the board's chair")."""

    @property
    def start(self) -> int:
        """Where the speaker phrase (with a role set before the name) starts, or the cue."""
        if self.speaker is None:
            return self.cue.start
        if self.apposition is not None and self.apposition[0] < self.speaker[0]:
            return self.apposition[0]
        return self.speaker[0]

    @property
    def end(self) -> int:
        """Where the attribution ends: after the cue, or after the speaker when it follows."""
        if self.inverted and self.speaker is not None:
            if self.apposition is not None and self.apposition[1] > self.speaker[1]:
                return self.apposition[1]  # "according to X, a tracking service,"
            return max(self.cue.end, self.speaker[1])
        return self.cue.end


@lru_cache(maxsize=1)
def _verb_sections() -> dict[str, str]:
    forms: dict[str, str] = {}
    for section, lines in lemma_lines("speech_verbs.txt").items():
        for line in lines:
            for form in line:
                forms.setdefault(form.replace("_", " "), section)
    return forms


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    """A cue word at a word start.  The regex opens with the non-word character before the cue
    (group 1 is the cue) instead of ``\\b``: the engine then skips the letters inside words at C
    speed instead of trying a boundary at every position (about 20 % faster on news text).
    Every cue starts and ends with a letter, so the matches are those of ``\\b(?:...)\\b``."""
    return re.compile(r"[^\w](" + _cue_body() + r")\b")


@lru_cache(maxsize=1)
def _split_cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``_cue_pattern`` as two scans, or None when that could differ: cues after a space (a
    literal first character, which the engine finds far faster than a ``[^\\w]`` class) and
    cues after any other non-word character (an ASCII class, checked by a look-behind).  The
    second scan may try the space inside a multi-word cue ("referred to"), which one scan
    would have consumed; that only matters when what follows such a space can start a cue."""
    forms = [*_verb_sections(), *_SPEECH_NOUNS, "according to", "According to"]
    for form in forms:
        for index, char in enumerate(form):
            if char != " ":
                continue
            rest = form[index + 1 :]
            if any(f == rest or f.startswith(rest + " ") or rest.startswith(f + " ")
                   for f in forms):
                return None
    body = _cue_body()
    # The second scan tests its class at every position; a look-ahead for the letters that
    # can start a cue rejects most non-word characters (a quotation mark before a capital, a
    # newline before a digit) before the trie is entered (a quarter of that scan's time).  It
    # comes before the look-behind (round 20): the comma or period before a space, most of
    # the class's characters, then fails at the first test (a tenth of the scan's instructions).
    initials = re.escape("".join(sorted({form[0] for form in forms})))
    return (
        re.compile(r" (" + body + r")\b"),
        re.compile(r"[^a-zA-Z0-9 ](?=[" + initials + r"])(?<=[^\w])(" + body + r")\b"),
    )


@lru_cache(maxsize=1)
def _cue_at_start() -> re.Pattern[str]:
    """A cue opening the text (no character before it)."""
    return re.compile(r"(?:" + _cue_body() + r")\b")


def _cue_body() -> str:
    """The cue forms as one trie ("according to" in it: a separate first alternative cost an
    extra branch at every space the scans try)."""
    return alternation(sorted({*_verb_sections(), *_SPEECH_NOUNS, "according to", "According to"}))


@lru_cache(maxsize=1)
def role_heads() -> dict[str, str]:
    """Role noun -> the kind of source it refers back to ('person', 'outlet', ...)."""
    result: dict[str, str] = {}
    for section, words in sections("speaker_words.txt").items():
        if section.startswith("role."):
            for word in words:
                result.setdefault(word, section[5:])
    return result


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["title"])


@lru_cache(maxsize=1)
def descriptors() -> frozenset[str]:
    """Occupations written before a name ("Pop star Mara Quill", "Comedian Sarah Silverman")."""
    return frozenset(sections("speaker_words.txt")["descriptor"])


def verb_section(word: str) -> str | None:
    return _verb_sections().get(word)


def _tokens(text: str, lo: int, hi: int, count: int = 0) -> tuple[list[str], list[int]]:
    """The tokens of ``text[lo:hi]`` (the first ``count`` when given): their texts and where
    each starts (it ends ``len(word)`` later).

    A token never holds a space, so the text is read piece by piece between spaces.  A piece
    of letters is one token, read off as it is, and so is one ending in a period ("Mr.",
    "Smith."), with each of ``_TRAILING_MARKS`` after it a token of its own ("Smith,", 'Lee."');
    only the other pieces ('"We', "Trump's", "12,000", "end.\\nThe", "" between two spaces)
    go through ``_TOKEN``, whose match costs several times as much (its look-behinds and
    possessive groups).  The tokens are the same: ``_TOKEN``'s look-arounds see only a
    token's own characters and the space or end after it."""
    words: list[str] = []
    starts: list[int] = []
    position = lo
    for piece in text[lo:hi].split(" "):
        if piece.isalpha():
            words.append(piece)
            starts.append(position)
        elif piece:
            word = piece.rstrip(_TRAILING_MARKS)  # "Smith,", "Lee.\u201d": the word, each mark
            if word and (word.isalpha() or word[-1] == "." and word[:-1].isalpha()):
                words.append(word)
                starts.append(position)
                at = position + len(word)
                for mark in piece[len(word) :]:
                    words.append(mark)
                    starts.append(at)
                    at += 1
            else:
                for match in _TOKEN.finditer(text, position, position + len(piece)):
                    words.append(match[0])
                    starts.append(match.start())
        if count and len(words) >= count:
            return words[:count], starts[:count]
        position += len(piece) + 1
    return words, starts


def _is_word(token: str) -> bool:
    return token[0].isalnum()


def _ends_sentence(token: str) -> bool:
    """A word token that swallowed a sentence-final period ("Zelensky.")."""
    if len(token) < 2 or token[-1] != ".":
        return False
    return not is_abbreviation(token[:-1])


def is_abbreviation(word: str) -> bool:
    """Whether a period after ``word`` ends an abbreviation, not a sentence: an initial ("J."),
    a dotted one ("U.S.") or one of ``[abbreviation]`` ("Mr.", "Gen.", "Inc."). The one test
    for the speaker phrases here and the speaker stage's sentence openings (round 14)."""
    return len(word) == 1 or "." in word and not (
        word[0].isdigit() and word[-1:] in _NUMBER_ENDS
    ) or word.lower() in _ABBREVIATIONS


_NUMBER_ENDS = frozenset("0123456789%")
"""Round 28: the last character of a decimal number ("growth of 0.1%. Paul Dales said"): its
period ends the sentence, as after a word."""


@lru_cache(maxsize=1)
def act_forms() -> frozenset[str]:
    """Every form of the ``[act_verb]`` lemmas ("rejected", "ask"): cues that report an act as
    much as words, content inside another speaker's reported clause (round 15)."""
    lemmas = attribution_words("act_verb")
    return frozenset(
        form
        for line in section_lines("speech_verbs.txt", "").get("clause", [])
        if line.split(":", 1)[0].strip() in lemmas
        for form in line.split(":", 1)[-1].split()
    )


@lru_cache(maxsize=1)
def _act_after() -> re.Pattern[str]:
    return re.compile(
        r"(?:\s++(?:" + alternation(_AUXILIARIES) + r")\b){0,3}+\s++(?:"
        + alternation(act_forms()) + r")\b",
        re.IGNORECASE,
    )


def act_follows(text: str, position: int) -> bool:
    """Whether an act verb ("had rejected", "would ask") follows ``position`` (a subject's
    end), with at most three auxiliaries or adverbs between."""
    return _act_after().match(text, position) is not None


def opens_a_sentence(word: str) -> bool:
    """Whether a capitalised ``word`` after a one-letter "X." starts a new sentence rather than
    completing a name ("on X. Others were", "Plan B. The"; not "J. Smith"): a function word, a
    frequent sentence starter, or a plural noun for people ("Critics", "Others"). Round 15."""
    from newscheck.stages.sentences import punkt_parameters  # (loaded by the sentence stage)

    lowered = word.lower()
    return word[:1].isupper() and (
        lowered in DETERMINERS or lowered in PRONOUNS or lowered in _BOUNDARY
        or lowered in punkt_parameters().sent_starters or _group_opening(lowered)
    )


def _initial_ends_sentence(words: list[str], index: int) -> bool:
    """Whether the one-letter "X." at ``index`` ends its sentence: a new sentence opens after it
    ("the clip on X. Others said"), not a surname ("J. Smith")."""
    token = words[index]
    return (
        len(token) == 2 and token[0].isupper() and index + 1 < len(words)
        and opens_a_sentence(words[index + 1])
    )


WHO_CONTRACTIONS = {
    "who'd": ("who", "would"), "who've": ("who", "have"), "who're": ("who", "are"),
    "who'll": ("who", "will"),
}
"""Round 19: a contracted "who" opens a relative clause like "who" ("Many of the local GOP
leaders who'd rather be working for Cruz said ..."), read as its two words; not "who's" (also
"who is" in a question)."""
_WHO_FORMS = frozenset(
    ["who", *WHO_CONTRACTIONS, *(form.replace("'", "\u2019") for form in WHO_CONTRACTIONS)]
)
""""who" and its contractions, with either apostrophe: a relative clause opens alike."""


def _who_before(words: list[str], first: int) -> int | None:
    """Index of a "who" at most six words before ``first`` with no punctuation between (the
    phrase at ``first`` sits in that relative clause), or None."""
    for index in range(first - 1, max(-1, first - 7), -1):
        token = words[index]
        if not _is_word(token) or token[-1] in ".!?":
            return None  # punctuation, or a word ending a sentence ("... on Tuesday.")
        if token.lower() in _WHO_FORMS:
            return index
    return None


_TITLE_ABBREVIATIONS = frozenset([
    "dr", "st", "sen", "gen", "gov", "rep", "mr", "mrs", "ms", "jr", "sr", "prof", "lt", "col",
    "capt", "sgt", "rev", "supt", "det", "insp", "adm", "cmdr", "maj", "cllr", "atty", "mt",
    "ft", "u.s", "u.k",
])
"""Review 29: abbreviations that stand before a name, whose full stop ends no sentence ("who
works for Dr. Patel"); "a.m.", "p.m." and "no." at a sentence's end do end it."""


def _first_who_in_sentence(words: list[str], before: int) -> int | None:
    """Index of the first "who" (from index 1) before ``before`` in the sentence that holds it:
    round 29, not a "who" of the sentence before ("Two people who were at a bus stop told the
    Gazette ... One witness, who gave only her first name, Kerry, said": the witness)."""
    floor = 1
    for index in range(before - 1, 0, -1):
        word = words[index]
        if word in (".", "!", "?") or (
            word[-1] in ".!?" and len(word) > 2 and (word[-2].islower() or word[-2].isdigit())
            and word[:-1].lower() not in _TITLE_ABBREVIATIONS
            and index + 1 < len(words) and words[index + 1][:1].isupper()
        ):  # review: "fast." and "4 a.m." end one; not "Sen.", "Dr." before a name
            floor = index + 1
            break
    return next((i for i in range(floor, before) if words[i] == "who"), None)


def _relative_clause_start(words: list[str], before: int) -> int | None:
    """Index of a "who" opening a relative clause (no punctuation in between) that the words
    before ``before`` sit in, looking back at most 20 tokens."""
    for index in range(before - 1, max(-1, before - 21), -1):
        token = words[index]
        if not _is_word(token) or (token[-1] == "." and token[:-1].isalpha() and (
            token.islower() or _ends_sentence(token)
        )):  # punctuation, or a sentence's last word ("who had come to speak.", round 18: "who
            return None  # had been left in the state of Veracruz. The institute said")
        if token.lower() in _WHO_FORMS:
            return index
    return 0 if before > 0 and before - 21 < 0 else None  # ran into the first token: look further


_GROUP_PRONOUNS = frozenset(["some", "many", "others", "few", "most", "several", "those"])
"""Pronouns of a share of people before "in"/"at" and a body ("Some in the party")."""


def _joins_two_places(words: list[str], index: int) -> bool:
    """Whether the "and" at ``index`` joins two capitalised names after a preposition that
    attaches to the noun before it ("towns in Colorado and Wyoming", "Residents of Oak Hill and
    Pine Ridge"): one phrase, headed by that noun."""
    if index + 1 >= len(words) or not words[index + 1][:1].isupper():
        return False
    before = index - 1
    while before >= 0 and index - before <= 3 and words[before][:1].isupper() and (
        words[before].isalpha()
    ):
        before -= 1
    if before < 1 or before == index - 1 or words[before] not in _WHERE_PLACES_ATTACH:
        return False
    head = words[before - 1]
    return (head[:1].islower() or head.lower() in _PLACE_ATTACHING) and _attaches(
        words[before], head
    )


_WHERE_PLACES_ATTACH = frozenset(["of", "in", "from", "across"])


def _attaches(preposition: str, before: str) -> bool:
    """Whether "<before> <preposition> ..." keeps the phrase going backwards: "the head of",
    "a person familiar with", "one mother in (the Riverside neighborhood)"."""
    lowered = before.lower()
    if preposition == "in" and _is_number(lowered):
        return True  # "Two in three voters said": a share, not "three voters"
    if lowered in _PLACE_ATTACHING and preposition in _PLACE_PREPOSITIONS:
        return True  # "Critics in Izmir", "Protesters outside the embassy": the group speaks
    if preposition in _PLACE_PREPOSITIONS and before[:1].islower() and _one_person(lowered):
        return True  # round 27: "A soldier near the bridge", "a resident outside the station":
        # one person of such a group, placed, speaks as the group does
    if preposition in _MODIFYING_PARTICIPLES and (
        lowered in _PLACE_ATTACHING or lowered in _ATTACHING or _group_noun(lowered)
    ):
        return True  # "Lawyers representing the families": the lawyers speak, not the families
        # (round 25: "Environmental groups opposing the plan said": the groups)
    if lowered in _MODIFYING_PARTICIPLES and (
        preposition in _PLACE_PREPOSITIONS or preposition in _PREPOSITIONS
    ):
        return True  # "Residents living near the plant", "people working at the mill"
    if preposition == "by" and lowered in _AGENT_PARTICIPLES:
        return True  # "An engineer hired by the council said": the engineer, not the council
    if lowered in _SPEAKER_DOCUMENT_PARTICIPLES and preposition in _PREPOSITIONS:
        return True  # round 15 review: "A statement posted on X said", "A letter sent to
        # parents said": the document speaks, not X or the parents
    if preposition == "by" and lowered in _DOCUMENT_HELD_BY:
        return True  # round 23: "A draft consent order viewed by Reuters says", "a memo
        # obtained by the newspaper says": the document speaks, not who holds it
    if preposition in ("in", "by") and lowered in REPORTED_PARTICIPLES:
        return True  # round 15: "Two crew members quoted in the filing, who ..., describe"
    if preposition in _WHERE_PEOPLE_SPEAK and _people_group(lowered, before[:1].islower()):
        return True  # round 22: "fans on phone-ins demanded", "users on the forum say": the
        # people speak, not the programme or the forum
    if lowered in _GROUP_PRONOUNS and preposition in ("in", "at", "within", "inside", "on"):
        return True  # round 18: "Some in the party say", "Many at the club believe": the
        # people speak, not the party or the club (round 27: "Many on Wall Street believe",
        # "Some on the left say": not a person named Wall Street)
    if preposition not in _PREPOSITIONS:
        return False
    if preposition in ("of", "for") or lowered in _ATTACHING:
        return True
    return (
        before[0].islower() and _is_word(before) and lowered not in _BOUNDARY
        and not lowered.endswith("ed") and lowered not in _verb_sections()
        and preposition in ("in", "from", "at")
    )


_WHERE_PEOPLE_SPEAK = frozenset(["on", "at", "in", "from"])


@lru_cache(maxsize=4096)
def _people_group(word: str, lower_case: bool) -> bool:
    """Whether lower-case ``word`` is a plural people noun: a vague collective ("fans",
    "Democrats": ``[collectives]`` of vague.txt), or, written in lower case (not a name:
    "Sanders in the past"), one the shapes of human_nouns.txt know ("callers", "users")."""
    if not word.endswith("s") or not word.isalpha():
        return False
    from newscheck.stages.mentions import lexicon_for  # (mentions imports this module)
    from newscheck.stages.source_shapes import human_nouns

    return word in lexicon_for(None).collectives or (
        lower_case and human_nouns().plural(word)
    )


def _after_verb_phrase(words: list[str], first: int, last: int) -> tuple[int, int]:
    """The antecedent of ", which"/", who" without the verb phrase it ends: "faced pressure from
    activist investor Greyline Capital, which" -> "activist investor Greyline Capital".  Only
    when the phrase opens with a bare lower-case word that is no determiner, role or title
    ("former secretary of state Hillary Clinton, who" stays whole): the words after its first
    preposition ("praise came from former secretary of state Hillary Clinton, who")."""
    opening = words[first]
    if not (opening.isalpha() and opening.islower()) or opening in DETERMINERS or (
        opening in role_heads() or opening in titles()
    ):  # "executive director of the Latino Partnership, who": the director
        return first, last
    if _group_opening(opening):
        return first, last  # "residents of the town, who said", "supporters of Hillary
        # Clinton, who said": the people the phrase opens with said it, not the town or Clinton
    if not words[last][:1].isupper():
        if not opening.endswith("ed"):
            return first, last
        from newscheck.stages.source_shapes import human_nouns  # (as in _group_opening)

        if not human_nouns().plural(words[last].lower()):
            return first, last
        # round 20: "has sparked fury among longtime residents, who say", "angered longtime
        # residents, who": a past verb opens the phrase, the people after it (and after its
        # object's preposition) are the antecedent
        for index in range(last - 1, first, -1):
            if words[index] in _PREPOSITIONS or words[index] in _AMONG:
                return index + 1, last
        return first + 1, last
    for index in range(first + 1, last):
        if words[index] in _PREPOSITIONS:
            return index + 1, last
    return first, last


def _group_opening(word: str) -> bool:
    """Whether a lower-case ``word`` opening a phrase names people or a number of them
    ("residents", "friends", "dozens"): "<people> of/at <the rest>, who" are the people."""
    from newscheck.stages.source_shapes import human_nouns  # (mentions imports this module)

    return word.endswith("s") and (
        human_nouns().plural(word) or word[:-1] in role_heads() or word in _GROUP_OPENINGS
    )


_GROUP_OPENINGS = attribution_words("group_opening")
"""Plural openings no people-noun list holds ("friends of the suspect, who said")."""


def _infinitive_after_participle(words: list[str], index: int) -> bool:
    """Whether "to <verb>" comes before the determiner at ``index`` and a participle phrase
    before that: "working to restore the power", "hired by the district to produce the
    figures" (not "tried to defend his remarks", "to what the senators")."""
    verb = words[index - 1]
    if words[index - 2].lower() != "to" or not (verb.isalpha() and verb.islower()) or (
        verb in _BOUNDARY or verb in DETERMINERS
    ):
        return False
    before = words[index - 3]
    if before.islower() and before.endswith("ing") and before.isalpha():
        return True  # "working to", "trying to"
    for at in range(index - 4, max(index - 8, 0), -1):
        word = words[at]
        if not _is_word(word):
            return False
        if word == "by":
            return words[at - 1].lower() in _AGENT_PARTICIPLES
    return False


def _dates(words: list[str], index: int) -> bool:
    """Whether the token at ``index`` is a day or month after a preposition ("on Friday")."""
    return (
        index > 0 and words[index].lower() in _TIME_WORDS
        and words[index - 1].lower() in _BEFORE_TIME_WORD
    )


def _name_run_before(words: list[str], last: int) -> tuple[int, int] | None:
    """The capitalised words (a name, titles included) ending at ``last``, or None: the
    person an age follows ("Christine Blasey Ford, 51,"), without the clause before it."""
    first = last
    while first >= 0 and last - first < 6 and words[first][:1].isupper() and (
        _is_word(words[first]) or words[first].endswith(".")
    ):
        if _dates(words, first):
            break  # "on Friday Doris Kettle, 74,": the date is no part of the name
        if words[first].lower() in _SENTENCE_ADVERBS:
            break  # "But Kofi Mensah, 22,", "Meanwhile Christine Ford, 51,"
        first -= 1
    return (first + 1, last) if first < last else None


_A_BEFORE_PLURAL = attribution_words("a_before_plural")
"""Words after "a" that may open a phrase ending in a plural ("a few critics", "a growing number
of economists", "a dozen residents")."""

_SINGULAR_IN_S = ("ss", "us", "is")
"""Endings of singular nouns in -s ("witness", "boss", "census", "analysis"): "a key witness
said" is one phrase, not "a key (that) witness said"."""
_SINGULAR_IN_S_WORDS = frozenset(["news", "series", "species", "means"])
_GROUP_MODIFIERS = attribution_words("group_modifier")
"""Modifiers kept before the plural speakers of "a <...> <noun> <plural> say"."""


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Words that name a body ("department", "office", "administration"): the organisation name
    words and role nouns of speaker_words.txt."""
    words = sections("speaker_words.txt")
    return frozenset(words["organization.name_word"]) | frozenset(words["role.organization"])


_OF_OR_FOR = ("of", "for")
"""Round 21: "Centers for Disease Control and Prevention" joins its name like "Office of
Management and Budget"."""


def _joins_a_body_name(words: list[str], index: int, last: int) -> bool:
    """Whether the "and" at ``index`` (before ``last``) joins two capitalised words inside one
    body's name: after "<Body> of|for <Word>" ("Office of Management and Budget", "Department of
    Health and Social Care"), or before words ending in a body word ("Food and Drug
    Administration"); not "Casey of Pennsylvania and Sen. Pat Toomey", nor "Smith and Jones"."""
    if not (words[index - 1][:1].isupper() and words[index + 1][:1].isupper()) or (
        words[index + 1].lower() in titles()
    ):
        return False  # ("of the University of Chicago and Professor Knittel": a second person)
    bodies = _body_words()
    for of in (index - 2, index - 3):
        if of >= 1 and words[of] in _OF_OR_FOR and words[of - 1].lower() in bodies and (
            words[of - 1][:1].isupper()
        ):
            return True
    end = index + 1
    while end < last and words[end + 1][:1].isupper() and not (
        words[end][-1:] == "." and words[end][-2:-1].islower()
    ):  # (round 27: not past a full stop, "... Research Centre. Its epicentre")
        end += 1
    if end > index + 1 and _a_body_word(words[end].lower().rstrip("."), bodies):
        return True  # (a forward phrase's last word may carry the full stop; round 22: or a
        # plural, "the International Federation of Red Cross and Red Crescent Societies")
    # round 19: "The U.S. Customs and Border Protection agency reported": the capitalised name
    # before a lower-case body word that heads the phrase
    return end < last and words[end + 1].islower() and words[end + 1] in bodies and (
        end + 1 == last
    )


def _a_body_word(word: str, bodies: frozenset[str]) -> bool:
    """Whether a lower-case word is one of ``bodies`` or the plural of one ("societies")."""
    return word in bodies or word[-1:] == "s" and (
        word[:-1] in bodies or word.endswith("ies") and word[:-3] + "y" in bodies
    )


_NAME_CONNECTORS = frozenset(["in", "on", "for", "of", "and"])
"""Lower-case words inside a body's proper name ("Council on Foreign Relations")."""


def _body_name_opening(words: list[str], index: int, last: int) -> int | None:
    """Round 18 (LEFT18, issue 4): the token where a body's proper name opens when the
    connector at ``index`` ("in", "on", "for", "of", "and") sits inside it: walking back over
    capitalised words and connectors, within eight tokens, to a capitalised body word right
    after "the" and right before a connector ("the Organization
    for Security and Co-operation in Europe", "the Council on Foreign Relations").  The name
    must open with the body word: "the Hopi Tribal Housing Authority in Arizona" ends its name
    at "Authority" and "in Arizona" stays out (round 17 joined any two capitalised words around
    "in", which cut named speakers' appositions and made a false A101), and no person's title
    (a person's role: "Director", not "Foreign") follows the connector.  -1 when the walk
    reaches the first token (the name may open before the tokens)."""
    if not (words[index - 1][:1].isupper() and words[index + 1][:1].isupper()):
        return None
    titled, heads = titles(), role_heads()
    if any(
        (lowered := word.lower()) in titled and heads.get(lowered) == "person"
        for word in words[index + 1 : last + 1]
    ):
        return None  # a person after the body ("The Council on American-Islamic Relations
        # Executive Director Nihad Awad", "of the University of Chicago and Professor Knittel")
    bodies = _body_words()
    position = index - 1
    limit = index - 8 if index > 8 else 0
    while position >= limit:
        if position == 0:
            return -1  # the tokens may start inside the name: a longer window may find it
        word = words[position]
        lowered = word.lower()
        if lowered in _NAME_CONNECTORS:
            position -= 1
            continue
        if not word[:1].isupper():
            return None
        if lowered in bodies and words[position + 1] in _NAME_CONNECTORS and (
            words[position - 1].lower() == "the"
        ):
            return position
        if lowered in bodies and words[position + 1] in _OF_OR_FOR and (
            opening := _opening_after_the(words, position)
        ) is not None:
            return opening  # round 22: "the International Federation of Red Cross and Red
            # Crescent Societies": one or two capitalised words before "<Body> of"
        position -= 1
    return None


def _opening_after_the(words: list[str], position: int) -> int | None:
    """Where one or two capitalised words after "the" open before the body word at
    ``position`` ("the |International Federation"), or None."""
    for opening in (position - 1, position - 2):
        if opening < 1 or not words[opening][:1].isupper() or words[opening].lower() == "the":
            return None
        if words[opening - 1].lower() == "the":
            return opening
    return None


_WHERE_A_NAME_IS = frozenset(["in", "at", "from"])


def _placed_name(
    words: list[str], index: int, first: int | None, last: int
) -> bool:
    """Whether the preposition at ``index`` stands between a capitalised name and a place of
    one to three capitalised words ending the phrase ("Jones in Washington", "the Kremlin in
    Moscow"), not before names in apposition."""
    if first is None or index < 1 or last - first > 2:
        return False
    if last + 2 < len(words) and words[last + 1] == "," and words[last + 2][:1].isupper():
        return False  # ("two members of Congress from Florida, Ileana Roe and Carlos Cruz, have
        # said": names in apposition after the place; left to the apposition rules)
    if not all(words[i][:1].isupper() for i in range(first, last + 1)):
        return False
    before = words[index - 1]
    return before[:1].isupper() and before[-1:].isalpha() and (
        before.lower() not in DETERMINERS and before.lower() not in PRONOUNS
    )


_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*+")
"""A US lawmaker's party and state in apposition ("R-Ohio", "D-Calif.")."""


_CLAIM_NOUNS = attribution_words("claim_noun")
"""Nouns a reduced relative may follow with its speaker ("a claim Smith denies")."""


_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])
"""A pronoun that ends a description before a name set off by commas ("A lawyer for him, ...")."""
_NEGATABLE_PARTICIPLES = attribution_words("negatable_participle")
"""Participles a speaker's description negates ("Experts not involved in the study")."""


def _from_first_noun_word(words: list[str], first: int, last: int) -> tuple[int, int]:
    """Round 23: an antecedent that opens on a lower-case verb or adverb ("convince enough of
    the superdelegates", "seeking to embrace a younger generation of activists") starts at its
    first determiner or capitalised word; other phrases are returned as they are."""
    opening = words[first]
    if not opening.isalpha() or not opening.islower() or opening in DETERMINERS or (
        opening in _PEOPLE_OPENERS
    ) or not any(
        word in _BOUNDARY or word in DETERMINERS or word in _AMONG
        for word in words[first + 1 : last]
    ) or _attaches(words[first + 1].lower(), opening) or _people_noun(opening):
        return first, last  # (a verb takes an object: a determiner or preposition follows it;
        # "blue-collar Americans" stays whole, and so do "officials at the ministry",
        # "residents of the town": a people noun, or a noun its preposition attaches to)
    for index in range(first + 1, last + 1):
        word = words[index]
        if word.lower() in DETERMINERS or word[:1].isupper() or _is_number(word):
            return index, last
    return first, last


def _people_noun(word: str) -> bool:
    """Whether a lower-case word is a people noun ("officials", "researchers", "midwife")."""
    from newscheck.stages.source_shapes import human_nouns  # (it imports this module)

    nouns = human_nouns()
    return nouns.plural(word) or nouns.singular(word) or role_heads().get(word) == "person"


_PEOPLE_OPENERS = frozenset(("former", "senior", "top", "local"))
"""Lower-case words that open a speaker phrase (no verb before it): "former aides who"."""
_APPROXIMATORS = frozenset(("about", "around", "roughly", "nearly", "almost", "over"))
"""Before a number: how near the count is ("about 40%"), not a preposition."""


_GROUP_NAME_LINKS = frozenset(["for", "against", "and", "of", "in", "on", "the", "to", "&"])
_NAME_OPENING_PREPOSITIONS = frozenset(["In", "For", "On", "To"])
_GROUP_NAME_MARKS = frozenset(["for", "against"])


_NEVER_IN_A_NAME = frozenset(["I"])
"""Capitalised words that are never part of a group's name ("I" ends the run before it)."""


def _group_name_at_clause_start(words: list[str], last: int, complete: bool) -> int | None:
    """Round 25 (DEFECT25): where a group's proper name that opens its clause starts, when the
    capitalised words and links before ``last`` reach back to the clause's start and the name
    opens on a capitalised preposition ("In Defense of Animals") or goes on with "for" or
    "against" after its first words ("Citizens for Responsibility and Ethics in Washington",
    "Mothers Against Drunk Driving"); None otherwise (at most twelve tokens)."""
    index = last
    links = 0
    while index > 0 and last - index < 12:
        word = words[index - 1]
        if word in _GROUP_NAME_LINKS or word.lower() in _GROUP_NAME_MARKS:
            links += 1
        elif not (word[:1].isupper() and word[-1:].isalpha()) or word in _NEVER_IN_A_NAME:
            break
        index -= 1
    if not links or words[index] in _GROUP_NAME_LINKS:
        return None
    if index == 0 and not complete:
        return None  # (the name may open before the tokens)
    if index > 0 and words[index - 1][:1].isalnum() and not _ends_sentence(words[index - 1]):
        return None  # not the clause's start ("... told Citizens for ...")
    if words[index] in _NAME_OPENING_PREPOSITIONS:
        # "In Defense of Animals": a capital, then a name's link ("of", "for", "to"); not a
        # dateline's "In June the Treasury said", "On Monday the Pentagon said" (review 25)
        return index if words[index + 1][:1].isupper() and index + 2 < last and (
            words[index + 2] in ("of", "for", "to")
        ) else None
    for at in range(index + 1, min(last, index + 4)):
        if words[at].lower() in _GROUP_NAME_MARKS:
            return index
        if not words[at][:1].isupper():
            return None
    return None


_CAMPAIGN_VERBS = frozenset(
    ["Save", "Stop", "Keep", "Protect", "Defend", "Free", "Fix", "Feed", "Reclaim", "Rock"]
)
"""A campaign's or charity's name opens on one of these verbs (round 27: also "Feed the
Children", "Reclaim Our Schools", "Rock the Vote"); ``mentions.NAMED_GROUP`` types it a body."""
_CAMPAIGN_OBJECTS = frozenset(["the", "The", "Our", "our", "Your", "your"])


def _campaign_name_start(words: list[str], last: int, complete: bool) -> int | None:
    """Round 26: where a campaign's or charity's name that opens its clause with a verb starts
    ("Save the Children said", "Save Our Skyline, a residents' group, said": not "the
    Children" or "Our Skyline"): a campaign verb, "the"/"our"/"your", then capitals to
    ``last``."""
    index = last
    while index > 0 and last - index < 5 and words[index][:1].isupper() and (
        words[index] not in _CAMPAIGN_OBJECTS
    ):
        index -= 1
    if words[index] not in _CAMPAIGN_OBJECTS or index == last or index < 1:
        return None
    opening = index - 1
    if words[opening] not in _CAMPAIGN_VERBS:
        return None
    if opening == 0:
        return 0 if complete else None
    return opening if _ends_sentence(words[opening - 1]) or words[opening - 1] in ",;:(" else None


def _person_before_age(words: list[str], last: int) -> tuple[int, int] | None:
    """Round 27 (DEFECT27): "A man" of "A man, 34, of Swindon, Wiltshire, told the court": a
    determiner and a noun before an age and a home town (court and inquest copy)."""
    if last < 1 or not (words[last].isalpha() and words[last].islower()):
        return None
    if words[last - 1].lower() not in ("a", "an", "the"):
        return None
    return last - 1, last


_LISTED_BODY_HEADS = frozenset(["department", "bureau", "ministry", "office", "commission"])
"""Bodies whose names list their remit with commas ("the Department for Digital, Culture, Media
and Sport", "the Bureau of Alcohol, Tobacco, Firearms and Explosives")."""


def _comma_in_body_name(words: list[str], index: int, last: int) -> bool | None:
    """Round 28 (AUDIT28): whether the comma at ``index`` is inside a listed body's name that
    ends at ``last``: capitalised words and commas back to "of"/"for" after a capitalised
    Department, Bureau, Ministry, Office or Commission, and after it capitalised words and
    commas with one "and" before the last word; None when the tokens start inside the name
    (they may be a window: look at a longer one)."""
    if not (0 < index < last - 2 and words[index - 1][:1].isupper()):
        return False
    joined = False
    for word in words[index + 1 : last + 1]:
        if word == "and" and not joined:
            joined = True
        elif word != "," and not (word[:1].isupper() and word.isalpha()):
            return False
    if not joined or words[last] == "and":
        return False
    opening = index - 1
    while opening > 0 and (words[opening] == "," or (
        words[opening][:1].isupper() and words[opening].isalpha()
    )):
        opening -= 1
    if opening <= 1:
        return None if opening == 0 or words[opening] in ("of", "for") else False
    if any(
        words[at] in _INTRODUCTION_OPENERS and (at == 0 or words[at - 1][-1:] in ".!?")
        and "," not in words[at + 1 : opening]
        for at in range(opening)
    ):  # (review 28: an opening phrase still open at the body: not "On Tuesday, a
        # spokeswoman for the Department for Environment, Food and Rural Affairs said")
        return False  # review 28: "In a letter to the Department for Education, Unison and
        # Unite said": an opening phrase the comma ends, then the subjects
    return words[opening] in ("of", "for") and words[opening - 1][:1].isupper() and (
        words[opening - 1].lower() in _LISTED_BODY_HEADS
    )


_INTRODUCTION_OPENERS = frozenset([
    "In", "At", "After", "Before", "During", "Following", "Speaking", "Writing", "From", "On",
    "Responding", "Asked", "Addressing",
])


def _ends_a_listed_name(words: list[str], index: int, last: int) -> bool | None:
    """Whether the "and" at ``index`` ends a listed body's name ("Food and Rural Affairs" after
    "the Department for Environment,"): ``_comma_in_body_name`` of the comma before it."""
    comma = index - 1
    while comma > 0 and index - comma < 4 and words[comma][:1].isupper():
        comma -= 1
    return words[comma] == "," and _comma_in_body_name(words, comma, last)


def _phrase_backward(
    words: list[str], last: int, complete: bool = True
) -> tuple[int, int] | None:
    """Token index range [first, last] of the noun phrase ending at ``last``, or None
    (``complete``: whether the tokens start where the paragraph or the longest window does)."""
    if words[last][:1].isupper() and last > 1 and (
        group := _group_name_at_clause_start(words, last, complete)
        if (campaign := _campaign_name_start(words, last, complete)) is None else campaign
    ) is not None:
        return group, last  # round 25: "In Defense of Animals said", "Citizens for
        # Responsibility and Ethics in Washington said": the whole name, not "Defense of
        # Animals" or "Ethics"
    index = last
    first = None
    reach = 9
    while index >= 0 and last - index < reach:
        token = words[index]
        lowered = token.lower()
        if not complete and (lowered == "and" or token == ",") and 0 < index < last and (
            words[index - 1][:1].isupper()
        ) and (
            _ends_a_listed_name(words, index, last) if token == "and"
            else _comma_in_body_name(words, index, last)
        ) is None:
            return 0, last  # round 28: the tokens open inside a listed body's name
        if (lowered == "and" or token == "&") and 0 < index < last and (
            (words[index - 1].lower(), words[index + 1].lower()) in _JOINED_NAME_PAIRS
            or (token == "&" and words[index - 1][:1].isupper()
                and words[index + 1][:1].isupper())
        ) or lowered == "and" and 0 < index < last and (
            _joins_a_body_name(words, index, last) or _ends_a_listed_name(words, index, last)
        ):
            # "the Globe and Mail reported", "Mercer & Finch wrote": one name, not two subjects;
            # round 16: "The Department of Health and Human Services", "The Food and Drug
            # Administration"
            first = index
            index -= 1
            continue
        if lowered == "and" and first is not None and _joins_two_places(words, index):
            # round 24: "Mayors of towns in Colorado and Wyoming said", "Residents of Oak Hill
            # and Pine Ridge said": the head noun's people speak, not the second place
            reach += 2  # (the second place does not count)
            first = index
            index -= 1
            continue
        if 1 < index < last and words[index - 1] == ":" and token.isdigit() and (
            words[index - 2].isdigit()
        ):
            break  # round 28: a live blog's "09:40 ScotRail says": the minutes of a time
            # before the name (review 28: not a verse's "Isaiah 45:1 reads", where the number
            # ends the phrase)
        if token == "," and _comma_in_body_name(words, index, last):
            reach += 2  # round 28 (AUDIT28): "A spokeswoman for the Department for
            first = index  # Environment, Food and Rural Affairs said": the comma lists the
            index -= 1  # body's remit (the speaker had been 'Rural Affairs')
            continue
        if not token[0].isalnum() or (token[-1] == "." and (
            _ends_sentence(token) or (index < last and _initial_ends_sentence(words, index))
        )):
            break
        if lowered in PRONOUNS and not (index < last and len(token) > 1 and token.isupper()):
            # (round 24: "A senior IT manager", "US officials": an acronym modifying the head)
            if index == last:
                first = index
            break
        if index < last and lowered in _TIME_WORDS and _dates(words, index):
            break  # "On Friday Doris Kettle said": the date is no part of the name
        if lowered in DETERMINERS:
            first = index
            if lowered == "other" and 0 < index < last and (
                words[index - 1].lower() in BEFORE_OTHER or words[index - 1].isdigit()
            ):
                first = index - 1  # round 28: "Two other former employees said": the count
                break  # opens the phrase, not "other"
            if lowered == "few" and 0 < index < last and words[index - 1].lower() == "a":
                first = index - 1  # round 29: "A few farmers said": the article is the
                break  # quantifier's ("few farmers" alone says the opposite)
            # "a person familiar with the talks": the phrase goes on before the preposition
            if index > 1 and _attaches(words[index - 1].lower(), words[index - 2]):
                index -= 1
                continue
            if index == 1 and not complete and words[0].lower() in _PREPOSITIONS:
                return 0, last  # round 25: the tokens open on "at one of the region's largest
                # hospitals": what the preposition attaches to is before them, look again
            if index > 2 and words[index - 1] == "than" and (
                words[index - 2].lower() in ("more", "fewer", "less")
            ) and words[index - 3].lower() in ("of", "among", "from"):
                # round 24: "Mayors of more than a dozen towns said": a count, no boundary
                first = index - 2
                index -= 3
                reach += 2
                continue
            if index > 0 and words[index - 1] in _SPATIAL_PREPOSITIONS:
                return None  # "driving onto the sidewalk along the Strip told": a place
            if index > 2 and _infinitive_after_participle(words, index):
                # "Engineers working to restore the power said", "A consultant hired by the
                # district to produce the figures said": the infinitive's object is no speaker;
                index -= 3  # the phrase goes on before "to"
                reach += 3
                continue
            break
        if lowered in _NAME_CONNECTORS and first is not None and index == 0 and not complete and (
            words[1][:1].isupper()
        ):
            return 0, last  # round 22: the tokens open on "of Red Cross and ...": the name may
            # open before them ("the International Federation of"), ``_speaker_in`` looks again
        if lowered in _NAME_CONNECTORS and first is not None and index > 0 and (
            opening := _body_name_opening(words, index, last)
        ) is not None and (opening >= 0 or not complete):
            # round 18: "the Organization for Security and Co-operation in Europe said"
            if opening < 0:
                return 0, last  # (``_speaker_in`` then looks at a longer window)
            reach += index - opening  # (the name's inner words do not count)
            first = opening
            index = opening - 1
            continue
        if first is not None and lowered[-1:] == "s" and token[0].islower() and (
            _verb_sections().get(lowered) == "clause"
        ) and not (index > 0 and words[index - 1].lower() in ("who", "that", "which")):
            break  # round 22: "Ex-aide testifies mayor threatened her": a report's present
            # tense verb ends the phrase of the report inside it (the mayor threatened)
        if lowered == "not" and first is not None and index > 0 and (
            words[index + 1].lower() in _NEGATABLE_PARTICIPLES
        ):  # round 19: "Experts not involved in the study said": the experts, not the study
            first = index
            index -= 1
            continue
        if lowered in _APPROXIMATORS and first is not None and _is_number(
            words[index + 1].lower()
        ):  # round 23: "A group of bondholders holding about 40% of the debt accused": "about"
            first = index  # a count, no preposition ending the phrase
            index -= 1
            continue
        if lowered in _BOUNDARY and not (index == last and token[0].isupper()):
            attach = index > 0 and _attaches(lowered, words[index - 1])
            if not attach and lowered in _WHERE_A_NAME_IS and (
                _placed_name(words, index, first, last)
            ):
                # round 18: "Ambassador Jones in Washington said": the place after "in" is where
                # the named speaker is, not the speaker ("officials in Kyiv" attach already)
                return _phrase_backward(words, index - 1, complete)
            if first is None or not attach or lowered in ("that", "who", "which", "and", "but"):
                break
            if lowered not in _PREPOSITIONS and lowered not in _PLACE_PREPOSITIONS and (
                lowered != "by"  # ("hired by the council": the agent of a participle)
            ):
                break
        if index < last and token[0].isupper() and words[index + 1][:1].isupper():
            reach += 1  # round 23: a name's inner words do not count ("A study published
            # last month in the journal Nature Climate Change found": the study)
        elif lowered == "of" and index > 0 and words[index - 1].lower() == "one":
            reach += 2  # round 25: "one of" does not count ("a consultant surgeon at one of
            # the region's largest hospitals said": the surgeon, not the hospitals)
        first = index
        index -= 1
    if first is None:
        return None
    while first <= last and words[first].lower() in _BOUNDARY:
        first += 1  # a phrase never starts with a preposition
    if first > last:
        return None
    head = words[last].lower()
    if (
        last - first >= 2
        and words[first].lower() in ("a", "an")
        and head[-1:] == "s"
        and not head.endswith(_SINGULAR_IN_S)
        and head not in _SINGULAR_IN_S_WORDS
        and words[last][:1].islower()
        and words[first + 1].lower() not in _A_BEFORE_PLURAL
        and words[first + 1][-1:] != "s"
        and words[first + 2].lower() not in _MODIFYING_PARTICIPLES
        and all(
            word.isalpha() and word.islower() and word not in _BOUNDARY
            for word in words[first + 1 : last]
        )
    ):  # "a move critics say will devastate ...": "a move (that) critics say", whose
        # speakers are the critics ("a" goes with no plural noun); where the singular noun ends
        # is known only for "a <noun> <plural>": longer, the plural and one listed modifier
        # ("a bold move local traders say": "local traders", not "move local traders")
        if last - first == 2:
            first = last
        else:
            first = last - 1 if words[last - 1].lower() in _GROUP_MODIFIERS else last
    elif (
        last - first >= 2 and words[first].lower() in ("a", "an")
        and words[first + 1].lower() in _CLAIM_NOUNS
        and all(word[:1].isupper() for word in words[first + 2 : last + 1])
    ):  # round 19: "..., a charge Kestria denied": "a charge (that) Kestria denied", whose
        first += 2  # speaker is Kestria
    if _is_number(head):
        return first, last  # "72 percent said", "one in four said", "42% say"
    # (not "Schilling"; the last letter first: a method call only for a head in -g)
    gerund = head[-1] == "g" and head.endswith("ing") and words[last][0].islower() and not (
        last - 1 > first and (
            words[last - 2].lower() in _PREPOSITIONS and (
                words[last - 1].lower() in DETERMINERS
                or words[last - 1].endswith(("'s", "\u2019s"))
            ) or last - 2 > first and words[last - 1].endswith(("'s", "\u2019s"))
            and words[last - 2].lower() in DETERMINERS
            and words[last - 3].lower() in _PREPOSITIONS
        )
    )  # (a preposition's object is a noun: "residents of the building", "familiar with
    # Cruz's thinking"; round 15: "knowledge of the company's manufacturing")
    if head in DETERMINERS and first == last and (
        head in _QUANTIFIER_SUBJECTS or head == "another"
    ) and (
        words[first] == words[first].capitalize() or first == 0
        or not words[first - 1][0].isalnum()
        or words[first - 1].lower() in _CONTRAST_OPENERS
        or words[first - 1].lower() == "and" and first > 1 and words[first - 2] == ","
    ):  # round 22: a clause opener before it ("..., but many warn that ..."; ", and some say")
        return first, last  # "Some said ...", "Many say ...": a bare quantifier as subject;
        # round 16: "One said ... Another said ...", the next of the people just named
    if head == "other" and first == last and first > 0 and words[first - 1].lower() == "the" and (
        words[first - 1] == "The" or first == 1 or not words[first - 2][0].isalnum()
    ):
        return first - 1, last  # round 25: "The other, a former engineer, said": the second of
        # two people just named, as "Another said" is
    object_pronoun = head == "her" and last - 1 > first and (
        words[last - 1].lower() in _PREPOSITIONS and words[last - 2].lower() in _ATTACHING
    )  # "A person close to her", "an aide to her": the object of a preposition, no determiner
    if (head in DETERMINERS and not object_pronoun) or (
        head in _BOUNDARY and head not in PRONOUNS
    ) or gerund:
        return None
    if head[-1] == "s" and head.endswith(("'s", "\u2019s")) and not name_in_s(words, last):
        return None  # a possessive modifies what follows: "Sanders's plan", "let's"; round
        # 27: not a name in -'s ("Moody's said", "a surgeon at St Luke's, who ..., said")
    if not _plausible_speaker(words, first, last):
        return None
    return first, last


_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
     "percent", "majority", "third", "thirds", "quarter"]
)


def _is_number(word: str) -> bool:
    return word in _NUMBER_WORDS or word.rstrip("%").replace(".", "").isdigit()


def _plausible_speaker(words: list[str], first: int, last: int) -> bool:
    """A speaker phrase names someone: a pronoun, a capitalised name, a determiner-led phrase,
    a role noun or a plural ("critics"); not a bare adjective ("previous")."""
    head = words[last]
    lowered = head.lower()
    plural = lowered[-1] == "s" and not lowered.endswith(("ous", "ss", "is", "us")) or (
        lowered == "media" and last > first and words[last - 1].lower().startswith("state")
    )  # "state media reported", "state-run media said" (not "media reports and sources")
    if lowered in PRONOUNS or lowered in role_heads() or plural:
        return True
    for token in words[first : last + 1]:
        if token[0].isupper() or token.lower() in DETERMINERS:
            return True
    return False


def _is_role(words: list[str], first: int, last: int) -> bool:
    """A described role ("its director", "the company's chief executive"): a lower-case role
    noun heads it."""
    head = words[last]
    return head.islower() and head in role_heads() and role_heads()[head] == "person"


_AT_PLACE = frozenset(["in", "on", "at"])
_GIVEN_ONLY = frozenset(["name", "sign", "nickname"])
"""Round 27: what an unnamed source gives instead of a name ("who gave only her first name,
Maria,", "who gave only his call sign, Grim,"): the source stays unnamed."""


def _role_at_place(words: list[str], phrase: tuple[int, int]) -> tuple[int, int] | None:
    """Round 27: a role, then "in"/"on"/"at" and the capitalised place the phrase found ("Its
    commander on Lampedusa": the phrase before the comma was "Lampedusa"), as one phrase."""
    first, last = phrase
    if first < 2 or words[first - 1] not in _AT_PLACE or not words[first][:1].isupper():
        return None
    role = _phrase_backward(words, first - 2)
    if role is None or not _is_role(words, *role):
        return None
    return role[0], last


def _role_head(words: list[str], phrase: tuple[int, int]) -> int:
    """The index of a role phrase's head: its last word, or the word before "in"/"on"/"at" and
    a capitalised place ("Its chief in London": "chief"). Round 27."""
    first, last = phrase
    for index in range(first + 1, last):
        if words[index] in _AT_PLACE and words[index + 1][:1].isupper():
            return index - 1
    return last


def _is_name(words: list[str], first: int, last: int) -> bool:
    """Two to four capitalised words and nothing else ("Kate Imrie", "Maria de la Cruz" no)."""
    names = words[first : last + 1]
    return 2 <= len(names) <= 4 and all(
        word[0].isupper()
        and word.replace(".", "").replace("-", "").replace("'", "").replace("\u2019", "").isalpha()
        and word.lower() not in DETERMINERS
        for word in names
    )


def _titled_name(words: list[str], first: int, last: int) -> int | None:
    """Where the name starts in a title and a name ("deputy chief of staff Carla Moynihan",
    "spokeswoman Ada Lind"): lower-case words that title a name (or "of"), then two to four
    capitalised words ending at ``last``; None for anything else."""
    start = last
    while start > first and words[start - 1][:1].isupper():
        start -= 1
    if start == first or not _is_name(words, start, last):
        return None
    titles = words[first:start]
    if len(titles) > 5 or not any(_titles_a_name(word) for word in titles) or not all(
        word.isalpha() and word.islower() and word not in NOT_IN_TITLES for word in titles
    ):
        return None
    return start


NOT_IN_TITLES = frozenset(
    ["by", "with", "for", "to", "from", "at", "on", "in", "who", "which", "that", "and", "or"]
)
"""Words that make a phrase more than a title ("led by chief executive Tom Reyes": the name
is the agent's, not the subject's)."""


def _titles_a_name(word: str) -> bool:
    """A lower-case title or role word that goes on a name ("Former Republican presidential
    candidate Jeb Bush", "Everytown president John Feinblatt"); not a determiner."""
    return (
        word in titles() or word in role_heads() or word in descriptors()
        or word[-1:] == "s" and word[:-1] in role_heads() and word not in _VERB_PLURALS
    ) and word not in DETERMINERS


_VERB_PLURALS = attribution_words("verb_plural")
"""Plurals of role heads that are more often a verb after a name ("Brooks chairs the panel")."""


def _phrase_forward(words: list[str], first: int) -> tuple[int, int] | None:
    """Token index range [first, last] of the noun phrase starting at ``first``, or None."""
    if first >= len(words):
        return None
    token = words[first]
    if not _is_word(token):
        return None
    lowered = token.lower()
    if lowered in PRONOUNS:
        return first, first
    if lowered in _BOUNDARY:
        return None
    # a capitalised determiner is no name: "A reporter for USA Today spotted"
    opens_with_determiner = lowered in DETERMINERS
    last = first
    index = first + 1
    while index < len(words) and (index - first < 9 or index - first < 12 and (
        words[index][:1].isupper() and words[index - 1][:1].isupper()
    )):  # round 22: a body's capitalised name runs on ("the International Federation of Red
        # Cross and Red Crescent Societies": ten words)
        token = words[index]
        lowered = token.lower()
        if not _is_word(token):
            break
        if lowered in DETERMINERS and index > first + 1 and (
            words[index - 1].lower() not in _PREPOSITIONS
        ) and words[index - 1].lower() not in _ORDINALS and (  # ("the first five questioners")
            words[index - 1] not in _DETERMINER_OPENERS  # ("a report by the AP", "one fan
        ):  # outside the stadium")
            break
        if lowered in _BOUNDARY:
            if not _phrase_goes_on(words, index, lowered):
                break
        elif token[0].islower() and lowered not in _ATTACHING and (
            (lowered.endswith("ed") and "-" not in lowered and not (
                index == first + 1 and words[first].lower() in _ARTICLES
                and index + 1 < len(words) and _is_word(words[index + 1])
                and words[index + 1].lower() not in _BOUNDARY
            ))  # (not "a middle-aged cashier", "a retired teacher": adjectives)
            or lowered in _verb_sections() and not (
                index == first + 1 and lowered in _PLURAL_CUE_NOUNS
                and words[first].lower() in _PLURAL_QUANTITIES
            )  # (round 28: "according to multiple reports in Spain": a noun after a plural
            # quantity)
            or lowered in _PHRASE_ENDERS
        ):
            break  # a verb ends the phrase: "Clinton's aide rallied supporters"
        elif token[0].islower() and not opens_with_determiner and not _titles_a_name(
            lowered
        ) and not _modifies_a_title(words, index) and all(
            (word[0].isupper() or _titles_a_name(word.lower()))
            and not word.endswith(("'s", "\u2019s"))
            for word in words[first:index]
        ) and any(word[0].isupper() for word in words[first:index]) and not (
            index == first + 1 and "-" in words[first] and words[first][1:].islower()
        ) and not (
            _group_noun(lowered) and words[first].lower() not in _verb_sections()
        ) and not (
            index + 1 < len(words) and _group_noun(words[index + 1].lower())
            and words[index + 1].lower() not in DETERMINERS
            and lowered not in _verb_sections() and lowered not in DETERMINERS
            and words[first].lower() not in _SENTENCE_ADVERBS
        ):  # (round 25: "Tech industry groups oppose": a noun, then the group noun it
            # modifies; ("Hard-working families": a sentence's capital on
            # an adjective; round 24: "Vaccine sceptics seized on the news, claiming": a group
            # noun is the head the capitalised words modify, not a verb)
            break  # after a name, a lowercase word is its verb: "Senator Hal Brooks supports"
            # (a title goes on: "Former Republican presidential candidate Jeb Bush")
        if words[index - 1].endswith(".") and _ends_sentence(words[index - 1]):
            break
        if token[0].islower() and index > first + 1 and _group_noun(words[index - 1].lower()) and (
            words[index - 1].lower() not in DETERMINERS  # (not "the most recent")
        ) and (
            index + 1 < len(words) and (
                words[index + 1].lower() in DETERMINERS or words[index + 1][:1].isupper()
            ) and lowered not in _ATTACHING and lowered not in _BOUNDARY
            and not lowered.endswith(("ing", "ed"))
        ):
            break  # round 25: "The tech industry groups oppose the measure": after a plural
            # group noun, a word and then a determiner is the clause's verb and its object
        last = index
        index += 1
    while last > first and words[last].lower() in _BOUNDARY:
        last -= 1
    if last > first and words[last].lower() in _DEGREE_WORDS:
        return None  # "The most telling promise": an adverb of degree heads no phrase
    return first, last


_NAMES_IN_S = frozenset(sections("speaker_words.txt")["name_in_s"])
_SAINTS = frozenset(["St", "St.", "Saint"])


def name_in_s(words: list[str], index: int) -> bool:
    """Round 27: whether the word at ``index`` is a name ending in -'s that no noun follows, a
    listed firm's ("Moody's", "Sainsbury's") or a saint's place ("St Luke's")."""
    word = words[index]
    if not word[:1].isupper() or not word.endswith(("'s", "\u2019s")):
        return False
    return word.lower().replace("\u2019", "'") in _NAMES_IN_S or (
        index > 0 and words[index - 1] in _SAINTS
    )


def _one_person(word: str) -> bool:
    """Round 27: a lower-case singular people noun ("soldier", "resident", "nurse"): one of the
    groups ``_PLACE_ATTACHING`` lists, or a singular of ``human_nouns.txt``."""
    from newscheck.stages.source_shapes import human_nouns

    return word + "s" in _PLACE_ATTACHING or human_nouns().singular(word)


def _group_noun(word: str) -> bool:
    """Round 24 (DEFECT24): whether a lower-case word is a plural people or group noun
    ("sceptics", "voters", "activists"): the vague crowds of ``vague.txt`` or a listed plural
    of ``human_nouns.txt`` (not its shapes: "sees", "wants" are verbs after a name)."""
    from newscheck.stages.mentions import lexicon_for  # (mentions imports this module)
    from newscheck.stages.source_shapes import human_nouns

    return word in lexicon_for(None).collectives or word in human_nouns().heads


def _modifies_a_title(words: list[str], index: int) -> bool:
    """Whether the lower-case word at ``index`` is a noun before a title and a name, after a
    body's name: "CalFire battalion chief Ray Hollis", "Oxfam country director Ana Ruiz" (round
    18: the speaker had been "CalFire"); not a verb ("Brooks thanked chief Roe", "Roe praises
    chief Lin": -ed, -s and short words are left out)."""
    if index + 2 >= len(words):
        return False
    word = words[index]
    title = words[index + 1]
    name = words[index + 2]
    return (
        len(word) > 3 and word.isalpha() and word.islower()
        and not word.endswith(("ed", "ly", "ing")) and (word[-1] != "s" or word.endswith("ss"))
        and title.islower() and _titles_a_name(title) and title not in _BOUNDARY
        and name[:1].isupper() and name.lower() not in DETERMINERS
    )


def _adverb_opening(words: list[str], at: int, complete: bool) -> bool:
    """Whether the token at ``at`` is a capitalised sentence adverb ("Now", "Meanwhile",
    "Still") that opens its sentence: the first token of a window that starts the paragraph,
    or right after a token that ends a sentence."""
    word = words[at]
    if not word[:1].isupper() or word.lower() not in _SENTENCE_ADVERBS:
        return False
    return (at == 0 and complete) or (at > 0 and _ends_sentence(words[at - 1]))


def _phrase_goes_on(words: list[str], index: int, lowered: str) -> bool:
    """Whether the boundary word ``lowered`` at ``index`` keeps a forward speaker phrase going:
    "the head of", "a person familiar with", "a report by Reuters"; not "residents on Tuesday"."""
    before = words[index - 1].lower()
    if lowered == "than":  # round 21: "More than 200 professors signed ..., calling": a count
        return before in ("more", "fewer", "less") and index + 1 < len(words) and (
            words[index + 1][:1].isdigit()
        )
    if lowered == "by":  # "According to a report by Reuters, ...": the report's author
        return role_heads().get(before) == "document"
    if lowered == "and":  # round 21: "according to the Centers for Disease Control and
        return index + 1 < len(words) and _joins_a_body_name(  # Prevention"
            words, index, len(words) - 1
        )
    if lowered not in ("of", "for", "with", "to", "on", "at", "from", "in"):
        return False
    if lowered not in ("of", "for") and before not in _ATTACHING:
        return False
    return not (  # "said residents on Tuesday night": a time, not who they are
        lowered in ("on", "in", "at") and index + 1 < len(words)
        and words[index + 1].lower().rstrip(".") in _TIME_WORDS
    )


def _span(words: list[str], starts: list[int], first: int, last: int) -> tuple[int, int]:
    """The text offsets of the tokens ``first`` to ``last`` (without a sentence's period)."""
    token = words[last]
    end = starts[last] + len(token)
    if _ends_sentence(token):
        end -= 1
    return starts[first], end


def speaker_after(text: str, position: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase starting at ``position`` ("the mayor", "'Lenta.Ru'", "Jane Doe")."""
    limit = hi if hi < position + 160 else position + 160
    # Only the first thirteen tokens are ever looked at (a phrase is at most nine words, or
    # twelve of a body's capitalised name).
    words, starts = _tokens(
        text, position, limit if limit < position + 80 else position + 80, 13
    )
    if len(words) < 13 and position + 80 < limit:  # the phrase may need the longer window
        words, starts = _tokens(text, position, limit, 13)
    if not words:
        return None
    if words[0] in _OPEN_MARKS:  # a quoted name: as reported by 'Lenta.Ru'
        for index in range(1, min(len(words), 8)):
            if words[index] in _CLOSE_MARKS and index > 1:
                return starts[1], starts[index - 1] + len(words[index - 1])
        return None
    if any(word in NICKNAME_MARKS for word in words[1:5]):
        # 'said Juan "Chico" Manriquez': the name runs on across its nickname (ten more tokens,
        # so the phrase still has ten after the nickname's are skipped)
        words, starts = _without_nicknames(*_tokens(text, position, limit, 15))
    phrase = _phrase_forward(words, 0)
    return _span(words, starts, *phrase) if phrase else None


def _speaker_before(
    text: str, lo: int, position: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(speaker, apposition) for the cue at ``position``: the phrase before it, skipping adverbs,
    auxiliaries and an appositive or aside set off by commas.  Looks 40 characters back first
    and 160 only when the phrase may run further."""
    near = position - 40 if position - 40 > lo else lo  # (not max(): called for every cue)
    space = text.rfind(" ", near - 20 if near - 20 > lo else lo, near) if near > lo else -1
    if space >= 0:
        near = space + 1  # start on a whole word
    elif near > lo and near - 20 <= lo:
        near = lo  # no space since the paragraph start: start there, not inside its first word
    far = position - 160 if position - 160 > lo else lo
    if far > lo and not text[far - 1].isspace():  # start on a whole word ("esidential")
        space = text.find(" ", far, near)
        far = space + 1 if space >= 0 else near
    # a relative clause before the cue? ("who ", round 19: "who'd", "who’ve")
    has_who = _WHO_IN_WINDOW.search(text, far, position) is not None
    plain = None if has_who else _plain_speaker_before(text, lo, near, position)
    # round 22: a nickname changes only what the tokens make of a name written across it, so
    # the plain answer stands without the search unless it is one word after a closing mark
    # ('Rosa "La Jefa" Delgado said': the word 'Delgado' alone)
    quoted = (
        plain is None
        or plain[0] is not None and text[plain[0][0] - 2 : plain[0][0] - 1] in _NICKNAME_CLOSERS
    ) and _NICKNAME_OPENING.search(text, far, position) is not None and (
        _NICKNAME_IN_NAME.search(text, far, position) is not None
    )  # 'Rosa "La Jefa" Delgado said': the tokens read the name across its nickname
    if plain is not None and not quoted:
        return plain  # "he said", "was said": the tokens' answer, without tokenising
    words, starts = _tokens(text, near, position)
    result = _speaker_in(
        *(_without_nicknames(words, starts) if quoted else (words, starts)), near == lo, has_who
    )
    if result == _MORE:
        # ``near`` follows a space, so no token straddles it: tokenise only the words before it
        if space >= 0:
            before, before_starts = _tokens(text, far, near)
            words, starts = before + words, before_starts + starts
        else:
            words, starts = _tokens(text, far, position)
        result = _speaker_in(
            *(_without_nicknames(words, starts) if quoted else (words, starts)), True, has_who
        )
    return result


_NICKNAME_IN_NAME = re.compile(
    "[A-Z][\\w.'\u2019-]*+ [\"\u201c'\u2018][A-Z][^\\s\"\u201c\u201d\u2018\u2019'.,]*+"
    "(?: [A-Z][^\\s\"\u201c\u201d\u2018\u2019'.,]*+){0,2}+[\"\u201d'\u2019] [A-Z]"
)
"""A nickname between two capitalised words (its shape only: ``_without_nicknames`` pairs the
marks)."""
_NICKNAME_OPENING = re.compile(" [\"\u201c'\u2018][A-Z]")
"""What every ``_NICKNAME_IN_NAME`` holds: a space, an opening mark and a capital.  A search
for it (a literal space first, which the engine skips to at C speed) rules out most windows in
one call; four ``find`` calls for the marks cost twice as much (a C call each, about a
thousand instructions with the arguments parsed)."""
_NICKNAME_CLOSERS = frozenset(NICKNAME_MARKS.values())
"""The marks that close a nickname: the character two before a one-word plain answer (its
space between) that may end one."""
_WHO_IN_WINDOW = re.compile("who[ '\u2019]")
""""who " or a contracted "who'd", "who’ve": one search with the literal "who" first, instead
of a ``find`` for each (a multi-character ``find`` in a text with curly quotes converts the
needle to the text's width first, an allocation per call)."""


def _without_nicknames(
    words: list[str], starts: list[int]
) -> tuple[list[str], list[int]]:
    """The tokens (``words`` and their ``starts``) without a quoted nickname between a given
    name and a surname (its marks and one to three capitalised words: 'Rosa "La Jefa"
    Delgado'), so the name runs on across it and its span covers the nickname."""
    kept: list[int] = []
    kept_words: list[str] = []
    index, count = 0, len(words)
    while index < count:
        token = words[index]
        close = NICKNAME_MARKS.get(token)
        if close is not None and kept_words and kept_words[-1][:1].isupper() and (
            kept_words[-1].isalpha()
        ):
            last = index + 1
            while last < count and last <= index + 3 and words[last][:1].isupper() and (
                words[last] != close
            ):
                last += 1
            if last > index + 1 and last + 1 < count and words[last] == close and (
                words[last - 1][-1].isalnum()  # not 'NBC's "Nightly News." For'
                and words[last + 1][:1].isupper() and words[last + 1][:1].isalpha()
            ):
                index = last + 1  # the nickname's words and marks are skipped
                continue
        kept.append(starts[index])
        kept_words.append(token)
        index += 1
    return kept_words, kept


def _plain_speaker_before(
    text: str, lo: int, near: int, position: int
) -> tuple[tuple[int, int] | None, None] | None:
    """What ``_speaker_in`` makes of the tokens before the cue when they are plain words (letters
    between single spaces) that settle it, or None (then the tokens decide).

    Call it only with no "who" before the cue (no relative clause to look for).  Auxiliaries
    and -ly adverbs are skipped as ``_speaker_in`` skips them; then a pronoun is the speaker
    ("he said", "she has said": a pronoun is no auxiliary, boundary or determiner, and as the
    window's first token the longer window gives the same), a lower-case boundary word
    leaves none ("is said", "and said", "to say": ``_phrase_backward`` stops at once), and a
    capitalised word after a punctuation token (or opening the paragraph) is a one-word
    phrase ('," Trump said').  Any other word, a contraction or a joined word ("they'd",
    "flier-he") is left to the tokens."""
    end = position - 1
    if end <= near or text[end] != " ":
        return None
    while True:
        space = text.rfind(" ", near, end)
        if space < 0 and near != lo and text[near - 1] != " ":
            return None  # the window starts inside a word
        start = space + 1 if space >= 0 else near
        word = text[start:end]
        if not word.isalpha():
            if word and end == position - 1 and (
                word[-1] in _CLOSING_MARKS_ALONE
                or word[-1] in "'\u2019" and word[-2:-1] in _BEFORE_A_LONE_APOSTROPHE
            ):  # round 22: ',” said', 'policies,'' said': a closing mark, a token of its own,
                if text.startswith(_TELLS, position):  # (review 26: "told" is never inverted:
                    return None  # 'The mayor, tired of "politics as usual," told': the tokens)
                return None, None  # ends the phrase before it (the speaker comes after the cue);
                # only right before the cue: 'Juan "Chico" May said' may be a nickname's mark
            return None
        lowered = word.lower()
        if lowered in PRONOUNS:
            return (start, end), None
        if lowered in _AUXILIARIES or (
            word.islower() and word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS
        ):
            if space < 0:
                return None
            end = space
            continue
        if word.islower() and lowered in _BOUNDARY and lowered not in ("who", "which"):
            return None, None
        if word[0].isupper() and lowered not in _NOT_A_NAME_WORD and (
            text[space - 1] in _PUNCTUATION_TOKENS if space > near else space < 0 and near == lo
        ):
            return (start, end), None  # '," Trump said': a one-word name after punctuation
        return None


AGENT_PREPOSITIONS = frozenset(["by", "for", "to"])
PARTICIPLE = "(?:" + alternation(_AGENT_PARTICIPLES) + r"|[a-z]{2,20}(?:ed|ing))"
"""A participle that takes an agent: a word of ``[agent_participle]`` ("paid", "chosen", "sent")
or a word of a participle's shape ("called", "working"). With one of ``AGENT_PREPOSITIONS``
after it ("hired by", "called by", "working for"), the phrase that follows is its object, so a
name in commas after role, participle and agent is the speaker ("An engineer hired by the
council, Tom Reeve, said"). The one description of "participle + agent": the speaker stage's
tokens (``participle_and_agent``) and the sourcing stage's text after a group mention
(``mentions._PARTICIPLE_AND_AGENT``) both use it (round 14)."""
_PARTICIPLE_WORD = re.compile(PARTICIPLE)


def participle_and_agent(word: str, preposition: str) -> bool:
    """Whether ``word`` then ``preposition`` are a participle and the start of its agent."""
    return preposition in AGENT_PREPOSITIONS and bool(_PARTICIPLE_WORD.fullmatch(word.lower()))

_ASIDE_TOKENS = 24
"""Longest appositive between a speaker and the cue, in tokens ("Dr. Samira Haddad, a
pediatrician at Linfield Children's Hospital who has studied lead levels for a decade, said")."""


_AFTER_A_CLOSE = frozenset(["and", "or", "but", "nor", "as", "to", "in", "of", "on", "for", "with"])


def _plural_possessive(words: list[str], index: int) -> bool:
    """Review 27: "teachers'" before its noun ("the teachers' union and its 'scare tactics,'"):
    a plural possessive, not a quotation's close ("'fake news' and the ...")."""
    word = words[index]
    if word[-2:-1] not in "sS" or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return after.isalpha() and after.islower() and after not in _AFTER_A_CLOSE


def _aside_ending_in_quotation(
    words: list[str], starts: list[int], last: int, complete: bool, any_aside: bool = False
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """Round 22 (DEFECT22): the speaker before a relative clause set off by commas whose last
    comma sits inside the quotation it ends with ("The governor, who has called the proposal
    'the most important civil rights issue of our time,' insists it will ..."), and that aside;
    ``_MORE`` when the tokens may start inside it; None when the tokens end in no such aside
    (a quotation and its trailing cue: "'We will win,' insists Smith").  With ``any_aside``
    (round 26, for a cue never read inverted: "told"), an aside of any kind ("The mayor, tired
    of 'politics as usual,' told")."""
    index = last - 2
    while index >= 0 and last - index < _ASIDE_TOKENS and words[index] not in _OPEN_MARKS:
        if words[index] in _CLOSE_MARKS or words[index] in ".;:!?()\u2014":
            return None
        index -= 1
    if index < 0 or last - index >= _ASIDE_TOKENS:
        return _MORE if index < 0 and not complete else None
    index -= 1
    inside = False  # (round 27: inside an earlier quotation of the aside, read backwards)
    while index >= 1 and last - index < _ASIDE_TOKENS and (inside or words[index] != ","):
        if any_aside and (words[index] in _OPEN_MARKS + _CLOSE_MARKS or (
            not inside and len(words[index]) > 1 and words[index][-1] in "'\u2019"
            and not _plural_possessive(words, index)
        )):
            inside = not inside  # round 27 (DEFECT27): "The mayor, tired of 'fake news' and
            # the 'so-called experts,' told": two quotations in the aside (a close after a
            # letter is in its word's token: "news'")
        elif words[index] in _OPEN_MARKS + _CLOSE_MARKS or words[index] in ".;:!?()\u2014":
            return None
        index -= 1
    if index < 1 or last - index >= _ASIDE_TOKENS or inside:
        return _MORE if index < 1 and not complete else None
    if not any_aside and words[index + 1].lower() not in ("who", "which", "whose"):
        return None
    phrase = _phrase_backward(words, index - 1, complete)
    if phrase is None:
        return None
    if phrase[0] == 0 and not complete:
        return _MORE
    return _span(words, starts, *phrase), (starts[index + 1], starts[last] + len(words[last]))

MODALS = frozenset(["would", "could", "might", "may", "should", "will", "can", "must"])
_CLAUSE_JOINERS = frozenset(["and", "but", "or", "yet", "so"])
_CLAUSE_VERBS = MODALS | frozenset(["is", "are", "was", "were", "has", "have", "had"])
"""Between commas after a conjunction, one of these makes a clause ("..., and the plant's
problems can ripple across the market, said X"), not an aside on a speaker before it."""
_TIME_NOUNS = attribution_words("time_noun")
_TIME_PREPOSITIONS = frozenset(["at", "in", "by", "during"])
_TIME_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "today", "tonight", "yesterday"]
)
"""Words that open a time phrase after a preposition ("on Tuesday", "in November")."""
OPENING_WORDS = frozenset(
    ["meanwhile", "however", "still", "instead", "also", "then", "now", "later", "earlier",
     "today", "yesterday", "separately", "finally", "but", "and", "so", "yet", "elsewhere"]
)
"""Words that open a sentence before a name, capitalised but no part of it ("Meanwhile
Christine Ford"); the speaker names of ``speakers.py`` drop them too."""
NAME_OPENERS = OPENING_WORDS | {"only", "even", "just"}
"""Capitalised words before a name that open its sentence ("Meanwhile Christine Ford", round 16:
"Only Smith", "Even Jones"): no part of the name."""
_OPENER = re.compile(
    "(?:" + "|".join(sorted(w.capitalize() for w in NAME_OPENERS)) + r")[ \t]++(?=[A-Z])"
)
"""A capitalised sentence adverb or focus word before a name ("Only Smith", "Meanwhile Lee")."""
ADVERBIAL_PHRASES = (
    "no wonder", "small wonder", "little wonder", "no doubt", "of course", "sure enough",
    "in short", "in fact", "after all", "in turn", "at first", "at last",
)
"""Two-word sentence adverbials (a determiner, adjective or preposition and a word) that the
phrase before a cue takes in when a name follows them ("No wonder Trump said", "It is no wonder
Trump said", "Of course Smith said"): no part of the speaker (round 21)."""
_ADVERBIAL_OPENER = re.compile(
    "(?i:" + "|".join(phrase.replace(" ", r"[ \t]++") for phrase in ADVERBIAL_PHRASES)
    + r")[ \t]++(?=\S)"
)
_SENTENCE_ADVERBS = OPENING_WORDS | {"afterward", "afterwards", "or"}
"""``OPENING_WORDS`` and a few more that end a name run before an age ("But Kofi Mensah, 22,")."""
_PARTS_OF_DAY = frozenset(["morning", "afternoon", "evening", "night"])
_PERIODS = frozenset(["week", "weekend", "month", "year"])
_BEFORE_TIME_WORD = frozenset(
    ["on", "in", "last", "this", "next", "since", "until", "by", "early", "late"]
)
_LY_NOUNS = attribution_words("ly_noun")
"""Nouns ending in -ly, which a speaker phrase may end with: not adverbs to skip."""
_MORE = (None, (-1, -1))  # sentinel: the phrase may start before the tokens looked at

_PUNCTUATION_TOKENS = frozenset(",;:!?\"\u201c\u201d()\u2014\u2013")
"""Characters that are always a token of their own (never the end of a word token, as "." and
"\u2019" can be): a capitalised word after one and a space opens its phrase."""
_NOT_A_NAME_WORD = PRONOUNS | DETERMINERS | _BOUNDARY | _AUXILIARIES | _TIME_NOUNS
_CLOSING_MARKS_ALONE = "\"\u201d"
"""Closing marks that are always a token of their own: no ``_TOKEN`` word takes them in."""
_BEFORE_A_LONE_APOSTROPHE = frozenset(",.!?;:\"'\u201d\u2019")
"""Characters after which an apostrophe is a token of its own (a mark, not a word's: ",''",
'."\u2019'); after a letter it may end a possessive ("Sanders'")."""


_DASHES = frozenset(["\u2014", "\u2013", "-"])
"""Tokens that set off an aside ("Jane Reynolds - his girlfriend - told"; "--" is two "-")."""


def _speaker_before_dashes(
    words: list[str], starts: list[int], last: int, complete: bool
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Round 26: the speaker before an aside set off by dashes ("Jane Reynolds - Santilli's
    girlfriend and co-host - told", "The justice -- who ... -- said"), and the aside; the tokens
    end with the closing dash at ``last``."""
    dash = words[last]
    close = last - 1 if words[last - 1] == dash == "-" else last  # "--"
    index = close - 1
    marks = 0
    while index >= 0 and last - index < _ASIDE_TOKENS and words[index] != dash:
        if words[index] in ".;:!?()":
            return None, None
        marks += words[index] in _OPEN_MARKS + _CLOSE_MARKS
        index -= 1
    if marks not in (0, 2):  # (one quotation inside the aside: "The minister - who called the
        return None, None  # report 'nonsense' - told MPs")
    if index < 0 or last - index >= _ASIDE_TOKENS:
        return _MORE if index < 0 and not complete else (None, None)
    open_at = index
    aside = (starts[index + 1], starts[close - 1] + len(words[close - 1]))
    names = all(
        word[:1].isupper() or word in (",", "and") for word in words[index + 1 : close]
    ) and any(word == "," or word == "and" for word in words[index + 1 : close])
    if close != last:  # the opening "--" too
        if index < 1 or words[index - 1] != "-":
            return None, None
        index -= 1
    if index < 1:
        return _MORE if not complete else (None, None)
    phrase = _phrase_backward(words, index - 1, complete)
    if phrase is None:
        return None, None
    if phrase[0] == 0 and not complete:
        return _MORE
    if names and _people_noun(words[phrase[1]].lower()):
        return aside, None  # "The three constitutional scholars -- Mr. Tribe, Ms. Epstein and
        # Mr. Amar -- agreed": the people the aside names speak (not "two states -- Nevada and
        # South Carolina --")
    first = open_at + 1
    comma = next((i for i in range(first, close) if words[i] == ","), close)
    if _is_role(words, *phrase) and _is_name(words, first, comma - 1):
        # "A former Republican presidential candidate -- John McCain, who lost the 2008
        # election to Obama -- said": the name speaks, the role describes
        return _span(words, starts, first, comma - 1), _span(words, starts, *phrase)
    return _span(words, starts, *phrase), aside


def _speaker_in(
    words: list[str], starts: list[int], complete: bool, has_who: bool = True
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The speaker and apposition in the tokens (``words`` and their ``starts``, which end at
    the cue), or ``_MORE`` when the answer may depend on words before them and they are not
    ``complete``."""
    last = len(words) - 1
    while last >= 0:
        word = words[last]
        if not (
            word.lower() in _AUXILIARIES
            or (
                word.islower() and word.endswith("ly") and len(word) > 4
                and word not in _LY_NOUNS  # "at the rally said": no adverb
            ) or (  # "Clinton now says"; not "a reader would now ask" (a hypothetical reader)
                last >= 1 and word == "now" and words[last - 1].lower() not in MODALS
            )
        ):
            break
        last -= 1
    token = word if last >= 0 else ""  # ``words[last]`` ("" before the first token)
    if last >= 2 and token in _TIME_NOUNS and words[last - 1] in (
        "the", "that", "this"
    ) and words[last - 2] in _TIME_PREPOSITIONS:
        last -= 3  # "Trump at the time said", "Cole in the end said": a time phrase, no speaker
        token = words[last] if last >= 0 else ""
    if last >= 3 and token in ("point", "stage") and words[last - 1] in ("one", "some") and (
        words[last - 2] == "at"
    ):
        last -= 3  # round 25: "the chatbot at one point told him": a time phrase, no speaker
        token = words[last]
    if last >= 2 and token.lower() in _PARTS_OF_DAY and _dates(words, last - 1):
        last -= 1  # "Trump on Tuesday night said": the part of the day goes with the date
        token = words[last]
    if last >= 2 and (
        _dates(words, last) or (
            token in _PERIODS and words[last - 1] in ("last", "this", "next", "earlier")
        )
    ) and words[last - 1].islower():
        last -= 2  # "Trump on Tuesday said", "the minister last week said": a date, no speaker
        token = words[last]
    if token == ")":  # "Sen. Elizabeth Warren (D-MA) said"
        index = last - 1
        while index >= 0 and last - index < 10 and words[index] not in "()":
            index -= 1
        if index < 0 and not complete:
            return _MORE
        if index >= 0 and words[index] == "(":
            last = index - 1
            token = words[last] if last >= 0 else ""
    if last < 0:
        return None, None
    if token in _CLOSE_MARKS and last > 1 and words[last - 1] == ",":
        quoted = _aside_ending_in_quotation(words, starts, last, complete)
        if quoted is not None:
            return quoted
    if token in _DASHES and last > 1:
        return _speaker_before_dashes(words, starts, last, complete)
    if token == "," and last > 0:
        # "Dana Whitfield, the board's chair, said" / "Trump, on the other hand, described"
        index = last - 1
        marks = 0
        while index >= 0 and last - index < _ASIDE_TOKENS and (
            words[index] not in ",.;:!?()\u2014"
        ):
            marks += words[index] in _OPEN_MARKS + _CLOSE_MARKS
            index -= 1
        if index < 1:
            return _MORE if last - index < _ASIDE_TOKENS and not complete else (None, None)
        if marks and not (
            marks == 2 and words[index] == ","
            and words[index + 1].lower() in ("who", "which", "whose")
        ):  # round 26: a quotation inside a relative aside is the aside's ("Hassan, who ran
            return None, None  # on a promise to 'clean house' in the capital, told ...")
        if words[index] == "," and words[index + 1].lower() in _CLAUSE_JOINERS and any(
            word.lower() in _CLAUSE_VERBS for word in words[index + 2 : last]
        ) and words[index + 2].lower() not in _WHO_FORMS:
            # round 22: "Few companies make them, and a single plant's problems can ripple
            # across the market, said Erin Fox": a second clause, no aside (round 29: but
            # ", and who were not authorised to speak," is a second relative clause)
            return None, None
        if words[index] == "," and words[index + 1] in _CLAUSE_VERBS:
            # round 24: "The leopard, named Tashi, was spotted by a jogger, said Alejandro
            # Grajal": an aside never opens with a finite verb; this is the sentence's predicate
            return None, None  # ("named Tashi" had been the speaker)
        if words[index] == ",":
            before = index - 1
            if words[before] == ")":  # "Sen. Ann Roe (D-Mass.), a member of the panel,"
                opening = before - 1
                while opening >= 0 and before - opening < 10 and words[opening] not in "()":
                    opening -= 1
                if opening >= 0 and words[opening] == "(":
                    before = opening - 1
            if before >= 2 and words[before - 1] == "," and _PARTY_AND_STATE.fullmatch(
                words[before]
            ):  # round 19: "Sen. James O'Rourke, R-Ohio, who helped draft the bill, wrote": a
                before -= 2  # party and state, then the name
            if before >= 0 and words[before].lower() in _OBJECT_PRONOUNS and _is_name(
                words, index + 1, last - 1
            ):  # round 21: "A lawyer representing him, Daniel Pruitt, said": the name speaks
                return (starts[index + 1], starts[last - 1] + len(words[last - 1])), None
            phrase = _phrase_backward(words, before) if before >= 0 else None
            if (
                phrase is not None and phrase[0] == phrase[1] >= 2
                and words[phrase[0]].isdigit() and words[phrase[0] - 1] == ","
            ):  # "Kofi Mensah, 22, who joined in the summer, said": an age, then the name
                before = phrase[0] - 2
                phrase = _name_run_before(words, before) or _phrase_backward(words, before)
            elif (
                phrase is not None and phrase[0] >= 5 and words[phrase[0] - 1] == "of"
                and words[phrase[0] - 2] == "," and words[phrase[0] - 3].isdigit()
                and words[phrase[0] - 4] == ","
                and (named := _name_run_before(words, phrase[0] - 5) or (
                    _person_before_age(words, phrase[0] - 5)
                )) is not None
            ):  # round 26: "Colin Ashdown, 52, of Tidworth, Wiltshire, admitted": the name
                phrase = named  # before the age, not the town (round 27: or "A man, 34, of
                # Swindon, Wiltshire, told the court": the unnamed man)

            if phrase is None and before >= 1 and (
                words[index + 1].lower() in _WHO_FORMS or (
                    words[index + 1] == "and" and words[index + 2].lower() in _WHO_FORMS
                )
            ) and (who := _who_before(words, index)) is not None:
                # round 29: "A midwife who worked there, and who asked not to be named, said":
                # a second relative clause; the first one's antecedent speaks ("there" is no
                # phrase, so nothing had been found and "said the ward" took the speaker)
                before_who = who - 2 if who > 1 and words[who - 1] == "," else who - 1
                antecedent = _phrase_backward(words, before_who) if before_who >= 0 else None
                if not complete and (antecedent is None or antecedent[0] == 0):
                    return _MORE
                if antecedent is not None:
                    return _span(words, starts, *antecedent), None
            if phrase is not None and phrase[0] == phrase[1] and _adverb_opening(
                words, phrase[0], complete
            ):  # round 19 (SRC19B): "Now, many have trouble renewing them, worry about it
                # and fear they will": the adverb opens the sentence, and what follows its
                # comma is the clause's subject and first verb, not an aside ("Now" had been
                # the speaker)
                subject = _phrase_forward(words, index + 1)
                if subject is None:
                    return None, None
                return _span(words, starts, *subject), None
            if not complete and (phrase is None or phrase[0] == 0):
                # the phrase may start before the window ("Foreign Minister Tomas Ekberg of
                # Norway, who hosted the talks, said": not "Ekberg of Norway"); round 25: or
                # no phrase is found in it ("the zoo's head of animal care, Dr. Simon
                # Achterberg, told": the window opened on "zoo's")
                return _MORE
            if phrase:
                aside = (starts[index + 1], starts[last - 1] + len(words[last - 1]))
                if phrase[0] >= 3 and words[phrase[0] - 1] == "," and (
                    words[phrase[0] - 2].lower() in _GIVEN_ONLY
                ):  # round 27: "A soldier, who gave only his call sign, Grim, for security
                    # reasons, said": the soldier, past the reason's aside after the name
                    who = _first_who_in_sentence(words, phrase[0] - 2)
                    if who is None and not complete:
                        return _MORE
                    if who is not None and (subject := _phrase_backward(
                        words, who - 2 if who > 1 and words[who - 1] == "," else who - 1
                    )) is not None:
                        return _span(words, starts, *subject), _span(words, starts, who, phrase[1])
                if words[phrase[1]].lower() in _GIVEN_ONLY and (
                    who := _first_who_in_sentence(words, phrase[0])
                ) is not None and (subject := _phrase_backward(words, who - 1)) is not None:
                    # round 23: "A neighbor who testified on Thursday, and who gave only her
                    # first name, Maria, said": the neighbor (unnamed, as round 13 decided for
                    # "Another parent, who gave only her first name, Tasha, said"), not "her
                    # first name"
                    return _span(words, starts, *subject), None
                if not _is_role(words, *phrase) and (
                    placed := _role_at_place(words, phrase)
                ) is not None:
                    phrase = placed  # round 27: "Its commander on Lampedusa, Capt. Filippo
                    # Marra, said", "Its chief in London, Maria Conti,": a role at a place
                if _is_role(words, phrase[0], _role_head(words, phrase)) and _is_name(
                    words, index + 1, last - 1
                ):  # "Its director, Kate Imrie, said": the name speaks, the role describes
                    return aside, _span(words, starts, *phrase)
                if _is_role(words, phrase[0], _role_head(words, phrase)) and (
                    titled := _titled_name(words, index + 1, last - 1)
                ) is not None:  # round 22: "The aide, deputy chief of staff Carla Moynihan,
                    # said": the name speaks; the role and the title describe
                    return _span(words, starts, titled, last - 1), _span(words, starts, *phrase)
                if (
                    phrase[0] >= 2
                    and participle_and_agent(words[phrase[0] - 2], words[phrase[0] - 1])
                    or any(  # (the phrase may take in the participle: "An engineer hired by
                        participle_and_agent(words[i], words[i + 1])  # the council")
                        for i in range(phrase[0], phrase[1])
                    )
                ) and _is_name(words, index + 1, last - 1):
                    # "A forensic accountant called by the prosecution, Dr Nadia Farouk,
                    return aside, None  # said": the name speaks, not the prosecution
                who = _who_before(words, phrase[0])
                if who is None and not complete and phrase[0] < 7 and all(
                    _is_word(word) for word in words[: phrase[0]]
                ):  # a "who" may open the relative clause before the window ("Another
                    return _MORE  # parent, who gave only her first name, Tasha, said")
                if who is not None:  # the phrase is a relative clause's object, not a speaker
                    if _is_name(words, index + 1, last - 1):
                        return aside, None  # "The farmer who owns the field, Glen Harker, said"
                    before_who = who - 2 if who > 1 and words[who - 1] == "," else who - 1
                    antecedent = _phrase_backward(words, before_who) if before_who >= 0 else None
                    # ("Another parent, who gave only her first name, Tasha, said": the parent)
                    if not complete and (antecedent[0] == 0 if antecedent else before_who < 1):
                        return _MORE  # the antecedent may begin before the window
                    if antecedent is not None and antecedent[0] >= 2 and (
                        words[antecedent[0] - 1] == ","
                    ):  # "Scott Morris, a former official who is now a fellow at X, said"
                        named = _phrase_backward(words, antecedent[0] - 2)
                        if named is not None and _is_name(words, *named):
                            return _span(words, starts, *named), _span(words, starts, *antecedent)
                    if antecedent is not None:  # "The official who led the review, a judge,"
                        return _span(words, starts, *antecedent), aside
                if phrase[0] >= 2 and words[phrase[0] - 1] == "," and (
                    words[phrase[0]].islower() and words[index + 1].lower() in ("who", "which")
                ) and (named := _phrase_backward(words, phrase[0] - 2)) is not None and _is_name(
                    words, *named
                ):  # round 28 (AUDIT28): "Commander Dominic Murphy, head of the Met's
                    # counter-terrorism command, which also investigates espionage, said": the
                    # name speaks; the role before the relative clause describes him
                    if named[0] == 0 and not complete:
                        return _MORE
                    return _span(words, starts, *named), _span(words, starts, *phrase)
                return _span(words, starts, *phrase), aside
        return None, None
    relative_after_comma = token.lower() in ("who", "which") and last > 1 and (
        words[last - 1] == ","
    )
    if relative_after_comma:
        last -= 2
        if last >= 2 and words[last].isdigit() and words[last - 1] == ",":
            # "Christine Blasey Ford, 51, who claims": an age, then the name
            named = _name_run_before(words, last - 2)
            if named is not None:
                return _span(words, starts, *named), None
    phrase = _phrase_backward(words, last, complete)
    if phrase and phrase[0] == 0 and not complete:
        return _MORE
    if phrase and phrase[0] >= 5 and words[phrase[0] - 1] == "of" and (
        words[phrase[0] - 2] == "," and words[phrase[0] - 3].isdigit()
        and words[phrase[0] - 4] == ","
    ) and (named := _name_run_before(words, phrase[0] - 5) or (
        _person_before_age(words, phrase[0] - 5)
    )) is not None:  # round 27: "John Smith, 34, of Swindon told the court", no comma after
        if named[0] == 0 and not complete:  # the town: the person, not "Swindon"
            return _MORE
        return _span(words, starts, *named), None
    if phrase and relative_after_comma:
        phrase = _after_verb_phrase(words, *phrase)
        named = _name_run_before(words, last)
        if named is not None and named[0] > phrase[0] and (
            words[named[0] - 1].islower()
            and words[named[0] - 1] not in DETERMINERS
            and words[named[0] - 1] not in _BOUNDARY  # ("Residents of Oak Hill, who")
            and words[named[0] - 1] not in _PREPOSITIONS
        ):  # "Prosecutors charged Daniel Price, who said": the name before the relative
            phrase = named  # clause, not the main clause's subject and verb (round 15)
    relative = _relative_clause_start(words, phrase[0] if phrase else last + 1) if (
        has_who
    ) else None
    if relative is not None:  # "Three officials who spoke on condition of anonymity said"
        if relative <= 1 and not complete:
            return _MORE
        antecedent = _phrase_backward(words, relative - 1) if relative > 0 else None
        if not complete and (antecedent is None or antecedent[0] == 0 or (
            antecedent[0] == 1 and words[0].lower() in _PREPOSITIONS
        )):
            return _MORE  # round 23: "A former employee who worked on the product said": the
            # window opened on "former employee", whose phrase starts before it; round 26: or
            # on the preposition before it ("with the talks who asked not to be named said":
            # "A person familiar with the talks", not "the talks")
        if antecedent is not None:
            antecedent = _from_first_noun_word(words, *antecedent)
        if antecedent is not None and antecedent[0] >= 1 and words[antecedent[0] - 1] == "and":
            # round 21: "Dr. Philip Landrigan, a pediatrician and epidemiologist at Boston
            # College who wrote": one description of the named speaker
            if antecedent[0] < 3 and not complete:
                return _MORE
            joined = _phrase_backward(words, antecedent[0] - 2) if antecedent[0] >= 3 else None
            if joined is not None and words[joined[0]].lower() in ("a", "an"):
                antecedent = joined[0], antecedent[1]
        if antecedent is not None and words[relative].lower() in _WHO_FORMS:
            if antecedent[0] >= 2 and words[antecedent[0] - 1] == ",":
                # round 15: "Sarah Lindholm, a nurse who said she had come ...": the name
                named = _name_run_before(words, antecedent[0] - 2)
                if named is not None and _is_name(words, *named) and (
                    named[0] == 0 or not words[named[0] - 1][:1].islower()
                ):  # (not a place: "At the townhall in Ho Chi Minh City, a young woman who")
                    if named[0] == 0 and not complete:
                        return _MORE
                    return _span(words, starts, *named), _span(words, starts, *antecedent)
            comma = antecedent[0] - 1  # (the apposition's determiner and modifiers before
            while comma > antecedent[0] - 4 and comma > 0 and words[comma][:1].islower():
                comma -= 1  # the antecedent's first noun word: "a former staff member")
            if comma >= 3 and words[comma] == "," and words[comma - 1].isdigit() and (
                words[comma - 2] == ","
            ) and (named := _name_run_before(words, comma - 3)) is not None:
                # round 24: "said Palmer, 34, a North Dakota native who said": an age follows
                # a person's name, so the name (a surname alone too) is the one described,
                # not an unnamed native
                if named[0] == 0 and not complete:
                    return _MORE
                described = _span(words, starts, comma + 1, antecedent[1])
                return _span(words, starts, *named), described
            return _span(words, starts, *antecedent), None
    return (_span(words, starts, *phrase) if phrase else None), None


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> list[Cue]:
    """Every cue word in ``text[lo:hi]`` in order."""
    return find_cues_between(text, [(lo, len(text) if hi is None else hi)])


def find_cues_between(text: str, ranges: list[tuple[int, int]]) -> list[Cue]:
    """Every cue word in the ``[lo, hi)`` ranges of ``text`` (sorted, disjoint), in order."""
    split = _split_cue_patterns()
    spans: list[tuple[int, int]] = []
    for lo, hi in ranges:
        search_from = lo - 1 if lo else 0  # the character before ``lo`` decides, as for ``\b``
        if lo == 0 and (first := _cue_at_start().match(text, 0, hi)) is not None:
            spans.append(first.span())
            search_from = first.end()
        if split is None:
            spans.extend(m.span(1) for m in _cue_pattern().finditer(text, search_from, hi))
            continue
        after_space, after_other = split
        # a match holds the character before its cue; a cue ends its match
        after = spans[-1][1] if spans else -1
        others = [*after_other.finditer(text, search_from, hi)]
        if not others and after <= search_from:  # one scan's matches: nothing to merge
            spans.extend([m.span(1) for m in after_space.finditer(text, search_from, hi)])
            continue
        matches = [*after_space.finditer(text, search_from, hi), *others]
        spans.extend(m.span(1) for m in leftmost_matches(matches, after))
    return _cues_at(text, spans, ranges)


_FROM_OR_BY = re.compile(r" (?:from|by) ")
_RELATIVE_AFTER_THAT = attribution_words("relative_after_that")


def _range_of(
    text: str, ranges: list[tuple[int, int]] | None, start: int, end: int
) -> tuple[int, int] | None:
    """The range holding ``[start, end)``, or None (it straddles a quotation)."""
    if ranges is None:
        return 0, len(text)
    for lo, hi in ranges:
        if lo <= start and end <= hi:
            return lo, hi
    return None


def _noun_cue(text: str, lo: int, hi: int, start: int, after: int) -> Cue | None:
    """Round 17 (issue 3): the cue "warnings from", "claims by" of the speech noun at ``start``
    whose "from "/"by " ends at ``after``, when its speaker phrase is followed by "that" opening
    a content clause ("warnings from the Met Office that the river would burst"), not a
    relative ("claims from the company that were rejected": a verb right after "that").
    Section 'noun': the speaker follows the cue, as after "according to"; the clause after
    "that" is the content."""
    speaker = speaker_after(text, after, hi)
    if speaker is None or not text.startswith(" that ", speaker[1]):
        return None
    word = text[speaker[1] + 6 : word_end(text, speaker[1] + 6)]
    if word.lower() in _RELATIVE_AFTER_THAT or word.endswith("ed") and word.islower():
        return None  # "claims by the company that were rejected", "statements by Smith that
        # indicated ...": a relative (a verb right after "that"), no content clause
    last = text[speaker[0] : speaker[1]].rsplit(None, 1)[-1].lower()
    if last == "ago" or last in _TIME_WORDS:
        return None  # "an accusation from decades ago that ...": a time, not a speaker
    if _opens_subject(text, lo, start):
        return None  # "The statement by the ministry that the troops had left was false":
        # the clause runs into the sentence's own verb, whose end no rule here can find
    return Cue(start, after - 1, "noun")


def _opens_subject(text: str, lo: int, start: int) -> bool:
    """Whether the noun at ``start`` opens its sentence or clause with at most determiners
    before it ("Claims by ...", "The statement by ...", ", any claims by ..."): the subject."""
    window = start - 40 if start - 40 > lo else lo
    before = text[window:start]
    cut = max(before.rfind(mark) for mark in ".,;:!?\n\u201c\u201d\"(")
    if cut < 0 and window > lo:
        return False  # more than a few words since the clause opened
    return all(word.lower() in DETERMINERS for word in before[cut + 1 :].split())


def _cues_at(
    text: str, spans: list[tuple[int, int]], ranges: list[tuple[int, int]] | None = None
) -> list[Cue]:
    """The cues at the matched ``spans`` (within ``ranges``, by default the whole text), each
    with its section; compounds ("so-called"), "characterized by" and nouns not reporting
    speech left out."""
    sections_by_form = _verb_sections()
    cues: list[Cue] = []
    length = len(text)
    for start, end in spans:
        word = text[start:end]
        if start and text[start - 1] in "-\u2010\u2011":
            continue  # so-called, well-said: part of a compound, not a verb
        # (characters and slices compared, not ``startswith``: a method call per cue)
        if end < length and text[end] in "-\u2010\u2011" and text[end + 1 : end + 2].isalpha():
            continue  # think-tank, tell-all, add-ons, say-so: a compound noun (round 14)
        if word in _SPEECH_NOUNS:
            by = _FROM_OR_BY.match(text, end)
            if by is not None and (bounds := _range_of(text, ranges, start, end)) is not None and (
                cue := _noun_cue(text, *bounds, start, by.end())
            ) is not None:
                cues.append(cue)  # round 17: "warnings from the Met Office that ...",
                # "a flood warning from ... that": before the compound test below
                continue
            if word not in sections_by_form:
                continue  # a noun only ("statements"), no report
        if word in NOUN_CUES and text.startswith(" ", end) and noun_follows(text, word, end + 1):
            continue  # "think tank": a noun
        if word[-1] == "s" and start > 2 and text[start - 1] == " " and (
            _count_before(text, start - 1)
        ):
            continue  # round 27: "had received 11 calls from the public": a count makes the
            # -s form a plural noun (a count's verb has no -s: "11 say"), no cue
        if word in _CUES_AFTER_NOUN and start > 1 and text[start - 1] == " " and (
            _noun_before(text, start - 1), word
        ) in _NOUN_BEFORE_CUE:
            continue  # round 16: "a red flag warning that ...": a noun
        if word[0] in "Aa" and word.lower() == "according to":
            cues.append(Cue(start, end, "according"))
            continue
        if word[-2:] == "ed" and start > 4 and text[start - 1] == " " and (
            _adjective_after_verb(text, start, end)
        ):
            continue  # "ignored repeated warnings": an adjective after a verb
        section = sections_by_form[word]
        if text[end : end + 4] == " by ":
            if word not in _PASSIVE_CUES:
                continue  # "characterized by": not an attribution
            before = text[max(0, start - 7) : start].split()
            if before and before[-1].lower() in _PASSIVE_AUX:
                section = "passive"  # "as reported by X"; but "said by telephone" stays active
        cues.append(Cue(start, end, section))
    return cues


def _count_before(text: str, position: int) -> bool:
    """Round 27: whether the word ending at ``position`` is a number in digits other than 1
    ("11", "1,200")."""
    if not text[position - 1].isdigit():
        return False  # ("since the age of 25, says": the count ends a clause)
    start = position
    limit = position - 12 if position > 12 else 0
    while start > limit and (text[start - 1].isdigit() or text[start - 1] == ","):
        start -= 1
    if not (start < position and text[start].isdigit() and text[start:position] != "1" and (
        start == 0 or text[start - 1] in " \t\n("
    )):
        return False
    name = start - 1  # review 27: a number after a capitalised word is a name's ("Channel 4
    while name > 0 and text[name - 1].isalpha():  # reports", "Section 230 says", "Fox 5")
        name -= 1
    return not (start > 1 and text[name : name + 1].isupper())


def _noun_before(text: str, position: int) -> str:
    """The lower-cased letters ending at ``position`` (30 at most)."""
    start = position
    limit = position - 30 if position > 30 else 0
    while start > limit and text[start - 1].isalpha():
        start -= 1
    return text[start:position].lower()


def noun_follows(text: str, word: str, position: int) -> bool:
    """True when ``word`` and the word at ``position`` make a noun listed in [noun_after_cue]."""
    return (word, text[position : word_end(text, position)]) in NOUN_AFTER_CUE


def word_end(text: str, position: int) -> int:
    """The end of the letters starting at ``position`` (30 at most: no listed word is longer)."""
    end = position
    limit = position + 30 if position + 30 < len(text) else len(text)
    while end < limit and text[end].isalpha():
        end += 1
    return end


SEEN_PARTICIPLES = (
    r"(?:seen|obtained|reviewed|cited|released|published|provided|shared|filed|quoted)"
)
"""Who saw or released a document, after its name ("a memo seen by Reuters"): an alternation."""
_SEEN_AT_END = re.compile(r"[ \t]+" + SEEN_PARTICIPLES + "$")
"""A participle ending a document's phrase after "according to" ("a memo seen (by Reuters)")."""


_PREPOSITION_BEFORE = re.compile(r"(?<![\w'\u2019])(?:on|via)[ \t]++\Z")
"""A preposition right before a mention (searched in the few characters before it)."""


_NAME_RUN = r"(?:[Tt]he[ \t]++)?+[A-Z][\w'\u2019.&-]*+(?:[ \t]++[A-Z][\w'\u2019.&-]*+){0,3}+"
"""One to four capitalised words, with "the" before a body ("the Treasury")."""
_BODY_RUN = (
    r"[Tt]he[ \t]++(?:"
    + "|".join(sorted(w for w, kind in role_heads().items() if kind == "organization"))
    + r")(?![\w'\u2019-])"
)
"""Round 17 (LEFT17): "the" and an organisation's role noun ("the ministry"), one half of a
pair with a name ("Smith and the ministry said", "the council and Smith said")."""
_PAIR_HALF = r"(?:" + _BODY_RUN + "|" + _NAME_RUN + ")"
_WHOLE_NAME = re.compile(_PAIR_HALF + r"\Z")
_FIRST_OF_PAIR = re.compile(r"(?:^|(?<=[^\w'\u2019.&-]))(" + _PAIR_HALF + r")[ \t]++and[ \t]++\Z")
"""The first of two names joined by "and" right before the second ("Britain and |France")."""
_CLAUSE_OPENERS = frozenset(
    ["after", "when", "while", "because", "as", "since", "before", "until", "though",
     "although", "if", "once", "that", "where", "but", "so"]
)
"""Lower-case words after which two names joined by "and" are a clause's subject ("after Saudi
Arabia and Russia said"); after any other word they may be an object ("He met Smith and ...")."""


def _coordinated(text: str, lo: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """Round 16 (COORD16): ``speaker`` widened to "X and Y" when it is a name and a name joined
    by "and" comes right before it as the clause's subject ("Britain and France said", "after
    Saudi Arabia and Russia said", "the Fed and the Treasury said"); else ``speaker``."""
    start, end = speaker
    gap = start
    while gap > lo and text[gap - 1] in " \t":
        gap -= 1
    if gap == start or not text.endswith("and", lo, gap):
        return speaker  # (the cheap test first: most speakers have no "and" right before them)
    if text[start:end].islower() and (  # (not "the State Department": a name)
        groups := _coordinated_groups(text, lo, speaker)
    ) != speaker:
        return groups  # (else "Dana Reyes and the ministry" may still be a pair)
    if end - start > 60 or not _WHOLE_NAME.match(text, start, end) or text[start:end].lower() in (
        _NOT_A_NAME_WORD
    ):
        return speaker
    window = start - 70 if start - 70 > lo else lo
    pair = _FIRST_OF_PAIR.search(text, window, start)
    if pair is None or pair.start(1) == window and window > lo:
        return speaker
    first = pair.start(1)
    words = pair[1].split()
    for index, word in enumerate(words[:-1]):
        if _ends_sentence(word):  # "on Friday. Smith and Jones said": the run starts after it
            first = text.index(words[index + 1], first + len(word))
            words = words[index + 1 :]
            break  # (at most one: a name of two sentences is no name)
    if words[0] in ("The", "the"):
        words = words[1:]
    if any(word.lower() in _NOT_A_NAME_WORD or word.lower() in _TIME_WORDS for word in words):
        return speaker  # ("On Monday Smith and Jones", "Some and ...": no pair of names)
    if words[0].lower() in NAME_OPENERS:  # "But Smith and Jones said"
        return speaker if len(words) == 1 else (text.index(words[1], first), end)
    before = text[lo:first].rstrip(" \t")
    if not before or before[-1] in ".!?;:\u2014\u2013(\"\u201c\u201d'\u2018\u2019":
        return first, end  # the pair opens its sentence or clause
    space = before.rfind(" ")
    word = before[space + 1 :]
    if word[-1] == ",":  # "On Monday, Britain and France said", "In a statement, Smith and
        # Jones said"; not the end of a list of names ("the National Academies of Sciences,
        # Engineering and Medicine", "Matthews, MSNBC's Alex Seitz-Wald and ...")
        word = word[:-1]
        listed = word[:1].isupper() and word.lower() not in _TIME_WORDS
        return speaker if listed else (first, end)
    return (first, end) if word in _CLAUSE_OPENERS else speaker


_GROUP_BEFORE_AND = re.compile(
    r"(?:,[ \t]++(?P<group>(?:[a-z][\w-]*+[ \t]++){0,2}[a-z][\w-]*+)"
    r"|(?:^|(?<=[\n.!?]))[ \t]*+(?P<opening>[A-Z][\w-]*+(?:[ \t]++[a-z][\w-]*+){0,2}))"
    r"[ \t]++and[ \t]++\Z"
)
"""After a comma, up to three lower-case words and "and" right before a second group
("..., killing 14 people, |local officials| and residents said"); round 22: or opening the
sentence ("|Police| and witnesses said")."""


def _coordinated_groups(text: str, lo: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """Round 21: ``speaker`` widened to two unnamed groups joined by "and" after a comma
    ("Artillery struck the market, local officials and residents said": there had been no
    quotation at all, the clause before being cut from its speaker by "local officials and");
    else ``speaker``."""
    from newscheck.stages.mentions import classify_mention

    start, end = speaker
    if end - start > 40 or not text[start:end].islower():
        return speaker
    window = start - 50 if start - 50 > lo else lo
    pair = _GROUP_BEFORE_AND.search(text, window, start)
    if pair is None:
        return speaker
    unnamed = ("anonymous", "vague", "organization")  # round 22 (DEFECT22): "police and
    # witnesses said" (lower-case: "police", "the ministry" are bodies of no name)
    first = pair.lastgroup or "group"
    if classify_mention(text[start:end]) not in unnamed or (
        classify_mention(pair[first].lower()) not in unnamed
    ):
        return speaker
    return pair.start(first), end


def name_pair(mention: str) -> tuple[int, int] | None:
    """(start, end) of the " and " that splits ``mention`` into two names ``_coordinated``
    joined ("Britain and France"), or None: not one body's name ("Food and Drug
    Administration", "Globe and Mail", "Department of Health and Human Services": the rules of
    ``_phrase_backward``)."""
    if "and" not in mention:
        return None  # (the cheap test first: most mentions join nothing)
    pairs = list(_AND.finditer(mention))
    if len(pairs) != 1:
        return None
    joint = pairs[0]
    first, second = mention[: joint.start()], mention[joint.end() :]
    if not (_WHOLE_NAME.match(first) and _WHOLE_NAME.match(second)):
        return None
    before, after = first.split()[-1].lower(), second.split()
    if (before, after[0].lower()) in _JOINED_NAME_PAIRS or (
        after[0] not in ("the", "The") and after[-1].lower() in _body_words()
    ):
        return None
    return joint.start(), joint.end()


_AND = re.compile(r"[ \t]++and[ \t]++")
_INTERVIEWS_WITH = re.compile(r"(?:interviews|conversations)[ \t]++with[ \t]++", re.IGNORECASE)
"""After "according to": the people interviewed are who the report rests on (round 21)."""


_RECORDING_OF = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)[ \t]++(?:[\w-]++[ \t]++){0,2}?"
    r"(?:recording|video|clip|footage|tape|audio|livestream|broadcast)[ \t]++of[ \t]++(?=[A-Z])"
)
"""Round 24: before a participle cue, a recording of someone named ("A recording of Mayor Tess
Coburn telling aides", "a 40-second video of Senator Ann Roe saying"): who is recorded speaks."""


CLAIM_NOUNS = (
    "charge|claim|allegation|accusation|assertion|contention|characteri[sz]ation|description|"
    "account|view|suggestion|demand|request|proposal|offer"
)
"""Nouns that sum up a report or an act in an apposition before who denied or rejected it."""
_CLAIM_NOUN_OPENING = re.compile(
    r"(?:an?|the)[ \t]++(?:" + CLAIM_NOUNS + r")[ \t]++(?:of[ \t]++)?(?=\S)"
)
"""Round 27: a speaker phrase opening on such a noun in an apposition after a comma ("..., a
demand Harbor's board| rejected", "..., a charge Kestria's lawyers| denied"; "..., an account of
Clinton| telling"): the noun is the object, or the account of what the person after it said;
that person speaks. Not a compound at a sentence's start ("The account holder said")."""


def frame_for(text: str, cue: Cue, lo: int, hi: int) -> Frame:
    """The frame of ``cue`` within its paragraph ``[lo, hi)``."""
    if cue.section == "according":
        position = _skip_spaces(text, cue.end)
        if text[position : position + 1] in "icIC" and (
            interviews := _INTERVIEWS_WITH.match(text, position)
        ):  # round 21: "according to interviews with a dozen party leaders": the people
            position = interviews.end()
        span = speaker_after(text, position, hi)
        if span is not None:
            seen = _SEEN_AT_END.search(text, span[0], span[1])
            if seen is not None and seen.start() > span[0]:
                span = (span[0], seen.start())  # "a Pentagon memo| seen by Reuters"
        return Frame(cue, span, inverted=True)
    if cue.section == "noun":  # round 17: "warnings from the Met Office that ..."
        return Frame(cue, speaker_after(text, _skip_spaces(text, cue.end), hi), inverted=True)
    if cue.section == "passive":
        by = cue.end + len(" by ")
        return Frame(cue, speaker_after(text, by, hi), inverted=True)
    visible = cue.start - 1  # (``last_visible(text, lo, cue.start)`` written out: per cue)
    while visible >= lo and text[visible].isspace():
        visible -= 1
    participle = text[cue.end - 1] == "g" and text.endswith("ing", cue.start, cue.end)
    if participle and (visible < lo or text[visible] in ",\u2014\u2013-"):
        return Frame(cue, None)  # ", saying ...": the subject is the main clause's (round 26:
        # also after a dash, "struggles with a basic task in politics - bragging - conceding")
    subject_end = cue.start
    if participle and text[visible] in "esmn" and (
        progressive := _PROGRESSIVE_BE.search(text, max(lo, cue.start - 12), cue.start)
    ) and (
        text[cue.start : cue.end].lower() in _PROGRESSIVE_REPORTS
        or _CALLING_ON.match(text, cue.start)
        or _WHAT_BEFORE.search(text, max(lo, progressive.start() - 40), progressive.start())
    ):
        subject_end = progressive.start()  # round 26: "in what researchers are calling a
        # 'historic breakthrough'", "Eleven Muslim organizations are calling on", "Trump is
        # suggesting": a progressive verb of saying, whose subject speaks (not the main
        # clause's "A gene therapy", as for a participle adjunct); not "were calling" (on the
        # phone), "is revealing", "is acknowledging" after "part of being a president"
    if participle and text[visible] in "dn" and (
        perceived := _PERCEIVED_PASSIVE.search(text, max(lo, cue.start - 30), cue.start)
    ):
        subject_end = perceived.start()  # round 23: "the caller, identified as Danielle Ruiz,
        # can be heard saying": the subject of the passive of perception speaks
    if not participle and text[visible] in "\u2014\u2013-" and (
        text[cue.start : cue.end].lower() in _INVERTED_AFTER_DASH
    ):
        after = speaker_after(text, _skip_spaces(text, cue.end), hi)
        if after is not None and _ENDS_THE_CLAUSE.match(text, after[1]) and (
            text[after[0]].isupper() or text[after[0] : after[1]].split(" ", 1)[0] in DETERMINERS
        ):
            # review 26: "Retail sales rose 4 percent in March — the fastest pace in a year —
            # said the statistics office.": inverted after a dash aside, as after a comma
            return Frame(cue, after, inverted=True)
    speaker, aside = _speaker_before(text, lo, subject_end)
    if speaker is None and (
        text[visible] in _CLOSE_MARKS or text[visible - 1 : visible + 1] in _CLOSE_THEN_COMMA
    ) and (
        text[cue.start : cue.end].lower() in _TELL_FORMS
    ):  # round 26: "The mayor, tired of 'politics as usual,' told council members that ...":
        speaker, aside = _speaker_before_quoted_aside(text, lo, cue.start)  # "told" is never
        # inverted, so an aside ending in a quotation stands between it and its subject
    if speaker is not None and text[speaker[0] : speaker[0] + 1] in "at" and (
        claim := _CLAIM_NOUN_OPENING.match(text, speaker[0], speaker[1])
    ) is not None and text[last_visible(text, lo, speaker[0])] == ",":  # (review 27: an
        # apposition only, not "The account holder said", "The demand letter says")
        speaker = (claim.end(), speaker[1])  # round 27: "..., a demand Harbor's board rejected"
    if speaker is not None and _SUBJECTLESS_VERB.match(text, cue.end) and (
        text[cue.start : cue.end].lower() in _ZERO_RELATIVE_CUES
    ):
        speaker = _without_relatives_object(text, speaker)
    if speaker is not None:
        if (opener := _OPENER.match(text, speaker[0], speaker[1])) is not None:
            speaker = (opener.end(), speaker[1])  # round 16: "Only Smith said", "Meanwhile
            # Smith said": the sentence's adverb is no part of the name
        else:
            speaker = _without_adverbial(text, lo, speaker)  # round 21: "No wonder Trump said"
        if text[speaker[0] - 1] in " \t" and text[speaker[0] - 2] in "d \t":
            speaker = _coordinated(text, lo, speaker)  # (only after "and" and spaces: its
            # first test, made here for one space before the speaker, as most have)
        if participle and _PREPOSITION_BEFORE.search(text, max(lo, speaker[0] - 12), speaker[0]):
            return Frame(cue, None)  # round 16: "posted a statement on Facebook saying":
            # the object of a preposition is where the words went, not who said them
        if participle:
            speaker = _without_aspect_verb(text, speaker)
            recorded = _RECORDING_OF.match(text, speaker[0], speaker[1])
            if recorded is not None and recorded.end() < speaker[1]:
                speaker = (recorded.end(), speaker[1])  # round 24: "A recording of Mayor Tess
                # Coburn telling aides that ...": the one recorded speaks, not the recording
        return Frame(cue, speaker, apposition=aside)
    if participle:
        return Frame(cue, None)
    if (visible < lo or text[visible] in ",\u201d\u2019\"'\u2014-") and (
        text[cue.start : cue.end].lower() not in _TELL_FORMS
    ):  # (round 26: "told" is never inverted; what follows it is the person told)
        after = speaker_after(text, _skip_spaces(text, cue.end), hi)
        if after is not None:
            # round 21: "The justice -- who ... -- said she regretted her remarks": a pronoun
            # and a lower-case word open the reported clause, whose subject is the speaker;
            # the clause keeps its pronoun (the frame is not read as inverted)
            opens_clause = text[after[0] : after[1]].lower() in PRONOUNS and (
                _LOWER_WORD_NEXT.match(text, after[1]) is not None
            )
            return Frame(cue, after, inverted=not opens_clause)
    return Frame(cue, None)


_LOWER_WORD_NEXT = re.compile(r"[ \t]++[a-z]")
_INVERTED_AFTER_DASH = frozenset(
    ["said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "argued",
     "insisted", "warned", "recalled", "conceded", "acknowledged"]
)
"""Review 26: verbs of saying that stand before their speaker after a dash aside ("— said the
statistics office."); not "– know better." of "the majority – a bare majority ... – know"."""
def _speaker_before_quoted_aside(
    text: str, lo: int, position: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Round 26: for a cue never read inverted ("told"), the subject before an aside set off by
    commas that ends in a quotation with its comma inside ("The mayor, tired of 'politics as
    usual,' told"): ``_aside_ending_in_quotation`` for an aside of any kind, over the longest
    window."""
    far = position - 160 if position - 160 > lo else lo
    words, starts = _tokens(text, far, position)
    last = len(words) - 1
    if last < 4 or not (
        (words[last] in _CLOSE_MARKS and words[last - 1] == ",")
        or (words[last] == "," and words[last - 1][-1] in _CLOSE_MARKS)  # round 27: comma
    ):  # after the quotation ("tired of 'so-called experts', told")
        return None, None
    found = _aside_ending_in_quotation(words, starts, last, far == lo, any_aside=True)
    return (None, None) if found is None or found == _MORE else found


_ENDS_THE_CLAUSE = re.compile(r"[ \t]*+[.,;:!?]")
"""After an inverted speaker: the clause ends (", said the mayor." / "— said Mayor Ann Lee.")."""
_PROGRESSIVE_BE = re.compile(r"\b(?:is|are|was|were|am|(?:have|has)[ \t]++been)[ \t]++\Z")
"""Round 28 (DEFECT28): also the present perfect progressive ("Tenants in the tower have been
complaining for months that ..."); not "had been", mostly a background inside someone else's
report ("Carter said that for decades some critics had been predicting a U.S. withdrawal, but
this would not happen": Carter's words, and his quotation next)."""
_PROGRESSIVE_REPORTS = frozenset(
    ["saying", "suggesting", "arguing", "insisting", "claiming", "warning", "urging", "telling",
     "asking", "demanding", "predicting", "complaining", "alleging", "cautioning", "stressing"]
)
_CALLING_ON = re.compile(r"calling[ \t]++(?:on|for)\b")
_WHAT_BEFORE = re.compile(r"\bwhat[ \t]++(?:[\w'\u2019-]++[ \t]++){1,4}\Z")
"""Before a progressive's be-verb: "what researchers (are calling)", a free relative."""
_TELL_FORMS = frozenset(["told", "tell", "tells"])
"""Round 26: cues never read inverted: what follows "told" is the person told."""
_TELLS = tuple(f"{form} " for form in _TELL_FORMS)
_CLOSE_THEN_COMMA = frozenset(mark + "," for mark in _CLOSE_MARKS)
"""Round 27: a quotation's close, then the aside's comma ("tired of 'so-called experts', told")."""
_PERCEIVED_PASSIVE = re.compile(
    r"\b(?:(?:can|could|may|might|will|would)[ \t]++)?+(?:be|been|was|were|is|are)[ \t]++"
    r"(?:heard|seen|filmed|recorded)[ \t]++$"
)
"""Before a cue in -ing: a passive of perception ("can be heard saying", "was filmed telling");
``frame_for`` tries it only after a word in -d or -n."""


_ZERO_RELATIVE_CUES = frozenset(
    ["say", "says", "said", "believe", "believes", "believed", "allege", "alleges", "alleged",
     "claim", "claims", "claimed", "contend", "contends"]
)
_SUBJECTLESS_VERB = re.compile(
    r"[ \t]++(?:was|were|is|are|had|has|have|will|would|could|might|may)\b"
)
"""After a cue, a finite verb with no subject of its own: the cue's clause is a relative whose
subject is the noun before the speaker ("the money prosecutors say| was laundered")."""
_OBJECT_THEN_GROUP = re.compile(r"(?:[Tt]he|[Aa]n?)[ \t]++([a-z]++)[ \t]++([a-z]++)")
_NOT_A_NOUN_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ant", "ent", "an", "ese", "ish", "ary",
                       "ed", "ing", "ly", "er", "ior")


_ZERO_RELATIVE_AFTER = re.compile(
    r"[ \t]++(?:" + "|".join(sorted(_ZERO_RELATIVE_CUES)) + r")" + _SUBJECTLESS_VERB.pattern
)


def group_after_relatives_object(text: str, start: int, end: int) -> int:
    """Where a group mention ``text[start:end]`` starts when a cue and a subjectless verb follow
    it and its first words are the relative's object ("the cash| investigators say was
    stolen"): the sourcing finder's span, as ``_without_relatives_object`` is the speaker's."""
    if _ZERO_RELATIVE_AFTER.match(text, end) is None:
        return start
    return _without_relatives_object(text, (start, end))[0]


_WORD_BEFORE_SPEAKER = re.compile(r"([A-Za-z']++)[ \t]++\Z")
_BEFORE_AN_OBJECT = frozenset([
    "is", "was", "are", "were", "be", "been", "being", "of", "about", "on", "for", "with", "from",
    "to", "into", "over", "at", "by", "in", "than", "like", "and", "or", "that", "what", "all",
    "that's", "it's", "here's", "there's", "hid", "took", "found", "saw", "got", "had", "kept",
    "left", "lost", "made", "paid", "sent", "sold", "spent", "stole", "won", "gave", "seized",
    "hides", "holds", "held", "moved", "traced", "recovered",
])
"""Review 27: words before a reduced relative's object and its speaker ("That is| the money
prosecutors say was laundered"); after a noun ("the pay offer| the steel workers say"), the
determiner opens the speaker's phrase."""


def _without_relatives_object(text: str, speaker: tuple[int, int]) -> tuple[int, int]:
    """Round 27 (DEFECT27): a reduced relative's object before its speaker ("That is the money
    prosecutors say was laundered", "the cash investigators say was stolen"): the speaker is the
    plural people noun, not "the money prosecutors". Only a determiner, one noun that is no
    adjective by its ending and no person's noun, then a plural people noun."""
    match = _OBJECT_THEN_GROUP.fullmatch(text, *speaker)
    if match is None or match.group(1).endswith(_NOT_A_NOUN_ENDINGS):
        return speaker
    before = _WORD_BEFORE_SPEAKER.search(text, max(0, speaker[0] - 24), speaker[0])
    if before is not None and before.group(1).lower() not in _BEFORE_AN_OBJECT and not (
        before.group(1).endswith("ed")
    ):
        return speaker  # review 27: "the pay offer the steel workers say was an insult": the
        # object stands before the determiner, which opens the speaker's own phrase
    from newscheck.stages.mentions import classify_mention  # (no import cycle)
    from newscheck.stages.source_shapes import human_nouns

    people, noun, group = human_nouns(), match.group(1), match.group(2)
    if people.plural(noun) or people.singular(noun) or classify_mention(noun) != "unknown":
        return speaker
    if group[-1] != "s" or not (
        people.plural(group) or classify_mention(group) in ("vague", "anonymous", "organization")
    ):
        return speaker
    return match.start(2), speaker[1]


def _without_adverbial(text: str, lo: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """``speaker`` without a sentence adverbial of ``ADVERBIAL_PHRASES`` opening it ("No wonder
    Trump"), or whose last word opens it ("Of course Smith": the phrase began at "course")."""
    start, end = speaker
    opener = _ADVERBIAL_OPENER.match(text, start, end)
    if opener is None and start - 2 > lo and text[start - 1] == " ":
        before = text.rfind(" ", start - 5 if start - 5 > lo else lo, start - 1)
        if before >= 0 or start - 5 <= lo:
            opener = _ADVERBIAL_OPENER.match(text, before + 1 if before >= 0 else lo, end)
    if opener is not None and opener.end() > start:
        return (opener.end(), end)
    return speaker


def _without_aspect_verb(text: str, speaker: tuple[int, int]) -> tuple[int, int]:
    """Round 18 (LEFT18, issue 3): ``speaker`` without a verb of aspect ending it before an
    -ing cue ("The union kept| warning that ...", "Smith began| insisting"): the verb is the
    sentence's, not part of the name."""
    start, end = speaker
    space = text.rfind(" ", start, end)
    if space > start and text[space + 1 : end] in _ASPECT_BEFORE_ING:
        while space > start and text[space - 1] in " \t":
            space -= 1
        return start, space
    return speaker


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position
