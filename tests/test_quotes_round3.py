"""Round-3 attribution rules: coordinated cues, parenthetical affiliations, reported clauses that
stop before a second report.  Every text here is invented for these tests."""

from __future__ import annotations

from newscheck.pipeline import build_document, run_stages
from newscheck.report import Quote


def quotes_of(text: str) -> list[Quote]:
    document = run_stages(build_document(text), ("sentences", "quotes"))
    for quote in document.quotes:
        assert text[quote.start : quote.end] == quote.text
    return document.quotes


def summary(quote: Quote) -> tuple:
    speaker = quote.speaker
    return (quote.kind, quote.text, quote.cue.text if quote.cue else None,
            speaker.text if speaker else None, speaker.name if speaker else None)


def test_cue_after_and_credits_the_sentence_subject():
    text = ("Governor Lena Brandt toured the flooded mill on Monday and said the state would cover "
            "the repairs.\n")
    assert [summary(q) for q in quotes_of(text)] == [
        ("indirect", "the state would cover the repairs", "said", "Governor Lena Brandt",
         "Lena Brandt"),
    ]


def test_second_cue_after_and_keeps_the_first_speaker():
    text = ("The treasurer said the audit was finished and later insisted the missing funds had "
            "been found.\n")
    assert [summary(q) for q in quotes_of(text)] == [
        ("indirect", "the audit was finished", "said", "The treasurer", "The treasurer"),
        ("indirect", "the missing funds had been found", "insisted", "The treasurer",
         "The treasurer"),
    ]


def test_partial_quote_clause_stops_before_a_second_report():
    text = ("Senator Ruth Alvarez called the budget deal \u201ca win for every county\u201d and "
            "said she would vote for it on Friday.\n")
    quotes = quotes_of(text)
    assert [summary(q) for q in quotes if q.kind == "indirect"] == [
        ("indirect", "the budget deal \u201ca win for every county\u201d", "called",
         "Senator Ruth Alvarez", "Ruth Alvarez"),
        ("indirect", "she would vote for it on Friday", "said", "Senator Ruth Alvarez",
         "Ruth Alvarez"),
    ]


def test_party_affiliation_in_parentheses_before_the_cue():
    text = ("Rep. Dale Whitcomb (R-Ohio) said the bill \u201cwill not survive the Senate.\u201d\n")
    quotes = quotes_of(text)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [summary(q) for q in indirect] == [
        ("indirect", "the bill \u201cwill not survive the Senate.\u201d", "said",
         "Rep. Dale Whitcomb", "Dale Whitcomb"),
    ]
