"""Round 12 review: defects found in the round's code, each reproduced on an ordinary news
sentence (or a pathological input) and fixed; every test fails on the code before its fix."""

from __future__ import annotations

import time

import pytest
from quote_helpers import speakers
from sourcing_helpers import pipeline_flags

from newscheck import analyze_text


def _a_flags(text: str) -> list[tuple[str, str]]:
    return pipeline_flags(text, "A")


def _messages(text: str) -> list[str]:
    return [f.message for f in analyze_text(text).findings if f.rule.startswith("A")]


@pytest.mark.parametrize(
    "text",
    [
        "The plan is unsafe, according to critics" + " " * 40_000 + "\nThe end came.",
        "The plan is unsafe, one official said" + " " * 40_000 + "\nThe end came.",
        "The plan is unsafe, said one official" + " " * 40_000 + "\nThe end came.",
    ],
    ids=["declined-after-critics", "said-after-speaker", "said-before-speaker"],
)
def test_a_long_run_of_spaces_after_an_attribution_stays_linear(text: str) -> None:
    analyze_text("Warm up: the mayor said the lexicons load once.")
    began = time.process_time()
    analyze_text(text)
    assert time.process_time() - began < 3.0  # was 2.3-40 s: quadratic backtracking


def test_a_group_at_a_sentences_end_is_named_without_the_full_stop() -> None:
    text = "The plan angered local dairy farmers. They say the rules will ruin small herds."
    assert _messages(text)[0].endswith("('They' refers to 'local dairy farmers'.)")


def test_the_verb_before_a_group_is_no_part_of_its_name() -> None:
    text = "The mayor met residents on Monday. They said the noise was unbearable."
    assert _messages(text)[0].endswith("('They' refers to 'residents'.)")


def test_they_after_people_counted_as_an_object_is_not_a_vague_group() -> None:
    text = "Police arrested three teenagers on Friday. They said the boys had been drinking."
    assert _a_flags(text) == []


def test_a_state_media_regulator_is_no_outlet() -> None:
    text = "The state media regulator said the broadcaster's licence would be suspended."
    assert _a_flags(text) == []


def test_a_predicate_noun_before_a_belief_with_a_modal_is_no_source() -> None:
    text = "Ann Roe is a retired economist who believes the tax will never pass."
    assert _a_flags(text) == []


def test_the_lawyers_not_their_clients_are_the_speaker() -> None:
    # round 17 (LEFT17): lawyers for a party are its counsel (kind person, no A201, as "A
    # lawyer for the family"); the clients ("the families") were never the source
    text = "Lawyers representing the families said the city had ignored repeated warnings."
    assert _a_flags(text) == []
    assert speakers(text) == [
        ("Lawyers representing the families", "Lawyers representing the families", "person")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Farmers across the county say the drought is the worst in decades.",
         "Farmers across the county"),
        ("Residents along the river said the water rose overnight.",
         "Residents along the river"),
    ],
)
def test_a_group_across_or_along_a_place_is_the_speaker(text: str, speaker: str) -> None:
    (quote,) = analyze_text(text).to_dict()["quotes"]
    assert (quote["speaker"]["text"], quote["speaker"]["kind"]) == (speaker, "vague")


def test_one_fan_outside_the_stadium_is_an_unnamed_individual() -> None:
    text = '"It is over," said one fan outside the stadium. "We will never win again."'
    assert _a_flags(text) == [("A101", "one fan outside the stadium")]


def test_a_negated_passive_with_an_infinitive_credits_no_view() -> None:
    assert _a_flags("Under FOIA, agencies are not necessarily expected to find every record.") == []
    assert _a_flags("Voters are not convinced that the plan will work.") == [("A201", "Voters")]
