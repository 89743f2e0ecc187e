"""``newscheck lint``: positions, selection, suppressions, paths and exit codes.

Most tests run the real CLI (Typer's runner, in process) on real files with a stand-in analyser
(``lint_fakes``) so the findings are predictable; the last section runs the installed command on
the real pipeline.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lint_fakes import install_fake_analyser
from typer.testing import CliRunner

from newscheck.cli import app
from newscheck.config import Config, ConfigError
from newscheck.lint import (
    LineIndex,
    RuleSelection,
    apply_overrides,
    blank_suppression_comments,
    glob_to_regex,
    parse_suppressions,
    per_file_ignored,
)

REPO = Path(__file__).resolve().parent.parent


def run_lint(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, ["lint", *args], input=stdin)


# --- positions ---


def test_line_index_counts_crlf_and_lone_cr_as_one_break_each():
    text = "First line\r\nSecond line\rThird line\nFourth"
    lines = LineIndex(text)
    assert lines.position(text.index("Second")) == (2, 1)
    assert lines.position(text.index("Third")) == (3, 1)
    assert lines.position(text.index("line\nFourth")) == (3, 7)
    assert lines.position(text.index("Fourth")) == (4, 1)


def test_span_end_is_one_past_the_last_character_even_at_a_line_end():
    text = "Officials reportedly\r\nagreed."
    lines = LineIndex(text)
    start = text.index("reportedly")
    assert lines.span_position(start, start + len("reportedly")) == (1, 11, 1, 21)
    # a span running over the line break ends on the second line
    assert lines.span_position(start, text.index("agreed") + 6) == (1, 11, 2, 7)


# --- selection and severities ---


def test_most_specific_selector_wins_and_ties_go_to_ignore():
    selection = RuleSelection.from_config(
        Config(select=("ALL",), ignore=("L",), extend_select=("L101",))
    )
    assert selection.is_selected("L101")
    assert not selection.is_selected("L102")
    assert selection.is_selected("A201")
    assert not RuleSelection.from_config(Config(ignore=("ALL",))).is_selected("A101")
    assert not selection.is_selected("A201", extra_ignores=("A2",))


def test_severity_override_by_code_beats_prefix():
    selection = RuleSelection.from_config(
        Config(severity=(("A", "error"), ("A301", "warning")))
    )
    assert selection.severity_for("A301", "info") == "warning"
    assert selection.severity_for("A101", "warning") == "error"
    assert selection.severity_for("H101", "info") == "info"


def test_command_line_select_replaces_and_ignore_adds():
    config = apply_overrides(
        Config(select=("A",), ignore=("A3",)), select=["h1", "L"], ignore=["L2"]
    )
    assert config.select == ("H1", "L")
    assert config.ignore == ("A3", "L2")
    with pytest.raises(ConfigError, match="'Q7'"):
        apply_overrides(Config(), ignore=["Q7"])


def test_path_globs_cross_directories_only_with_double_star():
    assert glob_to_regex("drafts/**/*.md").match("drafts/a.md")
    assert glob_to_regex("drafts/**/*.md").match("drafts/2024/may/a.md")
    assert not glob_to_regex("drafts/**/*.md").match("drafts2/a.md")
    assert glob_to_regex("drafts/opinion/*.md").match("drafts/opinion/column.md")
    assert not glob_to_regex("drafts/opinion/*.md").match("drafts/opinion/old/column.md")
    assert glob_to_regex("wire-[0-9].txt").match("wire-7.txt")


def test_per_file_ignores_match_relative_to_the_config_file(tmp_path: Path):
    config = Config(
        per_file_ignores=(("drafts/opinion/*.md", ("L1",)), ("*.txt", ("H",))),
        source_path=str(tmp_path / "pyproject.toml"),
    )
    assert per_file_ignored(config, str(tmp_path / "drafts/opinion/column.md")) == ("L1",)
    assert per_file_ignored(config, str(tmp_path / "drafts/news/story.md")) == ()
    assert per_file_ignored(config, str(tmp_path / "wire/story.txt")) == ("H",)


# --- suppression comments ---


def test_blanking_keeps_length_and_line_breaks_and_other_comments():
    text = "Critics said so. <!-- newscheck: ignore A201 -->\r\n<!-- editor: check -->\n"
    blanked = blank_suppression_comments(text)
    assert len(blanked) == len(text)
    assert blanked == "Critics said so. " + " " * 31 + "\r\n<!-- editor: check -->\n"


def test_a_comment_alone_on_its_line_does_not_split_a_plain_text_paragraph():
    text = (
        "Officials said\n<!-- newscheck: ignore-next-line H1 -->\r\nthe vote could slip.\n"
        "\n<!-- newscheck: disable -->\n\nNext paragraph.\n"
    )
    blanked = blank_suppression_comments(text)
    assert blanked == (
        "Officials said\n" + " " * 41 + "the vote could slip.\n\n"
        + " " * 28 + "\nNext paragraph.\n"
    )
    markdown = blank_suppression_comments(text, "markdown")
    assert markdown == (
        "Officials said\n" + " " * 39 + "\r\nthe vote could slip.\n\n"
        + " " * 27 + "\n\nNext paragraph.\n"
    )


def test_every_suppression_form_is_read():
    text = (
        "Line one. <!-- newscheck: ignore A201, L1 -->\n"  # 1
        "<!-- newscheck: ignore-next-line H103 -->\n"  # 2
        "Line three.\n"  # 3
        "<!-- newscheck: disable L -->\n"  # 4
        "Line five.\n"  # 5
        "<!-- newscheck: enable L -->\n"  # 6
        "Line seven. <!-- newscheck: ignore -->\n"  # 7
        "<!-- newscheck: disable A3 -->\n"  # 8
        "Line nine.\n"
    )
    lines = LineIndex(text)
    found = parse_suppressions(text, lines)
    five = text.index("Line five")
    nine = text.index("Line nine")
    assert found.suppresses("A201", 1, 0) and found.suppresses("L104", 1, 0)
    assert not found.suppresses("A101", 1, 0)
    assert found.suppresses("H103", 3, text.index("Line three"))
    assert not found.suppresses("H103", 2, text.index("<!-- newscheck: ignore-next"))
    assert found.suppresses("L201", 5, five) and not found.suppresses("A201", 5, five)
    assert not found.suppresses("L101", 7 + 2, nine)  # the range closed at line 6
    assert found.suppresses("T101", 7, text.index("Line seven"))
    assert found.suppresses("A301", 9, nine)  # never re-enabled: runs to the end
    assert found.unknown == []


def test_unknown_codes_in_comments_are_reported_and_code_examples_ignored():
    text = (
        "Intro <!-- newscheck: ignore Z99 -->\n"
        "```\n<!-- newscheck: disable -->\n```\n"
        "Use `<!-- newscheck: ignore -->` to silence a line.\n"
    )
    lines = LineIndex(text)
    found = parse_suppressions(text, lines, "markdown")
    assert found.unknown == [(1, "Z99")]
    assert found.ranges == {} and found.by_line == {}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab é😀\r\n", max_size=60))
def test_every_offset_maps_to_a_line_and_column_and_back(text):
    lines = LineIndex(text)
    rows = re.split(r"\r\n|\r|\n", text)
    for offset in range(len(text) + 1):
        line, column = lines.position(offset)
        assert lines.line_starts[line - 1] + column - 1 == offset
        if offset < len(text) and text[offset] not in "\r\n":
            assert rows[line - 1][column - 1] == text[offset]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Critics said. ", "<!-- newscheck: ignore A2 -->", "<!-- newscheck: disable -->",
    "<!-- newscheck: enable -->", "<!-- newscheck: ignore-next-line L1, H -->", "\r\n", "\n",
    "`", "```\n", "<!-- other -->", "<!-- newscheck: ignore", "-->",
]), max_size=30))
def test_blanking_preserves_length_and_line_structure(pieces):
    text = "".join(pieces)
    blanked = blank_suppression_comments(text)
    assert len(blanked) == len(text)
    assert all(new == old or new == " " for new, old in zip(blanked, text, strict=True))
    assert "newscheck: ignore A2 -->" not in blanked
    parse_suppressions(text, LineIndex(text), "markdown")  # never raises


def test_pathological_suppression_input_stays_fast():
    unclosed = "<!-- newscheck: ignore A" * 40_000
    many_on_one_line = "`x` <!-- newscheck: disable L1 --> <!-- newscheck: enable -->" * 20_000
    started = time.process_time()
    for text in (unclosed, many_on_one_line):
        blank_suppression_comments(text)
        found = parse_suppressions(text, LineIndex(text), "markdown")
    assert len(found.ranges["L1"]) == 20_000
    assert found.suppresses("L101", 1, len(many_on_one_line) - 40) is False
    assert time.process_time() - started < 10  # linear: well under a second on a laptop


# --- the command: text format and exit codes ---

MARKDOWN_DRAFT = """---
title: Harbour plan "slammed" by residents
---

# Harbour plan approved

In a *startling revelation*, the council said on Tuesday that the harbour plan
would cost **£4.2 million** more than forecast.

```text
Critics reportedly slammed the plan.
```

Critics say the `slammed` code sample and [the report](https://example.org/slammed) were late.
"""


@pytest.fixture
def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "harbour.md"
    path.write_text(MARKDOWN_DRAFT, encoding="utf-8")
    return path


def test_text_format_lists_problems_then_a_summary(draft: Path, monkeypatch):
    install_fake_analyser(monkeypatch)
    result = run_lint("harbour.md")
    assert result.exit_code == 1
    assert result.stdout == (
        "harbour.md:7:7: L101 [warning] 'startling revelation': emotive-language\n"
        "harbour.md:14:1: A201 [warning] 'Critics': vague-attribution\n"
        "Found 2 problems (2 warnings) in 1 file.\n"
    )


def test_json_positions_point_at_the_words_in_the_original_markdown(draft: Path, monkeypatch):
    install_fake_analyser(monkeypatch)
    result = run_lint("harbour.md", "--format", "json")
    diagnostics = json.loads(result.stdout)
    lines = MARKDOWN_DRAFT.splitlines()
    for item in diagnostics:
        assert item["line"] == item["end_line"]
        line = lines[item["line"] - 1]
        assert line[item["column"] - 1 : item["end_column"] - 1] == item["text"]
    assert [(d["code"], d["line"], d["column"], d["end_column"]) for d in diagnostics] == [
        ("L101", 7, 7, 27),
        ("A201", 14, 1, 8),
    ]
    assert diagnostics[0] == {
        "path": "harbour.md", "line": 7, "column": 7, "end_line": 7, "end_column": 27,
        "code": "L101", "name": "emotive-language", "category": "loaded_language",
        "severity": "warning", "message": "'startling revelation': emotive-language",
        "text": "startling revelation",
    }


def test_crlf_file_positions_count_characters_not_bytes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    install_fake_analyser(monkeypatch)
    Path("wire.txt").write_bytes(
        "Zürich — Talks resumed.\r\nOfficials reportedly agreed.\r\n".encode()
    )
    result = run_lint("wire.txt", "-f", "json", "--fail-on", "info")
    assert result.exit_code == 1
    (item,) = json.loads(result.stdout)
    assert (item["line"], item["column"], item["end_column"], item["text"]) == (
        2, 11, 21, "reportedly"
    )


@pytest.mark.parametrize(
    ("flags", "exit_code"),
    [
        ((), 1),
        (("--fail-on", "error"), 0),
        (("--exit-zero",), 0),
        (("--select", "H"), 0),
        (("--select", "H", "--fail-on", "info"), 1),
        (("--ignore", "A2,L"), 0),
        (("--select", "A3", "--extend-select", "A201"), 1),
    ],
)
def test_exit_codes_follow_fail_on_and_selection(draft, monkeypatch, flags, exit_code):
    draft.write_text("Critics said the plan was reportedly late.\n", encoding="utf-8")
    install_fake_analyser(monkeypatch)
    assert run_lint("harbour.md", *flags).exit_code == exit_code


def test_unknown_selector_is_a_usage_error_naming_it(draft, monkeypatch):
    install_fake_analyser(monkeypatch)
    result = run_lint("harbour.md", "--select", "A,Q12")
    assert result.exit_code == 2
    assert result.stderr == "newscheck: error: --select: unknown rule code or prefix 'Q12'\n"


def test_min_score_fails_a_file_and_names_it(draft, monkeypatch):
    draft.write_text("The council met on Tuesday.\n", encoding="utf-8")
    install_fake_analyser(monkeypatch, score=41)
    result = run_lint("harbour.md", "--min-score", "60")
    assert result.exit_code == 1
    assert "harbour.md: overall credibility score 41 is below the minimum 60" in result.stdout
    assert run_lint("harbour.md", "--min-score", "40").exit_code == 0
    json_run = run_lint("harbour.md", "--min-score", "60", "-f", "json")
    assert json_run.exit_code == 1 and json.loads(json_run.stdout) == []
    assert "overall credibility score 41 is below the minimum 60" in json_run.stderr


def test_missing_file_and_empty_glob_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    install_fake_analyser(monkeypatch)
    result = run_lint("missing.md", "drafts/**/*.md")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "newscheck: error: missing.md: no such file or directory",
        "newscheck: error: drafts/**/*.md: no files match this pattern",
    ]


def test_directories_globs_and_stdin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fake = install_fake_analyser(monkeypatch)
    (tmp_path / "drafts/2024").mkdir(parents=True)
    (tmp_path / "drafts/.trash").mkdir()
    Path("drafts/a.md").write_text("Critics objected.\n", encoding="utf-8")
    Path("drafts/2024/b.markdown").write_text("Critics objected.\n", encoding="utf-8")
    Path("drafts/2024/c.text").write_text("Critics objected.\n", encoding="utf-8")
    Path("drafts/2024/photo.jpg").write_bytes(b"\xff\xd8\xff")
    Path("drafts/.trash/old.md").write_text("Critics objected.\n", encoding="utf-8")

    walked = run_lint("drafts", "-f", "json")
    assert sorted(d["path"] for d in json.loads(walked.stdout)) == [
        "drafts/2024/b.markdown", "drafts/2024/c.text", "drafts/a.md",
    ]
    globbed = run_lint("drafts/**/*.md", "-f", "json")
    assert [d["path"] for d in json.loads(globbed.stdout)] == ["drafts/a.md"]

    piped = run_lint("-", "--stdin-filename", "desk/story.md", stdin="Critics *objected*.\n")
    assert piped.stdout.splitlines()[0] == (
        "desk/story.md:1:1: A201 [warning] 'Critics': vague-attribution"
    )
    assert fake.calls[-1][1] == "desk/story.md"
    bare = run_lint("-", stdin="Critics objected.\n")
    assert bare.stdout.startswith("-:1:1: A201")


def test_statistics_counts_per_code(draft, monkeypatch):
    draft.write_text("Critics said. Critics wrote. It reportedly fell.\n", encoding="utf-8")
    install_fake_analyser(monkeypatch)
    result = run_lint("harbour.md", "--statistics")
    assert result.stdout == (
        "2  A201  warning  vague-attribution\n"
        "1  H103  info     hedge-adverb\n"
        "Found 3 problems (2 warnings, 1 info) in 1 file.\n"
    )


# --- suppressions end to end ---


def test_suppression_comments_in_a_text_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fake = install_fake_analyser(monkeypatch)
    Path("story.txt").write_text(
        "Critics said the plan failed. <!-- newscheck: ignore A201 -->\n"
        "<!-- newscheck: ignore-next-line L1 -->\n"
        "In a startling revelation, Critics spoke.\n"
        "<!-- newscheck: disable -->\n"
        "Critics were reportedly slammed.\n"
        "<!-- newscheck: enable -->\n"
        "Critics returned.\n",
        encoding="utf-8",
    )
    result = run_lint("story.txt", "--fail-on", "info")
    assert result.stdout.splitlines() == [
        "story.txt:3:28: A201 [warning] 'Critics': vague-attribution",
        "story.txt:7:1: A201 [warning] 'Critics': vague-attribution",
        "Found 2 problems (2 warnings) in 1 file.",
    ]
    analysed_text = fake.calls[0][0]
    assert "newscheck:" not in analysed_text
    assert len(analysed_text) == len(Path("story.txt").read_text(encoding="utf-8"))


def test_suppression_comments_in_markdown_by_prefix(draft, monkeypatch):
    draft.write_text(
        "<!-- newscheck: ignore-next-line L -->\n"
        "In a *startling revelation*, Critics said.\n",
        encoding="utf-8",
    )
    install_fake_analyser(monkeypatch)
    assert run_lint("harbour.md").stdout.splitlines()[0] == (
        "harbour.md:2:30: A201 [warning] 'Critics': vague-attribution"
    )


def test_per_file_ignores_and_severity_from_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    install_fake_analyser(monkeypatch)
    Path("pyproject.toml").write_text(
        '[tool.newscheck]\nfail-on = "warning"\n'
        '[tool.newscheck.severity]\nA301 = "warning"\n'
        '[tool.newscheck.per-file-ignores]\n"drafts/opinion/*.md" = ["L1"]\n',
        encoding="utf-8",
    )
    Path("drafts/opinion").mkdir(parents=True)
    text = "In a startling revelation, the Axios portal reported talks.\n"
    Path("drafts/opinion/column.md").write_text(text, encoding="utf-8")
    Path("drafts/news.md").write_text(text, encoding="utf-8")
    result = run_lint("drafts", "-f", "json")
    assert [(d["path"], d["code"], d["severity"]) for d in json.loads(result.stdout)] == [
        ("drafts/news.md", "L101", "warning"),
        ("drafts/news.md", "A301", "warning"),
        ("drafts/opinion/column.md", "A301", "warning"),
    ]
    assert result.exit_code == 1


def test_undecodable_input_is_exit_2_with_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    install_fake_analyser(monkeypatch)
    Path("blob.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary \x00" * 50)
    Path("ok.txt").write_text("Critics spoke.\n", encoding="utf-8")
    result = run_lint("blob.txt", "ok.txt")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("newscheck: error: blob.txt")
    assert "ok.txt:1:1: A201" in result.stdout


def test_a_crash_in_analysis_is_exit_2_not_a_lint_failure(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fake = install_fake_analyser(monkeypatch)

    def analyse_or_crash(text, **kwargs):
        if "Zebra" in text:
            raise RecursionError("stage gave up")
        return fake(text, **kwargs)

    monkeypatch.setattr("newscheck.analyze_text", analyse_or_crash)
    Path("bad.txt").write_text("Zebra crossing plans.\n", encoding="utf-8")
    Path("good.txt").write_text("Critics spoke.\n", encoding="utf-8")
    result = run_lint("bad.txt", "good.txt")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "newscheck: error: bad.txt: analysis failed (RecursionError: stage gave up)"
    )
    assert result.stdout.startswith("good.txt:1:1: A201")


def test_report_written_to_output_file_or_exit_2(draft, monkeypatch):
    install_fake_analyser(monkeypatch)
    assert run_lint("harbour.md", "-f", "json", "-o", "out.json").exit_code == 1
    written = json.loads(Path("out.json").read_text(encoding="utf-8"))
    assert [d["code"] for d in written] == ["L101", "A201"]
    failed = run_lint("harbour.md", "-o", "no/such/dir/out.txt")
    assert failed.exit_code == 2
    assert failed.stderr == (
        "newscheck: error: no/such/dir/out.txt: cannot write: No such file or directory\n"
    )


# --- the installed command on the real pipeline ---


def newscheck_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "newscheck", "lint", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )


FERRY_DRAFT = """---
title: "Ferry contract: a devastating blow?"
tags: [transport]
---

# Ferry contract goes to Norvik Lines

In a *startling revelation*, the island council said on Friday that its new ferry contract
costs **£3.1 million** more than the old one.

Critics say the council ignored cheaper bids. "We asked for the tender documents three \
times," said Ines Barra, who runs the island's freight cooperative.

```text
The devastating collapse was a startling revelation, critics say.
```

The council published the [bid scores](https://example.org/devastating-bids) and the
`devastating_flag` setting on Thursday. <!-- devastating, slammed: editor's note -->
"""


@pytest.fixture
def ferry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The draft in a fresh directory, which is the current one (real analysis, in process)."""
    from newscheck.config import clear_discovery_cache

    (tmp_path / "ferry.md").write_text(FERRY_DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    clear_discovery_cache()
    return tmp_path


def test_real_pipeline_positions_on_a_markdown_draft_in_every_format(ferry: Path):
    """Loaded words in front matter, code, URLs, inline code and comments are never reported."""
    selected = ("--select", "L1,A2")
    as_json = json.loads(run_lint("ferry.md", "-f", "json", *selected).stdout)
    assert [(d["code"], d["line"], d["column"], d["end_line"], d["end_column"], d["text"])
            for d in as_json] == [
        ("L101", 8, 7, 8, 27, "startling revelation"),
        ("A201", 11, 1, 11, 8, "Critics"),
    ]

    as_text = run_lint("ferry.md", *selected)
    assert as_text.exit_code == 1
    assert [line.split(" ")[0:2] for line in as_text.stdout.splitlines()] == [
        ["ferry.md:8:7:", "L101"], ["ferry.md:11:1:", "A201"], ["Found", "2"],
    ]

    as_github = run_lint("ferry.md", "-f", "github", *selected)
    assert [line.split("::")[1] for line in as_github.stdout.splitlines()] == [
        "warning file=ferry.md,line=8,col=7,endLine=8,endColumn=27,title=L101 emotive-language",
        "warning file=ferry.md,line=11,col=1,endLine=11,endColumn=8,title=A201 vague-attribution",
    ]

    as_sarif = json.loads(run_lint("ferry.md", "-f", "sarif", *selected).stdout)
    regions = [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"])
        for r in as_sarif["runs"][0]["results"]
    ]
    assert regions == [
        ("L101", {"startLine": 8, "startColumn": 7, "endLine": 8, "endColumn": 27,
                  "snippet": {"text": "startling revelation"}}),
        ("A201", {"startLine": 11, "startColumn": 1, "endLine": 11, "endColumn": 8,
                  "snippet": {"text": "Critics"}}),
    ]


def test_real_pipeline_honours_suppressions_and_config(ferry: Path):
    draft = ferry / "ferry.md"
    comment = "<!-- newscheck: ignore-next-line A2 -->"
    draft.write_text(
        FERRY_DRAFT.replace("\nCritics say", f"\n{comment}\nCritics say"), encoding="utf-8"
    )
    (ferry / ".newscheck.toml").write_text(
        'select = ["L1", "A2"]\n[severity]\nL101 = "info"\n', encoding="utf-8"
    )
    result = run_lint("ferry.md")
    assert result.stdout.splitlines()[1:] == ["Found 1 problem (1 info) in 1 file."]
    assert result.exit_code == 0


CLEAN_DRAFT = """# Library opens late on Thursdays from March

The Eastfield public library will stay open until 9 p.m. on Thursdays from 6 March, the
library's manager, Ruth Okonjo, said on Monday.

"Most of the people who asked for later hours work until six," Okonjo said. "This gives
them three hours after work."

The change costs £18,000 a year, according to the council's budget papers, and is paid for by
closing the reading room on Sunday mornings, when it had an average of 11 visitors.
"""


def test_clean_well_sourced_draft_passes_with_defaults(tmp_path):
    (tmp_path / "library.md").write_text(CLEAN_DRAFT, encoding="utf-8")
    result = newscheck_cli("library.md", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.splitlines()[-1]
    assert summary == "No problems found in 1 file." or re.fullmatch(
        r"Found \d+ problems? \(\d+ info\) in 1 file\.", summary
    )


def test_shipped_well_sourced_sample_passes_with_defaults(monkeypatch):
    sample = REPO / "samples" / "well-sourced.txt"
    if not sample.is_file():
        pytest.skip("samples/well-sourced.txt is not present")
    monkeypatch.chdir(REPO)
    result = run_lint("samples/well-sourced.txt")
    assert result.exit_code == 0, result.stdout + result.stderr


# --- packaging ---


def test_pre_commit_hook_runs_lint_on_markdown_and_text():
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: newscheck\n" in hooks
    assert "  entry: newscheck lint\n" in hooks
    assert "  language: python\n" in hooks
    assert "  types_or: [markdown, plain-text]\n" in hooks


def test_registering_lint_imports_nothing_heavy():
    code = (
        "import sys, newscheck.cli, newscheck.cli_lint; "
        "heavy = [m for m in ('nltk', 'textblob', 'newscheck.lint', 'newscheck.pipeline') "
        "if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
