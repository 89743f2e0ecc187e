"""Round-5 language rules: vague quantities in their time and idiom senses, agentless
'is known to', and the loaded words added this round (exact spans, must-not-flag cases)."""

from __future__ import annotations

import re

from newscheck.document import Span
from newscheck.pipeline import build_document
from newscheck.stages import language


def flagged(text: str, category: str) -> list[tuple[str, str]]:
    """(rule, words) of one category's findings, each line of ``text`` a sentence."""
    document = build_document(text)
    document.sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    document.quotes = []
    document.findings = []
    language.run(document)
    found = sorted((f for f in document.findings if f.category == category),
                   key=lambda f: f.start)
    for finding in found:
        assert text[finding.start : finding.end] == finding.text
    return [(f.rule, f.text) for f in found]


def test_many_and_some_measuring_time_or_in_idioms_are_not_vague_quantities():
    text = (
        "The mill stood empty for many years before the council bought it.\n"
        "Some years later the family returned to the valley.\n"
        "The pump had been switched on and off many times that night.\n"
        "At some point the driver lost control on the wet bend.\n"
        "For some reason the alarm did not sound.\n"
        "The crew used some kind of foam to seal the leak."
    )
    assert flagged(text, "hedging") == []


def test_many_and_some_over_people_or_things_are_still_vague_quantities():
    text = (
        "Many families moved out after the second flood.\n"
        "Some shopkeepers say the new parking rules cost them trade.\n"
        "Many of the older buses lack ramps."
    )
    assert flagged(text, "hedging") == [("H104", "Many"), ("H104", "Some"), ("H104", "Many")]


def test_agentless_is_known_to_hides_who_knows():
    text = (
        "The compound is known to cause liver damage in dogs.\n"
        "It is known that the valve had been replaced twice.\n"
        "The carvings were known to predate the church."
    )
    assert flagged(text, "hedging") == [("H105", "is known to"), ("H105", "It is known that"),
                                        ("H105", "were known to")]


def test_known_as_a_name_or_known_for_a_record_is_not_a_hedge():
    text = (
        "The bridge, known as the Iron Span, opened in 1911.\n"
        "She is known for her work on river ecology.\n"
        "The gang was known to police long before the raid.\n"
        "The shortcut was known to the drivers but not to the council.\n"
        "The risk was known to her from the first survey."
    )
    assert flagged(text, "hedging") == []


def test_contemptuous_labels_and_emphatic_adverbs_added_this_round():
    text = (
        "The mayor called his rivals cunning and childish during the debate.\n"
        "The council's plan was grossly unfair to tenants, the editorial said.\n"
        "The minister categorically denied the report.\n"
        "The post spread disinformation about the vaccine clinic.\n"
        "The governor used the bully pulpit to push the school bill.\n"
        "The clinic treats malaria parasites and school bullying cases."
    )
    assert flagged(text, "loaded_language") == [
        ("L102", "cunning"), ("L102", "childish"), ("L103", "grossly"), ("L103", "categorically"),
        ("L101", "disinformation"),
    ]


def test_a_lone_capitalised_label_mid_sentence_is_emphasis_not_a_name():
    text = (
        "The pamphlet warned that more Infidels will die unless the border closes.\n"
        "Shares in Hero Motors rose on Monday.\n"
        "The column was signed by the Sankt Gallen Mafia, a name its critics coined."
    )
    assert flagged(text, "loaded_language") == [("L102", "Infidels")]


def test_a_surname_the_document_gives_in_full_is_a_name_when_it_stands_alone():
    text = (
        "The host, Dan Savage, took questions from the audience.\n"
        "Afterwards Savage said the evening had raised $4,000 for the shelter.\n"
        "The attack on the village was savage."
    )
    assert flagged(text, "loaded_language") == [("L101", "savage")]


def test_the_name_scan_is_linear_on_a_long_run_of_capitals():
    import time

    from newscheck.stages.loaded import NameWords

    text = "The pamphlet said more Infidels will die. " + "A" * 2_000_000 + " " + "Ab " * 500_000
    started = time.process_time()
    words = NameWords.of(text)
    assert time.process_time() - started < 10  # quadratic backtracking would take hours
    assert words == frozenset({"Ab"})
