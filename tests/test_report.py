"""Report.json_chunks: the JSON renderers' exact output, streamed without the whole dict."""

from __future__ import annotations

import json

import pytest

from newscheck.render.json_output import report_json, report_json_line
from newscheck.report import Finding, Quote, Report, Source, Speaker, TextSpan

TEXT = (
    "City Hall approved the budget on Tuesday. “This is a fair deal,” said Mayor Ana Ruiz.\n"
    "One official, who asked not to be named, called it “reckless.”"
)


def _report(path: str | None = "budget.txt", text: str = TEXT) -> Report:
    ruiz = TEXT.index("Mayor Ana Ruiz")
    quote_start = TEXT.index("“This")
    reckless = TEXT.index("“reckless.”")
    official = TEXT.index("One official")
    return Report(
        path=path,
        input_format="text",
        text=text,
        sentences=[(0, 41), (42, 86), (87, len(TEXT))],
        paragraphs=[(0, 86), (87, len(TEXT))],
        quotes=[
            Quote("q1", "direct", quote_start, quote_start + 21, TEXT[quote_start:quote_start + 21],
                  cue=TextSpan(ruiz - 5, ruiz - 1, "said"),
                  speaker=Speaker(ruiz, ruiz + 14, "Mayor Ana Ruiz", "Ana Ruiz", "person", "s1")),
            Quote("q2", "partial", reckless, reckless + 11, "“reckless.”"),
        ],
        sources=[
            Source("s1", "Ana Ruiz", "person", True, [TextSpan(ruiz, ruiz + 14, "Mayor Ana Ruiz")],
                   ["q1"]),
            Source("s2", "one official", "anonymous", False,
                   [TextSpan(official, official + 12, "One official")], ["q2"],
                   anonymity_reason=TextSpan(official + 14, official + 38,
                                             "who asked not to be named")),
        ],
        findings=[
            Finding("f1", "A102", "sourcing", "info", official, official + 12, "One official",
                    "author", 2, "Anonymous source, reason given", subtype="anonymous"),
            Finding("f2", "L101", "loaded_language", "warning", reckless + 1, reckless + 9,
                    "reckless", "quoted", 2, "Loaded word", quote="q2"),
        ],
        scores={"overall": 71.5, "band": "mixed", "dimensions": {"sourcing": {"score": 64}}},
        summary={"sources": {"anonymous": 1, "named": 1}, "share": 0.5, "empty": []},
        stats={"words": 25, "sentences": 3, "paragraphs": 2, "quotes": 2, "findings": 2},
        encoding="utf-8",
    )


@pytest.mark.parametrize("chunk_chars", [1, 50, 1 << 16])
def test_chunks_join_to_the_renderers_output(chunk_chars):
    report = _report()
    assert "".join(report.json_chunks(indent=2, chunk_chars=chunk_chars)) == report_json(report)
    assert "".join(report.json_chunks(indent=None, chunk_chars=chunk_chars)) == (
        report_json_line(report)
    )


def test_small_chunks_really_split_the_output():
    chunks = list(_report().json_chunks(indent=2, chunk_chars=200))
    assert len(chunks) > 3
    assert json.loads("".join(chunks))["sentences"][1] == {"start": 42, "end": 86}


def test_empty_lists_and_no_encoding():
    report = _report(text="x")
    report.sentences, report.quotes, report.sources, report.findings = [], [], [], []
    report.encoding = None
    assert "".join(report.json_chunks()) == report_json(report)
    assert '"quotes": [],' in report_json(report)


def test_a_path_with_a_lone_surrogate_escapes_everything_like_the_renderer():
    report = _report(path="caf\udce9.txt")
    streamed = "".join(report.json_chunks())
    assert streamed == report_json(report)
    assert "\\udce9" in streamed and "\\u201c" in streamed
    streamed.encode("utf-8")  # valid UTF-8


def test_sha256_is_that_of_the_utf8_text():
    import hashlib

    digest = _report().to_dict()["input"]["sha256"]
    assert digest == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def test_sha256_in_small_pieces_is_the_same(monkeypatch):
    import hashlib

    import newscheck.report as report_module

    monkeypatch.setattr(report_module, "_SHA_CHUNK", 7)
    digest = _report().to_dict()["input"]["sha256"]
    assert digest == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
