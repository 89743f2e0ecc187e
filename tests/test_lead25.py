"""Round 25 (lead): a crypto exchange collapse, a dam failure inquiry, a prison escape."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags
from quote_helpers import quote_rows as _quotes

EXCHANGE = (
    "Two former employees described a company where risk controls were routinely ignored. "
    "One of them, who spoke on condition of anonymity because she signed a non-disclosure "
    "agreement, said executives had overruled the compliance team.\n\n"
    "'The message was: don't slow us down,' the former employee said.\n\n"
    "The other, a former software engineer, said he had seen internal dashboards showing "
    "balances far larger than the reserves.\n"
)


def test_the_other_with_an_apposition_is_the_second_of_the_two_not_a_he_in_the_claim() -> None:
    quotes = _quotes(EXCHANGE)
    assert quotes[-1] == (
        "indirect",
        "he had seen internal dashboards showing balances far larger than the reserves",
        "a former software engineer", "anonymous",
    )
    assert ("A101", "The other") in report_flags(checked_report(EXCHANGE), "A1")


def test_the_other_after_one_of_the_people_quoted_is_the_next_of_them() -> None:
    text = (
        "'The ward was full,' one of the nurses said. The other said staff were asked to stay "
        "late.\n"
    )
    assert _quotes(text)[-1] == (
        "indirect", "staff were asked to stay late", "The other", "anonymous"
    )


def test_the_other_side_is_no_person_of_a_pair() -> None:
    text = "One union said it would strike. The other side said the offer was fair.\n"
    assert _quotes(text)[-1][2:] != ("The other", "anonymous")


def test_a_member_of_an_unnamed_group_named_again_by_its_noun_keeps_the_reason() -> None:
    report = checked_report(EXCHANGE)
    flags = report_flags(report, "A1")
    assert ("A102", "One of them") in flags
    assert ("A102", "the former employee") in flags  # the reason was given: not A101
    [source] = [s for s in report["sources"] if s["name"] == "One of them"]
    assert [m["text"] for m in source["mentions"]] == ["One of them", "the former employee"]


def test_one_of_the_officials_then_the_official_is_one_source() -> None:
    text = (
        "Three officials briefed reporters on Tuesday. One of the officials, who asked not to "
        "be named because the talks were private, said a deal was near.\n\n"
        "'We are close,' the official said.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A10")[-2:] == [
        ("A102", "One of the officials"), ("A102", "the official")
    ]
    names = [s["name"] for s in report["sources"]]
    assert "the official" not in names


def test_a_plural_group_alone_does_not_absorb_a_later_singular() -> None:
    text = "Officials said the deal was near. 'We are close,' the official said.\n"
    names = [s["name"] for s in checked_report(text)["sources"]]
    assert "the official" in names  # one official of many: no member was singled out before


def test_the_chief_executive_of_a_named_company_is_an_identifiable_person() -> None:
    text = (
        "The chief executive of Korvex told customers five days earlier that their deposits "
        "were \"100 percent backed\".\n"
    )
    report = checked_report(text)
    kinds = {q["speaker"]["kind"] for q in report["quotes"] if q["speaker"]}
    assert kinds == {"person"}
    assert report_flags(report, "A") == []


def test_a_manager_at_a_named_company_stays_an_unnamed_source() -> None:
    text = "A manager of Korvex said the freeze was temporary.\n"
    assert _quotes(text)[0][2:] == ("A manager of Korvex", "anonymous")


def test_a_headline_rejecting_a_charter_reports_no_one() -> None:
    text = "Referendum rejects new constitution by narrow margin\n\nVoters went to the polls.\n"
    assert checked_report(text)["quotes"] == []


def test_a_long_unnamed_speaker_at_one_of_many_places_is_the_person_not_the_place() -> None:
    text = (
        "But a consultant surgeon at one of the region's largest hospitals said the gap was no "
        "accident.\n"
    )
    assert _quotes(text)[0][2:] == (
        "a consultant surgeon at one of the region's largest hospitals", "anonymous"
    )


def test_a_reason_given_after_the_sources_own_quotation_explains_the_source() -> None:
    text = (
        "But a consultant surgeon at one of the region's largest hospitals said the gap was no "
        "accident. \"Everybody knows the numbers are massaged,\" the surgeon said. \"Patients get "
        "taken off the list, and the clock starts again.\" The surgeon asked not to be named for "
        "fear of disciplinary action.\n"
    )
    report = checked_report(text)
    assert [rule for rule, _ in report_flags(report, "A1")] == ["A102", "A102"]
    [source] = report["sources"]
    assert source["anonymity_reason"]["text"] == "for fear of disciplinary action"


def test_voters_rejecting_a_charter_is_a_result_not_a_vague_source() -> None:
    text = (
        "Voters narrowly rejected a proposed new constitution on Sunday, dealing a blow to "
        "President Elena Ruiz.\n"
    )
    report = checked_report(text)
    assert report["quotes"] == []
    assert report_flags(report, "A2") == []


def test_rejecting_a_claim_is_still_a_view_on_what_was_said() -> None:
    text = "Critics rejected the claim that the vote had been rigged.\n"
    assert ("A201", "Critics") in report_flags(checked_report(text), "A2")


def test_rejecting_a_bill_as_something_is_a_view() -> None:
    text = "Critics rejected the bill as a power grab by the governor.\n"
    assert ("A201", "Critics") in report_flags(checked_report(text), "A2")


def test_a_long_role_before_a_titled_name_after_a_quotation_is_the_names() -> None:
    text = (
        'She was "a little hungry but otherwise fine," the zoo\'s head of animal care, Dr. '
        "Simon Achterberg, told reporters.\n"
    )
    report = checked_report(text)
    assert {q["speaker"]["name"] for q in report["quotes"]} == {"Simon Achterberg"}
    assert report_flags(report, "A") == []  # "reporters" are the audience, not a source


def test_a_direct_quotation_then_a_long_role_and_a_name_is_the_names() -> None:
    text = (
        '"She was a little hungry," the zoo\'s director of animal care, Simon Achterberg, '
        "said.\n"
    )
    assert _quotes(text) == [
        ("direct", '"She was a little hungry,"', "Simon Achterberg", "person")
    ]


def test_he_after_an_unnamed_spokesman_rejecting_a_charge_is_the_spokesman() -> None:
    text = (
        'Dr. Simon Achterberg said the tree should have been trimmed. "These animals deserve '
        'better," said Rachel Odum of Born Free Watch.\n\n'
        "A zoo spokesman rejected that characterisation. \"We take our responsibilities "
        'extremely seriously," he said.\n'
    )
    assert _quotes(text)[-1][2:] == ("A zoo spokesman", "anonymous")


def test_it_after_a_body_that_denied_a_role_is_that_body() -> None:
    text = (
        "For decades, the Census Bureau denied any improper role in the program. Even so, it "
        "declared that it had never shared the names of specific families.\n"
    )
    assert _quotes(text)[-1][2:] == ("Census Bureau", "organization")


def test_a_noun_modifying_a_group_noun_after_a_capital_stays_in_the_group() -> None:
    text = "Tech industry groups oppose the measure, arguing it would threaten privacy.\n"
    assert _quotes(text) == [
        ("indirect", "it would threaten privacy", "Tech industry groups", "vague")
    ]


def test_a_plural_groups_present_verb_ends_the_group() -> None:
    text = "The tech industry groups oppose the measure, arguing it would threaten privacy.\n"
    assert _quotes(text)[0][2:] == ("The tech industry groups", "vague")


def test_groups_qualified_by_a_participle_speak_not_its_object() -> None:
    text = "Environmental groups opposing the plan said it would fail.\n"
    assert _quotes(text)[0][2:] == ("Environmental groups opposing the plan", "vague")


def test_at_one_point_is_a_time_phrase_not_part_of_the_speaker() -> None:
    text = "The chatbot at one point told him that no one would understand him.\n"
    assert _quotes(text)[0][1:3] == ("no one would understand him", "The chatbot")


def test_the_most_recent_average_of_polls_keeps_its_report() -> None:
    text = (
        "Sanders would beat Trump by more than 5 points, according to the most recent "
        "RealClearPolitics average of national polls.\n"
    )
    assert _quotes(text)[0][2] == "the most recent RealClearPolitics average of national polls"


def test_a_second_body_sharing_words_with_the_first_is_not_the_first() -> None:
    text = (
        "The Utah Avalanche Center said slides were likely. The Colorado Avalanche Information "
        "Center said 14 people had died this winter.\n"
    )
    names = [q[2] for q in _quotes(text)]
    assert names == ["Utah Avalanche Center", "Colorado Avalanche Information Center"]


def test_the_short_name_of_a_body_still_refers_back_to_it() -> None:
    text = (
        "The Brennan Center for Justice said the law was unfair. The Brennan Center said it "
        "would sue.\n"
    )
    assert {q[2] for q in _quotes(text)} == {"Brennan Center for Justice"}


def test_an_occupation_before_a_given_name_is_no_part_of_the_name() -> None:
    text = "Forecaster David Hallam said the slide was about 600 feet wide.\n"
    assert _quotes(text)[0][2] == "David Hallam"


def test_a_publisher_named_books_is_a_company_and_its_it() -> None:
    text = (
        'Harcastle Books said in a statement that "editorial decisions are ours alone". It said '
        "it had received no communication from the palace.\n"
    )
    rows = _quotes(text)
    assert {(name, kind) for _, _, name, kind in rows} == {("Harcastle Books", "organization")}


def test_the_palace_refers_back_to_the_named_palace() -> None:
    text = (
        "A biographer accused Buckingham Palace of pressuring her publisher, a claim the palace "
        'called "entirely false."\n'
    )
    assert _quotes(text)[-1][2:] == ("Buckingham Palace", "organization")


def test_citing_a_reason_after_the_request_explains_the_source() -> None:
    text = (
        '"For every company that gets caught, there are ten more," said a London-based ship '
        "broker who spoke on condition that his name not be used, citing the sensitivity of "
        "the talks.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [("A102", "a London-based ship broker")]
    [source] = report["sources"]
    assert source["anonymity_reason"]["text"] == "citing the sensitivity of the talks"


def test_a_groups_interest_or_intention_in_the_reporters_voice_is_credited_to_it() -> None:
    text = (
        "The campaign saw the party as a tool, and officials had little interest in building "
        "its infrastructure.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A101", "officials")]


def test_a_group_with_no_evidence_is_the_source_of_that_finding() -> None:
    text = "Federal investigators have no evidence to suggest that the hacker reached the server.\n"
    assert [code for code, _ in report_flags(checked_report(text), "A")] == ["A203"]


def test_both_sides_of_a_public_debate_are_an_unnamed_group() -> None:
    text = "The statement quickly drew sharp criticism from both sides of the abortion debate.\n"
    assert report_flags(checked_report(text), "A") == [
        ("A201", "both sides of the abortion debate")
    ]


def test_the_two_sides_of_talks_are_the_parties_the_story_names() -> None:
    text = (
        "Officials from Kestria and the United States met on Tuesday. But the two sides remain "
        "divided over who would screen cargo. Both sides said the talks were productive.\n"
    )
    assert report_flags(checked_report(text), "A") == []


def test_a_heckler_yelling_in_the_named_speakers_sentence_is_someone_else() -> None:
    text = (
        "Ted Cruz spoke at a rally in Indiana on Sunday.\n\n"
        "\"There's a young man who's having some problems,\" Cruz said as the heckler yelled: "
        "\"You suck!\"\n\n\"Thank you, son,\" Cruz replied.\n"
    )
    report = checked_report(text)
    assert [(q["speaker"]["name"], q["speaker"]["kind"]) for q in report["quotes"]][1] == (
        "the heckler", "anonymous"
    )
    assert report_flags(report, "A1") == [("A101", "the heckler")]


def test_a_description_in_the_next_sentence_still_refers_back_to_the_named_speaker() -> None:
    text = (
        "\"It was hard to blame him,\" Ann Feinberg said. \"He had no choice,\" the Gawker "
        "employee wrote later.\n"
    )
    report = checked_report(text)
    assert report["quotes"][-1]["speaker"]["name"] == "Ann Feinberg"


def test_the_agent_of_a_race_call_is_its_source_however_long_the_race_name() -> None:
    text = (
        "Hillary Clinton was declared the winner in the Pennsylvania, Maryland and Delaware "
        "primaries by news organizations early Tuesday night.\n"
    )
    assert report_flags(checked_report(text), "A") == [("A201", "news organizations")]


def test_a_win_by_a_margin_credits_no_one() -> None:
    text = "Clinton was declared the winner by a wide margin after a count delayed by flooding.\n"
    assert report_flags(checked_report(text), "A") == []


def test_the_person_told_is_no_part_of_a_claim_holding_a_quotation() -> None:
    text = (
        "His agent, Rui Falcao, told the Portuguese newspaper Record on Monday that \"several "
        "clubs\" had made contact.\n"
    )
    rows = _quotes(text)
    assert ("indirect", '"several clubs" had made contact', "Rui Falcao", "person") in rows
    assert all(not row[1].startswith("the Portuguese newspaper") for row in rows)


def test_a_group_opening_a_bodys_name_is_no_source_of_its_own() -> None:
    text = "The club's supporters' trust said in a statement that it welcomed the news.\n"
    assert report_flags(checked_report(text), "A") == []


def test_a_group_before_a_speaker_span_that_runs_on_keeps_its_flag() -> None:
    text = "Critics said the plan was flawed.\n"
    assert report_flags(checked_report(text), "A") == [("A201", "Critics")]


def test_a_participle_after_a_people_noun_is_theirs_not_the_sentence_subjects() -> None:
    text = (
        "The study relied on women recalling what they drank, which is often unreliable, said "
        "Marion Kestrel, a professor of nutrition.\n"
    )
    rows = _quotes(text)
    assert [row[2] for row in rows] == ["Marion Kestrel"]
    assert _quotes("The company released a statement saying it was sorry.\n")[0][2] == (
        "The company"
    )


def test_they_after_the_researchers_is_the_researchers() -> None:
    text = (
        "Daily sugary drinks may raise the risk of liver disease, according to a study published "
        "on Tuesday in the journal JAMA.\n\n"
        "The American Beverage Association said soft drinks were safe.\n\n"
        "The findings suggest that cutting back could lower risk, the researchers wrote, though "
        "they cautioned that more work was needed.\n"
    )
    assert _quotes(text)[-1][1:3] == ("more work was needed", "the researchers")
