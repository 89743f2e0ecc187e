"""Configuration: rule selection, severities and house-style lexicon extensions.

Read from ``[tool.newscheck]`` in ``pyproject.toml`` or from ``.newscheck.toml`` (discovery and
validation live in ``load_config``/``discover_config``; see docs/configuration.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LexiconConfig:
    """House-style extensions to the built-in word lists (all entries lower-cased phrases)."""

    extra_loaded: tuple[str, ...] = ()
    """Extra loaded words/phrases (reported as emotive loaded language)."""
    allowed_words: tuple[str, ...] = ()
    """Words/phrases never flagged by the hedging or loaded-language lexicons."""
    extra_anonymous: tuple[str, ...] = ()
    """Extra anonymous-source phrases (e.g. 'a person in the room')."""
    extra_vague: tuple[str, ...] = ()
    """Extra vague-attribution phrases."""
    extra_hedges: tuple[str, ...] = ()
    """Extra hedging words/phrases."""
    extra_outlets: tuple[str, ...] = ()
    """Extra news-organisation names (for second-hand sourcing)."""


@dataclass(frozen=True)
class Config:
    """Everything a user can set. Frozen and hashable so stages can cache compiled lexicons."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    """Per-code severity overrides as (code, severity) pairs."""
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str = "warning"
    min_score: float | None = None
    lexicon: LexiconConfig = field(default_factory=LexiconConfig)
    source_path: str | None = None
    """Where this configuration was read from (None for defaults)."""


DEFAULT_CONFIG = Config()
