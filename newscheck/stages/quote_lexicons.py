"""The quote stage's word lists: ``newscheck/lexicons/*.txt`` with ``[section]`` headers."""

from __future__ import annotations

import re
from functools import cache

from newscheck.lexicon_files import section_lines


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """Section name -> its whitespace-separated entries, in file order ('' before any header)."""
    return {
        key: tuple(word for line in lines for word in line.split())
        for key, lines in section_lines(name, "").items()
        if lines
    }


def lemma_lines(name: str) -> dict[str, list[list[str]]]:
    """Section -> one list of forms per line (``lemma: forms`` lines; the lemma is a label)."""
    return {
        key: [line.split(":", 1)[-1].split() for line in lines]
        for key, lines in section_lines(name, "").items()
        if lines
    }


def alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so matching never backtracks far."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = []
        optional = "" in node
        for char in sorted(key for key in node if key):
            branches.append(re.escape(char) + render(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return "(?:" + body + ")?"
        return body

    return render(trie)
