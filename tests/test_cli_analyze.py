"""``newscheck analyze``: formats, ordering, errors and exit codes, through the real command."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscheck import analyze_path
from newscheck.cli import app
from newscheck.render.html import render_html

STORY = (
    "Harbor City, Tuesday. The council approved the new ferry budget late on Monday.\n"
    "\n"
    '"We will not raise fares this year," Mayor Lena Ortiz said after the vote.\n'
    "\n"
    "One official, who asked not to be named because the talks are private, said the "
    "port authority could still object.\n"
)
SECOND = "Officials said the bridge would reopen in June, according to a city statement.\n"


def article(tmp_path: Path, name: str, text: str = STORY, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return str(path)


def assert_spans_exact(report: dict, text: str) -> None:
    for quote in report["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        for part in (quote["cue"], quote["speaker"]):
            if part:
                assert text[part["start"] : part["end"]] == part["text"]
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
    for source in report["sources"]:
        for mention in source["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for sentence in report["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= len(text)


def test_json_for_one_file_is_one_object_describing_the_input(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = article(tmp_path, "ferry.txt")
    result = runner.invoke(app, ["analyze", path, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["input"] == {
        "path": path,
        "chars": len(STORY),
        "sha256": hashlib.sha256(STORY.encode()).hexdigest(),
        "format": "text",
        "encoding": "utf-8",
    }
    assert report["stats"]["sentences"] >= 3
    assert_spans_exact(report, STORY)
    from jsonschema import Draft202012Validator

    from newscheck.schema import report_schema

    assert [e.message for e in Draft202012Validator(report_schema()).iter_errors(report)] == []


def test_json_for_several_inputs_is_an_array_in_argument_order(
    runner: CliRunner, tmp_path: Path
) -> None:
    first, second = article(tmp_path, "b.txt"), article(tmp_path, "a.txt", SECOND)
    result = runner.invoke(app, ["analyze", first, second, "-f", "json"])
    assert result.exit_code == 0
    reports = json.loads(result.stdout)
    assert [r["input"]["path"] for r in reports] == [first, second]
    assert [r["input"]["chars"] for r in reports] == [len(STORY), len(SECOND)]


def test_a_directory_gives_an_array_even_with_one_file(runner: CliRunner, tmp_path: Path) -> None:
    path = article(tmp_path, "desk/only.md")
    result = runner.invoke(app, ["analyze", str(tmp_path / "desk"), "-f", "json"])
    reports = json.loads(result.stdout)
    assert [(r["input"]["path"], r["input"]["format"]) for r in reports] == [(path, "markdown")]


def test_bad_file_in_a_batch_is_one_stderr_line_exit_2_and_the_rest_still_analysed(
    runner: CliRunner, tmp_path: Path
) -> None:
    good, other = article(tmp_path, "good.txt"), article(tmp_path, "other.txt", SECOND)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = str(tmp_path / "missing.txt")
    result = runner.invoke(app, ["analyze", good, str(binary), missing, other, "-f", "jsonl"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"newscheck: error: {binary}: binary file (contains NUL bytes; "
        "UTF-16/32 text needs a byte-order mark)",
        f"newscheck: error: {missing}: no such file or directory",
    ]
    lines = result.stdout.splitlines()
    assert [json.loads(line)["input"]["path"] for line in lines] == [good, other]


def test_jsonl_is_one_compact_report_per_line_in_order_and_same_with_jobs(
    runner: CliRunner, tmp_path: Path
) -> None:
    paths = [article(tmp_path, f"desk/{n:02d}.txt", STORY if n % 2 else SECOND) for n in range(6)]
    serial = runner.invoke(app, ["analyze", str(tmp_path / "desk"), "-f", "jsonl", "-j", "1"])
    parallel = runner.invoke(app, ["analyze", str(tmp_path / "desk"), "-f", "jsonl", "-j", "2"])
    assert serial.exit_code == parallel.exit_code == 0
    assert serial.stdout == parallel.stdout
    lines = serial.stdout.splitlines()
    assert [json.loads(line)["input"]["path"] for line in lines] == paths


def test_stdin_is_read_with_a_null_path(runner: CliRunner) -> None:
    data = SECOND.replace("June", "June \u2013 or July").encode("cp1252")
    result = runner.invoke(app, ["analyze", "-", "-f", "json"], input=data)
    report = json.loads(result.stdout)
    assert (report["input"]["path"], report["input"]["encoding"]) == (None, "cp1252")
    assert report["input"]["chars"] == len(SECOND) + len(" \u2013 or July")


def test_rich_output_when_piped_is_plain_text(runner: CliRunner, tmp_path: Path) -> None:
    path = article(tmp_path, "ferry.txt")
    result = runner.invoke(app, ["analyze", path])
    assert result.exit_code == 0
    assert path in result.stdout
    assert "\x1b" not in result.stdout


def test_rich_output_with_no_color_has_no_escape_codes_even_when_forced(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = runner.invoke(app, ["analyze", article(tmp_path, "ferry.txt")])
    assert result.exit_code == 0 and result.stdout
    assert "\x1b" not in result.stdout


def test_escape_sequences_from_the_article_or_its_name_never_reach_the_terminal(
    runner: CliRunner, tmp_path: Path
) -> None:
    hostile = (
        '"We will\x1b[2J\x1b]0;owned\x07 rebuild the pier," Mayor Lena Ortiz said.\n'
        "\n"
        "Officials said\x1b[31m the\x9b work would start soon.\n"
    )
    path = article(tmp_path, "pier.txt", hostile)
    result = runner.invoke(app, ["analyze", path, "--verbose"])
    assert result.exit_code == 0
    assert "said the work would start soon" in result.stdout  # shown, minus the escapes
    for control in ("\x1b", "\x9b", "\x07"):
        assert control not in result.stdout
    missing = str(tmp_path / "evil\x1b[31m.txt")
    result = runner.invoke(app, ["analyze", missing])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert result.stderr.endswith("/evil.txt: no such file or directory\n")


def test_html_goes_to_the_output_file(runner: CliRunner, tmp_path: Path) -> None:
    first, second = article(tmp_path, "a.txt"), article(tmp_path, "b.txt", SECOND)
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    result = runner.invoke(app, ["analyze", first, second, "-f", "html", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text("utf-8") == render_html([analyze_path(first), analyze_path(second)])


def test_unwritable_output_is_one_line_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "out.json"
    result = runner.invoke(app, ["analyze", article(tmp_path, "a.txt"), "-f", "json", "-o",
                                 str(target)])
    assert result.exit_code == 2
    assert result.stderr == f"newscheck: error: {target}: cannot write: No such file or directory\n"


def test_config_file_is_used_and_a_broken_one_is_one_line_exit_2(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = article(tmp_path, "ferry.txt")
    good = tmp_path / "house.toml"
    good.write_text('ignore = ["A"]\n', encoding="utf-8")
    assert runner.invoke(app, ["analyze", path, "-f", "json", "--config", str(good)]).exit_code == 0

    broken = tmp_path / "broken.toml"
    broken.write_text("select = [\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", path, "--config", str(broken)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("newscheck: error: ")
    assert "broken.toml" in result.stderr and result.stderr.count("\n") == 1

    mistyped = tmp_path / "mistyped.toml"
    mistyped.write_text("select = 5\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", path, "--config", str(mistyped)])
    assert result.exit_code == 2
    assert "mistyped.toml" in result.stderr and result.stderr.count("\n") == 1


def test_discovered_config_error_stops_before_any_output(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = article(tmp_path, "desk/ferry.txt")
    (tmp_path / "desk" / ".newscheck.toml").write_text("fail-on = 3\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", path, "-f", "json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert ".newscheck.toml" in result.stderr and result.stderr.count("\n") == 1


def test_unknown_option_and_bad_format_are_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    path = article(tmp_path, "ferry.txt")
    assert runner.invoke(app, ["analyze", path, "--colour"]).exit_code == 2
    assert runner.invoke(app, ["analyze", path, "--format", "yaml"]).exit_code == 2
    assert runner.invoke(app, ["analyze", path, "--jobs", "-1"]).exit_code == 2
    assert runner.invoke(app, ["analyze"]).exit_code == 2


def test_stdin_twice_is_an_error_for_the_second(runner: CliRunner) -> None:
    result = runner.invoke(app, ["analyze", "-", "-", "-f", "jsonl"], input=SECOND.encode())
    assert result.exit_code == 2
    assert result.stderr == "newscheck: error: <stdin>: given more than once\n"
    assert len(result.stdout.splitlines()) == 1


def _run_on_a_terminal(args: list[str], env_extra: dict[str, str]) -> str:
    """Run the real CLI with stdout and stderr on a pseudo-terminal; return what it printed."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update({"TERM": "xterm-256color", "COLUMNS": "100", **env_extra})
    process = subprocess.Popen([sys.executable, "-m", "newscheck", *args], stdout=slave,
                               stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_rich_output_is_coloured_on_a_terminal_unless_no_color(tmp_path: Path) -> None:
    path = article(tmp_path, "ferry.txt")
    coloured = _run_on_a_terminal(["analyze", path], {})
    plain = _run_on_a_terminal(["analyze", path], {"NO_COLOR": "1"})
    assert "\x1b[" in coloured
    assert "\x1b[" not in plain
    assert "ferry.txt" in plain


def test_stdin_filename_names_the_input_and_selects_markdown(runner: CliRunner) -> None:
    markdown = "# Ferry fares\n\n`code said` The **mayor** said fares would stay.\n"
    result = runner.invoke(
        app, ["analyze", "-", "--stdin-filename", "drafts/fares.md", "-f", "json"],
        input=markdown.encode(),
    )
    report = json.loads(result.stdout)
    assert (report["input"]["path"], report["input"]["format"]) == ("drafts/fares.md", "markdown")
    code_end = markdown.index("` The") + 1
    assert all(f["start"] >= code_end or f["end"] <= markdown.index("`")
               for f in report["findings"])
    assert all(q["start"] >= code_end for q in report["quotes"])


def test_json_array_streamed_in_one_process_equals_the_one_rendered_by_workers(
    runner: CliRunner, tmp_path: Path
) -> None:
    for n in range(4):
        article(tmp_path, f"desk/{n:02d}.txt", STORY if n % 2 else SECOND)
    serial = runner.invoke(app, ["analyze", str(tmp_path / "desk"), "-f", "json", "-j", "1"])
    parallel = runner.invoke(app, ["analyze", str(tmp_path / "desk"), "-f", "json", "-j", "2"])
    assert serial.exit_code == parallel.exit_code == 0
    assert serial.stdout == parallel.stdout
    reports = json.loads(serial.stdout)
    assert [len(report["quotes"]) for report in reports] == [
        len(analyze_path(str(tmp_path / f"desk/{n:02d}.txt")).quotes) for n in range(4)
    ]
