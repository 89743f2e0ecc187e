"""Round 18 audit (AUDIT18): defects found on six beats the tool had not been tuned on (a
criminal trial, a wildfire, a football transfer, a medical study, election night, wire briefs).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, flagged, report_quotes, speaker_of

# -- 1: wire datelines typed with a spaced hyphen, or with an accented capital -----------------


def test_hyphen_dateline_is_not_reported_content() -> None:
    """ "OTTAWA - ", "LAGOS, Nigeria (AP) - ", "SAN JOSÉ, Costa Rica (Reuters) - ": a dateline
    typed with a spaced hyphen (or an accented capital) opens the paragraph and is not part of
    what the officials said; it had been kept at the front of the reported clause."""
    report = checked_report(
        "OTTAWA - Ferry services to the islands will resume on Monday, officials said.\n"
        "LAGOS, Nigeria (AP) - Three bridges were closed after heavy rain, the police said.\n"
        "SAN JOSÉ, Costa Rica (Reuters) - The volcano erupted twice overnight, scientists said.\n"
    )
    contents = [quote for quote, _, _, _ in report_quotes(report)]
    assert contents == [
        "Ferry services to the islands will resume on Monday",
        "Three bridges were closed after heavy rain",
        "The volcano erupted twice overnight",
    ]


def test_hyphen_dateline_stays_out_of_an_anonymous_source() -> None:
    """ "MEXICO CITY - Mexican officials said": the A101 flag and the source are "Mexican
    officials", not the dateline before a spaced hyphen; an unspaced hyphen still joins a
    modifier ("pro-Kremlin officials")."""
    report = checked_report(
        "MEXICO CITY - Mexican officials said the border crossing had reopened.\n"
        "The pro-Kremlin officials said the vote had been fair."
    )
    assert flagged(report, "A101") == ["Mexican officials", "The pro-Kremlin officials"]
    assert report["sources"][0]["name"] == "Mexican officials"


# -- 2: a name set off after a neighbour, a friend or a company ---------------------------------


def test_name_in_apposition_after_a_neighbour_or_friend_is_the_speaker() -> None:
    """ "Her neighbour, Tom Reyes, said", "A close friend, Ama Boateng, said": the name is the
    speaker (a person); "neighbour" and "friend" had not been read as people nouns, so the
    speaker stayed "Her neighbour" of unknown kind. A bare "Neighbours said" is vague (A201)."""
    report = checked_report(
        "Her neighbour, Tom Reyes, said he had watched the flames cross the ridge. "
        "A close friend, Ama Boateng, said the singer had been unwell for months. "
        "Neighbours said the family had moved away in June."
    )
    assert speaker_of(report, "flames cross") == ("Tom Reyes", "person")
    assert speaker_of(report, "unwell for months") == ("Ama Boateng", "person")
    assert speaker_of(report, "moved away") == ("Neighbours", "vague")
    assert flagged(report, "A201") == ["Neighbours"]


def test_company_named_in_apposition_after_its_kind() -> None:
    """ "A power company, Glenmore Grid, said" is the company by its name (organization) even
    when the name has no company word (before, only a name ending in one, "Northlight Records",
    was taken), also where the name reads as an outlet's ("Skyhop Express"). A name opening
    with a given name or a title stays a person's ("The committee, Mr. Hale, said"), and so
    does a name before its apposition ("Eddie Griffin, who ... a group of bloggers, said";
    guard)."""
    report = checked_report(
        "A power company, Glenmore Grid, said one of its cables had failed in the storm.\n\n"
        "The airline, Skyhop Express, said its flights would resume on Friday.\n\n"
        "The committee, Mr. Hale, said the vote had been delayed.\n\n"
        "Noor Haddad, who was then a member of Ledger, a group of local bloggers, said the "
        "turnout was high."
    )
    assert speaker_of(report, "cables had failed") == ("Glenmore Grid", "organization")
    assert speaker_of(report, "turnout was high") == ("Noor Haddad", "person")
    assert speaker_of(report, "flights would resume") == ("Skyhop Express", "organization")
    assert speaker_of(report, "vote had been delayed")[0] != "Mr. Hale"
    assert flagged(report, "A3") == []


# -- 3: a body's name, a noun and a title before a name, after the cue --------------------------


def test_body_noun_and_title_before_a_name_after_the_cue() -> None:
    """ "said Metro Fire district chief Ivan Kolar": the speaker is the chief, not "Metro
    Fire" (a person of that name, before); the phrase stopped at the first lower-case word
    that was not itself a title. A verb between two names still ends the phrase."""
    report = checked_report(
        "\"The wind turned at midnight,\" said Metro Fire district chief Ivan Kolar.\n\n"
        "\"We will rebuild the clinic,\" said Oxfam country director Ana Ruiz.\n\n"
        "Senator Hal Brooks met chief Leon Roe, who said the plan was dead."
    )
    assert speaker_of(report, "wind turned") == ("Ivan Kolar", "person")
    assert speaker_of(report, "rebuild the clinic") == ("Ana Ruiz", "person")
    assert speaker_of(report, "plan was dead")[0] == "Leon Roe"


# -- 4: "charged" a price and "agreeing" terms ----------------------------------------------------


def test_charging_a_price_or_agreeing_terms_reports_nothing() -> None:
    """ "The contractor charged the council almost £2m for the repairs" and "close to agreeing a
    fee with the Dutch side" report no words ("the council almost £2m ..." and "a fee with the
    Dutch side" had been indirect quotes); a charge ("charged two brothers with arson", an
    accusation as PolNeAR reads it), "charged that" and a pronoun clause still report."""
    report = checked_report(
        "The contractor charged the council almost £2m for the repairs.\n\n"
        "The club is close to agreeing a fee with the Dutch side for the striker.\n\n"
        "Detectives have charged two brothers with arson after the warehouse fire.\n\n"
        "Opponents charged that the scheme would enrich its backers.\n\n"
        "The auditor charged she had hidden the losses from the board."
    )
    quotes = [(quote, cue) for quote, _, _, cue in report_quotes(report)]
    assert quotes == [
        ("two brothers with arson after the warehouse fire", "charged"),
        ("the scheme would enrich its backers", "charged"),
        ("she had hidden the losses from the board", "charged"),
    ]


# -- 5: a barrister's rank after the name, a court office before it -----------------------------


def test_kc_after_a_name_is_a_person_and_the_same_person_later() -> None:
    """ "Prosecutor Helen Okoro KC told the jury": a person named Helen Okoro (the letters of
    rank had made an acronym-named organization, so the next "She said" skipped her), and a
    later "Okoro said" is the same source."""
    report = checked_report(
        "Prosecutor Helen Okoro KC told the jury that the invoices had been forged. "
        "She said the accountant had lied to the auditors for years.\n\n"
        "In her closing speech, Okoro said the paper trail was overwhelming."
    )
    assert speaker_of(report, "invoices had been forged") == ("Helen Okoro", "person")
    assert speaker_of(report, "lied to the auditors") == ("Helen Okoro", "person")
    assert speaker_of(report, "paper trail") == ("Helen Okoro", "person")
    assert [s["name"] for s in report["sources"]] == ["Helen Okoro"]


def test_witness_called_by_a_side_is_the_speaker() -> None:
    """ "A fire investigator called by the prosecution testified that": the investigator speaks
    (an unnamed expert, A101), not the prosecution, which had been the speaker."""
    report = checked_report(
        "The trial opened at Marlow Crown Court on Monday.\n\n"
        "A fire investigator called by the prosecution testified that the blaze was started "
        "deliberately."
    )
    assert speaker_of(report, "blaze was started") == (
        "A fire investigator called by the prosecution",
        "anonymous",
    )
    flags = flagged(report, "A101")
    assert len(flags) == 1 and flags[0].startswith("A fire investigator")
    assert [s["kind"] for s in report["sources"]] == ["anonymous"]  # (no "the prosecution")


# -- 6: football clubs by name -------------------------------------------------------------------


def test_football_club_names_are_organizations() -> None:
    """ "Kelby United said", "Bramley Rovers confirmed": a club, not a person."""
    report = checked_report(
        "Kelby United said the goalkeeper had passed his medical on Tuesday. "
        "Bramley Rovers confirmed that their captain had signed a new contract."
    )
    assert speaker_of(report, "passed his medical") == ("Kelby United", "organization")
    assert speaker_of(report, "new contract") == ("Bramley Rovers", "organization")


# -- 7: a relative clause ends with its sentence, also on a capitalised word ---------------------


def test_relative_clause_of_the_previous_sentence_names_no_speaker() -> None:
    """ "... 40 walkers who had been stranded near the summit of Ben Corran. The rescue team
    said ...": the team speaks; the speaker had been "Volunteers reached 40 walkers" from the
    sentence before, because a relative clause's search ran back over a full stop after a
    capitalised word."""
    report = checked_report(
        "Volunteers reached 40 walkers who had been stranded near the summit of Ben Corran. "
        "The rescue team said that the walkers were cold but unhurt."
    )
    assert speaker_of(report, "cold but unhurt") == ("The rescue team", "organization")


# -- 8: "Some in the party" -----------------------------------------------------------------------


def test_share_of_people_in_a_body_is_the_speaker() -> None:
    """ "Some in the dressing room say", "Many at the council believe": the unnamed people speak
    (vague, as the sourcing flag already said), not the dressing room or the council, which had
    been the quote's speaker (an organization for "the council")."""
    report = checked_report(
        "Some in the dressing room say the coach has lost the players' trust. "
        "Many at the council believe that the budget cannot be balanced."
    )
    assert speaker_of(report, "lost the players") == ("Some in the dressing room", "vague")
    assert speaker_of(report, "cannot be balanced") == ("Many at the council", "vague")



# -- 9: people nouns whose plural adds -es --------------------------------------------------------


def test_name_after_a_witness_or_coach_is_the_speaker() -> None:
    """ "one witness, Jack Morrow, told": "witness" (plural "witnesses") and "coach" had not been
    read as people nouns, so the name beside them was never taken as the speaker."""
    report = checked_report(
        "\"The car never slowed down,\" one witness, Dylan Marsh, told the BBC.\n\n"
        "The youth coach, Petra Lind, said the pitch had been waterlogged for weeks."
    )
    assert speaker_of(report, "never slowed") == ("Dylan Marsh", "person")
    assert speaker_of(report, "waterlogged") == ("Petra Lind", "person")
