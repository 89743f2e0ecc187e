"""Round-7b indirect-speech cues that are not verbs of saying or belief in a reporting frame:
"decide"/"challenging"/"pledged" with a plain object and "know" after a causative ("letting voters
know") gave groups a quote, and so false vague-source flags.  Every text here is invented."""

from __future__ import annotations

from quote_helpers import quotes_of as checked_quotes


def quotes_of(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue text, speaker text) of each quote, checking every span."""
    return [
        (q.kind, q.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
        for q in checked_quotes(text)
    ]


def test_decide_with_a_plain_object_is_no_report():
    text = "From now on, the voters in Ohio will decide winners and losers in the county races.\n"
    assert quotes_of(text) == []


def test_decide_as_reported_clause_keeps_its_quote():
    text = "Voters will decide in November, the senator said.\n"
    assert quotes_of(text) == [
        ("indirect", "Voters will decide in November", "said", "the senator"),
    ]


def test_decided_that_is_still_a_report():
    text = "The county board decided that the levy would go back on the ballot.\n"
    assert quotes_of(text) == [
        ("indirect", "the levy would go back on the ballot", "decided", "The county board"),
    ]


def test_challenging_a_named_rival_is_no_report():
    text = ("Several Democrats are expected to follow the lead of Rep. Dana Whitlow, who is "
            "challenging Sen. Martin Greer in the fall.\n")
    assert quotes_of(text) == []


def test_pledged_delegates_is_no_report():
    text = "The governor has won 412 pledged delegates, compared to 390 for her closest rival.\n"
    assert quotes_of(text) == []


def test_letting_voters_know_is_no_report():
    text = ("Waiting would draw criticism for not letting voters know there was a problem with "
            "their candidate.\n")
    assert quotes_of(text) == []


def test_know_with_a_real_subject_is_still_a_report():
    text = "Party officials knew they were short of money by the spring.\n"
    assert quotes_of(text) == [
        ("indirect", "they were short of money by the spring", "knew", "Party officials"),
    ]


def test_asking_whether_is_reported_speech():
    text = "Several senators are asking whether the bridge contract can be reopened.\n"
    assert quotes_of(text) == [
        ("indirect", "whether the bridge contract can be reopened", "asking",
         "Several senators"),
    ]


def test_declared_with_a_plain_object_is_no_report():
    text = "Several network anchors declared the governor the winner before midnight.\n"
    assert quotes_of(text) == []


def test_declared_that_is_still_a_report():
    text = "The state party declared that the recount was over.\n"
    assert quotes_of(text) == [
        ("indirect", "the recount was over", "declared", "The state party"),
    ]


def test_asking_for_a_quoted_name_is_no_report():
    text = ("Tenant groups were angry about the evictions. The Fair Homes coalition on Monday "
            'launched a mock website asking for designs for a "Landlord of the Year" trophy.\n')
    assert quotes_of(text) == []
