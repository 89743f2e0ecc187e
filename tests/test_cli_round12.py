"""Round-12 audit: lint that streams (memory bounded however many drafts), and what an editor, a
developer and a CI gate tripped on, through the real commands on realistic copy."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cli_helpers import write
from typer.testing import CliRunner

from newscheck.cli import app

BRIDGE = (
    "The county on Thursday closed the Mill Street bridge after inspectors found cracked steel "
    "beams.\n"
    "\n"
    "Critics said the closure was a disgraceful failure by a board that ignored warnings for "
    "years.\n"
)
CLINIC = (
    "The rural clinic in Alder Falls will stay open through the winter, the health department "
    "said on Monday.\n"
    "\n"
    "Officials reportedly considered closing it in October.\n"
)

pytestmark = pytest.mark.usefixtures("fresh_discovery")


# --- (a) lint streams: each draft's problems are out before the next draft is read -------------


def _stdout_so_far() -> str:
    sys.stdout.flush()
    return sys.stdout.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


@pytest.fixture
def output_at_each_analysis(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What lint had written to stdout when each draft's analysis began (``--jobs 1``)."""
    import newscheck

    real = newscheck.analyze_text
    seen: list[str] = []

    def spy(text: str, **options: object):  # noqa: ANN202
        seen.append(_stdout_so_far())
        return real(text, **options)

    monkeypatch.setattr(newscheck, "analyze_text", spy)
    return seen


@pytest.mark.parametrize(
    ("output_format", "first_draft_line"),
    [
        ("text", "drafts/bridge.txt:3:1: A201 [warning] 'Critics' credits the claim to an "
                 "unspecified group: say who, or quote one of them.\n"),
        ("github", "::warning file=drafts/bridge.txt,line=3,col=1,endLine=3,endColumn=8,"
                   "title=A201 vague-attribution::'Critics' credits the claim to an unspecified "
                   "group: say who, or quote one of them.\n"),
        ("json", '[\n  {\n    "path": "drafts/bridge.txt",\n'),
    ],
    ids=["text", "github", "json"],
)
def test_lint_writes_each_drafts_problems_before_reading_the_next(
    runner: CliRunner, output_at_each_analysis: list[str], output_format: str,
    first_draft_line: str,
) -> None:
    write(Path("drafts/bridge.txt"), BRIDGE)
    write(Path("drafts/clinic.txt"), CLINIC)
    result = runner.invoke(
        app, ["lint", "drafts/bridge.txt", "drafts/clinic.txt", "-f", output_format, "-j", "1"]
    )
    assert result.exit_code == 1, result.stderr
    assert len(output_at_each_analysis) == 2
    assert output_at_each_analysis[0] == ""
    # was "": every draft was read and analysed before the first line was written
    assert output_at_each_analysis[1].startswith(first_draft_line)
    assert "clinic.txt" not in output_at_each_analysis[1]
    assert "drafts/clinic.txt" in result.stdout


def test_lint_reads_the_drafts_in_the_worker_not_in_the_parent(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent hands the workers paths; it never holds a draft's text."""
    import newscheck.batch

    write(Path("drafts/bridge.txt"), BRIDGE)
    write(Path("drafts/clinic.txt"), CLINIC)
    tasks: list[newscheck.batch.Task] = []
    real = newscheck.batch.lint_task

    def recorded(task: newscheck.batch.Task, render: object = None) -> newscheck.batch.Outcome:
        tasks.append(task)
        return real(task, None)

    monkeypatch.setattr(newscheck.batch, "lint_task", recorded)
    result = runner.invoke(app, ["lint", "drafts", "-j", "1", "--select", "A"])
    assert result.exit_code == 1, result.stderr
    assert [(t.label, t.path, t.source) for t in tasks] == [
        ("drafts/bridge.txt", "drafts/bridge.txt", None),
        ("drafts/clinic.txt", "drafts/clinic.txt", None),
    ]
    assert result.stdout.splitlines()[-1] == "Found 2 problems (2 warnings) in 2 files."


def test_streamed_sarif_is_the_log_build_sarif_describes_with_unregistered_codes(
    tmp_path: Path,
) -> None:
    """The streamed SARIF (results spooled, rules first) equals the dict built in one go, with a
    code missing from the registry in the second file getting its own rule and index."""
    from newscheck.lint import Diagnostic, FileResult
    from newscheck.render.sarif import build_sarif, render_sarif

    def diagnostic(path: str, code: str, words: str, line: int) -> Diagnostic:
        return Diagnostic(
            path=path, line=line, column=1, end_line=line, end_column=len(words) + 1, code=code,
            name="", category="loaded_language", severity="warning",
            message=f"'{words}' is flagged", text=words, start=0, end=len(words),
        )

    results = [
        FileResult("drafts/bridge.txt", [diagnostic("drafts/bridge.txt", "L101", "slammed", 3)]),
        FileResult("drafts/clinic.txt", [
            diagnostic("drafts/clinic.txt", "X901", "house style", 1),
            diagnostic("drafts/clinic.txt", "L101", "slammed", 2),
            diagnostic("drafts/clinic.txt", "X901", "house style", 4),
        ]),
    ]
    streamed = json.loads(render_sarif(results, version="1.0", root=tmp_path, errors=["x: gone"]))
    assert streamed == build_sarif(results, version="1.0", root=tmp_path, errors=["x: gone"])
    run = streamed["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [(r["ruleId"], rules[r["ruleIndex"]]["id"]) for r in run["results"]] == [
        ("L101", "L101"), ("X901", "X901"), ("L101", "L101"), ("X901", "X901"),
    ]
    assert rules[-1]["shortDescription"] == {"text": "'house style' is flagged"}
    assert run["invocations"][0]["executionSuccessful"] is False


# --- (b) analyze --jobs N renders the terminal report in the workers, byte for byte -------------

HARBOUR_MD = (
    "# Harbour tunnel costs climb again\n"
    "\n"
    "**PORTVALE** — The harbour tunnel will cost at least $1.9 billion, up from $1.2 billion, "
    "according to a budget memo seen by the Portvale Courier.\n"
    "\n"
    "\"We were told the numbers were final,\" said Councillor Ada Brennan, who chairs the "
    "transport committee. \"They were not.\"\n"
    "\n"
    "One engineer on the project, who was not authorised to speak publicly, said the delays "
    "could shift the opening to 2031.\n"
)


def _three_drafts() -> None:
    write(Path("desk/bridge.txt"), BRIDGE)
    write(Path("desk/clinic.txt"), CLINIC)
    write(Path("desk/tunnel.md"), HARBOUR_MD)


@pytest.mark.parametrize(
    "environment",
    [{"NO_COLOR": "1"}, {"FORCE_COLOR": "1", "COLUMNS": "100"}, {"FORCE_COLOR": "1"}],
    ids=["plain", "colour-100-columns", "colour"],
)
def test_reports_rendered_in_the_workers_are_the_bytes_of_the_serial_report(
    runner: CliRunner, environment: dict[str, str]
) -> None:
    _three_drafts()
    serial = runner.invoke(app, ["analyze", "desk", "-j", "1", "-q", "-v"], env=environment)
    pooled = runner.invoke(app, ["analyze", "desk", "-j", "2", "-q", "-v"], env=environment)
    assert serial.exit_code == pooled.exit_code == 0, pooled.stderr
    assert pooled.stdout == serial.stdout
    assert serial.stdout.count("Credibility") == 3
    assert ("\x1b[" in serial.stdout) == ("FORCE_COLOR" in environment)


def test_with_several_workers_the_parent_renders_no_report(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Rendering one report costs several times its analysis: in the parent it capped
    ``analyze drafts/ -j 2`` at the parent's rendering speed."""
    import os

    import newscheck.render.terminal as terminal

    _three_drafts()
    renderers = tmp_path / "renderers.txt"
    real = terminal.render_report

    def recorded(*args: object, **options: object) -> None:
        with renderers.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
        real(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(terminal, "render_report", recorded)
    result = runner.invoke(app, ["analyze", "desk", "-j", "2", "-q"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    pids = renderers.read_text().split()
    assert len(pids) == 3
    assert str(os.getpid()) not in pids  # was the parent, three times



# --- analyze -f html over many drafts keeps no report once its section is written ---------------


def test_the_html_page_keeps_no_report_after_its_section_is_rendered() -> None:
    """``analyze drafts/ -f html`` held every report until the end (192 MB for 1,000 small
    drafts); the page now keeps each article's index line only."""
    import gc
    import weakref
    from io import StringIO

    from newscheck import analyze_text
    from newscheck.batch import Outcome
    from newscheck.cli import _HtmlWriter
    from newscheck.render.html import render_html

    stream = StringIO()
    writer = _HtmlWriter(stream)
    bridge = analyze_text(BRIDGE, path="desk/bridge.txt")
    clinic = analyze_text(CLINIC, path="desk/clinic.txt")
    expected = render_html([bridge, clinic])
    gone = weakref.ref(bridge)
    writer.write(Outcome("desk/bridge.txt", report=bridge))
    writer.write(Outcome("desk/clinic.txt", report=clinic))
    del bridge
    gc.collect()
    assert gone() is None
    writer.finish()
    assert stream.getvalue() == expected
    assert '<li><a href="#r1">desk/bridge.txt</a>' in expected
    assert "<title>newscheck: 2 articles</title>" in expected
