"""Document helpers: word counting without materialising every word, sentence starts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newscheck.document as document_module
from newscheck.document import Document, Span, count_words
from newscheck.pipeline import build_document


def test_word_count_of_a_news_paragraph():
    text = "The council voted 7-2 on Tuesday.\u00a0Critics\u2009called it “rushed.”\n\nMore later."
    assert count_words(text) == 12  # the no-break and thin spaces separate words too


def test_word_count_across_chunk_boundaries(monkeypatch):
    monkeypatch.setattr(document_module, "WORD_COUNT_CHUNK", 4)
    text = "Officials said the plan, announced Monday, would cost $4.2 billion."
    assert count_words(text) == 10


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["a", "Z", "é", " ", "\n", "\t", "\u00a0", "\u2009"])),
    st.integers(min_value=1, max_value=9),
)
def test_word_count_equals_split_for_any_chunk_size(text, chunk):
    original = document_module.WORD_COUNT_CHUNK
    document_module.WORD_COUNT_CHUNK = chunk
    try:
        assert count_words(text) == len(text.split())
    finally:
        document_module.WORD_COUNT_CHUNK = original


def test_document_word_count_is_cached_per_text():
    doc = Document(text="Two words", analysis_text="Two words")
    assert doc.word_count() == 2
    doc.text = doc.analysis_text = "Now three words"
    assert doc.word_count() == 3


def test_word_count_is_of_prose_not_markup():
    markdown = (
        "---\nauthor: Niamh Calloway\ndesk: Local\n---\n\n"
        "The council said on Tuesday that refunds had begun.\n\n"
        "```\nconfirm booking=HLD-88213 amount=3.40 status=OK\n```\n"
    )
    document = build_document(markdown, input_format="markdown")
    assert document.word_count() == 9  # the sentence; not the front matter or the code block


def test_sentence_starts_follow_the_sentence_list():
    doc = Document(text="A b. C d. E f.", analysis_text="A b. C d. E f.")
    doc.sentences = [Span(0, 4), Span(5, 9)]
    assert doc.sentence_starts() == [0, 5]
    doc.sentences.append(Span(10, 14))
    assert doc.sentence_starts() == [0, 5, 10]
    assert doc.sentence_index_at(6) == 1


def test_markdown_without_markup_shares_the_text_object():
    from newscheck.reading import analysable_text

    prose = "The council met on Tuesday.\n\nIt approved the budget, 7-2.\n"
    assert analysable_text(prose, "markdown") is prose
    marked = "The council met on **Tuesday**.\n\n```\ncode\n```\n"
    blanked = analysable_text(marked, "markdown")
    assert blanked is not marked and len(blanked) == len(marked)
    assert blanked.startswith("The council met on   Tuesday  .")
