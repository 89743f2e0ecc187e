"""Configuration: rule selection, severities and house-style lexicon extensions.

Read from ``[tool.newscheck]`` in ``pyproject.toml`` or from ``.newscheck.toml`` (discovery and
validation live in ``load_config``/``discover_config``; see docs/configuration.md).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


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


# --- reading and validating configuration files ---

CONFIG_FILENAME = ".newscheck.toml"
SEVERITY_LEVELS = ("error", "warning", "info")
_LEXICON_KEYS = (
    "extra-loaded", "allowed-words", "extra-anonymous", "extra-vague", "extra-hedges",
    "extra-outlets",
)
_TOP_LEVEL_KEYS = (
    "select", "ignore", "extend-select", "fail-on", "min-score", "severity", "per-file-ignores",
    "lexicon",
)


class ConfigError(Exception):
    """Invalid configuration: the message is one line naming the file and the key."""


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` relative to the current directory when it lies below it, else absolute."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive on Windows
        return absolute
    return absolute if relative.startswith("..") else relative


def validate_selectors(selectors: Iterable[str], where: str) -> tuple[str, ...]:
    """Upper-cased codes/prefixes; a selector matching no rule raises ConfigError naming it."""
    from newscheck.rules import codes_matching

    cleaned: list[str] = []
    for selector in selectors:
        code = selector.strip().upper()
        if not code:
            continue
        if not codes_matching(code):
            raise ConfigError(f"{where} unknown rule code or prefix '{selector.strip()}'")
        cleaned.append(code)
    return tuple(cleaned)


def split_selectors(value: str | None) -> tuple[str, ...]:
    """``"A,L1, H105"`` -> ("A", "L1", "H105") (no validation)."""
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _string_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where} '{key}' must be a list of strings")
    return tuple(value)


_TOOL_TABLE_HINT = (
    " (only pyproject.toml uses [tool.newscheck]; in this file the settings go at the top level)"
)


def config_from_table(table: dict[str, Any], where: str, source_path: str | None = None) -> Config:
    """Build a validated Config from a ``[tool.newscheck]``-shaped table.

    ``where`` prefixes every error (e.g. ``"pyproject.toml: [tool.newscheck]"``).  Values are data
    only: nothing is evaluated.
    """
    for key in table:
        if key not in _TOP_LEVEL_KEYS:
            hint = _TOOL_TABLE_HINT if key == "tool" and "[tool." not in where else ""
            raise ConfigError(f"{where} unknown key '{key}'{hint}")
    values: dict[str, Any] = {"source_path": source_path}
    for key in ("select", "ignore", "extend-select"):
        if key in table:
            selectors = _string_list(table[key], where, key)
            values[key.replace("-", "_")] = validate_selectors(selectors, f"{where} '{key}':")
    # An empty ``select`` is kept: ``lint --select`` may replace it.  ``lint`` refuses a
    # selection that stays empty (``empty_selection_error``); ``analyze`` never reads it.
    if "fail-on" in table:
        fail_on = table["fail-on"]
        if fail_on not in SEVERITY_LEVELS:
            raise ConfigError(f"{where} 'fail-on' must be one of error, warning, info")
        values["fail_on"] = fail_on
    if "min-score" in table:
        min_score = table["min-score"]
        if isinstance(min_score, bool) or not isinstance(min_score, (int, float)):
            raise ConfigError(f"{where} 'min-score' must be a number from 0 to 100")
        if not 0 <= min_score <= 100:
            raise ConfigError(f"{where} 'min-score' must be a number from 0 to 100")
        values["min_score"] = float(min_score)
    if "severity" in table:
        values["severity"] = _severity_table(table["severity"], where)
    if "per-file-ignores" in table:
        values["per_file_ignores"] = _per_file_ignores(table["per-file-ignores"], where)
    if "lexicon" in table:
        values["lexicon"] = _lexicon(table["lexicon"], where)
    return Config(**values)


def _severity_table(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} 'severity' must be a table of CODE = \"error|warning|info\"")
    pairs: list[tuple[str, str]] = []
    for code, level in value.items():
        selectors = validate_selectors([code], f"{where} 'severity':")
        if not selectors:
            raise ConfigError(f"{where} 'severity' has an empty rule code")
        selector = selectors[0]
        if level not in SEVERITY_LEVELS:
            raise ConfigError(f"{where} 'severity.{code}' must be one of error, warning, info")
        pairs.append((selector, level))
    return tuple(pairs)


def _per_file_ignores(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} 'per-file-ignores' must be a table of \"glob\" = [codes]")
    entries: list[tuple[str, tuple[str, ...]]] = []
    for pattern, codes in value.items():
        key = f"per-file-ignores.\"{pattern}\""
        selectors = _string_list(codes, where, key)
        entries.append((pattern, validate_selectors(selectors, f"{where} '{key}':")))
    return tuple(entries)


def _lexicon(value: Any, where: str) -> LexiconConfig:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} 'lexicon' must be a table")
    fields: dict[str, tuple[str, ...]] = {}
    for key, entries in value.items():
        if key not in _LEXICON_KEYS:
            raise ConfigError(f"{where} unknown key 'lexicon.{key}'")
        words = _string_list(entries, where, f"lexicon.{key}")
        fields[key.replace("-", "_")] = tuple(
            " ".join(word.lower().split()) for word in words if word.strip()
        )
    return LexiconConfig(**fields)


def _read_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{display_path(path)}: invalid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{display_path(path)}: invalid TOML: not UTF-8 (byte {error.start}); "
            "TOML files must be UTF-8"
        ) from None
    except IsADirectoryError:  # display_path would print '.' for the current directory
        raise ConfigError(f"{path}: is a directory, not a configuration file") from None
    except FileNotFoundError:
        raise ConfigError(f"{display_path(path)}: no such file") from None
    except OSError as error:
        raise ConfigError(f"{display_path(path)}: cannot read: {error.strerror or error}") from None


def _newscheck_table(path: str, data: dict[str, Any]) -> dict[str, Any] | None:
    """The newscheck table of a parsed file: ``[tool.newscheck]`` for pyproject.toml, else top."""
    if os.path.basename(path) != "pyproject.toml":
        return data
    tool = data.get("tool")
    if not isinstance(tool, dict) or "newscheck" not in tool:
        return None
    table = tool["newscheck"]
    if not isinstance(table, dict):
        raise ConfigError(f"{display_path(path)}: [tool.newscheck] must be a table")
    return table


def _has_newscheck_table(pyproject: str) -> bool:
    return _newscheck_table(pyproject, _read_toml(pyproject)) is not None


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read and validate one configuration file.

    ``pyproject.toml`` is read from its ``[tool.newscheck]`` table (a file named on purpose
    without one is an error: the user expects its settings to apply); any other file
    (``.newscheck.toml``) from its top-level keys.  Raises ConfigError.
    """
    path = os.fspath(path)
    data = _read_toml(path)
    table = _newscheck_table(path, data)
    if table is None:
        raise ConfigError(f"{display_path(path)}: no [tool.newscheck] table")
    where = display_path(path) + (
        ": [tool.newscheck]" if os.path.basename(path) == "pyproject.toml" else ":"
    )
    return config_from_table(table, where, source_path=os.path.abspath(path))


def config_location(config: Config) -> str:
    """How error messages name where ``config`` came from: ``pyproject.toml: [tool.newscheck]``,
    ``.newscheck.toml:``, or ``defaults:`` for the built-in configuration."""
    if config.source_path is None:
        return "defaults:"
    shown = display_path(config.source_path)
    if os.path.basename(config.source_path) == "pyproject.toml":
        return f"{shown}: [tool.newscheck]"
    return f"{shown}:"


def empty_selection_error(config: Config) -> ConfigError | None:
    """The error for a configuration that selects no rule at all, else None.

    ``select = []`` with nothing in ``extend-select`` would report nothing and pass every
    draft: the CI gate switched off without a word.  Checked on the configuration after the
    command line had its say, so ``--select`` replacing an empty ``select`` is fine.
    """
    if tuple(config.select) + tuple(config.extend_select):
        return None
    return ConfigError(
        f"{config_location(config)} 'select' is empty: no rule would be reported "
        '("ALL" selects every rule; --select replaces it)'
    )


_DISCOVERED: dict[str, Config] = {}


def find_config_file(start_dir: str | os.PathLike[str]) -> str | None:
    """The nearest ``.newscheck.toml`` or ``pyproject.toml`` with a ``[tool.newscheck]`` table.

    Searches ``start_dir`` and its parents up to the filesystem root; in one directory
    ``.newscheck.toml`` wins over ``pyproject.toml``.
    """
    directory = os.path.abspath(start_dir)
    while True:
        candidate = os.path.join(directory, CONFIG_FILENAME)
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(candidate) and _has_newscheck_table(candidate):
            return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def discover_config(file_path: str | os.PathLike[str]) -> Config:
    """The configuration that applies to ``file_path`` (nearest config file upwards, or defaults).

    Results are cached per directory for the life of the process.
    """
    file_path = os.path.abspath(file_path)
    directory = file_path if os.path.isdir(file_path) else os.path.dirname(file_path)
    if directory not in _DISCOVERED:
        found = find_config_file(directory)
        _DISCOVERED[directory] = load_config(found) if found else DEFAULT_CONFIG
    return _DISCOVERED[directory]


def clear_discovery_cache() -> None:
    """Forget discovered configurations (tests, long-running processes)."""
    _DISCOVERED.clear()
