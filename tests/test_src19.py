"""Round 19 (SRC19): sourcing recall on unnamed sources (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from newscheck.stages.mentions import classify_mention
from tests.sourcing_helpers import checked_findings

FLAG_RULES = ("A101", "A102", "A201", "A202", "A203")


def _flagged(text: str) -> list[tuple[str, str]]:
    """(rule, words) of the anonymous/vague flags of ``text``, each span read back exactly."""
    return [(f.rule, f.text) for f in checked_findings(text) if f.rule in FLAG_RULES]


def test_a_faction_is_an_open_class() -> None:
    text = "The anti-tax faction insists that the levy will be repealed next year."
    assert _flagged(text) == [("A201", "The anti-tax faction")]
    assert classify_mention("The anti-tax faction") == "vague"


def test_a_faction_of_the_party_credited_with_a_view() -> None:
    text = "A faction of the party argued on Monday for a delay of the vote."
    assert _flagged(text) == [("A201", "A faction of the party")]


def test_investigations_as_unnamed_authority() -> None:
    text = "Investigations have revealed that the inspectors' warnings were ignored for months."
    assert _flagged(text) == [("A202", "Investigations have revealed")]


def test_one_named_investigation_is_a_document_not_a_weasel() -> None:
    text = "The inspector general's investigation found that the warnings were ignored."
    assert _flagged(text) == []


def test_a_sentence_opening_quantifier_is_no_name() -> None:
    assert classify_mention("More women") == "unknown"
    assert classify_mention("Most women") == "unknown"
    assert classify_mention("Both sides") == "unknown"
    assert classify_mention("More Democrats") == "vague"  # the collective still decides
    assert classify_mention("Both Clinton and Sanders") == "person"  # a name after it still does


def test_a_contact_relative_subject_ends_the_group() -> None:
    # the critics are the object of his disagreement, not a source; "he" had been swallowed
    # into the group's post-modifier ("critics of the plan he") and the group flagged
    text = (
        "While he backs the mayor, Kessler admits there are critics of the plan he does not "
        "see eye to eye with."
    )
    assert _flagged(text) == []


def test_a_post_modifier_still_grows_before_a_verb() -> None:
    text = "Critics of the plan say it would cost the county too much."
    assert _flagged(text) == [("A201", "Critics of the plan")]


def test_they_in_a_result_clause_is_a_second_claim() -> None:
    text = "Some Republicans are so opposed to the governor that they're endorsing his rival."
    assert _flagged(text) == [("A201", "Some Republicans"), ("A201", "they")]


def test_they_in_a_result_clause_after_a_that_clause() -> None:
    text = (
        "Party leaders are so worried that the senator could stumble in the debates that they "
        "are willing to cancel two of them."
    )
    assert _flagged(text) == [("A201", "Party leaders"), ("A201", "they")]


def test_they_in_the_groups_reported_clause_joins_it() -> None:
    text = "Officials say that they expect a deal by Friday."
    assert [rule for rule, words in _flagged(text) if words == "they"] == []


def test_said_so_is_no_result_clause() -> None:
    text = "Critics said so, adding that they expect a delay."
    assert [rule for rule, words in _flagged(text) if words == "they"] == []


def test_a_result_clause_after_the_subjects_act_stays_one_flag() -> None:
    # the group is credited once, by the reaction the draft caused (round 5)
    text = "The draft so annoyed state officials that they called an emergency session."
    assert _flagged(text) == [("A101", "state officials")]


def _speaker_of(text: str) -> tuple[str, str]:
    from newscheck.pipeline import build_document, run_stages

    document = build_document(text)
    run_stages(document, ("sentences", "quotes"))
    (quote,) = [q for q in document.quotes if q.speaker is not None]
    speaker = quote.speaker
    assert text[speaker.start : speaker.end] == speaker.text
    return speaker.text, speaker.kind


def test_a_contracted_who_opens_a_relative_clause_for_the_speaker() -> None:
    text = (
        "Many of the county party chairs who’d rather be campaigning for another candidate "
        "said they have rallied behind the nominee."
    )
    assert _speaker_of(text) == ("Many of the county party chairs", "vague")
    assert _flagged(text) == [("A201", "Many of the county party chairs")]


def test_a_contracted_who_ve_reads_like_who_have() -> None:
    contracted = "Two senators who've read the memo said it was damning."
    full = "Two senators who have read the memo said it was damning."
    assert _speaker_of(contracted) == _speaker_of(full) == ("Two senators", "anonymous")
    assert _flagged(contracted) == [("A101", "Two senators")]


def test_a_light_verb_right_after_a_group_credits_its_view() -> None:
    assert _flagged("Economists offered their assessments of the budget on Friday.") == [
        ("A201", "Economists")
    ]
    assert _flagged("Voters held doubts about the bond measure.") == [("A201", "Voters")]


def test_a_group_with_a_light_verb_participle_credits_its_view() -> None:
    text = "We examine the council's record on housing, with experts offering their assessments."
    assert _flagged(text) == [("A201", "experts")]


def test_a_light_verb_without_a_view_noun_credits_nothing() -> None:
    assert _flagged("Officials held a meeting on Tuesday to discuss the budget.") == []
    assert _flagged("Residents made the trip to the capital by bus.") == []


def test_a_group_joined_to_a_plural_of_bodies_is_one_source() -> None:
    text = (
        "While Democratic groups and the party committees circulate all the reasons the senator "
        "could lose, the governor is not celebrating."
    )
    assert _flagged(text) == [("A201", "Democratic groups and the party committees")]


def test_a_joined_plural_of_bodies_credited_with_nothing_is_no_source() -> None:
    assert _flagged("Residents and local businesses were evacuated on Sunday.") == []


def test_a_partitive_keeps_its_modifier() -> None:
    text = "A group of angry parents said the new bus routes were unsafe."
    assert _flagged(text) == [("A201", "A group of angry parents")]


def test_a_group_with_a_with_phrase_before_its_verb() -> None:
    text = (
        "In late September, a group of black parents with kids in charter schools sent a "
        "letter to the board urging it to reconsider."
    )
    assert _flagged(text) == [("A201", "a group of black parents")]


def test_a_counted_coalition_stays_a_count() -> None:
    text = (
        "A coalition of nearly 40 groups - including the American Academy of Pediatrics and "
        "Easter Seals - sent a letter this week urging Congress to act."
    )
    assert _flagged(text) == []


def test_a_comparative_quantifier_after_a_cue() -> None:
    text = "The mayor, meanwhile, is supported by far fewer publications than her rival."
    assert _flagged(text) == [("A201", "far fewer publications")]


def test_fewer_opens_a_group_like_few() -> None:
    assert _flagged("Fewer economists now say the levy will pass.") == [
        ("A201", "Fewer economists")
    ]
    assert _flagged("Fewer voters turned out this year than in 2012.") == []


def test_dissent_from_within_a_party_is_vague() -> None:
    text = "He has faced criticism even from within his own party for the remarks."
    assert _flagged(text) == [("A201", "within his own party")]


def test_dissent_inside_and_outside_a_named_body() -> None:
    text = "This view has drawn criticism both inside and outside the Fed. Meyer disagreed."
    assert ("A201", "both inside and outside the Fed") in _flagged(text)


def test_dissent_from_within_with_a_named_member_is_not_vague() -> None:
    text = "The bill faced opposition from within the caucus, including Sen. Ann Roe of Ohio."
    assert _flagged(text) == []


def test_a_number_of_people_is_a_partitive_group() -> None:
    assert classify_mention("A number of economists") == "vague"
    assert classify_mention("a number of countries") == "unknown"  # no people in it
    text = 'A number of readers wrote in: "Is the mayor right about the budget?"'
    assert _speaker_of(text) == ("A number of readers", "vague")
