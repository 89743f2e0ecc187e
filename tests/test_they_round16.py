"""THEY16: a "they" whose nearest plural noun is an object in its own sentence (issue #5).

The round-12 speech-pronoun finder (``source_coreference``) took the nearest people noun before
"they" + a verb of saying as its antecedent, even when that noun was the object of a
preposition or part of the words an earlier speaker in the same sentence was credited with
("Analysts at Berenberg said the breach could push users toward competitors, although they
noted ..." named 'toward competitors' as the source).  Every example text is our own
invention.  Each test fails on the code before the fix, except the guards, whose docstrings
say so.
"""

from __future__ import annotations

from sourcing_helpers import analyse
from sourcing_helpers import source_flags as flags

FIRM = (
    "Shares in Parcelo fell 6 per cent on Tuesday. Analysts at Hallam said the "
    "outage could push users toward competitors, although they noted that similar outages "
    "had rarely dented sales for long.\n"
)


def test_they_after_analysts_at_a_named_firm_is_not_a_vague_group():
    """The object "competitors" (and the reported "users") are no speakers; the subject is
    analysts at a named firm, credited through it: nothing to flag."""
    assert flags(FIRM, with_quotes=True) == []
    assert flags(FIRM) == []


PREPOSITION = (
    "The mayor, officials said, has grown wary of the harbour plan. With protesters "
    "blocking the main bridges, they said, the port could lose a week of shipments.\n"
)


def _they_message(text: str) -> str:
    document = analyse(text)
    [finding] = [f for f in document.findings if f.text.lower() == "they"]
    return finding.message


def test_object_of_a_preposition_is_not_the_antecedent():
    """"With protesters blocking …": an object in the pronoun's own sentence; "they"
    are the officials of the sentence before."""
    message = _they_message(PREPOSITION)
    assert "protesters" not in message
    assert "'officials'" in message


OBJECT_BEFORE = (
    "The new zoning rules angered dairy farmers across the county. They say the setbacks would "
    "force dozens of family farms to close.\n"
)


def test_object_in_the_previous_sentence_still_counts():
    """Guard (passes before and after): round 12's group that enters the story as an object,
    in the sentence before, is still the unnamed group "they" speaks for."""
    assert ("A201", "They") in flags(OBJECT_BEFORE, with_quotes=True)
