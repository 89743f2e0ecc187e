"""Round 22 speed changes in the quotes stage's frames and cues (PERFB22): each cheaper test
gives the answer of the code it replaces.

``_plain_speaker_before`` settles a cue right after a closing quotation mark (',” said',
",'' said") without tokenising the words before it: the mark is a token of its own, so no
phrase ends at the cue (the speaker, if any, follows it).  ``_speaker_before`` searches for a
quoted nickname only when the plain answer could depend on one (one word right after a
closing mark) or the tokens decide.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscheck.stages import attribution
from newscheck.stages.attribution import (
    _MORE,
    Cue,
    _plain_speaker_before,
    _speaker_before,
    _speaker_in,
    _tokens,
    frame_for,
    verb_section,
)


def _frame_speaker(text: str, cue: str = "said") -> tuple[str | None, bool]:
    start = text.index(" " + cue + " ") + 1
    end = start + len(cue)
    frame = frame_for(text, Cue(start, end, verb_section(cue) or "neutral"), 0, len(text))
    speaker = frame.speaker
    return (text[speaker[0] : speaker[1]] if speaker else None), frame.inverted


def test_a_cue_after_a_curly_closing_mark_takes_the_speaker_after_it() -> None:
    text = (
        "\u201cWe will have the pier rebuilt by the summer,\u201d said Harbor Commissioner "
        "Dana Lowe on Tuesday."
    )
    assert _frame_speaker(text) == ("Harbor Commissioner Dana Lowe", True)
    position = text.index(" said") + 1
    assert _speaker_before(text, 0, position) == (None, None)


def test_a_cue_after_two_apostrophes_takes_the_speaker_after_it() -> None:
    text = "``The ferry schedule is not negotiable,'' said Alma Ruiz, the port director."
    assert _frame_speaker(text) == ("Alma Ruiz", True)


def test_a_cue_after_a_straight_closing_mark_and_an_adverb_takes_the_speaker_after_it() -> None:
    text = '"Nobody saw the flood coming," later said Mayor Ines Haddad of Port Vell.'
    position = text.index(" said") + 1
    assert _speaker_before(text, 0, position) == (None, None)


def test_a_plural_possessive_before_the_cue_is_still_read_by_the_tokens() -> None:
    """An apostrophe after a letter may end a word ("the Hendersons'"): no shortcut there."""
    text = "Lawyers for the Hendersons' neighbors said the fence was legal."
    position = text.index(" said") + 1
    speaker, _ = _speaker_before(text, 0, position)
    assert speaker is not None
    assert text[speaker[0] : speaker[1]] == "Lawyers for the Hendersons' neighbors"


_BEFORE_CUE = st.sampled_from(
    [
        "Smith", "the mayor", " ", "  ", ",", ".", "?", "!", ";", ":", "\u201d", "\u201c", '"',
        "'", "''", "\u2019", "s", "also", "quickly", "has", "who", "He", "\u2014", "(", ")",
        "12", "\u00a0", "x", "Lee,", "Jones'",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_BEFORE_CUE, max_size=16), st.integers(0, 30))
@example(["Smith", ",", "''", " ", "also", " "], 0)
@example(["Jones'", " "], 0)
@example(["x", "\u2019", "\u2019", " "], 0)
@example(["?", "\u2019", " "], 0)
def test_the_plain_answer_is_the_tokens_answer(pieces: list[str], cut: int) -> None:
    """Whenever ``_plain_speaker_before`` answers, ``_speaker_in`` on the tokens of the same
    window (and of the whole text, when the window may be short) answers the same."""
    text = "".join(pieces) + " said it."
    position = text.index(" said it.") + 1
    if not text[:position].endswith(" "):
        return
    near = min(cut, position)
    plain = _plain_speaker_before(text, 0, near, position)
    if plain is None:
        return
    answer = _speaker_in(*_tokens(text, near, position), near == 0, False)
    if answer == _MORE:
        answer = _speaker_in(*_tokens(text, 0, position), True, False)
    assert plain == answer


def _speaker_text(text: str, cue: str = " said") -> str | None:
    position = text.index(cue) + 1
    speaker, _ = _speaker_before(text, 0, position)
    return text[speaker[0] : speaker[1]] if speaker else None


def test_a_name_across_a_nickname_after_a_quotation_is_read_whole() -> None:
    text = '"We will be back next season," Juan "Chico" Manriquez said after the final.'
    assert _speaker_text(text) == 'Juan "Chico" Manriquez'


def test_a_capitalised_word_after_a_nickname_is_no_closing_mark_shortcut() -> None:
    """'Dana "Boots" May said': 'May' is skipped as a modal and the mark before it closes a
    nickname, so the tokens read across the nickname decide (the closing-mark shortcut would
    have answered nobody)."""
    text = 'The ranch hand Dana "Boots" May said the herd was sold.'
    position = text.index(" said") + 1
    assert _speaker_before(text, 0, position) == _tokens_only(text, position)


def test_a_pronoun_after_a_nickname_in_the_window_is_the_speaker() -> None:
    text = 'Rosa "La Jefa" Delgado opened the stall in 1988, and she said it would stay.'
    assert _speaker_text(text) == "she"


def _tokens_only(text: str, position: int) -> tuple:
    with mock.patch.object(attribution, "_plain_speaker_before", lambda *args: None):
        return _speaker_before(text, 0, position)


_AROUND_A_NICKNAME = st.sampled_from(
    [
        "Juan", " ", '"Chico"', "\u201cLa Jefa\u201d", "'Doc'", "Manriquez", "May", "Will",
        "he", "she", "has", "also", ",", '," ', ",\u201d ", "to", "the mayor", "who", "Lee",
        "''", "\u2019", "(", "said it.",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_AROUND_A_NICKNAME, max_size=14))
@example(["Juan", " ", '"Chico"', " ", "May"])
@example(["Juan", " ", '"Chico"', " ", "Manriquez"])
@example(['," ', "Juan", " ", "\u201cLa Jefa\u201d", " ", "Lee"])
def test_the_speaker_is_the_tokens_speaker(pieces: list[str]) -> None:
    """With the plain shortcut and its nickname test, the answer is the tokens' answer."""
    text = "".join(pieces) + " said it."
    position = text.index(" said it.") + 1
    assert _speaker_before(text, 0, position) == _tokens_only(text, position)
