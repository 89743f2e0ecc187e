"""Markdown to analysable prose: the same string with everything that is not prose blanked.

markdown-it-py parses the document; its block tokens carry line maps, so each paragraph, heading
or table cell is located line by line in the original text, and its inline tokens are aligned
left to right with the source.  What is kept: the words of paragraphs, headings and table cells
(link text included).  What becomes spaces: code (fenced, indented, inline), link and image
targets, images, autolinks and bare URLs, raw HTML and HTML comments, YAML/TOML front matter,
heading markers, emphasis markers, list bullets, blockquote markers, thematic breaks, reference
definitions.  Newlines (``\\n``, ``\\r\\n``, ``\\r``) are never touched, so lines, columns and
offsets are those of the original file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

Interval = tuple[int, int]

_NEWLINE = re.compile(r"\r\n|\r|\n")
_NOT_NEWLINE = re.compile(r"[^\r\n]+")
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]<>&!~|]|https?://|www\.")
"""Characters that can start inline Markdown (or a bare URL); blocks without them are all prose."""
_BARE_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>]*")
_URL_TRAILING_PUNCTUATION = ".,;:!?'\")]"
_FRONT_MATTER_CLOSE = {"---": ("---", "..."), "+++": ("+++",)}
"""YAML (``---``) and TOML (``+++``, Hugo) front matter: opening line -> closing lines."""
_LINK_SPACE = " \t\n"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["strikethrough", "table"])
    # Keep escapes and entities as their own tokens so every text token is a verbatim source slice;
    # inline parsing is run by blank_markup, only on blocks that contain inline syntax.
    parser.disable(["text_join", "inline"])
    # Nothing is rendered: skip URL normalisation, and treat every target as a link (blanked).
    parser.normalizeLink = _unchanged  # type: ignore[method-assign]
    parser.normalizeLinkText = _unchanged  # type: ignore[method-assign]
    parser.validateLink = _always  # type: ignore[method-assign]
    return parser


def _unchanged(url: str) -> str:
    return url


def _always(url: str) -> bool:
    return True


def blank_markup(text: str) -> str:
    """``text`` with all non-prose Markdown replaced by spaces (same length, newlines kept)."""
    line_starts, line_ends = _line_bounds(text)
    front_lines = _front_matter_line_count(text, line_starts, line_ends)
    source = text
    if front_lines:
        rest = line_starts[front_lines] if front_lines < len(line_starts) else len(text)
        source = "\n" * front_lines + text[rest:]
    parser = _parser()
    env: dict = {}
    kept: list[Interval] = []
    for token in parser.parse(source, env):
        if token.type == "inline" and token.map:
            children: list[Token] | None = None
            if _INLINE_SYNTAX.search(token.content):
                children = []
                parser.inline.parse(token.content, parser, env, children)
            kept.extend(_kept_in_block(token, children, env, text, line_starts, line_ends))
    return _render(text, kept)


def _render(text: str, kept: list[Interval]) -> str:
    pieces: list[str] = []
    position = 0
    for start, end in sorted(kept):
        start = max(start, position)
        if start >= end:
            continue
        pieces.append(_blank(text[position:start]))
        pieces.append(text[start:end])
        position = end
    pieces.append(_blank(text[position:]))
    return "".join(pieces)


def _blank(chunk: str) -> str:
    return _NOT_NEWLINE.sub(lambda match: " " * len(match.group()), chunk)


def _line_bounds(text: str) -> tuple[list[int], list[int]]:
    """Start and end (before the newline) of every line, with markdown-it's newline rules."""
    starts, ends = [0], []
    for match in _NEWLINE.finditer(text):
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(text))
    return starts, ends


def _front_matter_line_count(text: str, starts: list[int], ends: list[int]) -> int:
    """Lines of a front-matter block (``---`` ... ``---`` or ``+++`` ... ``+++``) at the top."""
    closing = _FRONT_MATTER_CLOSE.get(text[: ends[0]].rstrip())
    if closing is None:
        return 0
    for number in range(1, len(starts)):
        if text[starts[number] : ends[number]].rstrip() in closing:
            return number + 1
    return 0


def _kept_in_block(
    token: Token,
    children: list[Token] | None,
    env: dict,
    text: str,
    line_starts: list[int],
    line_ends: list[int],
) -> list[Interval]:
    """Original-text intervals of the prose in one inline token (paragraph, heading, cell).

    ``children`` are its parsed inline tokens, or None when it has no inline syntax at all.
    """
    assert token.map is not None
    segments = _locate_content_lines(token.content, token.map[0], text, line_starts, line_ends)
    if not segments:
        return []
    kept: list[Interval] = []
    segment_starts = [segment[0] for segment in segments]
    in_content = (
        [(0, len(token.content))] if children is None
        else _kept_in_content(children, token.content, env)[0]
    )
    for start, end in in_content:
        index = max(bisect_right(segment_starts, start) - 1, 0)
        while index < len(segments) and segments[index][0] < end:
            content_start, length, original_start = segments[index]
            low, high = max(start, content_start), min(end, content_start + length)
            if low < high:
                kept.append(
                    (original_start + low - content_start, original_start + high - content_start)
                )
            index += 1
    return kept


def _locate_content_lines(
    content: str, first_line: int, text: str, line_starts: list[int], line_ends: list[int]
) -> list[tuple[int, int, int]]:
    """``(content offset, length, original offset)`` for each content line found in its line.

    markdown-it strips container markers (``>``, bullets, indentation, ``#``) from each line, so
    a content line is normally a suffix of its original line; otherwise it is searched for.
    """
    segments: list[tuple[int, int, int]] = []
    content_offset = 0
    for number, content_line in enumerate(content.split("\n")):
        line_number = first_line + number
        if line_number >= len(line_starts):
            break
        line_start = line_starts[line_number]
        original = text[line_start : line_ends[line_number]]
        located = _locate_in_line(original, content_line)
        if located is not None:
            skipped, column = located
            segments.append(
                (content_offset + skipped, len(content_line) - skipped, line_start + column)
            )
        content_offset += len(content_line) + 1
    return segments


def _locate_in_line(original: str, content_line: str) -> tuple[int, int] | None:
    """``(characters of content_line skipped, column in original)`` or None."""
    if original.endswith(content_line):
        return 0, len(original) - len(content_line)
    column = original.find(content_line)
    if column >= 0:
        return 0, column
    # A tab partly consumed by indentation comes back as spaces: match without them.
    stripped = content_line.lstrip(" ")
    column = original.find(stripped) if stripped else -1
    if column >= 0:
        return len(content_line) - len(stripped), column
    return None


def unaligned_blocks(text: str) -> int:
    """How many blocks of ``text`` the token alignment could not follow (a self-check: 0).

    When alignment fails, the rest of that block is kept unblanked rather than losing prose.
    """
    parser = _parser()
    env: dict = {}
    failures = 0
    for token in parser.parse(text, env):
        if token.type == "inline" and _INLINE_SYNTAX.search(token.content):
            children: list[Token] = []
            parser.inline.parse(token.content, parser, env, children)
            failures += not _kept_in_content(children, token.content, env)[1]
    return failures


def _kept_in_content(
    children: Sequence[Token], content: str, env: dict
) -> tuple[list[Interval], bool]:
    """Intervals of ``content`` that are prose, by aligning inline tokens with the source.

    The flag is False when the alignment failed (the rest of the block is then kept).
    """
    kept: list[Interval] = []
    cursor = 0
    inside_autolink = False
    for child in children:
        kind = child.type
        if inside_autolink:
            inside_autolink = kind != "link_close"
            continue
        end = -1
        if kind == "text":
            if not child.content:  # emphasis delimiters leave empty text tokens behind
                continue
            at = content.find(child.content, cursor)
            if at >= 0:
                end = at + len(child.content)
                kept.extend(_without_urls(content, at, end))
        elif kind == "text_special":
            at = content.find(child.markup, cursor)
            if at >= 0:
                end = at + len(child.markup)
                kept.append((at + 1 if child.info == "escape" else at, end))
        elif kind == "html_inline":
            at = content.find(child.content, cursor)
            end = at + len(child.content) if at >= 0 else -1
        elif kind == "code_inline":
            end = _code_span_end(content, cursor, len(child.markup))
        elif kind == "link_open" and child.markup == "autolink":
            at = content.find("<", cursor)
            end = content.find(">", at) + 1 if at >= 0 else -1
            inside_autolink = True
        elif kind == "link_open":
            end = content.find("[", cursor) + 1
        elif kind == "link_close":
            end = _link_tail_end(content, cursor)
        elif kind == "image":
            end = _image_end(content, cursor, env)
        else:  # emphasis, strikethrough, line breaks: markers are left in the gaps, blanked
            continue
        if end <= 0:
            # Could not align (should not happen): keep the rest rather than lose prose.
            kept.append((cursor, len(content)))
            return kept, False
        cursor = end
    return kept, True


def _without_urls(content: str, start: int, end: int) -> list[Interval]:
    """``[start, end)`` minus bare URLs (``https://…``, ``www.…``) in it."""
    kept: list[Interval] = []
    position = start
    for match in _BARE_URL.finditer(content, start, end):
        url_end = match.end()
        while url_end > match.start() and content[url_end - 1] in _URL_TRAILING_PUNCTUATION:
            url_end -= 1
        if match.start() > position:
            kept.append((position, match.start()))
        position = url_end
    if position < end:
        kept.append((position, end))
    return kept


def _code_span_end(content: str, cursor: int, ticks: int) -> int:
    """End of the code span whose opening run of exactly ``ticks`` backticks is at/after cursor."""
    opening = _backtick_run(content, cursor, ticks)
    if opening < 0:
        return -1
    closing = _backtick_run(content, opening + ticks, ticks)
    return closing + ticks if closing >= 0 else -1


def _backtick_run(content: str, start: int, ticks: int) -> int:
    run = "`" * ticks
    position = content.find(run, start)
    while position >= 0:
        end = position + ticks
        while end < len(content) and content[end] == "`":
            end += 1
        if end - position == ticks and (position == 0 or content[position - 1] != "`"):
            return position
        position = content.find(run, end)
    return -1


def _link_tail_end(content: str, cursor: int) -> int:
    """End of ``](destination "title")``, ``][label]`` or ``]`` closing a link label."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    bracket = content.find("]", cursor)
    if bracket < 0:
        return -1
    size = len(content)
    after = bracket + 1
    if after < size and content[after] == "(":
        position = _skip_link_space(content, after + 1)
        destination = parseLinkDestination(content, position, size)
        if destination.ok:
            position = _skip_link_space(content, destination.pos)
            if position > destination.pos:
                title = parseLinkTitle(content, position, size)
                if title.ok:
                    position = _skip_link_space(content, title.pos)
        if position < size and content[position] == ")":
            return position + 1
    if after < size and content[after] == "[":
        closing = content.find("]", after + 1)
        if closing >= 0:
            return closing + 1
    return after


def _image_end(content: str, cursor: int, env: dict) -> int:
    """End of ``![alt](source "title")`` (or a reference image) starting at/after cursor.

    The alt label is measured with markdown-it's own label parser (it skips code spans and
    nested links exactly as the image rule did).
    """
    from markdown_it.helpers import parseLinkLabel
    from markdown_it.rules_inline import StateInline

    start = content.find("![", cursor)
    if start < 0:
        return -1
    label_end = parseLinkLabel(StateInline(content, _parser(), env, []), start + 1)
    return _link_tail_end(content, label_end) if label_end >= 0 else -1


def _skip_link_space(content: str, position: int) -> int:
    while position < len(content) and content[position] in _LINK_SPACE:
        position += 1
    return position
