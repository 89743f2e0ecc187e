"""newscheck: a credibility breakdown for news copy.

The public API is deliberately small and cheap to import: heavy libraries (nltk, textblob) are
imported only when an analysis actually runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from newscheck.config import Config
    from newscheck.report import Report

__all__ = ["__version__", "analyze_text", "analyze_path"]


def analyze_text(
    text: str,
    *,
    path: str | None = None,
    input_format: str | None = None,
    config: Config | None = None,
) -> Report:
    """Analyse ``text`` and return its :class:`~newscheck.report.Report`.

    Pure and picklable: the same text and config always give the same report, and the function
    can be sent to a process pool.  ``input_format`` is ``"text"`` or ``"markdown"``; when it is
    ``None`` it is inferred from ``path``'s extension (plain text otherwise).
    """
    from newscheck.pipeline import run_pipeline

    return run_pipeline(text, path=path, input_format=input_format, config=config)


def analyze_path(path: str, *, config: Config | None = None) -> Report:
    """Read a file (detecting its encoding) and analyse it. Raises ``InputError`` on bad input."""
    from newscheck.reading import read_path

    source = read_path(path)
    report = analyze_text(
        source.text, path=source.path, input_format=source.input_format, config=config
    )
    report.encoding = source.encoding
    return report
