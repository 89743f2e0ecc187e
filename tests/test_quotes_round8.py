"""Round-8 speaker kinds: a plural pronoun keeps the kind of the group it stands for, so the
quote's speaker agrees with the sourcing finding on the same words.  Texts invented for these
tests."""

from __future__ import annotations

from quote_helpers import speakers

from newscheck import analyze_text
from newscheck.pipeline import build_document, run_stages


def test_they_after_a_vague_group_is_vague():
    text = ("Critics say the levy is unfair to renters. They argue that it will push rents up "
            "across the county.\n")
    assert speakers(text) == [("Critics", "Critics", "vague"), ("They", "Critics", "vague")]


def test_they_after_unnamed_officials_stays_anonymous():
    text = ("Two officials familiar with the talks said the deal was close. They cautioned that "
            "it could still collapse over the border question.\n")
    assert speakers(text)[-1] == ("They", "Two officials familiar with the talks", "anonymous")


def test_pronoun_speaker_kind_matches_its_sourcing_finding():
    text = ("Many Republicans are wary of the bill. They believe it rewards insurers at the "
            "expense of patients.\n")
    report = analyze_text(text).to_dict()
    finding = next(f for f in report["findings"] if f["text"] == "They")
    quote = next(q for q in report["quotes"] if q["speaker"] and q["speaker"]["text"] == "They")
    assert finding["category"] == "vague_attribution"
    assert (quote["speaker"]["name"], quote["speaker"]["kind"]) == ("Many Republicans", "vague")


def test_a_name_set_off_after_a_role_is_the_speaker():
    text = ("One MP, Gareth Lyle, said the ministry might have to reopen the contracts. A Harbour "
            "Board spokesperson, Nadia Ferreira, declined to comment on the report, saying only "
            'that "conversations with the union are continuing."\n')
    assert speakers(text) == [
        ("Gareth Lyle", "Gareth Lyle", "person"),
        ("Nadia Ferreira", "Nadia Ferreira", "person"),
        ("Nadia Ferreira", "Nadia Ferreira", "person"),
    ]


def test_a_name_after_the_cue_and_a_role_is_the_speaker():
    text = ("Spare parts ran short at two depots, according to a defence analyst at the "
            "Kingsfield Institute, Dr. Priya Raman.\n\n"
            '"The deal is done," said the union\'s general secretary, Maria Lopez.\n')
    assert [(name, kind) for _, name, kind in speakers(text)] == [
        ("Priya Raman", "person"), ("Maria Lopez", "person")
    ]


def test_a_place_or_a_thing_before_the_comma_keeps_its_speaker():
    text = ("A retired salesman from Sumter, South Carolina, said the plant should stay open.\n\n"
            "The council's 2023 report, Harbour Futures, said rents would rise.\n")
    names = [name for _, name, _ in speakers(text)]
    assert len(names) == 2
    assert "South Carolina" not in names and "Harbour Futures" not in names


def test_a_negated_or_declined_cue_before_a_question_reports_nothing():
    text = ("The contractor did not say how the figures were calculated. Officials would not say "
            "whether the depot would close. The company declined to say why the recall was "
            "delayed, but said it was cooperating with regulators.\n")
    document = run_stages(build_document(text), ("sentences", "quotes"))
    assert [q.text for q in document.quotes] == ["it was cooperating with regulators"]


def test_a_question_clause_after_a_plain_cue_is_still_reported():
    text = "The mayor said whether the plant closes is now up to its owners.\n"
    document = run_stages(build_document(text), ("sentences", "quotes"))
    assert [(q.kind, q.speaker.text) for q in document.quotes] == [("indirect", "The mayor")]


def test_an_unattributed_quote_flag_shows_its_words():
    text = ("The vote is on Tuesday.\n\n"
            '"We will not back down from this fight, whatever the council decides next week."\n\n'
            "The ballot opens at nine.\n")
    finding = next(f for f in analyze_text(text).findings if f.rule == "A401")
    assert finding.text == ('"We will not back down from this fight, whatever the council '
                            'decides next week."')
    assert finding.message == ("'\"We will not back down from this fight, whatever the coun…' "
                               "is a direct quotation with no speaker: say who said it.")


def test_a_title_and_surname_is_a_person_a_later_she_can_refer_to():
    text = ("Siobhan O'Brien, who has run the venue since 1994, said the news came as a shock.\n\n"
            "The landlord, Rowan Estates, said in a statement that the building needed work.\n\n"
            "Mrs O'Brien disputes that account. Speaking in the empty club, she said:\n\n"
            "'The survey found a damp patch behind the bar. We fixed it that summer.'\n")
    assert speakers(text)[-1] == ("she", "Siobhan O'Brien", "person")
    assert ("Rowan Estates", "Rowan Estates", "organization") in speakers(text)


def test_he_never_refers_back_to_a_mrs():
    text = ("Paul Keane chaired the hearing on Monday.\n\n"
            "Mrs Varga left the room before the vote. Afterwards he said: 'The vote stands.'\n")
    assert speakers(text)[-1] == ("he", "Paul Keane", "person")


def test_a_sentence_end_closes_a_relative_clause_before_the_next_speaker():
    text = ("The meeting turned ugly as supporters heckled residents who had come to speak. Two "
            "speakers said they were followed to their cars.\n")
    assert [mention for mention, _, _ in speakers(text)] == ["Two speakers"]


def test_an_ing_word_after_a_determiner_is_no_cue():
    text = ("Gen. Marcia Delacroix said the crew had reported a warning light shortly after "
            "take-off.\n")
    document = run_stages(build_document(text), ("sentences", "quotes"))
    assert [q.cue.text for q in document.quotes if q.cue] == ["said", "reported"]


def test_the_second_half_of_an_interrupted_quotation_is_direct():
    text = '"The decision," the chairman said, "is final and the board will not revisit it."\n'
    document = run_stages(build_document(text), ("sentences", "quotes"))
    assert [(q.kind, q.text, q.speaker.text) for q in document.quotes] == [
        ("direct", '"The decision,"', "the chairman"),
        ("direct", '"is final and the board will not revisit it."', "the chairman"),
    ]


def test_a_fragment_after_an_attributed_fragment_stays_partial():
    text = ('The mayor described the plan as "a disaster," according to aides, "and a waste of '
            'money."\n')
    document = run_stages(build_document(text), ("sentences", "quotes"))
    assert [q.kind for q in document.quotes if q.text.startswith('"')] == ["partial", "partial"]


def test_one_unnamed_person_is_anonymous():
    text = ('"We cannot drink the water," said one mother in the Riverside neighborhood.\n\n'
            '"I was never told," said a neighborhood organizer.\n')
    assert [(mention, kind) for mention, _, kind in speakers(text)] == [
        ("one mother", "anonymous"), ("a neighborhood organizer", "anonymous")
    ]


def test_a_name_after_a_role_or_title_is_a_person_not_the_organisation():
    text = ("Union leader Sam Cole said the strike would go ahead. State Rep. Alan Fortier said "
            "the bill was dead. U.S. Army Corps of Engineers spokesman Gen. Mark Ruiz said the "
            "levee held. The White House said the talks were over.\n")
    assert [(name, kind) for _, name, kind in speakers(text)] == [
        ("Sam Cole", "person"), ("Alan Fortier", "person"), ("Mark Ruiz", "person"),
        ("White House", "organization"),
    ]


def test_the_spokesman_for_a_named_candidate_stays_the_speaker():
    text = ("A spokesman for Democratic presidential candidate Hillary Clinton said the schedule "
            "would not change.\n")
    assert speakers(text)[0][1:] == (
        "A spokesman for Democratic presidential candidate Hillary Clinton", "anonymous"
    )


def test_she_never_refers_back_to_a_man():
    text = ('"It was chaos," said a young man who lives nearby.\n\n'
            'Ana Ortiz watched from her porch. "I called the police twice," she said.\n')
    assert speakers(text)[-1] == ("she", "Ana Ortiz", "person")


def test_a_record_after_according_to_is_a_document_source():
    text = ("The board is expected to vote on the first contracts in December, according to the "
            "meeting agenda.\n\nThe plant will close, according to Tuesday.\n")
    assert speakers(text) == [("the meeting agenda", "the meeting agenda", "document")]


def test_a_long_appositive_between_the_speaker_and_the_cue():
    text = ("Dr. Samira Haddad, a pediatrician at Linfield Children's Hospital who has studied "
            "blood lead levels in the county for a decade, said the timeline mattered most for "
            "young children.\n")
    assert speakers(text) == [("Dr. Samira Haddad", "Samira Haddad", "person")]


def test_a_company_name_ending_in_inc_with_a_place_is_an_organisation():
    text = ("Arden Rotorcraft Inc. of Wichita said it had sent two engineers to the crash site.\n")
    assert speakers(text) == [
        ("Arden Rotorcraft Inc. of Wichita", "Arden Rotorcraft Inc.", "organization")
    ]


def test_a_sentence_opening_capital_does_not_make_a_person():
    text = ("Three officials said a deal was close. One of them described the meeting as "
            '"tense but not hopeless." A local blog claimed the talks had collapsed.\n')
    kinds = {mention: kind for mention, _, kind in speakers(text)}
    assert kinds["One of them"] == "anonymous"
    assert kinds["A local blog"] == "unknown"


def test_a_parenthetical_before_an_appositive_keeps_the_speaker():
    text = ("Lt. Col. James Whitaker (retd.), who led the review, said the army had ignored the "
            "warnings. Sen. Ann Roe (D-Mass.), a member of the committee, said the bill was "
            "flawed.\n")
    assert [name for _, name, _ in speakers(text)] == ["James Whitaker", "Ann Roe"]


def test_a_quotation_reopened_on_the_next_line_goes_on_in_one_line_per_paragraph_copy():
    text = ('The council met on Tuesday.\n"We have waited three years for this road.\n'
            '"Now they tell us it will take three more."\nThe vote is next week.\n')
    document = run_stages(build_document(text), ("sentences", "quotes"))
    assert [q.text for q in document.quotes] == [
        '"We have waited three years for this road.\n"Now they tell us it will take three more."'
    ]


def test_a_second_fragment_in_the_sentence_shares_the_first_ones_cue():
    text = ("The landlord, Rowan Estates, said in a statement that the building needed "
            "'substantial structural work' and that it had 'no plans at present' to let it.\n")
    document = run_stages(build_document(text), ("sentences", "quotes"))
    partials = [q for q in document.quotes if q.kind == "partial"]
    assert [(q.text, q.speaker.name) for q in partials] == [
        ("'substantial structural work'", "Rowan Estates"),
        ("'no plans at present'", "Rowan Estates"),
    ]


def test_a_relative_clause_object_before_an_appositive_is_not_the_speaker():
    text = ("The farmer who owns the field, Glen Harker, said he heard the helicopter first.\n\n"
            "The official who led the review, a former judge, said the findings were clear.\n")
    mentions = [mention for mention, _, _ in speakers(text)]
    assert mentions[0] == "Glen Harker"
    assert "the review" not in mentions


def test_a_name_before_an_appositive_with_a_relative_clause_is_the_speaker():
    text = ("Scott Morris, a former Treasury official who is now a senior fellow at the Harbour "
            "Institute, which studies trade, said the tariffs would backfire. Colm O\u2019Gorman, "
            "an abuse survivor who founded a support group, said the apology came late.\n")
    assert [name for _, name, _ in speakers(text)] == ["Scott Morris", "Colm O\u2019Gorman"]


def test_review_cases_line_reopened_markdown_contractions_and_sentence_initial_according_to():
    markdown = ("The mayor spoke on Monday.\n\u201cWe will fight this\n\u201cand we will win,\n"
                "\u201cno matter how long it takes.\n")
    report = analyze_text(markdown, input_format="markdown")  # three reopened lines: no crash
    assert all(markdown[q.start : q.end] == q.text for q in report.quotes)
    text = ("The mayor didn't say whether the bridge would reopen. According to the meeting "
            "agenda, the council will vote on the budget in March.\n")
    assert speakers(text) == [("the meeting agenda", "the meeting agenda", "document")]


def test_a_partial_after_a_distant_direct_quote_is_still_partial_and_linear():
    text = ('"We will appeal," the mayor said. '
            + 'Critics called the plan a "costly mistake" on Monday, and others agreed. ' * 3)
    document = run_stages(build_document(text), ("sentences", "quotes"))
    assert [q.kind for q in document.quotes if q.text.startswith('"costly')] == ["partial"] * 3
