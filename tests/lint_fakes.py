"""A stand-in analyser for lint tests: fixed word patterns instead of the real stages.

Lint's own logic (selection, suppression, positions, formats, exit codes) is tested against these
predictable findings; it still runs the real Document building, so the Markdown blanking of
code, URLs and comments applies exactly as in the real pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from newscheck.config import Config
from newscheck.pipeline import build_document, to_report
from newscheck.report import Finding, Report
from newscheck.rules import get_rule

FAKE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"startling revelation", "L101"),
    (r"\bslammed\b", "L101"),
    (r"\breportedly\b", "H103"),
    (r"\bCritics\b", "A201"),
    (r"\bthe Axios portal\b", "A301"),
)


@dataclass
class FakeAnalyser:
    """Callable like ``newscheck.analyze_text``; remembers what it was given."""

    score: int | None = None
    calls: list[tuple[str, str | None, Config | None]] = field(default_factory=list)

    def __call__(
        self, text: str, *, path: str | None = None, input_format: str | None = None,
        config: Config | None = None,
    ) -> Report:
        self.calls.append((text, path, config))
        document = build_document(text, path=path, input_format=input_format, config=config)
        for pattern, code in FAKE_PATTERNS:
            rule = get_rule(code)
            for match in re.finditer(pattern, document.analysis_text):
                words = document.text[match.start() : match.end()]
                document.findings.append(
                    Finding(
                        id="", rule=code, category=rule.category, severity=rule.severity,
                        start=match.start(), end=match.end(), text=words, voice="author",
                        sentence=None, message=f"'{words}': {rule.name}",
                    )
                )
        if self.score is not None:
            document.scores["overall"] = self.score
        return to_report(document)


def install_fake_analyser(
    monkeypatch: pytest.MonkeyPatch, score: int | None = None
) -> FakeAnalyser:
    """Make ``newscheck.analyze_text`` the fake for this test (and forget discovered configs)."""
    import newscheck
    from newscheck.config import clear_discovery_cache

    analyser = FakeAnalyser(score=score)
    monkeypatch.setattr(newscheck, "analyze_text", analyser)
    clear_discovery_cache()
    return analyser
