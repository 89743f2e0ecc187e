"""`newscheck schema` and `newscheck rules`: output, JSON forms and exit codes."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from newscheck.cli import app
from newscheck.rules import all_rules

runner = CliRunner()


def test_schema_prints_draft_2020_12() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["findings"]["items"] == {"$ref": "#/$defs/finding"}


def test_rules_lists_every_code_plain_when_piped() -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == list(all_rules())
    assert lines[0].split("\t")[:3] == ["A101", "anonymous_source", "warning"]


def test_rules_prefix_lists_the_group() -> None:
    result = runner.invoke(app, ["rules", "h2"])
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == [
        "H201", "H202", "H203", "H204", "H205",
    ]


def test_rule_explained_with_example() -> None:
    result = runner.invoke(app, ["rules", "a301"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "A301 secondhand-sourcing",
        "Category: secondhand sourcing   Severity: info   Applies to: any voice",
    ]
    assert "    The discussions were difficult, the Axios portal reported." in result.stdout


def test_unknown_rule_exits_2_with_one_line() -> None:
    result = runner.invoke(app, ["rules", "Z999"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "newscheck: error: unknown rule code 'Z999' (see `newscheck rules`)\n"
    )


def test_rules_json_for_list_and_one() -> None:
    listing = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert [r["code"] for r in listing] == list(all_rules())
    one = json.loads(runner.invoke(app, ["rules", "L101", "--format", "json"]).stdout)
    assert one["subtype"] == "emotive"
    assert one["example"] == "In a startling revelation, the minister resigned."
    assert set(one) == {
        "code", "name", "category", "subtype", "severity", "voice", "summary", "explanation",
        "example",
    }


def test_rules_is_a_table_on_a_terminal() -> None:
    result = runner.invoke(app, ["rules", "A3"], env={"FORCE_COLOR": "1", "COLUMNS": "80"})
    assert result.exit_code == 0
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    lines = plain.splitlines()
    assert lines[0].split() == ["Code", "Category", "Severity", "Summary"]
    assert lines[1].split()[:4] == ["A301", "secondhand", "sourcing", "info"]
    assert "\x1b[" in result.stdout and "\t" not in result.stdout
    assert max(len(line) for line in lines) <= 80
