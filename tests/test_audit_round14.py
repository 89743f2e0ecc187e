"""AUDIT14: defects a standards editor meets in new kinds of copy (obituaries, election nights,
drug approvals, transfer rumours, investigations with whistleblowers, foreign wire stories),
each read off an article written for the audit.

Every example text is our own invention.  Each test fails on the code before its fix, except
the guards, whose docstrings say so.
"""

from __future__ import annotations

from quote_helpers import checked_report as _report
from quote_helpers import report_flags as _flags


def _speakers(report: dict) -> list[tuple[str, str, str]]:
    """(quote text, speaker name, speaker kind) of each quote."""
    return [
        (q["text"], q["speaker"]["name"] if q["speaker"] else None,
         q["speaker"]["kind"] if q["speaker"] else None)
        for q in report["quotes"]
    ]


def _speaker_of(report: dict, words: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker of the first quote holding ``words``."""
    for quote, name, kind in _speakers(report):
        if words in quote:
            return name, kind
    raise AssertionError(f"no quote holds {words!r}")


# --- "think tank": a noun, not a verb of belief -------------------------------------------------

THINK_TANK = (
    "Critics of the pricing disputed that. Analysts at the health think tank Fairfield "
    "Institute estimated that Calder had spent roughly £400 million developing the drug, a "
    "figure the company declined to confirm.\n\n"
    '"The infrastructure is finally there, but the money is not," said Sergiu Tofilat, an '
    "energy expert at the Chisinau-based WatchDog think tank. \"Without subsidies, people will "
    'simply not be able to pay."\n'
)


def test_think_tank_is_no_cue_and_its_analysts_are_a_named_institution():
    report = _report(THINK_TANK)
    cues = [q["cue"]["text"] for q in report["quotes"] if q["cue"]]
    assert "think" not in cues
    assert _speaker_of(report, "Calder had spent") == (
        "Analysts at the health think tank Fairfield Institute", "organization"
    )
    # the quote after the think tank's name is still Tofilat's, not a new speaker's
    assert _speaker_of(report, "Without subsidies")[0] == "Sergiu Tofilat"
    # the analysts are credited (an institution is named): no vague or unsourced-view flag
    assert not [f for f in _flags(report, "A2") if "Analysts" in f[1]]


# --- "she said" after an unnamed witness is introduced ------------------------------------------

WITNESS = (
    "Managers at the home altered rotas before inspections, according to internal documents. "
    'In an email, a regional manager told staff to "make sure the rota tells the right story."\n\n'
    "One current care assistant at a home in Wigan, who has worked for the company for six "
    "years, described night shifts on which a single worker was responsible for 28 residents.\n\n"
    '"You\'d hear the call bells going and you\'d just have to choose," she said.\n\n'
    "The regulator said falsifying records would be a serious matter. A spokesperson said it "
    "would look carefully at any information.\n\n"
    "Two whistleblowers said they had raised concerns in 2024 and heard nothing back. One, a "
    "former night manager in Bolton who asked not to be identified because she still works in "
    "the sector, said she was later moved to a home 40 miles away.\n\n"
    '"That was my answer," she said.\n'
)


def test_she_after_an_unnamed_witness_is_that_witness_not_the_last_speaker():
    report = _report(WITNESS)
    name, kind = _speaker_of(report, "call bells")
    assert kind == "anonymous" and "care assistant" in name
    name, kind = _speaker_of(report, "That was my answer")
    assert kind == "anonymous" and "night manager" in name
    # the reason she gave for anonymity travels with her: the editor sees A102, not A101
    assert ("A101", "she") not in _flags(report, "A1")[-2:]


# --- "she told" in an obituary: the subject, named by surname, not the last quoted man ----------

OBITUARY = (
    "Margaret Ellery, who founded the Kestrel Hill Food Bank, died on Sunday. She was 87.\n\n"
    "Her daughter, Ruth Ellery-Shaw, said her mother died peacefully.\n\n"
    "She married David Ellery, a bus driver, in 1962. He died in 2011.\n\n"
    "The local MP, Owen Pritchard, said in a statement that Ellery had \"done more for this "
    'valley than any politician I have known."\n\n'
    "Some councillors objected to the food bank's monthly figures on child hunger.\n\n"
    "Ellery was unrepentant.\n\n"
    '"If the numbers embarrass you, change the numbers," she told the Tenby Valley Gazette in '
    "1994.\n"
)


def test_she_after_a_surname_opening_the_sentence_is_the_woman_of_that_name():
    report = _report(OBITUARY)
    assert _speaker_of(report, "change the numbers") == ("Margaret Ellery", "person")


def test_a_surname_inside_a_longer_name_settles_no_pronoun():
    """Guard: "the Clinton campaign" is no mention of a Clinton; the quote stays with the
    person who was speaking."""
    text = (
        "Hillary Clinton and Bill Clinton campaigned in Nevada on Friday.\n\n"
        '"They have a real problem if they lose here," said Jon Ralston, who runs a politics '
        "newsletter.\n\n"
        'Right now, the Clinton campaign is "doing everything they can," he said.\n'
    )
    assert _speaker_of(_report(text), "doing everything")[0] == "Jon Ralston"


def test_a_hyphenated_think_tank_is_no_speaker_of_a_scare_quote():
    text = (
        "That loyalty is no surprise, given that Marsh now holds an \"honorary\" position at, and "
        "money from, the Marston Trust, a London-based think-tank founded to promote free trade.\n"
    )
    for quote in _report(text)["quotes"]:
        assert quote["cue"] is None or quote["cue"]["text"] != "think"


# --- a company by its short name is not a person ------------------------------------------------

COMPANY = (
    "The regulator on Tuesday approved Orvantil, a once-daily pill from Calder Therapeutics, for "
    "adults with pulmonary fibrosis.\n\n"
    "Calder said in a statement that it expected the drug to reach clinics within weeks.\n\n"
    "Transgaz, the Romanian grid operator, said construction of a second compressor station "
    "would begin in the spring.\n"
)


def test_a_company_named_by_its_first_word_or_described_as_a_company_is_an_organisation():
    report = _report(COMPANY)
    # (merged with the lead's rule: the short name takes the company's full name)
    assert _speaker_of(report, "expected the drug") == ("Calder Therapeutics", "organization")
    assert _speaker_of(report, "construction of a second") == ("Transgaz", "organization")


def test_a_surname_that_also_names_a_body_stays_a_person():
    """Guard: 'Trump' is Donald Trump even where the story also names Trump University."""
    text = (
        "Donald Trump attacked the judge overseeing the Trump University lawsuits on Friday.\n\n"
        "Trump said the judge was biased against him.\n"
    )
    assert _speaker_of(_report(text), "the judge was biased") == ("Donald Trump", "person")


# --- investigations: the documents as the source, and people who agreed to be named -------------


def test_a_headline_sourced_to_documents_is_no_unattributed_accusation():
    text = (
        "Care home chain falsified staffing records, internal documents show\n\n"
        "Managers at one of the region's largest care home operators altered rotas before "
        "inspections, according to emails and interviews with eleven employees.\n"
    )
    assert ("A402", "falsified") not in _flags(_report(text), "A4")


def test_a_headline_accusation_with_no_source_is_still_flagged():
    """Guard: with no documents or speaker in its paragraph, the accusation keeps its A402."""
    text = "Care home chain falsified staffing records\n\nThe chain runs 38 homes in the north.\n"
    assert ("A402", "falsified") in _flags(_report(text), "A4")


def test_people_who_agreed_to_be_named_are_no_anonymous_source():
    text = (
        "Eight of the employees who spoke to the Ledger asked not to be named because they "
        "feared losing their jobs. Three former managers agreed to be identified.\n\n"
        "Two night nurses agreed to speak on the record.\n"
    )
    flagged = [words for _, words in _flags(_report(text), "A1")]
    assert "Three former managers" not in flagged and "Two night nurses" not in flagged


# --- a reported clause ends where another speaker's report begins -------------------------------


def test_a_clause_ends_before_a_contrasting_speaker_but_not_before_the_same_one():
    text = (
        "It remains unclear whether Delacroix will play on Saturday. Connell said the striker "
        "was fit to start, but a well-placed source said the player had asked not to be "
        "selected.\n\n"
        "Harlow said she would fight for the hospital, but she knows the decision lies with the "
        "health board.\n"
    )
    contents = {q["text"] for q in _report(text)["quotes"] if q["kind"] == "indirect"}
    assert "the striker was fit to start" in contents
    assert "the player had asked not to be selected" in contents
    # a pronoun going on after "but" is the same speaker: one content, as PolNeAR reads it
    assert any(c.startswith("she would fight for the hospital, but she knows") for c in contents)


def test_a_european_sports_paper_is_an_outlet():
    text = (
        "According to reports in France, Rovers have agreed personal terms with the striker. "
        "L'Équipe claimed on Tuesday that a five-year contract is on the table.\n"
    )
    report = _report(text)
    assert _speaker_of(report, "five-year contract") == ("L'Équipe", "outlet")
    assert ("A301", "L'Équipe") in _flags(report, "A3")


def test_a_correction_note_is_not_a_source():
    text = (
        "Greenleaf runs 38 homes across the North West, the company said.\n\n"
        "Correction, Nov. 27: An earlier version of this article said Greenleaf runs 42 homes. "
        "It runs 38.\n"
    )
    report = _report(text)
    assert not [s for s in report["sources"] if "version" in s["name"]]
    assert not [q for q in report["quotes"] if q["speaker"] and "version" in q["speaker"]["text"]]


# --- transfer rumours: hearsay without its verb "is" -------------------------------------------


def test_said_to_be_without_is_is_hearsay():
    text = (
        "Ashford City striker Luc Delacroix is on the verge of a £40 million move, with the two "
        "clubs said to be close to agreeing a fee. The forward, thought to be the best young "
        "striker outside the top flight, has scored 14 goals this season.\n"
    )
    hedges = [words for rule, words in _flags(_report(text), "H1") if rule == "H105"]
    assert "said to be" in hedges and "thought to be" in hedges
