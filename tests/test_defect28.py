"""Round 28 (DEFECT28): known quote, speaker and source defects of earlier rounds (issues #3,
#5), each with a sentence of our own; every test fails on the round's starting code."""

from __future__ import annotations

from quote_helpers import checked_report, report_flags


def _sources(report: dict) -> list[tuple[str, str]]:
    return [(source["name"], source["kind"]) for source in report["sources"]]


def test_a_name_ending_in_a_number_is_no_person() -> None:
    cases = {
        "Channel 4 reported on Friday that the minister had offered to resign.\n":
            ("Channel 4", "outlet"),
        "Fox 5 reported that the mayor would not seek a third term.\n": ("Fox 5", "outlet"),
        "Article 50 says a member state may leave the union.\n": ("Article 50", "document"),
        "Section 230 says platforms are not liable for what their users post.\n":
            ("Section 230", "document"),
        "Local 1199 said the strike at the care homes would go ahead.\n":
            ("Local 1199", "organization"),
    }
    for text, source in cases.items():
        report = checked_report(text)
        assert _sources(report) == [source], text
        assert report["quotes"][0]["speaker"]["name"] == source[0], text
    report = checked_report("Channel 4 reported that the minister had offered to resign.\n")
    assert report_flags(report, "A3") == [("A301", "Channel 4")]
    # a year after a determiner or a name is no name's number (the first version crashed on
    # "A 2006 review": the name run had become "A 2006")
    report = checked_report("A 2006 review article stated that too little was known.\n")
    assert _sources(report) == [("A 2006 review article", "document")]


def test_a_product_named_after_the_company_is_not_the_company() -> None:
    text = (
        "Apple said on Thursday that revenue from its phones rose 6 percent in the quarter.\n\n"
        "Sales of the Apple Watch were flat, the company said in a statement.\n"
    )
    report = checked_report(text)
    assert _sources(report) == [("Apple", "organization")]
    assert [q["speaker"]["name"] for q in report["quotes"]] == ["Apple", "Apple"]
    # a body named after a surname the story writes alone first stays apart from it
    text = (
        "Warren said the findings were flawed.\n\n"
        "The Warren Commission said in its report that the gunman acted alone.\n"
    )
    assert [name for name, _ in _sources(checked_report(text))] == [
        "Warren", "Warren Commission"
    ]


def test_a_time_phrase_after_a_group_is_not_its_place() -> None:
    text = (
        "The closure followed an investigation by officials in March that found \"serious "
        "failings\" in the care of elderly patients.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A1") == [("A101", "officials")]
    text = "Analysts in recent weeks have said the currency is overvalued.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "Analysts")]
    text = "Officials in Lagos said the port would reopen on Monday.\n"
    assert report_flags(checked_report(text), "A1") == [("A101", "Officials in Lagos")]


def test_a_placed_group_speaking_through_a_present_perfect_progressive() -> None:
    text = (
        "Tenants in the tower have been complaining for months that the lifts do not work.\n"
    )
    report = checked_report(text)
    assert report_flags(report, "A2") == [("A201", "Tenants in the tower")]
    assert [(q["text"], q["speaker"]["text"]) for q in report["quotes"]] == [
        ("the lifts do not work", "Tenants in the tower")
    ]
    text = "Residents on the estate are warning that the council will close the library.\n"
    assert report_flags(checked_report(text), "A2") == [("A201", "Residents on the estate")]
    # "had been" inside someone's report is a background of that report, not a new speaker
    text = (
        "Lord Hale said that for years some critics had been predicting the collapse of the "
        "scheme, but that it was stronger than ever.\n"
    )
    report = checked_report(text)
    assert {q["speaker"]["name"] for q in report["quotes"]} == {"Hale"}


_PROFILE = (
    "Margaret Ellison, a nurse who ran the maternity ward at St Anne's for three decades, died "
    "on Sunday at her home in Leeds. She was 91.\n\n"
    "Born in 1933 in a mining village near Barnsley, the daughter of a miner and a seamstress, "
    "she left school at fourteen to work in a mill. The war had taken two of her uncles, and the "
    "village was poor; there was no money for books, and the nearest library was a bus ride "
    "away.\n\n"
    "In 1951 she began training at the General Infirmary, where the matron, {matron}, was said "
    "to terrify the junior doctors. The training was hard, the hours were long and the pay was "
    "small, and many of the young women in her intake left within a year to marry.\n\n"
    "She stayed. By 1962 she was a ward sister, and by 1970 she ran the maternity unit, which "
    "delivered more than four thousand babies a year at its height. The unit was rebuilt twice "
    "during her time, and the second rebuilding, in 1984, was paid for in part by money raised "
    "by the mothers themselves.\n\n"
    "She said in a 2009 interview that the mothers had taught her more than the textbooks.\n"
)


def test_she_far_after_the_only_named_woman_of_a_profile() -> None:
    report = checked_report(_PROFILE.format(matron="a formidable woman from Cork"))
    assert [(q["speaker"]["text"], q["speaker"]["name"]) for q in report["quotes"]] == [
        ("She", "Margaret Ellison")
    ]
    # a second woman named far before it: no longer the only one
    report = checked_report(
        _PROFILE.format(matron="a formidable woman from Cork").replace(
            "the daughter of a miner", "the daughter of Ruth Hale, a seamstress, and a miner"
        )
    )
    assert report["quotes"][-1]["speaker"]["name"] == "She"


def test_the_ministry_after_a_ministry_named_of_its_portfolio() -> None:
    text = (
        "The Ministry of Health confirmed 40 new cases of measles on Monday. Hospitals in the "
        "north were told to prepare. The ministry said the outbreak was under control.\n"
    )
    report = checked_report(text)
    assert [q["speaker"]["name"] for q in report["quotes"]] == [
        "Ministry of Health", "Ministry of Health"
    ]
    assert _sources(report) == [("Ministry of Health", "organization")]


def test_the_union_is_no_company_whose_name_holds_the_word() -> None:
    text = (
        "Union Pacific Railroad cut 400 jobs at its yards on Monday. The union said the cuts "
        "broke the contract.\n"
    )
    report = checked_report(text)
    assert [q["speaker"]["name"] for q in report["quotes"]] == ["The union"]
    text = (
        "The National Union of Teachers said the plan would fail. The union said it would "
        "ballot its members.\n"
    )
    assert [q["speaker"]["name"] for q in checked_report(text)["quotes"]] == [
        "National Union of Teachers", "National Union of Teachers"
    ]
