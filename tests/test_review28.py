"""Round 28 review: defects two read-only reviewers found in the round's quote, speaker and
sourcing rules, each mended (every test failed before its mend)."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags, speaker_of
from quote_helpers import quote_rows as _quotes


def _source_names(text: str) -> list[str]:
    return [source["name"] for source in checked_report(text)["sources"]]


def test_claimed_with_a_clause_after_the_noun_still_reports() -> None:
    for text, words in (
        ("He claimed the benefits outweighed the risks.\n", "the benefits outweighed the risks"),
        ("She claimed the refund never arrived.\n", "the refund never arrived"),
        ("Opponents claimed the lives of ordinary workers would get worse.\n",
         "the lives of ordinary workers would get worse"),
    ):
        assert [row[1] for row in _quotes(text)] == [words], text
    assert _quotes("He claimed more than £14,000 in expenses.\n") == []


def test_the_carmaker_is_the_company_that_spoke_last_not_one_named_before() -> None:
    text = (
        "Rival carmaker Tesla has cut prices twice this year. Ford Motor Co said on Monday it "
        "would cut 3,000 jobs. The carmaker said the cuts would fall mostly in Europe.\n"
    )
    assert speaker_of(checked_report(text), "mostly in Europe") == (
        "Ford Motor Co", "organization"
    )
    text = "Film producer Harvey Weinstein was arrested. The producer said he was innocent.\n"
    assert speaker_of(checked_report(text), "he was innocent") == ("Harvey Weinstein", "person")


def test_an_opening_phrase_ending_in_a_listed_body_is_no_part_of_the_subject() -> None:
    text = (
        "In a letter to the Department for Education, Unison and Unite said the pay offer was "
        "too low.\n"
    )
    speaker = checked_report(text)["quotes"][0]["speaker"]["text"]
    assert not speaker.startswith("a letter")


def test_a_company_named_in_full_after_its_short_name_is_one_source() -> None:
    text = (
        "Calder said the trial had been paused. Calder Therapeutics shares fell 30%. The "
        "company said it would update investors.\n"
    )
    assert _source_names(text) == ["Calder Therapeutics"]


def test_a_national_is_not_resolved_to_the_last_person_named() -> None:
    text = "Boris Johnson called Angela Merkel on Tuesday. The German said the call went well.\n"
    assert speaker_of(checked_report(text), "the call went well") == ("The German", "person")


def test_a_numbered_name_before_a_persons_name_loses() -> None:
    text = "Apollo 11 astronaut Buzz Aldrin said the landing was real.\n"
    assert speaker_of(checked_report(text), "the landing was real") == ("Buzz Aldrin", "person")


def test_a_company_name_found_before_the_company_has_clean_edges() -> None:
    text = (
        "Millions gained cover under the Affordable Care Act. The company said it would "
        "appeal.\n"
    )
    assert speaker_of(checked_report(text), "would appeal") == ("The company", "organization")


def test_a_q_and_a_topic_label_is_no_speaker() -> None:
    text = (
        "The guidance changed on Friday. Schools will reopen to all pupils next week.\n\n"
        "Q: What changes for families?\n\n"
        "Schools: All pupils return on Monday.\n\nQ: And after that?\n\n"
        "Schools: Exams are cancelled.\n"
    )
    quotes = checked_report(text)["quotes"]
    assert quotes == [] or all(q["speaker"] is None for q in quotes)
    assert "Schools" not in [s["name"] for s in checked_report(text)["sources"]]


def test_a_verse_citation_keeps_its_cue() -> None:
    text = "Genesis 1:1 reads, \"In the beginning God created the heavens and the earth.\"\n"
    quotes = checked_report(text)["quotes"]
    assert [q["cue"]["text"] for q in quotes] == ["reads"]


def test_only_estimates_that_gives_way_to_a_relative_clause() -> None:
    assert _quotes("Critics counter that was never the plan.\n") == [
        ("indirect", "was never the plan", "Critics", "vague")
    ]  # (the relative-clause guard of "estimates that" had dropped it)


def test_a_conviction_answers_an_accusation_only_when_it_is_a_fact() -> None:
    for text, rule in (
        ("The minister lied to Parliament and should be jailed.\n", "A402"),
        ("The company rigged the tender, yet no one has been jailed.\n", "A402"),
        ("The men who stole the painting have never been convicted.\n", "L101"),
    ):
        assert rule in [code for code, _ in report_flags(checked_report(text), "")], text
    text = "A financial adviser who stole £3.2m has been jailed for 12 years.\n"
    assert report_flags(checked_report(text), "A4") == []


def test_a_person_with_one_of_several_bodies_is_one_source() -> None:
    text = "A nurse with one of the agencies said shifts were often unfilled.\n"
    assert report_flags(checked_report(text), "A1") == [
        ("A101", "A nurse with one of the agencies")
    ]


def test_a_research_paper_is_not_the_newspaper_named_before() -> None:
    text = (
        "The Washington Post first reported the study on Monday. The paper, published in the "
        "journal Nature, says the ice sheet is melting faster than expected.\n"
    )
    report = checked_report(text)
    post = [s for s in report["sources"] if s["name"] == "Washington Post"]
    assert post and post[0]["quotes"] == []


def test_passengers_on_a_flight_speak_not_the_flight() -> None:
    text = "Passengers on the flight said the crew had been calm.\n"
    assert speaker_of(checked_report(text), "the crew had been calm")[0] == (
        "Passengers on the flight"
    )


def test_review_c_claimed_things_and_a_department_after_an_opening_phrase() -> None:
    for text in (
        "Hamilton claimed pole position for Sunday's race.\n",
        "Britain claimed two gold medals at the championships on Sunday.\n",
        "A man who claimed benefits while working as a taxi driver has been jailed.\n",
        "The floods claimed the lives of three children and their mother.\n",
    ):
        assert [row for row in _quotes(text) if row[0] == "indirect"] == [], text
    text = (
        "On Tuesday, a spokeswoman for the Department for Environment, Food and Rural Affairs "
        "said the rules would change.\n"
    )
    assert report_flags(checked_report(text), "A1") == [(
        "A101", "a spokeswoman for the Department for Environment, Food and Rural Affairs"
    )]


def test_review_c_a_plea_in_court_is_no_speech_and_reacted_needs_a_quotation() -> None:
    text = (
        "Evans pleaded guilty to dangerous driving at Leeds Crown Court.\n\n"
        "\"Nothing will bring our son back.\"\n"
    )
    assert speaker_of(checked_report(text), "bring our son back") == (None, None)
    text = (
        "The Smiths' neighbours reacted angrily to the decision, which they called "
        "\"a disgrace\".\n"
    )
    assert all(q["cue"] is None or q["cue"]["text"] != "reacted"
               for q in checked_report(text)["quotes"])


def test_review_c_a_conviction_is_a_fact_only_when_affirmed() -> None:
    for text in (
        "A fraudster who stole £3.2m from pensioners was jailed in May.\n",
        "A financial adviser who stole £3.2m has been jailed, but the money has not been "
        "recovered.\n",
    ):
        assert report_flags(checked_report(text), "A4") == [], text
        assert report_flags(checked_report(text), "L1") == [], text
    for text in (
        "The company stole millions from pensioners, but no one has been jailed for it.\n",
        "The director who stole from the charity could be jailed for up to ten years.\n",
    ):
        assert report_flags(checked_report(text), "A4") == [("A402", "stole")], text


def test_review_c_a_company_before_its_chief_executives_title() -> None:
    text = (
        "Orbis Technologies Chief Executive Ann Lee announced 9,000 job cuts on Monday. The "
        "company said the cuts would be completed by June.\n"
    )
    assert speaker_of(checked_report(text), "completed by June") == (
        "Orbis Technologies", "organization"
    )
    text = (
        "Mayor Xochitl Ruiz sat down with the Gazette.\n\nQ: Is that a failure?\n\n"
        "Ruiz: I don't accept that.\n\nQ: And transport?\n\nRuiz: The tram opens in spring.\n"
    )
    assert speaker_of(checked_report(text), "I don't accept that") == ("Xochitl Ruiz", "person")


def test_passengers_aboard_a_ferry_are_a_group_not_a_named_person() -> None:
    text = "Passengers aboard the ferry said they were frightened.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "Passengers aboard the ferry")]
