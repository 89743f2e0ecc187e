"""Round-10 speaker names: bodies keep their whole names ("Illinois State Board of Elections"),
and "the board", "the court", "The State Department" refer back only to a body they can name.
Texts invented for these tests."""

from __future__ import annotations

from quote_helpers import speakers


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
    names = [name for _, name, _ in speakers(text)]
    assert names[-1] == names[0]
    assert names[0].endswith("Dan Reyes")
