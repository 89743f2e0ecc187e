"""Round 16 (COORD16, issues #3, #5): two names joined by "and" before a speech verb are one
joint speaker ("Britain and France said"), not the second name alone; the inventory lists one
joint source. One-body names with "and" stay one body; a pair that may be an object or the end
of a list is not joined."""

from __future__ import annotations

from newscheck import analyze_text
from tests.quote_helpers import speakers


def _sources(text: str) -> list[tuple[str, str, int]]:
    report = analyze_text(text).to_dict()
    for source in report["sources"]:
        for mention in source["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    return [(s["name"], s["kind"], len(s["quotes"])) for s in report["sources"]]


def test_two_countries_after_a_conjunction_are_one_joint_speaker() -> None:
    text = (
        "Oil prices rose on Thursday after Saudi Arabia and Russia said they would extend "
        "their supply cuts into the spring.\n"
    )
    assert speakers(text) == [
        ("Saudi Arabia and Russia", "Saudi Arabia and Russia", "organization")
    ]


def test_two_people_opening_a_sentence_are_one_joint_source() -> None:
    text = (
        "The ruling went against the developers on Friday. Smith and Jones said they would "
        "appeal it before the end of the month.\n"
    )
    assert speakers(text) == [("Smith and Jones", "Smith and Jones", "person")]
    assert ("Smith and Jones", "person", 1) in _sources(text)
    assert not any(name == "Jones" for name, _, _ in _sources(text))


def test_titled_pair_after_a_time_phrase_keeps_both_full_names() -> None:
    text = (
        "Sen. Maria Ostrander toured the flooded district with Rep. Dale Quint last week. "
        "On Monday, Ostrander and Quint said the state would pay for the new levee.\n"
    )
    assert speakers(text)[-1] == (
        "Ostrander and Quint", "Maria Ostrander and Dale Quint", "person"
    )


def test_he_after_a_joint_speaker_is_not_the_pair() -> None:
    text = (
        "Councillor Ada Brennan and Councillor Tom Reyes said the depot would close. "
        "\u201cWe had no choice,\u201d he said.\n"
    )
    named = speakers(text)
    assert named[0][1] == "Ada Brennan and Tom Reyes"
    assert named[1][1] != "Ada Brennan and Tom Reyes"


def test_one_body_names_with_and_stay_one_body() -> None:
    """Guard (passes before the change too): the existing one-body rules still win."""
    text = (
        "The Globe and Mail reported that the mine would close. The Department of Health and "
        "Human Services said it would review the contract. Johnson & Johnson said it would "
        "appeal the verdict.\n"
    )
    names = [name for _, name, _ in speakers(text)]
    assert names == [
        "Globe and Mail", "Department of Health and Human Services", "Johnson & Johnson"
    ]


def test_a_pair_after_a_verb_or_ending_a_list_is_not_joined() -> None:
    """Guard (passes before the change too): "met Smith and Jones" may be an object, and
    "Sciences, Engineering and Medicine" ends a list; neither becomes a joint speaker."""
    text = (
        "The mayor met Hale and Jones said the talks had gone well. A panel of the National "
        "Academies of Sciences, Engineering and Medicine said the data were sound.\n"
    )
    assert all(" and " not in span for span, _, _ in speakers(text))
