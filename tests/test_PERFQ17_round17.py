"""Round 17 (PERFQ17): the quote stage's speaker memory builds the words known about each
speaker only when a role mention looks back for them (``SpeakerResolver.words_of``)."""

from __future__ import annotations

from newscheck.stages.speakers import SpeakerResolver, _Described
from tests.quote_helpers import speakers


def test_a_role_finds_the_speaker_its_apposition_described() -> None:
    text = (
        "Marta Ellison, a county commissioner, said the bridge would reopen in May. "
        "The commissioner said crews had found cracks in two piers."
    )
    assert speakers(text) == [
        ("Marta Ellison", "Marta Ellison", "person"),
        ("The commissioner", "Marta Ellison", "person"),
    ]


def test_a_role_finds_the_speaker_its_title_described() -> None:
    text = (
        "Commissioner Marta Ellison said the bridge would reopen in May. "
        "The commissioner said crews had found cracks in two piers."
    )
    assert speakers(text) == [
        ("Commissioner Marta Ellison", "Marta Ellison", "person"),
        ("The commissioner", "Marta Ellison", "person"),
    ]


def test_the_words_known_about_a_speaker_are_made_on_first_need() -> None:
    text = "Marta Ellison, a county commissioner, said the bridge would reopen in May."
    resolver = SpeakerResolver(text)
    mention = (0, len("Marta Ellison"))
    apposition = (text.index("a county"), text.index(", said"))
    speaker = resolver.resolve(mention, apposition)
    assert (speaker.name, speaker.kind) == ("Marta Ellison", "person")
    known = resolver.history[-1]
    assert isinstance(known.words, _Described)  # nothing built yet
    words = resolver.words_of(known)
    assert words == {"a", "county", "commissioner", "marta", "ellison"}
    assert known.words is words  # built once, then kept
    assert resolver.words_of(known) is words
