"""Round 11 speed changes in the quotes stage: each shortcut gives what the code it replaced gave.

The cue scan's look-ahead, the 'went on to say' pre-test and the backwards read of the word
before a quotation mark must find the same things at the edges they were written around: a
cue right after a newline or a bracket, a window ending in a newline, a comma or tab before
the mark, a window cut inside a word.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscheck.stages.attribution import find_cues
from newscheck.stages.quote_marks import _WORD_BEFORE_MARK, _word_before, title_announced
from newscheck.stages.quotes import _SUBJECT_GOES_ON, _subject_goes_on


def _cue_words(text: str) -> list[tuple[str, str]]:
    return [(text[cue.start : cue.end], cue.section) for cue in find_cues(text)]


def test_cues_after_a_newline_a_bracket_and_a_dash_are_found() -> None:
    text = (
        "The county clerk, Dana Ortiz,\nsaid the count was final (according to the "
        "canvass board); the tally\u2014insisted the challenger\u2014was wrong."
    )
    assert _cue_words(text) == [("said", "clause"), ("according to", "according"),
                                ("insisted", "clause")]


def test_no_cue_after_a_digit_or_inside_a_compound() -> None:
    text = 'The so-called "reform" passed 3-said nothing of 2said.'
    assert _cue_words(text) == []


def test_went_on_to_say_is_found_at_the_window_end_and_before_a_newline() -> None:
    text = "The email went on to say that the mayor knew."
    cue = text.index("say")
    match = _subject_goes_on(text, 0, cue)
    assert match is not None and text[match.start() : match.end()] == "went on to "
    broken = "The report goes on to \nsay the plan failed."
    cue = broken.index("say")
    assert _subject_goes_on(broken, 0, cue) is not None
    assert _subject_goes_on(broken, 0, cue).span() == _SUBJECT_GOES_ON.search(
        broken, 0, cue).span()


def test_not_any_to_before_a_cue() -> None:
    text = "The ad is meant to suggest that taxes rose, officials said."
    for word in ("suggest", "said"):
        position = text.index(word)
        assert _subject_goes_on(text, 0, position) is None


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab Z9_,\t'\u2019.\"\n\u00e9-", max_size=14),
    st.integers(min_value=0, max_value=14),
    st.integers(min_value=0, max_value=14),
)
def test_word_before_reads_what_the_pattern_finds(text: str, lo: int, end: int) -> None:
    lo, end = min(lo, len(text)), min(end, len(text))
    lo, end = min(lo, end), max(lo, end)
    match = _WORD_BEFORE_MARK.search(text, lo, end)
    assert _word_before(text, lo, end) == (match.span(1) if match else None)


def testtitle_announced_before_names_and_titles() -> None:
    show = 'the reality show "The Apprentice," which'
    assert title_announced(show, show.index('"'))
    possessive = "on ABC\u2019s \"This Week.\""
    assert title_announced(possessive, possessive.index('"'))
    known = 'a hacker known as "Guccifer," who'
    assert title_announced(known, known.index('"'))
    called = 'what one writer called "Kavanaugh Derangement Syndrome."'
    assert not title_announced(called, called.index('"'))
    label = 'He refers to critics as "Traitors."'
    assert not title_announced(label, label.index('"'))
    tab = 'the column,\t"Notes From Here."'
    assert title_announced(tab, tab.index('"'))
