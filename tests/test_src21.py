"""Round 21 (SRC21): sourcing recall and precision on unnamed sources (issue 5).

Each flag test fails on the round-start code; the guards pass on both.  Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import analysed as _analysed
from sourcing_helpers import flag_spans as _flag_spans
from sourcing_helpers import flagged as _flagged

# 1. Two modifiers joined by "and"/"or" belong to one source phrase.


def test_current_and_former_officials_is_one_phrase_after_according_to() -> None:
    text = (
        "The harbour authority delayed the dredging contract twice last year, according to "
        "current and former officials."
    )
    start = text.index("current and former officials")
    assert _flag_spans(text) == [("A101", start, start + len("current and former officials"))]


def test_joined_modifiers_grow_an_inverted_source() -> None:
    text = "The dredging contract was delayed twice, federal and state officials said on Monday."
    assert _flagged(text) == [("A101", "federal and state officials")]


def test_a_name_joined_to_a_group_is_not_a_modifier() -> None:
    # "Ann Roe and former officials": a named person, then a group acting; nothing is credited
    assert _flagged("Ann Roe and former officials met the dredging contractors on Monday.") == []


# 2. "according to interviews with" credits the people interviewed.


def test_according_to_interviews_with_credits_the_people_interviewed() -> None:
    text = (
        "The mayor is expected to drop the ferry subsidy next month, according to interviews "
        "with a dozen council members and aides involved in the budget talks."
    )
    phrase = "a dozen council members"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A201", start, start + len(phrase))]
    speakers = [(q.speaker.text, q.speaker.kind) for q in _analysed(text).quotes if q.speaker]
    assert speakers == [(phrase, "vague")]  # not "interviews" of no kind


def test_according_to_conversations_with_unnamed_officials_is_anonymous() -> None:
    text = (
        "The ferry subsidy will end in March, according to conversations with three officials "
        "at the transport ministry."
    )
    assert _flagged(text) == [("A101", "three officials at the transport ministry")]


def test_interviews_the_subject_conducted_credit_nobody() -> None:
    # the people are questioned by the story's subject, not the story's sources
    assert _flagged("The agency completed about 2,900 interviews with applicants last year.") == []
    assert _flagged("The mayor's choice was based on interviews with applicants.") == []
    named = "The plan was delayed, according to interviews with Ann Roe and Mark Bell."
    assert _flagged(named) == []


# 3. Tallies: a count in figures of 100 or more, a counted group's pledges.


def test_a_count_in_figures_of_a_hundred_or_more_is_a_tally() -> None:
    text = (
        "The nurses' association surveyed its members in May: 2,318 nurses said they wanted "
        "the union to back the levy, while 96 members opposed it."
    )
    assert _flagged(text) == []
    speakers = [(q.speaker.text, q.speaker.kind) for q in _analysed(text).quotes if q.speaker]
    assert ("2,318 nurses", "unknown") in speakers
    assert _flagged("So far, 340 delegates have said they support the levy.") == []


def test_a_written_count_a_bound_or_a_year_is_no_tally() -> None:
    text = "More than 200 economists said the levy would slow hiring."
    assert _flagged(text) == [("A201", "More than 200 economists")]
    assert _flagged("Hundreds of nurses said the levy was overdue.") == [
        ("A201", "Hundreds of nurses")
    ]


def test_a_counted_groups_share_that_pledged_is_a_tally() -> None:
    text = (
        "The county has seven delegates to the state convention, three of whom have already "
        "pledged their support to the governor."
    )
    assert _flagged(text) == []
    listed = (
        "The campaign released a list of 40 retired judges -- most of whom had previously "
        "announced their support -- who praised her record."
    )
    assert _flagged(listed) == []


def test_a_counted_groups_share_that_speaks_is_still_a_source() -> None:
    text = "The mayor met five shop owners, two of whom said the levy would close their stores."
    start = text.index("two of whom")
    assert _flag_spans(text) == [("A201", start, start + len("two of whom"))]
    uncounted = "The levy angered party strategists, some of whom have endorsed the mayor's rival."
    assert ("A201", "some of whom") in _flagged(uncounted)


# 4. "The researchers" of a study credited to a team the story describes.


def test_the_researchers_of_a_study_by_a_described_team_are_its_authors() -> None:
    text = (
        "Research to be released this week by four transport economists suggests that the "
        "port closures cost the region 3,000 jobs. Using payroll records, the researchers found "
        "that towns near the port lost a fifth of their jobs."
    )
    speakers = [(q.speaker.text, q.speaker.kind) for q in _analysed(text).quotes if q.speaker]
    assert ("the researchers", "person") in speakers
    assert ("the researchers", "vague") not in speakers
    assert ("A201", "the researchers") not in _flagged(text)


def test_the_researchers_with_no_study_before_stay_vague() -> None:
    text = (
        "The port authority cut its budget again this year. The researchers said the closures "
        "cost the region 3,000 jobs."
    )
    assert _flagged(text) == [("A201", "The researchers")]


# 5. Taking a side with an idiom: "came to her defense", "rushed to the mayor's defense".


def test_a_group_coming_to_someones_defense_takes_a_side() -> None:
    text = "Several council members rushed to the mayor's defense after the vote on Tuesday."
    start = text.index("Several council members")
    assert _flag_spans(text) == [("A203", start, start + len("Several council members"))]
    assert _flagged("Many Democrats came to her support after the hearing.") == [
        ("A203", "Many Democrats")
    ]


def test_coming_to_a_place_to_support_is_no_idiom() -> None:
    assert _flagged("Residents came to the town hall to support the plan.") == []
    assert _flagged("Ann Roe came to the mayor's defense after the vote.") == []


# 6. What a group could, might, should or can do is no claim resting on it.


def test_a_group_that_could_or_should_act_is_hypothetical() -> None:
    text = (
        "Under the new programme, volunteers would enrol and train, and then county and city "
        "leaders could call on their help during floods."
    )
    assert _flagged(text) == []
    advice = "But to prevent problems, the minister said, local officials should be vigilant."
    assert _flagged(advice) == []


def test_could_only_and_would_still_credit_the_group() -> None:
    text = 'Asked about the delay, a spokesman for the mayor could only quip: "Ask the weather."'
    assert _flagged(text) == [("A101", "a spokesman for the mayor")]
    hedged = "Many critics would call that wishful thinking."
    assert _flagged(hedged) == [("A201", "Many critics")]


# 7. "The group" that shouts or chants is a crowd, not a body.


def _speaker_kinds(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.text, q.speaker.kind) for q in _analysed(text).quotes if q.speaker]


def test_the_group_that_shouts_is_a_crowd() -> None:
    text = (
        "Several hundred nurses marched from the hospital to City Hall on Tuesday.\n\n"
        '"Fund our wards!" the group shouted outside the council chamber.'
    )
    assert _speaker_kinds(text) == [("the group", "vague")]
    start = text.index("the group")
    assert _flag_spans(text) == [("A201", start, start + len("the group"))]


def test_the_group_that_says_is_still_the_body() -> None:
    text = 'The Harbour Trust opposes the plan. "It is reckless," the group said in a statement.'
    assert _speaker_kinds(text) == [("the group", "organization")]
    assert _flagged(text) == []


# 8. "The brothers" refers back to siblings the story names.


def test_the_brothers_are_the_named_siblings() -> None:
    text = (
        "Freddy and Jorge Ortega wrote the satire in a week. In some ways, the brothers noted, "
        "the governor might enjoy the show."
    )
    assert _flagged(text) == []
    assert ("the brothers", "vague") not in _speaker_kinds(text)


def test_brothers_with_a_quantifier_are_still_a_group() -> None:
    text = "Many brothers of the fallen firefighters said the inquiry had failed them."
    assert _speaker_kinds(text) == [("Many brothers of the fallen firefighters", "vague")]


# 9. "At least one commentator liked it." introduces the next paragraph's named speaker.


def test_a_one_person_teaser_is_the_next_quotations_named_speaker() -> None:
    text = (
        "The mayor praised the budget on Monday.\n\n"
        "At least one commentator liked the nickname.\n\n"
        '"It rolls off the tongue," wrote Mark Bell in the Valley Herald.'
    )
    assert _flagged(text) == []
    senator = (
        "The mayor praised the budget on Monday.\n\n"
        "At least one Republican wasn't quite as happy with the plan.\n\n"
        '"This budget is a fantasy," said Sen. Ann Roe (R-Ohio).'
    )
    assert _flagged(senator) == []


def test_a_teaser_before_an_unnamed_speaker_stays_flagged() -> None:
    text = (
        "The mayor praised the budget on Monday.\n\n"
        "At least one commentator liked the nickname.\n\n"
        '"It rolls off the tongue," one reader wrote.'
    )
    assert _flagged(text) == [("A101", "one commentator"), ("A101", "one reader")]


# 10. "The bespectacled, 71-year-old diplomat said": a description of a named person.


def test_a_definite_description_with_an_age_is_a_named_person() -> None:
    text = (
        "Ines Varga led the agency for a decade. \"I made the harbour the priority,\" the "
        "soft-spoken, 68-year-old diplomat said in an interview."
    )
    assert _flagged(text) == []


def test_an_indefinite_person_with_an_age_is_still_unnamed() -> None:
    text = "A 45-year-old nurse said staff were told to stay until the storm passed."
    assert _flagged(text) == [("A101", "A 45-year-old nurse")]


# 11. A message a group sent is its words.


def test_a_message_a_group_sent_credits_it() -> None:
    text = "After the vote, the union's leaders sent the mayor a blunt message: the strike goes on."
    phrase = "the union's leaders"
    start = text.index(phrase)
    assert _flag_spans(text) == [("A203", start, start + len(phrase))]


def test_a_message_sent_to_a_group_does_not_credit_it() -> None:
    assert _flagged("The mayor sent council members an unmistakable message on Monday.") == []


# 12. A group made to feel something is the object of someone else's act.


def test_a_group_made_to_feel_is_no_source() -> None:
    text = (
        "The new rules could make his supporters feel like they've had a real influence on "
        "the party's direction."
    )
    assert _flagged(text) == []
    assert _flagged("The council is looking at ways of helping tenants who feel ignored.") == []


def test_a_group_that_feels_is_still_credited() -> None:
    assert _flagged("Many supporters feel the new rules are unfair.") == [
        ("A203", "Many supporters")
    ]
