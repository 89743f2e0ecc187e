"""REVIEW13: defects found by reading round 13's diff, each with realistic copy of our own.

Each test fails on the round-13 lead branch before its fix (dcfabce) unless its docstring says
it is a guard (a case the fix must leave alone, passing before and after).
"""

from __future__ import annotations

from newscheck import analyze_text


def _report(text: str) -> dict:
    report = analyze_text(text).to_dict()
    for item in report["quotes"] + report["findings"]:  # every span indexes the text exactly
        assert text[item["start"] : item["end"]] == item["text"]
    return report


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, speaker words, speaker kind) of each quote."""
    return [
        (
            q["kind"],
            q["text"],
            q["speaker"] and q["speaker"]["text"],
            q["speaker"] and q["speaker"]["kind"],
        )
        for q in _report(text)["quotes"]
    ]


def _flags(text: str, prefix: str) -> list[tuple[str, str]]:
    return [
        (f["rule"], f["text"]) for f in _report(text)["findings"] if f["rule"].startswith(prefix)
    ]


# --- "a move critics say": only a plural after the noun, not a singular noun in -s -------------


def test_a_singular_noun_in_s_after_a_modifier_keeps_its_article() -> None:
    """'A key witness said', 'A former boss says', 'A recent analysis says': one phrase each
    (the round's "a move (that) critics say" rule had cut them to 'witness', 'boss' and
    'analysis', and dropped the witness's quote altogether)."""
    text = (
        "A key witness said the van was parked outside the depot when the alarm went off. "
        "A former boss says the project was never properly costed. "
        "A recent analysis says the council could save $4 million a year by merging the depots.\n"
    )
    speakers = [(speaker, kind) for _, _, speaker, kind in _quotes(text)]
    assert speakers == [
        ("A key witness", "anonymous"),
        ("A former boss", "anonymous"),
        ("A recent analysis", "document"),
    ]


def test_a_move_critics_say_still_credits_the_critics() -> None:
    """Guard: the round's rule still reads "a move critics say will ..." as the critics'."""
    text = (
        "The council voted to double parking charges in the town centre, a move critics say "
        "will empty the high street.\n"
    )
    assert [(speaker, kind) for _, _, speaker, kind in _quotes(text)] == [("critics", "vague")]


# --- "said about 40 people were hurt": only after a verb of saying, not a topic ---------------


def test_writing_about_a_number_of_people_who_died_is_no_reported_clause() -> None:
    """'wrote about three soldiers who had died': the topic of his writing and its relative
    clause, not what he wrote (the round's approximate-count rule made it an indirect quote)."""
    text = (
        "In his first novel, Hale wrote about three soldiers who had died at Arnhem and the "
        "families they left behind in Leeds.\n"
    )
    assert _quotes(text) == []


def test_said_about_forty_people_were_hurt_is_still_a_claim() -> None:
    """Guard: the round's rule itself ('said about 40 people were hurt in the blaze')."""
    text = "The fire chief said about 40 people were hurt in the blaze at the warehouse.\n"
    assert [content for _, content, _, _ in _quotes(text)] == [
        "about 40 people were hurt in the blaze at the warehouse"
    ]


# --- "called the police an hour after": a time, not a label --------------------------------------


def test_calling_someone_an_hour_later_is_no_label() -> None:
    """'called the police an hour after', 'called the hotline a dozen times': a phone call and
    a time or a count (the round's "called the record a disgrace" pattern read them as labels
    and reported indirect quotes)."""
    text = (
        "Neighbours called the police an hour after the first shots were heard. "
        "Ms. Okoye called the hotline a dozen times before anyone answered. "
        "Her son called his sister a little after nine to say he was safe.\n"
    )
    assert _quotes(text) == []


def test_calling_a_record_a_disgrace_is_still_a_label() -> None:
    """Guard: the round's pattern still reads "called the authority's record a disgrace"."""
    text = (
        "The mayor called the housing authority's record a disgrace. "
        "The minister called the plan a short-sighted mistake.\n"
    )
    assert [content for _, content, _, _ in _quotes(text)] == [
        "the housing authority's record a disgrace",
        "the plan a short-sighted mistake",
    ]


# --- counterfactuals: a perfect "have" and its own "if ... had" only ---------------------------


def test_could_have_an_effect_is_a_possibility_even_with_a_later_had() -> None:
    """'could have a lasting effect' is the verb "have" (a possibility the reporter states);
    the 'had' of 'families who had moved here', eleven words on, is no past condition (the
    round's counterfactual test dropped the hedge)."""
    text = (
        "If the vote passes, the levy could have a lasting effect on families who had moved "
        "to the village for its schools.\n"
    )
    assert _flags(text, "H") == [("H101", "could have")]


def test_a_past_condition_still_makes_a_counterfactual() -> None:
    """Guard: 'would have gone top if they had beaten Stoke' stays unflagged."""
    text = "Rovers would have gone top of the table if they had beaten Stoke on Saturday.\n"
    assert _flags(text, "H") == []


# --- he/she after "The <role> of ...": the person named, not the bare role --------------------


def test_he_after_a_role_with_a_complement_is_the_person_named() -> None:
    """'Tom Roe has led the union since 2019. The leader of the drivers was defiant. He said':
    Roe, the person named (the round's role-subject rule took "The leader", an unnamed role,
    instead; only a relative clause, "The senator who leads ...", makes someone new)."""
    text = (
        "Tom Roe has led the drivers' union since 2019. The leader of the drivers was defiant "
        "at the depot gates on Monday. He said the strike would go ahead.\n"
    )
    assert _speaker_names(text) == ["Tom Roe"]


def test_she_after_a_role_with_a_relative_clause_is_that_person() -> None:
    """Guard: the round's own case, "The senator who leads the banking committee has been
    blunt. She said", still takes the senator, not the officer quoted before."""
    text = (
        "The chief financial officer, Ingrid Vasquez, declined to comment. She told analysts in "
        "October that the bank was sound.\n\n"
        "The senator who leads the banking committee has been unusually blunt. She said on "
        "Tuesday that the bank had lost the plot.\n"
    )
    assert _speaker_names(text) == ["Ingrid Vasquez", "The senator"]


def _speaker_names(text: str) -> list[str | None]:
    return [q["speaker"] and q["speaker"]["name"] for q in _report(text)["quotes"]]


# --- "For <group>, ...": a view, not a fact for the group nor "For starters" -------------------


def test_a_fact_made_easy_for_a_group_is_not_its_view() -> None:
    """'For older voters, it is easy to register by mail': a fact about the procedure, not a
    view the reporter gives the group (the round's A203 rule counted 'easy' alone)."""
    text = "For older voters, it is easy to register by mail before the deadline.\n"
    assert _flags(text, "A") == []


def test_for_starters_is_no_group() -> None:
    """'For starters, ...' opens the writer's first point ('starters' had been an unspecified
    group holding a view, A203; PolNeAR has one such flag)."""
    text = "For starters, the council would welcome a clear timetable from the developer.\n"
    assert _flags(text, "A") == []


def test_a_group_finding_something_hard_to_accept_still_holds_a_view() -> None:
    """Guard: 'hard to see the silver lining', 'difficult to accept that' stay A203."""
    text = (
        "For investors in these firms, it is hard to see the silver lining in the headlines. "
        "For many families, it is difficult to accept that the village school will close.\n"
    )
    assert _flags(text, "A") == [
        ("A203", "investors in these firms"),
        ("A203", "many families"),
    ]


# --- a delayed identification: not a witness whom the next paragraph does not name ---------------


def test_a_witness_in_the_lede_is_not_the_defendant_named_next() -> None:
    """'A woman told a jury she saw a man stab her neighbour. / Daniel Price, 29, denies
    murder.': the woman is an unnamed witness (A101), not Daniel Price (the round's delayed-
    identification rule credited her words to the defendant); the same for a teacher punched by
    "a pupil's father"."""
    for text, described in (
        (
            "Woman saw neighbour stabbed, court told\n\n"
            "A woman told a jury she saw a man stab her neighbour on the doorstep of a house in "
            "Leeds.\n\nDaniel Price, 29, of Armley, denies murder.\n\nThe trial continues.\n",
            "A woman",
        ),
        (
            "Teacher tells of car park attack\n\n"
            "A teacher told a jury she was punched by a pupil's father in the school car park."
            "\n\nMark Hill, 41, denies assault.\n\nThe trial continues.\n",
            "A teacher",
        ),
    ):
        report = _report(text)
        speakers = [  # (the lede's clause; a headline may report one too)
            (q["speaker"]["text"], q["speaker"]["name"])
            for q in report["quotes"]
            if q["text"].startswith("she ")
        ]
        assert speakers == [(described, described)]
        assert ("A101", described) in [(f["rule"], f["text"]) for f in report["findings"]]


def test_a_described_defendant_is_still_named_in_the_next_paragraph() -> None:
    """Guard: the round's own case, "A former finance director of Keston City Council told a
    jury he had moved the money ... / Graham Ashworth, 58, denies ...", stays Ashworth."""
    text = (
        "Ex-official denies fraud\n\n"
        "A former finance director of Keston City Council told a jury he had moved the money on "
        "the leader's orders.\n\nGraham Ashworth, 58, denies three counts of fraud.\n\n"
        "The trial continues.\n"
    )
    assert _speaker_names(text) == ["Graham Ashworth"]


# --- a quotation after a sentence about someone: not when that someone is addressed -----------


def test_a_quotation_addressing_the_sentenced_man_is_not_his() -> None:
    """'Ashworth was jailed for six years. "You betrayed the trust ..."': the judge speaks to
    him; 'Okafor was praised by his manager. "He was immense ..."': the manager about him (the
    round's feature-quote rule credited both quotations to the passive's subject)."""
    text = (
        "Graham Ashworth, 58, was jailed for six years at Keston Crown Court on Friday.\n\n"
        "Ashworth was jailed for six years on Friday. \"You betrayed the trust of every "
        "taxpayer in Keston.\"\n\n"
        "Okafor was praised by his manager after the match. \"He was immense from the first "
        "minute to the last.\"\n"
    )
    assert _speaker_names(text) == [None, None]


def test_a_quotation_after_a_sentence_about_its_speaker_is_still_hers() -> None:
    """Guard: 'Reeve was sentenced to two years in 2019. "I have paid for what I did."' and
    'Okafor was delighted. "It was ..."' stay with the sentence's subject."""
    text = (
        "Tom Reeve was sentenced to two years in 2019. \"I have paid for what I did.\"\n\n"
        "Jay Okafor was delighted. \"It was the best night of my career.\"\n"
    )
    assert _speaker_names(text) == ["Tom Reeve", "Jay Okafor"]


def test_a_longer_phrase_before_the_plural_speakers_keeps_only_them() -> None:
    """'a bold move local traders say', 'a bold new plan critics say': the speakers are 'local
    traders' and 'critics' (the round's rule dropped two words and gave 'move local traders'
    and 'new plan critics')."""
    text = (
        "The council approved the scheme, a bold move local traders say will empty the high "
        "street. The mayor defended a bold new plan critics say will raise fares.\n"
    )
    assert [speaker for _, _, speaker, _ in _quotes(text)] == ["local traders", "critics"]


# --- transcript turns: "Q:" and "A:" alike, not an initial "A." -----------------------------------


def test_an_initial_opening_a_paragraph_is_no_answer_turn() -> None:
    """'A. Philip Randolph Hall will host the meeting' after a reader's 'Q: ...' is a name's
    initial, not an answer (AUDIT13's transcript rule took "Q:" and "A." for one exchange and
    reported both paragraphs as direct quotations)."""
    text = (
        "Readers' questions answered\n\n"
        "Q: Will the Harbour Street bridge reopen before winter?\n\n"
        "The council said it would reopen in November.\n\n"
        "A. Philip Randolph Hall will host the residents' meeting on Monday.\n"
    )
    assert [kind for kind, _, _, _ in _quotes(text)] == ["indirect"]


def test_a_transcript_with_dotted_labels_is_still_read() -> None:
    """Guard: "Q. ..." and "A. ..." turns (one style) are still an exchange."""
    text = (
        "Under cross-examination, Mr. Hale was asked about the invoices.\n\n"
        "Q. Who approved the payments?\n\n"
        "A. The finance committee approved every one of them.\n"
    )
    assert [(kind, content) for kind, content, _, _ in _quotes(text)] == [
        ("direct", "Who approved the payments?"),
        ("direct", "The finance committee approved every one of them."),
    ]
