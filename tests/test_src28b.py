"""Round 28 (SRC28B): anonymous and vague sources the rules missed (issue 5's recall).

Each flag test fails on the round-start code of this branch (aa89f21); the guards pass on both.
Sentences are invented.
"""

from __future__ import annotations

from sourcing_helpers import flagged as _flagged

# 1. "cried out" is a speech verb (phrasal form only): rich13's '"...!" the crowd cried out'.


def test_cried_out_credits_the_unnamed_speaker() -> None:
    assert _flagged('"Shame!" the crowd cried out as the mayor left.') == [("A201", "the crowd")]
    assert _flagged('"Shame!" some protesters cried out as the mayor left.') == [
        ("A201", "some protesters")
    ]
    assert _flagged("Several residents cried out that the plan was a fraud.") == [
        ("A201", "Several residents")
    ]
    assert _flagged('"Help me," a woman cried out from the balcony.') == [("A101", "a woman")]


def test_cried_out_in_pain_and_bare_cried_are_not_speech() -> None:
    assert _flagged("The injured man cried out in pain as medics arrived.") == []
    assert _flagged("Some parents cried as the names were read.") == []


# 2. Compound people plurals with no final "s" ("fishermen", "townspeople", "clergymen") after a
# quantifier: "Local fishermen say" was credited, "Many fishermen say" was not.


def test_compound_plurals_without_s_after_a_quantifier_credit_the_group() -> None:
    assert _flagged("Many fishermen say the new quota is unfair.") == [("A201", "Many fishermen")]
    assert _flagged("Some townspeople said the quota is unfair.") == [
        ("A201", "Some townspeople")
    ]
    assert _flagged("Several clergymen warned that the law was unjust.") == [
        ("A201", "Several clergymen")
    ]


def test_bare_men_titled_roles_and_men_singulars_stay_unflagged() -> None:
    assert _flagged("Both men said there were no plans to sell.") == []
    assert _flagged("The committee chairmen wrote that the evidence was clear.") == []
    assert _flagged("The specimen says little about the disease.") == []


def test_listed_people_heads_without_s_after_a_quantifier_credit_the_group() -> None:
    assert _flagged("Many passersby said the crossing is unsafe.") == [("A201", "Many passersby")]
    assert _flagged("Some clergy warned that the law was unjust.") == [("A201", "Some clergy")]


def test_bare_people_keeps_its_weasel_reading() -> None:
    assert _flagged("Many people say the crossing is unsafe.") == [("A202", "Many people say")]
