"""Round 29 audit (AUDIT29): what a standards editor would flag and what the tool flags, on
eight stories written for the round (``tests/data/audit29/``: a prison riot, an admissions
scandal, a football takeover, a wildfire live blog, a drug recall, a diplomatic expulsion, a
celebrity tax case, a teachers' strike; four as a good reporter would write them, four as a
weak draft; each with ``NAME.expected.txt``, written before the tool was run).

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from pathlib import Path

from quote_helpers import checked_report, report_flags

FIXTURES = Path(__file__).parent / "data" / "audit29"


def fixture_report(name: str) -> dict:
    return checked_report((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


def source_kinds(report: dict) -> dict[str, str]:
    return {source["name"]: source["kind"] for source in report["sources"]}


# -- friends of a titled person are unnamed people, not a campaign's name -----------------------


def test_friends_of_mr_holt_are_anonymous() -> None:
    """ "Friends of Mr Holt say he is torn ..." (the football fixture) was an organization, as
    "Friends of the Earth" is, and drew no A101."""
    report = fixture_report("football")
    assert ("A101", "Friends of Mr Holt") in report_flags(report, "A1")
    assert source_kinds(report)["Friends of Mr Holt"] == "anonymous"


def test_friends_of_a_titled_person_and_friends_of_a_body() -> None:
    text = (
        "Friends of Mrs Okafor say she has not decided whether to stand.\n\n"
        "Friends of Dr Lindqvist said he had been unwell for weeks.\n\n"
        "Friends of the Earth said the plan would do little for air quality.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A101", "Friends of Mrs Okafor"),
        ("A101", "Friends of Dr Lindqvist"),
    ]
    assert source_kinds(report)["Friends of the Earth"] == "organization"


# -- the object of "close to" ends before the source's own verb ----------------------------------


def test_a_source_close_to_the_bidders_ends_before_its_verb() -> None:
    """ "A source close to the bidders dismissed that suggestion" (the football fixture) was
    flagged and listed as 'A source close to the bidders dismissed': the phrase's object ran on
    over the verb to the next stop word."""
    report = fixture_report("football")
    assert ("A101", "A source close to the bidders") in report_flags(report, "A1")
    assert "A source close to the bidders" in source_kinds(report)


def test_phrase_objects_end_before_the_verb_but_keep_an_adjective() -> None:
    text = (
        "A person close to the family rejected the account.\n\n"
        "People familiar with the talks denied any deal had been reached.\n\n"
        "People familiar with the disputed contract said it would be renewed.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A101", "A person close to the family"),
        ("A101", "People familiar with the talks"),
        ("A101", "People familiar with the disputed contract"),
    ]


# -- a Bee and a Star are newspapers -------------------------------------------------------------


def test_the_sacramento_bee_is_an_outlet() -> None:
    """ "The Sacramento Bee is reporting that at least 40 homes have been destroyed" (the
    wildfire live blog) was an organization and drew no A301."""
    report = fixture_report("wildfire")
    assert ("A301", "The Sacramento Bee") in report_flags(report, "A3")
    assert source_kinds(report)["Sacramento Bee"] == "outlet"


def test_bee_and_star_mastheads_report_second_hand() -> None:
    text = (
        "The Fresno Bee reported that the reservoir was at a record low.\n\n"
        "The Kansas City Star is reporting that the stadium deal has collapsed.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A301", "The Fresno Bee"),
        ("A301", "The Kansas City Star"),
    ]


# -- a gift pledged is money, not words ---------------------------------------------------------


def test_parents_who_pledged_gifts_are_no_source() -> None:
    """ "... after their parents pledged large gifts to the school, according to people familiar
    with the admissions process" (the admissions fixture) flagged 'their parents' A201: the
    pledge was money, and the claim is the people familiar's."""
    report = fixture_report("admissions")
    flags = report_flags(report, "A")
    assert ("A201", "their parents") not in flags
    assert flags[0] == ("A101", "people familiar with the admissions process")


def test_a_pledge_of_money_and_a_pledge_to_act() -> None:
    text = (
        "Alumni pledged $40 million toward the new library.\n\n"
        "Several donors pledged large sums to the campaign.\n\n"
        "Donors pledged to withhold gifts until the review is complete.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A201", "Donors")]


# -- alumni are people --------------------------------------------------------------------------


def test_alumni_are_an_unnamed_group() -> None:
    """ "Alumni are furious." (the admissions fixture) had no flag: "alumni", a plural with no
    final s, was no people noun, as "graduates" is.  Review 29: a guard since the merge
    (PROBE29's ``vague.txt`` entry reads it too; the review found it passing on cdae501)."""
    report = fixture_report("admissions")
    assert ("A201", "Alumni") in report_flags(report, "A2")


def test_alumni_credited_with_a_view() -> None:
    """A guard, as the test above (review 29)."""
    text = "Alumni said the new admissions policy was a betrayal of the college's values.\n"
    assert report_flags(checked_report(text), "A") == [("A201", "Alumni")]


# -- calls taken are telephone calls, not demands ----------------------------------------------


def test_calls_fielded_from_patients_are_no_source() -> None:
    """ "Pharmacists said they had begun to field calls from worried patients within hours of
    the announcement" (the recall fixture) flagged 'patients within hours of the announcement'
    A201, as if the patients had made demands."""
    report = fixture_report("recall")
    flags = report_flags(report, "A")
    assert not any(text.startswith("patients") for _, text in flags)


def test_phone_calls_and_calls_for_action() -> None:
    text = (
        "The council's hotline has been fielding calls from anxious tenants since Monday.\n\n"
        "The clinic fielded angry calls from parents after the letter went out.\n\n"
        "The closure drew calls from parents to reopen the ward.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A201", "parents")]
    assert report["findings"][0]["start"] == text.index("parents to reopen")


# -- the reason an unnamed speaker gives is no second claim ------------------------------------


def test_the_reason_for_anonymity_is_no_second_claim() -> None:
    """ "Another woman, whose husband is on B wing, said he had told her ... She asked that her
    name not be used because she feared he would be punished." (the prison fixture) flagged
    'she' A102 a second time: "she feared he would be punished" is the reason, no claim."""
    report = fixture_report("prison")
    assert report_flags(report, "A") == [
        ("A102", "A prison service official"),
        ("A102", "The official"),
        ("A101", "Relatives of men held on the wing"),
        ("A102", "Another woman"),
    ]


def test_a_reason_in_the_next_sentence_and_a_later_claim() -> None:
    text = (
        "One nurse said the ward had been short of staff for months. He asked not to be "
        "identified because he feared he would be disciplined.\n\n"
        "A porter said the lifts had been broken since June. He asked not to be named because he "
        "feared reprisals. He said the repairs had been promised twice.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [
        ("A102", "One nurse"),
        ("A102", "A porter"),
        ("A102", "He"),
    ]


# -- "has been cheating" is the accusation "cheated" is ------------------------------------------


def test_has_been_cheating_the_taxpayer_is_an_unattributed_accusation() -> None:
    """ "Moon has been cheating the taxpayer for a decade while lecturing her fans about
    fairness." (the tax-case fixture) had no A402: only "cheated" was listed."""
    report = fixture_report("taxcase")
    assert ("A402", "been cheating") in report_flags(report, "A4")


def test_continuous_cheating_and_rigging() -> None:
    text = (
        "The landlord has been cheating tenants out of their deposits.\n\n"
        "The federation has been rigging the draw in favour of the host nation.\n\n"
        "The regulator said the company had been cheating customers.\n"
    )
    assert report_flags(checked_report(text), "A4") == [
        ("A402", "been cheating"),
        ("A402", "been rigging"),
    ]  # (review 29: the perfect forms only, before an object they wrong)
    for text in (
        "Crews were rigging the stage for Saturday's concert.\n",
        "The main concern for examiners is cheating.\n",
        "The film is deliberately withholding its twist until the final scene.\n",
    ):
        assert report_flags(checked_report(text), "A4") == [], text


# -- a utility named "... Electric" is a company ------------------------------------------------


def test_pacific_gas_and_electric_is_an_organization() -> None:
    """ "Pacific Gas and Electric says it has cut power to about 9,000 customers" (the wildfire
    live blog) listed a person."""
    report = fixture_report("wildfire")
    assert source_kinds(report)["Pacific Gas and Electric"] == "organization"


# -- a closing "they said" credits its sentence, not a group inside it ---------------------------


def test_a_closing_they_said_is_the_sentence_before_sources() -> None:
    """ "Applicants on the list were admitted at nearly four times the rate of other students,
    they said." (the admissions fixture, after "two former admissions officers said") took
    'other students' for "they" and flagged it A201, an unspecified group."""
    report = fixture_report("admissions")
    flags = report_flags(report, "A")
    assert flags[:3] == [
        ("A101", "people familiar with the admissions process"),
        ("A101", "two former admissions officers"),
        ("A101", "they"),
    ]
    assert "other students" not in source_kinds(report)


def test_closing_they_said_after_an_unnamed_group() -> None:
    text = (
        "Two nurses said the ward had been closed twice. Elderly patients were moved before "
        "younger residents, they said.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A101", "Two nurses"), ("A101", "they")]
    assert source_kinds(report) == {"Two nurses": "anonymous"}


# -- a group "said to be" something is talked about, not talking ---------------------------------


def test_shareholders_said_to_be_getting_cold_feet_are_no_source() -> None:
    """ "... is in serious doubt, with the club's biggest shareholders said to be getting cold
    feet." (the football fixture) flagged 'shareholders' A201 as if they had said it; the
    impersonal "said to be" keeps its own hedge flag (H105)."""
    report = fixture_report("football")
    assert ("A201", "shareholders") not in report_flags(report, "A")
    assert ("H105", "said to be") in report_flags(report, "H")


def test_reduced_passives_before_to_be_and_to_have() -> None:
    text = (
        "Several residents said to have seen the fire were interviewed by detectives.\n\n"
        "The talks stalled, with the landowners thought to be holding out for more money.\n\n"
        "Landowners said the offer was too low.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A201", "Landowners")]


# -- a chant with nothing chanted is an event ----------------------------------------------------


def test_teachers_who_chanted_and_waved_placards_are_no_source() -> None:
    """ "On the picket line outside Lincoln High School, teachers chanted and waved placards."
    (the teachers' strike fixture) flagged 'teachers' A201: nothing they chanted is reported."""
    report = fixture_report("teachers")
    assert ("A201", "teachers") not in report_flags(report, "A")


def test_chants_with_and_without_words() -> None:
    text = (
        "Nurses chanted as the health secretary arrived.\n\n"
        "Outside the hall, nurses chanted 'Fair pay now' for several minutes.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A") == [("A201", "nurses")]
    assert report["findings"][0]["start"] == text.index("nurses chanted 'Fair")


def test_a_chant_before_its_words_is_a_view() -> None:
    """Guard: the words chanted after a comma or colon are the crowd's (a first version of the
    chant rule dropped two PolNeAR train A201s of this shape)."""
    text = 'As the mayor spoke, the crowd chanted, "Recall him now!"\n'
    assert report_flags(checked_report(text), "A2") == [("A201", "the crowd")]


# -- harm done "deliberately" is an accusation ---------------------------------------------------


def test_deliberately_starving_schools_is_an_unattributed_accusation() -> None:
    """ "The governor's office is deliberately starving public schools of money to push
    families toward private academies run by its donors." (the teachers' strike fixture) had no
    A402."""
    report = fixture_report("teachers")
    assert ("A402", "deliberately starving") in report_flags(report, "A4")


def test_deliberate_harm_and_a_deliberate_design() -> None:
    text = (
        "The trust deliberately withheld the inspection report from families.\n\n"
        "The new library is deliberately plain, with bare concrete walls.\n"
    )
    assert report_flags(checked_report(text), "A4") == [("A402", "deliberately withheld")]
