"""Round 26 (lead): an editor's reading of new copy — a minister's resignation, a school
treasurer's trial, streaming lay-offs, a council's arena vote, a dementia study, a Q&A with a
lighthouse keeper, a primary night, a chipmaker's earnings."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, voiced_flags
from quote_helpers import quote_rows as _quotes


def test_a_quotation_inside_a_relative_aside_leaves_the_subject_the_speaker() -> None:
    text = (
        'Nadia Hassan, who ran on a promise to "clean house" in the capital, told cheering '
        'supporters in Dayton that voters had "sent a message that cannot be ignored."\n'
    )
    rows = _quotes(text)
    assert ("indirect", 'voters had "sent a message that cannot be ignored."', "Nadia Hassan",
            "person") in rows
    assert {name for _, _, name, _ in rows} == {"Nadia Hassan"}
    assert report_flags(checked_report(text), "A2") == []  # no "cheering supporters" A201


def test_the_person_told_is_never_the_speaker_of_told() -> None:
    text = (
        "The mayor, tired of 'politics as usual' and the 'swamp', told council members that "
        "the vote would wait.\n"
    )
    assert all(name != "council members" for _, _, name, _ in _quotes(text))


def test_a_speaker_before_an_aside_set_off_by_dashes() -> None:
    for dash in (" - ", " -- ", " \u2014 "):
        text = (
            f"Jane Reynolds{dash}his girlfriend and co-host on his video channel{dash}told a "
            "local newspaper that his views turned extreme around 2002.\n"
        )
        assert _quotes(text) == [
            ("indirect", "his views turned extreme around 2002", "Jane Reynolds", "person")
        ], dash


LIGHTHOUSE = (
    "Q&A: The lighthouse keeper who stayed\n\n"
    "For 31 years, Eileen MacAskill has kept the light at Rubha Mor. When the board automated "
    "the station in 2019, she stayed on as its caretaker. We spoke to her about storms.\n\n"
    "Why did you stay when the light was automated?\n\n"
    '"People assume I stayed out of stubbornness. But the light is not just a machine."\n\n'
    "What was the worst storm you remember?\n\n"
    '"January 2005. The spray was coming over the top of the tower."\n\n'
    "The board said in a statement that her role was invaluable.\n"
)


def test_interview_answers_in_quotation_marks_are_the_interviewees() -> None:
    report = checked_report(LIGHTHOUSE)
    answers = [q for q in report["quotes"] if q["kind"] == "direct"]
    assert [(q["speaker"]["text"], q["speaker"]["name"]) for q in answers] == [
        ("she", "Eileen MacAskill"), ("she", "Eileen MacAskill")
    ]
    assert report_flags(report, "A4") == []  # no "quotation with no speaker"


def test_one_question_before_a_floating_quotation_is_no_interview() -> None:
    text = (
        "The council approved the plan on Tuesday.\n\n"
        "So why did nobody object?\n\n"
        '"We were never asked."\n'
    )
    assert [rule for rule, _ in report_flags(checked_report(text), "A4")] == ["A401"]


def test_checks_written_are_no_report() -> None:
    text = (
        "According to court documents, Martin Ebersole wrote more than 300 checks to shell "
        "companies he controlled. He wrote 40 letters to the board.\n"
    )
    rows = _quotes(text)
    assert [name for _, _, name, _ in rows] == ["court documents"]
    text = "Ebersole wrote more than 40 homes had been sold without a permit.\n"
    assert _quotes(text)[0][1] == "more than 40 homes had been sold without a permit"


def test_a_document_after_despite_speaks_its_participle() -> None:
    text = (
        "Councillors voted 7-4 on Tuesday to approve the money, despite a staff report warning "
        "that the arena would never break even.\n"
    )
    assert _quotes(text) == [
        ("indirect", "the arena would never break even", "a staff report", "document")
    ]
    assert report_flags(checked_report(text), "A2") == []
    text = "The company released a statement saying it would appeal.\n"
    assert _quotes(text)[0][2:] == ("The company", "organization")


def test_the_authors_of_a_study_whose_team_or_journal_is_named() -> None:
    for lead in (
        "The researchers, led by Dr. Hannah Lindqvist of Uppsala, tracked 78,000 adults.",
        "A study of 78,000 adults published Monday in the journal Neurology Today found a link.",
        "The study was led by Dr. Hannah Lindqvist.",
    ):
        text = lead + " People who are ill might move less, the authors acknowledged.\n"
        assert report_flags(checked_report(text), "A2") == [], lead
    text = "A new study found a link. People who are ill might move less, the authors said.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "the authors")]


def test_a_chipmaker_is_a_company() -> None:
    text = (
        "Helix Semiconductor reported a 60 percent jump in quarterly profit on Wednesday. Helix "
        "also said it would spend $15 billion on a new factory in Arizona.\n"
    )
    report = checked_report(text)
    assert [(s["name"], s["kind"]) for s in report["sources"]] == [
        ("Helix Semiconductor", "organization")
    ]


def test_the_official_after_an_unnamed_civil_servant_is_the_same_source_with_its_reason() -> None:
    text = (
        "One senior civil servant, who asked not to be named because they were not authorised "
        "to speak to the press, said staff had raised concerns. 'We were told to get on with "
        "it,' the official said.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [
        ("A102", "One senior civil servant"), ("A102", "the official")
    ]
    [source] = [s for s in report["sources"] if s["kind"] == "anonymous"]
    assert [m["text"] for m in source["mentions"]] == ["One senior civil servant", "the official"]


def test_the_official_far_from_another_unnamed_person_stays_its_own() -> None:
    text = (
        "One senior civil servant, who asked not to be named because they were not authorised "
        "to speak, said staff had raised concerns.\n\n" + "The minister resigned. " * 30 + "\n\n"
        "'We were told to get on with it,' the official said.\n"
    )
    assert ("A101", "the official") in report_flags(checked_report(text), "A1")


def test_a_partial_quotation_after_a_role_subject_is_theirs() -> None:
    text = 'A Lumen spokeswoman declined to comment on "rumors and speculation."\n'
    assert _quotes(text) == [
        ("partial", '"rumors and speculation."', "A Lumen spokeswoman", "anonymous")
    ]
    assert _quotes('The bill includes "sweeping reforms."\n')[0][2] is None


def test_idioms_of_insult_and_waste_in_the_reporters_voice() -> None:
    text = (
        "The council's spending spree is a slap in the face to every struggling family. "
        '"It is a slap in the face," said Gary Lindt, a retired bus driver.\n'
    )
    assert voiced_flags(text, "L") == [
        ("L101", "spending spree", "author"), ("L101", "slap in the face", "author"),
        ("L201", "slap in the face", "quoted"),
    ]


def test_audits_and_results_are_documents() -> None:
    text = (
        "The arena has lost money every year, according to the city's own audits. Hassan led "
        "by 19 points, according to unofficial results from the secretary of state's office.\n"
    )
    assert [(name, kind) for _, _, name, kind in _quotes(text)] == [
        ("the city's own audits", "document"), ("unofficial results", "document")
    ]


def test_a_dash_aside_that_names_the_speakers_or_the_person_of_a_role() -> None:
    text = (
        "The three constitutional scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed "
        "there are qualified candidates.\n"
    )
    report = checked_report(text)
    speaker = report["quotes"][0]["speaker"]
    assert (speaker["text"], speaker["kind"]) == ("Mr. Tribe, Ms. Epstein and Mr. Amar", "person")
    assert report_flags(report, "A1") == []
    text = (
        "A former Republican presidential candidate -- John McCain, who lost the 2008 election "
        "-- said the strategy had failed.\n"
    )
    assert _quotes(text) == [("indirect", "the strategy had failed", "John McCain", "person")]
    text = "Insiders in two states -- Ohio and Iowa -- said the race was close.\n"
    assert all(name != "Ohio and Iowa" for _, _, name, _ in _quotes(text))


def test_a_participle_after_a_dash_aside_is_the_main_subjects() -> None:
    text = (
        "Jeb Bush struggles with a basic task in politics - bragging - conceding that he feels "
        "uneasy when he does.\n"
    )
    assert _quotes(text)[0][2] == "Jeb Bush"
