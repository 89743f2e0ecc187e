"""Round 23 (PERFA23): the speakers' look-backs made cheaper keep their answers.

Stories written for these tests; each resolves mentions in text order, as the quotes stage does.
"""

from __future__ import annotations

from newscheck.stages.speakers import SpeakerResolver, _capitalised_before, _subject_position


def _span(text: str, mention: str, after: int = 0) -> tuple[int, int]:
    start = text.index(mention, after)
    return start, start + len(mention)


def test_recent_openings_are_the_last_two_sentences_latest_first() -> None:
    text = (
        "The board met on Monday. Dr. Anya Petrov chaired the session for Mr. Hale. "
        "She said the vote was close."
    )
    resolver = SpeakerResolver(text)
    position = text.index("said")
    # "Dr." and "Mr." end no sentence: the openings are "She" and "Dr. Anya Petrov"
    assert resolver._recent_openings(position, 0) == [text.index("She"), text.index("Dr.")]
    # one sentence after ``since``: the window's start opens nothing (mid-text)
    since = text.index("Petrov")
    assert resolver._recent_openings(position, since) == [text.index("She")]
    # the text's start opens the first sentence
    first = SpeakerResolver("Voters were angry. They said so.")
    assert first._recent_openings(first.text.index("said"), 0) == [19, 0]


def test_group_subject_of_the_sentence_before_is_they() -> None:
    text = (
        "Hydrologists at Queen's University published a study on Tuesday. "
        "They found that the aquifer had shrunk by a third."
    )
    resolver = SpeakerResolver(text)
    start, end = _span(text, "They")
    speaker = resolver.resolve((start, end))
    assert text[speaker.start : speaker.end] == "They"
    assert speaker.name == "Hydrologists at Queen's University"
    assert speaker.kind == "vague"


def test_lone_surname_before_a_pronoun_takes_the_agreeing_full_name() -> None:
    text = (
        "Margaret Ellery and her husband, David Ellery, ran the farm for thirty years. "
        "The inspectors came in May. Ellery was unrepentant. "
        '"I would do it all again," she told the court.'
    )
    resolver = SpeakerResolver(text)
    start, end = _span(text, "she", text.index("again"))
    speaker = resolver.resolve((start, end))
    assert (speaker.name, speaker.kind) == ("Margaret Ellery", "person")
    assert text[speaker.start : speaker.end] == "she"
    he_text = text.replace("she told", "he told")
    resolver = SpeakerResolver(he_text)
    speaker = resolver.resolve(_span(he_text, "he", he_text.index("again")))
    assert (speaker.name, speaker.kind) == ("David Ellery", "person")


def test_possessive_surname_is_no_antecedent() -> None:
    text = (
        "Lena Ortiz chairs the board. Ortiz was blunt. The council praised Robin Brandt's "
        "depot. Brandt's plan was shelved. "
        '"We were not consulted," she said.'
    )
    resolver = SpeakerResolver(text)
    speaker = resolver.resolve(_span(text, "she", text.index("consulted")))
    # "Brandt's plan": a possessive, not the subject; "Ortiz" opens its sentence
    assert (speaker.name, speaker.kind) == ("Lena Ortiz", "person")


def test_subject_position_after_lower_case_words() -> None:
    text = "although Sorensen declined, a letter from Rowan Estates said, spokesman Tom Reeve"
    assert _subject_position(text, text.index("Sorensen"))  # a main clause's subject
    assert not _subject_position(text, text.index("Rowan"))  # an object after "from"
    assert _subject_position(text, text.index("Tom"))  # a role noun, then the comma
    assert not _subject_position("he wrote to Tom Reeve", len("he wrote to "))


def test_capitalised_words_before_a_surname() -> None:
    text = "On Friday Doris Kettle said that Kettle and Vice Chair Ana Lima Ortega agreed"
    assert _capitalised_before(text, text.index("Kettle")) == ["Doris"]
    assert _capitalised_before(text, text.index("Kettle", 30)) == []
    assert _capitalised_before(text, text.index("Ortega")) == ["Vice", "Chair", "Ana", "Lima"]


def test_first_word_tests_of_a_mention() -> None:
    text = (
        "Hundreds of letters arrived. Thousands of supporters marched. "
        "Lawyers for the athlete said the ban was unfair."
    )
    resolver = SpeakerResolver(text)
    letters = resolver.resolve(_span(text, "Hundreds of letters"))
    assert (letters.name, letters.kind) == ("Hundreds of letters", "unknown")
    crowd = resolver.resolve(_span(text, "Thousands of supporters"))
    assert crowd.kind == "vague"
    lawyers = resolver.resolve(_span(text, "Lawyers for the athlete"))
    assert (lawyers.name, lawyers.kind) == ("Lawyers for the athlete", "person")


def test_name_spoken_of_in_an_earlier_sentence_is_no_antecedent() -> None:
    text = (
        "Peter Okafor testified that the contractor, Norvell Brightwater, had passed every "
        'inspection. "I signed what I was shown," he said.'
    )
    clause = (text.index("the contractor"), text.index(". "))
    resolver = SpeakerResolver(text, reported=[clause])
    first = resolver.resolve(_span(text, "Peter Okafor"))
    assert (first.name, first.kind) == ("Peter Okafor", "person")
    speaker = resolver.resolve(_span(text, "he", text.index("shown")))
    assert text[speaker.start : speaker.end] == "he"
    assert speaker.name == "Peter Okafor"  # not the man he spoke of
    # without the reported clause the later full name at a subject position wins
    plain = SpeakerResolver(text)
    plain.resolve(_span(text, "Peter Okafor"))
    assert plain.resolve(_span(text, "he", text.index("shown"))).name == "Norvell Brightwater"


def test_one_after_a_plural_people_noun_is_one_of_them() -> None:
    text = (
        "She met with an array of immigration attorneys; one suggested she apply again. "
        "The clinic said one office would close."
    )
    resolver = SpeakerResolver(text)
    one = resolver.resolve(_span(text, "one"))
    assert (one.name, one.kind) == ("one", "anonymous")
    assert resolver.history == []  # not remembered


def test_body_names_and_prepositions() -> None:
    from newscheck.stages.speakers import _before_preposition, names_a_body

    assert names_a_body(["Board", "of", "Elections"])
    assert names_a_body(["Finance", "Ministry"])
    assert not names_a_body(["Judiciary", "Committee", "Chairman", "Bob", "Goodlatte"])
    assert not names_a_body(["Dana", "Whitcombe"])
    assert _before_preposition(["lawyers", "with", "the", "firm"]) == ["lawyers"]
    assert _before_preposition(["Board", "of", "Elections", "staff"], keep_body_names=True) == [
        "Board", "of", "Elections", "staff"
    ]
    assert _before_preposition(["Board", "of", "Elections", "staff"]) == ["Board"]
    assert _before_preposition(["two", "senior", "officials"]) == ["two", "senior", "officials"]


def test_mention_kinds_behind_the_outlet_pre_tests() -> None:
    from newscheck.stages.mentions import classify_mention, outlet_named_after_its_noun

    # an outlet noun, then its name: the pre-test finds the noun, the full pattern the name
    assert outlet_named_after_its_noun("Spanish newspaper Diario Deportivo")
    assert outlet_named_after_its_noun("radio station Onda Norte")
    assert outlet_named_after_its_noun("the technology news site The Circuit")
    assert not outlet_named_after_its_noun("the newspaper Monday")  # a weekday, no name
    assert not outlet_named_after_its_noun("Harriet Vance")  # no outlet noun at all
    assert classify_mention("Spanish newspaper Diario Deportivo") == "outlet"
    assert classify_mention("Reuters") == "outlet"  # a listed outlet name
    assert classify_mention("The Kestrel Herald") == "outlet"  # a masthead
    assert classify_mention("Harriet Vance") == "person"


def test_listed_plural_people_nouns_after_a_sentence_capital() -> None:
    from newscheck.stages.mentions import classify_mention

    assert classify_mention("Neighbors") == "vague"
    assert classify_mention("Local women") == "vague"  # "women": a listed ending as a word
    assert classify_mention("Withers") == "person"  # a name of that shape
    assert classify_mention("Cruz's lawyers") == "person"


def test_outlet_nouns_after_the_pre_test() -> None:
    from newscheck.stages.mentions import classify_mention

    assert classify_mention("The local paper") == "outlet"
    assert classify_mention("state television") == "outlet"
    assert classify_mention("the editor of the newspaper") == "outlet"  # stands for it
    assert classify_mention("Critics of state media") == "vague"  # the outlet is an object
    assert classify_mention("the state media regulator") == "organization"
    assert classify_mention("the mother") == "unknown"  # "the", but no outlet noun
