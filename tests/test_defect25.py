"""Round 25 (DEFECT25): known defects in quotes, speakers and names.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from types import SimpleNamespace

from quote_helpers import checked_report

from newscheck.stages import quotes
from newscheck.stages.language import SourcingFlags


def _source_flags(report: dict) -> list[tuple[str, str]]:
    return [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][:1] == "A"]


# -- 7: small ones --------------------------------------------------------------------------------


def test_something_after_feared_is_no_gerund() -> None:
    """"feared something had gone wrong" opens a clause; "feared being barred" stays a gerund
    object (guard)."""
    assert quotes._GERUND_AFTER.match("feared something had gone wrong", 6) is None
    assert quotes._GERUND_AFTER.match("feared nothing would change", 6) is None
    assert quotes._GERUND_AFTER.match("feared being barred", 6) is not None
    assert quotes._GERUND_AFTER.match("feared not getting paid", 6) is not None


def test_a_longer_anonymity_reason_that_starts_earlier_still_holds_a_span() -> None:
    """Two reasons, the first longer and holding the second: a span after the second but
    inside the first is inside a reason (the last reason starting before it was the only one
    read)."""
    reason = SimpleNamespace
    document = SimpleNamespace(
        findings=[],
        sources=[
            SimpleNamespace(anonymity_reason=reason(start=10, end=100)),
            SimpleNamespace(anonymity_reason=reason(start=20, end=30)),
            SimpleNamespace(anonymity_reason=None),
        ],
    )
    flags = SourcingFlags(document)
    assert flags.inside_anonymity_reason(40, 50)
    assert flags.inside_anonymity_reason(22, 28)
    assert not flags.inside_anonymity_reason(95, 105)
    assert not flags.inside_anonymity_reason(5, 12)


BALLOT_HEADLINES = (
    "NURSES REJECT PAY OFFER IN BALLOT\n\nThe union will meet health officials on Friday.\n",
    "Nurses reject pay offer in Ballot\n\nThe union will meet health officials on Friday.\n",
)


def test_a_ballot_result_in_capitals_is_no_vague_source() -> None:
    """The pre-test for "ballot" was case-sensitive while its regex is not: a headline in
    capitals was flagged A201."""
    for text in BALLOT_HEADLINES:
        assert _source_flags(checked_report(text)) == []


# -- 1: a lede's role, named in the next paragraph -------------------------------------------------

LEDE_ROLE = (
    "WASHINGTON (Reuters) - The top U.S. commander in the Middle East said on Tuesday that "
    "militias backed by Tehran had carried out more than 40 attacks on American bases since "
    "October.\n\n"
    "Army Gen. Michael E. Kurilla, the commander of U.S. Central Command, told reporters at the "
    "Pentagon that the strikes had been calibrated to avoid a wider war.\n"
)
LEDE_TITLE = (
    "KYIV (Reuters) - The Ukrainian president said on Monday that his forces had retaken two "
    "villages near the river.\n\n"
    "President Volodymyr Zelensky told a news conference that the push would go on through the "
    "winter.\n"
)
LEDE_DEPUTY = (
    "WASHINGTON (Reuters) - The top U.S. commander in the Middle East said on Tuesday that "
    "militias had carried out more than 40 attacks on American bases since October.\n\n"
    "Adm. Brad Cooper, the deputy commander of U.S. Central Command, told reporters that the "
    "strikes had been calibrated to avoid a wider war.\n"
)
LEDE_OTHER = (
    "LONDON - The chief executive of the water company said on Friday that bills would rise by a "
    "fifth.\n\n"
    "Mara Lindqvist, the chairwoman of the regulator, said the rise was not justified.\n"
)


def _speaker_names(report: dict) -> list[tuple[str, str]]:
    return [
        (q["speaker"]["text"], q["speaker"]["name"]) for q in report["quotes"] if q["speaker"]
    ]


def test_a_lede_role_joins_the_person_the_next_paragraph_names_with_it() -> None:
    """"The top U.S. commander ... said" and "Gen. Michael E. Kurilla, the commander of ...,
    told" were two sources; the lede's role is the person named with it next (an apposition
    or a title)."""
    report = checked_report(LEDE_ROLE)
    assert _speaker_names(report) == [
        ("The top U.S. commander in the Middle East", "Michael E. Kurilla"),
        ("Army Gen. Michael E. Kurilla", "Michael E. Kurilla"),
    ]
    assert [s["name"] for s in report["sources"]] == ["Michael E. Kurilla"]
    report = checked_report(LEDE_TITLE)
    assert [name for _, name in _speaker_names(report)] == ["Volodymyr Zelensky"] * 2
    assert [s["name"] for s in report["sources"]] == ["Volodymyr Zelensky"]


LEDE_RANK = (
    "WASHINGTON (Reuters) - The top U.S. commander in the Middle East said on Tuesday that "
    "militias had carried out more than 40 attacks on American bases since October.\n\n"
    "Army Gen. Michael E. Kurilla told reporters at the Pentagon that the strikes had been "
    "calibrated to avoid a wider war.\n"
)


def test_a_lede_commander_is_the_general_named_next() -> None:
    """The wire convention with no apposition: "Gen. Michael E. Kurilla told" after "The top
    U.S. commander ... said" is that commander (a general's or an admiral's rank holds the
    role "commander")."""
    report = checked_report(LEDE_RANK)
    assert [name for _, name in _speaker_names(report)] == ["Michael E. Kurilla"] * 2
    assert [s["name"] for s in report["sources"]] == ["Michael E. Kurilla"]


def test_a_lede_role_stays_apart_from_a_name_holding_another_role() -> None:
    """Guard: a deputy commander is not the top commander, a regulator's chairwoman no water
    company's chief executive."""
    assert _speaker_names(checked_report(LEDE_DEPUTY)) == [
        (
            "The top U.S. commander in the Middle East",
            "The top U.S. commander in the Middle East",
        ),
        ("Adm. Brad Cooper", "Brad Cooper"),
    ]
    assert _speaker_names(checked_report(LEDE_OTHER)) == [
        ("The chief executive of the water company", "The chief executive of the water company"),
        ("Mara Lindqvist", "Mara Lindqvist"),
    ]


# -- 3: a body's noun right before a name ----------------------------------------------------------

BOOKING_SITE = (
    "Reservations at restaurants in the old town fell by a third in May, according to the "
    "booking site TableNow. Chef Marco Bellini said his dining room had been half empty on "
    "Saturdays. \"We are not going anywhere,\" he said.\n"
)


def test_a_name_after_a_site_or_group_noun_is_a_body() -> None:
    """"the booking site TableNow" was a person, and the chef's "he" could go to it; an
    outlet's or a body's role noun ("site", "group") right before a capitalised name types
    the name as a body. The chef keeps his quotation (guard)."""
    report = checked_report(BOOKING_SITE)
    assert [
        (q["speaker"]["text"], q["speaker"]["name"], q["speaker"]["kind"])
        for q in report["quotes"]
    ] == [
        ("the booking site TableNow", "TableNow", "organization"),
        ("Chef Marco Bellini", "Marco Bellini", "person"),
        ("he", "Marco Bellini", "person"),
    ]
    from newscheck.stages.mentions import classify_mention

    assert classify_mention("the pop group Velvet Fire") == "organization"
    assert classify_mention("the news site Axion") == "outlet"  # guard
    assert classify_mention("the campaign manager Ann Lee") == "person"  # guard


# -- 2: "he" after narration about someone else ----------------------------------------------------

NARRATION_HEAD = (
    "Carl Brenner, the former deputy mayor, is accused of steering a paving contract to a "
    "friend's firm.\n\n"
    "\"The contract was awarded fairly,\" said Lena Ortiz, a spokeswoman for the city.\n\n"
)
NARRATION_TAIL = "\n\n\"I never touched that bid,\" he said in an interview on Friday.\n"


def _last_speaker(text: str) -> tuple[str, str]:
    quote = checked_report(text)["quotes"][-1]
    return quote["speaker"]["text"], quote["speaker"]["name"]


def test_he_after_narration_about_a_described_person_is_that_person() -> None:
    """"The former deputy mayor has always denied any wrongdoing" is about Carl Brenner (the
    story's "Carl Brenner, the former deputy mayor,"): the next "he" was the spokeswoman
    quoted before."""
    middle = "The former deputy mayor has always denied any wrongdoing."
    assert _last_speaker(NARRATION_HEAD + middle + NARRATION_TAIL) == ("he", "Carl Brenner")


def test_he_is_no_group_of_lawyers() -> None:
    """"Brenner's lawyers said ..." made the next "he" the lawyers: several people are no he
    or she."""
    quoted = (
        "Carl Brenner was not in court on Monday.\n\n"
        "\"Our client will be cleared,\" Brenner's lawyers said in a statement.\n\n"
        "\"I never touched that bid,\" he said in an interview on Friday.\n"
    )
    assert _last_speaker(quoted) == ("he", "Carl Brenner")
    reported = (
        "Carl Brenner, the former deputy mayor, was not in court on Monday. Brenner's lawyers "
        "said the case was political.\n\n"
        "\"I never touched that bid,\" he said in an interview on Friday.\n"
    )
    assert _last_speaker(reported) == ("he", "Carl Brenner")


def test_a_narrated_role_without_a_named_holder_changes_nothing() -> None:
    """Guard: "The former mayor has ..." with no apposition naming a former mayor leaves the
    speaker quoted before."""
    head = (
        "A paving contract is under review.\n\n"
        "\"The contract was awarded fairly,\" said Tom Ortiz, a spokesman for the city.\n\n"
    )
    middle = "The former mayor has always denied any wrongdoing."
    assert _last_speaker(head + middle + NARRATION_TAIL) == ("he", "Tom Ortiz")


# -- 5: a sentence's capital is no speaker; a birth is no report ---------------------------------

RATES = (
    "Interest rates rose for a fifth month, and economists say the \"cheap money era\" is "
    "over.\n\n"
    "Mortgage rates rose, and the \"cheap money era\" is over for buyers.\n\n"
    "Gun rights advocates have long opposed the \"red flag\" law.\n\n"
    "Councillor Ruth Abney has called the plan \"a giveaway\" twice this year. Abney wants "
    "a \"full inquiry\" into the deal.\n"
)


def test_a_common_noun_opening_a_sentence_is_no_partial_quotes_speaker() -> None:
    """"Mortgage rates rose, and the 'cheap money era' is over" credited the partial quote to a
    person "Mortgage", "Gun rights advocates have long opposed the 'red flag' law" to "Gun";
    a capitalised word the story never writes mid-sentence, whose phrase goes on in lower
    case, is no name. A surname the story gives ("Abney wants") keeps it (guard). After the
    lead's round-25 change to group phrases ("Tech industry groups"), "Gun rights advocates" is
    read whole, and "opposed" credits the partial to them, as it does any stance's subject."""
    report = checked_report(RATES)
    partials = [
        (q["text"], q["speaker"] and q["speaker"]["name"])
        for q in report["quotes"]
        if q["kind"] == "partial"
    ]
    assert ("\"cheap money era\"", None) in partials
    assert not any(name in ("Mortgage", "Interest", "Gun") for _, name in partials)
    assert ("\"red flag\"", "Gun rights advocates") in partials
    assert ("\"full inquiry\"", "Ruth Abney") in partials
    assert all(s["name"] not in ("Mortgage", "Interest", "Gun") for s in report["sources"])


BIRTHS = (
    "The actress welcomed a baby boy in June, her publicist said. She and her husband "
    "welcomed their first child, a daughter, in 2021. The city's museum welcomed 2 million "
    "visitors last year.\n\n"
    "The mayor welcomed the ruling on Monday.\n"
)


def test_welcomed_a_baby_reports_nothing() -> None:
    """"welcomed a baby boy" was read as a view the actress reported ("a baby boy in June");
    a newborn or guests after "welcomed" are no report. "welcomed the ruling" still reports
    (guard), and the publicist's report stays."""
    report = checked_report(BIRTHS)
    assert [(q["text"], q["speaker"]["text"]) for q in report["quotes"]] == [
        ("The actress welcomed a baby boy in June", "her publicist"),
        ("the ruling on Monday", "The mayor"),
    ]


# -- 4: a group's name that opens its sentence ---------------------------------------------------

GROUP_NAMES = (
    "The travelling circus left town on Sunday. In Defense of Animals said the elephants had "
    "been kept in chains. Citizens for Responsibility and Ethics in Washington said the "
    "permit broke federal law. Mothers Against Drunk Driving said the new limit would save "
    "lives. Officials in Washington said the talks had failed.\n"
)


def test_a_group_name_opening_its_sentence_stays_whole() -> None:
    """"In Defense of Animals" lost its "In" and was a person; "Citizens for Responsibility
    and Ethics in Washington" was "Ethics", "Mothers Against Drunk Driving" "Drunk Driving".
    "Officials in Washington" stays what it was (guard)."""
    report = checked_report(GROUP_NAMES)
    assert [
        (q["speaker"]["text"], q["speaker"]["kind"]) for q in report["quotes"] if q["speaker"]
    ] == [
        ("In Defense of Animals", "organization"),
        ("Citizens for Responsibility and Ethics in Washington", "organization"),
        ("Mothers Against Drunk Driving", "organization"),
        ("Officials in Washington", "anonymous"),
    ]


# -- 6: the main clause's cue after a comma comes from the lexicon ---------------------------------

MAIN_CUE = (
    "Harbor Civil, which maintains the flood defences, said on Monday the barrier would hold. "
    "Dana Holt, who said the council had ignored the warnings in 2019, recounted the meeting "
    "in detail.\n"
)


def test_the_main_cue_after_a_relative_clause_reads_the_lexicon_section() -> None:
    """Guards (byte-identical refactor): the verbs that end a relative clause's object are the
    lexicon section ``[main_cue_after_comma]``, not a list in the code; the relative clause's
    object is no report, and a verb outside the section ("recounted") leaves the clause
    before it a report (widening to every [clause] form lost that one on PolNeAR)."""
    from newscheck.stages.attribution import attribution_words

    assert attribution_words("main_cue_after_comma") == quotes._MAIN_CUES_AFTER_COMMA
    assert {"said", "told", "warned", "states"} <= quotes._MAIN_CUES_AFTER_COMMA
    assert "recounted" not in quotes._MAIN_CUES_AFTER_COMMA
    report = checked_report(MAIN_CUE)
    assert [(q["text"], q["speaker"]["text"]) for q in report["quotes"]] == [
        ("the barrier would hold", "Harbor Civil"),
        ("the council had ignored the warnings in 2019", "Dana Holt"),
        ("the meeting in detail", "Dana Holt"),
    ]
