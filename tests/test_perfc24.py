"""Round 24 (PERFC24, issue 8): cheaper per-hit look-ups in the sourcing stage.

Every change is byte-identical (full reports of 1,088 inputs hash the same before and after), so
most tests pin a shortcut to the plain definition it replaces, on text written for the edges
each one was built around, and check the flags of a story that goes through all of them.

- ``source_phrases.words_in``: ``WORD.findall`` read by range tests when the segment is ASCII
  (and ``extend_left`` picks its token pattern the same way).
- ``source_shapes.capitalised_elsewhere``: the first few words are looked up in the text with
  ``str.find``, later ones in ``mid_sentence_capitals``'s index; both answer the same.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscheck import analyze_text
from newscheck.stages.source_phrases import WORD, extend_left, words_in
from newscheck.stages.source_shapes import _LOOKUPS, capitalised_elsewhere, mid_sentence_capitals

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


NAMES = (
    "Sanders said the vote was close. The board met with Sanders on Monday, and Myers's "
    "office said it agreed, as did Vendors. Owners disagreed. ABC Traders declined, while "
    "the café owners did not, said an aide to José Gomez, Pereira and Ndiaye.\n"
)


def _from_index(text: str, word: str) -> bool:
    index = mid_sentence_capitals(text)
    return any(word + tail in index for tail in ("", "'s", "\u2019s", "'", "\u2019"))


def test_capitalised_elsewhere_looks_words_up_as_the_index_does() -> None:
    """Guard and behaviour: "Sanders" (after "with"), "Myers" (possessive, after "and"),
    "Pereira" (after a comma) and "Gomez" (after 'é') are names; "Owners" stands only at a
    sentence's start or after a capital, "Traders" only after "ABC"."""
    words = [
        "Sanders", "Myers", "Vendors", "Owners", "Traders", "Pereira", "Gomez", "Ndiaye", "Board",
    ]
    assert len(words) > _LOOKUPS  # the last ones are answered by the index
    seen: dict = {}
    answers = {word: capitalised_elsewhere(NAMES, word, seen) for word in words}
    assert "\x00" in seen  # the index was built once the look-ups ran out
    assert answers == {word: _from_index(NAMES, word) for word in words}
    assert answers["Sanders"] and answers["Myers"] and answers["Pereira"] and answers["Gomez"]
    assert not answers["Owners"] and not answers["Traders"] and not answers["Board"]


def test_capitalised_elsewhere_answers_each_word_once() -> None:
    """Guard: a memoised answer is not looked up again (and "Sand" is no prefix of "Sanders")."""
    seen: dict = {}
    assert not capitalised_elsewhere(NAMES, "Sand", seen)
    assert capitalised_elsewhere(NAMES, "Sanders", seen)
    assert seen == {"Sand": False, "Sanders": True}


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=" ,.aZé", max_size=30),
    st.lists(st.sampled_from(["Zaa", "Za", "Zaa's", "Zé", "aZ"]), min_size=1, max_size=9),
)
def test_capitalised_elsewhere_property(filler: str, words: list[str]) -> None:
    text = filler + " Zaa's and Za, Zé " + filler
    seen: dict = {}
    for word in words:
        assert capitalised_elsewhere(text, word, seen) == _from_index(text, word)
