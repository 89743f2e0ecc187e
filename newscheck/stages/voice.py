"""Voice: whether words are the reporter's or a source's, from the quotes stage's quotations.

Direct and partial quotations are the source's words; the content of an attributed indirect
quote is the source's claim in the reporter's paraphrase, and counts as the source's voice too.
"""

from __future__ import annotations

from bisect import bisect_right

from newscheck.report import Quote


def reported_speech(quote: Quote) -> bool:
    """An attributed indirect quote ("the prosecutor said [he is a liar]"): the source's claim
    in the reporter's paraphrase. The one test for the language stage (``QuoteLocator``) and
    the scores (``scoring.ReportedSpeech``): round 14."""
    return quote.kind == "indirect" and quote.speaker is not None and (
        quote.cue is None or quote.cue.text not in EVIDENCE_CUES
    )


EVIDENCE_FORMS = frozenset(["show", "shows", "showed"])
EVIDENCE_CUES = EVIDENCE_FORMS | frozenset(form.capitalize() for form in EVIDENCE_FORMS)
"""Round 28: a document's evidence ("A memo obtained by this newspaper shows city officials knew
... before the council's disastrous vote"): what follows is the reporter's account of what the
document shows, in the reporter's words, not the document's claim."""


def merged_spans(quotes: list[Quote]) -> list[list[int]]:
    """[start, end] of ``quotes`` (sorted by start), overlapping ones merged."""
    merged: list[list[int]] = []
    for quote in quotes:
        if merged and quote.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], quote.end)
        else:
            merged.append([quote.start, quote.end])
    return merged


class QuoteLocator:
    """Which direct/partial quote (if any) contains a span, by binary search."""

    def __init__(self, quotes: list[Quote], *, reported: bool = False) -> None:
        """``reported=True``: the attributed indirect quotes instead ("the prosecutor said [he
        is a liar]"): the source's claim in the reporter's paraphrase."""
        if reported:
            kept = (q for q in quotes if reported_speech(q))
        else:
            kept = (q for q in quotes if q.kind != "indirect")
        self._quotes = sorted(kept, key=lambda q: q.start)
        self._starts = [q.start for q in self._quotes]

    def __bool__(self) -> bool:
        return bool(self._quotes)

    def unquoted_parts(self, spans: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
        """For the sorted spans that overlap a direct or partial quotation: index -> the
        span's parts outside quotations (one sweep; spans without quotes are left out)."""
        merged = merged_spans(self._quotes)
        parts: dict[int, list[tuple[int, int]]] = {}
        first = 0
        for index, (start, end) in enumerate(spans):
            while first < len(merged) and merged[first][1] <= start:
                first += 1
            if first == len(merged):
                break
            if merged[first][0] >= end:
                continue
            pieces, cursor, i = [], start, first
            while i < len(merged) and merged[i][0] < end:
                if merged[i][0] > cursor:
                    pieces.append((cursor, merged[i][0]))
                cursor = max(cursor, merged[i][1])
                i += 1
            if cursor < end:
                pieces.append((cursor, end))
            parts[index] = pieces
        return parts

    def quote_at(self, start: int, end: int) -> Quote | None:
        i = bisect_right(self._starts, start) - 1
        # Walk back a little for nested or overlapping quotes; the innermost match wins.
        for quote in reversed(self._quotes[max(0, i - 3) : i + 1]):
            if quote.start <= start and end <= quote.end:
                return quote
        return None
