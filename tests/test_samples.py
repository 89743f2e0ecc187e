"""The sample articles in samples/: well-formed, in range, and every reported span exact.

Each sample goes through ``newscheck analyze --format json`` (in-process via Typer's runner, and
once through the real ``python -m newscheck`` entry point); every span in the JSON must reproduce
the file's text exactly.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscheck.cli import app

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"

WORD_RANGES: dict[str, tuple[int, int]] = {
    "well-sourced.txt": (300, 900),
    "anonymous-sources.txt": (300, 900),
    "hedging-heavy.txt": (300, 900),
    "loaded-language.txt": (300, 900),
    "multi-paragraph-quotes.txt": (300, 900),
    "draft.md": (300, 900),
    "poorly-sourced.txt": (300, 900),
    "unsourced-claims.txt": (300, 900),
    "second-hand-wire.txt": (300, 900),
    "live-blog.txt": (300, 900),
    "nickname-profile.txt": (300, 900),
    "war-dispatch.txt": (300, 900),
    # A short wire item: its job is CRLF line endings and abbreviations, not length.
    "crlf-wire.txt": (150, 400),
}
SAMPLE_NAMES = sorted(WORD_RANGES)


def sample_text(name: str) -> str:
    """The sample decoded exactly as bytes on disk (no newline translation)."""
    return (SAMPLES_DIR / name).read_bytes().decode("utf-8")


@cache
def analysis_json(name: str) -> dict:
    result = CliRunner().invoke(app, ["analyze", "--format", "json", str(SAMPLES_DIR / name)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def check_span(text: str, span: dict, where: str) -> None:
    start, end = span["start"], span["end"]
    assert 0 <= start < end <= len(text), f"{where}: bad offsets {start}..{end}"
    assert text[start:end] == span["text"], f"{where}: {text[start:end]!r} != {span['text']!r}"


def every_text_span(report: dict):
    """(where, span) for every span in the report that carries its own text."""
    for quote in report["quotes"]:
        yield f"quote {quote['id']}", quote
        if quote.get("cue"):
            yield f"quote {quote['id']} cue", quote["cue"]
        if quote.get("speaker"):
            yield f"quote {quote['id']} speaker", quote["speaker"]
    for source in report["sources"]:
        for mention in source["mentions"]:
            yield f"source {source['id']} mention", mention
        if source.get("anonymity_reason"):
            yield f"source {source['id']} anonymity_reason", source["anonymity_reason"]
    for finding in report["findings"]:
        yield f"finding {finding['id']} ({finding['rule']})", finding


def test_every_sample_is_listed_and_present() -> None:
    on_disk = {p.name for p in SAMPLES_DIR.iterdir() if p.suffix in {".txt", ".md"}}
    assert on_disk - {"README.md"} == set(SAMPLE_NAMES)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_decodes_and_length_is_in_range(name: str) -> None:
    raw = (SAMPLES_DIR / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    words = len(raw.decode("utf-8").split())
    low, high = WORD_RANGES[name]
    assert low <= words <= high, f"{name}: {words} words, want {low}-{high}"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_line_endings(name: str) -> None:
    text = sample_text(name)
    if name == "crlf-wire.txt":
        assert text.count("\r\n") >= 6
        assert text.count("\n") == text.count("\r\n") == text.count("\r")
    else:
        assert "\r" not in text


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_report_input_matches_file(name: str) -> None:
    text = sample_text(name)
    report = analysis_json(name)
    assert report["input"]["chars"] == len(text)
    assert report["input"]["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert report["input"]["format"] == ("markdown" if name.endswith(".md") else "text")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sentences_are_ordered_disjoint_and_within_lines(name: str) -> None:
    text = sample_text(name)
    sentences = analysis_json(name)["sentences"]
    assert len(sentences) >= 8
    previous_end = 0
    for sentence in sentences:
        start, end = sentence["start"], sentence["end"]
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip(), f"blank sentence at {start}"
        if name.endswith(".txt"):  # one paragraph per line: no sentence crosses a line break
            assert "\n" not in text[start:end] and "\r" not in text[start:end]
        previous_end = end


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_span_reproduces_its_text(name: str) -> None:
    text = sample_text(name)
    report = analysis_json(name)
    checked = 0
    for where, span in every_text_span(report):
        check_span(text, span, f"{name} {where}")
        checked += 1
    assert checked >= 10, f"{name}: only {checked} spans reported; every sample has quotes"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_cross_references_resolve(name: str) -> None:
    report = analysis_json(name)
    quote_ids = {q["id"] for q in report["quotes"]}
    source_ids = {s["id"] for s in report["sources"]}
    assert len(quote_ids) == len(report["quotes"]) and len(source_ids) == len(report["sources"])
    for quote in report["quotes"]:
        speaker = quote.get("speaker")
        if speaker and speaker.get("source_id") is not None:
            assert speaker["source_id"] in source_ids
    for source in report["sources"]:
        assert set(source["quotes"]) <= quote_ids
    quoted_spans = [  # a source's words: a direct or partial quote, or attributed reported speech
        (q["start"], q["end"]) for q in report["quotes"]
        if q["kind"] != "indirect" or q["speaker"] is not None
    ]
    for finding in report["findings"]:
        if finding.get("quote") is not None:
            assert finding["quote"] in quote_ids
        if finding["voice"] == "quoted":
            assert any(a <= finding["start"] and finding["end"] <= b for a, b in quoted_spans), (
                f"{finding['id']} {finding['text']!r} is 'quoted' but inside no quotation"
            )


def markdown_non_prose(text: str) -> list[tuple[int, int]]:
    """Front matter, fenced code, inline code, HTML comments and link targets in the draft."""
    patterns = (
        r"\A---\n.*?\n---\n",
        r"^```[^\n]*\n.*?^```$",
        r"`[^`\n]+`",
        r"<!--.*?-->",
        r"\]\([^)\s]+\)",
    )
    return [
        m.span() for p in patterns for m in re.finditer(p, text, flags=re.DOTALL | re.MULTILINE)
    ]


def test_draft_markup_regions_are_found_by_this_test() -> None:
    text = sample_text("draft.md")
    regions = [text[a:b] for a, b in markdown_non_prose(text)]
    assert sum("allegedly" in r for r in regions) == 3  # comment, code block, inline code
    assert sum("bombshell" in r for r in regions) == 3
    assert any("https://" in r for r in regions)


def test_draft_markup_is_never_analysed() -> None:
    text = sample_text("draft.md")
    regions = markdown_non_prose(text)
    report = analysis_json("draft.md")
    for where, span in every_text_span(report):
        for a, b in regions:
            assert not (span["start"] < b and a < span["end"]), (
                f"{where} {span['text']!r} overlaps markup {text[a:b][:40]!r}"
            )


def test_wire_abbreviations_do_not_end_sentences() -> None:
    text = sample_text("crlf-wire.txt")
    sentences = analysis_json("crlf-wire.txt")["sentences"]
    endings = [text[s["start"] : s["end"]].rstrip() for s in sentences]
    for abbreviation in ("U.S.", "Gen.", "Lt.", "Col.", "Inc.", "a.m."):
        assert abbreviation in text
        assert not any(e.endswith(abbreviation) for e in endings), abbreviation


def test_console_entry_point_reports_exact_spans() -> None:
    path = SAMPLES_DIR / "crlf-wire.txt"
    completed = subprocess.run(
        [sys.executable, "-m", "newscheck", "analyze", "--format", "json", str(path)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    text = sample_text("crlf-wire.txt")
    assert report["input"]["chars"] == len(text)
    assert report == analysis_json("crlf-wire.txt")


def test_scores_rank_the_counterparts_as_an_editor_would() -> None:
    overall = {name: analysis_json(name)["scores"]["overall"] for name in SAMPLE_NAMES}
    assert overall["well-sourced.txt"] - overall["poorly-sourced.txt"] >= 30, overall
    assert min(overall, key=overall.__getitem__) == "poorly-sourced.txt", overall
