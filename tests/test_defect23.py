"""Round 23 (DEFECT23): known quote, speaker and source defects left from the audit stories of
rounds 21-22.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, report_quotes

# -- 10: the horizontal bar (U+2015) before a quotation -----------------------------------------


def test_a_quotation_after_a_horizontal_bar_is_direct_and_once() -> None:
    """'said on Monday \u2015 "We will ..."' is one direct quotation, as after an em dash; it was
    a partial one plus an indirect clause holding it (the bar in its content)."""
    for dash in ("\u2014", "\u2015"):
        text = (
            f'Council leader Tom Reyes said on Monday {dash} "We will not close the library."\n\n'
            f'The mayor, Ines Harlow, told the meeting {dash} "The budget is balanced."\n'
        )
        report = checked_report(text)
        assert report_quotes(report) == [
            ('"We will not close the library."', "Tom Reyes", "person", "said"),
            ('"The budget is balanced."', "Ines Harlow", "person", "told"),
        ]
        assert [q["kind"] for q in report["quotes"]] == ["direct", "direct"]


# -- 7: known bodies written as a word -----------------------------------------------------------

REGULATORS = (
    "Household energy bills will rise by 9% in April, Ofgem said on Friday. Ofwat said water "
    "companies must cut leaks by a fifth, and Ofsted said the academy was failing its pupils.\n\n"
    "Nasa said the launch would slip to June. Mortgage giant Fannie Mae posted a profit of $4 "
    "billion. Fannie said it would resume payments to the Treasury.\n"
)


def test_bodies_named_as_a_word_are_organizations() -> None:
    """"Ofgem said", "Ofwat said", "Ofsted said", "Nasa said", "Fannie said" were persons: the
    names are neither acronyms in capitals nor body words (mention_words.txt [known_bodies])."""
    report = checked_report(REGULATORS)
    speakers = [q[1:3] for q in report_quotes(report)]
    assert speakers == [
        ("Ofgem", "organization"),
        ("Ofwat", "organization"),
        ("Ofsted", "organization"),
        ("Nasa", "organization"),
        ("Fannie", "organization"),
    ]
    assert {s["kind"] for s in report["sources"]} == {"organization"}


def test_a_person_whose_name_ends_in_no_known_body_is_a_person() -> None:
    """Guard: a person's name is still a person ("Fannie Lou Harmon said")."""
    text = "Fannie Lou Harmon, who runs the food bank, said demand had doubled since March.\n"
    assert report_quotes(checked_report(text))[0][1:3] == ("Fannie Lou Harmon", "person")


# -- 3: a body's name with "for" or "on" inside ---------------------------------------------------

BODY_NAMES = (
    "Outside groups spent $41 million on the race, the Center for Responsive Politics said. The "
    "Committee for a Responsible Federal Budget said the plan would add $3 trillion to the debt. "
    "The Council on Foreign Relations said the treaty was unlikely to pass.\n"
)


def test_a_body_name_with_for_or_on_inside_stays_whole() -> None:
    """"the Center for Responsive Politics said" was named "Center" (and "Committee",
    "Council"): a body's head word joined by "for"/"on" to capitalised words is one name."""
    report = checked_report(BODY_NAMES)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Center for Responsive Politics", "organization"),
        ("Committee for a Responsible Federal Budget", "organization"),
        ("Council on Foreign Relations", "organization"),
    ]
    assert {s["name"] for s in report["sources"]} == {
        "Center for Responsive Politics",
        "Committee for a Responsible Federal Budget",
        "Council on Foreign Relations",
    }


def test_a_person_of_a_body_and_a_day_after_a_body_word() -> None:
    """Guard: "Ana Ruiz of the Center for Tax Policy" is Ana Ruiz; "The Commission on Monday"
    names no "Commission on Monday"."""
    text = (
        "Ana Ruiz of the Center for Tax Policy said the cut would cost $2 billion.\n\n"
        "The Commission on Monday said the rules would change in May.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert [q[1:3] for q in quotes] == [("Ana Ruiz", "person"), ("Commission", "organization")]


# -- 2: "Staff at the clinic said" -----------------------------------------------------------------


def test_staff_of_a_place_are_an_unnamed_group() -> None:
    """"Staff at the clinic said" was a person named "Staff": an unnamed group (vague, A201)."""
    text = (
        "The Harlow Road clinic closed its doors on Friday. Staff at the clinic said they had "
        "not been paid for two months.\n\n"
        "Rahm Okafor, the mayor's chief of staff, said the city would step in.\n"
    )
    report = checked_report(text)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Staff at the clinic", "vague"),
        ("Rahm Okafor", "person"),
    ]
    assert ("A201", "Staff at the clinic") in report_flags(report, "A2")
    flagged = [text for _, text in report_flags(report, "A")]
    assert not any("staff" in words and "clinic" not in words for words in flagged)


# -- 1: "The inquiry found ... It found" --------------------------------------------------------

INQUIRY = (
    "The Ministry of Health ordered an inquiry into the hospital's accounts in March. The "
    "inquiry, led by a retired judge, found that payments had been approved without checks. It "
    "found that two managers had ignored warnings from the finance team.\n"
)


def test_it_is_the_inquiry_just_named_as_the_subject() -> None:
    """"It found" was the Ministry of Health: the inquiry had no kind, so no "it" could be it
    (an inquiry is a document source now, like an investigation or an audit)."""
    quotes = report_quotes(checked_report(INQUIRY))
    assert [q[1:3] for q in quotes] == [("The inquiry", "document"), ("The inquiry", "document")]


# -- 4: "according to" an outlet after an attributed direct quotation -------------------------

APPEAL = (
    "The council lost its case in the High Court on Tuesday. \"We will appeal,\" council leader "
    "Ann Lee said, according to the Miami Herald. The ruling could cost the city $4 million.\n"
)


def test_an_outlet_credit_after_an_attributed_quotation_makes_no_second_quote() -> None:
    """The according-to clause made a second, indirect quote of '"We will appeal," council
    leader Ann Lee said' credited to the Herald; the outlet stays a source with its A301."""
    report = checked_report(APPEAL)
    assert report_quotes(report) == [('"We will appeal,"', "Ann Lee", "person", "said")]
    assert report_flags(report, "A3") == [("A301", "the Miami Herald")]
    assert {(s["name"], s["kind"]) for s in report["sources"]} == {
        ("Ann Lee", "person"),
        ("Miami Herald", "outlet"),
    }


def test_a_credit_the_scanner_would_not_find_keeps_its_report() -> None:
    """Guard: an account by an outlet ("an Associated Press account") or a document keeps the
    according-to report, its only credit (dropping it lost the A301 source)."""
    text = (
        "The council lost its case on Tuesday. \"We will appeal,\" Ann Lee said, according to "
        "an Associated Press account.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A3") == [("A301", "an Associated Press account")]


# -- 5: a headline's unnamed source explained in the body ----------------------------------------

MERGER = (
    "Harbor Bank explores sale of its card unit, people familiar say\n\n"
    "Harbor Bank is exploring a sale of its credit-card business, according to three people "
    "familiar with the matter, who asked not to be named because the talks are private.\n\n"
    "A sale could value the unit at $3 billion, a banker said.\n"
)


def test_a_headline_source_takes_the_reason_the_body_gives() -> None:
    """The headline's "people familiar" was A101 ("the story does not say why") though the body
    gives the reason for the same people; "a banker" in the body stays unexplained."""
    report = checked_report(MERGER)
    assert report_flags(report, "A1") == [
        ("A102", "people familiar"),
        ("A102", "three people familiar with the matter"),
        ("A101", "a banker"),
    ]


# -- 6: "the couple said" after two people named together -----------------------------------------

FARM = (
    "Mark and Anna Ellis bought the farm outside Tewkesbury in 2019. The couple said they had "
    "not been told about the flooding before the sale.\n\n"
    "Britain and France signed the fisheries pact on Monday. The pair said it would last a "
    "decade.\n"
)


def test_the_couple_is_the_two_people_just_named() -> None:
    """"The couple said" was a speaker of unknown kind: the two people named together just
    before (not two countries: "The pair" after "Britain and France" stays as it was)."""
    quotes = report_quotes(checked_report(FARM))
    assert quotes[0][1:3] == ("Mark and Anna Ellis", "person")
    assert quotes[1][1] != "Britain and France" or quotes[1][2] != "person"


# -- 8: "A Medium post published on Monday said" -----------------------------------------------

POSTS = (
    "A Medium post published on Monday said the app would close at the end of the month. A "
    "Facebook post by the mayor, Ines Harlow, said the road would reopen on Friday.\n"
)


def test_a_post_described_by_its_participle_is_the_document() -> None:
    """"A Medium post published on Monday said" made a person of "A Medium post published" (the
    time phrase skipped left the participle in the speaker): the post, a document; a post "by"
    a named author keeps the author as the speaker."""
    report = checked_report(POSTS)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Medium post", "document"),
        ("Ines Harlow", "person"),
    ]
    assert report["quotes"][0]["speaker"]["text"] == "A Medium post"


# -- 9: a person named only in the headline -------------------------------------------------------


def test_he_is_the_person_the_headline_names() -> None:
    """Guard (no defect on the round-start tree): a person named in full only in the headline
    ("Glenn Beck: ...") is the "He" of the body, as before; a person named later wins."""
    text = (
        "Glenn Beck: the network treated me unfairly\n\n"
        "He said on Monday that executives had broken their promises over his contract.\n\n"
        "The network's owner, Tom Reyes, disputed the account. He said the host had been paid "
        "in full.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert [q[1:3] for q in quotes if q[3] == "said"] == [
        ("Glenn Beck", "person"),
        ("Tom Reyes", "person"),
    ]


def test_the_center_is_the_center_just_named() -> None:
    """"The center said" after "the Brennan Center for Justice said" was a source of its own:
    "center" now refers back to an organisation, like "institute" and "foundation"."""
    text = (
        "Spending on the race rose 40%, the Brennan Center for Justice said on Monday. The "
        "center said the figures were the highest it had recorded.\n"
    )
    report = checked_report(text)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Brennan Center for Justice", "organization"),
        ("Brennan Center for Justice", "organization"),
    ]
    assert [s["name"] for s in report["sources"]] == ["Brennan Center for Justice"]


def test_a_horizontal_bar_ends_a_label_and_a_claim_like_an_em_dash() -> None:
    """A quoted label's object and a noun cue's clause end at a horizontal bar as at an em
    dash (the bar and the aside after it were in the content)."""
    text = (
        'The mayor called the plan a "disaster" \u2015 a word her allies repeated.\n\n'
        "There were claims by some that the vote was rigged \u2015 a charge officials deny.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert [q[0] for q in quotes] == [
        'the plan a "disaster"',
        '"disaster"',
        "the vote was rigged",
    ]
