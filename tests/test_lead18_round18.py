"""Round 18 (lead): proper names built on a collective noun, and the ', airlines said' look-back."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def speakers_and_flags(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(speaker name, kind) per quote and (rule, words) per vague flag, spans checked exact."""
    checked_report(text)
    report = analyze_text(text)
    speakers = [(q.speaker.name, q.speaker.kind) for q in report.quotes if q.speaker]
    flags = [(f.rule, f.text) for f in report.findings if f.category == "vague_attribution"]
    return speakers, flags


def test_the_united_nations_is_a_body_not_a_vague_group() -> None:
    text = (
        "Food prices in the region rose by a third in a year, according to the United Nations.\n\n"
        "The United Nations warned on Monday that the harvest would fail.\n\n"
        "The rebels have blocked the coast road, the United Nations said.\n"
    )
    speakers, flags = speakers_and_flags(text)
    assert speakers == [("United Nations", "organization")] * 3
    assert flags == []


def test_nations_without_a_name_stay_vague() -> None:
    text = (
        "Western nations said the blockade broke international law.\n\n"
        "Leaders of First Nations communities said the pipeline crossed their land.\n"
    )
    speakers, flags = speakers_and_flags(text)
    assert speakers == [
        ("Western nations", "vague"),
        ("Leaders of First Nations communities", "vague"),
    ]
    assert flags == [
        ("A201", "Western nations"),
        ("A201", "Leaders of First Nations communities"),
    ]


def test_a_plural_body_after_a_comma_reads_back_over_white_space_only() -> None:
    """', airlines said' (and a line break after the comma) is the vague collective; with a full
    stop before it the lower-case plural is no speaker of that rule."""
    text = "Fares on the island route rose by a fifth on Monday,\n  airlines said.\n"
    speakers, flags = speakers_and_flags(text)
    assert speakers == [("airlines", "vague")]
    assert flags == [("A201", "airlines")]


def test_a_named_speaker_in_a_place_is_the_speaker_not_the_place() -> None:
    text = (
        "Ambassador Lena Jones in Washington said the talks would resume in March.\n\n"
        "The Kremlin in Moscow said the claims were false.\n\n"
        "Officials in Kyiv said the attack had been repelled.\n"
    )
    speakers, _ = speakers_and_flags(text)
    assert speakers == [
        ("Lena Jones", "person"),
        ("Kremlin", "organization"),
        ("Officials in Kyiv", "anonymous"),
    ]


def test_names_in_apposition_after_the_place_do_not_leave_an_unnamed_group() -> None:
    """'two members of Congress from Florida, Ileana Roe and Carlos Cruz, have said': the
    place rule stays out (an A101 on the named pair would be false)."""
    text = (
        "In addition, two Republican members of Congress from Florida, Ileana Roe and Carlos "
        "Cruz, have said they will not back the nominee.\n"
    )
    report = analyze_text(text)
    assert [f.rule for f in report.findings if f.category == "anonymous_source"] == []


def test_denied_what_it_called_is_reported_like_rejected() -> None:
    text = (
        "The ministry denied what it called false reports.\n\n"
        "The club rejected what it described as a smear.\n\n"
        "The ministry denied the reports.\n"
    )
    report = analyze_text(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in report.quotes] == [
        ("what it called false reports", "The ministry"),
        ("what it described as a smear", "The club"),
    ]


def test_guests_on_a_show_speak_not_the_show() -> None:
    text = (
        "The host, Tom Baker, invited three economists. Guests on his show said the tariff "
        "would raise prices.\n\n"
        "A guest on the programme said the minister had lied.\n"
    )
    report = analyze_text(text)
    assert [(q.speaker.text, q.speaker.kind) for q in report.quotes if q.speaker] == [
        ("Guests on his show", "vague"),
        ("A guest on the programme", "anonymous"),
    ]
    assert [(f.rule, f.text) for f in report.findings] == [
        ("A201", "Guests on his show"),
        ("A101", "A guest"),
    ]


def test_the_and_a_capitalised_name_is_a_body_not_a_person() -> None:
    text = (
        "The Red Cross said the camp had run out of clean water.\n\n"
        "The Hendricks Group said profits rose by a tenth.\n\n"
        "The Duke of Sussex said he would attend the service.\n\n"
        "The Texan said he would not endorse the nominee.\n\n"
        "The Smiths said they were moving to Leeds.\n"
    )
    speakers, _ = speakers_and_flags(text)
    assert [kind for _, kind in speakers] == [
        "organization", "organization", "person", "person", "person"
    ]
    assert [name for name, _ in speakers[:2]] == ["Red Cross", "Hendricks Group"]


def test_a_named_studys_researchers_and_their_they_are_no_unnamed_group() -> None:
    text = (
        "A study published on Wednesday in The Lancet by Dr Amy Hart and colleagues at the "
        "University of Leeds followed 12,000 adults for a decade.\n\n"
        "The researchers said the link between poor sleep and dementia was strong.\n\n"
        "They cautioned that the study could not prove cause and effect.\n\n"
        "Other scientists said the result was alarming.\n"
    )
    speakers, flags = speakers_and_flags(text)
    assert [kind for _, kind in speakers] == ["person", "person", "vague"]
    assert flags == [("A201", "Other scientists")]


def test_researchers_after_a_report_dated_by_month_stay_unnamed() -> None:
    """'A report released in March' names no one: 'The researchers' stay a vague group."""
    text = (
        "A report released in March found that rents had doubled.\n\n"
        "The researchers said the rise would continue.\n"
    )
    _, flags = speakers_and_flags(text)
    assert flags == [("A201", "The researchers")]
