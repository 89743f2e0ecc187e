"""Round 20 audit (AUDIT20): defects found on story kinds the tool had not been read on (a
profile of a singer with nicknames in quotes, a journal retraction, a kidnapping with family
statements, trade talks between two small countries and their state media, a product recall).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

# -- 1: a nickname in quotation marks inside a name ('Tomas "Flaco" Reyes') ----------------------

PROFILE = (
    'Accordion player Tomas "Flaco" Reyes was 12 when he first played for money, at a feed '
    "store in Salinas.\n\n"
    'His manager, Ines \u201cLa Profe\u201d Ocampo, said the radio bans had only helped him. '
    '"Every ban sells tickets," Ocampo said.\n\n'
    "Not everyone is won over. Carla Bianchi, a critic at the Valley Courier, said the songs "
    'were "pretty and empty."\n\n'
    "Asked what comes next, Reyes grinned. 'An album with my grandfather,' he said.\n\n"
    '"He taught me everything," said Tomas \u2018Flaco\u2019 Reyes, who turns 30 next week.\n'
)


def test_a_nickname_inside_a_name_is_part_of_the_name() -> None:
    """The quoted nickname cut the name in two: the manager's "said" went to "the radio bans",
    "Reyes" was never tied to "Tomas Reyes" (so "he" went to the last quoted person, a woman),
    and "said Tomas 'Flaco' Reyes" credited "Tomas".  The speaker's span covers the nickname;
    the name leaves it out."""
    report = checked_report(PROFILE)
    quotes = report_quotes(report)
    assert quotes[0] == (
        "the radio bans had only helped him", "Ines Ocampo", "person", "said"
    )
    assert report["quotes"][0]["speaker"]["text"] == "Ines \u201cLa Profe\u201d Ocampo"
    assert quotes[1] == ('"Every ban sells tickets,"', "Ines Ocampo", "person", "said")
    said_by = {q[0]: q[1] for q in quotes}
    assert said_by["'An album with my grandfather,'"] == "Tomas Reyes"
    assert said_by['"He taught me everything,"'] == "Tomas Reyes"
    last = report["quotes"][-1]["speaker"]
    assert last["text"] == "Tomas \u2018Flaco\u2019 Reyes"


def test_a_title_in_quotes_before_a_name_is_no_nickname() -> None:
    """Guard: a programme's title closing a sentence ('NBC's "Evening Report." For Walsh') and
    a quotation before a cue are not nicknames: the name after them is read alone."""
    report = checked_report(
        'Dana Walsh spoke on NBC\'s "Evening Report." For Walsh, it was a good night. '
        "He said the plan would pass.\n"
    )
    assert report_quotes(report) == [
        ("the plan would pass", "Dana Walsh", "person", "said")
    ]


# -- 2: "Women say", "Colleagues said": a group, and one rule for people close to someone --

KIDNAPPING = (
    "PORT HARCOURT, Nigeria (AP) \u2014 Gunmen seized three surveyors from a road camp on "
    "Tuesday, police said.\n\n"
    "Women say the farms near the camp have been abandoned since the spring. Neighbors said "
    "the camp had been attacked once before.\n\n"
    "Colleagues said one of the surveyors had asked to be moved. Friends said he had planned "
    "to leave in December.\n"
)


def test_groups_opening_a_sentence_and_people_close_to_someone() -> None:
    """ "Women say" and "Neighbors said" were typed as persons (identifiable, no flag); "Colleagues
    said" was A201 while "Friends said" was A101.  Now the groups are A201 and the people who
    know the subject personally are all unnamed individuals (A101; docs/sourcing.md)."""
    report = checked_report(KIDNAPPING)
    kinds = {q["speaker"]["text"]: q["speaker"]["kind"] for q in report["quotes"] if q["speaker"]}
    assert kinds["Women"] == "vague"
    assert kinds["Neighbors"] == "vague"
    assert kinds["Colleagues"] == kinds["Friends"] == "anonymous"
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][0] == "A"]
    assert ("A201", "Women") in flags
    assert ("A201", "Neighbors") in flags
    assert ("A101", "Colleagues") in flags
    assert ("A101", "Friends") in flags


def test_a_surname_ending_like_a_people_noun_is_still_a_person() -> None:
    """Guard: "Withers said" is a name (only listed people nouns make a group, not the -ers
    shape)."""
    report = checked_report(
        "Withers said the survey was accurate. Marta Withers is the county surveyor.\n"
    )
    assert report_quotes(report)[0][1:3] == ("Marta Withers", "person")


# -- 3: "agreed to" a retraction is a deal accepted, not a view ----------------------------

RETRACTION = (
    "The retraction notice said the editors no longer trusted the data and that two of the "
    "paper's six co-authors had agreed to the withdrawal.\n\n"
    "Researchers agreed that the images had been altered, a university spokesperson said in "
    "an email.\n"
)


def test_agreed_to_a_withdrawal_credits_no_unnamed_source() -> None:
    """ "two of the paper's six co-authors had agreed to the withdrawal" was flagged A101 (an
    unnamed source for a claim) though the co-authors say nothing: they accepted a retraction.
    "Researchers agreed that ..." still states a view (A201), and the spokesperson is A101."""
    report = checked_report(RETRACTION)
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][0] == "A"]
    assert not any("co-authors" in text for _, text in flags)
    assert ("A201", "Researchers") in flags
    assert ("A101", "a university spokesperson") in flags


# -- 4: companies, institutes, monitors and an agency typed as persons ---------------------------

RECALL = (
    "Corvane Appliances is recalling about 300,000 toasters after reports of 19 fires, the "
    "Consumer Product Safety Commission said Thursday.\n\n"
    "In a statement, Corvane said it was \"deeply sorry.\" The contractor that tested the "
    "toasters, Brightmoor Engineering, said it had followed the agreed protocol.\n\n"
    "The National Institutes of Health, which studies burn injuries, said it was aware of the "
    "reports. According to Consumer Watch, the model was flagged in 2023.\n\n"
    "Tass said the same model was sold in Russia.\n"
)


def test_companies_institutes_monitors_and_an_agency_are_not_persons() -> None:
    """ "Corvane said" (after "Corvane Appliances"), "Brightmoor Engineering", "The National
    Institutes of Health" (cut to "National Institutes") and "Consumer Watch" were persons, and
    "Tass" too, so no second-hand flag (A301) for the agency."""
    report = checked_report(RECALL)
    by_cue_speaker = {
        q["speaker"]["text"]: (q["speaker"]["name"], q["speaker"]["kind"])
        for q in report["quotes"] if q["speaker"]
    }
    assert by_cue_speaker["Corvane"] == ("Corvane Appliances", "organization")
    assert by_cue_speaker["Brightmoor Engineering"] == ("Brightmoor Engineering", "organization")
    assert by_cue_speaker["The National Institutes of Health"] == (
        "National Institutes of Health", "organization"
    )
    assert by_cue_speaker["Consumer Watch"][1] == "organization"
    assert by_cue_speaker["Tass"] == ("Tass", "outlet")
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][0] == "A"]
    assert ("A301", "Tass") in flags


# -- 5: "the union" after a company was named: the body the noun names -------------------------

STRIKE = (
    "Bus drivers walked off the job in three counties on Monday, the drivers' union said.\n\n"
    "The operator, Tri-County Transit, said in a statement that it had offered a 12 percent "
    "raise.\n\n"
    "According to the union, the operator has cut 200 jobs since 2021. The company declined "
    "to comment on the figure.\n"
)


def test_the_union_refers_back_to_the_union_not_the_latest_body() -> None:
    """ "According to the union" went to Tri-County Transit, the latest organisation named, so
    the union's claim was credited to the employer it accuses."""
    report = checked_report(STRIKE)
    said_by = {q[0]: q[1] for q in report_quotes(report)}
    assert said_by["the operator has cut 200 jobs since 2021"] == "the drivers' union"
    assert said_by["it had offered a 12 percent raise"] == "Tri-County Transit"


# -- 6: a doping story's teammates, a hospital group ---------------------------------------------

DOPING = (
    "The club's parent company, Northgate Health, said in a statement that it had suspended "
    "the sprinter.\n\n"
    "Teammates said they were stunned by the result.\n"
)


def test_teammates_are_unnamed_people_and_a_health_group_is_a_body() -> None:
    """ "Teammates said" was a person named Teammates (no flag) and "Northgate Health" a person:
    teammates know the subject personally (A101, as friends and colleagues); "Health" ends a
    company's name as "Systems" or "Foods" do."""
    report = checked_report(DOPING)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Northgate Health", "organization"), ("Teammates", "anonymous")
    ]
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][0] == "A"]
    assert flags == [("A101", "Teammates")]


# -- 7: the reason for anonymity in a sentence whose subject is the denial ----------------------

HOSTAGES = (
    "Two officials familiar with the negotiations said the kidnappers had asked for $3 million. "
    "One of them said the hostages had been moved twice. Neither was authorized to speak "
    "publicly.\n\n"
    "A police spokesman said the search would continue.\n"
)


def test_neither_was_authorized_explains_both_unnamed_officials() -> None:
    """ "Neither was authorized to speak publicly" gives the reason for the two officials and
    the one of them quoted (A102); the reasons' phrases all carry "not", which is here the
    subject's "Neither", so both were A101.  The spokesman after it stays A101."""
    report = checked_report(HOSTAGES)
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][:3] == "A10"]
    assert flags == [
        ("A102", "Two officials familiar with the negotiations"),
        ("A102", "One of them"),
        ("A101", "A police spokesman"),
    ]
    reasons = {s["name"]: s.get("anonymity_reason") for s in report["sources"]}
    reason = reasons["One of them"]
    assert reason["text"] == "Neither was authorized to speak publicly"
    assert HOSTAGES[reason["start"] : reason["end"]] == reason["text"]


# -- 8: a wildfire story's agency by its short name ----------------------------------------------

WILDFIRE = (
    "The Juniper Ridge fire had burned about 9,000 acres by Sunday evening, according to Cal "
    "Fire. Fire Chief Ray Okafor said two firefighters had minor burns.\n"
)


def test_a_fire_agency_by_its_short_name_is_an_organisation() -> None:
    """ "according to Cal Fire" credited a person named Cal Fire; "Fire" ends a body's name as
    "Service" or "Watch" does, and "Fire Chief Ray Okafor" stays a titled person."""
    report = checked_report(WILDFIRE)
    assert [q[1:3] for q in report_quotes(report)] == [
        ("Cal Fire", "organization"), ("Ray Okafor", "person")
    ]


# -- 9: a quotation closed before a name with a nickname, and the cue after the name -------------


def test_a_nickname_before_the_cue_is_no_quotation() -> None:
    """ '\u201cWe sold it out,\u201d Tomas \u201cFlaco\u201d Reyes said.' had no speaker: the
    nickname was a quotation of its own, which took the cue and was then dropped as a name.
    Guard: in a Title Case headline the marks still quote ('Calls Hillary Clinton \u2018A
    Disgrace\u2019 Over'), so the loaded word there stays the quoted voice (L201)."""
    text = "\u201cWe sold it out,\u201d Tomas \u201cFlaco\u201d Reyes said on Sunday.\n"
    report = checked_report(text)
    assert report_quotes(report) == [
        ("\u201cWe sold it out,\u201d", "Tomas Reyes", "person", "said")
    ]
    assert report["quotes"][0]["speaker"]["text"] == "Tomas \u201cFlaco\u201d Reyes"
    headline = (
        "Governor Calls Mayor Ann Kowal \u2018A Disgrace\u2019 Over Transit Vote\n\n"
        "The governor spoke on Monday.\n"
    )
    report = checked_report(headline)
    assert [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][0] == "L"] == [
        ("L201", "Disgrace")
    ]


# -- 10: the people after a verb and its object, before ", who say" ------------------------------


def test_the_group_before_who_say_starts_after_the_verb_and_its_preposition() -> None:
    """ "the plan has sparked fury among longtime tenants, who say they were never consulted":
    the speaker was "sparked fury among longtime tenants" (the verb and its object
    in the name); "has angered longtime tenants, who say" gave "angered longtime tenants"."""
    text = (
        "The rezoning plan has sparked fury among longtime tenants, who say they were never "
        "consulted. It has also angered shop owners, who say rents will double.\n"
    )
    report = checked_report(text)
    assert [q["speaker"]["text"] for q in report["quotes"]] == [
        "longtime tenants", "shop owners"
    ]
    assert [q["speaker"]["name"] for q in report["quotes"]] == [
        "longtime tenants", "shop owners"
    ]


# -- 11: a trade before a name in strike and sports copy -----------------------------------------


def test_a_trade_before_a_name_is_no_part_of_it() -> None:
    """ "Nurse Daniel Ruiz said" named "Nurse Daniel Ruiz" (and "Sprinter Ama Darko" likewise);
    the trade is stripped as "Singer" or "Fire Chief" is.  Guard: "Mr. Nurse" keeps his name."""
    report = checked_report(
        "Nurse Daniel Ruiz said he cares for three patients at once. Sprinter Ama Darko said "
        "she was stunned. Mr. Nurse said the ward was calm.\n"
    )
    assert [q[1] for q in report_quotes(report)] == ["Daniel Ruiz", "Ama Darko", "Nurse"]
