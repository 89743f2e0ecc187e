"""Round 26 (DEFECT26): known quote, speaker and source defects (issues #3, #5).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck.stages import language
from newscheck.stages.mentions import classify_mention


def _hedges(report: dict) -> list[tuple[str, str, str, str]]:
    return [
        (f["rule"], f["text"], f["voice"], f["message"])
        for f in report["findings"]
        if f["rule"][:1] == "H"
    ]


# -- 5: one function words a hedge's message, whoever said it -------------------------------------


def test_a_flagged_sources_hedge_is_worded_by_hedge_message_alone() -> None:
    """What a flagged group suggested, unquoted: the note written for the reporter's voice says
    "in what a source said"; another note gets "(the source's words, in what it said)". One
    function words both (`_source_voiced` is gone), byte for byte as before."""
    assert not hasattr(language, "_source_voiced")
    forecast = "Some engineers suggested the launch was likely to slip by a month.\n"
    assert _hedges(checked_report(forecast)) == [
        (
            "H205",
            "was likely to",
            "quoted",
            "'was likely to': a forecast in what a source said — say who expects it",
        )
    ]
    modal = "Some engineers suggested the leak could delay the launch by a month.\n"
    assert _hedges(checked_report(modal)) == [
        (
            "H201",
            "could delay",
            "quoted",
            "'could delay' presents a possibility as news — say who expects it, or what is known"
            " (the source's words, in what it said)",
        )
    ]


# -- 2: only a subject that can vote votes on a measure -------------------------------------------


def _report_rows(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str, str | None]]]:
    report = checked_report(text)
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][:1] == "A"]
    quotes = [
        (q["kind"], q["text"], q["speaker"] and q["speaker"]["text"]) for q in report["quotes"]
    ]
    return flags, quotes


def test_critics_who_reject_a_budget_give_a_view() -> None:
    """Critics, experts, analysts cannot vote: they reject a budget in speech."""
    assert _report_rows("Critics of the council rejected the budget on Thursday.\n") == (
        [("A201", "Critics of the council")],
        [("indirect", "the budget on Thursday", "Critics of the council")],
    )
    assert _report_rows("Several economists rejected the budget.\n") == (
        [("A201", "Several economists")],
        [],
    )


def test_voters_and_lawmakers_who_reject_a_measure_vote() -> None:
    """Guard: voters, lawmakers, shareholders, a named senator vote (round 25)."""
    for text in (
        "County voters narrowly rejected the school budget on Tuesday.\n",
        "Lawmakers rejected the spending bill by a wide margin.\n",
        "Shareholders rejected the motion at the annual meeting.\n",
        "Senator Ann Marlow rejected the legislation on Friday.\n",
    ):
        assert _report_rows(text) == ([], []), text


# -- 3: whose officials they are belongs in the flag ----------------------------------------------


def test_the_body_before_officials_is_in_the_flag() -> None:
    """ "zoo officials", "hospital officials", "club officials": the body names whose officials
    they are, after a comma or a conjunction as at a sentence's start."""
    text = (
        "The snow leopard had been sedated before the move, zoo officials said. The keeper was "
        "treated for a bite, but hospital officials said he was in stable condition, and "
        "club officials warned that the enclosure was unsafe.\n"
    )
    flags, _ = _report_rows(text)
    assert flags == [
        ("A101", "zoo officials"),
        ("A101", "hospital officials"),
        ("A101", "club officials"),
    ]


def test_a_group_after_by_keeps_its_cue() -> None:
    """Guard: "backed by union members" stays as before (no flag of its own)."""
    flags, _ = _report_rows("The strike was backed by union members across the state.\n")
    assert flags == []


# -- 4: a capitalised title of two words before a name is a person's ------------------------------


def test_a_capitalised_title_after_a_body_word_names_a_person() -> None:
    """ "Police Chief Ann Lee": the body word ("Police", "Council") says whose chief; the title
    and the name after it make a person, as "Fire Chief Tom Reyes" was already."""
    for mention in (
        "Police Chief Ann Lee",
        "Fire Chief Tom Reyes",
        "Deputy Police Commissioner Maria Ortiz",
        "Council Leader Sam Byrne",
        "Riverton Police Chief Lee",
    ):
        assert classify_mention(mention) == "person", mention


def test_a_body_named_after_a_title_stays_a_body() -> None:
    """Guard: a body's word after the title ("Police Chiefs Association", "the Police Chief
    Association") or none at all before a body's name."""
    assert classify_mention("the Police Chief Association") == "organization"
    assert classify_mention("Police Officers Association") == "organization"
    assert classify_mention("the Riverton Police Department") == "organization"


# -- 6: a speaker before a relative clause without commas -----------------------------------------


def test_a_speaker_before_a_relative_without_commas_is_found() -> None:
    """ "Two diplomats who spoke on condition of anonymity warned" was found already (the known
    limit is no longer one); "Officials familiar with the talks who asked not to be named
    said" credited "the talks": the first window opened on "with"."""
    text = (
        "Two diplomats who spoke on condition of anonymity warned that the ceasefire was "
        "fragile. Officials familiar with the talks who asked not to be named said a deal "
        "was close.\n"
    )
    flags, quotes = _report_rows(text)
    assert quotes == [
        ("indirect", "the ceasefire was fragile", "Two diplomats"),
        ("indirect", "a deal was close", "Officials familiar with the talks"),
    ]


def test_a_relative_clauses_report_ends_before_the_main_cue() -> None:
    """ "Officials who said they were not authorized to speak publicly warned that ...": two
    reports of the officials; the first had run on over "warned" to the sentence's end."""
    text = (
        "Two engineers who said they had not been paid since March warned that the site "
        "would close. A nurse who said she had seen the memo has also said it was shredded.\n"
    )
    _, quotes = _report_rows(text)
    assert quotes == [
        ("indirect", "they had not been paid since March", "Two engineers"),
        ("indirect", "the site would close", "Two engineers"),
        ("indirect", "she had seen the memo", "A nurse"),
        ("indirect", "it was shredded", "A nurse"),
    ]


def test_a_verb_inside_the_relative_clauses_report_is_not_the_main_cue() -> None:
    """Guard: "critics who say he should condemn ..." keeps its report whole ("condemn" after a
    modal is the report's own verb, not the main clause's)."""
    text = "The mayor answered critics who say he should condemn the strike as unlawful.\n"
    _, quotes = _report_rows(text)
    assert [q[1] for q in quotes if q[1].startswith("he should")] == [
        "he should condemn the strike as unlawful"
    ]


# -- 1: an indefinite lede role named in the next paragraph ---------------------------------------


def _speakers_and_sources(text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    report = checked_report(text)
    speakers = [
        (q["speaker"]["text"], q["speaker"]["name"], q["speaker"]["kind"])
        for q in report["quotes"]
        if q["speaker"]
    ]
    flags = [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][:1] == "A"]
    return speakers, flags


LEDE = (
    "Palace accused of rewriting history\n\n"
    "A royal biographer has accused the palace of quietly editing its archive to hide the "
    "king's part in the affair.\n\n"
)


def test_an_indefinite_lede_role_is_the_person_named_next_with_that_role() -> None:
    """ "A royal biographer" of the lede is "Eleanor Vance, a royal biographer whose ...": one
    named source, no anonymous second one."""
    text = LEDE + (
        "Eleanor Vance, a royal biographer whose new book is published on Thursday, said the "
        "letters were removed in 2019.\n"
    )
    assert _speakers_and_sources(text) == (
        [
            ("A royal biographer", "Eleanor Vance", "person"),
            ("Eleanor Vance", "Eleanor Vance", "person"),
        ],
        [],
    )


def test_a_former_aide_is_the_person_who_served_as_an_aide() -> None:
    """ "A former aide to the mayor" is "Daniel Okafor, who served as an aide to the mayor"."""
    text = (
        "Mayor knew of the contract\n\n"
        "A former aide to the mayor said on Monday that he had known of the contract for "
        "months.\n\n"
        "Daniel Okafor, who served as an aide to the mayor until 2024, said he had warned him "
        "twice.\n"
    )
    speakers, flags = _speakers_and_sources(text)
    assert speakers[0] == ("A former aide to the mayor", "Daniel Okafor", "person")
    assert flags == []


def test_a_name_without_the_lede_role_stays_a_second_person() -> None:
    """Guard (strict): no role noun by the name ("whose new book"), another's aide, or a lesser
    role the lede did not give ("An aide" is not "a former aide"): two people."""
    book = LEDE + (
        "Eleanor Vance, whose new book is published on Thursday, said the letters were "
        "removed in 2019.\n"
    )
    assert _speakers_and_sources(book)[0][0] == (
        "A royal biographer",
        "A royal biographer",
        "anonymous",
    )
    for lede, named in (
        ("A former aide to the mayor", "who served as an aide to the governor until 2024"),
        ("An aide to the mayor", "a former aide to the mayor"),
    ):
        text = (
            f"Mayor knew of the contract\n\n{lede} said on Monday that he had known of the "
            f"contract for months.\n\nDaniel Okafor, {named}, said he had warned him twice.\n"
        )
        speakers, flags = _speakers_and_sources(text)
        assert speakers[0] == (lede, lede, "anonymous"), text
        assert flags == [("A101", lede)], text
