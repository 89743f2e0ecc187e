"""Round 14 (LONG14): the long-document slowdown and the sourcing stage's shortcuts.

Every change was byte-identical (full reports of 1,229 inputs hash the same before and after),
so most tests here are guards that pass on the old code too: they pin each shortcut to the
plain definition it replaces, at the edges it was written around.  The one that fails on the
old code is ``test_paragraph_index_at_lists_the_paragraphs_once`` (the starts were listed on
every call).

- ``source_citing.citing_matches`` tries ``_CITING`` only where "citing"/"quoting" stands: it
  must yield what ``_CITING.finditer`` yields (word boundaries, capitals, 'İ'/'ı', a second
  "citing" inside a match).
- ``Document.paragraph_index_at`` keeps its list of starts: the same index as a linear search,
  also after the paragraph list is replaced.
- ``source_finders.quote_overlaps``: ``any(q.start < end and start < q.end for q in quotes)``.
- ``source_shapes.mid_sentence_capitals``: the set the old comprehension over
  ``_SPACE_CAPITAL`` built, for ASCII and non-ASCII characters before the space.
- ``sourcing._people_referring_back`` reaches a mention's quotes through an id map: the quotes
  of "the people said" become anonymous as before.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from newscheck import analyze_text
from newscheck.document import Span
from newscheck.pipeline import build_document, run_stages
from newscheck.stages.source_citing import _CITING, citing_matches
from newscheck.stages.source_finders import quote_overlaps
from newscheck.stages.source_patterns import Scan
from newscheck.stages.source_shapes import _SPACE_CAPITAL, _mid_sentence, mid_sentence_capitals

WIRE = (
    "LONDON — Shares in Halden Group fell 4% on Thursday after Bloomberg News, citing two "
    "bankers involved in the process, reported that the sale had stalled.\n\n"
    "Reuters, Citing people familiar with the talks, said the bidders had walked away. The "
    "FT, QUOTING unnamed traders in the City, put the gap at £200m.\n\n"
    "An exciting week for reciting figures: the chairman, quoting quoting analysts at Mercer "
    "& Finch, said little. citing engineers, a trade blog said the plant was safe.\n\n"
    "Istanbul's daily, cıting three officials, and the İzmir paper, cİting residents, both "
    "reported delays; the mayor was inviting comment.\n"
)


def _plain_citing(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("noun")) for m in _CITING.finditer(text)]


def _fast_citing(text: str, lower: str | None) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("noun")) for m in citing_matches(text, lower)]


def test_citing_matches_are_the_patterns_own_matches() -> None:
    """Guard: with and without the lower-case copy, on a story with every case the shortcut
    has to get right ('İ'/'ı' make it fall back to the candidate scan)."""
    expected = _plain_citing(WIRE)
    assert len(expected) >= 5
    assert _fast_citing(WIRE, Scan(WIRE).lower) == expected
    assert _fast_citing(WIRE, None) == expected
    ascii_part = WIRE.split("Istanbul")[0]
    assert _fast_citing(ascii_part, Scan(ascii_part).lower) == _plain_citing(ascii_part)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["citing", "Citing", "CITING", "quoting", "Quoting", "exciting", "cıting", "cİting",
             "two", "several", "bankers", "traders", "the", "sources", "-", ",", " ", "\n",
             "s", "x"]
        ),
        max_size=30,
    )
)
def test_citing_matches_property(words: list[str]) -> None:
    """Guard: any mix of citing words, boundaries and nouns, spaced or glued together."""
    for text in (" ".join(words), "".join(words)):
        expected = _plain_citing(text)
        assert _fast_citing(text, Scan(text).lower) == expected
        assert _fast_citing(text, None) == expected


def test_cited_bankers_are_still_found() -> None:
    """Guard: the finder built on the shortcut flags the cited people as before."""
    report = analyze_text(WIRE.split("Istanbul")[0])
    flagged = {f.text for f in report.findings if f.rule in ("A101", "A201")}
    assert any(text.startswith("two bankers") for text in flagged)


class _CountingList(list):
    """A list that counts how often it is iterated."""

    iterations = 0

    def __iter__(self):
        type(self).iterations += 1
        return super().__iter__()


def test_paragraph_index_at_lists_the_paragraphs_once() -> None:
    """Fails on the old code, which listed every paragraph's start on each call (a pass over
    the document per finding: quadratic on one long document)."""
    text = "\n\n".join(f"Paragraph {i} says the council met." for i in range(50))
    document = build_document(text)
    run_stages(document, ["sentences"])
    paragraphs = _CountingList(document.paragraphs)
    document.paragraphs = paragraphs
    _CountingList.iterations = 0
    for paragraph in list.__iter__(paragraphs):
        document.paragraph_index_at(paragraph.start)
    assert _CountingList.iterations <= 1


def test_paragraph_index_at_matches_a_linear_search() -> None:
    """Guard: every offset of a story (the blank lines between paragraphs belong to none), and
    a replaced paragraph list is read anew."""
    document = build_document(WIRE)
    run_stages(document, ["sentences"])

    def linear(offset: int) -> int | None:
        for i, paragraph in enumerate(document.paragraphs):
            if paragraph.start <= offset < paragraph.end:
                return i
        return None

    assert [document.paragraph_index_at(o) for o in range(-1, len(WIRE) + 2)] == [
        linear(o) for o in range(-1, len(WIRE) + 2)
    ]
    document.paragraphs = [Span(0, 10), Span(20, 30)]
    assert [document.paragraph_index_at(o) for o in (5, 15, 25)] == [0, None, 1]


STORY = (
    "Officials at the port authority accused the contractor of fraud on Monday.\n\n"
    "“We were misled from the start,” said Dana Whitfield, the board’s chair. Critics say the "
    "board ignored warnings, and two people familiar with the matter said the audit was "
    "buried.\n\n"
    "The contractor denied wrongdoing. The people said the board knew in March.\n\n"
    "The contractor’s lawyers called the claims “a smear” and said the firm would sue.\n"
)


def test_quote_overlaps_matches_any() -> None:
    """Guard: every scope over a story with direct, partial and indirect quotations."""
    document = build_document(STORY)
    run_stages(document)
    quotes = document.quotes
    assert len(quotes) >= 3
    for start in range(0, len(STORY), 7):
        for end in range(start, len(STORY) + 1, 11):
            expected = any(q.start < end and start < q.end for q in quotes)
            assert quote_overlaps(document, start, end) is expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=12),
    st.integers(0, 90),
    st.integers(0, 90),
)
def test_quote_overlaps_property(spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Guard: nested, touching and empty quotations, in any order."""
    quotes = [SimpleNamespace(start=s, end=s + length) for s, length in spans]
    document = SimpleNamespace(quotes=quotes)
    expected = any(q.start < end and start < q.end for q in quotes)
    assert quote_overlaps(document, start, end) is expected  # type: ignore[arg-type]


def _plain_capitals(text: str) -> set[str]:
    return {
        m.group(1)
        for m in _SPACE_CAPITAL.finditer(text)
        if m.start() and _mid_sentence(text[m.start() - 1])
    }


def test_mid_sentence_capitals_is_the_old_index() -> None:
    """Guard: after commas, lower-case and non-ASCII letters (é, ß, ı), not after capitals,
    digits, '²', '½', underscores, quotation marks or a sentence's end; at the text's start."""
    text = (
        " Opening word. Mayor Sanders, Myers and the ÉCOLE board met Tuesday, said Ms. Roe; "
        "café Owners and straße Vendors joined, as did ıstanbul Traders. Costs rose 2 Points "
        "(x² Units, ½ Share), user_ Names, “Quoted” Words and O’Brien’s Allies’ Plans stayed."
    )
    assert mid_sentence_capitals(text) == _plain_capitals(text)
    assert {"Sanders", "Myers", "Owners", "Vendors", "Traders"} <= mid_sentence_capitals(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ ,.é²½_’'-\nÉı1", max_size=40))
def test_mid_sentence_capitals_property(text: str) -> None:
    """Guard: any text over the characters the two scans tell apart."""
    assert mid_sentence_capitals(text) == _plain_capitals(text)


def test_the_people_referring_back_makes_their_quotes_anonymous() -> None:
    """Guard: "The people said" after "two people familiar with the matter said" is that
    unnamed source, and so is the speaker of its quotation (reached through the id map)."""
    text = (
        "The city will close two libraries, two people familiar with the matter said on "
        "Tuesday.\n\n"
        "The mayor's office declined to comment.\n\n"
        "“The decision was made weeks ago,” the people said.\n"
    )
    report = analyze_text(text)
    quote = next(q for q in report.quotes if "weeks ago" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.kind == "anonymous"
