"""Round 15: the cheaper sourcing and language paths give the answers of the code they replace.

Guards, not fixes: each test passes on the round-start code too and fails if a speed change
alters an answer.  The word-list scan and the cue look-back now read the character before a
phrase from a 256-bit map (``source_patterns.BREAK``) instead of asking the Unicode database
for ``\\W``; that map also lets letters and digits beyond ASCII through, which the code must
then refuse (wire copy with accented names run into the next word, digits of other scripts).
The scare-quote check looks a word up only in the quotations that hold it (``QuotedWords``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from scan_helpers import PATTERNS, SCANNER, fast_matches, reference_matches

from newscheck.pipeline import run_pipeline
from newscheck.stages.loaded import (
    WORD_IN_PASSAGE,
    QuotedWords,
    find_scare_quotes,
    quoted_passages,
)
from newscheck.stages.source_patterns import Scan
from newscheck.stages.source_phrases import cue_in


def test_phrase_run_into_an_accented_name_is_no_phrase_but_one_after_a_dash_is() -> None:
    """Guard: "Peñaofficials" (a dropped space in wire copy) holds no word "officials"; after
    an em dash or a no-break space, both beyond ASCII and no letters, the phrase starts."""
    text = (
        "The mayor, José Peñaofficials said, left early.\u00a0Officials said the vote "
        "would wait—critics said it was rushed, and Zoëanalysts disagreed."
    )
    lower = Scan(text).lower
    spans = fast_matches(lower)
    assert spans == reference_matches(lower)
    words = [text[start:end] for start, end in spans]
    assert "officials" not in words  # inside "Peñaofficials"
    assert "analysts" not in words  # inside "Zoëanalysts"
    assert "Officials" in words  # after the no-break space
    assert (text.index("critics"), text.index("critics") + 7) in spans  # after the em dash


def test_sources_of_a_story_with_accented_names_are_those_of_the_plain_scan() -> None:
    """Guard: the whole stage on a story mixing accented names, dashes and listed phrases."""
    text = (
        "MADRID — Officials in the Ministry of Economy said on Monday that the budget "
        "would be revised, according to people familiar with the talks.\n\n"
        "Critics of the plan, including economists at the Banco de España, warned that "
        "the cuts were too deep. “Some voters will feel betrayed,” said José Muñoz, "
        "a spokesman. Íñigoexperts and Peñaofficials were not mentioned by anyone."
    )
    report = run_pipeline(text).to_dict()
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
    flagged = [f["text"] for f in report["findings"] if f["rule"].startswith("A")]
    assert "people familiar with the talks" in flagged
    assert "experts" not in flagged and "officials" not in flagged  # inside longer words


PIECES = st.sampled_from(
    sorted(SCANNER.entries)[::11]
    + ["the", "a", "say", "according to", "by"]
    + [" ", "\n", "-", "'", "’", "“", ",", "(", "—", "\u00a0", "·"]
    + ["é", "ñ", "ß", "Ø", "ü", "\u0663", "İ", "_", "7"]  # letters and digits, ASCII or not
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_scan_equals_the_plain_finditer_with_letters_beyond_ascii(pieces: list[str]) -> None:
    """Guard: the fast scan and the plain ``\\b`` regex agree on any mix of listed phrases and
    characters beyond ASCII (letters, digits, dashes, spaces)."""
    lower = Scan("".join(pieces)).lower
    assert fast_matches(lower) == reference_matches(lower)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=25))
def test_cue_look_back_equals_the_plain_search_with_letters_beyond_ascii(
    pieces: list[str],
) -> None:
    """Guard: ``cue_in`` answers what the plain ``\\b`` cue search answers."""
    window = "".join(pieces).lower()
    assert cue_in(window, PATTERNS) == bool(PATTERNS.cue_hint.search(window))


def test_cue_after_an_accented_letter_is_no_cue() -> None:
    """Guard: "Gómezaccording to" (a dropped space) holds no cue; after "—" it does."""
    assert not cue_in("the figures were, gómezaccording to ", PATTERNS)
    assert cue_in("the figures were revised—according to ", PATTERNS)


NEWS_WITH_QUOTATIONS = (
    'The council called the plan "a reckless, remarried-to-debt budget" on Monday. '
    'Its chair said: "We will not be bullied by so-called experts." Critics called the '
    "chair 'reckless' and the experts 'bullied'; a rival spoke of 'sabotage'.\n"
    "“Nobody here wants a fight,” the mayor said, “but the numbers don’t add up.”"
)


def test_cited_words_are_the_words_of_the_longer_quotations() -> None:
    """Guard: a word is cited when some quotation of more than one word holds it as a word,
    whether looked up among the first few candidates (substring search) or after them (one
    set of every passage's words)."""
    reference = {
        word
        for passage in quoted_passages(NEWS_WITH_QUOTATIONS)
        for word in WORD_IN_PASSAGE.findall(passage)
    }
    probes = ["reckless", "bullied", "sabotage", "experts", "debt", "remarried", "numbers",
              "don’t", "fight", "here", "reck", "expert", "so-called", "mayor", "chair"]
    cited = QuotedWords(NEWS_WITH_QUOTATIONS)
    assert [word in cited for word in probes] == [word in reference for word in probes]
    assert "reckless" in cited and "bullied" in cited  # quoted at length before
    assert "sabotage" not in cited and "reck" not in cited  # a scare quote; part of a word


def test_scare_quotes_of_a_story_skip_the_words_it_quotes_at_length() -> None:
    """Guard: 'reckless' and 'bullied' repeat words of longer quotations; 'sabotage' sneers."""
    spans = find_scare_quotes(NEWS_WITH_QUOTATIONS)
    words = [NEWS_WITH_QUOTATIONS[start:end] for start, end in spans]
    assert "sabotage" in words
    assert "reckless" not in words and "bullied" not in words
