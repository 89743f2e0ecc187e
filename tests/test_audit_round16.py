"""AUDIT16: defects a standards editor meets in new kinds of copy (a shelling in a border town
with claims on both sides, a Washington budget standoff, hospital waiting times, a data breach,
a doping case, a polling story), each read off an article written for the audit.

Every example text is our own invention.  Each test fails on the code before its fix, except
the guards, whose docstrings say so.
"""

from __future__ import annotations

from quote_helpers import checked_report as _report
from quote_helpers import report_flags as _flags


def _quotes(report: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote text, speaker name, speaker kind, cue text) of each quote."""
    return [
        (
            q["text"],
            q["speaker"]["name"] if q["speaker"] else None,
            q["speaker"]["kind"] if q["speaker"] else None,
            q["cue"]["text"] if q["cue"] else None,
        )
        for q in report["quotes"]
    ]


def _speaker_of(report: dict, words: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker of the first quote holding ``words``."""
    for quote, name, kind, _ in _quotes(report):
        if words in quote:
            return name, kind
    raise AssertionError(f"no quote holds {words!r}")


def _flagged(report: dict, prefix: str) -> list[str]:
    return [text for _, text in _flags(report, prefix)]


# --- a negative subject: "Neither account could be independently verified" --------------------

SHELLING = (
    "The Defence Ministry blamed the attack on separatist forces. A spokesman for the "
    "separatists denied that his forces had fired on the town.\n"
    "Neither account could be independently verified. None of the casualty figures given by "
    "either side could be confirmed, and neither side would comment on reports that a second "
    "market had been hit.\n"
    "If no ceasefire is agreed, the fighting could spread to the coast, aid agencies warned.\n"
)


def test_a_negative_subject_states_what_could_not_be_verified_not_a_possibility():
    report = _report(SHELLING)
    hedges = _flagged(report, "H")
    # the reporter says what could not be checked, and who refused to comment: no speculation
    assert not any(text.startswith(("could be", "would comment")) for text in hedges)
    # guard: a "no" in another clause leaves the possibility a possibility
    assert "could spread" in hedges


def test_a_negative_subject_does_not_silence_a_prediction():
    """Guard (passes before the fix): only a refusal ("would comment") is narrative after a
    negative subject; "No jury would convict him" is still a prediction, and "no guarantee he
    would" does not open the clause."""
    text = (
        "Defence lawyers say the case is weak. No jury would convict him on that evidence, "
        "one of them said. There is no guarantee the court would accept the recording.\n"
    )
    hedges = _flagged(_report(text), "H")
    assert "would convict" in hedges
    assert "would accept" in hedges
