"""Round 9, from the user audit: groups inside a named speaker's phrase, sources that said
nothing, an analyst named just before.  Texts invented for these tests."""

from __future__ import annotations

from sourcing_helpers import source_flags

from newscheck.pipeline import build_document, run_stages


def test_a_group_inside_a_named_speakers_phrase_is_not_the_source():
    text = ("The delay is a failure of leadership, the union representing dockworkers said in a "
            "statement. The lawyer for the protesters said the arrests were unlawful.\n")
    assert source_flags(text, with_quotes=True) == []


def test_the_group_that_speaks_is_still_flagged():
    text = "Dockworkers said the delay was a failure of leadership.\n"
    assert source_flags(text, with_quotes=True) == [("A201", "Dockworkers")]


def test_a_source_that_declined_to_comment_carries_no_claim():
    text = ("A ministry spokesman declined to comment further. A port official could not be "
            "reached on Sunday. A ministry spokesman said the port would reopen on Monday.\n")
    assert source_flags(text, with_quotes=True) == [("A101", "A ministry spokesman")]


def test_an_unnamed_looking_role_right_after_a_name_is_that_person():
    text = ("''The stock hasn't done well,'' said Howard Rubel, a senior analyst at Jefferies. "
            "A Halden resident, Farah Qureshi, a software tester who noticed the charges, said "
            "the bank was slow to respond.\n")
    assert source_flags(text, with_quotes=True) == []


def test_a_singular_noun_before_a_plural_group_is_not_part_of_it():
    text = ("The council approved the fare rise, a move critics called devastating for commuters. "
            "At least a dozen members of Congress said the rise was unfair.\n")
    assert source_flags(text, with_quotes=True) == [
        ("A201", "critics"), ("A201", "a dozen members of Congress")
    ]


def test_a_markdown_source_span_holds_no_markup():
    text = ("# Ferry row\n\nThe plan was first seen by the *Valley Courier*, which published it "
            "on Monday.\n")
    document = build_document(text, input_format="markdown")
    run_stages(document, ("sentences", "quotes", "sourcing"))
    outlet = next(f for f in document.findings if f.rule == "A301")
    assert (outlet.text, text[outlet.start : outlet.end]) == ("Valley Courier", "Valley Courier")
    assert [s.name for s in document.sources] == ["Valley Courier"]
