"""The rule registry: every rule code with its category, default severity and explanation.

The registry is data (``newscheck/data/rules.toml``); this module loads it once and answers
questions about it (codes by prefix, the rule for a finding).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    voice: str
    summary: str
    explanation: str
    example: str
    subtype: str | None = None


@lru_cache(maxsize=1)
def all_rules() -> dict[str, Rule]:
    """Every rule, keyed by code, in code order."""
    raw = tomllib.loads(resources.files("newscheck").joinpath("data/rules.toml").read_text("utf-8"))
    return {code: Rule(code=code, **fields) for code, fields in sorted(raw.items())}


def get_rule(code: str) -> Rule:
    return all_rules()[code]


def codes_matching(selector: str) -> list[str]:
    """Codes equal to or starting with ``selector`` ("ALL" selects everything)."""
    selector = selector.strip().upper()
    if selector == "ALL":
        return list(all_rules())
    return [code for code in all_rules() if code.startswith(selector)]
