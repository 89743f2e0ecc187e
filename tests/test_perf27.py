"""Round 27 (PERF27): the quote stage does less work for the same reports."""

from __future__ import annotations

import newscheck.stages.quote_marks as quote_marks
from newscheck.stages.quote_marks import example_of_words
from newscheck.stages.speakers import SpeakerResolver


def _at(text: str, needle: str) -> int:
    index = text.find(needle)
    assert index >= 0, needle
    return index


class _CountingPattern:
    """A stand-in for a compiled pattern that counts its searches."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)


def test_example_words_are_still_found_after_each_link(monkeypatch) -> None:
    for text in (
        'The filter flagged posts that held words like "strike" and "walkout" all week.',
        'Moderators removed every post that carried slogans such as "Free the port" on Monday.',
        'Analysts tracked terms including "tariff", "quota" and "levy" in the filings.',
    ):
        mark = text.index('"')
        assert example_of_words(text, mark), text


def test_the_long_example_pattern_is_not_tried_without_a_link_word(monkeypatch) -> None:
    counting = _CountingPattern(quote_marks._EXAMPLE_WORDS_BEFORE)
    monkeypatch.setattr(quote_marks, "_EXAMPLE_WORDS_BEFORE", counting)
    text = 'The harbour master told reporters the new rules were "a mess" on Tuesday.'
    assert not example_of_words(text, text.index('"'))
    assert counting.searches == 0
    linked = 'The union banned placards bearing slogans like "Fair pay now" at the gates.'
    assert example_of_words(linked, linked.index('"'))
    assert counting.searches == 1


def test_sentence_openings_are_read_once_per_position(monkeypatch) -> None:
    text = (
        "Rena Castillo, who chairs the harbour board, met the unions on Monday. The board "
        "member has long opposed the plan. She said the deal would not survive the vote."
    )
    resolver = SpeakerResolver(text)
    reads: list[tuple[int, int]] = []
    read = resolver._openings_before

    def counting(position: int, since: int) -> list[int]:
        reads.append((position, since))
        return read(position, since)

    monkeypatch.setattr(resolver, "_openings_before", counting)
    she = _at(text, "She said")
    first = resolver._recent_openings(she, 0)
    assert first == [she, _at(text, "The board member")]
    assert resolver._recent_openings(she, 0) == first
    assert reads == [(she, 0)]
    speaker = resolver.resolve((she, she + 3))
    assert (speaker.name, speaker.kind) == ("Rena Castillo", "person")
    assert len(reads) == len(set(reads))  # no (position, since) read twice
