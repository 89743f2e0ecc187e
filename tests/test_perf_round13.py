"""Round 13 speed changes in the work the quotes cause downstream: each is a guard (the output
was byte-identical before and after, so these tests pass on the old code too); they pin the
shortcut to what the code it replaced computed, at the edges it was written around.

- ``language.window_words`` reads a sentence with quotations as its quoted and unquoted
  segments: its keys must be the sentence's own keys, its narration the keys of its unquoted
  parts (a word running across a quotation's edge makes it read whole).
- ``scoring.count_sourced_sentences`` finds marks by binary search: the count must be the
  number of sentences that some quote, speaker, source mention or flag overlaps.
- ``Quote.to_dict`` and ``Source.to_dict`` write their parts' dicts out: the same as the parts'
  own ``to_dict``.
- ``sourcing._ends_in_joiner`` is tested before ``_NAMED_PARTNER``'s search: it must hold
  wherever the search finds something.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscheck import analyze_text
from newscheck.lexicon_matcher import KeyReader, word_keys
from newscheck.pipeline import build_document, run_stages
from newscheck.scoring import FindingGroups, count_sourced_sentences
from newscheck.stages.language import SENTINEL, window_words
from newscheck.stages.sourcing import _NAMED_PARTNER, _ends_in_joiner
from newscheck.stages.voice import QuoteLocator

STORY = (
    "HARBOR CITY — The port authority’s board voted on Tuesday to raise docking fees, a move "
    "its chair called “painful but necessary” for the aging piers.\n\n"
    "“We cannot keep patching concrete that was poured in 1962,” said Dana Whitfield, the "
    "board’s chair. “Every winter the repairs cost more.”\n\n"
    "Fishermen were less sure. One captain, who asked not to be named, said the increase "
    "would “push the small boats out,” and critics say the board ignored them.\n\n"
    "“It’s a tax on the people who can least afford it,” said Marco Ruiz, who runs a "
    "three-boat crew. He added that he'd “wait and see” what the city council does.\n\n"
    "The authority said the fees take effect in March. A spokesman for the mayor's office "
    "declined to comment."
)


def _analysed(text: str):
    document = build_document(text)
    run_stages(document, ("sentences", "quotes", "sourcing", "language"))
    return document


def _reference_words(document):
    """Keys and narration sentence by sentence: each sentence read whole, its narration the
    keys of its unquoted parts (what ``window_words`` computed before its segments)."""
    text = document.analysis_text
    spans = [(s.start, s.end) for s in document.sentences]
    parts = QuoteLocator(document.quotes).unquoted_parts(spans)
    keys, narration = [], []
    for index, (start, end) in enumerate(spans):
        keys += word_keys(text, start, end) + [SENTINEL]
        for piece_start, piece_end in parts.get(index, [(start, end)]):
            narration += word_keys(text, piece_start, piece_end)
        narration.append(SENTINEL)
    return keys, narration, spans, parts


def _window_words(document, spans, parts):
    text = document.analysis_text
    reader = KeyReader(text, spans[0][0], spans[-1][1])
    return window_words(reader, text, spans, parts)


def test_window_words_match_each_sentence_read_whole() -> None:
    document = _analysed(STORY)
    assert document.quotes, "the story has quotations"
    keys, narration, spans, parts = _reference_words(document)
    assert parts, "some sentences hold quotations"
    got_keys, bounds, got_narration, narration_bounds = _window_words(document, spans, parts)
    assert got_keys == keys
    assert got_narration == narration
    assert bounds[-1] == len(keys) and len(bounds) == len(spans) + 1
    assert narration_bounds[-1] == len(narration) and len(narration_bounds) == len(spans) + 1
    # the narration of the chair's quote sentence holds no quoted word
    chair = next(i for i, (s, e) in enumerate(spans) if "1962" in STORY[s:e])
    assert "concrete" not in got_narration[narration_bounds[chair] : narration_bounds[chair + 1]]
    assert "whitfield" in got_narration[narration_bounds[chair] : narration_bounds[chair + 1]]


def test_window_words_read_a_word_across_a_quotation_edge_whole() -> None:
    """Single quotation marks glued to a hyphen ("the 'pro'-growth camp", "'new deal'-era"):
    a word runs across the quotation's edge, so the sentence is read whole; the same keys."""
    text = (
        "Analysts in the 'pro'-growth camp said the plan 'will not pass' this year, and the "
        "mayor's 'new deal'-era rules stay. The council meets again on Friday."
    )
    document = _analysed(text)
    keys, narration, spans, parts = _reference_words(document)
    edges = [x for pieces in parts.values() for piece in pieces for x in piece]
    assert any(text[x - 1] == "'" and text[x] == "-" for x in edges), "a word runs across"
    got_keys, _, got_narration, _ = _window_words(document, spans, parts)
    assert got_keys == keys
    assert got_narration == narration
    assert "pro-growth" not in got_narration  # the quoted 'pro' is not narration


def test_sourced_sentences_are_those_a_mark_overlaps() -> None:
    document = build_document(STORY)
    run_stages(document)
    marks = [(q.start, q.end) for q in document.quotes]
    marks += [(q.speaker.start, q.speaker.end) for q in document.quotes if q.speaker]
    marks += [(m.start, m.end) for s in document.sources for m in s.mentions]
    marks += [(f.start, f.end) for f in FindingGroups.of(document.findings).flags]
    expected = sum(
        any(start < s.end and s.start < end for start, end in marks) for s in document.sentences
    )
    assert 0 < expected < len(document.sentences)
    assert count_sourced_sentences(document) == expected


def test_quote_and_source_dicts_are_their_parts_dicts() -> None:
    report = analyze_text(STORY)
    assert any(q.speaker for q in report.quotes) and report.sources
    for quote in report.quotes:
        data = quote.to_dict()
        assert data["cue"] == (quote.cue.to_dict() if quote.cue else None)
        assert data["speaker"] == (quote.speaker.to_dict() if quote.speaker else None)
        assert list(data) == ["id", "kind", "start", "end", "text", "cue", "speaker"]
    for source in report.sources:
        assert source.to_dict()["mentions"] == [m.to_dict() for m in source.mentions]


_WINDOW_TEXT = st.text(alphabet=list("aAndorJseph ,.\n\t\u00a0"), max_size=60)


@settings(max_examples=400, deadline=None)
@given(_WINDOW_TEXT)
def test_the_joiner_test_holds_wherever_the_partner_search_finds(text: str) -> None:
    for position in range(len(text) + 1):
        found = _NAMED_PARTNER.search(text, max(0, position - 40), position)
        if found is not None:
            assert _ends_in_joiner(text, position)


def test_the_joiner_test_on_named_partners() -> None:
    text = "Joseph and  \n other community members said the school should stay open."
    position = text.index("other")
    assert _NAMED_PARTNER.search(text, max(0, position - 40), position) is not None
    assert _ends_in_joiner(text, position)
    plain = "Residents of the valley said the school should stay open."
    position = plain.index("said")
    assert not _ends_in_joiner(plain, position)
    assert re.search(r"\b(?:and|or)\s+$", plain[:position]) is None
