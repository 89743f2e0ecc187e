"""Round 10's review: wrong speakers, false stance flags and a quadratic path the round's own
rules brought in, each fixed (texts invented for these tests)."""

from __future__ import annotations

import random
import string

from quote_helpers import quotes_of, speakers
from sourcing_helpers import analyse, flags

from newscheck import analyze_text


def test_an_opening_phrase_before_an_unnamed_role_is_no_name_for_it():
    text = ("Under President Ana Ortiz, a White House official said the budget would pass.\n\n"
            "Outside City Hall, a protester said the vote was rigged.\n")
    assert [spoken for spoken, _, _ in speakers(text)] == [
        "a White House official", "a protester",
    ]


def test_an_action_of_a_group_is_no_stated_view():
    for sentence in (
        "Shareholders rejected the merger at the annual meeting.",
        "Students supported the food drive by collecting 400 cans.",
        "Firefighters embraced the survivors outside the school.",
    ):
        assert [rule for rule, _ in flags(analyse(sentence))] == [], sentence
    assert flags(analyse("Commuters are looking for a faster way into the city.")) == [
        ("A203", "Commuters")
    ]


def test_a_headline_subject_is_matched_as_whole_words():
    text = ("Senators Back Harbor Bill As A \u2018Clean Start For The Port.\u2019\n\n"
            "Senators backed the harbor bill on Tuesday, 61-39.\n")
    partial = [q for q in quotes_of(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.text == "Senators"


def test_a_surname_capitalised_mid_sentence_elsewhere_is_no_group():
    text = ("Myers said the plan would fail. The council asked Myers to explain, and Myers "
            "later repeated it.\n")
    report = analyze_text(text)
    assert [(f.rule, f.text) for f in report.findings if f.rule.startswith("A2")] == []


def test_a_speaker_opening_a_paragraph_is_read_from_its_first_letter():
    text = "Meanwhile Senator Dana Ames, a Democrat, said the bill was dead.\n"
    assert speakers(text)[0][0].startswith("Meanwhile Senator Dana Ames") or (
        speakers(text)[0][0] == "Senator Dana Ames"
    )
    assert not speakers(text)[0][0].startswith("eanwhile")


def test_an_official_of_a_body_named_with_of_is_anonymous():
    found = flags(analyse("A Bank of England official said rates would rise."))
    assert [rule for rule, _ in found] == ["A101"]
    assert found[0][1].endswith("England official")


def test_many_distinct_capitalised_groups_are_each_flagged():
    """Each new capitalised word opening a sentence ("Qwhdkso-farmers still oppose") is an
    unsourced group's view (A203), one per sentence, never a name found elsewhere (it once
    searched the whole text per word; ``benchmarks/growth.py`` times it)."""
    rng = random.Random(1)
    names = ["".join(rng.choice(string.ascii_lowercase) for _ in range(7)).capitalize()
             for _ in range(300)]
    text = "".join(
        f"{name}-farmers still oppose the new harbor plan for the valley. "
        "The council will vote on it in May. "
        for name in names
    )
    found = analyze_text(text).findings
    assert [finding.text for finding in found if finding.rule == "A203"] == [
        f"{name}-farmers" for name in names
    ]


def test_a_markdown_link_in_a_speaker_phrase_names_the_source_without_markup():
    text = ("The [Port Authority](https://example.org/pa) said the pier would reopen in May.\n\n"
            '"We are on schedule," said **Dana Ortiz**, the harbor chief.\n')
    report = analyze_text(text, input_format="markdown")
    assert [(q.speaker.text, q.speaker.name) for q in report.quotes] == [
        ("The [Port Authority", "Port Authority"),
        ("Dana Ortiz", "Dana Ortiz"),
    ]
    assert [source.name for source in report.sources] == ["Port Authority", "Dana Ortiz"]


def test_a_time_after_a_group_is_not_part_of_who_spoke():
    text = ('"We were never told," said residents on Tuesday night.\n\n'
            '"It is over," said voters in November.\n\n'
            '"It is over," said voters in Ohio.\n')
    assert [spoken for spoken, _, _ in speakers(text)] == [
        "residents", "voters", "voters in Ohio",
    ]
