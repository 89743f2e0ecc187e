"""Round 14: defects an editor met in invented copy (a layoffs memo, a bus strike, an appeals
ruling, a school-board meeting), each fixed with a test.

Each fix's test fails on the round-13 code (463a4e3) unless its docstring says it is a guard
(a case the new rule must leave alone, which passes on the old code too).
"""

from __future__ import annotations

from newscheck import analyze_text


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, speaker kind) of each quote."""
    report = analyze_text(text).to_dict()
    return [
        (
            q["text"],
            q["speaker"] and q["speaker"]["name"],
            q["speaker"] and q["speaker"]["kind"],
        )
        for q in report["quotes"]
    ]


def _sources(text: str) -> dict[str, str]:
    return {source["name"]: source["kind"] for source in analyze_text(text).to_dict()["sources"]}


_BOARD = (
    "Board member Phil Okonkwo, who voted against the closures, said he shared the parents' "
    "frustration. \"I don't think we did enough to find another way,\" he said after the vote.\n\n"
    "The teachers' union said it had concerns about class sizes at the receiving schools."
)


def test_a_member_of_a_body_named_before_his_name_is_a_person() -> None:
    """"Board member Phil Okonkwo" had been the organisation "Phil Okonkwo" (the body's name
    read as his kind): his "he said" then skipped him, and "The teachers' union" resolved to him
    as the latest organisation."""
    found = {content: (name, kind) for content, name, kind in _speakers(_BOARD)}
    assert found["he shared the parents' frustration"] == ("Phil Okonkwo", "person")
    assert found["\"I don't think we did enough to find another way,\""] == (
        "Phil Okonkwo", "person")
    assert found["it had concerns about class sizes at the receiving schools"] == (
        "The teachers' union", "organization")


def test_other_roles_before_a_name() -> None:
    """A trustee, a superintendent, a union organiser named after the role are people."""
    text = (
        "Trustee Ana Ferreira said the vote was rushed.\n\n"
        "Union organiser Kwame Boateng said the members would decide on Friday.\n\n"
        "Superintendent Karen Lindqvist said the district had no other choice."
    )
    kinds = {name: kind for _, name, kind in _speakers(text)}
    assert kinds == {
        "Ana Ferreira": "person", "Kwame Boateng": "person", "Karen Lindqvist": "person",
    }
