"""Stage 'quotes': direct, partial and indirect quotations, each with its cue and speaker.

The work is split by job: ``quote_marks`` pairs quotation marks, ``attribution`` finds cues and the
speaker phrase around each, ``speakers`` resolves mentions to sources; this module decides which
frame credits which quotation, finds indirect speech, and fills ``document.quotes``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import attrgetter

from newscheck.document import Document, Span
from newscheck.lexicon_files import section_words
from newscheck.report import Quote, Speaker, TextSpan
from newscheck.stages.attribution import (
    _OPEN_MARKS,
    ACCORDING_AFTER_COMMA,
    ADD_FORMS,
    CLAIM_NOUNS,
    COGNITIONS,
    DOCUMENT_PARTICIPLES,
    MODALS,
    PRONOUNS,
    QUESTION_FORMS,
    QUESTIONED_PEOPLE,
    SEEN_PARTICIPLES,
    Cue,
    Frame,
    act_forms,
    attribution_words,
    can_vote,
    find_cues_between,
    frame_for,
    role_heads,
    speaker_after,
    titles,
    verb_section,
    voted_down,
    word_end,
)
from newscheck.stages.mentions import NAME_ARTICLE, NAMES_WITHHELD, classify_mention
from newscheck.stages.quote_lexicons import alternation
from newscheck.stages.quote_marks import (
    Quotation,
    example_of_words,
    find_quotations,
    is_direct,
    is_name_or_title,
    is_nickname,
    last_visible,
    title_announced,
)
from newscheck.stages.source_shapes import capitalised_elsewhere, human_nouns
from newscheck.stages.speakers import (
    SpeakerResolver,
    given_name,
    names_a_body,
    names_a_kind_of_body,
    people_noun,
    plausible_speaker,
    reporter_is_no_he_or_she,
)
from newscheck.stages.voice import EVIDENCE_FORMS

_LINE = re.compile(r"[^\r\n]+")
_SPEAKER_ONLY = "speaker only"
"""The kind of a found item that only names a speaker for later pronouns (no quote)."""
_KIND_ORDER = {"direct": 0, "partial": 1, "indirect": 2, _SPEAKER_ONLY: 3}


def _by_position(item: _Found) -> tuple[int, int, int]:
    """Sort key: position, then the quotation before the reported clause with the same span."""
    return item.start, item.end, _KIND_ORDER[item.kind]
_DASHES = ("\u2014", "\u2013", "\u2015")
"""Dashes that open a credit line after a quotation ("— Commissioner Ruth Alvarez"; round 22:
the horizontal bar, "\u2015 Sonya Herridge")."""
_LATER_NAME_WORD = r"(?:[A-Z]\.|(?:" + NAME_ARTICLE + r")?[A-Z][\w'\u2019-]+)"
"""A name's word after its first: an initial, a capitalised word, or an Arabic name's article
before its capital ("Majed al-Sayed", round 16)."""
_NAME_IN_APPOSITION = re.compile(
    r",[ \t]+((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Cllr|Det|Insp|Supt)\.?"
    r"[ \t]+){0,2}[A-Z][\w'\u2019-]+(?:[ \t]+" + _LATER_NAME_WORD
    + r"){1,3})(?=[ \t]*(?:[,.;:]|\n|$))"
)
"""", Nadia Ferreira," after a role: the name is the speaker ("A spokesperson, Nadia Ferreira,").
Round 27 (DEFECT27): up to two titles, a police rank's two ("Det. Insp. Karen Holt")."""
_NAME_BEFORE_ROLE = re.compile(
    r"(?<![\w'\u2019-])((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Cllr)\.?"
    r"[ \t]+)?"
    r"[A-Z][\w'\u2019-]+(?:[ \t]+" + _LATER_NAME_WORD + r"){1,3}),[ \t]+\Z"
)
"""A full name set off right before an unnamed role: "Farah Qureshi, (a software tester who
posted ...)"."""
_DASH = re.compile(r"\s*+(?:,\s*+)?(?:\u2014|\u2013|\u2015|--)\s*")
_LEAD_IN_END = re.compile(r"(?:[,:]|\bthat|\u2014|\u2013|\u2015|--)\s*$")
"""A lead-in's end before its quotation: the same dashes as _DASH (round 23: the horizontal bar)."""
_WORDS = re.compile(r"[^\W_][\w'\u2019.-]*")
# Found where ``_WORDS.findall`` finds three words or more: a word, then anything that cannot
# start one (the classes are complements, so nothing is given back), three times.
_ASKED_ABOUT = re.compile(
    r"[ \t]+(?:(?:him|her|them|me|us|it)[ \t]+)?about\b"
)
"""After "asked": a topic ("asked her about the budget"), no question or request reported."""
_MANNER_ONLY_WITH_QUOTES = section_words("attribution_words.txt", "manner_only_with_quotes")
"""Manners of speaking that credit a quotation before them, never a bare clause."""
_RIGHT_AFTER_A_QUOTATION = re.compile(
    "(?:[\"\u201d]|[,.!?][\u2019'])[ \t]++(?:[\\w\u2019'.-]++[ \t]++){0,3}\\Z"
)
"""Round 28 (AUDIT28B): a closing quotation mark, then at most three words, before the cue (review
28: a single mark closes only after punctuation, not "The Smiths' neighbours reacted")."""
_QUOTATION_ONLY = frozenset(["reacted", "Reacted"])
"""Round 28 (AUDIT28B): cues that credit only a quotation, never a clause before or after."""
_SUBJECT_AND_VERB = re.compile(
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[A-Za-z][a-z]+s)[ \t]+"
    r"(?:[a-z]{2,}ed|fell|rose|won|lost|left|quit|grew|sank|held|broke|agreed|resigned|refused|"
    r"would|will|could|can|did|had|was|were|is|are|does|do|might|may|should|must|"
    r"[a-z]{2,}(?<![su])s)"
)
"""A two-word reported clause: a subject and its verb ("Smith said he agreed", "officials said
sales fell", "she said they would")."""
_THREE_WORDS = re.compile(r"[^\W_][\w'\u2019.-]*+[\W_]*+[^\W_][\w'\u2019.-]*+[\W_]*+[^\W_]")
_COMMA = re.compile(r"\s*,\s*")
_ADVERBIAL = (
    r"(?:\s*+(?:,\s*+)?(?:on|last|this|early|late|earlier|later) (?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend)"
    r"(?: (?:morning|afternoon|evening|night))?"  # (round 27: "on Monday evening")
    r"|\s+(?:yesterday|today|tonight|recently|previously|repeatedly|again|also|later|publicly|"
    r"privately|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?)"
    # round 20: "said in March it would", "said last April", "said on Oct. 3", "said earlier
    # this week" (a month or a date, like the weekdays above)
    r"|\s+(?:in|last|early|late|earlier in|later in|on) (?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?(?![\w-])"
    r"|\s+(?:earlier|later) this (?:week|month|year|morning|afternoon|evening)"
    r"|\s+in (?:an?|its|his|her|their) (?:\w{1,20} )?(?:statement|interview|speech|tweet|post|"
    r"letter|email|release|op-ed|"
    r"memo|report|filing|briefing|conference|call|message|note|video)\b"
    r"(?: (?:with|to|on) (?:the )?[A-Z][\w.]{0,30}(?: [A-Z][\w.]{0,30}){0,4})?"
    r"|\s+on (?:Twitter|Facebook|Instagram|X|social media|television|TV|Fox News|CNN|MSNBC)"
    r"|\s+to (?:reporters|journalists|the press|supporters|the crowd|lawmakers))"
)
_AFTER_CUE = re.compile(_ADVERBIAL + r"{0,3}")
_PRODUCT_RECALLED = re.compile(
    r"[ \t]*+(?:[\w'\u2019.,-]++[ \t]++){1,8}?from[ \t]++"
    r"(?:store|shelves|the[ \t]++market|sale|retail|supermarkets|pharmacies|dealers)"
)
"""A product and where it is taken from after "recall" ("recall the formula from stores")."""
_RESTRICTIVE_WHO = re.compile(r"[ \t]++(?:who|whose)[ \t]")
"""A relative clause right after a speaker named after its cue, with no comma ("said a person
who was briefed on the talks")."""
_INDEPENDENT_DOCUMENT = re.compile(r"(?:\b(?i:despite|amid|after|following)|,[ \t]*+with)[ \t]++\Z")
"""Round 26: before a document whose participle reports ("despite a staff report warning that
the arena would never break even", "..., with some polls indicating that"): the document
speaks, not the sentence's subject (who only "released a statement saying")."""
_WITH_A_SHARE = re.compile(r"\bwith[ \t]++(many|some|most|others|several)[ \t]++\Z")
"""Round 28 (AUDIT28B): "with many" right before a participle cue ("..., with many arguing
that"): an absolute clause whose bare quantifier speaks."""
_SHARE_ENDS = frozenset(["many", "some", "most", "hers", "eral"])
"""The last four letters of those quantifiers (a cheap test before the search)."""
_SPEAKING_VERB = re.compile(
    r"\b(?:addressed|spoke|implored|appealed[ \t]++(?:to|for)|pleaded[ \t]++(?:with|for))\b"
)
"""Round 28 (AUDIT28B): a verb that says someone turned to speak, with no words reported
(review 28: "pleaded with"/"appealed to", not a plea in court, "pleaded guilty", nor "appealed
the ruling")."""
_ANY_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
_PEOPLE_BEFORE = re.compile(r"\b([a-z]++)[ \t]++\Z")
"""Round 25: the lower-case word right before a participle cue, with no comma between."""
_TELL_FORMS = frozenset(["told", "tells", "tell", "telling", "assured", "assures", "reminded"])
"""Round 25: cues whose object is the person told, before the "that" of what was said."""
_TELL_THAT = re.compile(r"[ \t]that[ \t]++")
_LEADING_THAT = re.compile(
    r"[ \t]++that[ \t]++(?=[\"'\u201c\u2018A-Z]|(?:the|an?|he|she|it|they|we|there|his|her|their"
    r"|its|our|this|these|those)[ \t])"
)
"""A "that" opening the reported clause after a cue: before a quotation mark, a capital, a
pronoun or a determiner; not the determiner of an object ("called that vision 'a necessary
one'", "dismissed that suggestion as a sign of 'disarray'")."""
_THAT_REST = (
    r"(?:\s++(?:(?!(?:and|but) that\b)(?!(?:is|was|are|were|will|would|has|have|had)\b)"
    r"[\w'\u2019.-]{1,30} ){0,5}?)?\s*+that\s+"
)
"""Up to five words, then "that" (round 16: not "and that" or "but that", which joins a
second clause to the first: "He said the agency was independent and that he had learned of
the case late" reports both; round 21: no finite verb among them, whose "that" opens a relative
clause inside the reported one: "Critics say it is a reckless giveaway that will drain ...")."""
_THAT = re.compile(_ADVERBIAL + r"{0,3}" + _THAT_REST)
_THAT_AFTER_ADVERBIALS = re.compile(_THAT_REST)
_ASIDE_AFTER_THAT = re.compile(
    r"[ \t]++(?:as|because|since|given|while|although|though|when|until|after|before|in|on|at|"
    r"for|during|despite|saying|citing|adding|noting)\b"
)
"""Round 27: after "confirm that,": an aside opening ("as the area is closed"), where no
clause follows "that"; not a clause's subject ("said that, there are economists who")."""
_RELATIVE_BEFORE_THAT = re.compile(r"[ \t](?:who|whom|which)[ \t]")
"""A relative pronoun among the words between a cue and its "that": the "that" belongs to the
relative clause's verb (a cue with no object before its clause, "said", round 21)."""
_DOCUMENT_PARTICIPLE_THAT = re.compile(
    r"[ \t]++"
    + alternation(DOCUMENT_PARTICIPLES | attribution_words("document_participle_before_that"))
    + r"\b(?:[ \t]++[\w'\u2019.&-]{1,30}){0,10}?[ \t]++that[ \t]++"
)
"""After "said in a statement" and the like: a participle phrase on the document before the
clause ("said in a statement released by her office on Monday that ...", "said in a letter read
aloud by a victim advocate that ...")."""
_INFINITIVE_AFTER_CUE = re.compile(
    r"[ \t]++to[ \t]++(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those)\b)[a-z]"
)
""""vowed to block any deal that ...": after a verb that takes an infinitive, "to" and a verb,
whose "that" opens a relative clause on its object, not a reported clause."""
_INFINITIVE_TAKERS = attribution_words("infinitive_taking_verb")
_CLOSING_MARKS = ",\"'\u201d\u2019"
"""Marks before an inverted cue ("'...,' added another New Hampshire Republican")."""


def _after_closing_mark(text: str, position: int) -> bool:
    """Whether the last mark before ``position`` (a few spaces back at most) closes a
    quotation or a clause: the cue is inverted ("'...,' added another Republican")."""
    visible = last_visible(text, position - 8 if position > 8 else 0, position)
    return visible >= 0 and text[visible] in _CLOSING_MARKS


_ADDED_OBJECT = re.compile(
    r"[ \t]++(?:(?:a|an|another|more|new|several|extra|nearly|roughly|fuel|insult)[ \t]|[$\d])"
)
"""After "added": an object added ("added a public trail", "added more questions", "added fuel
to", "added insult to injury", "added 200 jobs"), not a report."""
_CITING_ASIDE = re.compile(r",[ \t]++(?:citing|quoting)[ \t][^,;\n]{1,80}?,[ \t]++that[ \t]++")
"""After a cue, whom the report rests on, then its clause: "reported, citing three people
familiar with the talks, that the deal was close"."""
_INTERJECTED_THAT = re.compile(
    r",[ \t]++(?:however|though|nonetheless|nevertheless|moreover|in fact|too|again)"
    r"[ \t]*+,[ \t]++that[ \t]++"
)
"""After a cue, a connective set off by commas, then its clause: "She cautioned, however, that
Leeds would need ..." (round 16)."""
_LONG_OBJECT_THAT = re.compile(
    r"(?:[ \t]+(?!(?:he|she|they|we|I|it|there|who|which|and|but)\b)[\w'\u2019.&-]{1,30}){1,10}?"
    r"[ \t]+that[ \t]+"
)
"""An object-taking cue's object (up to ten words, no punctuation, no subject pronoun: "told AP
he was ... and that" is "told AP [he was ...]") and "that"."""
_CLAUSE_START = re.compile(r"\s+(?=[\w\u201c\"'\u2018$\u00a3\u20ac])")
_PRONOUN_START = re.compile(r"(?:he|she|they|it|we|I|there|you)\b")
_SUBORDINATOR = re.compile(
    r"(?:When|Whenever|While|Although|Though|After|Before|Because|If|Unless|Once|Until|Despite|"
    r"Even[ \t]++(?:though|if|as)|Whereas)[ \t]"
)
"""Words opening an introductory clause, which a comma closes before the main clause ("When the
mayor said ..., residents stayed home"); not "As" ("As the mayor said, the roads were closed":
the main clause is the report) nor "Since" (also a time: "Since the mayor said so, ...")."""
_SUBORDINATOR_OPENINGS = frozenset(
    ["Whe", "Whi", "Alt", "Aft", "Tho", "Bef", "Bec", "If ", "Unl", "Unt", "Onc", "Des", "Eve"]
)
"""The first three characters of each ``_SUBORDINATOR`` ("The" and "This" are none)."""
_CLAIM_AFTER = re.compile(r",[ \t]++(?:an?|[Tt]he)[ \t]++(?:" + CLAIM_NOUNS + r")[ \t]++\S")
"""Round 27: a comma, then such a noun opening an apposition after a closing attribution."""
_CLAIM_APPOSITION = re.compile(
    r",[ \t]++an?[ \t]++(?:" + CLAIM_NOUNS + r")[ \t]++$"
)
"""The noun that sums up a report before its denier ("..., a charge Kestria denied"; round 27:
"..., one of them said, a demand Harbor's board rejected")."""
_BASE_NOUN_DETERMINERS = frozenset(
    ["a", "an", "the", "The", "no", "No", "little", "any", "his", "her", "its", "their", "our",
     "my", "your", "without", "beyond"]
)
"""Words before a noun only, never before a verb: a ``_BASE_FORM_NOUNS`` cue after one is a
noun."""
_BASE_FORM_NOUNS = section_words("attribution_words.txt", "base_form_noun")
"""Cues that are also nouns in their base form ("little doubt that", "a claim that")."""
_AS_SAID_THEN_COMMA = re.compile(
    r"(?:[ \t]++(?:it|so|before|earlier|recently|last[ \t]++\w++|on[ \t]++\w++"
    r"|in[ \t]++\w++(?:[ \t]++\w++)?|this[ \t]++\w++)){0,2}+,[ \t]++(?=[\w\"\u201c])"
)
"""After the cue of "As X said (on Monday)," / "As Smith put it,": the comma before the main
clause, which is the report."""
_STATE_AFTER_PLACE = re.compile(r", [A-Z][a-z]{1,4}\.,")
"""A place's state after its comma ("Louisville, Ky., where"): no clause ends there."""
_WHAT_CALLED = re.compile(
    r"what[ \t]++(?:he|she|they|it|we|I)[ \t]++(?:called|calls|described[ \t]++as|termed|dubbed)\b"
)
"""Round 18: a verb that needs a clause may take the speaker's own label instead ("The ministry
denied what it called false reports"), as "rejected what it called ..." does."""
_OBJECT_TAKERS = attribution_words("object_taking_verb")
_CHARGING = attribution_words("charging_verb")
_PRONOUN_AFTER = re.compile(r"[ \t]++(?:he|she|they|it|we|I|there|you)\b")
_CHARGED_WITH = re.compile(r"(?:[ \t]++(?!with\b)[\w'\u2019.,-]++){1,8}?[ \t]++with[ \t]")
"""After "charged": an object, then "with" and the charge ("charged three men with plotting");
not a price or a fee ("charged the campaign $3.7 million")."""
_WEAK = frozenset(word.replace("_", " ") for word in attribution_words("verb_needing_that"))
_ASK = frozenset(["ask", "asks", "asked", "asking"])
_QUESTIONED_PEOPLE = re.compile(
    r"\s++(?:(?:the|a|an|his|her|their|its|our|some|several|two|three|four|five|dozens[ \t]of)"
    r"\s++)?(?:[A-Za-z][\w-]{0,20}\s++){0,3}?(?:" + alternation(QUESTIONED_PEOPLE)
    + r")(?![\w'\u2019-])(?!\s++(?:that|whether|if|about|over)\b)"
)
"""People after "questioned" ("federal agents had questioned former Veltrix sales staff in
Singapore"): an interrogation, no report (round 21); not "questioned the jury's decision",
nor "questioned officials about ..." (a topic, read as before)."""
_SUBJECT_THEN_MODAL = re.compile(
    r"\s+(?:the|a|an|this|that|these|those|its|their|his|her|our)(?:\s+[A-Za-z][\w-]*){1,3}\s+"
    r"(could|would|will|may|might|must|should|can|is|are|was|were|has|have|had)\b"
)
"""After "warn": a clause whose subject is a noun phrase ("warn the figures could be
revised"), not an object ("warned the public about ..."); round 27: a name's capitals too
("Many traders believe the Fed could hold rates": the traders' view, H201, not H101)."""
_PRONOUN_THEN_MODAL = re.compile(
    r"\s++(?:he|she|they|we|it)\s++"
    r"(?:could|would|will|may|might|must|should|can|is|are|was|were|has|have|had)\b"
)
"""Round 23: after an object-taking cue, a subject pronoun and its verb open a clause ("warned
it could open the floodgates"), where "warned him" or "told it to" would be an object."""
_RELATIVE_GOES_ON = re.compile(r"(?:and|but|or)[ \t]++(?:who|whom|whose|which)\b")
"""Round 23: a second relative clause on the speaker ("A neighbor who testified on Thursday,
and who gave only her first name, Maria, said"): no reported clause opens with it."""
_PERCEIVED_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )"
    r"\b(?:heard|hear|hears|hearing|saw|see|sees|seen|watched)[ \t]++$"
)
"""Before a cue in -ing: an active verb of perception whose object it is ("heard shouting");
not a passive, whose subject speaks ("can be heard yelling to the officers that ...")."""
_RELATIVE_OPENS = re.compile(r",[ \t]++(?:which|who)[ \t]++$")
"""Round 24: a relative clause on the subject opens right before the cue ("X, which maintains")."""
_WORD_AFTER_COMMA = re.compile(r",[ \t]++(?:[a-z]++ly[ \t]++)?([a-z]++)\b")
"""After a comma: an optional adverb, then a word; ``_main_cue_after_comma`` asks the lexicon
whether it is a finite verb of saying (round 25: before, a verb list in the code)."""


_MAIN_CUES_AFTER_COMMA = attribution_words("main_cue_after_comma")


def _main_cue_after_comma(text: str, comma: int) -> bool:
    """Round 25 (DEFECT25): whether one of the finite verbs of saying of the lexicon section
    ``[main_cue_after_comma]`` (attribution_words.txt: "said", "told", "warned") follows the
    comma at ``comma``."""
    word = _WORD_AFTER_COMMA.match(text, comma)
    return word is not None and word.group(1) in _MAIN_CUES_AFTER_COMMA

_FINITE_WORD = re.compile(
    r"\b(?:that|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
    r"shall|did|does|do)\b"
)


def _object_before_main_cue(text: str, start: int) -> bool:
    """Whether the words from ``start`` up to the next comma (at most 80 characters) hold no
    clause (no "that", no finite verb) and the main clause's cue follows that comma ("which
    maintains the defences, said"; not "who warned the plan would fail, said")."""
    while text[start : start + 1] == " ":
        start += 1
    comma = text.find(",", start, start + 80)
    return comma > 0 and _main_cue_after_comma(text, comma) and (
        _FINITE_WORD.search(text, start, comma) is None
    ) and _PRONOUN_START.match(text, start) is None  # ("who said he typically votes ...")


_SPEECH_NOUN_AFTER = re.compile(
    r"[ \t]++(?:comment|comments|remark|remarks|speech|words|quip|slogan|tweet|tweets|claim|"
    r"claims|promise|pledge|vow|phrase|line|jibe|gibe|insult|label|description|catchphrase|"
    r"statement|warning|attack|attacks|rant|mantra|motto|message)\b"
)
"""Round 24: after a partial quotation, a noun for what someone said ("Mitt Romney's '47
percent' comment")."""
_READ_TO = re.compile(r"[ \t]++(?:to|out|aloud|by|at|in|on|into|before)\b")
"""Round 24: after "read" as a document's participle: where or by whom it was read ("a
statement read to the court", "read out at the inquest")."""
_GERUND_AFTER = re.compile(r"[ \t]++(?:not[ \t]++)?(?!(?:some|no|any|every)thing\b)[a-z]+ing\b")
"""Round 24: after "feared", a gerund object ("feared being barred", "fearing losing his job"),
no clause (round 25: "something", "nothing" are no gerund: "feared something had gone wrong"
reports)."""
_WELCOMED_PEOPLE = re.compile(
    r"[ \t]++(?:(?:a|an|the|their|her|his|its|our|[\d,.]++|some|about|more[ \t]++than|"
    r"nearly|over)[ \t]++)?(?:(?!(?:by|from|of|for|with|on)\b)[\w-]++[ \t]++){0,2}?"
    r"(?:baby|babies|son|sons|daughter|"
    r"daughters|child|children|twins|triplets|grandchild|grandson|granddaughter|newborn|"
    r"boy|girl|visitors|guests|tourists|fans|spectators|crowds?|passengers|refugees|"
    r"arrivals|delegates|players|recruits|students)(?![\w'\u2019-])"
)
"""Round 25: after "welcomed": a newborn or people received ("welcomed a baby boy",
"welcomed their first child", "welcomed 2 million visitors"), no view reported; not people
after a preposition ("welcomed the decision by players to return", review 25)."""
_PASSIVE_BEFORE_CUE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get)[ \t]++$")
"""Before "told", "warned": a passive ("customers who were told they would learn"), whose
subject was told, not telling."""
_BELIEFS = attribution_words("belief_verb")
"""Verbs of belief whose clause needs no "that" when a subject and a modal open it ("Some
analysts believe the president may now push"): the believers' view, in their voice."""
_INFERENCES = attribution_words("inference_verb")
_RELATIVE_CUE = re.compile(
    r"\bwho(?:[ \t]++(?:has|had|have|also|once|later|then|recently|previously))?[ \t]++\Z"
)
"""A cue that opens a relative clause ("..., who wrote an editorial"), read at its start."""
_FINDINGS = frozenset(["found", "finds", "find", "revealed", "reveals", "indicates", "indicated"])
"""Round 27: verbs of a document's finding that take a clause without "that" when a noun phrase
and its verb open it ("A new study found the waiting list is growing")."""
_SHOW_FORMS = EVIDENCE_FORMS
"""Round 28: the forms of "show" that report a document's evidence after its noun."""
_DEMANDS = frozenset(["demand", "demands", "demanded", "demanding"])
_DEMANDED_CLAUSE = re.compile(
    r"\s++(?:[A-Za-z][\w.'\u2019-]*+\s++){1,4}?(?:[a-z]++ly\s++)?"
    r"(?!(?:of|from|for|in|on|at|with|to|by|about|over|into|after|before|and|or)\s)"
    r"[a-z]{2,}+\s++(?:the|a|an|his|her|its|their|our|this|these|those|every|all|any|no|more|not|be)\s"
)
"""Round 22 (DEFECT22): after "demanded", a clause with a subject and a bare verb ("demanded
the company completely defund the convention", "demanded President Obama make a pledge"), not
an object ("demanded answers from the department", "demanded an emergency session")."""
_BARE_SUBJECT_THEN_MODAL = re.compile(
    r"\s++(?:(?:the|a|an|this|that|these|those|its|their)\s++)?[a-z][\w-]*+(?:\s++[a-z][\w-]*+){0,2}?"
    r"\s++(?:" + "|".join(sorted(MODALS)) + r")\b"
)
"""After a document's "suggests": a clause whose subject (with or without a determiner) a
modal follows ("suggests footfall could fall by 15 percent")."""
_SAY_FORMS = frozenset(["say", "says", "said", "saying", "tell", "tells", "told"])
_CAUSATIVE = attribution_words("causative")
_CAUSATIVE_OPENINGS = tuple(_CAUSATIVE)
_CAUSATIVE_INITIALS = frozenset(word[0] for word in _CAUSATIVE if word)
"""The first letters of ``_CAUSATIVE``: one set look-up before the ``startswith``."""
_QUESTION = re.compile(
    r"(?:\s++(?:[\w'\u2019.-]{1,30} ){0,3}?)?\s*+(?P<word>whether|if|why|how|what|when|where|who)\b"
)
_TOLD_OBJECT = re.compile(
    r"\s+(?:him|her|them|us|me|reporters|journalists|supporters|(?:the |The )?[A-Z][\w.&'-]{0,30}"
    r"(?: [A-Z0-9][\w.&'-]{0,30}){0,3}(?:['\u2019]s(?: [A-Z][\w.&'-]{0,30}){1,3})?"
    r"(?: (?:programme|program|show|podcast))?)"
    r"(?=\s+(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its|our|this|[A-Z])\b)"
)
"""The listener after "told" before a reported clause with no "that": a pronoun, reporters, or
a name (round 28: an outlet's programme, "told the BBC's Today programme the company had ...",
"told the Today programme")."""
_TOLD_LISTENER = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[A-Za-z][a-z-]{1,20}\s+)?(?:"
    + alternation(attribution_words("told_listener"))
    + r")(?=\s)"
)
"""The audience after "told" ("told employees", "told the jury", "told council members"): a
reported clause follows only when a subject and its verb come next (not "told employees the
news")."""
_TOLD_PRONOUN = re.compile(r"\s+(?:us|me|him|them)(?=\s)")
"""An object pronoun after "told" whose clause opens with a plain plural ("told us engineers
were working", read with _SUBJECT_THEN_PAST_OR_PLURAL)."""
_SUBJECT_THEN_PAST_OR_PLURAL = re.compile(
    r"\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*\s+(?:[a-z]{3,}ed|was|is|has|had|will|would|could|can|must|should|may|might|"
    r"faces|needs|remains|plans|expects|wants|lacks|owes)|(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-z]s\s+(?:were|are|had|have|did|"
    r"could|would|will|may|might|must|should|can))\b"
)
"""After an audience: a clause whose subject is a noun phrase and whose verb is in the past
("told analysts the company remained committed") or a plain plural and its verb ("told us
engineers were working"); the listed audiences before and a lower-case word after keep "told
employees the news" and "told us stories" out."""
# What may open a sentence before its subject: a dateline ("WASHINGTON \u2014"), an introductory
# phrase ending in a comma ("At the rally in Ohio,").
_INTRODUCTION = re.compile(
    r"\s*(?:(?:[A-Z][A-Z .,]{0,40}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"(?=,? [A-Z][a-z]{2,8}\.? \d{1,2} \(| \())(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z .]{2,20}\)\s*)?(?:\u2014|\u2013|--|-)\s*)?"
    r"(?:(?:In|At|On|After|During|Later|Earlier|Before|Speaking|Meanwhile|Still|But|And|So|Then|"
    r"Elsewhere|Afterwards|Nevertheless|Nonetheless|"  # (round 27: "Elsewhere, the retailer X")
    r"Yet|However|Instead|Now|Today|Yesterday|Rather|Moreover|Indeed|Ever|Since|When|While|As|"
    r"Although|Though|Because|If|Once|Until|Asked|Separately|Despite|Amid|Following|For|With|"
    r"Even|Holding|Standing|Sitting|Waving|Wearing|Carrying|Chanting|Citing|Noting|Pointing|"
    r"Responding|Reacting|Referring|Addressing|Appearing|Testifying|Campaigning|Writing|"
    r"Under|Over|By|From|Within|Among|Like|Unlike|(?:Hours|Minutes|Moments|Days|Weeks|Months|"
    r"Years) (?:later|earlier|before|after)|[A-Z][a-z]+ (?:hours|days|weeks|months|years|decades) "
    r"(?:ago|later|earlier))\b[^,.;:\n]{0,90},\s*)?\s*"
)
_RELATIVE_ASIDE = re.compile(r"\s*(?:which|who|whose|where)\b[^,.;:\n\"\u201c]{1,90},\s*")
"""After "according to X,": a relative clause on X, set off by commas, before the claim."""
_SEEN_BY_THEN_COMMA = re.compile(r"[ \t]+" + SEEN_PARTICIPLES + r"[ \t]+by[ \t]+[^,.;:\n]{1,60},")
"""After "according to a memo": who saw or released it, then the comma ("according to a
Pentagon memo seen by Reuters, the cuts ...")."""
_FROM_A_BODY_THEN_COMMA = re.compile(
    r"[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?(?:[\w'\u2019-]++[ \t]+){0,5}?[\w'\u2019-]++,"
)
"""Round 27 (DEFECT27): after "according to" a document, who it comes from, then the comma
("According to unofficial results from the electoral commission, the incumbent won"): the
main clause is the document's claim, as it is when the sentence ends on the credit."""
_DATELINE = re.compile(
    r"(?:\d{1,2}[:.]\d\d(?:[ \t]*+(?:[ap]\.m\.|[AaPp][Mm]))?(?:[ \t]++[A-Z]{2,4})?"
    r"[ \t]+(?:\u2014|\u2013|--|-)[ \t]+(?=[A-Z])|\d{1,2}:\d\d[ \t]++(?=[A-Z][a-z])|"
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de'.-]*"
    r"(?:[ \t][A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de'.-]*){0,3}"
    r"(?:,[ \t][A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?:[ \t]\d{1,2})?){0,2}"
    r"(?:[ \t]+\([A-Za-z .&-]{1,20}\))?[ \t]+(?:\u2014|\u2013|\u2015|--|-)[ \t]+(?=[A-Z]))"
)
"""A dateline opening a paragraph ("WASHINGTON — ", "BRAMWELL, Ore. — ", "GENEVA (AP) — ",
"LISBURN, March 3 — ", "SALEM, Ore., Jan. 9 — "): not reported content. Wire copy typed on a
plain keyboard spaces a hyphen instead ("LAGOS, Nigeria (AP) - ", "OTTAWA - "), and a place may
carry an accented capital ("SANTA LUCÍA, California - "). Round 19: a live blog's time stamp
opening an entry ("10:45 a.m. — ", "14:05 GMT - ") is no reported content either; round 28:
also a 24-hour time with no dash before a capitalised word ("10:05 More than 40,000 homes")."""
_PLACE_GOES_ON = re.compile(
    r",[ \t]+(?:(?:on|last|this|early|late)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?,[ \t]+)?"
    r"(?=[A-Z])(?!(?:The|A|An|Who|Which)\b)"
)
"""After an introduction, ', Trump went' (or ', on Sunday, Mrs. Clinton tried'): the phrase before
the comma was the place's end."""
_LABEL = re.compile(r"\s*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):\s*")
_INVERTED_LABEL = re.compile(
    r"\s*([A-Z][a-z]+ (?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) [\w'\u2019.-]+"
    r"(?: [\w'\u2019.-]+){0,4}):\s*"
)
"""An inverted opener with an unnamed speaker, 'Adds the report: "..."' (a cue word first)."""
_CUE_LABEL = re.compile(r"\s*([A-Z][a-z]+(?: [\w'\u2019.&-]+){1,12})[:,]\s*")
"""A longer inverted opener, read only when its first word is a cue: 'Said Gen. Mark Ruddle of
the U.S. Army Corps of Engineers: "..."', 'Said one resident, "..."'."""
_LONGEST_LEAD_IN = 200  # characters from the sentence start to the colon
_COLON_SUBJECT_NOT = re.compile(
    r"(?:it|there|you|here|consider|imagine|note|nearly|finally|clearly|recently|meanwhile|"
    r"instead|indeed|still|yet|now|today|also|even|only|just|perhaps|below|above|following|"
    r"full|update|correction|editor)\b",
    re.IGNORECASE,
)
"""Subjects that credit nobody: "It read:", "Here is the statement:", "Consider this:", and
sentence adverbs the subject test takes for a capitalised name ("Nearly ...")."""
_OBJECT_AFTER = re.compile(
    r"[ \t]+(?:the|a|an|this|that|these|those|his|her|their|our|my|your|its|me|us|him|them)\b"
)
"""An object straight after a one-word "subject": the word was a verb ("Read the sign:")."""
_NOT_SUBJECT = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "it", "there", "here", "what", "let"]
)
_POSSESSIVES = frozenset(["its", "his", "her", "their", "our", "my", "your"])
_CONTRACTION = re.compile(r"['\u2019](?:s|re|ll|d)\Z")


def _unpossessed(word: str) -> str:
    """``word`` without a contracted "'s" ("it's" -> "it")."""
    return _CONTRACTION.sub("", word) if "'" in word or "\u2019" in word else word


_PARTICIPLE = re.compile(r",\s*[a-z]+ing\b")
_RELATIVE = re.compile(r",\s*(?:who|whose|whom|which)\b")
_APPOSITIVE = re.compile(r",\s*an?\s")
"""After "said X": an appositive describing the speaker (", a spokeswoman for the Guard."); not
", the White House is ...", which goes on with the clause ("..., Ms. Tchen said, the ...")."""
_DEFINITE_APPOSITIVE = re.compile(r",\s*+(?:the|its|his|her|their)\s[^,;:()\u2014\u2013]*+\Z")
"""Round 24: after an inverted "said X", a definite appositive that ends the sentence ("...,
said Alejandro Grajal, the zoo's president."); with a second comma the clause goes on ("The
deal, said Smith, the company's chief, will close in March")."""
_SENTENTIAL_APPOSITIVE = re.compile(r",\s*+an?\s++[a-z-]++(?:\s++[a-z-]++)?\s++(?:that|which)\b")
"""After "X said": the reporter's comment on the whole claim (", a move that could raise ...",
", a sharp reversal which ..."), which is no part of the reported clause."""
_LABELLING = section_words("attribution_words.txt", "labelling")
_LIST_GOES_ON = re.compile(r"[ \t]+[a-z][\w-]*(?:,|[ \t]+(?:and|or)[ \t])")
"""After a comma in a label: one more word, then a comma or "and": a list of adjectives."""
_LABELLED = re.compile(
    r"[ \t]+((?:it|them|him|her|this|that)[ \t]+(?!(?:for|off|up|back|out|down|to|at|in|on|into|"
    r"onto|from|about|over|with|by|after|before|later|again|today|yesterday|tonight|when|while|"
    r"because|if|and|or|but|as|so|then|last|this|that|every|each|twice|once|several|many|"
    r"repeatedly|early|late|afterward|afterwards|himself|herself|themselves)\b)"
    r"(?:an?[ \t]+|the[ \t]+)?[a-z][\w-]*"
    r"|(?:the|his|her|its|their|this|that)[ \t]+"
    r"(?:(?!(?:to|for|at|in|on|into|onto|from|about|after|before|when|while|because|and|or|but|"
    r"that|who|which|with|by|over|during|since|until|as|if)[ \t])[\w'\u2019-]+[ \t]+){0,4}?"
    r"an?[ \t]+"
    r"(?!(?:few|lot|number|couple|day|week|month|year|second|minute|time|total|bit|dozen|hour|"
    r"half|hundred|fortnight|quarter|handful|while|moment|third|fourth|fifth|decade|night|"
    r"weekend|(?:little|short)[ \t])\b)"
    r"[a-z][\w-]*)"
)
"""After "called": a pronoun object and its label ("called it a disaster", "branded them
cowards"), not a particle, a time or a preposition ("called it off", "called her to get
together", "called him later"); or a short noun phrase and a label after "a" ("called the
authority's record a disgrace"; not "called the office a few times", "called the police an
hour later", "called the hotline a dozen times", "called his sister a little after nine", "a
short time later"; "a short-sighted mistake" is a label)."""
_WHAT_BEFORE = re.compile(r"(?<![\w'\u2019])(?:what|which)[ \t]++\Z", re.IGNORECASE)
_LABEL_AFTER_WHAT = re.compile(
    r"[ \t]+(?!(?:it|them|him|her|this|that|me|us|you|for|off|up|out|back|on|in|to|at|by|"
    r"when|then|now|so|after|before|despite|against|during|early|late|last|earlier|later|amid|"
    r"over|under|since|until|while|because|as|with|without|from|into|following|again)\b)"
    r"((?:an?[ \t]+|the[ \t]+)?[a-z][\w'\u2019-]*)"
)
"""Round 27: "what Orbis calls the most advanced camera ever", "which critics call a giveaway":
the object is "what"/"which" before the speaker, so the label follows the cue straight away.
Review 27: not a time or a preposition ("The referendum, which Cameron called despite warnings
from his party": called as in convened)."""
_DASH_AFTER_LABEL = re.compile(r"[ \t]+(?:-{1,2}|\u2014|\u2013)[ \t]|\u2014")


def _names_one(speaker: str) -> bool:
    """Round 27: a named speaker or "he"/"she", whose unquoted label after "what ... calls" is
    theirs; an unnamed group's ("in what critics called a shameful betrayal") stays the
    reporter's choice of words (round 10's reading, the README's sample)."""
    return speaker.lower() in ("he", "she") or classify_mention(speaker) in (
        "person", "organization", "outlet"
    )


_DESCRIBED_AS = re.compile(r"[ \t]+((?:[\w'\u2019-]+[ \t]+){1,6}?as[ \t]+[\w$£€-])")
"""After "described": an object of up to six words, then "as" and its label."""
_DESCRIBED_THING = re.compile(r"[ \t]+((?:a|an)[ \t]+[a-z][\w'\u2019-]*+[ \t]+[a-z])")
"""Round 19: after "described", an indefinite noun phrase that is the description itself
("Residents described a chaotic night of sirens and smoke": their words, not the reporter's)."""
_ANONYMITY_REQUEST = re.compile(
    NAMES_WITHHELD + r"|not[ \t]+to[ \t]+be[ \t]+(?:named|identified)", re.IGNORECASE
)
"""Reported words that only ask for anonymity ("asked that their names not be used", "asked not
to be named because she feared for her redundancy payment")."""
_ASKS_ANONYMITY = re.compile(
    r"[ \t]++(?:that[ \t]++)?(?:" + _ANONYMITY_REQUEST.pattern + ")", re.IGNORECASE
)
"""After a cue ("asked"), a request for anonymity ("not to be named", "that his name not be
used")."""
# What ends an object after its quoted label: a comma, a dash (" - " too; round 23: the bar) or a
# second predicate.
_OBJECT_ENDS = re.compile(r"\s*(?:[,;]|\u2014|\u2015|\u2013|--|(?<=\s)-(?=\s)|(?:and|but|while)\b)")
# A cue in a second predicate: "... and (then) said", "... but has insisted".
_COORDINATED = re.compile(
    r"\b(?:and|but)(?:\s+(?:" + "|".join(sorted(attribution_words("skipped_before_cue")))
    + r"|[a-z]{3,}ly))*\s+$"
)
_CONTRASTED_SPEAKER = re.compile(
    r"(?:,[ \t]*+(?:and|but|while|whereas|though|although|yet)|;)[ \t]++$"
)
"""Before a second speaker in a reported clause's sentence: the clause ends there ("Connell
insisted he would, but a well-placed source said ..."; round 16: "Obama emphasized that ..., and
human rights groups warned that ...")."""
_NOT_CLAUSE_START = attribution_words("not_clause_start")
_WRITING_VERBS = attribution_words("writing_verb")
_WRITTEN_WORKS = attribution_words("written_work")
_OBJECT_WORDS = re.compile(r"[A-Za-z][\w'\u2019-]*+")


_SETS_OF = frozenset(["series", "string", "flurry", "barrage", "number", "pair", "couple", "set"])
"""Nouns of a set before "of" and the works written ("a series of erratic messages")."""
_QUANTITY_BEFORE_WORK = re.compile(
    r"(?i:(?:(?:more|fewer|less)[ \t]++than|nearly|almost|about|over|at[ \t]++least)[ \t]++)?+"
    r"(?:\d[\d,]*+|(?i:two|three|four|five|six|seven|eight|nine|ten|several|numerous|dozens"
    r"[ \t]++of|hundreds[ \t]++of|thousands[ \t]++of))[ \t]++(?=[a-z])"
)
"""A count before the works written ("300 checks", "more than 300 checks", "dozens of letters")."""
_PRODUCT_COUNT = re.compile(r"\d|(?:hundreds|thousands|millions)[ \t]")
"""Round 27: "recall" before a count in figures recalls products, not memories."""


def _recalls_products(text: str, start: int) -> bool:
    """Round 27: a count after "recall" with no verb of its own in the next words ("recalling
    more than 800,000 cars and SUVs"), not a remembered clause ("recalled three men had been
    waiting")."""
    quantity = _QUANTITY_BEFORE_WORK.match(text, start)
    if quantity is None or not _PRODUCT_COUNT.search(quantity.group()):
        return False  # ("recalled numerous telephone calls", "recalled three times": memories)
    words = _OBJECT_WORDS.findall(text, quantity.end(), quantity.end() + 60)[:5]
    return not any(
        word in _CLAUSE_VERBS or word in _BEFORE_A_VERB or word.endswith("ed") for word in words
    )  # (review 27: "recalled 12 soldiers died in the ambush": a past verb, a memory)


def _written_work(text: str, start: int) -> bool:
    """Whether the words at ``start`` name a work written ("the majority opinion", "a letter",
    "his third book"): a determiner or possessive, up to two modifiers, then the work's noun,
    and no verb after it to make a clause of it ("the report was flawed", "the law still
    applies", "his report questioned the data" are claims; "the opinion, has said" ends a
    clause of its own at the comma)."""
    quantity = _QUANTITY_BEFORE_WORK.match(text, start)
    if quantity is not None:  # round 26: "wrote more than 300 checks to shell companies"
        words = list(_OBJECT_WORDS.finditer(text, quantity.end(), quantity.end() + 80))[:5]
        first = 0
    else:
        words = list(_OBJECT_WORDS.finditer(text, start, start + 80))[:6]
        if len(words) < 2 or words[0][0].lower() not in _DETERMINERS_BEFORE_NOUN:
            return False
        first = 1
        if len(words) > 3 and words[1][0] in _SETS_OF and words[2][0] == "of":
            # round 26: "posted a series of erratic messages on X suggesting ...": the works
            words = list(_OBJECT_WORDS.finditer(text, words[3].start(), start + 100))[:5]
            first = 0
    for index, word in enumerate(words[first : first + 3], first):
        if word[0].lower() in _WRITTEN_WORKS:
            if index + 1 == len(words) or text[word.end() : words[index + 1].start()].strip():
                return True  # "wrote the majority opinion, which ...", "wrote a letter."
            after = words[index + 1][0]
            return not (
                after in _CLAUSE_VERBS or after in _BEFORE_A_VERB or (
                    after.isalpha() and after.endswith(("ed", "s")) and not after.endswith("ss")
                    and index + 2 < len(words)
                    and words[index + 2][0].lower() in _CLAUSE_OBJECTS
                )
            )  # a verb of its own after the work: the work is a subject, "wrote" reports
        if not word[0].islower():
            return False
    return False


_CLAUSE_VERBS = MODALS | frozenset(
    ["is", "was", "are", "were", "had", "has", "have", "did", "does", "do"]
)
"""Auxiliaries and modals that make the written work a clause's subject ("the report was")."""
_BEFORE_A_VERB = frozenset(["still", "also", "never", "not", "already"])
"""Adverbs between a clause's subject and its verb ("wrote the law still applies")."""
_CLAUSE_OBJECTS = _POSSESSIVES | frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "it", "him", "them", "us"]
)
"""Words that open the object of a verb in -ed/-s ("wrote his report questioned the data",
"the decision showed that"); "the opinion joined by" is a participle."""
_APPROXIMATE_COUNTS = (
    "a dozen|dozens|hundreds|thousands|half|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    "thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand"
)
_ABOUT_A_NUMBER = re.compile(
    r"(?:about|over|under|at[ \t]+(?:least|most))[ \t]+(?:\d[\d,.]*+%?|" + _APPROXIMATE_COUNTS
    + r")[ \t]+"
    r"(?:(?!(?:who|that|which|whom)\b)[a-z][\w-]*[ \t]+){1,3}?"
    r"(?:were|are|was|is|had|have|has|died|remain|remained|could|would|will|may|might|spent|fled|"
    r"lost|left|took|went|got|fell|saw|[a-z]{2,}ed)\b"
)
"""'said about 40 people were hurt', 'says over 42,000 homes are without power': an
approximate number opens the reported clause after a verb of saying (not 'said about the
plan', nor 'wrote about three soldiers who had died': a topic and its relative clause); round 15:
'said at least 14 protesters had been treated'; round 16: a modal, 'said about 800,000 workers
could be furloughed'; round 19: a past tense, 'said about 400 people spent the night',
'said at least 30 families evacuated'."""
_NO_SUBJECT = re.compile(
    r"no[ \t]+(?:(?!(?:to|and|or|but|longer|more|less|matter|doubt|comment)\b)"
    r"[a-z][\w-]*[ \t]+){1,3}?"
    r"(?:were|are|was|is|had|have|has|could|would|will|did|can)\b"
)
"""'said no patient had come to harm', 'said no one was hurt', 'said no decision would be made
before Friday': a negative subject opens the reported clause (not 'said no to the offer', 'said
no more than that')."""
_SUBJECT_GOES_ON = re.compile(
    r"\b(?:went|go|goes|going) on to $|\bhad (?:this|that|much|little|nothing|more) to $"
    r"|\b(?:was|were|is|are) (?:quick|careful|prompted|eager) to $"
    r"|\b(?:took|take|takes|taking|taken) to (?:[\w'\u2019-]++ ){1,4}?to $"
    r"|\b(?:went|go|goes|going) on (?:national )?(?:television|TV|radio|air) to $"
)
"""Before an infinitive cue whose speaker is the sentence's subject ("The email went on to say",
"a paper had this to say", "Trump was quick to add"; round 27: "Trump took to Twitter to say",
"Some fans have taken to social media to complain that", "went on television to say"); not
any "to" ("is meant to suggest")."""


def _subject_goes_on(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_SUBJECT_GOES_ON.search(text, lo, hi)``, run only when the window ends in "to " (every
    branch ends so; ``$`` may also stand before a final newline): one per cue, and few cues
    follow "to"."""
    if hi - lo < 3 or text[hi - 2] != "o" and text[hi - 3] != "o":
        return None  # (characters, not two ``endswith`` calls: one per cue)
    if not (text.endswith("to ", lo, hi) or text.endswith("to \n", lo, hi)):
        return None
    return _SUBJECT_GOES_ON.search(text, lo, hi)
_SUBORDINATE = re.compile(
    r" (?:while|because|when|where|although|though|until) "
    r"| as (?:(?!of |for |to |in |on |a |an |the )[a-z][\w'-]* ){3,5}$"
)
"""A subordinate clause opening ("while prices climb and", "as property taxes climb and"; not
"cast her as unqualified and accused her", "described him as secretary of state and")."""
_LOWER_RUN_AFTER = re.compile(r" [a-z][a-z-]*+ [a-z][a-z-]*+\b")
"""Round 25: two lower-case words after a one-word subject ("Interest| rates rose"): its noun
phrase goes on, or a verb and its object; read with ``capitalised_elsewhere``."""
_CAPITAL_KEEPS = frozenset(
    ["he", "she", "they", "we", "i", "you", "it", "several", "many", "some", "most", "few",
     "others", "both", "all", "critics", "voters", "experts", "analysts"]
)
"""Round 25: one-word subjects a sentence's capital does not unmake: pronouns, quantifiers and
people."""
_FLOATING_LIMIT = 5
_COMMA_CLOSES = re.compile(r",[\"'\u201d\u2019\u00bb]+\Z")
"""A quotation closing on a comma ('"...,"'): its attribution comes after it."""
_SECOND_CLAUSE = re.compile(r"[,;][ \t]+(?:but|and|while|whereas|yet)\b|;")
"""A sentence of two clauses, each with its own subject."""
_NOT_A_QUOTING_SUBJECT = frozenset(["i", "we", "you", "it", "they", "there", "this", "that"])
"""Subjects a following quotation is not credited to (a name, he or she is)."""
_PASSIVE_AFTER_SUBJECT = re.compile(
    r"[ \t]++(?:was|were|has[ \t]++been|had[ \t]++been)[ \t]++(?:[a-z]+ly[ \t]++)?"
    r"([a-z]+(?:ed|en))\b"
)
"""After a sentence's subject: a passive ("was jailed", "was sentenced", "had been charged");
``_FEELING_PARTICIPLES`` ("was delighted") are states the subject may go on to voice."""
_FEELING_PARTICIPLES = attribution_words("feeling_participle")
_ADDRESSING = re.compile(r"[\"'\u201c\u2018\u00ab\s]*+(?:You|Your|Yours)\b")
"""A quotation opening in the second person: it speaks to someone."""
_BY_AGENT = re.compile(r"[ \t]by[ \t]")
_JUDGING_PARTICIPLES = (
    r"(?:hailed|described|called|branded|dubbed|labell?ed|denounced|condemned|praised|derided"
    r"|critici[sz]ed|dismissed|decried|characteri[sz]ed|portrayed|lauded|touted|billed"
    r"|welcomed|attacked|mocked|ridiculed|seen|regarded|viewed|considered)"
)
_PASSIVE_JUDGED_AS = re.compile(
    r"\b(?:was|were|been|being|is|are|be)[ \t]++(?:[a-z]+?ly[ \t]++)?+" + _JUDGING_PARTICIPLES
    + r"(?:[ \t]++as)?+[ \t]++$"
)
"""Round 23: before a partial quotation, a passive judgement whose judge follows the quotation
('was hailed as "historic" by campaigners')."""
_LONGEST_CLAUSE = 1500  # characters; longer "clauses" are run-on text, not reported speech
_NOUN_CONTENT_BOUNDARY = re.compile(
    r",[ \t]++(?:which|who|whom|whose)(?![\w'\u2019-])|[ \t]*+[\u2014\u2015]"
    r"|[ \t]++(?:\u2013|--)(?!-)"
)
"""Round 18 (LEFT18): where a noun cue's that-clause may end before its sentence does: a
relative on the clause (", which officials denied", ", who ...") or a dash ("— a charge ...",
an em dash also unspaced; an en dash or "--" only after a space, not in "2015–16");
a semicolon ends it already (a sentence bound).  Plain commas are no boundary.  Round 23: the
horizontal bar as the em dash."""
_FINITE_IN_CLAUSE = attribution_words("finite_in_clause")
_CLAUSE_WORDS = re.compile(r"[\w'\u2019]++")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    frame: Frame | None = None
    mention: tuple[int, int] | None = None
    """The speaker mention to resolve (at the attribution site)."""
    apposition: tuple[int, int] | None = None


def _acts_in_reports(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` without what an act verb credits inside another speaker's reported clause.

    "The union said its members had rejected the offer as 'an insult'": the rejection is what
    the union reported, so "its members" is no second speaker; the indirect speech of
    "rejected" goes, and a quotation it credited goes to the union (round 15).  The act's
    subject must open the clause and its cue lie inside it ("said its members said ..." keeps
    both: a verb of saying is a nested attribution).  Only an act right after the report's
    verb: "accused Clinton of ..." deeper in a clause stays its own attribution, as PolNeAR
    marks it (the wider test cost 0.001 of content F1)."""
    clauses = [
        item for item in found if item.kind == "indirect" and item.mention is not None
    ]
    if len(clauses) < 2:
        return found
    acts = act_forms()
    nested = [  # (the few clauses of an act verb first: most texts have none)
        item for item in clauses
        if item.frame is not None
        and text[item.frame.cue.start : item.frame.cue.end].lower() in acts
    ]
    if not nested:
        return found
    opening: dict[int, list[_Found]] = {}  # clause start -> the clauses starting there
    for clause in clauses:
        opening.setdefault(clause.start, []).append(clause)
    outer: dict[int, _Found] = {}  # id(nested frame) -> the clause holding it
    for item in nested:
        frame = item.frame
        for clause in opening.get(item.mention[0], ()):  # (every clause has a mention)
            if clause is not item and frame.cue.end <= clause.end:
                # the act's subject opens the clause: "said |its members had rejected"
                outer[id(frame)] = clause
                break
    if not outer:
        return found
    kept = []
    for item in found:
        holder = outer.get(id(item.frame)) if item.frame is not None else None
        if holder is None:
            kept.append(item)
        elif item.kind != "indirect":
            item.frame, item.mention, item.apposition = (
                holder.frame, holder.mention, holder.apposition
            )
            kept.append(item)
    return kept


def _votes_on_measures(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` without the indirect speech of "rejected" + a measure ("Voters narrowly
    rejected a proposed new constitution", a headline's "rejects new constitution"): a vote or
    a decision, no view reported (round 25). After ``_acts_in_reports``, which hands a rejection
    inside another speaker's report to that speaker first."""
    if "reject" not in text and "Reject" not in text:
        return found
    return [
        item for item in found
        if item.kind != "indirect" or item.frame is None
        or text[item.frame.cue.start : item.frame.cue.start + 5].lower() != "rejec"
        or not voted_down(text, item.start, item.end)
        or (item.mention is not None and not can_vote(text[item.mention[0] : item.mention[1]]))
    ]  # round 26 (DEFECT26): "Critics rejected the budget" is their view, not a vote


_WHO_BEFORE_CUE = re.compile(r"(?<!\w)who[ \t]++\Z", re.IGNORECASE)
_BEFORE_MAIN_CUE = frozenset(["has", "have", "had", "also", "later", "then", "again"])
"""Words that may stand between a relative clause's report and the main clause's cue ("...
have also said"): they stay out of the report."""
_FINITE_IRREGULAR = frozenset(["said", "says", "told", "tells", "wrote", "writes", "thought"])
_PREPOSITION_FIRST = frozenset(["to", "on", "about", "for", "with", "in", "at", "of", "from"])


def _relative_reports_end(text: str, found: list[_Found]) -> None:
    """Round 26 (DEFECT26): what a relative clause's cue reports ends before the main clause's
    cue of the same speaker ("Officials who said they were not authorized to speak publicly
    warned that the talks could collapse": the officials said "they were not authorized to
    speak publicly", then warned "the talks could collapse"; the first had run to the
    sentence's end). Only when the main cue is finite (-ed, -s, "said", "told") and stands
    after the report's last word or "has/have/had/also" (not "he should condemn ...", the
    report's own verb), and the report is a clause (not "to her on Thursday" of "who wrote to
    her": an act). ``found`` is in text order."""
    for index, item in enumerate(found):
        if item.kind != "indirect" or item.frame is None or item.mention is None:
            continue
        cue = item.frame.cue.start
        if not _WHO_BEFORE_CUE.search(text, max(0, cue - 6), cue):
            continue
        first = text[item.start : item.start + 12].split()[:1]
        if not first or first[0].lower() in _PREPOSITION_FIRST:
            continue
        inside = []
        for other in found[index + 1 :]:
            if other.start >= item.end:
                break
            inside.append(other)
        for other in reversed(inside):  # (review 26: the last such cue is the main clause's:
            # "Investors who said the bank admitted losses sued the firm" is not cut at
            # "admitted", whose speaker is the bank's)
            main = other.frame.cue if other.frame is not None else None
            if other.kind != "indirect" or other.mention != item.mention or main is None or not (
                item.start < main.start < item.end
            ):
                continue
            verb = text[main.start : main.end].lower()
            if not (verb.endswith(("ed", "s")) or verb in _FINITE_IRREGULAR):
                break
            words = text[item.start : main.start].split()
            while words and words[-1].lower() in _BEFORE_MAIN_CUE:
                words.pop()
            if len(words) < 3 or not words[-1][-1:].isalnum() and words[-1][-1:] != ",":
                break  # (a quotation's closing mark, a full stop, a bare subject: leave it)
            end = item.start + len(text[item.start : main.start].rstrip())
            while len(text[item.start : end].split()) > len(words):
                end = item.start + len(text[item.start : end].rstrip().rsplit(None, 1)[0])
            item.end = end - 1 if text[end - 1] == "," else end
            break


def run(document: Document) -> None:
    text = document.analysis_text
    paragraphs = [(p.start, p.end) for p in document.paragraphs] or [
        (m.start(), m.end()) for m in _LINE.finditer(text)
    ]
    finder = _QuoteFinder(document.text, text, paragraphs, document.sentences)
    found = finder.find()
    turns = _transcript_turns(finder, paragraphs)
    if turns:
        starts = [turn.start for turn in turns]
        found = [item for item in found if not _inside_a_turn(item, turns, starts)] + turns
    document.titles = finder.titles
    found.sort(key=_by_position)
    _relative_reports_end(text, found)
    _named_in_apposition(document.text, found)
    # names are read with Markdown blanked ("The [Port Authority](https://...) said" is the Port
    # Authority); each speaker's words are then the original text's
    quoted = [(q.start, q.end) for q in finder.quotations]
    speakers = _resolve(document.analysis_text, found, quoted)
    if document.analysis_text is not document.text:
        for speaker in speakers.values():
            speaker.text = document.text[speaker.start : speaker.end]
            speaker.name = " ".join(speaker.name.split())
    quotes = []
    seen: set[tuple[int, int]] = set()
    handed_out: set[tuple[int, int]] = set()
    original = document.text
    for item in found:
        key = (item.start, item.end)  # 'said "we will not raise fares."': one quotation,
        if key in seen or item.end <= item.start or item.kind == _SPEAKER_ONLY:
            continue  # (not a partial and an indirect; a speaker without a claim)
        if item.mention and item.mention not in speakers:
            item.mention = None  # credited to a date or a thing: no speaker
        seen.add(key)
        cue = None
        if item.frame is not None:
            c = item.frame.cue
            cue = TextSpan(c.start, c.end, original[c.start : c.end])
        speaker = None
        if item.mention:
            # each quote owns its speaker: the first takes the resolved one, the others a copy
            speaker = speakers[item.mention]
            if item.mention in handed_out:
                speaker = _copy(speaker)
            else:
                handed_out.add(item.mention)
        quotes.append(Quote(  # (id, kind, start, end, text, cue, speaker) positional: cheaper
            f"q{len(quotes) + 1}", item.kind, item.start, item.end,
            original[item.start : item.end], cue, speaker,
        ))
    document.quotes.extend(quotes)


_TURN = re.compile(r"[ \t]*+([QA])([:.])[ \t]++(?=[\w\"'\u201c\u2018\u00ab])")
"""A transcript turn opening a paragraph: "Q: ...", "A. ...".  (Dialogue after a dash,
"\u2014 There was one meeting.", is left out: in English copy a dash opens list items and
subheads far more often; measured on PolNeAR, round 13.)"""


def _transcript_turns(finder: _QuoteFinder, paragraphs: list[tuple[int, int]]) -> list[_Found]:
    """The turns of a transcript, each a direct quotation without marks: at least one "Q:"
    and one "A:" paragraph.  An answer's speaker is the subject of the sentence before its
    exchange when that is a name or he/she ("Under cross-examination, he was asked about an
    email."); a question's is the person asking, whom the story names in prose, so it has
    none (and no A401: it is not a quotation in marks)."""
    text = finder.text
    if not _holds_a_question_label(text):
        return []  # no question can open a turn, and an answer counts only beside one
    opened = []  # (paragraph index, label, content start, content end)
    for index, (lo, hi) in enumerate(paragraphs):
        turn = _TURN.match(text, lo, hi)
        if turn is not None:
            end = lo + len(text[lo:hi].rstrip())
            if end > turn.end():
                opened.append((index, turn.group(1) + turn.group(2), turn.end(), end))
    # A transcript writes its questions and answers alike ("Q:"/"A:" or "Q."/"A."): an "A."
    # beside "Q:" turns is an initial ("A. Philip Randolph Hall will host ...")
    labels = {label for _, label, _, _ in opened}
    named = _named_turns(text, paragraphs) if "Q:" in labels else []
    if named:
        labels.add("A:")  # round 28: "Q: ..." then "Ruiz: ...": the named answers stand for "A:"
    opened = [
        (index, label[0], start, end) for index, label, start, end in opened
        if ("A" if label[0] == "Q" else "Q") + label[1] in labels
    ]
    if not opened:
        return []
    turns: list[_Found] = []
    answerer: tuple[int, int] | None = None
    previous = -2
    for index, label, start, end in opened:
        if index != previous + 1:  # a new exchange: who answers in it
            answerer = _subject_before_exchange(finder, start)
        previous = index
        item = _Found(start, end, "direct")
        if label == "A":
            item.mention = answerer
        turns.append(item)
    for label_span, start, end in named:
        item = _Found(start, end, "direct")
        item.mention = label_span
        turns.append(item)
    return turns


_NAME_TURN = re.compile(
    r"[ \t]*+([A-Z][\w'\u2019-]*+(?:[ \t][A-Z][\w'\u2019-]*+){0,2}):[ \t]++"
    r"(?=[\w\"'\u201c\u2018\u00ab])"
)
"""Round 28: an interview's answer labelled with its speaker's name ("Ruiz: I don't accept
that."), read only where "Q:" turns are."""


def _named_in_prose(text: str, label: str, before: int) -> bool:
    """Whether ``label`` ends a name in the prose before ``before`` ("Mayor Angela Ruiz sat
    down"): a word after a capitalised word and a space (review 28: not "Friday. Schools will
    reopen", a sentence's first word after a full stop)."""
    at = text.find(" " + label, 0, before)
    while at >= 0:
        after = at + 1 + len(label)
        if not text[after : after + 1].isalnum():
            space = text.rfind(" ", 0, at)
            word = text[space + 1 : at]
            if word[:1].isupper() and word.isalpha():
                return True  # ("Mayor Ruiz", "Xochitl Ruiz"; not "Friday. Schools")
        at = text.find(" " + label, at + 1, before)
    return False


def _named_turns(
    text: str, paragraphs: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], int, int]]:
    """The answers of a Q&A whose answers carry the speaker's name instead of "A:" (label span,
    content start, content end): a label the story also writes in its prose ("Mayor Angela Ruiz
    sat down with ...") and that opens at least two paragraphs."""
    found: dict[str, list[tuple[tuple[int, int], int, int]]] = {}
    for lo, hi in paragraphs:
        turn = _NAME_TURN.match(text, lo, hi)
        if turn is None or turn.group(1) in ("Q", "A"):
            continue
        end = lo + len(text[lo:hi].rstrip())
        if end > turn.end():
            found.setdefault(turn.group(1), []).append((turn.span(1), turn.end(), end))
    turns = []
    for label, answers in found.items():
        if len(answers) < 2:
            continue
        if not _named_in_prose(text, label, answers[0][0][0]):
            continue  # a label the prose never names ("Verdict:", "Note:")
        turns.extend(answers)
    return turns


def _holds_a_question_label(text: str) -> bool:
    """Whether "Q:" or "Q." occurs in ``text``: each capital Q (a rare letter) is found and the
    character after it read.  (Issue 3: ``"Q:" in text`` and ``"Q." in text`` were two scans of
    a two-character needle, which in a text with curly quotes cost some 25 times as much.)"""
    at = text.find("Q")
    while at >= 0:
        if text[at + 1 : at + 2] in _QUESTION_LABEL_MARKS:
            return True
        at = text.find("Q", at + 1)
    return False


_QUESTION_LABEL_MARKS = frozenset(":.")


def _subject_before_exchange(
    finder: _QuoteFinder, start: int, interview: bool = False
) -> tuple[int, int] | None:
    """The subject (a name or he/she) of the last sentence before the turn at ``start``; with
    ``interview``, before the question-and-answer paragraphs of an interview (round 26)."""
    text = finder.text
    paragraph = bisect_right(finder.paragraph_starts, start) - 1
    while paragraph > 0:
        paragraph -= 1
        lo, hi = finder.paragraphs[paragraph]
        if _TURN.match(text, lo, hi):
            continue  # an earlier turn of the same exchange
        if interview and (_is_question_paragraph(text, lo, hi) or text[lo] in _OPEN_MARKS):
            continue  # an earlier question or answer of the interview
        visible = last_visible(text, lo, hi)
        # round 19: the sentences of that paragraph from its last, up to three ("Executive
        # Director Nora Castellano spoke with the Ledger about the project. The conversation
        # has been edited for length and clarity.")
        for _ in range(3):
            if visible < lo:
                return None
            sentence_start, sentence_end = finder._sentence(visible)
            subject = finder._subject_before(max(sentence_start, lo), sentence_end)
            if subject is not None:
                words = text[subject[0] : subject[1]].split()
                if _ASKS_NEXT.match(text, subject[1], sentence_end):
                    return None  # "Calloway asked his client whether ...": the one asking
                if words[0].lower() in ("he", "she") or all(w[:1].isupper() for w in words) and (
                    words[0].lower() not in _NOT_A_QUOTING_SUBJECT
                ) and (len(words) > 1 or _surname_seen(text, words[0], subject[0])):
                    return subject
            visible = last_visible(text, lo, sentence_start) if sentence_start > lo else lo - 1
        return None
    return None


_INTERVIEW_INTRODUCED = re.compile(
    r"\b(?:Q ?& ?A|[Ii]nterview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|sat down with|"
    r"[Ii]n conversation with)\b"
)
"""Review 26: a story that introduces an interview ("Q&A:", "We spoke to her", "interviewed
by"); an explainer's questions ("Will taxes rise?") before quoted answers are no interview."""
_MARKS_IN_A_QUESTION = frozenset("\"\u201c\u201d\u00ab\u00bb")


def _is_question_paragraph(text: str, lo: int, hi: int) -> bool:
    """An interviewer's question on its own paragraph: short, ending in "?", quoting nothing
    ("Why did you stay when the light was automated?")."""
    end = last_visible(text, lo, hi)
    return (
        end >= lo and text[end] == "?" and end - lo < 300
        and not any(character in _MARKS_IN_A_QUESTION for character in text[lo:end])
        and text[lo] not in _OPEN_MARKS
    )


def _surname_seen(text: str, word: str, before: int) -> bool:
    """A lone capitalised subject ("Calloway", not "Questions") is a surname the story gave in
    full earlier ("Rupert Calloway KC"), looked for in the 5,000 characters before."""
    pattern = re.compile(r"\b[A-Z][\w'\u2019.-]*[ \t]+" + re.escape(word) + r"\b")
    return pattern.search(text, before - 5000 if before > 5000 else 0, before) is not None


_ASKS_NEXT = re.compile(
    r"[ \t]+(?:then[ \t]+|also[ \t]+)?(?:asked|asks|questioned|pressed|put|cross-examined)\b"
)
"""After the subject of an exchange's lead-in: the subject is the one asking."""


def _inside_a_turn(item: _Found, turns: list[_Found], starts: list[int]) -> bool:
    """Indirect speech inside a turn ("We asked questions and they said ...") is the speaker's
    own account, part of the turn (``starts``: the turns' starts, in order)."""
    if item.kind != "indirect":
        return False
    i = bisect_right(starts, item.start) - 1
    return i >= 0 and item.end <= turns[i].end


_NAME_BEFORE_COLON = re.compile(
    r"(?:\b([a-z]+)[ \t]+|[-\u2013\u2014][ \t]*)"
    r"((?:[A-Z][a-z'\u2019-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)){1,2})[ \t]*\Z"
)


def _named_before_colon(text: str, lo: int, colon: int) -> tuple[int, int] | None:
    """A person's name closing a lead-in, after a person role or a dash ("doesn't surprise
    Republican pollster Daron Shaw:", "- Philip Bump:"); not an addressee ("a message to Paul
    Ryan:")."""
    match = _NAME_BEFORE_COLON.search(text, lo, colon)
    if match is None:
        return None
    role = match.group(1)
    if role is not None and role_heads().get(role) != "person":
        return None
    before = text[match.start() - 12 if match.start() > 12 else 0 : match.start()].split()
    if role is not None and before and before[-1].lower() in ("to", "for", "at", "with"):
        return None  # "the letter sent to reporter Dana Ames:": the addressee
    return match.span(2)


def _headline_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the line holding ``text[start:end]`` when it is a headline (looked for up
    to 300 characters on each side): its words of four letters or more nearly all capitalised."""
    line_start = text.rfind("\n", start - 300 if start > 300 else 0, start) + 1
    if line_start == 0 and start > 300:
        return None  # no line break within reach: running text
    line_end = text.find("\n", end, end + 300)
    if line_end < 0:
        if end + 300 < len(text):
            return None
        line_end = len(text)
    long_words = [w for w in text[line_start:line_end].split() if len(w) > 3 and w[0].isalpha()]
    capitals = sum(1 for w in long_words if w[0].isupper())
    if len(long_words) >= 3 and capitals >= 0.8 * len(long_words):
        return line_start, line_end
    if line_start == 0 and text.startswith("\n\n", line_end) and (
        text[line_end - 1 : line_end].isalnum() or text[line_end - 1 : line_end] in "'\u2019"
    ):  # round 24: the story's first line, a paragraph of its own with no full stop, is its
        return line_start, line_end  # headline in sentence case ("Actor sues tech firm over
        # AI 'deepfake' advert")
    return None


_STORY_REACH = 2000
"""Characters on each side of a headline searched for the name its subject opens with."""


def _named_elsewhere(
    text: str, subject: tuple[int, int], line: tuple[int, int]
) -> tuple[int, int] | None:
    """The longest opening of a headline's ``subject`` that the story names within
    ``_STORY_REACH`` characters outside the headline ``line`` (several words in any case, one
    word as written), or None ("John McCain" stays; "Black Lawmakers Rip Donald Trump" is
    "Black Lawmakers" when the story says "black lawmakers"; "Frustrated" is no one)."""
    before = text[line[0] - _STORY_REACH if line[0] > _STORY_REACH else 0 : line[0]]
    after = text[line[1] : line[1] + _STORY_REACH]
    story = f"{before}\n{after}"
    lowered = story.lower()
    words = text[subject[0] : subject[1]].split(" ")
    if words[-1].endswith(("'s", "\u2019s")):
        words[-1] = words[-1][:-2]  # round 24: "Eric Trump's not so sure father gave ...":
        # the story names "Eric Trump"
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        if _has_word_run(story, name) if count == 1 else _has_word_run(lowered, name.lower()):
            return subject[0], subject[0] + len(name)
    return None


def _has_word_run(story: str, name: str) -> bool:
    """Whether ``name`` occurs in ``story`` as whole words ("black lawmakers", not the
    "senators back" of "senators backed")."""
    at = story.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and story[at - 1].isalnum()) and not story[end : end + 1].isalnum():
            return True
        at = story.find(name, at + 1)
    return False


def _named_in_apposition(text: str, found: list[_Found]) -> None:
    """A role speaker followed by a name set off by a comma ("One MP, Gareth Lyle, said",
    "according to a defence analyst at the institute, Dr. Priya Raman.") or an unnamed one right
    after a name ("Farah Qureshi, a software tester who posted") is that named person: the name
    becomes the speaker and the role its apposition."""
    renamed: dict[tuple[int, int], tuple[int, int] | None] = {}
    for item in found:
        mention = item.mention
        if not mention:
            continue
        if mention not in renamed:
            renamed[mention] = None
            after = text[mention[1] : mention[1] + 1] == ","  # (slices: no method call)
            opening = mention[0]
            before = text[opening : opening + 1] == "a" and text.startswith(
                ("a ", "an "), opening
            ) and opening > 2 and text[opening - 2] == "," and text.startswith(
                (",", " who "), mention[1]
            )
            if not (after or before):
                continue  # no name set off beside it (most mentions): nothing to read
            words = text[mention[0] : mention[1]].split()
            head = _head_word(words)
            body = len(words) > 1 and bool(head) and names_a_kind_of_body(head.lower())
            # ("The label, Northlight Records, said": the company by its name)
            if len(words) > 1 and head and (_names_a_person(head) or body):
                match = _NAME_IN_APPOSITION.match(text, mention[1]) if after else None
                if body and match is not None and not names_a_body(match.group(1).split()) and (
                    given_name(match.group(1).split(None, 1)[0])
                ):  # ("The committee, Mr. Smith, said": no name of a body; "A power company,
                    match = None  # Pacific Coast Power, said" is the company by its name)
                if match is None and before:  # "Farah Qureshi, a software tester who posted"
                    match = _NAME_BEFORE_ROLE.search(
                        text, mention[0] - 60 if mention[0] > 60 else 0, mention[0]
                    )
                    if match is not None and not _a_persons_name(text, match):
                        match = None
                if match is not None:
                    renamed[mention] = match.span(1)
        name = renamed[mention]
        if name is not None and item.apposition in (None, name):
            item.mention, item.apposition = name, mention


_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|\bnever|n't|n\u2019t|\bdeclined[ \t]+to|\brefused[ \t]+to)[ \t]+$", re.IGNORECASE
)
_QUESTION_AFTER = re.compile(r"[ \t]+(?:whether|if|how|why|when|what|who|which|where)\b")
_STANCE_OBJECT_CUES = frozenset(["rejec", "denie", "dispu", "disag"])
"""Round 25: the first letters of cues whose object is what someone else said ("A zoo
spokesman rejected that characterisation", "denied the claim", "disputed the account"): no
report, but the one who objected is the next pronoun's antecedent."""
_OPENS_A_MENTION = re.compile(r"(?:[Tt]he[ \t]++[A-Z]|(?![Tt]he\b)[A-Z]|(?:An?|an?|One|one)\b)")
"""How the subject of such a cue opens when it is a mention (a name, "the Census Bureau", "a
zoo spokesman"), not a phrase the cue scan cut out of a clause ("included members of ...") nor
a definite role the story may have given a named person ("The former deputy mayor has always
denied": DEFECT25's narration rule reads that one)."""
_QUESTION_SECOND = frozenset(" \twih")
"""The second character of a ``_QUESTION_AFTER`` match (a space, a tab or a question word's
first letter), compared before the regex runs: one test per frame."""
_DETERMINERS_BEFORE_NOUN = _POSSESSIVES | frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "no", "any", "every", "each"]
)
_HEAD_ENDS = frozenset(["at", "of", "for", "with", "to"])
_PARTICLE_AFTER = re.compile(r"[ \t]+(?:out|off|up|away)\b(?!-)")
"""A particle after a cue makes another verb ("blasted out an email", "wrote off the debt");
the phrasal cues that report ("pointed out") are cue forms of their own."""
_PARTICLE_SECOND = frozenset(" \toua")
"""The second character of a ``_PARTICLE_AFTER`` match, compared before the regex runs."""
_BOAST_HAS = re.compile(
    r"[ \t]++(?:a|an|more|some|several|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b"
)
"""Round 27: after "boasts", a noun phrase's opening: the verb means "has" ("The device boasts a
6.8-inch display"), no report; the speech sense takes "that", "of", "about" or a clause."""
_THAT_AHEAD = re.compile(r"[ \t]that[ \t]")
_SAID_UP_TO = re.compile(r"(?:said|says|say)[ \t]+up[ \t]+to\b", re.IGNORECASE)
"""Except "said up to 40 people were hurt": "up to" opens the reported number."""
_CONTRACTED = frozenset(["he", "she", "it", "who", "that", "there", "what", "here", "where", "let"])
_PLACE_PREPOSITIONS = frozenset(["from", "in", "near"])


_MODIFIERS_BEFORE_NOUN = re.compile(
    r"\b(\w+(?:['\u2019]s)?) ((?:[a-z]{2,15} ){1,2})\Z"
)
"""A determiner or possessive (group 1), then one or two lower-case words (group 2) before a
cue: 'its amber wind warning'; checked with _determines."""
_ING_NOUNS = section_words("attribution_words.txt", "ing_noun")
"""Cues in -ing that are also common nouns ('a flood warning', 'accountability reporting')."""
_ING_NOUN_COMPOUND = re.compile(
    r"[ \t]++(?:signs?|signals?|lights?|shots?|labels?|letters?|bells?|flags?|systems?|sirens?"
    r"|notices?|papers?|rooms?|sessions?|requirements?|standards?|rules?|deadlines?|periods?"
    r"|lines?|times?)\b"
)
"""Round 23: the nouns such a cue modifies ('ignored warning signs', 'the briefing room',
'reporting requirements'): a compound noun, no verb of saying."""
_NOUN_FOLLOWERS = re.compile(
    r"(?:[ \t]+(?:until|for|on|in|at|across|covering|is|was|remains|remained|has|had|will|"
    r"came|comes|expires|ends)\b|[.,;:]?\s*$|[.;:])", re.MULTILINE
)
"""What follows a noun cue ('warning until 09:00', 'warning for rain', 'warning was lifted',
'a flood warning.'), where a participle's clause or object would stand."""
_NOT_A_NOUN_MODIFIER = (
    attribution_words("phrase_boundary") | attribution_words("phrase_ending_word")
    | frozenset(["kept", "keep", "keeps", "began", "begun", "start", "stop", "continue", "is",
                 "been", "also", "still", "now", "then", "just", "even"])
)


_POSSESSIVE_ENDS = frozenset("sSrRyY'\u2019")
"""The last characters of a possessive: "'s", "s'", its, his, her, their, our, my, your."""


def _after_possessive(text: str, position: int) -> bool:
    """Round 28: whether the word before ``position`` is a possessive ("drivers'", "the
    company's", "their"; not "he's", "it's")."""
    if position < 2 or text[position - 1] != " " or text[position - 2] not in _POSSESSIVE_ENDS:
        return False  # (the last letter first: most words before a cue end otherwise)
    floor = position - 30 if position > 30 else 0
    start = 1 + max(  # review 28: to any white space, a paragraph's start too
        text.rfind(" ", floor, position - 1), text.rfind("\n", floor, position - 1), floor - 1
    )
    before = text[start : position - 1]
    if before.endswith(("s'", "s\u2019")):
        return before[:-1].isalpha()
    return before.lower() in _POSSESSIVES or before.endswith(("'s", "\u2019s")) and (
        _determines(before)
    )


def _determines(word: str) -> bool:
    """A determiner or a possessive ("Trump's", "the mayor's"; not "he's") before a noun."""
    lowered = word.lower()
    return lowered in _DETERMINERS_BEFORE_NOUN or (
        lowered.endswith(("'s", "\u2019s")) and lowered[:-2] not in _CONTRACTED
    )


_NOT_BEFORE_A_NAME = frozenset(
    ["in", "at", "on", "from", "near", "to", "of", "for", "by", "during", "since", "and", "the",
     "a", "an", "across", "outside", "inside"]
)
"""Words before a capitalised run that make it a place, a date or part of a longer name ("In
New Hampshire, a young woman", "the Justice Department, a former official")."""
_NOT_NAME_OPENERS = frozenset(
    ["in", "on", "at", "by", "for", "after", "before", "during", "since", "last", "this", "next",
     "when", "while", "then", "but", "and"]
)


def _a_persons_name(text: str, match: re.Match[str]) -> bool:
    """Whether the capitalised run ``match`` found before an unnamed role can be a person's
    name: not opened by a preposition or time word ("In May"), not after one or after another
    capitalised or possessive word ("Vietnam's Ho Chi Minh City", "Big League Politics'
    Cassandra Fairbanks"), and without a possessive inside."""
    name = match.group(1)
    words = name.split()
    if words[0].lower() in _NOT_NAME_OPENERS or any(
        w.endswith(("'", "\u2019", "'s", "\u2019s")) for w in words
    ):
        return False
    before = text[match.start() - 30 if match.start() > 30 else 0 : match.start()].split()
    if not before:
        return True
    word = before[-1]
    return not (
        word.lower() in _NOT_BEFORE_A_NAME or word[:1].isupper()
        or word.endswith(("'", "\u2019", "'s", "\u2019s"))
    )


def _head_word(words: list[str]) -> str:
    """The head of a role phrase: the word before its first preposition ("a defence analyst at
    the institute"), or "" after "from"/"in" (the name after the comma may be a place: "a
    salesman from Sumter, South Carolina,")."""
    for index, word in enumerate(words):
        lowered = word.lower()
        if lowered in _PLACE_PREPOSITIONS:
            return ""
        if lowered in _HEAD_ENDS and index > 0:
            return words[index - 1]
    return words[-1] if words else ""


def _names_a_person(head: str) -> bool:
    """A role or people noun ("spokesperson", "MP", "user", "men"), not a thing ("report") or a
    place ("a salesman from Sumter")."""
    lowered = head.lower()
    if lowered in role_heads():
        return role_heads()[lowered] == "person"
    nouns = human_nouns()
    return head.islower() and (nouns.singular(head) or nouns.plural(head))


_RECORDS = section_words("documents.txt", "records")
"""Records that are never a speaker before a verb but are a source after "according to"."""


def _resolve(
    text: str, found: list[_Found], quoted: list[tuple[int, int]]
) -> dict[tuple[int, int], Speaker]:
    """Resolve every speaker mention the quotes use, in text order (pronouns look back)."""
    # round 19: clauses after their speaker, "X testified that ..."; a clause before its "she
    # said" is often about the speaker herself; round 21: a clause a group, body or document
    # reports keeps its names for a later he or she, who cannot be the reporter
    reported = _merged([
        (item.start, item.end) for item in found
        if item.kind == "indirect" and item.mention and item.mention[0] < item.start
        and not reporter_is_no_he_or_she(text[item.mention[0] : item.mention[1]])
    ])
    clause_starts = frozenset(item.start for item in found if item.kind == "indirect")
    resolver = SpeakerResolver(text, quoted, reported, clause_starts)
    appositions = {item.mention: item.apposition for item in found if item.mention}
    # "according to the meeting agenda": whatever follows "according to" is the source, even a
    # noun that is never a speaker before a verb ("the agenda suggests" is no attribution)
    according = [
        item.mention for item in found
        if item.mention and item.frame is not None
        and text[item.frame.cue.start] in "Aa"  # (one character first: most cues are verbs)
        and text[item.frame.cue.start : item.frame.cue.start + 12].lower() == "according to"
    ]
    credited = {
        mention for mention in according
        if text[mention[0] : mention[1]].split()[-1].lower() in _RECORDS
    }
    sites = {  # round 19: "According to the site" after "the news site The Circuit"
        mention for mention in according
        if text[mention[0] : mention[1]].lower() in ("the site", "the page")
        and _NEWS_SITE_BEFORE.search(text, max(0, mention[0] - 2000), mention[0])
    }
    speakers = {
        mention: resolver.resolve(mention, appositions[mention])
        for mention in sorted(appositions)
        if mention in credited or mention in sites
        or plausible_speaker(text[mention[0] : mention[1]])
    }
    for mention in credited:
        if speakers[mention].kind == "unknown":
            speakers[mention].kind = "document"
    for mention in sites:
        speakers[mention].kind = "outlet"
    _name_roles(speakers, appositions, text)
    _one_kind_per_body(speakers)
    return speakers


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _one_kind_per_body(speakers: dict[tuple[int, int], Speaker]) -> None:
    """Round 19: a name the story shows to be an organisation in one place ("Streamly, the music
    streaming service, said") is one in the others too (the headline's "Streamly says" had
    been a person beside it), when no given name or title opens it and it is never written
    with one."""
    kinds: dict[str, set[str]] = {}
    for speaker in speakers.values():
        if speaker.kind in ("person", "organization"):
            kinds.setdefault(speaker.name, set()).add(speaker.kind)
    bodies = {
        name for name, found in kinds.items()
        if len(found) == 2 and not given_name(name.split()[0]) and all(
            not given_name(speaker.text.split()[0]) for speaker in speakers.values()
            if speaker.name == name and speaker.kind == "person" and speaker.text
        ) and all(
            speaker.text.endswith(name.split()[-1]) for speaker in speakers.values()
            if speaker.name == name and speaker.kind == "person"
        )
    }
    for speaker in speakers.values():
        if speaker.name in bodies and speaker.kind == "person":
            speaker.kind = "organization"


_NEWS_SITE_BEFORE = re.compile(r"\b(?:news (?:web)?site|website|blog)\b")
"""An outlet on the web named earlier: "according to the site" then means it (not a building
site)."""
_REPORTS_NOUN_MODIFIERS = frozenset(["news", "media", "press"])
"""Lower-case words that make a following "reports" a noun ("from news reports rather than",
"Turkish media reports say"; not "CBS News reports that", "the Associated Press reports")."""
_PASSIVE_RELATIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)[ \t]++\Z")
"""Review 27: a passive relative clause's be-verb before the participle ("A teenager who was
injured| claims police used force"): the cue is the main clause's verb."""
_PARTICIPLE_OF_SUBJECT = re.compile(
    r"\b(?:the|a|an|these|those|its|his|her|their)[ \t]++[a-z][a-z-]*+[ \t]++\Z"
)
_PLACE_AFTER = re.compile(
    r"[ \t]++(?:in|on|at|near|inside|under)[ \t]++(?:[\w'\u2019-]++[ \t]++){1,4}?"
    r"(?:was|were|is|are|had|has)\b"
)
_THAT_SOON = re.compile(r"[^.;:!?]{0,80}?[ \t]that[ \t]")
"""Round 27: "found" right after a determiner and a noun, then a place and the clause's verb,
with no "that" ahead ("the concentration found in his sample was '...'", "the body found in the
river was ..."): a participle describing the noun, no cue (but "The committee found in its
report that ...", "The study found in 40 percent of cases the drug failed")."""
_PLURAL_NOUN_CUES = frozenset(["reports", "claims"])
_IRREGULAR_OBJECT_TAKERS = frozenset(["heard", "saw", "got", "read", "made", "brought"])
"""Round 27: cues that are as often plural nouns, and the irregular past verbs that take them
as an object ("heard reports that ...")."""
_ROLE_OPENERS = frozenset(["the", "its", "his", "her", "their"])
_ROLE_WORD = re.compile(r"[a-z][a-z-]*+")
_RELATIONS = section_words("speaker_words.txt", "relation")
"""People named by a relation to someone ("his wife", "her friend"): one per person the story
mentions, no office a later title can name."""
_POSSESSOR = re.compile(r"([\w.-]+)['\u2019]s?$")


def _role_words(mention: str) -> tuple[str, str] | None:
    """(possessor, role) of a definite role mention, lower-cased ("its chief executive": ("its",
    "chief executive"); "Valdoria's foreign minister": ("valdoria", "foreign minister"); a
    headline's "Foreign minister": ("", "foreign minister")), or None: a role is one to three
    lower-case words (the first may open a line) ending in a singular person noun that is no
    relation ("his wife"), after at most one determiner or possessive."""
    words = mention.split()
    if not 1 <= len(words) <= 5:
        return None
    possessor = ""
    if words[0].lower() in _ROLE_OPENERS or words[0].endswith(("'s", "\u2019s")):
        possessor = words[0].lower().replace("\u2019", "'").removesuffix("'s")
        words = words[1:]
    elif len(words) < 2:
        return None  # "Twitter": a bare capitalised word is a name (a headline's role has two)
    if not 1 <= len(words) <= 3 or not all(
        _ROLE_WORD.fullmatch(word if index else word[:1].lower() + word[1:])
        for index, word in enumerate(words)
    ):
        return None
    head = words[-1].lower()
    if head in _RELATIONS or role_heads().get(
        head, "person" if human_nouns().singular(head) else None
    ) != "person":
        return None
    return possessor, " ".join(words).lower()


_ROLE_APPOSITION = re.compile(
    r"(?:(?:the|its|his|her|their|(?P<possessor>[\w.-]+)'s?)\s+)?(?P<role>[a-z-]+(?:\s+[a-z-]+){0,2})"
)
"""An apposition that is a role and nothing else ("the foreign minister", "Valdoria's foreign
minister"; not "a former candidate for governor")."""


def _holds_role(description: str, name: str, role: str, possessor: str) -> bool:
    """Whether a named speaker's mention (or its apposition) gives ``role`` as the title right
    before the name ("Chief Executive Marissa Oyelaran", "agent Rafael Quiroga") or as its own
    description (", the foreign minister,"); a possessor before the role there must be the
    role mention's ("Murphy's spokeswoman Galia Slayen" is not "Grayson's spokeswoman")."""
    lowered = description.lower()
    at = lowered.find(role)
    end = at + len(role)
    if at < 0 or (at and lowered[at - 1].isalpha()) or lowered[end : end + 1].isalpha():
        return False
    after = lowered[end:].lstrip(" ,")
    surname = name.split()[-1].lower()
    if surname not in lowered:
        return False
    if after.split(" ", 1)[0].rstrip(",") not in name.lower().split() and (
        surname in lowered[at:]
    ):
        return False  # the role is not the title right before the name
    before = _POSSESSOR.search(lowered[:at].rstrip().replace("\u2019", "'"))
    return before is None or before.group(1) == possessor


def _name_roles(
    speakers: dict[tuple[int, int], Speaker],
    appositions: dict[tuple[int, int], tuple[int, int] | None],
    text: str,
) -> None:
    """Round 19: a speaker named only by a definite role ("its chief executive told analysts",
    "Valdoria's foreign minister on Monday rejected", "his agent said") is the one person the
    story names with that role as a title or apposition, before or after ("Chief Executive
    Marissa Oyelaran said", "agent Rafael Quiroga told"); left alone when no person, or two,
    carry it. Pronouns resolved to the role follow it."""
    roles: dict[str, tuple[str, str]] = {}
    for speaker in speakers.values():
        if speaker.kind in ("unknown", "person") and speaker.name == speaker.text and (
            role := _role_words(speaker.text)
        ):
            roles[speaker.name] = role
    if not roles:
        return
    holders: dict[str, set[str]] = {name: set() for name in roles}
    for mention, speaker in speakers.items():
        if speaker.kind != "person" or " " not in speaker.name or speaker.name in roles or (
            speaker.name.split()[-1] not in speaker.text
        ) or not all(word[:1].isupper() for word in speaker.name.split()):
            continue  # a named person, named in this mention
        apposition = appositions.get(mention)
        described = None
        if apposition is not None:
            described = _ROLE_APPOSITION.fullmatch(
                text[apposition[0] : apposition[1]].strip(" ,").lower().replace("\u2019", "'")
            )
        for role_name, (possessor, role) in roles.items():
            if _holds_role(speaker.text, speaker.name, role, possessor) or (
                described is not None and described.group("role") == role and (
                    described.group("possessor") in (None, possessor)
                )
            ):
                holders[role_name].add(speaker.name)
    for speaker in speakers.values():
        names = holders.get(speaker.name)
        if names is not None and len(names) == 1:
            speaker.name = next(iter(names))
            speaker.kind = "person"


_START = attrgetter("start")
_END = attrgetter("end")


def _dash_opens_one(text: str, starts: list[int]) -> bool:
    """Whether a sentence after the first (``starts``: their starts) opens with a dash: looked
    up from the text's few dashes, not tested per sentence."""
    later: set[int] | None = None
    for dash in _DASHES:
        at = text.find(dash)
        while at >= 0:
            if later is None:
                later = set(starts[1:])
            if at in later:
                return True
            at = text.find(dash, at + 1)
    return False


_SINGULAR_PERSONS = frozenset(["he", "she"])
"""Pronouns for one person: a group's view ("Detectives believe ...") attributed by one of
these is that person's report of it (``_QuoteFinder._group_speaks``)."""


class _QuoteFinder:
    """All the quote stage's decisions for one text."""

    def __init__(
        self,
        original: str,
        text: str,
        paragraphs: list[tuple[int, int]],
        sentences: list[TextSpan] | None = None,
    ) -> None:
        self.original = original
        self._capitals_seen: dict[str, bool] = {}  # (round 25: per document)
        self._interview_exchanges: int | None = None  # (round 26: counted when first asked)
        self.text = text
        self.paragraphs = paragraphs
        self.paragraph_starts = [lo for lo, _ in paragraphs]
        self.quotations = [
            q for q in find_quotations(text, paragraphs) if not is_nickname(text, q)
        ]
        self.quotation_starts = [q.start for q in self.quotations]
        self.bounds = self._sentence_bounds(sentences or [])
        self._sentence_ends = [*self.bounds, len(text)]
        self.frames = self._frames()
        self.frame_starts = [f.cue.start for f in self.frames]
        self._naming_frames = {
            index for index, frame in enumerate(self.frames)
            if frame.cue.section == "object"
            and text[frame.cue.start : frame.cue.end].lower() in _NAMING_CUES
            and _names_a_thing(text, frame.cue)
        }
        """Round 22 (FIXA22): frames that give a name ("a super PAC called Future45"), no
        speaking frame a quotation after them is credited to."""
        self.used_frames: set[int] = set()
        self.titles: list[Span] = []
        """Quotations that hold a name or title, not speech."""
        self._announced_titles: set[str] = set()
        """The words of the titles so far that the text announced ('the series "Night
        Shift"'), for ``_title_again`` (a set: one look-up per quotation, not a walk over every
        title)."""
        self._cueless_mention: tuple[int, int] | None = None
        self._cueless_cue: Cue | None = None
        """The cue of a cueless mention when the label opens with one ('Said X:')."""

    # -- structure -------------------------------------------------------------------------

    def _paragraph(self, position: int) -> tuple[int, int]:
        if not self.paragraphs:
            return 0, len(self.text)
        index = bisect_right(self.paragraph_starts, position) - 1
        return self.paragraphs[index if index > 0 else 0]

    def _quotation_at(self, position: int) -> Quotation | None:
        index = bisect_right(self.quotation_starts, position) - 1
        if index >= 0 and self.quotations[index].start <= position < self.quotations[index].end:
            return self.quotations[index]
        return None

    def _sentence_bounds(self, sentences: list[TextSpan]) -> list[int]:
        """Offsets where a sentence (or paragraph) starts or ends, sorted: the Document's
        sentences (the sentences stage), a sentence that opens with a dash joined to the one
        before ('"Every vote will be counted." — Commissioner Ruth Alvarez')."""
        text = self.text
        bounds = set(chain.from_iterable(self.paragraphs))
        starts = [*map(_START, sentences)]
        if not _dash_opens_one(text, starts):
            # (most texts: every sentence's edges, taken without a Python loop per sentence)
            bounds.update(starts)
            bounds.update(map(_END, sentences))
            return sorted(bounds)
        spans: list[list[int]] = []
        for sentence in sentences:
            if spans and text.startswith(_DASHES, sentence.start):
                spans[-1][1] = sentence.end  # the dash credits the sentence before it
            else:
                spans.append([sentence.start, sentence.end])
        bounds.update(edge for span in spans for edge in span)
        return sorted(bounds)

    def _sentence(self, position: int) -> tuple[int, int]:
        index = bisect_right(self.bounds, position)
        left = self.bounds[index - 1] if index > 0 else 0
        return left, self._sentence_ends[index]  # the bounds, then the text's end

    def _cues_outside_quotations(self) -> list[Cue]:
        """The cues that do not start inside a quotation (as ``_quotation_at`` sees them): the
        cue regex runs over the gaps between quotations only, instead of over the whole text
        with the cues inside quotations dropped afterwards.  A cue is letters and spaces, so no
        match straddles a quotation mark; ``find_cues_between`` reads the character before each
        gap."""
        gaps = []
        previous_end = 0
        for quotation in self.quotations:
            if quotation.start > previous_end:
                gaps.append((previous_end, quotation.start))
            previous_end = quotation.end
        if len(self.text) > previous_end or not self.quotations:
            gaps.append((previous_end, len(self.text)))
        return find_cues_between(self.text, gaps)

    def _frames(self) -> list[Frame]:
        frames = []
        starts, count, paragraph = self.paragraph_starts, len(self.paragraph_starts), 0
        text = self.text
        for cue in self._cues_outside_quotations():
            word = text[cue.start : cue.end].lower()
            # (``_noun_use``'s first test, made here: no call for most cues)
            if (text[cue.end - 1] in "sg" or word in _BASE_FORM_NOUNS) and self._noun_use(
                cue, word
            ):
                continue  # "a warning", "the briefing", "little doubt that": a noun credits
                # no quotation
            if word in ADD_FORMS and _ADDED_OBJECT.match(text, cue.end) and (
                text.endswith("ing", cue.start, cue.end)
                or not _after_closing_mark(text, cue.start)
            ):
                continue  # "reduced the units and added a public trail", "added 200 jobs": a
                # thing added, no report ("added the plan would fail" and the inverted "'...,'
                # added another Republican" still report)
            if word == "estimates that" and _VERB_AFTER_THAT.match(text, cue.end):
                continue  # round 28: "Official estimates that were published on Monday": a
                # noun and its relative clause, no report ("estimates that 8,000 were" reports;
                # review 28: only this cue, "Critics counter that was never the plan" reports)
            if word[-2:] == "ed" and _after_possessive(text, cue.start):
                continue  # round 28: "drivers' guaranteed pay", "the company's promised
                # refund": a participle used as an adjective, no report
            if word[:5] == "claim" and (
                _RESPONSIBILITY_AFTER.match(text, cue.end) or _CLAIMED_THING.match(text, cue.end)
            ):
                continue  # round 21: "claimed responsibility for a cyberattack that shut down
                # ...": an act owned, whose "that" opens a relative clause, no report.  Round
                # 28: "claimed more than £14,000 in expenses", "claimed his eighth title",
                # "claimed the lives of three children": a thing taken, no clause ("claimed
                # the title was rigged" still reports)
            if word[-3:] == "ing" and _PERCEIVED_BEFORE.search(
                text, cue.start - 12 if cue.start > 12 else 0, cue.start
            ):
                continue  # round 23: "she heard shouting and then ...", "saw people arguing":
                # what was heard or seen, no report
            if word == "found" and _PLACE_AFTER.match(text, cue.end) and (
                _PARTICIPLE_OF_SUBJECT.search(
                    text, cue.start - 40 if cue.start > 40 else 0, cue.start
                )
            ) and not _THAT_SOON.match(text, cue.end):
                continue  # round 27: "the concentration found in his sample was '...'"
            if word == "reacted" and not _RIGHT_AFTER_A_QUOTATION.search(
                text, cue.start - 60 if cue.start > 60 else 0, cue.start
            ):
                continue  # round 28 (AUDIT28B): '"...?" reacted Trump', '"...," she reacted'
                # only: "Grandi reacted skeptically to the deal, '...'", "Republican
                # candidates reacted in Twitter messages" report no quotation of theirs
            if word[:4] == "fear" and _GERUND_AFTER.match(text, cue.end):
                continue  # round 24: "because she feared being barred from future events":
                # what she feared, a gerund object, no reported clause
            if word[:6] == "welcom" and _WELCOMED_PEOPLE.match(text, cue.end):
                continue  # round 25 (DEFECT25): "welcomed a baby boy in June", "welcomed
                # twins", "welcomed 2 million visitors": a birth or guests, no view of anything
            if word == "read" and _READ_TO.match(text, cue.end) and _document_before(
                text, cue.start
            ):
                continue  # round 24: "In a statement read to the court, the daughter of ...
                # said": the participle describes the statement ("The statement read: ..."
                # still reports)
            if word in DOCUMENT_PARTICIPLES and _document_before(text, cue.start):
                continue  # "in a statement posted on X": the participle describes the document
            # ``self._paragraph(cue.start)``, walking forward: the cues come in text order
            while paragraph + 1 < count and starts[paragraph + 1] <= cue.start:
                paragraph += 1
            lo, hi = self.paragraphs[paragraph] if count else (0, len(text))
            frame = frame_for(text, cue, lo, hi)
            if word == "finds" and (frame.speaker is None or frame.speaker[1] > cue.start or (
                not _headed_by_a_document(text[frame.speaker[0] : frame.speaker[1]])
            )):
                continue  # round 24: "Review finds 'failures'", "Inquiry finds police ...": a
                # finding reported only after a document's noun (most "finds" are a noun's)
            if word in _SHOW_FORMS and (
                frame.speaker is None or frame.speaker[1] > cue.start
                or not _headed_by_a_document(text[frame.speaker[0] : frame.speaker[1]])
            ):
                continue  # round 28: "A new poll shows ...", "Records show ...": a document's
                # evidence; not "the video shows ..." of a person or a thing ("Smith showed
                # the court a letter", "the tour shows visitors the mill")
            if frame.speaker is not None and text[frame.speaker[0]] in "NnOo" and _no_one(
                text, frame.speaker
            ):  # (the first letter first: no call for most speakers)
                continue  # round 16: "No one could say how many had died": nobody reports
            if cue.section == "according" and frame.speaker is not None:
                frame = _with_trailing_apposition(text, frame)
            if frame.speaker is None and text[cue.end - 1] == "g" and text[
                cue.start - 5 if cue.start > 5 else 0 : cue.start
            ].rstrip()[-4:] in _SHARE_ENDS and (
                share := _WITH_A_SHARE.search(text, cue.start - 24 if cue.start > 24 else lo,
                                              cue.start)
            ):
                frame = Frame(cue, share.span(1))  # round 28 (AUDIT28B): "..., with many
                # arguing that museums have been too slow": the many speak, not the subject
            if text[cue.end - 1] == "g" and text.endswith(
                "ing", cue.start, cue.end
            ) and (
                frame.speaker is None or self._names_a_document(frame.speaker)
                and not _INDEPENDENT_DOCUMENT.search(
                    text, frame.speaker[0] - 12 if frame.speaker[0] > 12 else 0, frame.speaker[0]
                )
            ) and not (
                frame.speaker is None and (before := _PEOPLE_BEFORE.search(
                    text, cue.start - 20 if cue.start > 20 else lo, cue.start
                )) is not None and people_noun(before.group(1).lower())
            ):
                # ", saying ..." / "released a statement saying ...": the subject speaks (round
                # 25: not "relied on women recalling what they drank": the women's participle)
                participle = self._participle_frame(Frame(cue, None), lo, frames)
                if participle.speaker is not None or frame.speaker is None or not (
                    _REPORT_FOLLOWS.match(text, cue.end)
                ):
                    frame = participle  # (else the document speaks: "his campaign sent out a
                    # text message saying:", whose subject the sentence's opening hides)
            elif cue.start > 2 and (  # (``_subject_goes_on``'s first test, made here)
                text[cue.start - 2] == "o" or text[cue.start - 3] == "o"
            ) and (
                goes_on := _subject_goes_on(
                    text, cue.start - 48 if cue.start - 48 > lo else lo, cue.start
                )
            ):  # "The email went on to say,", "The report goes on to say" (not "report goes"):
                frame = self._participle_frame(  # the subject, which ends before "goes on"
                    Frame(cue, None), lo, frames, subject_end=goes_on.start()
                )
            elif frame.speaker is None and _coordinated(
                text, cue.start - 40 if cue.start - 40 > lo else lo, cue.start
            ):  # "McConnell embraced the mogul and said ...": the subject speaks
                frame = self._participle_frame(frame, lo, frames)
            frames.append(frame)
        return frames

    def _participle_frame(
        self, frame: Frame, lo: int, frames: list[Frame], subject_end: int | None = None
    ) -> Frame:
        """", saying ...": the speaker is the previous cue's in the sentence ("he said, adding"),
        or the subject that starts the sentence (and ends by ``subject_end``, when given)."""
        left, _ = self._sentence(frame.cue.start)
        if frames and frames[-1].speaker is not None and frames[-1].cue.start >= left:
            return Frame(frame.cue, frames[-1].speaker)
        end = frame.cue.start if subject_end is None or subject_end <= left else subject_end
        intro, subject = self._opening_subject(left, end)
        if subject is None or not (
            self.text[subject[0]].isupper() or _PRONOUN_START.match(self.text, subject[0])
            or (  # "Following the meeting, the Security Council issued a statement calling ...",
                # "a paper from the Brookings Institution had this to say:"
                self.text.startswith(("the ", "a ", "an "), subject[0]) and (
                    intro is not None and intro.end() > left
                    or _SUBJECT_GOES_ON.search(self.text, left, frame.cue.start) is not None
                ) and classify_mention(self.text[subject[0] : subject[1]]) != "unknown"
            )
        ):
            return frame
        return Frame(frame.cue, subject)

    def _opening_subject(
        self, left: int, position: int
    ) -> tuple[re.Match[str] | None, tuple[int, int] | None]:
        """(the sentence's introduction, the phrase after it) before ``position``.  A place
        that goes on the introduction ("Speaking at a rally in Salem, New Hampshire, Trump went
        after Bush") is skipped: a capitalised phrase set off by a comma and followed by another
        capital."""
        text = self.text
        if (left == 0 or text[left - 1] == "\n") and text[left : left + 1].isupper() and (
            dateline := _DATELINE.match(text, left, position)
        ) is not None:  # round 19: "PORTSMOUTH, Maine (AP) \u2014 The port authority ...",
            left = dateline.end()  # "HARLAN, Ky. (AP) \u2014 A federal jury ..., rejecting": the
            # subject follows the dateline (``_INTRODUCTION`` reads only one in capitals)
        intro = _INTRODUCTION.match(text, left, position)
        start = intro.end() if intro else left
        subject = speaker_after(text, start, position)
        if intro is not None and intro.end() > left and subject is not None and text[
            subject[0]
        ].isupper():
            place_end = _PLACE_GOES_ON.match(text, subject[1], position)
            if place_end is not None and subject[1] - subject[0] <= 30:
                later = speaker_after(text, place_end.end(), position)
                if later is not None:
                    subject = later
        return intro, subject

    def _subject_before(self, left: int, position: int) -> tuple[int, int] | None:
        """The sentence's subject when it is a name or a personal pronoun and comes before
        ``position`` ("Clinton supports ...", "He talks about ..."), else None."""
        _, subject = self._opening_subject(left, position)
        if subject is None or subject[1] >= position or not self._names_a_speaker(subject):
            return None
        if self._sentence_capital(subject):
            return None  # round 25 (DEFECT25): "Interest rates rose, and the 'cheap money
            # era' is over", "Gun rights advocates have long opposed ...": a sentence's capital
            # on a common noun, no speaker named "Interest" or "Gun"
        return subject

    def _sentence_capital(self, subject: tuple[int, int]) -> bool:
        """Round 25: whether a one-word capitalised subject is a common noun with a sentence's
        capital: its noun phrase goes on in lower case ("Interest rates rose", "Gun rights
        advocates have") and the story never writes the word capitalised mid-sentence."""
        text = self.text
        word = text[subject[0] : subject[1]]
        if " " in word or not word[:1].isupper() or not word[1:].islower():
            return False
        lowered = word.lower().replace("\u2019", "'").split("'", 1)[0]
        if lowered in _CAPITAL_KEEPS or people_noun(lowered):
            return False  # "He", "He's", "She"; "People", "Several", "Politicos": who they are
        if lowered in role_heads() or lowered in titles():
            return False  # a headline's "Justice vows to be 'more circumspect'", "Campaign
            # tries to reach 'undercover' ...": a role or a body by its noun
        after = _LOWER_RUN_AFTER.match(text, subject[1])
        if after is None:
            return False
        if given_name(word):
            return False  # review 25: a listed given name ("Maria took aim at the 'broken
            # system'") is a name whatever follows
        return not capitalised_elsewhere(text, word, self._capitals_seen)

    def _person_subject(self, left: int, position: int) -> tuple[int, int] | None:
        """Round 26: the sentence's subject before a partial quotation when it is a person by
        a role ("A Lumen spokeswoman declined to comment on 'rumors and speculation'")."""
        _, subject = self._opening_subject(left, position)
        if subject is None or subject[1] >= position:
            return None
        words = self.text[subject[0] : subject[1]].split()
        if len(words) < 2 or words[0].lower() not in ("the", "a", "an") or (
            role_heads().get(words[-1].lower()) != "person"
        ):  # (a role noun ends it: not "The Trump character functions", "A Sanders win")
            return None
        if _PASSIVE_AFTER_SUBJECT.match(self.text, subject[1], position):
            return None  # review: "A police officer was cleared of 'gross misconduct'": the
            # charge's words, not the officer's
        return subject

    def _names_a_speaker(self, subject: tuple[int, int]) -> bool:
        """A subject phrase that is a name or a personal pronoun."""
        words = self.text[subject[0] : subject[1]].split()
        first = words[0]
        if first.lower() in _POSSESSIVES and not (len(words) > 1 and words[1][0].isupper()):
            # "His opponents", "Her aides": people; "His comments", "Its mandate" are not (and
            return people_noun(words[-1].lower().strip(",."))  # "Our Revolution" is a name)
        return bool(_PRONOUN_START.fullmatch(first)) or (
            first[0].isupper() and _unpossessed(first.lower()) not in _NOT_SUBJECT
        )  # (not "It's \"this new in-your-face journalism\"")

    def _names_a_source(self, subject: tuple[int, int]) -> bool:
        """A subject opened by a determiner that names a source ("the Illinois Board of
        Elections was conclusive in its findings:", "a paper from the Brookings Institution had
        this to say:"), not a thing ("The sign read:")."""
        words = self.text[subject[0] : subject[1]]
        return words.split(" ", 1)[0].lower() in ("the", "a", "an") and (
            classify_mention(words) != "unknown"
        )

    def _names_a_document(self, span: tuple[int, int]) -> bool:
        """Whether the phrase's head is a document: its last word, or the word before its first
        preposition (round 21: "posted a message on its leak site saying ...")."""
        words = self.text[span[0] : span[1]].split()
        for index in range(1, len(words)):
            if words[index] in _HEAD_ENDING_PREPOSITIONS and not (
                words[index] == "of" and words[index - 1].lower() in _SETS_OF
            ):  # (round 26: "a series of erratic messages on X": the messages)
                words = words[:index]
                break
        if not words:
            return False
        head = words[-1].lower()
        return role_heads().get(head) == "document" or (
            head[-1:] == "s" and role_heads().get(head[:-1]) == "document"
        )  # (round 26: the plural, "a series of tweets saying", "planted newspaper articles")

    # -- quotations ------------------------------------------------------------------------

    def find(self) -> list[_Found]:
        found = self._quoted()
        found.extend(self._indirect())
        return _votes_on_measures(self.text, _acts_in_reports(self.text, found))

    def _quoted(self) -> list[_Found]:
        found: list[_Found] = []
        previous: _Found | None = None
        floating = 0
        paragraphs, text = self.paragraphs, self.text
        for quotation in self.quotations:
            if quotation.start and text[quotation.start - 1] == "=":
                continue  # a markup attribute's value (<tweet author="realDonaldTrump">)
            if is_name_or_title(text, quotation) or (
                self._announced_titles and self._title_again(quotation)
            ):  # (the set first: most texts announce no title)
                self.titles.append(Span(quotation.start, quotation.end))
                if title_announced(text, quotation.start):
                    self._announced_titles.add(
                        text[quotation.start + 1 : quotation.end - 1].strip().rstrip(",.")
                    )
                continue
            if paragraphs:  # (``self._paragraph(quotation.start)``, written out)
                index = bisect_right(self.paragraph_starts, quotation.start)
                lo = paragraphs[index - 1 if index > 1 else 0][0]
            else:
                lo = 0
            kind = "direct" if is_direct(text, quotation, lo) else "partial"
            if kind == "partial" and self._resumes(previous, quotation, lo):
                kind = "direct"
            item = _Found(quotation.start, quotation.end, kind)
            if kind == "partial" and example_of_words(text, quotation.start):
                found.append(item)  # round 26: 'searched their records for terms such as
                continue  # "attack"': a word mentioned, credited to no one (as "the word")
            index = self._attribute(quotation, kind)
            if index is not None:
                if index >= 0:
                    frame = self.frames[index]
                    item.frame, item.mention, item.apposition = (
                        frame, frame.speaker, frame.apposition
                    )
                else:
                    item.mention = self._cueless_mention
                    if self._cueless_cue is not None:  # 'Said Mayor Ortiz: "..."'
                        item.frame = Frame(self._cueless_cue, item.mention, inverted=True)
                        self._cueless_cue = None
                floating = 0
            elif kind == "direct" and floating < _FLOATING_LIMIT:
                inherited = self._inherited(quotation, previous)
                if inherited is not None:
                    item.frame, item.mention, item.apposition = inherited
                    floating += 1
                else:  # 'Delmas is unrepentant. "I would do it all again."'
                    item.mention = self._subject_just_before(quotation, lo)
                    if item.mention is None and self._answers_a_question(quotation, lo):
                        item.mention = _subject_before_exchange(self, quotation.start, True)
            found.append(item)
            if kind == "direct":
                previous = item
        return found

    def _answers_a_question(self, quotation: Quotation, lo: int) -> bool:
        """Round 26: the quotation opens the paragraph after an interviewer's question, in a
        story that introduces an interview before it and has at least two such exchanges (a
        Q&A whose answers are in quotation marks and whose questions are not): an answer,
        credited to the subject of the introduction."""
        text = self.text
        if last_visible(text, lo, quotation.start) >= lo:
            return False
        index = bisect_right(self.paragraph_starts, quotation.start) - 1
        if index < 1 or not _is_question_paragraph(text, *self.paragraphs[index - 1]):
            return False
        if self._interview_exchanges is None:
            self._interview_exchanges = sum(
                1 for (lo_q, hi_q), (lo_a, _) in pairwise(self.paragraphs)
                if text[lo_a] in _OPEN_MARKS and _is_question_paragraph(text, lo_q, hi_q)
            ) if _INTERVIEW_INTRODUCED.search(text, 0, quotation.start) else 0
        return self._interview_exchanges >= 2

    def _title_again(self, quotation: Quotation) -> bool:
        """Round 15: the same words as a title announced earlier ('the series "Night Shift"'),
        again with the AP comma or period inside the marks ('playing a doctor in "Night
        Shift," which'): the title, not speech (not words first quoted unannounced: 'shouting
        "Allahu Akbar"' twice is speech twice)."""
        if not self._announced_titles:
            return False
        lo, hi = quotation.inner(self.text)
        inner = self.text[lo:hi].strip()
        if not inner.endswith((",", ".")) or len(inner) > 80:
            return False
        return inner[:-1] in self._announced_titles

    def _subject_just_before(self, quotation: Quotation, lo: int) -> tuple[int, int] | None:
        """The speaker of a direct quotation that opens a sentence right after one whose
        subject is a name or he/she, in the same paragraph and with no quotation of its own
        ('Delmas is unrepentant. "I would do it all again."', 'She is careful not to oppose
        the reservoir. "I understand that people need water."'): a feature's way of
        introducing words, credited to that subject without a cue."""
        text, start = self.text, quotation.start
        sentence_start, _ = self._sentence(start)
        if text[sentence_start:start].strip() or sentence_start <= lo:
            return None
        visible = last_visible(text, lo, sentence_start)
        if visible < lo:
            return None
        previous_start, previous_end = self._sentence(visible)
        if previous_start < lo or self._quotation_at(previous_start) is not None:
            return None
        quote_before = bisect_left(self.quotation_starts, start) - 1
        if quote_before >= 0 and self.quotations[quote_before].end > previous_start:
            return None  # the sentence before quotes someone: its attribution decides
        if previous_end > start or _COMMA_CLOSES.search(text, start, quotation.end):
            return None  # '"...," opined the paper': an attribution follows the comma
        _, sentence_end = self._sentence(quotation.end - 1)
        if self._frame_index_in(quotation.end, sentence_end) is not None:
            return None  # '"... NOW!" Trump said': the cue after it decides
        if _SECOND_CLAUSE.search(text, previous_start, previous_end):
            return None  # "Playbook won't go that far, but Sherman wants ...": whose words?
        subject = self._subject_before(previous_start, previous_end)
        if subject is None:
            return None
        words = text[subject[0] : subject[1]].split()
        if words[0].lower() in _NOT_A_QUOTING_SUBJECT or (
            words[0].lower() not in ("he", "she") and not all(w[:1].isupper() for w in words)
        ):
            return None  # a name ("Mr. Hannity", "Delmas") or he/she; not "Republican
            # candidates", "Editorial pages", "Trump's first tweet Sunday"
        passive = _PASSIVE_AFTER_SUBJECT.match(text, subject[1], previous_end)
        if passive is not None and passive.group(1).lower() not in _FEELING_PARTICIPLES and (
            _ADDRESSING.match(text, start, quotation.end)
            or _BY_AGENT.search(text, passive.end(), previous_end)
        ):  # 'Ashworth was jailed for six years. "You betrayed ..."', 'Okafor was praised by
            return None  # his manager. "He was immense."': the subject is addressed or talked
        return subject  # about ('Reeve was sentenced in 2019. "I have paid ..."' is Reeve)

    def _resumes(self, previous: _Found | None, quotation: Quotation, paragraph: int) -> bool:
        """The second half of an interrupted quotation ('"The decision," the chairman said, "is
        final."'): the direct quotation before it in the paragraph ends with a comma inside its
        marks, and only a short attribution ending in a comma stands between."""
        if previous is None or previous.start < paragraph or quotation.start - previous.end > 60:
            return False
        gap = self.text[previous.end : quotation.start]
        closing = self.text[max(previous.start, previous.end - 6) : previous.end].rstrip(
            "\"'\u201d\u2019 "
        )
        return (
            closing.endswith(",") and len(gap) <= 60 and gap.rstrip().endswith(",")
            and "\n" not in gap
        )

    def _inherited(
        self, quotation: Quotation, previous: _Found | None
    ) -> tuple[Frame | None, tuple[int, int], tuple[int, int] | None] | None:
        """Frame and speaker of the attribution a floating quotation continues: the previous
        quotation's, or the last attribution before it in its paragraph or the one before,
        whichever comes later."""
        lo, _ = self._paragraph(quotation.start)
        candidate = None
        if previous is not None and previous.mention is not None and self._follows(
            previous, quotation
        ):
            candidate = (previous.end, previous.frame, previous.mention, previous.apposition)
        paragraph = bisect_right(self.paragraph_starts, quotation.start) - 1
        window = lo  # "'...,' Cole said. 'That's exactly it.'": the cue earlier in the paragraph
        if paragraph > 0 and last_visible(self.text, lo, quotation.start) < lo:
            window = self.paragraphs[paragraph - 1][0]  # or the paragraph before
        index = self._frame_index_in(window, quotation.start, last=True, speaking=True)
        if index is not None and candidate is not None and _ASKS_ANONYMITY.match(
            self.text, self.frames[index].cue.end
        ):
            index = None  # round 16: "said one fund manager, who asked not to be named ...
            # '...'": the request is no attribution; the quotation goes on the manager's words
        elif index is not None and candidate is not None and _RELATIVE_CUE.search(
            self.text, self.frames[index].cue.start - 30, self.frames[index].cue.start
        ):
            index = None  # round 22: "said Dr. Philip Landrigan, ... who wrote an editorial
            # accompanying the study. '...'": the relative clause's verb is what the speaker
            # did, not the quotation's cue; the quotation goes on the "said"
        if index is not None and (candidate is None or self.frames[index].cue.start
                                  > candidate[0]):
            frame = self.frames[index]
            candidate = (frame.cue.start, frame, frame.speaker, frame.apposition)
        if candidate is None:
            return None
        if candidate[1] is not None and self.text[
            candidate[1].cue.start : candidate[1].cue.end
        ].lower() in _SHOW_FORMS:
            return None  # round 28: "Polls show Clinton up by 10 points. '...'": a document's
            # evidence, no speaker whose words a quotation goes on with
        return candidate[1], candidate[2], candidate[3]

    def _follows(self, previous: _Found, quotation: Quotation) -> bool:
        """The quotation comes straight after ``previous``: same paragraph, or it opens the next."""
        lo, _ = self._paragraph(quotation.start)
        if previous.start >= lo:
            return True
        prev_lo, _ = self._paragraph(previous.start)
        index = bisect_right(self.paragraph_starts, quotation.start) - 1
        before = self.paragraph_starts[index - 1] if index > 0 else -1
        starts_paragraph = last_visible(self.text, lo, quotation.start) < lo
        return starts_paragraph and (prev_lo == before or previous.end > before)

    def _frame_index_in(
        self, lo: int, hi: int, last: bool = False, speaking: bool = False
    ) -> int | None:
        """The first (or last) frame whose cue starts in ``[lo, hi)``; with ``speaking``, the
        first (or last) one that has a speaker."""
        first = bisect_left(self.frame_starts, lo)
        stop = bisect_left(self.frame_starts, hi)
        # (conditional expressions, not min/max calls: several per quotation)
        order = range(stop - 1, (first if first > stop - 20 else stop - 20) - 1, -1) if last else (
            range(first, stop if stop < first + 20 else first + 20)
        )
        for index in order:  # at most 20 looked at: bounded work per quotation
            if not speaking or (
                self.frames[index].speaker is not None and index not in self._naming_frames
            ):
                return index
            if not speaking:
                break
        return None

    def _attribute(self, quotation: Quotation, kind: str) -> int | None:
        """Index of the frame crediting ``quotation``, or None; -1 when the speaker comes without
        a cue (a dash attribution, or the subject of a partial quote's sentence)."""
        # (conditional expressions rather than min/max calls: this runs for every quotation)
        start, end = quotation.start, quotation.end
        # ``self._paragraph`` and ``self._sentence`` at both ends, written out: four method
        # calls per quotation
        paragraphs, bounds = self.paragraphs, self.bounds
        if paragraphs:
            index = bisect_right(self.paragraph_starts, end - 1 if end - 1 > start else start)
            hi = paragraphs[index - 1 if index > 1 else 0][1]
            index = bisect_right(self.paragraph_starts, start)
            start_lo = paragraphs[index - 1 if index > 1 else 0][0]
        else:
            start_lo, hi = 0, len(self.text)
        sentence_end = self._sentence_ends[bisect_right(bounds, end)]
        index = bisect_right(bounds, start)
        sentence_start = bounds[index - 1] if index > 0 else 0
        next_quote = bisect_right(self.quotation_starts, start)
        right = sentence_end if sentence_end < hi else hi
        if next_quote < len(self.quotations) and self.quotations[next_quote].start < right:
            right = self.quotations[next_quote].start
        if right < end:
            right = end
        left = sentence_start if sentence_start > start_lo else start_lo
        sentence_left = left  # (before the previous quotation narrows it)
        previous_quote = bisect_left(self.quotation_starts, start) - 1
        if previous_quote >= 0:
            previous_end = self.quotations[previous_quote].end
            if previous_end > start:
                previous_end = start
            if previous_end > left:
                left = previous_end
        if kind == "partial":
            index = self._frame_index_in(left, quotation.start, last=True, speaking=True)
            if index is None and (agent := self._judge_after(left, quotation, right)):
                self._cueless_mention = agent
                return -1  # round 23: 'was hailed as "historic" by campaigners, though some
                # questioned ...': the campaigners' word, not the next clause's speaker's
            if index is None:
                index = self._frame_index_in(quotation.end, right, speaking=True)
            if index is None and sentence_left < left:
                # "said the building needed 'substantial work' and that it had 'no plans at
                # present'": the cue before the sentence's earlier quotation credits this one too
                index = self._frame_index_in(
                    sentence_left, quotation.start, last=True, speaking=True
                )
            if index is None:
                subject = self._subject_before(left, quotation.start) or self._person_subject(
                    left, quotation.start
                )
                headline = None if subject is None else _headline_line(
                    self.text, left, quotation.start
                )
                if subject is not None and self.text.endswith(
                    ("'s", "\u2019s"), subject[0], subject[1]
                ) and not self.text[subject[1] : quotation.start].strip() and not (
                    _SPEECH_NOUN_AFTER.match(self.text, quotation.end)
                ):
                    subject = None  # round 24: "Mayor's 'secret' recording sparks row": the
                    # quoted word is inside the subject, its owner no speaker of it (but "Mitt
                    # Romney's '47 percent' comment" is his)
                if subject is not None and headline is not None:
                    # "Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud'": a headline's
                    # capitals tell no subject from its verb; the subject is what the story
                    # names ("black lawmakers"), or no one
                    subject = _named_elsewhere(self.text, subject, headline)
                if subject is not None:
                    self._cueless_mention = subject
                    return -1  # "Clinton supports 'appropriate pay raises'": the subject's words
            return index
        # The first attribution that applies, in this order; the later tests run only when the
        # earlier ones fail.  A dash attribution (-1) still lets a label claim the cueless
        # mention after it, as when every test ran.
        index = self._lead_in(left, quotation)  # "Zelensky stated, '...'"
        if index is None:
            index = self._trailing(quotation, right)  # "'...,' he said" / "'...,' said the mayor"
        if index is None:
            index = self._dash(quotation, right, hi)  # "'...' — Commissioner Ana Ortiz"
            if index is not None:
                self._label(left, quotation)
                return index
            index = self._colon_paragraph(quotation, start_lo)  # "X said:" closing the paragraph
        if index is None:
            index = self._label(left, quotation)  # 'Clinton: "Our goal is ..."'
            if index is None:  # 'McConnell delivered a blunt message to Trump: "..."'
                index = self._colon_subject(left, quotation, start_lo)
            if index is None:  # "... she addressed her daughter directly." then a quotation
                index = self._speaking_close(quotation, start_lo)
            return index
        if index >= 0:
            self.used_frames.add(index)
        return index

    def _judge_after(
        self, left: int, quotation: Quotation, right: int
    ) -> tuple[int, int] | None:
        """The agent of a passive judgement around a partial quotation ('was hailed as
        "historic" by campaigners', 'is described as "reckless" by the union'), or None."""
        text = self.text
        if text.find(" by ", quotation.end, quotation.end + 4) < 0:
            return None
        if not _PASSIVE_JUDGED_AS.search(text, max(left, quotation.start - 60), quotation.start):
            return None
        return speaker_after(text, quotation.end + len(" by "), right)  # (the phrase after
        # "by", read as for "as reported by X")

    def _same_speakers_cue_at(self, position: int, frame: Frame) -> bool:
        """Whether a cue not in -ing starts at ``position`` with ``frame``'s speaker (so the
        words between the two are a relative clause on that speaker)."""
        index = bisect_left(self.frame_starts, position)
        return index < len(self.frame_starts) and self.frame_starts[index] == position and (
            self.frames[index].speaker == frame.speaker
        ) and frame.speaker is not None and not self.text.endswith(
            "ing", position, self.frames[index].cue.end
        )

    def _lead_in(self, left: int, quotation: Quotation) -> int | None:
        index = self._frame_index_in(left, quotation.start, last=True, speaking=True)
        if index is None:
            return None
        if quotation.start - self.frames[index].end > 120:
            return None  # more than a short lead-in
        lead_in = self.text[self.frames[index].end : quotation.start]
        if len(_WORDS.findall(lead_in)) <= 8 and (
            _LEAD_IN_END.search(lead_in) or not lead_in.strip()
        ):
            return index
        return None

    def _trailing(self, quotation: Quotation, right: int) -> int | None:
        index = self._frame_index_in(quotation.end, right)
        if index is None or self.frames[index].speaker is None:
            return None
        frame = self.frames[index]
        if frame.inverted:
            between = self.text[quotation.end : frame.cue.start]
        elif frame.start >= quotation.end:
            between = self.text[quotation.end : frame.start]
        else:
            return None
        return index if not between.strip(" ,") else None

    def _dash(self, quotation: Quotation, right: int, hi: int) -> int | None:
        dash = _DASH.match(self.text, quotation.end, right if right > quotation.end else hi)
        if dash is None:
            return None
        speaker = speaker_after(self.text, dash.end(), hi)
        if speaker is None:
            return None
        self._cueless_mention = speaker
        return -1

    def _label(self, left: int, quotation: Quotation) -> int | None:
        """A name and a colon opening the sentence, transcript style: 'Clinton: "..."'; or an
        inverted opener, 'Said Mayor Lena Ortiz: "..."', whose first word is the cue."""
        mark = last_visible(self.text, left, quotation.start)
        if mark < left or self.text[mark] not in ":,":
            return None  # (each label regex ends in a colon or comma and spaces: no regex runs
            # for the many lead-ins ending otherwise)
        label = _LABEL.fullmatch(self.text, left, quotation.start)
        if label is None:
            label = _INVERTED_LABEL.fullmatch(self.text, left, quotation.start) or (
                _CUE_LABEL.fullmatch(self.text, left, quotation.start)
            )
            if label is None:
                return None  # ('Adds the report: "..."' is a label only after its cue word)
        elif label.group(1).lower() in _NOT_SUBJECT:
            return None
        start, end = label.span(1)
        first = self.text[start:end].split(" ", 1)[0]
        if first[1:].islower() and first[-1] in "sd" and verb_section(first.lower()) == "clause":
            speaker = start + len(first) + 1
            if speaker < end:
                self._cueless_cue = Cue(start, start + len(first), "clause")
                self._cueless_mention = speaker, end
                return -1
        if label.re is not _LABEL:
            return None
        self._cueless_mention = start, end
        return -1

    def _colon_subject(self, left: int, quotation: Quotation, start_lo: int) -> int | None:
        """A quotation after a lead-in ending in a colon with no verb of saying ("McConnell
        delivered a blunt message to Trump:", "Trump issued the following statement:" closing
        the paragraph before): the lead-in's subject, when it is a name or he/she/they/I/we."""
        text = self.text
        colon = last_visible(text, start_lo, quotation.start)
        if colon >= start_lo:
            lead_in = left  # the colon and the quotation share a sentence
        else:  # the quotation opens its paragraph: the paragraph before may end with a colon
            paragraph = bisect_right(self.paragraph_starts, quotation.start) - 1
            if paragraph <= 0:
                return None
            prev_lo, prev_hi = self.paragraphs[paragraph - 1]
            colon = last_visible(text, prev_lo, prev_hi)
            lead_in, _ = self._sentence(colon)
            if lead_in < prev_lo:
                lead_in = prev_lo
        if colon < lead_in or text[colon] != ":" or colon - lead_in > _LONGEST_LEAD_IN:
            return None
        _, subject = self._opening_subject(lead_in, colon)
        if subject is None or subject[1] >= colon or not (
            self._names_a_speaker(subject) or self._names_a_source(subject)
        ) or _COLON_SUBJECT_NOT.match(text, subject[0]) or text.startswith(
            ".", subject[1]
        ) or _OBJECT_AFTER.match(text, subject[1]):
            # "San Bernardino, Calif." is no subject; "Read the sign:" an imperative; but "...
            # doesn't surprise Republican pollster Daron Shaw:" names its speaker last
            subject = _named_before_colon(text, colon - 80 if colon - 80 > lead_in else lead_in,
                                          colon)
            if subject is None:
                return None
        self._cueless_mention = subject
        return -1

    def _speaking_close(self, quotation: Quotation, start_lo: int) -> int | None:
        """Round 28 (AUDIT28B): a quotation opening its paragraph after a paragraph whose last
        sentence says who turned to speak, with no words of its own ("After a long pause, she
        addressed her daughter directly.", "The chief constable then appealed to the public.",
        "She spoke slowly."): the subject of that verb, when it is a name or a pronoun."""
        text = self.text
        if last_visible(text, start_lo, quotation.start) >= start_lo:
            return None
        paragraph = bisect_right(self.paragraph_starts, quotation.start) - 1
        if paragraph <= 0 or text[quotation.end : self.paragraphs[paragraph][1]].strip(" .\n"):
            return None  # (review: '"...?" reacted Trump.' names its own speaker, unread)
        prev_lo, prev_hi = self.paragraphs[paragraph - 1]
        end = last_visible(text, prev_lo, prev_hi)
        if end < prev_lo or text[end] != ".":
            return None
        lead_in, _ = self._sentence(end)
        if lead_in < prev_lo:
            lead_in = prev_lo
        if end - lead_in > _LONGEST_LEAD_IN or (
            verb := _SPEAKING_VERB.search(text, lead_in, end)
        ) is None or _ANY_QUOTE_MARK.search(text, lead_in, end):
            return None
        subject = frame_for(text, Cue(verb.start(), verb.end(), "clause"), lead_in, end).speaker
        if subject is None or not (
            self._names_a_speaker(subject) or self._names_a_source(subject) or (
                text.startswith(("the ", "The "), subject[0])
                and text[subject[0] : subject[1]].rsplit(" ", 1)[-1].lower() in role_heads()
            )  # "The detective then appealed to the public."
        ):
            return None
        self._cueless_mention = subject
        return -1

    def _colon_paragraph(self, quotation: Quotation, start_lo: int) -> int | None:
        text = self.text
        if last_visible(text, start_lo, quotation.start) >= start_lo:
            return None
        paragraph = bisect_right(self.paragraph_starts, quotation.start) - 1
        if paragraph <= 0:
            return None
        prev_lo, prev_hi = self.paragraphs[paragraph - 1]
        if not text[prev_lo:prev_hi].rstrip().endswith(":"):
            return None
        return self._frame_index_in(prev_lo, prev_hi, last=True, speaking=True)

    # -- indirect speech -------------------------------------------------------------------

    def _indirect(self) -> list[_Found]:
        found = []
        text, used = self.text, self.used_frames
        for index, frame in enumerate(self.frames):
            if frame.speaker is None or index in used:
                continue
            if self._caused(frame.speaker):
                continue  # "letting voters know ...": a causative, not a reporting frame
            cue = frame.cue
            second = text[cue.end + 1 : cue.end + 2]  # the character after the cue's space
            if (  # (``_left_unsaid``'s first test, made here: a question word after the cue)
                second in _QUESTION_SECOND and self._left_unsaid(frame)
            ) or (
                second in _PARTICLE_SECOND
                and _PARTICLE_AFTER.match(text, cue.end)
                and not _SAID_UP_TO.match(text, cue.start)
            ):
                continue  # "did not say whether ...": no report; "blasted out an email": no cue
            if text.startswith("boast", cue.start) and _BOAST_HAS.match(text, cue.end) and (
                _THAT_AHEAD.search(text, cue.end, min(len(text), cue.end + 40)) is None
            ):
                continue  # round 27: "The sleek device boasts a 6.8-inch display": "has"
                # (review 27: not "boasted two weeks ago that ...": speech)
            if index in self._naming_frames:
                # "which calls itself BlackHarbor", "a page called Brenton Truth": a name
                # given, no label and no report; but the one named may be a later pronoun's
                # antecedent ("a company called X, which builds what it calls ...")
                found.append(_Found(cue.start, cue.end, _SPEAKER_ONLY, frame, frame.speaker))
                continue
            if cue.section == "object":
                span = self._object_with_quote(frame) or self._object_label(frame)
            else:
                span = (
                    self._clause_after(frame)
                    or self._clause_before(frame)
                    or (None if self._asks_for(frame) else self._object_with_quote(frame))
                )
            if span is None:
                if text[cue.start : cue.end] == "posted" or (
                    text[cue.start : cue.start + 5].lower() in _STANCE_OBJECT_CUES
                    and _OPENS_A_MENTION.match(text, frame.speaker[0])
                ):
                    # round 15: "Trump posted a photo ... '...,' he tweeted": no report (an
                    # object), but the person who posted is the next pronoun's antecedent
                    found.append(_Found(cue.start, cue.end, _SPEAKER_ONLY, frame, frame.speaker))
                continue
            if _ANONYMITY_REQUEST.match(text, span[0], span[1]):
                # "who asked that their names not be used": a condition, not a claim; but the
                # person is named there, so a later "he said" may refer to them
                found.append(_Found(span[0], span[1], _SPEAKER_ONLY, frame, frame.speaker))
                continue
            if text.startswith("that,", span[0]) and text.find(",", span[0] + 5, span[1]) < 0 and (
                _ASIDE_AFTER_THAT.match(text, span[0] + 5)
            ):
                # round 27: "Reporters could not independently confirm that, as the area is
                # closed": "that" is the object (the claim before), and no clause follows it
                # ("said that, in their view, the bridge was safe" reports one: a second comma)
                found.append(_Found(cue.start, cue.end, _SPEAKER_ONLY, frame, frame.speaker))
                continue
            if text[span[1] : span[1] + 1] == "," and ACCORDING_AFTER_COMMA.match(
                text, span[1]
            ) and (
                text[cue.start : cue.end].lower() in COGNITIONS
            ):
                continue  # "Officials knew that ..., according to emails": the emails' claim
            found.append(
                _Found(span[0], span[1], "indirect", frame, frame.speaker, frame.apposition)
            )
        return found

    def _left_unsaid(self, frame: Frame) -> bool:
        """A negated or declined cue before a question word: "did not say how", "would not say
        whether", "declined to say why" report no content."""
        cue = frame.cue
        return (
            _QUESTION_AFTER.match(self.text, cue.end) is not None
            and _NEGATED_BEFORE.search(
                self.text, cue.start - 24 if cue.start > 24 else 0, cue.start
            ) is not None
        )

    def _noun_use(self, cue: Cue, word: str) -> bool:
        """A cue in -ing or -s right after a determiner or a possessive is a noun or adjective
        ("a warning light", "the briefing", "USA Today's reporting", "his claims"), not a verb
        of saying; so is a cue that is a noun in its base form (``word``, lower-cased) after a
        determiner or "little", "no", "without" (round 19: "left little doubt that", "a claim
        that")."""
        text = self.text
        last = text[cue.end - 1]  # (the last letter first: most cues end in neither)
        inflected = last == "s" or last == "g" and text.endswith("ing", cue.start, cue.end)
        base = word in _BASE_FORM_NOUNS
        if not inflected and not base:
            return False
        end = cue.start - 1  # the word before: up to the space before the cue
        if end < 1 or text[end] != " ":
            return False
        lo = end - 30 if end > 30 else 0
        space = text.rfind(" ", lo, end)
        before = text[space + 1 if space >= 0 else lo : end].rsplit("\n", 1)[-1]
        if base and cue.start > 2 and before in _BASE_NOUN_DETERMINERS:
            return True
        if not inflected:
            return False
        if _determines(before):
            return True
        if word == "reports" and before in _REPORTS_NOUN_MODIFIERS:
            return True  # round 19: "learned about it from news reports rather than ..."
        if word in _PLURAL_NOUN_CUES and (
            before[-2:] == "ed" and before.isalpha() and before.islower()
            or before in _IRREGULAR_OBJECT_TAKERS
        ) and not _PASSIVE_RELATIVE_BEFORE.search(text, lo, space + 1 if space >= 0 else lo):
            return True  # round 27: "Police investigated reports that shots had been fired",
            # "received reports that ...", "heard claims that ...": the object of a past verb
        if word not in _ING_NOUNS:
            return False
        if _ING_NOUN_COMPOUND.match(text, cue.end):
            return True
        # "its amber wind warning until 09:00", "a flood warning for the coast": one or two
        # modifiers between the determiner and the noun, and a preposition, a verb or the end
        # of the clause after it (not "a statement saying he", "the union kept warning")
        if not _NOUN_FOLLOWERS.match(text, cue.end):
            return False  # "a statement saying he", "a letter warning of": participles
        before = _MODIFIERS_BEFORE_NOUN.search(text, cue.start - 40 if cue.start > 40 else 0,
                                               cue.start)
        return before is not None and _determines(before.group(1)) and all(
            word not in _NOT_A_NOUN_MODIFIER and not word.endswith(("ed", "ly"))
            for word in before.group(2).split()
        )

    def _asks_for(self, frame: Frame) -> bool:
        """A clause verb before "for" ("asking for proposals"): a request's object, no report."""
        return self.text.startswith(" for ", frame.cue.end)

    def _caused(self, speaker: tuple[int, int]) -> bool:
        """Whether the speaker phrase opens with, or follows, a causative ("letting voters")."""
        text, start = self.text, speaker[0]
        if text[start : start + 1] in _CAUSATIVE_INITIALS and text.startswith(
            _CAUSATIVE_OPENINGS, start
        ):  # (the word regex only where it can be)
            first = _WORDS.match(text, start)
            if first is not None and first.group() in _CAUSATIVE:
                return True
        window = start - 12 if start > 12 else 0
        before = text.rfind(" ", window, start - 1 if start > 1 else 0) + 1
        # No space in the window: the word is read from the window's start, never from the
        # start of the text (a slice per speaker of everything before it was quadratic).
        return text[before if before > window else window : start].strip() in _CAUSATIVE

    def _object_with_quote(self, frame: Frame) -> tuple[int, int] | None:
        """What the cue says about its object when that holds a quoted fragment: "described
        the meeting as 'heartwarming'", "called for more 'flexibility' in Iraq"."""
        if frame.inverted:
            return None
        start = _AFTER_CUE.match(self.text, frame.end).end()
        if _RELATIVE_GOES_ON.match(
            self.text, start + 2 if self.text.startswith(", ", start) else start
        ):
            return None  # round 23: "A neighbor who testified on Thursday, and who gave ...,
            # said she heard 'bang'": a second relative clause on the speaker
        if (that := _LEADING_THAT.match(self.text, start)) is not None:
            start = that.end()  # round 22: "said in its final report that 'systemic ...'"
        end = self._clause_end(start)
        index = bisect_left(self.quotation_starts, start)
        if index >= len(self.quotations) or self.quotations[index].start >= end:
            return None
        quotation = self.quotations[index]
        if self.text[frame.cue.start : frame.cue.end].lower() in _TELL_FORMS and (
            that := _TELL_THAT.search(self.text, start, quotation.start)
        ) is not None:
            start = that.end()  # round 25: "told the Portuguese newspaper Record on Monday
            # that 'several clubs' had made contact": the addressee is no part of the claim
        later = bisect_right(self.frame_starts, frame.cue.end)
        while later < len(self.frames) and self.frames[later].cue.start < quotation.start:
            other = self.frames[later]
            later += 1
            if other.speaker == frame.speaker and other.cue.section == "clause" and (
                frame.cue.section != "object"
            ) and self.text.endswith("ing", other.cue.start, other.cue.end) and (
                (thing := speaker_after(self.text, start, other.cue.start)) is not None
                and self._names_a_document(thing)
            ):
                return None  # round 21: "posted a message on its site saying it had stolen
                # 'more than 2 terabytes'": the quotation is in the document's clause
            if other.speaker is not None and not other.inverted and (
                not self.text[other.cue.end : quotation.start].strip(" \t:,")
            ) and self.text[other.speaker[0] - 2 : other.speaker[0]] == ", ":
                return None  # round 19: "whether she had read every report, she said: '...'":
                # the quotation is the later cue's, not part of the object
        if quotation.end < end:  # "called him a 'nice guy' and ...": the label ends the object
            _, inner_end = quotation.inner(self.text)
            if self.text[inner_end - 1 : inner_end] == "," or _OBJECT_ENDS.match(
                self.text, quotation.end
            ):
                end = quotation.end
        return self._trim(start, end)

    def _object_label(self, frame: Frame) -> tuple[int, int] | None:
        """A label the speaker gives without quotation marks: "called it a disaster", "branded
        them cowards", "described the plan as reckless" (the label is the speaker's word; not
        "called the police", which names no label, nor "called for")."""
        if frame.inverted:
            return None
        text = self.text
        word = text[frame.cue.start : frame.cue.end].lower()
        start = frame.end
        if word.startswith("descri"):
            labelled = _DESCRIBED_AS.match(text, start) or (
                None if word.endswith("ing") else _DESCRIBED_THING.match(text, start)
            )  # (not "has drawn huge crowds describing a country ...": whose participle?)
        elif word in _LABELLING:
            labelled = _LABELLED.match(text, start) or (
                _LABEL_AFTER_WHAT.match(text, start)
                if _WHAT_BEFORE.search(text, max(0, frame.speaker[0] - 6), frame.speaker[0])
                and _names_one(text[frame.speaker[0] : frame.speaker[1]])
                else None
            )
        elif word.startswith("dismiss"):  # round 20: "dismissed the claim as absurd"
            labelled = _DESCRIBED_AS.match(text, start)
        else:
            return None
        if labelled is None:
            return None
        start = labelled.start(1)
        end = self._clause_end(start)
        if word in _LABELLING:  # the label ends at its comma ("called this a false narrative,
            comma = text.find(",", labelled.end(1), end)  # especially because ...")
            if comma >= 0 and not _LIST_GOES_ON.match(text, comma + 1):
                end = comma  # (not "called him a kind, loving and admirable person")
            dash = _DASH_AFTER_LABEL.search(text, labelled.end(1), end)
            if dash is not None:
                end = dash.start()  # round 27: "what he called tribalism - a conviction that
                # ...": the gloss after the dash is the reporter's
        return self._trim(start, end)

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        lead = text[start - 8 if start > 8 else 0 : start]  # (blanked Markdown: "**HALDEN**")
        if not lead.rpartition("\n")[2].strip() and ("\n" in lead or start <= 8):
            dateline = _DATELINE.match(text, start, end)
            if dateline is not None:  # "WASHINGTON — Talks have stalled, officials said"
                start = dateline.end()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
            end -= 1
        if end - start > _LONGEST_CLAUSE:
            return None
        if not _THREE_WORDS.search(text, start, end if end < start + 60 else start + 60) and (
            not _SUBJECT_AND_VERB.fullmatch(text, start, end)
        ):
            return None  # fewer than three words (round 19: but "he agreed", "sales fell")
        return start, end

    def _clause_end(self, position: int) -> int:
        """Where a reported clause starting at ``position`` ends: its sentence's end, or the end
        of a quotation running past it (sentence bounds include paragraph ends, so the
        paragraph needs no test of its own; ``min(right, hi) if right <= hi else right``, which
        stood here, is ``right`` either way)."""
        # (``self._sentence`` and ``self._quotation_at`` written out: once per clause)
        index = bisect_right(self.bounds, position)
        right = self._sentence_ends[index]
        at = right - 1 if right - 1 > position else position
        quoted = bisect_right(self.quotation_starts, at) - 1
        if quoted >= 0:
            quotation = self.quotations[quoted]
            if quotation.start <= at < quotation.end and quotation.end > right:
                right = quotation.end
        left = self.bounds[index - 1] if index > 0 else 0
        if self.text[left : left + 3] in _SUBORDINATOR_OPENINGS and (
            comma := self._introduction_end(left, position, right)
        ) is not None:
            return comma
        return self._before_second_report(position, right)

    def _introduction_end(self, left: int, position: int, right: int) -> int | None:
        """Round 19: the comma that closes an introductory clause holding the report ("When
        the mayor said the roads were closed, residents stayed home"; "Despite disclaimers
        urging peaceable conduct, the tone ..."), when the sentence opens with a subordinator
        and no comma comes before the reported clause; the first comma after ``position``
        outside quotation marks, or None."""
        text = self.text
        opener = _SUBORDINATOR.match(text, left, position)
        if opener is None or text.find(", ", left, position) >= 0:
            return None
        comma = text.find(", ", position, right)
        while comma >= 0:
            if self._quotation_at(comma) is None and not _STATE_AFTER_PLACE.match(text, comma):
                return comma
            comma = text.find(", ", comma + 2, right)
        return None

    def _before_second_report(self, position: int, end: int) -> int:
        """Where a reported clause stops when the sentence goes on to report something else:
        "called it 'another super Tuesday' and said it was ..." ends before "and said"."""
        first = bisect_right(self.frame_starts, position)
        stop = bisect_left(self.frame_starts, end)
        text = self.text
        for index in range(first, stop if stop < first + 3 else first + 3):
            cue = self.frames[index].cue
            near = cue.start - 40 if cue.start - 40 > position else position
            coordinated = _coordinated(text, near, cue.start)
            if coordinated is not None:
                return coordinated.start()
            frame = self.frames[index]
            speaker = frame.speaker
            if speaker is not None and not frame.inverted and speaker[1] <= position and (
                _IN_RELATIVE.search(text, position - 40 if position > 40 else 0, position)
            ):  # round 15: "Sarah Lindholm, a nurse who said she had come to support a friend,
                # said the crowd ...": the main verb of the subject the relative clause is in
                # (not "members interrupted the performance, denounced his jokes": one subject)
                comma = last_visible(text, position, cue.start)
                if comma > position and text[comma] == ",":
                    return comma
            if frame.speaker is not None and not frame.inverted and frame.speaker[0] > position:
                opened = frame.speaker[0]  # another report's speaker, after this clause began
                if _AFTER_CUE.fullmatch(  # (round 27: or a time, "the city confirmed on
                    text[frame.end : end].rstrip(" \t.!?\"'\u201d\u2019")  # Wednesday.")
                ) and (
                    (comma := last_visible(text, position, opened)) > position
                ) and text[comma] == ",":
                    return comma  # round 19: "..., accusing them of spying, Tass reported.":
                    # the closing attribution is another report's, not part of this one
                if text.startswith(",", frame.end) and (
                    (comma := last_visible(text, position, opened)) > position
                ) and text[comma] == "," and self._another_speaker(position, frame.speaker) and (
                    self._has_verb(position, comma)
                ):
                    return comma  # round 22: "78% said the country was on the wrong track,
                    # the survey found, compared with ...": the survey's attribution closes
                    # this clause (not "the plan, critics said, was flawed": no verb before;
                    # not "no different, he said, from ...", "attacks that, Sweet noted, Trump
                    # said ...": the speaker going on)
                claim = _CLAIM_APPOSITION.search(
                    text, opened - 30 if opened - 30 > position else position, opened
                )
                if claim is not None:  # round 19: "claimed that agents had tried to bribe an
                    return claim.start()  # official, a charge Kestria denied": it ends there
                # round 14: "insisted he would, but a well-placed source said ...": another
                # speaker's report, not the first speaker's words (a pronoun, "but she knows",
                # is mostly the same speaker going on, which PolNeAR reads as one content)
                contrast = _CONTRASTED_SPEAKER.search(
                    text, opened - 12 if opened - 12 > position else position, opened
                )
                if contrast is not None and text[slice(*frame.speaker)].lower() not in PRONOUNS:
                    return contrast.start()
            if cue.section == "according" or text[cue.start : cue.end].endswith("ing"):
                comma = last_visible(text, position, cue.start)  # ", saying ...", ", according to"
                if comma > position and text[comma] == ",":
                    return comma
        return end

    def _noun_cue_before(self, position: int, that: int) -> bool:
        """Round 18 (LEFT18): whether a noun cue's frame ("claims by critics") starts in
        ``[position, that)``, between a clause verb and the "that" it reaches.

        The decision: in "The board rejected claims by critics that the levy was unfair" the
        that-clause is the critics' claim, credited to them by the noun cue (an indirect quote,
        speaker "critics", cue "claims by"); the board did not say the levy was unfair, it
        rejected the claim.  The board's report is its object, the whole noun phrase ("claims
        by critics that the levy was unfair"), as in "The board rejected what critics called an
        unfair levy" (the board's content is the whole "what critics called ...", the critics
        own their label) and as PolNeAR reads "echoed statements by X that ...": the claim is
        nested in the act on it, never handed to the actor alone."""
        index = bisect_left(self.frame_starts, position)
        frames = self.frames
        while index < len(frames) and frames[index].cue.start < that:
            if frames[index].cue.section == "noun":
                return True
            index += 1
        return False

    def _another_speaker(self, position: int, speaker: tuple[int, int]) -> bool:
        """Whether ``speaker`` (of a parenthetical attribution inside the clause reported from
        ``position``) is surely not the clause's own speaker: neither is a pronoun, and the
        last word of ``speaker`` is not one of the own speaker's ("Chad Sweet ... Sweet")."""
        text = self.text
        mention = text[slice(*speaker)]
        index = bisect_right(self.frame_starts, position) - 1
        own_span = self._own_speaker(index, position)
        if mention.lower() in PRONOUNS:
            return mention.lower() in _SINGULAR_PERSONS and self._group_speaks(own_span)
        if own_span is None:
            return False
        own = text[slice(*own_span)]
        return own.lower() not in PRONOUNS and mention.split()[-1] not in own.split()

    def _own_speaker(self, index: int, position: int) -> tuple[int, int] | None:
        """The speaker of the clause reported from ``position``: that of the latest frame (of
        the three up to ``index``) whose cue ends before it, or None."""
        for frame in self.frames[index - 2 if index > 2 else 0 : index + 1][::-1]:
            if frame.cue.end <= position and frame.speaker is not None:
                return frame.speaker
        return None

    def _group_speaks(self, own_span: tuple[int, int] | None) -> bool:
        """Round 22: whether the clause's own speaker ``own_span`` is a group ("Detectives
        believe he acted alone, she said, ..."): a plural people noun or "they", so a "he" or
        "she" attributing it is someone else, the one reporting the group's view."""
        if own_span is None:
            return False
        own = self.text[slice(*own_span)].split()
        head = own[-1].lower() if own else ""
        return head == "they" or (head not in PRONOUNS and human_nouns().plural(head))

    def _has_verb(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds a verb, as ``_noun_content_end`` reads one (a word of
        [finite_in_clause], or in -ed not right after a determiner)."""
        previous = ""
        for word in _CLAUSE_WORDS.findall(self.text, start, end):
            lowered = word.lower()
            if lowered in _FINITE_IN_CLAUSE or (
                lowered.endswith("ed") and previous not in _DETERMINERS_BEFORE_NOUN
            ):
                return True
            previous = lowered
        return False

    def _noun_content_end(self, start: int, end: int) -> int:
        """Round 18 (issue 5): where a noun cue's that-clause ``[start, end)`` ends: at the first
        ", which"/", who" or dash once the clause has its verb ("claims by some that the vote
        was rigged, which officials have denied, ..." ends at "rigged"); one before the verb is
        an aside inside the clause ("that the plan, which costs $5m, would fail"), and a plain
        comma never ends it.  The verb is an auxiliary or copula of [finite_in_clause] or a
        word in -ed not right after a determiner ("the rigged vote" has none)."""
        for boundary in _NOUN_CONTENT_BOUNDARY.finditer(self.text, start, end):
            if self._has_verb(start, boundary.start()):
                return boundary.start()
        return end

    def _clause_after(self, frame: Frame) -> tuple[int, int] | None:
        text = self.text
        position = frame.end
        if frame.cue.section == "according":
            comma = _COMMA.match(text, position) or _SEEN_BY_THEN_COMMA.match(text, position) or (
                _FROM_A_BODY_THEN_COMMA.match(text, position)
            )
            sentence_start, _ = self._sentence(frame.cue.start)
            if comma is None or text[sentence_start : frame.cue.start].strip(" ,"):
                return None
            start = comma.end()
            relative = _RELATIVE_ASIDE.match(text, start)
            if relative is not None:  # "according to a readout released by the Swiss foreign
                start = relative.end()  # ministry, which hosted the talks, the two sides ..."
            return self._trim(start, self._clause_end(start))
        if frame.cue.section == "passive":
            return None
        if text[frame.cue.end - 1] == "d" and text[frame.cue.start : frame.cue.end] in (
            _QUOTATION_ONLY
        ):
            return None  # round 28 (AUDIT28B): "Residents reacted angrily to the decision":
            # "reacted" credits a quotation ('"...?" reacted Trump'), never a clause
        if frame.speaker is not None and frame.speaker[0] > frame.cue.start and (
            _RESTRICTIVE_WHO.match(text, position)
        ):
            return None  # round 22: "..., said a person who was briefed on the talks": the
            # relative clause describes the speaker; what they said is before the cue
        opening = frame.speaker[0] - 3 if frame.speaker is not None else -1
        if opening >= 0 and text[opening : opening + 3] == "As " and (
            as_said := _AS_SAID_THEN_COMMA.match(text, position)
        ) is not None and not text[self._sentence(frame.cue.start)[0] : opening].strip(
            " \t\"'\u201c\u2018"
        ):
            # round 19: "As the minister said on Monday, the treaty will be signed in June":
            # the main clause is what the speaker said
            return self._trim(as_said.end(), self._clause_end(as_said.end()))
        aside = (  # (both open with a comma: that character is tested first)
            _CITING_ASIDE.match(text, position) or _INTERJECTED_THAT.match(text, position)
        ) if text[position : position + 1] == "," else None
        if aside is not None:  # "reported, citing three people familiar with the talks, that"
            return self._trim(aside.end(), self._clause_end(aside.end()))
        word = text[frame.cue.start : frame.cue.end]
        lowered = word.lower()  # (once: a dozen word lists below are lower-case)
        skipped = _AFTER_CUE.match(text, position)  # always matches (maybe empty)
        that = _that(text, position, skipped.end())
        if lowered in _INFINITIVE_TAKERS and _INFINITIVE_AFTER_CUE.match(text, position) and (
            that is None or not _ANONYMITY_REQUEST.match(text, that.end())
        ):  # "vowed to block any deal that did not come before the Senate" (but "agreed to
            return None  # talk on the condition that his name not be used" names the speaker)
        if that is None and skipped.end() > position:
            that = _DOCUMENT_PARTICIPLE_THAT.match(text, skipped.end())
        if that is None and word in _OBJECT_TAKERS:
            # "told a Wall Street Journal lunch group that ...", "told delegates at the
            # Republican National Convention that ...": a longer object before "that"
            that = _LONG_OBJECT_THAT.match(text, position)
        if that is not None and word not in _OBJECT_TAKERS and that.end() - position > 8 and (
            _RELATIVE_BEFORE_THAT.search(text, position, that.end())
        ):
            that = None  # round 21: "said criminals who promise victims that their savings
            # are safe are behind the scheme": the "that" is the relative clause's verb's
        if that is not None and "," not in text[position : that.end()]:
            if lowered in _WRITING_VERBS and _written_work(text, skipped.end()):
                return None  # "wrote the book that made her famous": a relative "that" after
                # the work written, no reported clause (round 15)
            start = that.end()
            if self._noun_cue_before(position, that.end()):
                if _attributive(text, frame.cue):
                    return None  # "despite repeated warnings from X that": an adjective
                start = skipped.end()  # round 18, see ``_noun_cue_before``
        elif lowered in _ASK and (question := _QUESTION.match(text, position)):
            start = question.end() - len(question.group("word"))  # "asked whether ..."
        elif lowered in _ASK and _ASKED_ABOUT.match(text, position):
            return None  # round 19: "A reporter asked her about the budget": a topic, no
            # reported clause (but "asked the congregation to stand", "asked Rubio which ...")
        else:
            if verb_section(word) is None:
                return None
            if lowered in QUESTION_FORMS and _QUESTIONED_PEOPLE.match(text, position):
                return None  # round 21: "had questioned former sales staff": interrogated
            if word in _NOUN_LIKE_BASE_CUES and _after_singular_noun(text, frame.cue.start):
                return None  # round 16: "the 10-year Treasury note rose to 4.71%": a noun
            if lowered in _CHARGING and not _CHARGED_WITH.match(text, skipped.end()) and (
                not _PRONOUN_AFTER.match(text, skipped.end())
            ):
                return None  # round 18: "charged a $100,000 initiation fee": a price
            start = skipped.end()
            relative = _RELATIVE_OPENS.search(
                text, frame.cue.start - 9 if frame.cue.start > 9 else 0, frame.cue.start
            )
            if relative is not None and _object_before_main_cue(text, start):
                return None  # round 24: "The Environment Agency, which maintains the defences,
                # said ...": the relative clause's object, then the main clause's cue
            if lowered[:6] == "recall" and _PRODUCT_RECALLED.match(text, start):
                return None  # round 22: "would recall the formula from stores": a product
                # taken off sale, no memory told
            if lowered in _REPORT_FORMS and _REPORTED_TO.match(text, start):
                return None  # round 21: "Neighbors reported the fire to police": an incident
                # brought to someone, no reported clause
            if word in _OBJECT_TAKERS:  # "told Reuters her group never worked with them"
                told = _TOLD_OBJECT.match(text, start)
                if told is not None:
                    start = told.end()
                elif (listener := _TOLD_LISTENER.match(text, start)) is not None and (
                    _SUBJECT_THEN_MODAL.match(text, listener.end())
                    or _PRONOUN_START.match(text, listener.end() + 1)
                    or _SUBJECT_THEN_PAST_OR_PLURAL.match(text, listener.end())
                ):  # "told employees the plant would close", "told jurors she had lied"
                    start = listener.end()
                elif (pronoun := _TOLD_PRONOUN.match(text, start)) is not None and (
                    _SUBJECT_THEN_PAST_OR_PLURAL.match(text, pronoun.end())
                ):  # "told us engineers were working", "told me the crew stayed"
                    start = pronoun.end()
                elif not (
                    lowered.startswith("warn") and _SUBJECT_THEN_MODAL.match(text, start)
                ) and not (
                    _PRONOUN_THEN_MODAL.match(text, start)
                    and not _PASSIVE_BEFORE_CUE.search(
                        text, max(0, frame.cue.start - 8), frame.cue.start
                    )
                ):
                    return None  # (but "warn the figures could be revised": a clause; round
                    # 23: "warned it could open the floodgates", "assured they would stay")
            clause = _CLAUSE_START.match(text, start)
            if clause is None:
                return None
            start = clause.end()
            if self._same_speakers_cue_at(start, frame) or _RELATIVE_GOES_ON.match(text, start):
                return None  # round 23: "A neighbor who testified on Thursday said she heard
                # shots": the clause would open on the main verb of saying; the first cue is
                # in a relative clause on the speaker, and reports nothing of its own (not a
                # gerund: "acknowledged urging his staff to ...", "saying calling it ...")
            if word in _WEAK and not (
                _PRONOUN_START.match(text, start) or _WHAT_CALLED.match(text, start) or (
                    lowered in _BELIEFS
                    and (subject := _SUBJECT_THEN_MODAL.match(text, clause.start())) is not None
                    and subject[1] in MODALS
                ) or (
                    lowered in _INFERENCES
                    and classify_mention(text[frame.speaker[0] : frame.speaker[1]]) == "document"
                    and _BARE_SUBJECT_THEN_MODAL.match(text, clause.start()) is not None
                ) or (
                    lowered in _DEMANDS and _DEMANDED_CLAUSE.match(text, clause.start())
                ) or (
                    lowered in _FINDINGS
                    and _SUBJECT_THEN_MODAL.match(text, clause.start()) is not None
                    and classify_mention(text[frame.speaker[0] : frame.speaker[1]]) == "document"
                )  # round 27: "A new study found the waiting list is growing": a document's
            ):  # "believe he will", "believe the president may now push"; not "believe the
                return None  # story", nor "suggests the total could" (the reporter's inference)
            if lowered in _REPORT_FORMS and _REPORTED_STORY.match(text, start) and not (
                _SUBJECT_THEN_MODAL.match(text, clause.start())
                or _SUBJECT_THEN_PAST_OR_PLURAL.match(text, clause.start())
                or _VERB_SOON.match(text, start)
            ):  # round 24: "The Wall Street Journal first reported the talks on Tuesday": a
                return None  # story reported, no clause (but "reported the board had approved
                # it", "reported the company planned ...": a subject, then its verb)
            if lowered in ADD_FORMS and not (
                _PRONOUN_START.match(text, start)
                or text.startswith("that", start)  # "added that, in Wisconsin, ..."
                or _SUBJECT_THEN_MODAL.match(text, clause.start())
                or _SUBJECT_THEN_PAST_OR_PLURAL.match(text, clause.start())
                or _VERB_SOON.match(text, start)  # "added the U.S. must be ..."
            ):  # round 20: "Congress will add money to the bill", "adds sugar": an object, no
                return None  # clause ("added he was confident", "added the vote would wait")
            if lowered in _WRITING_VERBS and _written_work(text, start):
                return None  # "wrote the majority opinion": a work written, no clause
            if lowered[:6] == "recall" and _recalls_products(text, start):
                return None  # round 27: "is recalling more than 800,000 cars": a product
                # recall's count, no memory reported
            currency = text[start] in "$\u00a3\u20ac"  # "said $2 million had gone unpaid"
            if currency and lowered not in _SAY_FORMS:  # (after "say" only: "reported $2
                return None  # billion in revenue", "proposing $275 billion" take an object)
            first_word = _WORDS.match(text, start + 1 if currency else start)
            if first_word is None or (
                first_word.group().lower() in _NOT_CLAUSE_START
                and not (
                    lowered in _SAY_FORMS and _ABOUT_A_NUMBER.match(text, first_word.start())
                )
                and not _NO_SUBJECT.match(text, first_word.start())
            ):
                return None
        if start >= self._sentence_ends[bisect_right(self.bounds, frame.cue.start)]:
            return None  # a heading "What officials say": the next paragraph is not its clause
        quotation = self._quotation_at(start)
        if quotation is not None and quotation.start == start:
            return None  # "said: '...'" is the direct quotation's lead-in
        if frame.cue.section == "noun":
            return self._trim(start, self._noun_content_end(start, self._clause_end(start)))
        return self._trim(start, self._clause_end(start))

    def _before_dash_aside(self, close: int) -> int | None:
        """Where the clause before an aside set off by dashes ends (``close``: the aside's
        closing dash), or None when no opening dash stands earlier in the sentence."""
        text = self.text
        dash = text[close]
        if dash == "-" and text[close - 1] == "-":
            close -= 1  # "--"
        left, _ = self._sentence(close)
        opening = text.rfind(" " + dash, max(left, close - 200), close - 1)
        if opening < 0:
            return None
        return last_visible(text, left, opening + 1) + 1

    def _clause_before(self, frame: Frame) -> tuple[int, int] | None:
        text = self.text
        if text[frame.cue.start : frame.cue.end].lower() in _MANNER_ONLY_WITH_QUOTES:
            return None  # round 19: "When a reporter asked about it, she laughed": a manner
            # verb reports only a quotation ("'Not a chance,' she laughed")
        attribution_start = frame.cue.start if frame.inverted else frame.start
        if frame.cue.section == "passive":
            attribution_start = text.rfind(" ", max(0, frame.cue.start - 40), frame.cue.start) + 1
            if text[attribution_start - 4 : attribution_start] == " as ":
                attribution_start -= 3
        comma = last_visible(text, 0, attribution_start)
        dash_end = None
        if comma > 0 and frame.inverted and text[comma] in "\u2014\u2013-":
            dash_end = self._before_dash_aside(comma)  # review 26: "... in March — the fastest
            if dash_end is None:  # pace in a year — said the statistics office."
                return None
        elif comma < 0 or text[comma] != ",":
            return None
        _, right = self._sentence(frame.cue.start)
        tail = text[frame.end : min(right, frame.end + 200)]  # bounded: linear in all cases
        tail_end = _AFTER_CUE.match(tail)
        rest = tail[tail_end.end() :] if tail_end else tail
        end = comma if dash_end is None else dash_end
        if (
            rest[:1].isspace()
            and frame.cue.section != "according"
            and text[frame.cue.start : frame.cue.end].lower() in _OBJECT_TAKERS
            and _TRAILING_LISTENER.match(rest)
            and not _QUOTATION_CLOSED.search(text, max(0, comma - 80), comma)
        ):
            rest = ""  # "..., Sheriff Tom Bradley told reporters."
        if frame.cue.section != "according" and rest.strip(" .!?\"'\u201d\u2019") and not (
            frame.speaker is not None and frame.speaker[0] > frame.cue.start
            and _RESTRICTIVE_WHO.match(rest)
        ):  # (round 22: "The talks have stalled, said an official who spoke on condition of
            # anonymity.": the relative clause belongs to the speaker, the clause before is his)
            after = rest.lstrip()
            if not after.startswith(","):
                return None
            if not (_PARTICIPLE.match(after) or _CONTRAST_AFTER.match(after) or (
                _CLAIM_AFTER.match(after)  # round 27: "..., one of them said, a demand X
            ) or (  # rejected.": the apposition sums up the report, not its words
                _RELATIVE.match(after) or frame.inverted and (
                    _APPOSITIVE.match(after) or _DEFINITE_APPOSITIVE.match(after)
                )
                or _SENTENTIAL_APPOSITIVE.match(after)
            ) and text.count(" ", self._sentence(comma)[0], comma) >= 3):
                end = self._clause_end(right - 1)  # "The plan, he said, will fail." (but
                # "The rule is costly, said X, who added ...": a clause of four words or more
                # ends at the comma; "And Trump, said Sunshine, who ..., doesn't" goes on)
        left, _ = self._sentence(comma)
        lo, _ = self._paragraph(comma)
        left = max(left, lo)
        if _ASKED_OPENING.match(text, left, comma) and "," not in text[left:comma]:
            return None  # "Asked whether ..., she laughed": the question put to her, not her claim
        if text.startswith(("According to ", "according to "), left) and (
            "," not in text[left:comma]
        ):
            return None  # round 24: "According to the Herald, the minister knew in March": the
            # opening credits the main clause to the outlet; it is no clause the minister knew
        quotation = self._quotation_at(comma - 1)
        if quotation is not None:
            return None  # "'...,' he said": a direct quotation, not indirect speech
        opening = self._quotation_at(left)
        if opening is not None and opening.start < left:
            # round 20: the sentence splitter cut inside a quotation ('"Campaigns are having
            # trouble raising money. ... They don't have a choice" but to take the lead, says
            # Evan Tracey'): the reported words open where the quotation does
            left = opening.start
        if frame.cue.section == "according" and frame.speaker is not None and (
            _OUTLET_BY_NAME.fullmatch(text, *frame.speaker)
        ) and self._attributed_quotation(left, end) and (
            classify_mention(text[frame.speaker[0] : frame.speaker[1]]) == "outlet"
        ):
            return None  # round 23: '"We will appeal," Lee said, according to the Miami
            # Herald': Lee's quotation again, not a second report; the outlet named by its
            # name stays a source (A301) through the sourcing scanner, which credits every
            # such name after "according to" ("an Associated Press account", a body or a
            # document, which the scanner may not find, keep the report: their only credit)
        return self._trim(left, end)

    def _attributed_quotation(self, left: int, end: int) -> bool:
        """Whether ``[left, end)`` is only a quotation and the attribution after it ('"We will
        appeal," Lee said'): a cue with its speaker between the quotation's end and ``end``."""
        quotation = self._quotation_at(left)
        if quotation is None or end - quotation.end > 80:
            return False
        index = bisect_left(self.frame_starts, quotation.end)
        while index < len(self.frames) and self.frames[index].cue.end <= end:
            frame = self.frames[index]
            index += 1
            if frame.speaker is not None and frame.cue.section != "according" and (
                quotation.end <= frame.start and frame.speaker[1] <= end
            ):  # round 24: the speaker (and a role set before it) after the quotation and
                # before ``end``, as said above; "or quotation.end <= frame.start" let a
                # speaker reaching past ``end`` count
                return True
        return False


def _headed_by_a_document(speaker: str) -> bool:
    """Round 24: whether a speaker before "finds" is headed by a document noun ("Review", "An
    independent inquiry", "study")."""
    words = speaker.split()
    while len(words) > 2 and (
        words[-1].lower() in _DAYS_AND_PARTICIPLES or words[-1].lower() in DOCUMENT_PARTICIPLES
    ):
        words = words[:-1]  # round 28: "A Quinnipiac poll released Tuesday showed ..."
    head = words[-1].lower() if words else ""
    return role_heads().get(head) == "document" or classify_mention(speaker) == "document"


_DAYS_AND_PARTICIPLES = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "on", "last", "this", "week", "month",
])


_OUTLET_BY_NAME = re.compile(
    r"(?:[Tt]he[ \t]++)?+[A-Z][\w&.'\u2019-]*+(?:[ \t]++[A-Z][\w&.'\u2019-]*+){0,5}+"
)
"""Round 23: an outlet named by its name alone after "according to" ("the Miami Herald", "CNN")."""


_CONTRAST_AFTER = re.compile(r",\s*(?:though|although)\b")
"""After a mid-sentence attribution: a clause the reporter adds ("The closures would save
£420,000 a year, the council has said, though councillors dispute that figure"), not the rest
of the reported clause (round 20). Not "but", "while": on PolNeAR what follows them is the
speaker's still ("he may not electrify a room, they say, but he is still an effective advocate")."""


_REPORT_FORMS = frozenset(["report", "reports", "reported", "reporting"])
_REPORTED_TO = re.compile(
    r"[ \t]*+(?:the|a|an|his|her|their|its|this|that)[ \t]++(?:[\w'\u2019-]++[ \t]++){0,3}?"
    r"to[ \t]++(?:the|a|an|his|her|their|its|police|authorities|[A-Z])"
)
"""After "reported": an object and its recipient ("the conversation to the inspector general")."""
_REPORTED_STORY = re.compile(
    r"(?:the|this|these|those)[ \t]++(?:(?:[\w-]++['\u2019]s[ \t]++)?+[\w'\u2019-]++"
    r"(?=[ \t]*+(?:[.,;:)\n]|$)|[ \t]++(?:on|in|at|last|earlier|yesterday|today|first|this|"
    r"late|early|over|about|and|but|as|when|before|after)\b)"
    r"|[\w'\u2019-]++[ \t]++[\w'\u2019-]++(?=[ \t]*+(?:[.,;:)\n]|$)))"
)
"""Round 24: a definite noun phrase after "reported" ("first reported the talks on Tuesday",
"reported the story last week"; round 26: "first reported the board's search on Monday"): one
word (after a possessive, maybe), then the sentence's end, a comma or a time, or two
words, then the end or a comma ("Police reported the suspect fled on foot" is a clause): the
story the outlet broke, already named, no clause. Not an indefinite one, the information itself
("reported a profit of $1.78 a share", "reported a warning light"), nor a subject and its verb
("reported the email came hours after ...")."""


_VERB_SOON = re.compile(
    r"(?:[^\s,;:]++[ \t]++){1,4}?(?:must|will|would|could|can|should|may|might|is|are|was|were|"
    r"has|have|had|did|does|do)\b"
)
"""After "added": a subject of up to four words, then an auxiliary: a clause, not an object."""


_TRAILING_LISTENER = re.compile(
    r"[ \t]++(?:him|her|them|us|me|reporters|journalists|"
    + alternation(attribution_words("told_listener"))
    + r"|(?:the|a|an|his|her|their|its|our)[ \t]++(?:[\w.'\u2019&-]{1,30}[ \t]++){0,3}?(?:"
    + alternation(attribution_words("told_listener"))
    + r"|newspaper|paper|magazine|station|network|broadcaster|agency|channel|radio|television|"
    r"program|programme|show|podcast|site|website|outlet|conference|briefing|hearing|rally|"
    r"meeting|gathering|interviewer|host)|(?:The[ \t]++)?[A-Z][\w.&'\u2019-]{0,30}"
    r"(?:[ \t]++[A-Z][\w.&'\u2019-]{0,30}){0,3})"
    r"(?:[ \t]++(?:in|at)[ \t]++(?:the[ \t]++)?[A-Z][\w.'\u2019-]{0,30}"
    r"(?:[ \t]++[A-Z][\w.'\u2019-]{0,30}){0,2})?"
    + _ADVERBIAL
    + r"{0,3}[\s.!?\"'\u201d\u2019]*+\Z"
)
"""Round 19: the listener (people, an outlet, a meeting) after a closing "told" ("..., the
sheriff told reporters.", "told the jury", "told The Associated Press on Monday", "told him"):
the clause before the comma is what was said when nothing but time adverbials follows
(matched against the rest of the sentence, at most 200 characters)."""


_QUOTATION_CLOSED = re.compile(r"[,.!?][\"'\u201d\u2019]")
"""A quotation closing shortly before the comma ("'...,' another friend, Mariam Emara told CNN"):
the words are the quotation's, credited as such."""


_IN_RELATIVE = re.compile(r"\bwho[ \t]++(?:[a-z]++[ \t]++){1,3}(?:that[ \t]++)?$")
"""The reported clause opens a relative clause's report: "a nurse who said (that) ..."."""
_ASKED_OPENING = re.compile(r"[\s\"'\u201c\u2018]*(?:When[ \t]+|If[ \t]+)?[Aa]sked\b")
"""A sentence opening with the question put to the speaker ("Asked whether ...", "When asked
about ...")."""


_NOUN_LIKE_BASE_CUES = section_words("attribution_words.txt", "noun_like_base_cue")
"""Base forms of cues that are nouns as often ("Treasury note", "insurance claim"): with no
"that", they report only after a plural or a pronoun that takes them ("Analysts note the
company has", "they claim the vote was")."""
_BASE_FORM_NEIGHBOURS = frozenset(
    ["i", "we", "you", "they", "people", "police", "staff", "would", "will", "can", "could",
     "might", "may", "should", "must", "did", "do", "does", "to", "also", "often", "still",
     "now", "then", "even", "never", "always", "and", "or", "not"]
)
"""Words a base-form verb can follow: a pronoun or plural that takes it, a modal or "to", an
adverb ("Analysts also note")."""


_SPEECH_NOUNS = attribution_words("speech_noun")
_BEFORE_ATTRIBUTIVE = (
    attribution_words("determiner") | attribution_words("phrase_boundary")
    | attribution_words("before_attributive_participle")
)


def _attributive(text: str, cue: Cue) -> bool:
    """Round 18 (LEFT18): whether an -ed cue right before a speech noun is its adjective, after
    a determiner or a preposition ("despite repeated warnings from his attorney that", "the
    renewed claims by ..."), not a verb taking it ("The board repeated warnings from ...")."""
    if not text.endswith("ed", cue.start, cue.end) or cue.start < 2 or (
        text[cue.end + 1 : word_end(text, cue.end + 1)] not in _SPEECH_NOUNS
    ):
        return False
    space = text.rfind(" ", cue.start - 20 if cue.start > 20 else 0, cue.start - 1)
    return text[space + 1 : cue.start - 1].lower() in _BEFORE_ATTRIBUTIVE


def _after_singular_noun(text: str, cue_start: int) -> bool:
    """Whether the word right before a cue is one no base-form verb follows (a singular noun:
    "Treasury" in "the 10-year Treasury note rose"): not a plural, pronoun, modal or adverb."""
    end = cue_start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end].lower()
    return bool(word) and word[-1].isalnum() and not word.endswith(("s", "ly")) and (
        word not in _BASE_FORM_NEIGHBOURS
    )


_NOBODY = frozenset(["nobody", "no one", "no-one", "none", "none of them", "neither"])


def _no_one(text: str, speaker: tuple[int, int]) -> bool:
    """Whether a speaker mention says no one speaks ("Nobody", "None of them", or "one" after
    "No ": "No one could say how many had died")."""
    if text[speaker[0]] not in "NnOo":
        return False  # (the first letter first: this runs for every frame with a speaker)
    mention = text[speaker[0] : speaker[1]].lower()
    if mention in _NOBODY:
        return True
    if mention[:3] in ("no ", "no.") and mention[3:5].strip()[:1].isdigit():
        return False  # round 29: "No 10 said", "A No. 10 source": Downing Street, a number
    if mention.startswith(("no ", "neither ", "none of ")):  # round 20: "no terrorist
        written = text[speaker[0] + 1 : speaker[1]]  # organization has claimed ..."; not
        return not any(c.isupper() for c in written)  # "No wonder Trump"
    return mention == "one" and text[max(0, speaker[0] - 3) : speaker[0]].lower() == "no "


def _that(text: str, position: int, adverbials_end: int) -> re.Match[str] | None:
    """``_THAT.match(text, position)``, given where ``_AFTER_CUE`` (its adverbials, greedy) ends
    from ``position``: both regexes try the adverbials in the same order, so the rest of
    ``_THAT`` is tried first where ``_AFTER_CUE`` stopped.  Only when that fails after some
    adverbials (fewer or other ones may still let "that" follow) is ``_THAT`` run in full; with
    none (no adverbial matches the empty string) nothing else can match."""
    rest = _THAT_AFTER_ADVERBIALS.match(text, adverbials_end)
    if rest is not None or adverbials_end == position:
        return rest
    return _THAT.match(text, position)


_REPORT_FOLLOWS = re.compile("[ \t]*+(?::|,?[ \t]*+[\"\u201c']|that )")
"""After a participle, what opens its report: a colon, a quotation mark or "that" (not an
object: "In her statement condemning the test, ...")."""
_VERB_AFTER_THAT = re.compile(
    r"[ \t]++(?:was|were|is|are|have|has|had|will|would|could|can|may|might|show|showed|shows"
    r"|suggest|suggested|suggests)\b"
)
"""A verb right after a cue's "that": a relative clause on a noun, not a reported clause."""
_RESPONSIBILITY_AFTER = re.compile(r"[ \t]++(?:responsibility|credit)[ \t]++for\b")
_CLAIMED_THING = re.compile(
    r"[ \t]++(?:(?:more[ \t]++than|over|nearly|almost|about|around|up[ \t]++to|at[ \t]++least)"
    r"[ \t]++)?(?:[£$€¥][\d.,]++(?:[ \t]*+(?:m|bn|k|million|billion))?"
    r"|(?:(?:the|a|an|his|her|their|its|our)[ \t]++)?(?:[\w-]++[ \t]++){0,2}?"
    r"(?:title|titles|crown|seat|seats|lives|life|expenses|benefits|asylum|damages|position"
    r"|compensation|refunds?|prizes?|medals?|gold|silver|bronze|points|pole|wickets?))"
    r"(?=[ \t]*+(?:[.,;:!?]|$)|[ \t]++(?:in|for|from|on|at|to|with|during|since|after|over|by"
    r"|against|as|while|and|worth|last|this|each)\b"
    r"|[ \t]++of(?:[ \t,]++(?!(?:was|were|is|are|would|will|could|had|has|have|can|should"
    r"|might|may|must|did|does)\b)[\w'\u2019-]++){1,12}?[ \t]*+[.;!?])"
)
"""What "claimed" takes as a thing rather than a clause: an amount of money, or a noun phrase
headed by a prize, a seat, lives or money owed, when the phrase ends there: a stop, a
preposition or conjunction, or "of" and a phrase with no auxiliary to the stop ("claimed the
lives of three children and their mother"). Review 28: anything else after the noun makes a
clause ("claimed the benefits outweighed the risks", "claimed the points deduction was unfair",
"claimed the refund never arrived"). Left: "claimed $2 million had been diverted" is no report
(nor was it before)."""
_HEAD_ENDING_PREPOSITIONS = frozenset(["on", "in", "to", "at", "posted"])
"""(Not "from", "by": "an earlier report from Bloomberg saying" is Bloomberg's report.)"""
_NAMING_CUES = frozenset(["call", "calls", "called", "calling", "dubbed", "dubs", "dub"])
_REFLEXIVE_AFTER = re.compile(
    r"[ \t]++(?:itself|himself|herself|themselves|themself)[ \t]++[A-Z]"
)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'\u2019])(?:a|an)[ \t]++(?:[\w-]++[ \t]++){0,2}+$")
_CAPITAL_AFTER = re.compile(r"[ \t]++[A-Z]")


def _names_a_thing(text: str, cue: Cue) -> bool:
    """Whether a cue of calling names (round 21): "which calls itself BlackHarbor", "a man who
    called himself Viktor" (a reflexive object before a name; not before a quoted label:
    'called himself "very pro-choice"'), "a community page called Brenton Truth", "an
    app dubbed Signal" (a participle after an indefinite noun, before a capitalised name)."""
    if _REFLEXIVE_AFTER.match(text, cue.end):
        return True
    return text[cue.end - 2 : cue.end] == "ed" and (
        _CAPITAL_AFTER.match(text, cue.end) is not None
        and _INDEFINITE_BEFORE.search(text, cue.start - 40 if cue.start > 40 else 0, cue.start)
        is not None
    )


def _coordinated(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_COORDINATED.search(text, lo, hi)``; the regex (which has no literal to skip to) runs
    only when "and" or "but" is there to be found."""
    window = text[lo:hi]
    if "and" not in window and "but" not in window:
        return None
    match = _COORDINATED.search(text, lo, hi)
    if match is not None and _SUBORDINATE.search(text, lo, match.start()):
        return None  # "... as property taxes climb and promised road improvements vanish":
        # the "and" joins two verbs of a subordinate clause, whose subject is not the sentence's
    if match is not None and text.startswith("ed", word_end(text, hi) - 2) and (
        _PASSIVE_PAIR.search(text, lo, hi)
    ):
        return None  # "had been discussed but rejected because ...": a second participle of
        # the same passive, not a second predicate (round 15)
    return match


def _document_before(text: str, position: int) -> bool:
    """Whether the word right before ``position`` (one space before it) is a document noun."""
    if position < 2 or text[position - 1] != " ":
        return False
    lo = position - 20 if position > 20 else 0
    start = text.rfind(" ", lo, position - 1) + 1 or lo  # (no space: from ``lo``, never the
    word = text[start : position - 1].rsplit("\n", 1)[-1].lower()  # whole text before it)
    return role_heads().get(word) == "document"


_TRAILING_APPOSITION = re.compile(
    r",[ \t]++((?:an?|the(?:[ \t]++[A-Z][\w.-]*+['\u2019]s)?+)[ \t]++[a-z][\w'\u2019-]*+"
    r"(?:[ \t]++[a-z][\w'\u2019-]*+){0,7}?)(?=[,.;:\n]|$)"
)
"""After "according to X": ", a tracking service", ", the EU's statistics office" (round 21:
"the" and a possessive as well)."""
_TRAILING_NAME = re.compile(
    r",[ \t]++((?:[A-Z][\w.'\u2019&-]*+[ \t]++){0,4}[A-Z][\w.'\u2019&-]*+)[ \t]*+,(?=[ \t])"
)
"""After "according to the developer": ", Northbank Living," (a name of up to five words)."""
_ROLE_PHRASE = re.compile(r"(?:the|its|their|his|her)[ \t]++(?:[a-z][\w'\u2019-]*+[ \t]++){0,3}"
                          r"[a-z][\w'\u2019-]*+")
"""A role by a lower-case noun phrase ("the developer", "its parent company")."""
_NAME_LIST_GOES_ON = re.compile(r"[ \t]++[A-Z][\w.'\u2019-]*+(?:[ \t]++[A-Z][\w.'\u2019-]*+){0,3}"
                           r"[ \t]*+(?:,|and\b)")
"""After ", Smith,": another name and a comma or "and" ("Smith, Jones and Lee"): a list."""
_APPOSITION_HEAD_END = frozenset(["of", "for", "at", "in", "on", "based", "that", "which", "who",
                                  "with", "from"])


def _names_a_role(head: str) -> bool:
    """A person's or a body's role noun ("developer", "company"), not a document's."""
    head = head.lower()
    kind = role_heads().get(head)
    if kind is not None:
        return kind in ("person", "organization")
    return names_a_kind_of_body(head) or human_nouns().singular(head)


def _with_trailing_apposition(text: str, frame: Frame) -> Frame:
    """``frame`` ("according to X") with the description set off after its speaker when it
    names what X is ("According to FlightAware, a tracking service, more than 1,100 flights
    ...": the clause starts after the description, and X is a company, not a person)."""
    assert frame.speaker is not None
    match = _TRAILING_APPOSITION.match(text, frame.speaker[1])
    if match is None:
        named = _TRAILING_NAME.match(text, frame.speaker[1])
        if named is not None and _ROLE_PHRASE.fullmatch(
            text, frame.speaker[0], frame.speaker[1]
        ) and _names_a_role(text[frame.speaker[0] : frame.speaker[1]].rsplit(" ", 1)[-1]) and (
            not _NAME_LIST_GOES_ON.match(text, named.end())
        ):  # (review: not a document, "According to the indictment, Manafort, who ...")
            # round 26: "According to the developer, Northbank Living, 20 percent of the flats
            # ...": the name speaks, and the clause starts after it
            return Frame(frame.cue, named.span(1), inverted=True, apposition=frame.speaker)
        return frame
    words = [word for word in match.group(1).split()[1:] if not word[0].isupper()]
    for index, word in enumerate(words):
        if word in _APPOSITION_HEAD_END:
            words = words[:index]
            break
    head = words[-1].lower() if words else ""
    if not (
        names_a_kind_of_body(head) or role_heads().get(head) or human_nouns().singular(head)
        or people_noun(head)
    ):
        return frame
    return Frame(frame.cue, frame.speaker, inverted=True, apposition=match.span(1))


_PASSIVE_PAIR = re.compile(
    r"\b(?:been|was|were|is|are|be|being)[ \t]++(?:[a-z]++(?<=ly)[ \t]++)?[a-z]++(?<=ed|en)"
    r"[ \t]++(?:and|but)[ \t]++$"
)
"""Two participles of one passive joined: "had been discussed but |rejected"."""


def _copy(speaker: Speaker) -> Speaker:
    return Speaker(speaker.start, speaker.end, speaker.text, speaker.name, speaker.kind)
