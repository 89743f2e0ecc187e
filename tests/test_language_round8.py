"""Round 8: words in the content of an attributed indirect quote are the source's voice, like
words inside quotation marks, so codes, messages and the score agree.  Texts invented."""

from __future__ import annotations

from language_helpers import language_findings

from newscheck import analyze_text


def test_loaded_words_in_attributed_reported_speech_are_the_sources():
    text = "He is a liar and a cheat, the prosecutor said on Monday.\n"
    report = analyze_text(text)
    liar = next(f for f in report.findings if f.text == "liar")
    assert (liar.rule, liar.voice) == ("L201", "quoted")
    assert liar.quote == report.quotes[0].id and report.quotes[0].kind == "indirect"
    assert "reported speech" in liar.message and "reporter's voice" not in liar.message


def test_hedges_in_reported_speech_are_the_sources_and_narration_stays_the_reporters():
    text = ("Officials said the ferry plan might fail without new funding. The plan might fail "
            "anyway, and the scheme was a disgraceful waste.\n")
    assert language_findings(text) == [
        ("H201", "might fail", "quoted"),
        ("H101", "might fail", "author"),
        ("L101", "disgraceful", "author"),
    ]


def test_would_in_an_open_question_is_no_hedge():
    text = ("Talks stalled over the question of who would control security at the terminal. The "
            "two sides remain divided over whether port staff would screen the cargo.\n")
    assert [f for f in language_findings(text) if f[0].startswith("H")] == []


def test_would_after_a_relative_who_is_still_a_hedge():
    text = "Residents who would lose their parking are unlikely to back the plan.\n"
    assert ("H101", "would lose", "author") in language_findings(text)


def test_lexicon_lines_that_mix_words_and_phrases_list_each_alternative():
    # 'doomed/armageddon/apocalypse/death spiral' once expanded to 'doomed spiral', ...: the
    # single words were never matched.  Each line now lists words and phrases apart.
    text = ("The scheme was doomed from the start, a slush fund for fat cats run by sellouts.\n")
    assert [f[1] for f in language_findings(text) if f[0].startswith("L")] == [
        "doomed", "slush fund", "fat cats", "sellouts"
    ]


def test_contemptuous_labels_from_our_loaded_language_sample():
    text = ("The overrun has left the budget in tatters. Councillors called the stadium a vanity "
            "project pushed by obstructionists and fearmongers.\n")
    assert [f[1] for f in language_findings(text) if f[0].startswith("L")] == [
        "in tatters", "vanity project", "obstructionists", "fearmongers"
    ]


def test_messages_name_the_words_found_not_the_lexicon_entry():
    text = ("The plan was a disaster, a shocking revelation that is thought to be the worst in "
            "years.\n")
    messages = {f.text: f.message for f in analyze_text(text).findings}
    assert messages["disaster"] == (
        "'disaster' in the reporter's voice: it passes judgement — give the measurable outcome"
    )
    assert messages["is thought to"] == "'is thought to' hides who believes it — name the source"
    assert "startling" not in messages["shocking revelation"]
