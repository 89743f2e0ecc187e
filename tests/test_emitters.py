"""Lint emitters: the same hand-made diagnostics in text, json, github and sarif, parsed back."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from newscheck.lint import Diagnostic, FileResult
from newscheck.render.github import escape_data, escape_property, render_github
from newscheck.render.lint_json import render_lint_json
from newscheck.render.lint_text import render_lint_text, summary_line
from newscheck.render.sarif import build_sarif, fingerprint, render_sarif
from newscheck.rules import all_rules

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas"
SARIF_SCHEMA = SCHEMAS / "sarif-schema-2.1.0.json"


def diagnostic(**changes) -> Diagnostic:
    base = Diagnostic(
        path="drafts/harbour.md", line=7, column=7, end_line=7, end_column=27,
        code="L101", name="emotive-language", category="loaded_language", severity="warning",
        message="'startling revelation' in the reporter's voice: emotive wording",
        text="startling revelation", start=120, end=140,
    )
    return replace(base, **changes)


@pytest.fixture
def results() -> list[FileResult]:
    harbour = FileResult(
        path="drafts/harbour.md",
        diagnostics=[
            diagnostic(),
            diagnostic(
                line=9, column=1, end_line=9, end_column=8, code="A201",
                name="vague-attribution", category="vague_attribution",
                message="'Critics': who, exactly? 100% unnamed", text="Critics",
            ),
            diagnostic(
                line=12, column=40, end_line=13, end_column=5, code="H103", name="hedge-adverb",
                category="hedging", severity="info", message="'reportedly':\nsay who",
                text="report-\nedly",
            ),
        ],
        score=58,
    )
    clean = FileResult(path="drafts/library.md", score=91)
    return [harbour, clean]


def test_text_lines_show_each_severity_one_problem_per_line_then_a_summary(results):
    # A CI user reads error/warning/info on each line, as ruff and eslint print it; a line
    # break inside a message must not start a line that looks like another problem.
    assert render_lint_text(results) == (
        "drafts/harbour.md:7:7: L101 [warning] 'startling revelation' in the reporter's voice: "
        "emotive wording\n"
        "drafts/harbour.md:9:1: A201 [warning] 'Critics': who, exactly? 100% unnamed\n"
        "drafts/harbour.md:12:40: H103 [info] 'reportedly': say who\n"
        "Found 3 problems (2 warnings, 1 info) in 1 file.\n"
    )


def test_summary_pluralises_and_orders_by_severity(results):
    one_error = [FileResult(path="a.md", diagnostics=[diagnostic(severity="error")])]
    assert summary_line(one_error) == "Found 1 problem (1 error) in 1 file."
    assert summary_line([FileResult(path="a.md"), FileResult(path="b.md")]) == (
        "No problems found in 2 files."
    )


def test_summary_counts_unreadable_inputs_instead_of_claiming_a_clean_run():
    clean = [FileResult(path="a.md")]
    assert summary_line(clean, unreadable=2) == (
        "No problems found in 1 file. 2 inputs could not be linted."
    )
    assert summary_line([], unreadable=1) == "1 input could not be linted."


def test_summary_of_a_run_failed_by_min_score_says_so_instead_of_only_no_problems():
    low = FileResult(path="drafts/rumour.md", score=35, min_score=60)
    fine = FileResult(path="drafts/ferry.md", score=92, min_score=60)
    assert render_lint_text([low, fine]) == (
        "drafts/rumour.md: overall credibility score 35 is below the minimum 60\n"
        "No problems found in 2 files. 1 file scored below the minimum.\n"
    )
    assert summary_line([low], unreadable=1) == (
        "No problems found in 1 file. 1 file scored below the minimum. 1 input could not be "
        "linted."
    )


def test_text_strips_terminal_escapes_from_article_text():
    bad = diagnostic(path="a.md", message="'x\x1b[2J\x07': bad")
    hostile = [FileResult(path="a.md", diagnostics=[bad])]
    assert render_lint_text(hostile).splitlines()[0] == "a.md:7:7: L101 [warning] 'x': bad"


def test_json_round_trips_every_field(results):
    parsed = json.loads(render_lint_json(results))
    assert len(parsed) == 3
    assert parsed[2] == {
        "path": "drafts/harbour.md", "line": 12, "column": 40, "end_line": 13, "end_column": 5,
        "code": "H103", "name": "hedge-adverb", "category": "hedging", "severity": "info",
        "message": "'reportedly':\nsay who", "text": "report-\nedly",
    }
    stats = json.loads(render_lint_json(results, show_statistics=True))
    assert stats[0] == {"code": "A201", "name": "vague-attribution", "severity": "warning",
                        "count": 1}


def test_github_escaping_rules():
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("dir,one/a:b.md") == "dir%2Cone/a%3Ab.md"


def test_github_annotations(results):
    lines = render_github(results).splitlines()
    assert lines == [
        "::warning file=drafts/harbour.md,line=7,col=7,endLine=7,endColumn=27,"
        "title=L101 emotive-language::'startling revelation' in the reporter's voice: emotive "
        "wording",
        "::warning file=drafts/harbour.md,line=9,col=1,endLine=9,endColumn=8,"
        "title=A201 vague-attribution::'Critics': who, exactly? 100%25 unnamed",
        "::notice file=drafts/harbour.md,line=12,col=40,endLine=13,endColumn=5,"
        "title=H103 hedge-adverb::'reportedly':%0Asay who",
    ]
    failing = [replace(results[0], min_score=60)]
    assert render_github(failing).splitlines()[-1] == (
        "::error file=drafts/harbour.md,title=newscheck min-score::overall credibility score 58 "
        "is below the minimum 60"
    )


def test_github_file_is_relative_to_the_workspace(tmp_path, monkeypatch):
    (tmp_path / "site" / "drafts").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "site")
    result = FileResult(path="drafts/harbour.md", diagnostics=[diagnostic()], score=10,
                        min_score=50)
    lines = render_github([result], workspace=str(tmp_path)).splitlines()
    assert lines[0].startswith("::warning file=site/drafts/harbour.md,line=7,")
    assert lines[1].startswith("::error file=site/drafts/harbour.md,title=")
    elsewhere = render_github([result], workspace=str(tmp_path / "other")).splitlines()
    assert elsewhere[0].startswith("::warning file=drafts/harbour.md,")


def test_sarif_structure(results, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = json.loads(render_sarif(results, version="9.9.9", root=tmp_path))
    (run,) = log["runs"]
    assert log["version"] == "2.1.0"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("newscheck", "9.9.9")
    assert [rule["id"] for rule in driver["rules"]] == list(all_rules())
    assert run["columnKind"] == "unicodeCodePoints"
    first, second, third = run["results"]
    assert driver["rules"][first["ruleIndex"]]["id"] == "L101"
    assert driver["rules"][first["ruleIndex"]]["defaultConfiguration"] == {"level": "warning"}
    assert [r["level"] for r in run["results"]] == ["warning", "warning", "note"]
    location = third["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "drafts/harbour.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {
        "startLine": 12, "startColumn": 40, "endLine": 13, "endColumn": 5,
        "snippet": {"text": "report-\nedly"},
    }
    assert second["message"] == {"text": "'Critics': who, exactly? 100% unnamed"}


def test_sarif_uri_is_relative_to_the_root_with_forward_slashes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "news desk").mkdir()
    monkeypatch.chdir(tmp_path / "news desk")
    result = FileResult(path="draft one.md", diagnostics=[diagnostic(path="draft one.md")])
    log = build_sarif([result], version="0")
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "news%20desk/draft%20one.md", "uriBaseId": "%SRCROOT%"
    }
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"


def test_sarif_fingerprints_survive_edits_elsewhere_and_count_repeats(tmp_path):
    original = FileResult(path="a.md", diagnostics=[diagnostic(), diagnostic(line=20)])
    moved = FileResult(
        path="a.md", diagnostics=[diagnostic(line=30), diagnostic(line=44, column=2)]
    )

    def prints(result):
        log = build_sarif([result], version="0", root=tmp_path)
        return [r["partialFingerprints"] for r in log["runs"][0]["results"]]

    assert prints(original) == prints(moved)
    first, repeat = prints(original)
    assert first != repeat
    assert fingerprint("L101", "Startling  revelation", 0) == fingerprint(
        "L101", "startling revelation", 0
    )


def test_sarif_validates_against_the_official_schema(results, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip("the SARIF 2.1.0 schema is not present in ../shared/schemas")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(render_sarif(results, version="0.1.0", root=tmp_path))
    jsonschema.validate(log, schema)
    failed = json.loads(
        render_sarif([], version="0.1.0", root=tmp_path, errors=["x.md: binary file"])
    )
    jsonschema.validate(failed, schema)


def test_sarif_records_inputs_that_could_not_be_linted(tmp_path):
    ok = build_sarif([], version="0", root=tmp_path)["runs"][0]["invocations"]
    assert ok == [{"executionSuccessful": True}]
    failed = build_sarif([], version="0", root=tmp_path, errors=["x.md: binary file"])
    assert failed["runs"][0]["invocations"] == [
        {
            "executionSuccessful": False,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": "x.md: binary file"}}
            ],
        }
    ]
