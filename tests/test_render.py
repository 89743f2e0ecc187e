"""The terminal and HTML reports on hand-built reports: what is shown, capped, escaped, fitted."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from rich.console import Console
from test_scoring import add_quote, documents, flag, make_document, rumour_document

from newscheck.pipeline import to_report
from newscheck.render.html import render_html
from newscheck.render.terminal import render_report
from newscheck.report import Report
from newscheck.stages.scoring import run


def rumour_report() -> Report:
    document = rumour_document()
    document.path = "rumour.txt"
    run(document)
    return to_report(document)


def plain_output(report: Report, *, verbose: bool = False, width: int = 80) -> str:
    console = Console(width=width, color_system=None, record=True, file=io.StringIO())
    render_report(report, console, verbose=verbose)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


def test_terminal_report_sections_and_exact_flag_lines() -> None:
    output = plain_output(rumour_report())
    lines = output.splitlines()
    assert lines[0] == "rumour.txt  67 words · 6 sentences · 4 quotes · 12 flags"
    assert lines[1].startswith("╭─  Credibility 39/100 poor  ─")
    assert "│ sourcing     ░░░░░░░░░░░░░░░░░░░░   0   weight 35%" in output
    assert "│ language     ███████████████░░░░░  76   weight 25%" in output
    assert "│    −60       3 of 5 attributed claims rest on anonymous sources" in output
    for heading in ("Who is quoted", "Sourcing", "Language", "Flagged sentences"):
        assert heading in lines
    assert "  A101 'one senior official'  anonymous, line 1" in lines
    assert "  A301 'the Daily Courier reported'  second-hand, line 1" in lines
    assert "  L202 'lost control'  name calling, source's words, line 1" in lines
    assert "  7 flags: 5 in the reporter's voice, 2 in sources' words (quoted or reported)" in lines


def test_plain_output_marks_flagged_words_with_codes() -> None:
    lines = plain_output(rumour_report()).splitlines()
    # numbered by line, as the lists number them: the whole story is line 1
    assert '1 "He has [lost control]L202 of his own cabinet," [one senior official]A101' in lines
    assert "1 [Critics]A201 say the plan was [doomed]L104 from the start." in lines


def test_reporter_voice_flags_are_listed_before_quoted_ones() -> None:
    lines = plain_output(rumour_report()).splitlines()
    language = lines[lines.index("Language") + 2 :]
    codes = [line.split()[0] for line in language[:7]]
    # a modal ('could', H101) after the hedges that distance the copy from a claim (round 11)
    assert codes == ["L101", "L104", "H105", "H103", "H101", "L202", "L201"]


def test_fits_80_columns() -> None:
    for line in plain_output(rumour_report(), verbose=True).splitlines():
        assert len(line) <= 80, line


def test_default_caps_lists_and_verbose_shows_everything() -> None:
    text = " ".join(f"The {n}th aide said the deal was shocking." for n in range(1, 13))
    document = make_document(text)
    for nth in range(12):
        flag(document, "L101", "shocking", nth)
    run(document)
    report = to_report(document)
    short = plain_output(report)
    assert "  +4 more, use --verbose" in short.splitlines()
    assert "  +6 more, use --verbose" in short.splitlines()  # flagged sentences: 6 shown
    full = plain_output(report, verbose=True)
    assert "more, use --verbose" not in full
    assert full.count("L101 'shocking'") == 12


def test_article_text_cannot_inject_markup_or_escape_sequences() -> None:
    text = "The [bold red]mayor[/] said \x1b[2J\x1b]0;pwned\x07it was a shocking plan."
    document = make_document(text)
    flag(document, "L101", "shocking")
    run(document)
    console = Console(width=80, force_terminal=True, color_system="standard", record=True,
                      file=io.StringIO())
    render_report(to_report(document), console)
    output = console.export_text()
    assert "The [bold red]mayor[/] said it was a shocking plan." in output
    assert "\x1b" not in output and "pwned" not in output


def test_colour_output_dims_quoted_voice_and_colours_categories() -> None:
    console = Console(width=80, force_terminal=True, color_system="standard", record=True,
                      file=io.StringIO())
    render_report(rumour_report(), console)
    styled = console.export_text(styles=True)
    # italic+dim quotation, bold red anonymous speaker
    assert re.search(r"\x1b\[2;3m\"Nobody believes the numbers any more,\"", styled)
    assert "\x1b[1;31manother insider\x1b[0m" in styled
    assert "[another insider]A101" not in styled


def test_no_color_still_marks_flags() -> None:
    console = Console(width=80, force_terminal=True, no_color=True, record=True,
                      file=io.StringIO())
    render_report(rumour_report(), console)
    assert "[another insider]A101" in console.export_text()


def test_who_is_quoted_counts_quote_kinds_per_speaker() -> None:
    text = (
        '"We will appeal," said Ana Ruiz, the mayor. Ruiz said the ruling was "deeply '
        'flawed". She said the council would meet on Monday.'
    )
    document = make_document(text)
    add_quote(document, '"We will appeal,"', "Ana Ruiz", "person")
    add_quote(document, '"deeply flawed"', "Ruiz", "person", "Ana Ruiz", quote_kind="partial")
    add_quote(document, "the council would meet on Monday", "She", "person", "Ana Ruiz",
              quote_kind="indirect")
    run(document)
    lines = plain_output(to_report(document)).splitlines()
    header = lines.index("Who is quoted")
    assert lines[header + 1].split() == ["Source", "Kind", "direct", "partial", "indirect"]
    assert lines[header + 2].split() == ["Ana", "Ruiz", "person", "1", "1", "1"]


def visible_text(page: str) -> str:
    from html.parser import HTMLParser

    class ArticleText(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = 0
            self.parts: list[str] = []

        def handle_starttag(self, tag: str, attrs: list) -> None:
            if self.depth:
                self.depth += tag not in ("a",)
            elif tag == "div" and ("class", "article") in attrs:
                self.depth = 1

        def handle_endtag(self, tag: str) -> None:
            if self.depth and tag != "a":
                self.depth -= 1

        def handle_data(self, data: str) -> None:
            if self.depth:
                self.parts.append(data)

    parser = ArticleText()
    parser.feed(page)
    return "".join(parser.parts)


def test_html_article_round_trips_exactly_and_is_escaped() -> None:
    text = (
        "The <script>alert(1)</script> mayor & council said \"it's shocking\" & wrong.\n\n"
        "Critics say <b>nothing</b> changed."
    )
    document = make_document(text)
    add_quote(document, "\"it's shocking\"", "mayor & council", "organization")
    flag(document, "L201", "shocking")
    flag(document, "A201", "Critics")
    run(document)
    page = render_html([to_report(document)])
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert visible_text(page) == text


def test_html_marks_categories_and_quoted_voice() -> None:
    page = render_html([rumour_report()])
    assert '<mark id="r1-f4" class="anonymous_source"' in page
    assert '>one senior official</mark>' in page
    assert re.search(r'<span class="q"><mark id="r1-f3" class="loaded_language"[^>]*>'
                     r"lost control</mark></span>", page)
    assert '<span class="q">&quot;Nobody believes the numbers any more,&quot;</span>' in page
    # every reason's finding ids link to an anchor in the article
    for fid in re.findall(r'href="#(r1-f\d+)"', page):
        assert f'id="{fid}"' in page


def test_html_is_self_contained() -> None:
    page = render_html([rumour_report(), rumour_report()])
    assert "<link" not in page and "src=" not in page and "@import" not in page
    assert "http://" not in page and "https://" not in page
    assert page.count('<section class="report"') == 2
    assert '<a href="#r2">rumour.txt</a>' in page


def test_html_score_breakdown_and_source_table() -> None:
    page = render_html([rumour_report()])
    assert '<span class="num poor">39</span><span class="band poor">poor</span>' in page
    assert '<span class="fair">76</span></div><div class="bar"><span class="fair" ' in page
    assert "3 of 5 attributed claims rest on anonymous sources" in page
    assert ('<tr><td>one senior official</td><td class="kind-anonymous">anonymous</td>'
            "<td>no</td>") in page


def test_capped_reasons_still_shown_with_zero_points() -> None:
    lines = plain_output(rumour_report()).splitlines()
    assert "│      0       2 quotes from unnamed sources carry loaded words: 'lost" in [
        line.rstrip(" │") for line in lines
    ]


def test_reasons_shown_biggest_deduction_first() -> None:
    lines = plain_output(rumour_report()).splitlines()
    sixty = lines.index(
        "│    −60       3 of 5 attributed claims rest on anonymous sources              │"
    )
    forty = lines.index(
        "│    −40       no identifiable first-hand source in a 67-word story            │"
    )
    assert lines[2].startswith("│ sourcing ") and sixty == 3 and forty == 4


@settings(max_examples=60, deadline=None)
@given(documents())
def test_any_report_renders_exactly_within_80_columns(document) -> None:
    run(document)
    report = to_report(document)
    assert visible_text(render_html([report])) == report.text
    for line in plain_output(report, verbose=True).splitlines():
        assert len(line) <= 80


def test_sourcing_section_states_the_stage_shares() -> None:
    document = rumour_document()
    document.summary["sourcing"] = {
        "anonymous_or_vague_quote_share": 0.75,
        "top_source": "s1",
        "top_source_quote_share": 0.25,
        "outlet_attribution_share": 0.2,
    }
    run(document)
    lines = plain_output(to_report(document)).splitlines()
    start = lines.index("Sourcing")
    assert lines[start + 1 : start + 3] == [
        "  4 sources: 1 outlet, 2 anonymous, 1 vague; 1 identifiable",
        "  75% of quotes from anonymous or vague sources; 25% from the most quoted (one",
    ]
    assert lines[start + 3] == "  senior official); 20% of credits to other outlets"
