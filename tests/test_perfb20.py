"""Round 20 (PERFB20, issue 3): the quote stage's time.  Each speed-up keeps every report
byte-identical; these tests pin the behaviour the changed code decides."""

from __future__ import annotations

from newscheck.stages.quote_marks import _mark_spans, find_quotations
from tests.quote_helpers import quotes_of


def test_apostrophes_between_letters_are_no_marks() -> None:
    text = (
        "O'Brien's dog didn't bark, and the mayor\u2019s aide said \u2018no\u2019 to "
        "'rock 'n' roll'."
    )
    spans = _mark_spans(text)
    starts = [start for start, _ in spans]
    assert text.index("'Brien") not in starts
    assert text.index("'t bark") not in starts
    assert text.index("\u2019s aide") not in starts
    assert text.index("\u2018no") in starts and text.index("\u2019 to") in starts
    assert text.index("'rock") in starts and text.index("' roll") in starts


def test_single_quoted_words_with_apostrophes_inside() -> None:
    text = "The coach said: 'We don't quit, and O'Neill won't either.' The fans cheered.\n"
    quotations = find_quotations(text, [(0, len(text) - 1)])
    assert [(q.start, q.end) for q in quotations] == [
        (text.index("'We"), text.index(" The fans"))
    ]
    quotes = quotes_of(text)
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("direct", "'We don't quit, and O'Neill won't either.'", "The coach")
    ]


def test_a_curly_closing_mark_after_a_plural_s_still_closes() -> None:
    text = (
        "\u2018The workers\u2019 pay is too low,\u2019 said Priya Raman, a union organiser.\n"
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.text, q.speaker.text) for q in quotes] == [
        ("direct", "\u2018The workers\u2019 pay is too low,\u2019", "Priya Raman")
    ]


def test_cues_after_punctuation_but_not_inside_words() -> None:
    from newscheck.stages.attribution import find_cues

    text = (
        "The council, meeting late, said the levy would rise.\n"
        "(According to the mayor, there was no choice.) The plan\u2014officials "
        "said\u2014was final (critics said otherwise), but caf\u00e9said and re-said are no "
        "cues, nor is the mayor's statement's wording."
    )
    found = [(text[c.start : c.end], c.start) for c in find_cues(text)]
    assert found == [
        ("said", text.index("said the levy")),
        ("According to", text.index("According")),
        ("said", text.index("said\u2014was")),
        ("said", text.index("said otherwise")),
    ]
