"""Round-9 audit: what a demanding user of ``analyze`` and ``lint`` tripped on, through the real
commands on realistic copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import FERRY, write
from typer.testing import CliRunner

from newscheck.cli import app

BRIDGE = (
    "The Eastgate bridge will reopen in June, the city's transport director, Ken Abara, said "
    "on Friday.\n"
)


def test_a_quoted_glob_gives_one_json_array_however_many_files_it_matches(
    runner: CliRunner, tmp_path: Path
) -> None:
    write(tmp_path / "drafts" / "ferry.txt", FERRY)
    write(tmp_path / "drafts" / "bridge.txt", BRIDGE)
    two = runner.invoke(app, ["analyze", str(tmp_path / "drafts" / "*.txt"), "-f", "json"])
    assert two.exit_code == 0, two.stderr
    reports = json.loads(two.stdout)  # was two objects back to back: not JSON at all
    assert [Path(r["input"]["path"]).name for r in reports] == ["bridge.txt", "ferry.txt"]
    one = runner.invoke(app, ["analyze", str(tmp_path / "drafts" / "f*.txt"), "-f", "json"])
    assert one.exit_code == 0, one.stderr
    assert [Path(r["input"]["path"]).name for r in json.loads(one.stdout)] == ["ferry.txt"]


def test_one_file_argument_is_still_one_object_even_with_glob_characters_in_its_name(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = write(tmp_path / "ferry [final].txt", FERRY)
    result = runner.invoke(app, ["analyze", path, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["input"]["path"] == path


OUTLETS_STORY = (
    "Water board faces questions over lead pipe repairs\n"
    "\n"
    "The Ashbury Courier reported on Monday that the repairs were two years behind schedule. "
    "The Riverside Gazette reported that the board had known since 2021. Critics say the "
    "board ignored repeated warnings, and one insider said the chairman was desperate, "
    "furious and frightened, while officials privately described the plan as a disaster.\n"
    "\n"
    '"We are doing everything we can," said Dana Whitfield, the board\'s chair.\n'
)


def plain_report(text: str, width: int) -> list[str]:
    import io

    from rich.console import Console

    from newscheck import analyze_text
    from newscheck.render.terminal import render_report

    console = Console(width=width, color_system=None, record=True, file=io.StringIO())
    render_report(analyze_text(text, path="ashbury.txt"), console)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_source_inventory_counts_nouns_in_the_plural() -> None:
    lines = plain_report(OUTLETS_STORY, 100)
    inventory = lines[lines.index("Sourcing") + 1]
    assert inventory.startswith("  "), inventory
    assert " 2 outlets," in inventory and " 1 person," in inventory  # was "2 outlet"


def test_language_summary_line_wraps_under_its_indent_at_narrow_widths() -> None:
    lines = plain_report(OUTLETS_STORY, 60)
    start = lines.index("Language")
    assert lines[start + 1].startswith("  ") and "flags:" in lines[start + 1]
    assert lines[start + 2].startswith("  "), lines[start + 2]  # was flush left
    assert lines[start + 2].strip() in {"(quoted or reported)", "or reported)", "reported)"}


def run_with_stdout(arguments: list[str], stdout: int) -> tuple[int, str]:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "newscheck", *arguments], stdout=stdout, stderr=subprocess.PIPE,
        text=True, timeout=120,
    )
    return done.returncode, done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["rules"], ["schema"], ["analyze", "STORY", "-f", "json"],
                                     ["lint", "STORY"]])
def test_a_full_disk_is_one_error_line_and_exit_2_not_a_traceback(
    tmp_path: Path, command: list[str]
) -> None:
    story = write(tmp_path / "ferry.txt", FERRY)
    arguments = [story if part == "STORY" else part for part in command]
    with open("/dev/full", "w") as full:
        code, stderr = run_with_stdout(arguments, full.fileno())
    assert code == 2
    assert stderr == "newscheck: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("command", [["rules"], ["rules", "A101"]])
def test_rules_into_a_closed_pipe_exits_141_quietly(command: list[str]) -> None:
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader ('| head') is already gone: the first write fails
    try:
        code, stderr = run_with_stdout(command, write_end)
    finally:
        os.close(write_end)
    assert (code, stderr) == (141, "")


@pytest.mark.parametrize("command", [["analyze", "-f", "json"], ["analyze"], ["lint"],
                                     ["lint", "-f", "sarif"]])
def test_output_naming_an_input_is_refused_and_the_draft_survives(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # 'newscheck analyze ferry.txt -o ferry.txt' emptied the draft (then called it empty);
    # lint replaced it with its report.
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "desk" / "ferry.txt", FERRY)
    result = runner.invoke(app, [*command, "desk", "-o", "./desk/ferry.txt"])
    assert result.exit_code == 2
    assert result.stderr == (
        "newscheck: error: ./desk/ferry.txt: --output names an input file (desk/ferry.txt); "
        "it would be overwritten\n"
    )
    assert (tmp_path / "desk" / "ferry.txt").read_text(encoding="utf-8") == FERRY


def test_output_to_a_new_file_beside_the_inputs_still_works(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "desk" / "ferry.txt", FERRY)
    result = runner.invoke(app, ["analyze", "desk/ferry.txt", "-f", "json", "-o", "ferry.json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads((tmp_path / "ferry.json").read_text())["input"]["path"] == "desk/ferry.txt"


def test_plain_report_has_no_trailing_spaces_but_keeps_its_layout(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = write(tmp_path / "ashbury.txt", OUTLETS_STORY)
    result = runner.invoke(app, ["analyze", path], env={"COLUMNS": "120", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.split("\n")
    assert [line for line in lines if line.endswith(" ")] == []  # was padded to 120 columns
    assert lines[-1] == "" and lines[0].startswith(path + "  ")
    start = lines.index("Flagged sentences")
    assert lines[start + 1] == "  by line; [flagged words]CODE; quotations keep their quote marks"
    assert "│ sourcing     " in result.stdout  # the panel keeps its borders


def test_each_listed_flag_names_the_line_its_words_are_on() -> None:
    # Two 'critics'-like words in a long story: the editor must be able to find each one.
    lines = plain_report(OUTLETS_STORY, 100)
    assert "  A201 'Critics'  vague, line 3" in lines
    assert "  A101 'one insider'  anonymous, line 3" in lines
    assert "  L201 'furious'  emotive, source's words, line 3" in lines
    crlf = plain_report(OUTLETS_STORY.replace("\n", "\r\n"), 100)  # CRLF is one break, as in lint
    assert "  A201 'Critics'  vague, line 3" in crlf


def test_github_format_annotates_an_unreadable_draft_as_an_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A draft saved as UTF-16 without a BOM fails the job with exit 2; the PR should say why.
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "drafts" / "ferry.txt", FERRY)
    (tmp_path / "drafts" / "bridge.txt").write_bytes(BRIDGE.encode("utf-16-le"))
    result = runner.invoke(app, ["lint", "drafts", "--format", "github", "--select", "A4"])
    assert result.exit_code == 2
    assert result.stdout == (
        "::error title=newscheck input error::drafts/bridge.txt: binary file (contains NUL bytes; "
        "UTF-16/32 text needs a byte-order mark)\n"
    )
    assert result.stderr.startswith("newscheck: error: drafts/bridge.txt: binary file")


def test_a_long_flag_line_wraps_under_its_words_not_flush_left() -> None:
    story = ("The ferry board met on Monday to set next year's budget.\n\n"
             '"We will not raise fares this year, and we will not cut services either."\n')
    lines = plain_report(story, 60)
    start = next(i for i, line in enumerate(lines) if line.startswith("  A401 "))
    assert lines[start].startswith("  A401 '\"We will not raise fares this year")
    assert lines[start + 1].startswith("       ") and lines[start + 1].strip()  # was column 0


@pytest.mark.parametrize("codes", ["", " , "])
def test_an_empty_select_is_a_usage_error_not_a_silently_passing_gate(
    runner: CliRunner, tmp_path: Path, codes: str
) -> None:
    # CI ran `newscheck lint drafts --select "$HOUSE_RULES"` with the variable unset: it selected
    # nothing and passed a draft full of anonymous sources.
    path = write(tmp_path / "rumour.txt", "Critics say the plan is doomed, one insider said.\n")
    result = runner.invoke(app, ["lint", path, "--select", codes])
    assert result.exit_code == 2
    assert result.stderr == (
        "newscheck: error: --select: no rule codes given (ALL selects every rule)\n"
    )
    assert result.stdout == ""


@pytest.fixture
def legacy_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """'café.txt' saved by an old Latin-1 newsroom system (its name is not UTF-8), in the
    current directory, holding one sourcing flag; skipped where the file system refuses it."""
    import os

    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        Path(name).write_text("Critics say the plan is late, one official said.\n", "utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system cannot hold a non-UTF-8 name")
    return name


@pytest.mark.parametrize("output_format", ["sarif", "json"])
def test_a_legacy_encoded_file_name_gives_valid_utf8_json_and_sarif(
    runner: CliRunner, legacy_name: str, output_format: str
) -> None:
    # SARIF crashed with a UnicodeEncodeError traceback; JSON wrote a raw 0xE9 byte, which is
    # not UTF-8.
    import os

    result = runner.invoke(app, ["lint", legacy_name, "-f", output_format, "-o", "out.json"])
    assert result.exit_code == 1, result.stderr
    report = json.loads(Path("out.json").read_bytes().decode("utf-8"))
    if output_format == "sarif":
        location = report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "caf%E9.txt"
    else:
        assert os.fsencode(report[0]["path"]) == b"caf\xe9.txt"
        assert (report[0]["code"], report[0]["text"]) == ("A201", "Critics")


def test_a_legacy_encoded_file_name_in_a_text_report_file_is_written_as_its_bytes(
    runner: CliRunner, legacy_name: str
) -> None:
    result = runner.invoke(app, ["lint", legacy_name, "-o", "lint.txt"])  # was an encode error
    assert result.exit_code == 1, result.stderr
    assert Path("lint.txt").read_bytes().startswith(b"caf\xe9.txt:1:1: A201 [warning] 'Critics'")
