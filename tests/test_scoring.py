"""The credibility model on hand-built Documents: exact points, reasons and the findings named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscheck.document import Document, Span
from newscheck.report import SPEAKER_KINDS, Finding, Quote, Source, Speaker, TextSpan
from newscheck.rules import all_rules, get_rule
from newscheck.scoring import band_for, score
from newscheck.stages.scoring import run

COUNCIL_STORY = (
    "The city council voted 7-2 on Tuesday to close the Elm Street depot. "
    "\"We cannot keep paying for a building nobody uses,\" said Councillor Maria Lopez. "
    "The transport union opposed the closure. "
    "\"Forty drivers will lose their base,\" said Dan Kerr, the union's regional secretary. "
    "A council report published in March put the annual upkeep at $1.2 million. "
    "\"The figures are clear,\" Lopez added."
)

RUMOUR_STORY = (
    "The minister is said to be preparing a shocking U-turn on the airport. "
    "\"He has lost control of his own cabinet,\" one senior official claimed. "
    "Critics say the plan was doomed from the start. "
    "\"Nobody believes the numbers any more,\" another insider said. "
    "The decision could reportedly come as early as Friday, the Daily Courier reported. "
    "\"It is a disgrace,\" a source close to the talks said."
)


def sentence_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?](?:\"|')?", text)]


def make_document(text: str) -> Document:
    document = Document(text=text, analysis_text=text)
    document.sentences = sentence_spans(text)
    document.paragraphs = [Span(0, len(text))]
    return document


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def flag(document: Document, rule: str, words: str, nth: int = 0) -> Finding:
    start, end = at(document.text, words, nth)
    meta = get_rule(rule)
    finding = Finding(
        id="",
        rule=rule,
        category=meta.category,
        severity=meta.severity,
        start=start,
        end=end,
        text=words,
        voice="quoted" if document.in_quote(start, end) else "author",
        sentence=document.sentence_index_at(start),
        message=meta.summary,
        subtype=meta.subtype,
    )
    document.findings.append(finding)
    return finding


def add_quote(
    document: Document, words: str, speaker: str, kind: str, name: str | None = None,
    source_id: str | None = None, quote_kind: str = "direct",
) -> Quote:
    start, end = at(document.text, words)
    s_start, s_end = at(document.text, speaker)
    quote = Quote(
        id=f"q{len(document.quotes) + 1}",
        kind=quote_kind,
        start=start,
        end=end,
        text=words,
        speaker=Speaker(s_start, s_end, speaker, name or speaker, kind, source_id),
    )
    document.quotes.append(quote)
    return quote


def council_document() -> Document:
    doc = make_document(COUNCIL_STORY)
    add_quote(doc, '"We cannot keep paying for a building nobody uses,"', "Councillor Maria Lopez",
              "person", "Maria Lopez", "s1")
    add_quote(doc, '"Forty drivers will lose their base,"', "Dan Kerr", "person", source_id="s2")
    add_quote(doc, '"The figures are clear,"', "Lopez", "person", "Maria Lopez", "s1")
    doc.sources = [
        Source("s1", "Maria Lopez", "person", True, [TextSpan(0, 1, "T")], ["q1", "q3"]),
        Source("s2", "Dan Kerr", "person", True, [], ["q2"]),
        Source("s3", "council report", "document", True, [], []),
    ]
    return doc


def rumour_document() -> Document:
    doc = make_document(RUMOUR_STORY)
    add_quote(doc, '"He has lost control of his own cabinet,"', "one senior official", "anonymous")
    add_quote(doc, "the plan was doomed from the start", "Critics", "vague",
              quote_kind="indirect")
    add_quote(doc, '"Nobody believes the numbers any more,"', "another insider", "anonymous")
    add_quote(doc, '"It is a disgrace,"', "a source close to the talks", "anonymous")
    flag(doc, "H105", "is said to")
    flag(doc, "L101", "shocking")
    flag(doc, "A101", "one senior official")
    flag(doc, "L202", "lost control")
    flag(doc, "A201", "Critics")
    flag(doc, "L104", "doomed")
    flag(doc, "A101", "another insider")
    flag(doc, "H101", "could")
    flag(doc, "H103", "reportedly")
    flag(doc, "A301", "the Daily Courier reported")
    flag(doc, "A101", "a source close to the talks")
    flag(doc, "L201", "disgrace")
    doc.sources = [
        Source("s1", "one senior official", "anonymous", False),
        Source("s2", "critics", "vague", False),
        Source("s3", "another insider", "anonymous", False),
        Source("s4", "Daily Courier", "outlet", True),
    ]
    return doc


def reasons(scores: dict, dimension: str) -> list[tuple[int, str, list[str]]]:
    return [
        (r["points"], r["message"], r["findings"])
        for r in scores["dimensions"][dimension]["reasons"]
    ]


def test_well_sourced_council_story_keeps_full_marks() -> None:
    doc = council_document()
    run(doc)
    assert doc.scores["overall"] == 100
    assert doc.scores["band"] == "well sourced"
    for dimension in doc.scores["dimensions"].values():
        assert dimension["reasons"] == []


def test_rumour_story_sourcing_names_every_anonymous_flag() -> None:
    doc = rumour_document()
    run(doc)
    ids = {f.text: f.id for f in doc.findings}
    # 4 quotes + the unlinked outlet credit = 5 attributed claims; 3 anonymous, 1 vague.
    anonymous = [ids["one senior official"], ids["another insider"],
                 ids["a source close to the talks"]]
    assert reasons(doc.scores, "sourcing") == [
        (-40, "no identifiable first-hand source in a 67-word story",
         [ids["one senior official"], ids["Critics"], ids["another insider"],
          ids["a source close to the talks"]]),
        # 120 * 3/5 = 72, capped at the 60 points left
        (-60, "3 of 5 attributed claims rest on anonymous sources", anonymous),
        (0, "1 of 5 attributed claims rests on vague attribution (unnamed groups, weasel "
         "phrases): 'Critics'", [ids["Critics"]]),
        (0, "2 quotes from unnamed sources carry loaded words: 'lost control', 'disgrace'",
         [ids["one senior official"], ids["a source close to the talks"], ids["lost control"],
          ids["disgrace"]]),
    ]
    assert doc.scores["dimensions"]["sourcing"]["score"] == 0


def test_unnamed_attack_costs_sourcing() -> None:
    text = (
        "Mayor Ana Ruiz opened the new library on Saturday. \"She is a disgrace to this town,\" "
        "one council employee said. Ruiz said the library cost $4 million."
    )
    doc = make_document(text)
    add_quote(doc, '"She is a disgrace to this town,"', "one council employee", "anonymous")
    add_quote(doc, "the library cost $4 million", "Ruiz", "person", "Ana Ruiz", "s1",
              quote_kind="indirect")
    doc.sources = [Source("s1", "Ana Ruiz", "person", True)]
    anonymous = flag(doc, "A101", "one council employee")
    disgrace = flag(doc, "L201", "disgrace")
    run(doc)
    assert reasons(doc.scores, "sourcing") == [
        (-60, "1 of 2 attributed claims rests on anonymous sources", [anonymous.id]),
        # 140 * 1/2 = 70, capped at 30
        (-30, "1 quote from unnamed sources carries loaded words: 'disgrace'",
         [anonymous.id, disgrace.id]),
    ]


def test_few_sentences_saying_where_information_comes_from() -> None:
    text = (
        "Fuel prices rose again this week. Drivers paid more at every station in the county. "
        "Hauliers are cutting routes. Bus fares will follow. Schools have cancelled trips. "
        '"We cannot absorb this," said Priya Nand, who runs a taxi firm.'
    )
    doc = make_document(text)
    add_quote(doc, '"We cannot absorb this,"', "Priya Nand", "person")
    run(doc)
    # 1 of 6 sentences sourced: 100 * (0.4 - 1/6) = 23.3
    assert reasons(doc.scores, "attribution") == [
        (-23, "only 1 of 6 sentences say where their information comes from (a quote, a source "
         "or a cue)", []),
    ]


def test_reporter_voice_loaded_words_weigh_more_than_quoted_ones() -> None:
    doc = rumour_document()
    run(doc)
    ids = {f.text: f.id for f in doc.findings}
    assert reasons(doc.scores, "language") == [
        (-15, "1 emotive word in the reporter's voice: 'shocking'", [ids["shocking"]]),
        # 'doomed' is in reported speech ("Critics say the plan was doomed"): a source's word
        (-9, "3 loaded words inside quotations or reported speech (weighed less): "
         "'lost control', 'doomed', 'disgrace'",
         [ids["lost control"], ids["doomed"], ids["disgrace"]]),
    ]


def test_hedges_in_reporter_voice_are_weighed_by_kind() -> None:
    doc = rumour_document()
    run(doc)
    ids = {f.text: f.id for f in doc.findings}
    assert reasons(doc.scores, "certainty") == [
        (-10, "1 hedging adverb in the reporter's voice: 'reportedly'", [ids["reportedly"]]),
        (-10, "1 impersonal hedging phrase in the reporter's voice: 'is said to'",
         [ids["is said to"]]),
        (-5, "1 speculative modal in the reporter's voice: 'could'", [ids["could"]]),
    ]


def test_outlet_reliance_lowers_balance() -> None:
    doc = rumour_document()
    run(doc)
    ids = {f.text: f.id for f in doc.findings}
    assert reasons(doc.scores, "balance") == [
        (-20, "1 of 5 attributed claims credited to other news outlets: "
         "'the Daily Courier reported'", [ids["the Daily Courier reported"]]),
    ]


def test_rumour_story_ranks_below_council_story() -> None:
    good, bad = council_document(), rumour_document()
    run(good)
    run(bad)
    # weighted geometric mean, sourcing 0 floored at 10 (GEOMETRIC_FLOOR):
    # 10^.35 * 100^.15 * 76^.25 * 75^.10 * 80^.15 = 39.2
    assert bad.scores["overall"] == 39
    assert bad.scores["band"] == "poor"
    assert bad.scores["overall"] < good.scores["overall"]


def test_finding_ids_follow_position_like_to_report() -> None:
    doc = rumour_document()
    run(doc)
    assert [f.id for f in doc.findings] == [f"f{i}" for i in range(1, len(doc.findings) + 1)]
    assert [f.start for f in doc.findings] == sorted(f.start for f in doc.findings)
    assert doc.findings[0].text == "is said to"


def test_rates_not_counts_doubling_the_story_keeps_the_score() -> None:
    single = make_document(" ".join([RUMOUR_STORY] * 2))
    double = make_document(" ".join([RUMOUR_STORY] * 4))
    for nth in range(2):
        flag(single, "L101", "shocking", nth)
        flag(single, "H103", "reportedly", nth)
    for nth in range(4):
        flag(double, "L101", "shocking", nth)
        flag(double, "H103", "reportedly", nth)
    run(single)
    run(double)
    for name in ("language", "certainty"):
        assert single.scores["dimensions"][name]["score"] == double.scores["dimensions"][name][
            "score"
        ]


def test_explained_anonymity_costs_half() -> None:
    text = (
        "The talks will resume on Monday, said an official who spoke on condition of anonymity "
        "because the negotiations are private. Mayor Ana Ruiz confirmed the date."
    )
    doc = make_document(text)
    add_quote(doc, "The talks will resume on Monday", "an official", "anonymous",
              quote_kind="indirect")
    add_quote(doc, "the date", "Mayor Ana Ruiz", "person", "Ana Ruiz", quote_kind="indirect")
    finding = flag(doc, "A102", "an official")
    run(doc)
    assert reasons(doc.scores, "sourcing") == [
        (-30, "1 of 2 attributed claims rests on anonymous sources (1 explained)", [finding.id]),
    ]
    finding.rule = "A101"
    run(doc)
    assert reasons(doc.scores, "sourcing") == [
        (-60, "1 of 2 attributed claims rests on anonymous sources", [finding.id]),
    ]


def test_unattributed_quote_and_claim_cost_attribution() -> None:
    text = (
        '"We will not back down." The vote is on Tuesday. '
        "The mayor lied about the contract. Officials at City Hall declined to comment."
    )
    doc = make_document(text)
    start, end = at(text, '"We will not back down."')
    doc.quotes.append(Quote("q1", "direct", start, end, '"We will not back down."'))
    unattributed = flag(doc, "A401", '"We will not back down."')
    lied = flag(doc, "A402", "lied")
    run(doc)
    assert reasons(doc.scores, "attribution") == [
        (-50, "1 of 1 quotation has no speaker", [unattributed.id]),
        (
            -15,
            "1 accusation in the reporter's voice with no source (the overall stays at or "
            "below 84): 'lied'",
            [lied.id],
        ),
    ]


def test_absolutes_count_under_certainty_not_language() -> None:
    text = "The minister has never visited the flooded towns. The rise was sharply higher."
    doc = make_document(text)
    never = flag(doc, "L103", "never")
    sharply = flag(doc, "L103", "sharply")
    run(doc)
    assert reasons(doc.scores, "certainty") == [
        (-8, "1 unhedged absolute in the reporter's voice: 'never'", [never.id]),
    ]
    assert reasons(doc.scores, "language") == [
        (-8, "1 intensifier in the reporter's voice: 'sharply'", [sharply.id]),
    ]


def test_one_source_dominating_costs_balance() -> None:
    text = (
        '"Sales doubled," said chief executive Tom Hale. "We hired 40 people," Hale said. '
        '"Next year will be better," Hale added. "The board agrees," Hale said.'
    )
    doc = make_document(text)
    add_quote(doc, '"Sales doubled,"', "chief executive Tom Hale", "person", "Tom Hale", "s1")
    for words, nth in (('"We hired 40 people,"', 0), ('"Next year will be better,"', 1),
                       ('"The board agrees,"', 2)):
        quote = add_quote(doc, words, "Hale", "person", "Tom Hale", "s1")
        start, end = at(text, "Hale", nth + 1)
        quote.speaker = Speaker(start, end, "Hale", "Tom Hale", "person", "s1")
    run(doc)
    assert reasons(doc.scores, "balance") == [
        (-30, "4 of 4 attributed quotes come from one source (Tom Hale)", []),
    ]


def test_documents_offset_missing_sources() -> None:
    text = "The budget papers show a deficit of $4 billion. " * 20
    doc = make_document(text)
    doc.sources = [Source("s1", "the budget papers", "document", True)]
    run(doc)
    assert reasons(doc.scores, "sourcing") == [
        (-12, "only 1 identifiable first-hand source in a 180-word story (2 expected)", []),
        (4, "cites 1 document directly: 'the budget papers'", []),
    ]
    assert doc.scores["dimensions"]["sourcing"]["score"] == 92


@pytest.mark.parametrize(
    ("overall", "band"), [(100, "well sourced"), (85, "well sourced"), (84, "mixed"),
                          (70, "mixed"), (69, "weak"), (50, "weak"), (49, "poor"), (0, "poor")]
)
def test_bands(overall: int, band: str) -> None:
    assert band_for(overall) == band


def test_every_reason_sums_to_the_dimension_score() -> None:
    doc = rumour_document()
    run(doc)
    for dimension in doc.scores["dimensions"].values():
        total = 100 + sum(r["points"] for r in dimension["reasons"])
        assert dimension["score"] == max(0, min(100, total))


def test_empty_text_scores_without_error() -> None:
    doc = make_document("")
    assert score(doc)["dimensions"]["attribution"]["score"] == 100


# --- the real pipeline on the samples and the seed article --------------------------------------

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sample_scores(name: str) -> dict:
    from newscheck import analyze_path

    return analyze_path(str(SAMPLES / name)).scores


def all_messages(scores: dict) -> list[str]:
    return [r["message"] for d in scores["dimensions"].values() for r in d["reasons"]]


def test_samples_rank_as_an_editor_would() -> None:
    overall = {
        name: sample_scores(name)["overall"]
        for name in ("well-sourced.txt", "crlf-wire.txt", "draft.md", "multi-paragraph-quotes.txt",
                     "hedging-heavy.txt", "loaded-language.txt", "anonymous-sources.txt",
                     "poorly-sourced.txt")
    }
    for name in ("well-sourced.txt", "crlf-wire.txt", "draft.md", "multi-paragraph-quotes.txt"):
        assert overall[name] >= 85, (name, overall)
    assert overall["multi-paragraph-quotes.txt"] > overall["hedging-heavy.txt"]
    assert overall["hedging-heavy.txt"] > overall["anonymous-sources.txt"]
    assert overall["loaded-language.txt"] > overall["anonymous-sources.txt"]
    assert overall["anonymous-sources.txt"] > overall["poorly-sourced.txt"]
    assert overall["well-sourced.txt"] - overall["poorly-sourced.txt"] >= 40


def test_each_problem_sample_is_weak_on_its_own_problem() -> None:
    well = sample_scores("well-sourced.txt")["dimensions"]
    for name, problem in (("hedging-heavy.txt", "certainty"),
                          ("loaded-language.txt", "language"),
                          ("anonymous-sources.txt", "sourcing")):
        dimensions = sample_scores(name)["dimensions"]
        assert dimensions[problem]["score"] < 60, (name, dimensions[problem])
        assert well[problem]["score"] - dimensions[problem]["score"] >= 40, name


def test_seed_article_reasons_are_an_editors(seed_text: str) -> None:
    from newscheck import analyze_text

    report = analyze_text(seed_text, path="seed-article.txt")
    scores = report.scores
    assert scores["band"] in ("mixed", "weak")
    messages = " | ".join(all_messages(scores))
    for expected in ("rests on anonymous sources", "credited to other news outlets",
                     "'Lenta.Ru'", "'startling revelation'", "'stealing'", "'hinted'"):
        assert expected in messages
    ids = {f.id: f.text for f in report.findings}
    outlets = next(r for r in scores["dimensions"]["balance"]["reasons"]
                   if "other news outlets" in r["message"])
    assert {"Lenta.Ru", "the Axios portal", "The Financial Times"} <= {
        ids[i] for i in outlets["findings"]
    }


# --- invariants on arbitrary findings and quotes -------------------------------------------------

RULE_CODES = list(all_rules())
TEXT = RUMOUR_STORY * 3


@st.composite
def documents(draw: st.DrawFn) -> Document:
    doc = make_document(TEXT)
    for number in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(TEXT) - 40))
        end = start + draw(st.integers(1, 40))
        kind = draw(st.sampled_from(["direct", "partial", "indirect"]))
        speaker = None
        if draw(st.booleans()):
            s_start = draw(st.integers(0, len(TEXT) - 20))
            speaker = Speaker(s_start, s_start + 10, TEXT[s_start : s_start + 10],
                              draw(st.sampled_from(["Ana", "Tom", "an aide"])),
                              draw(st.sampled_from(SPEAKER_KINDS)))
        doc.quotes.append(Quote(f"q{number}", kind, start, end, TEXT[start:end], None, speaker))
    for _ in range(draw(st.integers(0, 30))):
        rule = draw(st.sampled_from(RULE_CODES))
        start = draw(st.integers(0, len(TEXT) - 30))
        flag_words = TEXT[start : start + draw(st.integers(1, 30))]
        meta = get_rule(rule)
        doc.findings.append(Finding(
            "", rule, meta.category, meta.severity, start, start + len(flag_words), flag_words,
            draw(st.sampled_from(["author", "quoted"])), doc.sentence_index_at(start),
            meta.summary, meta.subtype,
            draw(st.sampled_from([None, "q0", "q1"])),
        ))
    return doc


@settings(max_examples=150, deadline=None)
@given(documents())
def test_breakdown_invariants(doc: Document) -> None:
    run(doc)
    scores = doc.scores
    ids = {f.id for f in doc.findings}
    assert 0 <= scores["overall"] <= 100
    assert scores["band"] == band_for(scores["overall"])
    assert list(scores["dimensions"]) == ["sourcing", "attribution", "language", "certainty",
                                          "balance"]
    for dimension in scores["dimensions"].values():
        assert dimension["score"] == 100 + sum(r["points"] for r in dimension["reasons"])
        for reason in dimension["reasons"]:
            assert set(reason["findings"]) <= ids
            assert reason["message"]


def test_reported_speech_is_the_sources_voice() -> None:
    text = (
        "Mayor Ana Ruiz said the council would probably approve a disastrous budget. "
        "The budget could raise taxes."
    )
    doc = make_document(text)
    add_quote(doc, "the council would probably approve a disastrous budget", "Mayor Ana Ruiz",
              "person", "Ana Ruiz", quote_kind="indirect")
    flag(doc, "H101", "would")
    flag(doc, "H103", "probably")
    disastrous = flag(doc, "L101", "disastrous")
    could = flag(doc, "H101", "could")
    run(doc)
    # only the reporter's own 'could' costs certainty: 100 * 0.5 / 10 sentences
    assert reasons(doc.scores, "certainty") == [
        (-5, "1 speculative modal in the reporter's voice: 'could'", [could.id]),
    ]
    assert reasons(doc.scores, "language") == [
        (-3, "1 loaded word inside quotations or reported speech (weighed less): 'disastrous'",
         [disastrous.id]),
    ]
