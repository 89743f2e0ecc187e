"""Round 12 speed changes in the quotes stage: each shortcut gives what the code it skips gave.

Plain words before a cue ("he said", "she has said", "was said", "and said") are read without
tokenising the window: the answer must be the one the tokens and ``_speaker_in`` give, at the
edges the shortcut was written around (a paragraph's start, a contraction, a joined word, a
double space, a "who" earlier in the window).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscheck.stages import attribution
from newscheck.stages.attribution import _speaker_before


def _tokenised_speaker_before(text: str, lo: int, position: int):
    """``_speaker_before`` as it was before the pronoun shortcut: always through the tokens."""
    near = position - 40 if position - 40 > lo else lo
    space = text.rfind(" ", near - 20 if near - 20 > lo else lo, near) if near > lo else -1
    if space >= 0:
        near = space + 1
    elif near > lo and near - 20 <= lo:
        near = lo
    far = position - 160 if position - 160 > lo else lo
    if far > lo and not text[far - 1].isspace():
        space = text.find(" ", far, near)
        far = space + 1 if space >= 0 else near
    has_who = text.find("who ", far, position) >= 0
    words, starts = attribution._tokens(text, near, position)
    result = attribution._speaker_in(words, starts, near == lo, has_who)
    if result == attribution._MORE:
        if space >= 0:
            before, before_starts = attribution._tokens(text, far, near)
            words, starts = before + words, before_starts + starts
        else:
            words, starts = attribution._tokens(text, far, position)
        result = attribution._speaker_in(words, starts, True, has_who)
    return result


def _speaker_of(text: str, cue: str) -> str | None:
    position = text.index(cue)
    speaker, _ = _speaker_before(text, 0, position)
    assert (speaker, _) == _tokenised_speaker_before(text, 0, position)
    return None if speaker is None else text[speaker[0] : speaker[1]]


def test_a_pronoun_before_the_cue_is_the_speaker() -> None:
    assert _speaker_of("The depot will close in March, he said on Tuesday.", "said") == "he"
    assert _speaker_of("She said the board had not voted.", "said") == "She"
    assert _speaker_of("Fares rose by a third.\nThey argued the rise was fair.", "argued") == "They"
    assert _speaker_of("The count was wrong, she has repeatedly said.", "said") == "she"


def test_a_boundary_word_before_the_cue_leaves_no_speaker() -> None:
    assert _speaker_of("The ferry is said to be the oldest on the coast.", "said") is None
    assert _speaker_of("The mayor toured the site and said it would reopen.", "said") is None
    assert _speaker_of("The council went on to say the budget was tight.", "say") is None
    assert _speaker_of("The audit, which was published, was not said to be final.", "said") is None


def test_a_capitalised_word_after_punctuation_is_a_one_word_speaker() -> None:
    assert _speaker_of('"The count is final," Ortiz said on Friday.', "said") == "Ortiz"
    assert _speaker_of("\u201cIt is final,\u201d Ortiz also said.", "said") == "Ortiz"
    assert _speaker_of("Ortiz said the count was final.", "said") == "Ortiz"
    # a full stop may end a word token ("U.S."): the tokens decide, and read on past it
    text = "The vote was held in the U.S. Ortiz said it was fair."
    assert _speaker_of(text, "said") == "held in the U.S. Ortiz"
    assert _speaker_of('"It is final," Senator Ortiz said.', "said") == "Senator Ortiz"
    assert _speaker_of('"It is final," Some said.', "said") == "Some"


def test_what_the_shortcut_leaves_to_the_tokens() -> None:
    # a contraction and a joined word are no bare pronoun; an auxiliary stands between
    assert _speaker_of("Asked about the fares, they'd said nothing.", "said") is None
    joined = "The pilot, a self-taught flier-he said, was calm."
    assert _speaker_of(joined, "said") == "a self-taught flier-he"  # not "he"
    assert _speaker_of("The clerks were paid late, they have said.", "said") == "they"
    assert _speaker_of("The clerks were paid late, they  said.", "said") == "they"  # two spaces
    assert _speaker_of("The harbour master said.", "said") == "The harbour master"
    # a "who" in the window: the relative clause decides
    text = "The driver who saw the crash, Ana Ruiz, who said she was shaken, said it was fast."
    assert _speaker_of(text, "said it") == "Ana Ruiz"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["he", "He", "she", "they", "it", "I", "we", "You", "HE", "the", "mayor", "who",
             "Ruiz", ",", ".", "'", "-", "\n", "  ", "_", "said", "also", "(", ")", "he's",
             "has", "is", "and", "to", "Was", "publicly", "rally", "now", "which", "officials",
             "Ortiz", "Also", "But", "The", "Some", '"', "\u201d", "\u2014", "U.S.", ";"]
        ),
        max_size=14,
    ),
    st.integers(min_value=0, max_value=6),
)
def test_the_shortcut_gives_what_the_tokens_give(words: list[str], lo_words: int) -> None:
    text = " ".join(words) + " said the rest."
    position = text.rindex("said the rest.")
    lo = min(len(" ".join(words[:lo_words])), position)
    assert _speaker_before(text, lo, position) == _tokenised_speaker_before(text, lo, position)


def test_mention_kinds_read_the_same_with_one_word_split() -> None:
    """``classify_mention`` splits an ASCII mention into words once (lower-casing changes no
    ASCII character's class); other mentions are split as before."""
    from newscheck.stages.mentions import classify_mention

    cases = {
        "Trump's campaign manager": "person",
        "Trump\u2019s campaign manager": "person",
        "a senior administration official": "anonymous",
        "Critics, including those within the administration": "vague",
        "the Axios portal": "outlet",
        "\u00dcnal \u00d6zdemir": "person",
        "Analysts at Brightline Securities": "organization",
    }
    assert {mention: classify_mention(mention) for mention in cases} == cases
