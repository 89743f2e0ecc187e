"""Lint diagnostics from reports: rule selection, severities, suppressions and positions.

A :class:`Diagnostic` is a finding placed in its file (1-based line and column, in characters,
``\\r\\n`` and a lone ``\\r`` each one line break) after the configuration has had its say:
selection (``select``/``ignore``/``extend-select``, codes or prefixes, the most specific selector
wins), per-file ignores, severity overrides and inline suppression comments.  Emitters in
``newscheck.render`` turn diagnostics into formats; nothing here prints.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newscheck.config import Config, empty_selection_error, validate_selectors

if TYPE_CHECKING:
    from newscheck.report import Report

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
LINT_EXTENSIONS = (".txt", ".text", ".md", ".markdown")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem at one place in one file.

    ``line``/``column`` is the first flagged character; ``end_line``/``end_column`` is one past
    the last flagged character (so a one-line span has ``end_column - column == len(text)``).
    ``start``/``end`` are the character offsets into the file's decoded text.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    category: str
    severity: str
    message: str
    text: str
    start: int
    end: int


@dataclass
class FileResult:
    """Everything lint says about one file."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    score: float | None = None
    suppressed: int = 0
    fail_on: str = "warning"
    min_score: float | None = None
    warnings: list[str] = field(default_factory=list)
    """Non-fatal problems to show the user (e.g. an unknown code in a suppression comment)."""


# --- positions ---

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Offset -> (line, column), both 1-based, with ``\\r\\n``, ``\\r`` and ``\\n`` as breaks."""

    def __init__(self, text: str) -> None:
        self.line_starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]

    def line_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        line = self.line_of(offset)
        return line, offset - self.line_starts[line - 1] + 1

    def span_position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column); the end is one past the last character."""
        line, column = self.position(start)
        if end <= start:
            return line, column, line, column
        end_line, last_column = self.position(end - 1)
        return line, column, end_line, last_column + 1


# --- selection and severities ---


def _specificity(selector: str) -> int:
    return 0 if selector == "ALL" else len(selector)


def _matches(selector: str, code: str) -> bool:
    return selector == "ALL" or code.startswith(selector)


def _best(selectors: Iterable[str], code: str) -> int:
    """Specificity of the most specific selector matching ``code`` (-1 when none does)."""
    return max((_specificity(s) for s in selectors if _matches(s, code)), default=-1)


@dataclass(frozen=True)
class RuleSelection:
    """Which codes are reported and at what severity, from a Config.

    A code is reported when its most specific matching ``select``/``extend-select`` selector is
    more specific than its most specific ``ignore`` selector (ties go to ``ignore``), as in ruff.
    """

    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: tuple[tuple[str, str], ...]

    @classmethod
    def from_config(cls, config: Config) -> RuleSelection:
        return cls(
            select=tuple(config.select) + tuple(config.extend_select),
            ignore=tuple(config.ignore),
            severity=tuple(config.severity),
        )

    def is_selected(self, code: str, extra_ignores: Sequence[str] = ()) -> bool:
        chosen = _best(self.select, code)
        return chosen >= 0 and chosen > _best(tuple(self.ignore) + tuple(extra_ignores), code)

    def severity_for(self, code: str, default: str) -> str:
        """The override from the most specific matching selector, else ``default``."""
        best_level, best_specificity = default, -1
        for selector, level in self.severity:
            if _matches(selector, code) and _specificity(selector) > best_specificity:
                best_level, best_specificity = level, _specificity(selector)
        return best_level


def apply_overrides(
    config: Config,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
    fail_on: str | None = None,
    min_score: float | None = None,
) -> Config:
    """``config`` with command-line options applied.

    ``--select`` replaces the configured selection; ``--ignore`` and ``--extend-select`` add to
    it; ``--fail-on`` and ``--min-score`` replace.  Selectors are validated, and a selection
    left empty (``select = []`` that no ``--select`` replaces) is refused (ConfigError).
    """
    changes: dict[str, Any] = {}
    if select is not None:
        changes["select"] = validate_selectors(select, "--select:")
    if ignore:
        changes["ignore"] = tuple(config.ignore) + validate_selectors(ignore, "--ignore:")
    if extend_select:
        changes["extend_select"] = tuple(config.extend_select) + validate_selectors(
            extend_select, "--extend-select:"
        )
    if fail_on is not None:
        changes["fail_on"] = fail_on
    if min_score is not None:
        changes["min_score"] = float(min_score)
    result = replace(config, **changes) if changes else config
    error = empty_selection_error(result)
    if error is not None:
        raise error
    return result


# --- per-file ignores ---

_GLOB_CACHE: dict[str, re.Pattern[str]] = {}


def glob_to_regex(pattern: str) -> re.Pattern[str]:
    """A regex for a path glob: ``**`` crosses directories, ``*`` and ``?`` do not."""
    compiled = _GLOB_CACHE.get(pattern)
    if compiled is not None:
        return compiled
    parts: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if pattern.startswith("**/", i):
            parts.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            parts.append(".*")
            i += 2
            continue
        if char == "*":
            parts.append("[^/]*")
        elif char == "?":
            parts.append("[^/]")
        elif char == "[":
            close = pattern.find("]", i + 2)
            if close == -1:
                parts.append(re.escape(char))
            else:
                body = pattern[i + 1 : close].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                parts.append(f"[{body}]")
                i = close
        else:
            parts.append(re.escape(char))
        i += 1
    compiled = re.compile("".join(parts) + r"\Z")
    _GLOB_CACHE[pattern] = compiled
    return compiled


def per_file_ignored(config: Config, path: str | None) -> tuple[str, ...]:
    """Selectors ignored for ``path`` by ``per-file-ignores``.

    Globs match the path relative to the configuration file's directory (the current directory
    when the config has no file), with forward slashes; a glob without ``/`` also matches the
    file name alone.
    """
    if not config.per_file_ignores or not path:
        return ()
    base = os.path.dirname(config.source_path) if config.source_path else os.getcwd()
    relative = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    name = relative.rsplit("/", 1)[-1]
    ignored: list[str] = []
    for pattern, codes in config.per_file_ignores:
        regex = glob_to_regex(pattern.replace(os.sep, "/").removeprefix("./"))
        if regex.match(relative) or ("/" not in pattern and regex.match(name)):
            ignored.extend(codes)
    return tuple(ignored)


# --- inline suppressions ---

# The codes group cannot contain "-" so it never competes with the closing "-->" (linear time).
SUPPRESSION_COMMENT = re.compile(
    r"<!--[ \t]*newscheck:[ \t]*(?P<action>ignore-next-line|ignore|disable|enable)"
    r"(?P<codes>[ \t][A-Za-z0-9, \t]*)?-->"
)
_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")


def blank_suppression_comments(text: str, input_format: str = "text") -> str:
    """``text`` with every ``<!-- newscheck: ... -->`` comment blanked to spaces.

    Same length, so offsets into the result index the original text.  Input goes through this
    before analysis so the comments are never analysed.  In plain text a comment alone on its
    line also takes its line break with it, so a comment placed between two lines of a paragraph
    does not split the paragraph.  Markdown keeps every line break: there a comment line is an
    HTML block that ends a paragraph anyway, and joining lines could turn the next one into an
    indented code block.
    """
    if "newscheck:" not in text:
        return text
    pieces: list[str] = []
    done = 0
    for match in SUPPRESSION_COMMENT.finditer(text):
        start, end = match.start(), match.end()
        if start < done:
            continue
        line_start = start
        while line_start > 0 and text[line_start - 1] in " \t":
            line_start -= 1
        after = end
        while after < len(text) and text[after] in " \t":
            after += 1
        alone = (
            input_format != "markdown"
            and (line_start == 0 or text[line_start - 1] in "\r\n")
            and after < len(text)
        )
        if alone and text.startswith("\r\n", after):
            end = after + 2
        elif alone and text[after] in "\r\n":
            end = after + 1
        pieces.append(text[done:start])
        pieces.append(_BLANK_EXCEPT_BREAKS.sub(" ", text[start:match.end()]))
        pieces.append(" " * (end - match.end()))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_BLANK_EXCEPT_BREAKS = re.compile(r"[^\r\n]")


@dataclass
class Suppressions:
    """Where which codes are suppressed by inline comments."""

    by_line: dict[int, set[str]] = field(default_factory=dict)
    """Line -> selectors ("ALL" for every code) from ``ignore`` and ``ignore-next-line``."""
    ranges: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    """Selector -> sorted, disjoint ``[start, end)`` offset ranges from ``disable``/``enable``."""
    unknown: list[tuple[int, str]] = field(default_factory=list)
    """(line, selector) for selectors that match no rule."""

    def suppresses(self, code: str, line: int, offset: int) -> bool:
        if any(_matches(selector, code) for selector in self.by_line.get(line, ())):
            return True
        for selector, spans in self.ranges.items():
            if _matches(selector, code):
                i = bisect_right(spans, offset, key=_span_start) - 1
                if i >= 0 and spans[i][0] <= offset < spans[i][1]:
                    return True
        return False


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


class _CodeTracker:
    """Is an offset inside Markdown code?  Fenced lines, or an odd number of backticks before it
    on its line; counted incrementally so many comments on one long line stay linear."""

    def __init__(self, text: str, lines: LineIndex) -> None:
        self.text = text
        self.fenced = _fenced_lines(text, lines)
        self.line = 0
        self.scanned_to = 0
        self.backticks = 0

    def inside(self, offset: int, line: int, line_start: int) -> bool:
        if line in self.fenced:
            return True
        if line != self.line:
            self.line, self.scanned_to, self.backticks = line, line_start, 0
        self.backticks += self.text.count("`", self.scanned_to, offset)
        self.scanned_to = offset
        return self.backticks % 2 == 1


def _fenced_lines(text: str, lines: LineIndex) -> set[int]:
    """Line numbers inside fenced code blocks (fence lines included)."""
    fenced: set[int] = set()
    fence: str | None = None
    starts = lines.line_starts
    for number, start in enumerate(starts, 1):
        end = starts[number] if number < len(starts) else len(text)
        match = _FENCE.match(text, start, end)
        if fence is None:
            if match:
                fence = match.group(1)
                fenced.add(number)
        else:
            fenced.add(number)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                rest = text[match.end() : end].strip()
                if not rest:
                    fence = None
    return fenced


def parse_suppressions(text: str, lines: LineIndex, input_format: str = "text") -> Suppressions:
    """Read the suppression comments of ``text``.

    ``<!-- newscheck: ignore CODES -->`` suppresses on its own line, ``ignore-next-line`` on the
    next line, ``disable CODES`` ... ``enable CODES`` over a range (to the end of the file when
    never re-enabled).  CODES are comma-separated codes or prefixes; none means every code.  In
    Markdown, comments inside fenced code blocks or inline code are examples, not directives.
    """
    from newscheck.rules import codes_matching

    suppressions = Suppressions()
    if "newscheck:" not in text:
        return suppressions
    code = _CodeTracker(text, lines) if input_format == "markdown" else None
    open_since: dict[str, int] = {}  # selector -> where its open range starts
    for match in SUPPRESSION_COMMENT.finditer(text):
        line = lines.line_of(match.start())
        if code and code.inside(match.start(), line, lines.line_starts[line - 1]):
            continue
        selectors: list[str] = []
        for raw in (match.group("codes") or "").replace(",", " ").split():
            selector = raw.upper()
            if selector != "ALL" and not codes_matching(selector):
                suppressions.unknown.append((line, raw))
                continue
            selectors.append(selector)
        if not selectors:
            if (match.group("codes") or "").strip():
                continue  # only unknown codes: suppress nothing rather than everything
            selectors = ["ALL"]
        action = match.group("action")
        if action == "ignore":
            suppressions.by_line.setdefault(line, set()).update(selectors)
        elif action == "ignore-next-line":
            suppressions.by_line.setdefault(line + 1, set()).update(selectors)
        elif action == "disable":
            for selector in selectors:
                open_since.setdefault(selector, match.end())
        else:  # enable: close the open ranges these selectors cover
            for selector in [s for s in open_since if any(_matches(e, s) for e in selectors)]:
                start = open_since.pop(selector)
                suppressions.ranges.setdefault(selector, []).append((start, match.start()))
    for selector, start in open_since.items():
        suppressions.ranges.setdefault(selector, []).append((start, len(text)))
    return suppressions


# --- reports to diagnostics ---


def overall_score(report: Report) -> float | None:
    """The report's overall credibility score (0-100), or None when there is none."""
    overall = (report.scores or {}).get("overall")
    if isinstance(overall, dict):
        overall = overall.get("score", overall.get("value"))
    if isinstance(overall, bool) or not isinstance(overall, (int, float)):
        return None
    return float(overall)


def diagnostics_from_report(
    report: Report,
    text: str,
    *,
    path: str,
    config: Config,
    input_format: str = "text",
    match_path: str | None = None,
) -> FileResult:
    """Turn ``report``'s findings into diagnostics for the original ``text``.

    ``path`` is what the diagnostics show; ``match_path`` (default ``path``) is what
    per-file-ignores globs are matched against.
    """
    from newscheck.rules import all_rules

    rules = all_rules()
    selection = RuleSelection.from_config(config)
    file_ignores = per_file_ignored(config, match_path or path)
    lines = LineIndex(text)
    suppressions = parse_suppressions(text, lines, input_format)
    result = FileResult(
        path=path,
        score=overall_score(report),
        fail_on=config.fail_on,
        min_score=config.min_score,
    )
    for line, selector in suppressions.unknown:
        result.warnings.append(f"{path}:{line}: unknown rule code '{selector}' in suppression")
    for finding in sorted(report.findings, key=lambda f: (f.start, f.end, f.rule)):
        code = finding.rule
        if not selection.is_selected(code, file_ignores):
            continue
        line, column, end_line, end_column = lines.span_position(finding.start, finding.end)
        if suppressions.suppresses(code, line, finding.start):
            result.suppressed += 1
            continue
        rule = rules.get(code)
        result.diagnostics.append(
            Diagnostic(
                path=path,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                code=code,
                name=rule.name if rule else "",
                category=finding.category,
                severity=selection.severity_for(code, finding.severity),
                message=finding.message,
                text=text[finding.start : finding.end],
                start=finding.start,
                end=finding.end,
            )
        )
    return result


def lint_text(
    text: str,
    *,
    path: str,
    config: Config,
    input_format: str | None = None,
    match_path: str | None = None,
) -> FileResult:
    """Analyse ``text`` (suppression comments blanked) and return its diagnostics."""
    from newscheck import analyze_text
    from newscheck.pipeline import infer_format

    fmt = input_format or infer_format(match_path or path)
    report = analyze_text(
        blank_suppression_comments(text, fmt), path=path, input_format=fmt, config=config
    )
    return diagnostics_from_report(
        report, text, path=path, config=config, input_format=fmt, match_path=match_path
    )


def at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK[threshold]


def failing_diagnostics(result: FileResult) -> int:
    """How many of the file's diagnostics are at or above its ``fail-on`` threshold."""
    return sum(at_or_above(d.severity, result.fail_on) for d in result.diagnostics)


def below_min_score(result: FileResult) -> bool:
    """True when the file has a score and it is below its ``min-score``."""
    return (
        result.min_score is not None and result.score is not None
        and result.score < result.min_score
    )
