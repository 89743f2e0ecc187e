"""Round 10 (the lead's sourcing fixes): a headline's quotation that the story attributes further
down is no unattributed quote (A401); an unnamed speaker whose sentence says why it is unnamed is
one A102.  Texts invented for these tests."""

from __future__ import annotations

from newscheck import analyze_text


def flagged(text: str, rules: tuple[str, ...]) -> list[tuple[str, str]]:
    report = analyze_text(text)
    found = [f for f in report.findings if f.rule in rules]
    for finding in found:
        assert text[finding.start : finding.end] == finding.text
    return [(f.rule, f.text) for f in found]


def a401(text: str) -> list[str]:
    return [words for _, words in flagged(text, ("A401",))]


def test_a_headline_quote_the_story_attributes_is_not_flagged():
    text = ("'We will rebuild every pier'\n\n"
            "Harbor chief Lena Ortiz spoke on Tuesday after the storm.\n\n"
            "'We will rebuild every pier,' Ortiz said.\n")
    assert a401(text) == []


def test_a_headline_quote_inside_a_longer_attributed_one_is_not_flagged():
    text = ("\u2018Every pier will be rebuilt\u2019\n\n"
            "\u201cI promise you that every pier will be rebuilt by June,\u201d Ortiz said.\n")
    assert a401(text) == []


def test_a_quote_nobody_is_credited_with_is_still_flagged():
    text = ("'We will rebuild every pier'\n\n"
            "Harbor chief Lena Ortiz spoke on Tuesday after the storm.\n\n"
            '"The money is not there," a voice from the back of the hall shouted back.\n')
    assert a401(text) == ["'We will rebuild every pier'"]


def test_an_unnamed_speaker_whose_sentence_explains_the_anonymity_is_one_a102():
    text = ("An engineer familiar with the inspection, who asked not to be identified because "
            "she was not authorised to speak to the press, said cracks had been logged in 2024.\n")
    assert flagged(text, ("A101", "A102")) == [
        ("A102", "An engineer familiar with the inspection")
    ]


def test_an_unnamed_speaker_with_no_reason_stays_a101_and_its_marker_is_no_second_flag():
    text = "An engineer, who spoke on condition of anonymity, said cracks had been logged.\n"
    assert flagged(text, ("A101", "A102")) == [("A101", "An engineer")]
