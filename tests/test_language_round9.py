"""Round 9: a quoted vote is no scare quote, and a verb of saying with a particle ("blasted
out an email") is neither loaded nor a report.  Texts invented for these tests."""

from __future__ import annotations

from language_helpers import language_findings

from newscheck import analyze_text


def test_a_quoted_vote_is_not_a_scare_quote_but_a_sneer_still_is():
    text = ('When those voting "yes" were declared the majority, the chair closed the floor. '
            'The reform was a "solution" nobody had asked for.\n')
    assert language_findings(text) == [("L101", "solution", "author")]


def test_blasted_out_an_email_is_no_loaded_word_and_no_report():
    text = ("Her campaign quickly blasted out an email to supporters on Tuesday. The mayor "
            "blasted the plan at the meeting.\n")
    report = analyze_text(text)
    # the only report is the mayor's; "blasted out" was credited with "out an email to ..."
    assert [(q.speaker.text, q.text) for q in report.quotes] == [
        ("The mayor", "the plan at the meeting")
    ]
    assert language_findings(text) == [("L101", "blasted", "author")]  # the mayor's verb
    assert next(f for f in report.findings if f.text == "blasted").start == text.index(
        "blasted the plan"
    )


def test_a_loaded_word_in_a_quoted_title_is_not_the_reporters():
    text = ('The spot, titled "Arrogant," ran in Iowa for a week. The plan itself was '
            "arrogant.\n")
    report = analyze_text(text)
    in_title, in_narration = (f for f in report.findings if f.text.lower() == "arrogant")
    assert (in_title.rule, in_title.voice, in_title.quote) == ("L202", "quoted", None)
    assert "inside a quoted name or title" in in_title.message
    assert (in_narration.rule, in_narration.voice) == ("L102", "author")


def test_a_loaded_word_in_a_quotation_broken_across_lines_is_the_sources():
    text = ("The council approved the new ferry budget late on Monday after a long debate.\n\n"
            'Residents were "outraged\nand betrayed" by the vote, the tenants union said.\n')
    assert ("L201", "outraged", "quoted") in language_findings(text)


def test_a_hedge_note_written_for_the_reporter_names_reported_speech_instead():
    text = "The inquiry is expected to take several weeks, Dev Oduya said.\n"
    finding = next(f for f in analyze_text(text).findings if f.category == "hedging")
    assert (finding.rule, finding.text) == ("H205", "is expected to")
    assert "in reported speech" in finding.message
    assert "reporter's voice" not in finding.message


def test_said_in_part_is_no_hedge_but_due_in_part_is():
    text = '"The ruling is final," the statement read in part. The delay was due in part to rain.\n'
    hedges = [(f.rule, f.start) for f in analyze_text(text).findings if f.category == "hedging"]
    assert hedges == [("H105", text.rindex("in part"))]


def test_a_hedge_in_a_sources_words_says_whose_words_they_are():
    text = '"The pumps may have failed twice," the engineer said.\n'
    finding = next(f for f in analyze_text(text).findings if f.category == "hedging")
    assert (finding.rule, finding.voice) == ("H201", "quoted")
    assert finding.message.endswith("(the source's words, inside a quotation)")
