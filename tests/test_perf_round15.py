"""Round 15 (PERFQ15): cheaper steps in the quote stage, the same output.

Every change was byte-identical (the full reports of 1,225 inputs are the same before and after),
so the tests here are guards that pass on the old code too: they pin each shortcut to the plain
definition it replaces, at the edges it was written around.

- ``quotes._QuoteFinder._sentence_bounds`` takes the sentences' edges without a loop per
  sentence unless a dash opens a sentence after the first (the dash credit line '"..." —
  Commissioner Ruth Alvarez' joins the two sentences): the same bounds as the loop.
- ``speakers._capitalised_before`` skips its punctuation-stripping test for a plain alphabetic
  word (pinned by what it reads, not by a copy of the old loop: round 15 changed that loop's
  sentence-end rule); ``NameIndex._occurrences`` tests a hyphen before calling
  ``_double_barrelled``.
"""

from __future__ import annotations

from quote_helpers import speakers as quote_speakers

from newscheck.pipeline import build_document, run_stages
from newscheck.stages import quotes as quotes_stage
from newscheck.stages import speakers

CREDIT_LINE = (
    "The county's elections board certified the result on Friday after a two-day recount.\n\n"
    "\"Every vote will be counted, and every vote was counted.\" \u2014 Commissioner Ruth "
    "Alvarez\n\n"
    "Turnout reached 61 percent \u2014 the highest in a decade \u2014 the board said in a "
    "statement.  Its chair, Daniel Okafor, said the machines had worked as designed.\n"
)
NO_DASH = (
    "The transit authority will raise fares by 25 cents in March, officials said on Monday. "
    "\"We have no other way to close the gap,\" said Maria Chen, the authority's budget "
    "director.  Riders' groups said they would fight the increase.\n"
)
OPENING_DASH = (
    "\u2014 Updated at 6 p.m. with the mayor's comments.\n\n"
    "Mayor Lena Ortiz said the shelter would open by winter. \u2013 It will, she said.\n"
)


def _bounds_by_loop(finder: quotes_stage._QuoteFinder, sentences) -> list[int]:
    """The plain definition (the round-14 code): join a sentence that opens with a dash to the
    one before it, then every paragraph and sentence edge, sorted."""
    text = finder.text
    spans: list[list[int]] = []
    for sentence in sentences:
        if spans and text.startswith(("\u2014", "\u2013"), sentence.start):
            spans[-1][1] = sentence.end
        else:
            spans.append([sentence.start, sentence.end])
    bounds = {edge for paragraph in finder.paragraphs for edge in paragraph}
    bounds.update(edge for span in spans for edge in span)
    return sorted(bounds)


def test_sentence_bounds_match_the_loop_with_and_without_dashes() -> None:
    for text in (CREDIT_LINE, NO_DASH, OPENING_DASH, CREDIT_LINE + NO_DASH + OPENING_DASH):
        document = run_stages(build_document(text), ("sentences",))
        paragraphs = [(p.start, p.end) for p in document.paragraphs]
        finder = quotes_stage._QuoteFinder(text, text, paragraphs, document.sentences)
        assert finder.bounds == _bounds_by_loop(finder, document.sentences), text[:40]


def test_a_dash_credit_line_still_credits_the_quotation() -> None:
    assert ("Commissioner Ruth Alvarez", "Ruth Alvarez", "person") in quote_speakers(CREDIT_LINE)


NAMES = (
    "Dr. Samira Haddad met Jean-Luc Moreau and Sean O'Brien in September. Haddad said the "
    "ward reopened. On Friday Doris Kettle and Ms. Ruth Ellery-Shaw spoke; Ellery-Shaw said "
    "little. U.S. Rep. Alan Fortier, 2nd District, and Dana Whitfield\u2019s aide Tom R2 "
    "Reeve\nKettle disagreed.  Meanwhile Christine Ford and A.B. Quill said no.\n"
)


def test_capitalised_before_reads_names_behind_punctuation() -> None:
    """The plain-word shortcut keeps the punctuation-stripping test for the words that need it:
    hyphens, apostrophes, titles and initials stay in a name, a sentence's full stop and a
    word with a digit end it (the copy of the old loop this once compared with went when round
    15's abbreviation test replaced the old length rule)."""
    expected = {
        "Moreau": ["Jean-Luc"], "O'Brien": ["Sean"], "Haddad said": [], "Kettle and": ["Doris"],
        "Ellery-Shaw spoke": ["Ms.", "Ruth"], "Fortier": ["U.S.", "Rep.", "Alan"], "Reeve": [],
        "Ford": ["Christine"], "Quill": ["A.B."],
    }
    for word, names in expected.items():
        assert speakers._capitalised_before(NAMES, NAMES.index(word)) == names, word


def _occurrences_by_loop(text: str, word: str) -> list[int]:
    """``NameIndex._occurrences`` by ``str.find`` as it was: ``_double_barrelled`` asked for
    every whole-word occurrence."""
    found, size = [], len(word)
    position, seen = text.find(word), 0
    while position >= 0 and seen < speakers.NameIndex._LIMIT:
        seen += 1
        start = position
        position = text.find(word, position + size)
        after = text[start + size : start + size + 1]
        if not ((start and text[start - 1].isalnum()) or after.isalnum()) and not (
            speakers._double_barrelled(text, start, start + size)
        ):
            found.append(start)
    return found


def test_occurrences_skip_double_barrelled_names_as_before() -> None:
    text = (
        "Ruth Ellery-Shaw chairs the board. Ellery said nothing; Mrs Ellery was away, and "
        "Shaw-Ellery, a cousin, spoke for the family. -Ellery- and Ellery-shaw are typos. "
        "Ellery"
    )
    for word in ("Ellery", "Shaw", "Ruth", "Ellery-Shaw"):
        assert speakers.NameIndex(text)._occurrences(word) == _occurrences_by_loop(text, word)
