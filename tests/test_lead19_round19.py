"""Round 19 (lead): a dateline with a state and an agency before the subject of a participle cue."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def test_participle_after_a_dateline_credits_the_subject_not_the_place() -> None:
    text = (
        "PORTSMOUTH, Maine (AP) \u2014 The state's port authority on Tuesday shelved a plan to "
        "rebuild the Fore River terminal, blaming what its chairman called \"an outrageous "
        "campaign of misinformation\" by the unions.\n\n"
        "\"We are not going to be bullied,\" said Chairman Arthur Pell.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    blaming = [q for q in report.quotes if q.cue and q.cue.text == "blaming"]
    assert [(q.speaker.text, q.speaker.kind) for q in blaming] == [
        ("The state's port authority", "organization")
    ]
    names = {source.name for source in report.sources}
    assert "PORTSMOUTH" not in names
    assert "Arthur Pell" in names


def test_participle_credits_the_senator_after_a_dateline_with_a_state() -> None:
    text = (
        "DECATUR, Ill. \u2014 Sen. Ted Cruz (R-Texas) weighed in on the charges against the "
        "campaign manager on Tuesday, calling the behavior a \u201cfireable offense.\u201d\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.kind, q.speaker.name) for q in report.quotes if q.speaker] == [
        ("indirect", "Ted Cruz"), ("partial", "Ted Cruz")
    ]
    assert "DECATUR" not in {source.name for source in report.sources}


def test_he_after_testimony_is_the_witness_not_the_name_he_spoke_of() -> None:
    text = (
        "Gen. Paul Okafor, who oversees U.S. drone programs, testified that the contractor, "
        "Norvell Brightwater, had passed every test. \"I told my team, 'Find me a reason to say "
        "no,' and they couldn't,\" he said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker.name) for q in direct] == [("he", "Paul Okafor")]


def test_she_after_a_clause_about_herself_is_still_her() -> None:
    # the clause before its own "she said" names the speaker: it is no one else's topic
    text = (
        "\"Skating is a political act,\" said Ms. Gil, who moved to the area in 2009.\n\n"
        "Though Ms. Olivieri has lived in the neighborhood all her life, the police presence "
        "has grown, she said.\n\n"
        "\"Now officers ask me for ID in my own lobby,\" she said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [q.speaker.name for q in report.quotes if q.speaker and q.speaker.text == "she"] == [
        "Olivieri", "Olivieri"
    ]


def test_a_company_named_in_apposition_is_no_he() -> None:
    text = (
        "Investigators said the supplier, Skyreach Dynamics, had met every deadline.\n\n"
        "\"We found nothing wrong,\" the lead investigator said.\n"
    )
    checked_report(text)
    kinds = {source.name: source.kind for source in analyze_text(text).sources}
    assert kinds.get("Skyreach Dynamics", "organization") == "organization"
    from newscheck.stages.mentions import classify_mention

    assert classify_mention("Skyreach Dynamics") == "organization"
    assert classify_mention("Halvorsen Aerospace") == "organization"


def _contents(text: str) -> list[tuple[str, str, str | None]]:
    checked_report(text)
    return [
        (q.kind, q.text, q.speaker.text if q.speaker else None) for q in analyze_text(text).quotes
    ]


def test_report_inside_an_introductory_clause_ends_at_its_comma() -> None:
    text = (
        "When the mayor said the roads were closed, residents stayed home.\n\n"
        "Although critics say the plan is flawed, the council approved it on Tuesday.\n\n"
        "After officials warned that the dam could fail, thousands of people fled.\n"
    )
    assert _contents(text) == [
        ("indirect", "the roads were closed", "the mayor"),
        ("indirect", "the plan is flawed", "critics"),
        ("indirect", "the dam could fail", "officials"),
    ]


def test_main_clause_after_an_introductory_report_is_the_reporters_voice() -> None:
    text = (
        "While Senator Vale said the bill would protect renters, his rival fired back with an "
        "outrageous claim.\n"
    )
    assert _contents(text) == [("indirect", "the bill would protect renters", "Senator Vale")]
    findings = analyze_text(text).findings
    voices = {f.text: f.voice for f in findings if f.category == "loaded_language"}
    assert voices.get("outrageous") == "author"


def test_introductory_clause_keeps_a_quoted_comma_and_a_state() -> None:
    text = (
        "When the governor called the budget \"lean, honest and fair,\" lawmakers laughed.\n\n"
        "When she learned that the candidate would speak in Bowling Green, Ky., where she "
        "studies, she printed two signs.\n"
    )
    found = _contents(text)
    assert ("indirect", "the budget \"lean, honest and fair,\"", "the governor") in found
    learned = [content for kind, content, _ in found if content.startswith("the candidate")]
    assert learned and learned[0].startswith("the candidate would speak in Bowling Green, Ky")
    assert "she printed" not in learned[0]


def test_as_x_said_reports_the_main_clause() -> None:
    text = (
        "As the minister said on Monday, the treaty will be signed in June.\n\n"
        "As Smith put it, the plan is dead.\n\n"
        "As the Tribune reported last week, the bridge is unsafe.\n"
    )
    assert _contents(text) == [
        ("indirect", "the treaty will be signed in June", "the minister"),
        ("indirect", "the plan is dead", "Smith"),
        ("indirect", "the bridge is unsafe", "the Tribune"),
    ]


def test_a_union_named_after_its_members_is_a_body_not_a_vague_group() -> None:
    text = (
        "Halvorsen Motors is considering closing its plant in Lordstown, Ohio.\n\n"
        "The United Auto Workers said in a statement that it would \u201cfight with every tool "
        "we have\u201d to keep the plant open.\n\n"
        "The company said it regularly reviews its factories.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    speakers = [(q.speaker.name, q.speaker.kind) for q in report.quotes if q.kind == "indirect"]
    # "the company" is not the union, the one body that spoke before it (round 28: it is the
    # company the story names before, though Halvorsen Motors said nothing there)
    assert speakers == [
        ("United Auto Workers", "organization"), ("Halvorsen Motors", "organization")
    ]
    assert [f.text for f in report.findings if f.category == "vague_attribution"] == []


def test_parties_and_peoples_stay_groups_after_the_and_capitals() -> None:
    from newscheck.stages.mentions import classify_mention

    assert classify_mention("the Senate Democrats") == "vague"
    assert classify_mention("the Young Americans") == "vague"
    assert classify_mention("Western nations") == "vague"
    assert classify_mention("the Communications Workers of America") == "organization"


def test_little_doubt_is_certainty_not_a_hedge() -> None:
    text = (
        "The report left little doubt that the river was rising. Its findings are not in doubt. "
        "Some engineers doubt the levee will hold.\n"
    )
    checked_report(text)
    hedges = [f.text for f in analyze_text(text).findings if f.category == "hedging"]
    assert "doubt" not in hedges


def test_a_cue_word_used_as_a_noun_after_a_determiner_reports_nothing() -> None:
    text = (
        "The report left little doubt that the river was rising.\n\n"
        "\"You are a total loser!\" the note says.\n"
    )
    found = _contents(text)
    assert [content for _, content, _ in found if "river" in content] == []
    assert ("direct", "\"You are a total loser!\"", "the note") in found


def test_experts_not_involved_in_the_study_are_the_vague_source_not_the_study() -> None:
    text = (
        "Nurses who work night shifts may face a higher risk of heart disease, according to a "
        "study published on Wednesday.\n\n"
        "Experts not involved in the study called the results a wake-up call.\n\n"
        "Researchers not affiliated with the hospital said the data looked sound.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    speakers = [(q.speaker.text, q.speaker.kind) for q in report.quotes if q.speaker]
    assert speakers[1:] == [
        ("Experts not involved in the study", "vague"),
        ("Researchers not affiliated with the hospital", "vague"),
    ]
    assert [(f.rule, f.text) for f in report.findings if f.rule == "A201"] == [
        ("A201", "Experts not involved in the study"),
        ("A201", "Researchers not affiliated with the hospital"),
    ]


def test_the_study_after_a_study_is_one_source() -> None:
    text = (
        "Nurses who work night shifts may face a higher risk of heart disease, according to a "
        "study published Wednesday in the journal Circulation.\n\n"
        "Those on rotating night shifts were about 15 percent more likely to develop heart "
        "disease, the study found.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    documents = [source for source in report.sources if source.kind == "document"]
    assert [(source.name, len(source.quotes)) for source in documents] == [("a study", 2)]
    assert {q.speaker.source_id for q in report.quotes} == {documents[0].id}


def test_allegedly_needs_an_accuser_and_a_named_one_is_enough() -> None:
    text = (
        "According to court documents, Pike allegedly used the money to buy a villa in Spain.\n\n"
        "His brother allegedly helped him hide the cars.\n\n"
        "It is understood that two trustees have resigned.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    findings = [(f.rule, f.text, f.message) for f in report.findings]
    alleged = [(f.rule, f.start) for f in report.findings if f.text == "allegedly"]
    # only the brother's, which no one is said to allege
    assert alleged == [("H103", text.index("allegedly", text.index("His brother")))]
    understood = [message for _, words, message in findings if words == "It is understood"]
    assert understood == [
        "'It is understood' is impersonal: it hides whose view this is \u2014 name the source"
    ]


def test_a_speaker_has_the_kind_of_the_source_its_words_belong_to() -> None:
    text = (
        "A greater share of voters view the senator favorably, according to a new Associated "
        "Press-GfK poll.\n\n"
        "Mourners said the ceremony was moving.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    by_id = {source.id: source for source in report.sources}
    pairs = [(q.speaker.kind, by_id[q.speaker.source_id].kind) for q in report.quotes]
    assert pairs == [("document", "document"), ("vague", "vague")]


def test_party_and_state_in_apposition_before_a_relative_clause() -> None:
    text = (
        "Sen. James O'Rourke, R-Ohio, who helped draft the Senate version, wrote on X that the "
        "House should pass the bill.\n\n"
        "Rep. Ann Lee, D-Calif., who chairs the panel, said the vote would be close.\n\n"
        "Immigration advocates say it does too little for asylum seekers; border-state sheriffs "
        "say it does too little, period.\n"
    )
    assert _contents(text) == [
        ("indirect", "the House should pass the bill", "Sen. James O'Rourke"),
        ("indirect", "the vote would be close", "Rep. Ann Lee"),
        ("indirect", "it does too little for asylum seekers", "Immigration advocates"),
        ("indirect", "it does too little, period", "border-state sheriffs"),
    ]
    flags = [f.text for f in analyze_text(text).findings if f.rule == "A201"]
    assert flags == ["Immigration advocates", "border-state sheriffs"]


def test_a_body_name_joined_by_and_before_a_lower_case_head() -> None:
    text = (
        "The U.S. Customs and Border Protection agency reported more than 190,000 encounters "
        "at the southern border in October.\n\n"
        "Smith and Jones said the deal was off.\n"
    )
    found = _contents(text)
    assert [speaker for _, _, speaker in found] == [
        "The U.S. Customs and Border Protection agency", "Smith and Jones"
    ]


def test_an_unnamed_person_described_by_a_capitalised_adjective_keeps_the_description() -> None:
    text = (
        "A European diplomat in Brussels, speaking on condition of anonymity to discuss "
        "sensitive matters, said the move was aimed at voters.\n\n"
        "Ambassador Jones in Washington said the talks would resume.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(q.speaker.name, q.speaker.kind) for q in report.quotes] == [
        ("A European diplomat in Brussels", "anonymous"), ("Jones", "person")
    ]
    assert [f.rule for f in report.findings if f.category == "anonymous_source"] == ["A102"]


def test_a_claim_ends_before_the_charge_someone_denied() -> None:
    text = (
        "Last year, the pro-government newspaper claimed that agents had tried to bribe a senior "
        "official, a charge Kestria denied.\n\n"
        "The mayor called the plan a waste, a characterization Smith rejected.\n"
    )
    assert _contents(text) == [
        ("indirect", "agents had tried to bribe a senior official", "the pro-government newspaper"),
        ("indirect", "the plan a waste", "The mayor"),
    ]


def test_official_before_a_document_is_an_adjective_not_an_unnamed_source() -> None:
    text = (
        "Finch was awarded the George Medal. According to the official citation, he \"showed "
        "conspicuous courage in conditions of extreme danger.\"\n\n"
        "The official report was released on Monday.\n\n"
        "An official said the report was late.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(f.rule, f.text) for f in report.findings if f.category == "anonymous_source"] == [
        ("A101", "An official")
    ]
    assert [(q.speaker.text, q.speaker.kind) for q in report.quotes if q.kind == "indirect"] == [
        ("the official citation", "document"), ("An official", "anonymous")
    ]


def test_a_first_name_reference_is_the_one_person_with_that_given_name() -> None:
    text = (
        "His daughter, Margaret Finch-Lowe, said he died peacefully at home. \"Dad never thought "
        "of himself as a hero,\" she said.\n\n"
        "Friends said Donald J. Trump had visited twice.\n\n"
        "\"He was the best of us,\" Margaret said.\n\n"
        "\"He called every week,\" Donald said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    direct = [(q.speaker.text, q.speaker.name) for q in report.quotes if q.kind == "direct"]
    assert direct == [
        ("she", "Margaret Finch-Lowe"), ("Margaret", "Margaret Finch-Lowe"),
        ("Donald", "Donald J. Trump"),
    ]


def test_a_given_name_shared_by_two_people_stays_as_written() -> None:
    text = (
        "Bill Clinton and Bill Gates met on Tuesday.\n\n"
        "\"It was a good talk,\" Bill said.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [q.speaker.name for q in report.quotes if q.kind == "direct"] == ["Bill"]


def test_a_blog_post_is_the_writers_own_not_another_outlet() -> None:
    text = (
        "Shares of Brightline Semiconductor fell 18 percent after the chipmaker warned that sales "
        "would fall short.\n\n"
        "Chief executive Laura Chen wrote in a blog post that the slowdown was \"temporary.\"\n\n"
        "Reuters reported that the company had cut prices.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [f.text for f in report.findings if f.rule == "A301"] == ["Reuters"]
    assert [(q.speaker.text, q.speaker.kind) for q in report.quotes if q.kind == "indirect"][0] == (
        "the chipmaker", "organization"
    )


def test_a_broadcasters_call_sign_is_an_outlet() -> None:
    text = (
        "Marchers held white roses aloft, KING-TV reported.\n\n"
        "Witnesses told WKRT-TV they heard at least four shots.\n\n"
        "KPMG said the audit was complete.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [f.text for f in report.findings if f.rule == "A301"] == ["KING-TV", "WKRT-TV"]
    kinds = {q.speaker.name: q.speaker.kind for q in report.quotes}
    assert kinds["KING-TV"] == "outlet" and kinds["KPMG"] == "organization"


def test_a_two_word_clause_with_a_subject_and_a_verb_is_reported() -> None:
    text = (
        "Jeff Flake said he would.\n\n"
        "Prices rose, the agency said.\n\n"
        "Smith said so.\n\n"
        "The mayor said thanks.\n"
    )
    assert _contents(text) == [
        ("indirect", "he would", "Jeff Flake"), ("indirect", "Prices rose", "the agency")
    ]


def test_described_and_an_indefinite_noun_phrase_is_the_sources_description() -> None:
    text = (
        "Residents described a chaotic night of sirens and smoke.\n\n"
        "She described the plan.\n"
    )
    assert _contents(text) == [
        ("indirect", "a chaotic night of sirens and smoke", "Residents")
    ]
    voices = [(f.text, f.voice) for f in analyze_text(text).findings if f.text == "chaotic"]
    assert voices == [("chaotic", "quoted")]


def test_asked_about_a_topic_and_a_laugh_after_a_clause_report_nothing() -> None:
    text = (
        "Mayor Elena Ruiz took questions on Wednesday.\n\n"
        "When a reporter asked about the budget, she laughed.\n\n"
        "Lester Holt asked him about his tax returns.\n\n"
        "\"Not a chance,\" she laughed.\n\n"
        "She asked the council to delay the vote.\n"
    )
    found = _contents(text)
    assert [(kind, content) for kind, content, _ in found] == [
        ("direct", "\"Not a chance,\""), ("indirect", "the council to delay the vote")
    ]


def test_a_report_ends_before_a_closing_attribution_of_its_own() -> None:
    text = (
        "Kestria on Wednesday expelled two diplomats, accusing them of running a spy ring inside "
        "the defence ministry, the state news agency KNA reported.\n"
    )
    assert _contents(text) == [
        ("indirect", "Kestria on Wednesday expelled two diplomats, accusing them of running a "
         "spy ring inside the defence ministry", "the state news agency KNA"),
        ("indirect", "them of running a spy ring inside the defence ministry", "Kestria"),
    ]
