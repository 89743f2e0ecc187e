"""The rich terminal report: score panel, who is quoted, sourcing, language, flagged sentences.

Every piece of article text goes through ``safe_text`` and is added as a rich ``Text`` (never
parsed as markup).  Without colour (NO_COLOR, or output piped) flagged words are marked with
brackets and their rule code, so the view still says what is flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from io import StringIO
from typing import TYPE_CHECKING

from newscheck.render import safe_text
from newscheck.scoring import plural

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

    from newscheck.lint import LineIndex
    from newscheck.report import Finding, Quote, Report

CATEGORY_STYLES: dict[str, str] = {
    "anonymous_source": "bold red",
    "vague_attribution": "bold magenta",
    "secondhand_sourcing": "bold blue",
    "unattributed": "bold bright_red",
    "hedging": "bold yellow",
    "loaded_language": "bold dark_orange",
    "subjectivity": "underline cyan",
}
CATEGORY_LABELS: dict[str, str] = {
    "anonymous_source": "anonymous",
    "vague_attribution": "vague",
    "secondhand_sourcing": "second-hand",
    "unattributed": "unattributed",
    "hedging": "hedging",
    "loaded_language": "loaded language",
    "subjectivity": "subjective",
}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
SOURCING_CATEGORIES = (
    "anonymous_source", "vague_attribution", "secondhand_sourcing", "unattributed",
)
LANGUAGE_CATEGORIES = ("loaded_language", "hedging", "subjectivity")
QUOTED_STYLE = "italic dim"

INVENTORY_WORDS = (  # (source kind, one, many); adjectives ("2 anonymous") take no plural
    ("person", "person", "people"),
    ("organization", "organization", "organizations"),
    ("document", "document", "documents"),
    ("outlet", "outlet", "outlets"),
    ("anonymous", "anonymous", None),
    ("vague", "vague", None),
)
DEFAULT_LIMITS = {"sources": 8, "flags": 8, "reasons": 4, "sentences": 6}


def render_report(report: Report, console: Console, *, verbose: bool = False) -> None:
    """Print the credibility breakdown of ``report`` on ``console``."""
    view = _View(report, console, verbose)
    for renderable in view.sections():
        console.print(renderable)


@dataclass(frozen=True)
class ConsoleSettings:
    """What a console's output depends on, so another process can render the same bytes."""

    width: int
    color_system: str | None
    no_color: bool
    is_terminal: bool
    encoding: str
    verbose: bool = False

    @classmethod
    def of(cls, console: Console, *, verbose: bool = False) -> ConsoleSettings:
        return cls(
            width=console.width, color_system=console.color_system, no_color=console.no_color,
            is_terminal=console.is_terminal, encoding=console.encoding, verbose=verbose,
        )


class _Capture(StringIO):
    """A string buffer that reports the encoding of the stream it stands for (rich draws its
    boxes in ASCII when that is not UTF-8)."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


def render_report_text(settings: ConsoleSettings, report: Report) -> str:
    """``render_report`` as a string, on a console set like the one ``settings`` describes
    (``analyze --jobs N`` renders in the workers: rich tables cost more than the analysis)."""
    from rich.console import Console

    buffer = _Capture(settings.encoding)
    console = Console(
        file=buffer, width=settings.width, color_system=settings.color_system,  # type: ignore[arg-type]
        no_color=settings.no_color, force_terminal=settings.is_terminal, highlight=False,
        legacy_windows=False,
    )
    render_report(report, console, verbose=settings.verbose)
    return buffer.getvalue()


def score_style(score: int) -> str:
    if score >= 80:
        return "green"
    if score >= 65:
        return "yellow"
    if score >= 45:
        return "dark_orange"
    return "red"


COMMON_HEDGES = frozenset({"H101", "H104", "H201", "H204"})
"""Modals and quantifiers (could, would, some, several, many): the most frequent flags and the
weakest (the score takes the fewest points for them), listed after the hedges that distance
the copy from a claim (reportedly, it is believed, suggests) of the same voice and severity."""


def finding_priority(finding: Finding) -> tuple[int, int, int, int]:
    """Most important first: reporter's voice, then severity, then a common modal or
    quantifier after the rest, then position."""
    return (
        finding.voice != "author", SEVERITY_RANK.get(finding.severity, 3),
        finding.rule in COMMON_HEDGES, finding.start,
    )


class _View:
    def __init__(self, report: Report, console: Console, verbose: bool) -> None:
        self.report = report
        self.console = console
        self.verbose = verbose
        self.plain = console.color_system is None or console.no_color
        self.unicode = (console.encoding or "").lower().startswith("utf")
        self.quotes_by_id = {q.id: q for q in report.quotes}
        self._quotes_by_sentence: dict[int, list[Quote]] | None = None
        self._lines: LineIndex | None = None
        self._prose: str | None = None

    # --- helpers ---------------------------------------------------------------------------

    def limit(self, kind: str, items: list) -> tuple[list, int]:
        if self.verbose:
            return items, 0
        cap = DEFAULT_LIMITS[kind]
        return items[:cap], max(0, len(items) - cap)

    def more(self, hidden: int) -> Text:
        from rich.text import Text

        return Text(f"  +{hidden} more, use --verbose", style="dim")

    def heading(self, title: str) -> Text:
        from rich.text import Text

        return Text(f"\n{title}", style="bold underline")

    def indented(self, line: str) -> RenderableType:
        """``line`` wrapped with every line indented by two spaces."""
        from rich.padding import Padding
        from rich.text import Text

        return Padding(Text(line), (0, 0, 0, 2), expand=False)

    def line_of(self, offset: int) -> int:
        """The 1-based line of ``offset`` in the file (as lint and editors count lines)."""
        if self._lines is None:
            from newscheck.lint import LineIndex

            self._lines = LineIndex(self.report.text)
        return self._lines.line_of(offset)

    def prose(self) -> str:
        """The text as the stages read it (Markdown markup and suppression comments blanked to
        spaces, same offsets), for showing sentences without link targets and asterisks.

        The pipeline's own blanked text when the report carries it (``analysis_text``): parsing
        a 1.4 MB Markdown file a second time was a sixth of the run.  Worked out again only for
        a report that does not carry it."""
        if self._prose is None:
            carried = getattr(self.report, "analysis_text", None)
            if isinstance(carried, str) and len(carried) == len(self.report.text):
                self._prose = carried
            else:
                from newscheck.reading import analysable_text

                self._prose = analysable_text(self.report.text, self.report.input_format)
        return self._prose

    def article(self, start: int, end: int) -> str:
        return " ".join(safe_text(self.report.text[start:end]).split())

    # --- sections ----------------------------------------------------------------------------

    def sections(self) -> list[RenderableType]:
        parts: list[RenderableType] = [self.header()]
        if self.report.scores:
            parts.append(self.score_panel())
        parts += self.who_is_quoted()
        parts += self.sourcing()
        parts += self.language()
        parts += self.flagged_sentences()
        return parts

    def header(self) -> Text:
        from rich.text import Text

        stats = self.report.stats
        text = Text()
        text.append(safe_text(self.report.path or "<stdin>"), style="bold")
        counts = [
            plural(stats.get(key, 0), noun)
            for key, noun in (("words", "word"), ("sentences", "sentence"), ("quotes", "quote"),
                              ("findings", "flag"))
        ]
        text.append("  " + (" · " if self.unicode else ", ").join(counts), style="dim")
        return text

    def score_panel(self) -> RenderableType:
        from rich.panel import Panel
        from rich.table import Table
        from rich.text import Text

        scores = self.report.scores
        overall = scores["overall"]
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True, width=12)
        table.add_column(ratio=1)
        full, empty, minus = ("█", "░", "−") if self.unicode else ("#", ".", "-")
        for name, dimension in scores["dimensions"].items():
            score = dimension["score"]
            filled = round(score / 5)
            bar = Text()
            bar.append(full * filled, style=score_style(score))
            bar.append(empty * (20 - filled), style="dim")
            bar.append(f" {score:>3}", style=f"bold {score_style(score)}")
            bar.append(f"   weight {dimension['weight']:.0%}", style="dim")
            table.add_row(Text(name, style="bold"), bar)
            by_weight = sorted(dimension["reasons"], key=lambda r: r["points"])  # biggest first
            reasons, hidden = self.limit("reasons", by_weight)
            for reason in reasons:
                points = reason["points"]
                sign = f"{minus}{-points}" if points < 0 else f"+{points}" if points else "0"
                message = Text(safe_text(reason["message"]))
                if reason["findings"] and self.verbose:
                    message.append(f" [{', '.join(reason['findings'])}]", style="dim")
                table.add_row(
                    Text(f"{sign:>6}", style="red" if points < 0 else "green"), message
                )
            if hidden:
                table.add_row("", self.more(hidden))
        title = Text()
        title.append(" Credibility ", style="bold")
        title.append(f"{overall}/100", style=f"bold {score_style(overall)}")
        title.append(f" {scores['band']} ", style=score_style(overall))
        width = min(80, self.console.width)
        return Panel(table, title=title, title_align="left", expand=False, width=width)

    def who_is_quoted(self) -> list[RenderableType]:
        from rich.table import Table
        from rich.text import Text

        rows = self.quoted_sources()
        if not rows:
            return [self.heading("Who is quoted"), Text("  No quotations found.", style="dim")]
        shown, hidden = self.limit("sources", rows)
        table = Table(box=None, pad_edge=False, header_style="bold", padding=(0, 1))
        table.add_column("Source", ratio=1, overflow="fold")
        table.add_column("Kind", no_wrap=True)
        for column in ("direct", "partial", "indirect"):
            table.add_column(column, justify="right", no_wrap=True)
        for name, kind, counts in shown:
            style = {"anonymous": "red", "vague": "magenta", "outlet": "blue",
                     "unknown": "bright_red"}.get(kind, "")
            table.add_row(
                Text(name),
                Text(kind, style=style),
                *(str(counts.get(k, 0) or "") for k in ("direct", "partial", "indirect")),
            )
        parts: list[RenderableType] = [self.heading("Who is quoted"), table]
        if hidden:
            parts.append(self.more(hidden))
        return parts

    def quoted_sources(self) -> list[tuple[str, str, Counter]]:
        """(name, kind, quote kinds) per source, most quoted first; unattributed quotes last."""
        rows: dict[str, tuple[str, str, Counter]] = {}
        for source in self.report.sources:
            counts = Counter(
                self.quotes_by_id[q].kind for q in source.quotes if q in self.quotes_by_id
            )
            if counts:
                rows[source.id] = (safe_text(source.name), source.kind, counts)
        for quote in self.report.quotes:
            speaker = quote.speaker
            if speaker is not None and speaker.source_id in rows:
                continue
            if speaker is None:
                key, name, kind = "", "(no speaker)", "unknown"
            else:
                key = " ".join(speaker.name.lower().split())
                name, kind = safe_text(speaker.name), speaker.kind
            row = rows.setdefault(f"speaker:{key}", (name, kind, Counter()))
            row[2][quote.kind] += 1
        return sorted(rows.values(), key=lambda r: (r[1] == "unknown", -sum(r[2].values())))

    def flag_lines(self, findings: list[Finding]) -> list[RenderableType]:
        """One row per flag: the code, then the words and what they are (wrapped lines hang
        under the words, not under the code); with --verbose, the message under them."""
        from rich.padding import Padding
        from rich.table import Table
        from rich.text import Text

        findings = sorted(findings, key=finding_priority)
        shown, hidden = self.limit("flags", findings)
        if not shown:
            return [self.more(hidden)] if hidden else []
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True, style="bold")
        table.add_column(ratio=1)
        # the words' column: the console less the indent, the code and the gap
        width = max(self.console.width - 2 - max(len(f.rule) for f in shown) - 1, 10)
        for finding in shown:
            line = Text(f"'{self.article(finding.start, finding.end)}'",
                        style=CATEGORY_STYLES.get(finding.category, "bold"))
            if finding.category in SOURCING_CATEGORIES:
                detail = CATEGORY_LABELS.get(finding.category, finding.category)
            else:
                kind = (finding.subtype or finding.category).replace("_", " ")
                voice = "reporter's voice" if finding.voice == "author" else "source's words"
                detail = f"{kind}, {voice}"
            detail = f"{detail}, line {self.line_of(finding.start)}"
            # the detail goes whole on the next line rather than split ('line' / '4')
            last = line.wrap(self.console, width)[-1].cell_len
            line.append("\n" if last + 2 + len(detail) > width else "  ")
            line.append(detail, style="dim")
            if self.verbose:  # why, and what to do: the rule's message, as lint prints it
                line.append("\n" + " ".join(safe_text(finding.message).split()))
            table.add_row(finding.rule, line)
        lines: list[RenderableType] = [Padding(table, (0, 0, 0, 2))]
        if hidden:
            lines.append(self.more(hidden))
        return lines

    def sourcing(self) -> list[RenderableType]:
        from rich.text import Text

        kinds = Counter(source.kind for source in self.report.sources)
        parts: list[RenderableType] = [self.heading("Sourcing")]
        if kinds:
            inventory = ", ".join(
                plural(kinds[kind], singular, many) if many else f"{kinds[kind]} {kind}"
                for kind, singular, many in INVENTORY_WORDS if kinds.get(kind)
            )
            identifiable = sum(s.identifiable for s in self.report.sources)
            parts.append(self.indented(f"{plural(len(self.report.sources), 'source')}: "
                                       f"{inventory}; {identifiable} identifiable"))
        else:
            parts.append(Text("  No sources identified.", style="dim"))
        shares = self.sourcing_shares()
        if shares:
            parts.append(self.indented("; ".join(shares)))
        flags = [f for f in self.report.findings if f.category in SOURCING_CATEGORIES]
        parts += self.flag_lines(flags)
        return parts

    def sourcing_shares(self) -> list[str]:
        """The sourcing stage's summary shares in words (empty when it reported none)."""
        summary = self.report.summary.get("sourcing") or {}
        shares = []
        unnamed = summary.get("anonymous_or_vague_quote_share")
        if isinstance(unnamed, (int, float)):
            shares.append(f"{unnamed:.0%} of quotes from anonymous or vague sources")
        top = summary.get("top_source_quote_share")
        if isinstance(top, (int, float)) and summary.get("top_source"):
            names = {source.id: source.name for source in self.report.sources}
            name = safe_text(names.get(summary["top_source"], summary["top_source"]))
            shares.append(f"{top:.0%} from the most quoted ({name})")
        outlets = summary.get("outlet_attribution_share")
        if isinstance(outlets, (int, float)):
            shares.append(f"{outlets:.0%} of credits to other outlets")
        return shares

    def language(self) -> list[RenderableType]:
        from rich.text import Text

        flags = [f for f in self.report.findings if f.category in LANGUAGE_CATEGORIES]
        parts: list[RenderableType] = [self.heading("Language")]
        if not flags:
            parts.append(Text("  No hedging or loaded language flagged.", style="dim"))
            return parts
        author = sum(f.voice == "author" for f in flags)
        parts.append(self.indented(f"{plural(len(flags), 'flag')}: {author} in the reporter's "
                                   f"voice, {len(flags) - author} in sources' words "
                                   "(quoted or reported)"))
        parts += self.flag_lines(flags)
        return parts

    def flagged_sentences(self) -> list[RenderableType]:

        by_sentence: dict[int, list[Finding]] = {}
        for finding in self.report.findings:
            if finding.sentence is not None and finding.sentence < len(self.report.sentences):
                by_sentence.setdefault(finding.sentence, []).append(finding)
        if not by_sentence:
            return []
        ranked = sorted(by_sentence, key=lambda i: min(finding_priority(f) for f in by_sentence[i]))
        shown, hidden = self.limit("sentences", ranked)
        from rich.table import Table

        table = Table.grid(padding=(0, 1))
        table.add_column(justify="right", style="dim", no_wrap=True)
        table.add_column(ratio=1)
        # numbered by the line the sentence starts on, as the lists above and lint number
        # them (sentence numbers read as lines sent the editor to the wrong paragraph)
        for index in sorted(shown):
            line = self.line_of(self.report.sentences[index][0] + self.leading_blank(index))
            table.add_row(str(line), self.highlight(index, by_sentence[index]))
        parts: list[RenderableType] = [self.heading("Flagged sentences"), self.legend(), table]
        if hidden:
            parts.append(self.more(hidden))
        return parts

    def quotes_in_sentence(self, index: int) -> list[Quote]:
        """Direct and partial quotes overlapping sentence ``index`` (one sweep, built once)."""
        if self._quotes_by_sentence is None:
            quotes = sorted(
                (q for q in self.report.quotes if q.kind != "indirect"), key=lambda q: q.start
            )
            table: dict[int, list[Quote]] = {}
            active: list[Quote] = []
            next_quote = 0
            sentences = self.report.sentences
            order = sorted(range(len(sentences)), key=lambda i: sentences[i])
            for number in order:
                start, end = self.report.sentences[number]
                while next_quote < len(quotes) and quotes[next_quote].start < end:
                    active.append(quotes[next_quote])
                    next_quote += 1
                active = [q for q in active if q.end > start]
                overlapping = [q for q in active if _overlap(q, start, end)]
                if overlapping:
                    table[number] = overlapping
            self._quotes_by_sentence = table
        return self._quotes_by_sentence.get(index, [])

    def leading_blank(self, index: int) -> int:
        """How many characters of sentence ``index`` are blank prose (markup, spaces) before
        its first word."""
        start, end = self.report.sentences[index]
        prose = self.prose()
        first = start
        while first < end and prose[first].isspace():
            first += 1
        return first - start

    def legend(self) -> Text:
        from rich.text import Text

        legend = Text("  ")
        legend.append("by line; ", style="dim")
        if self.plain:
            legend.append("[flagged words]CODE; quotations keep their quote marks", style="dim")
            return legend
        for category in ("anonymous_source", "vague_attribution", "secondhand_sourcing",
                         "hedging", "loaded_language"):
            legend.append(CATEGORY_LABELS[category], style=CATEGORY_STYLES[category])
            legend.append("  ")
        legend.append("quoted voice", style=QUOTED_STYLE)
        return legend

    def highlight(self, index: int, findings: list[Finding]) -> Text:
        """The sentence with flagged words coloured by category and quoted text dimmed."""
        from rich.text import Text

        start, end = self.report.sentences[index]
        prose = self.prose()
        start += self.leading_blank(index)
        quotes = self.quotes_in_sentence(index)
        cuts = {start, end}
        for item in (*findings, *quotes):
            cuts.add(min(max(item.start, start), end))
            cuts.add(min(max(item.end, start), end))
        ordered = sorted(cuts)
        text = Text()
        after_space = False
        for left, right in zip(ordered, ordered[1:], strict=False):
            # blanked markup, line breaks and tabs read as one space
            piece = _SPACES.sub(" ", safe_text(prose[left:right]))
            if piece.startswith(" ") and after_space:
                piece = piece[1:]
            if piece:
                after_space = piece.endswith(" ")
            covering = [f for f in findings if f.start <= left and right <= f.end]
            style = QUOTED_STYLE if any(q.start <= left and right <= q.end for q in quotes) else ""
            if covering:
                best = min(covering, key=finding_priority)
                style = f"{style} {CATEGORY_STYLES.get(best.category, 'bold')}".strip()
            if self.plain:
                text.append("[" * sum(max(f.start, start) == left for f in findings))
            text.append(piece, style=style)
            if self.plain:
                for finding in findings:
                    if min(finding.end, end) == right:
                        text.append(f"]{finding.rule}")
        return text


_SPACES = re.compile(r"\s+")


def _overlap(quote: Quote, start: int, end: int) -> bool:
    return quote.start < end and start < quote.end
