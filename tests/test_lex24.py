"""Round 24 (LEX24): word lists moved from the stage modules into ``newscheck/lexicons/``.

Each test exercises a list through the report, so a section lost from its file (or a word lost
from a section) fails here.  Every example text is our own invention.
"""

from __future__ import annotations

import pytest

from newscheck import analyze_text
from newscheck.lexicon_files import section_lines, section_phrases, section_words


def _report(text: str) -> dict:
    return analyze_text(text).to_dict()


def _flags(text: str) -> list[tuple[str, str]]:
    report = _report(text)
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
    return [(finding["rule"], finding["text"]) for finding in report["findings"]]


def _speakers(text: str) -> list[tuple[str, str, str]]:
    result = []
    for quote in _report(text)["quotes"]:
        speaker = quote["speaker"]
        assert text[speaker["start"] : speaker["end"]] == speaker["text"]
        result.append((speaker["text"], speaker["name"], speaker["kind"]))
    return result


# --- speaker_words.txt [business_role] ----------------------------------------------------------


def test_a_business_relation_named_in_apposition_is_the_company() -> None:
    text = (
        "The inhaler was recalled on Monday. \"We acted as soon as we knew,\" said the drug's "
        "maker, Halden Pharma."
    )
    assert _speakers(text) == [("Halden Pharma", "Halden Pharma", "organization")]


# --- vague.txt [proper_groups] ------------------------------------------------------------------


def test_a_party_short_form_is_an_unspecified_group() -> None:
    text = "Senate Dems warned that the bill would gut the clean-water rules."
    assert _flags(text) == [("A201", "Senate Dems")]
    assert _speakers(text) == [("Senate Dems", "Dems", "vague")]


# --- anonymous.txt [plain_people] and [close_people] --------------------------------------------


def test_the_man_and_her_friend_stay_unnamed() -> None:
    text = "\"It was a fair result,\" the man said, adding that he would vote again."
    assert _flags(text) == [("A101", "the man")]
    text = "Her friend said she had left the flat before midnight."
    assert _flags(text) == [("A101", "Her friend")]
    assert _speakers(text) == [("Her friend", "Her friend", "anonymous")]


# --- loaded_context.txt [calamity] and [venue] --------------------------------------------------


def test_the_disaster_after_a_calamity_refers_to_it() -> None:
    text = (
        "A magnitude 6.1 earthquake struck the coastal town of Veira before dawn on Sunday. "
        "Rescuers worked through the night, and the mayor said the disaster had destroyed 200 "
        "homes."
    )
    assert [rule for rule, _ in _flags(text)] == []
    text = (
        "The harbour plan was approved on Tuesday. Rescuers were not needed, but critics said "
        "the disaster had only begun."
    )
    assert ("L201", "disaster") in _flags(text)


@pytest.mark.parametrize(
    ("noun", "flags"),
    [("tornadoes", []), ("derailment", []), ("capsized", []), ("parade", [("L101", "disaster")])],
)
def test_every_written_out_form_of_a_calamity_is_one(noun: str, flags: list) -> None:
    """CALAMITY had been a regex with optional endings ("tornado(?:es)?", "derail(?:ment|ed)")."""
    text = f"Officials counted the damage after the {noun} on Friday. The disaster closed roads."
    assert _flags(text) == flags


def test_selling_out_a_venue_is_no_betrayal() -> None:
    text = "Tickets went on sale at 9 a.m. and the band sold out the arena in an hour."
    assert _flags(text) == []
    text = "The senator sold out the workers who elected him, the union said."
    assert ("L201", "sold out") in _flags(text)


# --- titles.txt [title_noun] --------------------------------------------------------------------


def test_a_title_in_quotation_marks_is_no_quote() -> None:
    assert _report('Marta Quell hosts the podcast "Hard Yards" every Thursday.')["quotes"] == []


# --- the loader ---------------------------------------------------------------------------------


def test_lines_before_any_header_go_to_the_default_section_first() -> None:
    heads = section_lines("documents.txt", "entries")
    assert heads["entries"][0] == "report" and "agenda" not in heads["entries"]
    assert heads["records"][0].split()[:2] == ["agenda", "agendas"]
    merged = section_lines("documents.txt", "records")["records"]
    assert merged[: len(heads["entries"])] == heads["entries"]
    assert merged[len(heads["entries"]) :] == heads["records"]


def test_a_section_reads_as_words_or_phrases() -> None:
    assert {"maker", "lender", "union"} <= section_words("speaker_words.txt", "business_role")
    assert "news site" in section_phrases("outlets.txt", "indefinite_nouns")
    assert "news" not in section_words("outlets.txt", "apposition_nouns")
    with pytest.raises(KeyError):
        section_words("speaker_words.txt", "no_such_section")
