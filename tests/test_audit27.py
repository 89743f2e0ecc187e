"""Round 27 audit (AUDIT27): what a standards editor would flag and what the tool flags, on
eight stories written for the round (``tests/data/audit27/``: four as a good reporter would
write them, four as a weak draft; each with ``NAME.expected.txt``, the flags an editor expects).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from pathlib import Path

from quote_helpers import checked_report, report_flags, speaker_of

FIXTURES = Path(__file__).parent / "data" / "audit27"


def fixture_report(name: str) -> dict:
    return checked_report((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


# -- a name in -'s before the cue is a firm's name, not a possessive ------------------------------


def test_a_firm_named_in_s_speaks() -> None:
    """ "Moody's said the outlook was stable." made no quote at all: a name ending in -'s was
    read as a possessive waiting for its noun."""
    text = "Moody's said on Friday that the outlook for the county's debt was stable.\n"
    report = checked_report(text)
    assert speaker_of(report, "outlook") == ("Moody's", "organization")
    assert report_flags(report, "A") == []


def test_a_worker_at_a_shop_named_in_s_speaks() -> None:
    """ "A consultant surgeon at St Luke's, who spoke on condition of anonymity because ...,
    said ..." (the hospital fixture) made no quote and flagged the marker instead."""
    report = fixture_report("hospital")
    assert speaker_of(report, "theatre time had increased") == (
        "A consultant surgeon at St Luke's", "anonymous"
    )
    assert report_flags(report, "A") == [("A102", "A consultant surgeon at St Luke's")]


def test_it_s_said_stays_impersonal() -> None:
    """Guard: "It's said" is a contraction, no speaker named It."""
    report = checked_report("It's said the store will close in the spring.\n")
    assert [q["speaker"] for q in report["quotes"]] in ([], [None])


# -- one person placed near, outside or along something ------------------------------------------


def test_one_soldier_near_a_place_speaks() -> None:
    """ "A soldier near the bridge said ..." made no quote: "near the" read as a place phrase,
    which only listed groups ("Protesters outside the embassy") could carry."""
    text = "A soldier near the bridge said his unit had been told to hold fire until Friday.\n"
    report = checked_report(text)
    assert speaker_of(report, "hold fire") == ("A soldier near the bridge", "anonymous")
    assert report_flags(report, "A") == [("A101", "A soldier near the bridge")]


def test_the_ceasefire_officer_serving_near_the_bridge() -> None:
    """The ceasefire fixture: "A military officer serving near the bridge, who spoke on condition
    of anonymity because ..., said his unit had received orders" credited the orders to 'his
    unit' and the next "He said" to the governor named before."""
    report = fixture_report("ceasefire")
    officer = "A military officer serving near the bridge"
    assert speaker_of(report, "had received orders to hold fire") == (officer, "anonymous")
    assert speaker_of(report, "the men were exhausted")[1] == "anonymous"
    assert ("A102", officer) in report_flags(report, "A")


# -- openers, counts and a demonstrative "that" read as speakers or reports ----------------------


def test_elsewhere_opens_a_sentence_and_names_no_one() -> None:
    """The markets fixture: "Elsewhere, the embattled retailer Brightmart collapsed 22 per cent
    after it slashed its full-year forecast and said ..." credited the report to a person named
    'Elsewhere'."""
    text = (
        "Elsewhere, the retailer Fenwick fell 9 per cent after it cut its profit forecast "
        "and said its finance chief would leave in March.\n"
    )
    report = checked_report(text)
    assert speaker_of(report, "finance chief would leave") == ("Fenwick", "organization")


def test_a_count_of_calls_is_no_cue() -> None:
    """The police fixture: "He said the force had received 11 calls from the public since
    Saturday and that several had been "very useful"" read "calls" as a verb ("she calls it
    ...") with the speaker 'received 11'."""
    text = (
        'She said the helpline had taken 240 calls since the flood and that most had been '
        '"desperate".\n'
    )
    report = checked_report(text)
    assert all(
        q["speaker"] is None or q["speaker"]["text"] == "She" for q in report["quotes"]
    )
    assert [q["cue"]["text"] for q in report["quotes"] if q["cue"]] == ["said", "said"]


def test_could_not_confirm_that_is_no_report() -> None:
    """The ceasefire fixture: "Reporters could not independently confirm that, as the area is
    closed to journalists" was a report of the reporters (A201 'Reporters'): "that" is the
    object, the governor's claim before it."""
    text = (
        "The mayor said the pumps had been running since dawn. Reporters could not "
        "independently confirm that, as the road to the station was closed.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == []
    assert [q["text"] for q in report["quotes"]] == ["the pumps had been running since dawn"]


def test_said_that_with_an_aside_still_reports() -> None:
    """Guard: "said that, if elected, he would ..." reports the clause after the aside."""
    report = checked_report("He said that, if elected, he would cut the toll.\n")
    assert [q["text"] for q in report["quotes"]] == ["that, if elected, he would cut the toll"]


# -- a thing that "boasts", a tech site, and words the weak drafts used --------------------------


def test_a_thing_that_boasts_has() -> None:
    """The phone fixture: "The sleek device ... boasts a 6.8-inch display" flagged 'boasts' L101
    ("an editorial verb for speech") and made the display a report of the device."""
    text = "The new tablet boasts a 12-inch screen and two cameras.\n"
    report = checked_report(text)
    assert report["quotes"] == []
    assert report_flags(report, "L") == []


def test_boasting_that_still_speaks() -> None:
    """Guard: "boasted that ..." is the editorial verb for speech."""
    report = checked_report("The mayor boasted that the new pool was the best in the county.\n")
    assert ("L101", "boasted") in report_flags(report, "L")


def test_a_tech_site_is_a_news_outlet() -> None:
    """The phone fixture: "According to a report by the tech site GadgetWire, ..." had no A301:
    'GadgetWire' was an organization."""
    text = "The tech site PhoneBench reported that the battery ran hot under load.\n"
    report = checked_report(text)
    assert report_flags(report, "A") == [("A301", "The tech site PhoneBench")]
    assert speaker_of(report, "battery ran hot")[1] == "outlet"  # (named as "the news site X" is)


def test_weak_draft_words() -> None:
    """The weak drafts' reporter-voice words an editor marks and the tool missed: "sleek"
    (puffery), "a chequered history" (a label), "under fire for" and "It is no secret that"
    (whose fire, whose knowledge?). Not "gleaming": a plain description in PolNeAR."""
    text = (
        "It is no secret that the firm has a chequered history. It is also under fire for its "
        "sleek new headquarters, a gleaming tower on the river.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A202", "It is no secret that"), ("A202", "under fire for")
    ]
    # (review 27: not before a span of time: "The convoy was under fire for three hours" is
    # gunfire, no criticism in no one's mouth)
    gunfire = "The convoy was under fire for three hours near the border.\n"
    assert report_flags(checked_report(gunfire), "A") == []
    assert report_flags(report, "L") == [
        ("L102", "chequered history"), ("L105", "sleek")
    ]


# -- a named source's unquoted label after "what ... calls" --------------------------------------


def test_what_a_named_firm_calls_its_product() -> None:
    """The phone fixture, once "boasts a ..." made no report: "and what Orbis calls the most
    advanced camera ever put in a smartphone" was an exaggeration in the reporter's voice
    (L104): the label is Orbis's, as in "Orbis calls it the most advanced camera ever"."""
    text = (
        "The tablet has a glass back and what Kestrel calls the brightest screen ever fitted "
        "to a tablet.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "L") == [("L204", "brightest screen ever")]
    assert speaker_of(report, "brightest screen")[0] == "Kestrel"


def test_what_critics_call_stays_the_reporters_words() -> None:
    """Guard: an unnamed group's unquoted label stays the reporter's choice of words (round 10:
    "in what critics called a shameful betrayal")."""
    text = "The board cut the grant, in what critics called a shameful betrayal of the town.\n"
    report = checked_report(text)
    assert ("L101", "shameful") in report_flags(report, "L")


# -- a group's belief about a named body ---------------------------------------------------------


def test_many_on_wall_street_believe_the_fed_could() -> None:
    """The markets fixture: "Many on Wall Street now believe the Fed could hold rates ..." made
    no report (a capitalised subject after "believe" was not read as a clause's), so "could hold"
    was the reporter's hedge (H101); then the speaker was a person named 'Wall Street'."""
    text = "Many on Wall Street now believe the Bank of England could cut rates in May.\n"
    report = checked_report(text)
    assert report_flags(report, "H") == [("H201", "could cut")]
    assert [(q["speaker"]["text"], q["speaker"]["kind"]) for q in report["quotes"]] == [
        ("Many on Wall Street", "vague")
    ]


def test_took_to_social_media_to_complain() -> None:
    """The phone fixture: "Some fans have already taken to social media to complain that the
    Nova 7 drops the headphone jack" made no report (only H104 'Some'); "Trump took to Twitter
    to say that the poll was rigged" left 'rigged' in the reporter's voice (L101)."""
    text = (
        "Some drivers have already taken to social media to complain that the new lanes are "
        "a shambles. The minister took to Twitter on Sunday to say the scheme was a success.\n"
    )
    report = checked_report(text)
    assert [
        (q["text"], q["speaker"]["text"]) for q in report["quotes"]
    ] == [
        ("the new lanes are a shambles", "Some drivers"),
        ("the scheme was a success", "The minister"),
    ]
    assert report_flags(report, "A") == [("A201", "Some drivers")]
