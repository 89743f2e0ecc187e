"""Round 20 (lead): an investigative story built on documents and unnamed people."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def test_reason_given_at_the_repeat_explains_the_introduction() -> None:
    text = (
        "The payments were never put to a board vote, the documents show. A person who has "
        "seen the audit said the firm's invoices often listed strategic guidance with no hours "
        "attached. The person spoke on condition of anonymity because the audit has not been "
        "made public.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    flags = [(f.rule, f.text) for f in report.findings if f.rule.startswith("A10")]
    assert flags == [("A102", "A person who"), ("A102", "The person")]
    reasons = [f.message for f in report.findings if f.rule == "A102"]
    assert all("because the audit has not been made public" in m for m in reasons)


def test_a_reason_for_another_unnamed_source_explains_nothing_else() -> None:
    text = (
        "An aide to the governor said the budget would be late. A lobbyist who attended the "
        "meeting said the talks had stalled. The lobbyist spoke on condition of anonymity "
        "because the talks are private.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    flags = [(f.rule, f.text) for f in report.findings if f.rule.startswith("A10")]
    assert flags == [("A101", "An aide to the governor"), ("A102", "A lobbyist")]
    # the request in the next sentence is the lobbyist's, not a source of its own
    assert [(s.name, s.anonymity_reason.text if s.anonymity_reason else None)
            for s in report.sources] == [
        ("An aide to the governor", None), ("A lobbyist", "because the talks are private")
    ]


def test_paper_trails_are_documents_not_unknown_speakers() -> None:
    text = (
        "The utility paid Cobalt Ridge Advisors more than $4 million over three years, according "
        "to invoices obtained by The Associated Press. The firm's founder flew to the state "
        "capital nine times in 2023, flight logs show.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    speakers = [(q.speaker.text, q.speaker.kind) for q in report.quotes if q.speaker]
    assert ("invoices", "document") in speakers
    kinds = {source.name: source.kind for source in report.sources}
    assert kinds.get("invoices") == "document"


def _language(report, rule_prefix: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.text, f.voice) for f in report.findings if f.rule.startswith(rule_prefix)]


def test_a_could_with_no_verb_is_what_was_possible_not_a_hedge() -> None:
    text = (
        "\u201cNobody came to test it,\u201d said Grace Wanyama, a market trader. \u201cWe boiled "
        "what we could.\u201d\n\n"
        "The ministry said it would reopen the clinic if it could. The outbreak could, in turn, "
        "spread to the lakeside camps.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    coulds = [(f.text, f.voice) for f in report.findings if f.text.startswith("could")]
    # only the possibility with its verb after the aside is a hedge
    assert coulds == [("could", "author")]
    hedge = next(f for f in report.findings if f.text == "could")
    assert text[hedge.start:hedge.end + 10] == "could, in turn,"


def test_disaster_in_the_name_of_a_task_force_is_not_loaded() -> None:
    text = (
        "Gen. Moses Tumwebaze, who heads the national disaster task force, rejected the "
        "criticism. The handling of the floods was a disaster for the district, the reporter "
        "found.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    loaded = [(f.text, f.start) for f in report.findings if f.category == "loaded_language"]
    assert loaded == [("disaster", text.index("a disaster") + 2)]


def test_a_label_given_to_a_longer_object_is_the_speakers_words() -> None:
    text = (
        "Opposition lawmakers called the handling of the crisis a disgrace. The officer called "
        "the police to a house fire. Senator Ruth Adeyemi called the plan a costly mistake, "
        "especially because the rains had come early.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    quotes = [(q.text, q.speaker.name) for q in report.quotes if q.cue and q.cue.text == "called"]
    assert quotes == [
        ("the handling of the crisis a disgrace", "Opposition lawmakers"),
        ("the plan a costly mistake", "Ruth Adeyemi"),  # ends at the comma
    ]
    disgrace = next(f for f in report.findings if f.text == "disgrace")
    assert disgrace.voice == "quoted"


def test_a_list_of_adjectives_in_a_label_is_kept_whole() -> None:
    text = "His widow, Joan Pell, called him a kind, loving and generous man.\n"
    checked_report(text)
    report = analyze_text(text)
    assert [q.text for q in report.quotes if q.cue and q.cue.text == "called"] == [
        "him a kind, loving and generous man"
    ]


def test_an_adviser_by_occupation_reports_nothing() -> None:
    text = (
        "\"There is no doubt this hurts them,\" said Lucia Benedetti, a former Commerce "
        "Department official who now advises companies on export rules. \"But an inquiry is not "
        "a charge. People should slow down.\"\n\n"
        "Marcus Oyelowo, who advised the governor on water policy, said the plan was sound.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.kind, q.speaker.name) for q in report.quotes] == [
        ("direct", "Lucia Benedetti"), ("direct", "Lucia Benedetti"),
        ("indirect", "Marcus Oyelowo"),
    ]
    assert [q.text for q in report.quotes if q.kind == "indirect"] == ["the plan was sound"]
    assert not [f for f in report.findings if f.rule.startswith("A1")]


def test_a_month_or_a_date_after_the_cue_does_not_hide_the_clause() -> None:
    text = (
        "Its largest customer, Orrin Devices, said in March it would move some orders to a "
        "rival. Mayor Dana Whitfield said on Oct. 3, 2024 the bridge would reopen. The union "
        "said earlier this week its members would strike.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.text, q.speaker.name) for q in report.quotes] == [
        ("it would move some orders to a rival", "Orrin Devices"),
        ("the bridge would reopen", "Dana Whitfield"),
        ("its members would strike", "The union"),
    ]
    some = next(f for f in report.findings if f.text == "some")
    assert some.voice == "quoted"  # the customer's claim, not the reporter's vagueness


def test_it_after_a_ministry_or_a_memo_opening_the_sentence_before_is_that_body() -> None:
    text = (
        "The ministry issued a statement on Monday. It rejected what it called 'a smear "
        "campaign'.\n\n"
        "The memo, seen by the BBC, was written in 2022 by a senior officer. It describes "
        "'serious and repeated' vibration problems. The average weekly benefit, it says, would "
        "be $300.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    speakers = {(q.speaker.text, q.speaker.name, q.speaker.kind) for q in report.quotes}
    assert ("It", "The ministry", "organization") in speakers
    assert ("It", "The memo", "document") in speakers
    outlets = [s.name for s in report.sources if s.kind == "outlet"]
    assert outlets == ["BBC"]  # "weekly" is no newspaper


def test_a_players_position_before_the_name_is_no_part_of_it() -> None:
    text = (
        "Quarterback Elijah Moreno, who threw three interceptions in the second half, took the "
        "blame. \"That's on me,\" he said. Pitcher Sam Ortiz said the bullpen was tired.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [q.speaker.name for q in report.quotes] == ["Elijah Moreno", "Sam Ortiz"]


def test_a_business_role_with_a_company_in_apposition_is_that_company() -> None:
    text = (
        "The drug's maker, Merck, said it had not funded the study. The team's owner, Marjorie "
        "Haskell, said she backed the coach.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.speaker.text, q.speaker.name, q.speaker.kind) for q in report.quotes] == [
        ("The drug's maker", "Merck", "organization"),
        ("Marjorie Haskell", "Marjorie Haskell", "person"),
    ]


def test_what_no_group_claimed_is_no_quote_and_its_words_are_the_reporters() -> None:
    text = (
        "So far, no terrorist organization has claimed responsibility for the heinous attack. "
        "No wonder Trump tweeted: \"We love the poorly educated.\"\n"
    )
    checked_report(text)
    report = analyze_text(text)
    # (the name keeps "No wonder", a separate defect; the quote keeps its speaker)
    assert [(q.kind, q.speaker.kind if q.speaker else None) for q in report.quotes] == [
        ("direct", "person")
    ]
    heinous = next(f for f in report.findings if f.text == "heinous")
    assert heinous.voice == "author"


def test_law_enforcement_sources_cited_by_another_outlet_are_unnamed() -> None:
    text = (
        "The suspect had been fired from the warehouse last month. Investigators believe he "
        "targeted a supervisor, CNN reported, citing two law enforcement sources. No group has "
        "claimed responsibility, leading border authorities to question the account.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    flags = [(f.rule, f.text) for f in report.findings if f.rule.startswith(("A1", "A3"))]
    assert ("A101", "two law enforcement sources") in flags
    assert ("A301", "CNN") in flags
    assert ("A101", "border authorities") in flags  # "leading" there is a verb


def test_an_outlet_described_then_named_in_apposition_is_named() -> None:
    text = (
        "Uganda's state broadcaster, UBC, reported Thursday that the president had ordered an "
        "investigation. The newspaper, which has covered the case for years, said talks had "
        "stalled.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.speaker.name, q.speaker.kind) for q in report.quotes] == [
        ("UBC", "outlet"), ("UBC", "outlet")
    ]


def test_a_participle_after_another_sources_attribution_is_not_the_objects() -> None:
    text = (
        "Investigators believe the suspect targeted a supervisor, CNN reported, citing two law "
        "enforcement sources.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    flagged = [f.text for f in report.findings if f.rule.startswith("A")]
    assert "a supervisor" not in flagged  # the victim, not a source
    assert "two law enforcement sources" in flagged


def test_a_readout_is_a_document_and_its_relative_clause_no_claim() -> None:
    text = (
        "According to a readout released by the Swiss foreign ministry, which hosted the talks, "
        "the two sides agreed to set up a joint commission on water rights. Kremlin spokesman "
        "Dmitry Peskov would neither confirm nor deny the report.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.text, q.speaker.kind) for q in report.quotes] == [
        ("the two sides agreed to set up a joint commission on water rights", "document")
    ]
    assert not [f for f in report.findings if f.text.startswith("would")]  # a refusal


def test_a_club_or_a_union_named_in_apposition_speaks() -> None:
    text = (
        "The sprinter's club, Northgate Health, said it would appeal the ban. His union, Unite, "
        "said the strike would go ahead.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.speaker.name, q.speaker.kind) for q in report.quotes] == [
        ("Northgate Health", "organization"), ("Unite", "organization")
    ]


def test_a_though_clause_after_a_mid_sentence_attribution_is_the_reporters() -> None:
    text = (
        "The closures would save about 420,000 pounds a year, the council has said, though "
        "opposition councillors dispute that figure. A wall would not only slow crossings, she "
        "said, but also cut smuggling.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [q.text for q in report.quotes] == [
        "The closures would save about 420,000 pounds a year",
        "A wall would not only slow crossings, she said, but also cut smuggling",
    ]


def test_a_movement_verb_with_its_figure_is_not_loaded() -> None:
    text = (
        "Shares of Dunmore Power soared 9% on Tuesday, and oil prices plummeted to $45 a barrel. "
        "Rents have skyrocketed in the city.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [f.text for f in report.findings if f.category == "loaded_language"] == [
        "skyrocketed"
    ]


def test_believing_a_person_is_trust_not_a_hedge() -> None:
    text = (
        "\u201cWhen my soldiers tell me they lack shells, I believe them,\u201d she said. "
        "\u201cI believe it is a scandal,\u201d he said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    believes = [f.start for f in report.findings if f.text == "believe"]
    assert believes == [text.index("believe it")]


def test_dismissing_a_claim_as_absurd_is_the_dismissers_word() -> None:
    text = (
        "The Pentagon dismissed the claim as absurd. The company dismissed 40 workers on "
        "Friday.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.text, q.speaker.name) for q in report.quotes] == [
        ("the claim as absurd", "Pentagon")
    ]
    absurd = next(f for f in report.findings if f.text == "absurd")
    assert absurd.voice == "quoted"


def test_adding_an_object_reports_nothing_but_adding_a_clause_does() -> None:
    text = (
        "Congress will add money to the bill, said a senior aide. The governor added the U.S. "
        "must act. She added that, in Wisconsin, turnout was low.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.text, q.cue.text) for q in report.quotes] == [
        ("Congress will add money to the bill", "said"),
        ("the U.S. must act", "added"),
        ("that, in Wisconsin, turnout was low", "added"),
    ]
    assert "Congress" not in {source.name for source in report.sources}


def test_a_report_that_opens_inside_a_quotation_opens_with_it() -> None:
    text = (
        "\"Campaigns are having trouble raising money. They don't have a choice\" but to take "
        "the lead in advertising, says Evan Tracey, a media analyst.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    reported = [q for q in report.quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker.name) for q in reported] == [(
        "\"Campaigns are having trouble raising money. They don't have a choice\" but to take "
        "the lead in advertising", "Evan Tracey",
    )]


def test_a_distributor_named_after_its_role_is_an_organisation_an_employer_a_person() -> None:
    text = (
        "Its distributor, Marlow Freight, said the shipment was late. Her employer, Susan Hale, "
        "said she was fine.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.speaker.name, q.speaker.kind) for q in report.quotes] == [
        ("Marlow Freight", "organization"), ("Susan Hale", "person")
    ]
