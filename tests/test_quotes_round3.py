"""Round-3 attribution rules: coordinated cues, parenthetical affiliations, reported clauses that
stop before a second report.  Every text here is invented for these tests."""

from __future__ import annotations

from quote_helpers import quotes_of

from newscheck.report import Quote


def summary(quote: Quote) -> tuple:
    speaker = quote.speaker
    return (quote.kind, quote.text, quote.cue.text if quote.cue else None,
            speaker.text if speaker else None, speaker.name if speaker else None)


def test_cue_after_and_credits_the_sentence_subject():
    text = ("Governor Lena Brandt toured the flooded mill on Monday and said the state would cover "
            "the repairs.\n")
    assert [summary(q) for q in quotes_of(text)] == [
        ("indirect", "the state would cover the repairs", "said", "Governor Lena Brandt",
         "Lena Brandt"),
    ]


def test_second_cue_after_and_keeps_the_first_speaker():
    text = ("The treasurer said the audit was finished and later insisted the missing funds had "
            "been found.\n")
    assert [summary(q) for q in quotes_of(text)] == [
        ("indirect", "the audit was finished", "said", "The treasurer", "The treasurer"),
        ("indirect", "the missing funds had been found", "insisted", "The treasurer",
         "The treasurer"),
    ]


def test_partial_quote_clause_stops_before_a_second_report():
    text = ("Senator Ruth Alvarez called the budget deal \u201ca win for every county\u201d and "
            "said she would vote for it on Friday.\n")
    quotes = quotes_of(text)
    assert [summary(q) for q in quotes if q.kind == "indirect"] == [
        ("indirect", "the budget deal \u201ca win for every county\u201d", "called",
         "Senator Ruth Alvarez", "Ruth Alvarez"),
        ("indirect", "she would vote for it on Friday", "said", "Senator Ruth Alvarez",
         "Ruth Alvarez"),
    ]


def test_party_affiliation_in_parentheses_before_the_cue():
    text = ("Rep. Dale Whitcomb (R-Ohio) said the bill \u201cwill not survive the Senate.\u201d\n")
    quotes = quotes_of(text)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [summary(q) for q in indirect] == [
        ("indirect", "the bill \u201cwill not survive the Senate.\u201d", "said",
         "Rep. Dale Whitcomb", "Dale Whitcomb"),
    ]


def test_participle_calling_with_a_quoted_label_is_the_subjects_speech():
    text = ('Mayor Tom Reyes defended the budget, calling the cuts a "painful but necessary" '
            "step for the city.\n")
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [summary(q) for q in indirect] == [
        ("indirect", 'the cuts a "painful but necessary" step for the city', "calling",
         "Mayor Tom Reyes", "Tom Reyes"),
    ]


def test_stance_verb_with_a_quoted_object():
    text = "Chancellor Irma Kolb hailed the river treaty as a \u201chistoric breakthrough.\u201d\n"
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [summary(q) for q in indirect] == [
        ("indirect", "the river treaty as a \u201chistoric breakthrough.\u201d", "hailed",
         "Chancellor Irma Kolb", "Irma Kolb"),
    ]


def test_stance_verb_without_a_quotation_is_no_attribution():
    assert quotes_of("The council dismissed the complaint about the war memorial.\n") == []


def test_name_in_apposition_after_a_role_is_the_speaker():
    text = ("The clinic opened in March. Its director, Kate Imrie, said the waiting list had "
            "doubled. The director said more nurses would be hired.\n")
    assert [summary(q) for q in quotes_of(text)] == [
        ("indirect", "the waiting list had doubled", "said", "Kate Imrie", "Kate Imrie"),
        ("indirect", "more nurses would be hired", "said", "The director", "Kate Imrie"),
    ]


def test_role_and_name_after_a_direct_quote():
    text = ("\u201cWe are hiring again,\u201d the plant\u2019s manager, Omar Haddad, said.\n")
    assert [summary(q) for q in quotes_of(text)] == [
        ("direct", "\u201cWe are hiring again,\u201d", "said", "Omar Haddad", "Omar Haddad"),
    ]


def test_quoted_label_ends_the_object_before_a_second_predicate():
    text = ('The union leader called the offer "an insult" and urged members to keep striking '
            "through the weekend.\n")
    indirect = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "called"]
    assert [summary(q) for q in indirect if q.kind == "indirect"] == [
        ("indirect", 'the offer "an insult"', "called", "The union leader", "The union leader"),
    ]


def test_reported_clause_stops_before_a_participle_cue():
    text = ("The ministry said the dam was safe, adding that engineers would inspect it again in "
            "May.\n")
    assert [summary(q) for q in quotes_of(text)] == [
        ("indirect", "the dam was safe", "said", "The ministry", "The ministry"),
        ("indirect", "engineers would inspect it again in May", "adding", "The ministry",
         "The ministry"),
    ]


def test_reported_clause_stops_before_according_to():
    text = ("The mayor said the bridge would reopen in June, according to a memo seen by the "
            "Ledger.\n")
    said = [summary(q) for q in quotes_of(text) if q.cue is not None and q.cue.text == "said"]
    assert said == [("indirect", "the bridge would reopen in June", "said", "The mayor",
                     "The mayor")]


def test_transcript_style_name_label_credits_the_quote():
    text = 'Senator Vera Lind spoke first.\n\nLind: "We will not cut rural clinics this year."\n'
    quotes = quotes_of(text)
    assert [summary(q) for q in quotes] == [
        ("direct", '"We will not cut rural clinics this year."', None, "Lind", "Vera Lind"),
    ]


def test_colon_after_a_common_noun_is_no_label():
    text = 'Her answer: "No comment at this time, thank you."\n'
    assert [q.speaker for q in quotes_of(text)] == [None]
