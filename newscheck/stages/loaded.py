"""Loaded language in one sentence: the lexicon match plus context rules that keep quiet on
ordinary uses (names like "Crisis Group", "critical infrastructure", "prices fell sharply").

Pure functions over tokens; ``stages/language.py`` turns the matches into findings with voice.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import contains, gt, methodcaller

from newscheck.lexicon_files import section_word_list, section_words
from newscheck.lexicon_matcher import (
    Entry,
    Match,
    PhraseMatcher,
    Words,
    load_lexicon,
    normalise_phrase,
    silenced,
    word_set,
)
from newscheck.stages.quote_lexicons import sections
from newscheck.stages.quote_marks import example_of_words

SUBTYPE_CODES = {"emotive": 1, "name_calling": 2, "intensifier": 3, "exaggeration": 4, "puffery": 5}
"""Loaded-language subtype -> last digit of its rule code (L1x1..L1x5)."""

SMALL_WORDS = word_set(
    "a an the of in on at to for and or but by with from as is are was were be it its"
)


@lru_cache(maxsize=32)
def loaded_matcher(extra_loaded: tuple[str, ...], allowed_words: tuple[str, ...]) -> PhraseMatcher:
    """The compiled loaded-language lexicon plus the user's extensions (cached per config)."""
    entries = list(load_lexicon("loaded.txt"))
    for phrase in extra_loaded:
        words = normalise_phrase(phrase)
        if words:
            entries.append(Entry(phrase, words, "emotive", "house style lists it as loaded"))
    for phrase in allowed_words:
        words = normalise_phrase(phrase)
        if words:
            entries.append(Entry(phrase, words, "neutral"))
    return PhraseMatcher(entries)


HEADLINE_SHARE = 0.85
"""Share of content words capitalised in a headline ("Shares in Hero Motors rose" has 0.8)."""


NEGATING_PREFIXES = word_set("anti counter non un de ex post pre pro self")
"""'anti-propaganda', 'counter-jihadist': the compound is against the loaded word, not it."""


LOADED_KINDS_FOR_DERIVATION = ("emotive", "name_calling", "exaggeration")


def adverb_stems(key: str) -> tuple[str, ...]:
    """The adjectives an '-ly' adverb may come from: viciously -> vicious, horribly -> horrible,
    angrily -> angry, drastically -> drastic."""
    stems = [key[:-2], key[:-1] + "e"]
    if key.endswith("ily"):
        stems.append(key[:-3] + "y")
    if key.endswith("ically"):
        stems.append(key[:-4])
    return tuple(stems)


def derived_adverb_entry(key: str, matcher: PhraseMatcher) -> Entry | None:
    """An '-ly' adverb formed from a loaded adjective the lexicon lists ("viciously",
    "shamelessly", "outrageously"): the manner is as loaded as the adjective."""
    if len(key) < 6 or key in matcher:
        return None
    for stem in adverb_stems(key):
        entry = matcher.single(stem)
        if entry is not None and entry.kind in LOADED_KINDS_FOR_DERIVATION:
            return Entry(key, (key,), entry.kind, entry.note, entry.flags)
    return None


NOT_SUPERLATIVES = section_words("loaded_context.txt", "not_superlative")
SUPERLATIVE_REACH = 6
"""Words between 'the <superlative>' and the 'ever'/'in history' that makes it absolute."""
EXAGGERATION_NOTE = (
    "an absolute superlative ('the worst ever', 'the biggest in history') overstates unless "
    "it is measured -- give the comparison"
)


def is_superlative(key: str) -> bool:
    """Whether a lower-case word is a superlative: most, best, worst, least, or a word of six
    letters or more in -est that ``NOT_SUPERLATIVES`` does not list ("strongest", "finest");
    the hedging rules read it too ("the strongest possible", "some of the strictest")."""
    return key in ("worst", "best", "most", "least") or (
        len(key) >= 6 and key.endswith("est") and key not in NOT_SUPERLATIVES
    )


def superlative_claim_hits(keys: list[str], vocabulary: set[str] | None = None,
                           candidates: list[int] | None = None) -> list[tuple[int, int, Entry]]:
    """'the greatest <noun> ever', 'the worst <noun> in history': a superlative made absolute
    (Exaggeration). The span runs from the superlative to 'ever'/'history'.  ``candidates``,
    when given, are sorted positions that include every 'ever' and 'history' (the language
    stage's anchor scan finds them with its lexicons' words)."""
    hits: list[tuple[int, int, Entry]] = []
    if vocabulary is not None and SUPERLATIVE_ENDS.isdisjoint(vocabulary):
        return hits
    if candidates is None:
        ends = compress(range(len(keys)), map(contains, repeat(SUPERLATIVE_ENDS), keys))
    else:
        ends = (i for i in candidates if keys[i] in SUPERLATIVE_ENDS)
    for i in ends:
        if i + 1 < len(keys) and keys[i + 1] in MEASURED_RECORD:
            continue  # "the costliest storm ever recorded": a measured record, not hyperbole
        for j in range(i - 1, max(0, i - SUPERLATIVE_REACH) - 1, -1):
            if keys[j] == SENTINEL_KEY:
                break
            if keys[i] == "history" and "in" not in keys[j:i] and "of" not in keys[j:i]:
                continue
            if is_superlative(keys[j]) and j > 0 and keys[j - 1] in ("the", "its", "their", "his",
                                                                      "her", "our"):
                words = tuple(keys[j : i + 1])
                hits.append((j, i + 1, Entry(" ".join(words), words, "exaggeration",
                                             EXAGGERATION_NOTE)))
                break
    return hits


SUPERLATIVE_ENDS = frozenset(("ever", "history"))
MEASURED_RECORD = word_set("recorded measured registered observed detected")
SENTINEL_KEY = "\x00"


ORDINARY_GATE_WORDS = section_words("loaded_context.txt", "ordinary_gate")
"""Ordinary English words and place names ending in '-gate' (Watergate is the historical
scandal itself, named after a building, not a label coined for a new one)."""
SCANDAL_NOTE = (
    "a '-gate' name brands a story as a scandal before it is shown to be one -- "
    "describe what happened"
)


def scandal_entry(key: str) -> Entry | None:
    """A coined '-gate' scandal name ("Russiagate", "Bridgegate", "email-gate"): the suffix
    borrowed from Watergate labels an affair as a scandal. Ordinary -gate words are skipped."""
    if key.endswith("gate") and key not in ORDINARY_GATE_WORDS and (
        key.endswith("-gate") or len(key) >= 8 and key[:-4].isalpha()
    ) and not key.endswith(_ORDINARY_GATE_ENDINGS):
        return Entry(key, (key,), "name_calling", SCANDAL_NOTE)
    return None


_ORDINARY_GATE_ENDINGS = tuple(word for word in ORDINARY_GATE_WORDS if len(word) >= 7)
"""A compound ending in an ordinary '-gate' word is no coined name ("superdelegate",
"co-delegate", "reinvestigate": round 22); not "legate", which ends "Castlegate"."""


PERSON_ROLES = frozenset(sections("speaker_words.txt")["role.person"])
"""Role nouns of a person ("boss", "striker", "spokesman"): a '-gate' word right before one
names the place, club or body the person belongs to ("Castlegate boss Marcus Oyelaran")."""


def gate_used_as_name(words: Words, first: int) -> bool:
    """Whether the '-gate' word at ``first`` is used as a name rather than coined for a scandal:
    after a capitalised word of a name ("Christina Applegate") or before a person's role
    ("Castlegate striker Leon Amadi"). Round 22: such a use names the word for the whole story,
    so "Castlegate equalised" is the club too."""
    keys = words.keys
    if first + 1 < len(keys) and keys[first + 1] in PERSON_ROLES:
        return True
    if first == 0 or keys[first - 1] in SMALL_WORDS:
        return False
    before = words.spelled(first - 1)
    return before[0].isupper() and before.isalpha() and not is_headline(words)


class WordShapeMemo:
    """The word-shape rules (loaded compounds, coined '-gate' names, derived '-ly' adverbs)
    judged once per distinct word per process: a window then costs two set operations and one
    C-speed scan over its keys.  Bounded: cleared past ``LIMIT`` distinct words."""

    LIMIT = 200_000

    def __init__(self, matcher: PhraseMatcher) -> None:
        self.matcher = matcher
        self.seen: set[str] = set()
        self.entries: dict[str, tuple[Entry, ...]] = {}

    def hits(self, keys: list[str], vocabulary: set[str]) -> list[tuple[int, int, Entry]]:
        """Every word-shape hit in ``keys``, by position; at one position in rule order."""
        new = vocabulary.difference(self.seen)
        if new:
            if len(self.seen) + len(new) > self.LIMIT:
                self.seen.clear()
                self.entries.clear()
                new = vocabulary
            self.seen.update(new)
            for key in new:
                # only a word with a hyphen, or ending in '-gate' or '-ly', can have an entry
                if "-" in key or key[-2:] == "ly" or key[-4:] == "gate":
                    entries = self.judge(key)
                    if entries:
                        self.entries[key] = entries
        present = vocabulary.intersection(self.entries)
        if not present:
            return []
        entries = self.entries
        return [(i, i + 1, entry)
                for i in compress(range(len(keys)), map(present.__contains__, keys))
                for entry in entries[keys[i]]]

    def judge(self, key: str) -> tuple[Entry, ...]:
        """The entries the three rules give ``key``, in the order the rules run."""
        found = (
            compound_entry(key, self.matcher) if "-" in key else None,
            scandal_entry(key),
            derived_adverb_entry(key, self.matcher) if key.endswith("ly") else None,
        )
        return tuple(entry for entry in found if entry is not None)


def compound_entry(key: str, matcher: PhraseMatcher) -> Entry | None:
    """A hyphenated word with a loaded part that the lexicon does not list whole
    ("homosexual-infested", "bone-chilling"): the whole compound, as that part's kind."""
    if key in matcher:
        return None
    parts = key.split("-")
    if parts[0] in NEGATING_PREFIXES:
        return None
    for part in parts:
        entry = matcher.single(part) if len(part) >= 4 else None
        if entry is not None and entry.kind in ("emotive", "name_calling"):
            return Entry(key, (key,), entry.kind, entry.note, entry.flags)
    return None


_SHAPE_MEMOS: dict[int, WordShapeMemo] = {}


def word_shape_hits(keys: list[str], matcher: PhraseMatcher,
                    vocabulary: set[str]) -> list[tuple[int, int, Entry]]:
    """Hits of the word-shape rules (loaded compounds, coined '-gate' names, derived '-ly'
    adverbs), sorted by position (stable), from the per-matcher memo."""
    memo = _SHAPE_MEMOS.get(id(matcher))
    if memo is None or memo.matcher is not matcher:
        if len(_SHAPE_MEMOS) > 8:
            _SHAPE_MEMOS.clear()
        memo = _SHAPE_MEMOS[id(matcher)] = WordShapeMemo(matcher)
    return memo.hits(keys, vocabulary)


def is_headline(words: Words) -> bool:
    """Title Case or ALL CAPS lines (headlines), where capitals do not mark names."""
    content = [
        words.spelled(i) for i, key in enumerate(words.keys)
        if key not in SMALL_WORDS and key[0].isalpha()
    ]
    if len(content) < 3:
        return False
    capitalised = sum(1 for word in content if word[0].isupper())
    return capitalised >= HEADLINE_SHARE * len(content)


def find_loaded(
    words: Words, matcher: PhraseMatcher, allowed: frozenset[tuple[str, ...]] = frozenset()
) -> list[Match]:
    """Loaded words and phrases among one sentence's ``words``, in order."""
    return loaded_from_hits(words, matcher.find(words.keys), allowed)


def loaded_from_hits(
    words: Words, hits: list[tuple[int, int, Entry]], allowed: frozenset[tuple[str, ...]]
) -> list[Match]:
    """The lexicon hits in one sentence that are loaded in context (the context rules)."""
    headline: bool | None = None
    found: list[Match] = []
    for first, last, entry in hits:
        if silenced(entry, allowed):
            continue
        if words.spelled(first)[0].isupper():
            if headline is None:
                headline = is_headline(words)
            if not headline and (
                is_proper_name(words, first, last) if entry.note is not SCANDAL_NOTE
                else last < len(words) and words.spelled(last)[0].isupper()
                or first > 0 and words.keys[first - 1] in PLACE_PREPOSITIONS
                or _possessive(words, first, last)
            ):  # a capitalised word inside a name; a '-gate' word before a capital is a place
                continue  # in a name ("Harrowgate Mills"), not a coined scandal; so is one
                # after "in", "from", "near" ("council tax in Harrowgate": round 15)
        if entry.kind == "intensifier" and not intensifies(words, last):
            continue
        if UNLESS_FIGURE in entry.flags and figure_follows(words, last):
            continue  # "soared 9%", "plummeted to $45": the figures are given (round 20)
        if UNLESS_VENUE in entry.flags and venue_follows(words, last):
            continue  # round 21: "sold out the Forum", "sold out three shows": tickets
        if UNLESS_EVENT in entry.flags and refers_to_event(words, first):
            continue  # round 22: "the disaster" after "The earthquake struck ...": the event
        if UNLESS_CONVICTED in entry.flags and not CONVICTION_WORDS.isdisjoint(words.keys) and (
            affirmed_conviction(words.text, *words.char_span(0, len(words.keys) - 1))
        ):
            continue  # round 28: "A financial adviser who stole £3.2m ... has been jailed":
            # a court's finding, no accusation of the reporter's
        if entry.words in NAMING_MODIFIERS and introduces_a_name(words, last):
            continue
        if entry.words in EMOTION_VERBS and first > 0 and words.keys[first - 1] in VERB_BEFORE:
            continue
        if entry.words[0] in CHARGE_WORDS and names_a_charge(words.keys, first):
            continue
        start, end = words.char_span(first, last)
        found.append(Match(start, end, entry))
    return found


def _possessive(words: Words, first: int, last: int) -> bool:
    """Whether the words end in "'s" ("Harrowgate's band D charge": a place's, round 15)."""
    end = words.char_span(first, last)[1]
    return words.text.startswith(("'s", "\u2019s"), end)


PLACE_PREPOSITIONS = frozenset(sections("attribution_words.txt")["place_preposition"])
"""Before a capitalised '-gate' word: a place ("in Harrowgate"), where a scandal's coined name
comes after "the" or stands alone ("the Partygate inquiry"). Round 16: the
``[place_preposition]`` section of ``lexicons/attribution_words.txt``, which the quote stage
reads too (the code had kept its own list, without inside, along and throughout)."""

EMOTION_VERBS = frozenset({("hate",)})
"""'hate' as a verb ("we should hate the sin", "I hate waiting") names someone's feeling;
the noun ("spreading hate") is the loaded label."""
VERB_BEFORE = word_set(
    """to i you we they should shall will would must can could may might never n't do does did
    not always"""
)
CHARGE_WORDS = word_set("steal steals stealing stole")
"""Loaded in narration ("keep stealing from us"), but the name of the offence after "charged
with", "accused of", "convicted of", "jailed for" ("charged on Wednesday with stealing $2.3
million", "jailed for six years for stealing £1.2m")."""
CHARGING_VERBS = section_words("loaded_context.txt", "charging_verb")
"""(Round 19: the present tense of headlines, "Jury convicts former treasurer of stealing".)"""
CHARGE_OPENERS = CHARGING_VERBS | word_set("with of to for")
CHARGE_REACH = 5
"""How many words back from the offence "charged" may stand ("charged on Wednesday with")."""


def names_a_charge(keys: list[str], first: int) -> bool:
    """A charging verb within ``CHARGE_REACH`` words before ``first``, which opens the offence
    ("charged ... with stealing", "pleaded guilty to stealing", "denied stealing"; not "They are
    guilty and keep stealing")."""
    if first == 0 or keys[first - 1] not in CHARGE_OPENERS:
        return False
    return any(key in CHARGING_VERBS for key in keys[max(0, first - CHARGE_REACH) : first])


NAMING_MODIFIERS = frozenset({("so-called",)})
"""'so-called' before a proper name ('the so-called Islamic State', 'the so-called St. Gallen
Group') is AP's 'commonly called': it introduces the name a group or thing goes by."""


def introduces_a_name(words: Words, after: int) -> bool:
    """A capitalised word follows (a name), and the line is not a headline."""
    return after < len(words) and words.spelled(after)[0].isupper() and not is_headline(words)


def is_proper_name(words: Words, first: int, last: int) -> bool:
    """A capitalised match inside a name ("the Crisis Group", "Hero Motors", "Justice Sharp").

    Words in capitals ("This is INSANE") are shouting, not names."""
    spelled = words.spelled(first)
    if len(spelled) > 3 and spelled.isupper():
        return False
    if last < len(words) and words.spelled(last)[0].isupper():
        return True  # "Hero Motors", "the Crisis Group", "Jihadist Psychopath" (a title)
    if first == 0:
        return False
    # Mid-sentence, a name has a capitalised neighbour ("Justice Sharp", "Sankt Gallen Mafia");
    # a lone capitalised label ("more Infidels will die", "McCarrick, the Molester") is the
    # writer's capital for emphasis, not a name.  A capitalised sentence-initial article or
    # preposition before it ("The Dictator ...") is no neighbour.
    before = words.spelled(first - 1)
    shouting = len(before) > 3 and before.isupper()  # round 16: "SHAMELESS: Fat-cat boss"
    if before[0].isupper() and not shouting and (first > 1 or words.keys[0] not in SMALL_WORDS):
        return True
    return named_elsewhere(words.text, spelled)


NAME_RUN = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+)+")
"""Two or more capitalised words in a row: a name ("Dan Savage", "Sankt Gallen Mafia").
Linear: a match starts only at a word's start and possessive runs never backtrack.  The
capital comes first and the look-behind after it (the character before it is no word
character): the engine then tries only capitals, not every position (a third of the
instructions)."""
SENTENCE_OPENERS = frozenset(".!?\n\"“‘'([")


class NameWords:
    """The capitalised words a document uses inside names, found in one scan on first use
    and kept for that document only.  A run's sentence-initial word is left out ("More
    Infidels will die" names nobody)."""

    text: str | None = None
    words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> frozenset[str]:
        if cls.text is not text:
            found: set[str] = set()
            for run in NAME_RUN.finditer(text):
                parts = run.group().split()
                before = text[max(0, run.start() - 3) : run.start()].rstrip(" \t")
                if not before or before[-1] in SENTENCE_OPENERS:
                    parts = parts[1:]
                if len(parts) > 1:
                    found.update(parts)
            cls.text, cls.words = text, frozenset(found)
        return cls.words


def named_elsewhere(text: str, word: str) -> bool:
    """Whether the document uses ``word`` inside a name somewhere ("Dan Savage" earlier makes a
    later lone "Savage said" the surname)."""
    return word in NameWords.of(text)


UNLESS_FIGURE = "unless_figure"
"""The flag of the entries of ``loaded.txt`` that a figure after them answers (the movement
verbs: "soared", "plummeted"; round 21: a flag, no longer their note's text)."""
MOVEMENT_FIGURE_REACH = 3
"""Words after a movement verb that may hold its figure ("soared by nearly 9 percent")."""


UNLESS_VENUE = "unless_venue"
"""The flag of the entries of ``loaded.txt`` that a venue, show or stock as their object
answers ("sold out the Forum", "sold out its first print run": tickets or copies, no betrayal;
round 21)."""
VENUE_REACH = 4
"""Words after the verb that may hold its object's head ("sold out Madison Square Garden")."""
VENUE_WORDS = section_words("loaded_context.txt", "venue")
"""Heads of a sell-out's object or time: venues, shows, stock ("sold out the same day")."""
_OBJECT_ENDS = word_set(
    "to for at in on by with who whom that which and or but because after before when while"
)
"""Words that end the object after a verb ("sold out the workers who elected him")."""


UNLESS_CONVICTED = "unless_convicted"
"""The flag of the entries of ``loaded.txt`` that a conviction in the sentence answers ("who
stole £3.2m ... has been jailed"; round 28)."""
CONVICTION_WORDS = word_set("jailed imprisoned convicted sentenced")
"""Words of a court's finding in a sentence (not "guilty": "They are guilty and keep stealing")."""
_CONVICTION = re.compile(
    r"\b(?:has|have|had|was|were|is|are)[ \t]++(?:been[ \t]++)?(?:"
    + "|".join(sorted(CONVICTION_WORDS)) + r")\b"
)
_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|nobody|none|yet)\b[^.;]{0,25}\Z", re.IGNORECASE)


def affirmed_conviction(text: str, start: int, end: int) -> bool:
    """Review 28: whether ``text[start:end]`` reports a conviction as a fact ("has been jailed",
    "was convicted on Friday"; not "no one has been jailed", "should be jailed", "have never
    been convicted", "could be jailed for ten years")."""
    for match in _CONVICTION.finditer(text, start, end):
        lo = match.start() - 30 if match.start() - 30 > start else start
        if not _DENIED_BEFORE.search(text, lo, match.start()) and not text.startswith(
            ("not ", "never "), match.start() + len(match.group().split()[0]) + 1
        ):
            return True
    return False


UNLESS_EVENT = "unless_event"
"""The flag of the entries of ``loaded.txt`` that name a calamity the story reports ("the
disaster" after "The earthquake struck"; round 22)."""
EVENT_REFERRERS = word_set("the this that")
EVENT_ORDINALS = word_set("last latest previous earlier recent same")
"""Round 26: a word between the article and the calamity it refers back to ("the last
disaster", "the previous disaster")."""
CALAMITY = re.compile(
    r"\b(?:" + "|".join(map(re.escape, section_word_list("loaded_context.txt", "calamity")))
    + r")\b",
    re.IGNORECASE,
)
"""Calamities whose later "the disaster" refers back to them."""


class CalamityNamed:
    """Whether a document names a calamity, searched once per document (``NameWords``'s
    pattern: kept for the last text only)."""

    text: str | None = None
    named: bool = False

    @classmethod
    def of(cls, text: str) -> bool:
        if cls.text is not text:
            cls.text, cls.named = text, CALAMITY.search(text) is not None
        return cls.named


def refers_to_event(words: Words, first: int) -> bool:
    """"the disaster", "this disaster", "the last disaster" in a story that names the earthquake,
    flood or crash it refers to; not "a disaster" (a verdict: "The launch was a disaster")."""
    keys = words.keys
    before = first - 1
    if before > 0 and keys[before] in EVENT_ORDINALS:
        before -= 1  # round 26: "after the last disaster"
    return before >= 0 and keys[before] in EVENT_REFERRERS and CalamityNamed.of(words.text)


def venue_follows(words: Words, after: int) -> bool:
    """A venue, show or stock among the next few words, before any word that ends the object
    ("sold out the Forum", "sold out three shows at the Apollo"; not "sold out Israel to win
    the deal" nor "sold out the workers who elected him")."""
    for key in words.keys[after : after + VENUE_REACH]:
        if key in VENUE_WORDS:
            return True
        if key in _OBJECT_ENDS:
            return False
    return False


def figure_follows(words: Words, after: int) -> bool:
    """A number among the next few words after a movement verb ("soared 9%", "plummeted to
    $45", "skyrocketed by nearly 30 percent"): the figure the message asks for is there."""
    keys = words.keys
    return any(
        key[:1].isdigit() or key[:1] in "$£€" and key[1:2].isdigit()
        for key in keys[after : after + MOVEMENT_FIGURE_REACH]
    )


def intensifies(words: Words, after: int) -> bool:
    """An intensifier counts when a word that is not a number follows it ("very 10" is odd)."""
    if after >= len(words):
        return words.keys[after - 1] not in ("very", "really", "truly", "simply")
    return not words.keys[after][0].isdigit()


SCARE_QUOTE_FORMS = (
    ("“", r"“(?<!\w“)(?P<a>[^\W\d_][\w'’-]{1,30})”"),
    ('"', r"\"(?<!\w\")(?P<b>[^\W\d_][\w'’-]{1,30})\""),
    ("‘", r"‘(?<!\w‘)(?P<c>[^\W\d_][\w'’-]{1,30})’"),
    ("'", r"'(?<!\w')(?P<d>[^\W\d_][\w-]{1,30})'"),
)
"""(opening mark, pattern) of one word in each kind of quotation marks."""
SCARE_QUOTE = re.compile(
    "(?:" + "|".join(form for _, form in SCARE_QUOTE_FORMS) + r")(?![\w])"
)
"""One word in quotation marks: scare quotes, unless the quotes stage credits it to a speaker."""
SCARE_QUOTE_BY_MARK = tuple(
    (mark, re.compile(form + r"(?![\w])")) for mark, form in SCARE_QUOTE_FORMS
)
NAMING_WORDS = section_words("loaded_context.txt", "naming")
"""Words that introduce a quoted word as a word, a title or a label ("the word 'sovereignty'",
"Hawaiian for 'scout', meaning 'messenger'", "a box marked 'evidence'"), not a sneer."""


_RATED_BEFORE = re.compile(
    r"\b(?:rated|graded|ranked|deemed|classed|classified|downgraded|upgraded)\b"
    r"[^.!?;:,\n\"“”‘’]{0,70}+\Z"
)
"""Round 24: a verb of grading earlier in the clause (no comma between; not the nouns "rates",
"rating": review): the quoted word after it is the grade an inspector, agency or court gave ("The
commission rated the home 'inadequate'"), its term."""


HEADLINE_LOOK = 160
"""Characters read either side of a quoted word to tell whether its line is a headline."""


VOTE_WORDS = frozenset(["yes", "no", "aye", "ayes", "nay", "nays", "yea", "present", "abstain"])


def not_a_sneer(text: str, start: int, end: int, word: str, before: list[str]) -> bool:
    """Quoted single words that are not scare quotes: a nickname between a first name and a
    surname (Robert "Bobby" Kerr), a stamp or label in capitals ("URGENT"), a term in a list
    with its count ('Race' (80)), and quotation marks in a headline, where they attribute."""
    if len(word) > 1 and word.isupper() or word.lower() in VOTE_WORDS:
        return True  # a stamp or label ("URGENT"), a vote or answer (those voting "yes")
    after = text[end : end + 24].split(maxsplit=1)
    if after and after[0].startswith("(") and after[0][1:2].isdigit():
        return True
    between_names = before and before[-1][:1].isupper() and after and after[0][:1].isupper()
    if between_names and word[0].isupper():
        return True
    line_start = text.rfind("\n", max(0, start - HEADLINE_LOOK), start) + 1
    line_end = text.find("\n", end, end + HEADLINE_LOOK)
    if line_start == 0 and start > HEADLINE_LOOK or line_end < 0:
        return False  # a long line is prose, not a headline
    return is_headline_line(text[line_start:line_end])


def is_headline_line(line: str) -> bool:
    """Title Case lines without a full stop inside: every longer word capitalised."""
    content = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(content) < 3 or ". " in line:
        return False
    return sum(1 for w in content if w[0].isupper()) >= HEADLINE_SHARE * len(content)


def find_scare_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of single words set in quotation marks within ``text[start:end]``."""
    found = []
    end = len(text) if end is None else end
    for match in scan_by_mark(SCARE_QUOTE, SCARE_QUOTE_BY_MARK, text, start, end):
        word_start, word_end = match.span(match.lastgroup)
        before = text[max(start, word_start - 12) : word_start - 1].split()
        if before and before[-1].lower().strip(",:") in NAMING_WORDS:
            continue  # "the word 'sovereignty'": a mention of the word, not a sneer
        if example_of_words(text, word_start - 1, start):
            continue  # round 26: 'words such as "attack" and "Libya"': examples of words
        if _RATED_BEFORE.search(text, max(start, word_start - 80), word_start - 1):
            continue  # round 24: "rated the home in Stockport 'inadequate'": the rater's grade
        if not_a_sneer(text, match.start(), match.end(), text[word_start:word_end], before):
            continue
        found.append((word_start, word_end))
    if found:
        cited = QuotedWords(text)
        found = [(s, e) for s, e in found if text[s:e].lower() not in cited]
    return found


QUOTATION_FORMS = (("“", r"“([^“”\n]{1,3000})”"), ('"', r"\"([^\"\n]{1,3000})\""))
QUOTATION = re.compile("|".join(form for _, form in QUOTATION_FORMS))
"""A quotation in double marks within one line (bounded, no nesting: linear)."""
QUOTATION_BY_MARK = tuple((mark, re.compile(form)) for mark, form in QUOTATION_FORMS)


def scan_by_mark(pattern: re.Pattern[str], by_mark: tuple[tuple[str, re.Pattern[str]], ...],
                 text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, for an alternation whose branches each open with
    their own quotation mark: one scan per mark the text holds, as the regex engine jumps to a
    literal first character at C speed but tests a leading alternation position by position
    (a third of the instructions).  Matches of different marks are merged by position; if
    two overlap, where the one scan would have taken only the first, it is run instead."""
    end = len(text) if end is None else end
    found: list[re.Match[str]] = []
    marks = 0
    for mark, single in by_mark:
        if text.find(mark, start, end) >= 0:
            found += single.finditer(text, start, end)
            marks += 1
    if marks > 1:
        found.sort(key=_MATCH_START)
        if any(map(gt, map(_MATCH_END, found), map(_MATCH_START, found[1:]))):
            return list(pattern.finditer(text, start, end))
    return found


_MATCH_START = methodcaller("start")
_MATCH_END = methodcaller("end")


def quoted_passages(text: str) -> list[str]:
    """The lower-cased quotations longer than one word in ``text``."""
    passages = []
    for match in scan_by_mark(QUOTATION, QUOTATION_BY_MARK, text):
        passage = match.group(match.lastindex)
        if " " in passage.strip():
            passages.append(passage.lower())
    return passages


class QuotedWords:
    """The lower-case words of every quotation longer than one word in a text.  A single word
    in quotation marks that the document also quotes inside a longer passage ("a divorced
    and 'remarried' couple", after the document it discusses is quoted) cites the source's
    term rather than sneering at it.  Only the passages that hold a word looked up as a
    substring are split into words: a document has few scare-quote candidates and many
    quotations."""

    def __init__(self, text: str) -> None:
        self._passages = quoted_passages(text)
        self._words: set[str] | None = None
        self._split: dict[int, list[str]] = {}
        self._lookups = 0

    def __contains__(self, word: str) -> bool:
        if self._words is not None:
            return word in self._words
        self._lookups += 1
        if self._lookups > _SUBSTRING_LOOKUPS:  # many candidates: every passage split, once
            self._words = {w for p in self._passages for w in WORD_IN_PASSAGE.findall(p)}
            return word in self._words
        # round 15: a word of a passage is a substring of it; only those passages are split
        for i, passage in enumerate(self._passages):
            if word in passage:
                words = self._split.get(i)
                if words is None:
                    words = self._split[i] = WORD_IN_PASSAGE.findall(passage)
                if word in words:
                    return True
        return False


_SUBSTRING_LOOKUPS = 8
"""Candidates looked up by substring search of every passage before all passages are split
into one set (which keeps a document of thousands of scare quotes linear)."""


WORD_IN_PASSAGE = re.compile(r"[^\W\d_][\w'’-]*")
