"""Round 19 (SRC19B): "they" credited with a claim for an unnamed group (issue 5).

Each flag test fails on the code before its rule; the guards pass on both.  Sentences are
invented.
"""

from __future__ import annotations

from newscheck.document import Document
from newscheck.pipeline import STAGES, build_document, run_stages

FLAG_RULES = ("A101", "A102", "A201", "A202", "A203")
_UP_TO_SOURCING = STAGES[: STAGES.index("sourcing") + 1]


def _run(text: str) -> Document:
    document = run_stages(build_document(text), _UP_TO_SOURCING)
    for finding in document.findings:
        assert text[finding.start : finding.end] == finding.text
    for quote in document.quotes:
        if quote.speaker is not None:
            speaker = quote.speaker
            assert text[speaker.start : speaker.end] == speaker.text
    return document


def _flags(document: Document) -> list[tuple[str, str, int]]:
    return [(f.rule, f.text, f.start) for f in document.findings if f.rule in FLAG_RULES]


def _speakers(document: Document) -> list[tuple[str, str, str]]:
    return [
        (q.speaker.text, q.speaker.kind, q.speaker.name)
        for q in document.quotes
        if q.speaker is not None and q.kind != "partial"
    ]


def test_they_for_a_quantified_group_of_people_is_vague() -> None:
    text = (
        "More women are running small firms or sitting on company boards. "
        "In their households, they said, women now decide more of the spending."
    )
    document = _run(text)
    they = text.index("they")
    assert _speakers(document) == [("they", "vague", "More women")]
    assert ("A201", "they", they) in _flags(document)


def test_they_for_a_family_named_before_stays_unflagged() -> None:
    text = (
        "The Hendersons are furious about the new bus timetable. "
        "They said the last bus now leaves before the evening shift ends."
    )
    document = _run(text)
    assert _flags(document) == []
    assert all(kind != "vague" for _, kind, _ in _speakers(document))



def test_an_opening_adverb_is_no_speaker_before_a_long_predicate() -> None:
    text = (
        "Most of the drivers were hired on seasonal permits. Now, many have trouble renewing "
        "them, worry about losing their flats and fear they will be sent home."
    )
    document = _run(text)
    many = text.index("many")
    assert _speakers(document) == [("many", "vague", "many")]
    assert ("A201", "many", many) in _flags(document)


def test_an_opening_adverb_before_a_named_speaker_and_aside() -> None:
    text = "Meanwhile, Dana Kline, who runs the shelter, said it was already full."
    document = _run(text)
    assert _speakers(document) == [("Dana Kline", "person", "Dana Kline")]
    assert _flags(document) == []


def test_fear_as_an_attitude_credits_the_group_and_its_they() -> None:
    text = (
        "Many tenants in the block are terrified that the landlord will sell. "
        "They are afraid that the new owner will raise the rents."
    )
    document = _run(text)
    flags = _flags(document)
    assert flags[0] == ("A203", "Many tenants in the block", 0)
    assert ("A201", "They", text.index("They")) in flags


def test_a_scare_done_to_a_group_credits_it_with_nothing() -> None:
    text = "The court fight scares many tenants away from filing complaints at all."
    assert _flags(_run(text)) == []


def test_they_after_a_titled_possessive_group() -> None:
    text = (
        "Mrs. Okafor's supporters showed no sign of giving up on Monday. Many vowed to block "
        "the site over a plan that they say was approved without a hearing."
    )
    document = _run(text)
    they = text.index("they")
    assert ("they", "vague", "Mrs. Okafor's supporters") in _speakers(document)
    assert ("A201", "they", they) in _flags(document)


def test_a_titled_name_telling_a_group_is_no_group_subject() -> None:
    text = "Mr. Okafor told reporters on Monday that he would appeal. They said he looked tired."
    document = _run(text)
    assert _flags(document) == []
