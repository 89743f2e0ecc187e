"""Round 22 (DEFECT22): known quote and speaker defects the lead found in the audit stories of
rounds 19-21.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

# -- 1, 2: "The agency said" / "The regulator said" after a named body -------------------------

AGENCY = (
    "Observations by the European Space Agency's orbiter were released on Monday. The probe "
    "team, led by Ines Varga, said the ice sheet was thicker than expected.\n\n"
    "NASA, which plans a lander for 2031, welcomed the data. The agency said the ice would be "
    "easy to reach.\n"
)


def test_the_agency_is_the_body_the_sentence_before_names() -> None:
    """The sentence before names NASA as its subject: "The agency" is NASA, not the European
    Space Agency named a paragraph earlier (nor the probe team that spoke since)."""
    report = checked_report(AGENCY)
    quotes = report_quotes(report)
    assert quotes[-1][:3] == ("the ice would be easy to reach", "NASA", "organization")
    assert report["quotes"][-1]["speaker"]["text"] == "The agency"


AGENCY_SPOKE = (
    "U.S. Fish and Wildlife Service said on Friday that the wolves had been moved to a "
    "sanctuary. The agency said it would release more animals in the spring.\n\n"
    "The Central Water Regulation Board said on Monday that two dams had failed inspections. "
    "The regulator said repairs would cost $40 million.\n"
)


def test_the_agency_and_the_regulator_are_the_named_body_that_spoke() -> None:
    """"The agency" was read as a news agency (an outlet), so the body that had just spoken
    was no antecedent; "The regulator" was a source of its own, of kind unknown."""
    report = checked_report(AGENCY_SPOKE)
    quotes = report_quotes(report)
    assert [q[1:3] for q in quotes] == [
        ("U.S. Fish and Wildlife Service", "organization"),
        ("U.S. Fish and Wildlife Service", "organization"),
        ("Central Water Regulation Board", "organization"),
        ("Central Water Regulation Board", "organization"),
    ]
    names = {s["name"] for s in report["sources"]}
    assert names == {"U.S. Fish and Wildlife Service", "Central Water Regulation Board"}


def test_the_agency_after_a_news_agency_is_the_outlet() -> None:
    """Guard: "the agency" after a news agency that reported is still that outlet."""
    text = (
        "Reuters reported on Tuesday that the deal had collapsed. The agency said three "
        "bankers had confirmed the account.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert quotes[-1][1:3] == ("Reuters", "outlet")


def test_a_passive_subject_is_no_antecedent() -> None:
    """Guard: "The Nasdaq was dragged down by ..." does not make the Nasdaq "the company"
    (a passive's subject is not what the sentence is about)."""
    text = (
        "Shares of Tolland Motors fell sharply. The Nasdaq was dragged down by a slump in "
        "Tolland Motors. The company said demand had weakened in China.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert quotes[-1][0] == "demand had weakened in China"
    assert quotes[-1][1] != "Nasdaq"


# -- 10: "police and witnesses said" ----------------------------------------------------------

POLICE = (
    "Two people were hurt when the scaffolding collapsed, police and witnesses said.\n\n"
    "Police and witnesses said the driver had tried to brake.\n"
)


def test_police_and_witnesses_speak_together() -> None:
    """"..., police and witnesses said." gave no quote (the clause was cut from "witnesses" by
    "police and", "police" being a body, not an unnamed group); at a sentence's start the
    speaker was "witnesses" alone."""
    report = checked_report(POLICE)
    quotes = report_quotes(report)
    assert [q[0] for q in quotes] == [
        "Two people were hurt when the scaffolding collapsed", "the driver had tried to brake"
    ]
    assert [q["speaker"]["text"] for q in report["quotes"]] == [
        "police and witnesses", "Police and witnesses"
    ]
    assert all(q[2] == "anonymous" for q in quotes)


def test_a_name_and_a_group_at_a_sentence_start_stay_apart() -> None:
    """Guard: a capitalised word that is no body ("In") does not join the group after it."""
    text = "In Dorset and Devon residents said the floods came overnight.\n"
    quotes = report_quotes(checked_report(text))
    assert quotes[0][1] == "Devon residents"


# -- 12: "demanded answers" -------------------------------------------------------------------

DEMANDS = (
    "Rep. Carla Vance demanded answers from the Department of Energy.\n\n"
    "Protesters were demanding an emergency session of the city council.\n\n"
    "Sen. Omar Reddick demanded the utility refund every overcharged customer.\n\n"
    "The mayor demanded that the contractor repair the road by Friday.\n"
)


def test_a_demand_for_a_thing_is_no_report() -> None:
    """"demanded answers from ...", "demanding an emergency session": what is wanted, not what
    was said (both were indirect quotes); a demanded clause (a subject and a bare verb, or
    "that") still is one."""
    quotes = report_quotes(checked_report(DEMANDS))
    assert [q[:3] for q in quotes] == [
        ("the utility refund every overcharged customer", "Omar Reddick", "person"),
        ("the contractor repair the road by Friday", "The mayor", "person"),
    ]


# -- 3: a body's name of ten words ------------------------------------------------------------

RED_CROSS = (
    "Families were sleeping in tents, according to the International Federation of Red Cross "
    "and Red Crescent Societies.\n\n"
    "The International Federation of Red Cross and Red Crescent Societies said it had flown in "
    "40 tonnes of blankets.\n"
)


def test_a_long_body_name_is_whole() -> None:
    """The name was cut after nine words ("the International Federation of Red Cross") after
    "according to", and before "said" only "Red Crescent Societies" (a person) was read."""
    report = checked_report(RED_CROSS)
    name = "International Federation of Red Cross and Red Crescent Societies"
    assert [q[1:3] for q in report_quotes(report)] == [(name, "organization")] * 2
    assert [q["speaker"]["text"] for q in report["quotes"]] == [
        "the " + name, "The " + name
    ]
    assert [s["name"] for s in report["sources"]] == [name]


# -- 11: a document named after its maker -----------------------------------------------------

NTSB = (
    "A preliminary NTSB report said the de-icing system had failed twice in March. "
    "The NTSB report said the crew had not been told.\n\n"
    "The tax plan would be withdrawn, a Medium post said.\n"
)


def test_a_document_is_named_as_a_document() -> None:
    """"The NTSB report said" was named "NTSB" (a document called after its maker), and "a
    Medium post" was a person "Medium"."""
    report = checked_report(NTSB)
    quotes = report_quotes(report)
    assert [q[1:3] for q in quotes] == [
        ("A preliminary NTSB report", "document"),
        ("NTSB report", "document"),
        ("Medium post", "document"),
    ]



# -- 9: a report inside a report closed by another's attribution ------------------------------

SURVEY = (
    "Among renters under 35, 64% said housing costs were their biggest worry, the survey "
    "found, compared with 31% of homeowners.\n"
)


def test_a_parenthetical_attribution_closes_the_inner_report() -> None:
    """"64% said CLAUSE, the survey found, compared with ...": the 64%'s report ran on over
    the survey's attribution to the sentence's end, a near duplicate of the survey's report
    (both ended at "homeowners"); it ends before ", the survey found" and sits inside it."""
    report = checked_report(SURVEY)
    quotes = report_quotes(report)
    inner = [q for q in quotes if q[1] == "64%"]
    assert [q[0] for q in inner] == ["housing costs were their biggest worry"]
    outer = next(q for q in report["quotes"] if q["speaker"]["name"] == "the survey")
    assert outer["text"].endswith("compared with 31% of homeowners")


def test_the_speaker_going_on_keeps_the_clause() -> None:
    """Guard: ", he said," or the speaker's own surname inside the clause does not cut it."""
    text = (
        "Tom Baird said the delay was, Baird noted, a result of the storm, not of the budget.\n"
    )
    report = checked_report(text)
    said = [q["text"] for q in report["quotes"] if q["speaker"]["text"] == "Tom Baird"]
    assert said == ["the delay was, Baird noted, a result of the storm, not of the budget"]


# -- 5: a relative clause ending in a quotation before the cue --------------------------------

ASIDE = (
    'The senator, who has called the bill "a betrayal of working families," insists it will '
    "raise rents across the state.\n\n"
    '"We will win this vote," insists Marta Ruiz.\n'
)


def test_an_aside_ending_in_a_quotation_keeps_its_speaker() -> None:
    """The aside's quotation ends with its comma (',"'), so "insists" was read as a trailing
    cue: the speaker was "it", unresolved. The senator insists; a plain trailing cue after a
    quotation keeps its speaker after it (guard)."""
    report = checked_report(ASIDE)
    quotes = report_quotes(report)
    insists = [q for q in report["quotes"] if q["cue"] and q["cue"]["text"] == "insists"]
    assert [(q["text"], q["speaker"]["text"]) for q in insists] == [
        ("it will raise rents across the state", "The senator"),
        ('"We will win this vote,"', "Marta Ruiz"),
    ]
    assert quotes[-1][1:3] == ("Marta Ruiz", "person")


# -- 13: a headline's words before a given name -----------------------------------------------

HEADLINE = (
    "The 12 Most Offensive Things Donald Trump Said About Women\n\n"
    "Donald Trump said on Monday that the remarks had been taken out of context. Trump said he "
    "had apologised.\n"
)


def test_a_headlines_words_before_a_given_name_are_no_name() -> None:
    """"Offensive Things Donald Trump" (the headline's capitalised run) was the fullest name
    ending in "Trump", so every Trump of the story was named so."""
    report = checked_report(HEADLINE)
    assert {q[1] for q in report_quotes(report)} == {"Donald Trump"}
    assert [s["name"] for s in report["sources"]] == ["Donald Trump"]


def test_two_given_names_stay() -> None:
    """Guard: a name of two listed given names keeps both ("Mary Ann Cole")."""
    text = "Mary Ann Cole said the lake had frozen early. Cole said the ferry had stopped.\n"
    assert {q[1] for q in report_quotes(checked_report(text))} == {"Mary Ann Cole"}


# -- 13: "she" after a speaker called "Mr." ---------------------------------------------------

HALE = (
    "Councilwoman Rita Alvarez has fought the stadium plan for two years.\n\n"
    '"This will pay for itself within a decade," Mr. Hale said at a news conference on Monday. '
    "No wonder she said on Tuesday that the deal was a giveaway to developers.\n"
)


def test_she_is_no_speaker_the_story_calls_mr() -> None:
    """"she" resolved to Mr. Hale (the title is stripped from his name, so the given-name
    test saw only "Hale"); she is the woman named before."""
    quotes = report_quotes(checked_report(HALE))
    assert [q[1] for q in quotes] == ["Hale", "Rita Alvarez"]


# -- 4: a feature's subject named in a group's report ------------------------------------------

FEATURE = (
    "For 28 years, Edwin Marlow has rung the bell of St. Brigid's every Sunday at dawn.\n\n"
    "A spokesman for the diocese, Father Liam Doyle, said the tower would be closed for "
    "repairs next year.\n\n"
    "Parishioners say Marlow is the last bell ringer in the county. On his final Sunday, he "
    "says, he will ring the bell 28 times.\n"
)


def test_he_is_the_subject_a_groups_report_names() -> None:
    """"Parishioners say Marlow is ...": Marlow opens the group's reported clause, so the
    next he is Marlow, not the spokesman who spoke before (the surname in a reported clause
    had been skipped as "spoken of")."""
    quotes = report_quotes(checked_report(FEATURE))
    assert quotes[-1][0].startswith("On his final Sunday")
    assert quotes[-1][1:3] == ("Edwin Marlow", "person")


def test_a_persons_report_keeps_its_speaker() -> None:
    """Guard: a surname opening a person's reported clause is not the next he."""
    text = (
        "The inspector, Sam Brightwater, retired in May.\n\n"
        "Daniel Okafor testified that Brightwater had passed the inspection. "
        '"I signed every page myself," he said.\n'
    )
    assert report_quotes(checked_report(text))[-1][1] == "Daniel Okafor"


# -- 7: a headline's report inside a report --------------------------------------------------

HEADLINE_REPORT = (
    "Nurse testifies surgeon threatened her over complaint\n\n"
    "A former theatre nurse told jurors on Tuesday that the surgeon had threatened her.\n"
)


def test_a_headline_report_is_no_speaker_of_the_report_inside_it() -> None:
    """"Nurse testifies surgeon threatened her ...": "threatened" made a second report with the
    speaker "Nurse testifies surgeon" (the phrase ran back over "testifies")."""
    report = checked_report(HEADLINE_REPORT)
    speakers = [q["speaker"]["text"] for q in report["quotes"] if q["speaker"]]
    assert "Nurse testifies surgeon" not in speakers
    assert all("testifies" not in s["name"] for s in report["sources"])


# -- 6: a floating quotation after a relative clause's verb -----------------------------------

EDITORIAL = (
    '"The finding is striking, but it shows an association, not a cause," said Dr. Mara '
    "Quist, a cardiologist at Lakeside Medical School who wrote an editorial accompanying the "
    'study. "We need to know whether this holds in other groups."\n'
)


def test_a_relative_clauses_verb_is_no_cue_of_the_next_quotation() -> None:
    """The second quotation took "wrote" (of "who wrote an editorial") as its cue; it goes on
    the "said" of the quotation before."""
    report = checked_report(EDITORIAL)
    assert [(q["cue"]["text"], q["speaker"]["name"]) for q in report["quotes"]] == [
        ("said", "Mara Quist"), ("said", "Mara Quist")
    ]
