"""lexicon_matcher's readers: match keys, word offsets and the windowed concatenation the language
stage relies on (same keys whether read one sentence at a time or a window at a time)."""

from __future__ import annotations

import re

import pytest

from newscheck.document import Span
from newscheck.lexicon_matcher import (
    WORD,
    WORD_WITHOUT_UNDERSCORES,
    KeyReader,
    Words,
    reduced_key,
    word_keys,
)
from newscheck.pipeline import build_document
from newscheck.report import Quote
from newscheck.stages import language

SENTENCES = (
    "The mayor’s aides couldn't say whether the plan's cost would rise.\n"
    "Critics called it a “disastrous” giveaway; the council's vote may slip to May 3.\n"
    "Officials in São Paulo didn't comment on the so-called rescue deal.\n"
)


def line_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text)]


def test_keys_reduce_possessives_and_contracted_negations():
    assert word_keys("The mayor’s aides couldn't say whether the plan's cost would rise.") == [
        "the", "mayor", "aides", "n't", "say", "whether", "the", "plan", "cost", "would", "rise",
    ]
    assert [reduced_key(k) for k in ("it's", "don't's", "isn't", "class", "n't")] == [
        "it", "n't", "n't", "class", "n't",
    ]


def test_concatenated_keys_match_sentence_by_sentence_reading():
    spans = line_spans(SENTENCES)
    keys, bounds = KeyReader(SENTENCES).concatenated(spans, "\x00")
    expected: list[str] = []
    for start, end in spans:
        expected += word_keys(SENTENCES, start, end) + ["\x00"]
    assert keys == expected
    assert bounds == [0, 12, 27, 39]
    assert keys[bounds[1] : bounds[2] - 1][:6] == ["critics", "called", "it", "a", "disastrous",
                                                  "giveaway"]


def test_a_reader_over_a_window_reads_absolute_offsets():
    spans = line_spans(SENTENCES)
    window = KeyReader(SENTENCES, spans[1][0], spans[2][1])
    assert window.keys(*spans[2]) == word_keys(SENTENCES, *spans[2])
    keys, bounds = window.concatenated(spans[1:], "\x00")
    assert keys[bounds[1] :][:5] == ["officials", "in", "são", "paulo", "n't"]


def test_lower_casing_that_changes_length_falls_back_to_each_range():
    text = "İstanbul's mayor didn't deny it. The regime's critics spoke."
    spans = [(0, 32), (33, len(text))]
    keys, _ = KeyReader(text).concatenated(spans, "\x00")
    # "İ" lower-cases to "i" and a combining dot, which is not a word character: each word is
    # lower-cased alone, so there is still one key per word (Words' offsets stay aligned)
    assert keys == ["i\u0307stanbul", "mayor", "n't", "deny", "it", "\x00",
                    "the", "regime", "critics", "spoke", "\x00"]


def test_a_window_containing_the_marker_letter_is_read_span_by_span():
    text = "La 1ª edición del festival's cartel wasn't ready.\nThe mayor’s plan may slip."
    spans = line_spans(text)
    keys, bounds = KeyReader(text).concatenated(spans, "\x00")
    assert keys == ["la", "1ª", "edición", "del", "festival", "cartel", "n't", "ready", "\x00",
                    "the", "mayor", "plan", "may", "slip", "\x00"]
    assert bounds == [0, 9, 15]


def test_word_offsets_spellings_and_gaps():
    start, end = line_spans(SENTENCES)[1]
    words = Words(SENTENCES, start, end)
    assert words.spelled(4) == "disastrous"
    assert (words.word_start(4), words.word_end(4)) == (start + 21, start + 31)
    assert words.gap_after(4) == "” "
    assert words.gap_after(len(words) - 1) == "."
    council = words.keys.index("council")
    assert words.spelled(council) == "council's"
    assert SENTENCES[slice(*words.char_span(council - 1, council + 1))] == "the council"


def test_windows_cover_every_sentence_once_in_runs_of_whole_sentences():
    spans = [(i * 10, i * 10 + 9) for i in range(25)]
    runs = language.windows(spans, 49)  # five sentences end within 49 characters of a start
    assert runs == [(0, 5), (5, 10), (10, 15), (15, 20), (20, 25)]
    assert language.windows(spans, 48)[:2] == [(0, 4), (4, 8)]
    assert language.windows([(0, 500), (501, 510)], 45) == [(0, 1), (1, 2)]
    assert language.windows([], 45) == []


def findings_and_scores(text: str, quoted: list[str]) -> tuple[list[tuple], list[tuple]]:
    document = build_document(text)
    document.sentences = [Span(s, e) for s, e in line_spans(text)]
    document.quotes = [Quote(f"q{n}", "direct", text.index(words), text.index(words) + len(words),
                             words) for n, words in enumerate(quoted, 1)]
    language.run(document)
    found = sorted((f.rule, f.start, f.end, f.text, f.voice, f.subtype, f.severity, f.message,
                    f.sentence) for f in document.findings)
    return found, sorted(document.sentence_scores.items())


def test_small_windows_give_the_same_findings_and_scores(monkeypatch: pytest.MonkeyPatch):
    text = SENTENCES + (
        "Opposition leaders slammed the utterly shameless budget as the worst in history.\n"
        "It is believed the minister reportedly hid the losses, a terrible and ugly scandal.\n"
        "The so-called \"reform\" could shift power to the regime's thugs, some analysts say.\n"
        "“This is a disgraceful, awful and stupid deal,” the senator said of the wonderful plan.\n"
    )
    quoted = ["This is a disgraceful, awful and stupid deal,", "so-called"]
    whole = findings_and_scores(text, quoted)
    assert {rule for rule, *_ in whole[0]} >= {"H101", "H103", "L101", "L102", "L104", "L201"}
    assert len(whole[1]) == 7  # every sentence has narration to score
    monkeypatch.setattr(language, "WINDOW_CHARS", 1)
    assert findings_and_scores(text, quoted) == whole
    monkeypatch.setattr(language, "WINDOW_CHARS", 150)
    assert len(language.windows(line_spans(text), 150)) > 2
    assert findings_and_scores(text, quoted) == whole


def test_the_word_pattern_finds_what_the_plain_pattern_finds():
    plain = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
    texts = [
        "rock-'n'-roll, ex-'60s, don’t--stop, well-- known, _under_score_ , co-op's, 'quoted'",
        "a-" * 5000 + "'",
        "Ünïcödé-wörds ’n’ 42-year-olds' — “São Paulo’s” mid-'90s",
    ]
    for text in texts:
        assert WORD.findall(text) == plain.findall(text)
        lowered = text.lower().replace("’", "'").replace("_", " ")
        assert WORD_WITHOUT_UNDERSCORES.findall(lowered) == plain.findall(lowered)


def test_words_located_on_demand_in_any_order_match_a_full_reading():
    start, end = line_spans(SENTENCES)[0]
    spans = [m.span() for m in WORD.finditer(SENTENCES, start, end)]
    for order in ([0, 5, 10], [10, 0, 5], [-1, 3], [4, -2, 0]):
        words = Words(SENTENCES, start, end)
        for i in order:
            assert (words.word_start(i), words.word_end(i)) == spans[i]
            assert words.spelled(i) == SENTENCES[slice(*spans[i])]
    words = Words(SENTENCES, start, end)
    assert words.gap_after(1) == " "  # "mayor’s aides": only three words read so far
    assert words.gap_after(len(words) - 1) == "."
    assert Words(SENTENCES, start, end).gap_after(-1) == SENTENCES[spans[-1][1] : spans[0][0]]
    assert SENTENCES[slice(*Words(SENTENCES, start, end).char_span(1, 2))] == "mayor"
    assert Words(SENTENCES, start, end).char_span(-2, -1) == (spans[-2][0], spans[-2][1])


def test_sentences_out_of_order_are_read_from_their_own_text(monkeypatch: pytest.MonkeyPatch):
    text = SENTENCES + "Opposition leaders slammed the utterly shameless budget.\n"
    monkeypatch.setattr(language, "WINDOW_CHARS", 150)
    found = []
    for order in (list, reversed):
        document = build_document(text)
        document.sentences = [Span(s, e) for s, e in order(line_spans(text))]
        language.run(document)
        found.append({(f.rule, f.start, f.end, f.text) for f in document.findings})
    assert found[0] == found[1]
    assert {text for _, _, _, text in found[0]} >= {"slammed", "so-called", "disastrous"}
