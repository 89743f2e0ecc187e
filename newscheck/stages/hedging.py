"""Hedging cues in one sentence: the lexicon match plus the sense rules that keep quiet on
non-hedges ("in May", "military might", "appeared in court", "said he would visit").

Pure functions over tokens; ``stages/language.py`` turns the matches into findings with voice.
"""

from __future__ import annotations

from functools import lru_cache

from newscheck.lexicon_files import section_lines, section_words
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
from newscheck.stages.loaded import is_superlative

KIND_CODES = {"modal": 1, "verb": 2, "adverb": 3, "adjective": 4, "quantifier": 4, "phrase": 5}
"""Hedge kind -> last digit of its rule code (H1x1..H1x5); vague quantifiers go with H1x4."""

MONTH_CONTEXT = word_set(
    """in of since until till by early late mid last next this through from on between and to
    before after during around throughout or"""
)
POSSESSIVE_OR_ARTICLE = word_set("the its his her their our your my all with whose")
REPORTING_VERBS = section_words("hedge_context.txt", "reporting_verb")
"""Verbs of saying and thinking after which 'would' is the speaker's or thinker's reported
future ("said he would visit", "believed a slump would follow"), not the reporter's guess."""
WOULD_NARRATIVE_NEXT = word_set(
    """later eventually subsequently afterwards soon go never not like love prefer rather then
    also often sometimes usually always normally regularly frequently typically occasionally
    once neither"""
)
"""'would later become', 'would go on to', 'would not say', 'would like to', and the habitual
past ('would often visit', 'would sometimes stay'): narrative, not speculative."""
PROPOSAL_NOUNS = section_words("hedge_context.txt", "proposal_noun")
"""'a bill that would require', 'the plan would raise fares': the content of a proposal, what
it provides if adopted, not the reporter's guess."""
APPEAR_SHOW_UP_NEXT = word_set(
    """in on at before onstage alongside with for together live briefly twice once first
    frequently regularly opposite inside outside beside next during via under by yet until
    since again today tomorrow here there online publicly anywhere nowhere"""
)
NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
    billion billions dozen dozens half"""
)
FIRST_PERSON = word_set("i we")
POLITE_WOULD_VERBS = word_set(
    "ask urge encourage invite remind appeal implore beg advise recommend caution welcome"
)
"""'I would ask', 'we would urge': a speaker's polite request in the first person, made as
the words are spoken, not a guess about what has not happened (round 25)."""
NEGATIONS = word_set("not never n't")
VAGUE_SUBJECTS = word_set(
    "reports critics experts observers analysts some many others sources commentators insiders"
)
"""'reports suggest', 'experts believe': vague attribution, flagged by the sourcing stage."""


@lru_cache(maxsize=32)
def hedge_matcher(extra_hedges: tuple[str, ...], allowed_words: tuple[str, ...]) -> PhraseMatcher:
    """The compiled hedge lexicon with the user's extensions (cached per configuration)."""
    entries = list(load_lexicon("hedges.txt"))
    for phrase in extra_hedges:
        words = normalise_phrase(phrase)
        if words:
            entries.append(Entry(phrase, words, guess_kind(words), "a house-style hedge"))
    for phrase in allowed_words:
        words = normalise_phrase(phrase)
        if words:
            entries.append(Entry(phrase, words, "neutral"))
    return PhraseMatcher(entries)


def guess_kind(words: tuple[str, ...]) -> str:
    """The hedge kind of a user-supplied phrase: phrase, adverb (-ly) or adjective."""
    if len(words) > 1:
        return "phrase"
    return "adverb" if words[0].endswith("ly") else "adjective"


def find_hedges(
    words: Words, matcher: PhraseMatcher, allowed: frozenset[tuple[str, ...]] = frozenset()
) -> list[Match]:
    """Hedging cues among one sentence's ``words``, in order."""
    return hedges_from_hits(words, matcher.find(words.keys), allowed)


def hedges_from_hits(
    words: Words, hits: list[tuple[int, int, Entry]], allowed: frozenset[tuple[str, ...]]
) -> list[Match]:
    """The lexicon hits in one sentence that are hedges in context (the sense rules)."""
    found: list[Match] = []
    for first, last, entry in hits:
        if silenced(entry, allowed):
            continue
        if len(entry.words) == 1 and not is_hedging_sense(words, first):
            continue
        if len(entry.words) > 1 and entry.words[-1] in QUANTIFIER_ENDS and not is_hedging_sense(
            words, last - 1
        ):
            continue  # "by some 200 residents": the phrase's quantifier approximates a number
        if entry.words[-2:] == ("known", "to") and not _infinitive_follows(words, last):
            continue  # "known to police", "known to her": who knows is named
        if entry.kind == "modal" and _verb_follows(words, last):
            last += 1  # report "could shift", not just "could"
        start, end = words.char_span(first, last)
        found.append(Match(start, end, entry))
    return found


@lru_cache(maxsize=1)
def knowers() -> frozenset[str]:
    """Who 'is known to' (``lexicons/hedge_people.txt``, section ``[knowers]``, read once): with
    one of these (or a determiner, a people noun or a name) after 'to', the knower is named
    ("known to police"); an infinitive after it hides who knows."""
    lines = section_lines("hedge_people.txt", "").get("knowers", [])
    return frozenset(word for line in lines for word in line.split())


def _infinitive_follows(words: Words, after: int) -> bool:
    """A verb, not the knower, follows 'known to' at ``after`` ("is known to cause")."""
    if after >= len(words):
        return False
    key = words.keys[after]
    spelled = words.spelled(after)
    return (spelled.isalpha() and spelled.islower() and key not in knowers()
            and key not in DETERMINERS and not is_people_noun(key))


NOT_THE_VERB = word_set(
    "already also still even well soon never not yet just only then probably possibly perhaps"
)


def _verb_follows(words: Words, after: int) -> bool:
    """True when a lower-case word directly follows (the modal's verb: "could shift")."""
    if after >= len(words):
        return False
    following = words.spelled(after)
    if following.endswith("ly") or words.keys[after] in NOT_THE_VERB:
        return False  # "would probably", "might possibly": the next word is reported on its own
    return following.isalpha() and following.islower() and words.gap_after(after - 1).isspace()


def is_hedging_sense(words: Words, i: int) -> bool:
    """Whether the single word at ``i`` is used as a hedge here (the sense rules)."""
    rule = SENSE_RULES.get(words.keys[i])
    if rule is None:
        return True
    keys = words.keys
    if i > 1 and "asked" in keys[:2] and _in_question_put(words, i):
        return False
    prev = keys[i - 1] if i > 0 else ""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    return rule(words, i, prev, nxt)


_QUESTION_WORDS = frozenset(["whether", "if", "about", "how", "why", "when"])


def _in_question_put(words: Words, i: int) -> bool:
    """Whether the word at ``i`` is inside the question an opening "Asked whether ..." puts to
    the speaker, before its comma ("Asked whether the fire could reach the town, the chief said"):
    the reporter's question, not the reporter's speculation (round 15)."""
    keys = words.keys
    first = 1 if keys[0] == "asked" else 2 if keys[:2] == ["when", "asked"] else 0
    if not first or first >= i or keys[first] not in _QUESTION_WORDS:
        return False
    start = words.char_span(0, 1)[0]
    comma = words.text.find(",", start, words.char_span(i, i + 1)[0])
    return comma < 0


CLAUSE_MARKS = frozenset(".,;:!?()—–")
"""Punctuation that ends a clause."""
_SENTENCE_END_MARKS = frozenset(".;!?")


def _clause_ends_after(words: Words, i: int, marks: frozenset[str] = CLAUSE_MARKS) -> bool:
    """True when the word at ``i`` ends its clause (one of ``marks`` or the sentence end
    follows; ``_SENTENCE_END_MARKS``: not a comma)."""
    if i + 1 >= len(words):
        return True
    return not marks.isdisjoint(words.gap_after(i))


MODAL_ADVERBS = word_set("also already still even never not once yet actually originally")
"""Adverbs that may stand between a modal and its verb ("may also have", "could still")."""
DUMMY_SUBJECTS = word_set("it this there")
"""'it may be that', 'this may explain', 'there may be': a claim about the world, hedged."""
SPECIFIC_SUBJECTS = word_set("the he she")
"""'the vote may slip', 'she may run': one specific thing or person, so a guess about it."""


def _may(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "May 3", "in May", "Theresa May": the month or a name, not the modal.
    if words.spelled(i)[0] == "M" and (i > 0 or nxt[:1].isdigit() or _clause_ends_after(words, i)):
        return False
    # Only the epistemic modal hedges. Root 'may' (permission, or what can happen in general:
    # "a patient may ask for a second opinion", "the condition may cause fever") describes a
    # rule or a capacity, not the reporter's doubt; its cues are the perfect ('may have'),
    # 'may well', a dummy or demonstrative subject ('it may be that', 'this may explain') and
    # a specific subject right before it ('the vote may slip', 'she may run').
    keys = words.keys
    if _open_question(keys, i):
        return False
    verb = i + 2 if nxt in MODAL_ADVERBS and nxt != "not" else i + 1  # "may also have"
    if verb < len(keys) and (keys[verb] == "well" or keys[verb] == "have" and is_perfect(keys,
                                                                                       verb + 1)):
        return True  # "may have been", "may already have left", "may well be"
    if prev in DUMMY_SUBJECTS or prev in ("he", "she"):
        return True
    return i >= 2 and keys[i - 2] in SPECIFIC_SUBJECTS


def is_perfect(keys: list[str], i: int) -> bool:
    """A past participle at ``i`` (after 'have'), an adverb allowed first: 'have been', 'have
    also left', 'have known' -- the perfect, not 'have' meaning to own ('may have a pool')."""
    if i < len(keys) and keys[i] in MODAL_ADVERBS:
        i += 1
    if i >= len(keys):
        return False
    key = keys[i]
    return key in ("been", "had") or key in IRREGULAR_PARTICIPLES or key.endswith(("ed", "en"))


def _might(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "military might", "the might of", "with all their might": the noun.
    if nxt == "have" and _counterfactual(words, i) or _open_question(words.keys, i):
        return False
    return not (prev in POSSESSIVE_OR_ARTICLE or nxt == "of" or _clause_ends_after(words, i))


COUNTERFACTUAL_REACH = 12
"""Words around 'might/could/would have' searched for the past condition that makes it a
counterfactual."""


def _counterfactual(words: Words, i: int) -> bool:
    # "might have been further ahead had the goalkeeper not tipped it", "could have won if
    # they had scored": what did not happen, given a past condition that did not hold; the
    # reporter states a fact about the match, not a possibility.
    # Only a perfect "have" ("could have won"), not the verb "have" and its object ("could
    # have a lasting effect ... if the vote passes"), and only a "had" within the if-clause's
    # first words ("if they had scored"), not any later "had" ("families who had moved").
    keys = words.keys
    if i + 2 >= len(keys) or keys[i + 2] in HAVE_OBJECT_OPENERS:
        return False
    after = keys[i + 2 : i + 2 + COUNTERFACTUAL_REACH]
    for j, key in enumerate(after):
        if key == "had" and not NEGATIONS.isdisjoint(after[j + 1 : j + 6]):
            return True  # "had X not ...", "had it not been for"
    around = keys[max(0, i - COUNTERFACTUAL_REACH) : i + 2 + COUNTERFACTUAL_REACH]
    return any(
        key == "if" and "had" in around[j + 1 : j + 5] for j, key in enumerate(around)
    )


RECORD_WORDS = word_set("first last only")


def _record_forgone(keys: list[str], i: int) -> bool:
    """Round 24: "It would have been the first Vermeer to come to auction in 20 years": the
    record an event called off would have set, a fact about what was planned, not a guess."""
    if keys[i + 2 : i + 4] != ["been", "the"] or i + 4 >= len(keys):
        return False
    word = keys[i + 4]
    return word in RECORD_WORDS or (is_superlative(word) and keys[i + 5 : i + 6] != ["of"])


HAVE_OBJECT_OPENERS = word_set(
    """a an the this that these those his her their its our your my no some any little much
    more less enough serious significant major big huge"""
)
"""Words after "might/could/would have" that open its object: the verb "have", not a perfect."""


ABILITY_VERBS = section_words("hedge_context.txt", "ability_verb")
"""'could see', 'could afford': a past ability or perception, reported as fact."""
ABILITY_SUBJECTS = word_set("nobody nothing none anyone anybody")
"""'nobody could explain', 'nothing could stop': what was (not) possible then, a fact."""
MANNER_OR_SCOPE_BEFORE = word_set("as whatever everything all")
"""'as fast as they could', 'everything she could', 'whatever he could': what was achievable."""


NEGATIVE_SUBJECT_WORDS = word_set("neither none no")
"""'Neither account could be verified', 'None of the figures could be confirmed', 'No
journalists could reach the town': the subject carries the negation of 'could not', 'would not'."""
SUBJECT_REACH = 10
"""Words back from the modal to its negative subject ('None of the casualty figures could')."""
CLAUSE_COORDINATORS = word_set("and but yet so")
WILLINGNESS_VERBS = section_words("hedge_context.txt", "willingness_verb")
"""'Neither company would comment': what a source was willing to do, narrative; a negative
subject's other 'would' ("No jury would send him to prison") is still a prediction."""


def _negative_subject(words: Words, i: int) -> bool:
    # The negative word opens the modal's clause, with no punctuation between them: "If no deal
    # is reached, the agencies could close", "there is no guarantee he would name",
    # "a barrier no candidate could scale" keep their possibility.
    keys = words.keys
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_REACH), -1):
        opens = j == 0 or words.gap_after(j - 1).strip(" ") != ""
        if keys[j] in NEGATIVE_SUBJECT_WORDS:
            return opens or keys[j - 1] in CLAUSE_COORDINATORS
        if opens:
            break
    return False


def _could(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "could not", "could never": past inability, not a possibility; so is "Neither account
    # could be independently verified" (a negative subject).
    if nxt in NEGATIONS or nxt in ABILITY_VERBS or prev in ABILITY_SUBJECTS:
        return False
    if nxt == "neither":
        return False  # round 24: "could neither confirm nor deny": a refusal, as "could not"
    if _negative_subject(words, i):
        return False
    if nxt == "have" and _counterfactual(words, i):
        return False
    keys = words.keys
    if _open_question(keys, i):
        return False  # round 23: "did not say whether it could be revoked"
    if nxt == "be" and i + 2 < len(keys) and keys[i + 2] in ("seen", "heard"):
        return False  # "could be seen from the road": what was visible
    if i >= 2 and (keys[i - 2] in MANNER_OR_SCOPE_BEFORE or keys[i - 2 : i] == ["no", "one"]):
        return False  # "as soon as they could", "no one could say"
    if _clause_ends_after(words, i, _SENTENCE_END_MARKS):
        # "We boiled what we could.", "if she could.": no verb, what was (not) possible. Not
        # before a comma: "This could, in turn, give ..." keeps its verb after the aside.
        return False
    # "so that they could attend": the purpose of a past act, not a possibility.
    return not (i >= 3 and keys[i - 3 : i - 1] == ["so", "that"] or i >= 2 and keys[i - 2] == "so"
                and prev in PERSONAL_PRONOUNS)


PERSONAL_PRONOUNS = word_set("i you he she we they")


REPORTED_SPEECH_REACH = 60
"""Words a reporting verb may stand before 'would' and still govern its clause (a long
complement: "Oyelaran said crews would start in ..., where ..., and would move north")."""
PROPOSAL_REACH = 3
"""Words between a proposal noun and its 'would' ("a bill that would", "the plan, which would")."""
ASIDE_REACH = 20
"""Words of an aside between a proposal noun and its 'would' ("The proposal, drafted by
European diplomats and circulated last week, would place")."""
RELATIVE_LINKS = word_set("that which")
QUESTION_WORDS = word_set("whether")
QUESTION_LEADS = word_set("of over about decide decided determine know unclear ask asked")
"""Words before 'who'/'which' that make it a question, not a relative ("the question of who")."""
QUESTION_REACH = 5
"""Words between a question word and its would ("whether port staff would")."""
HABIT_TIMES = word_set(
    """day days week weekend month year summer winter spring autumn fall morning evening night
    afternoon sunday monday tuesday wednesday thursday friday saturday holiday season time
    christmas easter election term"""
)
"""Words after "every"/"each" that make a later 'would' habitual ("every summer he would")."""
HABIT_REACH = 6
"""Words back from 'would' to the time word after "every"/"each" ("every summer he would")."""


def _open_question(keys: list[str], i: int) -> bool:
    """The modal at ``i`` is in an open question the story poses ("the question of who would
    control security", "divided over whether the crews would screen cargo"; round 23: "He did
    not say whether it could be revoked", "will examine whether the blast may have been
    triggered"), not the reporter's guess."""
    for j in range(i - 1, max(-1, i - 1 - QUESTION_REACH), -1):
        if keys[j] in QUESTION_WORDS or (
            keys[j] in ("who", "which") and j > 0 and keys[j - 1] in QUESTION_LEADS
        ):
            return True
    return False


def _would(words: Words, i: int, prev: str, nxt: str) -> bool:
    if nxt in WOULD_NARRATIVE_NEXT or nxt == "have" and _counterfactual(words, i):
        return False
    if nxt in POLITE_WOULD_VERBS and prev in FIRST_PERSON:
        return False  # round 25: "I would ask everyone else not to": a request, not a guess
    if nxt == "have" and _record_forgone(words.keys, i):
        return False
    if nxt in WILLINGNESS_VERBS and _negative_subject(words, i):
        return False  # "Neither side would confirm the figures": a refusal, as "would not say"
    keys = words.keys
    # round 16: "Every summer he would drive the family to the lake", "Each morning they
    # would walk": a habit of the past, told as narrative, not the reporter's guess.
    for j in range(i - 1, max(0, i - 1 - HABIT_REACH), -1):
        if keys[j] in HABIT_TIMES and keys[j - 1] in ("every", "each"):
            return False
    # "a bill that would require", "the plan would raise fares": what a proposal provides.
    for j in range(i - 1, max(-1, i - 1 - PROPOSAL_REACH), -1):
        if keys[j] in PROPOSAL_NOUNS:
            return False
        if keys[j] not in RELATIVE_LINKS:
            break
    # round 19: "The proposal, drafted by European diplomats, would place 200 observers",
    # "The measure, which passed the House, would cut taxes": a proposal noun before an aside
    # set off by commas is still what provides.
    if i and "," in words.text[words.word_end(i - 1) : words.word_start(i)]:
        for j in range(i - 2, max(-1, i - 2 - ASIDE_REACH), -1):
            if "," in words.text[words.word_end(j) : words.word_start(j + 1)]:
                if keys[j] in PROPOSAL_NOUNS:
                    return False
                break
    if _open_question(keys, i):
        return False
    # "said he would visit", "the council said the repairs to the bridge would cost $4
    # million": a reported future or conditional is the speaker's, not the reporter's hedge.
    # The reporting verb governs 'would' across its complement clause (and any 'would'
    # coordinated with it), up to a ';' or ':'.
    reach = max(0, i - REPORTED_SPEECH_REACH)
    if REPORTING_VERBS.isdisjoint(keys[reach:i]):
        return True  # no reporting verb within reach, wherever the clause starts
    for j in range(i - 1, reach - 1, -1):
        if keys[j] in REPORTING_VERBS:
            return False
        if j > 0 and not CLAUSE_BREAKS.isdisjoint(words.gap_after(j - 1)):
            break
    return True


CLAUSE_BREAKS = frozenset(";:")
"""What ends the reach of a reporting verb over a later 'would'."""


def _appear(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "appeared in court", "appears on television": to show up, not to seem.
    if nxt in APPEAR_SHOW_UP_NEXT:
        return False
    if nxt == "as":
        return i + 2 < len(words) and words.keys[i + 2] in ("if", "though")
    return not _clause_ends_after(words, i)


TRUSTED_OBJECTS = word_set("them him her you me us it")
"""After 'believe': the one believed, when nothing follows ("I believe them.")."""


def _believe(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "I believe", "we think": a hedge; "he believes in", "political thought": not one.
    # (The impersonal "it is believed"/"is thought to" are phrases in the lexicon.)
    if prev in FIRST_PERSON:
        # not "I believe in", nor a person believed ("I believe them", "I believed her": trust,
        # round 20), unless a clause goes on ("I believe he is right" keeps its hedge)
        return nxt != "in" and not (nxt in TRUSTED_OBJECTS and _clause_ends_after(words, i + 1))
    if words.keys[i] in ("believed", "thought") and nxt == "to" and prev not in VAGUE_SUBJECTS:
        return prev in ("widely", "generally", "commonly", "long", "once", "now", "also")
    return False


def _suggest(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "The report does not suggest that prices were fair": a denial of evidence, not an inference
    return prev not in VAGUE_SUBJECTS and not _negated(prev) and not _person_suggests(words, i)


PERSON_ROLES = section_words("speaker_words.txt", "role.person")
"""'the minister suggested', 'the hydrologist suggested': one person's role (round 25)."""
ROLE_DETERMINERS = word_set("the a an his her their its our my your this that")
"""Determiners before a person's role ("a minister", "the minister"): not the module's later
DETERMINERS, which other tests read without "a"/"an"."""
BEFORE_NAME_NOT_SUBJECT = word_set("in of from at for on by about across among with to into")
"""'Polls in Ohio suggest': a capitalised word after a preposition is no speaker."""


NAME_REACH = 8
"""Capitalised words read back from 'suggested' for a name and its title."""


def _person_suggests(words: Words, i: int) -> bool:
    """Round 25: "The minister suggested the delay was deliberate", "Dr. Jones suggested the dam
    had been weakened": a named person or a person's role infers it, and the story says who (as
    round 13 reads "Ms. Rowe suggested that ...", a quote's cue), not the reporter's inference.
    A capitalised name is a subject unless a preposition stands before it ("the dynamic on the
    Affordable Care Act suggests", "a gaffe by House Majority Leader Kevin McCarthy (R-Calif.)
    suggested"); one capitalised first word alone is no name ("Figures suggest"), and "I" stays
    the writer's own hedge."""
    if i == 0:
        return False
    keys = words.keys
    if words.spelled(i)[:1].isupper():
        return False  # a title-case headline ("New Study Suggests Coffee Could Harm Sleep")
    if keys[i - 1] in PERSON_ROLES and not keys[i - 1].endswith("s"):
        # (not "a letter from the minister suggested"; one person: "Officials suggested" is a
        # group, read by the sourcing stage)
        j = i - 3 if i >= 3 and keys[i - 2] in ROLE_DETERMINERS else i - 2
        return j < 0 or keys[j] not in BEFORE_NAME_NOT_SUBJECT
    if i < 2 or keys[i - 1] in FIRST_PERSON or keys[i - 1].startswith("i'"):
        return False
    j = i - 1
    while j >= max(0, i - NAME_REACH) and keys[j] != "the" and words.spelled(j)[:1].isupper():
        j -= 1
    if j == i - 1:
        return False  # "the data suggested": no name
    if j >= 0 and keys[j] == "the":
        j -= 1  # "the data from the Fed suggested"
    return j < 0 or keys[j] not in BEFORE_NAME_NOT_SUBJECT



def _negated(prev: str) -> bool:
    return prev in NEGATIONS or prev.endswith(("n't", "n\u2019t"))


ENUMERATING_BEFORE = word_set(
    """biggest largest highest lowest greatest smallest maximum minimum all every any each
    of other"""
) | NUMBER_WORDS
"""'the biggest possible', 'all possible', 'three possible outcomes', 'the number of possible
moves': the range of options or a superlative, not doubt about one of them."""
IMPERSONAL_BE = word_set("is was are were be been")
"""'it is possible that ...', 'it is also possible': a possibility in the writer's voice."""
DEGREE_BEFORE_POSSIBLE = word_set("also quite still even entirely only not always")


def _possible(words: Words, i: int, prev: str, nxt: str) -> bool:
    # Only a possibility about something specific hedges: attributive 'a possible motive',
    # 'his possible involvement', or impersonal 'it is (also) possible'. Predicative
    # 'made possible', 'is only possible by', 'would not be possible' state feasibility.
    keys = words.keys
    be = i - 2 if prev in DEGREE_BEFORE_POSSIBLE else i - 1
    if be >= 0 and keys[be] in IMPERSONAL_BE:
        return be >= 1 and keys[be - 1] in DUMMY_SUBJECTS
    if nxt == "to" or prev == "as" or prev[:1].isdigit() or prev in ENUMERATING_BEFORE or (
        is_superlative(prev)
    ):  # (round 24: any superlative, "the strongest possible action")
        return False
    return not _clause_ends_after(words, i)


def _potential(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "its full potential", "growth potential": the noun meaning capacity.
    # "potential energy", "the potential to grow": physics and capacity, not doubt.
    if nxt in ("to", "energy", "difference", "function", "field", "well", "flow"):
        return False
    if is_people_noun(nxt) or nxt.endswith(("ers", "ors", "ents", "ants")) and len(nxt) > 5:
        return False  # "potential buyers", "potential applicants": a prospective role, a category
    return prev not in ("full", "its", "their", "his", "her", "our", "untapped", "growth",
                        "earning", "earnings", "commercial", "economic", "real")


def _alleged(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "prosecutors alleged that ...": an attributed accusation, not the reporter's doubt.
    return not (nxt == "that" and prev not in VAGUE_SUBJECTS and prev != "it")


ARREST_VERBS = section_words("hedge_context.txt", "arrest_verb")
"""Round 23: an arrest or a killing before "suspected" ("arrested nine suspected poachers",
"police shot a suspected gunman"): those who acted on the suspicion are the ones who hold it."""


def _suspected(words: Words, i: int, prev: str, nxt: str) -> bool:
    keys = words.keys
    return ARREST_VERBS.isdisjoint(keys[max(0, i - 3) : i])


DOUBT_AIRED = word_set("raised expressed voiced aired")
"""Participles that, with "by", name who holds the doubts ("doubts were raised by Dr. Vos")."""
DOUBT_OWNERS = word_set("his her their its my our your")


def _doubt(words: Words, i: int, prev: str, nxt: str) -> bool:
    if prev in ("no", "without", "beyond"):
        return False
    if words.keys[i] == "doubted":
        return True
    # round 24: whose doubts the sentence says, as a hedge verb's named subject does: "The
    # doubts were raised by Dr. Eline Vos", "doubts voiced by two curators", "Greer's doubts",
    # "their doubts"; "cast doubt on" has its doubter as subject ("the tests cast doubt on")
    if prev in DOUBT_OWNERS or prev in CAST_FORMS or (
        i and words.spelled(i - 1).endswith(("'s", "\u2019s"))
    ):
        return False
    after = words.keys[i + 1 : i + 5]
    return not any(
        word in DOUBT_AIRED and j + 1 < len(after) and after[j + 1] == "by"
        for j, word in enumerate(after)
    )


CAST_FORMS = word_set("cast casts casting")


def _indicate(words: Words, i: int, prev: str, nxt: str) -> bool:
    return nxt in ("that", "a", "an", "the", "some", "possible") and not _negated(prev)


TIME_AND_MEASURE_UNITS = word_set(
    """seconds minutes hours days weeks months years decades centuries times miles kilometres
    kilometers metres meters feet inches pounds kilograms percent"""
)
SOME_IDIOMS = word_set("time extent degree kind sort point reason way")
"""'for some time', 'some kind of', 'at some point', 'for some reason': an indefinite one, not
a vague count of people or sources."""


def _some(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "some 40 people" approximates a number (not a hedge); "some years later" measures time;
    # round 21: "some of the strictest gun laws" ranks things, it counts nothing vaguely.
    return not (nxt[:1].isdigit() or nxt in NUMBER_WORDS or nxt in SOME_IDIOMS
                or nxt in TIME_AND_MEASURE_UNITS or _superlative_after(words.keys, i))


def _superlative_after(keys: list[str], i: int) -> bool:
    """ "some of the strictest", "some of the most ...": a superlative after "of the"."""
    if keys[i + 1 : i + 3] != ["of", "the"] or i + 3 >= len(keys):
        return False
    return is_superlative(keys[i + 3])


def _many(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "as many as 60", "how many", "so many": a number follows or a question is asked;
    # "for many years", "many times over": time and measure, not a crowd left unnamed.
    return (prev not in ("as", "how", "so", "too", "very") and not nxt[:1].isdigit()
            and nxt not in TIME_AND_MEASURE_UNITS)


def _several(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "several years later", "several hundred": time and measure, not vagueness about sources.
    # Round 22: the object of a verb in the past tense ("deleted several photos", "released
    # several images") counts things the story saw, unless they are people or works that carry
    # a claim ("interviewed several experts", "cited several studies").
    if nxt[:1].isdigit() or nxt in NUMBER_WORDS or nxt in TIME_AND_MEASURE_UNITS:
        return False
    if prev.endswith("ed") and len(prev) > 3:
        return _people_follow(words.keys, i) or _claim_works_follow(words.keys, i)
    return True


CLAIM_WORKS = section_words("hedge_context.txt", "claim_work")
"""Works that carry a claim: "several studies have found" hides which ones, as "several
experts say" hides who."""


def _claim_works_follow(keys: list[str], i: int) -> bool:
    """A work that carries a claim heads the phrase after ``i`` ("several recent studies")."""
    j = i + 1
    if j < len(keys) and keys[j] == "of":
        j += 2 if j + 1 < len(keys) and keys[j + 1] in DETERMINERS else 1
    for key in keys[j : j + 3]:
        if key in CLAIM_WORKS:
            return True
        if key in NOT_A_MODIFIER:
            return False
    return False


DETERMINERS = word_set("the these those his her their its our your my this that")
PEOPLE_PRONOUNS = word_set("them us you those these")


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Plural nouns for people (``lexicons/hedge_people.txt``), read once."""
    lines = section_lines("hedge_people.txt", "").get("", [])
    return frozenset(word for line in lines for word in line.split())


def is_people_noun(key: str) -> bool:
    """'voters', 'residents', 'economists', 'historians', 'Americans': people, not things."""
    return key in people_nouns() or len(key) > 5 and key.endswith(("ists", "ians", "icans"))


def _people_follow(keys: list[str], i: int) -> bool:
    """A group of people follows position ``i``: 'voters', 'young voters', 'of them', 'of the
    residents', 'of the city's residents'."""
    j = i + 1
    if j < len(keys) and keys[j] == "of":
        if j + 1 < len(keys) and keys[j + 1] in PEOPLE_PRONOUNS:
            return True
        j += 2 if j + 1 < len(keys) and keys[j + 1] in DETERMINERS else 1
    for key in keys[j : j + 3]:  # the head noun, after at most two modifiers
        if is_people_noun(key):
            return True
        if key in NOT_A_MODIFIER:
            return False
    return False


NOT_A_MODIFIER = word_set(
    """for to in of at on by with from and or but than as that which who is are was were be
    been have has had will would can could may might should do does did not"""
)
"""Words that end the noun phrase: 'mattered most for young children' is not 'most children'."""


def _most(words: Words, i: int, prev: str, nxt: str) -> bool:
    # Only the quantifier over people ("most voters", "most of the residents"): an unnamed
    # majority credited with a view or an act. Not the superlative ("the most important",
    # "most likely", "at most"), and not a share of things ("most of the water", "in most
    # cases"), which approximates a measure without hiding who holds a view.
    if prev in ("the", "at", "a", "for", "whom", "which", "what"):
        return False
    return _people_follow(words.keys, i)


QUANTIFIER_ENDS = word_set("some many most several")

IRREGULAR_PARTICIPLES = word_set(
    """known seen held thought taken given shown understood read heard felt done made built
    taught sold spoken written worn grown drawn"""
)


def _agentless_generalisation(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "widely used", "commonly applied", "is popularly known": a general practice or view with
    # no source; "widely" before anything but a participle ("differ widely", "widely
    # different") is a measure, not a claim about who does or thinks what.
    return nxt.endswith("ed") and len(nxt) >= 4 or nxt in IRREGULAR_PARTICIPLES


def _certain(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "certain officials", "certain types of": unnamed members of a group; "a certain",
    # "for certain", "almost certain", "certain to": a definite one, or certainty itself.
    if prev in ("a", "for", "almost", "is", "was", "are", "were", "be", "quite", "not", "one"):
        return False
    return nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")) and len(nxt) > 3


def _assume(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "assumed office", "assumed control": to take on; "we assume that": a hedge.
    return nxt == "that" or prev in FIRST_PERSON


MEASURES_BEFORE_COMPARISON = NUMBER_WORDS | word_set("times twice thrice percent cent")
"""'20% less likely', 'three times more likely', 'twice as likely': a measured comparison."""


def _likely(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "were 20% less likely to be diagnosed", "twice as likely to die", "more likely to
    # vote than": a study's measured comparison between groups, not the reporter's forecast;
    # "most likely", "is likely to", "the more likely winner", "more likely than not" still
    # hedge.
    if prev not in ("more", "less", "as") or i < 2 or words.keys[i + 1 : i + 3] == ["than", "not"]:
        return True  # ("more likely than not": a probability, the reporter's or a source's)
    before = words.keys[i - 2]
    if before in MEASURES_BEFORE_COMPARISON or before.isdigit():
        return False
    if before in _DEGREES and i >= 3:
        before = words.keys[i - 3]  # "were also more likely", "were far less likely"
    if before in ("were", "was"):
        return False  # round 21: "Patients with plastic in their plaque were more likely to
        # smoke": a comparison observed between groups, not a forecast
    return "than" not in words.keys[i + 1 : i + 6]


_DEGREES = frozenset(["also", "much", "far", "significantly", "slightly", "somewhat", "even"])


def _suspicion(words: Words, i: int, prev: str, nxt: str) -> bool:
    # "arrested on suspicion of assault", "held on suspicion of": the ground of an arrest, a
    # fact the police state; not the reporter's doubt
    return not (prev == "on" and nxt == "of")


SENSE_RULES = {
    **dict.fromkeys(("widely", "commonly", "popularly"), _agentless_generalisation),
    "certain": _certain,
    "some": _some,
    **dict.fromkeys(("assume", "assumes", "assumed", "assuming"), _assume),
    "several": _several,
    "most": _most,
    "many": _many,
    "may": _may,
    "might": _might,
    "could": _could,
    "would": _would,
    **dict.fromkeys(("appear", "appears", "appeared", "appearing"), _appear),
    **dict.fromkeys(("believe", "believes", "believed", "think", "thinks", "thought"), _believe),
    **dict.fromkeys(("suggest", "suggests", "suggested", "suggesting"), _suggest),
    "possible": _possible,
    **dict.fromkeys(("likely", "unlikely"), _likely),
    "potential": _potential,
    "alleged": _alleged,
    **dict.fromkeys(("doubt", "doubts", "doubted"), _doubt),
    **dict.fromkeys(("indicate", "indicates", "indicating"), _indicate),
    "suspicion": _suspicion,
    "suspected": _suspected,
}
