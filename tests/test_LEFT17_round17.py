"""Round 17: defects left from round 16 (LEFT17).

Each test fails on main at the round start unless its docstring says it is a guard.
"""

from __future__ import annotations

from quote_helpers import checked_report, flagged, speaker_of

# -- 1: a bare plural of a kind of body ("Universities said") ----------------------------------


def test_bare_plural_of_bodies_is_a_vague_speaker() -> None:
    """ "Universities said", "Hospitals warned", "..., airlines said": unnamed bodies of one
    kind, a vague collective flagged A201; they had been a person named "Universities"."""
    report = checked_report(
        "Universities said the new visa rules would cost them overseas students. "
        "Hospitals warned that winter waiting lists would grow. "
        "Fares will rise by a tenth next spring, airlines said."
    )
    assert speaker_of(report, "overseas students") == ("Universities", "vague")
    assert speaker_of(report, "waiting lists") == ("Hospitals", "vague")
    assert speaker_of(report, "Fares will rise") == ("airlines", "vague")
    assert flagged(report, "A201") == ["Universities", "Hospitals", "airlines"]


def test_bodies_named_in_apposition_or_by_name_are_not_vague() -> None:
    """ "Universities, including Durham and Exeter, said" names them (organization, no flag); a
    generic subject ("because banks rarely disclose") and a name the story capitalises
    mid-sentence ("Barclays") stay out of the rule, and "Authorities" stay anonymous."""
    report = checked_report(
        "Universities, including Durham and Exeter, said the cap was unworkable. "
        "Shares in Barclays fell. Barclays said profits were down. "
        "Authorities said the road would reopen on Friday."
    )
    assert speaker_of(report, "cap was unworkable") == ("Universities", "organization")
    assert speaker_of(report, "profits were down")[0] == "Barclays"
    assert speaker_of(report, "road would reopen") == ("Authorities", "anonymous")
    assert "Universities" not in flagged(report, "A2")
    assert "Barclays" not in flagged(report, "A")


# -- 2: a joint speaker of mixed kinds ---------------------------------------------------------


def test_joint_speaker_with_a_body_is_an_organization_in_either_order() -> None:
    """ "Coleman and Norway said" and "Norway and Coleman said": a joint statement with a body is
    the body's (organization) whichever comes first; it had been a person (a person in either
    half won). Two people stay a person."""
    report = checked_report(
        "Peace talks resumed in Oslo on Monday.\n\n"
        "The mediator, Ruth Coleman, arrived on Sunday.\n\n"
        "Coleman and Norway said the talks would last a week. "
        "Norway and Coleman said later that the first day had gone well. "
        "Coleman and Ruiz said no deal was close."
    )
    assert speaker_of(report, "last a week") == ("Ruth Coleman and Norway", "organization")
    assert speaker_of(report, "gone well") == ("Norway and Ruth Coleman", "organization")
    assert speaker_of(report, "no deal")[1] == "person"


# -- 6: a vague group inside a source's own quotation ------------------------------------------


def _sourcing(report: dict) -> dict:
    return report["scores"]["dimensions"]["sourcing"]


def test_group_inside_a_named_source_quotation_does_not_weigh_in_sourcing() -> None:
    """ "'Critics will say anything,' Mayor Dana Whitfield said": the critics are part of what
    she says, not a source the reporter relied on. The A201 stays (voice quoted) but costs the
    sourcing score nothing; it had cost a vague-attribution deduction."""
    report = checked_report(
        "The city council approved the new budget on Tuesday.\n\n"
        '"Critics will say anything to stop this plan," Mayor Dana Whitfield said after the '
        "vote."
    )
    flags = [f for f in report["findings"] if f["rule"] == "A201"]
    assert [(f["text"], f["voice"]) for f in flags] == [("Critics", "quoted")]
    assert _sourcing(report)["score"] == 100
    assert _sourcing(report)["reasons"] == []


def test_group_the_reporter_relies_on_still_weighs() -> None:
    """Guard: the same group in the reporter's own voice ("Critics say the plan ...") still
    costs a vague-attribution deduction that names its finding."""
    report = checked_report(
        "The city council approved the new budget on Tuesday.\n\n"
        "Critics say the plan will raise rents. Mayor Dana Whitfield said it would not."
    )
    reasons = _sourcing(report)["reasons"]
    assert any("vague attribution" in r["message"] for r in reasons)
    assert _sourcing(report)["score"] < 100


# -- 4: lawyers for a party, and lawyers described by their field -------------------------------


def test_lawyers_for_a_party_are_its_legal_team() -> None:
    """ "Lawyers for the cyclist say", "attorneys representing the families said", "according to
    lawyers for the club": the party's counsel, a role (kind person, as "A lawyer for the
    family"), never an A201; the capitalised ones had been vague groups and the lower-case one
    had no kind."""
    report = checked_report(
        "Lawyers for the cyclist say she will appeal the ban. "
        "Attorneys representing the families said they would sue the council. "
        "The fine will be contested, according to lawyers for the club."
    )
    assert speaker_of(report, "appeal the ban") == ("Lawyers for the cyclist", "person")
    assert speaker_of(report, "sue the council") == (
        "Attorneys representing the families",
        "person",
    )
    assert speaker_of(report, "fine will be contested") == ("lawyers for the club", "person")
    assert flagged(report, "A2") == []


def test_lawyers_described_by_their_field_are_vague_like_experts() -> None:
    """ "according to lawyers who specialise in employment cases" is as vague as "according to
    experts who study it" (A201 on the group); it had no flag and no kind."""
    report = checked_report(
        "Such contracts are rarely enforced, according to lawyers who specialise in employment "
        "cases. The rules are unclear, according to experts who study the industry."
    )
    assert speaker_of(report, "rarely enforced") == ("lawyers", "vague")
    assert flagged(report, "A201") == ["lawyers", "experts"]


def test_one_lawyer_for_a_party_is_a_role_either_way_it_is_written() -> None:
    """Guard (item 9, decided, no change): "A lawyer representing the families" and "A lawyer
    for the family" are the same thing, the party's counsel (a role, kind person, no flag; the
    round-16 decision that lawyers speak for a named party). One unnamed manager stays an
    anonymous source."""
    report = checked_report(
        "The inquiry into the fire opened on Monday.\n\n"
        "Its chairman promised answers within a year.\n\n"
        "A lawyer representing the families said they would sue the landlord. "
        "A lawyer for the family of one victim said the inquiry was too slow. "
        "A manager at the block said the alarms had been tested."
    )
    assert speaker_of(report, "sue the landlord")[1] == "person"
    assert speaker_of(report, "too slow")[1] == "person"
    assert speaker_of(report, "alarms had been tested")[1] == "anonymous"
    assert flagged(report, "A") == ["A manager at the block"]


# -- 5: "It rejected what it called ..." after a body that said nothing yet ---------------------


def test_it_is_the_body_that_opened_the_sentence_before() -> None:
    """ "Harlow Energy issued a statement on Monday. It rejected what it called a smear
    campaign": "It" is Harlow Energy (organization), though the company said nothing before;
    the speaker had been an unresolved "It" of unknown kind."""
    report = checked_report(
        "Harlow Energy issued a statement on Monday. It rejected what it called a smear "
        "campaign by rival suppliers."
    )
    assert speaker_of(report, "smear campaign") == ("Harlow Energy", "organization")


def test_it_skips_a_person_subject() -> None:
    """Guard: a person opening the sentence before ("The chairman spoke first") is no "it";
    the pronoun stays unresolved."""
    report = checked_report(
        "The chairman spoke first at the hearing. It rejected what it called a smear campaign "
        "by rival suppliers."
    )
    assert speaker_of(report, "smear campaign") == ("It", "unknown")


# -- 8: "The company said" after a nearer body of another kind --------------------------------


def test_the_company_is_not_a_nearer_chamber_of_commerce() -> None:
    """ "The company said" after "Harlow Energy said ..." and a nearer "The Derby Chamber of
    Commerce said" is Harlow Energy: a body named "<public-body word> of ..." is no company (it
    had been the Chamber of Commerce, whose last word, Commerce, the filter did not know)."""
    workers = "".join(
        f"\n\n{name}, who has worked at the plant for {years} years, said the mood was grim."
        for name, years in (("Ann Lee", 3), ("Tom Ruiz", 9), ("Mia Chen", 12))
    )
    report = checked_report(
        "Harlow Energy said on Monday that it would cut 400 jobs at its plant in Derby."
        + workers
        + "\n\nThe Derby Chamber of Commerce said local shops would suffer."
        + "\n\nThe company said the job losses could not be avoided."
    )
    assert speaker_of(report, "local shops") == ("Derby Chamber of Commerce", "organization")
    assert speaker_of(report, "job losses") == ("Harlow Energy", "organization")


def test_a_name_and_the_body_noun_are_one_joint_speaker() -> None:
    """ "Dana Reyes and the ministry said", "The council and Reyes said": a name paired with
    "the" + an organisation noun is one joint speaker (organization); the span had been only
    "the ministry" (the first name lost) or only "Reyes"."""
    report = checked_report(
        "Finance Minister Dana Reyes and the ministry said the figures were wrong. "
        "The council and Reyes said later that talks would resume."
    )
    assert speaker_of(report, "figures were wrong") == (
        "Dana Reyes and the ministry",
        "organization",
    )
    assert speaker_of(report, "talks would resume") == (
        "The council and Dana Reyes",
        "organization",
    )
