"""Stage 'sentences': paragraphs, then sentences with nltk's Punkt and rules around it.

Paragraphs (see docs/sentences.md): plain text with one paragraph per line (most news copy) gives a
paragraph per non-empty line; hard-wrapped text and Markdown give a paragraph per blank-line block,
with headings, list items, quote and table lines their own paragraphs.  A paragraph break always
ends a sentence.

Sentences: Punkt with parameters shipped as plain text (``newscheck/data/punkt_params.txt``,
built by ``benchmarks/train_punkt.py``), run on bounded chunks of one paragraph, then corrected by
rules for what Punkt gets wrong in news: inline lists, ellipses, closing quotes and brackets, a
sentence that continues in lower case, times ("6 p.m. Officials said"), parentheticals, caption
credits.

Everything is linear in the input; nltk is imported on first use, never at import time, and
without scipy and numpy (``newscheck.lean_nltk``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from importlib import resources
from operator import methodcaller
from typing import TYPE_CHECKING

from newscheck.document import Document, Span
from newscheck.lean_nltk import import_nltk

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

MAX_CHUNK = 10_000
"""Longest piece handed to Punkt at once (nltk 3.10 aborts a regex after 5 s on huge inputs)."""

# --- paragraphs -------------------------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_BLOCK_MARKER = re.compile(
    r"[ \t]{0,3}(?:(?P<heading>#{1,6}(?:[ \t]|$))"
    r"|(?P<item>[-*+•‣⁃◦▪–—][ \t]|\d{1,9}[.)](?:[ \t]|$))|(?P<quote>>)|(?P<table>\|))",
    re.MULTILINE,
)
"""A line that starts its own paragraph: heading, bullet or numbered item, block quote, table."""
_FIRST_WORD = re.compile(r"\s*\S+")
_HARD_WRAP_MAX_LINE = 100


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the line break (LF, CRLF or a lone CR)."""
    lines = []
    if "\r" not in text:
        start = 0
        for line in text.split("\n"):
            lines.append((start, start + len(line)))
            start += len(line) + 1
        if lines and lines[-1][0] == len(text):
            lines.pop()  # the empty remainder after a final line break
        return lines
    for match in _LINE.finditer(text):
        start, end = match.span()
        if start == end:
            break
        lines.append((start, start + len(match.group().rstrip("\r\n"))))
    return lines


def _wrapped_lines(
    analysis_text: str, blocks: list[list[tuple[int, int]]]
) -> set[tuple[int, int]] | None:
    """The lines that were broken by wrapping, or None when the text is not hard-wrapped.

    Greedy wrapping breaks a line only when the next word would not fit, so a line is wrapped
    when it plus the next line's first word would pass (nearly) the text's widest line.  The
    text is hard-wrapped when its lines are short and most lines inside blocks are wrapped; a
    short line that is not (a headline over the body) still ends its paragraph.
    """
    pairs = [(line, block[i + 1]) for block in blocks for i, line in enumerate(block[:-1])]
    if len(pairs) < 2:
        return None
    lengths = [end - start for (start, end), _ in pairs]
    if sum(1 for n in lengths if n > _HARD_WRAP_MAX_LINE) > 0.2 * len(pairs):
        return None
    width = max(n for n in lengths if n <= _HARD_WRAP_MAX_LINE) if min(lengths) <= 100 else 0
    wrapped = set()
    for (start, end), (next_start, next_end) in pairs:
        first_word = _FIRST_WORD.match(analysis_text, next_start, next_end)
        word_length = first_word.end() - first_word.start() if first_word else 0
        if end - start + 1 + word_length > 0.85 * width:
            wrapped.add((start, end))
    return wrapped if len(wrapped) >= 0.6 * len(pairs) else None


def _line_kind(text: str, analysis_text: str, line: tuple[int, int], markdown: bool) -> str | None:
    """'heading', 'item', 'quote' or 'table' when the line opens with that marker, else None.
    In Markdown a marker counts only where the Markdown reader blanked it (so "2015. The" at
    the start of a wrapped line is prose); in plain text a number never does."""
    match = _BLOCK_MARKER.match(text, line[0], line[1])
    if match is None or (markdown and analysis_text[match.start() : match.end()].strip()):
        return None
    if not markdown and match.group().strip()[0].isdigit():
        return None  # "2019." opening a wrapped line; numbered lines are short, so unwrapped
    return match.lastgroup


def _grouped(
    text: str,
    analysis_text: str,
    blocks: list[list[tuple[int, int]]],
    markdown: bool,
    wrapped: set[tuple[int, int]] | None,
) -> list[tuple[int, int]]:
    """Blank-line blocks as paragraphs, except that a heading, list item, table row or the
    first line of a block quote starts a new one, a heading or table row ends one, and in
    hard-wrapped plain text so does a line that was not wrapped."""
    ranges: list[tuple[int, int]] = []
    for block in blocks:
        previous_kind = None
        previous_line = None
        for line in block:
            kind = _line_kind(text, analysis_text, line, markdown)
            starts_new = (
                previous_line is None
                or kind in ("heading", "item", "table")
                or (kind == "quote" and previous_kind != "quote")
                or previous_kind in ("heading", "table")
                or (wrapped is not None and previous_line not in wrapped)
            )
            previous_line = line
            if starts_new:
                ranges.append(line)
            else:
                ranges[-1] = (ranges[-1][0], line[1])
            if kind is not None or starts_new:
                previous_kind = kind
    return ranges


def _line_blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines, as (start, end) per line (some runs may be empty)."""
    blocks: list[list[tuple[int, int]]] = [[]]
    if "\r" in text:
        for start, end in _lines(text):
            if text[start:end].strip():
                blocks[-1].append((start, end))
            elif blocks[-1]:
                blocks.append([])
        return blocks
    start = 0
    for line in text.split("\n"):  # the common case: the lines are at hand, no slicing
        end = start + len(line)
        if line and not line.isspace():
            blocks[-1].append((start, end))
        elif blocks[-1]:
            blocks.append([])
        start = end + 1
    return blocks


_FIRST_VISIBLE = re.compile(r"\S")
_OPEN_ENDING = frozenset(".!?:;\"'\u201d\u2019)]\u2026")
"""A line ending in one of these may end its paragraph; any other ending leaves it open."""


def _lines_as_paragraphs(text: str, blocks: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """One paragraph per line (text that is not hard-wrapped), except that a line breaking off
    mid-sentence goes on in the next line when that one opens in lower case ('Residents were
    "outraged' / 'and betrayed" by the vote'): no paragraph starts with a lower-case word."""
    ranges: list[tuple[int, int]] = []
    for block in blocks:
        if len(block) == 1:
            ranges.append(block[0])  # the usual case: a line alone between blank lines
            continue
        previous = None
        for start, end in block:
            if previous is not None:
                last = text[previous[1] - 1]
                if last.isspace():
                    last = text[previous[0] : previous[1]].rstrip()[-1:]  # (rare)
                if last and last not in _OPEN_ENDING:
                    first = _FIRST_VISIBLE.search(text, start, end)
                    if first is not None and first.group().islower():
                        ranges[-1] = (ranges[-1][0], end)
                        previous = (start, end)  # the last line alone: no re-slicing
                        continue
            ranges.append((start, end))
            previous = (start, end)
    return ranges


def paragraph_spans(text: str, analysis_text: str, input_format: str = "text") -> list[Span]:
    """Paragraph spans, trimmed, in order.  Markers are read from ``text``, words from
    ``analysis_text`` (Markdown markup may be blanked there)."""
    blocks = [block for block in _line_blocks(analysis_text) if block]
    markdown = input_format == "markdown"
    wrapped = None if markdown else _wrapped_lines(analysis_text, blocks)
    if markdown or wrapped is not None:
        ranges = _grouped(text, analysis_text, blocks, markdown, wrapped)
    else:
        ranges = _lines_as_paragraphs(analysis_text, blocks)
    return [
        Span(*bounds) for start, end in ranges if (bounds := _trimmed(analysis_text, start, end))
    ]


Range = tuple[int, int]
"""(start, end) of a sentence or piece while it is being worked out: Spans are made once, for the
final sentences (a quarter of the objects)."""


def _trimmed(text: str, start: int, end: int) -> Range | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


# --- Punkt parameters ---------------------------------------------------------------------------


def news_language_vars():
    """Punkt's English conventions, except that an opening quotation mark (straight or curly)
    is its own token, so '"Mr.' and '“Gov.' are looked up as "mr" and "gov"."""
    import_nltk()
    from nltk.tokenize.punkt import PunktLanguageVars

    class NewsLanguageVars(PunktLanguageVars):
        __slots__ = ()
        _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,'“‘«]"

    return NewsLanguageVars()


@lru_cache(maxsize=1)
def _shipped_parameters() -> tuple[PunktParameters, frozenset[str], frozenset[str]]:
    """``newscheck/data/punkt_params.txt``, read once: Punkt's parameters, the abbreviations
    that only stand before a number, and the honorifics that never end a sentence before a name
    (lower case, no period)."""
    import_nltk()
    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    before_numbers: set[str] = set()
    name_titles: set[str] = set()
    section = None
    raw = resources.files("newscheck").joinpath("data/punkt_params.txt").read_text("utf-8")
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "abbreviations":
            params.abbrev_types.add(line)
        elif section == "sent_starters":
            params.sent_starters.add(line)
        elif section == "collocations":
            first, second = line.split("\t")
            params.collocations.add((first, second))
        elif section == "ortho_context":
            word, flags = line.split("\t")
            params.ortho_context[word] = int(flags)
        elif section == "number_abbreviations":
            before_numbers.add(line)
        elif section == "name_titles":
            name_titles.add(line)
    return params, frozenset(before_numbers), frozenset(name_titles)


def punkt_parameters() -> PunktParameters:
    """The shipped Punkt parameters for news."""
    return _shipped_parameters()[0]


_ASCII_SPACE = " \t\n\r\x0b\x0c"
"""Punkt looks back for the previous word with ``string.whitespace`` (ASCII only)."""
_CLOSERS = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")
"""What Punkt's boundary realignment can move back (its pattern's first character class)."""
_PLAIN_WORD_BEFORE_PERIOD = re.compile(r"(?:^|[\s(\[{\"'“‘«])([A-Za-z]{2,})\Z")


PLAIN_WORD_MEMO = 50_000
"""Most distinct words before a period the Punkt loop remembers (then it starts afresh)."""


class _PunktLoop:
    """Punkt's candidate loop (``_match_potential_end_contexts``, ``_slices_from_text``,
    ``_realign_boundaries`` in nltk 3.10), deciding exactly as Punkt does but cheaper.

    * nltk's own patterns are compiled once with the standard library: nltk runs them through
      a per-call timeout wrapper that costs more than the matching on paragraph-sized pieces
      (the pieces are bounded by ``MAX_CHUNK``, which is what the timeout guards against).
    * For a '?' or '!', or a '.' after a plain word of two or more letters that is neither a
      known abbreviation nor the first word of a collocation, Punkt's annotation always says
      "break" (no initial, number, ellipsis or abbreviation heuristic applies), so that answer
      is given directly; every other candidate goes through Punkt's full check.

    Identical splits to stock Punkt on 32,000 news paragraphs, about 2.7 times faster; a
    property test in tests/test_sentences.py keeps it so.
    """

    def __init__(self, params: PunktParameters, lang_vars) -> None:
        self.params = params
        self.abbreviations = params.abbrev_types
        self.collocation_starts = frozenset(first for first, _ in params.collocations)
        pattern = lang_vars.period_context_re().pattern
        self.period_context = re.compile(pattern, re.UNICODE | re.VERBOSE)
        self.mark_contexts = _per_end_mark(pattern)
        """``period_context`` as one pattern per end mark ('.', '?', '!'), or None."""
        self.realignment = re.compile(lang_vars.re_boundary_realignment.pattern, re.MULTILINE)
        self.plain_words: dict[str, bool] = {}
        """``_is_plain_word`` per word seen before a period ("said", "Mr"): the same few
        thousand words end sentences in story after story (bounded: ``PLAIN_WORD_MEMO``)."""

    def spans(self, text: str, full_check) -> list[tuple[int, int]]:
        """Sentence spans of ``text``; ``full_check(context)`` is Punkt's own decision."""
        slices = []
        last_break = 0
        plain_words = self.plain_words
        for match, word_start, word_stop in self._end_contexts(text):
            if match.group() != ".":
                is_break = True  # '?' or '!': Punkt always breaks
            else:
                before = text[word_start:word_stop]
                plain = plain_words.get(before)
                if plain is None:
                    if len(plain_words) >= PLAIN_WORD_MEMO:
                        plain_words.clear()
                    plain = plain_words[before] = self._is_plain_word(before)
                if plain:
                    is_break = True
                else:
                    after = match.group("after_tok")
                    is_break = self._word_pair_break(before, after)
                    if is_break is None:
                        is_break = full_check(before + "." + after)
            if is_break:
                slices.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        slices.append((last_break, len(text.rstrip())))
        return self._realigned(text, slices)

    def _end_contexts(self, text: str):
        """(candidate, word start, word stop): the word before the candidate, whose context
        (word, candidate, what follows) Punkt decides on; a candidate whose word overlaps the
        next one's is skipped, as in Punkt."""
        word_start = word_stop = 0
        previous = None
        # Only the whitespace characters the text holds can be found: usually " " alone, or
        # " " and "\n"; looking for those directly avoids a generator per candidate.  (Six
        # memchr-speed searches cost less than one ``isprintable`` scan, which looks every
        # character up in Unicode's tables.)
        present = [space for space in _ASCII_SPACE if space in text] or [" "]
        first_space = present[0]
        second_space = present[1] if len(present) == 2 else None
        rfind = text.rfind
        for match in self._candidates(text):
            if len(present) == 1:
                last_space = rfind(first_space, word_stop, match.start())
            elif second_space is not None:
                last_space = max(
                    rfind(first_space, word_stop, match.start()),
                    rfind(second_space, word_stop, match.start()),
                )
            else:
                last_space = max(rfind(space, word_stop, match.start()) for space in present)
            next_word_start = last_space + 1 if last_space > word_stop else word_start
            if previous and word_stop <= next_word_start:
                yield previous, word_start, word_stop
            previous = match
            word_start, word_stop = next_word_start, match.start()
        if previous:
            yield previous, word_start, word_stop

    def _candidates(self, text: str) -> Iterable[re.Match[str]]:
        """``period_context``'s matches in ``text``.  Each is one character, so a scan per end
        mark finds the same ones: the regex engine jumps to a literal '.' at C speed but tests
        the class ``[.?!]`` one position at a time (40 % fewer instructions), and most
        paragraphs hold no '?' or '!' ("in" tells at memchr speed)."""
        by_mark = self.mark_contexts
        if by_mark is None:
            return self.period_context.finditer(text)
        question, exclamation = "?" in text, "!" in text
        if not (question or exclamation):
            return by_mark[0].finditer(text)
        found = list(by_mark[0].finditer(text))
        if question:
            found += by_mark[1].finditer(text)
        if exclamation:
            found += by_mark[2].finditer(text)
        found.sort(key=_MATCH_START)
        return found

    def _word_pair_break(self, before: str, after: str) -> bool | None:
        """Punkt's full check of "word. Next" where the word is ASCII letters (inner periods
        allowed) and the next one ASCII letters or digits, spaces between, spelled out: the
        abbreviation, collocation, orthographic and sentence-starter heuristics of nltk 3.10's
        ``_first_pass_annotation`` and ``_second_pass_annotation`` on those two tokens
        ("Mr. Bush", "Sen. Harry", "J. Bach", "U.S. voters", "Dec. 11").  A fifth of Punkt's
        time on a first pass over news went to building and annotating its tokens for such
        pairs.  None for any other context, which goes through Punkt itself (a property test
        compares the two)."""
        if after[0] != " ":
            return None
        following = after.lstrip(" ")
        if not (following.isascii() and before.isascii() and before[:1].isalpha()
                and before[-1].isalpha() and ".." not in before
                and before.replace(".", "").isalpha()):
            return None  # the word: letters, maybe with inner periods ("Sen", "U.S", "a.m")
        if following.isalpha():
            next_type = following.lower()
        elif following.isdigit():
            next_type = "##number##"  # Punkt's type of any number
        else:
            return None
        word = before.lower()
        params = self.params
        if (word, next_type) in params.collocations:
            return False  # a known collocation: the period is an abbreviation's
        abbreviation = word in self.abbreviations  # else the first pass says "break"
        context = params.ortho_context.get(next_type, 0)
        upper = following[0].isupper()
        if upper and context & _ORTHO_LC and not context & _ORTHO_MID_UC:
            starter: bool | None = True  # the orthographic heuristic: a sentence starter
        elif following[0].islower() and (context & _ORTHO_UC or not context & _ORTHO_BEG_LC):
            starter = False
        else:
            starter = None  # "unknown"
        if len(word) > 1:  # an abbreviation breaks before a sentence starter
            if abbreviation and (starter or upper and next_type in params.sent_starters):
                return True
            return not abbreviation
        if starter is False or starter is None and upper and not context & _ORTHO_LC:
            return False  # an initial before a name ("J. Bach")
        return not abbreviation

    def _is_plain_word(self, before: str) -> bool:
        """True when the period after ``before`` is a break whatever follows: it ends a plain
        word of two or more ASCII letters that is no abbreviation or collocation start."""
        if before.isascii() and before.isalpha():
            key = before.lower() if len(before) >= 2 else None  # usually the whole word
        else:
            word = _PLAIN_WORD_BEFORE_PERIOD.search(before)
            key = word.group(1).lower() if word else None
        return key is not None and key not in self.abbreviations and (
            key not in self.collocation_starts
        )

    def _realigned(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Closing quotes and brackets after a break move back to the sentence they close."""
        spans = []
        realign = 0
        for index, (start, stop) in enumerate(slices):
            start += realign
            if index + 1 < len(slices):
                following_start, following_stop = slices[index + 1]
                closing = (
                    self.realignment.match(text, following_start, following_stop)
                    if following_start < following_stop and text[following_start] in _CLOSERS
                    else None
                )
                if closing:
                    spans.append((start, following_start + len(closing.group().rstrip())))
                    realign = closing.end() - following_start
                    continue
                realign = 0
            if stop > start:
                spans.append((start, stop))
        return spans


_ORTHO_BEG_LC = 1 << 4
_ORTHO_MID_UC = 1 << 2
_ORTHO_UC = 0b1110
_ORTHO_LC = 0b1110000
"""Punkt's orthographic-context flags (``nltk.tokenize.punkt._ORTHO_*``; a test checks them)."""
_END_MARK_CLASS = r"[\.\?!]"
_MATCH_START = methodcaller("start")


def _per_end_mark(pattern: str) -> tuple[re.Pattern[str], ...] | None:
    """Punkt's period-context pattern split into one pattern per end mark ('.', '?', '!'),
    when it opens with the class of the three (nltk 3.10's does); else None."""
    head, _, rest = pattern.partition(_END_MARK_CLASS)
    if head.strip() or not rest:
        return None
    return tuple(re.compile(head + mark + rest, re.UNICODE | re.VERBOSE)
                 for mark in (r"\.", r"\?", "!"))


def _stdlib_patterns(lang_vars):
    """``lang_vars`` with its word tokenizer compiled by the standard library, and a token class
    whose property patterns are too.  nltk 3.10 runs every pattern through ``nltk.redos``
    (the ``regex`` engine under a per-call timeout), about 100 µs a call on a ten-character
    context; the patterns are nltk's own, on inputs bounded by ``MAX_CHUNK``."""
    from nltk.tokenize.punkt import PunktToken

    tokenizer_pattern = lang_vars._word_tokenizer_re().pattern
    lang_vars._re_word_tokenizer = re.compile(tokenizer_pattern, re.UNICODE | re.VERBOSE)

    class StdlibToken(PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
        _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
        _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern, re.UNICODE)
        _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern, re.UNICODE)

    return lang_vars, StdlibToken


def tokenizer() -> PunktSentenceTokenizer:
    """Punkt with the news parameters and language conventions (built once)."""
    return _news_punkt()[0]


@lru_cache(maxsize=1)
def _news_punkt() -> tuple[PunktSentenceTokenizer, Callable[[str], list[Range]]]:
    """The news Punkt, and the function giving its sentence spans of a piece of text directly
    (what ``span_tokenize`` returns, without the iterator)."""
    import_nltk()
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    params = punkt_parameters()
    lang_vars, token_class = _stdlib_patterns(news_language_vars())
    loop = _PunktLoop(params, lang_vars)

    class NewsPunkt(PunktSentenceTokenizer):
        def span_tokenize(self, text: str, realign_boundaries: bool = True):
            if not realign_boundaries:
                return super().span_tokenize(text, realign_boundaries=False)
            return iter(loop.spans(text, full_check))

    news_punkt = NewsPunkt(params, lang_vars=lang_vars, token_cls=token_class)
    # Punkt's full check reads only its short context ("Mr. Trump", "Sen. Ted") and the fixed
    # parameters, and the same contexts recur in story after story: remember the answers.
    full_check = lru_cache(maxsize=8192)(news_punkt.text_contains_sentbreak)
    return news_punkt, partial(loop.spans, full_check=full_check)


def _is_name_word(word: str) -> bool:
    """True for a capitalised word Punkt's training saw capitalised mid-sentence and that is not
    a frequent sentence starter: most likely a name ("Bush" in "George W. Bush")."""
    from nltk.tokenize.punkt import _ORTHO_MID_UC

    params = punkt_parameters()
    key = word.lower()
    seen_mid_sentence = params.ortho_context.get(key, 0) & _ORTHO_MID_UC
    return key not in params.sent_starters and bool(seen_mid_sentence)


# --- sentences ----------------------------------------------------------------------------------

_LIST_ITEM = re.compile(
    r"(?:(?<=\s)|^)(?P<bullet>[•‣⁃◦▪]\s*)?(?P<label>\d{1,3}|[a-zA-Z])(?P<mark>\.\)|\)|\.)(?=\s)"
    r"|(?:(?<=\s)|^)(?P<lone>[•‣⁃◦▪])"
)


_BULLETS = frozenset("•‣⁃◦▪")
_LABEL_MARKS = (".", ")")


def _may_open_list(text: str, start: int) -> bool:
    """What ``_LIST_ITEM`` needs at ``start``, tested without the regex (most paragraphs open
    with a word): a bullet, a digit, or a one-letter label's '.' or ')' right after it."""
    opening = text[start]
    return opening in _BULLETS or opening.isdecimal() or text[start + 1 : start + 2] in _LABEL_MARKS


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of the paragraph ``text[start:end]`` (``start``/``end`` trimmed already or not)."""
    return [Span(*bounds) for bounds in sentence_ranges(text, start, end)]


def sentence_ranges(text: str, start: int = 0, end: int | None = None) -> list[Range]:
    """``sentence_spans`` as (start, end) pairs."""
    end = len(text) if end is None else end
    trimmed = _trimmed(text, start, end)
    if trimmed is None:
        return []
    items = _list_items(text, *trimmed)
    if len(items) == 1:
        return _bounded_sentences(text, *items[0])
    sentences: list[Range] = []
    for piece_start, piece_end in items:
        sentences.extend(_bounded_sentences(text, piece_start, piece_end))
    return sentences


def _list_items(text: str, start: int, end: int) -> list[Range]:
    """An inline list ("1.) a 2.) b", "a. x b. y", "• x • y") opening the paragraph, split
    into its items; otherwise the paragraph as one piece."""
    first = _LIST_ITEM.match(text, start, end)
    if first is None:
        return [(start, end)]
    cuts = [start]
    if first.group("lone") or (first.group("bullet") and not first.group("label")):
        bullet = first.group("lone") or first.group("bullet").strip()
        for match in re.finditer(re.escape(bullet), text[start + 1 : end]):
            position = start + 1 + match.start()
            if text[position - 1].isspace():
                cuts.append(position)
    else:
        expected = _next_label(first.group("label"))
        mark, bullet = first.group("mark"), first.group("bullet")
        for match in _LIST_ITEM.finditer(text, first.end(), end):
            if (
                match.group("label") == expected
                and match.group("mark") == mark
                and bool(match.group("bullet")) == bool(bullet)
            ):
                cuts.append(match.start())
                expected = _next_label(expected)
    if len(cuts) == 1:
        return [(start, end)]
    cuts.append(end)
    items = []
    for item_start, item_end in zip(cuts, cuts[1:], strict=False):
        if span := _trimmed(text, item_start, item_end):
            items.append(span)
    return items


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _bounded_sentences(text: str, start: int, end: int) -> list[Range]:
    """Sentences of ``text[start:end]``, handing Punkt at most ``MAX_CHUNK`` characters at a
    time: a chunk is cut at whitespace near the bound, its last (maybe cut-off) sentence is
    dropped and the next chunk starts there, so only a sentence longer than a chunk is ever
    split by the bound."""
    spans: list[Range] = []
    while end - start > MAX_CHUNK:
        cut = _whitespace_before(text, start + MAX_CHUNK // 2, start + MAX_CHUNK)
        chunk = _punkt_sentences(text, start, cut)
        if len(chunk) > 1:
            spans.extend(chunk[:-1])
            start = chunk[-1][0]
            continue
        spans.extend(chunk)
        rest = _trimmed(text, cut, end)
        if rest is None:
            return spans
        start = rest[0]
    if not spans:
        return _punkt_sentences(text, start, end)
    spans.extend(_punkt_sentences(text, start, end))
    return spans


def _whitespace_before(text: str, low: int, limit: int) -> int:
    """The last whitespace position in ``text[low:limit]``, else ``limit``."""
    cut = max(text.rfind(space, low, limit) for space in " \n\t")
    return cut if cut > low else limit


_SPACED_DOTS = re.compile(r"\.(?:[ \t]\.){2,}")


def _for_punkt(piece: str) -> tuple[str, dict[int, int]]:
    """``piece`` with spaced ellipses closed up to what Punkt knows, length unchanged, and where
    a sentence ending at a closed-up run really ends (the run's last dot in ``piece``).

    "word . . . Next" -> "word ...   Next" (an ellipsis); "word . . . . Next" -> "word ... .
    Next" (ellipsis, then the sentence's period); "word. . . . Next" -> "word. ...  Next" (the
    sentence's period, then an ellipsis opening the next sentence).  The one-character "…"
    becomes a period: before a capitalised word it ends the sentence ("were told… The White
    House"), before a lower-case one the continuation rule joins it back ("I was… well").
    """
    if "…" in piece:
        piece = piece.replace("…", ".")
    if ". ." not in piece:
        return piece, {}
    true_ends: dict[int, int] = {}

    def closed_up(match: re.Match) -> str:
        run = match.group()
        dots = run.count(".")
        attached = match.start() > 0 and not piece[match.start() - 1].isspace()
        if attached and dots >= 4:
            replacement = ". " + "." * (dots - 1)
        elif dots >= 4:
            replacement = "... ."
        else:
            replacement = "." * dots
        true_ends[match.start() + len(replacement)] = match.end()
        return replacement + " " * (len(run) - len(replacement))

    return _SPACED_DOTS.sub(closed_up, piece), true_ends


_CRUDE_BREAK = re.compile(r"""(?<![.!?])[.!?]++["'”’)\]]*+\s+""")
_DENSE_PUNCTUATION = 12
"""A chunk with a '.', '?' or '!' every few characters is not prose (Punkt would spend ~50 µs
on each): split it after end punctuation followed by whitespace instead."""


def _crude_sentences(text: str, start: int, end: int) -> list[Range]:
    spans = []
    for match in _CRUDE_BREAK.finditer(text, start, end):
        if span := _trimmed(text, start, match.end()):
            spans.append(span)
        start = match.end()
    if span := _trimmed(text, start, end):
        spans.append(span)
    return spans


_PUNKT_CANDIDATE = re.compile(r"""[.?!…](?=[\s)";}\]*:@'({\[“”‘’«»?!])""")
"""Where Punkt would consider a break: end punctuation before whitespace or punctuation."""


def _has_end_mark(text: str, start: int, end: int) -> bool:
    """A '.', '?', '!' or '…' in ``text[start:end]`` (four searches at C speed)."""
    find = text.find
    return find(".", start, end) >= 0 or find("?", start, end) >= 0 or (
        find("!", start, end) >= 0 or find("…", start, end) >= 0
    )


def _single_sentence(text: str, start: int, end: int) -> bool:
    """True when Punkt could not break ``text[start:end]``: no candidate except in the final
    cluster of punctuation, and no colon (caption credits)."""
    scan_from = start  # no '.', '?', '!' or '…' before the last 8 characters: scan only those
    if end - start > 8 and not _has_end_mark(text, start, end - 8):
        scan_from = end - 8
    candidate = _PUNKT_CANDIDATE.search(text, scan_from, end)
    if candidate is not None:
        if end - candidate.start() > 8:
            return False
        if any(char.isspace() or char.isalnum() for char in text[candidate.start() : end]):
            return False
    return text.find(":", start, end) < 0


def _punkt_sentences(text: str, start: int, end: int) -> list[Range]:
    if _single_sentence(text, start, end):
        return [span] if (span := _trimmed(text, start, end)) else []
    return _split(text, start, end)


def _split(text: str, start: int, end: int) -> list[Range]:
    """``_punkt_sentences`` of a piece that may hold more than one sentence."""
    raw_piece = text[start:end]
    if len(raw_piece) > 200:
        marks = raw_piece.count(".") + raw_piece.count("!") + raw_piece.count("?")
        if marks * _DENSE_PUNCTUATION > len(raw_piece):
            return _crude_sentences(text, start, end)
    piece, true_ends = _for_punkt(raw_piece)
    punkt_spans = _news_punkt()[1](piece)
    if true_ends:
        raw = [(start + s, start + true_ends.get(e, e)) for s, e in punkt_spans]
    else:
        raw = [(start + s, start + e) for s, e in punkt_spans]
    if ":" in piece and _has_credit_word(piece):
        raw = [part for span in raw for part in _split_before_credit(text, span)]
    if "\u00ab" in raw_piece:
        raw = _french_openers(text, raw)
    return _corrected(text, raw, ".m." in raw_piece or ".M." in raw_piece)


_GUILLEMET_SPACES = " \t\u00a0\u202f"
"""The spaces between a French guillemet and its words ("« Who", "what? »")."""


def _french_openers(text: str, raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Delmas asks. « Who will buy? »": the « opens the next sentence, not this one's end."""
    fixed = list(raw)
    for index in range(len(fixed) - 1):
        start, end = fixed[index]
        following_start, following_end = fixed[index + 1]
        if text[end - 1 : end] != "\u00ab" or not text[end : end + 1].isspace():
            continue
        # A French opening guillemet, spaced from its words ("asks. « Who"), that Punkt's
        # realignment moved back to the sentence before (it reads every guillemet as a closer)
        before = end - 1
        while before > start and text[before - 1] in _GUILLEMET_SPACES:
            before -= 1
        if before == end - 1 or before <= start:
            continue
        fixed[index] = (start, before)
        fixed[index + 1] = (end - 1, following_end)
    return fixed


_CONTINUATION = re.compile(
    r"""[\"'“‘”’(\[{«\s—–-]*(?:\.\s?)*(?:[a-z](?![a-z]*[A-Z])|[,;:])"""
)
"""What carries a sentence on after a false break: a lower-case word (not a brand such as
iPhone or eBay) or a comma, colon or semicolon, after optional quotes, brackets or dashes."""
_ARTICLE_INITIALISM = re.compile(r"(?<![\w.])[Aa]n?\s+(?:[A-Z]\.){2,}\Z")
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}\Z")
_COUNTRY_INITIALISM = re.compile(r"(?<![\w.])(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.)\Z")
_LONE_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\Z")
_INITIAL_START = re.compile(r"[A-Z]\.\s")
_HAS_WORD = re.compile(r"\w")
_TAIL = 40
"""How far back from a break the rules about the previous sentence's last words look."""
_TIME_END = re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.|[AP]\.M\.)\Z")
_TIME_FOLLOWERS = frozenset((
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Eastern", "Pacific", "Central", "Mountain", "ET", "EST", "EDT", "CT", "CST", "CDT",
    "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
))
"""Words that carry on a sentence after "6 p.m." ("at 6 p.m. Tuesday", "at 9 a.m. EST")."""
_INTRO_PHRASE = re.compile(
    r"(?:At|By|Until|Till|Before|After|From|Around|About|Since|Shortly\s+after|Shortly\s+before)"
    r"\s+(?:about\s+|around\s+)?\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.|[AP]\.M\.)\Z"
)
_MARKER_ONLY = re.compile(r"[\W_]*(?:\d{1,3}|[a-zA-Z])[.)]+\Z")


_NAME_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t]+[A-Z]\.\Z")
_NEXT_WORD = re.compile(r"[A-Z][a-z]+(?=[\s,.;:'’]|\Z)")
_LONE_ELLIPSIS = re.compile(r"""[.…\s]+["'”’)\]]*\Z""")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.){2,3}\Z")
_CLOSING_QUOTES = "\"'”’»"
_SPEECH_VERB = (
    r"(?:said|says|asked|asks|added|adds|wrote|writes|replied|replies|shouted|yelled|"
    r"exclaimed|wondered|recalled|insisted|countered|continued|told\s+\w+)"
)
_TRAILING_ATTRIBUTION = re.compile(
    rf"(?:{_SPEECH_VERB}\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]*"
    rf"(?:\s+{_SPEECH_VERB})?\s*[.,]"
)
"""'Mr. Lee asked.', 'Asked Sen. Ann Lee.' after a quoted question ('the mayor said' is already
joined by the lower-case rule)."""
_SPEECH_VERB_RE = re.compile(rf"\b{_SPEECH_VERB}\b", re.IGNORECASE)


def _corrected(text: str, raw: list[Range], times: bool = True) -> list[Range]:
    """Merge Punkt's false breaks and add the breaks it misses (``times``: the spans may hold
    "a.m."/"p.m.", which may end a sentence)."""
    if len(raw) == 1:
        parts = _split_after_times(text, *raw[0]) if times else raw
        if len(parts) == 1:
            return parts  # nothing to merge with
    merged: list[Range] = []
    open_parens = 0  # unclosed "(" in merged[-1]
    for span in raw:
        for part in _split_after_times(text, *span) if times else (span,):
            start, end = part
            # unbalanced parentheses matter only once one is open (a lone ")" counts as none)
            if open_parens or text.find("(", start, end) >= 0:
                parens = text.count("(", start, end) - text.count(")", start, end)
            else:
                parens = 0
            if merged and _continues(text, merged[-1], part, open_parens):
                merged[-1] = (merged[-1][0], end)
                open_parens = max(0, open_parens + parens)
            else:
                merged.append(part)
                open_parens = max(0, parens)
    # An ellipsis Punkt left on its own opens the next sentence, or closes the last one;
    # punctuation alone ("!", '".') is not a sentence: it closes the one before.
    sentences: list[Range] = []
    pending: int | None = None
    for start, end in merged:
        opening = text[start] if start < end else ""  # the pattern's first character first
        if opening and (opening in ".…" or opening.isspace()) and _LONE_ELLIPSIS.match(
            text, start, end
        ):
            pending = start if pending is None else pending
            continue
        if pending is not None:
            start, pending = pending, None
        if sentences and not _HAS_WORD.search(text, start, end):
            sentences[-1] = (sentences[-1][0], end)
        else:
            sentences.append((start, end))
    if pending is not None:
        last_end = merged[-1][1]
        if sentences:
            sentences[-1] = (sentences[-1][0], last_end)
        else:
            sentences.append((pending, last_end))
    return sentences


def _continues(text: str, previous: Range, current: Range, open_parens: int) -> bool:
    """True when Punkt's break between ``previous`` and ``current`` is not a sentence break."""
    previous_start, previous_end = previous
    current_start, current_end = current
    if previous_end - previous_start <= 8 and (
        _MARKER_ONLY.match(text, previous_start, previous_end)
        or _INITIALS_ONLY.match(text, previous_start, previous_end)
    ):
        return True  # "1." or "a)" alone is a list marker; "K.C." alone opens a name
    opening = text[current_start]
    if not (opening.isupper() or opening.isdigit()) and _CONTINUATION.match(
        text, current_start, current_end
    ):  # (a capital or a digit can never start that pattern: most breaks skip it)
        return True  # "'This is great.' she said." / "(...engineer.) at the local"
    tail = max(previous_start, previous_end - _TAIL)
    if text[previous_end - 1] == ".":
        # All but the numeral rule need an initial right before the period ("U.S.", "J."):
        # checking that character first spares four regex searches at most breaks.
        initial = previous_end - tail >= 2 and "A" <= text[previous_end - 2] <= "Z"
        if initial and _ARTICLE_INITIALISM.search(text, tail, previous_end):
            return True  # "a U.S." is always followed by its noun
        if text[current_start].isdigit() and _before_a_number(text, tail, previous_end):
            return True  # "H.R. 1", "No. 2": news style never opens a sentence with a numeral
        if initial and _initial_continues(text, tail, previous_end, current):
            return True
        if "a" <= text[previous_end - 2] <= "z" and opening.isupper() and _ends_with_honorific(
            text, tail, previous_end
        ):
            return True  # "Mr. Tribe said": Punkt breaks before a name it saw as a noun
    if (  # a question or exclamation closing a quotation: read directly, it runs per break
        previous_end - tail >= 2 and text[previous_end - 1] in _CLOSING_QUOTES and (
            text[previous_end - 2] in "?!" or (  # French spacing: '« Market value of what? »'
                text[previous_end - 1] == "»" and previous_end - tail >= 3
                and text[previous_end - 2] in _GUILLEMET_SPACES and text[previous_end - 3] in "?!"
            )
        )
    ):
        attribution = _TRAILING_ATTRIBUTION.match(text, current_start, current_end)
        if attribution and _SPEECH_VERB_RE.search(attribution.group()):
            return True  # '"Why not?" Mr. Lee asked.'
    # a parenthesis opened before the break and closed after it: "(He left. He came back.)"
    return open_parens > 0 and ")" in text[current_start:current_end]


def _ends_with_honorific(text: str, tail: int, end: int) -> bool:
    """``text[tail:end]`` ends with an honorific and its period ("... Mr."), the word standing
    alone (after a space, a quotation mark or a bracket, or at ``tail``).  No news sentence ends
    with one, while Punkt breaks after it when the name is also a noun it has seen in lower case
    ("Tribe"); the honorifics are ``[name_titles]`` in ``newscheck/data/punkt_curated.txt``."""
    start = end - 2
    while start > tail and text[start - 1].isalpha() and end - start < 8:
        start -= 1
    if start > tail and (text[start - 1].isalnum() or text[start - 1] in "._-"):
        return False
    word = text[start : end - 1]  # written "Mr", "Sen": the data's [name_titles], capitalised
    return word == word.capitalize() and word.lower() in _shipped_parameters()[2]


def _initial_continues(text: str, tail: int, previous_end: int, current: Range) -> bool:
    """The break after an initial ("J.", "U.S.") is part of a name or a noun phrase."""
    if _NAME_INITIAL.search(text, tail, previous_end):
        name = _NEXT_WORD.match(text, *current)
        if name and _is_name_word(name.group()):
            return True  # "Donald J. Trump", "George W. Bush"
    if _LONE_INITIAL.search(text, tail, previous_end) and _INITIAL_START.match(text, *current):
        return True  # "R. L. Stine": two initials in a row are a name
    if _COUNTRY_INITIALISM.search(text, tail, previous_end):
        word = _NEXT_WORD.match(text, *current)
        if word and word.group().lower() not in punkt_parameters().sent_starters:
            return True  # "U.S. Army", "U.N. Security Council"; "U.S. How ..." breaks
    return False


_LAST_WORD = re.compile(r"(?<![^\s(\[{\"'“‘«])[^\s(\[{\"'“‘«]+\.\Z")


def _before_a_number(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with an initialism ("H.R.") or an abbreviation used
    before numbers ("No.", "Vol.")."""
    if _INITIALISM_END.search(text, start, end):
        return True
    word = _LAST_WORD.search(text, start, end)
    return word is not None and word.group()[:-1].lower() in _shipped_parameters()[1]


_TIME_MARK = re.compile(r"[ap]\.m\.|[AP]\.M\.")
_CAPITALISED_NEXT = re.compile(r"\s+[\"“‘']?([A-Z][\w'’.-]*)")
"""The capitalised word after a time, maybe behind an opening quotation mark (round 28, AUDIT28:
'locked at 6 a.m. "I found out from a login screen," said one engineer' was one sentence, and
the employees' report ran on into the engineer's quotation)."""
_OPENING_MARKS = "\"“‘'"


def _split_after_times(text: str, start: int, end: int) -> list[Range]:
    """Break after "6 p.m." followed by a capitalised word that is not a day or time zone
    ("He left at 6 P.M. Mr. Smith then went home"), unless the time is an opening phrase
    ("At 5 a.m. Mr. Smith went to the bank")."""
    if text.find(".m.", start, end) < 0 and text.find(".M.", start, end) < 0:
        return [(start, end)]
    parts = []
    for match in _TIME_MARK.finditer(text, start, end):
        following = _CAPITALISED_NEXT.match(text, match.end(), end)
        if not following or following.group(1).rstrip(".") in _TIME_FOLLOWERS:
            continue
        if not _TIME_END.search(text, max(start, match.start() - 8), match.end()):
            continue
        if _INTRO_PHRASE.match(text, start, match.end()):
            continue
        parts.append((start, match.end()))
        start = following.start(1)
        if text[start - 1] in _OPENING_MARKS:
            start -= 1  # the next sentence opens on its quotation mark
    parts.append((start, end))
    return parts


_CREDIT = re.compile(
    r"(?<=[\w\"”’'])\s+(?=(?:Image|Photo|Photograph|Picture|Illustration|Video|Credit)s?:\s)"
)

def _has_credit_word(piece: str) -> bool:
    """One of these words is in every text ``_CREDIT`` matches ("Photograph" holds "Photo"):
    a colon alone (a quote introduced, "10:30") does not send a piece through the pattern."""
    return "Photo" in piece or "Image" in piece or "Video" in piece or "Credit" in piece or (
        "Picture" in piece or "Illustration" in piece
    )


def _split_before_credit(text: str, span: Range) -> list[Range]:
    """A caption's credit line ("Belle Image: Jo Smith.", "Storm damage Photo: AP") is a
    sentence of its own even when the caption has no final punctuation."""
    parts = []
    start, end = span
    for match in _CREDIT.finditer(text, start, end):
        parts.append((start, match.start()))
        start = match.end()
    parts.append((start, end))
    return parts


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of ``text`` taken as one paragraph (used by the evaluation)."""
    return sentence_ranges(text)


def run(document: Document) -> None:
    text = document.analysis_text
    document.paragraphs = paragraph_spans(document.text, text, document.input_format)
    sentences: list[Span] = []
    for paragraph in document.paragraphs:
        first, last = paragraph.start, paragraph.end
        if last - first > MAX_CHUNK or _may_open_list(text, first) and _LIST_ITEM.match(
            text, first, last
        ) is not None:
            ranges = sentence_ranges(text, first, last)
        elif _single_sentence(text, first, last):
            sentences.append(paragraph)  # (what sentence_ranges finds, without its calls)
            continue
        else:  # a trimmed paragraph of one chunk that opens no inline list
            ranges = _split(text, first, last)
        if len(ranges) == 1 and ranges[0] == (first, last):
            sentences.append(paragraph)  # one sentence (Spans are immutable: shared)
            continue
        for start, end in ranges:
            # the paragraph's own int objects where the values agree: 4 MB less on 15 MB
            sentences.append(Span(first if start == first else start, last if end == last else end))
    document.sentences = sentences
