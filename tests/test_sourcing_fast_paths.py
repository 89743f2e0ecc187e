"""The sourcing stage's fast paths give exactly the answers of the plain regexes they stand in for.

Round 6 made the stage faster without changing a report: the word-list scan and the cue
look-back search after a non-word character instead of at every position, and
``extend_right``/``measured`` reject in O(1) before their regexes.  Each test compares a fast
path with its reference on our own news sentences (exact spans) and on generated text built
from the words and marks that make the edge cases (line starts, hyphens, apostrophes, curly
quotes, dotted capitals).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from scan_helpers import PATTERNS, SCANNER, fast_matches, reference_matches

from newscheck.stages.source_patterns import Scan
from newscheck.stages.source_phrases import (
    _MEASURED,
    _POST_MODIFIER,
    cue_in,
    extend_right,
    measured,
)


def test_scan_finds_phrases_at_the_start_after_punctuation_and_not_inside_words() -> None:
    text = (
        "Critics say the deal is weak. “Some lawmakers,” one aide said, "
        "were not told; non-officials and ex-officials (officials) agreed."
    )
    lower = Scan(text).lower
    spans = fast_matches(lower)
    assert spans == reference_matches(lower)
    words = [text[start:end] for start, end in spans]
    assert words[:2] == ["Critics", "say"]  # at offset 0, then after a space
    assert "Some" in words  # right after an opening curly quote
    assert (text.index("Some"), text.index("Some") + 4) in spans
    assert "officials" in words  # inside parentheses
    assert text.index("(officials)") + 1 in [start for start, _ in spans]


def test_scan_tags_are_unchanged_on_a_news_paragraph() -> None:
    text = (
        "Many voters, who asked not to be named, say they fear the plan.\n"
        "People familiar with the talks said the Financial Times was first to report it."
    )
    hits = SCANNER.scan(Scan(text).lower)
    assert [(m.start(), m.group()) for m in hits["collective"]] == [(0, "many"), (5, "voters")]
    # the longest entry wins: "who" is part of the anonymity phrase, not a pronoun hit
    assert [text[m.start() : m.end()] for m in hits["anonymous_phrase"]] == [
        "who asked not to be named",
        "People familiar with",
    ]
    assert [(m.start(), m.group()) for m in hits["pronoun"]] == [(44, "they")]
    assert [m.group() for m in hits["credit_verb"]] == ["say", "fear", "said"]
    assert [m.group() for m in hits["outlet_name"]] == ["financial times"]


WORDS = sorted(SCANNER.entries)[::7] + ["the", "a", "non", "ex", "O", "Brien", "U.S", "say"]
PIECES = st.sampled_from(WORDS + [" ", "  ", "\n", "-", "'", "’", "“", "”", ",", ".", "(", "İ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_scan_fast_path_equals_the_plain_finditer(pieces: list[str]) -> None:
    lower = Scan("".join(pieces)).lower
    assert fast_matches(lower) == reference_matches(lower)


def test_cue_look_back_agrees_with_the_plain_search_on_news_windows() -> None:
    windows = [
        "according to",
        "the lawsuit was filed, according to ",
        "the plan was criticised by ",
        "nearby ",
        "said one of the ",
        "a statement by the group's lawyers, which ",
    ]
    for window in windows:
        assert cue_in(window, PATTERNS) == bool(PATTERNS.cue_hint.search(window))
    assert cue_in("the lawsuit was filed, according to ", PATTERNS)
    assert not cue_in("nearby ", PATTERNS)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=25))
def test_cue_look_back_equals_the_plain_search(pieces: list[str]) -> None:
    window = "".join(pieces).lower()
    assert cue_in(window, PATTERNS) == bool(PATTERNS.cue_hint.search(window))


def reference_extend_right(text: str, end: int, ceiling: int) -> int:
    match = _POST_MODIFIER.match(text, end, ceiling)
    return match.end() if match else end


def test_extend_right_grows_over_a_post_modifier_and_stops_elsewhere() -> None:
    text = "People familiar with the talks said. Aides Inside the White House said."
    assert text[: extend_right(text, 6, len(text))] == "People familiar with the talks"
    assert extend_right(text, 30, len(text)) == 30  # " said": no post-modifier
    start = text.index("Aides") + 5
    assert extend_right(text, start, len(text)) == reference_extend_right(text, start, len(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=12), st.integers(0, 3))
def test_extend_right_equals_its_regex(pieces: list[str], cut: int) -> None:
    text = "officials" + "".join(pieces)
    ceiling = max(9, len(text) - cut)
    assert extend_right(text, 9, ceiling) == reference_extend_right(text, 9, ceiling)


def reference_measured(before: str) -> bool:
    lowered = " ".join(before.lower().split())
    return (" of" in lowered or " in" in lowered) and bool(_MEASURED.search(before))


def test_measured_finds_poll_shares_right_before_the_group() -> None:
    assert measured("a poll found that 55 percent of likely ")
    assert measured("Four in 10 ")
    assert measured("a majority OF registered ")
    assert not measured("the leader of ")
    assert measured("55 percent of them said ")  # up to three words after the share
    assert not measured("55 percent of them said so on Monday ")  # five: too far


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["percent", "per", "cent", "of", "OF", "in", "10", "ten", "TEN", "4", "majority", "poll",
     "likely", "the", " ", "  ", "\n", ",", "%"]
), max_size=14))
def test_measured_equals_its_regex(pieces: list[str]) -> None:
    before = "".join(pieces)
    assert measured(before) == reference_measured(before)
