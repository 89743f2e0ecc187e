"""Round-8 speaker kinds: a plural pronoun keeps the kind of the group it stands for, so the
quote's speaker agrees with the sourcing finding on the same words.  Texts invented for these
tests."""

from __future__ import annotations

from newscheck import analyze_text
from newscheck.pipeline import build_document, run_stages


def speakers(text: str) -> list[tuple[str, str, str]]:
    """(speaker span text, resolved name, kind) of each quote with a speaker, in order."""
    document = run_stages(build_document(text), ("sentences", "quotes"))
    found = []
    for quote in document.quotes:
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
            found.append((quote.speaker.text, quote.speaker.name, quote.speaker.kind))
    return found


def test_they_after_a_vague_group_is_vague():
    text = ("Critics say the levy is unfair to renters. They argue that it will push rents up "
            "across the county.\n")
    assert speakers(text) == [("Critics", "Critics", "vague"), ("They", "Critics", "vague")]


def test_they_after_unnamed_officials_stays_anonymous():
    text = ("Two officials familiar with the talks said the deal was close. They cautioned that "
            "it could still collapse over the border question.\n")
    assert speakers(text)[-1] == ("They", "Two officials familiar with the talks", "anonymous")


def test_pronoun_speaker_kind_matches_its_sourcing_finding():
    text = ("Many Republicans are wary of the bill. They believe it rewards insurers at the "
            "expense of patients.\n")
    report = analyze_text(text).to_dict()
    finding = next(f for f in report["findings"] if f["text"] == "They")
    quote = next(q for q in report["quotes"] if q["speaker"] and q["speaker"]["text"] == "They")
    assert finding["category"] == "vague_attribution"
    assert (quote["speaker"]["name"], quote["speaker"]["kind"]) == ("Many Republicans", "vague")
