"""Round 23 audit (AUDIT23): flags a standards editor would dispute, found on story kinds the
tool had not been read on (a mining disaster, a ferry sinking, a parliamentary expenses row, a
vaccine-trial pause, a poaching bust, a sovereign default, a festival crush, an AI chatbot
lawsuit).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags

# -- a person something happens to is no source ----------------------------------------------------


def test_a_participant_who_fell_ill_is_the_story_not_its_source() -> None:
    """"after a participant developed an unexplained illness" was A101: an unnamed individual
    as the subject of a clause, though nothing is said or judged; the unnamed person who does
    speak keeps the flag."""
    text = (
        "Vireon paused the trial on Monday after a participant developed an unexplained "
        "neurological illness. An employee suffered burns in a separate incident at the plant.\n\n"
        "A person familiar with the matter said the volunteer was in her 70s.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A101", "A person familiar with the matter")]


def test_an_unnamed_person_who_acts_as_a_source_is_still_flagged() -> None:
    """Guard: "a nurse had typed" (an act the story rests on) stays A101."""
    report = checked_report("A nurse had typed the notes before the inspection.\n")
    assert report_flags(report, "A1") == [("A101", "A nurse")]


# -- the parents of one person ---------------------------------------------------------------------


def test_the_parents_of_one_boy_are_people_not_a_vague_group() -> None:
    """"The parents of a 16-year-old boy sued ..." and "His parents said" were A201 and kind
    vague: two people identified through their son, like "the boy's mother"."""
    text = (
        "The parents of a 16-year-old boy sued the startup on Tuesday, alleging that its "
        "chatbot encouraged their son to harm himself.\n\n"
        "His parents said the company never replied to their letters.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == []
    kinds = {q["speaker"]["text"]: q["speaker"]["kind"] for q in report["quotes"]}
    assert kinds == {"The parents of a 16-year-old boy": "person", "His parents": "person"}


def test_parents_as_a_class_stay_a_vague_group() -> None:
    """Guard: parents in general, or the parents of many, are an unspecified group."""
    report = checked_report(
        "Parents say the school is failing their children.\n\n"
        "The students' parents said the buses were always late.\n"
    )
    assert report_flags(report, "A") == [("A201", "Parents"), ("A201", "The students' parents")]


# -- "Crowd safety experts" ------------------------------------------------------------------------


def test_crowd_safety_experts_are_experts_not_the_crowd() -> None:
    """"Crowd safety experts said" was A201 "Crowd" and A201 "experts": the crowd only modifies
    the experts' field."""
    text = "Crowd safety experts said the festival had ignored basic lessons.\n"
    report = checked_report(text)
    assert report_flags(report, "A") == [("A201", "experts")]


def test_a_crowd_that_shouts_is_still_credited() -> None:
    """Guard: a crowd with words of its own stays A201."""
    report = checked_report("The crowd then shouted that the mayor was lying.\n")
    assert report_flags(report, "A2") == [("A201", "The crowd")]


# -- one flag for "Some diplomats believe" ---------------------------------------------------------


def _language(report: dict) -> list[tuple[str, str, str]]:
    return [
        (f["rule"], f["text"], f["voice"]) for f in report["findings"] if f["rule"][0] in "LH"
    ]


def test_a_quantifier_opening_an_anonymous_source_is_not_also_a_hedge() -> None:
    """"Some diplomats believe" and "Some lawmakers privately fear" were A101 over the phrase and
    H104 "Some": one unnamed source, one flag.  A "some" outside any source still hedges."""
    text = (
        "Some diplomats believe the lender may soften its terms.\n\n"
        "Some lawmakers privately fear the row will spread.\n\n"
        "The fund still owns some shares in the lender.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A101", "Some diplomats"), ("A101", "Some lawmakers"),
    ]
    hedges = [f for f in _language(report) if f[0].startswith("H")]
    assert ("H104", "Some", "author") not in hedges
    assert ("H104", "some", "author") in hedges


# -- a modal inside an open question --------------------------------------------------------------


def test_a_modal_inside_a_whether_question_is_no_guess() -> None:
    """"He did not say whether it could be revoked" was H101 "could be" in the reporter's
    voice, "will examine whether the blast may have been triggered" H201: an open question the
    story poses, as "whether ... would" has been since round 15.  A plain "could" still hedges."""
    text = (
        "Brauer said the state would review the licence. He did not say whether it could be "
        "revoked.\n\n"
        "Investigators will examine whether the blast may have been triggered by faulty "
        "equipment, the ministry said.\n\n"
        "The death toll could rise further.\n"
    )
    report = checked_report(text)
    assert _language(report) == [("H101", "could rise", "author")]
    assert report["findings"][-1]["start"] == text.index("could rise")


# -- a pronoun's anonymity marker belongs to the unnamed speaker before it -------------------------


def test_unnamed_investigators_whose_next_sentence_asks_anonymity_are_the_source() -> None:
    """"Two investigators involved in the case said ... They spoke on condition of anonymity
    because ..." flagged the marker words ("spoke on condition of anonymity", A102) and gave the
    speaker no kind: the investigators are the unnamed source, explained."""
    text = (
        "Two investigators involved in the case said the ivory was bound for Southeast Asia. "
        "They spoke on condition of anonymity because the inquiry was continuing.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [("A102", "Two investigators involved in the case")]
    assert report["quotes"][0]["speaker"]["kind"] == "anonymous"
    assert [s["name"] for s in report["sources"]] == ["Two investigators involved in the case"]


def test_a_she_asking_anonymity_after_an_unnamed_speaker_is_one_flag() -> None:
    """"A former employee said ... She spoke on condition of anonymity." was A101 twice (the
    employee and the marker words): one unnamed source, no reason given."""
    text = (
        "A former employee said the company had ignored the warnings.\n\n"
        "She spoke on condition of anonymity.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [("A101", "A former employee")]


def test_a_marker_after_a_named_speaker_is_still_flagged() -> None:
    """Guard: a marker whose sentence follows no unnamed source stays a flag of its own."""
    report = checked_report(
        "Mayor Ann Roe said the budget was balanced. She spoke on condition of anonymity.\n"
    )
    assert report_flags(report, "A1") == [("A101", "spoke on condition of anonymity")]


# -- "a senior figure close to the leader" ---------------------------------------------------------


def test_a_figure_close_to_the_leader_is_an_unnamed_source() -> None:
    """"One senior figure close to the leader said" (British political copy) was no source at
    all: the speaker had kind anonymous but no flag."""
    text = (
        "One senior figure close to the leader said Pryce had been warned in March to sort out "
        "his claims.\n\n"
        "Official figures show claims rose by 4% last year.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [("A101", "One senior figure close to the leader")]


# -- the reason ends where the main clause resumes -------------------------------------------------


def test_a_reason_in_a_relative_clause_ends_before_the_main_verb() -> None:
    """"two miners who spoke on condition of anonymity because they feared losing their jobs
    told the AP that ..." gave as the reason everything up to the sentence end."""
    text = (
        "But two miners who spoke on condition of anonymity because they feared losing their "
        "jobs told the AP that methane sensors had been switched off for weeks.\n"
    )
    report = checked_report(text)
    (flag,) = [f for f in report["findings"] if f["rule"] == "A102"]
    assert flag["text"] == "two miners"
    assert "('because they feared losing their jobs')" in flag["message"]


# -- outlets named by an appositive or a "News" masthead -------------------------------------------


def test_a_name_described_as_the_state_news_agency_is_an_outlet() -> None:
    """"according to Kazinform, the state news agency" was a person and no A301."""
    text = (
        "The company has been fined six times since 2019, according to Kazinform, the state "
        "news agency.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A3") == [("A301", "Kazinform, the state news agency")]
    assert [(s["name"], s["kind"]) for s in report["sources"]] == [("Kazinform", "outlet")]
    assert report["quotes"][0]["speaker"]["kind"] == "outlet"


def test_the_valley_news_is_a_newspaper() -> None:
    """"The Valley News reported" was a person and no A301: "News" closes a masthead."""
    text = "The Valley News reported last month that ivory seizures had doubled.\n"
    report = checked_report(text)
    assert report_flags(report, "A3") == [("A301", "The Valley News")]


def test_an_appositive_after_a_named_reporter_is_not_an_outlet_credit() -> None:
    """Guard: a person described by a plain noun after "according to" keeps its kind."""
    report = checked_report(
        "The fine was paid in March, according to Ann Roe, the company's chief executive.\n"
    )
    assert report_flags(report, "A3") == []


# -- "arrested nine suspected poachers" ------------------------------------------------------------


def test_suspected_after_an_arrest_names_who_suspects() -> None:
    """"arrested nine suspected poachers" was H102 "suspected" in the reporter's voice: the
    rangers who made the arrest hold the suspicion.  A suspicion nobody acted on still hedges."""
    text = (
        "Rangers arrested nine suspected poachers near the park on Saturday.\n\n"
        "The fire was caused by a suspected gas leak.\n"
    )
    report = checked_report(text)
    assert _language(report) == [("H102", "suspected", "author")]
    assert report["findings"][0]["start"] == text.index("suspected gas")
