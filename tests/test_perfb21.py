"""Round 21 (PERFB21): the quote-caused work in the speaker stage and the sourcing stage costs
less; what it decides is unchanged.  These pin the paths the faster code reads."""

from __future__ import annotations

from newscheck.pipeline import build_document, run_stages
from newscheck.stages.speakers import (
    _SENTENCE_OPENS,
    SpeakerResolver,
)
from tests.quote_helpers import speakers


def _openings(text: str) -> list[int]:
    return [match.end() for match in _SENTENCE_OPENS.finditer(text)]


def test_sentence_openings_after_a_full_stop_and_its_closing_mark() -> None:
    text = 'The dam held. "It was close," Holt said.  Crews left at dawn.'
    # (an opening quotation mark is read with the stop: the opening is after it)
    assert [text[at:at + 5] for at in _openings(text)] == ["It wa", "Crews"]


def test_a_blank_line_between_paragraphs_is_one_opening() -> None:
    text = "Rain fell all night.\n\n  Crews worked on.\nThe river rose?  (It did.)"
    openings = _openings(text)
    assert [text[at:at + 5] for at in openings] == ["Crews", "The r", "It di"]
    assert openings[0] == text.index("Crews")  # (not once per newline)


def test_no_opening_without_a_space_after_the_stop() -> None:
    assert _openings("Version 2.5 shipped; see example.com today") == []


def test_the_two_latest_openings_before_a_pronoun() -> None:
    text = "Ferries stopped. The mayor of Dunmore, Mr. Pell, spoke. Tolls rose. She said"
    resolver = SpeakerResolver(text)
    position = text.index("She")
    assert resolver._recent_openings(position, 0) == [
        text.index("She"), text.index("Tolls")
    ]  # ("Mr. Pell" opens nothing: an abbreviation's stop)
    assert resolver._recent_openings(position, text.index("Tolls") + 1) == [text.index("She")]


def test_a_role_subject_two_sentences_back_is_the_she_that_speaks() -> None:
    text = (
        "Regulators have not ruled on the merger. The senator who leads the banking "
        "committee has been blunt. \u201cWe will not wave this through,\u201d she said."
    )
    assert speakers(text)[-1][1:] == ("The senator", "person")


def test_the_people_again_after_people_familiar_with_the_matter() -> None:
    text = (
        "The port operator plans to sell its ferry arm, according to two people familiar "
        "with the matter. A deal could come within weeks, the people said."
    )
    document = run_stages(build_document(text), ("sentences", "quotes", "sourcing"))
    the_people = [s for s in document.sources if any(
        text[m.start:m.end] == "the people" for m in s.mentions
    )]
    assert len(the_people) == 1
    source = the_people[0]
    assert source.kind == "anonymous"
    assert [text[m.start:m.end] for m in source.mentions] == [
        "two people familiar with the matter", "the people"
    ]
    assert [(f.rule, f.text) for f in document.findings] == [
        ("A101", "two people familiar with the matter"), ("A101", "the people")
    ]  # (the repeat is the unnamed source again, not a vague group: A101, not A201)
