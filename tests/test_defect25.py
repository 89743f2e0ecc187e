"""Round 25 (DEFECT25): known defects in quotes, speakers and names.

Every sentence here is written for the test; each test fails on the round-start tree unless its
docstring calls it a guard.
"""

from __future__ import annotations

from types import SimpleNamespace

from quote_helpers import checked_report

from newscheck.stages import quotes
from newscheck.stages.language import SourcingFlags


def _source_flags(report: dict) -> list[tuple[str, str]]:
    return [(f["rule"], f["text"]) for f in report["findings"] if f["rule"][:1] == "A"]


# -- 7: small ones --------------------------------------------------------------------------------


def test_something_after_feared_is_no_gerund() -> None:
    """"feared something had gone wrong" opens a clause; "feared being barred" stays a gerund
    object (guard)."""
    assert quotes._GERUND_AFTER.match("feared something had gone wrong", 6) is None
    assert quotes._GERUND_AFTER.match("feared nothing would change", 6) is None
    assert quotes._GERUND_AFTER.match("feared being barred", 6) is not None
    assert quotes._GERUND_AFTER.match("feared not getting paid", 6) is not None


def test_a_longer_anonymity_reason_that_starts_earlier_still_holds_a_span() -> None:
    """Two reasons, the first longer and holding the second: a span after the second but
    inside the first is inside a reason (the last reason starting before it was the only one
    read)."""
    reason = SimpleNamespace
    document = SimpleNamespace(
        findings=[],
        sources=[
            SimpleNamespace(anonymity_reason=reason(start=10, end=100)),
            SimpleNamespace(anonymity_reason=reason(start=20, end=30)),
            SimpleNamespace(anonymity_reason=None),
        ],
    )
    flags = SourcingFlags(document)
    assert flags.inside_anonymity_reason(40, 50)
    assert flags.inside_anonymity_reason(22, 28)
    assert not flags.inside_anonymity_reason(95, 105)
    assert not flags.inside_anonymity_reason(5, 12)


BALLOT_HEADLINES = (
    "NURSES REJECT PAY OFFER IN BALLOT\n\nThe union will meet health officials on Friday.\n",
    "Nurses reject pay offer in Ballot\n\nThe union will meet health officials on Friday.\n",
)


def test_a_ballot_result_in_capitals_is_no_vague_source() -> None:
    """The pre-test for "ballot" was case-sensitive while its regex is not: a headline in
    capitals was flagged A201."""
    for text in BALLOT_HEADLINES:
        assert _source_flags(checked_report(text)) == []
