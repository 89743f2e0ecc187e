"""Round 20 (lead): an investigative story built on documents and unnamed people."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def test_reason_given_at_the_repeat_explains_the_introduction() -> None:
    text = (
        "The payments were never put to a board vote, the documents show. A person who has "
        "seen the audit said the firm's invoices often listed strategic guidance with no hours "
        "attached. The person spoke on condition of anonymity because the audit has not been "
        "made public.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    flags = [(f.rule, f.text) for f in report.findings if f.rule.startswith("A10")]
    assert flags == [("A102", "A person who"), ("A102", "The person")]
    reasons = [f.message for f in report.findings if f.rule == "A102"]
    assert all("because the audit has not been made public" in m for m in reasons)


def test_a_reason_for_another_unnamed_source_explains_nothing_else() -> None:
    text = (
        "An aide to the governor said the budget would be late. A lobbyist who attended the "
        "meeting said the talks had stalled. The lobbyist spoke on condition of anonymity "
        "because the talks are private.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    flags = [(f.rule, f.text) for f in report.findings if f.rule.startswith("A10")]
    assert flags == [("A101", "An aide to the governor"), ("A102", "A lobbyist")]
    # the request in the next sentence is the lobbyist's, not a source of its own
    assert [(s.name, s.anonymity_reason.text if s.anonymity_reason else None)
            for s in report.sources] == [
        ("An aide to the governor", None), ("A lobbyist", "because the talks are private")
    ]


def test_paper_trails_are_documents_not_unknown_speakers() -> None:
    text = (
        "The utility paid Cobalt Ridge Advisors more than $4 million over three years, according "
        "to invoices obtained by The Associated Press. The firm's founder flew to the state "
        "capital nine times in 2023, flight logs show.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    speakers = [(q.speaker.text, q.speaker.kind) for q in report.quotes if q.speaker]
    assert ("invoices", "document") in speakers
    kinds = {source.name: source.kind for source in report.sources}
    assert kinds.get("invoices") == "document"
