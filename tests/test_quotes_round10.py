"""Round-10 speaker names: bodies keep their whole names ("Illinois State Board of Elections"),
and "the board", "the court", "The State Department" refer back only to a body they can name.
Texts invented for these tests."""

from __future__ import annotations

from quote_helpers import quotes_of, speakers


def test_a_body_named_with_of_and_a_title_word_keeps_its_whole_name():
    text = ("The Illinois State Board of Elections said the count would stand. "
            "The board said it had found no sign of fraud.\n")
    assert speakers(text) == [
        ("The Illinois State Board of Elections", "Illinois State Board of Elections",
         "organization"),
        ("The board", "Illinois State Board of Elections", "organization"),
    ]


def test_the_of_in_a_body_name_stays_but_a_place_after_a_company_does_not():
    text = ("The Council of Economic Advisers said growth would slow next year.\n\n"
            "Harlow Freight Inc. of Tulsa said it would cut 40 jobs.\n")
    assert speakers(text) == [
        ("The Council of Economic Advisers", "Council of Economic Advisers", "organization"),
        ("Harlow Freight Inc. of Tulsa", "Harlow Freight Inc.", "organization"),
    ]


def test_a_ministry_is_named_whole_not_cut_after_a_title_word():
    text = "The State Department said none of the cables had been marked classified.\n"
    assert speakers(text) == [
        ("The State Department", "State Department", "organization"),
    ]


def test_one_department_is_no_antecedent_of_another():
    text = ("The Justice Department opened an inquiry in March, a spokeswoman said. "
            "The Commerce Department said it would cooperate with the inquiry.\n")
    assert speakers(text)[-1] == ("The Commerce Department", "Commerce Department",
                                  "organization")


def test_the_court_refers_back_to_a_court_not_to_the_latest_committee():
    text = ("The House Judiciary Committee said it would hold hearings in May. "
            "The court said Congress must write a new formula.\n")
    assert speakers(text)[-1] == ("The court", "The court", "organization")
    text = ("The Ninth Circuit Court of Appeals said the ban could not stand. "
            "The court said the state had offered no evidence.\n")
    assert speakers(text)[-1] == ("The court", "Ninth Circuit Court of Appeals",
                                  "organization")


def test_a_campaign_named_after_a_candidate_is_the_campaign_not_the_candidate():
    text = ("Hillary Clinton spoke in Dayton on Monday. The Clinton campaign said the ad "
            "would air on cable stations in Ohio.\n")
    assert speakers(text) == [
        ("The Clinton campaign", "Hillary Clinton campaign", "organization"),
    ]


def test_a_title_before_a_committee_chairman_is_still_stripped():
    text = ("House Oversight Committee Chairman Dan Reyes said the hearing would go ahead. "
            "Reyes said he expected the director to testify.\n")
    assert [name for _, name, _ in speakers(text)] == ["Dan Reyes", "Dan Reyes"]
    text = ("Bank of England Governor Mark Carney said rates would rise. Board of Elections "
            "Chairman Tom Hale said the count would stand.\n")
    assert [(name, kind) for _, name, kind in speakers(text)] == [
        ("Mark Carney", "person"), ("Tom Hale", "person"),
    ]


def test_goes_on_to_say_credits_the_subject_without_the_verb():
    text = ("The audit goes on to say that the mayor knew about the contract for months.\n\n"
            "The memo went on to say that the council had been told.\n")
    assert speakers(text) == [
        ("The audit", "The audit", "document"),
        ("The memo", "The memo", "document"),
    ]


def test_one_document_is_no_antecedent_of_another_kind_of_document():
    text = ("A state audit said $2 million in invoices had gone unpaid. "
            "The memo said the council had been warned in 2021.\n\n"
            "The audit said the warnings went unanswered.\n")
    assert speakers(text) == [
        ("A state audit", "A state audit", "document"),
        ("The memo", "The memo", "document"),
        ("The audit", "A state audit", "document"),
    ]


def test_an_unknown_email_or_article_is_a_document_and_lawyers_for_a_union_are_not():
    text = ("An email to staff said the plant would close in June. "
            "Lawyers for the union said the notice broke the contract.\n")
    kinds = [(spoken, kind) for spoken, _, kind in speakers(text)]
    assert kinds[0] == ("An email to staff", "document")
    assert kinds[1][0] == "Lawyers for the union" and kinds[1][1] != "organization"


def test_a_letter_or_email_to_people_is_the_speaker_not_the_people():
    text = ("An email to workers said the plant would close in June. "
            "A letter to Attorney General Dana Reyes said the inquiry had stalled.\n")
    assert speakers(text) == [
        ("An email to workers", "An email to workers", "document"),
        ("A letter to Attorney General Dana Reyes", "A letter to Attorney General Dana Reyes",
         "document"),
    ]


def test_people_at_a_place_opening_a_sentence_are_one_group():
    text = "Workers at the Halden plant said they had not been paid since March.\n"
    assert speakers(text) == [
        ("Workers at the Halden plant", "Workers at the Halden plant", "vague"),
    ]


def test_an_unnamed_adviser_to_a_named_person_is_anonymous_not_that_person():
    text = ('"He has never run a campaign this size," a longtime adviser to Mayor Ortiz said.\n\n'
            "Advisers to the governor say she will sign the bill.\n")
    assert speakers(text) == [
        ("a longtime adviser to Mayor Ortiz", "a longtime adviser to Mayor Ortiz",
         "anonymous"),
        ("Advisers to the governor", "Advisers to the governor", "anonymous"),
    ]


def test_a_named_persons_email_is_a_document():
    text = "Mayor Ortiz's email to supporters said the count would finish by Friday.\n"
    assert speakers(text)[0][2] == "document"


def test_an_amount_can_open_reported_speech_after_say_but_not_an_object():
    text = ("The audit said $2 million in invoices had gone unpaid.\n\n"
            "The casinos reported $2.1 billion in gaming revenue last year.\n")
    quotes = quotes_of(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "$2 million in invoices had gone unpaid"),
    ]


def test_they_is_not_one_named_person():
    text = ("Mary Ortiz ran the family foundation for a decade.\n\n"
            "Within marriages, they said, women now steer decisions about giving.\n")
    assert speakers(text)[-1] == ("they", "they", "unknown")
    text = ("Critics of the plan said it would raise rents. Mary Ortiz said she would vote no."
            "\n\n"
            "They said the plan would close two schools.\n")
    assert speakers(text)[-1] == ("They", "Critics of the plan", "vague")


def test_a_headline_role_noun_without_an_article_is_an_unnamed_person():
    text = "Her fate in November hinges on the president's popularity, analyst says.\n"
    assert speakers(text) == [("analyst", "analyst", "anonymous")]


def test_a_headlines_capitals_make_no_speaker_unless_the_story_names_them():
    text = ("Dock Workers Slam Port Chief As A \u2018Reckless Gambler.\u2019\n\n"
            "The union voted 5-2 on Tuesday against the pier plan.\n")
    assert [(q.kind, q.text, q.speaker) for q in quotes_of(text)] == [
        ("partial", "\u2018Reckless Gambler.\u2019", None)
    ]
    text = ("Lena Ortiz: Pier Plan Is A \u2018Reckless Gamble.\u2019\n\n"
            "Lena Ortiz, the harbor board's chair, spoke after the vote on Tuesday.\n")
    assert speakers(text) == [("Lena Ortiz", "Lena Ortiz", "person")]


def test_a_title_after_a_title_noun_and_a_comma_is_no_speech():
    text = ("She made her name as the author of the hit Broadway play, \u201cEclipsed.\u201d\n\n"
            'Supporters wore hats with the campaign slogan, "Make Harbor Great Again."\n\n'
            'The ad, "Playing Politics," ran on Sunday.\n')
    assert quotes_of(text) == []
    text = 'The report said, "The Port Authority Failed."\n'
    assert [q.kind for q in quotes_of(text)] == ["direct"]


def test_an_unnamed_role_right_after_a_name_is_that_person():
    text = ("The fault was first spotted by a Halden resident, Farah Qureshi, a software tester "
            "who said the bank had charged her twice.\n\n"
            '"The plan is sound," said Howard Reyes, a senior analyst at Pell & Co.\n')
    assert speakers(text) == [
        ("Farah Qureshi", "Farah Qureshi", "person"),
        ("Howard Reyes", "Howard Reyes", "person"),
    ]


def test_a_place_or_a_date_before_an_unnamed_role_is_no_name():
    text = ("At a town hall in New Hampshire, a young woman asked whether the plan would "
            "cover her rent.\n\n"
            "In May, a former warehouse supervisor said staff had been told to sign for "
            "crates that never arrived.\n")
    assert speakers(text) == [
        ("a young woman", "a young woman", "anonymous"),
        ("a former warehouse supervisor", "a former warehouse supervisor", "anonymous"),
    ]


def test_a_delegation_named_after_its_country_is_a_body():
    text = "The Kestrian delegation said the clause was unacceptable.\n"
    assert speakers(text) == [
        ("The Kestrian delegation", "Kestrian delegation", "organization"),
    ]


def test_a_contracted_it_or_that_is_no_speaker():
    text = ('"It is ambush journalism," Reyes says. It\'s "this new in-your-face journalism."\n\n'
            'That\'s "campaign related," the aide added.\n')
    quotes = quotes_of(text)
    partials = [q for q in quotes if q.kind == "partial"]
    assert partials[0].text == '"this new in-your-face journalism."'
    assert partials[0].speaker is None or partials[0].speaker.name == "Reyes"


def test_a_place_and_a_day_after_the_introduction_are_not_the_subject():
    text = ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton expanded on her "
            "remarks, saying that the country should lead.\n")
    assert speakers(text) == [("Mrs. Clinton", "Clinton", "person")]


def test_a_retired_officer_is_a_person_named_without_rank():
    text = "Retired Army Col. Lawrence Whitby said the war had been a mistake.\n"
    assert speakers(text) == [
        ("Retired Army Col. Lawrence Whitby", "Lawrence Whitby", "person"),
    ]


def test_a_participle_or_even_opening_the_sentence_is_no_speaker():
    text = ("Pointing to the deficit, Councillor Ruth Adeyemi voted no, saying the plan was "
            "unaffordable.\n\n"
            "Holding signs outside the hall, the protesters marched to the pier, saying it must "
            "stay public.\n\n"
            "Even as the mayor defended the plan, Councillor Ruth Adeyemi voted no, saying it "
            "was unaffordable.\n")
    assert speakers(text) == [
        ("Councillor Ruth Adeyemi", "Ruth Adeyemi", "person"),
        ("the protesters", "the protesters", "vague"),
        ("Councillor Ruth Adeyemi", "Ruth Adeyemi", "person"),
    ]


def test_a_quoted_clause_after_said_is_one_quotation_not_two():
    text = 'The mayor said "we will not raise fares this year."\n'
    quotes = quotes_of(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("partial", '"we will not raise fares this year."')
    ]
    assert quotes[0].speaker.text == "The mayor"


def test_a_relative_clause_after_an_inverted_speaker_ends_the_reported_clause():
    text = ("The rule is costly, said a spokesman for the rail association, who added that "
            "the industry opposed the mandate.\n\n"
            "And the mayor, said Ortiz, who has known him for years, never forgets a slight.\n")
    assert [(q.kind, q.text) for q in quotes_of(text)] == [
        ("indirect", "The rule is costly"),
        ("indirect", "the industry opposed the mandate"),
        ("indirect", "And the mayor, said Ortiz, who has known him for years, never forgets a "
                     "slight"),
    ]


def test_a_request_for_anonymity_is_no_reported_speech():
    text = ("Residents, who asked that their names not be used for fear of retaliation, said "
            "the landlord had ignored them.\n")
    assert [(q.kind, q.text) for q in quotes_of(text)] == [
        ("indirect", "the landlord had ignored them"),
    ]


def test_warn_before_a_clause_with_a_noun_phrase_subject_reports_it():
    text = ("Experts warn the figures could be revised.\n\n"
            "Engineers warned the public about the bridge.\n")
    assert [(q.kind, q.text) for q in quotes_of(text)] == [
        ("indirect", "the figures could be revised")
    ]


def test_a_plural_people_noun_opening_a_sentence_is_a_group_not_a_name():
    text = ("Engineers warned the bridge was unsafe.\n\n"
            "Bernie Sanders spoke in Ohio. Later, Sanders said the bill was dead.\n")
    assert speakers(text) == [
        ("Engineers", "Engineers", "vague"),
        ("Sanders", "Bernie Sanders", "person"),
    ]


def test_a_name_after_a_role_or_a_dash_closing_a_colon_lead_in_is_the_speaker():
    text = ("The timing of the surge does not surprise Republican pollster Dana Ruiz:\n\n"
            '"Lesser-known candidates often surge late."\n\n'
            "The mayor sent a message to Paul Okafor:\n\n"
            '"Get it done."\n\n'
            "Read the letter sent to reporter Dana Ames:\n\n"
            '"We will not answer."\n')
    assert [(q.text, q.speaker and q.speaker.text) for q in quotes_of(text)] == [
        ('"Lesser-known candidates often surge late."', "Dana Ruiz"),
        ('"Get it done."', "The mayor"),
        ('"We will not answer."', None),
    ]


def test_a_possessive_opening_the_sentence_is_no_speaker_unless_it_names_people():
    text = ("The council promised savings. Its \u2018savings\u2019 never arrived.\n\n"
            "His \u201creforms\u201d were never passed.\n\n"
            "His opponents called the plan \u201ca giveaway.\u201d\n")
    partials = [q for q in quotes_of(text) if q.kind == "partial"]
    assert [(q.text, q.speaker and q.speaker.text) for q in partials] == [
        ("\u2018savings\u2019", None),
        ("\u201creforms\u201d", None),
        ("\u201ca giveaway.\u201d", "His opponents"),
    ]


def test_a_noun_ending_in_ly_is_no_adverb_to_skip_before_the_cue():
    text = ("Voters at the rally said the plan was fair.\n\n"
            "Mayor Lena Ortiz at the rally said the levy would stay.\n")
    assert speakers(text) == [
        ("Voters", "Voters", "vague"),
        ("Mayor Lena Ortiz", "Lena Ortiz", "person"),
    ]
