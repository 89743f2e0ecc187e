"""Round 24 (lead): a chess cheating inquiry, a hospital data breach, a census row, a zoo escape."""

from __future__ import annotations

from quote_helpers import checked_report
from quote_helpers import quote_rows as _quotes


def test_a_predicate_between_commas_is_no_aside_on_a_speaker_before_the_cue() -> None:
    text = (
        "The 5-year-old female, named Tashi, was spotted by a jogger just after dawn, said "
        "Alejandro Grajal, the zoo's president. Keepers sedated her and returned her to her "
        "enclosure, he said.\n"
    )
    quotes = _quotes(text)
    assert quotes[0] == (
        "indirect",
        "The 5-year-old female, named Tashi, was spotted by a jogger just after dawn",
        "Alejandro Grajal", "person",
    )
    assert quotes[1][1:] == (
        "Keepers sedated her and returned her to her enclosure", "Alejandro Grajal", "person"
    )


def test_a_definite_apposition_ending_the_sentence_is_no_part_of_the_claim() -> None:
    text = "The plant will close in March, said John Smith, the union's regional secretary.\n"
    assert _quotes(text) == [
        ("indirect", "The plant will close in March", "John Smith", "person")
    ]


def test_an_aside_with_a_second_comma_still_runs_the_clause_on() -> None:
    text = "The deal, said Ann Cole, the company's finance chief, will close in March.\n"
    assert _quotes(text)[0][1] == (
        "The deal, said Ann Cole, the company's finance chief, will close in March"
    )


def test_two_places_joined_by_and_stay_in_the_group_that_speaks() -> None:
    text = (
        "Mayors of more than a dozen small towns in Colorado and Wyoming said on Monday that "
        "the census had undercounted their residents.\n\n"
        "Residents of Oak Hill and Pine Ridge said the water had turned brown overnight.\n"
    )
    speakers = [q[2] for q in _quotes(text)]
    assert speakers == [
        "Mayors of more than a dozen small towns in Colorado and Wyoming",
        "Residents of Oak Hill and Pine Ridge",
    ]


def test_an_acronym_inside_an_unnamed_source_is_no_pronoun() -> None:
    text = (
        "A senior IT manager at the trust, who spoke on condition of anonymity because he was "
        "not authorised to talk to the press, said staff had warned about the server for "
        "years. \u201cEveryone knew it was a ticking time bomb,\u201d he said.\n"
    )
    quotes = _quotes(text)
    assert [q[2:] for q in quotes] == [("A senior IT manager at the trust", "anonymous")] * 2
    sources = checked_report(text)["sources"]
    assert [(s["name"], s["identifiable"]) for s in sources] == [
        ("A senior IT manager at the trust", False)
    ]


def test_what_a_source_feared_is_no_reported_clause() -> None:
    text = (
        "One of them, who asked not to be named because she feared being barred from future "
        "events, said arbiters \"laughed it off.\"\n"
    )
    cues = [q["cue"]["text"] for q in checked_report(text)["quotes"]]
    assert "feared" not in cues
    assert _quotes(text)[0][:3] == ("indirect", 'arbiters "laughed it off."', "One of them")


def test_a_headline_scare_quote_of_its_own_stays_the_subjects() -> None:
    text = (
        "Clinton supports 'appropriate pay raises' for teachers\n\n"
        "Hillary Clinton told a union audience on Monday that teachers deserved more.\n"
    )
    headline = _quotes(text)[0]
    assert headline[:2] == ("partial", "'appropriate pay raises'")
    assert headline[2] is not None and headline[2].endswith("Clinton")


def test_the_government_is_no_company_or_agency_that_spoke_since() -> None:
    text = (
        "The eruption is not expected to affect flights, the airport operator Isavia said. "
        "The Icelandic Meteorological Office said lava was flowing west.\n\n"
        "The government said it would decide next month whether to buy out the homeowners.\n"
    )
    assert _quotes(text)[-1][2:] == ("The government", "organization")


def test_the_government_named_before_is_the_governments_antecedent() -> None:
    text = (
        "The Scottish Government announced a review on Monday. The government said it "
        "would report in May.\n"
    )
    assert _quotes(text)[-1][2:] == ("Scottish Government", "organization")


def test_the_company_is_no_regulator_named_as_a_word() -> None:
    text = (
        "Britain's water regulator fined Southern Coast Water a record sum on Tuesday.\n\n"
        "Ofwat said the company had failed to invest in its treatment works.\n\n"
        "The company apologised and said it accepted the findings.\n"
    )
    quotes = _quotes(text)
    assert quotes[0][2] == "Ofwat"
    assert quotes[-1][2] != "Ofwat"


def test_a_sentence_case_headline_subject_the_story_never_names_is_no_source() -> None:
    text = (
        "Actor sues tech firm over AI 'deepfake' advert\n\n"
        "The actor Marcus Bell has sued a California start-up that he says used a copy of his "
        "face in an advertisement.\n"
    )
    report = checked_report(text)
    assert report["quotes"][0]["text"] == "'deepfake'"
    assert report["quotes"][0]["speaker"] is None
    assert "Actor" not in [s["name"] for s in report["sources"]]


def test_a_headline_subject_with_a_contracted_is_is_the_person_the_story_names() -> None:
    text = (
        "Ana Ruiz's not so sure rents will fall 'any time soon'\n\n"
        "Last week, Ana Ruiz said the city had lost control of rents.\n"
    )
    headline = checked_report(text)["quotes"][0]
    assert headline["speaker"]["text"] == "Ana Ruiz"


def test_she_is_not_the_man_who_spoke_last() -> None:
    text = (
        "Dreyer's barrister, Neil Hammond, said his client was \"genuinely remorseful.\" He "
        "said Dreyer had believed he could repay the money.\n\n"
        "Judge Sarah Whitcombe rejected that account. \"The evidence does not suggest a man "
        "who lost control,\" she said.\n"
    )
    assert _quotes(text)[-1][2] == "Sarah Whitcombe"


def test_a_statement_read_to_the_court_reports_nothing_of_its_own() -> None:
    text = (
        "In a statement read to the court, the daughter of a woman who died at the hospice said "
        "her mother had been proud to raise money for it.\n"
    )
    quotes = _quotes(text)
    assert [q[1] for q in quotes] == ["her mother had been proud to raise money for it"]


def test_a_relative_clause_with_an_object_before_the_main_cue_reports_nothing() -> None:
    text = (
        "The Environment Agency, which maintains the defences, said repairs to nine of the 14 "
        "sites were complete.\n\n"
        "Barkley, who said he typically votes Democratic, said one candidate he likes is Kasich.\n"
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [
        ("repairs to nine of the 14 sites were complete", "Environment Agency"),
        ("he typically votes Democratic", "Barkley"),
        ("one candidate he likes is Kasich", "Barkley"),
    ]


def test_downing_street_is_a_body() -> None:
    text = "Downing Street said the prime minister had full confidence in the minister.\n"
    assert _quotes(text)[0][2:] == ("Downing Street", "organization")


def test_a_scare_quote_inside_a_possessive_subject_is_not_the_owners() -> None:
    text = (
        "Mayor's 'secret' recording sparks row at city hall\n\n"
        "A recording of Mayor Tess Coburn has set off a fight with the city council.\n\n"
        "Mitt Romney's \"47 percent\" comment was nearly a decade old by then.\n"
    )
    quotes = _quotes(text)
    assert quotes[0][:3] == ("partial", "'secret'", None)
    assert quotes[-1][1:3] == ('"47 percent"', "Mitt Romney")


def test_who_is_recorded_saying_something_says_it() -> None:
    text = (
        "A recording of Mayor Tess Coburn telling aides that the audit would never be released "
        "has set off a fight with the council.\n"
    )
    assert _quotes(text)[0][2:] == ("Tess Coburn", "person")


def test_a_role_of_someone_named_is_a_person_the_next_pronoun_may_be() -> None:
    text = (
        "\"Nobody is telling us anything,\" said Siobhan Kelly, 41. \"Safety is the only "
        "consideration,\" a spokesman for the authority said.\n\n"
        "Her husband, Declan, said the family had spent 3,000 euros on the trip. \"We will "
        "probably never see that money again,\" he said.\n"
    )
    quotes = _quotes(text)
    assert quotes[2][2:] == ("Her husband", "person")
    assert quotes[3][2:] == ("Her husband", "person")


def test_he_is_not_his_wife() -> None:
    text = (
        "Alastair Osman called him a kind and loving man. He and his wife had just welcomed a "
        "second baby girl three weeks ago, Osman added. \"He is a new dad,\" he said.\n"
    )
    assert _quotes(text)[-1][2] == "Alastair Osman"
