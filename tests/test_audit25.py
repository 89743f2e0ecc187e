"""Round 25 audit (AUDIT25): flags a standards editor would dispute, found on story kinds the
tool had not been read on (a dam failure, a doping appeal at a sports court, a museum
repatriation, a cryptocurrency exchange collapse, a heatwave with power cuts, a prison escape, a
rocket launch failure, a zoo animal escape).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, speaker_of, voiced_flags

# -- a reason for anonymity given where the source is introduced ---------------------------------


def test_the_repeat_of_an_explained_source_keeps_its_reason() -> None:
    """"... according to a person familiar with the investigation, who spoke on condition of
    anonymity because ... The person said ..." flagged 'The person' A101, "the story does not say
    why it is unnamed", one sentence after the story said why."""
    text = (
        "Two guards have been placed on administrative leave, according to a person familiar "
        "with the investigation, who spoke on condition of anonymity because the inquiry is "
        "ongoing. The person said a power tool had been found in the shaft.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [
        ("A102", "a person familiar with the investigation"),
        ("A102", "The person"),
    ]
    messages = [f["message"] for f in report["findings"] if f["rule"] == "A102"]
    assert all("because the inquiry is ongoing" in message for message in messages)


def test_a_repeat_after_an_unexplained_source_stays_unexplained() -> None:
    """Guard: "who asked not to be named" says no why; the repeat is A101 like its source."""
    text = (
        "A museum official, who asked not to be named, said the trustees had taken legal advice. "
        "The official said other claims would follow.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [("A101", "A museum official"), ("A101", "The official")]


# -- hedges that are idioms or requests ----------------------------------------------------------


def test_the_benefit_of_the_doubt_is_no_doubt() -> None:
    """"She deserves the benefit of the doubt" was H202 'doubt': an idiom of fairness."""
    text = '"She deserves the benefit of the doubt," said former champion Kwame Addo.\n'
    assert voiced_flags(text, "H") == []


def test_doubt_in_a_quote_is_still_a_hedge() -> None:
    """Guard: a speaker's own doubt stays flagged in the speaker's voice."""
    text = '"I doubt she will run again," said former champion Kwame Addo.\n'
    assert voiced_flags(text, "H") == [("H202", "doubt", "quoted")]


def test_a_polite_first_person_would_is_a_request() -> None:
    """""I will not speculate, and I would ask everyone else not to either," she said." was
    H201 'would ask', a speculative 'would'."""
    text = (
        '"There are thousands of parameters to examine," Sophie Marchetti said. "I will not '
        'speculate, and I would ask everyone else not to either."\n'
    )
    assert voiced_flags(text, "H") == []


def test_a_third_person_would_ask_stays_a_hedge() -> None:
    """Guard: what the families 'would ask' the court, told by the reporter, is still a guess."""
    text = "The families would ask the court to delay the sentencing until the spring.\n"
    assert voiced_flags(text, "H") == [("H101", "would ask", "author")]


# -- loaded words that are set phrases -----------------------------------------------------------


def test_deeply_sorry_is_an_apology_not_emphasis() -> None:
    """""I made mistakes, and I am deeply sorry," Brenner wrote." was L203 'deeply'."""
    text = '"I made mistakes, and I am deeply sorry," Lucas Brenner wrote in a post on Monday.\n'
    assert voiced_flags(text, "L") == []


def test_deeply_as_emphasis_stays_loaded() -> None:
    """Guard: 'deeply' before a judgement is still the writer's emphasis."""
    text = "The exchange's deeply flawed controls let the losses grow for months.\n"
    assert voiced_flags(text, "L") == [("L103", "deeply", "author")]


# -- source phrases and speaker kinds ------------------------------------------------------------


def test_an_animal_welfare_group_is_flagged_whole() -> None:
    """"Animal welfare groups condemned the killing" flagged 'groups' alone."""
    text = "Animal welfare groups condemned the killing of the tiger as needless.\n"
    report = checked_report(text)
    assert report_flags(report, "A2") == [("A201", "Animal welfare groups")]


def test_a_minerals_company_is_an_organisation() -> None:
    """"The mine's owner, Belgrave Minerals, said ..." made a person of the company."""
    text = (
        "The mine's owner, Belgrave Minerals, said the dam had passed every inspection since "
        "it was built.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "passed every inspection") == ("Belgrave Minerals", "organization")


# -- a named person's inference ------------------------------------------------------------------


def test_a_named_person_suggesting_is_attribution() -> None:
    """"Dr. Helen Marsh suggested the dam had been weakened by neglect" was H102 'suggested' in
    the reporter's voice: who infers it is said."""
    text = "Dr. Helen Marsh suggested the dam had been weakened by years of neglect.\n"
    assert [flag for flag in voiced_flags(text, "H") if flag[1] == "suggested"] == []


def test_a_role_suggesting_is_attribution() -> None:
    """"The minister suggested the delay was deliberate" was H102 'suggested'."""
    text = "The minister suggested the delay in repairing the dam was deliberate.\n"
    assert voiced_flags(text, "H") == []


def test_what_a_letter_from_the_minister_suggests_stays_an_inference() -> None:
    """Guard: a role after a preposition is not the subject; the letter is read by the reporter."""
    text = "A letter from the minister suggested the delay in repairing the dam was deliberate.\n"
    assert voiced_flags(text, "H") == [("H102", "suggested", "author")]


def test_what_a_law_named_after_a_preposition_suggests_stays_an_inference() -> None:
    """Guard: "the dynamic on the Affordable Care Act suggests": no person is named."""
    text = "The dynamic on the Affordable Care Act suggests a broader split among voters.\n"
    assert voiced_flags(text, "H") == [("H102", "suggests", "author")]


# -- a criminal charge's name ---------------------------------------------------------------------


def test_conspiracy_as_a_count_is_no_accusation_by_the_reporter() -> None:
    """"guilty on all seven counts, including conspiracy and money laundering" was L101
    'conspiracy' in the reporter's voice: the name of the charge the jury decided."""
    text = (
        "A federal jury found Viktor Sorokin, 52, guilty on all seven counts, including "
        "conspiracy and money laundering, after a three-week trial.\n"
    )
    assert voiced_flags(text, "L") == []


def test_conspiracy_as_a_label_stays_loaded() -> None:
    """Guard: calling an inquiry a conspiracy in the reporter's voice is still flagged."""
    text = "The whole inquiry was a conspiracy against the exporters from the start.\n"
    assert voiced_flags(text, "L") == [("L101", "conspiracy", "author")]


# -- a group described, not credited ---------------------------------------------------------------


def test_a_group_in_dispute_is_not_credited_with_a_claim() -> None:
    """"the outcome could encourage nurses and doctors, who are also in dispute over pay" was
    A201 'who' ('who' refers to 'doctors'): the clause says what conflict they are in."""
    text = (
        "Analysts said the outcome could encourage nurses and doctors, who are also in dispute "
        "over pay.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A201", "Analysts")]


def test_a_group_that_disputes_the_figures_is_credited() -> None:
    """Guard: "doctors, who dispute the figures" credits them with a view."""
    text = "The deal could anger doctors, who dispute the figures the government published.\n"
    report = checked_report(text)
    assert ("A201", "who") in report_flags(report, "A")


# -- unnamed estimates ---------------------------------------------------------------------------


def test_some_estimates_are_a_weasel_source() -> None:
    """"Some estimates suggest they could get back as little as 20 cents on the dollar" had only
    H104 'Some' and H102 'suggest': whose estimates is the editor's question (A202)."""
    text = (
        "Some estimates suggest customers could get back as little as 20 cents on the "
        "dollar.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A202", "Some estimates suggest")]
    assert [flag for flag in voiced_flags(text, "H") if flag[2] == "author"] == []


def test_a_named_polls_estimates_are_no_weasel() -> None:
    """Guard: "entrance poll estimates show" names where the estimates come from."""
    text = "Entrance poll estimates show the raw vote just about in line with the polls.\n"
    report = checked_report(text)
    assert report_flags(report, "A") == []


# -- a ballot's result -----------------------------------------------------------------------------


def test_voters_narrowly_backing_a_referendum_is_a_result() -> None:
    """A headline "Voters narrowly back independence in island referendum" was A201 'Voters':
    the adverb hid round 24's ballot result ("Voters back ... in referendum": quiet)."""
    text = (
        "Voters narrowly back independence in island referendum\n\n"
        "PORT MARIN, May 19 (Newswire) - Turnout was 78 percent, the electoral commission "
        "said.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == []


def test_voters_strongly_backing_a_cause_stay_a_vague_source() -> None:
    """Guard: with no ballot after the verb, voters' support is still a view credited to them."""
    text = "Voters strongly back independence for the island, campaign leaders insist.\n"
    report = checked_report(text)
    assert ("A201", "Voters") in report_flags(report, "A")


# -- a document that alleges ----------------------------------------------------------------------


def test_a_book_that_alleges_names_the_accuser() -> None:
    """"The book alleges that the prince was repeatedly warned" was H102 'alleges', "make sure
    the story says who alleges it": the book, the quote's speaker, is who."""
    text = (
        "The book alleges that the prince was repeatedly warned by aides about his "
        "finances.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "repeatedly warned") == ("The book", "document")
    assert voiced_flags(text, "H") == []


def test_what_a_report_suggests_stays_the_reporters_reading() -> None:
    """Guard: round 13's call on a document's "suggests" stands."""
    text = "The report suggests that the prince was warned about his finances.\n"
    assert voiced_flags(text, "H") == [("H102", "suggests", "author")]


def test_buckingham_palace_is_an_organisation() -> None:
    """"Buckingham Palace on Tuesday flatly denied ..., calling the book ..." was a person."""
    text = (
        "Buckingham Palace on Tuesday flatly denied a series of claims in a new biography, "
        'calling the book "a work of fiction."\n'
    )
    report = checked_report(text)
    assert speaker_of(report, "work of fiction") == ("Buckingham Palace", "organization")


# -- what an unnamed group suggested ---------------------------------------------------------------


def test_a_hedge_in_what_analysts_suggested_is_in_their_voice() -> None:
    """"Some analysts suggested the failure could push back the rocket's next flight" was H101
    'could push' in the reporter's voice ("suggested" without "that" makes no quote)."""
    text = (
        "Some analysts suggested the failure could push back the rocket's next flight by a "
        "year or more.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A201", "Some analysts")]
    assert voiced_flags(text, "H") == [("H201", "could push", "quoted")]
    message = next(f["message"] for f in report["findings"] if f["rule"] == "H201")
    assert "the source's words" in message


def test_a_hedge_after_the_groups_sentence_stays_the_reporters() -> None:
    """Guard: a later sentence's hedge is the reporter's own."""
    text = (
        "Some analysts suggested a delay. The failure could push back the rocket's next flight "
        "by a year.\n"
    )
    assert voiced_flags(text, "H") == [("H101", "could push", "author")]
