"""Round 19 audit (AUDIT19): defects found on story kinds the tool had not been read on (a
wildfire live blog with time stamps, an earnings call, a football transfer, a translated
interview with a foreign minister, a council meeting, a data breach sourced to a blog post).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, flagged, report_quotes, speaker_of

# -- 1: a live blog: time stamps, "told reporters" closing the sentence, "said about 400 people" --

LIVE_BLOG = (
    "Live updates: Wildfire forces evacuations near Carver Springs\n"
    "10:45 a.m. \u2014 The Halden Ridge fire has grown to more than 12,000 acres overnight, the "
    "state forestry agency said Friday morning. Containment stands at 5 percent.\n"
    "12:40 p.m. \u2014 The Red Cross said about 400 people spent the night at two shelters, one "
    "at Carver Springs High School and one at a church in Lindell.\n"
    "1:15 p.m. \u2014 At least 35 homes have been destroyed, county Sheriff Tom Bradley told "
    "reporters. He said two firefighters were treated for heat exhaustion.\n"
)


def test_live_blog_entries_report_what_each_source_said() -> None:
    """Three entries had no reported speech at all ("said Friday morning" was not read as a time,
    "said about 400 people spent" had no verb the number opens, and nothing after a closing
    "told reporters" was allowed), so the "He" of the last entry was given to the Red Cross.
    The time stamp before the dash is not part of what was said."""
    report = checked_report(LIVE_BLOG)
    assert report_quotes(report)[:4] == [
        ("The Halden Ridge fire has grown to more than 12,000 acres overnight",
         "the state forestry agency", "organization", "said"),
        ("about 400 people spent the night at two shelters, one at Carver Springs High School "
         "and one at a church in Lindell", "Red Cross", "organization", "said"),
        ("At least 35 homes have been destroyed", "Tom Bradley", "person", "told"),
        ("two firefighters were treated for heat exhaustion", "Tom Bradley", "person", "said"),
    ]


def test_a_closing_told_takes_a_listener_an_outlet_or_a_meeting() -> None:
    """ "told the newspaper on Friday", "told a news conference", "told him": the clause before
    the comma is the report; the outlet is still credited second-hand (A301)."""
    report = checked_report(
        "The bridge will stay closed until March, the mayor told the newspaper on Friday. "
        "Two of the pumps had failed, she told a news conference in Lindell. "
        "The contract was signed in June, the lawyer told him."
    )
    assert [quote for quote, _, _, _ in report_quotes(report)] == [
        "The bridge will stay closed until March",
        "Two of the pumps had failed",
        "The contract was signed in June",
    ]
    assert flagged(report, "A301") == ["the newspaper"]


def test_a_closing_told_with_an_object_or_after_a_quotation_is_no_report() -> None:
    """Guard: "told a joke" is no listener (nothing is reported), and a quotation closed just
    before "another friend, Maya Osei told CNN" stays a direct quotation (not also indirect)."""
    report = checked_report(
        "On Friday morning, at the start of his bus tour, the candidate told a joke. "
        "\u201cShe never missed a match,\u201d another friend, Maya Osei told the station."
    )
    assert [(quote["kind"], quote["text"]) for quote in report["quotes"]] == [
        ("direct", "\u201cShe never missed a match,\u201d")
    ]


# -- 2: an outlet named after its noun with no article ("Spanish newspaper Diario Deportivo") ----

TRANSFER = (
    "Harwich manager Stefan Kovacic refused to discuss the player before Saturday's match.\n"
    "According to Spanish newspaper Diario Deportivo, Serrano president Julio Ferrandez had "
    "initially demanded 75 million pounds.\n"
    "Weekly magazine Der Anstoss said the striker had turned down two other clubs.\n"
)


def test_an_outlet_named_after_its_noun_is_an_outlet_credited_second_hand() -> None:
    """ "According to Spanish newspaper Diario Deportivo": the lower-case noun before the name
    had been read as a title ("Union leader Sam Cole"), so the newspaper was a person and the
    second-hand credit went unflagged; now it is an outlet with A301, as "the Spanish newspaper
    Diario Deportivo" already was."""
    report = checked_report(TRANSFER)
    assert speaker_of(report, "75 million") == ("Diario Deportivo", "outlet")
    assert speaker_of(report, "two other clubs") == ("Der Anstoss", "outlet")
    assert flagged(report, "A301") == [
        "Spanish newspaper Diario Deportivo", "Weekly magazine Der Anstoss"
    ]


def test_a_title_before_a_name_is_still_a_person() -> None:
    """Guard: "magazine editor Lena Fox", "CNN anchor Jake Tapper", "Harwich manager Stefan
    Kovacic": a role between the outlet and the name makes a person."""
    report = checked_report(
        "Magazine editor Lena Fox said the cover had been changed twice. "
        "CNN anchor Jake Tapper said the debate would go ahead. "
        "Harwich manager Stefan Kovacic said the squad was complete."
    )
    assert speaker_of(report, "cover had been") == ("Lena Fox", "person")
    assert speaker_of(report, "debate would") == ("Jake Tapper", "person")
    assert speaker_of(report, "squad was") == ("Stefan Kovacic", "person")


# -- 3: companies that speak: "Vantrell Systems" then "Vantrell said", "said ... on its website" --


def test_a_company_named_by_its_trade_or_its_website_is_an_organisation() -> None:
    """ "Shares of Vantrell Systems fell ... In a statement, Vantrell said", "Northline Power
    said in a statement", "Kestrel said in a statement on its website that": companies, which
    had been people (no company word "systems" or "power"; "its" was read only right after the
    cue)."""
    report = checked_report(
        "Shares of Vantrell Systems fell 9 percent on Thursday after the company cut its "
        "forecast.\n"
        "In a statement, Vantrell said it \"does not comment on market rumors.\"\n"
        "Northline Power said in a statement that it was cooperating fully with investigators.\n"
        "Kestrel said in a statement on its website that the player was not for sale.\n"
    )
    assert speaker_of(report, "market rumors") == ("Vantrell Systems", "organization")
    assert speaker_of(report, "cooperating fully") == ("Northline Power", "organization")
    assert speaker_of(report, "not for sale") == ("Kestrel", "organization")


# -- 4: a lede's role named later with that title ("its chief executive" ... "Chief Executive X") --

EARNINGS = (
    "Vantrell shares slide after chief executive warns of slower orders\n"
    "Shares of Vantrell Systems fell 9 percent on Thursday after its chief executive told "
    "analysts that customers were \"taking longer to sign anything large.\"\n"
    "\"None of those deals were lost. They moved,\" Chief Executive Marissa Oyelaran said on a "
    "conference call.\n"
)
INTERVIEW = (
    "Foreign minister says Valdoria will not accept border monitors\n"
    "ARVEN, Valdoria (AP) \u2014 Valdoria's foreign minister on Monday rejected a plan to "
    "station monitors on the border, saying it would \"reward the side that broke the "
    "ceasefire.\"\n"
    "\"We have nothing to hide,\" Foreign Minister Irena Kostadinova said through an "
    "interpreter.\n"
)


def test_a_role_in_the_lede_is_the_person_later_named_with_that_title() -> None:
    """ "its chief executive told analysts" ... "Chief Executive Marissa Oyelaran said": one
    person, not an unknown "its chief executive" beside her; the headline's "Foreign minister
    says" and the lede's "Valdoria's foreign minister" are Irena Kostadinova (three sources
    had been listed for her)."""
    report = checked_report(EARNINGS)
    assert speaker_of(report, "taking longer") == ("Marissa Oyelaran", "person")
    assert [source["name"] for source in report["sources"]] == ["Marissa Oyelaran"]
    report = checked_report(INTERVIEW)
    assert speaker_of(report, "will not accept") == ("Irena Kostadinova", "person")
    assert speaker_of(report, "broke the") == ("Irena Kostadinova", "person")
    assert [source["name"] for source in report["sources"]] == ["Irena Kostadinova"]


def test_a_role_held_by_two_people_or_by_another_principal_stays_unresolved() -> None:
    """Guard: "Grayson's spokeswoman" is not "Murphy's spokeswoman Galia Slayen", "his wife"
    no later wife, and "the candidate" not a former one described in apposition."""
    report = checked_report(
        "Grayson's spokeswoman said he had never attacked the nominee.\n"
        "Murphy's spokeswoman Galia Slayen said the record showed otherwise.\n"
        "His wife said he had been driving home.\n"
        "Ana Ruiz's wife, Mora Ruiz, said the family had not been told.\n"
        "The candidate said the race was close.\n"
        "Meg Stone, a former candidate for governor, said the race was over.\n"
    )
    assert speaker_of(report, "never attacked") == ("Grayson's spokeswoman", "person")
    assert speaker_of(report, "driving home")[0] == "His wife"
    assert speaker_of(report, "was close")[0] == "The candidate"


# -- 5: what a proposal would do, with an aside between the noun and "would" --------------------


def test_a_proposal_before_an_aside_provides_rather_than_hedges() -> None:
    """ "The proposal, drafted by European diplomats and circulated last week, would place about
    200 unarmed observers": what the proposal provides (as "the plan would raise fares"), not
    the reporter's speculation (H101 had flagged it in the reporter's voice). A person before
    an aside still hedges."""
    report = checked_report(
        "The proposal, drafted by European diplomats and circulated last week, would place about "
        "200 unarmed observers along the frontier. "
        "The measure, which passed the House last week, would cut taxes for most families. "
        "The mayor, who took office in May, would lose a recall vote."
    )
    assert [(f["rule"], f["text"]) for f in report["findings"] if f["rule"] == "H101"] == [
        ("H101", "would lose")
    ]


# -- 6: "news reports" is a noun ---------------------------------------------------------------


def test_news_reports_is_no_verb_of_saying() -> None:
    """ "they had learned about the breach from news reports rather than from the company": no
    one "reports" anything there (a quotation 'rather than from the company' had been credited
    to "the breach from news"); "CBS News reports that" still reports."""
    report = checked_report(
        "Users complained that they had learned about the breach from news reports rather than "
        "from the company.\n"
        "CBS News reports that the letter was sent to the candidate's apartment.\n"
    )
    assert [(quote, name) for quote, name, _, _ in report_quotes(report)] == [
        ("they had learned about the breach from news reports rather than from the company",
         "Users"),
        ("the letter was sent to the candidate's apartment", "CBS News"),
    ]


# -- 7: a news site named with a modifier, then "according to the site" -------------------------


def test_a_technology_news_site_and_according_to_the_site_are_second_hand() -> None:
    """ "first reported by the technology news site The Circuit ... According to the site, the
    attackers demanded a ransom": both credit an outlet (A301); the report had had no speaker
    and no flag. "According to the site" in a building story stays unattributed."""
    report = checked_report(
        "The breach was first reported by the technology news site The Circuit, which cited a "
        "person familiar with the investigation. According to the site, the attackers demanded "
        "a ransom.\n"
    )
    assert flagged(report, "A301") == ["the technology news site", "the site"]
    assert speaker_of(report, "demanded a ransom") == ("the site", "outlet")
    report = checked_report(
        "Work on the tower began in March. According to the site, it will open in May.\n"
    )
    assert speaker_of(report, "open in May") == (None, None)
    assert flagged(report, "A301") == []


# -- 8: one body, one kind ------------------------------------------------------------------------


def test_a_body_shown_as_one_is_one_in_the_headline_too() -> None:
    """ "Streamly says hackers accessed data" (headline) and "Streamly, the music streaming
    service, said": one organisation, not a person beside an organisation of the same name.
    A person's surname stays a person's."""
    report = checked_report(
        "Streamly says hackers accessed data of 2 million users\n"
        "SAN FRANCISCO \u2014 Streamly, the music streaming service, said Wednesday that hackers "
        "had accessed names and email addresses of about 2 million users.\n"
        "Ana Petrova said the company had been slow to respond. Petrova said she had "
        "cancelled her subscription.\n"
    )
    assert speaker_of(report, "hackers accessed data") == ("Streamly", "organization")
    assert speaker_of(report, "hackers had accessed") == ("Streamly", "organization")
    assert speaker_of(report, "cancelled") == ("Ana Petrova", "person")
    assert [(s["name"], s["kind"]) for s in report["sources"]][:1] == [
        ("Streamly", "organization")
    ]


# -- 9: a Q&A whose introduction ends with an editor's note ------------------------------------

QA = (
    "Q&A: Harbor Authority chief on the port expansion\n"
    "The board will vote next month on a $900 million plan to deepen the channel. Executive "
    "Director Nora Castellano spoke with the Ledger about the project. The conversation has "
    "been edited for length and clarity.\n"
    "Q: Residents in Eastgate worry about truck traffic. Is that fair?\n"
    "A: It is a fair worry. We expect about 600 more trucks a day when the terminal is full.\n"
    "Q: What happens if the board votes no?\n"
    "A: Then we keep losing business, slowly.\n"
)


def test_answers_are_the_person_the_introduction_names_before_an_editors_note() -> None:
    """The answers are Nora Castellano's: the sentence just before the exchange ("The
    conversation has been edited ...") names no one, so the answers had no speaker; the
    introduction's earlier sentences are read too. The questions stay the interviewer's."""
    report = checked_report(QA)
    assert [
        (quote["kind"], quote["speaker"] and quote["speaker"]["name"])
        for quote in report["quotes"]
    ] == [("direct", None), ("direct", "Nora Castellano")] * 2


# -- 10: a dateline with a state abbreviation is no sentence subject ----------------------------


def test_a_dateline_is_not_the_subject_a_participle_reports_for() -> None:
    """ "HARLAN, Ky. (AP) — A federal jury ... convicted ..., rejecting his claim that ...": the
    participle's subject is the jury, not the dateline "HARLAN" (an organisation source had
    been made of the town)."""
    report = checked_report(
        "Jury convicts former county treasurer\n"
        "HARLAN, Ky. (AP) \u2014 A federal jury on Wednesday convicted former County Treasurer "
        "Dennis Whitlock of embezzling $1.2 million, rejecting his claim that the transfers were "
        "approved loans.\n"
    )
    assert speaker_of(report, "approved loans")[0] == "A federal jury"
    assert all(source["name"] != "HARLAN" for source in report["sources"])


# -- 11: a question put to a witness is no object holding her answer ---------------------------


def test_an_answer_after_its_own_cue_is_not_the_questions_object() -> None:
    """ "Asked by Eldridge whether she had read every document she signed, she said: '...'":
    the quotation is her answer (direct); "read every document she signed, she said: ..." had
    also been an indirect report of the cue "read"."""
    text = (
        "The former finance director, Joan Petty, testified last week that she had never "
        "approved any loans. Asked by Eldridge whether she had read every document she signed, "
        "she said: \"Not every one. But I would have remembered a million dollars.\""
    )
    report = checked_report(text)
    assert [(quote["kind"], quote["text"]) for quote in report["quotes"]] == [
        ("indirect", "she had never approved any loans"),
        ("direct", "\"Not every one. But I would have remembered a million dollars.\""),
    ]
    assert speaker_of(report, "Not every one") == ("Joan Petty", "person")


# -- 12: "told the council the city faces": a present-tense or auxiliary clause after a listener --


def test_told_a_listener_then_a_present_tense_clause_reports() -> None:
    """ "Brennan told the council the city faces a $3 million shortfall": a reported clause in
    the present tense after the listener had not been read (only a past in -ed was); "told
    the jury the whole story" still reports nothing."""
    report = checked_report(
        "City Manager Paul Brennan wrote the memo. Brennan told the council the city faces a "
        "$3 million shortfall. She told the jury the whole story."
    )
    assert [(quote, cue) for quote, _, _, cue in report_quotes(report)] == [
        ("the city faces a $3 million shortfall", "told")
    ]
    assert speaker_of(report, "shortfall")[1] == "person"


# -- 13: "U.S. officials" opening a sentence keeps its initialism --------------------------------


def test_an_initialism_before_a_lower_case_group_stays_in_the_flag() -> None:
    """ "U.S. officials have said privately that they support the plan": the A101 flag and the
    source are "U.S. officials" (the dot had ended the phrase unless "a"/"the" came first);
    "the U.S. Officials said" across a sentence end stays "Officials"."""
    report = checked_report(
        "The proposal would place 200 observers on the border. U.S. officials have said "
        "privately that they support the plan."
    )
    assert flagged(report, "A101") == ["U.S. officials"]
    assert report["sources"][0]["name"] == "U.S. officials"


# -- 14: a headline's present-tense charging verb --------------------------------------------


def test_a_headline_conviction_names_the_offence() -> None:
    """ "Jury convicts former county treasurer of stealing $1.2 million": the offence he was
    convicted of, not the reporter's loaded word (L101), as "convicted of stealing" already
    was; "The treasurer is stealing from taxpayers, a neighbour wrote" is still loaded (in the
    neighbour's voice)."""
    text = (
        "Jury convicts former county treasurer of stealing $1.2 million\n"
        "The verdict came after four hours. The treasurer is stealing from taxpayers, a "
        "neighbour wrote.\n"
    )
    report = checked_report(text)
    assert [(f["rule"], f["start"]) for f in report["findings"] if f["text"] == "stealing"] == [
        ("L201", text.index("stealing from"))
    ]


# -- 15: words given to a station named after its noun are second-hand -------------------------


def test_told_a_radio_station_named_after_its_noun_is_second_hand() -> None:
    """ "agent Rafael Quiroga told Spanish radio station Onda Norte": the quotation reached the
    story through the station's interview (A301, as "told Sky Sports" was); a columnist for a
    named site stays the unnamed columnist, and a company's own website is no outlet."""
    text = (
        "\"There is an agreement in principle,\" agent Rafael Quiroga told Spanish radio "
        "station Onda Norte.\n"
        "A statement posted on the website ShopLine.com said the listing had been removed.\n"
    )
    report = checked_report(text)
    assert flagged(report, "A301") == ["Spanish radio station Onda Norte"]
    assert speaker_of(report, "agreement in principle") == ("Rafael Quiroga", "person")
