"""Round 21 audit (AUDIT21): defects found on story kinds the tool had not been read on (a war
dispatch, a celebrity split, a central-bank decision, an air-crash investigation, a ransomware
attack, a poll story, a fact-check with an editor's note, a campus protest).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, report_quotes

# -- 1: a subject with an irregular past tense before "but signalled" / "and said" ---------------

CENTRAL_BANK = (
    "FRANKFURT (Reuters) \u2014 The European Central Bank left interest rates unchanged on "
    "Thursday but signalled that it could cut borrowing costs as soon as September if inflation "
    "keeps falling.\n\n"
    "The lender, Harrow Mutual, cut 200 jobs on Monday and said it would close two branches.\n"
)


def test_an_irregular_past_tense_ends_the_subject_of_a_second_predicate() -> None:
    """"left" and "cut" were read into the subject ("The company cut 200 jobs" spoke), and the
    bank's signal had no speaker at all, so its "could cut" was a hedge in the reporter's voice.
    Both speakers are the subject before the irregular past tense, and the modal is quoted."""
    report = checked_report(CENTRAL_BANK)
    quotes = report_quotes(report)
    assert quotes[0] == (
        "it could cut borrowing costs as soon as September if inflation keeps falling",
        "European Central Bank", "organization", "signalled",
    )
    assert quotes[1][1:3] == ("Harrow Mutual", "organization")
    assert quotes[1][0] == "it would close two branches"
    hedges = [(f["rule"], f["text"], f["voice"]) for f in report["findings"] if f["rule"][0] == "H"]
    assert hedges == [("H201", "could cut", "quoted")]


def test_the_left_of_a_party_is_still_a_subject() -> None:
    """Guard: "left" straight after the article is the noun ("The left wing of the party")."""
    report = checked_report("The left wing of the party said it would fight the plan.\n")
    assert report_quotes(report)[0][1] == "The left wing of the party"


# -- 2: a name given ("calls itself", "a page called") is no label; a message's participle -------

LEAK_SITE = (
    "The group, which calls itself BlackHarbor, posted a message on its dark-web leak site on "
    'Monday saying it had stolen "more than 2 terabytes" of files, including patient records.\n\n'
    "The post, which first appeared on a community page called Brenton Truth, includes a "
    'screenshot of what it describes as "leaked lab results."\n'
)


def test_a_name_given_is_no_label_and_a_message_is_its_posters() -> None:
    """"calls itself BlackHarbor, posted ... 'more than 2 terabytes'" was a label the group gave
    (content "itself BlackHarbor, posted a message ..."), "posted a message ... saying" a second
    report, and the participle's report went to "a message on its dark-web leak site" (a
    speaker of unknown kind); "a community page called Brenton Truth, includes ..." was the
    page's label.  The group reports once, through its message; the page labels nothing."""
    report = checked_report(LEAK_SITE)
    quotes = report_quotes(report)
    assert quotes[:2] == [
        (
            'it had stolen "more than 2 terabytes" of files, including patient records',
            "The group", "organization", "saying",
        ),
        ('"more than 2 terabytes"', "The group", "organization", "saying"),
    ]
    assert [q[0] for q in quotes[2:]] == ['as "leaked lab results."', '"leaked lab results."']
    assert {q[1] for q in quotes[2:]} == {"The post"}


def test_a_reflexive_label_in_quotation_marks_is_still_the_speakers() -> None:
    """Guard: 'called himself "the hardest-working man in the state"' is a label he gave."""
    report = checked_report(
        'Governor Ray Pell called himself "the hardest-working man in the state" on Monday.\n'
    )
    assert report_quotes(report)[0] == (
        'himself "the hardest-working man in the state" on Monday', "Ray Pell", "person",
        "called",
    )


def test_a_campaign_text_message_speaks_when_its_sender_is_hidden() -> None:
    """A message is a document: 'sent out a text message to supporters saying: "..."' credits
    the message (kind "unknown" before), and a participle after an adverbial opening with an
    object ('In her statement condemning the plan, ...') reports nothing."""
    report = checked_report(
        "Even before the result was called, her campaign sent out a text message to "
        'supporters saying: "We did it. Thank you."\n\n'
        "In her statement condemning the plan, Mayor Lena Ortiz defended her budget record.\n"
    )
    assert report_quotes(report) == [
        ('"We did it. Thank you."', "a text message to supporters", "document", "saying")
    ]


# -- 3: the story's own wire credit is no second-hand source ---------------------------------------

WAR_DISPATCH = (
    "KHARVIN, Valdoria (AP) \u2014 Artillery fire struck a crowded market in the eastern town "
    "of Kharvin on Tuesday, killing at least 14 people, local officials said.\n\n"
    "A pro-government Telegram channel, Front Line Z, claimed that the strike had hit a weapons "
    "depot. The claim could not be independently verified, and The Associated Press found no "
    "sign of military equipment at the site.\n\n"
    "Two officers told the AP that the shells came from the east.\n"
)


def test_the_outlet_of_the_credit_line_is_the_reporters_own() -> None:
    """In an "(AP)" story, "The Associated Press found no sign ..." and "told the AP" are the
    reporter's own reporting, not claims credited to another news organisation (both were
    A301); the Telegram channel is still a second-hand source."""
    report = checked_report(WAR_DISPATCH)
    flags = report_flags(report, "A3")
    assert flags == [("A301", "A pro-government Telegram channel")]
    own = [s for s in report["sources"] if s["name"] == "Associated Press"]
    assert len(own) == 1 and own[0]["kind"] == "outlet"


def test_another_outlet_in_a_wire_story_is_still_second_hand() -> None:
    """Guard: in a Reuters story, "told The Associated Press" is another outlet's interview."""
    report = checked_report(
        "FRANKFURT (Reuters) \u2014 The bank left rates unchanged on Thursday.\n\n"
        "Its chief economist told The Associated Press that a cut was likely in September.\n"
    )
    assert report_flags(report, "A3") == [("A301", "The Associated Press")]


# -- 4: a poll's share is no person; an airline and a statistics office are bodies ----------------

POLL = (
    "Just 37% of Americans said they had a favourable view of the Democratic Party, the survey "
    "found.\n\n"
    "More than 200 professors signed an open letter condemning the arrests, calling them "
    '"a betrayal of the university\'s values."\n\n'
    "Northline Air said in a statement that it was cooperating fully with investigators.\n\n"
    "Inflation in the euro area slowed to 2.5% in June, according to Eurostat, the EU's "
    "statistics office, still above the bank's target.\n"
)


def test_a_share_of_a_poll_and_named_bodies_have_their_kinds() -> None:
    """"Just 37% of Americans" was a person named "Just", "More than 200 professors" a speaker
    named "More", "Northline Air" and "Eurostat, the EU's statistics office" people."""
    quotes = report_quotes(checked_report(POLL))
    speakers = {q[0]: q[1:3] for q in quotes}
    assert speakers["they had a favourable view of the Democratic Party"] == (
        "Just 37% of Americans", "unknown"
    )
    # round 26 (SRC26): signers of an open letter are credited with it, a vague group
    assert speakers['"a betrayal of the university\'s values."'] == (
        "More than 200 professors", "vague"
    )
    assert speakers["it was cooperating fully with investigators"] == (
        "Northline Air", "organization"
    )
    assert speakers["Inflation in the euro area slowed to 2.5% in June"] == (
        "Eurostat", "organization"
    )


def test_only_before_a_name_is_still_dropped_and_air_force_is_no_airline() -> None:
    """Guard: "Only Smith said" names Smith; "The Air Force veteran" is a person."""
    quotes = report_quotes(checked_report(
        "Only Smith said he would vote for the plan.\n\n"
        "The Air Force veteran said the plan was sound.\n"
    ))
    assert [q[1:3] for q in quotes] == [
        ("Smith", "person"), ("The Air Force veteran", "person")
    ]


# -- 5: two unnamed groups joined by "and" after the claim ------------------------------------


def test_two_unnamed_groups_after_a_claim_are_its_speaker() -> None:
    """"..., killing at least 14 people, local officials and residents said." had no quotation
    at all: the speaker read back to "residents" only, cut off from the clause by "local
    officials and"."""
    text = (
        "Artillery fire struck a crowded market in the eastern town of Kharvin on Tuesday, "
        "killing at least 14 people, local officials and residents said.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert quotes == [(
        "Artillery fire struck a crowded market in the eastern town of Kharvin on Tuesday, "
        "killing at least 14 people",
        "local officials and residents", "vague", "said",
    )]


def test_a_name_and_a_body_are_still_one_joint_speaker() -> None:
    """Guard: "Clinton and the State Department have said" stays the pair of names."""
    quotes = report_quotes(checked_report(
        "Hillary Clinton and the State Department have said the emails were not classified at "
        "the time.\n"
    ))
    assert quotes[0][1] == "Hillary Clinton and State Department"


# -- 6: "said in a message to students and staff that ..." ---------------------------------------


def test_a_message_to_its_readers_is_skipped_before_that() -> None:
    """"said in a message to students and staff that he had asked police to intervene 'with a
    heavy heart'" gave the content "in a message to students and staff that ..." and a second
    report "police to intervene ..." (the object of "asked"); the clause after "that" is the
    one report."""
    text = (
        "University President Alan Greer said in a message to students and staff that he had "
        'asked police to intervene "with a heavy heart" after protesters refused to leave.\n'
    )
    quotes = report_quotes(checked_report(text))
    assert quotes == [
        (
            'he had asked police to intervene "with a heavy heart" after protesters refused to '
            "leave",
            "Alan Greer", "person", "said",
        ),
        ('"with a heavy heart"', "Alan Greer", "person", "said"),
    ]


# -- 7: entertainment outlets; a research center named after an outlet ----------------------------

CELEBRITY_SPLIT = (
    "But another insider painted a different picture. \"Lena felt like she was raising the girls "
    'on her own," the insider told Us Weekly.\n\n'
    "Marr addressed the rumours in an interview with Rolling Stone last month.\n\n"
    "A separate survey by the Associated Press-NORC Center for Public Affairs Research found "
    "that about half of adults think democracy is working poorly.\n"
)


def test_entertainment_outlets_are_second_hand_and_a_research_center_is_not_an_outlet() -> None:
    """"told Us Weekly" and "an interview with Rolling Stone" credited no outlet; "the
    Associated Press-NORC Center for Public Affairs Research" was an outlet (A301)."""
    report = checked_report(CELEBRITY_SPLIT)
    assert report_flags(report, "A3") == [("A301", "Us Weekly"), ("A301", "Rolling Stone")]
    survey = [q for q in report_quotes(report) if q[0].startswith("about half")]
    assert survey[0][2] != "outlet"


def test_a_hyphenated_outlet_name_is_still_an_outlet() -> None:
    """Guard: "the Chicago Sun-Times reported" is the newspaper (an acronym only, after the
    hyphen, makes the outlet a modifier)."""
    report = checked_report(
        "Organizers added 160 security officers along the route, the Chicago Sun-Times "
        "reported.\n"
    )
    assert report_flags(report, "A3") == [("A301", "the Chicago Sun-Times")]


# -- 8: a storm that "slammed into" the coast ------------------------------------------------------


def test_a_storm_that_slammed_into_the_coast_is_no_loaded_word() -> None:
    """"Hurricane Delia slammed into Florida's Gulf Coast" was an emotive word in the
    reporter's voice (L101); "slammed the county's plan" still is."""
    text = (
        "PORT ARDEN, Fla. (AP) \u2014 Hurricane Delia slammed into Florida's Gulf Coast as a "
        "Category 4 storm early Thursday, tearing roofs off homes.\n\n"
        "Councilwoman Ada Reyes slammed the county's evacuation plan on Friday.\n"
    )
    report = checked_report(text)
    flagged = [f for f in report["findings"] if f["rule"] == "L101"]
    assert [(f["text"], f["voice"]) for f in flagged] == [("slammed", "author")]
    assert flagged[0]["start"] == text.index("slammed the county")


# -- 9: an agency whose name ends in "Enforcement" -----------------------------------------------


def test_an_enforcement_agency_is_an_organization() -> None:
    """"U.S. Immigration and Customs Enforcement said in a statement" was a person."""
    quotes = report_quotes(checked_report(
        "U.S. Immigration and Customs Enforcement said in a statement that the operation was "
        "the result of a year-long investigation.\n"
    ))
    assert quotes[0][1:3] == ("U.S. Immigration and Customs Enforcement", "organization")


# -- 10: reasons for anonymity in a raid and a campus story ----------------------------------------

RAID = (
    '"They took my husband in front of everyone," said a woman who gave only her first name, '
    "Rosa, because she feared for her own status.\n\n"
    "A senior ICE official, speaking on condition of anonymity to discuss an ongoing case, said "
    "more arrests were expected in other states.\n\n"
    "Others privately expressed support for the administration, according to two professors "
    "who spoke on condition of anonymity to avoid reprisals.\n"
)


def test_reasons_for_anonymity_in_a_raid_story_are_read() -> None:
    """"because she feared for her own status", "to discuss an ongoing case" and "to avoid
    reprisals" explain why the sources are unnamed (A102); they were A101."""
    report = checked_report(RAID)
    flags = dict((text, rule) for rule, text in report_flags(report, "A1"))
    assert flags["a woman"] == "A102"
    assert flags["A senior ICE official"] == "A102"
    assert flags["two professors"] == "A102"
    reasons = [f["message"] for f in report["findings"] if f["text"] == "A senior ICE official"]
    assert "to discuss an ongoing case" in reasons[0]


# -- 11: "claimed responsibility for a cyberattack that ..." ------------------------------------


def test_claimed_responsibility_reports_no_relative_clause() -> None:
    """"A ransomware gang has claimed responsibility for a cyberattack that shut down computer
    systems" reported "shut down computer systems ..." (the relative clause after the noun)
    for a speaker of unknown kind; "claimed that it had" still reports."""
    quotes = report_quotes(checked_report(
        "A ransomware gang has claimed responsibility for a cyberattack that shut down computer "
        "systems at Halvorsen Health.\n\n"
        "The group claimed that it had stolen the records of 40,000 patients.\n"
    ))
    assert quotes == [(
        "it had stolen the records of 40,000 patients", "The group", "organization", "claimed"
    )]
