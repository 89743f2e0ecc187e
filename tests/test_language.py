"""The language stage: hedging and loaded language with voice, sense rules, config, subjectivity.

Each test builds a Document whose sentences are its lines and runs only the language stage (quotes
made by hand where voice matters), so the behaviour under test is this stage's alone.  The seed
test at the end runs the whole pipeline.
"""

from __future__ import annotations

import re
import time

import pytest

from newscheck.config import Config, LexiconConfig
from newscheck.document import Document, Span
from newscheck.pipeline import build_document, run_pipeline
from newscheck.report import Finding, Quote, Speaker
from newscheck.stages import language


def analyse(text: str, *, quotes: list[Quote] | None = None, config: Config | None = None,
            findings: list[Finding] | None = None) -> Document:
    document = build_document(text, config=config)
    document.sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    document.quotes = list(quotes or [])
    document.findings = list(findings or [])
    language.run(document)
    for finding in document.findings:
        assert document.text[finding.start : finding.end] == finding.text
    return document


def flagged(text: str, category: str, **kwargs) -> list[tuple[str, str, str]]:
    """(rule, words, voice) of the findings of one category, in text order."""
    found = [f for f in analyse(text, **kwargs).findings if f.category == category]
    return [(f.rule, f.text, f.voice) for f in sorted(found, key=lambda f: f.start)]


def span_of(text: str, words: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return start, start + len(words)


def quote_around(text: str, content: str, quote_id: str = "q1",
                 speaker: str | None = None) -> Quote:
    start, end = span_of(text, content)
    who = None
    if speaker:
        s, e = span_of(text, speaker)
        who = Speaker(s, e, speaker, speaker, "person")
    return Quote(quote_id, "direct", start, end, content, speaker=who)


# --- hedging: each class of cue, with exact spans -------------------------------------------

def test_hedging_adverb_in_reporters_voice_has_exact_span_and_plain_message():
    text = "The minister reportedly met the donor twice before the vote."
    document = analyse(text)
    [finding] = [f for f in document.findings if f.category == "hedging"]
    assert (finding.rule, finding.start, finding.end) == ("H103", 13, 23)
    assert finding.text == "reportedly" and finding.voice == "author" and finding.quote is None
    assert finding.sentence == 0 and finding.severity == "info"
    assert "name the source" in finding.message


def test_modal_is_reported_with_its_verb_but_not_with_a_hedging_adverb():
    text = "The ruling could shift the balance of power in the coalition."
    assert flagged(text, "hedging") == [("H101", "could shift", "author")]
    text = "The minister would probably resign before the vote."
    assert flagged(text, "hedging") == [("H101", "would", "author"),
                                        ("H103", "probably", "author")]


def test_hedging_verbs_phrases_and_adjectives():
    text = (
        "The figures suggest a slowdown in hiring.\n"
        "The general is said to be considering retirement.\n"
        "It remains unclear whether the ferry will run on Sunday.\n"
        "There are signs that the ceasefire is fraying.\n"
        "Police described the fire as a possible arson attack."
    )
    assert flagged(text, "hedging") == [
        ("H102", "suggest", "author"),
        ("H105", "is said to", "author"),
        ("H105", "It remains unclear", "author"),
        ("H105", "There are signs that", "author"),
        ("H104", "possible", "author"),
    ]


def test_could_not_as_past_inability_is_quiet():
    text = "Rescuers could not reach the village until Tuesday morning."
    assert flagged(text, "hedging") == []


def test_may_the_month_and_the_name_are_quiet_but_the_modal_is_not():
    text = (
        "The new tariff takes effect in May.\n"
        "On May 3 the council voted to close the depot.\n"
        "May 12 is the deadline for appeals.\n"
        "Former prime minister Theresa May spoke at the dinner.\n"
        "The vote may slip to next week."
    )
    assert flagged(text, "hedging") == [("H101", "may slip", "author")]


def test_might_the_noun_is_quiet_but_the_modal_is_not():
    text = (
        "The parade was a show of military might.\n"
        "They pushed with all their might against the door.\n"
        "The strike might spread to other ports."
    )
    assert flagged(text, "hedging") == [("H101", "might spread", "author")]


def test_appear_meaning_show_up_is_quiet_but_appear_meaning_seem_is_not():
    text = (
        "The senator appeared in court on Monday.\n"
        "The coach appeared on television after the match.\n"
        "Customers should call if the refund has not appeared by Friday.\n"
        "The talks appear to have stalled over funding."
    )
    assert flagged(text, "hedging") == [("H102", "appear", "author")]


def test_would_for_a_reported_future_is_quiet_but_speculative_would_is_not():
    text = (
        "She said she would visit Kyiv in March.\n"
        "He would later become the party's treasurer.\n"
        "The merger would create the largest lender in the region."
    )
    assert flagged(text, "hedging") == [("H101", "would create", "author")]


def test_would_reported_across_a_clause_is_the_speakers_not_a_hedge():
    text = (
        "The council said on Tuesday that the long-delayed repairs to the harbour bridge "
        "would cost $4 million.\n"
        "The repairs would cost $4 million; the council said nothing about who pays."
    )
    assert flagged(text, "hedging") == [("H101", "would cost", "author")]
    assert analyse(text).findings[0].start == text.index("would cost", 100)


def test_would_in_a_long_or_coordinated_reported_clause_is_the_speakers():
    text = (
        "Pereira said crews would start in the Harbour and Kiln Lane districts, where the 2021 "
        "survey recorded the most corroded mains, and would move east from there.\n"
        "Analysts believed the sale would close before the end of the quarter.\n"
        "According to the port authority, the new berth would take two ships at once.\n"
        "The audit found the repairs would need another $3 million.\n"
        "Crews would move east from there."
    )
    assert flagged(text, "hedging") == [("H101", "would move", "author")]
    assert analyse(text).findings[0].start == text.rindex("would move")


def test_would_stating_what_a_proposal_provides_or_a_past_habit_is_quiet():
    text = (
        "The senate passed a bill that would require landlords to register every rental unit.\n"
        "The plan would raise bus fares by 20 cents in January.\n"
        "As a young reporter she would often sleep at the newsroom.\n"
        "The strike would shut every port on the east coast."
    )
    assert flagged(text, "hedging") == [("H101", "would shut", "author")]


def test_may_have_is_epistemic_only_as_a_perfect():
    text = (
        "Under the lease, tenants may have a dog or a cat but not both.\n"
        "The driver may also have been using a phone when the bus left the road.\n"
        "Larger homes may have a second meter."
    )
    assert flagged(text, "hedging") == [("H101", "may", "author")]
    assert analyse(text).findings[0].start == text.index("may also")


def test_could_for_a_past_ability_or_purpose_is_quiet_but_a_possibility_is_not():
    text = (
        "From the bridge, residents could see smoke rising over the refinery.\n"
        "Nobody could explain why the alarm stayed silent.\n"
        "The crew worked as fast as they could to clear the road.\n"
        "The council opened the hall so that families could shelter overnight.\n"
        "The smoke could be seen from the motorway.\n"
        "The closure could cost the port $2 million a week."
    )
    assert flagged(text, "hedging") == [("H101", "could cost", "author")]


def test_possible_hedges_only_about_something_specific():
    text = (
        "The grant made the new clinic possible.\n"
        "Overnight repairs are only possible when the line is closed.\n"
        "Voters can rank up to five possible candidates on the ballot.\n"
        "Investigators are examining a possible link between the two fires.\n"
        "It is also possible that the letter was never sent."
    )
    assert flagged(text, "hedging") == [("H104", "possible", "author"),
                                        ("H104", "possible", "author")]
    starts = [f.start for f in analyse(text).findings]
    assert starts == [text.index("possible link"), text.rindex("possible")]


def test_potential_before_a_role_is_a_category_not_a_hedge():
    text = (
        "The agency sent letters to potential buyers of the site.\n"
        "Auditors found a potential conflict of interest on the board."
    )
    assert flagged(text, "hedging") == [("H104", "potential", "author")]
    assert analyse(text).findings[0].start == text.rindex("potential")


def test_most_is_a_vague_quantity_only_over_people():
    text = (
        "Most residents oppose the new runway.\n"
        "Most of them left before the vote.\n"
        "Most of the water is lost through old pipes.\n"
        "In most cases the fine is paid within a month.\n"
        "It was the most expensive bridge ever built in the region.\n"
        "A paediatrician said the timeline mattered most for young children."
    )
    assert [(rule, words) for rule, words, _ in flagged(text, "hedging")] == [
        ("H104", "Most"), ("H104", "Most")]
    assert [f.start for f in analyse(text).findings if f.category == "hedging"] == [
        0, text.index("Most of them")]


def test_an_agentless_naming_with_a_frequency_adverb_is_a_weasel_phrase():
    text = "The district is often described as the city's most neglected corner."
    assert flagged(text, "hedging") == [("H105", "often described", "author")]


def test_root_may_of_a_rule_or_capacity_is_quiet_but_epistemic_may_is_not():
    text = (
        "Under the new rules, a tenant may ask the board for a second inspection.\n"
        "Untreated, such infections may cause fever and joint pain in children.\n"
        "The fire may have started in a storage room behind the kitchen.\n"
        "It may be that the ministry never received the letter.\n"
        "She may run for the Senate seat next year."
    )
    assert flagged(text, "hedging") == [
        ("H101", "may have", "author"), ("H101", "may be", "author"),
        ("H101", "may run", "author"),
    ]


def test_weasel_templates_vague_crowds_and_agentless_passives_are_hedges():
    text = (
        "It has been argued that the bypass merely moved the traffic to Mill Lane.\n"
        "The levy is seen by many as a tax on commuters.\n"
        "The herbicide is widely used on farms north of the river.\n"
        "Certain councillors wanted the vote delayed.\n"
        "Prices differ widely between the two towns, and a certain amount of waste is normal.\n"
        "The flood was seen by some 200 residents from the hill."
    )
    assert flagged(text, "hedging") == [
        ("H105", "has been argued", "author"), ("H105", "by many", "author"),
        ("H103", "widely", "author"), ("H104", "Certain", "author"),
    ]


def test_adverbs_derived_from_loaded_adjectives_are_loaded_too():
    text = (
        "The minister shamelessly rewrote the report to hide the overspend.\n"
        "The fire spread rapidly through the warehouse and the crew acted swiftly."
    )
    assert flagged(text, "loaded_language") == [("L101", "shamelessly", "author")]


def test_disparaging_compounds_and_absolute_superlatives():
    text = (
        "Columnists called him a tax-hating crank.\n"
        "Opponents said it was the worst budget in the city's history.\n"
        "It was the costliest storm ever recorded in the county, insurers said.\n"
        "The best seats were sold out by noon."
    )
    assert flagged(text, "loaded_language") == [
        ("L102", "tax-hating", "author"), ("L104", "worst budget in the city's history", "author"),
    ]


def test_nicknames_stamps_counted_terms_and_headline_quotes_are_not_scare_quotes():
    text = (
        "Ferry Operator 'Warned' Before Harbour Collision\n\n"
        "The skipper, Thomas \"Tam\" Reilly, had sailed the route for years.\n"
        "A folder marked \"CONFIDENTIAL\" was left on the bridge.\n"
        "Survey answers were grouped as 'Safety' (41) and 'Cost' (17).\n"
        "The company's promised \"improvements\" never arrived."
    )
    found = flagged(text, "loaded_language")
    assert found == [("L101", "improvements", "author")]


def test_a_quoted_word_that_cites_a_longer_quotation_or_a_gloss_is_not_a_scare_quote():
    text = (
        'The guidance says divorced and remarried parents "may receive the sacraments after '
        'discernment with a priest".\n'
        'Critics say "discernment" leaves too much to each parish.\n'
        'The island\'s name means "harbour" in the old dialect.\n'
        'Volunteers carried boxes marked "fragile" into the hall.\n'
        'The "consultation" lasted eleven minutes.'
    )
    assert flagged(text, "loaded_language") == [("L101", "consultation", "author")]


def test_a_scare_quote_is_cited_only_by_a_whole_word_of_a_longer_quotation():
    # "tower" is a word of the mayor's quoted promise (cited); "consultation" only a part of one
    # of its words ("consultations"), so it stays the writer's scare quote
    text = (
        'The mayor promised "public consultations on every new tower" last spring.\n'
        'The "consultation" lasted eleven minutes, and "tower" was barely mentioned.'
    )
    assert flagged(text, "loaded_language") == [("L101", "consultation", "author")]


def test_so_called_before_a_proper_name_introduces_it_but_sneers_before_a_common_noun():
    text = (
        "Delegates from the so-called Harbour Group met in Lisbon.\n"
        "The so-called experts did not attend the hearing."
    )
    assert flagged(text, "loaded_language") == [("L102", "so-called", "author")]
    assert analyse(text).findings[0].start == text.rindex("so-called")


def test_hate_as_a_verb_names_a_feeling_but_the_noun_is_loaded():
    text = (
        "Commuters say they hate the new timetable.\n"
        "The leaflets spread hate against the newcomers."
    )
    assert flagged(text, "loaded_language") == [("L101", "hate", "author")]
    assert analyse(text).findings[0].start == text.rindex("hate")


def test_deeply_of_depth_or_attachment_is_not_an_intensifier():
    text = (
        "The cables are deeply buried under the old quay.\n"
        "Investigators will delve deeply into the accounts.\n"
        "Residents found the footage deeply disturbing."
    )
    assert flagged(text, "loaded_language") == [("L103", "deeply", "author"),
                                                ("L101", "disturbing", "author")]


def test_descriptive_political_terms_and_accusation_verbs_are_left_to_other_rules():
    # AP describes extremist movements as 'far-right'; 'lied' is an accusation that the
    # sourcing stage flags when it has no source (A402), so neither is loaded wording here.
    text = (
        "The far-right party won four seats in the regional vote.\n"
        "The inquiry found that the manager lied to auditors.\n"
        "The columnist called the councillors liars and the chamber a cesspool."
    )
    assert flagged(text, "loaded_language") == [("L101", "liars", "author"),
                                                ("L101", "cesspool", "author")]


def test_coined_gate_scandal_names_are_labels_but_ordinary_gate_words_are_not():
    text = (
        "Supporters of the mayor dismissed what talk radio now calls Parkinggate as a "
        "bookkeeping error.\n"
        "Inspectors will investigate the delegate's expenses at the Highgate office."
    )
    assert flagged(text, "loaded_language") == [("L102", "Parkinggate", "author")]


def test_approximate_numbers_are_not_hedges():
    text = (
        "About 40 people were hurt, and nearly half of them were children.\n"
        "Some 200 residents were moved to a school gym.\n"
        "As many as 60 homes lost power."
    )
    assert flagged(text, "hedging") == []


def test_vague_quantities_are_hedges():
    text = "Many residents say the water still smells, and some shops have closed."
    assert flagged(text, "hedging") == [("H104", "Many", "author"), ("H104", "some", "author")]


def test_negated_hedges_it_is_not_clear_is_one_there_is_no_doubt_is_not():
    text = (
        "It is not clear whether the bridge will reopen.\n"
        "There is no doubt the fire was set deliberately."
    )
    assert flagged(text, "hedging") == [("H105", "It is not clear", "author")]


def test_first_person_belief_hedges_but_belief_in_something_does_not():
    text = (
        "We believe the numbers are understated, the report's authors wrote.\n"
        "He believes in public transport.\n"
        "The painting is thought to be the artist's last."
    )
    assert flagged(text, "hedging") == [
        ("H102", "believe", "author"),
        ("H105", "is thought to", "author"),
    ]


def test_hedge_inside_a_vague_attribution_is_left_to_the_sourcing_stage():
    text = "Many experts say the dam is unsafe."
    start, end = span_of(text, "Many experts say")
    vague = Finding("", "A201", "vague_attribution", "warning", start, end, text[start:end],
                    "author", 0, "who are the experts?")
    document = analyse(text, findings=[vague])
    assert [f.rule for f in document.findings] == ["A201"]


def test_hedge_verb_whose_subject_is_a_flagged_source_is_left_to_the_sourcing_stage():
    text = (
        "One official, who asked not to be named, suggested the talks had failed.\n"
        "The figures suggested the talks had failed."
    )
    start, end = span_of(text, "One official")
    anonymous = Finding("", "A101", "anonymous_source", "warning", start, end, text[start:end],
                        "author", 0, "who is the official?")
    assert flagged(text, "hedging", findings=[anonymous]) == [("H102", "suggested", "author")]
    [hedge] = [f for f in analyse(text, findings=[anonymous]).findings if f.rule == "H102"]
    assert hedge.sentence == 1


# --- loaded language: subtypes, context rules ----------------------------------------------

def test_loaded_subtypes_in_reporters_voice():
    text = (
        "In a startling revelation, the minister resigned.\n"
        "The radical activists blocked the road.\n"
        "The new stance contrasts sharply with his promises.\n"
        "The unprecedented collapse rattled lenders.\n"
        "The world-class facility opened on Monday."
    )
    assert flagged(text, "loaded_language") == [
        ("L101", "startling revelation", "author"),
        ("L102", "radical", "author"),
        ("L103", "sharply", "author"),
        ("L104", "unprecedented", "author"),
        ("L105", "world-class", "author"),
    ]
    document = analyse(text)
    subtypes = [f.subtype for f in document.findings if f.category == "loaded_language"]
    assert subtypes == ["emotive", "name_calling", "intensifier", "exaggeration", "puffery"]
    severities = [f.severity for f in document.findings if f.category == "loaded_language"]
    assert severities == ["warning", "warning", "info", "warning", "warning"]


def test_ordinary_technical_and_movement_uses_are_not_loaded():
    text = (
        "Hackers targeted critical infrastructure across the state.\n"
        "The bus took a sharp turn near the bridge.\n"
        "Copper prices fell sharply in March.\n"
        "Disaster relief arrived two days after the flood."
    )
    assert flagged(text, "loaded_language") == []


def test_a_capitalised_word_inside_a_name_is_not_loaded_but_the_label_is():
    text = (
        "Shares in Hero Motors rose on Monday.\n"
        "The crowd hailed the firefighter as a hero."
    )
    assert flagged(text, "loaded_language") == [("L102", "hero", "author")]


def test_headlines_and_capitals_for_emphasis_are_not_names():
    text = (
        "Senate Passes Sham Budget Deal\n"
        "The new parking scheme is INSANE, and residents know it."
    )
    assert flagged(text, "loaded_language") == [
        ("L101", "Sham", "author"),
        ("L101", "INSANE", "author"),
    ]


def test_hyphenated_compound_with_a_loaded_part_unless_the_prefix_negates_it():
    text = (
        "The report described a bone-chilling scene at the depot.\n"
        "The ministry funds an anti-propaganda unit and a self-hatred study."
    )
    assert flagged(text, "loaded_language") == [("L101", "bone-chilling", "author")]


def test_possessive_is_left_outside_the_span():
    text = "Reporters waited outside the dictator's palace."
    assert flagged(text, "loaded_language") == [("L102", "dictator", "author")]


def test_scare_quotes_are_loaded_unless_a_speaker_is_credited():
    text = 'The so-called "reform" passed with two votes to spare.'
    assert flagged(text, "loaded_language") == [
        ("L102", "so-called", "author"),
        ("L101", "reform", "author"),
    ]
    nested = "'The \"reform\" is a joke,' the senator said."
    quote = quote_around(nested, "'The \"reform\" is a joke,'", speaker="the senator")
    assert flagged(nested, "loaded_language", quotes=[quote]) == []  # the source's marks
    credited = "The mayor called the plan 'reckless' on Friday."
    quote = quote_around(credited, "'reckless'", speaker="The mayor")
    assert flagged(credited, "loaded_language", quotes=[quote]) == [
        ("L201", "reckless", "quoted")
    ]


# --- voice ----------------------------------------------------------------------------------

def test_the_same_loaded_word_in_a_quotation_and_in_narration():
    text = (
        "'They keep stealing from us,' the farmer said.\n"
        "Police say the stealing stopped in June."
    )
    quote = quote_around(text, "'They keep stealing from us,'", "q7", speaker="the farmer")
    document = analyse(text, quotes=[quote])
    loaded = [f for f in document.findings if f.category == "loaded_language"]
    assert [(f.rule, f.voice, f.quote, f.sentence, f.severity) for f in loaded] == [
        ("L201", "quoted", "q7", 0, "info"),
        ("L101", "author", None, 1, "warning"),
    ]
    assert [(f.start, f.end) for f in loaded] == [span_of(text, "stealing", 1),
                                                  span_of(text, "stealing", 2)]
    assert "inside a quotation" in loaded[0].message


def test_hedge_inside_a_quotation_uses_the_2xx_code():
    text = "'Prices could rise again,' the minister said."
    quote = quote_around(text, "'Prices could rise again,'", "q1", speaker="the minister")
    assert flagged(text, "hedging", quotes=[quote]) == [("H201", "could rise", "quoted")]


def test_indirect_speech_does_not_make_words_quoted():
    text = "The minister said prices were reportedly rising."
    start, end = span_of(text, "prices were reportedly rising")
    indirect = Quote("q1", "indirect", start, end, text[start:end])
    assert flagged(text, "hedging", quotes=[indirect]) == [("H103", "reportedly", "author")]


# --- configuration --------------------------------------------------------------------------

def test_house_style_extensions_allow_list_and_severity_override():
    text = (
        "The rogue agency ignored the order.\n"
        "In a startling revelation, the minister resigned.\n"
        "In all likelihood the bill will pass."
    )
    config = Config(
        severity=(("L101", "error"),),
        lexicon=LexiconConfig(
            extra_loaded=("rogue",),
            allowed_words=("startling revelation",),
            extra_hedges=("in all likelihood",),
        ),
    )
    document = analyse(text, config=config)
    ordered = sorted(document.findings, key=lambda f: f.start)
    rows = [(f.rule, f.text, f.severity) for f in ordered if f.rule[0] in "HL"]
    assert rows == [("L101", "rogue", "error"), ("H105", "In all likelihood", "info")]


def test_allowing_a_single_word_silences_every_phrase_containing_it_and_its_scare_quotes():
    config = Config(lexicon=LexiconConfig(allowed_words=("startling", "reform")))
    text = 'In a startling revelation, the minister resigned.\nThe "reform" passed.'
    assert flagged(text, "loaded_language", config=config) == []


# --- subjectivity ---------------------------------------------------------------------------

def test_sentence_scores_match_textblob_pattern_analyzer():
    from textblob.en.sentiments import PatternAnalyzer

    text = (
        "The implications of this potential deal are profound.\n"
        "The council met on Tuesday.\n"
        "It was not a very good result for the terrible old coalition."
    )
    document = analyse(text)
    analyzer = PatternAnalyzer()
    for index, line in enumerate(text.split("\n")):
        expected = analyzer.analyze(line)
        assert document.sentence_scores[index] == pytest.approx(
            (expected.polarity, expected.subjectivity)
        )


def test_highly_subjective_narration_gets_t101_on_its_most_subjective_words():
    text = (
        "The mayor's terrible, stupid plan is a ridiculous waste of the city's money.\n"
        "The implications of this potential deal are profound.\n"
        "The council met on Tuesday at the town hall."
    )
    document = analyse(text)
    [t101] = [f for f in document.findings if f.rule == "T101"]
    assert (t101.sentence, t101.voice, t101.text) == (0, "author", "terrible")
    assert (t101.start, t101.end) == span_of(text, "terrible")
    assert "subjectivity 0.75" in t101.message
    assert "'terrible', 'stupid', 'ridiculous'" in t101.message
    # One or two strong words are not enough: sentence 1 scores 1.0 but has two.
    assert document.sentence_scores[1][1] == pytest.approx(1.0)


def test_a_wholly_quoted_sentence_gets_no_narration_score():
    text = "'This is a wonderful, beautiful, perfect day,' she said.\nThe sun rose at six."
    quote = quote_around(text, "'This is a wonderful, beautiful, perfect day,'")
    document = analyse(text, quotes=[quote])
    assert not [f for f in document.findings if f.rule == "T101"]
    assert document.sentence_scores[0] == (0.0, 0.0)  # only "she said" is narration


# --- the per-sentence functions ------------------------------------------------------------

def test_detectors_are_pure_functions_over_one_sentence():
    from newscheck.lexicon_matcher import Words
    from newscheck.stages.hedging import find_hedges, hedge_matcher
    from newscheck.stages.loaded import find_loaded, loaded_matcher

    text = "Officials reportedly slammed the plan, which could cost millions."
    words = Words(text)
    hedges = [(m.start, m.end, m.entry.kind) for m in find_hedges(words, hedge_matcher((), ()))]
    loaded = [(m.start, m.end, m.entry.kind) for m in find_loaded(words, loaded_matcher((), ()))]
    assert hedges == [(*span_of(text, "reportedly"), "adverb"),
                      (*span_of(text, "could cost"), "modal")]
    assert loaded == [(*span_of(text, "slammed"), "emotive")]


# --- robustness -----------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["verybombshell", "'a'", "may-", "“x”"])
def test_five_megabytes_without_whitespace_is_linear(unit):
    text = unit * (5_000_000 // len(unit))
    document = Document(text=text, analysis_text=text, sentences=[Span(0, len(text))])
    started = time.process_time()
    language.run(document)
    assert time.process_time() - started < 60  # generous: pathological input, not a benchmark


def test_empty_and_punctuation_only_sentences():
    document = analyse("...\n—\n")
    assert document.findings == []


# --- the seed article (whole pipeline) -------------------------------------------------------

def test_seed_article_hedges_and_loaded_words_with_voice(seed_text):
    report = run_pipeline(seed_text)
    rows = {(f.category, f.text, f.voice) for f in report.findings}
    for words in ("hinted", "suggests", "could shift"):
        assert ("hedging", words, "author") in rows
    assert ("loaded_language", "startling revelation", "author") in rows
    assert ("loaded_language", "stealing", "quoted") in rows
    [stealing] = [f for f in report.findings if f.text == "stealing"]
    assert stealing.rule == "L201" and stealing.quote is not None
