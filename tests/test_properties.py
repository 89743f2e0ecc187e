"""Properties that hold for ANY input: analysis never raises and every span is exact.

Example counts: CI (``CI=true``) runs 3,000 examples in total; locally a quick 300.
``NEWSCHECK_HYPOTHESIS_EXAMPLES`` overrides the per-test count.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscheck import analyze_text
from newscheck.markdown_text import blank_markup, unaligned_blocks
from newscheck.report import Report

_PER_TEST = int(
    os.environ.get(
        "NEWSCHECK_HYPOTHESIS_EXAMPLES", "600" if os.environ.get("CI") == "true" else "60"
    )
)
PROPERTY = settings(
    max_examples=_PER_TEST,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

QUOTE_MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'"]
NEWLINES = ["\n", "\r\n", "\r", "\n\n"]

ANY_TEXT = st.lists(
    st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from(QUOTE_MARKS + NEWLINES + [" ", ".", ",", "?", "!"]),
    ),
    max_size=400,
).map("".join)

NEWS_FRAGMENTS = [
    "said", " said", "he said", "she said.", ", he said", "said on Tuesday", "told reporters",
    "according to", "according to Axios", "the Financial Times reported", "Lenta.Ru",
    "U.S.", "Gen. ", "Mr. ", "Dr. Ortiz", "Mayor Lena Ortiz", "the minister", "The council",
    "critics", "Critics, including those within the administration,", "experts say",
    "one anonymous source", "officials", "a senior official who asked not to be named",
    "reportedly", "allegedly", "could", "may", "suggests", "hinted", "it is believed",
    "startling revelation", "slammed", "stealing", "unprecedented", "world-class",
    "quoted", "'quoted'", "\u2018quoted\u2019", "\u201cWe will win,\u201d", '"No comment."',
    "he emphasized", "she added:", " \u2014 ", "...", "(AP)", "3.5 percent", "on Jan. 5",
] + QUOTE_MARKS + NEWLINES + [" ", ". ", ", ", ": ", "? "]

NEWSY_TEXT = st.lists(st.sampled_from(NEWS_FRAGMENTS), max_size=80).map("".join)

MARKDOWN_FRAGMENTS = NEWS_FRAGMENTS + [
    "# ", "## ", "*", "**", "_", "`", "``", "```\n", "    ", "[", "]", "](http://x.example)",
    "](<a b> \"t\")", "![", "<https://a.example>", "https://bare.example/x", "> ", "- ", "1. ",
    "<!-- newscheck: ignore L101 -->", "<b>", "</b>", "---\n", "\\*", "&amp;", "|", "===\n",
    "[r]: http://r.example\n", "\t",
]
MARKDOWN_TEXT = st.lists(st.sampled_from(MARKDOWN_FRAGMENTS), max_size=80).map("".join)


@lru_cache(maxsize=1)
def schema_validator():  # -> jsonschema validator or None
    try:
        from newscheck.schema import report_schema
    except ImportError:
        return None
    from jsonschema import Draft202012Validator

    return Draft202012Validator(report_schema())


def check_report(report: Report, text: str) -> None:
    """Every invariant of the report contract (docs/json.md) on one input."""
    assert report.text == text
    size = len(text)
    previous_end = 0
    for start, end in report.sentences:
        assert previous_end <= start < end <= size
        previous_end = end
    quote_ids = {quote.id for quote in report.quotes}
    for quote in report.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert 0 <= quote.start < quote.end <= size
        for part in (quote.cue, quote.speaker):
            if part is not None:
                assert text[part.start : part.end] == part.text
    for source in report.sources:
        for mention in source.mentions:
            assert text[mention.start : mention.end] == mention.text
        if source.anonymity_reason is not None:
            reason = source.anonymity_reason
            assert text[reason.start : reason.end] == reason.text
        assert set(source.quotes) <= quote_ids
    positions = [(finding.start, finding.end) for finding in report.findings]
    assert positions == sorted(positions)
    for number, finding in enumerate(report.findings, 1):
        assert finding.id == f"f{number}"
        assert text[finding.start : finding.end] == finding.text
        assert 0 <= finding.start < finding.end <= size
        assert finding.sentence is None or 0 <= finding.sentence < len(report.sentences)
        assert finding.quote is None or finding.quote in quote_ids
    document = report.to_dict()
    json.loads(json.dumps(document, allow_nan=False))
    validator = schema_validator()
    if validator is not None:
        errors = [error.message for error in validator.iter_errors(document)]
        assert errors == []


@PROPERTY
@given(ANY_TEXT)
def test_any_unicode_text_gives_an_exact_report(text: str) -> None:
    check_report(analyze_text(text), text)


@PROPERTY
@given(NEWSY_TEXT)
def test_newsy_text_gives_an_exact_report(text: str) -> None:
    check_report(analyze_text(text), text)


@PROPERTY
@given(MARKDOWN_TEXT)
def test_markdown_gives_an_exact_report(text: str) -> None:
    check_report(analyze_text(text, input_format="markdown"), text)


@PROPERTY
@given(MARKDOWN_TEXT)
def test_markdown_tokens_always_align_with_the_source(text: str) -> None:
    # A failed alignment would silently keep a block's markup as prose.
    assert unaligned_blocks(text) == 0


@PROPERTY
@given(st.one_of(MARKDOWN_TEXT, ANY_TEXT))
def test_blanking_keeps_length_and_newlines_and_only_adds_spaces(text: str) -> None:
    blanked = blank_markup(text)
    assert len(blanked) == len(text)
    for original, kept in zip(text, blanked, strict=True):
        assert kept == original or (kept == " " and original not in "\r\n")


def test_analyze_text_is_picklable_and_pure() -> None:
    """A process pool can ship it, and earlier analyses never change a later report."""
    import pickle

    story = (
        '"We will not raise fares," Mayor Lena Ortiz said on Tuesday. One official, who asked '
        "not to be named, said the port could object. Critics called the plan a startling "
        "giveaway, according to the Harbour Gazette.\n"
    )
    assert pickle.loads(pickle.dumps(analyze_text)) is analyze_text
    first = analyze_text(story).to_dict()
    for other in ("Officials said so.", "\u201cNo,\u201d he said.", "# Title\n\nText."):
        analyze_text(other, input_format="markdown")
    again = pickle.loads(pickle.dumps(analyze_text(story))).to_dict()
    assert again == first
    assert first["quotes"] and first["findings"]
