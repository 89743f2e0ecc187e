"""Round-7 speaker kinds that caused false anonymous/vague flags: a definite plural role after two
named people, an indefinite role phrase as the speaker, "one" of a named plural group, and he/she in
a paragraph about a named man.  Every text here is invented for these tests."""

from __future__ import annotations

from quote_helpers import speakers


def test_plural_role_after_two_named_people_is_those_people():
    text = ("Ms. Ortega and Mr. Halvorsen said the grant rules had been bent for years, which is "
            "what the senators said was a quiet giveaway.\n")
    assert ("the senators", "Ortega and Halvorsen", "person") in speakers(text)


def test_plural_role_without_two_named_people_stays_vague():
    text = ("Mr. Halvorsen said the grant rules had been bent for years, which is what the "
            "senators said was a quiet giveaway.\n")
    assert ("the senators", "the senators", "vague") in speakers(text)


def test_indefinite_reporter_for_an_outlet_is_one_unnamed_person():
    text = ("A reporter for the Harbor Gazette spotted the councilman at the airport and reported "
            "his departure on Twitter.\n")
    assert speakers(text) == [
        ("A reporter for the Harbor Gazette", "A reporter for the Harbor Gazette", "anonymous"),
    ]


def test_the_outlet_itself_stays_an_outlet():
    text = ("The Harbor Gazette obtained the memo last week and reported that the council had "
            "hidden the deficit.\n")
    assert speakers(text) == [("The Harbor Gazette", "Harbor Gazette", "outlet")]


def test_capitalised_article_is_not_a_name():
    text = ("A spokeswoman for the county board visited the shelter and said the beds would be "
            "ready by Friday.\n")
    assert speakers(text) == [
        ("A spokeswoman for the county board", "A spokeswoman for the county board", "anonymous"),
    ]


def test_he_answering_a_questioner_is_the_named_man():
    text = ("Governor Tom Riedel said the budget would pass by June.\n\n"
            "At a town hall in Dover on Tuesday, one questioner claimed that the tax rebate was "
            "\"a gimmick.\"\n\n"
            "\"You're wrong, the rebate is paid for,\" he said.\n")
    assert speakers(text)[-1] == ("he", "Tom Riedel", "person")


def test_he_after_plural_unnamed_officials_is_not_them():
    text = ("Mayor Ellen Park said the bridge would reopen in March. Transit officials said the "
            "repairs had gone over budget.\n\n"
            "\"We will not cut bus service,\" she said.\n")
    assert speakers(text)[-1] == ("she", "Ellen Park", "person")


def test_he_after_a_single_unnamed_official_stays_anonymous():
    text = ("Mayor Ellen Park said the bridge would reopen in March. A senior transit official "
            "said the repairs had gone over budget.\n\n"
            "\"We are still counting the cost,\" he said.\n")
    assert speakers(text)[-1] == ("he", "A senior transit official", "anonymous")


def test_one_of_the_people_named_before_is_anonymous():
    text = ("Ms. Alvarez consulted a string of tenant lawyers; one suggested she withhold the rent "
            "until the heating was fixed.\n")
    assert speakers(text) == [("one", "one", "anonymous")]


def test_one_without_people_before_stays_unknown():
    text = ("Two reports on the depot reached the council this week; one said the site should be "
            "sold.\n")
    assert speakers(text) == [("one", "one", "unknown")]


def test_she_after_one_of_them_is_still_the_named_woman():
    text = ("Dana Whitcomb consulted a string of tenant lawyers; one suggested she withhold the "
            "rent.\n\nShe said she would rather move out.\n")
    assert speakers(text)[-1] == ("She", "Dana Whitcomb", "person")


def test_subject_phrase_stops_before_an_irregular_past_tense():
    text = ("The Ohio senator began the town hall with a joke and said the pension bill was dead "
            "for the year.\n")
    assert speakers(text) == [("The Ohio senator", "The Ohio senator", "person")]
