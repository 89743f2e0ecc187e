"""Stage 'scoring': the credibility breakdown (the model is in ``newscheck.scoring``).

Reasons name findings by id, and ids are otherwise assigned by ``pipeline.to_report`` after the
stages run.  So this stage sorts and numbers the findings with the function ``to_report`` uses
(by start, end, rule; "f1", "f2", ...); ``to_report``'s later pass keeps the same ids.
"""

from __future__ import annotations

from newscheck.document import Document
from newscheck.report import FINDING_ORDER


def assign_finding_ids(document: Document) -> None:
    """Sort findings by position and rule and number them "f1", "f2", ... (also used by
    ``pipeline.to_report``)."""
    document.findings.sort(key=FINDING_ORDER)
    for number, finding in enumerate(document.findings, 1):
        finding.id = f"f{number}"


def run(document: Document) -> None:
    from newscheck.scoring import score

    assign_finding_ids(document)
    document.scores = score(document)
