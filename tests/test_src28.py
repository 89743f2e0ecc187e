"""Round 28 (SRC28): anonymous and vague sources the rules missed (issue 5's recall).

Each flag test fails on the round-start code (564cd78); the guards pass on both.  Sentences are
invented.
"""

from __future__ import annotations

from sourcing_helpers import flagged as _flagged

from newscheck import analyze_text
from newscheck.stages.mentions import classify_mention

# 1. Verbs of belief, scorn and judgement a probe found missing ([verbs] in sourcing_cues.txt).


def test_verbs_of_belief_and_judgement_credit_the_group() -> None:
    assert _flagged("Some analysts surmise the bank will cut rates in June.") == [
        ("A201", "Some analysts")
    ]
    assert _flagged("Some critics equate the new levy with theft.") == [("A201", "Some critics")]
    assert _flagged("Many economists attribute the drop to the drought.") == [
        ("A201", "Many economists")
    ]
    assert _flagged("Several residents attested to the noise at night.") == [
        ("A201", "Several residents")
    ]


def test_verbs_of_scorn_and_agreement_credit_the_group() -> None:
    assert _flagged("Many residents derided the plan as a giveaway.") == [
        ("A201", "Many residents")
    ]
    assert _flagged("Some commentators ridicule the mayor's forecast.") == [
        ("A201", "Some commentators")
    ]
    assert _flagged("Many Republicans echoed the senator's claim about the ballots.") == [
        ("A201", "Many Republicans")
    ]


def test_a_sound_that_echoes_is_no_view() -> None:
    assert _flagged("The chants of protesters echoed across the square.") == []
    assert _flagged("The footsteps of the hikers echoed in the canyon.") == []


def test_the_new_verbs_credit_a_people_noun_known_by_its_shape() -> None:
    assert _flagged("Several growers echoed the complaint about prices.") == [
        ("A201", "Several growers")
    ]
    assert _flagged("Several beekeepers derided the plan as a stunt.") == [
        ("A201", "Several beekeepers")
    ]


def test_a_group_that_reckons_with_a_loss_or_is_credited_is_no_source() -> None:
    assert _flagged("Residents must now reckon with the cost of the flood.") == []
    assert _flagged("The council gave the volunteers some credit for the cleanup.") == []


# 2. Moods about an outlook after a copula ([attitudes]).


def test_moods_about_an_outlook_are_a_view() -> None:
    assert _flagged("Many analysts are upbeat about the outlook for exports.") == [
        ("A201", "Many analysts")
    ]
    assert _flagged("Some traders are bearish about the bond market.") == [
        ("A201", "Some traders")
    ]
    assert _flagged("Many residents were elated by the ruling.") == [("A201", "Many residents")]


# 3. A reaction or a dawning view in a group named after the words ([before]).


def test_raised_eyebrows_and_a_dawning_view_credit_the_group() -> None:
    assert _flagged("The appointment raised eyebrows among some diplomats.") == [
        ("A101", "some diplomats")
    ]
    assert _flagged("The ruling sent shudders through many investors.") == [
        ("A201", "many investors")
    ]
    assert _flagged("It became apparent to many economists that the forecast was wrong.") == [
        ("A201", "many economists")
    ]
    assert _flagged("It soon became clear to many voters that the race was over.") == [
        ("A201", "many voters")
    ]


def test_people_told_something_clearly_or_generic_people_are_no_source() -> None:
    assert _flagged("The shortcut will be obvious to anyone who knows the city.") == []
    assert _flagged("The mayor made it clear to reporters that the pool would close.") == []
    assert _flagged("The coach reminded parents that practice starts at noon.") == []


# 4. A party's wing or base named by its leaning ([collectives] in vague.txt).


def test_a_partys_wing_or_base_is_a_vague_group() -> None:
    assert _flagged("The proposal resonated with the party's liberal wing.") == [
        ("A201", "the party's liberal wing")
    ]
    assert _flagged("The conservative wing of the party says the deal is a betrayal.") == [
        ("A201", "The conservative wing of the party")
    ]
    assert _flagged("Many in the evangelical base believe the deal is a betrayal.") == [
        ("A203", "Many in the evangelical base")
    ]
    assert _flagged("The rank and file say the contract is unfair.") == [
        ("A201", "The rank and file")
    ]


def test_a_buildings_wing_is_no_group() -> None:
    assert _flagged("The hospital's new east wing opened in May, officials said.") == [
        ("A101", "officials")
    ]


# 5. Each member of a definite counted set is the set ("all three leaders, each of whom").


def test_each_of_a_definite_counted_set_is_not_a_vague_share() -> None:
    # MEND28B: only when the story has named the members (the docstring's condition)
    assert _flagged(
        "Justin Moreau, Elena Pastor and Tom Achebe met in Ottawa. The moderator put questions"
        " to all three leaders, each of whom said trade helps."
    ) == []
    assert _flagged(
        "Senator Ann Ruiz and Senator Paul Berg voted no. The host thanked the two senators, both"
        " of whom said it was flawed."
    ) == []


def test_a_share_of_an_open_group_stays_vague() -> None:
    assert _flagged("The mayor met dozens of residents, many of whom said it would fail.") == [
        ("A201", "many of whom")
    ]
    assert _flagged("The mayor met dozens of residents, each of whom said it would fail.") == [
        ("A201", "each of whom")
    ]


# 6. A group's second verb, after "and", credits it after any past verb of its own
# (source_phrases.speech_in_coordinated_verb, now also the finder's cheap test).


def test_a_group_that_acts_and_then_speaks_is_credited() -> None:
    assert _flagged("Critics gathered outside the ministry and complained about the fees.") == [
        ("A201", "Critics")
    ]
    assert _flagged("Many residents met the mayor and voiced concern about the traffic.") == [
        ("A201", "Many residents")
    ]
    assert _flagged("Critics toured the site and condemned the plan.") == [("A201", "Critics")]


def test_a_group_that_only_acts_or_a_second_subject_speaks_is_no_source() -> None:
    assert _flagged("Residents paid the fee and left.") == []
    assert _flagged("Residents sat in the front row and the mayor called them heroes.") == []
    assert _flagged("Voters went to the polls and rejected the levy.") == []


# 7. People an outlet interviewed are the speakers, not the outlet (mentions._QUESTIONED_BY).


def test_people_interviewed_by_an_outlet_are_a_vague_group() -> None:
    assert classify_mention("Voters interviewed by The New York Times") == "vague"
    assert classify_mention("Several residents interviewed by The Associated Press") == "vague"
    assert classify_mention("Experts quoted by The Guardian") == "vague"
    report = analyze_text("Most delegates interviewed by Reuters said they would back the nominee.")
    assert [(q.speaker.text, q.speaker.kind) for q in report.quotes if q.speaker] == [
        ("Most delegates interviewed by Reuters", "vague")
    ]
    assert [(f.rule, f.text) for f in report.findings if f.rule.startswith("A")] == [
        ("A201", "Most delegates interviewed by Reuters")
    ]


def test_a_poll_of_an_outlet_and_the_outlet_alone_keep_their_kinds() -> None:
    assert classify_mention("Reuters") == "outlet"
    assert classify_mention("a memo obtained by The New York Times") == "document"
    assert classify_mention("Voters surveyed by Gallup") != "vague"


# 8. Plural people nouns with no agent ending (human_nouns.txt [heads]).


def test_more_people_nouns_without_an_agent_ending() -> None:
    assert _flagged("Many entrepreneurs say the new rules will stifle hiring.") == [
        ("A201", "Many entrepreneurs")
    ]
    assert _flagged("Local restaurateurs have criticized the new fees.") == [
        ("A201", "Local restaurateurs")
    ]
    assert _flagged("Some celebrities argue the tax is unfair.") == [("A201", "Some celebrities")]
    assert _flagged("Passersby said the driver had been speeding.") == [("A201", "Passersby")]


def test_people_nouns_that_only_act_are_no_source() -> None:
    assert _flagged("Many entrepreneurs opened shops on the street last year.") == []


# 10. A view voiced, repeated or floated by a group, and feelings stirred among a group
# ([by_participles], [before]).


def test_a_view_voiced_or_repeated_by_a_group_credits_it() -> None:
    assert _flagged("It is a concern voiced by many parents at the school.") == [
        ("A201", "many parents at the school")
    ]
    assert _flagged("The claim has been repeated by many Republicans.") == [
        ("A201", "many Republicans")
    ]
    assert _flagged("It is a charge leveled by critics of the plan.") == [
        ("A201", "critics of the plan")
    ]
    assert _flagged("The idea has been floated by some lawmakers.") == [("A201", "some lawmakers")]


def test_feelings_stirred_among_a_group_credit_it() -> None:
    assert _flagged("The ruling has caused dismay among residents.") == [("A201", "residents")]
    assert _flagged("The forecast raised alarm among economists.") == [("A201", "economists")]


def test_things_leveled_or_repeated_by_no_group_are_no_source() -> None:
    assert _flagged("The old town was leveled by the earthquake.") == []
    assert _flagged("The song was repeated by the choir.") == []
    # MEND28B (review REV28B): flaggable groups, the misfires the rule made
    assert _flagged("The experiment has been repeated by scientists in three countries.") == []
    assert _flagged("The site was leveled by bulldozers.") == []
    assert _flagged("The part was voiced by several actors.") == []


# 11. An unnamed body of opinion by where it is held or by a count of accounts ([weasel]).


def test_some_quarters_and_all_accounts_are_weasel_attributions() -> None:
    assert _flagged("The backlash has been fierce in some quarters.") == [
        ("A202", "in some quarters")
    ]
    assert _flagged("By many accounts, the talks collapsed over the port.") == [
        ("A202", "By many accounts")
    ]
    assert _flagged("The chef is, by all accounts, a demanding boss.") == [
        ("A202", "by all accounts")
    ]


# 12. More nouns of a held view or a rumour before "among" ([before]).


def test_a_view_or_rumour_among_a_group_credits_it() -> None:
    assert _flagged("There is a feeling among many residents that the council failed them.") == [
        ("A201", "many residents")
    ]
    assert _flagged("The conventional wisdom among pundits is that the race is over.") == [
        ("A201", "pundits")
    ]
    # MEND28B (review REV28B): not "mood among", the reporter's picture of a scene ("The mood
    # among shoppers on Oxford Street was subdued")
    assert _flagged("The mood among investors is grim.") == []


def test_a_neutral_spread_of_views_among_a_group_credits_nothing() -> None:
    assert _flagged("Opinion among older voters is split.") == []
    assert _flagged("The shift in views among younger members is striking.") == []


# 13. "those"/"someone" with knowledge of, briefed on, familiar with ([phrases] of anonymous.txt).


def test_those_with_knowledge_and_someone_familiar_are_anonymous() -> None:
    assert _flagged("Those with knowledge of the talks say the deal is dead.") == [
        ("A101", "Those with knowledge of the talks")
    ]
    assert _flagged("The deal, according to someone with knowledge of the talks, is dead.") == [
        ("A101", "someone with knowledge of the talks")
    ]
    assert _flagged("Those briefed on the talks say the deal is dead.") == [
        ("A101", "Those briefed on the talks")
    ]


def test_generic_people_familiar_with_a_place_are_no_source() -> None:
    assert _flagged("The shortcut will be obvious to those familiar with the city.") == []
    # MEND28B (review REV28B): "someone familiar with" too
    assert _flagged("The route would be obvious to someone familiar with the city.") == []
    assert _flagged("Someone familiar with the area would know the route.") == []
