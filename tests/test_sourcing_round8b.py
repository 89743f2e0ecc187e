"""Round 8b: sourcing fixes from a user audit of our own samples -- outlets named by a masthead
or an indefinite noun, passives that credit nothing, MPs as a group, reasons for anonymity.
Every text here is invented for these tests."""

from __future__ import annotations

from newscheck import analyze_text


def flags(text: str, *rules: str) -> list[tuple[str, str]]:
    found = []
    for finding in analyze_text(text).findings:
        assert text[finding.start : finding.end] == finding.text
        if finding.rule[:1] == "A" and (not rules or finding.rule in rules):
            found.append((finding.rule, finding.text))
    return found


def test_a_newspaper_title_ending_in_a_masthead_word_is_an_outlet_when_credited():
    text = ("The plan was first reported by the Baltic Herald. As The Harbour Gazette reported, "
            "the vote was close. It was later confirmed by Politico.\n")
    assert flags(text, "A301") == [
        ("A301", "the Baltic Herald"), ("A301", "The Harbour Gazette"), ("A301", "Politico"),
    ]


def test_a_masthead_poll_or_an_uncredited_title_is_not_a_second_hand_claim():
    text = ("Her lead is four points, according to the Harbour Gazette poll. The Valley Herald "
            "building was sold in May.\n")
    assert flags(text, "A301") == []


def test_the_whole_title_of_a_daily_is_flagged_and_an_unnamed_blog_is_an_outlet():
    text = ("The deal is off, the Daily Mirror said. A local blog claimed the contracts were "
            "rigged.\n")
    assert flags(text, "A301") == [("A301", "the Daily Mirror"), ("A301", "A local blog")]
    sources = {s.name: s.kind for s in analyze_text(text).sources}
    assert sources["a local blog"] == "outlet"


def test_a_passive_credits_nothing():
    text = ("The inspector said officials had been told to soften the conclusions. Officials "
            "were told to leave the building. Officials told reporters the plan was dead.\n")
    assert flags(text, "A101") == [("A101", "Officials")]
    assert analyze_text(text).findings[-1].start == text.rindex("Officials told")


def test_mps_are_a_group():
    assert flags("Opposition MPs said the findings confirmed long-standing fears.\n") == [
        ("A201", "Opposition MPs")
    ]


def test_anonymity_to_describe_confidential_discussions_is_a_reason():
    text = ("A person familiar with the talks, who requested anonymity to describe confidential "
            "discussions, said the deal was off.\n")
    assert flags(text) == [("A102", "A person familiar with the talks")]


def test_the_reason_for_anonymity_may_follow_in_the_next_sentence():
    text = ("One official said the report had been softened. That official was not authorised "
            "to speak publicly.\n\nAnother official said the deadline would slip. The mayor was "
            "not authorised to speak publicly either.\n")
    assert flags(text, "A101", "A102") == [("A102", "One official"), ("A101", "Another official")]


def test_a_business_named_like_a_newspaper_is_not_an_outlet():
    text = "The owner of the Corner Post, Anna Ruiz, said sales fell after the bridge closed.\n"
    assert flags(text, "A301") == []


def test_the_reason_in_the_next_sentence_after_two_spaces():
    text = ("A senior official said the talks had stalled.  That official was not authorized "
            "to speak publicly.\n")
    assert flags(text, "A101", "A102") == [("A102", "A senior official")]


def test_a_contracted_negation_before_an_accusation_is_no_accusation():
    text = ("The treasurer didn't embezzle funds from the club.\n\n"
            "The treasurer embezzled funds from the club.\n")
    assert flags(text, "A402") == [("A402", "embezzled")]
