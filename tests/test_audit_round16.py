"""AUDIT16: defects a standards editor meets in new kinds of copy (a shelling in a border town
with claims on both sides, a Washington budget standoff, hospital waiting times, a data breach,
a doping case, a polling story), each read off an article written for the audit.

Every example text is our own invention.  Each test fails on the code before its fix, except
the guards, whose docstrings say so.
"""

from __future__ import annotations

from quote_helpers import checked_report as _report
from quote_helpers import flagged as _flagged
from quote_helpers import report_flags as _flags
from quote_helpers import report_quotes as _quotes
from quote_helpers import speaker_of as _speaker_of

# --- a negative subject: "Neither account could be independently verified" --------------------

SHELLING = (
    "The Defence Ministry blamed the attack on separatist forces. A spokesman for the "
    "separatists denied that his forces had fired on the town.\n"
    "Neither account could be independently verified. None of the casualty figures given by "
    "either side could be confirmed, and neither side would comment on reports that a second "
    "market had been hit.\n"
    "If no ceasefire is agreed, the fighting could spread to the coast, aid agencies warned.\n"
)


def test_a_negative_subject_states_what_could_not_be_verified_not_a_possibility():
    report = _report(SHELLING)
    hedges = _flagged(report, "H")
    # the reporter says what could not be checked, and who refused to comment: no speculation
    assert not any(text.startswith(("could be", "would comment")) for text in hedges)
    # guard: a "no" in another clause leaves the possibility a possibility
    assert "could spread" in hedges


def test_a_negative_subject_does_not_silence_a_prediction():
    """Guard (passes before the fix): only a refusal ("would comment") is narrative after a
    negative subject; "No jury would convict him" is still a prediction, and "no guarantee he
    would" does not open the clause."""
    text = (
        "Defence lawyers say the case is weak. No jury would convict him on that evidence, "
        "one of them said. There is no guarantee the court would accept the recording.\n"
    )
    hedges = _flagged(_report(text), "H")
    assert "would convict" in hedges
    assert "would accept" in hedges


# --- bodies named by a capitalised body word ----------------------------------------------------

BODIES = (
    "The Royal College of Emergency Medicine has warned that long waits are linked to "
    "hundreds of excess deaths each year.\n"
    "The sample returned an adverse finding, the Athletics Integrity Unit said on Wednesday.\n"
    "The House Freedom Caucus said in a statement that its members would oppose any stopgap.\n"
)


def test_a_college_a_unit_and_a_caucus_are_organisations():
    report = _report(BODIES)
    assert _speaker_of(report, "long waits") == (
        "Royal College of Emergency Medicine", "organization"
    )
    assert _speaker_of(report, "adverse finding")[1] == "organization"
    assert _speaker_of(report, "would oppose any stopgap")[1] == "organization"


def test_a_lower_case_college_is_no_organisation():
    """Guard (passes before the fix): only a capitalised body word names a body."""
    text = "A college student who lives nearby said she had heard three explosions.\n"
    _, kind = _speaker_of(_report(text), "three explosions")
    assert kind != "organization"


# --- "Another said ...": the next of the unnamed people the story quotes ----------------------

NURSES = (
    "Three nurses who work in the department described corridors lined with trolleys. They "
    "asked not to be named for fear of losing their jobs. \"We are caring for people on chairs "
    "in the corridor,\" one of the nurses said.\n"
    "Another said staff were routinely asked to stay beyond their shifts. \"Nobody says no, "
    "because you know what happens if you leave,\" she said.\n"
)


def test_another_said_is_a_report_of_another_unnamed_source():
    report = _report(NURSES)
    assert _speaker_of(report, "routinely asked to stay") == ("Another", "anonymous")
    # the she who follows is that second nurse, not the first one
    assert _speaker_of(report, "Nobody says no") == ("Another", "anonymous")
    assert "Another" in _flagged(report, "A1")


def test_another_after_one_company_is_no_unnamed_person():
    """Guard (passes before the fix, where the clause was no report at all): "One bank says
    ...; another says ..." is another bank, no unnamed person, though people ("borrowers") are
    named just before."""
    text = (
        "Estimates of how many borrowers are behind on payments vary widely among analysts. "
        "While one bank says about 40,000 borrowers are in arrears, another says the figure "
        "is closer to 25,000.\n"
    )
    report = _report(text)
    assert "another" not in _flagged(report, "A1")


# --- a peer's title, and the body written before an office ------------------------------------

PRESIDENT = (
    "World Athletics president Lord Havers said in a radio interview that the sport's "
    "anti-doping system was working as it should. He said the unit was independent and "
    "that he had learned of the case only when it was announced.\n"
)


def test_he_after_a_lord_is_the_lord_not_the_body_before_his_office():
    report = _report(PRESIDENT)
    assert _speaker_of(report, "learned of the case") == ("Havers", "person")


def test_and_that_continues_the_reported_clause():
    # "He said A and that B" reports A and B, not just B
    report = _report(PRESIDENT)
    assert any(
        quote.startswith("the unit was independent and that he had learned")
        for quote, *_ in _quotes(report)
    )


def test_a_coordinated_object_before_that_still_opens_the_clause():
    """Guard (passes before the fix): "told X and Y that ..." and "stated falsely and
    maliciously that ..." keep their clause after "that"."""
    text = (
        "The chairman told Randolph and two other aides that they should step aside. The "
        "lawsuit says the newsletter stated falsely and maliciously that the clinic had lost "
        "its licence.\n"
    )
    quotes = [quote for quote, *_ in _quotes(_report(text))]
    assert "they should step aside" in quotes
    assert "the clinic had lost its licence" in quotes


# --- a reported clause opened by "no" or by an approximate number and a modal -----------------

WAITS = (
    "Dr Priya Raman, the trust's medical director, said no patient had come to harm as a "
    "result of the delays. The Office of Management and Budget said about 800,000 workers "
    "could be furloughed if the talks failed.\n"
)


def test_a_negative_subject_or_an_approximate_number_opens_the_reported_clause():
    report = _report(WAITS)
    assert _speaker_of(report, "no patient had come to harm")[0] == "Priya Raman"
    # the number's modal is the agency's forecast, reported speech, not the reporter's hedge
    assert any(q.startswith("about 800,000 workers could be") for q, *_ in _quotes(report))
    assert "could be" not in [text for rule, text in _flags(report, "H1")]


def test_said_no_to_an_offer_is_no_report():
    """Guard (passes before the fix): "said no to" is a refusal, with no reported clause."""
    text = "The union said no to the offer on Tuesday, and no one from the company would comment.\n"
    assert _quotes(_report(text)) == []


# --- a body's name joined by "and" ------------------------------------------------------------

AGENCIES = (
    "The Department of Health and Human Services said the rule would take effect in March. "
    "A Department of Health and Social Care spokesperson said the government was investing "
    "in urgent care. The Food and Drug Administration said the drug was safe.\n"
)


def test_and_inside_a_body_name_keeps_the_whole_name():
    report = _report(AGENCIES)
    assert _speaker_of(report, "take effect") == (
        "Department of Health and Human Services", "organization"
    )
    assert _speaker_of(report, "investing") == (
        "A Department of Health and Social Care spokesperson", "anonymous"
    )
    assert _speaker_of(report, "drug was safe") == ("Food and Drug Administration", "organization")


def test_and_between_two_people_still_ends_the_name():
    """Guard (passes before the fix): "Sen. Bob Casey of Pennsylvania and Sen. Pat Toomey" are
    two people, the second of whom is the nearest speaker."""
    text = "Sen. Bob Casey of Pennsylvania and Sen. Pat Toomey said the plan was dead.\n"
    assert _speaker_of(_report(text), "plan was dead") == ("Pat Toomey", "person")


# --- "the company" is the company the story is about, not analysts at a bank -------------------

BREACH = (
    "Pulsepath, the fitness tracking app, said on Monday that hackers had stolen the location "
    "histories of about 3.2 million users. Analysts at Berenberg said the breach could push "
    "users toward competitors. The company said it would offer affected users a year of free "
    "identity monitoring.\n"
)


def test_the_company_after_analysts_at_a_bank_is_the_company_in_the_story():
    report = _report(BREACH)
    assert _speaker_of(report, "hackers had stolen") == ("Pulsepath", "organization")
    assert _speaker_of(report, "free identity monitoring") == ("Pulsepath", "organization")


# --- bodies and groups placed by "in", and a union representing workers -----------------------

PLACED = (
    "The Defence Ministry in Velgrad blamed the attack on separatist forces, saying in a "
    "statement that its radar had tracked the shells. The U.S. Embassy in Moscow said it had "
    "raised the case. Some Conservative MPs in suburban seats privately admitted they were "
    "worried. A union representing federal workers said the standoff was a disgrace.\n"
)


def test_a_body_or_group_placed_by_in_speaks_not_the_place():
    report = _report(PLACED)
    assert _speaker_of(report, "radar had tracked") == ("Defence Ministry", "organization")
    assert _speaker_of(report, "raised the case") == ("U.S. Embassy", "organization")
    assert _speaker_of(report, "they were worried") == (
        "Some Conservative MPs in suburban seats", "vague"
    )
    assert _flagged(report, "A2") == ["Some Conservative MPs in suburban seats"]


def test_a_union_representing_workers_is_the_union_not_the_workers():
    report = _report(PLACED)
    assert _speaker_of(report, "standoff was a disgrace") == (
        "A union representing federal workers", "organization"
    )
    assert "federal workers" not in _flagged(report, "A")


# --- "widely expected" is a consensus without a source, not a "widely used" practice -----------


def test_widely_expected_names_the_expectation_not_a_practice():
    text = (
        "It is widely expected that any deal would come late on Friday. The stopgap is widely "
        "expected to pass the House.\n"
    )
    findings = _report(text)["findings"]
    flagged = [(f["rule"], f["text"]) for f in findings]
    assert ("A202", "It is widely expected") in flagged
    assert ("H105", "widely expected") in flagged
    assert not any("widely used" in f["message"] for f in findings)


def test_the_company_is_no_public_body():
    text = (
        "Pulsepath said hackers had stolen the data. The Information Commissioner's Office said "
        "it was aware of the incident and was making enquiries. The company said it would offer "
        "affected users a year of free identity monitoring.\n"
    )
    name, _ = _speaker_of(_report(text), "free identity monitoring")
    assert name != "Information Commissioner's Office"


# --- a quantified group of people set off by an aside -----------------------------------------


def test_a_quantified_group_before_an_aside_is_a_vague_source():
    text = (
        "Several rival athletes, speaking privately, said they had long been suspicious of the "
        "champion's rapid improvement. Many coaches, some of them former sprinters, said the "
        "sport needed more testing.\n"
    )
    report = _report(text)
    assert _speaker_of(report, "long been suspicious")[1] == "vague"
    assert _flagged(report, "A2") == ["Several rival athletes", "Many coaches"]


# --- an apposition that names the company -------------------------------------------------------


def test_an_apposition_naming_a_company_gives_the_speaker():
    text = (
        "Arden's sponsor, the sportswear company Veloce, said it was aware of the reports and "
        "was in contact with her management.\n"
    )
    assert _speaker_of(_report(text), "aware of the reports") == ("Veloce", "organization")


def test_an_apposition_naming_a_person_is_left_alone():
    """Guard (passes before the fix): only a kind of body before the name makes it a company."""
    text = "His brother, the actor Tom Reyes, said the family had not been told.\n"
    _, kind = _speaker_of(_report(text), "had not been told")
    assert kind != "organization"
