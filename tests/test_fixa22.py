"""Round 22 (FIXA22): speaker and kind defects an audit found.

Every paragraph here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes, speaker_of

# -- 3: a surname written first ("Lin Wei" ... "Lin said") ----------------------------------

SURNAME_FIRST = (
    "Vietnam's trade ministry rejected the tariff plan on Friday. Deputy Minister Tran Quoc "
    "Khanh's office said talks would continue.\n\n"
    "Finance Ministry spokesman Zhao Lirong said Beijing had \"no intention\" of devaluing its "
    "currency. \"We have been clear about this for years,\" Zhao told reporters in Shanghai.\n"
)


def test_a_surname_written_first_is_the_full_name_before() -> None:
    """"Zhao told" after "spokesman Zhao Lirong": one person, not a second source "Zhao"."""
    report = checked_report(SURNAME_FIRST)
    assert speaker_of(report, "clear about this") == ("Zhao Lirong", "person")
    assert "Zhao" not in {s["name"] for s in report["sources"]}


def test_a_word_before_a_place_or_thing_name_stays_itself() -> None:
    """Guard: "the Harlan Clinic" names a thing, so "Harlan" alone is not "Harlan Clinic"."""
    text = (
        "Doctors at the Harlan Clinic treated 40 patients last week. \"We ran out of beds by "
        "Tuesday,\" Harlan said in an interview on Sunday.\n"
    )
    names = {q[1] for q in report_quotes(checked_report(text)) if q[1]}
    assert "Harlan Clinic" not in names


# -- 4: a verb taken into a speaker's name ("Vance brushed aside repeated warnings") ---------

VERB_BEFORE_ADJECTIVE = (
    "A new book by the governor's former budget director says Governor Ada Kemp brushed aside "
    "repeated warnings about the pension fund. County officials ignored repeated calls for an "
    "audit, the book says.\n"
)


def test_a_past_participle_before_a_plural_noun_is_no_cue() -> None:
    """"repeated warnings about": an adjective after the verb "brushed aside", so no quote is
    credited to a speaker "Ada Kemp brushed aside" or "County officials ignored"."""
    report = checked_report(VERB_BEFORE_ADJECTIVE)
    names = {q[1] for q in report_quotes(report)}
    assert not any(name and (" brushed" in name or " ignored" in name) for name in names)
    assert all(q["cue"]["text"] != "repeated" for q in report["quotes"] if q["cue"])


def test_a_cue_after_a_relative_clause_still_reports() -> None:
    """Guard: "the mayors that the newspaper interviewed predicted the levy will pass": the
    cue is followed by a clause, not a plural noun and a preposition, and still reports."""
    text = (
        "Most of the mayors that the newspaper interviewed predicted the levy will pass in "
        "November.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert [q[0] for q in quotes] == ["the levy will pass in November"]


def test_a_memoir_is_a_document() -> None:
    """ "memoir" was no document head: "The senator's memoir" spoke as a source of unknown
    kind."""
    text = (
        "The senator's memoir says the committee never saw the contract. It was published in "
        "March.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "never saw the contract") == ("The senator's memoir", "document")


# -- 2: "The panel" speaks as a body ---------------------------------------------------------

PANEL = (
    "The Regional Water Board on Tuesday approved a rate rise of 6 percent. An independent "
    "review panel had examined the utility's books for a year. The panel found the rise "
    "\"modest and overdue,\" and said repairs could not wait.\n"
)


def test_the_panel_is_an_organisation_of_its_own() -> None:
    """"The panel found" was a source of unknown kind; it is a body, and no mention of the
    water board named before it (a panel is not made to refer back to a named body)."""
    report = checked_report(PANEL)
    name, kind = speaker_of(report, "modest and overdue")
    assert kind == "organization"
    assert name is not None and name.lower().endswith("panel")


# -- 5: a naming "called" credits no quotation -----------------------------------------------

NAMING = (
    "\"The developers are spending more on this race than I am,\" Mayor Ana Ruiz said, pointing "
    "to a group called Fair Streets Now funded by two property firms. \"They think they can "
    "buy this city.\"\n"
)


def test_a_quotation_after_a_naming_called_continues_the_speaker() -> None:
    """"a group called Fair Streets Now" names the group; the quotation after it goes on with
    Ana Ruiz, not with "a group" as its speaker through the cue "called"."""
    report = checked_report(NAMING)
    assert speaker_of(report, "buy this city") == ("Ana Ruiz", "person")
    last = report["quotes"][-1]
    assert last["cue"] is None or last["cue"]["text"] != "called"


# -- 1: a two-word name the story treats as a body -------------------------------------------

TRADE = (
    "Average rents rose 3 percent in the third quarter, according to apartment lender Corvane "
    "Trust. Tenant groups said the increases were pushing families out of the city.\n\n"
    "The author's publisher, Wexley & Marsh, said a second printing was planned. \"Demand has "
    "surprised us,\" said Nora Quill, who runs the firm's marketing.\n"
)


def test_a_name_after_a_trade_noun_and_a_publisher_named_with_an_ampersand_are_bodies() -> None:
    """"apartment lender Corvane Trust" was a person (the trade noun read as a title), and
    "The author's publisher, Wexley & Marsh," a person "The author's publisher"."""
    report = checked_report(TRADE)
    assert speaker_of(report, "rose 3 percent") == ("Corvane Trust", "organization")
    assert speaker_of(report, "second printing") == ("Wexley & Marsh", "organization")
    assert speaker_of(report, "Demand has surprised us") == ("Nora Quill", "person")


def test_a_given_name_after_a_trade_noun_stays_a_person() -> None:
    """Guard: "home buyer Mia Castillo" has a listed given name: a person."""
    text = "Home buyer Mia Castillo said she had been outbid on six houses since spring.\n"
    report = checked_report(text)
    assert speaker_of(report, "outbid") == ("Mia Castillo", "person")


def test_a_document_owned_through_of_and_a_possessive_is_a_document() -> None:
    """"The head of the commission's memoir says": the memoir speaks (a document), not a
    person "head" (the word before "of")."""
    text = (
        "The former head of the election commission's memoir says the count was rushed. It "
        "goes on sale on Tuesday.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "count was rushed") == (
        "The former head of the election commission's memoir", "document"
    )
