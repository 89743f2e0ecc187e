"""Round 11 review: false and missed flags in the round's sourcing rules, each reproduced on an
ordinary news sentence and fixed; every test fails on the code before the fix."""

from __future__ import annotations

import pytest
from sourcing_helpers import pipeline_flags


def _sourcing_flags(text: str) -> list[tuple[str, str]]:
    return pipeline_flags(text, "A")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe is a retired teacher who believes the school board has failed the town.",
        "He described himself as a farmer who thinks the subsidy is too small.",
        "The statement by officials did not mention the layoffs.",
        "The mayor ignored advice from staff members and went ahead.",
        "The senator brushed off comments from reporters about her health.",
        "The agency disagrees with the forecast. The\nexpert says the numbers are off by a third.",
        "Citizens for Tax Justice said the plan favoured the richest households.",
    ],
)
def test_no_source_is_flagged_where_none_speaks(text: str) -> None:
    assert _sourcing_flags(text) == []


def test_a_said_noun_with_a_claim_after_its_group_still_credits_it() -> None:
    text = "The county relied on assessments from engineers that the dam was safe."
    assert _sourcing_flags(text) == [("A201", "engineers")]


def test_a_principal_keeps_its_middle_initial() -> None:
    assert _sourcing_flags(
        "Two former aides to President George W. Bush are worried about the race."
    ) == [("A101", "Two former aides to President George W. Bush")]


def test_an_en_dash_inside_a_name_does_not_end_the_phrase() -> None:
    assert _sourcing_flags(
        "People familiar with the Dallas–Fort Worth airport expansion said the plan had stalled."
    ) == [("A101", "People familiar with the Dallas–Fort Worth airport expansion")]
