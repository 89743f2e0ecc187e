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


def test_he_after_testimony_is_the_witness_not_the_name_he_spoke_of() -> None:
    text = (
        "Gen. Paul Okafor, who oversees U.S. drone programs, testified that the contractor, "
        "Norvell Brightwater, had passed every test. \"I told my team, 'Find me a reason to say "
        "no,' and they couldn't,\" he said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker.name) for q in direct] == [("he", "Paul Okafor")]


def test_she_after_a_clause_about_herself_is_still_her() -> None:
    # the clause before its own "she said" names the speaker: it is no one else's topic
    text = (
        "\"Skating is a political act,\" said Ms. Gil, who moved to the area in 2009.\n\n"
        "Though Ms. Olivieri has lived in the neighborhood all her life, the police presence "
        "has grown, she said.\n\n"
        "\"Now officers ask me for ID in my own lobby,\" she said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [q.speaker.name for q in report.quotes if q.speaker and q.speaker.text == "she"] == [
        "Olivieri", "Olivieri"
    ]


def test_a_company_named_in_apposition_is_no_he() -> None:
    text = (
        "Investigators said the supplier, Skyreach Dynamics, had met every deadline.\n\n"
        "\"We found nothing wrong,\" the lead investigator said.\n"
    )
    checked_report(text)
    kinds = {source.name: source.kind for source in analyze_text(text).sources}
    assert kinds.get("Skyreach Dynamics", "organization") == "organization"
    from newscheck.stages.mentions import classify_mention

    assert classify_mention("Skyreach Dynamics") == "organization"
    assert classify_mention("Halvorsen Aerospace") == "organization"
