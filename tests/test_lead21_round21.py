"""Round 21 (lead): a shipping merger told through statements, analysts and a union."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def _speakers(text: str) -> list[tuple[str, str, str]]:
    report = analyze_text(text)
    return [(q.speaker.text, q.speaker.name, q.speaker.kind) for q in report.quotes if q.speaker]


def test_a_plural_possessive_stays_in_the_group_it_qualifies() -> None:
    text = (
        "Dockworkers' union leaders slammed the deal as a disaster for workers. Farmers\u2019 "
        "groups said the tariffs would cost them their export markets.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(f.rule, f.text) for f in report.findings if f.rule.startswith("A2")] == [
        ("A201", "Dockworkers' union leaders"), ("A201", "Farmers\u2019 groups")
    ]


def test_the_companies_named_before_are_bodies() -> None:
    text = (
        "Harbor Freightlines Inc. said on Monday it would buy Calder Shipping for $4.2 billion."
        "\n\nThe companies said in a joint statement that the combined business would save "
        "about $300 million a year. The firm that advised Calder, Wexley Partners, declined to "
        "comment.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert ("The companies", "The companies", "organization") in _speakers(text)
    assert ("The companies", "organization", True) in [
        (s.name, s.kind, s.identifiable) for s in report.sources
    ]


def test_it_is_never_a_pair_of_bodies() -> None:
    text = (
        "Both houses passed the bill in March. Later the budget office cited the tax as a "
        "reason it thought the law would reduce the deficit.\n"
    )
    checked_report(text)
    assert not any(name == "Both houses" for _, name, _ in _speakers(text)[1:])


def test_a_bare_plural_of_bodies_is_a_vague_group_not_a_person() -> None:
    text = "Banks warned that the rule would raise borrowing costs for small businesses.\n"
    checked_report(text)
    report = analyze_text(text)
    assert _speakers(text) == [("Banks", "Banks", "vague")]
    assert [(f.rule, f.text) for f in report.findings if f.rule.startswith("A")] == [
        ("A201", "Banks")
    ]


def test_a_name_after_a_description_ending_in_a_pronoun_speaks() -> None:
    text = (
        "Gen. Etheridge did not respond to requests for comment. A lawyer representing him, "
        "Daniel Pruitt, said his client was being made a scapegoat.\n"
    )
    checked_report(text)
    assert _speakers(text) == [("Daniel Pruitt", "Daniel Pruitt", "person")]
    report = analyze_text(text)
    assert report.quotes[0].text == "his client was being made a scapegoat"


def test_anonymity_to_discuss_personnel_matters_is_a_reason() -> None:
    text = (
        "Two Army officials, who spoke on the condition of anonymity to discuss personnel "
        "matters, said at least four other officers were under review.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(f.rule, f.text) for f in report.findings if f.rule.startswith("A1")] == [
        ("A102", "Two Army officials")
    ]
    assert report.sources[0].anonymity_reason.text == "to discuss personnel matters"


STUDY = (
    "The study does not prove that plastics cause heart disease. Patients with plastic in "
    "their plaque were also more likely to smoke and to have diabetes.\n\n"
    "\"This is a startling finding, but it is an association, not causation,\" said Dr. Philip "
    "Landrigan, a pediatrician and epidemiologist at Boston College who wrote an editorial "
    "accompanying the study. \"We urgently need to know whether this is happening in other "
    "populations.\"\n\nThe bill is more likely to pass now that the senator backs it.\n"
)


def test_a_comparison_observed_between_groups_is_no_forecast() -> None:
    checked_report(STUDY)
    report = analyze_text(STUDY)
    hedges = [f.text for f in report.findings if f.category == "hedging"]
    assert hedges == ["likely"]  # the bill's chances, not the patients' habits
    assert report.findings[-1].start > STUDY.index("The bill")


def test_a_described_speaker_with_two_roles_keeps_the_next_quote() -> None:
    checked_report(STUDY)
    names = [q.speaker.name for q in analyze_text(STUDY).quotes if q.kind == "direct"]
    assert names == ["Philip Landrigan", "Philip Landrigan"]


TRIAL = (
    "Ex-aide testifies mayor threatened her\n\n"
    "CHICAGO \u2014 A former aide to Mayor Victor Salcedo testified Tuesday that he threatened "
    "to end her career if she refused to steer a $12 million contract to a friend's company.\n\n"
    "\u201cHe looked at me and said, \u2018You will never work in this city again,\u2019\u201d "
    "Marisol Ortega told jurors. \u201cI believed him.\u201d\n\n"
    "Ortega, 41, said she reported the conversation to the inspector general two days later. "
    "The aide said she had not kept notes.\n\n"
    "Neighbors reported the fire to police at 3 a.m., and the Tribune reported the blaze "
    "had started in a garage.\n"
)


def test_the_ledes_described_witness_named_in_the_next_paragraph_is_no_unnamed_source() -> None:
    checked_report(TRIAL)
    report = analyze_text(TRIAL)
    assert not [f for f in report.findings if f.rule.startswith("A1")]
    lede = next(q for q in report.quotes if q.speaker and q.speaker.text.startswith("A former"))
    assert (lede.speaker.name, lede.speaker.kind) == ("Marisol Ortega", "person")
    later = next(q for q in report.quotes if q.speaker and q.speaker.text == "The aide")
    assert (later.speaker.name, later.speaker.kind) == ("Marisol Ortega", "person")


def test_an_incident_reported_to_someone_is_no_report() -> None:
    checked_report(TRIAL)
    report = analyze_text(TRIAL)
    reported = [(q.text, q.speaker.text) for q in report.quotes
                if q.cue is not None and q.cue.text == "reported"]
    assert reported == [("the blaze had started in a garage", "the Tribune")]
    assert not [f for f in report.findings if f.text == "Neighbors"]


def test_a_sharp_rise_in_the_base_form_is_no_emphasis() -> None:
    text = (
        "The death toll could rise sharply as rescuers reach villages cut off by landslides, "
        "said Ram Prasad Thapa, a spokesman for the disaster authority. The government's "
        "response was sharply criticised.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    # only the criticism's emphasis is flagged, not the toll's movement
    assert [f.start for f in report.findings if f.text == "sharply"] == [text.rindex("sharply")]


def test_the_athletic_is_a_news_organisation() -> None:
    text = (
        "Sky Sports reported on Tuesday that the striker's representatives had held talks in "
        "London, while The Athletic said the player had not yet asked to leave.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [(f.rule, f.text) for f in report.findings] == [
        ("A301", "Sky Sports"), ("A301", "The Athletic")
    ]


def test_a_body_named_for_two_things_keeps_its_whole_name() -> None:
    text = (
        "\"The risk to the general public remains low,\" the Centers for Disease Control and "
        "Prevention said in a statement. Pasteurization kills the virus, according to the Food "
        "and Drug Administration. The Center for Strategic and International Studies said the "
        "test had failed.\n"
    )
    checked_report(text)
    assert [(name, kind) for _, name, kind in _speakers(text)] == [
        ("Centers for Disease Control and Prevention", "organization"),
        ("Food and Drug Administration", "organization"),
        ("Center for Strategic and International Studies", "organization"),
    ]


MALL = (
    "Another shopper, who asked that her name not be used because she feared for her safety, "
    "said she saw the gunman walk calmly toward an exit. Illinois already has some of the "
    "strictest gun laws in the country, but some residents say they are poorly enforced.\n"
)


def test_a_reason_after_asking_that_a_name_not_be_used() -> None:
    checked_report(MALL)
    report = analyze_text(MALL)
    assert [(f.rule, f.text) for f in report.findings if f.rule.startswith("A1")] == [
        ("A102", "Another shopper")
    ]
    assert report.sources[0].anonymity_reason.text == "because she feared for her safety"


def test_some_before_a_superlative_is_no_vague_quantity() -> None:
    checked_report(MALL)
    report = analyze_text(MALL)
    somes = [f.start for f in report.findings if f.text.lower() == "some"]
    assert MALL.index("some of the strictest") not in somes


def test_a_bare_name_with_its_own_spokesperson_is_a_company() -> None:
    text = (
        "Streamwell spokesperson Lila Farouk confirmed the layoffs. The announcement comes a week "
        "after Streamwell reported that it lost 800,000 subscribers.\n\n"
        "Donald Trump won the state. Trump spokesperson Hope Hicks said the result was clear. "
        "Trump said he was grateful.\n"
    )
    checked_report(text)
    kinds = {name: kind for _, name, kind in _speakers(text)}
    assert kinds["Streamwell"] == "organization"
    assert kinds["Donald Trump"] == "person"  # a surname, though it has a spokesperson


def test_the_coast_guard_is_a_body() -> None:
    text = (
        "The U.S. Coast Guard, which automated most American lighthouses decades ago, says the "
        "station no longer needs a resident keeper.\n"
    )
    checked_report(text)
    assert _speakers(text) == [("The U.S. Coast Guard", "U.S. Coast Guard", "organization")]


def test_a_relative_that_inside_the_reported_clause_keeps_the_clause_whole() -> None:
    text = (
        "Critics say it is a reckless giveaway that will drain billions from struggling "
        "districts. Reid said he was confident that Sanders would do the right thing.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [q.text for q in report.quotes] == [
        "it is a reckless giveaway that will drain billions from struggling districts",
        "he was confident that Sanders would do the right thing",
    ]
    reckless = next(f for f in report.findings if f.text == "reckless")
    assert (reckless.rule, reckless.voice) == ("L201", "quoted")


def test_a_pronoun_after_the_cue_opens_the_reported_clause() -> None:
    text = (
        "Justice Ruth Bader Ginsburg apologized on Thursday. The justice -- who had clashed "
        "with the nominee for days -- said she regretted her remarks.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    regret = next(q for q in report.quotes if "regretted" in q.text)
    assert regret.text == "she regretted her remarks"


def test_ruin_by_a_natural_force_is_no_judgement() -> None:
    text = (
        "Residents of Grand Isle, which was devastated by Hurricane Ida in 2021, boarded up "
        "their homes. The council's decision was devastating for the town's schools.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [f.text for f in report.findings if f.category == "loaded_language"] == [
        "devastating"
    ]


def test_a_group_keeps_the_body_it_belongs_to() -> None:
    text = (
        "Libraries and parks may face deeper cuts, council members said. Cuts are coming, union "
        "leaders warned. The shortfall is smaller than elsewhere, according to the National "
        "League of Cities.\n"
    )
    checked_report(text)
    report = analyze_text(text)
    assert [f.text for f in report.findings if f.rule == "A201"] == [
        "council members", "union leaders"
    ]
    assert ("National League of Cities", "organization") in [
        (name, kind) for _, name, kind in _speakers(text)
    ]


def test_a_name_with_particles_after_a_bodys_title() -> None:
    text = (
        "European Commission President Ursula von der Leyen told reporters the plan was legal. "
        "Former Brazilian President Luiz Inacio Lula da Silva said it was not.\n"
    )
    checked_report(text)
    assert [(name, kind) for _, name, kind in _speakers(text)] == [
        ("Ursula von der Leyen", "person"), ("Luiz Inacio Lula da Silva", "person")
    ]


def test_a_ministry_of_another_portfolio_is_another_body() -> None:
    text = (
        "The Interior Ministry said 80,000 people demonstrated in the capital. Rail and air "
        "traffic are expected to be severely disrupted, the transport ministry warned.\n"
    )
    checked_report(text)
    assert [name for _, name, _ in _speakers(text)] == [
        "Interior Ministry", "the transport ministry"
    ]
