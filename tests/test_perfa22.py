"""Round 22 (PERFA22): the speakers' look-ups made cheaper keep their answers.

Stories written for these tests; each resolves mentions in text order, as the quotes stage does.
"""

from __future__ import annotations

from newscheck.stages.speakers import SpeakerResolver


def _span(text: str, mention: str, after: int = 0) -> tuple[int, int]:
    start = text.index(mention, after)
    return start, start + len(mention)


def test_name_after_role_is_the_person_in_every_story() -> None:
    # the same mention in two stories: its name run is remembered, its canonical name is not
    first = (
        'Union leader Sam Cole said the strike would go ahead. "We have waited long enough," '
        "Cole said on Tuesday."
    )
    second = (
        "Samuel Cole, who has led the drivers since 2019, was defiant. Union leader Sam Cole "
        "said members had voted for it."
    )
    resolver = SpeakerResolver(first)
    speaker = resolver.resolve(_span(first, "Union leader Sam Cole"))
    assert (speaker.name, speaker.kind) == ("Sam Cole", "person")
    start, end = _span(first, "Cole", first.index("enough"))
    assert first[start:end] == "Cole"
    assert resolver.resolve((start, end)).name == "Sam Cole"
    resolver = SpeakerResolver(second)
    speaker = resolver.resolve(_span(second, "Union leader Sam Cole"))
    assert (speaker.name, speaker.kind) == ("Sam Cole", "person")
    assert second[speaker.start : speaker.end] == "Union leader Sam Cole"


def test_focus_word_before_a_count_names_no_one() -> None:
    text = "Just 37% of Americans said they trusted the figures, the survey found."
    speaker = SpeakerResolver(text).resolve(_span(text, "Just 37% of Americans"))
    assert speaker.name == "Just 37% of Americans"
    assert speaker.kind != "person"


def test_lone_surname_takes_the_one_full_name() -> None:
    text = (
        "Marisol Okonkwo-Reyes, the county's chief planner, defended the scheme. "
        "Okonkwo-Reyes said the new homes were needed."
    )
    resolver = SpeakerResolver(text)
    resolver.resolve(_span(text, "Marisol Okonkwo-Reyes"))
    speaker = resolver.resolve(_span(text, "Okonkwo-Reyes", text.index("defended")))
    assert (speaker.name, speaker.kind) == ("Marisol Okonkwo-Reyes", "person")


def test_many_surnames_past_the_scan_budget_keep_their_full_names() -> None:
    # twenty council members: the name index takes over from str.find part-way through
    people = [
        ("Alma", "Brightwater"), ("Bruno", "Castellane"), ("Cora", "Delacroix"),
        ("Dmitri", "Evander"), ("Edith", "Fairbrook"), ("Felix", "Galloway"),
        ("Greta", "Holloway"), ("Hugo", "Ingleby"), ("Irene", "Jessop"), ("Jonas", "Kettering"),
        ("Karin", "Lindqvist"), ("Lionel", "Marchbanks"), ("Mona", "Northcott"),
        ("Nils", "Oakhurst"), ("Olga", "Pemberton"), ("Pavel", "Quarrington"),
        ("Rhea", "Stanhope"), ("Silas", "Thornbury"), ("Tessa", "Underhill"), ("Ugo", "Vance"),
    ]
    parts = [f"Council member {given} {surname} voted for the budget." for given, surname in people]
    parts += [f"{surname} said the vote was close." for _, surname in people]
    text = " ".join(parts)
    resolver = SpeakerResolver(text)
    half = text.index(" said the vote")
    for given, surname in people:
        start, end = _span(text, surname, text.rfind(".", 0, half))
        assert text[start:end] == surname
        speaker = resolver.resolve((start, end))
        assert (speaker.name, speaker.kind) == (f"{given} {surname}", "person")


def test_subject_position_reads_the_words_before_a_name() -> None:
    from newscheck.stages.speakers import _subject_position

    text = (
        "The plan was approved, although Sorensen would not be drawn on it. A letter from "
        "Rowan Estates arrived. Hospital director Mara Velde spoke. (Velde later left.) "
        "Zoë-Claire's aide Tomasz Brandt stayed; \u201cBrandt? No,\u201d said Ines."
    )
    expected = {
        "Sorensen": True,  # after "although": a clause's subject
        "Rowan": False,  # in an object: "a letter from Rowan Estates"
        "Hospital": True,  # the sentence opens with the title before the name
        "Mara": True,
        "Velde": True,  # the first "Velde", after its title and given name
        "Tomasz": False,  # after a possessive with a hyphen and a non-ASCII letter
        "Brandt": False,  # after the words before it: "aide Tomasz"
        "Ines": False,
    }
    for word, subject in expected.items():
        start = text.index(word)
        assert text[start : start + len(word)] == word
        assert _subject_position(text, start) is subject, word
    assert _subject_position(text, text.index("(Velde") + 1) is True  # after a bracket
