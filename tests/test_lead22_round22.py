"""Round 22 (lead): a deal story on people familiar, a derby row, a flood-warning inquiry."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def _anonymous_flags(text: str, reason: str = "because") -> list[tuple[str, str, bool]]:
    """(rule, words, whether the message quotes `reason`) of each anonymous-source flag."""
    report = analyze_text(text)
    return [
        (f.rule, f.text, f"'{reason}" in f.message)
        for f in report.findings
        if f.rule in ("A101", "A102")
    ]


def test_a_reason_given_with_the_reference_explains_the_people_introduced_before() -> None:
    text = (
        "OSLO \u2014 Halvorsen Foods is exploring a sale of its frozen-meals division, "
        "according to three people familiar with the matter.\n\n"
        "The company has hired Lazard to sound out private equity firms, the people said, "
        "asking not to be identified because the talks are private. No final decision has "
        "been made, one of them said.\n\n"
        "Private equity firms are expected to look at the business, the people familiar said.\n"
    )
    checked_report(text)
    reason = "because the talks are private"
    assert _anonymous_flags(text, reason) == [
        ("A102", "three people familiar with the matter", True),
        ("A102", "the people", True),
        ("A102", "one of them", True),
        ("A102", "the people familiar", True),
    ]
    sources = [s for s in analyze_text(text).sources if s.kind == "anonymous"]
    assert [s.anonymity_reason.text for s in sources if s.anonymity_reason] == [reason] * len(
        sources
    )


def test_an_unexplained_group_stays_unexplained_when_a_later_reference_gives_no_reason() -> None:
    text = (
        "The minister plans to resign next week, according to two people familiar with her "
        "thinking.\n\nShe has told colleagues she is exhausted, the people said.\n"
    )
    checked_report(text)
    assert _anonymous_flags(text) == [
        ("A101", "two people familiar with her thinking", False),
        ("A101", "the people", False),
    ]


def _loaded(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in analyze_text(text).findings if f.rule[0] == "L"]


def test_a_gate_word_the_story_uses_as_a_name_is_no_scandal_label() -> None:
    text = (
        "Castlegate boss Marcus Oyelaran saw it differently. Rovers had led until Castlegate "
        "equalised on 78 minutes.\n\nThe actress Christina Applegate thanked fans on Sunday. "
        "Applegate, 52, said the show would return.\n"
    )
    checked_report(text)
    assert [f for f in _loaded(text) if f[1].endswith("gate")] == []


def test_a_coined_gate_label_is_still_flagged_and_compounds_of_ordinary_words_are_not() -> None:
    text = (
        "The Partygate scandal cost him his job, and critics still call it Partygate. "
        "Each superdelegate can back any candidate.\n"
    )
    checked_report(text)
    assert _loaded(text) == [("L102", "Partygate"), ("L102", "Partygate")]


def test_a_name_ending_in_a_spelled_out_legal_form_is_an_organisation() -> None:
    text = (
        "The Professional Game Match Officials Limited, which oversees referees, said it did "
        "not comment on individual decisions. Veltro GmbH said it would appeal the ruling "
        "within a month.\n"
    )
    checked_report(text)
    speakers = [(q.speaker.name, q.speaker.kind) for q in analyze_text(text).quotes]
    assert speakers == [
        ("Professional Game Match Officials Limited", "organization"),
        ("Veltro GmbH", "organization"),
    ]


def _quotes(text: str) -> list[tuple[str, str, str]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else "")
        for q in sorted(analyze_text(text).quotes, key=lambda q: (q.start, q.kind))
    ]


def test_said_in_its_report_that_reports_the_clause_after_that() -> None:
    text = (
        "The inquiry, led by retired judge Dame Helen Corr, said in its final report that "
        "\"systemic weaknesses\" had gone unchecked for years.\n\n"
        "Michigan was only doing what 40 states already do, Schuette told the court in his "
        "filing.\n"
    )
    checked_report(text)
    quotes = _quotes(text)
    assert ("indirect", "\"systemic weaknesses\" had gone unchecked for years",
            "Helen Corr") not in quotes  # the inquiry speaks, not its chair
    assert [(kind, words) for kind, words, _ in quotes] == [
        ("indirect", "\"systemic weaknesses\" had gone unchecked for years"),
        ("partial", "\"systemic weaknesses\""),
        ("indirect", "Michigan was only doing what 40 states already do"),
    ]
    assert quotes[2][2] == "Schuette"


def test_that_before_an_object_noun_stays_the_determiner() -> None:
    text = "Solomon called that vision \u201ca necessary one and an urgent one.\u201d\n"
    checked_report(text)
    assert [(kind, words) for kind, words, _ in _quotes(text)][0] == (
        "indirect", "that vision \u201ca necessary one and an urgent one.\u201d"
    )


def test_a_relative_clause_on_a_speaker_after_the_cue_is_no_reported_clause() -> None:
    text = (
        "The talks have stalled, said a person who was briefed on the negotiations.\n\n"
        "Fiorina was not one for collaborative decision-making, said one former executive "
        "who requested anonymity to avoid damaging his business relationships.\n"
    )
    checked_report(text)
    assert [(kind, words) for kind, words, _ in _quotes(text)] == [
        ("indirect", "The talks have stalled"),
        ("indirect", "Fiorina was not one for collaborative decision-making"),
    ]
    flags = [(f.rule, f.text) for f in analyze_text(text).findings if f.rule[0] == "A"]
    assert flags == [("A101", "a person"), ("A102", "one former executive")]


def test_a_second_clause_between_commas_is_no_aside_on_a_speaker() -> None:
    text = (
        "Generic cancer drugs earn so little that few companies make them, and a single "
        "plant's problems can ripple across the whole market, said Erin Fox, a pharmacist "
        "at University of Utah Health who tracks shortages.\n"
    )
    checked_report(text)
    assert _quotes(text) == [(
        "indirect",
        "Generic cancer drugs earn so little that few companies make them, and a single "
        "plant's problems can ripple across the whole market",
        "Erin Fox",
    )]


def test_the_byline_is_never_a_pronoun_antecedent() -> None:
    text = (
        "Governor's aide pressed regulators to drop pipeline fine\n\n"
        "By Dana Whitcombe\n\n"
        "A senior aide to Governor Rick Talbot pressed regulators to drop a fine against a "
        "pipeline company, according to text messages reviewed by The Ledger. In one exchange, "
        "she wrote: 'The Governor is not happy. Fix it.'\n"
    )
    checked_report(text)
    report = analyze_text(text)
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker.name) for q in direct] == [("she", "she")]
    assert "Dana Whitcombe" not in [s.name for s in report.sources]
    # a byline-shaped opening that is a sentence keeps its names
    later = (
        "By Monday, Ruth Smith had resigned.\n\nBy then, Smith was tired. 'It was time,' she "
        "said.\n"
    )
    assert [q.speaker.name for q in analyze_text(later).quotes if q.speaker] == ["Ruth Smith"]


def test_a_title_and_a_name_in_apposition_name_the_role() -> None:
    text = (
        "The aide, deputy chief of staff Carla Moynihan, said the department had acted.\n\n"
        "A spokeswoman, press secretary Ada Lind, said the mayor was traveling.\n\n"
        "The company, led by chief executive Tom Reyes, said profits rose in the quarter.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.speaker.text, q.speaker.kind) for q in report.quotes] == [
        ("Carla Moynihan", "person"), ("Ada Lind", "person"), ("The company", "organization"),
    ]
    assert [f.text for f in report.findings if f.rule in ("A101", "A102")] == []


def test_a_group_view_inside_a_named_speakers_report_is_no_reporter_statement() -> None:
    text = (
        "Police Chief Linda Ferraro said the suspect was arrested on Sunday. Detectives "
        "believe he acted alone, she said, though the investigation is continuing.\n\n"
        "Residents fear the arena will drain money from schools.\n"
    )
    checked_report(text)
    flags = [(f.rule, f.text) for f in analyze_text(text).findings if f.rule[0] == "A"]
    assert flags == [("A201", "Detectives"), ("A203", "Residents")]


def test_a_waste_label_is_loaded_in_the_reporters_voice_and_weighs_less_quoted() -> None:
    text = (
        "Eight months on, the stadium has become a white elephant.\n\n"
        "\"It is a boondoggle,\" said Councilwoman Dana Ruiz. The White Elephant bar closed.\n"
    )
    checked_report(text)
    assert _loaded(text) == [("L102", "white elephant"), ("L202", "boondoggle")]


def test_a_title_case_headline_lends_no_words_to_a_name() -> None:
    text = (
        "Gold Star Mom Corners Obama On His Refusal To Use The Words\n\n"
        "President Barack Obama responded to a Gold Star mother on Wednesday.\n\n"
        "\"The truth of the matter is that this is an issue that has been manufactured,\" "
        "Obama said.\n"
    )
    checked_report(text)
    names = [q.speaker.name for q in analyze_text(text).quotes if q.kind == "direct"]
    assert names == ["Barack Obama"]


def test_a_closing_mark_opening_a_paragraph_opens_its_quotation() -> None:
    text = (
        "Obama said the words lump the good Muslims with the bad.\n\n"
        "\u201d \u2026 what I learned is that the way it\u2019s received by our friends and "
        "allies around the world is that somehow Islam is terroristic,\u201d he said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert [(q.text[:12], q.speaker.name) for q in direct] == [("\u201d \u2026 what I l", "Obama")]
    assert {f.voice for f in report.findings} == {"quoted"}


def test_a_horizontal_bar_credit_line_names_the_speaker() -> None:
    text = (
        "31 Readers Share Their Thoughts On The Debate\n\n"
        "\u201cHe makes blanket statements about people he knows nothing about.\u201d\u2015 "
        "Pamela Padilla\n"
        "\u201cI cannot believe a man with no credentials is the nominee.\u201d \u2015 Jacklyn "
        "Ashley\n"
    )
    checked_report(text)
    names = [q.speaker.name for q in analyze_text(text).quotes if q.kind == "direct"]
    assert names == ["Pamela Padilla", "Jacklyn Ashley"]


def test_a_plural_title_is_no_part_of_a_name() -> None:
    text = (
        "Senators Rubio and Cruz, of Florida and Texas, are both Cuban-American. Marco Rubio "
        "spoke first.\n\n\"We are going to win,\" Mr. Rubio said.\n"
    )
    checked_report(text)
    assert [q.speaker.name for q in analyze_text(text).quotes] == ["Marco Rubio"]


def test_an_administrator_title_and_a_nutrition_company() -> None:
    text = (
        "NOAA Administrator Julia Park said the storm would strengthen overnight. Brightwell "
        "Nutrition said it would recall the formula from stores nationwide.\n"
    )
    checked_report(text)
    quotes = analyze_text(text).quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [
        ("Julia Park", "person"), ("Brightwell Nutrition", "organization")
    ]  # (and "recall the formula from stores" is no second report: a product recall)
    assert [q.cue.text for q in quotes] == ["said", "said"]
