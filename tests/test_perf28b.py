"""Round 28 (PERF28B): the lower-cased text computed once and shared, the reports unchanged."""

from newscheck.document import LOWERED_CACHE_CHARS
from newscheck.lexicon_matcher import KeyReader
from newscheck.pipeline import build_document, run_pipeline
from newscheck.stages.source_patterns import Scan

TEXT = (
    "The Mayor’s office said on Tuesday that the plan couldn't go ahead. Critics called it "
    "a disgraceful betrayal, according to two officials who asked not to be named.\n\n"
    "ΣΟΦΙΑ ΟΔΟΣ was closed, residents said. ΚΑΛΟΣ news, they added."
)


def test_lowered_text_is_computed_once_and_matches_lower():
    document = build_document(TEXT)
    lowered = document.lowered_text()
    assert lowered == TEXT.lower()
    assert document.lowered_text() is lowered


def test_lowered_text_is_not_kept_for_a_long_text():
    document = build_document("Officials said so. " * (LOWERED_CACHE_CHARS // 19 + 1))
    assert document.lowered_text() is None
    assert not hasattr(document, "_lowered_cache")


def test_lowered_text_is_none_when_a_character_grows():
    document = build_document("İstanbul officials said the bridge would open.")
    assert document.lowered_text() is None
    assert Scan(document.analysis_text).lower.startswith("İstanbul")


def test_key_reader_with_the_shared_copy_reads_the_same_keys():
    plain = "The Mayor’s office said the plan couldn't go ahead, the minister’s aides said."
    for start, end in [(0, len(plain)), (4, 40), (11, len(plain) - 1)]:
        own = KeyReader(plain, start, end)
        shared = KeyReader(plain, start, end, plain.lower())
        assert shared.keys(start, end) == own.keys(start, end)
        spans = [(start, (start + end) // 2), ((start + end) // 2, end)]
        assert shared.concatenated(spans, "|") == own.concatenated(spans, "|")


def test_key_reader_lowers_a_window_with_a_capital_sigma_itself():
    # "ΟΔΟΣ" cut before its last letter's neighbour: alone, the sigma is final ("ς"); in the
    # whole text lower-cased, it is not ("ΟΔΟΣΑ" -> "οδοσα")
    text = "ΟΔΟΣΑ"
    reader = KeyReader(text, 0, 4, text.lower())
    assert reader.keys(0, 4) == ["οδος"]


def test_reports_are_the_same_with_and_without_the_shared_copy(monkeypatch):
    shared = run_pipeline(TEXT).to_dict()
    monkeypatch.setattr("newscheck.document.LOWERED_CACHE_CHARS", -1)
    assert run_pipeline(TEXT).to_dict() == shared
