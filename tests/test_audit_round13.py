"""AUDIT13: defects a standards editor meets in new kinds of copy (business, science, courts,
live blogs, features), each read off an article written for the audit.

Every example text is our own invention.  Each test fails on the code before its fix, except
the guards, whose docstrings say so.
"""

from __future__ import annotations

from quote_helpers import checked_report as _report
from quote_helpers import report_flags as _flags

# --- "the people said" after "people familiar with the matter" ----------------------------------

DEAL = (
    "Northvale Foods is exploring a sale of its frozen-food division, according to people "
    "familiar with the matter. The unit could fetch as much as $1.5 billion, one of the people "
    "said, asking not to be identified because the deliberations are private. Private equity "
    "firms have expressed early interest, the people said. No decision has been made, they "
    "added.\n"
)


def test_the_people_said_is_the_unnamed_source_again_not_an_unspecified_group():
    report = _report(DEAL)
    assert _flags(report, "A") == [
        # the reason given for one of them is the group's, introduction included (round 20)
        ("A102", "people familiar with the matter"),
        ("A102", "one of the people"),
        ("A102", "the people"),
        ("A102", "they"),
    ]
    speakers = {q["speaker"]["text"]: q["speaker"] for q in report["quotes"]}
    assert speakers["the people"]["kind"] == speakers["they"]["kind"] == "anonymous"
    group = speakers["people familiar with the matter"]["source_id"]
    assert speakers["the people"]["source_id"] == speakers["they"]["source_id"] == group


def test_the_people_far_from_any_unnamed_people_stays_a_group():
    """Guard: 'the people' with no unnamed people before it keeps its old reading."""
    text = "Voters rejected the levy in March. The people have spoken, the mayor said.\n"
    assert ("A101", "The people") not in _flags(_report(text), "A")


# --- "20% less likely to": a study's measured comparison, not a forecast ------------------------


def test_a_measured_comparison_of_risk_is_not_a_hedge():
    text = (
        "People in their sixties who walked briskly every day were about 20% less likely to be "
        "diagnosed with dementia over the following decade, the study found. Heavy smokers were "
        "three times more likely to develop it, and renters were twice as likely to move away. "
        "Younger participants were less likely to take part than their parents.\n"
    )
    assert [f for f in _flags(_report(text), "H") if f[1] == "likely"] == []


def test_a_forecast_with_likely_still_hedges():
    """Guard: 'most likely', 'more likely than not' and 'the more likely winners' stay flagged."""
    text = (
        "The council will most likely delay the vote. Officials think a delay is more likely "
        "than not. On that form the visitors looked the more likely winners.\n"
    )
    assert [f for f in _flags(_report(text), "H") if f[1] == "likely"] == [("H103", "likely")] * 3


# --- "told us engineers were working", "told analysts the company remained" ---------------------


def _indirect(report: dict) -> list[tuple[str, str]]:
    return [(q["speaker"]["text"], q["text"]) for q in report["quotes"] if q["kind"] == "indirect"]


def test_told_us_before_a_plain_plural_subject_reports_the_clause_after_us():
    text = (
        "18:00 — The company's operations director, Mike Dunleavy, told us engineers were "
        "working through the night and that some homes might not be reconnected until Sunday.\n"
    )
    report = _report(text)
    [(speaker, words)] = _indirect(report)
    assert speaker == "Mike Dunleavy"
    assert words.startswith("engineers were working")
    assert ("H201", "might") in _flags(report, "H")  # his words, not the reporter's guess


def test_told_analysts_then_a_past_tense_clause_is_indirect_speech():
    text = (
        "Chief Financial Officer Daniel Osei told analysts the company remained committed to "
        "its dividend.\n"
    )
    assert _indirect(_report(text)) == [
        ("Chief Financial Officer Daniel Osei", "the company remained committed to its dividend")
    ]


def test_told_us_an_object_is_not_a_clause():
    """Guard: 'told us stories about', 'told employees the news' report no clause."""
    text = "He told us stories about the storm. She told employees the news on Monday.\n"
    assert _indirect(_report(text)) == []


# --- "said about 40 people were hurt": an approximate number opens the clause -------------------


def test_said_about_a_number_reports_the_clause():
    text = (
        "Police said about 40 people were hurt in the crush. Electricity North West says about "
        "42,000 customers are now without power.\n"
    )
    assert [words for _, words in _indirect(_report(text))] == [
        "about 40 people were hurt in the crush",
        "about 42,000 customers are now without power",
    ]


def test_said_about_a_topic_is_still_no_clause():
    """Guard: 'spoke about', 'said about the plan' and a duration report no clause."""
    text = "She said little about the plan. He talked about 40 minutes with the crew.\n"
    assert _indirect(_report(text)) == []


# --- "Police in Cumbria say": the police speak, not the place ------------------------------------


def test_a_service_in_a_place_is_the_speaker_not_the_place():
    text = (
        "18:42 — Police in Cumbria say a man in his 70s has been taken to hospital after his car "
        "was swept off a flooded road. Authorities in northern Texas said the road would reopen "
        "on Monday.\n"
    )
    speakers = [(q["speaker"]["text"], q["speaker"]["kind"]) for q in _report(text)["quotes"]]
    assert speakers == [
        ("Police in Cumbria", "organization"),
        ("Authorities in northern Texas", "anonymous"),
    ]


# --- "its amber wind warning until 09:00": a noun, not a cue ------------------------------------


def test_a_weather_warning_is_a_noun_not_a_speech_verb():
    text = (
        "15:47 — The Met Office has extended its amber wind warning until 09:00 on Saturday. "
        "The Environment Agency issued a flood warning for the River Eden.\n"
    )
    assert _report(text)["quotes"] == []


def test_a_participle_warning_still_reports():
    """Guard: 'spoke on Monday, warning residents would face cuts' is still indirect speech."""
    text = "The mayor spoke on Monday, warning residents would face cuts.\n"
    assert _indirect(_report(text)) == [("The mayor", "residents would face cuts")]


# --- "A forensic accountant called by the prosecution, Dr Nadia Farouk, said" -------------------


def test_a_name_after_a_role_and_its_agent_is_the_speaker():
    text = (
        "A forensic accountant called by the prosecution, Dr Nadia Farouk, said she had traced "
        "about £1.1 million to a company registered in Gibraltar. An engineer hired by the "
        "council, Tom Reeve, said the bridge was safe.\n"
    )
    report = _report(text)
    assert [q["speaker"]["text"] for q in report["quotes"]] == ["Dr Nadia Farouk", "Tom Reeve"]
    assert _flags(report, "A") == []  # both are named: no unnamed source


# --- "troubles mirror those of larger rivals": a verb is no modifier of a group -----------------


def test_a_verb_before_those_of_a_group_is_not_part_of_a_source():
    text = (
        "Northvale's troubles mirror those of larger rivals. Several big packaged-food companies "
        "have reported falling volumes this year.\n"
    )
    assert [f for f in _flags(_report(text), "A") if "mirror" in f[1]] == []


# --- "might have been further ahead had the goalkeeper not tipped it": a counterfactual ---------


def test_a_past_counterfactual_is_not_a_hedge():
    text = (
        "Reid doubled the lead with a deflected effort, and Harcastle might have been further "
        "ahead had Rovers goalkeeper Aaron Pike not tipped a volley onto the bar. Rovers could "
        "have drawn level if Okafor had kept his header down.\n"
    )
    assert _flags(_report(text), "H") == []


def test_a_possibility_about_the_past_still_hedges():
    """Guard: 'may have started', 'might have been set' with no condition stay flagged."""
    text = "The fire may have started in the kitchen. It might have been set deliberately.\n"
    assert _flags(_report(text), "H") == [("H101", "may have"), ("H101", "might have")]


# --- "Asked whether ..., she laughed": the question is not her claim ----------------------------


def test_the_question_put_to_a_speaker_is_not_her_reported_speech():
    text = (
        "Asked whether the result made Harcastle favourites for the title, she laughed. "
        "\"Ask me in May,\" she said.\n"
    )
    assert _indirect(_report(text)) == []


# --- French guillemets with spaces: « Market value of what? » Delmas asks. ----------------------


def test_a_spaced_guillemet_question_is_credited_to_the_name_after_it():
    text = (
        "« Market value of what? » Delmas asks. « Who will buy a house in a village that is "
        "going to be a lake? The market value is zero. »\n"
    )
    report = _report(text)
    assert [(q["kind"], q["speaker"]["text"]) for q in report["quotes"]] == [
        ("direct", "Delmas"), ("direct", "Delmas")
    ]
    assert [text[s["start"] : s["end"]] for s in report["sentences"]][:2] == [
        "« Market value of what? » Delmas asks.", "« Who will buy a house in a village that is "
        "going to be a lake?"
    ]
    assert _flags(report, "A4") == []


# --- quotation marks around nothing quote nothing ----------------------------------------------


def test_marks_around_spaces_or_dots_are_no_quotation():
    text = (
        "Where the refusal letter should have given a reason it showed only « », the tenants "
        "said. The form's comment box read \"...\" and nothing else.\n"
    )
    report = _report(text)
    assert [q["kind"] for q in report["quotes"]] == ["indirect"]  # the tenants' claim only


# --- 'Delmas is unrepentant. "I would do it all again."': the subject just before speaks -------


def test_a_quotation_after_a_sentence_about_a_named_person_is_theirs():
    text = (
        "Claire Delmas has been mayor of the village for eleven years.\n"
        "She is careful not to oppose the reservoir itself. \"I understand that people need "
        "water. But there were three possible sites.\"\n"
        "Jean-Paul Marcellin is unrepentant. \"I would do it all again.\"\n"
    )
    report = _report(text)
    assert [q["speaker"]["name"] for q in report["quotes"]] == [
        "Claire Delmas", "Jean-Paul Marcellin"
    ]
    assert _flags(report, "A4") == []


def test_a_quotation_after_two_clauses_or_before_its_own_cue_is_not_credited_so():
    """Guard: 'X won't go that far, but Y wants ...' names two subjects; '"...," opined the
    paper' has its own attribution after the comma."""
    text = (
        "The paper won't go that far, but Sherman wants a real-time fact check. \"We know the "
        "town.\"\n"
        "Editors across the state agreed. \"Leave the weapons at home,\" opined the Plain "
        "Dealer.\n"
    )
    speakers = [(q["speaker"] or {}).get("text") for q in _report(text)["quotes"]]
    assert "Sherman" not in speakers and "The paper" not in speakers
    assert "Editors" not in speakers


# --- transcript Q&A: the answers are the witness's words, not the reporter's ---------------------

TRANSCRIPT = (
    "Graham Ashworth, 58, denies one count of fraud by abuse of position.\n"
    "Under cross-examination, he was asked about an email he sent in March 2020.\n"
    "Q: You wrote that there was no need to send it round. Why not?\n"
    "A: Because it had already been checked. It did not mean anything sinister.\n"
    "Q: Who had checked it?\n"
    "A: I assumed the procurement team had. That was their job.\n"
    "In re-examination, his barrister, Rupert Calloway, asked him about his bank accounts.\n"
    "Q: Did a single pound from Meridian ever reach your account?\n"
    "A: No. Never.\n"
)


def test_transcript_answers_are_quoted_speech_of_the_witness():
    report = _report(TRANSCRIPT)
    assert ("L201", "sinister") in _flags(report, "L")  # his word, not the reporter's L101
    assert ("H202", "assumed") in _flags(report, "H")
    turns = [q for q in report["quotes"] if q["kind"] == "direct"]
    assert len(turns) == 6
    answers = [(q["speaker"] or {}).get("name") for q in turns[1::2]]
    # the first exchange follows "he was asked"; the second "Calloway ... asked him": the one
    # asking is no answerer, so that answer has no speaker
    assert answers == ["Graham Ashworth", "Graham Ashworth", None]
    assert _flags(report, "A4") == []  # turns carry no quotation marks: no A401


def test_a_single_q_or_a_paragraph_is_no_transcript():
    """Guard: 'A: ...' without any 'Q:' (a list item, a caption) stays the reporter's voice."""
    text = "Key points:\nA: The council approved a shameful plan.\n"
    assert ("L101", "shameful") in _flags(_report(text), "L")


# --- "Replays suggested": a recording, not a person --------------------------------------------


def test_replays_are_a_document_not_a_person():
    text = (
        "Prentice was shown a second yellow card after tangling with Munroe near the halfway "
        "line. Replays suggested there was minimal contact.\n"
    )
    [quote] = _report(text)["quotes"]
    assert (quote["speaker"]["text"], quote["speaker"]["kind"]) == ("Replays", "document")


# --- a delayed identification: the lede's "A former finance director" is named next ------------


def test_a_lede_person_named_with_age_in_the_next_paragraph_is_no_unnamed_source():
    text = (
        "Former council finance chief tells jury he never saw the invoices\n"
        "A former finance director of Keston City Council told a jury on Wednesday that he had "
        "signed payment runs on trust because of the volume of work.\n"
        "Graham Ashworth, 58, denies one count of fraud by abuse of position.\n"
    )
    report = _report(text)
    assert [f for f in _flags(report, "A1")] == []
    [speaker] = [
        q["speaker"] for q in report["quotes"] if q["speaker"]["text"].startswith("A former")
    ]
    assert (speaker["name"], speaker["kind"]) == ("Graham Ashworth", "person")


def test_an_unnamed_official_before_a_different_named_person_is_still_flagged():
    """Guard: no age after the next paragraph's name, so nothing says it is the same person."""
    text = (
        "Talks stall over port fees\n"
        "A senior official told reporters on Monday that the talks had stalled.\n"
        "Transport Minister Ann Roe said the government would not raise fees.\n"
    )
    assert ("A101", "A senior official") in _flags(_report(text), "A1")
