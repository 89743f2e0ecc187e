"""Quotation marks: pair opening and closing marks into quotations, paragraph by paragraph.

Handles straight and curly double quotes, curly single quotes and straight single quotes used as
quotation marks, telling them apart from apostrophes (Ukraine's, nations', '90s, rock 'n' roll,
O'Brien).  A quotation never runs past its paragraph, except by the news convention for
multi-paragraph quotes: each paragraph reopens with an opening mark and only the last one closes.
One left-to-right pass over the marks (plus one backwards pass for look-ahead): linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from newscheck.lexicon_files import section_words

OPEN, CLOSE, EITHER, WEAK_CLOSE = 1, 2, 3, 4
DOUBLE, SINGLE = "double", "single"

# Two straight apostrophes ('') stand for a double quotation mark in some wire copy.  The pattern
# opens with the character class (the second ' only after a first) rather than ``''|[...]``: a
# leading class lets the engine skip to the next mark at C speed (twice as fast as the alternation).
_MARK = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb](?:(?<=')')?")
# The same marks, one literal-led scan per character (a literal is found far faster than a class);
# no match of one scan overlaps another's, so sorting the spans gives ``_MARK.finditer``'s, less
# the single marks between two letters or digits (don't, O'Brien, Ukraine’s: most single marks),
# which ``_roles`` drops first inside a paragraph, and no paragraph edge has a letter beside it.
_MARKS_BY_CHAR = tuple(
    (char, re.compile(
        re.escape(char)
        + (r"(?!(?<=[^\W_]" + re.escape(char) + r")[^\W_])" if char in "'\u2018\u2019" else "")
        + ("'?" if char == "'" else "")
    ))
    for char in "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
)
_ELISION = re.compile(
    r"['\u2018\u2019](?:\d\d(?:s\b|\b)|n['\u2019]|em\b|tis\b|twas\b|til\b|cause\b|bout\b)", re.I
)
_OPEN_CONTEXT = set("([{/-\u2014\u2013\u2015\"\u201c\u2018'\u00ab")
_CLOSE_CONTEXT = set(".,;:!?)]}-\u2014\u2013\u2015\u2026\u201d\u2019\u00bb")


@dataclass(frozen=True, slots=True)
class Quotation:
    """Text between a pair of quotation marks, marks included (or to its paragraph's end)."""

    start: int
    end: int
    closed: bool
    paragraphs: int = 1

    def __init__(self, start: int, end: int, closed: bool, paragraphs: int = 1) -> None:
        # What the generated frozen __init__ does (object.__setattr__ per field), through the
        # slots' own setters: a third of the time (as document.Span does).
        _set_start(self, start)
        _set_end(self, end)
        _set_closed(self, closed)
        _set_paragraphs(self, paragraphs)

    def inner(self, text: str) -> tuple[int, int]:
        """The words inside the marks."""
        lo, hi = self.start + 1, self.end - 1 if self.closed else self.end
        # (a one-character test before each ``startswith``: most quotations open and close on
        # a double or curly mark, and a method call with a position parses its arguments)
        if text[self.start] == "'" and text.startswith("''", self.start):
            lo += 1
        if self.closed and hi > lo and text[hi] == "'" and text.startswith("''", hi - 1):
            hi -= 1
        return lo, hi


_set_start = Quotation.start.__set__  # type: ignore[attr-defined]
_set_end = Quotation.end.__set__  # type: ignore[attr-defined]
_set_closed = Quotation.closed.__set__  # type: ignore[attr-defined]
_set_paragraphs = Quotation.paragraphs.__set__  # type: ignore[attr-defined]


def _role(text: str, i: int, lo: int, hi: int) -> tuple[str, int] | None:
    """The family and role of the mark at ``i`` in paragraph ``[lo, hi)``, or None (apostrophe)."""
    mark = text[i]
    width = 2 if mark == "'" and text.startswith("''", i) else 1
    if width == 2:
        mark = '"'
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    if mark in "\u201c\u00ab":
        return DOUBLE, OPEN
    if mark in "\u201d\u00bb":
        return DOUBLE, OPEN if _typo_opening(text, i, lo, hi) else CLOSE
    opens = prev.isspace() or prev in _OPEN_CONTEXT
    closes = nxt.isspace() or nxt in _CLOSE_CONTEXT
    if mark == '"':
        if prev.isspace() or i == lo or prev in "([{/-\u2014\u2013":
            return (DOUBLE, OPEN) if not nxt.isspace() else None
        if closes:
            return DOUBLE, CLOSE
        return DOUBLE, EITHER
    # single marks: ' \u2018 \u2019
    if prev.isalnum() and nxt.isalnum():
        return None  # don't, O'Brien, Ukraine's
    if mark != "\u2019" and opens and _ELISION.match(text, i):
        return None  # '90s, 'n', 'em
    if mark == "'" and opens and prev in "\"\u201d" and (nxt.isspace() or nxt in _CLOSE_CONTEXT):
        return SINGLE, CLOSE  # round 27: 'I said, "Well, we'll see about that,"' she told: a
        # single mark closing right after a nested double one
    if mark == "\u2018" or (mark == "'" and opens):
        return (SINGLE, OPEN) if not nxt.isspace() else None
    if prev.isspace() or i == lo:
        return None  # \u201990s: a leading apostrophe, never a closing mark
    if i >= lo + 3 and text[i - 2] in "'\u2018" and prev in "nN":
        return None  # the closing half of rock 'n' roll
    if prev in "sS" and text[i - 2].isalpha() and nxt == " " and text[i + 2 : i + 3].isalpha():
        return SINGLE, WEAK_CLOSE  # the Joneses' house, or a quote ending in s
    return SINGLE, CLOSE


def _paragraph_marks(text: str, lo: int, hi: int) -> list[tuple[int, str, int, int]]:
    """(position, family, role, width) of every quotation mark in the paragraph."""
    return _roles(text, lo, hi, (match.span() for match in _MARK.finditer(text, lo, hi)))


def _marks_in(
    text: str, lo: int, hi: int, spans: list[tuple[int, int]], first: int, stop: int
) -> list[tuple[int, str, int, int]]:
    """``_paragraph_marks`` from the marks of one whole-text pass (``spans[first:stop]`` start
    in the paragraph); a mark cut by the paragraph's edges is re-read within them."""
    if (first > 0 and spans[first - 1][1] > lo) or (stop > first and spans[stop - 1][1] > hi):
        return _paragraph_marks(text, lo, hi)
    return _roles(text, lo, hi, spans[first:stop])


def _roles(
    text: str, lo: int, hi: int, spans: Iterable[tuple[int, int]]
) -> list[tuple[int, str, int, int]]:
    """(position, family, role, width) of the marks at ``spans`` that act as quotation marks."""
    marks = []
    for start, end in spans:
        char = text[start]
        if char in _CURLY_ROLES:  # a curly double mark has one role wherever it stands
            role = OPEN if _typo_opening(text, start, lo, hi) else _CURLY_ROLES[char]
            marks.append((start, DOUBLE, role, 1))
            continue
        if char in _SINGLE_MARKS and lo < start < hi - 1 and (
            text[start - 1].isalnum() and text[start + 1].isalnum()
        ):
            continue  # what ``_role`` says first of a single mark between letters: apostrophe
        role = _role(text, start, lo, hi)
        if role is not None:
            marks.append((start, role[0], role[1], end - start))
    return marks


_CURLY_ROLES = {"\u201c": OPEN, "\u00ab": OPEN, "\u201d": CLOSE, "\u00bb": CLOSE}
"""What ``_role`` says of the curly double marks (its first test), but for ``_typo_opening``."""


def _typo_opening(text: str, i: int, lo: int, hi: int) -> bool:
    """Round 22: whether the mark at ``i`` is a closing double mark typed to open its paragraph
    ('” … what I learned ...,” he said'): first in the paragraph ``[lo, hi)``, with another
    closing mark after it there."""
    return i == lo and text[i] == "\u201d" and text.find("\u201d", i + 1, hi) >= 0
_SINGLE_MARKS = "'\u2018\u2019"


def _strong_close_ahead(marks: list[tuple[int, str, int, int]]) -> list[bool]:
    """For each mark: does a closing mark of its family come before the next opening one?"""
    ahead = [False] * len(marks)
    upcoming: dict[str, int] = {}
    for index in range(len(marks) - 1, -1, -1):
        _, family, role, _ = marks[index]
        ahead[index] = upcoming.get(family) in (CLOSE, EITHER)
        if role != WEAK_CLOSE:
            upcoming[family] = role
    return ahead


def last_visible(text: str, lo: int, position: int) -> int:
    """Index of the last non-space character in ``text[lo:position]``, or ``lo - 1``.
    Only walks back over whitespace, so callers never copy a whole paragraph."""
    index = position - 1
    while index >= lo and text[index].isspace():
        index -= 1
    return index


def _starts_paragraph(text: str, lo: int, position: int) -> bool:
    return last_visible(text, lo, position) < lo


_WORD_CHARACTER = re.compile(r"[^\W_]")
"""A quotation quotes at least one letter or digit: marks around spaces or dots quote nothing."""


def find_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """Every quotation in ``text`` (the analysis text), in order, nested ones left out."""
    found: list[Quotation] = []
    open_family: str | None = None
    open_start = 0
    spanned = 0
    spans = _mark_spans(text)  # one pass, shared out below
    starts = [start for start, _ in spans]
    for number, (lo, hi) in enumerate(paragraphs):
        first_mark = bisect_left(starts, lo)
        last_mark = bisect_left(starts, hi)
        if first_mark == last_mark and open_family is None and (
            first_mark == 0 or spans[first_mark - 1][1] <= lo
        ):
            continue  # no mark in the paragraph and no quotation carried into it
        marks = _marks_in(text, lo, hi, spans, first_mark, last_mark)
        ahead: list[bool] | None = None  # worked out at the first weak closing mark, if any
        first = 0
        if open_family is not None:  # carried over: this paragraph must reopen
            if marks and marks[0][1] == open_family and marks[0][2] in (OPEN, EITHER) and (
                _starts_paragraph(text, lo, marks[0][0])
            ):
                first = 1
                spanned += 1
            else:
                open_family = None
        for index in range(first, len(marks)):
            position, family, role, width = marks[index]
            if open_family is None:
                if role in (OPEN, EITHER):
                    open_family, open_start, spanned = family, position, 1
                continue
            if family != open_family:
                continue  # a nested quotation, or a stray mark of the other family
            if role == OPEN:
                if _reopens_line(text, open_start, position):
                    spanned += 1  # one line per paragraph: the quotation goes on (reopened)
                    continue
                open_start, spanned = position, 1  # the earlier mark was never closed
                continue
            if role == WEAK_CLOSE:
                if ahead is None:
                    ahead = _strong_close_ahead(marks)
                if ahead[index]:
                    continue  # a real closing mark follows: this one is an apostrophe
            if _WORD_CHARACTER.search(text, open_start + 1, position):  # not '« »', '"..."'
                found.append(Quotation(open_start, position + width, True, spanned))
            open_family = None
        if open_family is None:
            continue
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        if following is not None and _reopens(text, following, open_family):
            continue
        end = lo + len(text[lo:hi].rstrip())
        # one paragraph (spanned == 1: the open mark is in this one) or several reopened ones
        bounded = spanned > 1 or _starts_paragraph(text, lo, open_start) or (
            text[last_visible(text, lo, open_start)] == ":"
        )
        if bounded and end > open_start + 1:  # else a stray mark: no quotation at all
            found.append(Quotation(open_start, end, False, spanned))
        open_family = None
    return found


def _reopens_line(text: str, open_start: int, position: int) -> bool:
    """An opening mark at the start of a later line than the open quotation's, in copy that
    breaks paragraphs with single newlines: the news convention of reopening each paragraph."""
    line = text.rfind("\n", open_start, position)
    return line >= 0 and not text[line + 1 : position].strip()


def _mark_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_MARK.finditer(text)``, in order."""
    spans: list[tuple[int, int]] = []
    for char, pattern in _MARKS_BY_CHAR:
        if char in text:
            spans.extend(match.span() for match in pattern.finditer(text))
    spans.sort()
    return spans


def _reopens(text: str, paragraph: tuple[int, int], family: str) -> bool:
    lo, hi = paragraph
    stripped = text[lo:hi].lstrip()
    if not stripped:
        return False
    position = hi - len(stripped)
    role = _role(text, position, lo, hi) if _MARK.match(stripped) else None
    return role is not None and role[0] == family and role[1] in (OPEN, EITHER)


_WORD = re.compile(r"[^\W_][\w.'\u2019&-]*")
_FUNCTION_WORDS = frozenset(
    ["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "de", "von", "van", "la", "le",
     "du", "el", "al", "with", "from", "by", "&", "vs"]
)
_SPEECH_END = ",.!?;:\u2026"
"""Characters that end speech inside the marks (each one character: ``inner[-1] in`` tests
the last one without a method call)."""


NICKNAME_MARKS = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}
"""Opening quotation marks a nickname inside a name is set in ('Juan "Chico" Manriquez'), with
the closing mark of each (the quotes stage, the attribution tokens and the speakers' names)."""
NICKNAME_WORDS = re.compile(r"[A-Z][\w\u2019'-]*+(?: [A-Z][\w\u2019'-]*+){0,2}")
"""The words of a nickname: one to three capitalised words ("Chico", "La Jefa")."""


def is_nickname(text: str, quotation: Quotation) -> bool:
    """A nickname set in quotation marks between a given name and a surname ('Juan "Chico"
    Manriquez', 'Rosa “La Jefa” Delgado'): no quotation at all (round 20: the cue after
    it, '"We won," Juan "Chico" Manriquez said', was read as the nickname's, and dropped)."""
    start, end = quotation.start, quotation.end
    if not quotation.closed or start < 2 or text[start - 1] != " " or end + 1 >= len(text):
        return False
    if text[end] != " " or not text[end + 1].isupper() or not text[start - 2].isalpha():
        return False
    lo, hi = quotation.inner(text)
    if NICKNAME_WORDS.fullmatch(text, lo, hi) is None:
        return False
    word_start = text.rfind(" ", max(0, start - 30), start - 1) + 1
    if not (text[word_start].isupper() and text[word_start:start - 1].isalpha()):
        return False
    from newscheck.stages.loaded import is_headline_line  # (loaded needs no quote stage)

    line_start = text.rfind("\n", max(0, start - 160), start) + 1
    line_end = text.find("\n", end, end + 160)
    # not in a Title Case headline, where every word is capitalised ("Bernie Sanders Pins The
    # Rise Of ISIS On 'Disastrous' Invasion Of Iraq"): there the marks quote
    return not is_headline_line(text[line_start : line_end if line_end >= 0 else end + 160])


def is_name_or_title(text: str, quotation: Quotation) -> bool:
    """A quoted name, title or nickname ('Lenta.Ru', 'The Long Goodbye'): not speech.  With
    a comma or period inside the marks (AP style), only where a title or name is announced:
    'the reality show "The Apprentice,"', 'ABC's "This Week."', 'known as "Guccifer,"' (not
    after "called": 'what one writer called "Kavanaugh Derangement Syndrome."' quotes him)."""
    lo, hi = quotation.inner(text)
    inner = text[lo:hi].strip()
    if not inner:
        return False
    if inner[-1] in _SPEECH_END:
        if inner[-1] not in ",." or inner.count(" ") > 8 or not (
            inner[0].isupper() or inner[0].isdigit()
        ) or not title_announced(text, quotation.start):
            return False  # (cheap tests first: this runs for every quotation)
        inner = inner[:-1]
    words = _WORD.findall(inner)
    if not 1 <= len(words) <= 6:
        return False
    for position, word in enumerate(words):
        if word[0].isupper() or word[0].isdigit():
            continue
        if position > 0 and word.lower() in _FUNCTION_WORDS:
            continue
        return False
    return True


_TITLE_NOUNS = section_words("titles.txt", "title_noun")
_NAMED_AS = section_words("titles.txt", "named_as")
"""'known as "Guccifer,"': a name; but 'refers to Jews as "Satan."' quotes the speaker's label."""
_WORD_BEFORE_MARK = re.compile(r"([\w'\u2019]+),?[ \t]*\Z")
"""The word before a quotation mark, and the comma after it ('the play, "Eclipsed."')."""


def _word_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The span of group 1 of ``_WORD_BEFORE_MARK.search(text, lo, end)``, read backwards from
    ``end`` (spaces and tabs, an optional comma, then the word's characters) instead of by a
    search that tries every position of the window."""
    index = end
    while index > lo and text[index - 1] in " \t":
        index -= 1
    if index > lo and text[index - 1] == ",":
        index -= 1
    word_end = index
    while index > lo and (
        text[index - 1].isalnum() or text[index - 1] in "_'\u2019"
    ):
        index -= 1
    return (index, word_end) if index < word_end else None


_WORDS_USED_BEFORE = re.compile(
    r"\b(?:used|uses|using|chanted|chanting|shouted|shouting|described|describing|called|"
    r"calling|invoked|invoking|employed|employing|uttered|repeated|repeating|with)\b"
)
"""Before example words: their speaker used them ("described the plan with words like ...",
"chanted slogans such as ...")."""
_EXAMPLE_WORDS_BEFORE = re.compile(
    r"\b(?:words?|terms?|phrases?|keywords?|expressions?|slogans?|hashtags?|labels?|names?"
    r"|insults?|slurs?)[ \t]++(?:such[ \t]++as|like|including)[ \t]++"
    r"(?:[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019\n]{1,40}+[\"\u201d\u2019'][,;]?+[ \t]++"
    r"(?:(?:and|or)[ \t]++)?)*+\Z"
)
"""Round 26: quoted words given as examples of words ('searched for terms such as "attack" and
"Libya"', 'posts containing words like "bomb"'): each is a mention of the word, neither a
quotation nor a sneer, as after "the word" (bounded: possessive, at most 40 characters a word)."""
_EXAMPLE_LOOK = 200
"""How far back (characters) the list of example words may start."""
_EXAMPLE_LINK = re.compile("such|like|including")
"""What every ``_EXAMPLE_WORDS_BEFORE`` holds (round 27, PERF27): a search for it (the engine
skips to the three first letters at C speed) rules out most windows before the longer pattern,
which has no first character to skip to, is tried at each of their 200 positions."""


def example_of_words(text: str, mark: int, lo: int = 0) -> bool:
    """Whether the quotation opening at ``mark`` is one of a list of example words ("terms such
    as "attack" and "Libya"")."""
    if mark < 4 or text[mark - 1] not in " \t":
        return False
    window = mark - _EXAMPLE_LOOK if mark - _EXAMPLE_LOOK > lo else lo
    if _EXAMPLE_LINK.search(text, window, mark) is None:
        return False
    example = _EXAMPLE_WORDS_BEFORE.search(text, window, mark)
    if example is None:
        return False
    used = example.start() - 60 if example.start() - 60 > lo else lo
    return _WORDS_USED_BEFORE.search(text, used, example.start()) is None  # (review 26: "She
    # described the plan with words like 'reckless'": the words she used are hers)


def title_announced(text: str, start: int) -> bool:
    """The word before a quotation announces a title or name: a title noun ("the show"), a
    naming verb ("known as", "dubbed"), or a possessive ("ABC's", "CNN\u2019s")."""
    word = _word_before(text, start - 30 if start > 30 else 0, start)
    if word is None:
        return False
    before = text[word[0] : word[1]]
    if before.lower() == "as":
        earlier = _word_before(text, word[0] - 30 if word[0] > 30 else 0, word[0])
        return earlier is not None and text[earlier[0] : earlier[1]].lower() in _NAMED_AS
    return before.lower() in _TITLE_NOUNS or before.endswith(("'s", "\u2019s"))


def is_direct(text: str, quotation: Quotation, paragraph_start: int) -> bool:
    """A quotation standing as the speaker's own sentence(s), not a fragment of the reporter's."""
    if quotation.paragraphs > 1:
        return True
    lo, hi = quotation.inner(text)
    inner = text[lo:hi].lstrip()
    if not inner:
        return False
    visible = last_visible(text, paragraph_start, quotation.start)
    if visible < paragraph_start:
        return True
    first = inner[0]
    starts_sentence = first.isupper() or first.isdigit() or first in "\u2026.["
    if not starts_sentence:
        return False
    opened = text[visible] in ",:;.!?\u2014\u2013\u2015-(\u201d\u2019\"'"  # (round 23: the bar)
    return opened or len(_WORD.findall(inner)) >= 12
