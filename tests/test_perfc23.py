"""Round 23 (PERFC23): the sourcing stage's one-off costs, with the answers pinned.

The scanner's definition (``TaggedScanner.regex``, ``\\b`` before any listed phrase) is compiled
only when asked for: the fast path finds a phrase at the text's start with ``phrase`` instead.
"""

from __future__ import annotations

from scan_helpers import fast_matches, reference_matches

from newscheck.stages.source_patterns import Scan, TaggedScanner


def _spans(text: str, scanner: TaggedScanner) -> list[tuple[int, int]]:
    return [match.span() for match in scanner._matches(Scan(text).lower)]


def test_a_phrase_at_the_very_start_is_found_without_the_definition_pattern() -> None:
    scanner = TaggedScanner(
        {"collective": ("critics", "some lawmakers"), "weasel": ("it is said",)}
    )
    text = "Critics of the plan and some lawmakers said it is said too often."
    assert _spans(text, scanner) == [(0, 7), (24, 38), (44, 54)]
    found = [text[start:end] for start, end in _spans(text, scanner)]
    assert found == ["Critics", "some lawmakers", "it is said"]
    assert "regex" not in vars(scanner)  # the fast path never compiled the definition
    assert [m.span() for m in scanner.regex.finditer(Scan(text).lower)] == _spans(text, scanner)


def test_a_longer_word_at_the_start_is_no_phrase() -> None:
    scanner = TaggedScanner({"collective": ("critics",)})
    assert _spans("Criticsm aside, critics-in-chief spoke.", scanner) == []
    assert _spans("Critics' groups spoke.", scanner) == []
    assert _spans("Critics, for their part, spoke.", scanner) == [(0, 7)]


def test_the_full_scanner_agrees_with_its_definition_at_the_start() -> None:
    for text in (
        "Officials said on Tuesday the bridge would reopen.",
        "Some economists warned that the tariffs would bite.",
        "Experts\u2019 views differed, analysts said.",
        "\u201cMany residents,\u201d one official said, \u201care angry.\u201d",
    ):
        lower = Scan(text).lower
        spans = fast_matches(lower)
        assert spans == reference_matches(lower)
        assert spans and spans[0][0] in (0, 1)


def test_cue_at_the_window_start_matches_the_definition() -> None:
    from scan_helpers import PATTERNS

    from newscheck.stages.source_phrases import cue_in

    for window, expected in (
        ("according to", True),  # the cue opens the window
        ("according to several ", True),
        ("accordingly, the ", False),  # a longer word at the start is no cue
        ("the plan was, according to ", True),  # after a break inside the window
        ("the plan was backed by ", True),
        ("the plan was nearby ", False),
        ("", False),
    ):
        assert cue_in(window, PATTERNS) is expected, window
        assert (PATTERNS.cue_hint.search(window) is not None) is expected, window
