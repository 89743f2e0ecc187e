"""Round 24 (lead): sourcing flags read on a chess inquiry, a data breach, a census row and a zoo
escape."""

from __future__ import annotations

from quote_helpers import checked_report

from newscheck import analyze_text


def _rules(text: str, prefix: str) -> list[tuple[str, str, str]]:
    return [
        (f.rule, f.text, f.voice) for f in analyze_text(text).findings
        if f.rule.startswith(prefix)
    ]


def test_a_purpose_naming_unpublished_deliberations_is_a_reason_for_anonymity() -> None:
    text = (
        "Officials have privately acknowledged problems with the count, according to two "
        "people briefed on internal discussions. The people spoke on the condition of "
        "anonymity to discuss deliberations that have not been made public.\n"
    )
    report = checked_report(text)
    people = next(s for s in report["sources"] if s["name"].startswith("two people"))
    assert people["anonymity_reason"]["text"] == (
        "to discuss deliberations that have not been made public"
    )
    assert ("A101", "two people briefed on internal discussions", "author") not in _rules(
        text, "A1"
    )


def test_documents_that_are_not_public_give_nobody_a_reason() -> None:
    text = (
        "The journalists vetted the documents, many of which have not been made public, and "
        "withheld information that government officials said would compromise security.\n"
    )
    assert _rules(text, "A1") == [("A101", "government officials", "author")]


def test_a_speakers_own_family_inside_a_quotation_is_no_vague_group() -> None:
    text = (
        "\u201cMy kids thought it was the most exciting thing that ever happened,\u201d said "
        "Dana Whitfield, who lives two blocks from the ravine.\n\n"
        "Some parents say the school failed to warn them.\n"
    )
    assert _rules(text, "A2") == [("A201", "Some parents", "author")]


def test_an_interview_with_a_named_newspaper_credits_the_newspaper_by_name() -> None:
    text = (
        "The federation's president said in an interview with the Russian newspaper "
        "Kommersant that the inquiry would be thorough.\n\n"
        "A columnist for the tech news site Pando said the rules were weak.\n"
    )
    assert _rules(text, "A3") == [("A301", "the Russian newspaper Kommersant", "author")]
    outlets = [s["name"] for s in checked_report(text)["sources"] if s["kind"] == "outlet"]
    assert "Kommersant" in outlets


def test_a_state_broadcaster_is_credited_by_its_name() -> None:
    text = (
        "The head of the civil protection agency told state broadcaster RUV that the barriers "
        "had held.\n"
    )
    assert _rules(text, "A3") == [("A301", "state broadcaster RUV", "author")]
    assert [s["name"] for s in checked_report(text)["sources"] if s["kind"] == "outlet"] == [
        "RUV"
    ]


def test_a_daily_in_a_papers_title_stays_in_its_name() -> None:
    text = "The New York Daily News reported that the suspect had fled.\n"
    outlets = [s["name"] for s in checked_report(text)["sources"] if s["kind"] == "outlet"]
    assert outlets == ["New York Daily News"]


def test_an_unnamed_description_set_off_after_a_name_describes_the_named_person() -> None:
    text = (
        "Retired Col. Ann Wright, a former diplomat who resigned in protest over the Iraq war, "
        "said the military had a long history of minimizing civilian deaths.\n"
    )
    assert _rules(text, "A1") == []
    assert [s["name"] for s in checked_report(text)["sources"]] == ["Ann Wright"]


def test_an_unnamed_speaker_after_a_name_and_a_comma_still_speaks() -> None:
    text = (
        "A request to interview her would have to be reviewed by officials at the Justice "
        "Department, a former official said.\n"
    )
    assert _rules(text, "A1") == [("A101", "a former official", "author")]


def test_both_spoke_on_condition_of_anonymity_refers_back_to_the_pair() -> None:
    text = (
        "Two people who have read a draft said it found that millions of dollars had been paid "
        "to contractors who never delivered units. Both spoke on condition of anonymity because "
        "the document has not been released.\n"
    )
    anonymous = [s for s in checked_report(text)["sources"] if s["kind"] == "anonymous"]
    assert [s["name"] for s in anonymous] == ["Two people"]
    assert anonymous[0]["anonymity_reason"]["text"] == (
        "because the document has not been released"
    )


def test_friends_of_the_earth_is_an_organisation_not_an_anonymous_group() -> None:
    text = (
        "Friends of the Earth, a campaign group, said the plan was flawed.\n\n"
        "Friends of the minister said he had been treated unfairly.\n"
    )
    kinds = {s["name"]: s["kind"] for s in checked_report(text)["sources"]}
    assert kinds["Friends of the Earth"] == "organization"
    assert _rules(text, "A1") == [("A101", "Friends of the minister", "author")]
