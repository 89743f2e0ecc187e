"""Round 17 (NOUNCUE17, issue 3): a noun of saying, "from"/"by" and its speaker, then a "that"
content clause, is reported speech ("warnings from the Met Office that ...")."""

from __future__ import annotations

import pytest

from tests.quote_helpers import checked_report, quotes_of, report_quotes


def _indirect(text: str) -> list[tuple[str, str, str]]:
    """(content, cue, speaker span) of each indirect quote of ``text``."""
    return [
        (q.text, q.cue.text, q.speaker.text)
        for q in quotes_of(text)
        if q.kind == "indirect" and q.cue is not None and q.speaker is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers on the valley floor ignored warnings from the Environment Agency that the "
            "levee would fail by spring.",
            ("the levee would fail by spring", "warnings from", "the Environment Agency"),
        ),
        (  # a compound noun ("flood warning") with its source still reports
            "Farmers moved their sheep after a flood warning from the weather service that "
            "the river would rise overnight.",
            ("the river would rise overnight", "warning from", "the weather service"),
        ),
        (
            "Commuters were given assurances from ministers that the new timetable was safe.",
            ("the new timetable was safe", "assurances from", "ministers"),
        ),
        (
            "The mayor dismissed allegations by two former aides that she had misused "
            "campaign funds.",
            ("she had misused campaign funds", "allegations by", "two former aides"),
        ),
    ],
)
def test_speech_noun_with_its_source_reports_the_that_clause(text, expected):
    assert expected in _indirect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a relative "that": a verb right after it
        "The tribunal listed claims from the haulage firm that were rejected last year.",
        "Union leaders pointed to statements by the director that contradicted the memo.",
        # a time after "from", not a speaker
        "It was an accusation from decades ago that nobody had taken seriously.",
        # the noun phrase is the subject: where the clause ends cannot be told
        "The statement by the ministry that the convoy had left was false.",
    ],
)
def test_no_report_from_a_relative_a_time_or_a_subject(text):
    assert not [
        q
        for q in quotes_of(text)
        if q.cue is not None and " " in q.cue.text and q.cue.text.split()[-1] in ("from", "by")
    ]


def test_a_vague_group_after_by_is_a_vague_source():
    text = "The scheme went ahead despite claims by critics that the consultation was rushed."
    report = checked_report(text)
    assert ("the consultation was rushed", "critics", "vague", "claims by") in report_quotes(report)
    assert [(s["name"], s["kind"]) for s in report["sources"] if s["quotes"]] == [
        ("critics", "vague")
    ]
