"""Round 22 speed changes in the quotes stage (PERFC22, issue 3): each cheaper test gives the
answer of the code it replaces, and the stage still finds the same quotes.

- A transcript's turns ("Q:", "A:") are looked for only when a capital Q stands before a colon
  or a period; the test finds each Q instead of scanning the text twice for two characters.
- ``speaker_after`` is imported once with the module, not on every call of ``_dash``,
  ``_object_with_quote`` and ``_opening_subject``.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscheck.stages.quotes import _holds_a_question_label
from tests.quote_helpers import quotes_of

_INTERVIEW = (
    "The harbour board\u2019s new chair wants the channel deepened. Imogen Trask spoke with "
    "the Courier about the dredging plan.\n\n"
    "Q: Why now?\n\n"
    "A: The channel silts up faster every year, and the ferries can\u2019t wait.\n\n"
    "Q: What will it cost?\n\n"
    "A: About \u00a34 million, spread over three years.\n"
)


def _turns(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker name) of every quote of ``text``."""
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text)
    ]


def test_an_interview_with_curly_apostrophes_keeps_its_turns() -> None:
    turns = _turns(_INTERVIEW)
    assert ("direct", "Why now?", None) in turns
    assert (
        "direct",
        "The channel silts up faster every year, and the ferries can\u2019t wait.",
        "Imogen Trask",
    ) in turns
    assert ("direct", "About \u00a34 million, spread over three years.", "Imogen Trask") in turns


def test_period_labels_make_turns_too() -> None:
    text = _INTERVIEW.replace("Q:", "Q.").replace("A:", "A.")
    assert ("direct", "What will it cost?", None) in _turns(text)


def test_a_capital_q_without_a_label_opens_no_turn() -> None:
    text = (
        "Qatar\u2019s envoy met the minister in Quebec on Tuesday.\n\n"
        "A: The talks went well, an aide wrote in a note seen by the Courier.\n"
    )
    assert not _holds_a_question_label(text)
    assert all(kind != "direct" for kind, _, _ in _turns(text))


def test_a_label_at_the_very_end_of_the_text_is_found() -> None:
    assert _holds_a_question_label("the panel took one more question from the floor, Q.")
    assert not _holds_a_question_label("the last word was a Q")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Qq:. A\u201c\u201dx\n", max_size=30))
@example("Q")
@example("xQ.")
@example("QQ:")
def test_the_q_search_answers_as_the_two_substring_tests(text: str) -> None:
    assert _holds_a_question_label(text) == ("Q:" in text or "Q." in text)


def test_a_dash_attribution_still_names_its_speaker() -> None:
    text = (
        "\u201cEvery ballot will be counted, however long it takes.\u201d \u2014 County "
        "Commissioner Ana Ortiz\n"
    )
    [quote] = quotes_of(text)
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "County Commissioner Ana Ortiz"


def test_a_quoted_label_in_an_object_is_the_speakers_claim() -> None:
    text = (
        "The mayor, Dana Whitlock, described the new ferry timetable as \u201ca real mess\u201d "
        "on Thursday.\n"
    )
    kinds = {(q.kind, q.text) for q in quotes_of(text)}
    assert ("partial", "\u201ca real mess\u201d") in kinds
    assert ("indirect", "the new ferry timetable as \u201ca real mess\u201d on Thursday") in kinds


def test_a_participle_after_a_statement_goes_to_the_sentence_subject() -> None:
    text = (
        "The Port Authority issued a statement on Friday saying the north pier would stay "
        "closed until March.\n"
    )
    [quote] = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert quote.text == "the north pier would stay closed until March"
    assert quote.speaker is not None and quote.speaker.text == "The Port Authority"


def test_an_act_inside_a_report_is_the_reporters_claim() -> None:
    """The act verbs' clauses are picked out before the clauses are indexed by start: the
    union reports its members' rejection, which is no report of the members."""
    text = (
        "The dockworkers\u2019 union said on Monday its members had rejected the port "
        "operator\u2019s offer as \u201can insult to every crane driver.\u201d\n"
    )
    found = [
        (q.kind, q.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
        for q in quotes_of(text)
    ]
    assert found == [
        (
            "indirect",
            "its members had rejected the port operator\u2019s offer as "
            "\u201can insult to every crane driver.\u201d",
            "said",
            "The dockworkers\u2019 union",
        ),
        ("partial", "\u201can insult to every crane driver.\u201d", "said",
         "The dockworkers\u2019 union"),
    ]


def test_two_reports_without_an_act_keep_both_speakers() -> None:
    text = (
        "Harbour master Lena Ruiz said the channel would reopen on Friday, and the ferry "
        "company said its first crossing would leave at dawn.\n"
    )
    speakers = [(q.kind, q.speaker.text if q.speaker else None) for q in quotes_of(text)]
    assert speakers == [
        ("indirect", "Harbour master Lena Ruiz"),
        ("indirect", "the ferry company"),
    ]


# -- labels: the regexes run only after a lead-in ending in a colon or a comma -----------------


def _direct_speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(cue, speaker span) of each direct quotation of ``text``."""
    return [
        (q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
        for q in quotes_of(text) if q.kind == "direct"
    ]


def test_a_transcript_label_names_the_speaker() -> None:
    text = (
        "The council met on Tuesday night.\n\nVoss: \u201cWe will reopen the pier in "
        "March.\u201d\n"
    )
    assert _direct_speakers(text) == [(None, "Voss")]


def test_an_inverted_label_with_its_cue_first() -> None:
    text = (
        "The vote was close.\n\nSaid Mayor Lena Ortiz: \u201cThis is a good day for the "
        "harbour.\u201d\n"
        "The audit was damning. Adds the report: \u201cNo one checked the invoices.\u201d\n"
    )
    assert _direct_speakers(text) == [("Said", "Mayor Lena Ortiz"), ("Adds", "the report")]


def test_a_long_inverted_label_may_end_in_a_comma() -> None:
    text = (
        "Said Harbour Master Ellen Voss of the Port Authority, \u201cThe channel is safe.\u201d\n"
    )
    assert _direct_speakers(text) == [("Said", "Harbour Master Ellen Voss of the Port Authority")]


def test_a_lead_in_without_a_colon_or_comma_is_no_label() -> None:
    text = "Voss told the board \u201cthe channel is safe\u201d before the vote.\n"
    found = [
        (q.kind, q.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
        for q in quotes_of(text)
    ]
    assert found == [
        ("indirect", "the board \u201cthe channel is safe\u201d before the vote", "told", "Voss"),
        ("partial", "\u201cthe channel is safe\u201d", "told", "Voss"),
    ]
