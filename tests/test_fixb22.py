"""Round 22 (FIXB22): voice and flag defects found by the audit."""

from newscheck import analyze_text


def _findings(text: str, rule: str):
    return [f for f in analyze_text(text).to_dict()["findings"] if f["rule"] == rule]


def test_t101_not_on_a_sentence_of_attributed_reported_speech():
    # The opinion words of the sentence are the doctor's claim, paraphrased by the reporter.
    text = (
        "Health officials urged calm on Tuesday. Most children who catch the virus recover "
        "quickly and never become seriously ill, said Dr. Amara Lindqvist, a pediatrician at "
        "Riverside General Hospital."
    )
    report = analyze_text(text).to_dict()
    quote = next(q for q in report["quotes"] if "seriously ill" in q["text"])
    assert quote["kind"] == "indirect"
    assert quote["speaker"]["name"] == "Amara Lindqvist"
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert [f for f in report["findings"] if f["rule"] == "T101"] == []


def test_t101_still_fires_on_the_reporters_own_opinion():
    # The same opinion words, no one credited with them: the reporter's voice.
    text = (
        "Health officials urged calm on Tuesday. Most children who catch the virus recover "
        "quickly and never become seriously ill, a truly wonderful and happy outcome."
    )
    found = _findings(text, "T101")
    assert len(found) == 1
    assert found[0]["voice"] == "author"
    assert text[found[0]["start"] : found[0]["end"]] == found[0]["text"]


def test_bare_quantifier_after_but_is_a_vague_speaker():
    # "many" after "but" opens its own clause: its warning is reported speech, not the
    # reporter's hedge, and the vague source is flagged.
    text = (
        "Some analysts expect fares to drop after the summer, but many warn that airlines are "
        "unlikely to cut prices before the holidays."
    )
    report = analyze_text(text).to_dict()
    quote = next(q for q in report["quotes"] if "airlines" in q["text"])
    assert quote["kind"] == "indirect"
    assert quote["text"] == "airlines are unlikely to cut prices before the holidays"
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"]["text"] == "many"
    assert quote["speaker"]["kind"] == "vague"
    codes = {(f["rule"], f["text"], f["voice"]) for f in report["findings"]}
    assert ("A201", "many", "author") in codes
    assert ("H205", "are unlikely to", "quoted") in codes
    assert not any(f["rule"] == "H105" for f in report["findings"])


def test_group_belief_stops_at_the_reporters_parenthetical_attribution():
    # The detectives' view ends at ", she said,": what follows is the spokeswoman's own remark.
    text = (
        "Lieutenant Rosa Ferraro said the suspect was arrested on Sunday afternoon. "
        "Detectives believe he acted alone, she said, though the investigation is continuing."
    )
    report = analyze_text(text).to_dict()
    nested = [q for q in report["quotes"] if (q["speaker"] or {}).get("text") == "Detectives"]
    assert len(nested) == 1
    assert nested[0]["text"] == "he acted alone"
    assert text[nested[0]["start"] : nested[0]["end"]] == "he acted alone"


def test_a_named_persons_belief_is_not_cut_at_a_pronoun_attribution():
    # One named person believes and "she" attributes it: not a group's view reported by
    # someone else, so the rule for groups leaves it alone.
    text = "Jones believes he acted alone, she said, though the inquiry is continuing."
    report = analyze_text(text).to_dict()
    nested = [q for q in report["quotes"] if (q["speaker"] or {}).get("text") == "Jones"]
    assert len(nested) == 1
    assert nested[0]["text"].startswith("he acted alone, she said")


def test_people_on_a_programme_are_the_speaker_not_the_programme():
    # "fans on phone-ins": the fans speak (vague, A201), not the radio programmes.
    text = (
        "The club's supporters' trust called the decision a disgrace, while fans on phone-ins "
        "demanded that Hartley never referee a derby again."
    )
    report = analyze_text(text).to_dict()
    quote = next(q for q in report["quotes"] if "Hartley" in q["text"])
    assert quote["text"] == "Hartley never referee a derby again"
    assert quote["speaker"]["text"] == "fans on phone-ins"
    assert quote["speaker"]["kind"] == "vague"
    speaker = quote["speaker"]
    assert text[speaker["start"] : speaker["end"]] == "fans on phone-ins"
    assert any(f["rule"] == "A201" and f["text"] == "fans" for f in report["findings"])


def test_a_capitalised_name_in_s_before_in_is_not_a_group():
    # "Walters in the past" is one person and a time, not a vague group "in the past".
    text = (
        "She noted that Councillor Ana Walters in the past has criticized the mayor for "
        "accepting gifts from developers."
    )
    report = analyze_text(text).to_dict()
    assert not any(
        (q["speaker"] or {}).get("kind") == "vague" for q in report["quotes"]
    )
    assert not any(f["rule"] == "A201" for f in report["findings"])
