"""Speakers: who a mention at an attribution site refers to, and what kind of source that is.

Mentions of one source are grouped by surname ("Volodymyr Zelensky", "Zelensky", "Zelensky's"),
the canonical name being the group's fullest name with titles stripped; pronouns ("he") and role
nouns ("the Ukrainian leader", "the newspaper") resolve to the most recent compatible speaker.
Kinds come from ``mentions.classify_mention``, a pronoun taking its antecedent's kind.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from newscheck.lexicon_files import section_lines, section_phrases, section_words
from newscheck.report import Speaker
from newscheck.stages.attribution import (
    _BOUNDARY,
    _CAMPAIGN_OBJECTS,
    _CAMPAIGN_VERBS,
    _QUANTIFIER_SUBJECTS,
    DETERMINERS,
    DOCUMENT_PARTICIPLES,
    NAME_OPENERS,
    _ends_sentence,
    descriptors,
    is_abbreviation,
    name_in_s,
    name_pair,
    opens_a_sentence,
    role_heads,
    titles,
    verb_section,
)
from newscheck.stages.mentions import (
    ANAPHORS,
    ANONYMITY_RELATIVE,
    BODY_KINDS,
    CLOSING_SAID,
    COUNTED_PEOPLE,
    FOCUS_WORDS,
    KNOWN_PUBLIC_BODIES,
    NOT_A_DATE_WORD,
    PLURAL_DEFINITE,
    POST_NOMINALS,
    ROLE_WORDS,
    body_name_words,
    classify_mention,
    company_name_words,
    demonym_plural,
    for_a_principal,
    given_names,
    head_index,
    lexicon_for,
    one_of_a_group,
    outlet_named_after_its_noun,
    plural_body,
    study_by_institution_staff,
)
from newscheck.stages.quote_lexicons import sections
from newscheck.stages.quote_marks import NICKNAME_MARKS, NICKNAME_WORDS
from newscheck.stages.source_shapes import capitalised_elsewhere, compound_plural, human_nouns

_FULL_NAME = re.compile(r"[A-Z][\w'\u2019.-]*+(?: [A-Z][\w'\u2019.-]*+)+")
"""Two or more capitalised words.  Possessive: a word's characters hold no space, so giving
some back never lets a space follow (a failed try ends at once, without backing off)."""
_NAME_AFTER_NOUN = re.compile(
    r",?+[ \t]++(?P<name>[A-Z][\w'\u2019.-]*+(?:[ \t][A-Z][\w'\u2019.-]*+){1,3}+)"
)
_NAME_THEN_ROLE = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]*+(?:[ \t][A-Z][\w'\u2019.-]*+){1,3}+),[ \t]++the"
    r"[ \t]++(?:[a-z][\w'\u2019-]*+[ \t]++){0,3}?$"
)
"""Round 25: a full name before its definite apposition ("Carl Brenner, the former deputy"
before "mayor")."""
_NARRATED_ROLE = re.compile(
    r"The[ \t]++(?:[a-z][a-z-]*+[ \t]++){0,3}?(?P<noun>[a-z]++)[ \t]++"
    r"(?:has|had|is|was|denies|denied|resigned|remains|remained|declined|faces|faced|"
    r"pleaded|left|stepped)\b"
)
"""Round 25: a sentence of narration opening with a definite role and a verb of what the
person is or did ("The former deputy mayor has always denied ..."), no verb of saying."""
_NAME_BEFORE_NOUN = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]*+(?:[ \t][A-Z][\w'\u2019.-]*+){0,3}+),[ \t]++(?:a|an)"
    r"[ \t]++(?:[\w'\u2019-]++[ \t]++){0,3}?$"
)
"""Round 24: a name right after a person noun ("businessman Dev Rana", "a businessman, Tom
Harker") or before its apposition ("Tom Harker, a wealthy businessman"), for a later "the
businessman" (``_named_with_noun_before``)."""


def _within_a_sentence(words: list[str], keep_last: bool) -> list[str]:
    """The words of a name run that stay within one sentence: after the last word that ends a
    sentence ("May. Tom Harker" -> "Tom Harker") when ``keep_last``, else up to the first such
    word, its period dropped ("Dev Rana. Officers" -> "Dev Rana")."""
    ends = [i for i, word in enumerate(words) if _ends_sentence(word)]
    if not ends:
        return words
    if keep_last:
        return words[ends[-1] + 1 :]
    return words[: ends[0]] + [words[ends[0]][:-1]]


_WORD_RUN = re.compile(r"[\w-]+")
r"""A maximal run of word characters and hyphens: a lower-case word is written in the text
exactly when one run equals it (what ``(?<![\w-])word(?![\w-])`` finds)."""
_BYLINE = re.compile(
    r"By [A-Z][\w'\u2019.-]*+(?: (?:[A-Z][\w'\u2019.-]*+|and|de|van|von))*+[ \t]*+"
    r"(?:,(?: [A-Z][\w'\u2019.-]*+| and| of| the){1,8}+)?[ \t]*+(?:\n|$)"
)


def _in_byline(text: str, position: int) -> bool:
    """Whether ``position`` lies in a byline: "By" and a name alone on a line ("By Dana
    Whitcombe", "By Dana Whitcombe and Luis Ortiz, Associated Press"): the story's reporters
    (not "By Monday, Smith had resigned.": a lower-case word)."""
    line = text.rfind("\n", position - 80 if position > 80 else 0, position) + 1
    if line == 0 and position > 80:
        return False
    return text.startswith("By ", line) and _BYLINE.match(text, line) is not None


_HONORIFICS = {
    "mr": "he", "mrs": "she", "ms": "she", "miss": "she", "dr": "he or she",
    "lord": "he", "lady": "she", "sir": "he", "dame": "she",
}
"""Titles that make a lone surname a person ("Mrs O'Brien disputes that account"; round 16:
"Lord Havers said ... He said"), and the pronoun that may refer back to them."""
_UNREAD = object()
"""A span's entry in ``SpeakerResolver._person_names`` before it is read (None is a verdict)."""
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def _unpossessive(word: str) -> str:
    """``word`` without a possessive ending (the regex runs only when an apostrophe is there)."""
    return _POSSESSIVE.sub("", word) if "'" in word or "\u2019" in word else word


_PREPOSITIONS = frozenset(
    ["of", "with", "for", "at", "from", "in", "on", "to", "familiar", "outside", "near",
     "across", "along", "representing", "aboard"]
) | frozenset(sections("attribution_words.txt")["agent_participle"])
"""Words after which a mention's head is described, not named: "one former soldier outside
court" (not the court), "A lawyer hired by X", round 28 review: "Passengers aboard the ferry"."""
_FUNCTION_WORDS = DETERMINERS | _BOUNDARY
"""A lone capitalised word that is one of these is no name ("The", "According")."""
_NAME_AND = re.compile(r"([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}) and $")
"""A capitalised name joined by "and" right before the next one ("Mr. Grassley and |Mr. Leahy")."""
_PAIR_OF_NAMES = re.compile(
    r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*+(?:[ \t]++[A-Z][\w'\u2019-]*+){0,2}+)[ \t]++and"
    r"[ \t]++([A-Z][\w'\u2019-]*+(?:[ \t]++[A-Z][\w'\u2019-]*+){1,2}+)(?![\w'\u2019-])"
)
"""Round 23: two people named together ("Mark and Anna Ellis", "Tom Reyes and Ana Ortiz")."""
_PAIR_NOUNS = frozenset(["couple", "pair"])
"""Round 23: a singular noun for two people named just before ("The couple said")."""
_PERSON_PRONOUNS = frozenset(["he", "she"])
_COMPATIBLE = {
    "he": ("person", "anonymous"),
    "she": ("person", "anonymous"),
    "they": ("vague", "anonymous", "organization", "outlet", "person"),
    "it": ("organization", "outlet", "document"),
}




def _several_people(name: str) -> bool:
    """Round 25: whether a person's ``name`` is a description of several people ("Brenner's
    lawyers", "his attorneys"): a lower-case plural people noun last; no he or she."""
    last = name.rsplit(" ", 1)[-1]
    return last.islower() and last[-1:] == "s" and bool(human_nouns().plural(last))


def _several_bodies(name: str) -> bool:
    """A plural of bodies named before ("The companies", "Both houses"), whom no "it" means;
    round 24: also a nation's people ("The Russians": ``demonym_plural``)."""
    words = name.lower().split()
    if not words:
        return False
    return len(words) > 1 and words[0] in PLURAL_DEFINITE and plural_body(words[-1]) or (
        demonym_plural(words[-1])  # (the canonical name drops "The": "Russians")
    )


def _without_nickname(words: list[str]) -> list[str]:
    """A name's words without a quoted nickname of one to three capitalised words between
    the first and the last ('Rosa "La Jefa" Delgado' is Rosa Delgado)."""
    for first in range(1, len(words) - 1):
        close = NICKNAME_MARKS.get(words[first][:1])
        if close is None or not words[first][1:2].isupper():
            continue
        for last in range(first, min(first + 3, len(words) - 1)):
            if words[last].endswith(close) and len(words[last]) > (last == first) + 1 and (
                words[last][-2].isalnum()
            ):
                return words[:first] + words[last + 1 :]
    return words


@lru_cache(maxsize=8192)
def _name_parts(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(name words, stripped descriptor words) of a capitalised run (remembered; read-only)."""
    words, stripped = _strip_titles(run)
    return tuple(words), tuple(stripped)


def _strip_titles(run: str) -> tuple[list[str], list[str]]:
    words = run.split(" ")
    if len(words) > 2 and any(word[:1] in NICKNAME_MARKS for word in words[1:-1]):
        words = _without_nickname(words)
    words[-1] = _unpossessive(words[-1])
    stripped = []
    while len(words) > 2 and words[-1].isupper() and words[-1].lower() in POST_NOMINALS:
        stripped.append(words.pop().lower())  # round 18: "Andrew Feeney KC" is Mr. Feeney
    known_titles = titles()
    for index in range(len(words) - 3, 0, -1):  # "House Oversight Committee Chairman Dan
        if words[index].lower() in known_titles and words[index][:1].isupper():  # Reyes",
            name = words[index + 1 :]  # "Bank of England Governor Mark Carney": the person
            if name[0][:1].isupper() and all(
                (w[:1].isupper() or (w in _NAME_PARTICLES and w != "of"))
                and w.lower() not in _organisation_words() for w in name
            ):  # (round 21: a particle inside the name, "Ursula von der Leyen")
                return name, [w.lower() for w in words[: index + 1]]
            break
    if "of" in words and any(_of_in_office(words, i) for i in range(1, len(words) - 3)):
        name = _office_holder(words)  # "Secretary of Defense Leon Panetta", "County
        return name, [w.lower() for w in words[: -len(name)]]  # Supervisor of Elections Susan
        # Gill": the office held, then the holder's name
    body = len(words) > 1 and names_a_body(words)
    if body:
        known_titles = frozenset()  # "Illinois State Board", "Finance Ministry": a body's name
    while words:
        first = words[0].lower()  # (once, not once per test)
        if not (
            first in known_titles or first in DETERMINERS or first in _BOUNDARY
            or (len(words) > 2 and words[1].lower() in known_titles)  # "Finance Minister X"
            or (len(words) > 2 and first in descriptors() and not body)  # "Singer Mara
            # Quill" (round 23: not "Center for Responsive Politics", a body's name)
            or (len(words) > 2 and not body and _given_name(words[1])
                and human_nouns().singular(first))  # round 25: "Forecaster Drew Hallam"
            or (len(words) > 1 and first in NAME_OPENERS)  # round 16: "Only Smith"
        ):
            break
        stripped.append(first)
        words.pop(0)
    return [w for w in words if w], stripped


def _to_sentence_end(run: str) -> str:
    """A capitalised run cut after a word that ends its sentence ("Ms. Shanklin-Hawkins. While"
    -> "Ms. Shanklin-Hawkins", "Ann Lee. Trump" -> "Ann Lee", its full stop dropped).  Round 15:
    ``attribution.is_abbreviation`` decides (before: a length and the title list, so a short
    surname ended no sentence); an initial ends one only before a sentence's opening word ("on
    X. Others"), not before a surname ("J. Smith")."""
    if ". " not in run:
        return run
    words = run.split(" ")
    for index, word in enumerate(words[:-1]):
        if word.endswith(".") and (not is_abbreviation(word[:-1]) or (
            len(word) == 2 and opens_a_sentence(words[index + 1])
        )):
            return " ".join([*words[:index], word[:-1]])
    return run


def names_a_body(words: list[str]) -> bool:
    """Whether capitalised ``words`` name a body: they end in one of its name words, or hold an
    "of" inside a body's name ("Finance Ministry", "Board of Elections"; not "Judiciary
    Committee Chairman Bob Goodlatte")."""
    if _ends_in_body_word(words):
        return True
    if len(words) > 2 and words[0] in _CAMPAIGN_VERBS and words[1] in _CAMPAIGN_OBJECTS:
        return True  # round 26 review: "Save the Children", "Stop the War Coalition"
    return not _INNER_LINKS.isdisjoint(words) and any(  # (a C-level test first: most
        _of_in_body_name(words, index) for index in range(1, len(words))  # names hold none)
    )


def _ends_in_body_word(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name ends in a body's name word: "Greyline Capital", "Finance Ministry"; a
    company word after a given name or title is a surname ("Mary Capital", "Mr. Capital")."""
    last = words[-1].lower()
    if last not in _organisation_words():
        return False
    return last in body_name_words() or not _given_name(words[0])


def _of_in_body_name(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is an "of" inside a body's name: between capitals, after one of
    a body's name words that is no company suffix ("Board of Elections"; not "Arden Inc. of
    Wichita", where a place follows). Round 23: also a "for" or "on" after a body's head word
    ("Center for Responsive Politics", "Council on Foreign Relations": ``_body_name_link``),
    and "of the" ("the Office of the Inspector General")."""
    if words[index] in _BODY_NAME_LINKS:
        return _body_name_link(words, index) is not None
    after = index + 2 if words[index + 1 : index + 2] == ["the"] else index + 1
    return words[index] == "of" and after < len(words) and (
        words[after][:1].isupper() and words[index - 1][:1].isupper()
        and words[index - 1].lower() in _organisation_words()
        and words[index - 1].lower() not in _COMPANY_SUFFIXES
    )


def _of_in_office(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is the "of" of an office held by the named person who ends the
    mention: a capitalised title before it, only capitals (and "the") after it, three words or
    more ("Secretary of State Hillary Clinton", "Speaker of the House Newt Gingrich", "Director
    of National Intelligence James Clapper"; not "Director of Communications")."""
    if words[index] != "of" or not index or len(words) - index < 4:
        return False
    before = words[index - 1]
    return before[:1].isupper() and before.lower() in titles() and all(
        word[:1].isupper() or word == "the" for word in words[index + 1 :]
    ) and not _ends_in_body_word(words)  # (not "CEO of Washington Restaurant Association")


def _office_holder(words: list[str]) -> list[str]:
    """The name that ends a run naming an office ("... of Elections Susan Gill"): most often a
    given name and a surname, with a middle initial between them ("John F. Kerry")."""
    if len(words) > 2 and len(words[-2]) == 2 and words[-2].endswith("."):
        return words[-3:]
    return words[-2:]


def _after_office(text: str, start: int) -> bool:
    """Whether the capitalised run starting at ``start`` follows an office's "of" ("Supervisor of
    Elections Susan Gill": the run "Elections Susan Gill" names the office, then the person)."""
    of = start - 4 if text[start - 4 : start] == " of " else start - 8 if (
        text[start - 8 : start] == " of the "
    ) else -1  # ("Chancellor of the Exchequer Rachel Reeves": "the" inside the office, round 15)
    if of < 0:
        return False
    lo = of - 26 if of > 26 else 0
    before = text.rfind(" ", lo, of) + 1 or lo  # (no space: from ``lo``, not the text's start)
    title = text[before:of]
    return title[:1].isupper() and title.lower() in titles()


def _holder_after_office(
    words: tuple[str, ...], text: str, start: int
) -> tuple[str, ...]:
    """``words`` (a name read from the run at ``start``), or the office holder's name at their
    end when the run follows an office's "of" and holds more than a name ("Elections Susan
    Gill" of "Supervisor of Elections Susan Gill"). The one step for the name index, the
    speakers' names and the names a he/she looks back to."""
    if len(words) > 2 and _after_office(text, start):
        return tuple(_office_holder(list(words)))
    return words


def _names_an_office(word: str, text: str, end: int) -> bool:
    """Whether ``word`` (ending at ``end``) is a title followed by " of ": the office, not a
    surname ("County Supervisor| of Elections Susan Gill")."""
    return word.lower() in titles() and text.startswith(" of ", end)


def _word_at(text: str, position: int) -> str:
    """The word starting at ``position`` (up to the next space)."""
    space = text.find(" ", position, position + 40)
    return text[position : space if space >= 0 else position + 40]


_NICKNAME_CLOSE = {close: opening for opening, close in NICKNAME_MARKS.items()}
"""Closing quotation marks a nickname between a given name and a surname ends with, and the
opening mark each pairs with."""


def _nickname_start(text: str, close: int) -> int | None:
    """Where the quoted nickname whose closing mark is at ``close`` starts (the space before
    its opening mark), when a capitalised name word stands before it: 'Juan "Chico"
    Manriquez', 'Rosa \u201cLa Jefa\u201d Delgado'.  None otherwise (a quotation, a possessive)."""
    opening = text.rfind(_NICKNAME_CLOSE[text[close]], max(0, close - 30), close)
    if opening < 2 or text[opening - 1] != " " or not text[opening - 2].isalpha():
        return None
    if NICKNAME_WORDS.fullmatch(text, opening + 1, close) is None:  # (not 'NBC's "Nightly News."')
        return None
    word_start = text.rfind(" ", max(0, opening - 30), opening - 1) + 1
    return opening if text[word_start : word_start + 1].isupper() else None


def _capitalised_before(text: str, position: int) -> list[str]:
    """The capitalised words (at most five) running up to ``position``, separated by spaces."""
    words: list[str] = []
    end = position
    room = 5
    nickname = True  # one quoted nickname may stand between given name and surname
    while room and end > 0 and text[end - 1] == " ":
        lo = end - 40 if end > 40 else 0
        # after the last space or newline in [lo, end - 1), else from lo (no max(): a hot
        # loop); a newline after the last space is found inside the word, not by a second rfind
        start = text.rfind(" ", lo, end - 1) + 1 or lo
        word = text[start : end - 1]
        if nickname and not words and word[-1:] in _NICKNAME_CLOSE:
            nickname = False
            opened = _nickname_start(text, end - 2)
            if opened is not None:
                end = opened  # 'Juan "Chico" Manriquez': the nickname is no name word
                continue
        if "\n" in word:
            cut = word.rfind("\n") + 1
            start += cut
            word = word[cut:]
        if not word[:1].isupper():
            break  # not a name word (tested first: most words before a surname are lower-case)
        if not word.isalpha():  # (a plain word, most often, passes the two tests below)
            core = word.replace(".", "").replace("-", "").replace("'", "").replace("\u2019", "")
            if not core.isalpha() or (word.endswith(".") and (
                not is_abbreviation(word[:-1])
                or len(word) == 2
                and opens_a_sentence(words[-1] if words else _word_at(text, end))
            )):
                break  # not a name word, or the end of the previous sentence ("September.",
                # "Lee.", "on X. Others"; round 15: ``is_abbreviation`` decides, before a length
                # did)
        words.append(word)
        room -= 1
        end = start
    if len(words) < 2:
        return words  # (most often none: the word before is lower-case)
    words.reverse()
    for index in range(len(words) - 2, -1, -1):
        if words[index] in _WEEKDAYS or words[index].lower() in NAME_OPENERS:
            return words[index + 1 :]  # "On Friday Doris Kettle", "Meanwhile Christine Ford"
    return words


STUDY_AUTHORS = frozenset(
    ["the authors", "its authors", "the study's authors", "the study\u2019s authors",
     "the report's authors", "the report\u2019s authors", "the researchers"]
)
_NAMED_STUDY = re.compile(
    r"\b(?:study|report|paper|survey|analysis|trial)"
    r"(?:,|[ \t]++(?:published|released|led|conducted|carried[ \t]++out|on|last|this"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,4}+"
    r"[ \t]++(?:by|from|at|in)[ \t]++(?:the[ \t]++)?(?:journal[ \t]++)?"
    r"(?:Dr\.?[ \t]++|Professor[ \t]++)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-Z]"
)
"""A study named by who made or published it ("a study by Harbor University", "a paper in The
Lancet", round 18: "a study published on Wednesday in The Lancet", "a study led by Dr Amy
Hart"; not "a report released in March")."""
_STUDY_BY_AUTHORS = re.compile(
    r"\b(?:[Ss]tudy|[Rr]esearch|[Rr]eport|[Pp]aper|[Aa]nalysis)\b[^.!?\n]{0,60}?[ \t]by[ \t]++"
    r"(?:a[ \t]++(?:group|team)[ \t]++of|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"[2-9]|1\d)[ \t]++[a-z])"
)
"""Round 21: a study credited to a team it describes ("research to be released this week by
four leading academic economists", "a study being released on Tuesday by a group of
researchers"): "the researchers" later are its authors, as after a named study."""
_STUDY_TEAM_NAMED = re.compile(
    r"\b(?:[Rr]esearchers|[Aa]uthors|[Tt]eam|[Ss]cientists),?+[ \t]++led[ \t]++by[ \t]++"
    r"(?:[a-z]++[ \t]++){0,3}+(?:Dr\.?+[ \t]++|Prof(?:essor|\.)?[ \t]++)?[A-Z][\w'-]*+[ \t]++[A-Z]"
    r"|\bin[ \t]++the[ \t]++journal[ \t]++[A-Z]"
    r"|\b(?:[Rr]esearchers|[Ss]cientists)[ \t]++(?:at|from)[ \t]++(?:the[ \t]++)?"
    r"(?:(?:[A-Z][\w'-]*+[ \t]++){0,4}?(?:University|Institute|College|Hospital|School"
    r"|Cent(?:re|er)|Laborator(?:y|ies)|Clinic|Foundation)\b)"
    r"|\b(?:[Rr]esearchers|[Ss]cientists)[ \t]++at[ \t]++" + NOT_A_DATE_WORD
    + r"(?:[A-Z][\w'-]*+[ \t]++){1,3}?"
    r"(?:analy[sz]ed|found|studied|examined|reviewed|tracked|followed|surveyed|tested|compared"
    r"|measured)\b"
    r"|\b(?:study|report|paper|research)[ \t]++(?:was|is)[ \t]++(?:led|conducted|written)"
    r"[ \t]++by[ \t]++(?:Dr\.?[ \t]++|Prof(?:essor|\.)?[ \t]++)?[A-Z][\w'-]*+[ \t]++[A-Z]"
)
"""Round 26 (the lead and AUDIT26): a study whose team, leader or journal the story names
further from the word "study" ("The researchers, led by Dr. Hannah Lindqvist of ...", "The
researchers, led by marine ecologist Dr Leila Haddad", "published Monday in the journal
Neurology Today", "in the journal Nature Ecology & Evolution", "The study was led by Dr.
Lindqvist"): "the authors" later are its authors, findable as after a named study. Round 29:
or its researchers' institution, by an institution's word ("Researchers at Harlow University")
or as "at" a capitalised name before a research verb ("Researchers at Stanford analysed"); not
"Researchers from China found" (review 29: a country names no team)."""
_LONE_CAPITAL = re.compile(r"[A-Z](?<![\w.][A-Z])[a-z][\w'\u2019-]*+(?![\w.])")
"""A capitalised word (a surname when the story gives the full name elsewhere).  The capital
comes first and the look-behind after it, so the engine tries only capitals, not every
position of the window."""
_SURNAME_TRIES = 12
_TITLES_OF = {
    "he": frozenset(["mrs", "mrs.", "ms", "ms.", "miss"]), "she": frozenset(["mr", "mr."])
}
"""Honorifics a surname carries elsewhere in the story that rule a pronoun out."""
_WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["not_name"])


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    return body_name_words() | company_name_words()


@lru_cache(maxsize=1)
def _offices_after_body() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["office_after_body"])




@lru_cache(maxsize=1)
def _kind_then_name_pattern() -> re.Pattern[str]:
    """A company's kind, then its capitalised name ("budget airline SkyHop", "the chipmaker
    Veltrix")."""
    return re.compile(
        r"\b(" + "|".join(sorted(_BUSINESS_KINDS, key=len, reverse=True)) + r")[ \t]++"
        r"([A-Z][\w&'\u2019-]*+(?:[ \t]++[A-Z][\w&'\u2019-]*+){0,2})"
    )


@lru_cache(maxsize=1)
def _company_name_pattern() -> re.Pattern[str]:
    """A capitalised name of one to four words and a company's last word ("Orbis
    Technologies", "Haldane Finance Ltd")."""
    endings = sorted(
        {word.capitalize() for word in company_name_words() if word.isalpha()},
        key=len,
        reverse=True,
    )
    return re.compile(
        r"\b(?:[A-Z][\w&'\u2019-]*+[ \t]++){1,4}(?:" + "|".join(endings) + r")\b"
        r"(?![ \t]++(?:Act|Center|Centre|Hospital|Trust|Foundation|Institute|Association|Fund"
        r"|School|University|College|Council|Authority|Commission|Board|Agency)\b)"
    )  # (review 28: not "Affordable Care| Act", "St Mary's Medical| Center")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries and capitals named for their governments (``[country]``), lower case."""
    return frozenset(
        " ".join(line.split())
        for line in section_lines("speaker_words.txt", "").get("country", [])
    )


def _headline_end(text: str) -> int:
    """Where the first line ends when it reads as a headline (no closing punctuation), else -1."""
    end = text.find("\n", 0, 300)
    return end if end > 0 and text[:end].rstrip()[-1:] not in ".!?\"'\u201d\u2019" else -1


def _body_named(text: str, word: str) -> str | None:
    """The body a bare capitalised ``word`` is short for: "Westline Buses", "Calder
    Therapeutics", "Greenleaf Care Group" where the story writes it so, before or after
    "Westline said" (among the word's first few occurrences); after it only when its last word
    is a company's (round 28: "Apple said ... the Apple Watch" is Apple); None otherwise."""
    position, tries, alone = text.find(word + " "), 0, False
    while position >= 0 and tries < _BODY_TRIES:
        tries += 1
        if not (position and text[position - 1].isalnum()):
            match = _CAPITALISED_AFTER.match(text, position + len(word))
            if match is not None:
                after = match.group().split()
                for size in range(len(after), 0, -1):  # the longest body name
                    if names_a_body([word, *after[:size]]):
                        if not alone or after[size - 1].lower() in company_name_words():
                            return " ".join([word, *after[:size]])  # (review 28: "Calder
                            # said ... Calder Therapeutics shares fell": the company's full
                            # name, a company's word last, whichever comes first)
                        if after[size - 1].lower() in _public_bodies():
                            return None  # ("Warren said ... the Warren Commission")
                        return word
            elif position > _headline_end(text):
                alone = True  # round 28 (DEFECT28): the word written alone first ("Apple
                # said ... the Apple Watch") is the company's own name, the longer one later
                # its product's; but one before a public body's word ("Ford said ... the Ford
                # Foundation", "Warren said ... the Warren Commission") may be a person's
        position = text.find(word + " ", position + len(word))
    return None


_NOT_GIVEN_BEFORE_A_NAME = frozenset(["inside", "shares"])
"""Besides ``_FUNCTION_WORDS``: capitalised words before a company's name that are no given
name ("Inside Streamwell, ...", "Shares Streamwell ...")."""
_STAFF_AFTER = (" spokesperson", " spokesman", " spokeswoman", "'s spokes", "\u2019s spokes",
                " chief executive", "'s chief executive", "\u2019s chief executive", "'s shares",
                "\u2019s shares", "'s employees", "\u2019s employees", "'s workforce",
                "\u2019s workforce")
"""After a company's bare name: its staff or stock ("Streamwell spokesperson Lila Farouk")."""


def _body_by_its_staff(text: str, word: str) -> bool:
    """Whether a bare capitalised ``word`` has a spokesperson, chief executive, employees or
    shares in the story and no one bears it as a surname ("Streamwell spokesperson Lila Farouk"
    makes "Streamwell reported" a company; "Trump spokesperson" does not, since "Donald Trump"
    is there too); its first few occurrences are read. Round 24: also a name the story
    introduces as a company (``_company_cue_at``: "Lumora Inc", "Lumora, a battery maker,",
    "shares in Lumora", "startup Lumora")."""
    staffed = False
    position, tries = text.find(word), 0
    while position >= 0 and tries < _BODY_TRIES:
        tries += 1
        end = position + len(word)
        if not (position and text[position - 1].isalnum()) and not text[end : end + 1].isalnum():
            if position >= 2 and text[position - 1] == " " and text[position - 2].isalpha():
                before = text.rfind(" ", 0, position - 1) + 1
                given = text[before : position - 1]
                if given[:1].isupper() and given.isalpha() and not (
                    (lowered := given.lower()) in _FUNCTION_WORDS
                    or lowered in _NOT_GIVEN_BEFORE_A_NAME
                ):
                    return False  # "Donald Trump": a person's surname (not "At Streamwell")
            staffed = staffed or text.startswith(_STAFF_AFTER, end) or _company_cue_at(
                text, position, end
            )
        position = text.find(word, end)
    return staffed


_COMPANY_CUE_AFTER = re.compile(
    r"[ \t]++(?:Inc|Corp|Ltd|LLC|Plc|PLC|GmbH)\b|,[ \t]++(?:a|an|the)[ \t]++"
    r"(?:[\w'\u2019-]++[ \t]++){0,3}?([a-z]++)[,.]"
)
_COMPANY_CUE_BEFORE = re.compile(
    r"(?:\b(?:[Ss]hares|[Ss]take)[ \t]++(?:in|of)|\b([a-z]++))[ \t]++$"
)
_PERSON_TRADES = frozenset(["producer", "promoter", "label", "carrier", "service"])
"""Kinds of body that also name a person's trade ("producer Mark Ronson"): no company cue."""


def _company_cue_at(text: str, start: int, end: int) -> bool:
    """Round 24 (DEFECT24): whether the name at ``[start, end)`` is introduced as a company:
    a company suffix ("Lumora Inc"), an apposition whose head is a kind of company ("Lumora, a
    Swedish battery maker,"), its shares ("shares in Lumora") or a kind of company before it
    ("startup Lumora"). The window before is 24 characters, not the text."""
    after = _COMPANY_CUE_AFTER.match(text, end)
    if after is not None and (after[1] is None or _company_kind(after[1])):
        return True
    before = _COMPANY_CUE_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and (before[1] is None or _company_kind(before[1]))


def _company_kind(noun: str) -> bool:
    """Whether a lower-case ``noun`` introduces a company ("maker", "startup", "lender",
    "company"; not "producer", also a person's trade)."""
    return (noun in BODY_KINDS or noun in _TRADE_HEADS or noun in ("company", "firm")) and (
        noun not in _PERSON_TRADES
    )


_PERSON_AFTER_CUE = re.compile(r"[ \t]++[a-z]++(?:[ \t]++that)?[ \t]++(?:he|she|his|her)\b")
"""After a speaker, a cue and a report that opens with he or she ("said he would resign")."""
_COUNTRY_BODY = (
    r"(?:(?:foreign|interior|defen[cs]e|finance|health)[ \t]++minist(?:er|ry)|embassy|parliament|"
    r"armed[ \t]++forces|capital|state[ \t]++media|central[ \t]++bank)\b"
)
_COUNTRY_BODIES = tuple(
    (mark + "s", re.compile(mark + r"s[ \t]++" + _COUNTRY_BODY)) for mark in ("'", "\u2019")
)
"""A body or office only a country has, after the possessive of its name ("Kestria's foreign
ministry").  The scan opens with the literal mark, which ``re`` skips to in C; the name before
it is read back by ``_name_ending_at`` (round 21: one alternation of this and the dateline had
no literal prefix and was tried at every position of the story, 13 times the time)."""
_DATELINE = (
    r"[A-Z][A-Z.'\u2019-]++(?:[ \t][A-Z][A-Z.'\u2019-]++){0,3}+,[ \t]([A-Z][a-z]++)"
    r"(?:[ \t]\((?:AP|Reuters|AFP)\))?+[ \t]\u2014"
)
_DATELINE_AT_START = re.compile(_DATELINE)
_DATELINE_AFTER_BREAK = re.compile("\n" + _DATELINE)
"""A dateline's country ("ARVEN, Kestria (AP) —") at the start of the story or of a line."""


def _name_ending_at(text: str, end: int) -> str | None:
    """The one-word name (a capital, then lower-case letters) that ends at ``end``, not part of a
    longer word, number or dotted or hyphenated name; else None."""
    start = end
    while start and "a" <= text[start - 1] <= "z":
        start -= 1
    if start == end or start == 0 or not "A" <= text[start - 1] <= "Z":
        return None
    start -= 1
    if start and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        return None  # (what ``(?<![\w.-])`` rules out)
    return text[start:end]


def countries_named_in(text: str) -> frozenset[str]:
    """The one-word names the story uses as countries: "Kestria's foreign ministry", a
    dateline's "ARVEN, Kestria (AP) —" (round 21; not "in Kestria": "an event in Concord" is a
    city, and "Concord resident Whit Symms" then a body)."""
    if "'s " not in text and "\u2019s " not in text and " (" not in text and " \u2014" not in text:
        return frozenset()  # (the cheap test first)
    names: set[str] = set()
    for mark, bodies in _COUNTRY_BODIES:
        if mark in text:
            for match in bodies.finditer(text):
                name = _name_ending_at(text, match.start())
                if name is not None:
                    names.add(name)
    if "\u2014" in text:
        if (dateline := _DATELINE_AT_START.match(text)) is not None:
            names.add(dateline.group(1))
        names.update(match.group(1) for match in _DATELINE_AFTER_BREAK.finditer(text))
    return frozenset(names)


@lru_cache(maxsize=1)
def _numbered_documents() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["numbered_document"])


def _numbered_kind(word: str) -> str:
    """Round 28 (DEFECT28): the kind of a name a number ends: no person's name does. A law's
    or a form's after "Section", "Article", "Form" (document), a broadcaster's after
    "Channel", "Radio" (outlet), else a body's ("Local 1199")."""
    if word in _numbered_documents():
        return "document"
    if role_heads().get(word) == "outlet" or word in _numbered_outlets():
        return "outlet"
    return "organization"


@lru_cache(maxsize=1)
def _numbered_outlets() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["numbered_outlet"])


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["outlet.name_word"])


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_ONE_NOUN = re.compile(r"\b[Oo]ne[ \t]++([a-z]++)")
_CLAUSE_START = re.compile(r"[.!?]\s|\n")
_SENTENCE_MARK = re.compile(r"[.!?\n]")
_SENTENCE_OPENS = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"'\u201d\u2019)]?[ \t]++[\"'\u201c\u2018(]?|(?<=\n)[ \t\n]*+)"
)
"""Where a sentence or a paragraph opens (after its closing punctuation and spaces).  Round 14:
the blank line between paragraphs is one break, not two (it made the empty "sentence" between
the two newlines the one before a quotation paragraph, so the sentence before it was never
read).  One character class first, the branch then told by a look-behind: ``re`` skips to
that class in C, where an alternation that opens with two classes is tried at every
position of the window."""
_GROUP_WORD = re.compile(r"[A-Za-z][a-z'\u2019-]*+")
_TITLED_POSSESSIVE = re.compile(r"\.[ \t][A-Z][a-z-]*+(?:'s|\u2019s)[ \t][a-z]")
"""After a title ("Mr", "Mrs"): its dot and a possessive surname before a lower-case word
("Mr. Sanders's supporters")."""
_GROUP_OPENER_LIST = """the these those many some most several other few two three four five six
seven eight nine ten eleven twelve"""
_GROUP_OPENERS = frozenset(_GROUP_OPENER_LIST.split())
_NOT_GROUP_LIST = """are is was were be been have has had do did also not will would could can may
might must should and or but who that which than then there they we"""
_NOT_GROUP_WORDS = frozenset(_NOT_GROUP_LIST.split())
_GROUP_TAIL = re.compile(
    r" (?:at|from|with|of) (?:the )?[A-Z][\w'\u2019.-]*+"
    r"(?: (?:of |for |the )?[A-Z][\w'\u2019.-]*+){0,4}"
)

_GROUP_GOES_ON_LIST = """at from with of in who that which familiar close briefed involved aware
knowledgeable representing advising working living outside near across along"""
_GROUP_GOES_ON = frozenset(_GROUP_GOES_ON_LIST.split())
"""Words after a plural noun that continue its phrase rather than start its verb."""

_GROUP_CONJUNCTIONS = frozenset(["but", "and", "yet", "so"])


def _listed_people(plural: str) -> bool:
    """A capitalised sentence opener that is a plural people noun by the lexicons or by a
    telling suffix ("Researchers", "Hydrologists", "Librarians"; not "Bonkers")."""
    return plural in human_nouns().heads or plural in _people_plurals() or plural.endswith(
        ("ists", "ians")
    ) or _role_plural(plural)


def _group_subject(text: str, opening: int, limit: int) -> tuple[int, int] | None:
    """The span of a sentence's opening plural noun phrase for people, before a lower-case word
    (its verb): "Hydrologists at Queen's University published", "The researchers found", "Many
    economists expect", "Local farmers say"; None when the sentence opens otherwise."""
    position = opening
    words: list[str] = []
    while len(words) < 4:
        match = _GROUP_WORD.match(text, position, limit)
        if match is None:
            return None
        word = match.group()
        lowered = word.lower()
        first = not words
        if first and lowered in _HONORIFICS and _TITLED_POSSESSIVE.match(text, match.end(), limit):
            position = match.end() + 2  # round 19 (SRC19B): "Mr. Sanders's supporters showed
            continue  # no sign of backing down": the title before the possessive name
        if not first and (word[:1].isupper() or lowered in _NOT_GROUP_WORDS):
            return None  # "Rubio joined Democrats", "They are people pleasers"
        if "-" not in word and (first or word[:1].islower()) and (
            people_noun(lowered) or lowered in _people_plurals()
            if word[:1].islower() else _listed_people(lowered)
        ):
            end = match.end()
            tail = _GROUP_TAIL.match(text, end, limit)
            if tail is not None:
                end = tail.end()
            following = _GROUP_WORD.match(text, end + 1, limit)
            if text[end : end + 1] != " " or following is None or (
                not following.group()[:1].islower() or following.group() in _GROUP_GOES_ON
            ):
                return None  # "People briefed on the move", "People with direct knowledge":
            return opening, end  # longer phrases, which the speaker history resolves
        if first and lowered in _GROUP_CONJUNCTIONS and position == opening:
            position = match.end() + 1  # "But these critics never demonstrate ..."
            opening = position
            continue
        if first and lowered not in _GROUP_OPENERS and (
            lowered in _NOT_GROUP_WORDS or lowered in _FUNCTION_WORDS
        ):
            return None  # "But", "Although", "Both are"
        if not first and (lowered.endswith(("ed", "ly")) or role_heads().get(lowered) == "person"):
            return None  # "Rubio joined", a verb or an adverb before the noun; "The freshman
            # senator wants": one person
        words.append(word)
        position = match.end()
        if text[position : position + 1] != " ":
            return None
        position += 1
    return None


_BODY_SUBJECT = re.compile(
    r"(?P<span>(?:[Tt]he[ \t]++)?(?:[A-Z][\w&.'\u2019-]*+[ \t]++){0,4}?[A-Z][\w&'\u2019-]*+"
    r"|[Tt]he[ \t]++(?:[a-z-]++[ \t]++){0,2}?(?P<noun>[a-z]++))(?=[ \t]++[a-z])"
)
"""A sentence's subject that may be a body: a capitalised name ("Harlow Energy", "The Royal
Mail") or "the" and a noun ("The ministry", "The regional health board"), before a lower-case
word (its verb)."""
_IT_KINDS = ("organization", "outlet", "document")
_NAMED_SUBJECT = re.compile(
    r"(?:[Tt]he[ \t]++)?[A-Z][\w&.'\u2019-]*+"
    r"(?:[ \t]++(?:(?:of|and|for|on)[ \t]++)?[A-Z][\w&.'\u2019-]*+){0,7}+"
    r"(?<!'s)(?<!\u2019s)(?=,|[ \t]++[a-z])"
)
"""Round 22: a sentence's subject that is a name ("NASA", "The U.S. Department of
Agriculture"), before an aside's comma or its verb; no possessive ("State's lawyers")."""
_PASSIVE_AFTER = re.compile(
    r"[ \t]++(?:was|were|is|are|been|being)[ \t]++(?:[a-z]++[ \t]++){1,3}?by[ \t]"
)
"""A passive after a subject ("was held back partly by"): its agent is another body."""
_THE_WORDS = re.compile(r"[Tt]he((?:[ \t]++[a-z][a-z-]*+){1,3})")
_AFTER_SUBJECT = re.compile(r"[ \t]++[a-z]|,[ \t]")


def _the_body_head(text: str, opening: int, limit: int) -> int | None:
    """Where "the" and a body's or a document's noun end at ``opening`` ("The ministry",
    "The regional health board", "The memo"), before its verb or an aside ("The memo, seen by
    the BBC, was written"); None when no such noun opens the sentence (round 20: the
    capitalised-name pattern had taken "The" alone, so "The ministry ... It rejected" found no
    body)."""
    words = _THE_WORDS.match(text, opening, limit)
    if words is None:
        return None
    position = words.start(1)
    for word in words.group(1).split():
        position = text.index(word, position) + len(word)
        kind = role_heads().get(word)
        if kind in _IT_KINDS and not (kind == "outlet" and word.endswith("ly")):
            # (not "The average weekly benefit": an adjective, not the paper)
            return position if _AFTER_SUBJECT.match(text, position, limit) else None
    return None


_ROLE_SUBJECT = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]++"
    r"(?:(?!(?:and|or|but|who|that|which)\b)[a-z][a-z-]*+[ \t]++){0,2}?"
    r"(?P<noun>[a-z]++)(?=[ \t]++who[ \t])"
)
"""A definite singular noun phrase opening a sentence that a relative clause defines ("The
senator who leads the committee has"): someone new, unlike a bare "The lawmaker said", which is
mostly the person just named.  Group "noun" ends the match: the speaker's words are "The
senator".  Not a complement ("The head of the union is Tom Roe. He said", "Tom Roe has led the
union since 2019. The leader of the drivers was defiant. He said"): the person named."""


_ONE_PERSON_SUBJECT = re.compile(
    r"(?:One|An?|Another)[ \t]++"
    r"(?:(?!(?:and|or|but|who|that|which)\b)[a-z][a-z-]*+[ \t]++){0,2}?"
    r"(?P<noun>[a-z]++)(?=,?[ \t]++(?:who|at|in|from|on)[ \t])"
)
"""Round 14: an indefinite person, placed or described, opening a sentence ("One current care
assistant at a home in Wigan, who has worked ..., described night shifts ...", "A nurse who
treated him recalled ..."): the one a he/she in the next quotation is, in features and
investigations that introduce an unnamed witness before quoting them.  Not bare "A nurse said",
which the speaker history already holds."""


def _role_subject(text: str, opening: int, limit: int, pronoun: str) -> tuple[int, int] | None:
    """The span of the determiner and noun opening a sentence for one person in a role, whom a
    he/she may be ("The senator" of "The senator who leads the banking committee", "One care
    assistant" of "One care assistant at a home in Wigan"); None otherwise."""
    match = _ROLE_SUBJECT.match(text, opening, limit)
    if match is not None:
        noun = match.group("noun")
        fits = role_heads().get(noun) == "person" and noun not in _NOT_GROUP_WORDS
    else:
        match = _ONE_PERSON_SUBJECT.match(text, opening, limit)
        fits = match is not None and _one_person_noun(match.group("noun"))
    if match is None or not fits or _gender_clash(match.group(), pronoun):
        return None  # ("The chairman ... she")
    return opening, match.end()


_DESCRIPTION_END = re.compile(r",|\s(?:who|whom|whose|which|that)\s")


_NEXT_OF_THEM_REACH = 400
"""Characters after an unnamed "One" within which "The other"/"Another" is the next of them."""
_PERSON_REACH = 800
"""How far back ``_person_named_before`` reads for a he or she's full name."""


def _one_person_described(apposition: str) -> str | None:
    """The description of one unnamed person an apposition gives, up to a relative clause
    ("a former night manager in Bolton" of "a former night manager in Bolton who asked not to
    be identified"); None when it describes no single person."""
    cut = _DESCRIPTION_END.search(apposition)
    described = (apposition[: cut.start()] if cut else apposition).strip()
    words = described.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an"):
        return None
    core = _before_preposition(words)
    if not core or not _one_person_noun(core[-1].lower()):
        return None
    return described


_BODY_TRIES = 6
"""Occurrences of a one-word name read for a body's longer name."""
_INITIAL = re.compile(r"[A-Z]\.?")
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]++[A-Z][\w&.'\u2019-]*+){1,3}")
"""The capitalised words right after a one-word name ("Calder| Therapeutics")."""


_IDENTIFIED_AS = re.compile(
    r"\b(?:identified|named)\b[^,;]{0,40}?\bas[ \t]++"
    r"([A-Z][\w'\u2019-]*+(?:[ \t]++[A-Z][\w'\u2019.-]*+){0,3})"
)
"""Round 23: an apposition giving a described speaker's name ("identified in court records as
Danielle Ruiz", "named by police as Tom Hale")."""
_OWNERS = frozenset(("its", "their", "his", "her"))
_RELATION_TIMES = frozenset(("current", "former", "new", "previous", "old", "parent"))
_BODY_DETERMINERS = frozenset(("the", "a", "an")) | _OWNERS
"""Before an apposition's kind of body: "the Romanian grid operator", "His employer" (round
20: a possessive too, "His employer, Marlow Freight, said")."""


def _apposition_names_a_body(text: str, apposition: tuple[int, int] | None) -> bool:
    """Whether an apposition's head noun is a kind of company or body ("the Romanian grid
    operator", "the state-owned lender")."""
    if apposition is None:
        return False
    words = _before_preposition(text[slice(*apposition)].split())
    if words and words[0] == "which":
        return True  # round 15: "Lumen, which is not named as a defendant, said": no person
    if not words or words[0].lower() not in _BODY_DETERMINERS and not (
        words[0].endswith(("'s", "\u2019s")) and len(words) > 1  # "The drug's maker"
    ):
        return False
    relative = next((i for i, word in enumerate(words) if word in _RELATIVE_WORDS), 0)
    if relative > 1:  # round 27: "a German charity that operates rescue ships": its head
        words = words[:relative]  # before the relative clause
    return names_a_kind_of_body(words[-1].lower().strip(",."))


_RELATIVE_WORDS = frozenset(("that", "which", "who", "whose"))


_OUTLET_QUALIFIERS = frozenset(section_phrases("outlets.txt", "apposition_qualifiers"))
"""Words that make an ambiguous outlet noun a news organisation's ("a technology news site",
"a local radio station"; not "a construction site", "a fire station")."""
_PLAIN_OUTLET_NOUNS = frozenset(section_phrases("outlets.txt", "apposition_nouns"))
"""Outlet nouns that need no qualifier in an apposition ("the business newspaper")."""


def _apposition_names_an_outlet(text: str, apposition: tuple[int, int]) -> bool:
    """Round 23: whether an apposition is a kind of news organisation ("The Information, a
    technology news site, reported"; "Kyiv Post, the English-language newspaper")."""
    words = _before_preposition(text[slice(*apposition)].split())
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return False
    head = words[-1].lower().strip(",.")
    if head in _PLAIN_OUTLET_NOUNS:
        return True
    return role_heads().get(head) == "outlet" and words[-2].lower() in _OUTLET_QUALIFIERS


def names_a_kind_of_body(noun: str) -> bool:
    """Whether a lower-case ``noun`` is a kind of company or body named beside a name: an
    organisation's role noun ("the committee") or one of ``[body_kind]`` ("the operator",
    "The label, Northlight Records, said")."""
    return role_heads().get(noun) == "organization" or noun in BODY_KINDS


_KIND_THEN_NAME = re.compile(
    r"(?:the|a|an)[ \t]++(?:[a-z-]++[ \t]++){0,3}?([a-z]++)[ \t]++([A-Z][\w&.'-]*+"
    r"(?:[ \t]++[A-Z][\w&.'-]*+){0,3})"
)


_BUSINESS_ROLES = section_words("speaker_words.txt", "business_role")
"""Heads of a business relation ("the drug's maker", "its largest customer") that an
apposition's company name fills."""
_NAME_ONLY = re.compile(
    r"[A-Z][\w&.'\u2019-]*+(?:[ \t]++(?:&[ \t]++)?+[A-Z][\w&.'\u2019-]*+){0,3}"
)
"""A name of up to four capitalised words; round 22 (FIXA22): with "&" between two of them
("Strand's publisher, Harlow & Finch, said")."""
_NAME_PAIR = re.compile(
    r"[A-Z][\w&.'\u2019-]*+(?:[ \t]++[A-Z][\w&.'\u2019-]*+){0,3}[ \t]++and[ \t]++"
    r"[A-Z][\w&.'\u2019-]*+(?:[ \t]++[A-Z][\w&.'\u2019-]*+){0,3}"
)
"""Round 28: two names joined by "and" after a plural relation ("makers", "owners")."""


_TRADE_HEADS = section_words("speaker_words.txt", "trade_head")
"""The heads of ``_BUSINESS_ROLES`` a business far more often than a person is called by
("mortgage buyer Freddie Mac"; not "owner", "partner", "broker": "team owner X")."""


def _trade_before(mention: str, name: str) -> bool:
    """Whether ``mention`` ends in ``name`` after a lower-case modifier and a trade head
    ("mortgage buyer Freddie Mac", "the chip maker Orrin Vale")."""
    if not mention.endswith(name) or len(mention) == len(name):
        return False
    before = mention[: len(mention) - len(name)].split()
    return len(before) > 1 and before[-1] in _TRADE_HEADS and before[-2].isalpha() and (
        before[-2].islower()
    )


def _relation_named_after(words: list[str], head: str, lowered: str) -> str | None:
    """The kind of the name an apposition may give a described speaker: "organization" for a
    business relation of something named ("The drug's maker", "its largest customer"; not
    "Another parent, ..., Tasha, said"), "outlet" for a news organisation ("Uganda's state
    broadcaster"; not "the editor in chief of the Vatican's newspaper"), else None."""
    if head in _BUSINESS_ROLES and (
        words[0].lower() in _OWNERS or words[-2].endswith(("'s", "\u2019s"))
        or len(words) > 3 and words[-3].endswith(("'s", "\u2019s"))
        and words[-2] in _RELATION_TIMES
    ):  # (round 28: "The player's current club, Northbridge City, said")
        return "organization"
    if role_heads().get(head) == "outlet" and " of " not in lowered:
        return "outlet"
    return None


def _company_in_apposition(apposition: str) -> str | None:
    """The name in "the sportswear company Veloce", "a Dutch lender ING": a kind of body
    ([role.organization] or [body_kind]) and a capitalised name, the whole apposition."""
    match = _KIND_THEN_NAME.fullmatch(apposition.strip(" ,"))
    if match is None:
        return None
    return match.group(2) if names_a_kind_of_body(match.group(1)) else None


def _person_noun(noun: str) -> bool:
    """A singular noun for a person: a person's role or a people noun by shape ("commander",
    "analyst", "retiree")."""
    return role_heads().get(noun) == "person" or human_nouns().singular(noun)


def _one_person_noun(noun: str) -> bool:
    """A noun for one person in a role or a walk of life ("manager", "care assistant")."""
    return noun not in _NOT_GROUP_WORDS and _person_noun(noun)


def _after_abbreviation(window: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Mr.", "U.S.", "Gen.")."""
    word_start = window.rfind(" ", 0, stop) + 1
    return is_abbreviation(window[word_start:stop])


@lru_cache(maxsize=1)
def _people_plurals() -> frozenset[str]:
    """Plural nouns for people ("attorneys", "voters"): the sourcing collectives and anonymous
    heads, and the person roles with an -s."""
    lexicon = lexicon_for(None)
    roles = {word for word, kind in role_heads().items() if kind == "person"} | ROLE_WORDS
    plurals = {word + "s" for word in roles} | {word + "es" for word in roles}
    return frozenset(
        word for word in lexicon.collectives | lexicon.anonymous_heads | plurals
        if word.endswith("s")
    )


@lru_cache(maxsize=1)
def _askers() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["asker"])


_PRESS_ROLES = frozenset(("reporter", "journalist"))
_PLURAL_ENDINGS_NOT = ("ss", "us", "is", "'s", "\u2019s")
_PLURAL_WORDS = frozenset(["people", "staff", "police", "authorities", "men", "women"])


@lru_cache(maxsize=4096)
def reporter_is_no_he_or_she(mention: str) -> bool:
    """Whether the speaker of a reported clause cannot be a later he or she: a group, a body, an
    outlet, a document ("aides say Ivanka Trump also advises her father. '...,' she said": the
    clause's subject, not the aides; round 21)."""
    if mention.lower() in ("they", "we", "it"):
        return True
    kind = classify_mention(mention)
    return kind in ("organization", "outlet", "document", "vague") or (
        kind == "anonymous" and _no_he_or_she(mention)
    )


def _no_he_or_she(name: str) -> bool:
    """Whether an unnamed source cannot be "he"/"she": a plural ("aides", "people briefed on the
    move") or someone who asked the person answering ("one questioner")."""
    words = [word.strip(",.") for word in name.lower().split()]
    if not words:
        return False
    at = head_index(words)
    head = words[at]
    if head in _askers() or (at and f"{words[at - 1]}-{head}" in _askers()):
        # (round 23: a reporter described further, "A reporter for Agence France-Presse",
        # is a witness who may go on as "he", not the one asking)
        return head not in _PRESS_ROLES or at == len(words) - 1
    return head in _PLURAL_WORDS or (
        head.endswith("s") and not head.endswith(_PLURAL_ENDINGS_NOT) and len(head) > 3
    )


@lru_cache(maxsize=1)
def _not_speaker_heads() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["not_speaker_head"])


_NUMBER_WORD = re.compile(
    r"[\d.,%$\u00a3\u20ac-]+|one|two|three|four|five|six|seven|eight|nine|ten"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_TIME_WORDS = frozenset(
    ["week", "weeks", "month", "months", "year", "years", "day", "days", "ago", "night", "morning",
     "afternoon", "evening", "weekend"]
)


_NUMBER_TEN = frozenset(["no 10", "number 10", "number ten"])
"""Downing Street by its number (``plausible_speaker`` strips the full stop of "No.")."""


@lru_cache(maxsize=4096)
def plausible_speaker(mention: str) -> bool:
    """Whether a mention can be an agent that speaks: not a date or weekday ("October", "this
    week", "2012"), not a thing ("the same booking reference"). A lone count ("five", "42%")
    stands for people or a poll share; a bare determiner is a clipped mention and kept."""
    words = [stripped for word in mention.split() if (stripped := word.strip(",.;:"))]
    if not words:
        return False
    last = _unpossessive(words[-1].lower())  # (lower-cased one at a time, from the end: most
    if len(words) == 1 and _NUMBER_WORD.fullmatch(last):  # mentions end in their head)
        return not _YEAR.fullmatch(last)
    if last in ("10", "ten") and " ".join(words).lower() in _NUMBER_TEN:
        return True  # round 29: "No 10 said": Downing Street, not a count
    not_names = _not_names()
    kept = len(words)
    while last in not_names or last in _TIME_WORDS or _NUMBER_WORD.fullmatch(last):
        kept -= 1  # "a study last year" -> "a study"; "this week" -> ""
        if not kept:
            return False
        last = _unpossessive(words[kept - 1].lower())
    if kept < len(words) and all(
        _unpossessive(w.lower()) in DETERMINERS for w in words[:kept]
    ):
        return False  # "the last seven years", "the year"
    head_words = _before_preposition(words[:kept])
    head = head_words[-1]
    if head[:1].isupper() or _unpossessive(head) not in _not_speaker_heads():
        return True
    participle = next((
        index for index in range(2, len(head_words))
        if head_words[index].endswith("ed") and head_words[index].islower()
    ), None)  # round 23: "A study published last month in the journal ...": the study, whose
    # participle phrase ends in a time ("month"), not the time
    return participle is not None and (
        _unpossessive(head_words[participle - 1].lower()) not in _not_speaker_heads()
    )


def _subject_position(text: str, position: int) -> bool:
    """Whether a name at ``position`` opens a sentence or clause (where subjects stand), rather
    than sitting in an object ("a letter from Rowan Estates"); a title before it is part of it
    ("Hospital director Mara Velde")."""
    index = position - 1
    for _ in range(4):
        while index >= 0 and index > position - 60 and text[index] == " ":
            index -= 1
        space = text.rfind(" ", index - 30 if index > 30 else 0, index)
        if space >= 0 and (space + 1 == index or text[space + 1 : index].isalpha()):
            start = space + 1  # (most often: letters back to a space, read in one test)
        else:
            start = index
            while start > 0 and start > index - 30 and text[start - 1].isalpha():
                start -= 1
        word = text[start : index + 1]
        if word in _CLAUSE_OPENERS:
            return True  # round 15: "although Sorensen would not be drawn on that"
        if not word:
            break
        if not word[0].isupper():
            lowered = word.lower()  # (once: most words before a name are lower-case)
            if lowered not in titles() and lowered not in role_heads():
                break
        index = start - 1
    return index < 0 or text[index] in ".!?\n,;:\u2014\"'\u201d\u2019("


_CLAUSE_OPENERS = frozenset(["although", "but"])
"""Lower-case conjunctions that open a main or concessive clause: the name after one is its
subject, which a later he/she may be ("although Sorensen would not be drawn ... '...,' he
said").  Not "when", "while", "if", "because", "(even) though": their subject is background
("Trump took offense when Kelly confronted him. He later suggested" is Trump)."""


def _double_barrelled(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is half of a hyphenated name ("Ellery" of "Ruth
    Ellery-Shaw"): round 14, it made "Ruth Ellery" a second person named Ellery."""
    return (text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper()) or (
        start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
    )


class NameIndex:
    """The capitalised names in the text that end in a given word.

    Occurrences of a word are looked up with ``str.find`` while that stays cheap (a few scans of
    the text in all); past that budget, one regex pass indexes every capitalised word by its
    position, so a long text with many distinct surnames stays linear.  The first twelve
    occurrences settle the fullest name (by ``find``, occurrences inside longer words such as
    "Bushes" count towards the twelve; the index sees whole words only)."""

    _SCAN_BUDGET = 16  # whole-text scans allowed before indexing
    _LIMIT = 12  # whole-word occurrences looked at per word

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, tuple[dict[str, int], set[str]]] = {}
        self._canonical: dict[str, str] = {}
        self._scanned = 0
        self._index: dict[str, list[int]] | None = None
        self._headline_end = _title_case_headline_end(text)
        """Where a Title Case first line ends (0 if there is none): its capitalised words
        before a surname are no given names ("Gold Star Mom Corners Obama On His Refusal")."""
        self._word_runs: frozenset[str] | None = None
        """The text's runs of word characters and hyphens, made on first need."""

    def names_ending(self, last: str) -> tuple[dict[str, int], set[str]]:
        """(full names ending in ``last`` with their counts, descriptor words stripped off them)."""
        if last in self._found:
            return self._found[last]
        names: dict[str, int] = {}  # a plain dict: a Counter costs more to make than to fill
        descriptors: set[str] = set()
        text = self.text
        for start in self._occurrences(last):
            # no space before: no capitalised words before (``_capitalised_before`` says so too)
            before = _capitalised_before(text, start) if start and text[start - 1] == " " else ()
            if before and start < self._headline_end:
                before = _from_last_given_name(before)  # round 22: in a Title Case headline
                # only a given name right before tells a name's start ("Billy Bush"; not
                # "Gold Star Mom Corners Obama")
            if before and text.startswith(":", start + len(last)) and before[0][1:].islower() and (
                before[0][-1] in "sd" and verb_section(before[0].lower()) == "clause"
            ):  # 'Continued Hale: "..."': the cue opening the sentence (but "Hope Hicks said")
                before = before[1:]
            if not before:
                names[last] = names.get(last, 0) + 1
                continue
            words, stripped = _name_parts(" ".join([*before, last]))
            if len(words) > 2:  # (``_holder_after_office``'s first test: most names are shorter)
                words = _holder_after_office(words, text, start - len(" ".join(before)) - 1)
                words = _from_given_name(words)
            # (not "Elections Susan Gill")
            if words:
                name = " ".join(words)
                names[name] = names.get(name, 0) + 1
                descriptors.update(stripped)
        self._found[last] = (names, descriptors)
        return names, descriptors

    def _occurrences(self, word: str) -> list[int]:
        """Offsets of the whole-word occurrences of ``word`` (no letter or digit touching it on
        either side) among its first ``_LIMIT`` occurrences."""
        text = self.text
        size = len(word)
        candidates = None
        if self._index is not None or self._scanned > self._SCAN_BUDGET * len(text):
            # (the word's leading letters are read only when the index is or may be used)
            head = _ALNUM_RUN.match(word)
            if head is not None and head.start() == 0 and word[0] in _INDEXED_INITIALS:
                if self._index is None:
                    self._index = _capitalised_index(text)
                candidates = self._index.get(head.group(), ())
        found: list[int] = []
        if candidates is not None:
            for start in candidates:
                after = text[start + size : start + size + 1]
                if not after.isalnum() and text.startswith(word, start) and not (
                    _double_barrelled(text, start, start + size)
                ):
                    found.append(start)
                    if len(found) == self._LIMIT:
                        break
            return found
        position = text.find(word)
        seen = 0
        while position >= 0 and seen < self._LIMIT:
            seen += 1  # occurrences inside longer words ("Bushes") count towards the limit
            start = position
            position = text.find(word, position + size)
            after = text[start + size : start + size + 1]
            if not ((start and text[start - 1].isalnum()) or after.isalnum()) and not (
                # (``_double_barrelled`` needs a hyphen on one side: tested here first)
                (after == "-" or (start and text[start - 1] == "-"))
                and _double_barrelled(text, start, start + size)
            ):
                found.append(start)
        self._scanned += (position if position >= 0 else len(text)) + 1
        return found

    def _full_name_from_given(self, given: str) -> str | None:
        """The one person's full name the text writes starting with the given name ``given``
        ("Margaret Finch-Lowe" for "Margaret"), or None (none, or two: "Bill Clinton" and "Bill
        Gates")."""
        text = self.text
        fulls: set[str] = set()
        for start in self._occurrences(given):
            after = _CAPITALISED_AFTER.match(text, start + len(given))
            if after is None:
                continue
            following = after.group().split()
            while len(following) > 1 and _INITIAL.fullmatch(following[0]):
                following = following[1:]  # "Donald J. Trump": the surname after the initial
            surname = following[0].rstrip(".,")
            if not surname[:1].isupper() or surname.lower() in _not_names() or (
                surname.lower() in _FUNCTION_WORDS
            ) or _INITIAL.fullmatch(following[0]):
                continue
            fulls.add(surname)
        if len(fulls) != 1:
            return None
        surname = fulls.pop()
        names, _ = self.names_ending(surname)
        full = max(  # the fullest the text writes ("Donald J. Trump" for "Donald Trump")
            (n for n in names if n.startswith(given) and n.endswith(surname)), key=len,
            default=f"{given} {surname}",
        )
        return full if classify_mention(full) == "person" else None

    def _surname_first(self, full: str) -> bool:
        """Whether ``full`` reads as a family name followed by a given name ("Lin Wei", "Ban
        Ki-moon"): two words, written outside a Title Case headline ("ESPN Fires", "Obama
        Just"), the second no common or body word ("Cleveland Clinic", "Apple CEO") and never
        written in lower case in the story ("Pew Research ... research"), after no "the" ("the
        Cleveland Clinic") and before no third name word ("Alwaleed Bin Talal")."""
        parts = full.split(" ")
        if len(parts) != 2:
            return False
        second = parts[1].lower()
        if second in _not_names() or second in _organisation_words() or (
            second in _offices_after_body() or second in countries() or second in _FUNCTION_WORDS
        ) or role_heads().get(second) or human_nouns().singular(second):
            return False
        if parts[0].lower() in countries():
            return False  # "Mexico City"
        text = self.text
        at = text.find(full, self._headline_end)
        if at < 0 or text[max(0, at - 4) : at].lower() == "the ":
            return False  # "the Trump Train", "the Cleveland Clinic": a thing's name
        end = at + len(full)
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            return False  # "Alwaleed Bin Talal": a longer name than two words
        if self._word_runs is None:  # (once per text: a search per name was a scan each)
            # (from the matches one at a time: ``findall`` built a list of every run first,
            # 55 MB more at the peak of a 15 MB document)
            self._word_runs = frozenset(match.group() for match in _WORD_RUN.finditer(text))
        return second not in self._word_runs

    def canonical(self, words: tuple[str, ...]) -> str:
        """The fullest name the text uses for the source ``words`` names (remembered: pronouns
        look back at the same names again and again)."""
        name = " ".join(words)
        known = self._canonical.get(name)
        if known is None:
            known = self._canonical[name] = self._fullest(name, words)
        return known

    def _fullest(self, name: str, words: tuple[str, ...]) -> str:
        names, _ = self.names_ending(words[-1])
        if not names:
            return name
        longer = [n for n in names if n.endswith(name) and len(n) > len(name)]
        if len(words) > 1 and not longer:
            return name
        if not longer and len(words) == 1 and _given_name(name):
            full = self._full_name_from_given(name)
            if full is not None:
                return full  # round 19: '"He was the best of us," Margaret said' after
                # "His daughter, Margaret Finch-Lowe": a feature's first-name reference
        if not longer and len(names) == 1 and len(words) == 1 and name[1:].islower():
            full = self._full_name_from_given(name)
            if full is not None and self._surname_first(full):
                return full  # round 22 (FIXA22): 'Lin told' after "spokesman Lin Wei": a
                # surname written first, the only name the word begins
        if not longer and len(names) == 1:
            return next(iter(names))  # (one name, most often the mention's own: no ranking)
        candidates = longer or list(names)
        return max(candidates, key=lambda n: (n.count(" ") > 0, names[n], len(n)))


@dataclass(slots=True)
class _Known:
    position: int
    name: str
    kind: str
    words: set[str] | _Described
    """The words known about the speaker; a ``_Described`` until ``SpeakerResolver.words_of``
    first needs them (most speakers are never compared by their words)."""


@dataclass(slots=True)
class _Described:
    """What a ``_Known``'s words are made of, kept until they are needed: the words of the
    mention, the text of its apposition and, for a named speaker, its stripped descriptors,
    last word and canonical name (``named``)."""

    words: list[str]
    apposition: str | None
    named: _NamedParts | None = None


_NamedParts = tuple[tuple[str, ...], str, str]
"""A named speaker's stripped descriptors, last name word and canonical name."""


_ALNUM_RUN = re.compile(r"[^\W_]+")
_INDEXED_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAPITALISED = re.compile(r"[A-Z][^\W_]*")


def _capitalised_index(text: str) -> dict[str, list[int]]:
    """Every whole word starting with an ASCII capital -> its offsets, in order (one pass)."""
    index: dict[str, list[int]] = {}
    for match in _CAPITALISED.finditer(text):
        start = match.start()
        if start and text[start - 1].isalnum():
            continue  # inside a word: "iPhone"
        index.setdefault(match.group(), []).append(start)
    return index


class SpeakerResolver:
    """Resolves speaker mentions in text order, remembering who has spoken."""

    def __init__(
        self,
        text: str,
        quoted: list[tuple[int, int]] | None = None,
        reported: list[tuple[int, int]] | None = None,
        clause_starts: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        self.names = NameIndex(text)
        self.history: list[_Known] = []
        self.quoted = quoted or []
        """Quotation spans, in order: names inside them are not antecedents."""
        self._quoted_starts = [start for start, _ in self.quoted]
        self.reported = reported or []
        """Reported clauses (indirect quotes' contents), in order, disjoint: a name inside one
        is what a speaker talked about, not a he/she of the narration (round 19)."""
        self._reported_starts = [start for start, _ in self.reported]
        self.clause_starts = clause_starts
        """Where reported clauses start: a name there is its clause's subject ("aides say
        Ivanka Trump also advises ...", round 21)."""
        self._named_cache: dict[str, tuple[str, str, _NamedParts] | None] = {}
        self._person_names: dict[tuple[int, int], tuple[str, str | None] | None] = {}
        """Per full-name span: None when it names no person where a subject stands, else the
        person's canonical name and the pronoun its honorific asks for ("he" for "Mr", None
        without one): read once per span, however many pronouns look back over it."""
        self._only_people: dict[str, list] = {}  # (``_only_person_named``: per pronoun)
        self._openings: dict[tuple[int, int], list[int]] = {}  # (``_recent_openings``)
        self._capitals_seen: dict[str, bool] = {}
        self._lede: int | None = None
        self._countries: frozenset[str] | None = None
        self._looking_back = False
        self._last_one = -1_000
        """Where the latest unnamed "One" (one of a group just named) spoke: "The other" or
        "Another" shortly after is the next of them (round 25)."""

    def _countries_named(self) -> frozenset[str]:
        """``countries_named_in`` the story (read once, when a one-word person is resolved)."""
        if self._countries is None:
            self._countries = countries_named_in(self.text)
        return self._countries

    def resolve(
        self, span: tuple[int, int], apposition: tuple[int, int] | None = None
    ) -> Speaker:
        start, end = span
        mention = self.text[start:end]
        words = mention.split()
        lowered = mention.lower()
        head = words[-1].lower() if words else ""
        if lowered in _COMPATIBLE or lowered in ("i", "we"):
            return self._pronoun(span, mention, lowered)
        if len(words) == 2 and lowered[:4] == "the " and words[1][:1].isupper() and (
            head in _DEMONYMS
        ):  # round 28: "The Swede, who joined from Malmo, said": a person described by
            # nationality, not a body named "Swede"; review 28: left unresolved (the last
            # person named was the wrong one in "Boris Johnson called Angela Merkel. The German
            # said", "Coach Pep Guardiola praised Lindqvist. The Swede said")
            self.history.append(_Known(start, mention, "person", set()))
            return Speaker(start, end, mention, mention, "person")
        if len(words) == 2 and lowered[:4] == "the " and head in _BUSINESS_KINDS and (
            known := self._kind_named_before(head, start) or self._company_named_before(start)
        ) is not None:
            # round 28: "Shares in Veltrix Semiconductor fell after the chipmaker warned": the
            # company named just before (a name ending in a company's word), not "the chipmaker"
            self.history.append(known)
            return Speaker(start, end, mention, known.name, "organization")
        if len(words) > 2 and head in DOCUMENT_PARTICIPLES and (
            role_heads().get(words[-2].lower()) == "document"
        ):  # round 23: "A Medium post published on Monday said": the post speaks (the
            # participle describes it), not a person "A Medium post published"
            stem = mention.rstrip()
            stem = stem[: len(stem) - len(words[-1])].rstrip()  # (any space before the last word)
            return self.resolve((start, start + len(stem)), apposition)
        if len(words) > 3 and head in _DAY_WORDS and words[-2].lower() in DOCUMENT_PARTICIPLES and (
            role_heads().get(words[-3].lower()) == "document"
        ):  # round 28: "A class-action lawsuit filed Thursday accuses": the lawsuit, not a
            # person named "A class-action lawsuit filed Thursday"
            stem = mention[: mention.rfind(words[-2])].rstrip()
            return self.resolve((start, start + len(stem)), apposition)
        if len(words) > 3 and "ing " in mention and (
            cut := _person_before_participle(words)
        ) is not None:  # round 27: "A Ukrainian soldier fighting near Kupiansk, who gave only
            # his call sign, ..., said": the soldier speaks, not a person named "Ukrainian"
            stem = " ".join(words[:cut])
            if mention.startswith(stem):
                return self.resolve((start, start + len(stem)), apposition)
        if head in ("paper", "papers") and _RESEARCH_PAPER.match(self.text, end):
            # round 27: "according to a paper published in the journal Science": a research
            # paper is a document, not a newspaper (it had drawn A301)
            self.history.append(_Known(start, mention, "document", set()))
            return Speaker(start, end, mention, mention, "document")
        first_word = words[0].lower() if words else ""  # (the mention's first word, once)
        if "and" in mention and (
            words[-1].lower() not in company_name_words()
            or classify_mention(mention) != "organization"
        ) and (
            joint := name_pair(mention)
        ) is not None:  # (its first test; round 29: not "Pacific Gas and Electric", one firm)
            # round 16 (COORD16): "Britain and France said": one joint speaker named after
            # both, of the kind of the first (a person if either is one); round 17 (LEFT17): an
            # organisation when either is a body ("Smith and Britain", "Reuters and the BBC"):
            # a joint statement with a body is the body's, and the kind no longer hangs on order
            mark = len(self.history)
            one = self.resolve((start, start + joint[0]))
            two = self.resolve((start + joint[1], end))
            del self.history[mark:]  # (the halves stay out of the history: the pair goes in)
            kinds = (one.kind, two.kind)
            if "organization" in kinds or "outlet" in kinds:
                kind = one.kind if one.kind == two.kind else "organization"
            else:
                kind = "person" if "person" in kinds else one.kind
            name = f"{one.name} and {two.name}"
            self.history.append(_Known(start, name, kind, set()))
            return Speaker(start, end, mention, name, kind)
        if apposition is not None and len(words) > 1 and words[-1][:1].islower() and (
            company := _company_in_apposition(self.text[slice(*apposition)])
        ):
            # round 16: "Arden's sponsor, the sportswear company Veloce, said": the company
            # the apposition names speaks, not a person "Arden's sponsor"
            self.history.append(_Known(start, company, "organization", {company.lower()}))
            return Speaker(start, end, mention, company, "organization")
        if apposition is not None and words[-1][:1].islower() and (
            identified := _IDENTIFIED_AS.search(self.text, *apposition)
        ):
            # round 23: "the caller, identified in court records as Danielle Ruiz, can be
            # heard saying": the person the apposition names
            name = identified.group(1)
            kind = classify_mention(name)  # ("identified in filings as Acme Holdings": a body)
            kind = "person" if kind == "unknown" else kind
            self.history.append(_Known(start, name, kind, {name.lower()}))
            return Speaker(start, end, mention, name, kind)
        if apposition is not None and len(words) > 1 and (
            relation := _relation_named_after(words, head, lowered)
        ) and (
            named := _NAME_ONLY.fullmatch(aside := self.text[slice(*apposition)].strip(" ,"))
            or head[-1:] == "s" and _NAME_PAIR.fullmatch(aside)
        ) and not given_name(named.group().split()[0]):  # ("The team's owner, Marjorie Haskell";
            # round 28: "The drug's makers, Halden Pharma and Kirin Biotech, said": both, one
            # joint speaker)
            # round 20: "The drug's maker, Merck, said", "Uganda's state broadcaster, UBC,
            # reported": the company or outlet the apposition names speaks, not "maker"
            name = named.group()
            self.history.append(_Known(start, name, relation, {name.lower()}))
            return Speaker(start, end, mention, name, relation)
        if apposition is not None and len(words) > 1 and first_word in _DESCRIPTION_OPENERS and (
            titled := _TITLE_THEN_NAME.fullmatch(self.text[slice(*apposition)].strip(" ,"))
        ) and all(
            word in titles() or role_heads().get(word) == "person"
            for word in titled.group(1).split()
        ) and given_name(titled.group(2).split()[0]):
            # round 28: "Her challenger, councillor Ben Holt, said": the person the aside
            # names after a lower-case title ("Her challenger, Ben Holt" was read so already)
            name = titled.group(2)
            self.history.append(_Known(start, name, "person", {name.lower()}))
            return Speaker(start, end, mention, name, "person")
        if lowered in ("one", "another", "the other") and apposition is not None:
            described_as = _one_person_described(self.text[slice(*apposition)])
            if described_as is not None:
                # "One, a former night manager in Bolton who asked not to be identified, said":
                # one person the story describes, whom the next quotation's "she" is (round 14)
                if lowered == "one":
                    self._last_one = start
                self.history.append(_Known(start, described_as, "anonymous", set()))
                return Speaker(start, end, mention, described_as, "anonymous")
        if lowered in ("one", "another", "the other") and (
            self._people_before(start)
            or (lowered != "one" and start - self._last_one <= _NEXT_OF_THEM_REACH)
            or (lowered == "one" and self._unnamed_people_spoke(start))
        ) and not (lowered != "one" and self._one_thing_before(start)):
            if lowered == "one":
                self._last_one = start
            # "She met with an array of immigration attorneys; one suggested ...": one of them.
            # Not remembered: a later he/she is rarely that one (the story's subject, more often)
            return Speaker(start, end, mention, mention, "anonymous")
        if lowered in STUDY_AUTHORS and (
            _NAMED_STUDY.search(self.text, max(0, start - 1500), start)
            or _STUDY_BY_AUTHORS.search(self.text, max(0, start - 3000), start)
            or _STUDY_TEAM_NAMED.search(self.text, max(0, start - 3000), start)
        ):
            # round 16: "The authors said" after "A study by Harbor University": the named
            # study's authors, whom a reader can find, not an unnamed group
            self.history.append(_Known(start, mention, "person", set()))
            return Speaker(start, end, mention, mention, "person")
        if lowered in ("another", "the other") and self.history and (
            self.history[-1].kind in ("anonymous", "vague")
            or self.history[-1].name.lower() == "one"
        ) and not self._one_thing_before(start):
            # round 16: "'...,' one of the nurses said. Another said staff were asked to stay":
            # the next of the unnamed people the story quotes, and the she of what follows
            self.history.append(_Known(start, mention, "anonymous", set()))
            return Speaker(start, end, mention, mention, "anonymous")
        if lowered in _QUANTIFIER_SUBJECTS:  # "Several said ...": an unnamed share of a group
            self.history.append(_Known(start, mention, "vague", set()))
            return Speaker(start, end, mention, mention, "vague")
        if words and first_word in _CROWD_COUNTS:
            # "Hundreds marched", "Thousands of supporters": a crowd, not a named "Hundreds";
            # "Hundreds of letters": no one in particular
            kind = "vague" if len(words) == 1 or _of_people(words[1:]) else "unknown"
            self.history.append(_Known(start, mention, kind, set()))
            return Speaker(start, end, mention, mention, kind)
        run, titled = _name_run(mention)
        described = _Described(  # (its words are read only when a role looks back: words_of)
            words, self.text[slice(*apposition)] if apposition is not None else None
        )
        if len(words) == 2 and first_word in PLURAL_DEFINITE and head[-1:] == "s":
            pair = self._named_pair(head)
            if pair is not None:  # "Mr. Grassley and Mr. Leahy said ... the senators said"
                self.history.append(_Known(start, pair, "person", described))
                return Speaker(start, end, mention, pair, "person")
        if len(words) == 2 and head in _PAIR_NOUNS and first_word == "the" and (
            pair := self._pair_named_before(start)
        ) is not None:  # round 23: "Mark and Anna Ellis bought the farm. The couple said"
            self.history.append(_Known(start, pair, "person", described))
            return Speaker(start, end, mention, pair, "person")
        if len(words) == 2 and first_word in PLURAL_DEFINITE and (
            head[-1:] == "s" or head == "people"
        ) and (unnamed := self._unnamed_antecedent(head)) is not None:
            # "two people familiar with the matter said ... according to the people"
            self.history.append(_Known(start, unnamed.name, unnamed.kind, described))
            return Speaker(start, end, mention, unnamed.name, unnamed.kind)
        if len(words) == 2 and first_word == "the" and head not in ROLE_WORDS and (
            words[1].islower() and role_heads().get(head, "person") == "person"
            and (head in role_heads() or human_nouns().singular(head))
        ) and not any(head in known.name.lower() for known in self.history[-12:]) and (
            named := self._named_with_noun_before(head, start)
        ) is not None:
            # round 24: "Tom Harker, a businessman who owns three hotels, ... the businessman
            # replied": the person the story last described with that noun
            self.history.append(_Known(start, named, "person", described))
            return Speaker(start, end, mention, named, "person")
        if words and first_word in ANAPHORS and head in role_heads():
            subject = None
            if len(words) == 2 and role_heads()[head] in ("organization", "outlet"):
                subject = self._named_body_subject_before(start)
            if subject is not None:
                # round 22: "NASA, which ..., welcomed the results. The agency said": the body
                # that is the subject of the sentence before, though it said nothing, when it
                # is compatible and nearer than any speaker (before: the European Space
                # Agency, named a paragraph earlier)
                at = len(self.history)
                while at and self.history[at - 1].position > subject.position:
                    at -= 1
                self.history.insert(at, subject)
                antecedent = self._role_antecedent(words, head, run)
                del self.history[at]
            else:
                antecedent = self._role_antecedent(words, head, run)
            if antecedent is None and len(words) == 2 and (
                role_heads()[head] in ("organization", "outlet")
            ):
                antecedent = self._body_named_before(head, start)
            if antecedent is None and len(words) == 2 and head in _COMPANY_HEADS:
                antecedent = self._company_named_before(start)
            if antecedent is not None:
                self.history.append(_Known(start, antecedent.name, antecedent.kind, described))
                return Speaker(start, end, mention, antecedent.name, antecedent.kind)
        if (head in _counsel() or first_word in _counsel()) and (
            counsel := self._counsel_kind(words, end)
        ):
            # round 17 (LEFT17): "Lawyers for the athlete", "attorneys representing the
            # families": the party's counsel, a role (person, as "A lawyer for the family" and
            # GUIDELINES' "her lawyers"), no flag; "lawyers who specialise in sports law":
            # outside experts (vague)
            self.history.append(_Known(start, mention, counsel, described))
            return Speaker(start, end, mention, mention, counsel)
        if len(words) == 1 and _bodies_plural(head) and (
            _opens_sentence(self.text, start)
            or (words[0][:1].islower() and _after_comma(self.text, start))
        ) and not capitalised_elsewhere(self.text, words[0], self._capitals_seen):
            # round 17 (LEFT17): "Universities said", "Hospitals warned", "..., airlines said":
            # unnamed bodies of one kind (vague), not a person named "Universities"; not
            # "because companies generally do not disclose" (a generic subject, no claim);
            # "Universities, including Oxford, said" names them (organization); "Lloyds"
            # capitalised mid-sentence is a name
            kind = "vague"
            if apposition is not None and _CAPITAL_WORD.search(self.text, *apposition):
                kind = "organization"
            self.history.append(_Known(start, mention, kind, described))
            return Speaker(start, end, mention, mention, kind)
        descriptive = len(run) == 1 and run[0] == words[0] and len(words) > 1 and (
            words[1][:1].islower()  # "Sources close to the board", "Trump campaign officials"
        )
        if words and words[-1][:1].islower() and role_heads().get(head) in (None, "person"):
            descriptive = True  # "a State Department official", "the Kestrian delegation"
        elif len(run) < len(words) and run and run[-1] != words[-1] and (
            core := _before_preposition(words, keep_body_names=True)
        ) and len(core) < len(words) and core[-1][:1].islower() and (
            role_heads().get(core[-1]) == "person" or human_nouns().singular(core[-1])
            or human_nouns().plural(core[-1])
        ):  # round 19: "A European diplomat in Brussels": the diplomat, described, not a
            descriptive = True  # person named "European" (the place is after "in")
        elif len(words) == 1 and people_noun(head) and _opens_sentence(self.text, start) and (
            not _named_person(*self.names.names_ending(words[0]))
            and not capitalised_elsewhere(self.text, words[0], self._capitals_seen)
        ):  # "Engineers warned ...": a sentence's capital, not a name (but "Sanders", when
            descriptive = True  # the story says "Bernie Sanders" or "Mr. Sanders")
        if run and not descriptive and not (
            head in role_heads() and run[-1].endswith(("'s", "\u2019s"))
        ):
            named = self._named(mention, run)
            if named is not None:
                name, kind, known_words = named
                if titled and not (
                    kind == "outlet" and outlet_named_after_its_noun(mention)
                ) and not (kind == "organization" and _trade_before(mention, " ".join(run))):
                    kind = "person"  # "Union leader Sam Cole" is not the union (but round 19:
                    # "Spanish newspaper Diario Deportivo" is the newspaper)
                elif kind == "person" and run[-1] == words[-1] and (
                    name_in_s(run, len(run) - 1)
                ):
                    name = " ".join(run)  # round 27: "Moody's said", "McDonald's said": a
                    kind = "organization"  # name in -'s is a firm's (a founder's shop), not
                    # the possessive of a person named Moody
                elif _persons_body(words, run, head) and classify_mention(name) == "person":
                    name = f"{name} {head}"  # "The Clinton campaign": not Hillary Clinton;
                    kind = "organization"  # "the Kestrian delegation": not a person
                elif kind != "outlet" and words[-1][:1].islower() and (
                    role_heads().get(head) == "document"
                ) and run[-1] in words[:-1]:
                    name = " ".join(words[next(
                        i for i, w in enumerate(words) if w[:1].isupper() and (
                            w.lower() not in DETERMINERS
                        )
                    ) :])
                    kind = "document"  # round 22: "The NTSB report said", "a new Gallup
                    # poll": the report, named from its maker on ("NTSB report", "Gallup
                    # poll"), not "NTSB" (an outlet's report stays the outlet's: A301)
                elif kind != "outlet" and _body_of_a_named(words, run, head):
                    name = " ".join(words[1:] if first_word in ("the", "a") else words)
                    kind = "organization"  # round 21: "the United Nations refugee agency",
                    # "The Kenyan health ministry": the agency, not "United Nations", "Kenyan"
                elif kind != "outlet" and apposition is not None and apposition[0] > start and (
                    not _given_name(name.split()[0])
                ) and _apposition_names_an_outlet(self.text, apposition):
                    kind = "outlet"  # round 23: "The Information, a technology news site,
                    # reported": the news organisation the apposition says it is (A301)
                elif kind in ("person", "outlet") and name == " ".join(run) and (
                    (len(run) == 1 and kind == "person") or (
                        apposition is not None and not _given_name(run[0]) and (
                            apposition[0] < start
                            or apposition[0] - end <= 3
                            and self.text.startswith(("a ", "an "), apposition[0])
                            or kind == "person" and apposition[0] - end <= 3
                            and self.text.startswith("which ", apposition[0])
                        )  # (round 26: "Save Our Skyline, a residents' group, said"; round
                        # 27: "NHS Providers, which represents trusts, said")
                    )
                ) and _apposition_names_a_body(self.text, apposition):
                    kind = "organization"  # round 14: "Transgaz, the Romanian grid operator,
                    # said" (round 18: "A utility company, Pacific Coast Power, said", the
                    # kind first, then a name opening with no given name, even one read as an
                    # outlet's; not "Eddie Griffin, who was ... a group of bloggers,");
                    # "Calder said" after "a pill from Calder Therapeutics" (a name the story
                    # never gives in full as a person's: not "Trump" of "Trump University"
                    # when it says "Donald Trump")
                elif kind == "person" and len(run) == 1 and name == run[0] and (
                    _ITS_AFTER_CUE.match(self.text, end)
                ) and not _named_person(*self.names.names_ending(run[0])):
                    kind = "organization"  # round 16: "Voltaris says its cells have completed
                    # 800 cycles": a one-word name the story never gives as a person's, whose
                    # report speaks of "its"
                elif kind == "person" and len(run) == 1 and name == run[0] and (
                    not _named_person(*self.names.names_ending(run[0]))
                ) and name in self._countries_named() and not (
                    _PERSON_AFTER_CUE.match(self.text, end)
                ):  # (the name's look-up first: made already when the name was made canonical,
                    # and most one-word names are a person's named in full, so the story is
                    # seldom read for countries)
                    kind = "organization"  # round 21: "Kestria said" where the story writes
                    # "Kestria's foreign ministry" or datelines it: a country the [country]
                    # list lacks, its government (a name never given as a person's, whose
                    # report does not go on with he or she)
                described.named = known_words
                self.history.append(_Known(start, name, kind, described))
                return Speaker(start, end, mention, name, kind)
        kind = classify_mention(mention)
        if kind in ("unknown", "person") and (core := _before_preposition(words)) and (
            core[-1].islower() and role_heads().get(core[-1], "person") != "person"
        ):  # "the email", "The article", "Sanders' fundraising email": a document, when no
            kind = role_heads()[core[-1]]  # known one is meant ("lawyers for the union" are
            # people)
        if kind in ("unknown", "person") and len(words) > 2 and words[-1].islower() and (
            words[-2][-2:] in ("'s", "\u2019s") and words[-1] in lexicon_for(None).document_heads
        ):
            kind = "document"  # round 22 (FIXA22): "The chief of staff's memoir says": the
            # possessed document is the head, not "chief" before "of"
        if kind == "person" and descriptive:
            kind = _unnamed_group_kind(words) or kind  # "Opposition councillors", "Aides to X"
        if kind == "vague" and study_by_institution_staff(self.text, start, end):
            kind = "organization"  # round 27: "A study by Stanford economists found": authors
            # named by their institution, as "economists at Stanford" are
        if kind == "person" and _one_role_holder(words) and _says_unnamed(
            self.text, start, end, self._lede_end()
        ):
            kind = "anonymous"  # round 16: "One senator said", "said one district GOP leader"
        if kind == "unknown" and not run and _one_of_documents(lowered, words):
            kind = "document"  # round 20: "with one of her ads asking, '…'": the ad speaks
        if kind == "unknown" and not run and (
            _one_unnamed_person(words, head) or lowered.startswith(("one of ", "another of "))
            or _few_unnamed_people(words)
            or (len(words) == 1 and _person_noun(lowered)  # a headline's "analyst says"
                and lowered not in DETERMINERS)
        ):
            kind = "anonymous"  # "one mother in the Riverside neighborhood", "One of them",
            # "two men"
        elif kind == "unknown" and not run and len(words) == 2 and (
            first_word in _OWNERS and role_heads().get(head) == "person"
        ):
            kind = "person"  # round 24: "Her husband, Declan, said", "his attorney said": a
            # unique role of someone the story names (GUIDELINES: "his attorney" is a role),
            # which the next "he" may refer to (it had gone to a spokesman quoted before)
        elif kind == "unknown" and not run and _some_unnamed_people(words):
            kind = "vague"  # round 16: "Several rival athletes, speaking privately, said": an
            # unnamed share of a group, as "Several athletes said" is to the sourcing stage
        elif apposition is not None and (
            (kind == "unknown" and not run)
            or (kind == "person" and first_word in _UNNAMED_OPENERS)
        ) and ANONYMITY_RELATIVE.match(self.text, apposition[0]):
            kind = "anonymous"  # round 15: "One former postdoctoral fellow, who asked not to be
            # identified because she still works in the field, said"
        if kind == "person" and first_word == "the" and start < self._lede_end() and (
            role := _unique_role(words)
        ) and (named := self._holder_named_next(role, end)) is not None:
            # round 25 (DEFECT25): wire copy's lede role ("The top U.S. commander in the Middle
            # East said") named in the next paragraph ("Gen. Michael Kurilla, the commander of
            # U.S. Central Command, told"): one source, when only that name holds the role
            self.history.append(_Known(start, named, "person", described))
            return Speaker(start, end, mention, named, "person")
        if kind in ("anonymous", "person") and first_word in ("a", "an") and (
            start < self._lede_end()
        ) and (role := _unique_role(words)) is not None and (
            named := self._holder_named_next(
                role, end, _LESSER_ROLES.intersection(lowered.split()), _whose(lowered, role),
                _modifiers_before(lowered, role),
            )
        ) is not None:
            # round 26 (DEFECT26): an indefinite lede role ("A royal biographer has accused the
            # palace ...") named in the next paragraph with that same role noun ("Eleanor Vance,
            # a royal biographer whose book ..., said"; "Dan Roe, who served as an aide to the
            # mayor,"): one person, not an anonymous second source
            self.history.append(_Known(start, named, "person", described))
            return Speaker(start, end, mention, named, "person")
        self.history.append(_Known(start, mention, kind, described))
        return Speaker(start, end, mention, mention, kind)

    def _holder_named_next(
        self, role: str, end: int, lesser: frozenset[str] = frozenset(),
        whose: frozenset[str] = frozenset(), modifiers: frozenset[str] | None = None,
    ) -> str | None:
        """Round 25: the canonical name of the one person the paragraph after the one holding
        ``end`` names with ``role`` as a title ("President Ana Ruiz") or in an apposition right
        after the name ("Gen. Michael Kurilla, the commander of ..."; round 26: "Dan Roe, who
        served as an aide to ..."); None when none or two do. A lesser role ("deputy",
        "former") before the role in the name's title or apposition must be one of ``lesser``,
        the lede mention's own ("A former aide" is "a former aide"); when ``whose`` (the
        lede's words after the role: "mayor" of "an aide to the mayor") and the apposition's
        words after the role share none, the apposition is another's role ("an aide to the
        governor"). Reads at most 700 characters of that paragraph."""
        text = self.text
        line_end = text.find("\n", end, end + 2000)
        if line_end < 0:
            return None
        opening = line_end
        while opening < len(text) and text[opening] in " \t\r\n":
            opening += 1
        stop = text.find("\n", opening, opening + 700)
        if stop < 0:
            stop = min(len(text), opening + 700)
        holders: set[str] = set()
        for match in _FULL_NAME.finditer(text, opening, stop):
            name = self._person_name(match)
            if name is None:
                continue
            title = [w.lower().rstrip(".,") for w in match.group().split()[:-1]]
            apposed = _APPOSED_ROLE.match(text, match.end(), stop)
            full = _SERVED_AS.sub("", apposed.group(1).lower(), count=1).split() if (
                apposed is not None
            ) else []
            words = _before_preposition(full)  # (not "a spokeswoman for the commander": the
            # role after a preposition)
            if whose and role in words and whose.isdisjoint(full[words.index(role) + 1 :]) and (
                _whose(" ".join(full), role)
            ):
                continue  # round 26: "an aide to the governor" is not "an aide to the mayor"
            if modifiers is not None and (
                not _ANOTHER_ONE.isdisjoint(full) or not _ANOTHER_ONE.isdisjoint(title)
                or not modifiers <= set(full) | set(title)
            ):  # review 26 (an indefinite lede role): "Jane Doe, a second witness", "also a
                continue  # witness", "a doctor at a rival hospital" are others; "A company
                # spokesman" is no "spokesman for the workers' union"
            for held in (title, words):
                if role in held and _LESSER_ROLES.intersection(held[: held.index(role)]) <= (
                    lesser
                ):
                    holders.add(name)  # (not "his deputy commander" for "the commander")
            if role in _RANKS_OF and _RANKS_OF[role].intersection(title) and not (
                _LESSER_ROLES.intersection(title) or _LESSER_ROLES.intersection(words)
            ):  # (not "Adm. Brad Cooper, the deputy commander of ...")
                holders.add(name)  # "The top U.S. commander ..." then "Gen. Michael Kurilla"
        return holders.pop() if len(holders) == 1 else None

    def _counsel_kind(self, words: list[str], end: int) -> str | None:
        """person (a role) for lawyers of a party ("Lawyers for the athlete", "attorneys
        representing the families"), vague for lawyers described by their field ("lawyers who
        specialise in ..."), else None."""
        if len(words) > 2 and words[0].lower() in _counsel() and (
            words[1] in ("for", "representing")
        ):
            return "person"
        if len(words) == 1 or (len(words) == 2 and words[0].lower() in _FIELD_OPENERS):
            after = _WHO_VERB.match(self.text, end)
            if after is not None and after.group(1).lower() in _field_verbs():
                return "vague"
        return None

    def words_of(self, known: _Known) -> set[str]:
        """The lower-case words known about ``known``: those of its mention and apposition and,
        when named, its descriptors ("sen." of "Sen. Cole") and its name's words; made on first
        need (a role mention looking back), then kept."""
        words = known.words
        if isinstance(words, set):
            return words
        made = {w.lower().strip(",.") for w in words.words if w[:1].islower()}
        if words.apposition is not None:
            made |= {w.lower().strip(",.") for w in words.apposition.split()}
        if words.named is not None:
            stripped, last, name = words.named
            # (``names_ending(last)`` ran when the name was made canonical: a look-up now)
            made |= set(stripped) | self.names.names_ending(last)[1]
            roles = title_roles()
            for title in stripped:  # round 26: "Sen. Cole" is "the senator"
                made |= roles.get(title, frozenset())
            made |= {w.lower() for w in name.split()}
        known.words = made
        return made

    def _lede_end(self) -> int:
        """Where the story's third line with words starts (after the headline and the lede),
        found once per text; the text's length when it has fewer lines."""
        if self._lede is None:
            self._lede = len(self.text)
            for lines, line in enumerate(_LINE.finditer(self.text), 1):
                if lines == 3:
                    self._lede = line.start()
                    break
        return self._lede

    def _one_thing_before(self, position: int) -> bool:
        """Whether the latest "one <noun>" in the 300 characters before ``position`` counts
        things, not people ("one company says ..., another says ...": another company)."""
        ones = _ONE_NOUN.findall(self.text, max(0, position - 300), position)
        return bool(ones) and ones[-1] != "of" and not human_nouns().singular(ones[-1])

    def _unnamed_people_spoke(self, position: int) -> bool:
        """Round 26: the latest speaker, within ``_NEXT_OF_THEM_REACH``, is an unnamed group of
        people ("two of the people said, speaking on condition of anonymity ... One said")."""
        if not self.history:
            return False
        last = self.history[-1]
        if position - last.position > _NEXT_OF_THEM_REACH or not (
            last.kind in ("anonymous", "vague") or last.kind == "unknown" and last.name.islower()
        ):  # (unknown: "two of the people" is typed by the sourcing stage, later)
            return False
        head = last.name.lower().rsplit(" ", 1)[-1]
        return head == "people" or head in _people_plurals()

    def _people_before(self, position: int) -> bool:
        """Whether the sentence before ``position`` (up to 160 characters) names people by a
        plural noun ("immigration attorneys", "several voters")."""
        lo = max(0, position - 160)
        window = self.text[lo:position]
        ends = list(_CLAUSE_START.finditer(window))
        if ends:
            window = window[ends[-1].end() :]
        return not _people_plurals().isdisjoint(_LOWER_WORD.findall(window))

    def _named_pair(self, plural: str) -> str | None:
        """"A and B" when the latest speaker is a person named as the second of two
        ("Mr. Grassley and Mr. Leahy said") and ``plural`` is a person role ("senators")."""
        if role_heads().get(plural[:-1]) != "person" or not self.history:
            return None
        latest = self.history[-1]
        if latest.kind != "person":
            return None
        if " and " in latest.name:
            return latest.name  # round 16: the pair is one joint speaker already
        position = latest.position
        match = _NAME_AND.search(self.text, max(0, position - 60), position)
        if match is None or match.end() != position:
            return None
        first, _ = _name_parts(match.group(1))
        if not first:
            return None
        return f"{self.names.canonical(first)} and {latest.name}"

    def _pair_named_before(self, position: int) -> str | None:
        """Round 23 (DEFECT23): "A and B", the last two people named together in the 300
        characters before ``position`` ("Mark and Anna Ellis", "Tom Reyes and Ana Ortiz"),
        whom "the couple" or "the pair" is; None when there are none (or either is no
        person: "Britain and France")."""
        pairs = list(_PAIR_OF_NAMES.finditer(self.text, max(0, position - 300), position))
        if not pairs:
            return None
        pair = pairs[-1]
        first, second = pair.group(1).split(), pair.group(2)
        while first and (
            first[0].lower() in NAME_OPENERS or first[0].lower() in _FUNCTION_WORDS
            or first[0].lower() in _not_names()
        ):
            first.pop(0)  # "But Mark and Anna Ellis", "When Mark and ...", "In March Tom and"
        if not first or classify_mention(second) != "person" or (
            classify_mention(" ".join(first)) not in ("person", "unknown")
        ):
            return None
        return f"{' '.join(first)} and {second}"

    def _named(
        self, mention: str, run: tuple[str, ...]
    ) -> tuple[str, str, _NamedParts] | None:
        """(canonical name, kind, what the words known about it are made of: ``_Described``'s
        ``named``) for a named mention; remembered per mention, since the same names recur
        through a story."""
        if mention in self._named_cache:
            return self._named_cache[mention]
        result = None
        joined = " ".join(run)
        name_words, stripped = _name_parts(joined)
        # (``_holder_after_office``'s first test, more than two words, made here)
        if len(name_words) > 2 and mention.endswith(joined):  # "Chancellor of the Exchequer
            # Rachel Reeves": the run after "the" is the office's end, then the holder (round 15)
            name_words = _holder_after_office(name_words, mention, len(mention) - len(joined))
        if name_words:
            name = self.names.canonical(name_words)
            kind = classify_mention(mention)
            if kind == "unknown":
                kind = classify_mention(name)
            elif kind == "organization" and name != " ".join(name_words) and (
                classify_mention(name) == "outlet"
            ):
                kind = "outlet"  # round 24: "the Herald" after "The Sydney Morning Herald":
                # the outlet named in full before, not a body
            if len(name_words) == 1 and name == name_words[0] == mention and (
                role_heads().get(name.lower()) == "document"
            ):
                kind = "document"  # round 24: "Review finds 'failures'" (a headline's capital
                # on a document's noun), not an outlet named "Review"
            elif kind in ("person", "unknown") and name_words[-1].lower() in _outlet_words():
                kind = "outlet"  # "The Harbor Gazette"
            elif kind in ("person", "unknown") and name_words[-1][:1].isdigit() and (
                len(name_words) > 1
            ):
                kind = _numbered_kind(name_words[-2].lower())  # round 28 (DEFECT28)
            elif kind in ("person", "unknown", "document") and len(name_words) > 1 and (
                name_words[-1].lower() in company_name_words()
            ) and not _given_name(name_words[0]) and not any(
                _given_name(word) for word in stripped
            ):
                kind = "organization"  # "Greyline Capital", "Westline Buses", "Northlight
                # Records" (not the document "records"; not "Mary Capital" or "Mr. Capital": a
                # given name or a title names a person)
            elif kind in ("person", "unknown") and len(name_words) > 1 and (
                _trade_before(mention, joined)
            ) and not any(_given_name(word) for word in name_words):
                kind = "organization"  # round 22 (FIXA22): "mortgage buyer Freddie Mac",
                # "chip maker Orrin Vale": a trade noun before a name with no given name
            elif kind in ("person", "unknown") and name == " ".join(name_words) and (
                name.lower() in countries()
            ):
                kind = "organization"  # "Russia said", "Beijing warned": a government
            elif kind in ("person", "unknown") and len(name_words) == 1 and name == (
                name_words[0]
            ) and (company := _body_named(self.text, name)) is not None:
                name, kind = company, "organization"  # "Westline said" after "Westline Buses"
            elif kind in ("person", "unknown") and len(name_words) == 1 and name == (
                name_words[0]
            ) and _body_by_its_staff(self.text, name):
                kind = "organization"  # round 21: "Streamwell reported" after "Streamwell
                # spokesperson Lila Farouk"
            elif (kind in ("organization", "outlet") and " and " in mention) or (
                " & " in mention and kind in ("organization", "outlet")
            ):
                name = mention[4:] if mention[:4].lower() == "the " else mention  # "the Globe
                # and Mail", "Procter & Gamble": the whole name, not "Globe" or "Procter";
                # round 16: "the Office of Management and Budget", not "Office of Management"
            elif kind == "organization" and any(
                word in titles() and word not in DETERMINERS for word in stripped
            ) and name_words[-1].lower() not in _organisation_words():
                kind = "person"  # "State Rep. Alan Fortier": a title before the name
            result = (name, kind, (stripped, name_words[-1], name))  # (words: ``words_of``)
        self._named_cache[mention] = result
        return result

    def _pronoun(self, span: tuple[int, int], mention: str, lowered: str) -> Speaker:
        """He/she: the latest compatible speaker, or a person named more recently in the text."""
        start, end = span
        compatible = _COMPATIBLE.get(lowered, ())
        antecedent = None
        for known in reversed(self.history[-12:]):
            # (he/she are compatible with no vague source: only an unnamed one needs a test)
            if known.kind in compatible and not (
                known.kind == "anonymous" and lowered in _PERSON_PRONOUNS
                and (_no_he_or_she(known.name) or _gender_clash(known.name, lowered))
            ) and not (lowered == "they" and _one_of_a_kind(known)) and not (
                lowered == "it" and _several_bodies(known.name)  # ("Both houses": no "it")
            ) and not (
                lowered in _PERSON_PRONOUNS and " and " in known.name  # (round 16: a pair)
            ) and not (  # round 25: nor people in the plural ("Brenner's lawyers")
                lowered in _PERSON_PRONOUNS and known.kind == "person"
                and _several_people(known.name)
            ) and not (
                known.kind == "person" and _given_name_clash(known.name, lowered)
            ) and not (  # round 24: nor "he" "his wife", a person by her role
                known.kind == "person" and lowered in _PERSON_PRONOUNS
                and _gender_clash(known.name, lowered)
            ) and not (
                known.kind == "person" and lowered in _TITLES_OF
                and not self.words_of(known).isdisjoint(_TITLES_OF[lowered])
            ):  # ("she" is not "Robert McDonough"; round 22: nor "Mr. Hale", whose title
                # the name no longer carries)
                # ("they" is no one person: "Within marriages, they said" after a named woman)
                antecedent = known
                break
        if lowered in _PERSON_PRONOUNS:
            since = antecedent.position if antecedent is not None else 0
            named = self._person_named_before(start, since, lowered)
            if named is not None and (antecedent is None or named.position > antecedent.position):
                antecedent = named
        if lowered in ("he", "she") and antecedent is not None and (
            antecedent.kind == "anonymous"
        ) and not _gender_clash(antecedent.name, "he") and not (
            _gender_clash(antecedent.name, "she")
        ) and not any(  # ("A spokeswoman", "a chairman for the board": a sex given)
            word.endswith(("man", "men")) for word in antecedent.name.lower().split()
        ) and not _ACQUAINTANCES.isdisjoint(antecedent.name.lower().split()):
            # round 27 (DEFECT27): "A former colleague said Maria Ortiz had warned managers.
            # She said": the woman the report is about, named with a woman's given name, not
            # the colleague the story never gives a sex
            spoken = self._spoken_of_person(start, antecedent.position, lowered)
            if spoken is not None:
                antecedent = spoken
        if lowered in _PERSON_PRONOUNS:  # a surname alone since then: "Malkova could not be
            since = antecedent.position + 1 if antecedent is not None else 0  # reached. ... she"
            surname = self._surname_before(start, lowered, since)
            if surname is not None:
                antecedent = surname
        if lowered in _PERSON_PRONOUNS and antecedent is not None and (
            narrated := self._narrated_person(start, antecedent, lowered)
        ) is not None:
            antecedent = narrated  # round 25 (DEFECT25): "The former deputy mayor has always
            # denied any wrongdoing. '...,' he said": the person the narration since the last
            # quotation is about, not its speaker
        if lowered == "they" or lowered in _PERSON_PRONOUNS:  # "Hydrologists at the
            # university published a study. They found"; "The senator who leads the committee
            # has been blunt. She said"
            since = antecedent.position + 1 if antecedent is not None else 0
            group = self._group_subject_before(start, since, lowered)
            if group is not None:
                return Speaker(start, end, mention, group.name, group.kind)
        if lowered == "it":  # round 17 (LEFT17): "Harlow Energy issued a statement on
            # Monday. It rejected what it called a smear campaign": the body that is the
            # subject of this sentence or the one before, though it said nothing before
            since = antecedent.position + 1 if antecedent is not None else 0
            body = self._body_subject_before(start, since)
            if body is not None and not _several_bodies(body.name):  # (round 24: "The
                # Russians have been pressing ... as it claims": a nation's people, no "it")
                return Speaker(start, end, mention, body.name, body.kind)
        if antecedent is None and lowered in ("he", "she") and start > _PERSON_REACH:
            antecedent = self._only_person_named(start, lowered)  # round 28 (DEFECT28)
        if antecedent is None:
            return Speaker(start, end, mention, mention, "unknown")
        kind = antecedent.kind  # "they" after "Critics say" is as vague as its antecedent
        return Speaker(start, end, mention, antecedent.name, kind)

    def _narrated_person(self, position: int, antecedent: _Known, pronoun: str) -> _Known | None:
        """Round 25: the person a sentence of narration after ``antecedent`` (the sentence
        before the pronoun's or its own) is about, when it opens with a definite role ("The
        former deputy mayor has ...") that the story gave as an apposition of a named person
        ("Carl Brenner, the former deputy mayor,") other than ``antecedent``; else None."""
        for opening in self._recent_openings(position, antecedent.position + 1):
            subject = _NARRATED_ROLE.match(self.text, opening, position)
            if subject is None or self._inside_quotation(opening):
                continue
            noun = subject.group("noun")
            if role_heads().get(noun) != "person" or _gender_clash(subject.group(), pronoun):
                continue
            narrated = {w.lower() for w in subject.group().split()}
            named = self._holder_described_before(noun, opening, narrated)
            if named is not None and named != antecedent.name and not (
                _given_name_clash(named, pronoun)
            ):
                return _Known(opening, named, "person", set())
        return None

    def _holder_described_before(
        self, noun: str, position: int, narrated: set[str] = frozenset()
    ) -> str | None:
        """Round 25: the canonical name of the person whose apposition, within 1,500
        characters before ``position``, ends in ``noun`` ("Carl Brenner, the former deputy
        mayor,"); None when the latest such apposition names no one, or gives the role a
        lesser modifier ("former", "deputy") the narration's words (``narrated``) lack: "The
        mayor" is no "former deputy mayor" (review 25). Searched with ``str.rfind`` for the
        noun, then a bounded window is read."""
        text = self.text
        lo = position - 1500 if position > 1500 else 0
        found = text.rfind(noun, lo, position)
        tries = 0
        while found >= 0 and tries < 6:
            tries += 1
            named = _NAME_THEN_ROLE.search(text, found - 80 if found > 80 else 0, found)
            if named is not None and text[found + len(noun) : found + len(noun) + 1] in ",.;" and (
                not self._inside_quotation(found)
            ) and _LESSER_ROLES.intersection(
                text[named.end("name") : found].lower().replace(",", " ").split()
            ) <= narrated:
                words = _within_a_sentence(named.group("name").split(), keep_last=True)
                if len(words) > 1 and not _FUNCTION_WORDS.intersection(
                    w.lower() for w in words
                ):
                    name = self.names.canonical(tuple(words))
                    return name if classify_mention(name) == "person" else None
            found = text.rfind(noun, lo, found)
        return None

    def _recent_openings(self, position: int, since: int) -> list[int]:
        """Where the sentence holding ``position`` and the one before it open (within 400
        characters, after ``since``), latest first: where a pronoun's subject may stand.
        Remembered per ``(position, since)``: one he or she asks it up to three times (the
        narrated person, the group subject, the body subject; round 27, PERF27), so callers
        only read the list."""
        key = (position, since)
        known = self._openings.get(key)
        if known is None:
            known = self._openings[key] = self._openings_before(position, since)
        return known

    def _openings_before(self, position: int, since: int) -> list[int]:
        """``_recent_openings``, read from the text."""
        lo = position - 400 if position - 400 > since else since
        window = self.text[lo:position]
        opens: list[int] = []
        # (latest first: the full stops of earlier sentences need no abbreviation test)
        for match in reversed(list(_SENTENCE_OPENS.finditer(window))):
            if window[match.start()] != "." or not _after_abbreviation(window, match.start()):
                opens.append(lo + match.end())
                if len(opens) == 2:
                    return opens
        if lo == 0 or self.text[lo - 1] == "\n":
            opens.append(lo)
        return opens

    def _resolve_unremembered(self, span: tuple[int, int]) -> Speaker:
        """``span`` resolved as a mention of its own, then forgotten: a subject found out of
        text order (a later "they" or "it" looks at its own sentences)."""
        remembered = len(self.history)
        speaker = self.resolve(span)
        del self.history[remembered:]
        return speaker

    def _group_subject_before(
        self, position: int, since: int, pronoun: str = "they"
    ) -> Speaker | None:
        """The group of people ("they") or the one person in a role (he/she) that is the
        subject of the sentence holding ``position`` or of the one before it (after
        ``since``): "Hydrologists at Queen's University published a study ...  They found";
        "The senator who leads the banking committee has been blunt.  She said".  Resolved as
        a mention of its own (not remembered: out of text order)."""
        openings = self._recent_openings(position, since)
        if pronoun == "they" and openings and self.text[position - 2 : position] == ", " and (
            CLOSING_SAID.match(self.text, position + 4)
        ):  # review 29: "Elderly patients were moved first, they said.": the clause it closes
            openings = openings[1:]  # is what they said; its subject is not who they are
        for opening in openings:
            if pronoun == "they":
                span = _group_subject(self.text, opening, position)
            else:
                span = _role_subject(self.text, opening, position, pronoun)
            if span is not None and not self._inside_quotation(opening):
                return self._resolve_unremembered(span)
        return None

    def _body_subject_before(self, position: int, since: int) -> Speaker | None:
        """The body ("Harlow Energy", "The ministry") opening the sentence holding
        ``position`` or the one before it (after ``since``) as its subject (a lower-case verb
        follows), whom an "it" may be; resolved as a mention of its own (not remembered)."""
        for opening in self._recent_openings(position, since):
            if self._inside_quotation(opening):
                continue
            head_end = _the_body_head(self.text, opening, position)
            if head_end is not None:  # "The ministry issued", "The memo, seen by the BBC,"
                body = self._resolve_unremembered((opening, head_end))
                if body.kind in _IT_KINDS:
                    return body
            subject = _BODY_SUBJECT.match(self.text, opening, position)
            if subject is None:
                continue
            noun = subject.group("noun")
            if noun is not None and role_heads().get(noun) not in _IT_KINDS:
                continue  # ("The chairman said": no "it")
            if subject.group("span").lower() in _COMPATIBLE:
                continue  # ("It rejected": the pronoun itself)
            body = self._resolve_unremembered((opening, subject.end("span")))
            if body.kind in _IT_KINDS and not (
                body.kind == "document" and subject.group("span").endswith("s")
            ):  # ("Documents from the committee began circulating after it announced": the
                return body  # plural is no "it")
        return None

    def _named_body_subject_before(self, position: int) -> _Known | None:
        """The named body ("NASA", "The U.S. Department of Agriculture") opening the sentence
        before the one holding ``position`` as its subject (a comma or a lower-case verb
        follows; not a possessive, not a passive's: "The Dow was held back by a drop in Exxon
        Mobil"), resolved as a mention of its own; None when there is none or it is no
        organization or outlet. Not the subject of the mention's own sentence: "Cuba also
        released him, but the administration insisted" is someone else."""
        if self._looking_back:
            return None  # (a subject "The Agency" does not look further back)
        for opening in self._recent_openings(position, 0)[1:]:
            if self._inside_quotation(opening):
                return None
            subject = _NAMED_SUBJECT.match(self.text, opening, position)
            if subject is None or _PASSIVE_AFTER.match(self.text, subject.end(), position):
                return None
            self._looking_back = True
            try:
                body = self._resolve_unremembered((opening, subject.end()))
            finally:
                self._looking_back = False
            if body.kind in ("organization", "outlet") and _names_a_body_by_name(body.name):
                return _Known(opening, body.name, body.kind, set())
            return None
        return None

    def _surname_before(self, position: int, pronoun: str, since: int = 0) -> _Known | None:
        """The last surname alone ("Haley is the daughter of immigrants. '...,' she said")
        within 800 characters before ``position``, at a subject position, whose full name
        the story gives somewhere and names a person of the pronoun's gender. Runs only for a
        he/she nothing else resolves, and tries at most ``_SURNAME_TRIES`` words."""
        lo = position - 800 if position - 800 > since else since
        words = list(_LONE_CAPITAL.finditer(self.text, lo, position))
        starts = self._quoted_starts
        not_names = _not_names()
        for match in reversed(words[-_SURNAME_TRIES:]):
            word = match.group()
            at = match.start()  # (``self._inside_quotation(at)`` written out: per word)
            inside = bisect_right(starts, at) - 1
            lowered = word.lower()
            if lowered in not_names or (inside >= 0 and at < self.quoted[inside][1]):
                continue
            if word.endswith(("'s", "\u2019s")) or lowered in _FUNCTION_WORDS:
                continue  # "Trump's approach": a possessive, not the subject; "But"
            if at < 400 and _in_byline(self.text, at):
                continue  # round 22: the reporter's name atop the story
            after = match.end()
            if self.text[after : after + 1] == " " and self.text[after + 1 : after + 2].isupper():
                continue  # inside a longer name ("Alabama Democratic Party chairwoman")
            if _names_an_office(word, self.text, after):
                continue  # an office: "County Supervisor of Elections Susan Gill"
            if at in self.clause_starts and self._reported_by_no_person(at):
                pass  # round 22: "Local historians say Pruett is probably the last keeper. On
                # his last night, he says": the clause's subject, reported by a group, is the
                # story's he (not "Okafor testified that Brightwater had passed": a person's)
            elif self.reported and self._spoken_of(at, position):
                continue  # round 19: a name the last speaker spoke of, not the narration's
                # (the cheap tests on the word first)
            elif not _subject_position(self.text, at):
                continue
            names, descriptors = self.names.names_ending(word)
            fulls = [name for name in names if " " in name]
            if len(fulls) > 1 and _opens_sentence(self.text, at):
                # round 14: "Margaret Ellery" and her husband "David Ellery"; "Ellery was
                # unrepentant. '...,' she told": the one the pronoun agrees with (a surname
                # opening its sentence, not "the Clinton campaign" or "Hillary Rodham Clinton")
                fulls = [name for name in fulls if not _given_name_clash(name, pronoun)]
            if len(fulls) != 1:
                continue  # none, or two people ("Bill Clinton", "Hillary Clinton"): unsure
            full = fulls[0]
            if classify_mention(full) != "person" or _given_name_clash(full, pronoun):
                continue
            if any(part.endswith(".") and len(part) > 2 for part in full.split()[1:-1]):
                continue  # "Round Two. But": two sentences, not a name ("George W. Bush" is)
            if not descriptors.isdisjoint(_TITLES_OF.get(pronoun, ())):
                continue  # "she" after "Mr. Nega", "he" after "Mrs. Clinton"
            return _Known(match.start(), self.names.canonical(tuple(full.split())), "person", set())
        return None

    def _reported_by_no_person(self, position: int) -> bool:
        """Whether the latest speaker before ``position`` (whose report a clause starting
        there is) is a group, a body or a document, no he or she."""
        for known in reversed(self.history[-12:]):
            if known.position < position:
                return known.kind in ("vague", "organization", "outlet", "document")
        return False

    def _named_with_noun_before(self, noun: str, position: int) -> str | None:
        """Round 24 (DEFECT24): the canonical name of the person last described with ``noun``
        within 1,500 characters before ``position``: an apposition ("Tom Harker, a
        businessman", "a businessman, Tom Harker,") or the noun before the name ("businessman
        Dev Rana"); None when the latest use of the noun that is no "the <noun>" names no one
        ("a local businessman").
        The text is searched for the noun itself, then a 60-character window is read."""
        text, capital = self.text, noun.capitalize()  # ("Businessman Dev Rana" opens one)
        lo = position - 1500 if position > 1500 else 0
        found = max(text.rfind(noun, lo, position), text.rfind(capital, lo, position))
        while found >= 0:
            after = found + len(noun)
            if (found == 0 or not text[found - 1].isalnum()) and not (
                text[after : after + 1].isalnum()
            ):
                named = _NAME_AFTER_NOUN.match(text, after) or _NAME_BEFORE_NOUN.search(
                    text, found - 60 if found > 60 else 0, found
                )
                if named is not None and not self._inside_quotation(found):
                    words = _within_a_sentence(
                        named.group("name").split(), keep_last=named.re is _NAME_BEFORE_NOUN
                    )
                    if words and not _FUNCTION_WORDS.intersection(w.lower() for w in words) and (
                        len(words) > 1 or named.re is _NAME_AFTER_NOUN
                    ):  # (review: one capitalised word before ", a businessman" may be an
                        # adverb opening the sentence, "Meanwhile, a businessman ...")
                        return " ".join(words)  # (not ``names.canonical``: it may join the
                        # sentence's capitalised first word, "Businessman Dev Rana")
                if found < 4 or not text.startswith(("the ", "The "), found - 4):
                    return None  # the latest introduction names no one ("a local
                    # businessman"): not a person named with the noun before it
            found = max(text.rfind(noun, lo, found), text.rfind(capital, lo, found))
        return None

    def _person_named_before(
        self, position: int, since: int = 0, pronoun: str = ""
    ) -> _Known | None:
        """The last full name (two or more capitalised words) of a person within 800 characters
        before ``position`` (and after ``since``)."""
        lo = max(since, position - _PERSON_REACH)
        near = position - 250
        if near > lo:
            # The names in the last 250 characters first: the scan from ``near`` finds what the
            # scan from ``lo`` finds, except that its first match may be the tail of a name
            # that starts before ``near`` (after that one ends, both scans try the same places).
            matches = list(_FULL_NAME.finditer(self.text, near, position))
            found = self._latest_person(matches[1:], pronoun, position)
            if found is not None:
                return found
            if matches:
                # None of those names a person, and past where the first one ends the scan from
                # ``lo`` finds just those: stop it there, not at ``position`` again.
                stop = matches[0].end()
                head = []
                for match in _FULL_NAME.finditer(self.text, lo, position):
                    if match.start() >= stop:
                        break
                    head.append(match)
                return self._latest_person(head, pronoun, position)
        return self._latest_person(
            list(_FULL_NAME.finditer(self.text, lo, position)), pronoun, position
        )

    def _only_person_named(self, position: int, pronoun: str) -> _Known | None:
        """Round 28 (DEFECT28): for a he or she that nothing within reach resolves (a long
        profile's "She said in a 2009 interview ..." paragraphs after "Margaret Ellison, a
        nurse who ..., died on Sunday"), the one person the story has named before it with a
        given name of the pronoun's sex (not merely compatible), when it has named no other
        person who may be that pronoun; None otherwise. The story is read once per pronoun,
        on from where the last such look stopped (pronouns come in order)."""
        state = self._only_people.get(pronoun)
        if state is None:
            state = self._only_people[pronoun] = [0, None, False]
        scanned, found, ambiguous = state
        own = "female_given" if pronoun == "she" else "male_given"
        for match in _FULL_NAME.finditer(self.text, scanned, position):
            if ambiguous:
                break
            known = self._latest_person([match], pronoun, position)
            if known is None:
                first = match.group().split(" ", 1)[0].rstrip(".").lower()
                if first in _given_names(own) or _HONORIFICS.get(first) == pronoun:
                    words = match.group().split()
                    if found is None or words[-1] not in found.name.split():
                        ambiguous = True  # someone else of that sex, named where no
                        # subject stands
                continue
            if found is not None and found.name != known.name:
                ambiguous = True
            elif found is None:
                if known.name.split(" ", 1)[0].lower() not in _given_names(own):
                    ambiguous = True  # a name of no known sex: "Chris Doe" may not be her
                found = known
        state[:] = [max(scanned, position), found, ambiguous]
        return None if ambiguous or found is None else _Known(
            found.position, found.name, "person", set()
        )

    def _spoken_of_person(self, position: int, since: int, pronoun: str) -> _Known | None:
        """Round 27: the one person named in full, with a given name of ``pronoun``'s sex (not
        merely compatible), between ``since`` and ``position``, in what a source reported;
        None when there are two or none."""
        other = "she" if pronoun == "he" else "he"
        found = None
        for match in _FULL_NAME.finditer(self.text, since, position):
            if not (self.reported and self._spoken_of(match.start(), position)):
                continue
            name = self._person_name(match)
            if name is None or not _given_name_clash(name, other):
                continue
            if found is not None and found.name != name:
                return None
            found = _Known(match.start(), name, "person", set())
        return found

    def _latest_person(
        self, matches: list[re.Match[str]], pronoun: str = "", position: int = 0
    ) -> _Known | None:
        """The last of ``matches`` that names a person where a subject stands (and, named with
        "Mr" or "Mrs" or a given name of known gender, agrees with the pronoun)."""
        for match in reversed(matches):
            span = match.span()
            if self.reported and self._spoken_of(span[0], position):
                continue
            person = self._person_names.get(span, _UNREAD)
            if person is _UNREAD:
                name = self._person_name(match)
                person = self._person_names[span] = None if name is None else (
                    name, _HONORIFICS.get(self._honorific(match))
                )
            if person is not None and (person[1] or pronoun) in (pronoun, "he or she") and (
                not _given_name_clash(person[0], pronoun)
            ):
                return _Known(span[0], person[0], "person", set())
        return None

    @staticmethod
    def _honorific(match: re.Match[str]) -> str:
        """"mrs" for "Mrs O'Brien", else ""."""
        first = match.group().split(" ", 1)[0].rstrip(".").lower()
        return first if first in _HONORIFICS else ""

    def _person_name(self, match: re.Match[str]) -> str | None:
        """The canonical name of a person the full-name ``match`` names where a subject stands,
        or None.  A pure function of the span: remembered, since each pronoun looks back over
        the same names."""
        if self._inside_quotation(match.start()) or not (
            _subject_position(self.text, match.start()) or match.start() in self.clause_starts
        ):
            return None
        if _in_byline(self.text, match.start()):
            return None  # round 22: "By Dana Whitcombe" atop the story is its reporter, never
            # the "she" of a later sentence
        words, stripped = _name_parts(_to_sentence_end(match.group()))
        if words and _names_an_office(words[-1], self.text, match.end()):
            return None  # "Citrus County Supervisor of Elections Susan Gill": an office
        after = _LOWER_WORD.match(self.text, match.end() + 1)
        if after is not None and self.text[match.end()] == " " and (
            after.group() in _offices_after_body()
        ):
            return None  # round 16: "World Athletics president Lord Havers": the body whose
            # office the name after it holds
        words = _holder_after_office(words, self.text, match.start())  # "Chancellor of the
        # Exchequer Rachel Reeves"
        honorific = len(words) == 1 and stripped and stripped[-1].rstrip(".") in _HONORIFICS
        named = len(words) >= 2 or honorific
        not_names = _not_names()
        if named and not any(w.lower() in not_names for w in words) and not (
            _ends_in_body_word(words)
        ):
            name = self.names.canonical(words)
            if classify_mention(name) == "person":
                return name
        return None

    def _spoken_of(self, position: int, pronoun_at: int) -> bool:
        """Whether ``position`` lies in a reported clause that ends in an earlier sentence than
        the pronoun at ``pronoun_at`` (round 19): "Okafor testified that the contractor,
        Norvell Brightwater, had passed. '...,' he said" is Okafor, not the man he spoke of;
        but in "Though Ms. Olivieri has lived there for years, rents have risen, she said" the
        clause is the pronoun's own, and its subject may be the speaker."""
        index = bisect_right(self._reported_starts, position) - 1
        if index < 0 or position >= self.reported[index][1]:
            return False
        end = self.reported[index][1]
        # (from the clause's last marks: a clause that ends a sentence inside a quotation,
        # 'that "a lot of people like Bernie Sanders." He cautioned', round 21)
        if pronoun_at - end >= 400:
            return True
        return _SENTENCE_MARK.search(self.text, end - 3, pronoun_at) is not None

    def _inside_quotation(self, position: int) -> bool:
        index = bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and position < self.quoted[index][1]

    def _unnamed_antecedent(self, head: str) -> _Known | None:
        """The latest unnamed speaker whose phrase has the same plural head ("the people" after
        "two people familiar with the matter", "the officials" after "three senior officials");
        one of them ("one of the people ...") only when no group was mentioned."""
        part = None
        for known in reversed(self.history[-12:]):
            words = known.name.lower().split()
            if known.kind in ("anonymous", "vague") and head in words:
                if not one_of_a_group(words):
                    return known
                part = known  # (the earliest)
        return part

    def _kind_named_before(self, kind: str, position: int) -> _Known | None:
        """Round 28: the company the story named right after this kind ("budget airline SkyHop
        ... the airline blamed") in the 1,500 characters before: the latest such name that has
        spoken, else the latest one when no company spoke after it (review 28: "Rival carmaker
        Tesla ... Ford Motor Co said ... The carmaker said" is Ford, not Tesla)."""
        named: dict[str, int] = {}
        lo = max(0, position - 1500)
        for match in _kind_then_name_pattern().finditer(self.text, lo, position):
            if match.group(1).lower() == kind:
                named[match.group(2)] = match.start(2)
        if not named:
            return None
        for known in reversed(self.history[-12:]):
            if known.kind != "organization":
                continue
            if known.name in named:
                return known
            if known.position > max(named.values()):
                return None  # another company spoke since the kind was named
        name = max(named, key=named.__getitem__)
        return _Known(named[name], name, "organization", {name.lower()})

    def _company_named_before(self, position: int) -> _Known | None:
        """Round 28: the company a story names shortly before "the company", though no speaker
        ("Orbis Technologies will cut 9,000 jobs, the company announced"): the latest name
        ending in a company's word ([company.name_word]) in the 600 characters before."""
        found = None
        for match in _company_name_pattern().finditer(self.text, max(0, position - 600), position):
            found = match
        if found is None:
            return None
        words = found.group().split()
        while len(words) > 2 and words[0].lower() in _NOT_COMPANY_NAME_OPENERS:
            words = words[1:]  # review 28: "Monday Tellus Water", "In Haldane Finance"
        name = " ".join(words)
        if name.startswith("The "):
            name = name[4:]
        return _Known(found.start(), name, "organization", {name.lower()})

    def _body_named_before(self, head: str, position: int) -> _Known | None:
        """The body named before ``position`` (within 2,000 characters) whose name ends in
        ``head`` capitalised, when no speaker is one: "The network warned" after "figures
        published by the County Councils Network" is that body, not a broadcaster (round 15)."""
        text, capital = self.text, " " + head.capitalize()
        lo = position - 2000 if position > 2000 else 0
        if _other_body(head).search(text, lo, position):
            return None  # round 15 review: "a lower court", "The state appeals court": two
            # bodies of that kind in the story, so "the court" is not the named one for sure
        chosen: _Known | None = None
        found = text.rfind(capital, lo, position)
        while found >= 0:
            after = found + len(capital)
            if not text[after : after + 1].isalnum():
                before = _capitalised_before(text, found + 1)
                words, _ = _name_parts(" ".join([*before, capital[1:]])) if before else ((), ())
                if len(words) > 1:
                    name = " ".join(words)
                    kind = classify_mention(name)
                    if kind in ("organization", "outlet"):
                        if chosen is not None and chosen.name != name:
                            return None  # "District Court" and "Supreme Court": which one?
                        chosen = _Known(found + 1, name, kind, set())
            found = text.rfind(capital, lo, found)
        return chosen

    def _role_antecedent(
        self, words: list[str], head: str, run: tuple[str, ...]
    ) -> _Known | None:
        """The latest speaker a definite role mention ("the Ukrainian leader") can refer to."""
        wanted = role_heads()[head]
        if wanted == "outlet" and not _NOT_NEWS_OWNERS.isdisjoint(w.lower() for w in words[1:-1]):
            return None  # round 28: "The company website shows ..." after "a USA TODAY
            # analysis": a company's or campaign's own site, no news outlet
        role = head
        governing = head if head in _GOVERNMENT_HEADS else None
        kinds = (wanted, "organization") if wanted == "outlet" and (
            head in _organisation_roles()
        ) else (wanted,)  # round 22: "the agency" may be a news agency or a government's
        named_only = head in _NAMED_BODY_HEADS
        business = head in _BUSINESS_HEADS  # "the union" is no company ("Westline Buses")
        company = head in _COMPANY_HEADS
        principal = {  # "the Lee spokesman": the capitalised words before the head
            w.lower() for w in words[1:-1] if w[:1].isupper()
        } if head in for_a_principal() else set()
        modifiers = {w.lower() for w in words[1:]}
        own = {  # round 21: "the transport ministry" is no "Interior Ministry": a body of a
            w for w in modifiers - DETERMINERS - {head}  # portfolio named by another one
            if not w.endswith(("'s", "\u2019s"))
        } if head in _PORTFOLIO_HEADS else set()
        named = {w.lower() for w in run}
        whole_name = False  # round 25: a body's name of several words must all be its own
        if wanted != "person" and (named - DETERMINERS - {head}):
            # "The State Department": "state" must match, not "the" or "department" (the
            # Justice Department is no antecedent), and the body must be one ("The Clinton
            # campaign" is no antecedent of Hillary Clinton)
            named = named - DETERMINERS - {head}
            whole_name = len(named) > 1  # ("The Colorado Avalanche Information Center" is no
            # "Utah Avalanche Center")
        elif head not in _BODY_NAME_HEADS and wanted != "document":
            if "organization" in kinds and not business:
                for known in reversed(self.history[-12:]):
                    words_known = known.name.lower().split()
                    if known.kind in kinds and head in words_known and (
                        words_known[0] not in _INDEFINITES
                    ) and own.issubset(words_known) and _name_head(known.name) == head:
                        return known  # round 20: "According to the union" after "the nurses'
                        # union said" and a company since: the body its noun names first (not
                        # for "the company", "the group": too many bodies are called that)
            head = ""  # "the agency" may be the FBI; "the court" is a court, not a committee,
            # and "the memo" no report
        for known in reversed(self.history[-12:]):
            if known.kind not in kinds and not (wanted == "person" and known.kind == "anonymous"):
                continue
            if named_only and not _names_a_body_by_name(known.name):
                continue  # round 22: "the agency", "the regulator" is a body the story names
                # (NASA, the Food and Drug Administration), not "The team" that spoke since
            if named and not (
                named <= self.words_of(known) if whole_name else named & self.words_of(known)
            ) or head not in known.name.lower():
                continue
            if own and not own.issubset(known.name.lower().split()):
                continue
            if wanted == "person" and _head_after_preposition(known.name.lower(), role):
                continue  # round 27: "the leader" is not "Allies of the leader" quoted before
            if principal and principal & {w.lower() for w in known.name.split()}:
                continue  # "the Lee spokesman" after Mike Lee: his spokesman, someone else
            if "organization" in kinds and not business and (
                known.name.rsplit(" ", 1)[-1].lower() in company_name_words()
            ) and not (head and _name_head(known.name) == head):
                continue  # (round 28, DEFECT28: but "The ministry" is the "Ministry of Health"
                # named before: its own head, though "health" also ends firms' names)
            if wanted == "organization" and human_nouns().plural(
                known.name.split(" ", 1)[0].lower()
            ):
                continue  # round 16: "Analysts at Berenberg" are people at a firm, not "the
                # company" the story is about
            if governing and governing not in known.name.lower():
                continue  # round 24: "The government said" is no "airport operator Isavia" nor
                # "Icelandic Meteorological Office" that spoke since; "the Scottish Government"
                # and "the Biden administration" are
            if company and _names_a_public_body(known.name):
                continue  # round 16: "The company said" is no "Information Commissioner's Office"
                # (round 17: nor "the Derby Chamber of Commerce")
            if company and (
                known.name.rsplit(" ", 1)[-1].lower() in lexicon_for(None).collectives
            ):
                continue  # round 19: nor a body named after its members ("the Communications
                # Workers of America", "the United Nations")
            if wanted != "person" or modifiers & self.words_of(known):
                return known
        return None


_RESEARCH_PAPER = re.compile(
    r"[ \t]++(?:published[ \t]++(?:in|on|by|online|last|this|earlier)|in[ \t]++(?:the[ \t]++)?"
    r"(?:journal|proceedings)|(?:co-)?(?:written|authored)[ \t]++by|by[ \t]++(?:researchers|"
    r"scientists|economists|academics|a[ \t]++team))\b"
)
"""Round 27: what follows a research paper ("a paper published in the journal Science", "a
paper by researchers at ...")."""


def _person_before_participle(words: list[str]) -> int | None:
    """Round 27: how many words name the person when a participle and a preposition follow an
    indefinite person noun with a capitalised modifier ("A Ukrainian soldier| fighting near
    Kupiansk", which had been a person named "Ukrainian"), else None."""
    if words[0].lower() not in _UNNAMED_OPENERS:
        return None
    for index in range(2, len(words) - 1):
        if not any(word[:1].isupper() for word in words[1:index]):
            continue  # ("A nurse working in Leeds" is read whole: no name to mistake)
        word = words[index]
        if word.endswith("ing") and word.islower() and words[index + 1] in _PREPOSITIONS and (
            role_heads().get(words[index - 1].lower()) == "person"
            or human_nouns().singular(words[index - 1].lower())
        ):
            return index
    return None


_ACQUAINTANCES = frozenset([
    "colleague", "friend", "neighbour", "neighbor", "relative", "classmate", "acquaintance",
    "co-worker", "coworker", "roommate", "schoolmate", "teammate", "ex-colleague",
])
"""Review 27: unnamed sources who tell of someone they know ("A former colleague said Maria
Ortiz had warned ... She said"), after whom "she" may be the woman told of; a spokesperson,
source or official ("A family spokesperson said John Evans had died. He said ...") goes on
speaking."""


def _head_after_preposition(name: str, head: str) -> bool:
    """Whether a role's head stands in a known mention only after a preposition ("allies of
    the leader", "aides to the mayor"): that mention is someone else, whom the role names."""
    words = name.split()
    if head not in words:
        return False
    return not _PREPOSITIONS.isdisjoint(words[: words.index(head)])


@lru_cache(maxsize=1)
def title_roles() -> dict[str, frozenset[str]]:
    """The role nouns each title before a name implies (``speaker_words.txt [title_role]``:
    "sen." -> senator, "justice" -> judge)."""
    roles: dict[str, frozenset[str]] = {}
    for line in section_lines("speaker_words.txt", "").get("title_role", []):
        title, *nouns = line.split()
        roles[title] = frozenset(nouns)
    return roles


@lru_cache(maxsize=64)
def _other_body(head: str) -> re.Pattern[str]:
    """Per role head ("court"): the head after a word that names another body of its kind ("a
    lower court", "the state appeals court", "a federal court"); not "the police department" or
    "a 25-year-old court file", which most often are the named body or no body. Lower case:
    "the District Court" is a name, the one ``_body_named_before`` looks for."""
    return re.compile(
        r"\b(?:" + "|".join(_OTHER_BODY_WORDS) + r"|A|An|Another) " + re.escape(head) + r"\b"
    )


_OTHER_BODY_WORDS = (
    "a", "an", "another", "other", "lower", "higher", "appeals", "appellate", "federal", "state",
    "district", "trial", "county", "separate", "different", "second",
)


_COMPANY_HEADS = frozenset(["company", "firm"])
_NOT_NEWS_OWNERS = frozenset([
    "company", "company's", "campaign", "campaign's", "government", "official", "personal",
    "party", "council", "corporate",
])
"""Round 28: owners of a website or a channel that make it no news outlet ("the company
website", "the campaign's website")."""
_DESCRIPTION_OPENERS = frozenset(["her", "his", "their", "its", "the", "a", "an"])
_TITLE_THEN_NAME = re.compile(
    r"((?:[a-z][a-z-]*+[ \t]++){1,3}?)([A-Z][\w'\u2019-]*+(?:[ \t]++[A-Z][\w'\u2019-]*+){1,2})"
)
"""Round 28: an aside of lower-case title words and a full name ("councillor Ben Holt")."""
_DEMONYMS = section_words("speaker_words.txt", "demonym")
"""Round 28: nationals a story calls a person it named by ("The Swede said")."""
_NOT_COMPANY_NAME_OPENERS = frozenset([
    "in", "on", "at", "for", "from", "by", "to", "of", "and", "but", "as", "after", "before",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "shares", "investors", "customers", "staff",
])
"""Review 28: capitalised words before a company's name that are no part of it ("On Monday
Tellus Water", "Investors In Haldane Finance")."""
_BUSINESS_KINDS = frozenset([
    "carmaker", "automaker", "drugmaker", "chipmaker", "lender", "insurer", "retailer",
    "supplier", "manufacturer", "airline", "utility", "conglomerate", "startup", "start-up",
    "distributor", "subsidiary",
])
"""Round 28: the kinds of company ``[body_kind]`` names that "the <kind>" may refer back to a
company named just before by ("the chipmaker" after "Veltrix Semiconductor"; not "the
regulator", "the charity", "the website"; review 28: not the kinds a person may be, "producer",
"operator", "carrier", "maker")."""
_DAY_WORDS = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "overnight",
])
_GOVERNMENT_HEADS = section_words("speaker_words.txt", "government_head")
_NAMED_BODY_HEADS = section_words("speaker_words.txt", "named_body_head")
"""Round 22: role nouns that refer back to a body the story names ("the agency" after NASA or
the Food and Drug Administration), not to one it describes ("The team")."""


@lru_cache(maxsize=1)
def _organisation_roles() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["role.organization"])


def _name_head(name: str) -> str:
    """The lower-cased head word of a body's name: the word before its first "of" ("Ministry of
    Health", "Bank of England"), else its last word ("Health Ministry")."""
    before, of, _ = name.partition(" of ")
    return (before if of else name).rsplit(" ", 1)[-1].lower()


def _names_a_body_by_name(name: str) -> bool:
    """Whether a body's name is a name ("NASA", "the Food and Drug Administration"), not a
    description ("The team", "the hospital trust"): capitalised after its determiner."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


_INDEFINITES = frozenset(["a", "an", "one", "another", "some", "any", "each"])


@lru_cache(maxsize=1)
def _public_bodies() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["public_body_word"])


def _names_a_public_body(name: str) -> bool:
    """Whether a body's name ends in a ``[public_body_word]`` or has one right before "of"
    ("the Information Commissioner's Office", "the Derby Chamber of Commerce")."""
    words = name.lower().split()
    bodies = _public_bodies()
    return words[-1] in bodies or words[-1] in KNOWN_PUBLIC_BODIES or (
        " ".join(words[-2:]) in KNOWN_PUBLIC_BODIES  # (review: "Downing Street")
    ) or any(
        words[i + 1] == "of" and words[i] in bodies for i in range(len(words) - 1)
    )  # (round 24: "Ofwat", a public body the story names as a word)


_PORTFOLIO_HEADS = section_words("speaker_words.txt", "portfolio_head")
"""Bodies a word before the head tells apart ("the transport ministry", "the drafting
committee"): such a word the earlier body's name lacks makes another body."""
_BUSINESS_HEADS = section_words("speaker_words.txt", "business_head")
"""Role nouns that may refer back to a company; "the union", "the council" may not."""


def _persons_body(words: list[str], run: tuple[str, ...], head: str) -> bool:
    """Whether a mention is a body named after the name before it ("The Clinton campaign",
    "the Trump administration")."""
    return len(words) > 1 and words[-2] == run[-1] and words[-1][:1].islower() and (
        role_heads().get(head) == "organization"
    )


def _body_of_a_named(words: list[str], run: tuple[str, ...], head: str) -> bool:
    """Whether a mention is a body of a named one, its head with lower-case words of its own
    after the name ("the United Nations refugee agency", "The Kenyan health ministry", "the
    Pentagon press office"): one or two words, none a determiner, between name and head."""
    if len(words) < 3 or not run or not words[-1][:1].islower() or not words[-2][:1].islower():
        return False
    if role_heads().get(head) not in ("organization", "outlet") or run[-1] not in words:
        return False  # (an agency is an outlet's word too: the name's kind decides)
    between = words[::-1].index(run[-1]) - 1  # the words between the name's last and the head
    return 1 <= between <= 2 and all(
        word[:1].islower() and word.lower() not in DETERMINERS for word in words[-1 - between : -1]
    )


def _after_comma(text: str, position: int) -> bool:
    """Whether the last character before ``position`` that is not white space is a comma
    (read backwards from ``position``: a slice of the text before it would copy the document,
    once per speaker)."""
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index >= 0 and text[index] == ","


def _opens_sentence(text: str, position: int) -> bool:
    """Whether ``position`` opens a sentence or a paragraph (only a space, a quotation mark or
    a bracket since the last full stop or line break)."""
    index = position - 1
    while index >= 0 and text[index] in " \t\"'\u201c\u2018(":
        index -= 1
    return index < 0 or text[index] in ".!?\n"


def _named_person(names: dict[str, int], descriptors: set[str]) -> bool:
    """Whether a word the story capitalises is a surname: it ends a longer name, or a title
    stands before it ("Bernie Sanders", "Mr. Sanders")."""
    return bool(descriptors) or any(" " in name for name in names)


def _one_of_a_kind(known: _Known) -> bool:
    """Whether ``known`` is one person: a named person (not "A and B", nor people in the plural:
    round 25, "the researchers wrote, though they cautioned") or an unnamed one ("a Carrier
    executive")."""
    if known.kind == "person":
        return " and " not in known.name and not _several_people(known.name)
    return known.kind == "anonymous" and known.name.split(" ", 1)[0].lower() in _INDEFINITE


_APPOSED_ROLE = re.compile(r",[ \t]++((?:the[ \t]++|a[ \t]++)?[\w.'\u2019 \t-]{1,80}?)[,.;]")
"""Round 25: an apposition right after a name, up to its first comma, full stop or semicolon
(", the commander of the Middle East command,"; an abbreviation's dot ends it: "U.S.")."""


_RANKS_OF = {
    "commander": frozenset(["gen", "general", "adm", "admiral"]),
}
"""Round 25: titles that hold a role noun by rank: a general or an admiral named after "the
top U.S. commander" is that commander (the wire convention)."""
_SERVED_AS = re.compile(
    r"who[ \t]++(?:served|serves|worked|works|was|is|had[ \t]++been|has[ \t]++been)"
    r"(?:[ \t]++as)?+[ \t]++"
)
"""Round 26: a relative clause that gives a named person's role ("Dan Roe, who served as an
aide to the mayor,"): the role's words follow it."""
_LESSER_ROLES = frozenset(["deputy", "assistant", "vice", "former", "acting", "interim", "ex"])


_ANOTHER_ONE = frozenset(
    ["second", "third", "another", "other", "fellow", "also", "rival", "different"]
)
"""Review 26: words by a named person's role that make them another holder of it."""


def _around_role(lowered: str, role: str) -> tuple[list[str], list[str]]:
    """The words of a lower-case role phrase before and after ``role`` (both empty when the
    phrase does not hold it)."""
    words = [word.strip(",.") for word in lowered.split()]
    if role not in words:
        return [], []
    at = words.index(role)
    return words[:at], words[at + 1 :]


def _modifiers_before(lowered: str, role: str) -> frozenset[str]:
    """Review 26: the content words before ``role`` in a lower-case indefinite role phrase
    ("a company spokesman" -> {"company"}; "a former aide" -> {}: lesser roles are apart)."""
    before, _ = _around_role(lowered, role)
    return frozenset(before) - DETERMINERS - _LESSER_ROLES - {"a", "an"}


def _whose(lowered: str, role: str) -> frozenset[str]:
    """Round 26: the content words after ``role`` in a lower-case role phrase ("a former aide
    to the mayor" -> {"mayor"}): whose role it is."""
    _, after = _around_role(lowered, role)
    return frozenset(after) - DETERMINERS - _PREPOSITIONS


def _unique_role(words: list[str]) -> str | None:
    """Round 25: the lower-case person noun that heads a definite singular role mention ("the
    top U.S. commander in the Middle East" -> "commander"), else None."""
    core = _before_preposition(words)
    noun = core[-1] if len(core) > 1 else ""
    if not noun.islower() or not noun.isalpha():
        return None
    return noun if _person_noun(noun) else None


def _before_preposition(words: list[str], keep_body_names: bool = False) -> list[str]:
    """The words of a mention before its first preposition ("lawyers" in "lawyers with X");
    with ``keep_body_names``, "of" inside a body's name stays ("Board of Elections")."""
    if _PREPOSITIONS.isdisjoint(words):
        return words  # (one C-level test first: most mentions hold no preposition)
    linked = False
    for index, word in enumerate(words):
        if index and word in _PREPOSITIONS:
            if keep_body_names and (
                _of_in_body_name(words, index) or _of_in_office(words, index)
                or linked and _inner_name_link(words, index)
            ):
                linked = linked or word in _BODY_NAME_LINKS
                continue
            return words[:index]
    return words


def _name_after_role(words: list[str]) -> list[str]:
    """The capitalised words that end a mention after a lower-case person role ("Union leader
    Sam Cole" -> ["Sam", "Cole"], "State Rep. Alan Fortier" -> ["Rep.", "Alan", "Fortier"]
    via the title), or [] when the mention does not end in such a name."""
    if len(words) < 3 or not words[-1][:1].isupper():
        return []
    tail: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        tail.append(word)
    if len(tail) < 2 or len(tail) == len(words):
        return []
    head = words[: -len(tail)]
    if head[-1] in _NOT_HEAD_PREPOSITIONS or any(
        word in _NOT_HEAD_PREPOSITIONS
        and not (head[i - 1][:1].isupper() and head[i + 1][:1].isupper())
        for i, word in enumerate(head[1:-1], 1)
    ):
        return []  # "A spokesman for Democratic candidate Hillary Clinton": the spokesman (but
        # "Army Corps of Engineers spokesman Gen. Mark Ruiz": "of" inside a name)
    before = words[-len(tail) - 1].lower()
    if (
        role_heads().get(before) != "person"
        and before not in descriptors()
        and not human_nouns().singular(before)
    ):
        return []  # ("Pop star Mara Quill": a descriptor; round 16: "Western New England
        # University historian John Baick", a noun for one person)
    return tail[::-1]


_NOT_HEAD_PREPOSITIONS = frozenset(["for", "of", "to", "with", "from", "at", "by"])
_COMPANY_SUFFIXES = section_words("speaker_words.txt", "company_suffix")
"""Name words after which "of" gives a place, not the rest of the name ("Arden Inc. of
Wichita")."""
_BODY_NAME_HEADS = section_words("speaker_words.txt", "body_name_head")
"""Role nouns that a body's name carries ("the court": a Court, not the latest organisation)."""
_INDEFINITE = frozenset(["a", "an", "one", "another"])


def _gender_clash(name: str, pronoun: str) -> bool:
    """ "she" cannot be "a young man", nor "he" "one mother"; nor the unnamed person around
    someone the same pronoun names ("A person close to her said ... She warned": she is the
    principal, not the person close to her)."""
    words = name.split()
    last = words[-1].strip(",.").lower() if words else ""
    if last in _PRINCIPAL_PRONOUNS.get(pronoun, ()):
        return True
    lowered = {word.strip(",.").lower() for word in words}
    if pronoun == "she":
        return not lowered.isdisjoint(_MALE_NOUNS)
    if pronoun == "he":
        return not lowered.isdisjoint(_FEMALE_NOUNS)
    return False


_PRINCIPAL_PRONOUNS = {"she": ("her", "hers"), "he": ("him", "his")}


def _from_last_given_name(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The words from the last listed given name on ("Widow Dorothy" -> "Dorothy"), or none."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in _HEADLINE_SMALL_WORDS:
            return ()  # "Paul Ryan With Trump": "With" ends the name before it
        if _given_name(words[index]):
            return tuple(words[index:])
    return ()


def _title_case_headline_end(text: str) -> int:
    """The end of the text's first line when it is a Title Case headline (five words or more,
    all but short function words capitalised), else 0."""
    end = text.find("\n", 0, 300)
    if end < 0:
        return 0
    words = text[:end].split()
    content = [word for word in words if word.lower() not in _HEADLINE_SMALL_WORDS]
    if len(words) < 5 or not all(word[:1].isupper() or not word[:1].isalpha() for word in content):
        return 0
    return end


_HEADLINE_SMALL_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "vs.",
     "as", "from"]
)


def _from_given_name(words: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """Round 22 (DEFECT22): a name from its given name on when the capitalised words before it
    are no given names (a headline's "Offensive Things Donald Trump Said": "Donald Trump");
    ``words`` itself otherwise ("Mary Ann Cole", "John Paul Jones")."""
    for index in range(1, len(words) - 1):
        if _given_name(words[index]):
            if any(_given_name(word) or _INITIAL.fullmatch(word) for word in words[:index]):
                return words
            return words[index:]
    return words


def given_name(word: str) -> bool:
    """Whether ``word`` is a listed given name or title ("Mary", "Tom", "Mr.")."""
    return _given_name(word)


def _given_name(word: str) -> bool:
    """Whether ``word`` is a listed given name or title ("Mary", "Tom", "Mr."), either sex's."""
    return word.rstrip(".").lower() in given_names()


def _given_name_clash(name: str, pronoun: str) -> bool:
    """ "she" cannot be "Donald Trump" or "Mr. Roe", nor "he" "Hillary Clinton": the first word
    of a person's name against ``[female_given]``/``[male_given]`` of ``speaker_words.txt``."""
    first = name.split(" ", 1)[0].strip(",.").lower()
    if pronoun == "she":
        return first in _given_names("male_given")
    if pronoun == "he":
        return first in _given_names("female_given")
    return False


@lru_cache(maxsize=2)
def _given_names(section: str) -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")[section])


_MALE_NOUNS = section_words("speaker_words.txt", "male_noun")
_FEMALE_NOUNS = section_words("speaker_words.txt", "female_noun")


def _one_unnamed_person(words: list[str], head: str) -> bool:
    """ "one mother in the Riverside neighborhood", "a neighborhood organizer": one unnamed
    person (an indefinite article and a person noun before any preposition)."""
    if not words or words[0].lower() not in _INDEFINITE:
        return False
    core = _before_preposition(words)
    noun = core[-1].lower().strip(",.") if core else head
    documents = lexicon_for(None).document_heads
    if any(word.lower().strip(",.") in documents for word in words[len(core):]):
        return False  # "a narrator in the Clinton ad": the ad speaks (a document)
    return _person_noun(noun)


def _one_of_documents(lowered: str, words: list[str]) -> bool:
    """Round 20 (SRC20): "one of her ads", "one of the memos": "one of" a set of documents is a
    document, no unnamed person; "one of the doctors", "one of them" still are anonymous."""
    if not lowered.startswith(("one of ", "another of ")):
        return False
    last = words[-1].lower().strip(",.").removesuffix("'s").removesuffix("’s").rstrip("'’")
    documents = lexicon_for(None).document_heads
    return last in documents or (last.endswith("s") and last[:-1] in documents)


def _one_role_holder(words: list[str]) -> bool:
    """ "One senator", "a Democrat attorney", "one district GOP leader": an indefinite article
    or "one", then modifiers, then a role noun of ``mentions.ROLE_WORDS`` as the last word (no
    phrase after it, no possessive: "a candidate who has called for", "Gilani's lawyer").
    "another senator" stays out (a hypothetical one, in quoted copy)."""
    return (
        len(words) > 1
        and words[0].lower() in _UNNAMED_OPENERS
        and words[-1].lower() in ROLE_WORDS
        and not any(word.endswith(("'s", "\u2019s", ",")) for word in words)
    )


_UNNAMED_OPENERS = frozenset(["a", "an", "one"])
_ITS_AFTER_CUE = re.compile(
    r"[ \t]++[a-z]++(?:[ \t]++(?:in|a|an|statement|emailed|written|posted|published|on|news|"
    r"release|that)){0,6}[ \t]++its[ \t]"
)
"""After a speaker, a cue and a report that opens with "its" ("says its cells", "said that its
board"; round 19: "said in a statement on its website")."""
_SAYS_AFTER = re.compile(r"\s*+(?:said|says|told)\b")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told)\s*+$")
_OPENS_CLAUSE = re.compile(r"(?:^|[.,;:!?\"\u201c\u201d(\n]|\b(?:that|and|but))\s*+$")
_LINE = re.compile(r"[^\S\n]*+\S[^\n]*+")
"""A line with words on it (blank lines are no paragraph of their own)."""


def _says_unnamed(text: str, start: int, end: int, lede_end: int) -> bool:
    """Whether the indefinite role holder at ``text[start:end]`` is the subject of a verb of
    saying next to it ("One senator said", "said one district GOP leader") and opens its clause
    ("those who named a candidate said" is an object), outside the story's first two lines (the
    headline and the lede, which end at ``lede_end``, where "A former party chairman says" is
    named in the next paragraph: delayed identification)."""
    before = text[max(0, start - 40) : start]
    if not (_SAYS_AFTER.match(text, end) or _SAYS_BEFORE.search(before)):
        return False
    if not (_SAYS_BEFORE.search(before) or _OPENS_CLAUSE.search(before)):
        return False
    return start >= lede_end


_CROWD_COUNTS = frozenset(["hundreds", "thousands", "dozens", "scores", "millions", "tens"])


def _of_people(words: list[str]) -> bool:
    """ "of protesters", "of members of his party": "of" and a plural person noun."""
    if len(words) < 2 or words[0].lower() != "of":
        return False
    core = _before_preposition(words[1:])
    return bool(core) and people_noun(core[-1].lower().strip(",."))


_CAPITAL_WORD = re.compile(r"\b[A-Z]")
_WHO_VERB = re.compile(r",?[ \t]++who[ \t]++([a-z]++)")
_FIELD_OPENERS = frozenset(["some", "many", "several", "other", "most"])


@lru_cache(maxsize=1)
def _counsel() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["counsel"])


@lru_cache(maxsize=1)
def _field_verbs() -> frozenset[str]:
    return frozenset(sections("speaker_words.txt")["field_verb"])


def _bodies_plural(noun: str) -> bool:
    """A plural (in -s or -ies) of a kind of body: an organisation's role noun, a
    ``[body_kind]`` or an ``[organization.name_word]`` ("universities", "hospitals",
    "airlines"), not a plural name word itself ("holdings", "partners") nor a plural for
    people ("authorities")."""
    if len(noun) < 5 or not noun.endswith("s") or noun in body_name_words() or (
        noun in lexicon_for(None).anonymous_heads or people_noun(noun)
    ):
        return False  # ("authorities" are unnamed officials: anonymous)
    singulars = [noun[:-1]]
    if noun.endswith("ies"):
        singulars = [noun[:-3] + "y"]
    elif noun.endswith("es"):
        singulars.append(noun[:-2])
    return any(names_a_kind_of_body(one) or one in body_name_words() for one in singulars)


def people_noun(noun: str) -> bool:
    """A plural noun for people ('voters', 'aides', 'attorneys')."""
    return human_nouns().plural(noun) or _role_plural(noun)


def _role_plural(noun: str) -> bool:
    """The plural, in -s, of a role held by one person ("senators", "mayors")."""
    return noun.endswith("s") and role_heads().get(noun[:-1]) == "person"


_SHARE_WORDS = frozenset(
    ["percent", "half", "third", "thirds", "quarter", "quarters", "majority", "minority",
     "plurality", "per"]
)


def _unnamed_group_kind(words: list[str]) -> str | None:
    """The kind of a mention a sentence's capital made look named, when it is an unnamed group
    of people ("Opposition councillors" vague, "Aides to Mr. Sanders" anonymous), unknown for a
    poll share ("Half of Vermont Democrats", "28 percent of voters"), else None."""
    if any(w.lower() in _SHARE_WORDS or w[:1].isdigit() for w in words):
        return "unknown"  # a poll share or count: no one in particular, and no person
    core = _before_preposition(words)
    head = core[-1].lower().strip(",.") if core else ""
    plural = head.endswith("s") or head.endswith("men") and head not in ("men", "women")
    if not plural or any(w.lower() in COUNTED_PEOPLE for w in words):
        return None  # ("Fishermen say", "Opposition councillors"; "Both men" were named)
    if head in lexicon_for(None).anonymous_heads:
        return "anonymous"
    if any(w.endswith(("'s", "\u2019s")) for w in core):
        return None  # "Alphabet's founders": a named body's own people, whom it could name
    return "vague" if people_noun(head) else None


_SHARE_OPENERS = frozenset(["several", "many", "some", "most", "few"])


def _some_unnamed_people(words: list[str]) -> bool:
    """ "Several rival athletes", "many nurses": a vague share of a group of people (a quantifier
    and a plural person noun before any preposition)."""
    if len(words) < 2 or words[0].lower() not in _SHARE_OPENERS:
        return False
    core = _before_preposition(words)
    head = core[-1].lower().strip(",.") if core else ""
    return (
        head.endswith("s") or compound_plural(head) or head in human_nouns().heads
    ) and people_noun(head)  # round 29: "said some fishermen", "many townspeople"


def _few_unnamed_people(words: list[str]) -> bool:
    """ "two men", "Three residents of the building": a few unnamed individuals (a count from
    ``mentions.COUNTED_PEOPLE`` and a plural person noun before any preposition), who could have
    been named."""
    if len(words) < 2 or words[0].lower() not in COUNTED_PEOPLE:
        return False
    core = _before_preposition(words)
    return bool(core) and people_noun(core[-1].lower().strip(",."))


_NAME_PARTICLES = section_words("speaker_words.txt", "name_particle")
"""Lower-case words inside a capitalised name ("Bank of England", round 21: "European Commission
President Ursula von der Leyen", whose run had stopped at "der")."""


@lru_cache(maxsize=4096)
def _name_run(mention: str) -> tuple[tuple[str, ...], bool]:
    """(the capitalised words naming a mention's source, whether they are a name after a
    role); a pure function of the mention, remembered, since the same mentions recur through
    a story and across stories."""
    words = mention.split()
    core = _before_preposition(words, keep_body_names=True)
    run = _capitalised_run(core)
    if run and (" for " in mention or " on " in mention):
        run = _body_name_with_link(core, run)  # (in the words before a preposition: not
        # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies")
    if len(run) == 1 and run[0].lower() in FOCUS_WORDS:
        run = []  # round 21: "Just 37% of Americans said", "Nearly half of voters": the
        # sentence's capital on a focus word before a count, no name "Just"
    titled = _name_after_role(words)
    if titled:
        run = titled  # "Army Corps of Engineers spokesman Gen. Mark Ruiz": the person
    elif len(words) > 2 and words[0] in _CAMPAIGN_VERBS and words[1] in _CAMPAIGN_OBJECTS and (
        words[2][:1].isupper()
    ):  # round 27 (DEFECT27): "Stop the War Coalition" whole, not "War Coalition"
        end = 2
        while end < len(words) and words[end][:1].isupper():
            end += 1
        run = words[:end]
    return tuple(run), bool(titled)


_BODY_NAME_LINKS = frozenset(["for", "on"])
"""Round 23: words that join a body's head word to the rest of its name ("Center for Responsive
Politics", "Council on Foreign Relations")."""
_INNER_LINKS = frozenset(("of",)) | _BODY_NAME_LINKS
"""Words ``_of_in_body_name`` may find inside a body's name ("of", and round 23's "for"/"on")."""


def _body_name_link(words: list[str], index: int) -> int | None:
    """Where the capitalised words after a "for" or "on" at ``index`` start, when that word
    joins a body's head word to them ("Center for Responsive Politics", "Council on Foreign
    Relations", "Committee for a Responsible Federal Budget"); None when the word before is no
    body's head word (or a company's: "Arden Inc. for ...") or a day or month follows ("the
    Commission on Monday")."""
    if not index or index + 1 >= len(words):
        return None
    head = words[index - 1].lower()
    if not words[index - 1][:1].isupper() or head not in body_name_words() or (
        head in _COMPANY_SUFFIXES
    ):
        return None
    after = index + 1
    if words[after] in ("a", "the") and after + 1 < len(words):
        after += 1
    if not words[after][:1].isupper() or words[after].lower().strip(".,") in _not_names():
        return None
    return after


def _body_name_with_link(words: list[str], run: list[str]) -> list[str]:
    """Round 23 (DEFECT23): the whole name when a body's head word is joined by "for" or "on" to
    capitalised words (``_body_name_link``): "the Center for Responsive Politics" was named
    "Center" (cutting at "for" had left "Responsive Politics"); else ``run``."""
    for index in range(1, len(words) - 1):
        if words[index] not in _BODY_NAME_LINKS:
            continue
        end = _body_name_link(words, index)
        if end is None:
            continue
        begin = index - 1
        while begin and (words[begin - 1][:1].isupper() or words[begin - 1] == "of") and (
            words[begin - 1].lower() not in DETERMINERS
        ):
            begin -= 1
        while end < len(words) and (
            words[end][:1].isupper()
            or (words[end] in ("and", "the", "&") and end + 1 < len(words)
                and words[end + 1][:1].isupper())
            or _inner_name_link(words, end)
        ):
            end += 1
        return words[begin:end]
    return run


_INNER_NAME_LINKS = frozenset(["of", "in", "for", "on"])
"""Round 24: words that go on joining capitalised words inside a body's name already joined by
"for" or "on" ("Foundation for Individual Rights in Education", "Society for the Protection of
Birds")."""


def _inner_name_link(words: list[str], index: int) -> bool:
    """Round 24 (DEFECT24): whether ``words[index]`` is an "of", "in", "for" or "on" between
    capitalised words further inside a body's name already joined by "for" or "on" (the caller's
    test): "Foundation for Individual Rights in Education" had been cut at "in"; not before a
    day, month or country ("the Center for Public Integrity on Monday", "... in China"), and
    "in" only before a field's name, an abstract noun's ending (most capitalised words after
    "in" are the body's place: "the Center for European Reform in London")."""
    if words[index] not in _INNER_NAME_LINKS or not words[index - 1][:1].isupper():
        return False
    after = index + 2 if words[index + 1 : index + 2] == ["the"] else index + 1
    if after >= len(words) or not words[after][:1].isupper():
        return False
    word = words[after].lower().strip(".,")
    if words[index] == "in" and not word.endswith(_FIELD_ENDINGS):
        return False
    return word not in _not_names() and word not in countries()


_FIELD_ENDINGS = ("tion", "sion", "ics", "ment", "ity", "ism", "ness", "ence", "ance", "ogy")
"""Round 24: endings of a field's name after "in" inside a body's name ("Rights in Education",
"Ethics in Government", "Women in Science"): abstract nouns, seldom a place's name."""


_NAME_NUMBER = re.compile(r"(?!(?:19|20)\d\d\b)\d++(?:-[A-Z0-9]++)?+")
"""Round 28 (DEFECT28): a number that may end a name after a capitalised word ("Channel 4",
"Section 230", "Form 10-K"; not "37%", "4,000" nor a year, "2006")."""


def _capitalised_run(words: list[str]) -> list[str]:
    """The longest run of capitalised words in a mention ("the Axios portal" -> ["Axios"]),
    read across a nickname ('Rosa "La Jefa" Delgado' -> ["Rosa", "Delgado"])."""
    if len(words) > 2 and any(word[:1] in NICKNAME_MARKS for word in words[1:-1]):
        words = _without_nickname(words)
    best: list[str] = []
    current: list[str] = []
    for word in words:
        if word[:1].isupper() or (current and word.lower() in _NAME_PARTICLES) or (
            word == "the" and len(current) > 1 and current[-1] == "of"
        ) or (  # round 23: "the Office of the Inspector General": "the" after a name's "of"
            current and word[:1].isdigit() and _NAME_NUMBER.fullmatch(word)
            and (lowered := current[-1].lower()) not in FOCUS_WORDS
            and lowered not in _FUNCTION_WORDS
        ):  # round 28 (DEFECT28): a number ends a name ("Channel 4", "Section 230"; not "A
            # 2006 review", "Trump 2020": a year is no name's number)
            current.append(word)
            if len(current) > len(best) or len(current) == len(best) and (
                best[-1][:1].isdigit() and not word[:1].isdigit()
            ):  # (review 28: "Apollo 11 astronaut Buzz Aldrin": a numbered name loses a tie)
                best = list(current)
        else:
            current = []
    while best and (best[-1].lower() in _NAME_PARTICLES or best[-1] == "the"):
        best.pop()
    if len(best) == 1 and best[0].lower() in _FUNCTION_WORDS:
        return []
    if "and" in words or "&" in words:
        return _body_name_across_and(words, best)
    return best


def _body_name_across_and(words: list[str], best: list[str]) -> list[str]:
    """Round 27: a body's name joined by "and" ("National Earthquake Monitoring and Research
    Centre"): the capitals on both sides, when the last is a body's name word; else ``best``."""
    for index in range(1, len(words) - 1):
        if words[index] not in ("and", "&") or not words[index - 1][:1].isupper() or not (
            words[index + 1][:1].isupper()
        ):
            continue
        begin = index - 1
        while begin and (words[begin - 1][:1].isupper() or words[begin - 1] == "of") and (
            words[begin - 1].lower() not in DETERMINERS
        ):
            begin -= 1
        end = index + 1
        while end < len(words) and words[end][:1].isupper():
            end += 1
        if words[end - 1].lower() in body_name_words() and end - begin > len(best):
            return words[begin:end]
    return best
