"""Bytes to text: encoding detection, binary refusal, Markdown to analysable text.

(placeholder: UTF-8 only; the foundation work replaces this.)
"""

from __future__ import annotations

from dataclasses import dataclass


class InputError(Exception):
    """Bad input: the message is one line naming the file and the problem."""


@dataclass(frozen=True)
class SourceText:
    path: str
    text: str
    encoding: str
    input_format: str


def read_path(path: str) -> SourceText:
    from newscheck.pipeline import infer_format

    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return SourceText(path, data.decode("utf-8"), "utf-8", infer_format(path))


def analysable_text(text: str, input_format: str) -> str:
    """Same length as ``text``; non-prose Markdown blanked to spaces (placeholder: unchanged)."""
    return text
