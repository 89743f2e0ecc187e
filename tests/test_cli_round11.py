"""Round-11 audit: what an editor, a developer and a CI gate tripped on, through the real commands
on realistic copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import FERRY, write
from typer.testing import CliRunner

from newscheck.cli import app
from newscheck.config import clear_discovery_cache

HARBOR = (
    "The harbor board on Tuesday delayed a vote on ferry fares.\n"
    "\n"
    "Critics said the delay was a shameful retreat from a promise made to commuters.\n"
)


@pytest.fixture(autouse=True)
def fresh_discovery(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.chdir(tmp_path)
    clear_discovery_cache()
    yield
    clear_discovery_cache()


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
