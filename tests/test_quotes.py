"""The quotes stage: direct, partial and indirect quotations with exact spans, cues and speakers.

Every text here is invented for these tests.
"""

from __future__ import annotations

import time

import pytest
from quote_helpers import quotes_of

from newscheck.pipeline import build_document, run_stages
from newscheck.report import Quote


def summary(quote: Quote) -> tuple:
    """(kind, text, cue text, speaker text, speaker name)."""
    speaker = quote.speaker
    return (
        quote.kind,
        quote.text,
        quote.cue.text if quote.cue else None,
        speaker.text if speaker else None,
        speaker.name if speaker else None,
    )


def only(text: str, kind: str | None = None) -> Quote:
    found = [q for q in quotes_of(text) if kind is None or q.kind == kind]
    assert len(found) == 1, [summary(q) for q in found]
    return found[0]


# -- quotation marks -------------------------------------------------------------------------


def test_straight_double_quote_before_speaker_with_title():
    quote = only('"We will rebuild the bridge by spring," Mayor Ana Ortiz said on Tuesday.\n')
    assert summary(quote) == (
        "direct", '"We will rebuild the bridge by spring,"', "said", "Mayor Ana Ortiz", "Ana Ortiz"
    )
    assert quote.speaker.kind == "person"
    assert (quote.start, quote.end) == (0, 39)


def test_curly_double_quote_with_inverted_said_and_appositive():
    text = (
        "\u201cThe numbers do not add up,\u201d said Priya Raman, the council\u2019s budget "
        "chair.\n"
    )
    assert summary(only(text)) == (
        "direct", "\u201cThe numbers do not add up,\u201d", "said", "Priya Raman", "Priya Raman"
    )


def test_curly_single_quotes_and_pronoun_speaker():
    text = (
        "Finance Minister Lena Okafor presented the budget on Monday.\n"
        "\u2018We have closed the gap,\u2019 she said.\n"
    )
    quote = only(text, "direct")
    assert summary(quote) == (
        "direct", "\u2018We have closed the gap,\u2019", "said", "she", "Lena Okafor"
    )
    assert quote.speaker.kind == "person"


def test_straight_single_quotes_are_quotation_marks_not_apostrophes():
    text = "'The farmers' union will not sign this deal,' the minister said.\n"
    assert summary(only(text)) == (
        "direct", "'The farmers' union will not sign this deal,'", "said", "the minister",
        "the minister",
    )


def test_apostrophes_alone_make_no_quotes():
    text = (
        "The nations' leaders first met in the '90s at O'Brien's farm, where rock 'n' roll "
        "played and the Joneses' dog barked. Ukraine's envoy didn't attend.\n"
        "Tomorrow\u2019s vote follows the \u201990s pattern of the Smiths\u2019 campaign.\n"
    )
    assert quotes_of(text) == []


def test_nested_quote_is_part_of_the_outer_quote():
    text = (
        "\u201cWhen I asked about the contract, he told me \u2018absolutely not\u2019 and hung "
        "up,\u201d said Omar Lee, a supplier.\n"
    )
    quote = only(text)
    assert quote.text == (
        "\u201cWhen I asked about the contract, he told me \u2018absolutely not\u2019 and hung "
        "up,\u201d"
    )
    assert quote.speaker.text == "Omar Lee"


def test_multi_paragraph_quote_is_one_quote_and_inherits_the_speaker():
    text = (
        "Hospital director Mara Velde described the night shift.\n\n"
        '"We had four ambulances waiting and only two beds," she said. '
        '"Nurses worked without a break.\n\n'
        '"By morning we had cleared the corridor, but nobody should work like that."\n\n'
        "The hospital board meets on Friday.\n"
    )
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in quotes] == [
        '"We had four ambulances waiting and only two beds,"',
        '"Nurses worked without a break.\n\n'
        '"By morning we had cleared the corridor, but nobody should work like that."',
    ]
    assert [q.speaker.name for q in quotes] == ["Mara Velde", "Mara Velde"]
    assert quotes[1].speaker.text == "she"


def test_unbalanced_mark_is_bounded_by_its_paragraph():
    text = (
        '"We will appeal the ruling, the lawyer told the court.\n'
        "The judge adjourned the hearing until Monday, when both sides will return.\n"
        "A spokesman for the firm said the company was disappointed.\n"
    )
    first_line_end = text.index("\n")
    for quote in quotes_of(text):
        assert quote.kind == "indirect" or quote.end <= first_line_end
    assert any(q.text.startswith('"We will appeal') for q in quotes_of(text))


def test_stray_mark_mid_paragraph_makes_no_quote():
    text = 'The river rose 3 feet" overnight, and crews worked until dawn.\nIt fell by noon.\n'
    assert [q for q in quotes_of(text) if q.kind != "indirect"] == []


def test_pathological_marks_finish_quickly():
    unbalanced = ('He said "no and she said \u201cyes and \u2018maybe ' * 3000) + "\n"
    many = ('"a" ' * 200_000) + "\n"
    no_spaces = 'Officials.said"critics\u2019reportedly,according\u2014to(AP)' * 4000
    began = time.process_time()
    quotes_of(unbalanced)
    quotes_of(many)
    quotes_of(no_spaces)
    assert time.process_time() - began < 30  # generous: linear work, seconds in practice


# -- names and partial quotes ----------------------------------------------------------------


def test_quoted_names_and_titles_are_not_speech():
    text = (
        "As reported by 'Nordpost', the minister resigned on Friday.\n"
        "She starred in \u2018The Long Winter\u2019 and in \"Harbor Lights\" last year.\n"
    )
    texts = [q.text for q in quotes_of(text)]
    assert not any(t in ("'Nordpost'", "\u2018The Long Winter\u2019", '"Harbor Lights"')
                   for t in texts)
    assert not any(q.kind != "indirect" for q in quotes_of(text))


def test_partial_quote_is_credited_to_the_sentence_speaker():
    text = "The coach described the loss as 'heartbreaking' and promised changes.\n"
    quote = only(text, "partial")
    assert summary(quote) == ("partial", "'heartbreaking'", "described", "The coach", "The coach")


def test_scare_quote_without_a_speaker_is_partial_with_no_speaker():
    text = "The so-called \u201cpeace dividend\u201d never arrived in the valley.\n"
    quote = only(text)
    assert (quote.kind, quote.text, quote.speaker) == (
        "partial", "\u201cpeace dividend\u201d", None
    )


# -- attribution patterns --------------------------------------------------------------------


def test_speaker_before_the_quote_with_comma():
    text = "Zara Quint stated, 'The border crossings will reopen at dawn.'\n"
    assert summary(only(text)) == (
        "direct", "'The border crossings will reopen at dawn.'", "stated", "Zara Quint",
        "Zara Quint",
    )


def test_said_in_a_statement():
    text = '"We are cooperating fully with investigators," the company said in a statement.\n'
    assert summary(only(text)) == (
        "direct", '"We are cooperating fully with investigators,"', "said", "the company",
        "the company",
    )


def test_wrote_on_social_media_with_colon():
    text = 'The governor wrote on social media: "Schools will reopen on Monday."\n'
    assert summary(only(text)) == (
        "direct", '"Schools will reopen on Monday."', "wrote", "The governor", "The governor"
    )


def test_colon_lead_in_with_the_quote_in_the_next_paragraph():
    text = (
        "Hugh Tennant, a structural engineer, said:\n\n"
        '"The cracks are cosmetic. The frame of the stadium is sound."\n'
    )
    quote = only(text, "direct")
    assert summary(quote) == (
        "direct", '"The cracks are cosmetic. The frame of the stadium is sound."', "said",
        "Hugh Tennant", "Hugh Tennant",
    )


def test_dash_attribution():
    text = '"Every vote will be counted, and counted twice." \u2014 Commissioner Ruth Alvarez\n'
    quote = only(text)
    assert (quote.text, quote.cue, quote.speaker.text, quote.speaker.name) == (
        '"Every vote will be counted, and counted twice."', None,
        "Commissioner Ruth Alvarez", "Ruth Alvarez",
    )


def test_appositive_between_speaker_and_cue():
    text = "Dana Whitfield, the board's chair, said the vote would be held in March.\n"
    assert summary(only(text)) == (
        "indirect", "the vote would be held in March", "said", "Dana Whitfield", "Dana Whitfield"
    )


def test_according_to_before_the_clause():
    text = "According to the county clerk, 4,000 ballots were still uncounted on Friday.\n"
    assert summary(only(text)) == (
        "indirect", "4,000 ballots were still uncounted on Friday", "According to",
        "the county clerk", "the county clerk",
    )


def test_according_to_after_the_clause():
    text = "The plant will close in June, according to two people familiar with the plans.\n"
    assert summary(only(text)) == (
        "indirect", "The plant will close in June", "according to",
        "two people familiar with the plans", "two people familiar with the plans",
    )


def test_told_reporters_that():
    text = "Senator Hal Brooks told reporters that the bill would pass this week.\n"
    assert summary(only(text)) == (
        "indirect", "the bill would pass this week", "told", "Senator Hal Brooks", "Hal Brooks"
    )


def test_reported_that_credits_the_outlet():
    text = "The Harbor Gazette reported that two piers had collapsed after the storm.\n"
    quote = only(text)
    assert summary(quote) == (
        "indirect", "two piers had collapsed after the storm", "reported", "The Harbor Gazette",
        "Harbor Gazette",
    )
    assert quote.speaker.kind == "outlet"


def test_clause_before_trailing_attribution():
    text = "The ferry service will be suspended for a month, port officials said.\n"
    assert summary(only(text)) == (
        "indirect", "The ferry service will be suspended for a month", "said", "port officials",
        "port officials",
    )


def test_as_reported_by_credits_the_clause_before():
    text = "The talks collapsed after midnight, as reported by the Harbor Gazette.\n"
    quote = only(text)
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == (
        "indirect", "The talks collapsed after midnight", "reported", "the Harbor Gazette"
    )


# -- speakers --------------------------------------------------------------------------------


def test_surname_resolves_to_the_full_name_without_title():
    text = (
        "Interior Minister Tomas Brevik opened the session.\n"
        "Later, Brevik said the inquiry would continue into the summer.\n"
    )
    quote = only(text)
    assert (quote.speaker.text, quote.speaker.name) == ("Brevik", "Tomas Brevik")


def test_role_mention_resolves_to_the_named_source_it_describes():
    text = (
        "Jana Holm, a spokeswoman for the ministry, said the talks had stalled.\n"
        '"We remain hopeful," the spokeswoman said.\n'
    )
    direct = only(text, "direct")
    assert (direct.speaker.text, direct.speaker.name) == ("the spokeswoman", "Jana Holm")


def test_newspaper_resolves_to_the_outlet_named_before():
    text = (
        "The Harbor Gazette reported that the port would close.\n"
        "The newspaper said the closure would last a week.\n"
    )
    second = quotes_of(text)[1]
    assert (second.speaker.text, second.speaker.name, second.speaker.kind) == (
        "The newspaper", "Harbor Gazette", "outlet"
    )


def test_pronoun_after_an_anonymous_source_is_anonymous():
    text = '"The deal is dead," one senior official said. "He will never sign it," he added.\n'
    quotes = quotes_of(text)
    assert [(q.text, q.speaker.text, q.speaker.kind) for q in quotes] == [
        ('"The deal is dead,"', "one senior official", "anonymous"),
        ('"He will never sign it,"', "he", "anonymous"),
    ]


def test_floating_quote_paragraph_inherits_the_speaker():
    text = (
        '"The levee held," said Ines Moreau, the county engineer.\n'
        '"We will inspect every mile of it before the next storm."\n'
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker.name, q.cue.text) for q in quotes] == [
        ("direct", "Ines Moreau", "said"),
        ("direct", "Ines Moreau", "said"),
    ]


def test_direct_quote_without_speaker_keeps_none():
    text = 'The vote is on Tuesday.\n"We will not back down." Turnout is expected to be low.\n'
    quote = only(text, "direct")
    assert (quote.text, quote.speaker, quote.cue) == ('"We will not back down."', None, None)


def test_quote_json_shape():
    quote = only('"Prices will fall," the minister said.\n')
    assert quote.to_dict() == {
        "id": "q1",
        "kind": "direct",
        "start": 0,
        "end": 19,
        "text": '"Prices will fall,"',
        "cue": {"start": 33, "end": 37, "text": "said"},
        "speaker": {
            "start": 20, "end": 32, "text": "the minister", "name": "the minister",
            "kind": quote.speaker.kind, "source_id": None,
        },
    }


def test_in_quote_marks_voice_for_the_language_stage():
    text = "'They keep stealing from us,' the source said, calling the plan reckless.\n"
    document = run_stages(build_document(text), ("sentences", "quotes"))
    stealing = text.index("stealing")
    reckless = text.index("reckless")
    assert document.in_quote(stealing, stealing + len("stealing"))
    assert not document.in_quote(reckless, reckless + len("reckless"))


# -- the seed article ------------------------------------------------------------------------


def test_seed_article_every_quote(seed_text: str):
    quotes = quotes_of(seed_text)
    by_text = {q.text: q for q in quotes}

    def find(prefix: str) -> Quote:
        matches = [q for q in quotes if q.text.startswith(prefix)]
        assert len(matches) == 1, prefix
        return matches[0]

    usa = find("'The USA has a larger industry")
    assert (usa.kind, usa.cue.text, usa.speaker.text, usa.speaker.name, usa.speaker.kind) == (
        "direct", "stated", "Zelensky", "Volodymyr Zelensky", "person"
    )
    assert usa.text.endswith("your drones are the best today.'")
    drones = find("'We are ready to transfer drones")
    assert (drones.kind, drones.cue.text, drones.speaker.text, drones.speaker.name) == (
        "direct", "emphasized", "he", "Volodymyr Zelensky"
    )
    assert drones.text == (
        "'We are ready to transfer drones in exchange for American-made missiles,'"
    )
    difficult = by_text["'difficult'"]
    assert (difficult.kind, difficult.cue.text, difficult.speaker.text) == (
        "partial", "reported", "the Axios portal"
    )
    assert difficult.speaker.kind == "outlet"
    heartwarming = by_text["'heartwarming'"]
    assert (heartwarming.kind, heartwarming.cue.text, heartwarming.speaker.name) == (
        "partial", "described", "Donald Trump"
    )
    hope = by_text["'I hope to end the conflict without these missiles,'"]
    assert (hope.kind, hope.cue.text, hope.speaker.text, hope.speaker.name) == (
        "direct", "said", "Trump", "Donald Trump"
    )
    stealing = find("'Zelensky will stop at nothing")
    assert (stealing.kind, stealing.cue.text, stealing.speaker.text, stealing.speaker.kind) == (
        "direct", "claimed", "one anonymous source", "anonymous"
    )
    according = find("Ukraine is prepared to sell its drones")
    assert (according.kind, according.cue.text, according.speaker.name) == (
        "indirect", "According to", "Volodymyr Zelensky"
    )
    assert according.text == (
        "Ukraine is prepared to sell its drones to the U.S., but with a two-way partnership in mind"
    )
    assert not any("Lenta.Ru" in q.text and q.kind != "indirect" for q in quotes)
    assert not any(q.text.strip("'") == "Lenta.Ru" for q in quotes)
    # Every direct or partial quotation in the article, and nothing else in quotation marks.
    assert sorted(q.text[:20] for q in quotes if q.kind != "indirect") == sorted(
        [
            "'The USA has a large", "'We are ready to tra", "'difficult'",
            "'heartwarming'", "'I hope to end the c", "'Zelensky will stop ",
        ]
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'Yes,' said Ana.\n", ("direct", "'Yes,'", "Ana")),
        ("\u201cNo comment,\u201d the mayor\u2019s office said.\n",
         ("direct", "\u201cNo comment,\u201d", "the mayor\u2019s office")),
        ("''Rates will rise,'' the bank said on Thursday.\n",
         ("direct", "''Rates will rise,''", "the bank")),
    ],
)
def test_short_quotes_and_wire_style_double_apostrophes(text: str, expected: tuple):
    quote = only(text)
    assert (quote.kind, quote.text, quote.speaker.text) == expected


def test_speaker_before_a_who_clause():
    text = (
        "Three officials who spoke on condition of anonymity because they were not authorised "
        "to discuss the talks said a compromise had been discussed in Lisbon.\n"
    )
    quote = only(text)
    assert (quote.text, quote.speaker.text, quote.speaker.kind) == (
        "a compromise had been discussed in Lisbon", "Three officials", "anonymous"
    )


def test_poll_shares_speak():
    text = "About 9 percent said they had no preference in the mayoral race.\n"
    quote = only(text)
    assert (quote.text, quote.speaker.text) == (
        "they had no preference in the mayoral race", "9 percent"
    )


def test_asked_whether_reports_the_question():
    text = "Reporters asked the minister whether the bridge would reopen before winter.\n"
    quote = only(text)
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == (
        "indirect", "whether the bridge would reopen before winter", "asked", "Reporters"
    )


def test_attribution_in_the_middle_of_the_sentence():
    text = "The new terminal, the airport's director said, will open two months late.\n"
    quote = only(text)
    assert (quote.text, quote.speaker.text) == (
        "The new terminal, the airport's director said, will open two months late",
        "the airport's director",
    )


def test_participle_credits_the_subject_after_a_dateline():
    text = (
        "HARBORVILLE \u2014 Mayor Ana Ortiz defended the budget on Monday, saying the cuts "
        "would protect the city's credit rating.\n"
    )
    quote = only(text)
    assert (quote.text, quote.cue.text, quote.speaker.text, quote.speaker.name) == (
        "the cuts would protect the city's credit rating", "saying", "Mayor Ana Ortiz",
        "Ana Ortiz",
    )


def test_markdown_link_text_is_the_speaker_and_code_is_ignored():
    text = (
        "# Council vote\n\n"
        '"We will fix the roads," said [Mayor Ana Ortiz](https://example.org/ortiz).\n\n'
        "```\n"
        'print("not a quote, said nobody")\n'
        "```\n"
    )
    document = run_stages(
        build_document(text, path="council.md"), ("sentences", "quotes")
    )
    assert [summary(q) for q in document.quotes] == [
        ("direct", '"We will fix the roads,"', "said", "Mayor Ana Ortiz", "Ana Ortiz")
    ]
    speaker = document.quotes[0].speaker
    assert text[speaker.start : speaker.end] == "Mayor Ana Ortiz"


def test_partial_quote_without_a_cue_goes_to_the_sentence_subject():
    text = "Senator Hal Brooks supports \u201cappropriate pay raises\u201d for federal staff.\n"
    quote = only(text)
    assert (quote.kind, quote.text, quote.cue, quote.speaker.text, quote.speaker.name) == (
        "partial", "\u201cappropriate pay raises\u201d", None, "Senator Hal Brooks", "Hal Brooks"
    )


def test_a_thing_is_not_a_speaker():
    text = (
        "The operator released its ticket logs on Friday. Each refund shows the same ticket "
        "reference charged twice, a minute apart.\n"
    )
    assert [q.speaker.text for q in quotes_of(text) if q.speaker] == []


def test_a_month_is_not_a_speaker():
    text = "\"We will not close the library,\" October said.\n"
    assert [summary(q) for q in quotes_of(text)] == [
        ("direct", "\"We will not close the library,\"", "said", None, None)
    ]


def test_a_report_still_speaks():
    text = "The audit found that the council had overspent by $2 million.\n"
    quote = only(text)
    assert (quote.text, quote.speaker.text) == (
        "the council had overspent by $2 million", "The audit"
    )
