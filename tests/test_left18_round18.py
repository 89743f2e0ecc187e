"""Round 18 (LEFT18): left-over attribution defects: a claim named by a noun cue inside a
clause verb's object, the noun cue's content end, aspect verbs before a cue, and an
organisation name with an inner "in"/"for"/"of"."""

from __future__ import annotations

import pytest

from tests.quote_helpers import checked_report, report_quotes


def test_rejected_claim_by_critics_belongs_to_the_critics():
    # the that-clause is the critics' claim; the board's report is the whole object it rejected
    report = checked_report(
        "The transport board rejected claims by critics that the congestion levy was unfair."
    )
    assert sorted(report_quotes(report)) == sorted(
        [
            ("the congestion levy was unfair", "critics", "vague", "claims by"),
            (
                "claims by critics that the congestion levy was unfair",
                "The transport board",
                "organization",
                "rejected",
            ),
        ]
    )
    assert [(f["rule"], f["text"]) for f in report["findings"]] == [("A201", "critics")]


def test_participle_before_a_noun_cue_is_its_adjective():
    # "repeated" after a preposition describes the warnings: no second, longer quote of the
    # sentence's subject around the lawyer's
    report = checked_report(
        "The hearing went ahead despite repeated warnings from her lawyer that the witness "
        "would not answer."
    )
    assert report_quotes(report) == [
        ("the witness would not answer", "her lawyer", "person", "warnings from")
    ]


def test_rejected_claim_is_nested_like_rejected_what_critics_called():
    # the same shape as 'rejected what critics called "..."': the actor's content is the
    # whole object, the critics own their words
    report = checked_report('The transport board rejected what critics called "an unfair levy".')
    assert sorted(report_quotes(report)) == sorted(
        [
            ('"an unfair levy"', "critics", "vague", "called"),
            (
                'what critics called "an unfair levy"',
                "The transport board",
                "organization",
                "rejected",
            ),
        ]
    )


def _noun_cue_contents(text: str) -> list[str]:
    return [
        quote
        for quote, _, _, cue in report_quotes(checked_report(text))
        if cue is not None and cue.endswith((" by", " from"))
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The inquiry looked into claims by some that the count was rigged, which election "
            "officials have denied, and found nothing.",
            "the count was rigged",
        ),
        (
            "Parents repeated warnings from the school nurse that the outbreak would spread, "
            "who had asked them to keep children home.",
            "the outbreak would spread",
        ),
        (
            "Residents shrugged off warnings from the coastguard that the pier was unsafe "
            "\u2014 a charge the council disputes.",
            "the pier was unsafe",
        ),
        (  # an unspaced em dash; an en dash inside a range is no boundary
            "Fans dismissed warnings from the club that the 2024\u201325 season would be "
            "its last\u2014a claim it later withdrew.",
            "the 2024\u201325 season would be its last",
        ),
        (  # an aside before the clause's verb stays inside it
            "Voters heard claims by some that the new stadium, which cost $40m, would never "
            "pay for itself.",
            "the new stadium, which cost $40m, would never pay for itself",
        ),
        (  # a plain comma is no boundary
            "Shoppers ignored warnings from the council that the car park, built in 1971, "
            "was crumbling.",
            "the car park, built in 1971, was crumbling",
        ),
    ],
)
def test_noun_cue_content_ends_at_a_relative_or_dash_after_its_verb(text, content):
    assert _noun_cue_contents(text) == [content]


def _speaker_spans(text: str) -> list[tuple[str, str]]:
    report = checked_report(text)
    return [(q["speaker"]["text"], q["cue"]["text"]) for q in report["quotes"] if q["speaker"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers' union kept warning that the terminal would close by spring.",
            [("The dockers' union", "warning")],
        ),
        (
            "Councillor Petra Lind keeps insisting that the bypass will be finished on time.",
            [("Councillor Petra Lind", "insisting")],
        ),
        (
            "The hospital trust began warning that waiting lists would grow over winter.",
            [("The hospital trust", "warning")],
        ),
        (  # already right at round start; kept so
            "The dockers' union has repeatedly warned that the terminal would close.",
            [("The dockers' union", "warned")],
        ),
        (
            "The dockers' union, for its part, kept insisting that the terminal would close.",
            [("The dockers' union", "insisting")],
        ),
    ],
)
def test_aspect_verb_before_an_ing_cue_is_no_part_of_the_speaker(text, expected):
    assert _speaker_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Organization for Security and Co-operation in Europe said the count had been "
            "orderly.",
            ("The Organization for Security and Co-operation in Europe", "organization"),
        ),
        (
            "In its interim report, the Organization for Security and Co-operation in Europe "
            "said the count had been orderly.",
            ("the Organization for Security and Co-operation in Europe", "organization"),
        ),
        (
            "The Council on Foreign Relations said sanctions had failed.",
            ("The Council on Foreign Relations", "organization"),
        ),
        (  # the name does not open with a body word: "in Arizona" stays a place, as before
            "Officials in Arizona said the count had been orderly.",
            ("Officials in Arizona", "anonymous"),
        ),
    ],
)
def test_body_name_with_inner_preposition_stays_whole(text, speaker):
    report = checked_report(text)
    assert [(q["speaker"]["text"], q["speaker"]["kind"]) for q in report["quotes"]] == [speaker]


def test_whole_body_name_makes_no_anonymity_flag():
    report = checked_report(
        "The Organization for Security and Co-operation in Europe said the count had been "
        "orderly."
    )
    assert [f["rule"] for f in report["findings"]] == []
    assert [(s["name"], s["kind"]) for s in report["sources"]] == [
        ("Organization for Security and Co-operation in Europe", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Council on Rural Affairs Executive Director Mara Lindqvist said the count "
            "had been orderly.",
            "Mara Lindqvist",
        ),
        (
            "Anna Berg of the University of Leeds and Professor Okafor said the count had "
            "been orderly.",
            "Okafor",
        ),
    ],
)
def test_person_titled_after_a_body_name_stays_the_speaker(text, name):
    # a person's title after the connector: the name is not widened to the body's
    report = checked_report(text)
    assert [(q["speaker"]["name"], q["speaker"]["kind"]) for q in report["quotes"]] == [
        (name, "person")
    ]
