"""Round 10's speed work kept the findings; these pin the edge cases the faster paths touch."""

from __future__ import annotations

from language_helpers import language_findings

from newscheck import analyze_text
from newscheck.lexicon_matcher import KeyReader, Words, word_keys

ISTANBUL_STORY = (
    "Officials in İstanbul said the ferry deal may collapse, a shameful end to talks.\n"
    "The İzmir port could reopen next week, and traders called it a disastrous season."
)


def test_a_capital_dotted_i_keeps_one_key_per_word():
    # "İ".lower() is two characters ("i" and a combining dot): the keys must still be one per
    # word, or every later offset in the sentence is off by one word (it used to crash).
    text = "The İstanbul mayor may resign."
    assert word_keys(text) == ["the", "i̇stanbul", "mayor", "may", "resign"]
    words = Words(text)
    assert [words.spelled(i) for i in range(len(words))] == text[:-1].split()
    assert KeyReader(text).concatenated([(0, 12), (13, 30)], "\x00") == (
        ["the", "i̇stanbul", "\x00", "mayor", "may", "resign", "\x00"], [0, 3, 7],
    )


def test_findings_after_a_capital_dotted_i_are_the_ones_a_plain_i_gives():
    found = language_findings(ISTANBUL_STORY)
    assert found == language_findings(ISTANBUL_STORY.replace("İ", "I"))
    assert found == [
        ("L201", "shameful", "quoted"),  # in what the officials said
        ("H101", "could reopen", "author"),
        ("L201", "disastrous", "quoted"),  # round 12: "traders called it a disastrous season"
    ]


def test_words_located_in_batches_match_the_whole_reading():
    text = "Ms. O’Neill’s well-known rivals didn't attend; the vote, she said, may slip."
    whole = Words(text)
    spans = whole.spans()
    assert [text[s:e] for s, e in spans] == [
        "Ms", "O’Neill’s", "well-known", "rivals", "didn't", "attend", "the", "vote", "she",
        "said", "may", "slip",
    ]
    for order in ([11, 0, 5], [3, 4, 2, 11], [-1, 0]):
        words = Words(text)
        for i in order:
            assert (words.word_start(i), words.word_end(i)) == spans[i]
    late = Words(text)
    assert late.char_span(1, 2) == (4, 11)  # the possessive "’s" stays outside
    assert late.gap_after(7) == ", "
    assert late.gap_after(11) == "."
    assert late.spelled(10) == "may"


SCARE_QUOTE_TEXTS = (
    "The council's 'reform' passed, and critics called the \"compromise\" a ‘gift’.",
    "“They call it 'progress,'” she said, “but it is 'theft'.”",  # marks nested: one scan
    "He wrote: \"The 'experts' are wrong\" and “wrong” again; it's 'done'.",
    "No quotation marks at all here.",
    "“He said \"no\" twice,” the aide recalled, \"and then “maybe.”\"",  # overlapping passages
)


def test_one_scan_per_quotation_mark_finds_what_one_scan_of_all_marks_finds():
    from newscheck.stages.loaded import (
        QUOTATION,
        QUOTATION_BY_MARK,
        SCARE_QUOTE,
        SCARE_QUOTE_BY_MARK,
        scan_by_mark,
    )

    for text in SCARE_QUOTE_TEXTS:
        for pattern, by_mark in (
            (SCARE_QUOTE, SCARE_QUOTE_BY_MARK), (QUOTATION, QUOTATION_BY_MARK),
        ):
            expected = [(m.span(), m.lastgroup, m.group(m.lastindex))
                        for m in pattern.finditer(text)]
            found = [(m.span(), m.lastgroup, m.group(m.lastindex))
                     for m in scan_by_mark(pattern, by_mark, text)]
            assert found == expected
    first = SCARE_QUOTE_TEXTS[0]
    assert [(m.span(), m.lastgroup) for m in scan_by_mark(SCARE_QUOTE, SCARE_QUOTE_BY_MARK, first)
            ] == [((14, 22), "d"), ((54, 66), "b"), ((69, 75), "c")]


def test_scare_quotes_in_mixed_marks_are_flagged_once_each():
    text = (
        "The council's \"reform\" passed on Tuesday. The “consultation” lasted one afternoon, "
        "and the 'review' took a week."
    )
    flagged = [(f.rule, f.text) for f in analyze_text(text).findings if f.rule == "L101"]
    assert flagged == [("L101", "reform"), ("L101", "consultation"), ("L101", "review")]


def test_name_runs_start_only_where_a_word_starts():
    import re

    from newscheck.stages.loaded import NAME_RUN

    look_behind_first = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+)+")
    text = (
        "Dan Savage spoke. McCarrick, the Molester, left; O'Neill Group and U.S. Army Corps "
        "met.\nSankt Gallen Mafia\tMembers wrote to Jo-Ann Smith-Jones and e.Coli Labs Inc."
    )
    runs = [m.group() for m in NAME_RUN.finditer(text)]
    assert runs == [m.group() for m in look_behind_first.finditer(text)]
    assert runs == ["Dan Savage", "O'Neill Group", "U.S. Army Corps",
                    "Sankt Gallen Mafia\tMembers", "Jo-Ann Smith-Jones", "Labs Inc."]


def test_the_word_pair_shortcut_decides_as_punkt_does():
    from nltk.tokenize import punkt

    from newscheck.stages import sentences

    assert (sentences._ORTHO_BEG_LC, sentences._ORTHO_MID_UC, sentences._ORTHO_UC,
            sentences._ORTHO_LC) == (punkt._ORTHO_BEG_LC, punkt._ORTHO_MID_UC,
                                     punkt._ORTHO_UC, punkt._ORTHO_LC)
    punkt_tokenizer, spans = sentences._news_punkt()
    loop = spans.func.__self__
    params = sentences.punkt_parameters()
    words = sorted(w for w in params.abbrev_types if w.isalpha() and w.isascii())[:60]
    words += sorted({first for first, _ in params.collocations if first.isalpha()})[:20]
    words += ["j", "b", "said", "inc", "jr", "u.s", "d.c", "a.m", "e.g"]
    following = sorted(w for w in params.sent_starters if w.isalpha())[:15]
    following += [second for _, second in sorted(params.collocations) if second.isalpha()][:10]
    following += ["bush", "harry", "voters", "the", "he", "bach", "zzyzx", "11", "2016"]
    decided = 0
    for word in words:
        for spelled in (word, word.capitalize()):
            for after in following:
                for context in (" " + after, " " + after.capitalize(), "  " + after.upper()):
                    fast = loop._word_pair_break(spelled, context)
                    assert fast == punkt_tokenizer.text_contains_sentbreak(spelled + "." + context)
                    decided += 1
    assert decided > 5000
    assert loop._word_pair_break("Mr", " Bush,") is None  # not two plain words: Punkt decides
    assert loop._word_pair_break("U.S", " Army") is not None
    assert loop._word_pair_break("(D-Nev", " Trump") is None
    assert loop._word_pair_break("14", " Jim") is None  # a number before the period
    text = "Sen. Harry Reid spoke to J. Bach. Then Gov. Palin left. He said so."
    assert [text[s:e] for s, e in sentences.split_sentences(text)] == [
        "Sen. Harry Reid spoke to J. Bach.", "Then Gov. Palin left.", "He said so.",
    ]


def test_one_reading_gives_the_sentence_keys_and_the_narration_keys():
    from newscheck.stages.language import SENTINEL, window_words

    text = (
        "The mayor called the deal 'a historic win' on Monday.\n"
        "Aides said the 'rock'n'roll' budget may slip.\n"
        "No quotes here, officials said."
    )
    window = [(0, 53), (54, 99), (100, len(text))]
    quoted_parts = {
        0: [(0, 26), (42, 53)],  # 'a historic win'
        # a quotation ending inside "rock'n'roll": a word runs across its edge, so the sentence
        # is read whole and its unquoted parts apart
        1: [(54, 69), (74, 99)],
    }
    reader = KeyReader(text, 0, len(text))
    keys, bounds, narration, narration_bounds = window_words(reader, text, window, quoted_parts)
    assert (keys, bounds) == reader.concatenated(window, SENTINEL)
    expected: list[str] = []
    for local, span in enumerate(window):
        for start, end in quoted_parts.get(local, [span]):
            expected += reader.keys(start, end)
        expected.append(SENTINEL)
    assert narration == expected
    assert narration == [
        "the", "mayor", "called", "the", "deal", "on", "monday", SENTINEL,
        "aides", "said", "the", "n'roll", "budget", "may", "slip", SENTINEL,
        "no", "quotes", "here", "officials", "said", SENTINEL,
    ]
    assert narration_bounds == [0, 8, 16, 22]
    assert keys[bounds[1] : bounds[2] - 1] == [
        "aides", "said", "the", "rock'n'roll", "budget", "may", "slip",
    ]
