"""The quote stage's word lists: ``newscheck/lexicons/*.txt`` with ``[section]`` headers."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """Section name -> its whitespace-separated entries, in file order ('' before any header)."""
    raw = resources.files("newscheck").joinpath(f"lexicons/{name}").read_text("utf-8")
    result: dict[str, list[str]] = {}
    current = ""
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        result.setdefault(current, []).extend(line.split())
    return {key: tuple(values) for key, values in result.items()}


def lemma_lines(name: str) -> dict[str, list[list[str]]]:
    """Section -> one list of forms per line (``lemma: forms`` lines; the lemma is a label)."""
    raw = resources.files("newscheck").joinpath(f"lexicons/{name}").read_text("utf-8")
    result: dict[str, list[list[str]]] = {}
    current = ""
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        result.setdefault(current, []).append(line.split(":", 1)[-1].split())
    return result


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
