"""Round 24 (PERFA24): speaker resolution's cheaper steps keep their answers.

Stories written for these tests; each resolves mentions in text order, as the quotes stage does.
"""

from __future__ import annotations

from newscheck.stages.mentions import classify_mention, outlet_named_after_its_noun
from newscheck.stages.speakers import _FULL_NAME, SpeakerResolver, plausible_speaker


def _span(text: str, mention: str, after: int = 0) -> tuple[int, int]:
    start = text.index(mention, after)
    return start, start + len(mention)


def test_honorific_of_a_full_name_is_read_once_for_every_pronoun() -> None:
    text = (
        "Mrs. Odile Marchetti opened the clinic in 2009. Mr. Tomas Brandt joined her a year "
        'later. "We never turned anyone away," she said. "Not once," she added.'
    )
    resolver = SpeakerResolver(text)
    first = resolver.resolve(_span(text, "she"))
    second = resolver.resolve(_span(text, "she", first.end))
    for speaker in (first, second):
        assert text[speaker.start : speaker.end] == "she"
        assert (speaker.name, speaker.kind) == ("Odile Marchetti", "person")
    # the verdict kept per span: the name and the pronoun its "Mrs." asks for
    span = _span(text, "Mrs. Odile Marchetti")
    assert resolver._person_names[span] == ("Odile Marchetti", "she")
    he_text = text.replace("she said", "he said").replace("she added", "he added")
    resolver = SpeakerResolver(he_text)
    speaker = resolver.resolve(_span(he_text, "he", he_text.index("away")))
    assert (speaker.name, speaker.kind) == ("Tomas Brandt", "person")
    assert resolver._person_names[_span(he_text, "Mr. Tomas Brandt")] == ("Tomas Brandt", "he")


def test_full_name_pattern_ends_where_the_capitalised_words_end() -> None:
    text = "Later Rosa Ibarra-Lund told reporters that O'Neill Park. He left."
    found = [match.group() for match in _FULL_NAME.finditer(text)]
    assert found == ["Later Rosa Ibarra-Lund", "O'Neill Park. He"]
    # a window that ends at the pronoun cuts the name before it
    end = text.index("He")
    assert [match.group() for match in _FULL_NAME.finditer(text, 40, end)] == ["O'Neill Park."]


def test_plausible_speaker_reads_the_words_from_the_end() -> None:
    assert plausible_speaker("a study last year")  # the time after the study is dropped
    assert not plausible_speaker("this week")
    assert not plausible_speaker("the last seven years")
    assert not plausible_speaker("2012")  # a year
    assert plausible_speaker("five")  # a count of people
    assert plausible_speaker("Councillors,")
    assert not plausible_speaker(",")  # no word at all


def test_one_word_name_given_in_full_is_a_person_beside_a_country_body() -> None:
    text = (
        "Ivo Kestria, a shipping lawyer, has advised the port for a decade. Kestria's foreign "
        "ministry did not comment. Kestria said the port would reopen."
    )
    resolver = SpeakerResolver(text)
    start, end = _span(text, "Kestria", text.index("comment"))
    speaker = resolver.resolve((start, end))
    assert text[speaker.start : speaker.end] == "Kestria"
    assert (speaker.name, speaker.kind) == ("Ivo Kestria", "person")
    # never given as a person's name: the country's government
    country = (
        "Kestria's foreign ministry did not comment on Monday. Kestria said the port would "
        "reopen."
    )
    resolver = SpeakerResolver(country)
    speaker = resolver.resolve(_span(country, "Kestria", country.index("Monday")))
    assert (speaker.name, speaker.kind) == ("Kestria", "organization")


def test_outlet_noun_must_start_a_word() -> None:
    assert outlet_named_after_its_noun("radio station Onda Norte")
    assert not outlet_named_after_its_noun("the e-newspaper Diario Norte")
    assert not outlet_named_after_its_noun("our_newspaper Diario Norte")
    # a later noun that starts a word is found past the one inside a word
    assert outlet_named_after_its_noun("an e-newspaper and newspaper Diario Norte")
    assert classify_mention("the weekly The Harbour Lantern") == "outlet"
    assert classify_mention("the e-weekly Harbour Lantern") != "outlet"
