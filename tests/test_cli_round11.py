"""Round-11 audit: what an editor, a developer and a CI gate tripped on, through the real commands
on realistic copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import FERRY, write
from typer.testing import CliRunner

from newscheck.cli import app

HARBOR = (
    "The harbor board on Tuesday delayed a vote on ferry fares.\n"
    "\n"
    "Critics said the delay was a shameful retreat from a promise made to commuters.\n"
)


pytestmark = pytest.mark.usefixtures("fresh_discovery")


# --- (a) an empty `select` in the configuration ---------------------------------------------------


def test_an_empty_configured_select_is_fine_when_the_command_line_replaces_it(
    runner: CliRunner,
) -> None:
    write(Path("pyproject.toml"), '[tool.newscheck]\nselect = []\n')
    write(Path("drafts/harbor.txt"), HARBOR)
    replaced = runner.invoke(app, ["lint", "drafts/harbor.txt", "--select", "A"])
    assert replaced.exit_code == 1, replaced.stderr
    assert replaced.stdout == (
        "drafts/harbor.txt:3:1: A201 [warning] 'Critics' credits the claim to an unspecified "
        "group: say who, or quote one of them.\n"
        "Found 1 problem (1 warning) in 1 file.\n"
    )
    analysed = runner.invoke(app, ["analyze", "drafts/harbor.txt", "-f", "json"])
    assert analysed.exit_code == 0, analysed.stderr  # analyze never reads `select`


def test_an_empty_configured_select_left_empty_is_still_refused_naming_the_file(
    runner: CliRunner,
) -> None:
    write(Path("pyproject.toml"), '[tool.newscheck]\nselect = []\n')
    write(Path("drafts/harbor.txt"), HARBOR)
    result = runner.invoke(app, ["lint", "drafts/harbor.txt"])
    assert result.exit_code == 2
    assert result.stderr == (
        "newscheck: error: pyproject.toml: [tool.newscheck] 'select' is empty: no rule would "
        'be reported ("ALL" selects every rule; --select replaces it)\n'
    )
    assert result.stdout == ""
    write(Path("ci/strict.toml"), "select = []\n")
    named = runner.invoke(app, ["lint", "drafts/harbor.txt", "--config", "ci/strict.toml"])
    assert named.exit_code == 2
    assert named.stderr.startswith("newscheck: error: ci/strict.toml: 'select' is empty")


# --- (b) lint --quiet -------------------------------------------------------------------------


def test_lint_quiet_prints_the_problems_and_errors_but_no_summary(runner: CliRunner) -> None:
    write(Path("drafts/harbor.txt"), HARBOR)
    write(Path("drafts/ferry.txt"), FERRY)
    result = runner.invoke(
        app, ["lint", "-q", "drafts/harbor.txt", "drafts/ferry.txt", "drafts/gone.txt"]
    )
    assert result.exit_code == 2  # the missing draft still decides the exit code
    assert result.stdout == (
        "drafts/harbor.txt:3:1: A201 [warning] 'Critics' credits the claim to an unspecified "
        "group: say who, or quote one of them.\n"
        "drafts/harbor.txt:3:30: L201 [info] 'shameful' (the source's claim, in reported "
        "speech): a moral judgement — describe the conduct\n"
    )
    assert result.stderr == "newscheck: error: drafts/gone.txt: no such file or directory\n"
    clean = runner.invoke(app, ["lint", "--quiet", "drafts/ferry.txt"])
    assert (clean.exit_code, clean.stdout) == (0, "")


# --- (c) stdin in SARIF and GitHub annotations ---------------------------------------------------

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas"
SARIF_SCHEMA = SCHEMAS / "sarif-schema-2.1.0.json"


def _sarif_locations(stdout: str) -> list[dict]:
    log = json.loads(stdout)
    if SARIF_SCHEMA.is_file():
        import jsonschema

        jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(
            log
        )
    return [
        result["locations"][0]["physicalLocation"]["artifactLocation"]
        for result in log["runs"][0]["results"]
    ]


def test_sarif_on_unnamed_stdin_says_it_is_standard_input_not_a_file_called_dash(
    runner: CliRunner,
) -> None:
    result = runner.invoke(app, ["lint", "-f", "sarif", "-"], input=HARBOR)
    assert result.exit_code == 1, result.stderr
    assert _sarif_locations(result.stdout) == [
        {"uri": "stdin", "description": {"text": "standard input (name it with --stdin-filename)"}}
    ] * 2


def test_sarif_on_named_stdin_points_at_the_draft_in_the_repository(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / ".git").mkdir()  # the source root
    result = runner.invoke(
        app, ["lint", "-f", "sarif", "--stdin-filename", "drafts/harbor.txt", "-"], input=HARBOR
    )
    assert _sarif_locations(result.stdout) == [
        {"uri": "drafts/harbor.txt", "uriBaseId": "%SRCROOT%"}
    ] * 2


def test_github_annotations_on_unnamed_stdin_name_no_file(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["lint", "-f", "github", "--select", "A", "--min-score", "90", "-"], input=HARBOR
    )
    assert result.exit_code == 1
    warning, score = result.stdout.splitlines()
    assert warning == (
        "::warning line=3,col=1,endLine=3,endColumn=8,title=A201 vague-attribution::'Critics' "
        "credits the claim to an unspecified group: say who, or quote one of them."
    )
    # the score itself is the scoring stage's business; the annotation names no file
    assert score.startswith("::error title=newscheck min-score::overall credibility score ")
    assert score.endswith(" is below the minimum 90")


# --- (d) the terminal report reuses the pipeline's blanked Markdown ------------------------------

HARBOR_MD = (
    "# Ferry fares\n"
    "\n"
    "[Critics](https://example.org/critics) said the delay was a *shameful* retreat.\n"
)


def test_the_terminal_report_shows_markdown_prose_from_the_pipeline_without_parsing_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from rich.console import Console

    import newscheck.reading
    from newscheck.pipeline import build_document, run_stages, to_report
    from newscheck.render.terminal import render_report

    document = build_document(HARBOR_MD, path="harbor.md")
    report = to_report(run_stages(document))
    report.analysis_text = document.analysis_text  # what the pipeline hands over (lead: Report)

    def parse_again(text: str, input_format: str) -> str:
        raise AssertionError("the Markdown was parsed a second time")

    monkeypatch.setattr(newscheck.reading, "analysable_text", parse_again)
    out = io.StringIO()
    render_report(report, Console(file=out, width=100, color_system=None, no_color=True))
    flagged = out.getvalue().split("Flagged sentences\n", 1)[1].splitlines()
    assert flagged[1].strip() == (
        "3 [Critics]A201 said the delay was a [shameful]L201 retreat."
    )


# --- the ten-second read: one numbering for the whole report -----------------------------------

CROSSING = (
    "Ferry crossing to close for repairs\n"
    "\n"
    "The Millbrook crossing will close for six weeks from March 3, the harbor board said on "
    "Tuesday. Critics said the closure was a shameful surprise for commuters.\n"
    "\n"
    "\u201cWe gave notice as soon as the survey came back,\u201d said board chair Angela "
    "Whitcombe.\n"
    "\n"
    "One dock worker, who asked not to be named, said the repairs were reportedly overdue by "
    "two years.\n"
)


def test_flagged_sentences_are_numbered_by_the_line_the_lists_and_lint_name(
    runner: CliRunner,
) -> None:
    path = write(Path("crossing.txt"), CROSSING)
    result = runner.invoke(app, ["analyze", path], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    report = result.stdout
    assert "  A201 'Critics'  vague, line 3" in report
    flagged = report.split("Flagged sentences\n", 1)[1].splitlines()
    # was '3 Critics said ...' and '5 One dock worker ...': sentence numbers, which sent an
    # editor reading 'line 3' in the list above to the headline's paragraph break
    assert flagged == [
        "  by line; [flagged words]CODE; quotations keep their quote marks",
        "3 [Critics]A201 said the closure was a [shameful]L201 surprise for commuters.",
        "7 [One dock worker]A101, who asked not to be named, said the repairs were "
        "[reportedly]H103 overdue by two years.",
    ]
    linted = runner.invoke(app, ["lint", path, "--select", "A201"])
    assert linted.stdout.startswith("crossing.txt:3:")


# --- the ten-second read: common modals and quantifiers do not push out 'reportedly' ----------

PARKING = (
    "Council weighs new parking rules\n"
    "\n"
    "Some residents of the Eastgate district could see parking fees double next year under a "
    "plan the city council will debate on Thursday.\n"
    "\n"
    "Several council members may support the plan, and many shop owners would welcome more "
    "turnover on the main street.\n"
    "\n"
    "Some drivers might switch to the bus, which could ease traffic on Harbor Road.\n"
    "\n"
    "Many commuters would face longer walks, and some might park on residential streets "
    "instead.\n"
    "\n"
    "The plan was reportedly drafted by a consultant who has worked for the parking operator, "
    "and it is believed the council's budget office has not reviewed it.\n"
)


def test_the_language_list_puts_reportedly_before_a_run_of_coulds_and_somes(
    runner: CliRunner,
) -> None:
    path = write(Path("parking.txt"), PARKING)
    result = runner.invoke(app, ["analyze", path], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    section = result.stdout.split("\nLanguage\n", 1)[1].split("\n\n", 1)[0].splitlines()
    # eight 'Some'/'could'-style flags came first by position and hid both under '+4 more'
    assert section[1:4] == [
        "  H103 'reportedly'  hedging, reporter's voice, line 11",
        "  H105 'it is believed'  hedging, reporter's voice, line 11",
        "  H104 'Some'  hedging, reporter's voice, line 3",
    ]
    assert section[-1] == "  +4 more, use --verbose"


# --- --help says what --stdin-filename does, in lint as in analyze ------------------------------


def test_lint_help_says_stdin_filename_also_picks_the_format_and_per_file_ignores(
    runner: CliRunner,
) -> None:
    help_text = " ".join(runner.invoke(app, ["lint", "--help"]).stdout.split())
    assert (
        "--stdin-filename NAME Name for stdin: shown in the output, sets the format (.md), finds "
        "the config and per-file ignores." in help_text
    )
    write(Path("pyproject.toml"), '[tool.newscheck.per-file-ignores]\n"opinion/*.md" = ["A2"]\n')
    piped = runner.invoke(
        app, ["lint", "-q", "--stdin-filename", "opinion/ferry.md", "-"],
        input="[Critics](https://example.org/critics) said the delay was a *shameful* retreat.\n",
    )
    assert piped.stdout == (
        "opinion/ferry.md:1:62: L201 [info] 'shameful' (the source's claim, in reported "
        "speech): a moral judgement — describe the conduct\n"
    )


# --- an unreadable stdin is named by --stdin-filename, as its report would be -------------------


def test_an_empty_buffer_piped_in_by_an_editor_is_named_by_its_stdin_filename(
    runner: CliRunner,
) -> None:
    # an editor integration pipes the buffer with --stdin-filename; the error said '<stdin>'
    for command in ("analyze", "lint"):
        result = runner.invoke(
            app, [command, "--stdin-filename", "drafts/harbor.md", "-"], input="  \n\n"
        )
        assert result.exit_code == 2
        assert result.stderr == (
            "newscheck: error: drafts/harbor.md: file is empty (only whitespace)\n"
        )
    unnamed = runner.invoke(app, ["analyze", "-"], input="")
    assert unnamed.stderr == "newscheck: error: <stdin>: file is empty\n"


# --- --verbose says why each flag is raised, as lint does ---------------------------------------


def test_verbose_lists_say_why_each_flag_is_raised_and_what_to_do(runner: CliRunner) -> None:
    path = write(Path("harbor.txt"), HARBOR)
    verbose = runner.invoke(app, ["analyze", path, "--verbose"], env={"COLUMNS": "120"})
    assert verbose.exit_code == 0, verbose.stderr
    sourcing = verbose.stdout.split("\nSourcing\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert sourcing[-2:] == [
        "  A201 'Critics'  vague, line 3",
        "       'Critics' credits the claim to an unspecified group: say who, or quote one of "
        "them.",
    ]
    brief = runner.invoke(app, ["analyze", path], env={"COLUMNS": "120"})
    assert brief.stdout.split("\nSourcing\n", 1)[1].split("\n\n", 1)[0].splitlines()[-1] == (
        "  A201 'Critics'  vague, line 3"
    )


# --- the summary of a failed input does not call a pattern or a folder a file -------------------


def test_lint_summary_counts_a_pattern_matching_nothing_as_an_input_not_a_file(
    runner: CliRunner,
) -> None:
    write(Path("drafts/ferry.txt"), FERRY)
    result = runner.invoke(app, ["lint", "drafts/ferry.txt", "wire/*.md"])
    assert result.exit_code == 2
    assert result.stderr == "newscheck: error: wire/*.md: no files match this pattern\n"
    assert result.stdout == "No problems found in 1 file. 1 input could not be linted.\n"


# --- the HTML page of several articles has a title a browser tab can show ----------------------


def test_the_html_page_of_several_articles_is_titled_by_their_number(runner: CliRunner) -> None:
    write(Path("drafts/harbor.txt"), HARBOR)
    write(Path("drafts/ferry.txt"), FERRY)
    page = runner.invoke(app, ["analyze", "drafts", "-f", "html"]).stdout
    assert "<title>newscheck: 2 articles</title>" in page  # was 'newscheck: newscheck reports'
    single = runner.invoke(app, ["analyze", "drafts/ferry.txt", "-f", "html"]).stdout
    assert "<title>newscheck: drafts/ferry.txt</title>" in single


# --- lint refuses an --output it cannot create before linting, not after -------------------------


def test_lint_output_in_a_missing_folder_fails_before_any_draft_is_analysed(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newscheck.batch

    write(Path("drafts/harbor.txt"), HARBOR)

    def analysed(*args: object, **kwargs: object) -> None:
        raise AssertionError("a draft was analysed before the output was found unwritable")

    monkeypatch.setattr(newscheck.batch, "analyse_task", analysed)
    result = runner.invoke(app, ["lint", "drafts", "-f", "sarif", "-o", "reports/lint.sarif"])
    assert result.exit_code == 2
    assert result.stderr == (
        "newscheck: error: reports/lint.sarif: cannot write: No such file or directory\n"
    )
