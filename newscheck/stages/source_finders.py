"""Finding source mentions: anonymous, vague, outlets, documents, unattributed claims."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from newscheck.document import Document
from newscheck.lexicon_files import section_phrases, section_words
from newscheck.report import TextSpan
from newscheck.stages.attribution import group_after_relatives_object, verb_section
from newscheck.stages.loaded import affirmed_conviction
from newscheck.stages.mentions import (
    ANONYMITY_RELATIVE,
    AT_NAMED_INSTITUTION,
    CALL_SIGN,
    CLOSING_SAID,
    COUNTED_PEOPLE,
    DETERMINERS,
    NAMED_GROUP,
    NOT_A_DATE_WORD,
    NOT_A_SMALL_COUNT,
    ORGANIZATION_WORDS,
    ROLE_WORDS,
    SINGULAR_DETERMINERS,
    STATE_RUN,
    SourcingLexicon,
    _alternation,
    _sections,
    affiliated_professionals,
    after_given_name,
    names_someone,
    not_before_masthead,
    study_by_institution_staff,
    tallied,
)
from newscheck.stages.source_coreference import find_speech_pronouns, of_people
from newscheck.stages.source_patterns import SourcingPatterns
from newscheck.stages.source_phrases import (
    AFTER_GROUP_SUBJECT,
    ALLEGIANCE_CUES,
    FOLLOWING_WORD,
    INTERVIEWED,
    MODIFIERS,
    NAMED_MEMBERS,
    PREDICATE_BEFORE,
    PRINCIPAL_OBJECT,
    SPEAKER_VERBS,
    STOP_CAPS,
    WORD,
    absolute_attitude,
    addressed,
    after_name,
    after_place,
    attitude_after,
    caused_to_think,
    could_be_credited,
    credited,
    cued_before,
    extend_left,
    extend_over_unnamed_members,
    extend_right,
    in_proper_name,
    intention_after,
    known_according_to_others,
    may_be_credited,
    measured,
    media_modifier,
    note_psych_hits,
    noun_follows,
    participle_phrase_end,
    phrase_object_end,
    race_called,
    sentence_bounds,
    skip_parenthetical,
    speaker_credited,
    speech_follows,
    speech_for_after,
    speech_in_coordinated_verb,
    speech_participle_after,
    stance_follows,
    subject_of_clause,
    verb_follows,
)
from newscheck.stages.source_relatives import relative_position
from newscheck.stages.source_shapes import HumanNouns, capitalised_elsewhere, human_nouns
from newscheck.stages.source_stances import (
    find_group_stances,
    find_viewpoint_groups,
    stance_after,
)


@dataclass
class Mention:
    """A source mention found in the text (or a quote speaker), before it becomes a Source."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    rule: str | None = None
    reason: TextSpan | None = None
    quotes: list[str] = field(default_factory=list)


class Found(list):
    """The mentions found so far, with a character map for constant-time overlap tests."""

    def __init__(self, length: int) -> None:
        super().__init__()
        self.covered = bytearray(length + 1)
        self.markers: list[tuple[int, int]] = []
        """Anonymity markers ("spoke on condition of anonymity") awaiting a mention."""
        self.poll_sentences: dict[tuple[int, int], bool] = {}
        """Sentence bounds -> whether the sentence reports a poll (one search per sentence,
        however many groups a long sentence holds)."""
        self.stance_heads: list[tuple[int, int, str]] = []
        """Round 10: head nouns of the groups flagged for a stance (``source_stances``), as
        (start, end, scanner tag): antecedents for a later "they" even when no list knows the
        noun ("Homeowners in the valley are worried.  They fear …")."""

    def append(self, mention: Mention) -> None:
        super().append(mention)
        self.covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def grow(self, mention: Mention, end: int, text: str) -> None:
        """Grow ``mention`` to ``end`` ("activists and intellectuals" -> "... who")."""
        self.covered[mention.end : end] = b"\x01" * (end - mention.end)
        mention.end = end
        mention.text = text[mention.start : end]

    def overlaps(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) >= 0  # no slice copy


_CLAUSE_END = re.compile(r"[,.;:!?\"“”‘’()—–]|\s'|'\s|\s-\s")


_QUOTED_NAME = re.compile(r"['\"‘“]([A-Z][^'\"’”\n]{0,40}?)['\"’”]")


_PRIVATELY_AFTER = re.compile(r"[\s,]*(?:[\w'’]+\s+){0,2}?privately\b", re.IGNORECASE)


_PRIVATELY_BEFORE = re.compile(r"\bprivately,?\s*$", re.IGNORECASE)


_JOINED = re.compile(r"([\w'’.-]+)\s+(?:and|or|nor|&)\s*$")


def predicate_noun(text: str, start: int, lo: int) -> bool:
    """Whether the mention at ``start`` follows a copula or "as" and so describes the subject
    ("Ann Roe is a retired teacher who", "described himself as a farmer who"); not after
    "there" ("There are critics who say …" credits the critics)."""
    before = text[max(lo, start - 40) : start]
    return before.endswith((" as ", " became ", " remains ")) or bool(_COPULA_BEFORE.search(before))


_INTERVIEW_BEFORE = re.compile(
    r"\b(?:told|in\s+an?\s+(?:\w+\s+)?interview\s+(?:with|on)|speaking\s+(?:to|with|on)|"
    r"interviewed\s+by|said\s+on|(?:wrote|writing)\s+(?:in|for))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before an outlet: the words reached the story through its interview or pages ("told CNN",
"In an interview with the BBC", "said on Fox News"): second-hand."""
_STATE_BEFORE = re.compile(r"\b" + STATE_RUN + "$")
_OF_YOU = re.compile(r"\s+of\s+(?:you|us)\b", re.IGNORECASE)
_JOINERS = (" and", " or", " nor", "&")


_NOBODY = re.compile(r"(?:no|none\s+of)\b", re.IGNORECASE)
"""Round 29 (review): "none of" stays nobody here: reading "None of the residents said" as the
residents also flagged "None of the residents responded to requests for comment", and the
stance finders (``source_stances._NOBODY``) read it as nobody too."""
_NEITHER = re.compile(r"\bneither\s+$", re.IGNORECASE)
_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
"""'no Republicans' when "no" stays outside the grown phrase (it is no determiner there)."""


_SPEAKER_OPENERS = frozenset(["a", "an", "one", "another", "the", "his", "her", "their"])
"""Words one of which must stand before a person named by a common noun (the cheap first test)."""
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:,—–\"“”]|\n|\b(?:and|but|yet))\s*$", re.IGNORECASE)
_VIEW_TO = re.compile(r"(?:^|[.!?\"“”\n]\s*)(?:(?:but|and|yet)\s+)?to\s+$", re.IGNORECASE)
"""'To many, he is a provocateur': a view credited to the group after a sentence-initial 'to'."""
_PLAIN_PEOPLE = section_words("anonymous.txt", "plain_people")
"""Speaker nouns that stay unnamed with "the" ("the man said", round 16: "the heckler yelled");
"the judge" is a known role."""
_CLOSE_PEOPLE = section_words("anonymous.txt", "close_people")
_POSSESSIVES = frozenset(["his", "her", "their"])
"""'her friend said': an unnamed person close to someone, credited only with words of their own."""
_KIN = section_words("mention_words.txt", "own_family")
"""Round 24: family nouns that "my"/"our" make the speaker's own people, not a vague group."""
_AUDIENCES = section_words("vague.txt", "audiences")
_AUDIENCE_MODIFIES = re.compile(r"[ \t]++[a-z]++[ \t-]++([a-z]++)")
"""Round 23: a crowd or audience modifying a noun, then a people noun ("crowd safety experts",
"audience research firms"): the group after it is the mention."""
_REACTION_VERBS = section_words("sourcing_cues.txt", "crowd_reactions")
"""What credits a crowd: words of its own or a judging response ("received the jokes warmly").
Round 6: noise alone ("the crowd booed", "roared", "cheered", "laughed") reports an event, not
a view anyone could check with a source; PolNeAR labels 3 such crowds and leaves 23 unlabelled."""


_CHANT_NOUN = re.compile(r"\b(?:chants?|shouts|cries|refrains?)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“”]|''")


def _chanted_words(text: str, start: int, end: int, bounds: tuple[int, int]) -> bool:
    """A crowd's chant or shouts whose words the sentence quotes ("the crowd reprised the chant
    “Lock her up!”", "roused the crowd to chants of 'Lock her up!'", "“Call the roll,” came
    shouts from the crowd"): words of its own, unlike boos or cheers (round 13)."""
    return bool(
        _CHANT_NOUN.search(text, max(bounds[0], start - 60), min(bounds[1], end + 60))
        and _QUOTED.search(text, max(bounds[0], start - 300), min(bounds[1], end + 300))
    )  # (bounded windows: a flood of "the crowd chants" in one sentence stays linear)


_ONE_OF = re.compile(r"(?:one|an?|another)\s+of\b", re.IGNORECASE)
_COUNTED = re.compile(
    r"(?:" + "|".join(sorted(COUNTED_PEOPLE, key=len, reverse=True)) + r")[ \t]+"
    r"(?!(?:" + "|".join(sorted(NOT_A_SMALL_COUNT)) + r"|of|out|percent)\b)(?=[a-z])",
    re.IGNORECASE,
)
"""A small count opening a group ("two crew members", "three nurses"): unnamed individuals who
could be named (anonymous in the labelling guidelines), not an open class; the words are
``mentions.COUNTED_PEOPLE``, as for a quote speaker."""


def _document_name(words: str) -> str:
    """A document's inventory name: its words as written ("a Pentagon memo"), an opening
    article lower-cased so "The memo" and "the memo" are one name."""
    first, _, rest = words.partition(" ")
    if rest and first.lower() in _ARTICLES:
        return f"{first.lower()} {rest}"
    return words


_ARTICLES = frozenset(["a", "an", "the", "this", "that", "these", "those"])
_SHARE_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \t]+(?:in|of|out of)[ \t]+$",
    re.IGNORECASE,
)


_NAMED_AFTER = re.compile(r"\s+(?:from|by|among)\s+(?:the\s+)?[A-Z]")
_ACTIVE_RAISE = re.compile(r"rais(?:ed|es) questions\Z", re.IGNORECASE)
_WORD_BEFORE_VERB = re.compile(
    r"([\w'’.-]+)(?:\s+(?:has|have|had|also|again|already|repeatedly|now|only))*\s+\Z"
)
_PERSON_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "you", "who"])


def _person_raises_questions(text: str, start: int) -> bool:
    """ "Trump has raised questions", "the mayor raised questions": whoever asks is named.

    So is an organisation ("the committee raised questions").

    An active "raised questions" whose subject is a thing ("the decision raised questions", "a
    gesture that raised questions") still hides who asks; it is flagged like the passive.
    """
    before = _WORD_BEFORE_VERB.search(text, max(0, start - 60), start)
    if before is None:
        return False
    word = before.group(1)
    lower = word.lower()
    if word[0].isupper() and lower not in ("it", "this", "that", "which"):
        return True  # a name ("Senator Ames raised questions")
    nouns = human_nouns()
    return (
        lower in _PERSON_PRONOUNS
        or lower in ROLE_WORDS
        or lower in ORGANIZATION_WORDS  # "the news organization raised questions"
        or nouns.singular(lower)
        or nouns.plural(lower)
    )


_PROPER_GROUPS = section_words("vague.txt", "proper_groups")


_QUOTE_MARK = re.compile(r"[\"“”]")


_TITLE_CASE = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")


_SUBORDINATE = re.compile(
    r"\b(?:that|if|whether|unless|because|since|before|until)\s++"
    r"(?:(?:any|some|all|none|each|either|neither|one|several|both)\s++of\s++)?$",
    re.IGNORECASE,
)
"""A group opening a subordinate clause ("he knows that voters are angry", "because voters are
angry", "before voters weighed in") is talked about unless a verb of saying follows; round 24:
also after a quantifier ("It is not clear whether any of the students knew")."""
_SENTENCE_START = re.compile(r"(?:[.!?:;\"'“”‘’(\[—–-]\s*|\n\s*)$")


_POSITION_BEFORE = re.compile(r"\b(?:on|to|at)\s+$", re.IGNORECASE)
"""Before a camp named by a singular noun ("the left"): "on the left" is where a group stands."""
_HOW_BEFORE = re.compile(r"(?<!\bis )(?<!\bwas )(?<!'s )(?<!\u2019s )\b[Hh]ow[ \t]++$")
"""Round 27: "how" before a quantifier asks a quantity ("did not say how many ..."); not the
manner after a be-verb ("That's how many political experts viewed it": a group's view)."""
_BARE_QUANTIFIERS = frozenset(
    ["many", "some", "few", "most", "others", "everyone", "everybody", "those", "all", "several"]
)
"""Collective heads that are also determiners: a group only when no noun follows ("many say")."""


_AFTER_BARE_QUANTIFIER = re.compile(
    r"\s*(?:[,;:.!?\"“”—–(]|$|(?:of|in|at|on|who|whom|that|close|familiar|i|we|as|around|"
    r"near|inside|within|outside|from)\b)",
    re.IGNORECASE,
)


_OF_NOUN = re.compile(
    r"[ \t]++of[ \t]++(?:(?:the|these|those|his|her|its|their|our|your|my)[ \t]++)?"
    r"(?:(?:same|other|new|old|many|few|biggest|largest|most|best|worst|top|early|key)[ \t]++)?"
    r"([a-z]++)\b(?:['\u2019]s[ \t]++([a-z]++)\b|[ \t]++([a-z]++)\b)?"
)
"""(Round 22: a possessive's noun is the one counted: "some of the book's claims"; round 26: so
is a second lower-case word after an adjective, "some of the progressive ideas Okafor praised".)"""


def _phrasal_verb(
    text: str, word: str, end: int, ceiling: int, patterns: SourcingPatterns
) -> bool:
    """Round 27 (DEFECT27): whether ``word`` and the next word make a listed verb of two words
    ("Others point to weak exports", "Many call for a recount"): a bare quantifier's verb, as
    "Others cite" is."""
    following = FOLLOWING_WORD.match(text, end, ceiling)
    if following is None or (second := following.group(1).lower()) in _LITERAL_PARTICLES:
        return False
    return f"{word} {second}" in patterns.verbs


_VERB_ENDS_BEFORE = re.compile(r"\b([a-z]++)[ \t]++\Z")


def _object_of_a_verb(text: str, start: int, floor: int) -> bool:
    """Review 27: whether the people noun at ``start`` follows a past verb ("The strike stranded
    commuters and analysts say ..."): the verb's object, no first half of a pair."""
    before = _VERB_ENDS_BEFORE.search(text, max(floor, start - 24), start)
    return before is not None and before.group(1).endswith("ed") and (
        before.group(1) not in _ADJECTIVES_IN_ED
    )


_ADJECTIVES_IN_ED = frozenset([
    "retired", "elected", "unemployed", "concerned", "interested", "frustrated", "worried",
    "disabled", "qualified", "skilled", "heartened", "angered", "alarmed", "delighted", "pleased",
    "dismayed", "outraged", "infuriated", "encouraged", "reassured", "disappointed", "surprised",
    "shocked", "troubled", "irritated", "annoyed", "offended", "emboldened", "upset", "unnerved",
])
"""Words in -ed before a people noun that leave the pair whole: adjectives ("retired teachers
and ...") and feelings caused in the people ("His views have heartened producers and executives
at National Geographic": their feeling, SRC27's)."""


_LITERAL_PARTICLES = frozenset(["back", "in", "on", "at", "as", "it"])
"""Second words of listed verbs that read as often literally ("Others fired back", "Some weighed
in at 70 kilograms"): after a bare quantifier, such a two-word verb is not read at all (the
round 26 review's phrasal verbs count after a listed group noun only; "Others weighed in on the
plan" stays unflagged, a known gap)."""


def _of_things(text: str, end: int, ceiling: int) -> bool:
    """Whether a quantifier is followed by "of" and a noun that names no people ("many of the
    same notes", "some of the money"), so it counts things, not a group."""
    match = _OF_NOUN.match(text, end, ceiling)
    if match is None:
        return False
    noun = match.group(2) or match.group(1)
    if noun in _OF_THINGS_WORDS or noun.endswith(_THING_ENDINGS):
        return True
    second = match.group(3)  # round 26: "some of the progressive ideas": the noun after it
    return second is not None and (second in _OF_THINGS_WORDS or second.endswith(_THING_ENDINGS))


_OF_THINGS_WORDS = section_words("mention_words.txt", "of_things")
_THING_ENDINGS = ("ments", "tions", "sions", "nesses", "ities")
"""After "many of", "some of": nouns of things, not people (a list and telling endings; an
unknown noun keeps the group: "many of his contemporaries")."""


_ALL_IN_PHRASE = re.compile(
    r"\s+(?:told\s*,|(?:the|these|those|this|that|his|her|its|their|our|my)\b)", re.IGNORECASE
)
"""After "all": the idiom "all told," or a determiner ("all the messages"), so "all" is a word of
a longer phrase (whose own noun, if a group, is found by itself), not a group of its own."""
_SUPERLATIVE_ADVERB = re.compile((
    r"\s+(?:often|commonly|frequently|likely|recently|notably|importantly|widely|closely|"
    r"heavily|clearly|easily|famously|prominently|seriously|directly|especially)\b"
), re.IGNORECASE)
"""An adverb after "most": the superlative of that adverb ("most often", "most likely")."""


_NEGATION = re.compile(
    r"(?:\bnot|\bnever|\bno|n['\u2019]t|\bnor|\bdenied|\bdeny|\bdenies|\bfalse(?:ly)?)"
    r"\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
"""A negation just before an accusation ("never lied", "didn't embezzle"): no accusation."""


_GENERIC_PEOPLE = frozenset(["people", "everyone", "everybody", "anyone", "anybody", "folks"])
"""Heads that, bare (no determiner, modifier or relative), name the public at large."""
_SAYS_NEXT = re.compile(
    r"\s+(?:(?:are|were|have|had|will|would|do|did|often|always|still|also|now|sometimes)\s+)?"
    r"(?:[a-z]{2,12}ly\s+)?"  # round 20: "people initially hailed"
    r"(?:say|says|said|saying|tell|tells|told|telling|wrote|write|writes|posted|tweeted|agree|agrees"
    r"|agreed|disagree|disagrees|argue|argues|argued|claim|claims|claimed|complain|complained"
    r"|insist|insisted|asked|chanted|hail|hailed|praise|praised|criticize|criticized|criticise"
    r"|criticised|condemn|condemned|denounce|denounced)\b"
    r"|\s+(?:in|from|at|across|around|on|outside|inside|near)\b",  # "People in other cities …"
    re.IGNORECASE,
)
"""A bare generic head is a (weasel) source only when it says, writes or argues something
("People say", "everybody said", "people posted") or a place follows ("People in other cities
rallied"); "people think", "people will believe it" talk about the public."""
_POLL_FINDING = re.compile(
    r"(?=\d|\b\w)(?:"
    r"\d\s*(?:%|percent\b|per\s+cent\b)|\b\d+-point\b|\b\d+\s+(?:percentage\s+)?points?\b"
    r"|\bpoll(?:s|ing|ed|sters?)?\b(?!\s+(?:close|closed|closes|open|opened|opens)\b)"
    r"|\bsurvey(?:s|ed)?\b|\brespondents\b|\b(?:\d+|one|two|three|four|five|six|seven|eight"
    r"|nine)\s+(?:in|out\s+of)\s+(?:\d+|three|four|five|ten)\b)",
    re.IGNORECASE,
)
"""A poll's figure or the poll itself in the sentence: the groups there are its respondents
("white voters, who favor Clinton by a 6-point margin", "Democrats favored Clinton, 72 percent
to 8 percent"), the poll's finding rather than unnamed sources.  Every branch opens with a digit
or a word's first letter: the look-ahead before them lets the search pass over the other
positions with one test instead of trying each branch there (round 26: 40 % less time over
whole texts, the same matches)."""
_POLL_READERS = section_words("vague.txt", "poll_readers")
"""Groups who read polls rather than answer them."""


_WISHED_ON = re.compile(
    r"\b(?:wants?|wanted|make|makes|made|making|let|lets|letting|help|helps|helped|helping"
    r"|hopes?|hoped|hoping|convince|convinced|persuade|persuaded|urges?|urged|urging)\s+$",
    re.IGNORECASE,
)
"""A verb of wanting or causing right before a group: the group is its object, and what follows
("I want people at home to think …", "will make these Democrats feel …", "hoping voters see
her as …") is what the subject wants of them, not their reported view."""
_COPULA_BEFORE = re.compile(
    r"(?<!there )(?<!here )(?:\b(?:is|was|are|were|be|been|being)(?:n['’]t)?|['’]s)"
    r"(?:\s+(?:not|once|also|still|never|just|only))?\s+$",
    re.IGNORECASE,
)
"""A copula right before one person ("Giffords was a member of Congress", "he's not the right
person", "Song is a health care activist who …"): the mention describes the subject, who is
named; it is no unnamed source.  Not after "there is/are": that introduces someone."""
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|for|to|of|from|among|about|between|against|at|on|in|into|toward|towards|"
    r"without|over|under|like)\s+$",
    re.IGNORECASE,
)
"""A preposition right before a mention: it is an object ("meetings with government officials
were part of …"), so the verb after it is not its own."""


def _poll_respondents(
    text: str,
    head: str,
    bounds: tuple[int, int],
    found: Found,
    previous: tuple[int, int] | None = None,
    start: int | None = None,
) -> bool:
    """True when the group ``head`` stands in a sentence that reports a poll's figures.

    Round 9: a share of the respondents picked out by their answer ("those who") may also
    stand in the sentence right after the figures (``previous``), after "among" (``start`` is
    where the group's words begin): "About 4 in 10 say they want more liberal policies.  Among
    those who want a continuation, most ..."."""
    if head in _POLL_READERS:
        return False
    if _poll_sentence(text, bounds, found):
        return True
    if (
        previous is None
        or previous[0] >= bounds[0]
        or head not in _POLL_SHARES
        or start is None
        or not _AMONG_BEFORE.search(text, max(bounds[0], start - 7), start)
    ):
        return False
    return _poll_sentence(text, (previous[0], bounds[0]), found)


_POLL_SHARES = frozenset(["those", "those who"])
"""Heads that pick out a share of a poll's respondents by what they answered ("among those who
want a continuation"); "some", "many" or "those who know the state say" after a sentence with
figures are mostly a group of their own ("Some have speculated"), so they are not read so."""
_AMONG_BEFORE = re.compile(r"\bamong\s+$", re.IGNORECASE)


def _poll_sentence(text: str, bounds: tuple[int, int], found: Found) -> bool:
    """``_poll_in`` for one sentence, memoised per sentence."""
    answer = found.poll_sentences.get(bounds)
    if answer is None:
        answer = found.poll_sentences[bounds] = _poll_in(text, *bounds)
    return answer


_DIGIT = re.compile(r"\d")
_POLL_HINTS = ("poll", "survey", "respondent", "three", "four", "five", "ten")
"""Substrings one of which every ``_POLL_FINDING`` match without a digit holds (lower case;
"two in three" holds "three")."""


def _poll_in(text: str, start: int, end: int) -> bool:
    """``_POLL_FINDING`` in ``text[start:end]``; cheap tests first (most sentences have no
    digit and no poll word, and the IGNORECASE alternation would be tried at every position)."""
    if _DIGIT.search(text, start, end) is None:
        lowered = text[start:end].lower()
        if not any(hint in lowered for hint in _POLL_HINTS):
            return False
    for finding in _POLL_FINDING.finditer(text, start, end):
        if not (
            finding.group()[:1].isdigit()
            and _ECONOMIC_FIGURE.search(text, max(start, finding.start() - 30), finding.start())
        ):
            return True
    return False


_ECONOMIC_FIGURE = re.compile(
    r"\b(?:"
    + _alternation(_sections("sourcing_cues.txt")["economic_figures"])
    + r")\b(?:\s+(?:of|at|to|by|was|is|rose|fell))?[\s\w$.,-]{0,12}$",
    re.IGNORECASE,
)
"""A percentage that measures the economy ("the corporate tax rate of 35 percent",
"unemployment at 5 percent"), not a poll's figure; the words are ``[economic_figures]`` in
sourcing_cues.txt."""


_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")
_ADJECTIVE_OF = section_words("mention_words.txt", "adjective_of")
"""Nouns after "official" (or another singular source word) that make it an adjective, besides
the document heads ("the official death toll", "an official visit")."""
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][\w'’.-]+")
_STOP_CAP_NEXT = re.compile(r"\s+(?:" + "|".join(w.capitalize() for w in STOP_CAPS) + r")\b")


_KIN_PLURALS = section_words("mention_words.txt", "kin_plurals")
"""Round 21: "the brothers noted" refers back to siblings the story names, not a group."""


def _nobody_measured_or_named(
    text: str, start: int, head_start: int, head: str, floor: int, share_floor: int | None = None
) -> bool:
    """The guards every unnamed-group finder shares, for a group ``[start..`` whose head noun
    ``head`` (lower case) starts at ``head_start``: nobody is credited ("no Republicans", "none
    of the voters"), a poll share ("55 percent of Sanders supporters"), or a word of a proper
    name ("the Union of Concerned Scientists").  ``floor`` is where the sentence starts;
    ``share_floor`` where the look-back for a poll share may start (``floor`` by default)."""
    share_start = max(floor if share_floor is None else share_floor, head_start - 60)
    return bool(
        _NOBODY.match(text[start:head_start])
        or (text[start : start + 1].isdigit() and tallied(text[start:head_start].split()))
        or (head in _KIN_PLURALS and text[start:head_start].lower() == "the ")
        or measured(text[share_start:head_start])
        or (head not in _PROPER_GROUPS and in_proper_name(text, head_start, floor))
    )


_COUNTED_ANTECEDENT = re.compile(
    r"(?<![\w/.,-])(?:[1-9][\d,]*+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?)\s++(?:[\w'’-]++\s++){0,4}?[\w'’-]++\s*+(?:,|--|—|–|-)\s*+$",
    re.IGNORECASE,
)
"""A counted group right before a partitive relative ("five superdelegates, ", "95 retired
generals and admirals -- "): a number and at most five more words, then a comma or a dash."""
_PLEDGE_AFTER = re.compile(
    r"\s*+(?:(?:have|has|had|already|previously|since|publicly|also|all)\s++){0,3}+"
    r"(?:pledged|announced\s++(?:their|his|her)\s++support|declared\s++(?:their|his|her)\s++"
    r"support|endorsed|backed|committed|voted)\b",
    re.IGNORECASE,
)
"""What a counted group's members did when it is a tally: pledged, endorsed, voted."""


def _counted_pledges(text: str, start: int, end: int, bounds: tuple[int, int]) -> bool:
    """Round 21: "The state has five superdelegates, two of whom have already pledged their
    support to Clinton", "95 retired generals and admirals -- most of whom had previously
    announced their support": a share of a counted group credited only with a pledge, an
    endorsement or a vote is a tally the story counts, not a source of a claim ("five residents,
    two of whom said the plan would fail" stays flagged)."""
    return bool(
        _PLEDGE_AFTER.match(text, end, bounds[1])
        and _COUNTED_ANTECEDENT.search(text, max(bounds[0], start - 70), start)
    )


_WHOLE_SET_ANTECEDENT = re.compile(
    r"(?<![\w'’-])(?:all|the|these|both)\s++(?:two|three|four|five|six|seven|eight|nine|ten)"
    r"\s++(?:[\w'’-]++\s++){0,3}?[\w'’-]++\s*+,\s*+$",
    re.IGNORECASE,
)
"""A definite counted set right before a partitive relative ("all three leaders, ", "the two
Republican senators, "): the set the story has counted out, a number and at most four words."""
_WHOLE_SET_SHARES = frozenset(["each of whom", "all of whom", "both of whom"])


_SET_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
_PERSON_NAME = re.compile(
    r"\b(?:(?:Mr|Ms|Mrs|Dr)\.\s++|[A-Z][a-z]++\s++(?:[A-Z]\.\s++)?)([A-Z][a-z]++(?:-[A-Z][a-z]++)?)\b"
)
"""A name (two capitalised words, or a courtesy title and a surname): its last word."""


def _whole_named_set(
    text: str, start: int, end: int, bounds: tuple[int, int], found: Found
) -> bool:
    """Round 28 (SRC28): "reporters asked all three leaders, each of whom echoed a theme": every
    member of a definite counted set is the set itself, whose members the story has named or
    flags at the set; "each of whom" is no unspecified share of a group ("dozens of residents,
    many of whom said" stays flagged).  MEND28B: checked, as the docstring says: the set is
    flagged already, or the story names at least as many people before it ("interviewed all
    three guards, each of whom said" with no names stays flagged)."""
    if text[start:end].lower() not in _WHOLE_SET_SHARES:
        return False
    antecedent = _WHOLE_SET_ANTECEDENT.search(text, max(bounds[0], start - 70), start)
    if antecedent is None:
        return False
    if found.overlaps(antecedent.start(), antecedent.end()):
        return True
    count = _SET_COUNTS.get(antecedent.group().split()[1].lower(), 2)
    surnames = {m.group(1) for m in _PERSON_NAME.finditer(text, max(0, start - 3000), start)}
    return len(surnames) >= count


def _talked_about_in_quote(
    document: Document,
    start: int,
    end: int,
    bounds: tuple[int, int],
    patterns: SourcingPatterns,
) -> bool:
    """An unnamed person inside a quotation with no verb of saying after it and no cue before
    it is talked about by the speaker ("'... if a CIA source got killed'"), not a source."""
    text = document.analysis_text
    return (
        document.in_quote(start, end)
        and not speech_follows(text, end, bounds[1])
        and not cued_before(text, start, bounds[0], patterns)
    )


def _acts_as_subject(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int],
    patterns: SourcingPatterns,
    one_person: bool,
) -> bool:
    """The mention ``[start, end)`` is the subject of its own clause: not a preposition's object
    ("meetings with government officials were part of …")."""
    return not _PREPOSITION_BEFORE.search(
        text, max(bounds[0], start - 12), start
    ) and subject_of_clause(text, end, bounds[1], patterns, one_person)


_RELATIONAL_HEADS = section_words("mention_words.txt", "relational_heads")
"""People nouns named by whom they serve: "aides to the mayor", "advisers to Mr. Rubio"."""
_TO_PRINCIPAL = re.compile(
    r"\s+to(?:\s+(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\.)?"
    r"(?=\s+(?:the|a|an|his|her|their|its|two|three|four|five|several|both|all|[A-Z]))"
    + PRINCIPAL_OBJECT
)
"""'to' and the principal, a noun phrase up to the verb ("to the island's government| have")."""
_POLL_SHARE = re.compile(
    r"(?:\d[\d.]*+[ \t]*+(?:percent|per[ \t]++cent|%)[ \t]++of"
    r"|(?:\d++|one|two|three|four|five|six|seven|eight|nine)[ \t]++(?:in|of|out[ \t]++of)"
    r"[ \t]++(?:10|ten)"
    r"|(?:percent|per[ \t]++cent)[ \t]++of)[ \t]++(?:[\w'’.-]++[ \t]++){0,3}+$",
    re.IGNORECASE,
)
"""Round 29 (review): a poll's share right before an anonymous head ("41 percent of officials",
"6 in 10 GOP officials"); not "half of the officials" the paper counted (a majority, half or
share of them is a poll's only when "surveyed"/"polled" follows them: ``_POLL_WORDS``)."""
_POLL_WORDS = re.compile(r"[ \t]++(?:surveyed|polled|questioned[ \t]++by|responding)\b")
_TITLE_NEXT = re.compile(
    r"(?:\s+(?:and\s+)?(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Prof|Capt|Col|Sgt|Rev|Supt|Det|St|Atty"
    r"|U\.S)\.)+\s"
)
"""A title's abbreviation next: the principal's name goes on past its full stop."""


def _principal_after(text: str, end: int, ceiling: int) -> int:
    """Round 11: the end of "to <principal>" after an aide or adviser ("Advisers to Clinton are
    confident", "Aides to Mr. Sanders have said"), so that the verb after it credits the aides
    (not a group noun inside the principal's name); ``end`` when there is none ("sent aides to
    discuss it": an infinitive)."""
    if not text.startswith(" to ", end):
        return end
    match = _TO_PRINCIPAL.match(text, end, ceiling)
    return match.end() if match else end


ON_THE_RECORD = re.compile(
    r",?[ \t]++(?:(?:have|had|has)[ \t]++)?(?:agreed|agree|agrees)[ \t]++"
    r"to[ \t]++(?:be[ \t]++(?:identified|named)|speak[ \t]++on[ \t]++the[ \t]++record)"
)
"""After an unnamed group: its people are named elsewhere, on the record ("Three former managers
agreed to be identified"), the opposite of an anonymous source."""


_WORD_RIGHT_AFTER = re.compile(r"[ \t]++(?:[a-z]+ly[ \t]++)?([a-z]++)\b")
"""Round 24: the word after a mention, past one adverb in -ly ("a former official reportedly
said")."""


def _cue_right_after(text: str, end: int) -> bool:
    """Whether a verb of saying (the cue lexicon's) follows the mention ending at ``end`` at
    once ("..., a former official said", "..., a senior official confirmed"), or a relative
    clause asking for anonymity does: an attribution after a clause, no appositive to the name
    before it."""
    word = _WORD_RIGHT_AFTER.match(text, end)
    if word is not None and verb_section(word.group(1)) is not None:
        return True
    return ANONYMITY_RELATIVE.match(text, end) is not None
_AGE = re.compile(r"\d{1,3}-year-old[ \t]")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he[ \t]++(?:[a-z][\w-]*+,?[ \t]++){0,2}+$")


def aged_description(text: str, start: int) -> bool:
    """Round 21: a speaker opening with an age after "the" and at most two adjectives ("the
    bespectacled, 71-year-old diplomat said", the speaker phrase starting at the age) describes
    a person the story names (the guidelines' "the 62-year-old lawyer" is a role); "a
    45-year-old nurse said" stays an unnamed source."""
    return bool(
        _AGE.match(text, start) and _DEFINITE_BEFORE.search(text, max(0, start - 40), start)
    )


def find_anonymous(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    strong = hits["anonymous_phrase"]
    markers: list[tuple[int, int]] = []
    for match in strong:
        phrase = match.group().lower()
        bounds = sentence_bounds(document, match.start())
        if phrase.startswith(("spoke", "speaking", "who ")):
            markers.append((match.start(), match.end()))
            continue
        start = extend_left(text, match.start(), bounds[0])
        end = match.end()
        if phrase.endswith((" with", " to", " on", " of")):
            titled = _TITLE_NEXT.match(text, end)  # round 29: "people close to Sen. Laura
            # Whitfield" (the flag had ended at "Sen"): the object goes on past the title's
            # full stop, and still ends before the source's verb (review 29)
            end = phrase_object_end(text, titled.end() - 1 if titled else end, bounds[1])
        if found.overlaps(start, end) or lexicon.is_allowed(original[start:end]):
            continue
        found.append(
            Mention(start, end, original[start:end], "anonymous", original[start:end], "A101")
        )
    marker_starts = sorted(start for start, _ in markers)
    for match in hits["anonymous_head"]:
        bounds = sentence_bounds(document, match.start())
        if found.overlaps(match.start(), match.end()):
            continue
        following = text[match.end() : match.end() + 40]
        if following.startswith((" of ", " of\n")) and match.group().lower().startswith("source"):
            continue  # "a source of income"
        if _CAPITALISED_NEXT.match(following) and not _STOP_CAP_NEXT.match(following):
            continue  # "aide Huma Roe": named
        if names_someone(following):
            continue
        start = extend_left(text, match.start(), bounds[0])
        if start < match.start():  # round 27: "the weapons| officials say were smuggled"
            start = group_after_relatives_object(text, start, match.end())
        head = match.group().lower()
        if head.endswith("s") and text[match.start() - 1 : match.start()] == " " and (
            _POLL_SHARE.search(text, max(bounds[0], match.start() - 60), match.start())
            or (
                measured(text[max(bounds[0], match.start() - 60) : match.start()])
                and _POLL_WORDS.match(text, match.end()) is not None
            )
        ):
            continue  # round 29: "41 percent of officials say": a poll's share, as "of voters"
            # (review: not "Half of the officials who spoke to the Post", a count of the
            # officials the paper interviewed: a percentage, "N in 10", or a share of officials
            # "surveyed"/"polled")
        if not head.endswith("s") and aged_description(text, start):
            continue  # round 21: "the bespectacled, 71-year-old diplomat": a named person
        if start == match.start() and not head.endswith("s"):
            # A bare singular noun ("official figures", "insider accounts") is not a person.
            continue
        if not head.endswith("s") and (
            (noun := _NEXT_LOWER_WORD.match(following)) is not None
            and (noun.group(1) in lexicon.document_heads or noun.group(1) in _ADJECTIVE_OF)
        ):  # round 19: "The official report was released", "according to the official
            continue  # citation": an adjective before a thing, not a person
        if in_proper_name(text, match.start(), bounds[0]) or (
            head == "friends" and NAMED_GROUP.match(text, match.start(), match.end() + 40)
        ):
            continue  # "the Council of Economic Advisers"; round 24: "Friends of the Earth"
        opener = text[start : match.start()].split()[:1]
        one_person = bool(opener) and opener[0].lower() in SINGULAR_DETERMINERS
        if (
            head.startswith("spokes")
            and not head.endswith(("men", "people"))
            and not one_person
        ):
            continue  # "Cameron's spokesman", "the spokesman": a unique, identifiable role
        end = extend_right(text, match.end(), bounds[1])
        if end == match.end():  # "Officials handling the case said"
            end = participle_phrase_end(text, end, bounds[1], patterns)
        if end == match.end() and head in _RELATIONAL_HEADS:
            end = _principal_after(text, end, bounds[1])  # "aides to Mr. Sanders"
        if end > match.end() and names_someone(text[end : end + 60]):
            # "A spokeswoman for Harbor Lights, Danielle Oduya, said", "an adviser to the
            # campaign, Ann Roe,": named
            continue
        if one_person and after_name(text, start, bounds[0]) and not (
            _cue_right_after(text, end)
        ):
            continue  # round 24: "Retired Col. Ann Wright, a former diplomat who resigned in
            # protest, said": an appositive to a name (as find_vague has it); not "Clinton, a
            # top aide said, ..." nor "... at the Justice Department, a former official said"
        first_marker = bisect_left(marker_starts, bounds[0])  # one in this sentence?
        marked = first_marker < len(marker_starts) and marker_starts[first_marker] < bounds[1]
        if not marked and known_according_to_others(text, end, bounds[1]):
            continue  # "Officials knew that ..., according to internal emails": the emails'
        if not marked and _talked_about_in_quote(document, start, end, bounds, patterns):
            continue  # "'... if a CIA source got killed'": talked about inside a quotation
        if (
            not marked
            and not credited(text, start, end, bounds, patterns)
            and not _acts_as_subject(text, start, end, bounds, patterns, one_person)
        ):
            continue  # "a doctor had typed" acts as a source; "officials studied sites" is news
        mention_text = original[start:end]
        if lexicon.is_allowed(mention_text) or (
            not marked and _said_noun_without_content(text, start, end, bounds)
        ):
            continue  # "The statement by officials did not mention the layoffs"
        found.append(Mention(start, end, mention_text, "anonymous", mention_text, "A101"))
    found.markers.extend(markers)
    _find_indefinite_anaphors(document, lexicon, found)
    _find_indefinite_speakers(document, lexicon, found)
    _find_headline_singulars(document, hits, found)
    _find_headline_groups(document, lexicon, patterns, found)


_DEFINITE_PERSON = re.compile(r"[Tt]he\s+([a-z][a-z-]*[a-z])")
_ANAPHOR_WINDOW = 2500
"""How far back (characters) "the organizer" may find "an organizer"; as ``_REPEAT_WINDOW``."""


@cache
def _introduction_patterns() -> tuple[re.Pattern[str], ...]:
    """Where an introduction can start (a word opening with a determiner's first letter); the
    indefinite determiners that bring a person in ("an", "another", "one"; then "a second"), in
    the order one regex's alternation would try them (the first three never match at the same
    place); a word of modifiers.  Compiled on first use (a story with a speaker "the <noun>"):
    kept out of the start-up."""
    return (
        re.compile(r"\b[AaOo]"),
        re.compile(r"[Aa]n?\s+|[Aa]nother\s+|[Oo]ne\s+"),
        re.compile(r"[Aa]\s+(?:second|third)\s+"),
        re.compile(r"(?:[\w'.-]|\u2019)+\s+"),  # [\w'\u2019.-]: one char apart compiles faster
    )


_MODIFIERS = 3
_WORD_CHARACTERS = "_'\u2019-"
"""Besides letters and digits, what continues a word after the noun: underscore, apostrophes
and hyphen (the regex class ``\\w'\u2019-`` the one regex used)."""


def _introduced(text: str, head: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    r"""Spans of "an organizer", "a second CIA officer", "another nurse at the clinic" in
    ``text[pos:endpos]``: ``head`` brought in by an indefinite determiner and at most three
    words of modifiers (the fewest that reach ``head``), left to right without overlap.

    What ``re.finditer`` would find with the regex ``\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Aa]\s+
    (?:second|third))\s+(?:[\w'’.-]+\s+){0,3}?<head>\b(?![\w'’-])``, read with regexes
    compiled once: that regex, compiled for each new noun, cost far more than the scan (round
    17: about 1.2 M instructions per noun, on a quote speaker "the <noun>" of a story)."""
    found: list[tuple[int, int]] = []
    starts, *openings, modifier = _introduction_patterns()
    size = len(head)
    position = pos
    while True:
        for candidate in starts.finditer(text, position, endpos):
            start = candidate.start()
            end = _introduction_end(text, head, size, start, endpos, openings, modifier)
            if end is not None:
                found.append((start, end))
                position = end
                break
        else:
            return found


def _introduction_end(
    text: str, head: str, size: int, start: int, endpos: int,
    openings: list[re.Pattern[str]], modifier: re.Pattern[str],
) -> int | None:
    """The end of ``head`` introduced by a determiner at ``start`` (see ``_introduced``)."""
    for determiner in openings:
        opening = determiner.match(text, start, endpos)
        if opening is None:
            continue
        at = opening.end()
        for modifiers in range(_MODIFIERS + 1):
            if text.startswith(head, at, endpos):
                after = at + size
                if after == endpos or not (
                    text[after].isalnum() or text[after] in _WORD_CHARACTERS
                ):
                    return after
            if modifiers == _MODIFIERS:
                break
            word = modifier.match(text, at, endpos)
            if word is None:
                break
            at = word.end()
    return None


def _find_indefinite_anaphors(document: Document, lexicon: SourcingLexicon, found: Found) -> None:
    """Round 9: a quote speaker "the organizer" / "the officer" whose people noun the story
    brought in earlier as "an organizer at a field office" / "a second CIA officer", and never
    named, is that unnamed individual: an anonymous source.  Not a unique role ("the mayor"),
    nor a noun first met as the appositive or predicate of a name ("Ann Roe, a nurse", "Roe is
    a nurse") or named right after ("a nurse, Kaci Hickox,")."""
    text = document.analysis_text
    original = document.text
    human = human_nouns()
    introductions: dict[str, tuple[list[int], list[tuple[int, int]], int]] = {}
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.kind != "unknown" or speaker.start >= len(text):
            continue
        definite = _DEFINITE_PERSON.fullmatch(speaker.text)
        if definite is None:
            continue
        head = definite.group(1)
        if head in ROLE_WORDS or not (
            human.singular(head) or head in _PLAIN_PEOPLE or head in lexicon.anonymous_heads
        ):
            continue
        if found.overlaps(speaker.start, speaker.end) or names_someone(
            text[speaker.end : speaker.end + 60]
        ):
            continue
        floor = max(0, speaker.start - _ANAPHOR_WINDOW)
        # Each noun's introductions, read once: the text up to this speaker is scanned from
        # where the last scan for the noun stopped (or from ``floor``), never twice.
        starts, matches, scanned = introductions.get(head, ([], [], 0))
        if scanned < speaker.start:
            for match in _introduced(text, head, max(scanned, floor), speaker.start):
                starts.append(match[0])
                matches.append(match)
            introductions[head] = (starts, matches, speaker.start)
        intro = None
        first = bisect_left(starts, floor)
        for i in range(bisect_left(starts, speaker.start) - 1, first - 1, -1):
            if matches[i][1] <= speaker.start:
                intro = matches[i]  # the last introduction before the speaker
                break
        if intro is None:
            continue
        intro_start, intro_end = intro
        if document.in_quote(intro_start, intro_end):
            continue
        if (
            after_name(text, intro_start, floor)
            or _COPULA_BEFORE.search(text, max(floor, intro_start - 24), intro_start)
            or names_someone(text[intro_end : intro_end + 60])
        ):
            continue
        words = original[speaker.start : speaker.end]
        found.append(Mention(speaker.start, speaker.end, words, "anonymous", words, "A101"))


_INDEFINITE_ONE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w'’.-]+\s+){0,3}?)([a-z][a-z-]*[a-z])"
)
"""An indefinite determiner, at most three words of modifiers and a lower-case head noun: the
whole of a speaker's words ("a federal judge", "a Carrier executive", "one Trump adviser")."""
_NOT_MODIFYING = frozenset(["of", "at", "for", "from", "with", "in", "and", "or", "who", "the"])


def _find_indefinite_speakers(document: Document, lexicon: SourcingLexicon, found: Found) -> None:
    """Round 11: a quote speaker that is one unnamed person ("a Carrier executive tells
    employees", "a former Harwell warehouse supervisor told the court") is an anonymous source,
    though a capitalised modifier made the quotes stage call it a person: a capitalised word
    before a lower-case people noun names an employer or a place, not the speaker.  Not a
    public role ("a federal judge ruled", "a leader says": a public act, or a person the story
    names later; on the labelled samples these cost as many false flags as they found), nor
    when a name follows ("an executive, Ann Roe,") or precedes ("Ann Roe, a Carrier
    executive")."""
    text = document.analysis_text
    original = document.text
    human = human_nouns()
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.kind not in ("person", "unknown"):
            continue
        start, end = speaker.start, speaker.end
        if end > len(text) or text[start : start + 1] not in "aAoO":
            continue  # the usual case: a name or "the ..."
        shape = _INDEFINITE_ONE.fullmatch(text, start, end)
        if shape is None:
            continue
        head = shape.group(2)
        if not _NOT_MODIFYING.isdisjoint(shape.group(1).lower().split()):
            continue  # "a spokesman for the company": the head is earlier, its own finder's
        if head in ROLE_WORDS and head not in lexicon.anonymous_heads:
            continue  # "a federal judge ruled", "a leader says": a public act, or named later
        if not (
            human.singular(head)
            or head in _PLAIN_PEOPLE
            or head in lexicon.anonymous_heads
            or head in lexicon.singulars
            or f"{head}s" in lexicon.collectives  # "an executive", "an expert"
        ):
            continue
        floor = max(0, start - 120)
        if (
            found.overlaps(start, end)
            or names_someone(text[end : end + 60])
            or after_name(text, start, floor)
        ):
            continue
        words = original[start:end]
        found.append(Mention(start, end, words, "anonymous", words, "A101"))


_HEADLINE_OPENING = re.compile(r"(?:^|(?<![\w,])\n|;)[ \t]*(?:(?:[Bb]ut|[Aa]nd)[ \t]+)?\Z")
"""A line's start (not a hard wrap inside a sentence: "... the forecast. The\nexpert says")."""
_HEADLINE_SAYS = re.compile(r"[ \t]+(?:says|warns|predicts|argues|claims|believes)\b")
_HEADLINE_VERBS = (" says", " warns", " predicts", " argues", " claims", " believes")


def _find_headline_singulars(
    document: Document, hits: dict[str, list[re.Match[str]]], found: Found
) -> None:
    """Round 11: headline style, a bare singular noun and "says" ("Expert says more candidates
    keep their distance", "But analyst says the merger will fail"): one unnamed individual
    credited with a claim.  Only at the start of a line (or after "But"/"And" or a semicolon
    there), only a listed noun, never one by shape (a surname: "Baker says"); the present tense
    of a headline, not "said"."""
    text = document.analysis_text
    original = document.text
    for tag in ("singular", "anonymous_head"):
        for match in hits[tag]:
            start, end = match.start(), match.end()
            if not text.startswith(_HEADLINE_VERBS, end) or text[end - 1 : end] == "s":
                continue  # the usual case: no "says" right after, or a plural
            if not _HEADLINE_SAYS.match(text, end):
                continue
            if not _HEADLINE_OPENING.search(text, max(0, start - 8), start):
                continue
            if found.overlaps(start, end) or document.in_quote(start, end):
                continue
            words = original[start:end]
            found.append(Mention(start, end, words, "anonymous", words, "A101"))


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*+")
_HEADLINE_SMALL_LIST = """a an the of in on to for and or at by with as from vs is are be"""
_HEADLINE_SMALL_WORDS = frozenset(_HEADLINE_SMALL_LIST.split())
_HEADLINE_NOT_MODIFIER_LIST = """why how what when where who whom whose which whether if do does
did can could will would should these those this that the a an some all most many few several
no"""
_HEADLINE_NOT_MODIFIERS = frozenset(_HEADLINE_NOT_MODIFIER_LIST.split())
"""Words that make the opening no plain group subject: a question ("Why Republicans Won't
Renounce ..."), or a determiner or quantifier the lower-case finders read themselves."""
_HEADLINE_NOUN_VERBS = frozenset(section_phrases("sourcing_cues.txt", "verbs_as_nouns"))
"""Verbs as often nouns ("Media Reports Reveal ...": the weasel phrase's noun, no verb)."""


def _find_headline_groups(
    document: Document, lexicon: SourcingLexicon, patterns: SourcingPatterns, found: Found
) -> None:
    """Round 25: a title-case headline that opens with an unnamed group and a crediting verb
    ("Frustrated Parents Rally Nationwide To Reclaim Their Schools", "Black Lawmakers Rip The
    Mayor As A Fraud", "Conservative Heavyweights Come Out Against The Nominee"): the group is
    credited with the stance as "Parents rally" would be in running text (A201; A101 for an
    anonymous head, "Officials Say").  Only the first line, when every word but the small ones
    is capitalised; the group opens the line, with at most one modifier; the head a listed
    group noun or a plural people noun by shape, never a capitalised name; the verb one of
    ``[verbs]`` or ``[stance_predicates]`` (up to three words).  Round 20 tried a looser
    title-case rule and dropped it (named groups in headlines); this one reads only the
    opening words, so "Charleston Church Shooting Survivors Explain ..." (a set the body
    names) and "2016 Democrats Call For ..." stay unflagged."""
    text = document.analysis_text  # (Markdown marks blanked: "# Frustrated Parents Rally")
    line_end = text.find("\n", 0, 240)
    line = text[: line_end if line_end >= 0 else min(len(text), 240)]
    if not line or line.rstrip().endswith("?") or line.count(" ") < 3:
        return
    words = WORD.findall(line)
    if any(w[0].islower() and w.lower() not in _HEADLINE_SMALL_WORDS for w in words):
        return  # a sentence-case line: the running-text finders read it
    tokens = list(_HEADLINE_WORD.finditer(line))[:5]
    if len(tokens) < 3 or line[: tokens[0].start()].strip():
        return  # "2016 Democrats Call ...", "Pat Caddell: Democrat Voters ...": not the opening
    body: str | None = None
    seen: dict[str, bool] = {}  # (one memo for the body's capitals)
    for k in range(2):  # a head noun, after at most one modifier ("Frustrated Parents")
        if line[tokens[k].end() : tokens[k + 1].start()] != " ":
            return  # punctuation: "For News Outlets, ...", "Analysis: Voters ..."
        if k and tokens[0].group().lower() in _HEADLINE_NOT_MODIFIERS | _HEADLINE_SMALL_WORDS:
            return  # "Why Farmers Won't ...", "These Angry Protesters ...", "For Voters ..."
        head = tokens[k].group()
        if not head[1:].islower():
            continue  # "FBI", "McCain": a name's shape
        if body is None:
            body = text[len(line) :]  # (once: a copy of the rest of the story)
        kind = _headline_group_kind(head.lower(), lexicon, body, seen)
        if kind is None:
            continue
        if k and capitalised_elsewhere(body, tokens[0].group(), seen):
            return  # "Wyoming Republicans Support ...": a named place's voters, a body
        following = [t.group().lower() for t in tokens[k + 1 : k + 4]]
        nouns = _HEADLINE_NOUN_VERBS
        if (following[0] in nouns or following[0].removesuffix("s") in nouns) and (
            following[1:2] and following[1] in patterns.verbs
        ):
            return  # "Media Reports Reveal ...": a noun of the phrase, then the verb (review
            # 25: not "Voters Call For New Probe", whose "Call" is the verb)
        phrases = {" ".join(following[:n]) for n in range(1, len(following) + 1)}
        if not phrases.isdisjoint(patterns.verbs) or not phrases.isdisjoint(
            _headline_stances()
        ):
            break
        return  # the first group noun has no crediting verb after it
    else:
        return
    start, end = tokens[0].start(), tokens[k].end()
    if found.overlaps(start, end) or document.in_quote(start, end):
        return
    words_text = document.text[start:end]
    if lexicon.is_allowed(words_text):
        return
    rule = "A201" if kind == "vague" else "A101"
    found.append(Mention(start, end, words_text, kind, words_text, rule))


@cache
def _headline_stances() -> frozenset[str]:
    """The stance predicates of one to three words, no wildcard ("oppose", "come out against")."""
    return frozenset(
        p for p in section_phrases("sourcing_cues.txt", "stance_predicates") if "*" not in p
    )


def _headline_group_kind(
    head: str, lexicon: SourcingLexicon, body: str, seen: dict[str, bool]
) -> str | None:
    """The kind of a headline's group noun: "anonymous" ("officials"), "vague" ("parents",
    "lawmakers", "heavyweights") or None; a people noun by shape only when the body never
    writes it capitalised mid-sentence ("Bernie Sanders Says ...": a surname)."""
    if head in lexicon.anonymous_heads and head.endswith("s"):
        return "anonymous"
    if head in lexicon.collectives:
        return "vague"
    if human_nouns().plural(head) and not capitalised_elsewhere(body, head.title(), seen):
        return "vague"
    return None


def add_unattached_markers(document: Document, found: Found) -> None:
    """Flag "spoke on condition of anonymity" itself when its sentence has no unnamed source.

    Run after every finder, so "One of the people, who requested anonymity, ..." found as a
    group mention takes the marker instead.
    """
    anonymous = sorted((m for m in found if m.kind == "anonymous"), key=lambda m: m.start)
    anonymous_starts = [m.start for m in anonymous]
    for marker_start, marker_end in found.markers:
        bounds = sentence_bounds(document, marker_start)
        i = bisect_right(anonymous_starts, bounds[1] - 1) - 1
        if i >= 0 and anonymous_starts[i] >= bounds[0]:
            continue
        if i >= 0 and bounds[0] - anonymous_starts[i] < _REFERRED_BACK_REACH and (
            _REFERS_BACK.match(document.analysis_text, bounds[0])
            or _same_noun_again(document.analysis_text, bounds[0], anonymous[i])
        ):  # (round 27: "A researcher said ... The researcher, who spoke on condition of
            # anonymity because ...": the unnamed source's own noun, made definite)
            continue  # round 23: "Two people familiar with ... said ... They spoke on
            # condition of anonymity because ...": how that group spoke, no second source
        words = document.text[marker_start:marker_end]
        found.append(Mention(marker_start, marker_end, words, "anonymous", words, "A101"))


_REFERRED_BACK_REACH = 600
"""How far (characters) before a sentence opening with "They" or "The official" the unnamed
source it refers back to may stand."""
_GAP = re.compile(r"[ \t]*+(?:\n[ \t]*+){0,2}+")
"""Between a sentence and the next: spaces and at most one blank line (round 23: the reason
may come in the next paragraph, "\n\nThey spoke on condition of anonymity because ...")."""
_REFERS_BACK = re.compile(
    r"(?:(?:That|The|This|Those|These|All)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:official|officials|person|people|source|sources|aide|aides|adviser|advisers|diplomat|"
    r"diplomats|employee|employees|staffer|staffers|official's)|He|She|They|Both|Each"
    r"|(?:All|The|Those)[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]))\b"
)
"""A sentence that opens by referring back to the unnamed source ("That official", "They";
round 24: "Both spoke on condition of anonymity because ...", "Each ..."; round 27: "All three
spoke on condition of anonymity because ...")."""
_NONE_AUTHORIZED = re.compile(
    r"(?:Neither|None)(?:[ \t]++of[ \t]++them)?+[ \t]++(?:was|were|is|are|had[ \t]++been)[ \t]++"
    r"(?:authori[sz]ed|permitted|allowed|cleared)[ \t]++to[ \t]++(?:speak|discuss|comment)\b"
)
"""Round 20: the next sentence denies every unnamed source leave to speak ("Neither was
authorized to speak publicly", "None of them were permitted to discuss the talks"): the
negation is its subject, so the reasons' "not authorized to speak" is not there to find."""


_DEFINITE = re.compile(r"(?:The|That|This)[ \t]+([a-z][a-z-]*)\b")


def _same_noun_again(text: str, offset: int, mention: Mention) -> bool:
    """The next sentence opens with the unnamed source's own noun, made definite ("A lobbyist
    who attended the meeting said ... The lobbyist spoke on condition of anonymity ...")."""
    opening = _DEFINITE.match(text, offset)
    if opening is None:
        return False
    words = WORD.findall(mention.text.lower())
    return opening.group(1) in words[1:]


_REASON_AFTER_REQUEST = re.compile(
    r"(?:anonymity|be named|be identified|be quoted|not named|not be used|be withheld|"
    r"not be published),?[ \t]+"
    r"((?:because|since|for fear|fearing|out of fear|to avoid|to protect|citing)\b)"
)
"""Whatever follows a request for anonymity with "because" (or "for fear", "to protect") is the
reason the story gives ("asked not to be named because they feared losing their jobs", round 21:
"asked that her name not be used because she feared for her safety"; round 25: "..., citing the
sensitivity of his clients' business"), in the lower-cased text; searched only in a window around
an unnamed source."""


_WHO_OPENS = re.compile(r",?[ \t]++who[ \t]")
_MAIN_SPEECH_VERB = re.compile(r"[ \t](?:told|said|say|says|tell|tells)\b")
"""The verb of the main clause after a relative clause that asks for anonymity and says why:
the reason ends before it."""


def anonymity_reason(
    document: Document, mention: Mention, patterns: SourcingPatterns, lower: str
) -> TextSpan | None:
    """Why the source is unnamed, when its sentence says so ("because the talks are private"),
    or the next one, opening with a reference back ("That official was not authorised to speak
    publicly")."""
    start, end = sentence_bounds(document, mention.start)
    sentence_end = end
    start, end = max(start, mention.start - 150), min(end, mention.end + 250)  # stay local
    text = document.analysis_text
    match = patterns.reason.search(lower, start, end)
    while match is not None and match.group() in _FRANK_REASONS and not (
        _ANONYMITY_BEFORE.search(lower, max(start, match.start() - 40), match.start())
    ):  # review: "said staff were afraid to speak freely" gives no reason for anonymity
        match = patterns.reason.search(lower, match.end(), end)
    if match is None:
        request = _REASON_AFTER_REQUEST.search(lower, start, end)
        if request is not None:
            match = request  # its group 1: the reason that follows the request
    if match is None:
        after_gap = _GAP.match(text, sentence_end).end()  # spaces, at most one blank line
        following = sentence_bounds(document, after_gap)
        for _ in range(2):  # round 25: past the source's own quotation ("... massaged," the
            # surgeon said. "Patients get taken off ..." The surgeon asked not to be named)
            if following[0] != after_gap or text[after_gap : after_gap + 1] not in _OPENING_MARKS:
                break
            after_gap = _GAP.match(text, following[1]).end()
            following = sentence_bounds(document, after_gap)
        if following[0] != after_gap:
            return None
        end = min(following[1], following[0] + 250)
        if _REFERS_BACK.match(text, after_gap) or _same_noun_again(text, after_gap, mention):
            match = patterns.reason.search(lower, following[0], end)
            if match is None:  # "The person spoke on condition of anonymity because ..."
                match = _REASON_AFTER_REQUEST.search(lower, following[0], end)
        elif text.startswith(("Neither", "None"), after_gap):
            match = _NONE_AUTHORIZED.match(text, after_gap, end)  # round 20
        if match is None:
            return None
    group = 1 if match.re is _REASON_AFTER_REQUEST else 0
    reason_start, reason_end = match.start(group), match.end(group)
    clause_end = _CLAUSE_END.search(text, reason_end, end)
    stop = clause_end.start() if clause_end else end
    verb = None if group else patterns.reason_stop.search(text, reason_end, stop)
    if group and mention.end <= match.start() and _WHO_OPENS.match(text, mention.end):
        verb = _MAIN_SPEECH_VERB.search(text, reason_end, stop)  # round 23: "two miners who
        # spoke on condition of anonymity because they feared losing their jobs| told the AP"
    stop = verb.start() if verb else stop  # (a "because" clause runs to its end)
    while stop > reason_start and text[stop - 1].isspace():
        stop -= 1
    conjunction = _TRAILING_CONJUNCTION.search(text, reason_start, stop)
    if conjunction is not None:  # "... about the negotiations and [asked not to be named]"
        stop = conjunction.start()
    return TextSpan(reason_start, stop, document.text[reason_start:stop])


_FRANK_REASONS = frozenset([
    "to speak candidly", "to speak freely", "to speak frankly", "to talk candidly",
    "to talk freely", "to discuss candidly", "to discuss freely",
])
"""Round 29: reasons (``anonymity_reasons.txt``) that are one only right after a request for
anonymity ("requested anonymity to speak candidly"); elsewhere they are what was said."""
_ANONYMITY_BEFORE = re.compile(
    r"(?:anonymity|anonymously|named|identified|withheld|not[ \t]++be[ \t]++used|background)"
    r"(?:[ \t,]++(?:in[ \t]++order|so[ \t]++as))?[ \t,]*+$"
)
_OPENING_MARKS = frozenset("\"\u201c\u2018'")
"""Marks a sentence that is a floating quotation opens with."""
_TRAILING_CONJUNCTION = re.compile(r"[ \t,]+(?:and|or|but)$")
_OWNED_WORK = re.compile(
    r"(?:\b(?:his|her|their|its|our|my|your)|['\u2019]s?)[ \t]+$", re.IGNORECASE
)
"""Before "research shows" / "studies suggest": an owner, so the work is someone's ("his
research shows", "Greenberg's research suggests")."""


_PARTICIPLE_BEFORE = re.compile(r"(?<!\w)(?:[Ll]isting|[Nn]aming|[Cc]iting)\s++\Z")
"""Round 16: a participle that takes a bare quantifier as its object ("Listing several of
Trump's business ventures, she added"); searched in a 16-character window only."""
_NAMED_PERSON_MEMBER = re.compile(
    r",\s*+including\s++(?:Reps?|Sens?|Govs?|Rev|Dr|Mayor|Senators?|Representatives?|Governors?)"
    r"\.?\s++[A-Z][a-z]"
)
"""Round 16: a person named by title as one of the group later in its sentence ("Local
politicians also fired back at the remarks, including Rep. Ann Roe"; "including Gov. Ann Roe and
Sens. ..."): GUIDELINES.md, a collective that names its members is not vague.  Only after a
title: "hurt many charities, including Feeding America" names no member of the group."""


_REPORTER_ONLY_WEASELS = frozenset(section_phrases("vague.txt", "reporter_only_weasel"))
"""Round 27: weasel phrases of certainty ("it is clear that", "make no mistake") flagged only
in the reporter's voice."""


def _in_source_words(document: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a quotation or an attributed indirect quote, or opens
    the reported clause of one (review 27: "The minister said it's no secret that the council is
    broke": the clause starts after the phrase)."""
    return any(
        (quote.start <= start and end <= quote.end or start <= quote.start <= end + 2)
        and (quote.kind != "indirect" or quote.speaker is not None)
        for quote in document.quotes
    )


_GUNFIRE_SPAN = re.compile(
    r"[ \t]++(?:[\w-]++[ \t]++){0,3}?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|"
    r"morning|afternoon|evening)\b"
)
"""Review 27: a span of time after "under fire for": gunfire, not criticism."""
_CONDITION_BEFORE = re.compile(r"\b(?:[Ii]f|[Ww]hether|[Uu]nless|[Ww]hen)[ \t]++\Z")


_QUARTERS_ACCOUNTS = frozenset(
    ["in some quarters", "in certain quarters", "by many accounts", "by all accounts"]
)
_QUARTERS_AFTER = re.compile(r"[ \t]++(?!(?:as|that|about|over|at|for)\b)[A-Za-z]")
"""A word after "in some quarters" that is not the view's ("seen in some quarters as", "anger
in some quarters over"): "fell in some quarters and rose", "slept in some quarters without"."""
_ACCOUNT_WORD_BEFORE = re.compile(
    r"(?:\w(?:ed|(?<!be)(?<!wh)(?<!th)(?<!ev)en)"
    r"|\b(?:paid|held|owned|run|made|sold|kept|bought|spent))[ \t]++\Z"
)
_ACCOUNT_WORD_AFTER = re.compile(r"[ \t]++(?:\w+ed|held|owned|run|with|that|which)\b")


def _literal_quarters_accounts(text: str, start: int, end: int) -> bool:
    """MEND28B: "in some quarters" followed by a word not of a view ("and", "without"), or "by
    all accounts" as the agent of a passive or before a participle ("financed by many accounts
    held offshore", "paid by all accounts opened before 2020"): literal quarters and accounts.
    "fierce in some quarters.", "In some quarters, ...", "is, by all accounts, a demanding boss",
    "who is by all accounts enjoying his role" stay weasel words."""
    if text[end - 1 : end] == "s" and text[end - 8 : end].lower() == "quarters":
        return _QUARTERS_AFTER.match(text, end) is not None
    return bool(
        _ACCOUNT_WORD_BEFORE.search(text, max(0, start - 14), start)
        or _ACCOUNT_WORD_AFTER.match(text, end)
    )


def find_vague(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    note_psych_hits(text, hits["psych"])
    for match in hits["weasel"]:
        if found.overlaps(match.start(), match.end()):
            continue
        if _NAMED_AFTER.match(text, match.end()):
            continue  # "drew criticism from Berlin and Paris" says whose
        phrase = original[match.start() : match.end()]
        if _ACTIVE_RAISE.match(phrase) and _person_raises_questions(text, match.start()):
            continue
        if phrase[:1] in "RrSs" and _OWNED_WORK.search(
            text, match.start() - 24 if match.start() > 24 else 0, match.start()
        ):
            continue  # round 15: "Greenberg's research suggests", "his research shows": whose
        if lexicon.is_allowed(phrase):
            continue
        if phrase[:1] in "mM" and _HOW_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # review 27: "It is unclear how many people believe the claims"
        if phrase.lower() in _QUARTERS_ACCOUNTS and _literal_quarters_accounts(
            text, match.start(), match.end()
        ):
            continue  # MEND28B: "Profits fell in some quarters and rose in others", "paid by
            # all accounts opened before 2020": places and bank accounts, no body of opinion
        if phrase[:11].lower() == "under fire " and _GUNFIRE_SPAN.match(text, match.end()):
            continue  # review 27: "under fire for three hours", "for most of the night"
        if phrase.lower() in _REPORTER_ONLY_WEASELS and (
            _in_source_words(document, match.start(), match.end())
            or _CONDITION_BEFORE.search(text, max(0, match.start() - 10), match.start())
        ):
            continue  # round 27: a source's "make no mistake" is its rhetoric, not a weasel;
            # review 27: nor "If it is clear that ..." (a condition asserts nothing)
        found.append(Mention(match.start(), match.end(), phrase, "vague", phrase.lower(), "A202"))
    if hits["extra_vague"]:
        for match in hits["extra_vague"]:
            if not found.overlaps(match.start(), match.end()):
                phrase = original[match.start() : match.end()]
                found.append(
                    Mention(match.start(), match.end(), phrase, "vague", phrase.lower(), "A201")
                )
    capitals_seen: dict[str, bool] = {}  # round 27: capitalised_elsewhere's memo
    for tag, kind in (
        ("collective", "vague"),
        ("singular", "anonymous"),
        ("speaker_noun", "anonymous"),
    ):
        for match in hits[tag]:
            head_start, head_end = match.start(), match.end()
            head = match.group().lower()
            if found.overlaps(head_start, head_end) or _TITLE_CASE.match(text, head_end):
                continue  # "Republicans Finally Confirmed A Judge": a headline, not a claim
            if head == "media" and _STATE_BEFORE.search(text, max(0, head_start - 20), head_start):
                continue  # "state media": news organisations (an outlet speaker), not a group
            bounds = sentence_bounds(document, head_start)
            if head.startswith("the ") and _POSITION_BEFORE.search(
                text, max(0, head_start - 4), head_start
            ):
                continue  # round 12: "economists on the left": a place, not a camp of its own
            if head == "all" and not (
                _CLAUSE_OPENING.search(text[max(bounds[0], head_start - 12) : head_start])
                and not text.startswith(" of", head_end)
            ):
                continue  # "they all say", "of all", "all of the niceties": no group of its own
            if head == "all" and _ALL_IN_PHRASE.match(text, head_end, bounds[1]):
                continue  # "All told, …", "All the messages …": a word of a phrase, no group
            if head in _BARE_QUANTIFIERS and _OF_YOU.match(text, head_end):
                continue  # "how many of you believe": the audience addressed
            if head in _BARE_QUANTIFIERS and _HOW_BEFORE.search(
                text, max(bounds[0], head_start - 12), head_start
            ):
                continue  # round 27: "did not say how many of the new phones it expected to
                # sell": a quantity asked about, no group
            if head in _BARE_QUANTIFIERS and _of_things(text, head_end, bounds[1]):
                continue  # "struck many of the same notes", "some of the money": no people
            if head in _BARE_QUANTIFIERS and _PARTICIPLE_BEFORE.search(
                text, max(bounds[0], head_start - 16), head_start
            ):
                continue  # round 16: "Listing several of his ventures, she added": an object
            if head == "most" and _SUPERLATIVE_ADVERB.match(text, head_end, bounds[1]):
                continue  # "is most often found", "most likely": a superlative, not a group
            if (
                head in _BARE_QUANTIFIERS
                and not _AFTER_BARE_QUANTIFIER.match(text, head_end, bounds[1])
                and not caused_to_think(text, head_start, head_end, bounds, patterns)
            ):
                following_word = FOLLOWING_WORD.match(text, head_end, bounds[1])
                follower = following_word.group(1).lower() if following_word else ""
                if (
                    following_word is None
                    or head == "those"  # "those worries": a determiner
                    or (  # "few calls", "some warning signs": plural nouns, not verbs;
                        # "others" is never a determiner: "others supporting a ban" (round 8)
                        head not in ("everyone", "everybody", "others")
                        and follower.endswith(("s", "ing"))
                        and not follower.endswith("ss")  # "few express enthusiasm"
                        and follower not in AFTER_GROUP_SUBJECT
                    )
                    or not (
                        follower in patterns.verbs
                        or follower in AFTER_GROUP_SUBJECT
                        or follower.endswith(("n't", "n’t"))  # "most don't expect"
                        or _phrasal_verb(text, follower, following_word.end(), bounds[1], patterns)
                    )
                ):
                    _add_unlisted_group(document, match, bounds, lexicon, patterns, found)
                    continue  # "many critics": the determiner of a longer mention
            interviewed = INTERVIEWED.match(text, head_end, bounds[1])
            if interviewed:  # "experts I spoke to": the reporter's unnamed sources
                start = extend_left(text, head_start, bounds[0])
                if not found.overlaps(start, interviewed.end()):
                    mention_text = original[start : interviewed.end()]
                    if not lexicon.is_allowed(mention_text):
                        rule = "A201" if kind == "vague" else "A101"
                        mention = Mention(
                            start, interviewed.end(), mention_text, kind, mention_text, rule
                        )
                        found.append(mention)
                continue
            openers = (
                _SPEAKER_OPENERS
                if tag == "speaker_noun" or head in _CLOSE_PEOPLE
                else SINGULAR_DETERMINERS
            )
            if kind == "anonymous" and (
                noun_follows(text, head_end, bounds[1], patterns)
                or openers.isdisjoint(
                    text[max(bounds[0], head_start - 50) : head_start].lower().split()
                )
            ):
                continue  # "a conservative think tank"; "Republican nominee": no "a/one" before
            end = extend_right(text, head_end, bounds[1])
            if end == head_end:  # "Analysts tracking the race say"
                end = participle_phrase_end(text, end, bounds[1], patterns)
            absolute = head in _BARE_QUANTIFIERS and absolute_attitude(
                text, head_start, head_end, patterns
            )
            if absolute:  # ", many of them deeply skeptical": the phrase ends at "them"
                end = absolute
            listed = patterns.coordinated.match(text, end, bounds[1])
            coordinated = listed.end() if listed else None
            if coordinated is None and text.startswith((" and ", " or "), end):
                coordinated = _coordinated_people(text, end, bounds[1])
            if coordinated and _VERB_THEN_QUANTIFIER.match(text, end, coordinated):
                coordinated = None  # round 16: "won praise from urbanists and horrified many
                # drivers": a second verb and its object, not "urbanists and ... drivers"
            if coordinated:  # "Regulators and environmental groups", "lawmakers and technologists"
                end = coordinated
            viewed = text.startswith(",", end) and _VIEW_TO.search(
                text[max(bounds[0], head_start - 30) : head_start]
            )
            speaker = tag == "speaker_noun" or head in _CLOSE_PEOPLE
            audience = head in _AUDIENCES
            if not (
                viewed
                or speaker
                or audience
                or may_be_credited(text, head_start, end, bounds, patterns, kind)
                or (kind == "vague" and _may_say_after(text, end, bounds[1], patterns))
                or absolute
                or (kind == "vague" and speech_in_coordinated_verb(text, end, bounds[1]))
            ):
                continue  # cheap test first: most group nouns are credited with nothing
            start = extend_left(text, head_start, bounds[0])
            if start < head_start and end == head_end:  # round 27: "the cash| investigators
                start = group_after_relatives_object(text, start, end)  # say was stolen"
            first_word = text[start : head_start].split()[:1]
            opener = first_word[0].lower() if first_word else ""
            definite = (opener == "the" and head in _PLAIN_PEOPLE) or (
                opener in _POSSESSIVES and head in _CLOSE_PEOPLE
            )
            if kind == "anonymous" and opener not in SINGULAR_DETERMINERS and not definite:
                continue  # "one critic" is a person; a bare "critic" is not a mention
            if opener in ("my", "our") and head in _KIN:
                continue  # round 24: '"My kids thought it was the most exciting thing," said
                # Dana Whitfield': the speaker's own family, no group a reader could ask
            lead_start = max(bounds[0], start - 40)
            lead = text[lead_start:start]
            joined = _JOINED.search(lead) if lead.rstrip().endswith(_JOINERS) else None
            if kind == "vague" and joined:
                partner = joined.group(1)
                partner_start = lead_start + joined.start(1)
                if partner.lower() in lexicon.collectives or partner.lower() in MODIFIERS:
                    start = partner_start  # "Developers and supporters"
                elif (
                    partner[1:].islower()
                    and human_nouns().plural(partner.lower())
                    and not (  # review 27: "Sanders and other Democrats": a named member
                        partner[:1].isupper() and text.startswith("other", start)
                    )
                    and not _object_of_a_verb(text, partner_start, bounds[0])
                    and (
                        partner.islower()
                        or not (
                            text[bounds[0] : partner_start].strip()
                            or capitalised_elsewhere(text, partner, capitals_seen)
                        )
                    )
                ):
                    start = extend_left(text, partner_start, bounds[0])  # round 27:
                    # "Fishermen and farmers say", "Many fishermen and farmers" (the first
                    # noun known by its shape only); "Sanders and other Democrats": a name
                elif (
                    partner[:1].isupper() and text[bounds[0] : partner_start].strip()
                ) or partner.lower() in ("he", "she"):
                    continue  # "Smith and other critics", "she and other Democrats": a named member
            if head == "most" and text[start : head_start].strip().lower() == "the":
                continue  # "the most detailed proposals": a superlative
            if addressed(text, start, bounds[0]) and not (
                cued_before(text, start, bounds[0], patterns)
                or viewed
                or attitude_after(text, end, bounds[1], patterns)
                or speech_for_after(text, end, bounds[1], patterns)  # "credit to X for speaking"
                or intention_after(text, end, bounds[1])  # round 25: "donors intent on ..."
            ):
                continue  # "told reporters that …", "a letter to committee members calls for …"
            if head == "whom" and start == head_start:
                continue  # only "many of whom", "some of whom"
            if text.endswith("whom", start, end) and _counted_pledges(text, start, end, bounds):
                continue  # round 21: "five superdelegates, two of whom have pledged ...": a tally
            if text.endswith("whom", start, end) and _whole_named_set(
                text, start, end, bounds, found
            ):
                continue  # round 28: "all three leaders, each of whom echoed a theme"
            if (
                _NEITHER.search(text, max(bounds[0], start - 9), start)
                or _NO_BEFORE.search(text, max(bounds[0], start - 4), start)
                or _nobody_measured_or_named(text, start, head_start, head, bounds[0])
            ):
                continue  # "neither Republicans nor …", "no Republicans": nobody is credited
            individual = (kind == "anonymous" and tag != "speaker_noun") or _ONE_OF.match(
                text[start : head_start]
            )
            if _WISHED_ON.search(text, max(bounds[0], start - 12), start) and not (
                text[start:end].lower().endswith(" who")
                or cued_before(text, start, bounds[0], patterns)
            ):
                continue  # "I want people in Ohio to know", "Clinton is hoping voters see her"
            if individual and _COPULA_BEFORE.search(text, max(bounds[0], start - 24), start):
                continue  # "Giffords was a member of Congress", "he's not the right person"
            if head == "media" and media_modifier(text, head_end, patterns):
                continue  # "media trackers": an adjective
            if speaker:
                if PREDICATE_BEFORE.search(text, max(bounds[0], start - 8), start):
                    continue  # "He's a hard guy to predict": a description, not a source
                if not speaker_credited(text, start, end, bounds, patterns, definite):
                    continue  # "a caller asked", "said the woman", "her friend said"
            elif audience:
                modified = _AUDIENCE_MODIFIES.match(text, head_end, bounds[1])
                if modified is not None and modified.group(1) in lexicon.collectives:
                    continue  # round 23: "Crowd safety experts said": the experts speak
                if not (
                    speech_follows(text, end, bounds[1], _REACTION_VERBS)
                    or cued_before(text, start, bounds[0], patterns)
                    or _chanted_words(text, start, end, bounds)
                ):
                    continue  # "the crowd chanted", "asked by the audience"; not "the crowd booed"
            elif not (
                viewed
                or credited(text, start, end, bounds, patterns)
                or (kind == "vague" and speech_participle_after(text, start, end, bounds, patterns))
                or (kind == "vague" and speech_in_coordinated_verb(text, end, bounds[1]))
                or absolute
                or (
                    individual
                    and _acts_as_subject(
                        text, start, end, bounds, patterns, opener in SINGULAR_DETERMINERS
                    )
                )
            ):
                # "angered prime ministers", "criticism from mainstream media outlets"
                widened = _cued_over_modifiers(text, start, bounds[0], patterns)
                if widened is None or individual or (
                    _NO_MODIFIERS_BEFORE.match(text, start)
                    and text[widened:start].strip().lower() not in _DEGREE_WORDS
                ):
                    continue  # ("mirror those of larger rivals": 'those' takes no modifier)
                start = widened
            if kind == "anonymous" and not definite and after_name(text, start, bounds[0]):
                continue  # "Gov. John Kasich of Ohio, a Republican who …": an appositive to a name
            if (
                text[start : start + 1].isdigit()
                and not speech_follows(text, end, bounds[1])
                and not speech_participle_after(text, start, end, bounds, patterns)
            ):
                continue  # "130 people", "522 people who voted": a count, not a source
            if kind == "vague" and not speech_follows(text, end, bounds[1]) and (
                document.in_quote(start, end)
                or (
                    _SUBORDINATE.search(text, max(bounds[0], start - 24), start)
                    and not _object_relative(text, start, end, bounds, patterns)
                )
            ):
                continue  # "I think people want…", "he knows that voters are angry": talked about
            if kind == "anonymous" and _talked_about_in_quote(
                document, start, end, bounds, patterns
            ):
                continue  # "'... a book about a man'", "'my two friends should look at it'"
            if (
                kind == "vague"
                and text[head_start].isupper()
                and head not in _PROPER_GROUPS
                and start == head_start
                and text[max(bounds[0], start - 8) : start].strip()
                and not _SENTENCE_START.search(text, max(bounds[0], start - 8), start)
            ):
                continue  # "told People": a capitalised common noun mid-sentence is a name
            if (
                head in _GENERIC_PEOPLE
                and start == head_start
                and end == head_end
                and not _SAYS_NEXT.match(text, end, bounds[1])
                and not text[max(bounds[0], start - 4) : start].lower().endswith("not ")
            ):
                continue  # "what people think", "people will believe it": the public at large
            if kind == "vague" and _poll_respondents(
                text,
                head,
                bounds,
                found,
                sentence_bounds(document, max(0, bounds[0] - 2)) if head in _POLL_SHARES else None,
                head_start,
            ):
                continue  # "Democrats favored Clinton, 72 percent to 8 percent": a poll's finding
            following = text[end : end + 60]
            if names_someone(following) or names_someone(text[head_end : head_end + 60]):
                continue
            if NAMED_GROUP.match(text, start, end + 40):
                continue  # "Citizens for Tax Justice said": an organisation's name
            if head in affiliated_professionals() and AT_NAMED_INSTITUTION.match(text, head_end):
                continue  # "Analysts at Brightline Securities said": the firm is named
            if start < head_start and study_by_institution_staff(text, start, head_end):
                continue  # round 27: "A study by Stanford economists found": named by employer
            if _SHARE_BEFORE.search(text, max(bounds[0], start - 20), start):
                continue  # "Six in 10 voters said", "eight of 10 voters say": a poll's share
            if _HOW_BEFORE.search(text, max(bounds[0], start - 12), start):
                continue  # review 27: "Nobody knows how many of the residents oppose the
                # plan", "How many voters support it is unclear": a quantity asked about
            if kind == "vague":
                members = extend_over_unnamed_members(text, end, bounds[1])
                if NAMED_MEMBERS.match(text, end, members):
                    continue  # "The agencies, including the Red Cross and Oxfam, said": named
                end = members
                if _NAMED_PERSON_MEMBER.search(text, end, bounds[1]):
                    continue  # "Local politicians also fired back, including Rep. Ann Roe"
            mention_kind = kind
            if kind == "vague" and (
                _ONE_OF.match(text[start:end])
                or _COUNTED.match(text, start, end)
                or _PRIVATELY_AFTER.match(text, end, min(bounds[1], end + 40))
                or _PRIVATELY_BEFORE.search(text[max(bounds[0], start - 16) : start])
            ):
                # "one of the doctors" is an unnamed individual; "privately, Democrats
                # acknowledge" speaks off the record: both are anonymous sourcing
                mention_kind = "anonymous"
            mention_text = original[start:end]
            if lexicon.is_allowed(mention_text) or found.overlaps(start, end):
                continue
            if _said_noun_without_content(text, start, end, bounds):
                continue  # "ignored advice from staff members and went ahead": nothing said
            rule = "A201" if mention_kind == "vague" else "A101"
            found.append(Mention(start, end, mention_text, mention_kind, mention_text, rule))
    _find_one_of_them(document, hits["one_alone"], lexicon, patterns, found)
    _stances_of_found_groups(document, hits, found)
    find_group_stances(document, hits, lexicon, found)
    find_viewpoint_groups(document, lexicon, found)


def _stances_of_found_groups(
    document: Document, hits: dict[str, list[re.Match[str]]], found: Found
) -> None:
    """A vague group the finders found whose predicate is a view, a feeling or a want stated in
    the reporter's voice ("Residents fear the arena will drain money", "Many taxpayers want a
    vote") is A203, the round-10 code for exactly that, not A201 (a claim credited to a group):
    the message then tells the editor what is wrong."""
    text = document.analysis_text
    verbs = hits["credit_verb"]
    starts = [verb.start() for verb in verbs]
    views = _view_verbs()
    reports: list[tuple[int, int]] | None = None  # named sources' reports, made on first need
    for mention in found:
        if mention.rule != "A201" or mention.kind != "vague":
            continue
        i = bisect_left(starts, mention.end)
        if i == len(starts) or text[mention.end : starts[i]].strip():
            continue  # the verb must follow the group directly
        if verbs[i].group() not in views or document.in_quote(mention.start, mention.end):
            continue
        if reports is None:
            reports = _named_reports(document)
        if not _inside(reports, mention.start, mention.end):
            mention.rule = "A203"


_NAMED_SPEAKERS = frozenset(["person", "organization", "outlet", "document"])


def _named_reports(document: Document) -> list[tuple[int, int]]:
    """The contents of the indirect quotes a named source reports, by start. Round 22: a group
    in one ("Detectives believe he acted alone, she said" after Police Chief Linda Ferraro) has
    its view in the speaker's account, not stated by the reporter: it stays A201."""
    return sorted(
        (quote.start, quote.end) for quote in document.quotes
        if quote.kind == "indirect" and quote.speaker is not None
        and quote.speaker.kind in _NAMED_SPEAKERS
    )


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` (sorted by start) holds ``[start, end)``; a few looked at."""
    i = bisect_right(spans, (start, 1 << 62)) - 1  # the last span starting at or before
    return any(lo <= start and end <= hi for lo, hi in spans[max(0, i - 7) : i + 1])


@cache
def _view_verbs() -> frozenset[str]:
    """``[view_verbs]`` of ``sourcing_cues.txt``: fear, want, feel, believe (not say, argue)."""
    lines = _sections("sourcing_cues.txt").get("view_verbs", ())
    return frozenset(word for line in lines for word in line.split())


@cache
def _said_noun_before() -> re.Pattern[str]:
    """A noun of something said and "from"/"by" right before a group ("advice from",
    "comments from", "a statement by"; ``[said_nouns]`` of ``sourcing_cues.txt``, less the
    pairs ``[before]`` has credited since earlier rounds: "testimony from")."""
    cues = _sections("sourcing_cues.txt")
    listed = {" ".join(cue.split()[:-1]) for cue in cues.get("before", ())}
    nouns = [noun for noun in cues.get("said_nouns", ()) if noun not in listed]
    return re.compile(
        r"\b(?:" + _alternation(list(nouns)) + r")\s+(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE
    )


_SAID_CONTENT = re.compile(r"\s*,?\s*(?:that\b|:|[\"\u201c\u2018']|to\s+[a-z]+\b)")
"""What a said noun's group goes on with when it carries a claim: "that", a colon, a quotation
mark or an infinitive ("advice from staff members that ...")."""


def _said_noun_without_content(
    text: str, start: int, end: int, bounds: tuple[int, int]
) -> bool:
    """A group credited only by a said noun before it ("The mayor ignored advice from staff
    members and went ahead", "comments from reporters about her health") with no claim after
    it: no source of anything (round-11 review)."""
    if not _said_noun_before().search(text, max(bounds[0], start - 40), start):
        return False
    return _SAID_CONTENT.match(text, end, bounds[1]) is None


def _may_say_after(text: str, end: int, ceiling: int, patterns: SourcingPatterns) -> bool:
    """The cheap test of ``speech_participle_after``: ", <verb>ing" in the next 100 characters,
    the -ing word one of the crediting verbs."""
    comma = text.find(", ", end, min(ceiling, end + 102))
    if comma < 0:
        return False
    space = text.find(" ", comma + 2, comma + 30)
    return space > 0 and text[comma + 2 : space] in patterns.verbs


_CLAUSE_LEAD = re.compile(r"(?:[;:,.!?—–][\"'”’)]?|\band|\bbut|^)\s+$", re.IGNORECASE)
"""What may stand before a "one" that opens its clause (a closing quotation mark may end the
sentence before it: '… wrote one user. "…." Another said …')."""
_ONE_THING = re.compile(r"\bone\s+([a-z]+)")
_NAMING = frozenset(["called", "named", "dubbed", "titled", "nicknamed"])
_PLURAL_WORD = re.compile(r"\b[a-z][a-z'’-]*(?:s|men)\b")


def _find_one_of_them(
    document: Document,
    ones: list[re.Match[str]],
    lexicon: SourcingLexicon,
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    """ "She met with immigration attorneys; one suggested she marry": "one" stands for one of
    a group of people named just before (this sentence or the one before) and says something:
    an unnamed individual."""
    text = document.analysis_text
    human = human_nouns()
    for match in ones:
        start, end = match.span()
        if not _CLAUSE_LEAD.search(text, max(0, start - 6), start):
            continue  # "no one", "every one of": only "one" opening a clause stands alone
        verb = FOLLOWING_WORD.match(text, end)
        said = verb.group(1).lower() if verb else ""
        if not (said.endswith(("s", "ed")) or said in SPEAKER_VERBS) or said in _NAMING:
            continue  # "one view is": a noun; "another called i360": a name
        bounds = sentence_bounds(document, start)
        if not verb_follows(text, end, bounds[1], patterns, False, relative=False):
            continue
        previous = sentence_bounds(document, max(0, bounds[0] - 2))[0]
        window = text[max(previous, start - 300) : start].lower()
        first = _ONE_THING.search(window) if match.group() == "another" else None
        if first is not None and not human.singular(first.group(1)):
            continue  # "One company says …; another says …": another company
        if first is None and not any(  # "one user wrote …; another said": another user
            word not in _BARE_QUANTIFIERS
            and (
                word in lexicon.collectives or word in lexicon.anonymous_heads or human.plural(word)
            )
            for word in _PLURAL_WORD.findall(window)
        ):
            continue  # no group of people just before that "one" could belong to
        if document.in_quote(start, end) or found.overlaps(start, end):
            continue
        words = document.text[start:end]
        if names_someone(text[end : end + 60]) or lexicon.is_allowed(words):
            continue
        found.append(Mention(start, end, words, "anonymous", words, "A101"))


_MODIFIER_WORD = re.compile(r"\b([a-z][a-z-]*[a-z])\s+$")
_NOT_MODIFIER_LIST = """the a an and or of to in on at by for from with as that who which than
some many most all other others more"""
_NOT_MODIFIERS = frozenset(_NOT_MODIFIER_LIST.split())


def _cued_over_modifiers(
    text: str, start: int, floor: int, patterns: SourcingPatterns
) -> int | None:
    """The new start when one or two plain modifiers the phrase growth did not take stand
    between a (non-speech) cue and the group ("regularly angered prime ministers", "criticism
    from mainstream media outlets"); None when there is no such cue."""
    for _ in range(2):
        word = _MODIFIER_WORD.search(text, max(floor, start - 30), start)
        if (
            word is None
            or word.group(1) in _NOT_MODIFIERS
            or word.group(1) in patterns.verbs
            or word.group(1) in patterns.cues_before
        ):
            return None
        start = word.start(1)
        cue = cued_before(text, start, floor, patterns)
        if cue == "by" and not _by_allegiance(text, start, floor, patterns):
            return start  # "jeered by union members", "criticized by union officials"
        if cue is not None:
            return None if cue in patterns.speech_cues or cue in _WEAK_CUES else start
    return None


def _by_allegiance(text: str, start: int, floor: int, patterns: SourcingPatterns) -> bool:
    """Whether the passive before "by" credits support or opposition (a participle of
    ``[allegiance]`` or "opposed" within it: "backed by wealthy donors", "supported by rural
    voters"), or has no stance participle in the three words before "by"; a view or a protest
    ("criticized by", "considered sacrosanct by", "booed by") credits the group across a
    modifier the phrase growth left out (round 15).  Farther back the participle is often
    another clause's ("accused Clinton of being influenced by special interest groups")."""
    words = WORD.findall(text[max(floor, start - 60) : start].lower())[-4:-1]
    stances = [w for w in words if w in patterns.by_participles]
    if not stances and race_called(
        WORD.findall(text[max(floor, start - 120) : start].lower())[-14:-1]
    ):
        return False  # round 25: "declared the winner in ... primaries by news organizations"
    return not stances or any(w in _ALLEGIANCE_PARTICIPLES for w in stances)


_ALLEGIANCE_PARTICIPLES = section_words("sourcing_cues.txt", "allegiance_participles")
"""Participles of support: across unknown modifiers they credit allegiance or votes more often
than a view, like the cues of ``_WEAK_CUES``."""


_NO_MODIFIERS_BEFORE = re.compile(
    r"(?:those|these|some|many|most|others|all|both|several|few)\b", re.IGNORECASE
)
"""Heads that take no modifier before them: a word the phrase growth left out before "those
of larger rivals" is a verb ("troubles mirror those of"), not a modifier of the group."""

_DEGREE_WORDS = frozenset(["so", "too", "very", "how", "as"])
"""The words that do stand before 'many' ("alarmed so many Americans")."""

_WEAK_CUES = ALLEGIANCE_CUES | {"by"}
"""Cues that, across unknown modifiers, credit allegiance or votes more often than a view
("lack of support from young voters", "late support from uncommitted superdelegates")."""


_RELATIVE_BEFORE = re.compile(r"([\w'’-]+)\s+(?:that|which|what|whom)\s+$", re.IGNORECASE)


_NO_ANTECEDENT = frozenset(
    ["is", "was", "are", "were", "be", "been", "and", "or", "but", "so", "now", "such", "than"]
)


def _object_relative(
    text: str, start: int, end: int, bounds: tuple[int, int], patterns: SourcingPatterns
) -> bool:
    """ "the limit that economists consider sustainable", "what strategists dub a plan": the
    group is the subject of a relative clause whose verb says what it thinks or calls something.

    After a verb ("he knows that voters …") "that" opens a clause about the group instead.
    """
    before = _RELATIVE_BEFORE.search(text, max(bounds[0], start - 40), start)
    if before is None:
        return False
    antecedent = before.group(1).lower()
    if antecedent in patterns.verbs or antecedent in _NO_ANTECEDENT:
        return False  # "the scenario is that investors …", "and that countries …": a clause
    return stance_follows(text, end, bounds[1], patterns) or verb_follows(
        text, end, bounds[1], patterns, False, relative=False
    )  # "one that most voters oppose"


_VERB_THEN_QUANTIFIER = re.compile(
    r"\s+(?:and|or)\s+[a-z][\w'’-]*ed\s+(?:many|some|most|few|several|others|all)\b"
)
"""After a group, "and" and a past verb with a quantified object ("and horrified many
drivers", "and angered some"), which no coordinated group opens with ("and retired teachers")."""
_COORDINATED_PEOPLE = re.compile(
    r"\s+(?:and|or)\s+(?:(?:from|by|among|with|against)\s++)?"
    r"(?!(?:from|by|among|with|against)\s)([a-z][\w'’-]*)"
    r"(?:\s+(?!(?:from|by|among|with|against)\s)([a-z][\w'’-]*))?"
    r"(?:\s+(?!(?:from|by|among|with|against)\s)([a-z][\w'’-]*))?"
    r"(?![\w'’-])"
)
"""(Round 27, DEFECT27: no preposition among the words before the second noun, "plaudits from
investors and protests from unions" are two groups, each after its own noun; "and from unions"
still joins.)"""


def _coordinated_people(text: str, end: int, ceiling: int) -> int | None:
    """ "lawmakers and technologists", "experts and federal investigators": a group joined to a
    plural people noun the lists do not know (by shape, ``human_nouns``); the pair is one source
    and its verb comes after the second noun (round 8)."""
    joined = _COORDINATED_PEOPLE.match(text, end, ceiling)
    if joined is None:
        return None
    nouns = human_nouns()
    for group in (1, 2, 3):
        noun = joined.group(group)
        if noun is None:
            return None
        if nouns.plural(noun) or _bodies_plural(noun):
            return joined.end(group)  # (round 19: or a plural of a kind of body, "groups and
            # the party committees circulate ...": the pair acts as one unnamed collective)
        if noun.endswith(("'s", "’s")):
            return None  # "retailers and the state's hospitals": a known set, not the group's
    return None  # round 27: the first people noun of the next three words is the head, so
    # "and fishermen" (no final "s") and "and business owners" ("business" is no person) join


def _bodies_plural(noun: str) -> bool:
    from newscheck.stages.speakers import _bodies_plural as bodies_plural  # (no import cycle)

    return bodies_plural(noun)


_UNLISTED_GROUP = re.compile(
    r"\s+(?:[a-z][\w'’-]*\s+)?([a-z][a-z'’-]*[a-rt-z]s)\s+(?:(?:have|had|also|now|still|often|"
    r"privately|publicly)\s+)?(?:say|said|argue|argued|believe|believed|think|thought|insist|"
    r"insisted|warn|warned|contend|fear|feared|worry|worried|complain|complained|predict|"
    r"predicted)\b"
)
"""'Many architects say', 'some local contractors warned': a quantifier, a plural noun the lists
do not know, and a speech or belief verb right after it."""
_UNLISTED_PEOPLE = re.compile(r"\s+(?:[a-z][\w'’-]*\s+)?([a-z][a-z'’-]*[a-rt-z]s|women|men)\b")
"""'many editors were hesitant', 'the unease many women feel': a quantifier and a plural people
noun (by shape, ``human_nouns``); any crediting continuation, as after a listed group."""


def _add_unlisted_group(
    document: Document,
    match: re.Match[str],
    bounds: tuple[int, int],
    lexicon: SourcingLexicon,
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    """Flag a quantified group of a kind the word lists do not name ("many architects say")."""
    if match.group().lower() not in ("many", "some", "most", "few"):
        return
    text = document.analysis_text
    group = _UNLISTED_GROUP.match(text, match.end(), bounds[1])
    if group is None:
        group = _UNLISTED_PEOPLE.match(text, match.end(), bounds[1])
        if group is None or not (
            human_nouns().plural(group.group(1).lower())
            and verb_follows(text, group.end(1), bounds[1], patterns, False, relative=False)
        ):
            return
    noun = group.group(1).lower()
    if noun in lexicon.collectives or noun in lexicon.anonymous_heads:
        return  # a listed group: its own hit decides
    if noun in lexicon.document_heads or noun.rstrip("s") in lexicon.document_heads:
        return  # "some reports say", "many polls said": documents, not people
    if noun in human_nouns().stop:
        return  # "most respondents said": a poll's count; "many numbers suggest": no people
    start, end = match.start(), group.end(1)
    if start >= 2 and text[start - 2 : start].lower() == "a " and (
        start == 2 or not text[start - 3].isalnum()
    ):
        start -= 2  # round 29: "A few farmers say": the article is the quantifier's
    if found.overlaps(start, end) or document.in_quote(start, end):
        return
    words = document.text[start:end]
    if lexicon.is_allowed(words):
        return
    found.append(Mention(start, end, words, "vague", words, "A201"))


_GAP_BEFORE_WHO = re.compile(
    r"(?:\s+(?:here|there|too|alike|nationwide|abroad|overseas|everywhere|locally)"
    r"|\s+\d[\d,]*+\s+strong)?\s*,?\s*$"
)
"""What may stand between a group and its "who": a place adverb, or round 24 a size ("crowds
15,000 strong who believe ...")."""
_THOSE_DOING = re.compile(r"\s+[a-z]+ing(?:\s+[\w'’.-]+){0,3}?(?=\s*,?\s*$)")
"""A participle phrase after "those" ("those supporting Clinton"), up to the relative."""
_COORDINATED_GAP = re.compile(r"\s+(?:and|or)\s+[\w'’-]+\s*,?\s*$")
"""'activists and intellectuals who …': the relative follows a coordinated group."""
_REPORTER_ASKED = re.compile(
    r"\b(?:interviewed|surveyed|polled|quoted|spoke\s+(?:to|with)|talked\s+(?:to|with))"
    r"(?:\s+(?:more\s+than|at\s+least|about|nearly|some|over))?(?:\s+[\w'’-]+){0,2}\s*$",
    re.IGNORECASE,
)
"""A group the reporter interviewed: "The AP interviewed more than 20 former crew members"."""
_SENTENCE_OPENER = re.compile(
    r"\s*(?:[\"“‘'(]\s*)?(?:(?:but|and|yet|still|now|so|as|when|while|after|because|since|though|"
    r"although)\s+)?$",
    re.I,
)
"""What may come before a "they" antecedent in its sentence: the group is the subject."""
# Round 25: or a colon or semicolon before it ("... an old promise: Many of them negotiated
# ..., and they want to keep them"): the group opens that clause
_LEAD_OPENER = re.compile(
    r"(?:[.!?:;]\s+|^\s*)(?:[\"“‘'(]\s*)?(?:(?:but|and|yet|still|now|so|as|when|while|after|"
    r"because|since|though|although)\s+)?$",
    re.I,
)


_OTHER_ANTECEDENT = re.compile(
    r"\b(?:he|she|I|we|[A-Z][a-z]+\s+and\s+[A-Z])\b|(?:Mr|Ms|Mrs)\.\s+\S+\s+and\s"
)
"""A person or a named pair between a group and "they": it may be the antecedent instead."""


def _group_antecedent(
    text: str,
    groups: list[tuple[int, int, str]],
    ends: list[int],
    pronoun: re.Match[str],
    floor: int,
    found: Found | None = None,
    own_sentence: int | None = None,
) -> tuple[int, int, str] | None:
    """The unnamed group a "who"/"they" refers to: the group right before "who", or the nearest
    plural group earlier in the sentence or the sentence before for "they" (the subject of its
    sentence, a group the reporter interviewed, or one already credited with words: ``found``).
    Round 29 (AUDIT29): a "they said" after a comma at the end of its sentence credits the whole
    sentence, so no group inside it ("Applicants on the list were admitted at nearly four times
    the rate of other students, they said": the sources of the sentence before)."""
    limit = pronoun.start()
    if (
        own_sentence is not None
        and pronoun.group().lower() == "they"
        and text[pronoun.start() - 2 : pronoun.start()] == ", "
        and CLOSING_SAID.match(text, pronoun.end()) is not None
    ):
        limit = own_sentence
    i = bisect_right(ends, limit) - 1
    if i < 0:
        return None
    start, end, kind = groups[i]
    if kind in (_SHAPE_BEFORE_WHO, _ONE_BEFORE_WHO) and pronoun.group().lower() != "who":
        return None
    if pronoun.group().lower() == "who":
        ceiling = pronoun.start()
        grown_ends = [extend_right(text, end, ceiling), *after_place(text, end, ceiling)]
        if text[start:end].lower() == "those":  # "those supporting Clinton, who …"
            doing = _THOSE_DOING.match(text, end, ceiling)
            if doing is not None:
                grown_ends.append(doing.end())
        for grown in grown_ends:
            if (
                _GAP_BEFORE_WHO.match(text, grown, ceiling)
                or _COORDINATED_GAP.match(text, grown, ceiling)
            ) and ceiling - start < 150:
                return groups[i]
        return None
    if start < floor or not (
        text[start:end].lower().endswith("s") or _quantifier_of_people(text, start, end)
    ):
        return None
    opener_start = extend_left(text, start, floor)
    sentence_start = text.rfind("\n", floor, opener_start) + 1 or floor
    same_sentence = (  # round 9: "allowed Republicans to tie her to a policy that they view as"
        own_sentence is not None
        and start >= own_sentence
        and _OBJECT_RELATIVE_BEFORE.search(text, pronoun.start() - 8, pronoun.start()) is not None
        and not _PERSUADED_BEFORE.search(text, max(own_sentence, start - 30), start)
    )
    if not same_sentence and not _SENTENCE_OPENER.fullmatch(
        text, max(floor, sentence_start), opener_start
    ):
        lead = text[max(floor, opener_start - 40) : opener_start]
        if (
            not _LEAD_OPENER.search(lead)
            and not _REPORTER_ASKED.search(lead)
            and not (found is not None and found.overlaps(start, end))
        ):
            return None  # not the subject of its sentence, nor interviewed, nor credited
    between = text[end : pronoun.start()]
    if _OTHER_ANTECEDENT.search(between):
        return None  # another possible antecedent stands between
    return groups[i]


_PLURAL_QUANTIFIERS = frozenset(["many", "most", "some", "several", "few"])


def _quantifier_of_people(text: str, start: int, end: int) -> bool:
    """Round 25: "Many of them negotiated generous plans ..., and they want to keep them": a
    plural quantifier over people ("of them", "of the residents") is a plural antecedent for
    "they" like "residents" (the later tests still ask it to open its clause)."""
    return text[start:end].lower() in _PLURAL_QUANTIFIERS and of_people(text, end)


_OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|what)\s+$", re.IGNORECASE)
"""An object relative right before "they" ("an administration that they view as weak")."""
_PERSUADED_BEFORE = re.compile(
    r"\b(?:convinc|persuad|assur|remind|tell|told|warn)[a-z]*\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A group that is told or persuaded: its "that they …" is what it is told, not its view
("convincing audiences that they want what you make")."""
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_WHO = re.compile(r"\bwho\b", re.IGNORECASE)


def _first_who(text: str, pronoun: re.Match[str], floor: int) -> re.Match[str] | None:
    """The "who" that the "and who" at ``pronoun`` repeats ("African Americans, who are
    expected to … and who maintain …"): the last one before it in its sentence."""
    if pronoun.group().lower() != "who":
        return None
    earlier = list(_WHO.finditer(text, max(floor, pronoun.start() - 200), pronoun.start()))
    return earlier[-1] if earlier else None


_JOINED_BEFORE = re.compile(r"\b(?:and|or)\s+$", re.IGNORECASE)
_SHAPE_BEFORE_WHO = "shape_before_who"
"""The tag of an unlisted people noun found right before "who": an antecedent of that "who"
only, never of a later "they" (the mention it makes is not among those already found)."""
_WORD_BEFORE_WHO = re.compile(r"(?<![\w'’.-])([a-z][a-z'’-]*[a-z])\s*,?\s*$")


def _people_before_who(
    text: str, pronouns: list[re.Match[str]], groups: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Plural people nouns by shape right before a "who" ("golf club owners who foresee",
    "bankers who concluded"): antecedents the word lists do not know (round 8).  Listed
    nouns (``groups``, the hits) are antecedents of their own already."""
    human = human_nouns()
    taken: set[int] | None = None
    found = []
    for pronoun in pronouns:
        start = pronoun.start()
        if text[start : start + 1] not in "wW" or text[start - 1 : start] not in " ,":
            continue  # "they", or "who" not after a word: the usual case
        plural = (
            text[start - 2 : start] == "s "
            or text[start - 3 : start] == "s, "
            or text[start - 4 : start] == "men "  # round 12: "dozens of women who claim"
            or text[start - 5 : start] == "men, "
        )
        if not plural and not _INDEFINITE_NEAR.search(text, max(0, start - 40), start):
            continue  # neither a plural nor "a/an/one/another" shortly before: the usual case
        word = _WORD_BEFORE_WHO.search(text, max(0, start - 30), start)
        if word is None:
            continue
        noun = word.group(1)
        tag = _SHAPE_BEFORE_WHO
        if not plural or not human.plural(noun):
            if not _one_person_before(text, word.start(1), noun, human):
                continue
            tag = _ONE_BEFORE_WHO  # round 11: "a young child, who said", "an architect who said"
        at = word.start(1)
        if taken is None:
            taken = {group[0] for group in groups}
        if at in taken or _JOINED_BEFORE.search(text, max(0, at - 5), at):
            continue  # listed, or joined to an earlier group ("activists and organisers who")
        found.append((at, word.end(1), tag))
    return found


_ONE_BEFORE_WHO = "one_before_who"
"""The tag of one unnamed person by shape right before "who" ("an architect who said"): an
antecedent of that "who" only, like ``_SHAPE_BEFORE_WHO``, but an anonymous individual."""
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_INDEFINITE_NEAR = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) ")
"""A cheap first test for ``_INDEFINITE_BEFORE``: an indefinite determiner in the window."""
_SINGULAR_PEOPLE = _PLAIN_PEOPLE | {"child", "teenager"}


def _one_person_before(text: str, at: int, noun: str, human: HumanNouns) -> bool:
    """A singular people noun (by shape, or a plain one: "child", "woman") brought in by "a",
    "an", "one" or "another" and at most two modifiers ("a young child", "an architect"); not a
    role ("A president who authorized the raid" describes a known one)."""
    if noun.endswith("s") or noun in ROLE_WORDS:
        return False
    if not (noun in _SINGULAR_PEOPLE or human.singular(noun)):
        return False
    article = _INDEFINITE_BEFORE.search(text, max(0, at - 40), at)
    if article is None:
        return False
    # "Ann Roe is a retired teacher who believes", "described himself as a farmer who thinks":
    # a predicate describing someone already named, not an unnamed source
    return _PREDICATE_BEFORE.search(text, max(0, article.start() - 12), article.start()) is None


_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|becomes?|became|remains?|remained|as)\s+$", re.IGNORECASE
)


_PRONOUN_ALONE = re.compile(r"they|who", re.IGNORECASE)


def _pronouns_alone(hits: list[re.Match[str]]) -> list[re.Match[str]]:
    """Round 11: the scanner's "they've" / "who’re" hits cut to the pronoun ("they've
    suggested" is read like "they have suggested": the verb test steps over the clitic)."""
    if all(len(hit.group()) < 5 for hit in hits):
        return hits  # the usual case: no clitic
    return [
        hit if len(hit.group()) < 5 else _PRONOUN_ALONE.match(hit.string, hit.start())
        for hit in hits
    ]


_THAN_BEFORE = re.compile(r"\b[Tt]han\s++\Z")
""""than" right before a pronoun ("more dovish than they had expected")."""


_IN_DISPUTE = re.compile(
    r"[ \t]+(?:are|were|is|was|remain|remained|have[ \t]+been)[ \t]+(?:[\w-]+[ \t]+){0,2}?in"
    r"[ \t]+(?:(?:a|an|the|their|its)[ \t]+)?(?:[\w-]+[ \t]+)?disputes?\b",
    re.IGNORECASE,
)
"""Round 25: "dispute" as the conflict a group is in ("who are also in dispute over pay", "who
were in a long-running dispute with the council"): a state, not a claim the group makes."""


def find_pronoun_sources(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    """ "Democrats, who want …", "… many parents. They fear …": an unnamed group's pronoun.

    The pronoun is flagged when the text credits it with a view and its antecedent group was
    not flagged itself (one flag per source); otherwise it joins the group's source unflagged.
    """
    text = document.analysis_text
    pronouns = _pronouns_alone(hits["pronoun"])
    if not pronouns:
        return
    original = document.text
    groups = [
        (m.start(), m.end(), tag)
        for tag in ("collective", "anonymous_head", "singular")
        for m in hits[tag]
    ]
    groups.extend(_people_before_who(text, pronouns, groups))
    groups.extend(found.stance_heads)
    groups.sort()
    ends = [g[1] for g in groups]
    unnamed = sorted(
        ((m.start, m) for m in found if m.kind in ("anonymous", "vague")), key=lambda pair: pair[0]
    )  # (by the start alone: two mentions starting together are not compared)
    unnamed_starts = [start for start, _ in unnamed]
    opening_quotes: dict[int, list] = {}  # (filled by _speaker_reports_own on first use)
    for pronoun in pronouns:
        if document.in_quote(pronoun.start(), pronoun.end()):
            continue
        if _THAN_BEFORE.search(text, max(0, pronoun.start() - 6), pronoun.start()):
            continue  # round 16: "faster than they had expected": a comparison, not a claim
        bounds = sentence_bounds(document, pronoun.start())
        previous = sentence_bounds(document, max(0, bounds[0] - 2))[0]
        relative = pronoun
        if _AND_BEFORE.search(text, max(0, pronoun.start() - 5), pronoun.start()):
            relative = _first_who(text, pronoun, bounds[0]) or pronoun  # "…, who … and who …"
        antecedent = _group_antecedent(
            text, groups, ends, relative, previous, found, bounds[0]
        )
        if antecedent is None:
            continue
        if _IN_DISPUTE.match(text, pronoun.end(), bounds[1]):
            continue  # round 25: "nurses and doctors, who are also in dispute over pay"
        stance = stance_after(text, hits, pronoun.end(), bounds[1])
        group_text = text[antecedent[0] : antecedent[1]]
        position: bool | None = None  # ``relative_position``, asked once when first needed
        if (
            not stance
            and not verb_follows(text, pronoun.end(), bounds[1], patterns, False, relative=False)
            and not _later_speech_in_relative(text, relative, bounds[1], patterns)
        ):
            position = relative_position(
                text, pronoun.group(), pronoun.end(), bounds[1], group_text
            )
            if not position:
                continue
        restrictive = relative.group().lower() == "who" and "," not in text[
            max(0, relative.start() - 3) : relative.start()
        ]
        bare = group_text.lower() in _BARE_QUANTIFIERS
        if restrictive and not (
            bare
            or stance_follows(text, pronoun.end(), bounds[1], patterns)
            or (
                position if position is not None else relative_position(
                    text, pronoun.group(), pronoun.end(), bounds[1], group_text
                )
            )
        ):
            continue  # "people who oppose the plan" picks out a group; "voters who fear": a view
        start, end, tag = antecedent
        start = extend_left(text, start, previous)
        opener = text[start : antecedent[0]].split()[:1]
        if tag == "singular" and (not opener or opener[0].lower() not in SINGULAR_DETERMINERS):
            continue  # "a delegate, who" is an unnamed person; "the delegate" a known one
        if relative is pronoun and (
            ANONYMITY_RELATIVE.match(text, end) or ANONYMITY_RELATIVE.match(text, pronoun.start())
        ):
            continue  # "An engineer, who spoke on condition of anonymity, said": how, not what
            # (round 27: also after the antecedent's place, "A surgeon at St Luke's, who spoke
            # on condition of anonymity ..., said")
            # (round 15: "Two architects, who spoke ...", too: the group is credited where it
            # speaks, and "who" had been flagged a second time)
        if relative is not pronoun and ANONYMITY_RELATIVE.match(text, pronoun.start()):
            continue  # round 24: "A care worker who left in December, and who spoke on
            # condition of anonymity ..., said": the second "who" asks anonymity, says nothing
        if tag != "collective" and after_name(text, start, previous):
            continue  # "said Ann Roe, a senior analyst at Jefferies, who notes …": she is named
        if tag != "collective" and predicate_noun(text, start, previous):
            continue  # "Ann Roe is a retired teacher who believes …": it describes Ann Roe
        head_text = text[antecedent[0] : end].lower()
        if (
            _nobody_measured_or_named(text, start, antecedent[0], head_text, previous, 0)
            or names_someone(text[end : end + 60])
            or (  # "Analysts at Brightline Securities wrote ... They cautioned": the firm named
                head_text.rsplit(" ", 1)[-1] in affiliated_professionals()
                and AT_NAMED_INSTITUTION.match(text, end) is not None
            )
            or (
                head_text in _BARE_QUANTIFIERS
                and not _AFTER_BARE_QUANTIFIER.match(text, end)
                and not (head_text == "those" and _THOSE_DOING.match(text, end, pronoun.start()))
            )
        ):
            continue
        kind = "vague" if tag in ("collective", _SHAPE_BEFORE_WHO) else "anonymous"
        if kind == "vague" and _poll_respondents(
            text, head_text, bounds, found, (previous, bounds[0]), antecedent[0]
        ):
            continue  # "white voters, who favor Clinton by a 6-point margin": poll respondents
        name = original[start:end]
        flagged = None
        if found.overlaps(start, end):
            j = bisect_right(unnamed_starts, end - 1) - 1
            if j >= 0 and unnamed[j][1].end > start:
                flagged = unnamed[j][1]
        words = original[pronoun.start() : pronoun.end()]
        repeated = relative is not pronoun  # "and who …": a second claim, flagged on its own
        if flagged is not None and repeated:
            rule = None if _speaks_later_in_sentence(
                document, flagged.start, pronoun.end(), bounds[1]
            ) else _rule_for(flagged.kind)  # review 29: "A man who lives there, and who saw the
            # crash, said ...": the man is flagged where he speaks; the second clause describes
            found.append(
                Mention(pronoun.start(), pronoun.end(), words, flagged.kind, flagged.name, rule)
            )
            continue
        if flagged is not None:
            if restrictive and not found.overlaps(flagged.end, pronoun.end()):
                if not ANONYMITY_RELATIVE.match(text, flagged.end):  # not "officials who
                    found.grow(flagged, pronoun.end(), original)  # spoke on condition of …"
            else:  # ", who …" joins its group; "they fear …" with a verb of its own is a new claim
                own_claim = flagged.end <= pronoun.start() and (
                    (
                        _own_relative_claim(text, flagged.end, bounds[1], patterns)
                        or _relative_view(text, flagged.end, pronoun, bounds[1], hits, patterns)
                    )
                    if pronoun.group().lower() == "who"
                    else not _reported_by_group(text, pronoun.start(), bounds[0], patterns)
                )
                rule = _rule_for(flagged.kind) if own_claim else None
                found.append(
                    Mention(pronoun.start(), pronoun.end(), words, flagged.kind, flagged.name, rule)
                )
            continue
        if pronoun.group().lower() != "who" and _speaker_reports_own(
            document, start, pronoun.start(), bounds[0], patterns, opening_quotes
        ):
            continue  # round 29: "Voters interviewed by the BBC said they were tired": the
            # quote's speaker is the group and is credited there; "they" is its own referent
        if repeated and _speaks_later_in_sentence(document, start, pronoun.end(), bounds[1]):
            continue  # review 29: "A man who lives there, and who saw the crash, said ...": he
            # is credited where he speaks; the second relative clause describes him
        rule = _rule_for(kind)
        if restrictive and not repeated and not found.overlaps(start, pronoun.end()):
            span = original[start : pronoun.end()]  # "Republican partisans who prefer …"
            found.append(Mention(start, pronoun.end(), span, kind, name, rule))
            continue
        found.append(Mention(pronoun.start(), pronoun.end(), words, kind, name, rule))
    _speech_pronouns(document, pronouns, groups, found, previous_groups=unnamed)


_MODIFIER_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]+) $")
_NOT_NAME_LIST = """the a an of and or to by from with in on at for as that their his her its our
met hit left told sent saw gave took cut put kept won lost led let set got made paid sold brought
meets hits tells sends sees gives takes cuts puts keeps wins loses leads lets sets gets makes pays
sells brings visits thanks urges asks calls joins warns angers infuriates"""
_NOT_NAME_WORDS = frozenset(_NOT_NAME_LIST.split())
"""Words that never start an antecedent's name: function words, and verbs whose object the
group was ("The mayor met residents on Monday. They said ...": 'residents', not 'met
residents')."""


def _name_start(text: str, start: int) -> int:
    """Where an antecedent's name begins: its modifiers ("many Democrats"), else one plain
    noun or adjective before the head ("dairy farmers", "housing economists")."""
    left = extend_left(text, start, max(0, start - 60))
    if left < start:
        return left
    modifier = _MODIFIER_BEFORE.search(text, max(0, start - 25), start)
    if modifier is None:
        return start
    word = modifier.group(1)
    if word in _NOT_NAME_WORDS or word.endswith(("ed", "ing", "ly")):
        return start
    return modifier.start(1)


def _speech_pronouns(
    document: Document,
    pronouns: list[re.Match[str]],
    groups: list[tuple[int, int, str]],
    found: Found,
    previous_groups: list[tuple[int, Mention]],
) -> None:
    """Round 12: "they" + a verb of saying whose antecedent is an unnamed group in any position
    (``source_coreference``); the flag's name is the antecedent's words."""
    text, original = document.analysis_text, document.text
    plural = [g for g in groups if g[2] in ("collective", "anonymous_head")]
    starts = [start for start, _ in previous_groups]

    def make_mention(
        start: int, end: int, a_start: int, a_end: int, tag: str, named: bool = True
    ) -> None:
        kind = "anonymous" if tag == "anonymous_head" else "vague"
        name = original[_name_start(text, a_start) : a_end] if named else original[start:end]
        j = bisect_right(starts, a_end - 1) - 1
        if j >= 0 and previous_groups[j][1].end > a_start:  # the antecedent is flagged itself
            kind, name = previous_groups[j][1].kind, previous_groups[j][1].name
        found.append(Mention(start, end, original[start:end], kind, name, _rule_for(kind)))

    def poll_respondents(head: str, bounds: tuple[int, int], head_start: int) -> bool:
        return _poll_respondents(text, head, bounds, found, None, head_start)

    find_speech_pronouns(document, pronouns, plural, found, make_mention, poll_respondents)


_RELATIVE_END = re.compile(r"[;:.!?\"“”()]|,\s+(?!and\b|but\b)|$")


def _later_speech_in_relative(
    text: str, pronoun: re.Match[str], ceiling: int, patterns: SourcingPatterns
) -> bool:
    """ "demonstrators here, who have taken to the streets and called for …": a ", who" clause
    whose second verb, after "and", is a speech act (the clause is the group's own claim)."""
    before = text[max(0, pronoun.start() - 3) : pronoun.start()]
    if pronoun.group().lower() != "who" or "," not in before:
        return False
    limit = min(ceiling, pronoun.end() + 120)
    end = _RELATIVE_END.search(text, pronoun.end(), limit)
    return bool(
        patterns.relative_speech.search(text, pronoun.end(), end.start() if end else limit)
    )


def _relative_view(
    text: str,
    end: int,
    pronoun: re.Match[str],
    ceiling: int,
    hits: dict[str, list[re.Match[str]]],
    patterns: SourcingPatterns,
) -> bool:
    """Round 10: ", who see Clinton as …", ", who are offering candid assessments …": a
    non-restrictive relative right after a flagged group that credits the group with a view or
    words of its own is a second claim resting on the group, flagged like the first (one flag
    per claim), even when the group's own verb follows the clause."""
    if ANONYMITY_RELATIVE.match(text, end) or not _GAP_BEFORE_WHO.fullmatch(
        text, end, pronoun.start()
    ):
        return False  # "officials, who spoke on condition of anonymity": how, not what
    return stance_after(text, hits, pronoun.end(), ceiling) or stance_follows(
        text, pronoun.end(), ceiling, patterns
    )


def _own_relative_claim(text: str, end: int, ceiling: int, patterns: SourcingPatterns) -> bool:
    """ "criticism from libertarians, who pounce on …": the ", who" clause is the group's own
    claim, unless the group's verb follows the clause ("Officials, who spoke on condition of
    anonymity, said …": the relative only describes them)."""
    if ANONYMITY_RELATIVE.match(text, end):
        return False  # "one of those advisers, who spoke on condition of anonymity": how, not what
    after = skip_parenthetical(text, end, ceiling)
    return after == end or not verb_follows(text, after, ceiling, patterns, False, relative=False)


_TWO_WORDS_ON = re.compile(r"[ \t]++[A-Za-z-]++[ \t]++[A-Za-z-]")
"""Two words right after a possessive, no punctuation between (review 27)."""
_POSSESSIVE_END = re.compile(r"(?:['’]s?)$")
_POSSESSOR_SLOT = re.compile(
    r"(?:^|[,;:(—–\"“]|\b(?:while|but|and|as|because|though|although|since|when|whereas|"
    r"that|by))\s*$",
    re.IGNORECASE,
)
"""Where a possessive group holds the view itself: a clause's subject, or a passive's agent
("helped by the electorate's lack of faith"); not an object ("undermines voters' confidence")."""


def find_possessive_views(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    """ "voters' anger at …", "the electorate's lack of faith in …": a group's possessive before
    a noun of a view or feeling credits the group with that view."""
    text = document.analysis_text
    original = document.text
    for match in hits["possessive"]:
        following = WORD.findall(text[match.end() : match.end() + 40].lower())[:3]
        if patterns.view_nouns.isdisjoint(following):
            continue
        if following[0] in patterns.view_nouns and len(following) > 1 and (
            following[1] in ROLE_WORDS or following[1] in ORGANIZATION_WORDS
        ) and _TWO_WORDS_ON.match(text, match.end()):  # (review 27: not across a comma,
            # "Voters' anger, party officials conceded, was real")
            continue  # round 27: "Supporters' trust chairman Ray Whitaker said": a body's
            # name ("trust") before its officer, no feeling of the supporters
        end = _POSSESSIVE_END.search(text, match.start(), match.end()).start()
        noun = text[match.start() : end].lower()
        if found.overlaps(match.start(), end) or not (
            noun.endswith("s") or noun not in lexicon.anonymous_heads
        ):
            continue  # "the former staffer's claims": a known person's, not a group's
        bounds = sentence_bounds(document, match.start())
        start = extend_left(text, match.start(), bounds[0])
        first = text[start : match.start()].split()[:1]
        if first and first[0].endswith(("en", "ed", "ing")):
            start = match.start()  # "Given Republicans' opposition": not part of the group
        slot = _POSSESSOR_SLOT.search(text, max(bounds[0], start - 12), start)
        if slot is None and start > bounds[0]:
            continue  # "restore voters' confidence": the group's view is talked about
        if text[start : start + 1].isdigit() or _nobody_measured_or_named(
            text, start, match.start(), noun, bounds[0]
        ):
            continue  # "3 voters' …", "no voters' …", "55 percent of voters' …"
        words = original[start:end]
        if lexicon.is_allowed(words) or found.overlaps(start, end):
            continue
        kind = "anonymous" if noun in lexicon.anonymous_heads else "vague"
        found.append(Mention(start, end, words, kind, words, _rule_for(kind)))


def _speaks_later_in_sentence(document: Document, start: int, after: int, end: int) -> bool:
    """A quote of the sentence is credited to the mention at ``start`` by a cue between
    ``after`` and ``end``."""
    return any(
        quote.speaker is not None and quote.speaker.start == start
        and quote.cue is not None and after <= quote.cue.start < end
        for quote in document.quotes
    )


def _speaker_reports_own(
    document: Document,
    group_start: int,
    start: int,
    floor: int,
    patterns: SourcingPatterns,
    opening_quotes: dict[int, list],
) -> bool:
    """The pronoun at ``start`` opens the reported clause of a quote whose unnamed speaker
    is the pronoun's antecedent (``group_start``) or a "they" standing for it: the speaker's
    own "they" ("... said they were tired", "They said they wanted it over").
    ``opening_quotes`` maps a content start to its quotes; it is filled on first use."""
    if not _reported_by_group(document.analysis_text, start, floor, patterns):
        return False
    if not opening_quotes:
        for quote in document.quotes:
            opening_quotes.setdefault(quote.start, []).append(quote)
        opening_quotes.setdefault(-1, [])  # (filled: an empty document's quotes too)
    return any(
        quote.speaker is not None
        and (
            quote.speaker.start <= group_start < quote.speaker.end
            or quote.speaker.text.lower() in ("they", "we")
        )
        and quote.speaker.kind in ("anonymous", "vague")
        for quote in opening_quotes.get(start, ())
    )


def _reported_by_group(text: str, start: int, floor: int, patterns: SourcingPatterns) -> bool:
    """ "Officials say they expect …": the pronoun sits in its group's own reported clause.

    Round 19: not the "that" of a result clause ("Some Republicans are so opposed to him that
    they're endorsing his rival"): what the group does because of its view is a second claim."""
    words = WORD.findall(text[max(floor, start - 30) : start].lower())[-2:]
    if not any(word in patterns.verbs or word in ("that", "if", "whether") for word in words):
        return False
    return words[-1:] != ["that"] or not _result_clause(text, start, floor)


_SO_BEFORE_THAT = re.compile(r"\b(so|such)\s++(?!that\b)[\w'’-]")
"""A degree word opening a result clause ("so opposed … that", "such a hurry that"); not the
purpose "so that"."""


def _result_clause(text: str, start: int, floor: int) -> bool:
    """The "that" right before ``start`` closes a "so …"/"such …" after a form of "be" in its
    sentence (within 160 characters): the group's own state is the cause ("are so opposed",
    "were apparently so worried"); not "so annoyed officials that they …" (the cause is the
    subject's act, and the group was credited by it once), nor "said so"."""
    window = max(floor, start - 160)
    if " so " not in text[window:start] and " such " not in text[window:start]:
        return False  # the cheap pre-test: most "that they" follow no degree word
    for match in _SO_BEFORE_THAT.finditer(text, window, start):
        before = WORD.findall(text[max(window, match.start() - 30) : match.start()].lower())
        if not _RESULT_BE.isdisjoint(before[-2:]):
            return True
    return False


_RESULT_BE = frozenset(["are", "were", "is", "was", "be", "been", "remain", "remained"])


def _rule_for(kind: str) -> str:
    return "A201" if kind == "vague" else "A101"


def outlet_name(text: str, patterns: SourcingPatterns, lexicon: SourcingLexicon) -> str:
    """A canonical name for an outlet mention.

    "the Axios portal" -> "Axios", "The Harbour Gazette newspaper" -> "Harbour Gazette";
    an unnamed "the newspaper" keeps its words.
    """
    named = patterns.outlet_names.search(text)
    if named is not None:
        return re.sub(r"^[Tt]he\s+", "", " ".join(named.group().split()))
    words = " ".join(text.split()).strip("'\"‘’“” ")
    if re.match(r"[Aa]n?\s", words):
        return words[0].lower() + words[1:]  # "A local blog": unnamed, it keeps its words
    bare = re.sub(r"^[Tt]he\s+", "", words)
    if ", " in bare and bare[:1].isupper():
        return bare[: bare.index(", ")]  # round 23: "Kazinform, the state news agency"
    lowered = bare.lower()
    for noun in _before_name_nouns():
        at = lowered.find(noun + " ")
        name = bare[at + len(noun) + 1 :] if at >= 0 and bare.startswith(noun, at) else ""
        if name[:1].isupper() and (at == 0 or bare[at - 1] == " "):  # (not "Daily News")
            # round 24: "state broadcaster RUV", "the Russian newspaper Kommersant": the name
            return re.sub(r"^[Tt]he\s+", "", name)
    for noun in sorted(lexicon.outlet_nouns, key=len, reverse=True):
        if bare.lower().endswith(" " + noun) and bare[:1].isupper():
            return bare[: -len(noun) - 1]
    return bare if bare[:1].isupper() else words


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
"""A "the" right before an outlet name's hit ("the Sun"): the name may take it in."""


def outlet_candidates(
    text: str,
    hits: dict[str, list[re.Match[str]]],
    patterns: SourcingPatterns,
    lexicon: SourcingLexicon,
) -> list[tuple[int, int]]:
    """(start, end) of outlet names, "the X portal" phrases and quoted names after a cue."""
    candidates: list[tuple[int, int]] = []
    for hit in hits["outlet_name"]:
        start = hit.start()
        the = _THE_BEFORE.search(text[max(0, start - 5) : start])
        if the is None and (after_given_name(text, start) or text.endswith("Capitol ", 0, start)):
            continue  # round 29: "Mary Hill told the court": a person's surname; "on Capitol
            # Hill": the place (review)
        named = patterns.outlet_names.match(text, start - len(the.group()) if the else start)
        if named is not None and named.end() >= hit.end():  # case matters: "the Sun", not "sun"
            candidates.append((named.start(), named.end()))
    for hit in hits["outlet_noun"]:
        if _POST_AFTER.match(text, hit.end()):
            continue  # round 19: "wrote in a blog post", "a newsletter item": the writer's own
        window = max(0, hit.start() - 80)
        for match in lexicon.outlet_noun_re.finditer(text, window, hit.end()):
            if match.end() == hit.end():
                candidates.append((_appositive_name_start(text, match.start()), match.end()))
                break
    if _BAND.search(text):  # (a cheap search first: most texts have no call sign)
        candidates.extend(match.span() for match in CALL_SIGN.finditer(text))  # "WKRT-TV"
    for match in _named_after_noun_matches(text):  # round 19: "told Spanish radio
        # station Onda Norte", "the news site The Circuit"; not "a columnist for the tech news
        # site Pando" (the unnamed columnist is the source)
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-"):
            continue  # inside a longer word
        opener = _OUTLET_OPENER.search(text, max(0, start - 30), start)
        if opener is not None:  # "Spanish radio station", "the news site"
            start = opener.start()
        if not _STAFF_OF_BEFORE.search(text, max(0, start - 30), start) or (
            _INTERVIEW_BEFORE.search(text, max(0, start - 40), start)
        ):  # (round 24: "in an interview with the Russian newspaper Kommersant": the paper)
            candidates.append((start, match.end()))
    for match in _QUOTED_NAME.finditer(text):
        if patterns.quoted_outlet.search(text[max(0, match.start() - 25) : match.start()]):
            candidates.append((match.start(1), match.end(1)))
    for word_start, word_end in _masthead_words(text, hits["masthead"]):
        title = _TITLE_BEFORE.search(text, max(0, word_start - 60), word_start)
        if title is None or _DOCUMENT_AFTER.match(text, word_end):
            continue  # a bare "Herald"; "the NBC-Wall Street Journal poll" (the poll speaks)
        if _OWNED_BEFORE.search(text, max(0, title.start() - 12), title.start()) or (
            _NAME_AFTER.match(text, word_end)
        ):
            continue  # "the owner of the Corner Post, Anna Ruiz,": a business, not a paper
        start = title.start()
        opener = _OPENER.match(text, start)
        if opener is not None:  # "As The Washington Post reported": the title starts after "As"
            start = opener.end()
            if not text[start:word_start].strip():
                continue
        candidates.append((start, word_end))
    return candidates


_NAME_BEFORE_APPOSITIVE = re.compile(
    r"\b(?:[Aa]ccording[ \t]++to|by)[ \t]++"
    r"((?:[A-Z][\w\u2019'.-]*+[ \t]++){0,2}+[A-Z][\w\u2019'.-]*+),[ \t]++$"
)


def _appositive_name_start(text: str, start: int) -> int:
    """Round 23: where the name an outlet noun describes starts ("according to Kazinform, the
    state news agency": the name is the outlet credited); ``start`` itself when the noun phrase
    ("the state news agency") is no appositive after a name credited by "according to"/"by"."""
    if not text.startswith(("the ", "The "), start) or text[start - 2 : start] != ", ":
        return start
    name = _NAME_BEFORE_APPOSITIVE.search(text, max(0, start - 60), start)
    return name.start(1) if name is not None else start


_OUTLET_OPENER = re.compile(
    r"(?<![\w'\u2019-])(?:the )?(?:[A-Z][a-z]+ )?"
    r"(?:(?:state|public|national|local|regional|independent|private|commercial|online) )?$"
)
"""Before an outlet noun: "the" and one capitalised word ("the Spanish", "French"), then one
word saying whose or where it is (round 24: "told state broadcaster RUV", "the French public
broadcaster")."""
_STAFF_OF_BEFORE = re.compile(r"\b(?:for|at|of|with)[ \t]++(?:the[ \t]++)?(?:[a-z-]++[ \t]++)?$")
"""Before an outlet noun: it belongs to a phrase naming someone at the outlet."""


def _places(text: str, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of ``words`` occurs in ``text``, sorted, no repeats (``str.find``:
    a scan at C speed, where a regex opening with an alternation tries every position)."""
    places: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            places.add(at)
            at = text.find(word, at + 1)
    return sorted(places)


def _named_after_noun_matches(text: str) -> list[re.Match[str]]:
    """``_named_after_noun().finditer(text)``, found faster: each noun is looked up with
    ``str.find`` and the pattern matched there only (the regex's leading alternation made the
    engine try every position of the text: about 0.9 M instructions per article)."""
    pattern = _named_after_noun()
    matches: list[re.Match[str]] = []
    end = -1
    for start in _places(text, _before_name_nouns()):
        if start < end:
            continue  # (non-overlapping, as ``finditer`` gives them)
        match = pattern.match(text, start)
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


@cache
def _before_name_nouns() -> tuple[str, ...]:
    return tuple(
        noun for noun in _sections("outlets.txt").get("before_name", ()) if noun != "website"
    )


_BAND = re.compile(r"-(?:TV|FM|AM|DT|LD|CD)")
"""The band after a call sign ("WKRT-TV"): a text with none has no call sign.  One search
with a literal prefix ("-") instead of six substring tests of the whole text (round 26: 14 M
of 19 M instructions per 200 texts saved)."""


@cache
def _named_after_noun() -> re.Pattern[str]:
    """An outlet noun of ``[before_name]`` (outlets.txt; "the" and one capitalised word
    before it are taken by ``_OUTLET_OPENER``) and the capitalised name right after it
    ("Spanish radio station Onda Norte", "the news site RTL Info"); not a weekday or month,
    and not a bare "website" (a company's own: "a statement posted on the website X.com")."""
    return re.compile(
        r"(?:"
        + _alternation(list(_before_name_nouns()))
        + r") (?:[Tt]he )?"
        + NOT_A_DATE_WORD
        + r"[A-Z](?:[^\s.,;:!?\"\u201c\u201d()]|\.(?=\w))*+"
        r"(?: [A-Z](?:[^\s.,;:!?\"\u201c\u201d()]|\.(?=\w))*+){0,3}"
    )


_TITLE_BEFORE = re.compile(r"(?:\b[Tt]he[ \t]+)?(?:[A-Z][\w\u2019-]*[A-Za-z.][ \t]+){1,3}$")
"""One to three capitalised words (and "the") right before a masthead word; no possessive."""
_OPENER = re.compile(
    r"(?:As|According|In|By|On|At|For|From|With|After|Before|While|When|But|And|Then|Also|So|"
    r"If|Since|Though|Yet|Meanwhile|Earlier|Later)[ \t]+"
)
_OWNED_BEFORE = re.compile(r"\b(?:of|at)[ \t]+$")
_NAME_AFTER = re.compile(r",[ \t]+[A-Z][\w'\u2019-]+[ \t]+[A-Z]")
_POST_AFTER = re.compile(r"[ \t]+(?:post|posts|entry|entries|item|episode)\b")
"""After an outlet noun, a thing published on it ("a blog post", "a podcast episode")."""
_DOCUMENT_AFTER = re.compile(r"[ \t]+(?:poll|polls|polling|survey|surveys)\b")


def _masthead_words(text: str, hits: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where the last word of a newspaper title ("Herald", "Gazette") stands capitalised with
    no possessive after it (the scanner's hits are case-blind)."""
    return [
        (hit.start(), hit.end()) for hit in hits
        if text[hit.start()].isupper() and text[hit.end() : hit.end() + 1] not in ("'", "\u2019")
        and not_before_masthead().isdisjoint(
            text[max(0, hit.start() - 12) : hit.start()].lower().split()[-1:]
        )
    ]


def find_outlets(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    candidates = outlet_candidates(text, hits, patterns, lexicon)
    candidates.sort(key=lambda c: (c[0], -c[1]))
    taken_until = -1
    resolved = {
        (quote.speaker.start, quote.speaker.end): quote.speaker.kind
        for quote in document.quotes if quote.speaker is not None
    } if candidates else {}
    for start, end in candidates:
        if start < taken_until:  # sorted by start: only the last kept one can overlap
            continue
        if resolved.get((start, end), "outlet") not in ("outlet", "unknown"):
            continue  # round 15: "The network warned" after "the County Councils Network":
            # the quotes stage resolved the outlet noun to a body that is no news outlet
        if text.startswith("the Hill", start) and text[start - 3 : start] == "on ":
            continue  # round 29: "Democrats on the Hill": Capitol Hill, not the newspaper
        bounds = sentence_bounds(document, start)
        quoted = text[start - 1 : start] in "'\"‘“" and start > 0
        if not quoted and not credited(text, start, end, bounds, patterns, outlet=True) and (
            _INTERVIEW_BEFORE.search(text, max(bounds[0], start - 40), start) is None
        ):
            continue
        if quoted:
            cue = text[max(bounds[0], start - 40) : start]
            if not re.search(r"(?:by|to|in|outlet|portal|newspaper|agency)\s*['\"‘“]$", cue):
                continue
        taken_until = end
        mention_text = original[start:end]
        if lexicon.is_allowed(mention_text) or found.overlaps(start, end):
            continue
        found.append(
            Mention(
                start,
                end,
                mention_text,
                "outlet",
                outlet_name(mention_text, patterns, lexicon),
                "A301",
            )
        )


_BODY_AFTER_DOCUMENT_WORD = re.compile(
    r"[ \t]++(?:firm|firms|company|companies|group|provider|agency|service|consultancy)\b"
)
"""After a document's noun: a body the noun describes ("the data firm Kpler")."""


def find_documents(
    document: Document,
    hits: dict[str, list[re.Match[str]]],
    lexicon: SourcingLexicon,
    patterns: SourcingPatterns,
    found: Found,
) -> None:
    text = document.analysis_text
    original = document.text
    for match in hits["document"]:
        if not could_be_credited(text, match.start(), match.end(), patterns):
            continue
        if found.overlaps(match.start(), match.end()):
            continue
        if _BODY_AFTER_DOCUMENT_WORD.match(text, match.end()):
            continue  # round 26: "the data firm Kpler", "a polling company": the firm's
        bounds = sentence_bounds(document, match.start())
        start, end = extend_left(text, match.start(), bounds[0]), match.end()
        opener = text[start:end].split()[0].lower()
        if start == match.start() or opener not in DETERMINERS:
            continue  # "a new poll", "the ruling"; not a bare "data" or "reports suggest"
        if not credited(text, start, end, bounds, patterns):
            continue
        if (
            text[start:end].lower().endswith(("reports", "report"))
            and "previous" in text[start:end].lower()
        ):
            continue
        mention_text = original[start:end]
        found.append(Mention(start, end, mention_text, "document", _document_name(mention_text)))


def quote_overlaps(document: Document, start: int, end: int) -> bool:
    """``any(q.start < end and start < q.end for q in document.quotes)`` by binary search: the
    quotes' starts in order and the furthest end reached so far, built once per quote list (a
    scan of every quote per claim was quadratic on one long document)."""
    cached = getattr(document, "_sourcing_quote_reach", None)
    if cached is None or cached[0] is not document.quotes or cached[1] != len(document.quotes):
        ordered = sorted([(quote.start, quote.end) for quote in document.quotes])
        starts = [quote_start for quote_start, _ in ordered]
        reach = list(accumulate([quote_end for _, quote_end in ordered], max))
        cached = (document.quotes, len(document.quotes), starts, reach)
        document._sourcing_quote_reach = cached  # type: ignore[attr-defined]
    before = bisect_left(cached[2], end)  # the quotes that start before ``end``
    return before > 0 and cached[3][before - 1] > start


def _attribution_in(
    text: str, start: int, end: int, patterns: SourcingPatterns, weasels: list[re.Match[str]]
) -> bool:
    """Whether an attribution word stands in ``[start, end)`` outside an impersonal weasel
    phrase: round 28 (AUDIT28B), "It has been suggested that Northgate delayed repairs.
    Northgate has covered up the true scale of the problem." credits the accusation to no one
    ("It has been suggested" is A202 itself, no source the next sentence may continue)."""
    if not weasels:
        return patterns.attribution_in_span.search(text, start, end) is not None
    impersonal = [
        (w.start(), w.end()) for w in weasels
        if start <= w.start() < end and text[w.start() : w.start() + 3].lower() == "it "
    ]
    for match in patterns.attribution_in_span.finditer(text, start, end):
        if not any(lo <= match.start() < hi for lo, hi in impersonal):
            return True
    return False


_WRONGED_OBJECT = re.compile(
    r"[ \t]++(?!(?:the[ \t]++)?(?:stage|lights?|sails?|sets?|tents?|equipment|scaffold(?:ing)?"
    r"|ropes?|cables?|booms?|masts?|rigs?|for|at|in|on|with|during|when|while|and|or|but)\b)"
    r"(?:(?:the|its|their|his|her)[ \t]++)?[A-Za-z]"
)
"""Review 29: what "cheating"/"rigging" wrongs follows it ("cheating the taxpayer", "rigging its
admissions"); not a literal rig ("rigging the stage") nor nothing at all."""


def unattributed_claims(
    document: Document, hits: dict[str, list[re.Match[str]]], patterns: SourcingPatterns
) -> list[Mention]:
    """Accusations in the reporter's voice with no attribution in their sentence or paragraph."""
    text = document.analysis_text
    claims: list[Mention] = []
    attributed: dict[tuple[int, int], bool] = {}  # scope -> has attribution (searched once)
    for match in hits["accusation"]:
        start, end = match.start(), match.end()
        if document.in_quote(start, end) or _NEGATION.search(text[max(0, start - 30) : start]):
            continue
        if text.endswith(("cheating", "rigging"), start, end) and not (
            _WRONGED_OBJECT.match(text, end)
        ):
            continue  # review 29: "The main concern is cheating.", "Crews were rigging the stage"
        sentence_start, sentence_end = sentence_bounds(document, start)
        paragraph = document.paragraph_index_at(start)
        if paragraph is not None:
            scope_start = min(sentence_start, document.paragraphs[paragraph].start)
            scope_end = max(sentence_end, document.paragraphs[paragraph].end)
        else:
            scope_start, scope_end = sentence_start, sentence_end
        scope = (scope_start, scope_end)
        if scope not in attributed:
            attributed[scope] = bool(
                _attribution_in(text, scope_start, scope_end, patterns, hits["weasel"])
                or quote_overlaps(document, scope_start, scope_end)
                or _QUOTE_MARK.search(text, sentence_start, sentence_end)
                or affirmed_conviction(text, sentence_start, sentence_end)
            )  # (round 28: "A financial adviser who stole £3.2m has been jailed": a court's
            # finding; review 28: not "no one has been jailed", "should be jailed")
        if attributed[scope]:
            continue
        claims.append(Mention(start, end, document.text[start:end], "claim", "", "A402"))
    return claims


_DISSENT_WITHIN = re.compile(
    r"\b(?:criticism|criticisms|opposition|pushback|backlash|dissent|objections|complaints|"
    r"scorn|skepticism|scepticism|resistance|grumbling)[ \t]++(?:(?:even|also|too)[ \t]++)?"
    r"(?:from[ \t]++)?(?:even[ \t]++)?"
    r"(?P<span>(?:within|inside|both[ \t]++inside[ \t]++and[ \t]++outside|inside[ \t]++and"
    r"[ \t]++outside)[ \t]++(?:(?:his|her|their|its|the)[ \t]++)?(?:own[ \t]++)?"
    r"(?:[\w'’-]++[ \t]++){0,2}?"
    r"(?:party|parties|ranks|caucus|camp|administration|government|movement|conference|"
    r"coalition|leadership|[A-Z][\w'’-]*+))\b"
)
"""Round 19: dissent from inside a body, no member named ("He has faced criticism even from
within his own party", "This view has drawn criticism both inside and outside the Fed"):
GUIDELINES.md labels "criticism from within his own party" vague since the ninth sample."""


def find_dissent_within(document: Document, found: Found) -> None:
    """Flag the unnamed insiders of ``_DISSENT_WITHIN`` as a vague source (A201)."""
    text = document.analysis_text
    for match in _dissent_matches(text):  # (most texts have no "within "/"inside ": no search)
        start, end = match.span("span")
        if document.in_quote(start, end) or found.overlaps(start, end):
            continue
        if _MEMBER_NAMED_AFTER.match(text, end, min(len(text), end + 60)):
            continue  # "criticism from within his own party, including Sen. Ann Roe": named
        words = document.text[start:end]
        found.append(Mention(start, end, words, "vague", words, "A201"))


def _dissent_matches(text: str) -> list[re.Match[str]]:
    """``_DISSENT_WITHIN.finditer(text)``, searched only around each "within " and "inside "
    (the regex's leading alternation made the engine try every position of the text)."""
    matches: list[re.Match[str]] = []
    end = -1
    for at in _places(text, ("within ", "inside ")):
        match = _DISSENT_WITHIN.search(text, max(end, at - 48, 0), at + 200)
        if match is not None and match.start() >= end and match.start() <= at:
            matches.append(match)
            end = match.end()
    return matches


_MEMBER_NAMED_AFTER = re.compile(
    r",?[ \t]*+(?:including|such[ \t]++as|like|led[ \t]++by|from)[ \t]++[A-Z]"
)
"""A named member right after the insiders ("…, including Sen. Ann Roe")."""


MEMBER_REACH = 320
"""How far after a group's sentence a named member may open a sentence (about two sentences)."""
_MEMBER_NAME = r"[A-Z][a-z'\u2019-]++(?:[ \t]++(?:[A-Z]\.|[A-Z][a-z'\u2019-]++)){1,3}+"
_MEMBER_OPENS = r"(?:\A|(?<=[.!?\"\u201d][ \t])|(?<=\n))[ \t]*+"
_MEMBER = re.compile(
    rf"{_MEMBER_OPENS}(?:(?:Another|One|An?)[ \t]++(?P<intro>(?:[a-z-]++[ \t]++){{0,2}}+[a-z-]++),"
    rf"[ \t]++{_MEMBER_NAME}|{_MEMBER_NAME},[ \t]++(?:an?|the|another|one)[ \t]++"
    rf"(?P<described>[a-z-]++(?:[ \t]++[a-z-]++){{0,4}}+)(?P<after>[ \t]*+[,.;:])?+)"
)
"""A sentence opening on a named member: "Another resident, Sarah Linley," (the words after
"Another", the last of them the group's noun) or "Clive Rutherford, a retail analyst at" (the
lower-case words after the article).  One pattern for every group noun (review 26: a pattern
per noun, compiled on first use, cost a fifth of the sourcing stage on new texts)."""
_MEMBER_QUOTED = re.compile(
    rf"(?<=[,!?][\"\u201d'\u2019])[ \t]++said[ \t]++{_MEMBER_NAME},[ \t]++"
    rf"(?:(?:an?|the)[ \t]++)?+(?P<described>[A-Za-z-]++(?:[ \t]++[A-Za-z-]++){{0,4}}+)"
    rf"(?P<after>[ \t]*+[,.;:])?+"
)
"""Round 27: a named member after a quotation ('"The Bank is being overly cautious," said Ruth
Gregory, deputy chief UK economist at Capital Economics'), the quote-first order of news copy."""
_MEMBER_HEAD_ENDS = frozenset(["at", "for", "with", "of", "in", "from", "on", "and", "who"])
"""After the group's noun in a member's description: its head ends ("a retail analyst at")."""


def _names_a_member(match: re.Match[str], singular: str) -> bool:
    """Whether a ``_MEMBER`` match names one of the group: the introducer's last word is the
    group's noun, or the description's head is, at most three words after its article (review
    26: not "the parent company's chief executive", "who hired a critic")."""
    intro = match.groupdict().get("intro")
    if intro is not None:
        return intro.split()[-1] == singular
    words = match.group("described").split()
    for index, word in enumerate(words[:4]):
        if word in _MEMBER_HEAD_ENDS:
            return False  # review 27: "the wife of an economist" is no economist
        if word == singular:
            after = words[index + 1] if index + 1 < len(words) else None
            return after in _MEMBER_HEAD_ENDS if after is not None else (
                match.group("after") is not None
            )
    return False


def member_named_next(text: str, head: str, sentence_end: int) -> bool:
    """Round 26: a sentence within the next two or so opens on a named member of the group the
    sentence credits ("Analysts said the downgrade had surprised the market. Clive Rutherford, a
    retail analyst at Peel Hunt, said ..."; "Residents ... were divided. ... Another resident,
    Sarah Linley, said ..."): the story names and quotes one of them, as A201's message asks.
    The member must carry the group's noun in the singular; a named person of another kind
    ("Graham Pell, who leads the Conservative group") does not count."""
    if len(head) < 5 or not head.endswith("s") or head.endswith("ss"):
        return False
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    reach = min(len(text), sentence_end + MEMBER_REACH)
    return any(
        _names_a_member(match, singular) for match in _MEMBER.finditer(text, sentence_end, reach)
    ) or any(
        _names_a_member(match, singular)
        for match in _MEMBER_QUOTED.finditer(text, sentence_end, reach)
    )
