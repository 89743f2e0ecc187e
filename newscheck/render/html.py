"""The self-contained HTML report: the article highlighted, a legend, scores and sources.

One file, inline CSS, no scripts or external assets, so it opens offline and can be attached to a
ticket.  All article text (and anything derived from it) goes through ``html.escape``.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from typing import IO, TYPE_CHECKING

from newscheck.scoring import plural

if TYPE_CHECKING:
    from newscheck.report import Finding, Report

_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
"""A single line break: one paragraph per line, as in wire copy; given a small gap."""

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("anonymous_source", "anonymous source"),
    ("vague_attribution", "vague attribution"),
    ("secondhand_sourcing", "second-hand (other outlet)"),
    ("unattributed", "unattributed quote or claim"),
    ("hedging", "hedging"),
    ("loaded_language", "loaded language"),
    ("subjectivity", "subjective sentence"),
)
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

CSS = """
:root{--ink:#1d1d1f;--muted:#6b6b70;--rule:#e2e2e6;--bg:#fafafa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
 font:16px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px}
section.report{background:#fff;border:1px solid var(--rule);border-radius:8px;padding:24px;
 margin-bottom:32px}
h1{font-size:1.35rem;margin:0 0 4px;word-break:break-all}
h2{font-size:1.05rem;margin:28px 0 10px;border-bottom:1px solid var(--rule);padding-bottom:4px}
.stats{color:var(--muted);margin:0 0 16px}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:28px}
@media (max-width:850px){.layout{grid-template-columns:1fr}}
.overall{display:flex;align-items:baseline;gap:12px;margin-bottom:8px}
.overall .num{font-size:2.4rem;font-weight:700}
.overall .band{font-size:1.1rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.good{color:#1b7f3b}.fair{color:#9a7400}.weak{color:#c25400}.poor{color:#b3261e}
.dim{margin:12px 0 4px}
.dim .head{display:flex;justify-content:space-between;font-weight:600}
.dim .head small{color:var(--muted);font-weight:400}
.bar{height:8px;background:#ececf0;border-radius:4px;overflow:hidden;margin:3px 0 4px}
.bar span{display:block;height:100%}
.bar .good{background:#3a9d5d}.bar .fair{background:#d9a400}.bar .weak{background:#ee7c1c}
.bar .poor{background:#d23b2f}
ul.reasons{margin:0;padding-left:0;list-style:none;font-size:.9rem}
ul.reasons li{margin:2px 0;display:flex;gap:8px}
.pts{font-variant-numeric:tabular-nums;min-width:2.6em;text-align:right;font-weight:600;
 color:#b3261e}
.pts.plus{color:#1b7f3b}
.refs a{color:var(--muted);font-size:.8rem;margin-left:3px}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;
 font-size:1.02rem;line-height:1.7;padding:16px;border:1px solid var(--rule);border-radius:6px}
.gap{display:block;height:.5em}
.q{font-style:italic;color:#44444a;background:#f1f1f4}
mark{color:inherit;border-radius:3px;padding:0 1px}
mark.anonymous_source{background:#f9c0bc}
mark.vague_attribution{background:#e5c6f5}
mark.secondhand_sourcing{background:#c3d8fa}
mark.unattributed{background:#f59d97;outline:1px solid #b3261e}
mark.hedging{background:#fbe59a}
mark.loaded_language{background:#fdc99a}
mark.subjectivity{background:none;text-decoration:underline dotted #1b8a9b 2px}
.q mark{opacity:.75;text-decoration:underline dashed #888 1px}
.q mark.subjectivity{opacity:1}
mark:target{outline:2px solid var(--ink)}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.85rem;margin:0 0 10px}
.legend span{white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--rule);vertical-align:top}
th{font-weight:600;color:var(--muted)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.kind-anonymous{color:#b3261e}.kind-vague{color:#8a3fae}.kind-outlet{color:#2a5db0}
details summary{cursor:pointer;color:var(--muted);margin:8px 0}
nav ul{padding-left:20px}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:12px}
"""


def score_class(score: int) -> str:
    if score >= 80:
        return "good"
    if score >= 65:
        return "fair"
    if score >= 45:
        return "weak"
    return "poor"


def render_html(reports: list[Report]) -> str:
    """One self-contained HTML page for one or more reports; the article text is escaped."""
    from io import StringIO

    page = HtmlPage(StringIO())
    for report in reports:
        page.add(report)
    page.finish()
    return page.stream.getvalue()  # type: ignore[attr-defined]


class HtmlPage:
    """Writes ``render_html``'s page one report at a time: each report's section is rendered
    when it arrives and spooled (in memory while small), and only its line in the page's index
    is kept, so a page of ten thousand articles does not hold ten thousand reports."""

    def __init__(self, stream: IO[str]) -> None:
        import tempfile

        self.stream = stream
        self.sections = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed in finish)
            max_size=4 * 1024 * 1024, mode="w+", encoding="utf-8", newline=""
        )
        self.index: list[str] = []
        self.first_path: str | None = None

    def add(self, report: Report) -> None:
        number = len(self.index) + 1
        if number == 1:
            self.first_path = report.path
        self.sections.write(_report_section(report, number))
        self.index.append(
            f'<li><a href="#r{number}">{escape(report.path or "<stdin>")}</a> '
            f"{_overall_badge(report)}</li>"
        )

    def finish(self) -> None:
        """Write the page (nothing when no report came)."""
        from newscheck import __version__

        count = len(self.index)
        if count:
            nav = ""
            if count > 1:
                nav = f"<nav><h2>{count} articles</h2><ul>{''.join(self.index)}</ul></nav>"
            # 'newscheck: 2 articles', not 'newscheck: newscheck reports'
            title = escape(self.first_path or "article") if count == 1 else f"{count} articles"
            self.stream.write(
                "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>newscheck: {title}</title><style>{CSS}</style></head>"
                f"<body><main>{nav}"
            )
            self.sections.seek(0)
            while chunk := self.sections.read(1 << 16):
                self.stream.write(chunk)
            self.stream.write(
                "</main>"
                f"<footer>newscheck {escape(__version__)}: a reading aid for editors; the scores "
                "explain themselves, they are not a verdict.</footer></body></html>\n"
            )
        self.sections.close()


def _overall_badge(report: Report) -> str:
    if not report.scores:
        return ""
    overall = report.scores["overall"]
    return f'<span class="{score_class(overall)}">{overall} {escape(report.scores["band"])}</span>'


def _report_section(report: Report, number: int) -> str:
    stats = report.stats
    prefix = f"r{number}"
    parts = [
        f'<section class="report" id="{prefix}">',
        f"<h1>{escape(report.path or '<stdin>')}</h1>",
        '<p class="stats">'
        + " · ".join(
            plural(stats.get(key, 0), noun)
            for key, noun in (("words", "word"), ("sentences", "sentence"), ("quotes", "quote"),
                              ("findings", "flag"))
        )
        + "</p>",
        '<div class="layout"><div>',
        "<h2>Article</h2>",
        _legend(),
        f'<div class="article">{highlighted_article(report, prefix)}</div>',
        "</div><div>",
        _scores(report, prefix),
        "</div></div>",
        _sources(report),
        _findings(report, prefix),
        "</section>",
    ]
    return "".join(parts)


def _legend() -> str:
    items = [
        f'<span><mark class="{name}">{escape(label)}</mark></span>' for name, label in CATEGORIES
    ]
    items.append('<span><span class="q">&ldquo;quoted voice&rdquo;</span></span>')
    items.append('<span><span class="q"><mark class="loaded_language">flag inside a quote'
                 "</mark></span></span>")
    return f'<div class="legend">{"".join(items)}</div>'


def _priority(finding: Finding) -> tuple[int, int]:
    return (finding.category == "subjectivity", SEVERITY_RANK.get(finding.severity, 3))


def highlighted_article(report: Report, prefix: str) -> str:
    """The whole text, escaped, with ``<mark>`` per flag and quoted voice in ``.q`` spans.

    One sweep over the sorted boundaries of findings and quotes: linear in their number.
    """
    text = report.text
    quotes = [(q.start, q.end) for q in report.quotes if q.kind != "indirect"]
    cuts = {0, len(text)}
    for start, end in quotes:
        cuts.update((start, end))
    for finding in report.findings:
        cuts.update((finding.start, finding.end))
    starts_at: dict[int, list[Finding]] = {}
    for finding in report.findings:
        starts_at.setdefault(finding.start, []).append(finding)
    quote_starts: dict[int, list[int]] = {}
    for start, end in quotes:
        quote_starts.setdefault(start, []).append(end)
    active: list[Finding] = []
    quote_ends: list[int] = []
    ordered = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[str] = []
    for left, right in zip(ordered, ordered[1:], strict=False):
        active = [f for f in active if f.end > left] + starts_at.get(left, [])
        quote_ends = [e for e in quote_ends if e > left] + quote_starts.get(left, [])
        piece = _LINE_BREAK.sub("\n<span class=gap></span>", escape(text[left:right]))
        covering = [f for f in active if f.start <= left and right <= f.end]
        if covering:
            best = min(covering, key=_priority)
            codes = ", ".join(sorted({f.rule for f in covering}))
            tip = "; ".join(f"{f.rule}: {f.message}" for f in covering)
            opening = [f"{prefix}-{f.id}" for f in covering if f.start == left]
            mark_id = f' id="{escape(opening[0])}"' if opening else ""
            anchors = "".join(f'<a id="{escape(a)}"></a>' for a in opening[1:])
            piece = (
                f'{anchors}<mark{mark_id} class="{best.category}" title="{escape(tip)}" '
                f'data-rules="{escape(codes)}">{piece}</mark>'
            )
        if quote_ends:
            piece = f'<span class="q">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _scores(report: Report, prefix: str) -> str:
    scores = report.scores
    if not scores:
        return "<h2>Scores</h2><p>Not scored.</p>"
    overall = scores["overall"]
    parts = [
        "<h2>Credibility breakdown</h2>",
        f'<div class="overall"><span class="num {score_class(overall)}">{overall}</span>'
        f'<span class="band {score_class(overall)}">{escape(scores["band"])}</span></div>',
    ]
    for name, dimension in scores["dimensions"].items():
        score = dimension["score"]
        css = score_class(score)
        parts.append(
            f'<div class="dim"><div class="head"><span>{escape(name)} '
            f"<small>weight {dimension['weight']:.0%}</small></span>"
            f'<span class="{css}">{score}</span></div>'
            f'<div class="bar"><span class="{css}" style="width:{score}%"></span></div>'
        )
        if dimension["reasons"]:
            parts.append('<ul class="reasons">')
            for reason in dimension["reasons"]:
                points = reason["points"]
                sign = f"&minus;{-points}" if points < 0 else f"+{points}" if points else "0"
                refs = "".join(
                    f'<a href="#{prefix}-{fid}">{escape(fid)}</a>' for fid in reason["findings"]
                )
                parts.append(
                    f'<li><span class="pts{" plus" if points > 0 else ""}">{sign}</span>'
                    f'<span>{escape(reason["message"])}'
                    f'{f" <span class=refs>{refs}</span>" if refs else ""}</span></li>'
                )
            parts.append("</ul>")
        parts.append("</div>")
    return "".join(parts)


def _sources(report: Report) -> str:
    quotes_by_id = {q.id: q for q in report.quotes}
    rows = []
    for source in report.sources:
        counts = Counter(quotes_by_id[q].kind for q in source.quotes if q in quotes_by_id)
        reason = (
            f'<br><small>why unnamed: &ldquo;{escape(source.anonymity_reason.text)}&rdquo;</small>'
            if source.anonymity_reason
            else ""
        )
        rows.append(
            f"<tr><td>{escape(source.name)}{reason}</td>"
            f'<td class="kind-{escape(source.kind)}">{escape(source.kind)}</td>'
            f"<td>{'yes' if source.identifiable else 'no'}</td>"
            + "".join(f'<td class="n">{counts.get(k, 0) or ""}</td>'
                      for k in ("direct", "partial", "indirect"))
            + f'<td class="n">{len(source.mentions)}</td></tr>'
        )
    unattributed = sum(1 for q in report.quotes if q.speaker is None)
    if unattributed:
        rows.append(
            f'<tr><td><em>no speaker</em></td><td class="kind-anonymous">unknown</td><td>no</td>'
            f'<td class="n" colspan="3">{unattributed}</td><td></td></tr>'
        )
    if not rows:
        return "<h2>Sources</h2><p>No sources identified.</p>"
    return (
        "<h2>Sources</h2><table><thead><tr><th>Source</th><th>Kind</th><th>Identifiable</th>"
        "<th>direct</th><th>partial</th><th>indirect</th><th>mentions</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _findings(report: Report, prefix: str) -> str:
    if not report.findings:
        return "<h2>Flags</h2><p>Nothing flagged.</p>"
    rows = "".join(
        f'<tr><td><a href="#{prefix}-{escape(f.id)}">{escape(f.rule)}</a></td>'
        f'<td><mark class="{escape(f.category)}">{escape(f.text)}</mark></td>'
        f"<td>{'reporter' if f.voice == 'author' else 'quoted'}</td>"
        f"<td>{escape(f.message)}</td></tr>"
        for f in report.findings
    )
    return (
        f"<h2>Flags</h2><details><summary>All {plural(len(report.findings), 'flag')}, in text order"
        "</summary><table><thead><tr>"
        "<th>Rule</th><th>Words</th><th>Voice</th><th>Why</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></details>"
    )
