"""Round 24 (PERFC24, issue 8): cheaper per-hit look-ups in the sourcing stage.

Every change is byte-identical (full reports of 1,088 inputs hash the same before and after), so
most tests pin a shortcut to the plain definition it replaces, on text written for the edges
each one was built around, and check the flags of a story that goes through all of them.

- ``source_phrases.words_in``: ``WORD.findall`` read by range tests when the segment is ASCII
  (and ``extend_left`` picks its token pattern the same way).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscheck import analyze_text
from newscheck.stages.source_phrases import WORD, extend_left, words_in

STORY = (
    "MILLBROOK — Residents of the valley said the new toll would hurt small shops. Critics of "
    "the plan, including two former council members, argued that the road was never needed.\n\n"
    "Owners of the depot declined to comment. Some parents with children at the school worried "
    "about traffic, and local officials in Millbrook said they would review the figures.\n\n"
    "Sanders, a longtime resident, called the levy unfair. Many voters agree with Sanders on "
    "that.\n"
)


def _flags(text: str) -> list[tuple[str, str]]:
    report = analyze_text(text).to_dict()
    found = []
    for finding in report["findings"]:
        if finding["rule"][0] == "A":
            assert text[finding["start"] : finding["end"]] == finding["text"]
            found.append((finding["rule"], finding["text"]))
    return found


def test_story_flags_the_unnamed_groups() -> None:
    """Behaviour: the groups with a verb of their own after a post-modifier, a parenthetical or
    a place are flagged with their whole phrase; "Owners ... declined to comment" is not."""
    assert _flags(STORY) == [
        ("A201", "Residents of the valley"),
        ("A201", "Critics of the plan, including two former council members"),
        ("A201", "Some parents"),
        ("A101", "local officials in Millbrook"),
        ("A201", "Many voters"),
    ]


SEGMENTS = [
    "of the plan, including two former council members, argued",
    "u.s. officials said the pro-kremlin outlet's o'brien interview was 'fake'",
    "don’t say it – the naïve café owners in são paulo said",
    "i̇stanbul's mayor and the İzmir paper, cıting residents",
    "2,000 voters in the 5th district, aged 18-24, said...",
    "",
    "...",
]


@pytest.mark.parametrize("segment", SEGMENTS)
def test_words_in_is_word_findall(segment: str) -> None:
    """Guard: the same words as ``WORD.findall`` for ASCII and non-ASCII segments."""
    assert words_in(segment) == WORD.findall(segment)


def test_words_in_reads_initialisms_and_inner_marks() -> None:
    """Behaviour: a final dot and closing marks stay out, inner dots and apostrophes stay in."""
    assert words_in("u.s. officials' o'brien pro-kremlin") == [
        "u.s", "officials", "o'brien", "pro-kremlin",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Z9.-'’_,éİ\n", max_size=40))
def test_words_in_property(segment: str) -> None:
    assert words_in(segment) == WORD.findall(segment)


def test_extend_left_takes_the_same_modifiers_in_ascii_and_beyond() -> None:
    """Behaviour: "senior Pentagon officials" and "senior São Paulo officials" are both taken
    whole (an ASCII window and one with 'ã')."""
    for place in ("Pentagon", "São Paulo"):
        text = f"The plan, said senior {place} officials, was never agreed."
        phrase = f"senior {place} officials"
        end = text.index(" officials") + len(" officials")
        head = end - len("officials")
        assert text[extend_left(text, head, 0) : end] == phrase
