"""Classify a source mention ("one anonymous source", "critics", "the Axios portal") by kind.

Shared by the quotes stage (speaker kind) and the sourcing stage (inventory and flags).
(placeholder until the sourcing work implements it.)
"""

from __future__ import annotations


def classify_mention(mention: str) -> str:
    """One of person, organization, outlet, document, anonymous, vague, unknown."""
    lowered = mention.lower()
    if "anonymous" in lowered or "official" in lowered:
        return "anonymous"
    if lowered in {"critics", "experts", "observers", "some"}:
        return "vague"
    return "person" if mention[:1].isupper() else "unknown"
