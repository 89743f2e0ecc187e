"""Round 10: a headline's quotation that the story attributes further down is no unattributed
quote (A401).  Texts invented for these tests."""

from __future__ import annotations

from newscheck import analyze_text


def a401(text: str) -> list[str]:
    report = analyze_text(text)
    found = [f for f in report.findings if f.rule == "A401"]
    for finding in found:
        assert text[finding.start : finding.end] == finding.text
    return [f.text for f in found]


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
