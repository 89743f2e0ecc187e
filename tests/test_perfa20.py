"""Round 20 (PERFA20): the speaker resolution's hot helpers read the text with string methods
instead of one character at a time, and skip work a cheap test rules out; what they decide is
unchanged."""

from __future__ import annotations

from newscheck.stages.speakers import (
    NameIndex,
    SpeakerResolver,
    _capitalised_before,
    _role_subject,
    _subject_position,
)
from tests.quote_helpers import speakers


def _at(text: str, words: str) -> int:
    return text.index(words)


def test_a_name_after_a_full_stop_and_two_spaces_stands_where_a_subject_stands() -> None:
    text = "The ferry was cancelled.  Velde said the crossing was unsafe."
    assert _subject_position(text, _at(text, "Velde"))


def test_a_name_after_its_title_and_role_stands_where_a_subject_stands() -> None:
    text = "Crews worked overnight. Hospital director Mara Velde said beds were short."
    assert _subject_position(text, _at(text, "Mara Velde"))


def test_a_name_in_an_object_is_no_subject() -> None:
    text = "The council received a letter from Rowan Estates on Monday."
    assert not _subject_position(text, _at(text, "Rowan Estates"))


def test_a_name_after_a_concessive_conjunction_is_a_subject() -> None:
    text = "The rules changed, although Sorensen would not be drawn on that."
    assert _subject_position(text, _at(text, "Sorensen"))


def test_a_hyphenated_word_before_a_name_is_read_whole() -> None:
    text = "Voters were split on the plan, and ex-mayor Dana Roe opposed it."
    assert not _subject_position(text, _at(text, "Dana Roe"))
    text = "The plan passed. Ex-Mayor Dana Roe opposed it."
    assert _subject_position(text, _at(text, "Dana Roe"))


def test_the_text_start_is_a_subject_position() -> None:
    assert _subject_position("Velde said so.", 0)
    assert _subject_position("   Velde said so.", 3)


def test_the_capitalised_words_before_a_name_start_after_a_line_break() -> None:
    text = "Flood warning\nRiver Authority chief Ann Holt said the levee held."
    assert _capitalised_before(text, _at(text, "Holt")) == ["Ann"]
    assert _capitalised_before(text, _at(text, "Authority")) == ["River"]
    assert _capitalised_before(text, _at(text, "levee")) == []


def test_the_name_index_still_reads_full_names_after_a_line_break() -> None:
    text = (
        "Levee holds\n"
        "Ann Holt, who runs the river authority, said the levee held. "
        "Holt said crews would stay on site."
    )
    names, _ = NameIndex(text).names_ending("Holt")
    assert names == {"Ann Holt": 1, "Holt": 1}


def test_a_pronoun_finds_the_surname_that_opened_the_sentence_before() -> None:
    text = (
        "Ines Malkova runs the shelter on Dock Street. Malkova could not be reached on "
        "Tuesday. \"We are full every night,\" she said in a statement last week."
    )
    resolver = SpeakerResolver(text)
    she = _at(text, "she said")
    speaker = resolver.resolve((she, she + 3))
    assert (speaker.name, speaker.kind) == ("Ines Malkova", "person")


def test_a_pronoun_skips_a_name_the_last_speaker_spoke_of() -> None:
    text = (
        "Tom Okafor testified that the contractor, Norvell Brightwater, had passed every "
        "inspection. \"It was routine,\" he said."
    )
    assert ("he", "Tom Okafor", "person") in speakers(text)


def test_sentence_openings_skip_an_abbreviation_and_come_latest_first() -> None:
    text = (
        "Storms closed the port on Monday. The senator who leads the U.S. Senate commerce "
        "committee has been blunt. She said the delays would cost the region jobs."
    )
    resolver = SpeakerResolver(text)
    she = _at(text, "She said")
    assert resolver._recent_openings(she, 0) == [she, _at(text, "The senator")]  # not "S."
    speaker = resolver.resolve((she, she + 3))
    assert (speaker.name, speaker.kind) == ("The senator", "person")


def test_sentence_openings_fall_back_to_the_window_start() -> None:
    text = "Mr. Hale runs the depot. He said so."
    resolver = SpeakerResolver(text)
    he = _at(text, "He said")
    assert resolver._recent_openings(he, 0) == [he, 0]
    assert resolver._recent_openings(_at(text, "runs"), 0) == [0]


def test_a_role_subject_opens_with_a_determiner_or_an_indefinite() -> None:
    text = (
        "Wards were short of staff all winter. One care assistant at a home in Wigan described "
        "the night shifts. \"We were exhausted,\" she said."
    )
    opening = _at(text, "One care")
    assert _role_subject(text, opening, len(text), "she") == (
        opening, opening + len("One care assistant")
    )
    assert _role_subject(text, _at(text, "Wards"), len(text), "she") is None
    resolver = SpeakerResolver(text)
    she = _at(text, "she said")
    speaker = resolver.resolve((she, she + 3))
    assert speaker.name == "One care assistant"


def test_a_role_subject_defined_by_a_relative_clause() -> None:
    text = "Talks stalled. His lawyer who handled the appeal was furious. He said so."
    opening = _at(text, "His lawyer")
    assert _role_subject(text, opening, len(text), "he") == (
        opening, opening + len("His lawyer")
    )
    assert _role_subject(text, _at(text, "Talks"), len(text), "he") is None


def test_an_ascii_mention_is_split_into_the_same_words() -> None:
    from newscheck.stages.mentions import _ASCII_WORD, WORD, classify_mention

    for mention in (
        "the U.S. Chamber of Commerce", "Rep. Jo O'Neil", "Gov. Jane Smith-Lowe",
        "Arden Rotorcraft Inc.", "state-run media", "a_b 7-Eleven's 'quote' ..x-",
    ):
        assert _ASCII_WORD.findall(mention) == WORD.findall(mention)
    assert _ASCII_WORD.findall("Gov. Jane Smith-Lowe") == ["Gov.", "Jane", "Smith-Lowe"]
    assert classify_mention("Seven in 10 voters") == "unknown"  # a poll share: "in" second
    assert classify_mention("A reporter for USA Today") == "anonymous"
    assert classify_mention("Arden Rotorcraft Inc.") == "organization"  # head "Inc."
    assert classify_mention("Gov. Jane Smith-Lowe") == "person"
