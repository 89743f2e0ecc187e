"""Stage 'sourcing': who the story rests on, and the flags about it.

Reads the quotes (and their speakers) and scans ``analysis_text`` once per pattern family for
source mentions: anonymous individuals (A101/A102), vague collectives and weasel phrases
(A201/A202), a group's view stated by the reporter (A203), other news organisations credited
with a claim (A301) and documents.  Adds unattributed quotes (A401) and unattributed
accusations in the reporter's voice (A402), and builds ``document.sources`` and
``document.summary["sourcing"]`` (keys documented in docs/sourcing.md).

A group or unnamed-person mention is only a *source* when the text credits it with something: a
speech, belief or report verb follows ("critics say", "officials have long argued") or a cue
precedes it ("according to experts", "said one official").  Strong phrases ("people familiar with
the matter", "insiders", "on condition of anonymity") need no cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate

from newscheck.config import Config
from newscheck.document import Document, Span
from newscheck.lexicon_files import section_phrases, section_words
from newscheck.report import Finding, Quote, Source, TextSpan
from newscheck.rules import get_rule
from newscheck.stages.attribution import (
    NOUN_AFTER_CUE,
    REPORTED_PARTICIPLES,
    act_follows,
    can_vote,
    noun_follows,
    voted_down,
)
from newscheck.stages.mentions import (
    ANAPHORS,
    ANONYMITY_RELATIVE,
    PLURAL_DEFINITE,
    PRONOUNS,
    SIDES_OF_A_DISPUTE,
    _anonymous_phrase_re,
    _people_plural,
    classify_mention,
    for_a_principal,
    head_index,
    lexicon_for,
    names_someone,
    one_of_a_group,
)
from newscheck.stages.source_citing import find_cited_people
from newscheck.stages.source_finders import (
    ON_THE_RECORD,
    Found,
    Mention,
    add_unattached_markers,
    aged_description,
    anonymity_reason,
    find_anonymous,
    find_dissent_within,
    find_documents,
    find_outlets,
    find_possessive_views,
    find_pronoun_sources,
    find_vague,
    member_named_next,
    predicate_noun,
    unattributed_claims,
)
from newscheck.stages.source_patterns import (
    Scan,
    SourcingPatterns,
    patterns_for,
    speaker_nouns,
)
from newscheck.stages.source_phrases import (
    CALENDAR_NAMES,
    NAMED_MEMBERS,
    SPEAKER_VERBS,
    WORD,
    after_name,
    cued_before,
    forget_sentence_index,
    sentence_bounds,
    speech_follows,
)
from newscheck.stages.source_shapes import cues_in_weasels, human_nouns, merged, shape_hits
from newscheck.stages.speakers import STUDY_AUTHORS, _person_noun, countries

IDENTIFIABLE_KINDS = ("person", "organization", "outlet", "document")


_SENTENCE_STOP = re.compile(r"[.!?;:]\s|[\"“”]")


def _quote_at(document: Document, start: int, end: int) -> Quote | None:
    """The direct or partial quotation containing ``[start, end)`` (binary search)."""
    cached = getattr(document, "_sourcing_quote_index", None)
    if cached is None or cached[0] != len(document.quotes):
        verbatim = [q for q in document.quotes if q.kind != "indirect"]
        verbatim.sort(key=lambda q: q.start)
        cached = (len(document.quotes), [q.start for q in verbatim], verbatim)
        document._sourcing_quote_index = cached  # type: ignore[attr-defined]
    _, starts, verbatim = cached
    i = bisect_right(starts, start) - 1
    for candidate in reversed(verbatim[max(0, i - 7) : i + 1]):  # nested quotes: a few back
        if candidate.start <= start and end <= candidate.end:
            return candidate
    return None


@lru_cache(maxsize=4096)
def _normalise(name: str) -> str:
    """A name's grouping key (memoised: person names repeat through a story)."""
    lowered = name.lower().replace("’", "'")
    words = WORD.findall(lowered)  # a WORD never ends in "." or "'"
    while words and words[0] in _TITLES:
        words = words[1:]
    if "'s" in lowered:
        words = [word.removesuffix("'s") for word in words]
    return " ".join(words)


_TITLES = frozenset(("the", "mr", "mrs", "ms", "dr"))


_REPORTED_IN = re.compile(
    r"\b(?:" + "|".join(sorted(REPORTED_PARTICIPLES)) + r")[ \t]++(?:in|by)[ \t]"
)
"""Inside an unnamed speaker's phrase, before a document or body found in it: "Two crew members
quoted in the filing said": the crew members are the source, not the filing (round 15 review;
the quotes stage already names them the speaker)."""


_CROWD_CUES = section_words("sourcing_cues.txt", "crowd_cues")
"""Cues of a crowd's voice: "the group" that shouts or chants is the people, not a body."""


_PERCEIVED = re.compile(
    r"[ \t]++(?:(?:had|have|has)[ \t]++)?(?:saw|seen|heard|watched|noticed|witnessed|spotted|"
    r"observed|smelled|felt)\b"
)
"""A verb of perception after an unnamed person: a witness's account, not an act."""
_OF_BEFORE = re.compile(r"[a-z][ \t]++of[ \t]++\Z")
"""The end of "The daughter of " before the unnamed person a speaker is identified through."""
_PREPOSITION_BEFORE = re.compile(r"[a-z][ \t]++(?:at|of|for|from|with|within)[ \t]")
"""A preposition inside an unnamed person's phrase, before a group named in it ("A former manager
at one of the largest chains", "a nurse with the agencies")."""


def _person_before_preposition(text: str, start: int, end: int) -> bool:
    """Round 28: whether ``text[start:end]`` opens with a person noun and a preposition ("A
    former manager at one of ...", "A nurse with ..."; not "one of Sullivan's e-mails helped")."""
    match = _PREPOSITION_BEFORE.search(text, start, end)
    if match is None:
        return False
    return _person_noun(text[start : match.start() + 1].rsplit(" ", 1)[-1].lower())


def _speaker_mentions(document: Document, found: Found) -> list[Mention]:
    """Mentions for quote speakers; a speaker on a mention already found joins it, except that
    a group found inside a named speaker's phrase ("the union representing dockworkers") is
    removed from ``found``: the speaker is the source.

    Several quotes by the same speaker mention (one attribution for a run of quotes) make one
    mention with all their quote ids.
    """
    ordered = sorted(found, key=lambda m: m.start)  # found mentions never overlap
    starts = [m.start for m in ordered]
    marker_starts = sorted(start for start, _ in found.markers)
    speakers: dict[tuple[int, int], Mention] = {}
    dropped: set[int] = set()
    named: set[str] = set()
    """Unnamed-looking speakers named right after ("a defence analyst at X, Dr. Ann Roe")."""
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        if speaker.kind in ("anonymous", "person") and _allied_countries(
            document.analysis_text, speaker
        ):
            speaker.kind = "organization"  # round 22: "U.S., allies blame ...": governments
        elif speaker.kind == "organization" and _UNSPECIFIED_BODIES.fullmatch(speaker.text) and (
            quote.cue is not None and 0 <= quote.cue.start - speaker.end <= _SUBJECT_CUE_GAP
            and quote.cue.text.lower() in _REPORTING_CUES
        ):
            speaker.kind = "vague"  # round 22: "Several states have reported cases": which?
        elif speaker.kind in ("anonymous", "vague") and (
            speaker.name in named
            or names_someone(document.text[speaker.end : speaker.end + 60])
            or (_ends_in_joiner(document.text, speaker.start)
                and _NAMED_PARTNER.search(document.text, max(0, speaker.start - 40), speaker.start))
            or (  # "said Howard Rubel, a senior analyst at Jefferies": the analyst is Rubel
                speaker.text.lower().startswith(("a ", "an "))
                and after_name(document.text, speaker.start, max(0, speaker.start - 120))
            )
        ):
            named.add(speaker.name)
            speaker.kind = "person"  # the appositive names the speaker: not anonymous
        elif speaker.kind == "anonymous" and aged_description(document.text, speaker.start):
            speaker.kind = "person"  # round 21: "the bespectacled, 71-year-old diplomat said"
        i = bisect_right(starts, speaker.end - 1) - 1
        if i >= 0 and ordered[i].end > speaker.start:
            inner = ordered[i]
            if not (
                speaker.kind in IDENTIFIABLE_KINDS and inner.kind in ("anonymous", "vague")
                and speaker.start <= inner.start and inner.end <= speaker.end
                and (speaker.start < inner.start or inner.end < speaker.end and (
                    speaker.kind in ("organization", "outlet")
                ))  # (round 25: also a group opening a body's name, "The supporters' trust";
                # not a person-typed span that runs on, "Fact-checkers soon")
            ) and not (  # round 16: "The authors said" of a study named before them
                speaker.kind == "person" and speaker.text.lower() in STUDY_AUTHORS
                and speaker.name == speaker.text
            ) and not (
                speaker.kind in ("anonymous", "vague") and speaker.start < inner.start
                and inner.end <= speaker.end
                and _REPORTED_IN.search(document.text, speaker.start, inner.start)
            ) and not (  # round 26 (DEFECT26): "A royal biographer" of the lede, named next
                speaker.kind == "person" and inner.kind == "anonymous"
                and speaker.name != speaker.text and speaker.text.lower().startswith(("a ", "an "))
                and (inner.start, inner.end) == (speaker.start, speaker.end)
            ):  # (the speakers stage named the one holder of the role: the name is the source)
                inner.quotes.append(quote.id)
                if speaker.kind == "person" and inner.kind == "anonymous" and (
                    inner.start <= speaker.start and speaker.end <= inner.end
                ):
                    speaker.kind = "anonymous"  # "a Carrier executive": the report agrees
                elif speaker.kind in ("anonymous", "unknown") and (
                    speaker.start < inner.start and inner.end == speaker.end
                ) and (
                    inner.kind == "anonymous"
                    and _OF_BEFORE.search(document.text, speaker.start, inner.start)
                    or inner.kind in ("anonymous", "vague") and speaker.kind == "anonymous"
                    and _person_before_preposition(document.text, speaker.start, inner.start)
                ):  # round 24: "The daughter of one resident, who asked not to be named ...,
                    # said": the daughter speaks, not the resident; one mention, hers (same end:
                    # the span stays the text it names).  Round 28: "A former manager at one of
                    # Britain's largest care home groups says": the manager, not the groups
                    if inner.kind == "vague":
                        inner.kind, inner.rule = "anonymous", "A101"
                    inner.start, inner.text = speaker.start, speaker.text
                    for other in ordered[:i]:  # review 28: "A nurse with one of the
                        if other.start >= speaker.start:  # agencies said" had also kept "A
                            dropped.add(id(other))  # nurse": one person, one mention
                    inner.name = speaker.name or speaker.text
                    starts[i] = speaker.start
                continue
            # "the union representing dockworkers said": the group inside a named speaker's
            # phrase is not the source; the speaker is
            dropped.add(id(inner))
        if (
            speaker.kind == "organization"
            and speaker.name.lower() == "the group"
            and quote.cue is not None
            and quote.cue.text.lower() in _CROWD_CUES
        ):
            speaker.kind = "vague"  # round 21: '"Power to the people!" the group shouted' after
            # "Several hundred demonstrators ...": a body does not shout; the crowd does
        if speaker.kind in ("anonymous", "vague") and _caused_feeling(
            document.text, speaker.start, speaker.end
        ):
            speaker.kind = "unknown"  # round 21: "make his supporters feel like ...": the
            continue  # object of someone else's act, no source
        key = (speaker.start, speaker.end)
        if key in speakers:
            speakers[key].quotes.append(quote.id)
            continue
        kind = speaker.kind
        if kind == "unknown":
            kind = classify_mention(speaker.name or speaker.text)
            if kind == "unknown" and speaker.text.lower() == "they" and _unnamed_people(
                speaker.name
            ):
                # round 19 (SRC19B): "More women are founding companies. Within marriages,
                # they said ...": people of no name and no kind of their own, credited with a
                # claim, are an unspecified group, like "Many voters said"
                kind = speaker.kind = "vague"
            elif kind == "unknown" and _according_to_people(quote, speaker.text, speaker.name):
                kind = speaker.kind = "vague"
            elif kind == "unknown" and marker_starts and _UNNAMED_OPENING.match(
                speaker.text
            ) and _marked_next_sentence(document, speaker.start, marker_starts):
                # round 23: "Two investigators involved in the case said ... They spoke on
                # condition of anonymity because ...": unnamed, as the next sentence says
                kind = speaker.kind = "anonymous"
            elif kind == "unknown" and speaker.text[:1].isupper() and _ORDINAL_ONE.fullmatch(
                speaker.text
            ):
                j = bisect_right(starts, speaker.start) - 1  # round 22: "Two former officials
                # said ... A third disputed it": one more of the unnamed group before it
                while j >= 0 and ordered[j].kind not in ("anonymous", "vague"):
                    j -= 1  # (not after a vague group: "Four in 10 voters ..., and a third
                    # said" is a poll's share; nor mid-sentence, as there)
                if j >= 0 and ordered[j].kind == "anonymous" and (
                    speaker.start - ordered[j].end <= _ORDINAL_REACH
                ):
                    kind = speaker.kind = "anonymous"
        if kind == "unknown":
            continue
        rule = _SPEAKER_RULES.get(kind)
        if _DECLINED.match(document.text, speaker.end):
            rule = None  # "Officials would not say whether …": no claim rests on them
        elif kind == "vague" and NAMED_MEMBERS.match(document.text, speaker.end):
            rule = None  # "The agencies, including the Red Cross and Oxfam, said": named
        elif kind == "anonymous" and predicate_noun(document.analysis_text, speaker.start, 0):
            rule = None  # "Ann Roe is a retired economist who believes ... will": Ann Roe
        speakers[key] = Mention(  # positional (the reason None): cheaper to call
            speaker.start, speaker.end, speaker.text, kind, speaker.name or speaker.text, rule,
            None, [quote.id],
        )
    if dropped:  # (rare: most speakers join or stand apart from what the finders found)
        found[:] = [mention for mention in found if id(mention) not in dropped]
    return list(speakers.values())


_SECTION_TITLE = re.compile(
    r"[#\s]*(?:What|Why|How|Where|When)\b[^.!?\n]{0,60}?\b"
    r"(?:say|says|think|thinks|want|wants|believe|believes|fear|fears|know|knows)[ \t]*[?:]?[ \t]*"
)
"""A section title or headline that announces what a group says ("## What officials say",
"Why critics object"): it credits nothing; the paragraphs under it do."""


def _drop_section_titles(document: Document, found: Found) -> None:
    """No flag on a mention inside a section title ("What officials say")."""
    text = document.text
    kept = []
    for mention in found:
        if mention.rule in _SPEAKER_FLAGS:
            lo, hi = sentence_bounds(document, mention.start)
            if hi - lo <= 80 and _SECTION_TITLE.fullmatch(text, lo, hi):
                continue
        kept.append(mention)
    found[:] = kept


def _drop_mentions_inside_reasons(found: list[Mention]) -> None:
    """A mention inside a reason for anonymity is no source of its own: "they" in "who asked
    not to be named because they feared losing their jobs" (one bisect per mention).  Round 29
    (AUDIT29): run over the quotes' speakers too, once their reasons are read ("Another woman
    ... said .... She asked that her name not be used because she feared he would be punished":
    the second "she" is inside her reason, no claim)."""
    reasons = sorted((m.reason.start, m.reason.end) for m in found if m.reason is not None)
    if not reasons:
        return
    starts = [start for start, _ in reasons]
    reach = list(accumulate((end for _, end in reasons), max))
    kept = []
    for mention in found:
        i = bisect_right(starts, mention.start) - 1
        if i < 0 or reach[i] < mention.end:
            kept.append(mention)
    found[:] = kept


def _drop_acts_in_reports(document: Document, found: Found, patterns: SourcingPatterns) -> None:
    """No flag on a group whose act another speaker reports: "The union said its members had
    rejected the offer" credits the union, and "its members" did something, said nothing
    (round 15; as in ``quotes._acts_in_reports``, the group opens the reported clause, and a
    verb of saying, "said its members said", still credits it).

    Round 24: an unnamed *individual* opening a clause any speaker reports, an anonymous one
    too, is that speaker's content unless a verb of saying or believing follows: "One driver,
    who asked not to be identified ..., said many colleagues voted yes" rests on the driver,
    and the sentence's anonymity marker is his, not "many colleagues'" (were A102)."""
    opening: dict[int, bool] = {}  # content start -> whether a known source reports it
    reported: set[int] = set()  # round 24: content after its reporter, of any kind
    for q in document.quotes:
        if q.kind == "indirect" and q.speaker is not None:
            known = q.speaker.kind in IDENTIFIABLE_KINDS
            opening[q.start] = opening.get(q.start, False) or known
            if q.speaker.end <= q.start:
                reported.add(q.start)
    if not opening:
        return
    text = document.text

    def content(mention: Mention) -> bool:
        known = opening.get(mention.start)
        if known is None or mention.quotes:
            return False
        if act_follows(text, mention.end):
            return known and mention.rule in _SPEAKER_FLAGS
        return (
            mention.kind == "anonymous"
            and mention.rule in _INDIVIDUAL_FLAGS
            and mention.start in reported
            and not speech_follows(text, mention.end, len(text), SPEAKER_VERBS)
            and not ANONYMITY_RELATIVE.match(text, mention.end)  # "officials who spoke on
            # condition of anonymity had confirmed the closure": they speak
            and not _PERCEIVED.match(text, mention.end)  # "he said witnesses saw a gun":
            # what they saw is their testimony, passed on
            and not cued_before(
                text, mention.start, sentence_bounds(document, mention.start)[0], patterns
            )  # "..., said an American official who was briefed ...": the reporter
        )

    found[:] = [mention for mention in found if not content(mention)]


_GENERIC_RELATIVE = re.compile(
    r"(?!(?:the|these|those|some|many|most|its|their|his|her|our|several|few|all|both|two|"
    r"three|four|five|other|others)\b)(?:[a-z][\w-]*+[ \t]++)?(?:[a-z][\w-]*+(?<=s)|people)"
    r"[ \t]++who[ \t]++(?!(?:had|have|has|was|were|did|spoke|said|told|wrote|asked)\b)"
    r"[a-z]++(?<!ed)\b"
)
"""A bare plural and a relative clause in the present ("criminals who promise", "people who say
they are from the bank"): a kind of people described, not a group that said something."""


def _drop_described_in_reports(document: Document, found: Found) -> None:
    """No flag on a kind of people a speaker's report describes with a verb of saying in
    a relative clause: "The regulator warned that fraudsters who claim their funds are insured
    often vanish" credits the regulator; the fraudsters are what it warned of, no source (round
    21).  A bare plural and a present tense only: "officials who spoke on condition of
    anonymity" inside a report, or "the doctors who say", are still sources."""
    reports = sorted(
        (q.start, q.end) for q in document.quotes
        if q.kind == "indirect" and q.speaker is not None
    )
    if not reports:
        return
    starts = [start for start, _ in reports]
    text = document.text

    def described(mention: Mention) -> bool:
        if mention.rule not in _SPEAKER_FLAGS or mention.quotes:
            return False
        index = bisect_right(starts, mention.start) - 1
        if index < 0 or mention.end > reports[index][1]:
            return False  # outside every report
        return _GENERIC_RELATIVE.match(text, mention.start, mention.end + 40) is not None

    found[:] = [mention for mention in found if not described(mention)]


def _drop_characters_in_quotations(document: Document, found: Found) -> None:
    """No flag on an unnamed person inside a named speaker's quotation, named by a plain people
    noun and speaking no quotation of their own: in '"Then one man told them to leave," said
    Marta Olsen' the man is someone in the witness's account, not a source the story rests on
    (round 22).  A sourcing noun (``anonymous.txt [heads]``: "Two officials told me the vote
    was rigged," the mayor said) still is one, as round 6 decided, and so is an anonymous
    phrase ("people familiar with the planning" in a quoted report)."""
    if not any(q.kind != "indirect" for q in document.quotes):
        return
    config = document.config
    lexicon = lexicon_for(config.lexicon if config else None)
    heads, strong = lexicon.anonymous_heads, _anonymous_phrase_re(lexicon.anonymous_phrases)

    def character(mention: Mention) -> bool:
        if mention.kind != "anonymous" or mention.rule not in _SPEAKER_FLAGS or mention.quotes:
            return False
        words = WORD.findall(mention.text.lower())
        if not words or words[head_index(words)] in heads:
            return False
        if strong.search(f" {' '.join(words)} "):
            return False  # "people familiar with the planning" in a quoted report: its source
        quote = _quote_at(document, mention.start, mention.end)
        return quote is not None and quote.speaker is not None and (
            quote.speaker.kind in IDENTIFIABLE_KINDS
        )

    found[:] = [mention for mention in found if not character(mention)]


_SOURCE_PREPOSITION = re.compile(r"[ \t]++(?:from|by|among)[ \t]++")
_REPORTS_IN = re.compile(r"[ \t]++(?:in|by)[ \t]++")
"""After "reports": the outlet that ran them."""


_ORDINAL_ONE = re.compile(
    r"(?:[Aa]|[Tt]he|[Aa]nother)[ \t]++(?:second|third|fourth|fifth|sixth)"
    r"|[Aa]nother(?:[ \t]++one)?"
)
"""A speaker who is one more of a group just counted ("A third disputed it", "Another said")."""
_ORDINAL_REACH = 400
"""How far back (characters) the unnamed group of "A third" may end."""


_UNSPECIFIED_BODIES = re.compile(
    r"(?:[Ss]everal|[Ss]ome|[Mm]any|[Ff]ew|[Aa][ \t]++few|[Nn]umerous|[Vv]arious|[Mm]ultiple|"
    r"[Oo]ther|[Dd]ozens[ \t]++of|[Aa][ \t]++number[ \t]++of|[Aa][ \t]++handful[ \t]++of)"
    r"[ \t]++(?:[A-Za-z][\w-]*+[ \t]++)?[a-z][\w-]*+(?<=s)"
)
"""A quantifier before a plural body noun ("Several states", "some hospitals", "many local
companies"): bodies left unnamed, an unspecified collective (A201), not one organization."""
_SUBJECT_CUE_GAP = 16
"""Characters between such a speaker and its cue ("Several states have also reported"): the
bodies are the cue's subject, not words the quotes stage read far before it ("running second in
many states, ... eventually saying")."""
_REPORTING_CUES = section_words("sourcing_cues.txt", "reporting_cues")
"""Cues of reporting: bodies that act ("several states have rejected bills") are no source."""


_ALLIED_MODIFIERS = section_words("anonymous.txt", "allied_modifiers")
"""Before "allies": a country's or a bloc's allies ("its allies", "Western allies", "NATO
allies"); a person's are "his", "her", "Trump's"."""


@lru_cache(maxsize=1)
def _country_before() -> re.Pattern[str]:
    """A country (``speaker_words.txt [country]`` and the few the list leaves to the quotes
    stage's other rules) joined to the "allies" after it: "The United States and four allies",
    "U.S., allies"."""
    names = sorted(countries() | _MORE_COUNTRIES, key=len, reverse=True)
    alternation = "|".join(re.escape(name).replace("\\ ", "[ \t]++") for name in names)
    return re.compile(
        r"(?<![\w.])(?:" + alternation + r")(?:,|[ \t]++and)[ \t]++\Z", re.IGNORECASE
    )


_MORE_COUNTRIES = frozenset(section_phrases("anonymous.txt", "allied_countries"))


def _drop_allied_countries(text: str, found: Found) -> None:
    """No flag on "allies" that are countries: "The United States and four allies on Tuesday
    accused ...", "U.S., allies blame hackers", "Western allies", "NATO and its allies" are
    governments, not unnamed people close to a principal (round 22; "Trump's allies say",
    "allies of the mayor said" stay A101)."""
    if any(m.text.lower().endswith("allies") for m in found):
        found[:] = [
            m for m in found if not (m.kind == "anonymous" and _allied_countries(text, m))
        ]


def _allied_countries(text: str, mention: Mention | TextSpan) -> bool:
    """Whether an unnamed "allies" are countries (see ``_drop_allied_countries``)."""
    words = mention.text.lower().split()
    if not words or words[-1] != "allies":
        return False
    if _ALLIED_MODIFIERS.intersection(words[:-1]):
        return True
    before = text[max(0, mention.start - 40) : mention.start]
    return _country_before().search(before) is not None


def _drop_weasels_naming_their_source(text: str, found: Found) -> None:
    """No weasel flag (A202) on "drew criticism" when the group it comes from is flagged right
    after it: "drew criticism from experts" is one vague source, flagged once on "experts"
    (round 22; "drew criticism from the Farm Bureau" was already quiet, a capital follows)."""
    weasels = [m for m in found if m.rule == "A202"]
    if not weasels:
        return
    flagged = {m.start for m in found if m.rule in ("A101", "A102", "A201", "A203")}
    outlets = {m.start for m in found if m.rule == "A301"}
    dropped = set()
    for weasel in weasels:
        after = _SOURCE_PREPOSITION.match(text, weasel.end)
        if after is not None and after.end() in flagged:
            dropped.add(id(weasel))
        elif outlets and (after := _REPORTS_IN.match(text, weasel.end)) is not None and (
            after.end() in outlets and weasel.text.lower().endswith("reports")
        ):
            dropped.add(id(weasel))  # round 28 (AUDIT28B): "According to reports in The Art
            # Newspaper": the outlet that ran them is named (A301), no weasel
    if dropped:
        found[:] = [m for m in found if id(m) not in dropped]


def _relatives_introducing_their_groups_quote(document: Document, found: list[Mention]) -> None:
    """No second flag on ", who" when the quotation it introduces is already its group's:
    "drew criticism from experts, who said it would raise costs" credits one claim to one vague
    source, flagged on "experts" (round 22).  A relative with a claim the quote stage did not
    give the group ("libertarians, who pounce on any new tax") keeps its flag."""
    relatives = [
        m for m in found
        if m.rule is not None and not m.quotes and m.text.lower() in ("who", "which")
    ]
    if not relatives:
        return
    starts = {q.id: q.start for q in document.quotes}
    groups = sorted(
        ((m.end, m) for m in found if m.quotes and m.rule is not None), key=lambda pair: pair[0]
    )  # (by the end alone: two mentions ending together are not compared)
    ends = [end for end, _ in groups]
    text = document.text
    for relative in relatives:
        i = bisect_right(ends, relative.start) - 1
        if i < 0:
            continue
        end, group = groups[i]
        if group.name != relative.name or text[end : relative.start].strip() not in (",", ""):
            continue
        if any(
            relative.end <= starts.get(quote_id, -1) <= relative.end + 40
            for quote_id in group.quotes
        ):
            relative.rule = None


_ONE_OF_THEM = re.compile(r"(?:one|two|both|another|each|neither) of (?:them|those|these)\b", re.I)
_REASON_REACH = 400
"""How far back (characters) "One of them" looks for the explained group it belongs to."""


def _inherit_reasons(document: Document, mentions: list[Mention]) -> None:
    """An unnamed source referred back to ("The official said") keeps the reason given where it
    was introduced, and "One of them said" right after "two crew members, who asked not to be
    named because ..." takes its group's reason (A102)."""
    explained = sorted(
        ((m.start, m.reason) for m in mentions if m.reason is not None), key=lambda e: e[0]
    )
    if not explained:
        return
    starts = [start for start, _ in explained]
    by_name = {m.name: m.reason for m in mentions if m.reason is not None}
    resolved = {
        (q.speaker.start, q.speaker.end): q.speaker.name
        for q in document.quotes
        if q.speaker is not None and q.speaker.kind == "anonymous"
    }
    for mention in mentions:
        if mention.rule != "A101":
            continue
        name = resolved.get((mention.start, mention.end), mention.name)
        if name in by_name and mention.text.lower() != name.lower():
            # "The official said" after "a senior administration official, who spoke on
            # condition of anonymity to discuss internal deliberations": the same source
            mention.reason = by_name[name]
            mention.rule = "A102"
            continue
        if not _ONE_OF_THEM.match(mention.text):
            continue
        i = bisect_right(starts, mention.start - 1) - 1
        if i >= 0 and mention.start - starts[i] <= _REASON_REACH and not _unexplained_between(
            mentions, starts[i], mention.start
        ):
            mention.reason = explained[i][1]
            mention.rule = "A102"
    denials = [m for m in mentions if m.reason is not None and m.reason.text.startswith(
        ("Neither", "None")
    )]
    if not denials:
        return
    # round 20: "Two officials familiar with the talks said ... One of them said ... Neither
    # was authorized to speak publicly": the denial covers the group before it too
    by_start = sorted(mentions, key=lambda m: m.start)
    for mention in denials:
        earlier = [
            m for m in by_start
            if mention.start - _REASON_REACH <= m.start < mention.start and m.rule == "A101"
        ]
        if earlier:  # the nearest unexplained unnamed source before it
            earlier[-1].reason, earlier[-1].rule = mention.reason, "A102"


def _unexplained_between(mentions: list[Mention], start: int, end: int) -> bool:
    """Round 29: an unnamed group with no reason of its own opens between ``start`` (a reason
    giver) and ``end`` ("One engineer, who asked ... because she still works there, said ...
    Several former employees described ... 'People stopped talking,' one of them said": "one of
    them" is one of the employees, and the engineer's reason is not theirs)."""
    return any(
        start < m.start < end and m.reason is None and m.rule in ("A101", "A201")
        and m.text.lower() not in PRONOUNS and not _ONE_OF_THEM.match(m.text)
        for m in mentions
    )


def _groups_asking_anonymity(
    mentions: list[Mention], markers: list[tuple[int, int]], text: str = ""
) -> None:
    """A group right before an anonymity request ("Cafe owners, who asked not to be named,
    said") is unnamed individuals who could be named: anonymous (A101), not a vague class, and
    the request belongs to it (it is no source of its own).  Round 29 (review): also after a
    first relative clause ("Residents who live there, and who asked not to be named, said")."""
    if not markers:
        return
    starts = sorted(start for start, _ in markers)
    for mention in mentions:
        if mention.kind != "vague" or mention.rule != "A201":
            continue
        i = bisect_left(starts, mention.end)
        if i < len(starts) and (
            starts[i] - mention.end <= _MARKER_GAP
            or (text and _FIRST_RELATIVE_BETWEEN.fullmatch(text, mention.end, starts[i]))
        ):
            mention.kind = "anonymous"
            mention.rule = "A101"


_FIRST_RELATIVE_BETWEEN = re.compile(
    r",?[ \t]++who[ \t]++[^,.;:!?\n]{1,60}+,[ \t]++and[ \t]++(?:who[ \t]++)?"
)
"""Between a group and its anonymity request: a first relative clause, then ", and "."""


_MARKER_GAP = 7
"""Characters between a group and its anonymity request (", " or ", who ")."""


_UNNAMED_OPENING = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome)[ \t]++[a-z]"
)
_MARKER_OPENS_ON = re.compile(r"(?:He|She|They|Both)[ \t]")
_SPACE = re.compile(r"\s*+")


def _marked_next_sentence(
    document: Document, start: int, marker_starts: list[int]
) -> tuple[int, int] | None:
    """Round 23: the sentence after the one at ``start`` when it opens on a pronoun and holds
    an anonymity marker ("They spoke on condition of anonymity because ..."); ``marker_starts``
    sorted (looked up by bisect: a scan of every marker per speaker grew with the text)."""
    text = document.text
    after = _SPACE.match(text, sentence_bounds(document, start)[1]).end()
    if after >= len(text) or not _MARKER_OPENS_ON.match(text, after):
        return None
    following = sentence_bounds(document, after)
    if following[0] != after:
        return None  # (no sentence opens there: not the whole text)
    i = bisect_left(marker_starts, following[0])
    return following if i < len(marker_starts) and marker_starts[i] < following[1] else None


_JOINED_TO = re.compile(r"\b(?:along|together)[ \t]++with\b|\bas[ \t]++well[ \t]++as\b")


def _nearest_takes_the_reason(document: Document, speakers: list[Mention]) -> None:
    """Round 27 (DEFECT27): a reason given after two unnamed sources of one sentence belongs to
    the nearer one it follows ("Several employees described ..., and one engineer, who asked
    not to be identified because ..., said": the engineer's, not the employees'), so the other
    goes back to A101. Not sources joined by "and" alone ("Two aides and a lawyer, who ..."),
    which the reason may cover together."""
    text = document.text
    latest: dict[tuple[int, int], Mention] = {}
    for mention in speakers:  # (in text order)
        reason = mention.reason
        if mention.rule != "A102" or reason is None or mention.end > reason.start:
            continue
        key = (reason.start, reason.end)
        earlier = latest.get(key)
        latest[key] = mention
        if earlier is None or earlier.end > mention.start:
            continue
        between = text[earlier.end : mention.start]
        if "," in between and len(between.strip()) > 10 and not (
            _JOINED_TO.search(between)
            or reason.start >= sentence_bounds(document, mention.start)[1]
        ):  # review 27: not "Two senior aides, along with a lawyer, who asked ...", nor a
            # reason in a later sentence ("... and a diplomat agreed. Both spoke on condition
            # of anonymity because ..."), which covers both
            earlier.reason = None
            earlier.rule = "A101"


def _explained_speakers(
    document: Document,
    found: Found,
    speakers: list[Mention],
    patterns: SourcingPatterns,
    lower: str,
) -> None:
    """An unnamed speaker whose sentence says why it is unnamed ("An engineer familiar with the
    inspection, who asked not to be identified because ..., said") is A102, and the anonymity
    marker of its sentence (or of the next, where the reason was given) is no separate flag."""
    explained: list[tuple[int, int]] = []
    _groups_asking_anonymity(speakers, found.markers, document.text)
    marker_starts = sorted(start for start, _ in found.markers)
    for mention in speakers:
        if mention.kind == "anonymous" and mention.rule == "A101":
            if marker_starts and (
                marked := _marked_next_sentence(document, mention.start, marker_starts)
            ):
                explained.append(marked)  # round 23: the marker's "they" is this speaker
            mention.reason = anonymity_reason(document, mention, patterns, lower)
            bounds = sentence_bounds(document, mention.start)
            explained.append(bounds)
            if mention.reason is not None:
                mention.rule = "A102"
                if mention.reason.start >= bounds[1]:  # given in the next sentence
                    explained.append(sentence_bounds(document, mention.reason.start))
    if not explained or not found.markers:
        return
    markers = set(found.markers)
    sentences = set(explained)
    found[:] = [
        m for m in found
        if not ((m.start, m.end) in markers and sentence_bounds(document, m.start) in sentences)
    ]


def _pronouns_of_study_authors(document: Document, mentions: list[Mention]) -> None:
    """A pronoun referring to a named study's authors ("The researchers said ... They
    cautioned", the researchers a person by ``SpeakerResolver``) is no unspecified group: its
    A201 goes (round 18; the speaker had been the researchers, the flag "an unspecified group")."""
    authors = {
        quote.speaker.text.lower() for quote in document.quotes
        if quote.speaker is not None and quote.speaker.kind == "person"
        and quote.speaker.text.lower() in STUDY_AUTHORS
    }
    if not authors:
        return
    for mention in mentions:
        if mention.rule == "A201" and mention.text.lower() in _REFERRING and (
            mention.name.lower() in authors
        ):
            mention.rule = None
            mention.kind = "person"


_REFERRING = frozenset(["they", "who", "whom", "he", "she", "them", "him", "her"])
"""Pronouns whose flag names the source they refer to ("'she' refers to 'One woman'")."""


def _unnamed_people(name: str) -> bool:
    """``name`` is a plural of people with no capitalised word but a sentence's opening one
    ("More women", "Many parents"): classified ``unknown`` only for want of a lexicon head."""
    words = name.split()
    if not 1 <= len(words) <= 4 or any(word[:1].isupper() for word in words[1:]):
        return False
    return _people_plural(name)


_NOT_OPEN_LIST = """the his her their its our my your these those this that both all one two three
four five six seven eight nine ten dozens hundreds thousands half most"""
_NOT_OPEN = frozenset(_NOT_OPEN_LIST.split())
"""First words that make a plural of people known or counted ("the lawyers", "their attorneys",
"two women"), not an open class."""


def _according_to_people(quote: Quote, text: str, name: str | None) -> bool:
    """Round 20 (SRC20): "according to media trackers", "according to bankers": after "according
    to", a lower-case plural of people with no determiner of its own (a people noun by shape the
    lexicons do not list) is an unspecified group credited with the claim, like "according to
    analysts"."""
    cue = quote.cue
    if cue is None or cue.text.lower() != "according to" or (name and name != text):
        return False
    if text.lower() != text or any(ch.isdigit() for ch in text):
        return False  # a capital (a name, an organisation) or a count ("3 surveys")
    words = text.split()
    return words[0] not in _NOT_OPEN and _unnamed_people(text)


_GROUP_HEAD_ENDS = frozenset(
    ["in", "at", "of", "from", "for", "who", "with", "on", "across", "close", "familiar"]
)


def group_head(text: str) -> str:
    """Round 26: a group phrase's head noun, the last word before its first preposition or
    relative ("Residents in Tenbury Wells" -> "residents", "Retail analysts" -> "analysts")."""
    head = ""
    for word in WORD.findall(text.lower()):
        if word in _GROUP_HEAD_ENDS and head:
            break
        head = word
    return head


def _groups_with_a_named_member_next(document: Document, mentions: list[Mention]) -> None:
    """Round 26 (AUDIT26): an unspecified group whose member the story names and describes as
    one of them in the next sentence or two ("Analysts said the downgrade had surprised the
    market. Clive Rutherford, a retail analyst at Peel Hunt, said ..."; "Another resident,
    Sarah Linley, said ...") has done what A201 asks ("quote one of them"): no flag, the group
    stays in the inventory."""
    text = document.text
    for mention in mentions:
        if mention.rule != "A201" or mention.kind != "vague":
            continue
        sentence_end = sentence_bounds(document, mention.start)[1]
        if member_named_next(text, group_head(mention.text), sentence_end):
            mention.rule = None


_SPEAKER_RULES = {"anonymous": "A101", "vague": "A201", "outlet": "A301"}
"""The flag a quote's speaker of each kind raises."""
_SPEAKER_FLAGS = frozenset(["A101", "A201"])
_INDIVIDUAL_FLAGS = frozenset(["A101", "A102"])
"""Round 24 (AUDIT24): the flags of one unnamed person (with or without a reason given)."""


_NAMED_PARTNER = re.compile(
    r"(?<![.!?]\s)\b(?!(?:" + CALENDAR_NAMES + r")\b)"
    r"[A-Z][\w'’.-]+\s+(?:and|or)\s+$"
)
"""'Joseph and other community members': the group has a named member (not after a full stop)."""


def _ends_in_joiner(text: str, position: int) -> bool:
    """Whether "and" or "or" and whitespace end the text before ``position``: what
    ``_NAMED_PARTNER`` needs at its end (tested first: that search tries every position of its
    window)."""
    return text[position - 1 : position].isspace() and text[
        position - 40 if position > 40 else 0 : position  # the search's window
    ].rstrip().endswith(("and", "or"))


_DECLINED = re.compile(
    r"\s+(?:(?:(?:would|did|could|will|do|does)\s+not|declined\s+to|refused\s+to)\s+"
    r"(?:say|comment|confirm|discuss|elaborate|respond|return)\b|could\s+not\s+be\s+reached\b"
    r"|(?:(?:have|has|had)\s+)?(?:so\s+far\s+|largely\s+|mostly\s+)?(?:kept|keep|keeps)\s+"
    r"(?:their|his|her|its)\s+(?:views|opinions|counsel|thoughts)\s+to\s+(?:themselves|himself|"
    r"herself|itself)\b"
    r"|(?:said|says)\s+(?:that\s+)?(?:it|the\s+(?:club|company|firm|department|"
    r"ministry|agency|government|council|party|campaign|team|group|office|police|force|board))"
    r"\s+(?:(?:would|did|does|do|could|will)\s+not|declined\s+to)\s+(?:comment|discuss|"
    r"elaborate|speculate)\b)"
)
"""After a source: it said nothing ("declined to comment", "could not be reached", "who have so
far kept their views to themselves"; round 26: "said the club would not comment on speculation",
a refusal by the speaker's own body, never "said the village could not be reached by road";
not "said they would not comment": our labels count those speakers as sources, 2 dev spans)."""


_REPEAT_WINDOW = 2500
"""How far back (characters) "the official" may refer to "a senior official"."""
_GENERIC_HEADS = frozenset(["official", "source", "person", "individual"])
"""Round 26: heads general enough to take up the latest unnamed individual whatever its own
head ("the official" after "One senior civil servant"), within ``_GENERIC_REPEAT_WINDOW``."""
_GENERIC_REPEAT_WINDOW = 400
_OFFICIALS = frozenset(
    ["official", "servant", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
     "spokesperson", "diplomat", "minister", "officer", "staffer", "executive", "administrator"]
)
"""Round 26: unnamed individuals a later "the official" may be (not "A witness", "A neighbour")."""




_CREDIT_LINE = re.compile(
    r"(?m)^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'., \t-]{1,60}?"
    r"(?:,[ \t][A-Z][\w.]*+(?:[ \t][A-Z][\w.]*+)?){0,2}?[ \t]*+"
    r"\(([A-Z][A-Za-z .&-]{0,24}?)\)[ \t]*+(?:\u2014|\u2013|--|-)"
)
"""A wire dateline with its credit ("FRANKFURT (Reuters) \u2014", "KHARVIN, Valdoria (AP) --"):
group 1 is the outlet that publishes the story."""
_CREDIT_SEARCH = 600
"""How far into the text (characters) the credit line is looked for: the story's first lines."""
_CREDIT_ALIASES = {"ap": "associated press", "afp": "agence france-presse"}


def _own_outlet(document: Document, mentions: list[Mention]) -> None:
    """Round 21: the outlet of the story's own credit line is no second-hand source: in a story
    datelined "FRANKFURT (Reuters)", "two sources told Reuters" is the reporter's own reporting,
    and "The Associated Press found no sign of ..." in an "(AP)" story is the reporter's own
    finding; the outlet stays in the inventory, without the A301 flag."""
    text = document.text
    if "(" not in text[:_CREDIT_SEARCH] or not any(m.rule == "A301" for m in mentions):
        return
    line = _CREDIT_LINE.search(text, 0, _CREDIT_SEARCH)
    if line is None:
        return
    own = line.group(1).lower()
    own = _CREDIT_ALIASES.get(own, own)
    for mention in mentions:
        if mention.rule == "A301":
            name = mention.name.lower().removeprefix("the ")
            if _CREDIT_ALIASES.get(name, name) == own:
                mention.rule = None


def _headline_takes_the_body_reason(document: Document, mentions: list[Mention]) -> None:
    """Round 23 (DEFECT23): an unnamed source in the headline ("..., people familiar say")
    takes the reason the body gives for the unnamed source of the same head noun ("three
    people familiar with the matter, who asked not to be named because the talks are private"):
    the headline sums up the story, whose sources are explained (A102, not A101). The
    headline is a first paragraph of one line that ends in no full stop."""
    paragraphs = document.paragraphs
    if len(paragraphs) < 2:
        return
    text, first = document.text, paragraphs[0]
    line = text[first.start : first.end].rstrip()
    if "\n" in line or line.endswith((".", ":")):
        return
    body_start = paragraphs[1].start
    unexplained = [m for m in mentions if m.rule == "A101" and m.end <= first.end]
    if not unexplained:
        return
    explained: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.rule == "A102" and mention.reason is not None and (
            mention.start >= body_start
        ) and (words := WORD.findall(mention.text.lower())):
            explained.setdefault(words[head_index(words)], mention)
    for mention in unexplained:
        words = WORD.findall(mention.text.lower())
        if words and (body := explained.get(words[head_index(words)])) is not None:
            mention.reason, mention.rule = body.reason, "A102"


def _link_repeats(mentions: list[Mention]) -> None:
    """ "The official" after "a senior administration official" is the same unnamed source, and
    "the study found" after "according to a study published Wednesday" the same document
    (round 19: the inventory had listed "a study" and "the study" as two sources, though the
    quote stage gives both quotes to "a study").

    The repeat joins the earlier mention's source in the inventory and is not flagged again: one
    flag per unnamed source, its later references and quotes listed with it. A reason for the
    anonymity given at the repeat explains the introduction too (A102, not A101), and one given
    at the introduction explains the repeat (round 25).
    """
    last_by_head: dict[tuple[str, str], Mention] = {}
    last_person: Mention | None = None  # the latest unnamed individual (round 26)
    last_person_head = ""  # its head noun ("servant" of "One senior civil servant")
    last_anonymous: Mention | None = None  # the latest unnamed individual or group
    group: Mention | None = None  # the latest unnamed plural ("Two former employees")
    group_singular = ""  # its head's singular ("employee", not the last word of "... of the
    # clinic")
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.kind != "anonymous" and mention.kind != "document":
            continue
        words = WORD.findall(mention.text.lower())
        if not words:
            continue
        head = (mention.kind, words[head_index(words)])
        earlier = last_by_head.get(head)
        if earlier is None and head[1] in _GENERIC_HEADS and last_person is not None and (
            last_person is last_anonymous
            and mention.start - last_person.end <= _GENERIC_REPEAT_WINDOW
            and (head[1] != "official" or last_person_head in _OFFICIALS)
        ):  # round 26: "'...,' the official said" right after "One senior civil servant, who
            earlier = last_person  # asked not to be named because ..., said" (not after "A
            # witness", nor past a closer group: "Two police officials said ...")
        if (
            earlier is not None
            and words[0] in ANAPHORS
            and mention.start - earlier.end <= _REPEAT_WINDOW
        ):
            mention.name = earlier.name  # the same source: listed with it, flagged per claim
            # "A person who has seen the audit said ... The person spoke on condition of
            # anonymity because ...": the story does say why, one sentence later; round 25:
            # "the former employee said" after "One of them, who spoke on condition ... because"
            _share_reason(mention, earlier)
            continue
        last_by_head[head] = mention
        if mention.kind != "anonymous":
            continue
        last_anonymous = mention
        singular = _singular_head(head[1])
        if singular is None:  # (an individual: "One senior civil servant", "an aide")
            last_person, last_person_head = mention, head[1]
        if group is not None and (
            words == ["one"] or words[1:2] == ["of"]
            or words[0] in ("one", "another") and (singular or head[1]) == group_singular
        ) and mention.start - group.end <= _REPEAT_WINDOW:
            # round 26: "Three officials, who spoke on condition of anonymity because ...,
            # said ... One said": the group's reason is its members'; not the other way (a
            # reason one member gives is that member's: "Two people familiar with the
            # matter said ... One of the people, who requested anonymity ..." keeps A101)
            _give_reason(group, mention)
        if singular is None and one_of_a_group(words) and group is not None and (
            mention.start - group.end <= _REPEAT_WINDOW
        ):  # round 25: "One of them" after "Two former employees" is "the former employee"
            singular = group_singular
        elif singular is not None and not one_of_a_group(words):
            group, group_singular = mention, singular  # (a group: its one member is "One of
            continue  # them", not the group)
        if singular is not None:
            last_by_head[("anonymous", singular)] = mention  # "one of the aides": "the aide"


def _give_reason(giver: Mention, taker: Mention) -> None:
    """The reason for anonymity ``giver`` has explains ``taker`` when it gives none (A101 ->
    A102)."""
    if giver.reason is not None and taker.reason is None and taker.rule == "A101":
        taker.reason, taker.rule = giver.reason, "A102"


def _share_reason(one: Mention, other: Mention) -> None:
    """The reason for anonymity one of two mentions of the same unnamed source gives explains
    the other, when that one gives none."""
    _give_reason(one, other)
    _give_reason(other, one)


def _singular_head(word: str) -> str | None:
    """The singular of a plural noun ("employees" -> "employee", "people" -> "person",
    "policemen" -> "policeman", "deputies" -> "deputy"), or None when ``word`` is no plural."""
    if word == "people":
        return "person"
    if word.endswith("men"):
        return word[:-3] + "man"
    if not word.endswith("s") or word.endswith("ss"):
        return None
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]  # (a wrong singular, "new"
    # of "news", only waits for a "the new" that never comes)


_NAMED_WITH_AGE = re.compile(
    r"[ \t]*((?:[A-Z][\w'\u2019.-]+[ \t]+){1,3}[A-Z][\w'\u2019-]+),[ \t]+\d{2},[ \t]"
)
"""A paragraph opening with a full name and an age ("Graham Ashworth, 58, denies ...")."""
_LEAD_ROLE = re.compile(r"An?[ \t]+(?:former[ \t]+)?[a-z]")
"""A lede's described person ("A former finance director of Keston City Council")."""


def _teaser_named_in_next_quote(document: Document, mentions: list[Mention]) -> None:
    """Round 21: a paragraph of one sentence that opens with "(At least) one <noun>" and credits
    it with no quotation ("At least one Democrat wasn't quite as on board with comparing Trump
    to Romney.") introduces the speaker of the next paragraph's quotation; when that speaker
    is a named person ("..., Sen. Claire McCaskill said"), the mention is that person, no
    unnamed source (A101)."""
    text, paragraphs = document.text, document.paragraphs
    for mention in mentions:
        if mention.rule != "A101" or mention.quotes or not text.startswith("one ", mention.start):
            continue
        i = document.paragraph_index_at(mention.start)
        if i is None or i + 1 >= len(paragraphs):
            continue
        paragraph = paragraphs[i]
        if text[paragraph.start : mention.start].strip().lower() not in ("", "at least"):
            continue  # the mention opens its paragraph ("At least one ..." or "One ...")
        body = text[paragraph.start : paragraph.end].rstrip()
        if body.count(". ") or not body.endswith("."):
            continue  # one sentence only
        quote = _first_attributed_quote(document, paragraphs[i + 1])
        speaker = quote.speaker if quote is not None else None
        if speaker is None or speaker.kind != "person" or not speaker.name[:1].isupper():
            continue
        mention.rule, mention.kind, mention.name = None, "person", speaker.name


def _named_in_the_next_paragraph(document: Document, mentions: list[Mention]) -> None:
    """A delayed identification: the story's first paragraphs describe a person ("A former
    finance director of Keston City Council told a jury ...") and the next paragraph names
    them with their age ("Graham Ashworth, 58, denies ..."): no unnamed source (A101)."""
    text, paragraphs = document.text, document.paragraphs
    if len(paragraphs) < 3:
        return
    lede_end = paragraphs[2].start  # the headline (or first paragraph) and the one after it
    for mention in mentions:
        if mention.rule != "A101" or mention.start >= lede_end or not _LEAD_ROLE.match(
            text, mention.start, mention.end
        ):
            continue
        i = document.paragraph_index_at(mention.start)
        if i is None or i + 1 >= len(paragraphs):
            continue
        named = _NAMED_WITH_AGE.match(text, paragraphs[i + 1].start)
        name = named.group(1) if named is not None else _first_quoted_name(
            document, paragraphs[i + 1]
        )
        if name is None or not _may_be_named(document, mention, name):
            continue
        described = mention.name
        for same in mentions:  # the mention and its later references ("The lawmaker said"),
            if same is mention or (same.kind == "anonymous" and same.name == described):
                same.rule, same.kind, same.name = None, "person", name  # linked before
                for quote in document.quotes:
                    if quote.id in same.quotes and quote.speaker is not None:
                        quote.speaker.kind, quote.speaker.name = "person", name


def _first_attributed_quote(document: Document, paragraph: Span) -> Quote | None:
    """The first quotation with a speaker that opens in ``paragraph``, or None: the speaker a
    sentence before it may have introduced (the quotes are in text order)."""
    for quote in document.quotes:
        if quote.start >= paragraph.end:
            return None
        if quote.start >= paragraph.start and quote.speaker is not None:
            return quote
    return None


def _first_quoted_name(document: Document, paragraph: Span) -> str | None:
    """The full name of the person whose direct quotation opens ``paragraph`` when the story
    names them there for the first time ('"He looked at me ...," Marisol Ortega told jurors'
    after "A former aide to the mayor testified ..."), or None."""
    quote = _first_attributed_quote(document, paragraph)
    if quote is None or quote.kind != "direct":
        return None
    speaker = quote.speaker
    if not (paragraph.start <= speaker.start < paragraph.end) or speaker.kind != "person" or (
        speaker.name is None or " " not in speaker.name or speaker.text != speaker.name
    ):
        return None
    return speaker.name if document.text.find(speaker.name, 0, paragraph.start) < 0 else None


_DESCRIBED_WINDOW = 600
"""How far (characters) a named speaker may stand before "the Gawker employee wrote" for the
description to be read as referring back to that person (about two sentences)."""
_DESCRIPTION = re.compile(r"[Tt]he[ \t]++(?:[\w'\u2019-]++[ \t]++){0,3}?([a-z]++)")
"""A definite description of one person ("the Gawker employee", "The GOP speechwriter"); the
group is the head noun, lower-case (a capitalised last word is a name)."""
_DETERMINED = re.compile(r"(?i:an?|another|one|the|some|two|three|several)[ \t]")
"""A speaker opening with a determiner is described, not named, whatever kind the quotes stage
gave it ("Another Muslim who worshiped there")."""
_NEVER_DESCRIPTIONS = section_words("anonymous.txt", "source_heads")
"""Heads that name an unnamed source by what it is, never a named person's description."""


def _described_named_speakers(document: Document, mentions: list[Mention]) -> None:
    """Round 14: a definite description of one person right after a named speaker is that
    person, not an unnamed source: "... hard to blame him," the Gawker employee wrote' after
    "Feinberg said ..."; "The GOP speechwriter said" after "Cross said ..." (GUIDELINES.md: an
    anaphoric description of a named person is a role).  Only when the text brought in no
    unnamed person with that noun before ("a senior official ... The official said" stays
    anonymous, and so do "the source" and a description with a reason for anonymity), the
    nearest speaker before it is a named person within about two sentences, and the
    description's sex does not clash with the name ("the woman" after "Daniel Price said")."""
    candidates = [
        m for m in mentions if m.rule == "A101" and m.kind == "anonymous"
        and m.text[:4] in ("the ", "The ", "the\t", "The\t")
    ]
    if not candidates:
        return
    speakers = sorted(
        (q.speaker.end, q.speaker.kind, q.speaker.name)
        if not _DETERMINED.match(document.text, q.speaker.start, q.speaker.end)
        else (q.speaker.end, "described", "")  # "Another Muslim": no name, whatever its kind
        for q in document.quotes
        if q.speaker is not None
    )
    ends = [end for end, _, _ in speakers]
    unnamed = sorted(
        (m.start, m.text.lower()) for m in mentions if m.kind == "anonymous"
    )  # every unnamed individual, flagged or not, for the two tests below
    starts = [start for start, _ in unnamed]
    text = document.text
    for mention in candidates:
        described = _DESCRIPTION.fullmatch(text, mention.start, mention.end)
        if described is None or described.group(1) in _NEVER_DESCRIPTIONS:
            continue
        head = described.group(1)
        if head in ("who", "whom", "that", "which") or (
            head.endswith("s") and not head.endswith("ss")
        ):
            continue  # a group ("the officials", "the local officials who"), not one person
        i = bisect_right(ends, mention.start) - 1
        if i < 0:
            continue
        end, kind, name = speakers[i]
        if kind != "person" or mention.start - end > _DESCRIBED_WINDOW or not name:
            continue
        if document.sentence_index_at(end - 1) == document.sentence_index_at(mention.start):
            continue  # round 25: "Cruz said as the heckler yelled": two people in one sentence
        first = bisect_left(starts, mention.start - _REPEAT_WINDOW)
        last = bisect_left(starts, mention.start)
        if any(
            start >= end or re.search(r"\b" + re.escape(head) + r"\b", words)
            for start, words in unnamed[first:last]
        ):
            continue  # an unnamed person since the named speaker ("Another Muslim who did not
            # want to be named said ... the man said"), or this noun's unnamed holder before
            # ("The Platte River employee told FBI agents ... The employee first said")
        window = text[max(0, mention.start - _REPEAT_WINDOW) : mention.start]
        if re.search(
            r"\b(?:an?|one|another|second|third)[ \t]++(?:[\w'\u2019-]++[ \t]++){0,3}?"
            + re.escape(head) + r"\b",
            window,
            re.IGNORECASE,
        ):
            continue  # "A U.S. law enforcement official ... The official said": the unnamed one
        if head in for_a_principal() and not any(  # (round-14 review: "the spokesman" after
            # "Senator Mike Lee said" is his spokesman; only a description that names another
            # principal, "the Sanders aide" after "Weaver said", or a former one may be him)
            (word[:1].isupper() and word not in name.split()) or word == "former"
            for word in text[described.start() + 4 : described.start(1)].split()
        ):
            continue  # "Senator Mike Lee said ... the spokesman said": Lee's spokesman (a
            # "former aide" speaks for no one but herself)
        if not _may_be_named(document, mention, name):
            continue
        mention.rule, mention.kind, mention.name = None, "person", name
        for quote in document.quotes:
            if quote.id in mention.quotes and quote.speaker is not None:
                quote.speaker.kind, quote.speaker.name = "person", name


_INDEFINITE_PERSON = re.compile(
    r"\b(?:an?|another)[ \t]++(?:[a-z-]++[ \t]++){0,2}?([a-z]++)\b(?!['\u2019])"
)
_GENDER_PRONOUN = re.compile(r"\b(he|she)\b")


def _may_be_named(document: Document, mention: Mention, name: str) -> bool:
    """Whether the lede's described person may be the ``name`` of the next paragraph: no
    other unnamed person in the lede's sentence whom the name could be ("A woman told a jury
    she saw a man stab her neighbour. / Daniel Price, 29, denies murder": the man, the
    defendant; a possessive is no such person: "a friend's company"), and no clash of sex
    between the description or its pronoun and the given name
    ("A woman ... she" and "Daniel")."""
    from newscheck.stages.speakers import (
        _FEMALE_NOUNS,
        _MALE_NOUNS,
        _given_name_clash,
        role_heads,
    )

    text = document.text
    sentence_end = sentence_bounds(document, mention.start)[1]
    human, roles = human_nouns(), role_heads()
    for other in _INDEFINITE_PERSON.finditer(text, mention.end, sentence_end):
        noun = other.group(1)
        if noun in _MALE_NOUNS or noun in _FEMALE_NOUNS or roles.get(noun) == "person" or (
            human.singular(noun)
        ):
            return False
    words = set(mention.text.lower().split())
    if not words.isdisjoint(_MALE_NOUNS) or "male" in words:
        pronoun = "he"
    elif not words.isdisjoint(_FEMALE_NOUNS) or "female" in words:
        pronoun = "she"
    else:
        found = _GENDER_PRONOUN.search(text, mention.end, sentence_end)
        pronoun = found.group(1) if found is not None else ""
    return not _given_name_clash(name, pronoun)


_PEOPLE = frozenset(["people", "persons"])


def _people_referring_back(
    document: Document, mentions: list[Mention], patterns: SourcingPatterns, lower: str
) -> None:
    """ "The people said" (and a "they" resolved to it) after "people familiar with the matter"
    is that unnamed source again, not an unspecified group: it joins the earlier source and is
    flagged as it is (A101, or A102 with the reason given where the people were introduced).
    Round 22: the reason may come with the reference instead ("..., the people said, asking not
    to be identified because the talks are private"): then it explains the whole source, the
    introduction in the lede included; "the people familiar said" is a reference too.

    Only within _REPEAT_WINDOW of an unnamed source that has "people" in it, so "the people"
    meaning the public ("the people have spoken") stays what it was.
    """
    earlier: Mention | None = None
    reason: TextSpan | None = None  # the latest reason given for the group or one of them
    group: list[Mention] = []  # the introduction and the references joined to it
    joined: dict[str, Mention] = {}  # "the people" (lower) -> the unnamed source it joined
    by_id: dict[str, list[Quote]] | None = None  # quote id -> its quotes, made on first need
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.kind == "anonymous":
            words = WORD.findall(mention.text.lower())
            if _PEOPLE.intersection(words):
                if earlier is not None and _definite_people(words) and (
                    mention.start - earlier.end <= _REPEAT_WINDOW
                ):  # "the people familiar said": the group again
                    mention.name = earlier.name
                    reason = _join_reason(document, mention, reason, group, patterns, lower)
                    group.append(mention)
                elif earlier is None or not one_of_a_group(words):
                    earlier, reason = mention, None  # the group, not "one of the people"
                    group = [mention]
                reason = mention.reason or reason
            continue
        if mention.kind != "vague" or mention.rule != "A201" or earlier is None:
            continue  # (the tests before the words: most mentions are neither)
        if mention.start - earlier.end > _REPEAT_WINDOW:
            continue
        words = WORD.findall(mention.text.lower())
        refers = len(words) == 2 and words[0] in PLURAL_DEFINITE and words[1] in _PEOPLE
        if not refers and words == ["they"]:
            refers = mention.name.lower() in joined
        if not refers:
            continue
        source = earlier
        joined[mention.text.lower()] = source
        mention.kind, mention.name, mention.rule = "anonymous", source.name, "A101"
        reason = _join_reason(document, mention, reason, group, patterns, lower)
        group.append(mention)
        if by_id is None:  # (once: a scan of every quote per mention grew with the text)
            by_id = {}
            for quote in document.quotes:
                by_id.setdefault(quote.id, []).append(quote)
        for quote_id in mention.quotes:
            for quote in by_id.get(quote_id, ()):
                if quote.speaker is not None:
                    quote.speaker.kind = "anonymous"


def _definite_people(words: list[str]) -> bool:
    """ "the people", "those people familiar": a definite reference to an unnamed group."""
    return len(words) >= 2 and words[0] in PLURAL_DEFINITE and words[1] in _PEOPLE


def _join_reason(
    document: Document,
    mention: Mention,
    reason: TextSpan | None,
    group: list[Mention],
    patterns: SourcingPatterns,
    lower: str,
) -> TextSpan | None:
    """Give a reference to an unnamed group the group's reason for anonymity (A102); when none
    was given yet and the reference's own sentence gives one, it explains the group's earlier
    flags too. Returns the group's reason from now on."""
    if reason is None and mention.rule is not None:
        reason = anonymity_reason(document, mention, patterns, lower)
        if reason is not None:
            for earlier in group:
                if earlier.rule == "A101":
                    earlier.reason, earlier.rule = reason, "A102"
    if reason is not None and mention.rule is not None:
        mention.reason, mention.rule = reason, "A102"
    return reason


def _build_sources(mentions: list[Mention]) -> tuple[list[Source], dict[int, str]]:
    """Group mentions into sources ("s1".. in order of first mention); mention index -> id."""
    order = sorted(range(len(mentions)), key=[mention.start for mention in mentions].__getitem__)
    keys = [(mention.kind, _normalise(mention.name)) for mention in mentions]
    first_of: dict[tuple[str, str], int] = {}  # each key's first mention in the text
    for i in order:
        first_of.setdefault(keys[i], i)
    merged = _person_name_endings(first_of)
    merged.update(_outlet_name_endings(first_of, mentions))
    sources: list[Source] = []
    ids: dict[int, str] = {}
    seen: dict[tuple[str, str], tuple[Source, set[str]]] = {}  # with the quote ids it lists
    for i in order:
        own_key = keys[i]
        key = merged.get(own_key, own_key)
        mention = mentions[i]
        if key in seen:
            source, known_quotes = seen[key]
        else:
            source = Source(  # (id, name, kind, identifiable) positional: cheaper to call
                f"s{len(sources) + 1}",
                mention.name if key == own_key else mentions[first_of[key]].name,
                mention.kind,
                mention.kind in IDENTIFIABLE_KINDS,
            )
            known_quotes = set()
            seen[key] = source, known_quotes
            sources.append(source)
        source.mentions.append(TextSpan(mention.start, mention.end, mention.text))
        for quote_id in mention.quotes:
            if quote_id not in known_quotes:
                known_quotes.add(quote_id)
                source.quotes.append(quote_id)
        if mention.reason is not None and source.anonymity_reason is None:
            source.anonymity_reason = mention.reason
        ids[i] = source.id
    return sources, ids


def _names_ended_by(
    keys: Iterable[tuple[str, str]], kind: str
) -> tuple[list[tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    """The ``kind`` keys that have a name, and for each proper ending of one of those names (its
    last word or words) the keys whose names end so ("trump" -> [("person", "donald trump")])."""
    named = [key for key in keys if key[0] == kind and key[1]]
    ending_with: dict[str, list[tuple[str, str]]] = {}
    for key in named:
        words = key[1].split()
        for i in range(1, len(words)):
            ending_with.setdefault(" ".join(words[i:]), []).append(key)
    return named, ending_with


def _person_name_endings(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """"Trump" joins "Donald Trump": a person name that ends exactly one longer person name."""
    person_keys, ending_with = _names_ended_by(keys, "person")
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for key in person_keys:
        longer = ending_with.get(key[1], [])
        if len(longer) == 1:
            merged[key] = longer[0]
    return merged


def _outlet_name_endings(
    first_of: dict[tuple[str, str], int], mentions: list[Mention]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Round 24 (DEFECT24): "The Times" joins "The New York Times" and "the Herald" joins "The
    Sydney Morning Herald": an outlet named by the last word(s) of exactly one longer outlet
    name the story gave before it."""
    outlet_keys, ending_with = _names_ended_by(first_of, "outlet")
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for key in outlet_keys:
        longer = ending_with.get(key[1], [])
        if len(longer) == 1 and (
            mentions[first_of[longer[0]]].start < mentions[first_of[key]].start
        ):
            merged[key] = longer[0]
    papers = sorted(
        (mentions[first_of[key]].start, key) for key in outlet_keys
        if key[1].rsplit(" ", 1)[-1] in _PAPER_NAME_WORDS
        and any(word[:1].isupper() for word in mentions[first_of[key]].name.split())
    )
    for key in outlet_keys:
        if key[1] in _PAPER_ROLES and papers:
            # round 28: "the newspaper", "the daily" after "the Wexbridge Echo" is that paper
            # (the latest named before it), one source in the inventory.  Only a paper's
            # masthead ("Echo", "Times", "Post"): "the network" or "the website" may be another
            # outlet than the one named, and "the newspaper" is no news agency
            start = mentions[first_of[key]].start
            before = [paper for paper_start, paper in papers if paper_start < start]
            if before:
                merged[key] = before[-1]
    return merged


_PAPER_ROLES = frozenset(["newspaper", "daily", "tabloid"])
"""(Review 28: not "paper": "The Washington Post first reported the study. The paper, published
in the journal Nature, says" is the study.)"""
_PAPER_NAME_WORDS = (
    section_words("speaker_words.txt", "outlet.name_word") - {"news", "magazine", "newspaper"}
) | {"echo", "star", "sun", "mail", "globe", "independent", "guardian", "citizen", "argus"}
"""The last words of a newspaper's masthead ("The Sydney Morning Herald", "The Wexbridge
Echo")."""


def _severity(code: str, config: Config | None) -> str:
    severity = get_rule(code).severity
    best = -1
    for selector, level in config.severity if config else ():
        if code.startswith(selector) and len(selector) > best:
            severity, best = level, len(selector)
    return severity


_MESSAGES = {
    "A101": "'{text}' is an unnamed source and the story does not say why it is unnamed.",
    "A102": "'{text}' is an unnamed source; the story explains why ('{reason}').",
    "A201": "'{text}' credits the claim to an unspecified group: say who, or quote one of them.",
    "A202": "'{text}' lends the claim authority or controversy without saying whose.",
    "A203": "The reporter states what an unspecified group ('{text}') thinks or wants without a "
    "source: say who, quote one, or cite a poll.",
    "A301": "'{text}' is another news organisation: the claim is second-hand.",
    "A401": "'{excerpt}' is a direct quotation with no speaker: say who said it.",
    "A402": "'{text}' is an accusation in the reporter's voice with no attribution in its "
    "sentence or paragraph.",
}


def _after_markup(document: Document, mention: Mention) -> None:
    """Start ``mention`` after the last markup character inside it (blanked in the analysis
    text: "the *Valley Courier" -> "Valley Courier"), so the words it shows are prose."""
    text, prose = document.text, document.analysis_text
    start, end = mention.start, mention.end
    if text[start:end] == prose[start:end]:
        return  # the usual case: no markup inside
    last = max(i for i in range(start, end) if text[i] != prose[i])
    first = last + 1
    while first < end and prose[first].isspace():
        first += 1
    if first < end:
        if mention.name == mention.text:
            mention.name = text[first:end]
        mention.start, mention.text = first, text[first:end]


def _finding(
    document: Document,
    code: str,
    start: int,
    end: int,
    quote: str | None,
    reason: TextSpan | None = None,
) -> Finding:
    rule = get_rule(code)
    text = document.text[start:end]
    quoted = document.in_quote(start, end)
    if quote is None and quoted:
        inside = _quote_at(document, start, end)
        quote = inside.id if inside else None
    flat = " ".join(text.split())
    message = _MESSAGES[code].format(
        text=flat, reason=" ".join(reason.text.split()) if reason else "",
        excerpt=flat if len(flat) <= 60 else flat[:57].rstrip() + "…",
    )
    return Finding(
        id="",
        rule=code,
        category=rule.category,
        severity=_severity(code, document.config),
        start=start,
        end=end,
        text=text,
        voice="quoted" if quoted else "author",
        sentence=document.sentence_index_at(start),
        message=message,
        subtype=None,
        quote=quote,
    )


def _quoted_words(quote: Quote) -> int:
    return len(quote.text.split())


def _summary(document: Document, sources: list[Source], findings: list[Finding]) -> dict:
    quote_source: dict[str, Source] = {}
    for source in sources:
        for quote_id in source.quotes:
            quote_source.setdefault(quote_id, source)
    quotes = document.quotes
    unnamed_quotes = [
        q for q in quotes if q.id in quote_source and not quote_source[q.id].identifiable
    ]
    unnamed_words = sum(map(_quoted_words, unnamed_quotes))
    if unnamed_words:
        unnamed_word_share = share(unnamed_words, sum(map(_quoted_words, quotes)))
    else:  # 0 of the quoted words, or None when no quote has any: no need to count them
        unnamed_word_share = 0.0 if any(q.text.strip() for q in quotes) else None
    counts: dict[str, int] = {}
    for source in sources:
        if source.quotes:
            counts[source.id] = len(source.quotes)
    # the source with the most quotes, the first in order on a tie (ids count up in list order)
    most = max(counts.values(), default=0)
    top_id = next((key for key, count in counts.items() if count == most), None)
    attributions = sum(len(s.mentions) for s in sources)
    outlet_attributions = sum(len(s.mentions) for s in sources if s.kind == "outlet")
    kinds: dict[str, int] = {}
    for source in sources:
        kinds[source.kind] = kinds.get(source.kind, 0) + 1
    return {
        "sources": len(sources),
        "identifiable_sources": sum(1 for s in sources if s.identifiable),
        "sources_by_kind": kinds,
        "quotes": len(quotes),
        "attributed_quotes": len(quote_source),
        "anonymous_or_vague_quote_share": share(len(unnamed_quotes), len(quotes)),
        "anonymous_or_vague_quoted_word_share": unnamed_word_share,
        "top_source": top_id,
        "top_source_quote_share": share(counts[top_id], len(quotes)) if top_id else None,
        "attributions": attributions,
        "outlet_attribution_share": share(outlet_attributions, attributions),
        "flags": dict(sorted(Counter(finding.rule for finding in findings).items())),
    }


def share(part: float, whole: float) -> float | None:
    """``part / whole`` rounded to three places; None when ``whole`` is 0."""
    return round(part / whole, 3) if whole else None


def _drop_noun_cues(lower: str, hits: dict[str, list[re.Match[str]]]) -> None:
    """Round 14: drop verb hits that begin a noun listed in attribution_words.txt
    [noun_after_cue] ("the health think tank": nobody thinks); a text without such a noun
    (nearly all) costs one substring search per cue word."""
    for word, noun in NOUN_AFTER_CUE:
        if word.islower() and f"{word} {noun}" in lower:
            for tag, matches in hits.items():
                hits[tag] = [
                    m for m in matches
                    if not (m.group() == word and noun_follows(lower, word, m.end() + 1))
                ]


def _drop_unnamed(found: Found, unwanted: Callable[[Mention], bool]) -> None:
    """Drop the unnamed mentions (anonymous or vague) for which ``unwanted`` holds: the one loop
    of the ``_drop_*`` filters below."""
    kept = [m for m in found if m.kind not in ("anonymous", "vague") or not unwanted(m)]
    if len(kept) < len(found):
        found[:] = kept


def _drop_on_the_record(text: str, found: Found) -> None:
    """Round 14: an unnamed group whose people agreed to be named is no anonymous source
    ("Three former managers agreed to be identified"): its flag is dropped."""
    if "agree" not in text:
        return
    _drop_unnamed(found, lambda mention: ON_THE_RECORD.match(text, mention.end) is not None)


_HYPOTHETICAL_AFTER = re.compile(
    r"[ \t]++(?:could|might|should|can)\b(?![ \t]++(?:only|be[ \t]++(?:heard|seen))\b)",
    re.IGNORECASE,
)
"""A modal of possibility or advice right after a group ("state and local leaders could call
on their help", "Voters might blame a Democrat", "Audiences can expect"); not "could only"
("a spokesman could only quip: ..." reports what was said) nor "can be heard/seen" ("a
reporter can be heard asking": a recording)."""


_CAUSING_BEFORE = re.compile(r"\b(?:make|makes|made|making|help|helps|helped|helping)[ \t]++$")
_FEEL_AFTER = re.compile(r"[ \t]++feel\b")


def _caused_feeling(text: str, start: int, end: int) -> bool:
    """ "make|help <group> feel": the group at ``[start, end)`` is the object of a causative."""
    return bool(
        _FEEL_AFTER.match(text, end) and _CAUSING_BEFORE.search(text, max(0, start - 12), start)
    )


def _drop_caused_feelings(text: str, found: Found) -> None:
    """Round 21: a group made or helped to feel something is the object of someone else's act
    ("He could ... make his supporters feel like they've had a tangible influence", "ways of
    helping people who feel the brunt"), not a source of a claim: its flag is dropped.  Only
    "feel": "helped officials realize that ..." credits the officials with a finding."""
    if " feel" not in text:
        return
    _drop_unnamed(found, lambda mention: _caused_feeling(text, mention.start, mention.end))


_REJECTED_AFTER = re.compile(
    r"[ \t]++(?:[A-Za-z][a-z]{1,19}ly[ \t]++)?(?:[Rr]ejected|[Rr]ejects|[Rr]eject)[ \t]++"
)


_ONE_VOTER = frozenset(["one", "a", "an", "another"])
_BALLOT_AFTER = re.compile(r"[ \t]++(?:[a-z]++ly[ \t]++)?(?:(?:have|had|has)[ \t]++)?voted\b")
"""Round 27: "voted" right after a group (an adverb may stand between): a ballot."""


def _drop_votes_on_measures(text: str, found: Found) -> None:
    """Round 25: an unnamed group that rejected a law-like measure ("Voters narrowly rejected a
    proposed new constitution", "Dutch voters rejected a treaty") voted: a result, not a view
    the reporter credits to it (``attribution.voted_down``; the quote stage reads no report
    there either)."""
    if "reject" not in text and "Reject" not in text and "voted" not in text:
        return

    def voted(mention: Mention) -> bool:
        if _BALLOT_AFTER.match(text, mention.end) and can_vote(mention.text) and (
            mention.text.split(" ", 1)[0].lower() not in _ONE_VOTER
        ):
            return True  # round 27: "after members voted overwhelmingly to reject the offer",
            # "Shareholders voted against the merger": a ballot's result, no view credited
            # (not "One member voted against the resolution on free speech grounds": one
            # unnamed person's stand, with a reason, an anonymous source as labelled)
        verb = _REJECTED_AFTER.match(text, mention.end)
        return verb is not None and can_vote(mention.text) and voted_down(
            text, verb.end(), min(len(text), verb.end() + 200)
        )  # round 26: "Critics rejected the budget" is their view

    _drop_unnamed(found, voted)


def _drop_sides_of_no_dispute(text: str, found: Found) -> None:
    """Round 25: "sides" is an unnamed group only as the camps of a public dispute ("both sides
    of the abortion debate", "sides of the aisle"); "the two sides remain divided" in a story
    about talks means the parties it names."""
    if "sides" not in text:
        return
    _drop_unnamed(found, lambda mention: (
        mention.text.lower().rstrip(",").endswith("sides") or " sides " in mention.text.lower()
    ) and SIDES_OF_A_DISPUTE.search(text, mention.start, mention.end) is None)


def _drop_hypothetical(text: str, found: Found) -> None:
    """Round 21: an unnamed group followed by "could", "might", "should" or "can" is what may
    or ought to happen, not a source of a claim: its flag is dropped ("Under the program,
    state and local leaders could call on volunteers", "local officials should be
    vigilant"). "would"/"will"/"may" are left (the hedged views "critics would call them
    messianic", "Some may say" credit an unnamed group)."""
    _drop_unnamed(found, lambda mention: _HYPOTHETICAL_AFTER.match(text, mention.end) is not None)


_ONE_PERSONS_PARENTS = re.compile(r"(?:\b[Hh](?:is|er)|[^\W_](?:'s|\u2019s))[ \t]++parents\Z")
_PARENTS_OF_ONE = re.compile(r"[ \t]++of[ \t]++(?:an?[ \t]|[A-Z])")


def _parents_of_one_person(text: str, words: str, start: int) -> bool:
    """Round 23: "his parents", "the boy's parents", "the parents of a 16-year-old boy": the
    two people one named or described person has, identified through that person like "the
    boy's mother" (never flagged) or "Cameron's spokesman" (a unique role), not an unspecified
    group ("Parents say the school is failing", "the students' parents", "their parents")."""
    at = words.find("parents")
    if at < 0:
        return False
    if _ONE_PERSONS_PARENTS.search(words, 0, at + 7):
        return True
    return words[:at].strip().lower() == "the" and bool(
        _PARENTS_OF_ONE.match(text, start + at + 7)
    )


def _parents_are_people(document: Document, mentions: list[Mention]) -> None:
    """Round 23: the parents of one person (``_parents_of_one_person``) are no vague source:
    unflagged, and identifiable (kind person, also as a quote speaker) like a unique role."""
    text = document.text
    if "parents" not in text:
        return
    for mention in mentions:
        if mention.kind == "vague" and _parents_of_one_person(text, mention.text, mention.start):
            mention.kind, mention.rule = "person", None
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.kind == "vague" and (
            _parents_of_one_person(text, speaker.text, speaker.start)
        ):
            speaker.kind = "person"


_BALLOT_RESULT = re.compile(
    r"[ \t]++(?:(?:have|has|had)[ \t]++)?(?:[a-z]++(?<=ly)[ \t]++)?"
    r"(?:back|backs|backed|reject|rejects|rejected|approve|"
    r"approves|approved|endorse|endorses|endorsed|accept|accepts|accepted|vote|votes|voted)"
    r"[ \t]++(?:[\w'\u2019-]++[ \t]++){0,4}?in[ \t]++(?:(?:a|an|the|their|its)[ \t]++)?"
    r"(?:[\w-]++[ \t]++)?(?:ballot|vote|referendum)\b",
    re.IGNORECASE,
)
"""A group's choice counted in a ballot ("Rail workers back strike in ballot", "Nurses reject
pay offer in ballot"): a measured result, like a poll's, not a view credited to a group.
Round 25: an adverb may stand before the verb ("Voters narrowly back independence in island
referendum")."""


def _ballot_results(document: Document, mentions: list[Mention], lower: str) -> None:
    """Round 24: no A201/A203 on a group whose verb of choice is a ballot's result. The
    pre-test reads the lower-case copy (round 25: "Ballot", "VOTE" as the regex does)."""
    text = document.text
    if "ballot" not in lower and "vote" not in lower and "referendum" not in lower:
        return
    for mention in mentions:
        if mention.kind == "vague" and mention.rule in ("A201", "A203") and (
            _BALLOT_RESULT.match(text, mention.end)
        ):
            mention.rule = None


def analyse(document: Document) -> None:
    """Fill ``document.sources``, the sourcing findings and ``summary['sourcing']``."""
    config = document.config
    lexicon_config = config.lexicon if config else None
    lexicon = lexicon_for(lexicon_config)
    patterns = patterns_for(lexicon_config)
    lower = Scan(document.analysis_text, document.lowered_text()).lower
    hits = patterns.scanner.scan(lower)
    _drop_noun_cues(lower, hits)
    verb_hits = hits["credit_verb"]
    if hits["weasel"]:  # round 23: "drew criticism from local beekeepers"
        verb_hits = merged(verb_hits, cues_in_weasels(document.analysis_text, hits["weasel"]))
    plural, singular = shape_hits(document.analysis_text, verb_hits, lexicon, speaker_nouns())
    hits["collective"] = merged(hits["collective"], plural)
    hits["speaker_noun"] = merged(hits["speaker_noun"], singular)
    found = Found(len(document.text))
    find_anonymous(document, hits, lexicon, patterns, found)
    find_vague(document, hits, lexicon, patterns, found)
    find_outlets(document, hits, lexicon, patterns, found)
    find_documents(document, hits, lexicon, patterns, found)
    find_pronoun_sources(document, hits, patterns, found)
    find_possessive_views(document, hits, lexicon, patterns, found)
    find_cited_people(document, found, lexicon, lower)
    find_dissent_within(document, found)
    _groups_asking_anonymity(found, found.markers, document.text)
    _drop_weasels_naming_their_source(document.analysis_text, found)
    _drop_allied_countries(document.analysis_text, found)
    add_unattached_markers(document, found)
    _drop_on_the_record(document.analysis_text, found)
    _drop_hypothetical(document.analysis_text, found)
    _drop_caused_feelings(document.analysis_text, found)
    _drop_votes_on_measures(document.analysis_text, found)
    _drop_sides_of_no_dispute(document.analysis_text, found)
    if document.text is not document.analysis_text:
        for mention in found:  # Markdown: "the *Valley Courier*" -> "Valley Courier"
            _after_markup(document, mention)
    for mention in found:
        if mention.rule in _SPEAKER_FLAGS and _DECLINED.match(document.text, mention.end):
            mention.rule = None  # "A ministry spokesman declined to comment": no claim rests here
        if mention.kind == "anonymous" and mention.rule is not None:
            mention.reason = anonymity_reason(document, mention, patterns, lower)
            if mention.reason is not None:
                mention.rule = "A102"
    _drop_mentions_inside_reasons(found)
    _drop_section_titles(document, found)
    _drop_acts_in_reports(document, found, patterns)
    _drop_described_in_reports(document, found)
    _drop_characters_in_quotations(document, found)
    speaker_mentions = _speaker_mentions(document, found)  # (may drop found mentions)
    _explained_speakers(document, found, speaker_mentions, patterns, lower)
    _drop_mentions_inside_reasons(speaker_mentions)
    mentions = found + speaker_mentions
    _parents_are_people(document, mentions)
    _ballot_results(document, mentions, lower)
    _relatives_introducing_their_groups_quote(document, found)
    _pronouns_of_study_authors(document, mentions)
    _teaser_named_in_next_quote(document, mentions)
    _described_named_speakers(document, mentions)
    _groups_with_a_named_member_next(document, mentions)
    _people_referring_back(document, mentions, patterns, lower)
    _inherit_reasons(document, mentions)
    _nearest_takes_the_reason(document, sorted(mentions, key=lambda m: m.start))
    _headline_takes_the_body_reason(document, mentions)
    _link_repeats(mentions)
    _named_in_the_next_paragraph(document, mentions)
    _own_outlet(document, mentions)
    sourced = [m for m in mentions if m.rule != "A202"]  # weasel phrases name no source
    sources, ids = _build_sources(sourced)
    source_of_quote: dict[str, str] = {}
    for i, mention in enumerate(sourced):
        for quote_id in mention.quotes:
            source_of_quote.setdefault(quote_id, ids[i])
    by_id = {source.id: source for source in sources}
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is not None and quote.id in source_of_quote:
            speaker.source_id = source_of_quote[quote.id]
            source = by_id[speaker.source_id]
            if speaker.kind == "unknown":  # a pronoun only the sourcing stage resolved
                speaker.name, speaker.kind = source.name, source.kind
            elif speaker.kind != source.kind and source.kind != "unknown" and (
                speaker.text.lower() not in PRONOUNS
            ) and any(
                mention.start <= speaker.start and speaker.end <= mention.end
                for mention in source.mentions
            ):  # round 19: the inventory read the same words with more context ("a new
                # Associated Press-GfK poll" is a document, not the outlet; "Mourners" are a
                # group, not a person): one kind for the speaker and its source in the JSON
                speaker.kind = source.kind
    findings: list[Finding] = []
    for mention in mentions:
        if mention.rule is None:
            continue
        quote = mention.quotes[0] if mention.quotes else None
        finding = _finding(
            document, mention.rule, mention.start, mention.end, quote, mention.reason
        )
        if mention.text.lower() in _REFERRING and mention.name.lower() not in _REFERRING and (
            mention.name.lower() != mention.text.lower()
        ):
            finding.message += f" ('{mention.text}' refers to '{mention.name}'.)"
        findings.append(finding)
    repeated = _attributed_words(document)
    for quote in document.quotes:
        if quote.kind == "direct" and quote.speaker is None and not repeated(quote) and (
            quote.text[:1] in _QUOTE_MARKS  # (a transcript turn "Q: ..." has no marks)
        ):
            findings.append(_finding(document, "A401", quote.start, quote.end, quote.id))
    for claim in unattributed_claims(document, hits, patterns):
        findings.append(_finding(document, "A402", claim.start, claim.end, None))
    document.sources = sources
    document.findings.extend(findings)
    document.summary["sourcing"] = _summary(document, sources, findings)


_QUOTED_WORD = re.compile(r"[^\W_]+")
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a")


_HEADLINE_CHECKS = 5
"""Speakerless quotations per document looked for inside longer attributed ones (a search of
all attributed words each: a few, or a text of many quotations would take quadratic time)."""


def _attributed_words(document: Document) -> Callable[[Quote], bool]:
    """A test of whether a quotation's words are also quoted with a speaker elsewhere (a
    headline's "'We are in shock, horrified'" that the story attributes further down): the same
    words for any quotation, or words inside a longer attributed one for the first few."""
    exact: set[str] = set()  # read on the first speakerless quotation (most stories have none)
    whole: list[str] = []
    checks = [_HEADLINE_CHECKS]

    def repeated(quote: Quote) -> bool:
        if not whole:
            attributed = [
                " ".join(_QUOTED_WORD.findall(q.text.lower())) for q in document.quotes
                if q.speaker
            ]
            exact.update(attributed)
            whole.append(f" {' | '.join(attributed)} ")
        words = " ".join(_QUOTED_WORD.findall(quote.text.lower()))
        if not words or words in exact:
            return bool(words)
        if checks[0] <= 0:
            return False
        checks[0] -= 1
        return f" {words} " in whole[0]

    return repeated


def run(document: Document) -> None:
    try:
        analyse(document)
    finally:
        forget_sentence_index()
