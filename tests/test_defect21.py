"""Round 21 (DEFECT21): known defects the lead found in the audit stories of round 20.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, report_quotes

# -- 1: a sentence adverbial before a name ("No wonder Trump said") ------------------------------

ADVERBIALS = (
    "No wonder Trump said on Tuesday that the trade talks were going well.\n\n"
    "Of course Senator Ruth Alder said the vote would be close.\n\n"
    "It is little wonder Mayor Ann Lee said the budget was tight.\n"
)


def test_a_sentence_adverbial_is_no_part_of_the_speaker() -> None:
    """"No wonder", "Of course" and "little wonder" were read into the speaker's phrase, so
    the speaker was named "No wonder Trump" (and "course Ruth Alder")."""
    report = checked_report(ADVERBIALS)
    quotes = report_quotes(report)
    assert [(q[1], q[2]) for q in quotes] == [
        ("Trump", "person"), ("Ruth Alder", "person"), ("Ann Lee", "person")
    ]
    assert [q["speaker"]["text"] for q in report["quotes"]] == [
        "Trump", "Senator Ruth Alder", "Mayor Ann Lee"
    ]
    assert {s["name"] for s in report["sources"]} == {"Trump", "Ruth Alder", "Ann Lee"}


def test_a_name_after_a_determiner_keeps_its_words() -> None:
    """Guard: a description before a name is still the speaker's ("The economist Ann Lee")."""
    report = checked_report("The economist Ann Lee said the figures were revised.\n")
    assert report["quotes"][0]["speaker"]["text"] == "The economist Ann Lee"
    assert report_quotes(report)[0][1] == "Ann Lee"


# -- 2: a company in apposition to "His employer" ------------------------------------------------

EMPLOYERS = (
    "His employer, Marlow Freight, said the driver had been placed on leave. Marlow Freight "
    "said it was cooperating with police.\n\n"
    "Her employer, Susan Hale, said the nanny had left in March.\n"
)


def test_a_carrier_named_in_apposition_is_an_organisation() -> None:
    """An employer may be a person, so the apposition cannot tell; the name's last word does
    ("Freight", like "Logistics"): Marlow Freight was a person.  Guard: "Susan Hale"."""
    quotes = report_quotes(checked_report(EMPLOYERS))
    assert [(q[1], q[2]) for q in quotes] == [
        ("Marlow Freight", "organization"),
        ("Marlow Freight", "organization"),
        ("Susan Hale", "person"),
    ]


# -- 10: a body of a named one ("the United Nations refugee agency") ------------------------------

AGENCIES = (
    "Tens of thousands fled the region, according to the United Nations refugee agency. The "
    "United Nations refugee agency said the camps were full.\n\n"
    "The Kenyan health ministry said the outbreak was contained.\n\n"
    "The Clinton campaign said the ad would run.\n"
)


def test_a_body_of_a_named_one_is_named_by_the_whole_phrase() -> None:
    """The agency, not the United Nations, speaks; "The Kenyan health ministry" was named
    "Kenyan".  The name is the phrase without its article, so both mentions are one source.
    Guard: "The Clinton campaign" (no words of its own before the head)."""
    report = checked_report(AGENCIES)
    quotes = report_quotes(report)
    assert [(q[1], q[2]) for q in quotes] == [
        ("United Nations refugee agency", "organization"),
        ("United Nations refugee agency", "organization"),
        ("Kenyan health ministry", "organization"),
        ("Clinton campaign", "organization"),
    ]
    names = [s["name"] for s in report["sources"]]
    assert names.count("United Nations refugee agency") == 1
    assert "United Nations" not in names


# -- 5: pledges counted in a tally ("endorsements from superdelegates") --------------------------

PLEDGES = (
    "Clinton leads the delegate count because of early endorsements from superdelegates, the "
    "party officials who may back any candidate.\n\n"
    "Sanders has won backing from uncommitted delegates in three states.\n\n"
    "The bill has won support from critics of the old law.\n\n"
    "Superdelegates said they would back the winner of the popular vote.\n"
)


def test_pledges_from_delegates_credit_no_one() -> None:
    """An endorsement or backing from delegates is a counted pledge, no claim the group makes
    (``other`` in the labels): "superdelegates" was A201.  Guards: "support from critics" and
    superdelegates who say something stay vague."""
    report = checked_report(PLEDGES)
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"] == "A201"]
    assert flags == [("A201", "critics of the old law"), ("A201", "Superdelegates")]


# -- 11: the figure rule reads a flag of the entry, not its note ----------------------------------


def test_the_figure_rule_reads_the_entry_flag_not_its_note() -> None:
    """``loaded.MOVEMENT_NOTE`` tied the "soared 9%" rule to the movement verbs' message text:
    rewording the note silently dropped the rule.  The lexicon line's fourth field carries it."""
    from newscheck.lexicon_matcher import PhraseMatcher, Words, parse_lexicon
    from newscheck.stages.loaded import find_loaded

    flagged_entry, plain_entry = parse_lexicon(
        "rocketed | exaggeration | any wording at all | unless_figure\n"
        "zoomed | exaggeration | a dramatic movement verb -- give the figures\n"
    )
    assert flagged_entry.flags == frozenset({"unless_figure"})
    assert plain_entry.flags == frozenset()
    matcher = PhraseMatcher([flagged_entry, plain_entry])
    text = "Sales rocketed 40% and costs zoomed 12% in May."
    found = [text[m.start : m.end] for m in find_loaded(Words(text), matcher)]
    assert found == ["zoomed"]
    text = "Sales rocketed and costs zoomed."
    assert [text[m.start : m.end] for m in find_loaded(Words(text), matcher)] == [
        "rocketed", "zoomed"
    ]


def test_the_shipped_movement_verbs_keep_the_figure_rule() -> None:
    """Guard: "soared 9%" gives its figure, "soared" alone is still an exaggeration."""
    report = checked_report(
        "Shares in Calder Foods soared 9% on Monday. Its rival's shares soared as well.\n"
    )
    loaded = [f for f in report["findings"] if f["rule"].startswith("L")]
    assert [(f["text"], f["start"]) for f in loaded] == [("soared", 63)]


# -- 6: a sell-out of a venue, a show or stock ---------------------------------------------------

SELL_OUTS = (
    "The band sold out the Forum in March. The singer sold out Madison Square Garden twice. "
    "Her debut novel sold out its first print run. The comedian sold out three shows at the "
    "Apollo.\n\n"
    "The union leadership sold out the membership. He sold out Israel to win the deal.\n"
)


def test_selling_out_a_venue_or_stock_is_not_loaded() -> None:
    """A concert selling out is neutral: "sold out the Forum" was L101.  Betrayal, a person or
    a country as the object, is still loaded ("sold out the membership", "sold out Israel to
    win the deal")."""
    report = checked_report(SELL_OUTS)
    loaded = [(f["rule"], f["start"]) for f in report["findings"] if f["rule"] == "L101"]
    betrayals = [SELL_OUTS.index("sold out the membership"), SELL_OUTS.index("sold out Israel")]
    assert loaded == [("L101", start) for start in betrayals]


# -- 7: a country the list lacks ("Kestria's foreign ministry", "Kestria said") -------------------

COUNTRIES = (
    "ARVEN, Kestria (AP) \u2014 The government called early elections on Monday. Kestria said "
    "it would invite observers.\n\n"
    "Moravel's foreign ministry said the ambassador had been recalled. Later, Moravel said the "
    "talks were over.\n\n"
    "Voters have little faith in Hale. Hale said he would not resign.\n"
)


def test_a_country_the_story_names_so_is_its_government() -> None:
    """A one-word name the story uses as a country (a dateline's, or before "foreign
    ministry") speaks for its government: "Kestria said" and "Moravel said" were persons.
    Guard: "Hale", said with "he", stays a person."""
    quotes = report_quotes(checked_report(COUNTRIES))
    kinds = {name: kind for _, name, kind, _ in quotes}
    assert kinds["Kestria"] == "organization"
    assert kinds["Moravel"] == "organization"
    assert kinds["Hale"] == "person"


# -- 4: a he or she after a clause a group reports ("aides say X also advises ...") --------------

ADVISER = (
    '"Paid leave is a business decision," said Karen Whitlow, a professor of management who '
    "studies family policy.\n\n"
    "People close to the campaign say Elena Marsh also advises her brother on child care and "
    "equal pay, passing on ideas from economists outside politics.\n\n"
    '"When a woman becomes a mother, she should be supported, not pushed out," she said at the '
    "convention.\n\n"
    "Inspector Dan Okafor testified that the contractor, Norvell Brightwater, had passed every "
    'safety check. "I signed off on it myself," he said.\n\n'
    'Mr. Reyes said that Mr. Vance had "lost the room." He added that the vote would be close.\n'
)


def test_she_after_a_clause_a_group_reports_is_its_subject() -> None:
    """Since "advises" is no speech verb, Elena Marsh is the subject of the group's reported
    clause, which round 19 kept from later pronouns (the reporter may be the he or she): the
    convention quote went to Karen Whitlow.  A group cannot be "she", so its clause's subject
    is the antecedent.  Guards: a person's clause still keeps its names (Okafor, Reyes; the
    clause ending inside a quotation, "lost the room.", ends its sentence)."""
    said_by = {q[0]: q[1] for q in report_quotes(checked_report(ADVISER))}
    assert said_by[
        '"When a woman becomes a mother, she should be supported, not pushed out,"'
    ] == "Elena Marsh"
    assert said_by['"I signed off on it myself,"'] == "Dan Okafor"
    assert said_by["the vote would be close"] == "Reyes"


# -- 3a: people "questioned" are interrogated, not a report's content ------------------------------

QUESTIONED = (
    "The newspaper reported last month that federal agents had questioned former Kelvar sales "
    "staff in Lisbon.\n\n"
    "Police questioned two witnesses on Friday.\n\n"
    "Analysts questioned whether the savings were realistic.\n\n"
    "Several senators questioned Mr. Hale's account of the meeting.\n"
)


def test_people_questioned_are_no_report() -> None:
    """"had questioned former Kelvar sales staff" was a nested report of "federal agents" (its
    content the staff) and an A201; "Police questioned two witnesses" a report.  Guards: what
    is questioned, "whether ..." or a possessive's account, is still reported."""
    report = checked_report(QUESTIONED)
    assert [(q[0], q[1]) for q in report_quotes(report)] == [
        ("federal agents had questioned former Kelvar sales staff in Lisbon", "The newspaper"),
        ("whether the savings were realistic", "Analysts"),
        ("Mr. Hale's account of the meeting", "Several senators"),
    ]
    vague = [f["text"] for f in report["findings"] if f["rule"] == "A201"]
    assert vague == ["Analysts", "Several senators"]


# -- 8: a kind of people a report describes ("criminals who promise ...") -------------------------

DESCRIBED = (
    "Detective Ruth Alder said criminals who promise quick returns often target the elderly, "
    "and that people who say they are from the bank should be reported.\n\n"
    "The regulator warned that fraudsters who claim their funds are insured often vanish "
    "within weeks.\n\n"
    "The inspector said officials who spoke on condition of anonymity had confirmed the "
    "closure.\n\n"
    "The minister said the doctors who say the ward is unsafe are wrong.\n"
)


def test_people_a_report_describes_are_no_source() -> None:
    """"people who say they are from the bank", "fraudsters who claim ..." inside a report are
    what the speaker warns of, not a group that said something: they were A201.  Guards: the
    unnamed officials who spoke (a past act) and "the doctors who say" (a definite group)
    stay flagged; the report stays the detective's."""
    report = checked_report(DESCRIBED)
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"] in ("A101", "A201")]
    assert flags == [("A101", "officials"), ("A201", "the doctors who")]
    assert report_quotes(report)[0][:2] == (
        "criminals who promise quick returns often target the elderly, and that people who "
        "say they are from the bank should be reported",
        "Ruth Alder",
    )


def test_a_that_of_a_relative_clause_opens_no_report() -> None:
    """"Police said criminals who promise victims that their savings are safe ..." reported
    only "their savings are safe are behind the scheme": the "that" of the relative clause's
    "promise" was taken for the report's.  Guard: "said on Tuesday that" still skips to it."""
    text = (
        "Police said criminals who promise victims that their savings are safe are behind the "
        "scheme.\n\nPolice said on Tuesday that the scheme had been shut down.\n"
    )
    quotes = report_quotes(checked_report(text))
    assert [(q[0], q[1]) for q in quotes] == [
        (
            "criminals who promise victims that their savings are safe are behind the scheme",
            "Police",
        ),
        ("the scheme had been shut down", "Police"),
    ]


# -- 9: a unique role of a named country is identifiable (checked: consistent, no change) ---------


def test_a_named_countrys_unique_role_is_identifiable() -> None:
    """Guard: "Azerbaijan's chief negotiator said" is a unique role of a named country, as
    "Cameron's spokesman" is (docs/sourcing.md, GUIDELINES `role`): a person, no A101.  One of
    several holders ("One of Azerbaijan's negotiators", "A negotiator for Azerbaijan") is an
    unnamed source."""
    text = (
        "Azerbaijan's chief negotiator said the offer was final.\n\n"
        "One of Azerbaijan's negotiators said the offer was final.\n\n"
        "A negotiator for Azerbaijan said the talks would resume.\n"
    )
    report = checked_report(text)
    assert [(q[1], q[2]) for q in report_quotes(report)] == [
        ("Azerbaijan's chief negotiator", "person"),
        ("One of Azerbaijan's negotiators", "anonymous"),
        ("A negotiator for Azerbaijan", "anonymous"),
    ]
    assert [(f["rule"], f["text"]) for f in report["findings"]] == [
        ("A101", "One of Azerbaijan's negotiators"),
        ("A101", "A negotiator for Azerbaijan"),
    ]
