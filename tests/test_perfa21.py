"""Round 21 speed changes in the quotes stage's frames (PERFA21): each cheaper test gives the
answer of the code it replaces.

``_speaker_before`` asks two questions of the 160 characters before a cue: is there a "who"
(a relative clause, "who'd", "who’ve" included), and is a name written across a quoted
nickname ('Rosa "La Jefa" Delgado')?  Both are now one regex search each (the nickname's
after a search for its opening: a space, a mark and a capital).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscheck.stages import attribution
from newscheck.stages.attribution import _speaker_before


def _speaker_and_aside(text: str, cue: str = " said") -> tuple[str | None, str | None]:
    position = text.index(cue) + 1
    speaker, aside = _speaker_before(text, 0, position)
    return (
        text[speaker[0] : speaker[1]] if speaker else None,
        text[aside[0] : aside[1]] if aside else None,
    )


def test_a_contracted_who_with_a_curly_apostrophe_opens_a_relative_clause() -> None:
    text = (
        "Several of the county\u2019s farmers who\u2019ve lost crops to the flooding said the "
        "relief came too late."
    )
    assert _speaker_and_aside(text) == ("Several of the county\u2019s farmers", None)


def test_a_contracted_who_with_a_straight_apostrophe_opens_a_relative_clause() -> None:
    text = (
        "Several of the county's farmers who'd lost crops to the flooding said the relief "
        "came too late."
    )
    assert _speaker_and_aside(text) == ("Several of the county's farmers", None)


def test_a_name_across_a_curly_quoted_nickname_is_one_speaker() -> None:
    text = (
        "A longtime vendor at the harbor market, Rosa \u201cLa Jefa\u201d Delgado said the "
        "stalls would reopen in May."
    )
    assert _speaker_and_aside(text) == ("Rosa \u201cLa Jefa\u201d Delgado", None)


def test_a_quoted_title_before_the_speaker_is_no_nickname() -> None:
    text = (
        "The report, titled \u201cA Harbor in Decline,\u201d was released Monday, and harbor "
        "master Ellen Voss said it was overdue."
    )
    assert _speaker_and_aside(text) == ("harbor master Ellen Voss", None)


_PIECES = st.sampled_from(
    [
        "who ", "who'", "who\u2019", "whom ", "whose ", "Who ", "who", " ", "the mayor ",
        "Rosa ", "\u201cLa Jefa\u201d ", '"Chico" ', "'Doc' ", "\u2018Red\u2019 ", "Delgado ",
        "a \u201cquote\u201d ", ", ", ". ", "\u201c", '"', "'", "\u2018", "Kim", "x",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.integers(0, 40), st.integers(0, 40))
def test_the_searches_answer_as_the_finds_did(pieces: list[str], cut: int, trim: int) -> None:
    """The two searches against the tests they replace, at any window edges."""
    text = "".join(pieces)
    far = min(cut, len(text))
    position = max(far, len(text) - trim)
    finds_who = text.find("who ", far, position) >= 0 or (
        text.find("who'", far, position) >= 0 or text.find("who\u2019", far, position) >= 0
    )
    assert (attribution._WHO_IN_WINDOW.search(text, far, position) is not None) == finds_who
    nickname = attribution._NICKNAME_IN_NAME.search(text, far, position) is not None
    opening = attribution._NICKNAME_OPENING.search(text, far, position) is not None
    assert opening or not nickname  # the opening is in every nickname: a sound pre-test


_TEXT_PIECES = st.sampled_from(
    [
        "Smith", "said", " ", "  ", ",", ".", "\u201d", "\u201c", '"', "'", "\u2019", "s",
        "12", ",000", "%", "-", "&", "(", ")", "?", "!", ":", ";", "\n", "\t", "\u00a0",
        "\u2014", "_", "Mr", "U.S", "Jos\u00e9", "42", "Lee", "x",
    ]
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(_TEXT_PIECES, max_size=30), st.integers(0, 12), st.integers(0, 12),
    st.sampled_from([0, 1, 3, 10]),
)
@example(["the", " ", "Smith", "s", "\u2019", " ", "lawyer", ",", " "], 0, 0, 0)
@example(["Jones", "'", ",", "\u201d", " ", "Mr", ".", " ", "Lee", ".", "\u201d"], 0, 0, 0)
@example(["12", ",000", ",", " ", "U.S", ".", ",", "\u201d", " ", "(", "x", ")"], 0, 0, 3)
def test_the_tokens_are_the_token_regex_matches(
    pieces: list[str], cut: int, trim: int, count: int
) -> None:
    """``_tokens`` reads letters and trailing marks without the regex: the same tokens and
    offsets as ``_TOKEN``'s matches, at any window edges and with any count."""
    text = "".join(pieces)
    lo = min(cut, len(text))
    hi = max(lo, len(text) - trim)
    matches = list(attribution._TOKEN.finditer(text, lo, hi))
    if count:
        matches = matches[:count]
    words, starts = attribution._tokens(text, lo, hi, count)
    assert words == [match[0] for match in matches]
    assert starts == [match.start() for match in matches]
    assert all(
        text[start : start + len(word)] == word for word, start in zip(words, starts, strict=True)
    )


def test_a_speaker_after_a_comma_and_a_closing_mark_keeps_exact_offsets() -> None:
    text = (
        "\u201cThe pumps failed twice before dawn,\u201d Marta Ellison, the utility\u2019s "
        "operations chief, said on Thursday."
    )
    assert _speaker_and_aside(text) == ("Marta Ellison", "the utility\u2019s operations chief")
