"""Classify a source mention ("one anonymous source", "critics", "the Axios portal") by kind.

Shared by the quotes stage (speaker kind) and the sourcing stage (inventory and flags).  The word
lists are data in ``newscheck/lexicons/`` (anonymous, vague, outlets, documents); they are read
once and compiled once per house-style configuration (``lexicon_for``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from newscheck.config import LexiconConfig
from newscheck.lexicon_files import section_lines, section_words
from newscheck.stages.attribution import (
    _CAMPAIGN_VERBS,
    AGENT_PREPOSITIONS,
    DOCUMENT_HELD_BY,
    NOT_IN_TITLES,
    PARTICIPLE,
    role_heads,
    titles,
)
from newscheck.stages.quote_lexicons import alternation, sections

KINDS = ("person", "organization", "outlet", "document", "anonymous", "vague", "unknown")


def read_sections(name: str) -> dict[str, tuple[str, ...]]:
    """A lexicon file's ``[section]`` -> entries (comments and blank lines dropped)."""
    return {
        key: tuple(" ".join(line.split()) for line in lines)
        for key, lines in section_lines(name, "entries").items()
    }


@cache
def _sections(name: str) -> dict[str, tuple[str, ...]]:
    return read_sections(name)


def word_class(section: str) -> frozenset[str]:
    """A space-separated word class from ``mention_words.txt``."""
    return frozenset(
        word for line in _sections("mention_words.txt")[section] for word in line.split()
    )


PRONOUNS = word_class("pronouns")
DETERMINERS = word_class("determiners")
SINGULAR_DETERMINERS = word_class("singular_determiners")
GROUP_OF = word_class("group_of")
ORGANIZATION_WORDS = word_class("organization")
STAFF_GROUPS = word_class("staff_groups")
"""Round 23: "staff", "personnel": a speaker headed by one is an unnamed group."""
KNOWN_PUBLIC_BODIES = frozenset(_sections("mention_words.txt")["known_bodies"])
"""Round 24: the public ones among ``KNOWN_BODIES`` ("Ofwat", "Nasa"; not "Fannie Mae")."""
KNOWN_BODIES = KNOWN_PUBLIC_BODIES | frozenset(_sections("mention_words.txt")["known_companies"])
"""Round 23: bodies whose names are written as a word ("Ofgem", "Nasa", "Fannie Mae")."""
PERSON_INITIALS = word_class("person_initials")
POST_NOMINALS = word_class("post_nominals")
ROLE_WORDS = word_class("roles")
_SHARED_ROLES = word_class("shared_roles")
_BODY_COMPOUNDS = frozenset(_sections("mention_words.txt")["body_compounds"])
_BODY_COMPOUND_HEADS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in _BODY_COMPOUNDS)
NEWSROOM_STAFF = word_class("newsroom_staff")
_UNNAMED_OPENERS = frozenset(["a", "an", "one"])
_PARTITIVE_GROUPS = word_class("partitive_groups")
_GROUP_COUNTS = frozenset(["another", "small", "large", "new"])
_STAFF_PREPOSITIONS = frozenset(["for", "at", "with", "from", "of"])
NAME_INTRODUCERS = _sections("mention_words.txt")["name_introducers"]
NAME_ARTICLE = r"(?:al|el|ad|ash|az|ul)-"
"""An Arabic name's lower-case article before its capital ("Majed al-Sayed", round 16)."""
_NAME_WORD = re.compile(r"(?:[A-Z]|" + NAME_ARTICLE + r"[A-Z])[\w'’.-]*")
"""A word of a name: capitalised, or an Arabic name's article before its capital ("al-Sayed")."""
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]++(?:[-'.][A-Za-z0-9]++)*+\.?")
"""``WORD`` for an ASCII text, where ``[^\\W_]`` is ``[A-Za-z0-9]`` and "’" never occurs: the
same words, read by range tests instead of a Unicode class test per character (round 20:
``classify_mention`` splits each new mention so)."""


def trie_pattern(phrases: tuple[str, ...] | frozenset[str], keep_case: bool = False) -> str:
    """A regex matching any of ``phrases`` (lower-cased unless ``keep_case``), as a character trie.

    Python's ``re`` tries the branches of a flat alternation one by one at every position; a trie
    shares prefixes, so a scan costs about one branch per character whatever the list size.
    Spaces in a phrase match any run of whitespace.
    """
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for char in " ".join((phrase if keep_case else phrase.lower()).split()):
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in unique)


@dataclass(frozen=True)
class SourcingLexicon:
    """Every word list the sourcing analysis uses, merged with a configuration's extensions."""

    anonymous_phrases: frozenset[str]
    anonymous_heads: frozenset[str]
    collectives: frozenset[str]
    singulars: frozenset[str]
    document_heads: frozenset[str]
    outlet_names: tuple[str, ...]
    outlet_nouns: tuple[str, ...]
    allowed: tuple[str, ...]
    extra_anonymous: tuple[str, ...]
    extra_vague: tuple[str, ...]
    outlet_name_re: re.Pattern[str]
    outlet_noun_re: re.Pattern[str]

    def is_allowed(self, text: str) -> bool:
        """True when a configured ``allowed_words`` phrase occurs as words in ``text``."""
        if not self.allowed:
            return False  # the default house style: skip the word split
        lowered = f" {' '.join(WORD.findall(text.lower()))} "
        return any(f" {phrase} " in lowered for phrase in self.allowed)


STATE_RUN = r"[Ss]tate(?:-run|-owned|-controlled)?\s+"
""""state", "state-run" ... before the noun of a news organisation a government runs."""


@lru_cache(maxsize=32)
def lexicon_for(config: LexiconConfig | None = None) -> SourcingLexicon:
    """The compiled lexicon for a configuration (cached: compiled once per distinct config)."""
    config = config or LexiconConfig()
    anonymous = _sections("anonymous.txt")
    vague = _sections("vague.txt")
    outlets = _sections("outlets.txt")
    names = tuple(outlets.get("names", ())) + tuple(name for name in config.extra_outlets if name)
    # Configured outlet names arrive lower-cased: match those case-insensitively.
    fixed = [n for n in names if n not in config.extra_outlets and not n.startswith("The ")]
    extra = [n for n in config.extra_outlets if n]
    name_pattern = r"(?<![\w.])(?:[Tt]he\s+)?(?:" + trie_pattern(fixed, keep_case=True) + ")"
    if the_names := [n for n in names if n.startswith("The ") and n not in config.extra_outlets]:
        # round 28 (AUDIT28): a name that needs its "The" ("The Athletic", "The Information")
        # ends there: "The Information Commissioner", "The Athletic Club" are other bodies
        name_pattern += (
            r"|(?<![\w.])(?:" + trie_pattern(the_names, keep_case=True) + r")(?![ \t]+[A-Z])"
        )
    if extra:
        name_pattern += r"|(?i:(?<![\w.])(?:the\s+)?(?:" + trie_pattern(extra) + "))"
    name_re = re.compile(f"(?:{name_pattern})(?![\\w])")
    nouns = outlets.get("nouns", ())
    modifiers = (  # (round 23: one line, and a full stop only in an initialism or "St.":
        # "The Guardian.\n\nThe newspaper reported" is two mentions, not one)
        r"(?:(?:(?:[A-Z]\.)++(?:-[\w'’-]++)?+|St\.|[A-Z][\w'’-]*+|state|state-run|state-owned|independent|local|"
        r"online|opposition|pro-[\w-]+|[\w-]+-backed|news|[a-z][\w-]*(?=[ \t]+news\s))"
        r"[ \t]+){0,3}"
    )
    indefinite = [noun for noun in nouns if noun in _UNNAMED_OUTLET_NOUNS]
    state_media = outlets.get("state_media", ())
    noun_re = re.compile(
        r"\b[Tt]he\s+" + modifiers + "(?:" + _alternation(nouns) + r")\b"
        + (r"|\b[Aa]n?\s+" + modifiers + "(?:" + _alternation(indefinite) + r")\b"
           if indefinite else "")
        + (r"|\b" + STATE_RUN + "(?:" + _alternation(state_media)
           + r")\b(?![ -][a-z])" if state_media else "")
        # "state television reported", "according to state media"; not "the state media
        # regulator", "a state television presenter"
    )
    return SourcingLexicon(
        anonymous_phrases=frozenset(anonymous.get("phrases", ()))
        | frozenset(config.extra_anonymous),
        anonymous_heads=frozenset(anonymous.get("heads", ())),
        collectives=frozenset(vague.get("collectives", ())),
        singulars=frozenset(vague.get("singulars", ())),
        document_heads=frozenset(_sections("documents.txt").get("entries", ())),
        outlet_names=names,
        outlet_nouns=tuple(nouns),
        allowed=tuple(config.allowed_words),
        extra_anonymous=tuple(config.extra_anonymous),
        extra_vague=tuple(config.extra_vague),
        outlet_name_re=name_re,
        outlet_noun_re=noun_re,
    )


_UNNAMED_OUTLET_NOUNS = frozenset(_sections("outlets.txt")["indefinite_nouns"])
"""Outlet nouns that name an outlet with "a" too ("a local blog claimed"); not "a paper", "a
network", "a channel", "a daily", which are as often something else."""


_PARTICIPLE_AND_AGENT = re.compile(
    r"[ \t]+" + PARTICIPLE + r"[ \t]+(?:" + alternation(AGENT_PREPOSITIONS) + r")[ \t]+"
    r"[^,.;:\n]{1,40}?(?=,)"
)
"""' hired by the council' before ', Tom Reeve,' (bounded: read on 60 characters); the
participle and preposition are ``attribution.PARTICIPLE`` and ``AGENT_PREPOSITIONS``."""


def names_someone(after: str) -> bool:
    """True when ``after`` (text right after a group mention) names members of the group.

    "critics, including Senator Ann Roe," names someone; "critics, including those within the
    administration," does not.
    """
    rest = after.lstrip(" ,")
    opening = rest[:12].lower()
    for introducer in NAME_INTRODUCERS:
        if opening.startswith(introducer + " "):
            following = rest[len(introducer) + 1 :].lstrip()
            return bool(_NAME_WORD.match(following)) and not following.startswith(
                ("Those", "Some", "Many", "Several", "Other", "The ")
            )
    # Appositive: "Another critic, Laurence H. Tribe, ..." / "an aide, John Roe, said", also
    # after a participle and its agent: "An engineer hired by the council, Tom Reeve, said"
    agent = _PARTICIPLE_AND_AGENT.match(after)
    if agent is not None:
        after = after[agent.end() :]
        rest = after.lstrip(" ,")
    if after.startswith(","):
        words = rest.split(None, 7)
        if len(words) >= 2 and all(_NAME_WORD.fullmatch(w.rstrip(",")) for w in words[:2]):
            return True
        return _titled_name_words(words)
    return False


def _titled_name_words(words: list[str]) -> bool:
    """Round 22: a title and a name in apposition ("the aide, deputy chief of staff Carla
    Moynihan, urged"): at most five lower-case words, one a title or a person's role, none a
    preposition or relative ("led by chief executive Tom Reyes" is the agent's name), then two
    capitalised words."""
    count = 0
    while count < len(words) and count < 6 and words[count].isalpha() and words[count].islower():
        if words[count] in NOT_IN_TITLES:
            return False
        count += 1
    if count == 0 or count > 5 or len(words) < count + 2:
        return False
    heads = role_heads()
    if not any(word in titles() or heads.get(word) == "person" for word in words[:count]):
        return False
    return all(_NAME_WORD.fullmatch(w.rstrip(",")) for w in words[count : count + 2])


_POST_MODIFIER_STARTS = frozenset(
    ["of", "who", "that", "familiar", "close", "briefed", "with", "in", "at", "from", "for", "on",
     "to", "including", "like", "such", "not"]  # round 19: "Experts not involved in"
    + list(sections("attribution_words.txt")["place_preposition"])  # "Protesters outside the"
    + list(sections("attribution_words.txt")["modifying_participle"])  # "Lawyers representing"
    + list(sections("attribution_words.txt")["agent_participle"])  # "An engineer hired by"
    + list(sections("attribution_words.txt")["reported_participle"])  # "crew members quoted in"
)


_PLACE_WORDS = frozenset(sections("attribution_words.txt")["place_preposition"]) - {
    "in", "at", "from"
}
"""Place prepositions that are also adjectives before a noun ("an inside source")."""
_PLACE_OBJECT_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])
""""outside" before these (or a capital) opens a place: "Protesters outside the embassy"."""
_BARE_PLACES = word_class("bare_places")
"""Places named without an article after "outside": "one former soldier outside court"."""

_BODY_BEFORE_OF = word_class("body_before_of")


AT_NAMED_INSTITUTION = re.compile(
    r"[ \t]*(?:at|with)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[a-z][\w-]*+[ \t]+){0,2}?"
    r"(?:think[ \t]+tank|bank|firm|consultancy|brokerage|lender|insurer|charity|institute)"
    r"[ \t]+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
"""A named employer after a professional group ("analysts at Brightline"); not "from", which
is as often a place ("doctors from Gaza"), nor a day ("analysts at Tuesday's briefing").  Round
14: a kind of institution may stand before its name ("analysts at the health think tank
Fairfield Institute", "economists at the investment bank Berenberg")."""


@cache
def for_a_principal() -> frozenset[str]:
    """Role nouns for someone who speaks for a principal (``[for_a_principal]`` of
    ``anonymous.txt``: "the spokesman", "the aide"): "the Lee spokesman" is not Lee. The one
    set for the speakers and the sourcing stage's descriptions of named speakers."""
    return frozenset(_sections("anonymous.txt")["for_a_principal"])


@cache
def _ranked_heads() -> frozenset[str]:
    """Heads that name an unnamed person only after a rank word (``[ranked_heads]`` of
    ``anonymous.txt``: "figure", "figures")."""
    return frozenset(_sections("anonymous.txt").get("ranked_heads", ()))


@cache
def _ranks() -> frozenset[str]:
    """The rank words before those heads (``[ranks]`` of ``anonymous.txt``: "senior")."""
    return frozenset(_sections("anonymous.txt").get("ranks", ()))


@cache
def affiliated_professionals() -> frozenset[str]:
    """Professionals credited through the named institution they work at ("economists at
    Goldman Sachs"): the ``[affiliated]`` section of ``vague.txt``."""
    return frozenset(_sections("vague.txt").get("affiliated", ()))


_STUDY_BY = re.compile(
    r"\b(?:study|survey|report|analysis|paper|poll|review|audit|research)[ \t]++by[ \t]++$"
)
_PEOPLE_ADJECTIVE_ENDINGS = ("an", "ish", "ese", "i", "ic", "ern", "ch", "ss", "GOP")


_NOT_EMPLOYERS = frozenset([
    "wall", "street", "greek", "arab", "welsh", "scottish", "irish", "english", "british", "french",
    "dutch", "swiss", "thai", "polish", "danish", "swedish", "finnish", "spanish", "jewish",
    "muslim", "catholic", "christian", "black", "white", "latino", "latina", "filipino", "labour",
    "labor", "conservative", "liberal", "democratic", "republican", "green", "tory", "western",
    "eastern", "northern", "southern", "european", "asian", "african", "latin", "gulf", "city",
])
"""Review 27: capitalised words before a profession that are a people's, a place's or a party's,
not an employer's ("Wall Street economists", "Greek researchers", "Labour economists")."""


def study_by_institution_staff(text: str, start: int, end: int) -> bool:
    """Round 27 (DEFECT27): whether ``text[start:end]`` is a study's authors named by the
    institution they work at ("A 2023 study by Stanford economists found", "a survey by Gallup
    researchers"): after "study by" (a document's noun), one to three capitalised words, then
    a professional group of the ``[affiliated]`` list; the study is credited to a named
    institution's staff, as "economists at Stanford" is. Not a people's or party's adjective
    ("British economists", "Democratic strategists", "GOP analysts"): an unnamed group."""
    words = text[start:end].split()
    if not 1 < len(words) < 5 or words[-1].lower() not in affiliated_professionals():
        return False
    if not all(word[:1].isupper() and not word.endswith(_PEOPLE_ADJECTIVE_ENDINGS) and (
        word.lower() not in _NOT_EMPLOYERS
    ) for word in words[:-1]):
        return False
    return _STUDY_BY.search(text, max(0, start - 24), start) is not None


def _the_proper_name(words: list[str], capitals: list[bool], head_at: int) -> bool:
    """Whether a mention is "the" and a singular capitalised name with no title or role in it
    ("The Red Cross", "the Hendricks Group", "the F.B.I."); not "the Smiths" (a family), "the
    Pope", "the Rev. Al Green" (a role or title), "the President", "the Texan"."""
    head = words[head_at]
    if head_at < 1 or words[0] != "the" or head_at > 4 or (
        head.endswith("s") and not head.endswith("ss")
    ):
        return False
    named = words[1 : head_at + 1]
    if not all(capitals[1 : head_at + 1]):
        return False
    if head_at == 1 and head.endswith(("an", "at", "man", "ese")):
        return False  # "the Texan", "the Republican", "the Democrat": a person by origin or party
    roles = role_heads()
    honorifics = _honorific_heads()
    return not any(
        word.rstrip(".") in titles() or word in roles or word in honorifics
        or word.endswith("'s") for word in named
    )


@cache
def _honorific_heads() -> frozenset[str]:
    """``[honorific_head]`` of speaker_words.txt ("duke", "emir", "lama")."""
    return frozenset(sections("speaker_words.txt")["honorific_head"])


@cache
def _named_collectives() -> tuple[tuple[str, ...], ...]:
    """Proper names built on a collective noun (("united", "nations"), ...: the
    ``[named_collectives]`` section of ``vague.txt``)."""
    names = _sections("vague.txt").get("named_collectives", ())
    return tuple(tuple(name.split()) for name in names)


def _names_a_collective_body(words: list[str], head_at: int) -> bool:
    """Whether the collective head at ``head_at`` ("nations") is part of a listed proper name
    around it ("The United Nations", "First Nations"); not "Leaders of First Nations
    communities", whose head is "leaders"."""
    for name in _named_collectives():
        for first in range(max(0, head_at - len(name) + 1), head_at + 1):
            if tuple(words[first : first + len(name)]) == name:
                return True
    return False


def _the_capitalised_collective(words: list[str], capitals: list[bool], head_at: int) -> bool:
    """Round 19: "the" and two or more capitalised words ending in the collective head ("The
    United Auto Workers", "the United Steelworkers" is one word and stays vague):
    a name, when the head is a common noun capitalised only as part of it; not a party or a
    people, always capitalised ("the Senate Democrats", "the Young Americans"). The caller
    has checked that the head is capitalised."""
    head = words[head_at]
    return (
        head_at >= 2 and words[0] == "the" and all(capitals[1:head_at])
        and head not in _capitalised_groups() and not head.endswith(_DEMONYM_ENDINGS)
    )


@cache
def _capitalised_groups() -> frozenset[str]:
    """Groups whose name is always capitalised (``[capitalised_groups]`` of ``vague.txt``)."""
    return frozenset(_sections("vague.txt").get("capitalised_groups", ()))


_DEMONYM_ENDINGS = ("ans", "ese", "ites", "ards", "ish")


ANAPHORS = frozenset(["the", "this", "that", "these", "those"])
"""Determiners of a definite mention that may refer back to an earlier one with its head ("the
official" after "a senior administration official"): the speaker stage's role antecedents and
the sourcing stage's repeats (round 14)."""
PLURAL_DEFINITE = frozenset(["the", "these", "those", "both"])
"""Determiners of a definite plural, which may refer back to an unnamed group ("the people"
after "two people familiar with the matter", "both officials" after "two officials")."""


def one_of_a_group(words: list[str]) -> bool:
    """Whether a mention's lower-cased ``words`` name a part of a group ("one of the people",
    "another official", "some of them"), which a later "the people" does not mean: it means the
    whole group ("dozens of members of his party" is one), and a part stands for it only when
    no group was mentioned. The one test for the quote speakers (``speakers``) and the flags
    (``sourcing``): round 14."""
    return words[:1] in (["one"], ["another"]) or (
        words[1:2] == ["of"] and words[2:3] in (["the"], ["them"], ["these"], ["those"])
    )


NAMES_WITHHELD = (
    r"(?:(?:his|her|their|its|our|my)\s+(?:full\s+|last\s+|family\s+)?(?:sur)?names?"
    r"|they|he|she|it|we|I)\s+(?:not\s+be|be\s+withheld|remain\s+anonymous|go\s+unnamed)"
)
"""What someone asked for anonymity asks ("... asked that their names not be used", "that he
remain anonymous"): the one wording for the quotes stage (reported words that only ask for
anonymity: ``quotes._ANONYMITY_REQUEST``) and the sourcing stage (", who asked that ...": how
the source spoke, not a claim: ``ANONYMITY_RELATIVE``). Round 14."""

ANONYMITY_RELATIVE = re.compile(
    r",?\s*(?:speaking\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)\b|"
    r"who\s+(?:(?:spoke|speaking|talked)\s+(?:on|anonymously|only|privately)|"
    r"(?:requested|asked|declined|insisted|agreed)\s+(?:anonymity|not|to\s+(?:remain|be)|"
    r"that\s+(?:" + NAMES_WITHHELD + r"))|"
    r"gave\s+only\s+(?:his|her|their)\s+(?:first\s+names?|call\s+signs?|nicknames?)|"
    r"(?:did|does|do)\s+not\s+(?:want|wish)\s+(?:to\s+be\s+(?:named|identified)|"
    r"(?:his|her|their)\s+(?:full\s+|real\s+|last\s+)?names?\s+(?:used|published|printed))|"
    r"(?:was|were)\s+not\s+authori[sz]ed))",
    re.IGNORECASE,
)
"""A relative clause after a source that says why or how it goes unnamed (", who spoke on
condition of anonymity", "who asked not to be identified"): for the sourcing finders, how the
source spoke, not a claim; for the speakers (round 15), an unnamed person's or group's
anonymity. Round 27: the participle too ("One minister, speaking on condition of anonymity,
said": the minister is the unnamed source, not the phrase)."""


NAMED_GROUP = re.compile(
    r"(?:[A-Z][a-z]+ )+(?:for|against|Against) (?:the )?[A-Z]|(?:The )?Friends of (?:the )?"
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord|Prof|Professor|President|Prince|Princess"
    r"|Sen|Senator|Gov|Governor|Rep|Representative|Judge|Justice|Gen|General|Mayor|Rev"
    r"|Reverend|Bishop|Father|Sister|Chancellor|Minister|Secretary)\b)"
    r"[A-Z]"
    r"|(?:In|For) [A-Z][a-z]+ (?:of|for|to) (?:the )?[A-Z]"
    rf"|(?:{'|'.join(sorted(_CAMPAIGN_VERBS))}) (?:the|The|Our|our|Your|your) [A-Z]"
)
"""A capitalised group noun, then "for"/"against" and a capital: an organisation's name ("Citizens
for Tax Justice", "Students for Fair Admissions"). Round 24: "Friends of the Earth", "Friends of
Saudi Arabia": a charity's or lobby's name, not friends who speak; round 29 (AUDIT29): not
before a title ("Friends of Mr Holt say he is torn": a person's friends, unnamed people).
Round 25: a name opening on a preposition ("In Defense of Animals", "For Love of Country");
"Against" in capitals ("Mothers Against Drunk Driving"). Round 27 (DEFECT27): a campaign's
imperative name ("Save the Children", "Reclaim Our Schools", "Rock the Vote"): a verb,
"the"/"Our"/"Your", then a capital."""
NOT_A_SMALL_COUNT = frozenset(["in", "dozen", "hundred", "thousand", "million", "billion"])
"""A share ("two in three") or a magnitude ("seven thousand residents") is no small count."""
_SHARE_NUMBERS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     *map(str, range(1, 11))]
)
COUNTED_PEOPLE = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", *map(str, range(2, 10))]
)
"""A small count before a group noun makes its members unnamed individuals ("two crew
members"), not an open class ("several" stays vague: it does not say how many). The one set of
small counts: quote speakers (``speakers``), counted groups (``source_finders``) and cited
people (``source_citing``) use it too. Not ten and up: "Six in 10 Republicans" is a poll share
whose mention starts at "10" (round 14)."""


_TALLY = re.compile(r"[1-9]\d{0,2}(?:,\d{3})++|[1-9]\d{2}")
"""A count in figures of 100 or more ("520", "1,409", "12,000"); four figures without a comma
are a year ("In 2016 voters said")."""


def tallied(words: list[str]) -> bool:
    """Round 21: the words of a group (split on spaces) open with a count in figures of 100 or more
    ("1,409 teachers said they wanted to endorse Sanders", "520 superdelegates have said they
    support Clinton"): a tally of a poll, pledges or votes, which an editor can check against
    its count, not an unnamed source.  Written-out counts ("hundreds of residents") and "more
    than 100" stay sources: only a bare figure as the first word."""
    return bool(words) and words[0][:1].isdigit() and _TALLY.fullmatch(words[0]) is not None


def head_index(words: list[str], capitals: list[bool] | None = None) -> int:
    """Index of the head noun of a mention: the last word before a post-modifier ("of" between
    two capitalised words after a body's word is inside a name: "a Bank of England official")."""
    for i in range(1, len(words)):
        if words[i] in _POST_MODIFIER_STARTS:
            if words[i] in _PLACE_WORDS and not (
                i + 1 < len(words) and (
                    words[i + 1] in _PLACE_OBJECT_OPENERS or words[i + 1] in _BARE_PLACES
                    or (capitals and capitals[i + 1])
                )
            ):
                continue  # "an inside source", "conservative outside groups": an adjective
            if (capitals and words[i] in ("of", "for") and i + 1 < len(words) and capitals[i - 1]
                    and capitals[i + 1] and words[i - 1] in _BODY_BEFORE_OF
                    and not all(capitals[i + 1 :])):
                continue
            return i - 1
    return len(words) - 1


CALL_SIGN = re.compile(r"\b[KW][A-Z]{2,3}-(?:TV|FM|AM|DT|LD|CD)\b")
"""A US broadcaster's call sign with its band ("WKRT-TV", "KQED-FM"): a news outlet."""


@cache
def _mastheads() -> frozenset[str]:
    return frozenset(_sections("outlets.txt").get("mastheads", ()))


NOT_A_DATE_WORD = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
)
"""A look-ahead: the capitalised word next is no weekday or month ("the newspaper Monday")."""


@cache
def _outlet_before_name() -> re.Pattern[str]:
    """An outlet noun, then a capitalised name.  The noun's start (no word character,
    apostrophe or hyphen before it) is tested by ``outlet_named_after_its_noun``: a pattern that
    opens with a look-behind is tried at every position of the text, one that opens with the
    nouns' trie skips in C to their first letters (a third of ``classify_mention``'s time)."""
    nouns = _sections("outlets.txt").get("before_name", ())
    return re.compile(
        "(?:" + alternation(nouns) + r") (?:[Tt]he )?" + NOT_A_DATE_WORD + "[A-Z]"
    )


_INSIDE_A_WORD = re.compile(r"[\w'\u2019-]")
"""A character that makes a noun after it part of a longer word ("newspaper" of "e-newspaper")."""


def outlet_named_after_its_noun(text: str) -> bool:
    """Round 19: "Spanish newspaper Diario Deportivo", "the technology news site The Circuit",
    "radio station Onda Norte": a lower-case outlet noun among the first words, then the name."""
    pattern = _outlet_before_name()
    match = pattern.search(text, 0, 80)
    while match is not None and match.start() and _INSIDE_A_WORD.match(text, match.start() - 1):
        match = pattern.search(text, match.start() + 1, 80)  # (the next one whose noun starts
        # a word: what a look-behind in the pattern found)
    return match is not None and text.count(" ", 0, match.start()) <= 3


def _masthead(text: str) -> bool:
    """A capitalised title ending in a newspaper word: "The Ashbury Courier", "Valley Times"."""
    words = text.split()
    if not words or words[-1] not in _mastheads():
        return False  # the last word decides first (it is the last word after "the" too)
    the = words[0].lower() == "the"
    if the:
        words = words[1:]
    return (
        (the or len(words) > 2)  # "Ann Post" is a person
        and 1 < len(words) <= 5
        and words[-1] in _mastheads()
        and all(word[:1].isupper() for word in words)
        and words[-2].lower() not in not_before_masthead()  # review 29: "Spelling Bee"
    )


@cache
def not_before_masthead() -> frozenset[str]:
    """Words that make a masthead word something else (``outlets.txt [not_before_masthead]``)."""
    return frozenset(_sections("outlets.txt").get("not_before_masthead", ()))


@lru_cache(maxsize=32)
def _anonymous_phrase_re(phrases: frozenset[str]) -> re.Pattern[str]:
    """One search for ``any(f" {phrase} " in padded for phrase in phrases)``: the phrases as a
    character trie of literals (spaces stay single spaces), between spaces."""
    return re.compile(" (?:" + alternation(phrases) + ") ")


@cache
def _names_need_a_capital() -> bool:
    """Whether the default outlet-name regex only matches text with an upper-case letter."""
    names = lexicon_for(None).outlet_names
    return all(name[:1].isascii() and name[:1].isupper() for name in names)


FOCUS_WORDS = frozenset(["just", "only", "nearly", "almost", "roughly", "about", "around"])
"""Round 21: focus words and approximations before a count ("Just 37% of Americans said",
"Nearly half of voters say", "Only 12 of the 40 senators"): a sentence's capital, no name."""
_OPENING_WORDS = frozenset(
    ["a", "an", "the", "one", "another", "some", "many", "several", "two", "three", "this",
     "that", "these", "those", "his", "her", "their", "its", "our",
     # round 19: quantifiers and determiners ("More women are founding companies", "Most
     # parents", "Both women"): a sentence's capital, never a name of their own
     "more", "most", "other", "few", "fewer", "both", "all", "such", "each", "every", "no",
     "any", "my", "your"]
) | FOCUS_WORDS
"""Words whose capital only opens a sentence."""


_ACRONYM_AFTER_HYPHEN = re.compile(r"[A-Z]{2,6}\b")


_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]++)[ \t]++$")


CLOSING_SAID = re.compile(
    r"[ \t]++(?:said|say|says|added|warned|argued|insisted|claimed|complained|noted|explained"
    r"|wrote|told[ \t]++\w++)[ \t]*+[.;!?]"
)
"""Round 29: after a "they" that follows a comma, a sentence's closing attribution ("...,
they said.", "..., they warned."): the clause before is what they said, so no group inside it
is who they are. One pattern for the speakers (``_group_subject_before``) and the sourcing
finders (``_group_antecedent``)."""


_TITLES_BEFORE_NAMES = frozenset([
    "gov", "gov.", "governor", "sen", "sen.", "senator", "rep", "rep.", "judge", "justice",
    "ambassador", "mayor", "president", "minister", "secretary", "gen", "gen.", "general", "lt",
    "lt.", "col", "col.", "capt", "capt.", "sgt", "sgt.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.",
    "ms", "ms.", "miss", "sir", "dame", "lord", "prof", "prof.", "professor", "rev", "rev.",
    "bishop", "chancellor", "councillor", "cllr",
])
"""Review 29: a title opening a name ("Gov. Jay Power", "Ambassador Samantha Power"): a person,
not a firm whose name ends in a company word."""


@cache
def company_name_words() -> frozenset[str]:
    """Last words of company names (``speaker_words.txt [company.name_word]``: "Electric"): the
    one set for ``classify_mention`` and the speakers' company tests."""
    return section_words("speaker_words.txt", "company.name_word")


@cache
def given_names() -> frozenset[str]:
    """Listed given names of either sex (``speaker_words.txt [female_given]``, ``[male_given]``):
    the one set for the mentions here and ``speakers._given_name``."""
    return section_words("speaker_words.txt", "female_given") | section_words(
        "speaker_words.txt", "male_given"
    )


def after_given_name(text: str, start: int) -> bool:
    """Round 29: a listed given name right before ``start`` ("Mary Hill", "Sam Sun"): the word
    at ``start`` is a person's surname, not the outlet of that name ("The Hill", "The Sun")."""
    before = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1).lower() in given_names()


def _heads(outlet: re.Match[str] | None, text: str) -> bool:
    """Whether an outlet found in a mention is what the mention names, not the object of its
    head ("Critics of state media" are not an outlet; "the editor of The Times" stands for it)."""
    if outlet is None:
        return False
    after = outlet.end()
    if text[after : after + 1] == "-" and _ACRONYM_AFTER_HYPHEN.match(text, after + 1):
        return False  # round 21: "the Associated Press-NORC Center for Public Affairs Research",
        # "A Washington Post-ABC News poll": the outlet's name joined to an acronym is a
        # modifier of the head after them (not "the Chicago Sun-Times")
    if outlet.start() and outlet.group()[:1] not in "Tt" and (
        after_given_name(text, outlet.start()) or text.endswith("Capitol ", 0, outlet.start())
    ):
        return False  # round 29: "Her aunt, Mary Hill": a person; "aides on Capitol Hill"
    before = text[: outlet.start()]
    if before.endswith(" on "):
        return False  # round 29: "Many Democrats on the Hill" (Capitol Hill), "a guest on Fox
        # News": the people before "on" are the mention's head, not the outlet
    head, of, _ = before.partition(" of ")
    if not of:
        return True
    words = head.split()
    named = len(words) > 1 and words[-1][:1].isupper()  # "Lee Wang of The Intercept"
    lowered = {word.lower() for word in words}  # "the editorial board of the Post" speaks for it
    return named or "editorial" in lowered or not NEWSROOM_STAFF.isdisjoint(lowered)


_NOT_THE_CASE_TEAM = word_class("not_case_team")
"""Words before "prosecutors" that make them commentators rather than a case's prosecution."""
_FIRM = re.compile(r"(?:[Tt]he )?[A-Z][\w'.-]*+(?: [A-Z][\w'.-]*+)*+ & [A-Z].*+")
"""A name joined by "&" with only capitalised words before it: a firm ("Procter & Gamble"),
not "Goldstein of the law firm of Goldstein & Russell"."""
_ACRONYM = re.compile(r"(?![IVXLCDM]++$)[A-Z]{2,6}")
"""An acronym ("ECB", "NATO"; not a Roman numeral, "John Paul II"): the head of an
organisation's name."""

_BODIES = word_class("bodies")


def _of_bodies(phrase: str) -> bool:
    """The head of ``phrase`` names bodies, not people ("nearly 40 groups")."""
    words = WORD.findall(phrase.lower())
    return bool(words) and words[head_index(words)] in _BODIES


def _plural_people_noun(word: str) -> bool:
    """``word`` is a plural people noun the lists name outright (``[heads]`` of human_nouns.txt,
    or a whole word among its endings: "women", "men", "people"), not only by its shape."""
    return word in _listed_people_plurals()


@cache
def _listed_people_plurals() -> frozenset[str]:
    """The heads and endings of human_nouns.txt in one set (made once: an import and two
    look-ups per call cost more than the test)."""
    from newscheck.stages.source_shapes import human_nouns  # (source_shapes imports this module)

    nouns = human_nouns()
    return nouns.heads | frozenset(nouns.suffixes)


def _people_plural(phrase: str) -> bool:
    """The head of ``phrase`` is a plural people noun by shape ("rabbis", "homeowners")."""
    from newscheck.stages.source_shapes import human_nouns  # (source_shapes imports this module)

    words = WORD.findall(phrase.lower())
    return bool(words) and human_nouns().plural(words[head_index(words)])


BODY_KINDS = frozenset(sections("speaker_words.txt")["body_kind"])
"""Kinds of company or body named beside a name (``[body_kind]`` of speaker_words.txt:
"regulator", "airline", "app")."""
_BODY_KINDS_BEFORE_NAME = BODY_KINDS - {"producer", "promoter", "label", "carrier", "service"}
"""Kinds of company or body written before a one-word or longer name ("Energy regulator Ofgem",
"drugmaker Pfizer", "media watchdog Ofcom"); not those that also name a person's trade ("producer
Mark Ronson", "promoter Eddie Hearn")."""


@cache
def _bodies_before_name() -> frozenset[str]:
    """Round 25: the role nouns of bodies and outlets (``[role.organization]``,
    ``[role.outlet]`` of speaker_words.txt: "site", "group", "bank") that type a capitalised
    name right after them as a body, read from the lexicon (not added to ``[body_kind]``,
    which other rules read as a company's kind)."""
    found = sections("speaker_words.txt")
    return frozenset(found["role.organization"]) | frozenset(found["role.outlet"])


def _word_before_name(words: list[str], capitals: list[bool], head_at: int) -> str | None:
    """The lower-case word right before the capitalised name that ends at ``head_at``
    ("regulator" in "Energy regulator Ofgem", "pilot" in "Airline pilot John Smith"); None when
    the head is not capitalised or nothing lower-case stands before its name."""
    if not capitals[head_at]:
        return None
    start = head_at
    while start > 0 and capitals[start - 1]:
        start -= 1
    return words[start - 1] if start > 0 else None


def _title_word(word: str) -> bool:
    """Review 27: a title or office after an acronym ("NASA Administrator", "NYPD Commissioner",
    "FBI Director"): a role, not the body's name."""
    return word in titles() or role_heads().get(word) == "person" or word.endswith(
        ("or", "er", "ary", "ent")
    )


def _person_noun_before_name(words: list[str], capitals: list[bool], head_at: int) -> bool:
    """Whether a noun for one person stands right before the capitalised name that ends at
    ``head_at`` ("pilot" in "Airline pilot John Smith": the airline is his employer's kind, he
    is the speaker)."""
    from newscheck.stages.source_shapes import human_nouns  # (source_shapes imports this module)

    before = _word_before_name(words, capitals, head_at)
    return before is not None and human_nouns().singular(before)


def _capitalised_title_before_name(words: list[str], capitals: list[bool], head_at: int) -> bool:
    """Round 26 (DEFECT26): whether a capitalised title for one person ("Chief", "Commissioner",
    "Leader": a ``[title]`` that is a person noun or a role) stands inside the capitalised run
    before the capitalised name that ends at ``head_at``: "Police Chief Ann Lee", "Deputy Police
    Commissioner Maria Ortiz", "Council Leader Sam Byrne" are people, the body word before the
    title is whose officer they are. No body word may follow the title ("Police Chief
    Association" stays a body)."""
    from newscheck.stages.source_shapes import human_nouns  # (source_shapes imports this module)

    if not capitals[head_at]:
        return False
    titled, nouns = titles(), human_nouns()
    for index in range(head_at - 1, -1, -1):
        word = words[index + 1]
        if not capitals[index] or word in ORGANIZATION_WORDS or word in body_name_words():
            return False  # (the name after the title: capitalised, no body's word)
        title = words[index]
        if title in titled and (title in ROLE_WORDS or nouns.singular(title)):
            return True
    return False


@cache
def body_name_words() -> frozenset[str]:
    """Last words of organisation names (``[organization.name_word]`` of speaker_words.txt):
    the one set for the mention kinds and the speakers' names."""
    return frozenset(sections("speaker_words.txt")["organization.name_word"])


def plural_body(head: str) -> bool:
    """A plural of a body word ("companies", "firms", "banks", "campaigns"): after a definite
    determiner, bodies named before ("The companies said", "Both firms said")."""
    if head.endswith("ies"):
        return head[:-3] + "y" in ORGANIZATION_WORDS
    return head.endswith("s") and head[:-1] in ORGANIZATION_WORDS


_HELD_BY = re.compile(
    r"[ \t]++(?:" + "|".join(DOCUMENT_HELD_BY) + r")[ \t]++by[ \t]"
)
"""A document's holder after it ("... viewed by Reuters")."""
_QUESTIONED_BY = re.compile(r"[ \t]++(?:interviewed|contacted|reached|quoted)[ \t]++by[ \t]")
"""Round 28 (SRC28): people an outlet interviewed ("Voters interviewed by The New York Times"):
the people speak, the outlet only asked (not "surveyed"/"polled" by: a poll's respondents)."""


_DEMONYM_ENDINGS = ("ans", "is", "ese")


@cache
def _country_stems() -> dict[int, frozenset[str]]:
    """Each word of four letters or more of the ``[country]`` names less its last letter, by
    length ("saud", "ira", "russi", "chin")."""
    stems: dict[int, set[str]] = {}
    for line in section_lines("speaker_words.txt", "").get("country", []):
        for word in line.lower().split():
            if len(word) >= 4:
                stems.setdefault(len(word) - 1, set()).add(word[:-1])
    return {size: frozenset(words) for size, words in stems.items()}


SIDES_OF_A_DISPUTE = re.compile(
    r"\bsides of (?:the |this |that |an? )?(?:[\w-]+ ){0,3}?"
    r"(?:debate|issue|aisle|divide|argument|question|spectrum|dispute|fight|controversy)\b",
    re.IGNORECASE,
)
"""Round 25: "sides" as the camps of a public dispute ("both sides of the abortion debate",
"both sides of the aisle"), an unnamed group; other sides are parties a story names."""


def demonym_plural(word: str) -> bool:
    """Round 24 (DEFECT24): whether a lower-case ``word`` may be the plural of a nationality
    made from a ``[country]`` name: a stem of a country's word (less its last letter), then a
    word ending in -ans, -is or -ese ("saudis", "iranians", "israelis", "russians", "chinese").
    A loose test ("francis" passes): callers also ask for "the" and a capital. Irregular ones
    ("the French", "the Turks") are not read."""
    if not word.endswith(_DEMONYM_ENDINGS):
        return False
    return any(word[:size] in stems for size, stems in _country_stems().items())


_MEDIA_WORDS = frozenset([
    "news", "radio", "tv", "television", "today", "online", "times", "post", "network", "channel",
    "media", "live", "sports", "world", "international",
])
"""Round 27: words after an acronym that make a news outlet's name ("GMA News", "ABC Radio")."""
_CAMEL_CASE = re.compile(r"[A-Z][a-z]++[A-Z][A-Za-z]++|[a-z]++[A-Z][A-Za-z]++")
_SURNAME_PREFIXES = (
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "Fitz", "St", "El", "Al",
    "Au", "Ab", "Ben", "Bin", "Ibn", "Del", "Della", "Des", "Ter", "Ten",
)
"""Round 27: a word with a capital inside is a brand ("TikTok", "eBay"), unless it opens with a
surname's prefix ("McCarthy", "DeSantis", "LaGuardia", "VanDyke"; review 27: "ElBaradei",
"LoBiondo", "AuCoin")."""


@lru_cache(maxsize=4096)
def classify_mention(mention: str) -> str:
    """One of person, organization, outlet, document, anonymous, vague, unknown.

    Memoised: a pure function of the text (default lexicon), called again for each repeated
    speaker or source by both the quotes and the sourcing stage.
    """
    lexicon = lexicon_for(None)
    text = mention.strip().strip("'\"‘’“”,.:;")
    if not text:
        return "unknown"
    if text.isascii():  # lower-casing changes no ASCII character's class: one word split
        original_words: list[str] | None = _ASCII_WORD.findall(text)
        lowered = " ".join(original_words).lower()
    else:
        original_words = None
        lowered = " ".join(WORD.findall(text.lower())).replace("’", "'")
    words = lowered.split()
    if not words:
        return "unknown"
    if lowered in PRONOUNS or lowered in ("many of whom", "some of whom", "most of whom"):
        return "vague" if "whom" in lowered else "unknown"
    if text[:1].isupper() and NAMED_GROUP.match(text):
        return "organization"  # (round 24: before the phrases: "Friends of the Earth")
    if " " in lowered and lowered in KNOWN_BODIES:
        return "organization"  # round 29: "No 10", "Number 10", "Capitol Hill": a seat of power
    if _anonymous_phrase_re(lexicon.anonymous_phrases).search(f" {lowered} "):
        return "anonymous"
    if " by " in text and (
        (held := _HELD_BY.search(text)) is not None
        or (held := _QUESTIONED_BY.search(text)) is not None
    ) and ((head_kind := classify_mention(text[: held.start()])) != "unknown"):
        return head_kind  # round 23: "A draft consent order viewed by Reuters", "a memo
        # obtained by the newspaper": the document, not the outlet that holds it ("A patient
        # seen by doctors": the patient)
    if len(words) > 2 and words[1] == "in" and {words[0], words[2]} <= _SHARE_NUMBERS:
        return "unknown"  # "Seven in 10 voters": a poll's share, no one in particular
    if (
        len(words) > 2
        and words[0] in _UNNAMED_OPENERS
        and words[1] in NEWSROOM_STAFF
        and words[2] in _STAFF_PREPOSITIONS
    ):
        return "anonymous"  # "A reporter for USA Today": one unnamed person, not the outlet
    if (not text.islower() or not _names_need_a_capital()) and _heads(
        lexicon.outlet_name_re.search(text), text
    ):
        return "outlet"  # (every default outlet name starts with a capital: none in "officials")
    if ("the" in text or "The" in text or "tate" in text) and _heads(
        lexicon.outlet_noun_re.search(text), text
    ):
        return "outlet"  # (the noun pattern opens with "[Tt]he" or "[Ss]tate"; its "[Aa]n?"
        # branch, "a local newspaper", serves the sourcing finders, not a speaker's kind)
    if _masthead(text) or (" " in text and outlet_named_after_its_noun(text)) or (
        text[-3:-2] == "-" and CALL_SIGN.search(text)
    ):
        return "outlet"  # round 19: also a broadcaster's call sign ("WKRT-TV reported")
    if original_words is None:
        original_words = WORD.findall(text)
    capitals = (
        [w[:1].isupper() for w in original_words] if len(original_words) == len(words) else None
    )
    head_at = head_index(words, capitals)
    head = words[head_at].removesuffix("'s").rstrip(".")  # "Arden Rotorcraft Inc."
    first = words[0]
    if NAMED_GROUP.match(text):
        return "organization"  # "Citizens for Tax Justice", "Americans for Prosperity"
    if capitals is not None and capitals[head_at] and (
        head in KNOWN_BODIES or (head_at and f"{words[head_at - 1]} {head}" in KNOWN_BODIES)
    ):
        return "organization"  # round 23: "Ofgem said", "Fannie Mae said": a known body
    if head in _BODY_COMPOUND_HEADS and (
        head in _BODY_COMPOUNDS or (head_at and f"{words[head_at - 1]} {head}" in _BODY_COMPOUNDS)
    ):
        return "organization"  # round 29: "the Greek coast guard said", "the air force"
    if head in STAFF_GROUPS and words[head_at - 1 : head_at] != ["of"] and not (
        head_at and capitals is not None and capitals[head_at]
    ):
        return "vague"  # round 23: "Staff at the clinic said", "hospital staff" (not "his
        # chief of staff", one person; not a name, "The Joint Staff")
    if head in _PARTITIVE_GROUPS and words[head_at + 1 : head_at + 2] == ["of"] and (
        first in _UNNAMED_OPENERS or first in _GROUP_COUNTS
    ):
        # "a group of black parents", "a coalition of labor unions": the people it is made of
        # decide; unnamed people make an unnamed collective (round 13)
        rest = " ".join(text.split()[head_at + 2 :])
        members = classify_mention(rest)
        if not _of_bodies(rest) and (
            members in ("anonymous", "vague") or (members == "unknown" and _people_plural(rest))
        ):
            return "vague"  # (a coalition of groups or unions is one body)
    if head in lexicon.collectives and capitals and capitals[head_at] and (
        _names_a_collective_body(words, head_at)
        or _the_capitalised_collective(words, capitals, head_at)
    ):
        return "organization"  # round 18: "The United Nations said" (not "Western nations")
    if head == "sides" and not SIDES_OF_A_DISPUTE.search(lowered):
        return "unknown"  # round 25: "the two sides said": the parties to talks the story
        # names, not an unnamed camp ("both sides of the abortion debate")
    if (
        head in lexicon.anonymous_heads
        or head in lexicon.collectives
        or (head in lexicon.singulars and first in SINGULAR_DETERMINERS)
    ):
        original = text.split()
        after_head = " ".join(original[head_at + 1 :])
        if "," in text and names_someone(", " + after_head.lstrip(", ")):
            return "person"
        if after_head[:1].isupper():  # "aide Huma Roe"
            return "person"
        if head in affiliated_professionals() and AT_NAMED_INSTITUTION.match(after_head):
            return "organization"  # "Analysts at Brightline Securities": the firm is named
        if (
            head.startswith("spokes")
            and not head.endswith(("men", "people"))
            and head_at > 0
            and words[head_at - 1].endswith("'s")
        ):
            return "person"  # "Cameron's spokesman", "the prime minister's spokesman": one role
        if text[:1].isdigit() and head_at and tallied(original):
            return "unknown"  # round 21: "1,409 teachers", "520 superdelegates": a tally
        if head in lexicon.anonymous_heads:
            return "anonymous"
        if head in lexicon.singulars:
            return "anonymous"
        if not COUNTED_PEOPLE.isdisjoint(words[:head_at]) and NOT_A_SMALL_COUNT.isdisjoint(
            words[:head_at]
        ):
            return "anonymous"  # "two crew members", "three nurses": individuals, not a class
        return "vague"
    if head in _ranked_heads() and not _ranks().isdisjoint(words[:head_at]):
        after_head = " ".join(text.split()[head_at + 1 :])
        if not after_head[:1].isupper() and not (
            "," in text and names_someone(", " + after_head.lstrip(", "))
        ):
            return "anonymous"  # round 28 (AUDIT28B): "One senior party figure said", "a
            # leading Labour figure": an unnamed person ("government figures" are numbers)
    if head in lexicon.document_heads:
        return "document"
    if head in ROLE_WORDS:  # a unique role: "the president", "Trump's campaign manager"
        if head in _SHARED_ROLES and (first in _UNNAMED_OPENERS or first == "another"):
            after_head = " ".join(text.split()[head_at + 1 :])
            if not after_head[:1].isupper() and not (
                "," in text and names_someone(", " + after_head.lstrip(", "))
            ):
                return "anonymous"  # round 29: "A senator said", "one minister", "a European
                # ambassador": one of many holders, unnamed (not "a senator, Ann Roe,")
        return "person"
    if first == "the" and head in lexicon.singulars and words[head_at + 1 : head_at + 2] == [
        "of"
    ] and capitals is not None and any(capitals[head_at + 2 :]):
        return "person"  # round 25: "The chief executive of Korvex", "the director of the FBI":
        # the one holder of a named body's post, as "Korvex's chief executive" is
    if head == "prosecutors" and not _NOT_THE_CASE_TEAM.isdisjoint(words[:head_at]):
        return "vague"  # "Former prosecutors", "many prosecutors": commentators, not the case's
    if head in ORGANIZATION_WORDS or (first in PLURAL_DEFINITE and plural_body(head)) or (
        not ORGANIZATION_WORDS.isdisjoint(words[:head_at])
        and not (capitals is not None and _person_noun_before_name(words, capitals, head_at))
        and not (capitals is not None and _capitalised_title_before_name(words, capitals, head_at))
        and not (head_at and words[head_at - 1] == "police" and _people_plural(head))
    ):
        return "organization"  # (also "Prosecutors said": the prosecution of the case)
    if " & " in text and _FIRM.fullmatch(text):
        return "organization"  # "Procter & Gamble", "the Mercer & Finch bank": a firm
    if capitals is not None and text.isascii() and _CAMEL_CASE.fullmatch(
        original_words[head_at]
    ) and not (
        original_words[head_at].startswith(_SURNAME_PREFIXES)
    ):
        return "organization"  # round 27: "TikTok said", "YouTube", "PayPal", "OpenAI": a
        # brand's inner capital (not "McCarthy", "DeSantis", "LaGuardia", "O'Brien")
    if capitals is not None and _ACRONYM.fullmatch(original_words[head_at]) and (
        head not in PERSON_INITIALS
    ) and not (head in POST_NOMINALS and head_at > 1 and all(capitals[:head_at])):
        return "organization"  # "The ECB", "the IMF": an acronym names a body, not a person
    if capitals is not None and len(original_words) == 2 and all(capitals) and len(
        original_words[0]
    ) >= 3 and _ACRONYM.fullmatch(original_words[0]) and first not in PERSON_INITIALS and (
        head not in _MEDIA_WORDS and head not in ROLE_WORDS and not _title_word(head)
    ):
        return "organization"  # round 27: "NHS England said", "UK Sport": a body's acronym and
        # the country or field it covers (a title after an acronym, "FBI Director", is a role;
        # "GMA News", "ABC Radio" are outlets, read elsewhere)
    if capitals is not None and (
        (before := _word_before_name(words, capitals, head_at)) in _BODY_KINDS_BEFORE_NAME
        or before in _bodies_before_name()
    ):
        return "organization"  # round 16: "Energy regulator Ofgem", "drugmaker Pfizer"; round
        # 25 (DEFECT25): "the booking site TableNow", "the pop group Velvet": a body's noun
        # before the name (a news outlet's, "the news site Axion", is an outlet above)
    if capitals is not None and capitals[head_at] and head in body_name_words():
        return "organization"  # round 16: "The Royal College of Emergency Medicine", "the
        # Athletics Integrity Unit": a capitalised body word heads a name (not "a college student")
    if len(words) == 2 and first == "the" and capitals is not None and capitals[1] and (
        demonym_plural(head)
    ):
        return "organization"  # round 24: "The Saudis said", "the Iranians": a country's
        # side in talks or a dispute, its government, as "Riyadh said" is
    if capitals is not None and _the_proper_name(words, capitals, head_at):
        return "organization"  # round 18: "The Red Cross", "the Hendricks Group": "the" and a
        # singular capitalised name is a body; a person's name takes no article
    if (
        capitals is not None and len(words) >= 3 and head_at == len(words) - 1
        and head in company_name_words()
        and words[0].rstrip(".") not in given_names()  # (round 14: "Mary Capital", "Ms.
        and _TITLES_BEFORE_NAMES.isdisjoint(words[:2])  # Capital"; review 29:
        # "Gov. Jay Power", "Ambassador Samantha Power"; two words, "Keisha Power", are left to
        # the speakers' company test)
        and all(
            capital or word in ("and", "of", "&")
            for capital, word in zip(capitals, words, strict=True)
        )
    ):
        return "organization"  # round 29 (review): "Pacific Gas and Electric says", "Sierra
        # Valley Electric": a capitalised name that ends in a company's word (not "Electric
        # car owners", whose head is "owners")
    for position, word in enumerate(text.split()[: head_at + 1]):
        if word[:1].isupper() and not (position == 0 and word.lower() in _OPENING_WORDS):
            if position == 0 and capitals is not None and not any(capitals[1:]) and (
                (_plural_people_noun(head) or plural_body(head)) and not first.endswith("'s")
            ):
                return "vague"  # "Women say", "Neighbors said", "Local women said": the
                # capital is the sentence's, the head a listed plural people noun (not a name
                # of that shape, "Withers said", nor a name's: "Cruz's lawyers"); round 21:
                # or a body word's plural ("Companies say", "Banks warned": they had been a person)
            return "person"  # (not a sentence's capital on "A local blog" or "One of them", nor
            # a name after the head: "one mother in the Riverside neighborhood")
    return "unknown"
