"""The quotes stage's whole-text scans: literal-led scans per character must find exactly what the
single class-led regexes they replace find (marks, sentence terminators, cue words).

Every text here is invented for these tests.
"""

from __future__ import annotations

import re

import pytest

from newscheck.stages import attribution, quote_marks

WIRE = (
    "WASHINGTON \u2014 \u201cWe are not done,\u201d Mayor Dana Whitfield said on Tuesday. "
    "'It's the '90s all over again,' a council aide, who declined to be named, told reporters.\n\n"
    "Asked whether the plan would pass, she said: ''Probably not.'' Really?! He shot back that "
    "the vote (scheduled for Oct. 3) was \u2018rigged\u2019 \u2014 according to the U.S. Senate "
    "aide \u2026 \"Nobody referred to it,\" said J. Smith.\u201d\n"
    "(said) -said so-called \u00absaid\u00bb\tsaid_ \u00e9said said."
)


def test_quotation_marks_from_literal_scans_match_the_class_regex() -> None:
    # round 20: less the single marks between two letters or digits (apostrophes)
    expected = [
        m.span() for m in quote_marks._MARK.finditer(WIRE)
        if not (WIRE[m.start()] in "'\u2018\u2019" and WIRE[m.start() - 1].isalnum()
                and WIRE[m.start() + 1 : m.start() + 2].isalnum())
    ]
    assert quote_marks._mark_spans(WIRE) == expected
    assert len(expected) == 14  # ("It's": an apostrophe)
    opening = WIRE.index("''Probably")
    closing = WIRE.index("'' Really")
    assert (opening, opening + 2) in expected and (closing, closing + 2) in expected  # wire ''
    assert WIRE[expected[-1][0]] == "\u00bb"


@pytest.mark.parametrize(
    "text", [WIRE, "said", "According to aides, he said.", "", "x referred to", "(said)"]
)
def test_cues_from_two_scans_match_the_single_regex(text: str) -> None:
    spans = []
    search_from = 0
    if (first := attribution._cue_at_start().match(text)) is not None:
        spans.append(first.span())
        search_from = first.end()
    spans += [m.span(1) for m in attribution._cue_pattern().finditer(text, search_from)]
    assert attribution.find_cues(text) == attribution._cues_at(text, spans)


def test_cue_words_of_the_wire_copy() -> None:
    """After a space, a tab, "(" or "«" alike; not in "-said", "said_", "ésaid" or "Asked"."""
    cues = [(WIRE[c.start : c.end], c.section) for c in attribution.find_cues(WIRE)]
    assert cues == [
        ("said", "clause"), ("told", "clause"), ("said", "clause"), ("shot back", "clause"),
        ("according to", "according"), ("referred to", "object"), ("said", "clause"),
        ("said", "clause"), ("said", "clause"), ("said", "clause"),
    ]
    assert [c.start for c in attribution.find_cues(WIRE)][-3:] == [
        WIRE.index("(said)") + 1, WIRE.index("\u00absaid") + 1, WIRE.index("said.")
    ]


def test_cues_between_quotations_skip_the_quoted_words() -> None:
    text = "Ortiz said the \u201cplan said nothing\u201d and told reporters so."
    inside = (text.index("\u201c"), text.index("\u201d") + 1)
    cues = attribution.find_cues_between(text, [(0, inside[0]), (inside[1], len(text))])
    assert [text[c.start : c.end] for c in cues] == ["said", "told"]


def test_no_multi_word_cue_hides_another_so_the_split_scan_is_used() -> None:
    assert attribution._split_cue_patterns() is not None
    assert re.fullmatch(r"referred to", WIRE[WIRE.index("referred") : WIRE.index("referred") + 11])
