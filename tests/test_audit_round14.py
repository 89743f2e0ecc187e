"""AUDIT14: defects a standards editor meets in new kinds of copy (obituaries, election nights,
drug approvals, transfer rumours, investigations with whistleblowers, foreign wire stories),
each read off an article written for the audit.

Every example text is our own invention.  Each test fails on the code before its fix, except
the guards, whose docstrings say so.
"""

from __future__ import annotations

from newscheck import analyze_text


def _report(text: str) -> dict:
    report = analyze_text(text).to_dict()
    for item in report["quotes"] + report["findings"]:  # every span indexes the text exactly
        assert text[item["start"] : item["end"]] == item["text"]
    for quote in report["quotes"]:
        for part in ("cue", "speaker"):
            if quote[part] is not None:
                span = quote[part]
                assert text[span["start"] : span["end"]] == span["text"]
    return report


def _flags(report: dict, prefix: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["text"]) for f in report["findings"] if f["rule"].startswith(prefix)]


def _speakers(report: dict) -> list[tuple[str, str, str]]:
    """(quote text, speaker name, speaker kind) of each quote."""
    return [
        (q["text"], q["speaker"]["name"] if q["speaker"] else None,
         q["speaker"]["kind"] if q["speaker"] else None)
        for q in report["quotes"]
    ]


def _speaker_of(report: dict, words: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker of the first quote holding ``words``."""
    for quote, name, kind in _speakers(report):
        if words in quote:
            return name, kind
    raise AssertionError(f"no quote holds {words!r}")


# --- "think tank": a noun, not a verb of belief -------------------------------------------------

THINK_TANK = (
    "Critics of the pricing disputed that. Analysts at the health think tank Fairfield "
    "Institute estimated that Calder had spent roughly £400 million developing the drug, a "
    "figure the company declined to confirm.\n\n"
    '"The infrastructure is finally there, but the money is not," said Sergiu Tofilat, an '
    "energy expert at the Chisinau-based WatchDog think tank. \"Without subsidies, people will "
    'simply not be able to pay."\n'
)


def test_think_tank_is_no_cue_and_its_analysts_are_a_named_institution():
    report = _report(THINK_TANK)
    cues = [q["cue"]["text"] for q in report["quotes"] if q["cue"]]
    assert "think" not in cues
    assert _speaker_of(report, "Calder had spent") == (
        "Analysts at the health think tank Fairfield Institute", "organization"
    )
    # the quote after the think tank's name is still Tofilat's, not a new speaker's
    assert _speaker_of(report, "Without subsidies")[0] == "Sergiu Tofilat"
    # the analysts are credited (an institution is named): no vague or unsourced-view flag
    assert not [f for f in _flags(report, "A2") if "Analysts" in f[1]]
