"""Bytes to text: finding input files, decoding them, refusing what is not text.

Decisions (documented in docs/json.md):

* Files are read in binary and decoded here: newlines are never translated, so offsets stay exact
  on CRLF and lone-CR files.
* A byte-order mark is part of the encoding, not of the text: it is removed, and every offset
  indexes the text after it (``input.encoding`` says ``utf-8-sig``, ``utf-16`` or ``utf-32``).
* Without a BOM: strict UTF-8 first; otherwise charset-normalizer, asked first about the Western
  legacy encodings news copy actually arrives in (cp1252, ISO-8859-15, Latin-1), then about every
  encoding it knows.  Its answer is checked by a strict decode.
* Refused with one line naming the file: missing, unreadable, empty, larger than
  ``MAX_INPUT_BYTES``, binary (NUL bytes or control characters), undecodable.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

MAX_INPUT_BYTES = 50 * 1024 * 1024
"""Inputs larger than this are refused (15 MB articles are fine)."""

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
"""What a directory contributes (case-insensitive); files named explicitly may have any name."""

REPOSITORY_DOCUMENTS = frozenset({
    "authors", "changelog", "changes", "code_of_conduct", "contributing", "copying", "licence",
    "license", "readme",
})
"""Names (without extension, any case) of a repository's own documents: a directory walk skips
them (``drafts/README.md`` describes the folder, it is not copy); named or globbed, they are
read."""

STDIN = "-"
STDIN_LABEL = "<stdin>"

_WESTERN_LEGACY = ["cp1252", "iso8859_15", "latin_1"]
_MAX_CHAOS = 0.2
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL_SAMPLE = 65536
_MAX_STRAY_BYTES = 16


class InputError(Exception):
    """Bad input: the message is one line naming the file and the problem."""


@dataclass(frozen=True)
class SourceText:
    """A decoded input: ``path`` is None for stdin."""

    path: str | None
    text: str
    encoding: str
    input_format: str

    @property
    def label(self) -> str:
        return self.path if self.path is not None else STDIN_LABEL


def read_path(path: str) -> SourceText:
    """Read and decode one file (or ``-`` for stdin); raises InputError with a one-line reason."""
    from newscheck.pipeline import infer_format

    if path == STDIN:
        return read_stream(sys.stdin.buffer)
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_INPUT_BYTES:
                raise InputError(f"{path}: {_too_large()}")
            data = _read_bounded(handle)
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    if data is None:
        raise InputError(f"{path}: {_too_large()}")
    text, encoding = decode_bytes(data, path)
    return SourceText(path, text, encoding, infer_format(path))


def read_stream(
    stream: BinaryIO, *, input_format: str = "text", label: str = STDIN_LABEL
) -> SourceText:
    """Read and decode a binary stream (stdin): ``path`` is None.  Errors name ``label``
    (``<stdin>``, or the ``--stdin-filename`` the user gave, as the report itself does)."""
    try:
        data = _read_bounded(stream)
    except OSError as error:
        raise InputError(f"{label}: cannot read: {error.strerror or error}") from None
    if data is None:
        raise InputError(f"{label}: {_too_large()}")
    text, encoding = decode_bytes(data, label)
    return SourceText(None, text, encoding, input_format)


def decode_bytes(data: bytes, label: str) -> tuple[str, str]:
    """``(text, encoding)`` for ``data``; InputError (naming ``label``) when it is not text."""
    if not data:
        raise InputError(f"{label}: file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{label}: invalid {encoding} after its byte-order mark (byte {error.start})"
                ) from None
            if not text or text.isspace():
                raise InputError(f"{label}: file is empty (only a byte-order mark and whitespace)"
                                 if text else f"{label}: file is empty (only a byte-order mark)")
            _refuse_control_characters(text, label)
            return text, encoding
    if b"\x00" in data:
        raise InputError(
            f"{label}: binary file (contains NUL bytes; UTF-16/32 text needs a byte-order mark)"
        )
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data, label)
    _refuse_control_characters(text, label)
    if text.isspace():
        raise InputError(f"{label}: file is empty (only whitespace)")
    return text, encoding


def _decode_legacy(data: bytes, label: str) -> tuple[str, str]:
    """Ask charset-normalizer; accept only an answer that decodes strictly and reads as text.

    A UTF-8 file with a few stray bytes (a pasted Latin-1 name) stays UTF-8: the stray bytes
    become U+FFFD and the encoding says how many.
    """
    from charset_normalizer import from_bytes

    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8

    for isolation in (_WESTERN_LEGACY, None):
        for match in from_bytes(data, cp_isolation=isolation, threshold=_MAX_CHAOS):
            try:
                return data.decode(match.encoding), match.encoding
            except (UnicodeDecodeError, LookupError):
                continue
    raise InputError(f"{label}: cannot decode: not UTF-8 and no known text encoding fits")


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = sum(1 for char in text if char > "\x7f") - replaced
    if 0 < replaced <= max(_MAX_STRAY_BYTES, len(data) // 1000) and non_ascii > 0:
        return text, f"utf-8 ({replaced} invalid byte sequences replaced)"
    return None


def _refuse_control_characters(text: str, label: str) -> None:
    """Binary data that happens to decode still carries C0 control characters: refuse it."""
    sample = text[:_CONTROL_SAMPLE]
    controls = sum(1 for char in sample if char < " " and char not in _ALLOWED_CONTROLS)
    if controls > max(8, len(sample) // 100):
        raise InputError(f"{label}: binary file (control characters, not text)")


def _read_bounded(stream: BinaryIO) -> bytes | None:
    """Everything in ``stream``, or None when it exceeds MAX_INPUT_BYTES."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    return None if len(data) > MAX_INPUT_BYTES else data


def _too_large() -> str:
    return f"file is too large (the limit is {MAX_INPUT_BYTES // (1024 * 1024)} MB)"


def expand_paths(arguments: Iterable[str]) -> Iterator[str | InputError]:
    """Files to analyse, in argument order; directories expand recursively to their text files
    and glob patterns the shell left alone ('drafts/**/*.md') are expanded here.

    Directory contents are sorted by path components; hidden entries (``.git``, ``.draft.md``)
    and a repository's own documents (README.md, CHANGELOG.md: ``REPOSITORY_DOCUMENTS``) are
    skipped.  Files named explicitly or matched by a pattern are always read.  Problems
    (missing path, a directory without text files) are yielded as InputError in place, so a
    batch reports them in order and continues.
    """
    seen: set[str] = set()
    for entry in _expand_patterns(arguments):
        if isinstance(entry, str) and entry != STDIN:
            key = os.path.normpath(entry)
            if key in seen:
                continue  # named twice ("a.txt" and "drafts/*.txt"): analysed once
            seen.add(key)
        yield entry


def _expand_patterns(arguments: Iterable[str]) -> Iterator[str | InputError]:
    for pattern in arguments:
        if GLOB_CHARACTERS.isdisjoint(pattern) or os.path.lexists(pattern):
            yield from _expand_one(pattern)
            continue
        matches = sorted(glob.glob(pattern, recursive=True))  # quoted, or a Windows shell
        if not matches:
            if "*" in pattern or "?" in pattern:
                yield InputError(f"{pattern}: no files match this pattern")
            else:  # a lone "[" is more often part of a missing file's name than a pattern
                yield from _expand_one(pattern)
        for argument in matches:
            yield from _expand_one(argument)


GLOB_CHARACTERS = frozenset("*?[")
"""An argument with these that names no existing path is a pattern ('drafts/**/*.md')."""


def output_overwrites_input(output: str, inputs: Iterable[str]) -> str | None:
    """The input that ``--output`` names (so writing would destroy it before or after it is
    read), or None.  Compared by file identity, so ``./story.md`` and a link count too."""
    try:
        target = os.stat(output)
    except OSError:
        return None  # a new file cannot be an input
    for path in inputs:
        if path == STDIN:
            continue
        try:
            if os.path.samestat(target, os.stat(path)):
                return path
        except OSError:
            continue
    return None


def names_one_file(argument: str) -> bool:
    """True when ``argument`` stands for one input (a file, a missing file, ``-``), False for a
    directory or a glob pattern, which stand for any number of files: the JSON shape
    (one object or an array) follows the arguments, never how many files a pattern matched.
    """
    if argument == STDIN:
        return True
    if os.path.lexists(argument):
        return not os.path.isdir(argument)
    return GLOB_CHARACTERS.isdisjoint(argument)


def _expand_one(argument: str) -> Iterator[str | InputError]:
    if argument == STDIN:
        yield argument
    elif os.path.isdir(argument):
        found, skipped = _text_files_under(argument)
        if not found:
            message = f"{argument}: directory contains no text files ({', '.join(TEXT_SUFFIXES)})"
            if skipped:
                message += f" other than {skipped}, which a directory skips (name it to read it)"
            yield InputError(message)
        yield from found
    elif os.path.lexists(argument):
        yield argument
    else:
        yield InputError(f"{argument}: no such file or directory")


def _text_files_under(directory: str) -> tuple[list[str], str | None]:
    """The text files below ``directory`` in order, and the name of a repository document
    skipped there (None when there was none)."""
    found: list[tuple[tuple[str, ...], str]] = []
    skipped: str | None = None
    for root, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            stem, suffix = os.path.splitext(name.lower())
            if name.startswith(".") or suffix not in TEXT_SUFFIXES:
                continue
            if stem in REPOSITORY_DOCUMENTS:
                skipped = skipped or name
                continue
            path = os.path.join(root, name)
            if os.path.isfile(path):
                found.append((tuple(os.path.relpath(path, directory).split(os.sep)), path))
    found.sort()
    return [path for _, path in found], skipped


def analysable_text(text: str, input_format: str) -> str:
    """Same length as ``text``: everything that is not prose is blanked to spaces.

    For Markdown that is the markup (see ``newscheck.markdown_text``); in plain text it is the
    ``<!-- newscheck: ... -->`` suppression comments, so ``analyze`` reads a draft the way
    ``lint`` does.  Text with nothing to blank is returned unchanged (the same object: a 15 MB
    document is not held twice).
    """
    if input_format != "markdown":
        if "newscheck:" not in text:
            return text
        from newscheck.lint import blank_suppression_comments

        return blank_suppression_comments(text, input_format)
    from newscheck.markdown_text import blank_markup

    blanked = blank_markup(text)
    return text if blanked == text else blanked
