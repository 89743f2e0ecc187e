"""Round 10's speed work kept the findings; these pin the edge cases the faster paths touch."""

from __future__ import annotations

from language_helpers import language_findings

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
        ("L101", "disastrous", "author"),
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
