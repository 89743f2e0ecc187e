"""Round 23 (DEFECT23): known quote, speaker and source defects left from the audit stories of
rounds 21-22.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

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
