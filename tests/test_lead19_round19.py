"""Round 19 (lead): a dateline with a state and an agency before the subject of a participle cue."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def test_participle_after_a_dateline_credits_the_subject_not_the_place() -> None:
    text = (
        "PORTSMOUTH, Maine (AP) \u2014 The state's port authority on Tuesday shelved a plan to "
        "rebuild the Fore River terminal, blaming what its chairman called \"an outrageous "
        "campaign of misinformation\" by the unions.\n\n"
        "\"We are not going to be bullied,\" said Chairman Arthur Pell.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    blaming = [q for q in report.quotes if q.cue and q.cue.text == "blaming"]
    assert [(q.speaker.text, q.speaker.kind) for q in blaming] == [
        ("The state's port authority", "organization")
    ]
    names = {source.name for source in report.sources}
    assert "PORTSMOUTH" not in names
    assert "Arthur Pell" in names


def test_participle_credits_the_senator_after_a_dateline_with_a_state() -> None:
    text = (
        "DECATUR, Ill. \u2014 Sen. Ted Cruz (R-Texas) weighed in on the charges against the "
        "campaign manager on Tuesday, calling the behavior a \u201cfireable offense.\u201d\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.kind, q.speaker.name) for q in report.quotes if q.speaker] == [
        ("indirect", "Ted Cruz"), ("partial", "Ted Cruz")
    ]
    assert "DECATUR" not in {source.name for source in report.sources}
