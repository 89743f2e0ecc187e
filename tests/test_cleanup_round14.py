"""CLEAN14: rules the code base described twice or three times, now described once.

Each test fails on the code before its merge (463a4e3) unless its docstring says it is a guard:
a behaviour every former copy had, pinned so the one definition keeps it.
"""

from __future__ import annotations

from newscheck import analyze_text


def _report(text: str) -> dict:
    report = analyze_text(text).to_dict()
    for item in report["quotes"] + report["findings"]:  # every span indexes the text exactly
        assert text[item["start"] : item["end"]] == item["text"]
    return report


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker words, speaker kind) of each quote."""
    return [
        (q["speaker"] and q["speaker"]["text"], q["speaker"] and q["speaker"]["kind"])
        for q in _report(text)["quotes"]
    ]


def _flags(text: str) -> list[tuple[str, str]]:
    """(rule, words) of the sourcing flags."""
    return [(f["rule"], f["text"]) for f in _report(text)["findings"] if f["rule"][0] == "A"]


# --- 1. one set of small counts (mentions.COUNTED_PEOPLE) ------------------------------------


def test_a_group_of_ten_is_one_kind_for_its_quote_and_its_flag() -> None:
    """"Ten Opposition councillors said": the quote's speaker was a 'person' (the speaker
    stage counted to twelve) while its flag was vague (the source stage counts to nine)."""
    text = (
        "Ten Opposition councillors said the budget was unlawful and would be challenged "
        "in court before the end of the month.\n"
    )
    assert _speakers(text) == [("Ten Opposition councillors", "vague")]
    assert _flags(text) == [("A201", "Ten Opposition councillors")]


def test_citing_ten_bankers_is_an_open_group_like_ten_councillors() -> None:
    """The citing rule counted to twelve on its own ("citing ten bankers" anonymous); with the
    one set, ten cited bankers are a vague group as ten quoted councillors are."""
    text = (
        "Bloomberg News, citing ten bankers involved in the process, reported that the sale "
        "of the port operator had stalled over the price.\n"
    )
    assert ("A201", "ten bankers involved in the process") in _flags(text)


def test_small_counts_still_make_unnamed_individuals_everywhere() -> None:
    """Guard: a count up to nine stays anonymous for a cited group, a counted quote speaker and
    a counted source; "several" stays the citing rule's own anonymous quantifier."""
    text = (
        "Bloomberg News, citing two bankers involved in the process, reported that the sale "
        "had stalled. Reuters, citing several engineers at the plant, said the repairs would "
        "take a month. Outside the depot, three men said they had not been paid since "
        "March.\n"
    )
    flags = _flags(text)
    assert ("A101", "two bankers involved in the process") in flags
    assert ("A101", "several engineers at the plant") in flags
    assert ("A101", "three men") in flags


def test_a_poll_share_of_ten_is_no_small_count() -> None:
    """Guard (why the set stops at nine): "Six in 10 Republicans" is a poll share whose speaker
    phrase starts at "10"; counting to twelve made it an anonymous source (measured on PolNeAR:
    "Six in 10 Virginia Democratic primary voters said")."""
    text = (
        "More than 6 in 10 Republicans who attended the caucuses described themselves as "
        "evangelical Christians, the entrance poll found.\n"
    )
    assert not [rule for rule, _ in _flags(text) if rule.startswith("A1")]


# --- 2. one "participle + agent" (attribution.PARTICIPLE, AGENT_PREPOSITIONS) -----------------


def test_a_name_after_a_participle_of_any_shape_inside_the_phrase_is_the_speaker() -> None:
    """The speaker stage looked for a participle inside the phrase only in the
    ``[agent_participle]`` list and only before "by": "A volunteer acting for the family, Ann
    Roe, said" credited 'A volunteer acting for the family'."""
    text = (
        "A volunteer acting for the family, Ann Roe, said the search of the moor would go on "
        "through the night. A woman working for the charity, Jo Marsh, said the shelter was "
        "full.\n"
    )
    assert _speakers(text) == [("Ann Roe", "person"), ("Jo Marsh", "person")]


def test_a_listed_participle_after_a_group_mention_keeps_the_name() -> None:
    """The sourcing stage read a participle only by its shape (-ed, -ing): "An official chosen
    by the board, Ann Roe, said" flagged 'An official' as an unnamed source beside its name."""
    text = (
        "An official chosen by the board, Ann Roe, said the audit had found no evidence of "
        "fraud in the pension scheme.\n"
    )
    assert _speakers(text) == [("Ann Roe", "person")]
    assert _flags(text) == []


def test_participle_and_agent_guards() -> None:
    """Guard: every former copy's own case still names the speaker ("called by" by shape
    before the phrase, "hired by" from the list inside it, "sent by" after a group mention)
    and an unnamed one is still flagged."""
    text = (
        "A forensic accountant called by the prosecution, Dr Nadia Farouk, said she had traced "
        "about £1.1 million to a company registered in Gibraltar. An engineer hired by the "
        "council, Tom Reeve, said the bridge was safe. An official sent by the ministry, Jo "
        "Marsh, said the bridge would reopen in May. An engineer hired by the council said "
        "the cracks were cosmetic.\n"
    )
    assert [speaker for speaker, _ in _speakers(text)] == [
        "Dr Nadia Farouk", "Tom Reeve", "Jo Marsh", "An engineer hired by the council"
    ]
    assert _flags(text) == [("A101", "An engineer")]  # the last one only


# --- 3. one abbreviation test (attribution.is_abbreviation, the [abbreviation] list) ---------

_BARRIERS = "Officials said the barriers were sound.\n\n"


def _they_found(text: str) -> str | None:
    """The name the "They found" quote is credited to."""
    report = _report(text)
    return next(q["speaker"]["name"] for q in report["quotes"] if q["speaker"]["text"] == "They")


def test_a_listed_abbreviation_of_four_letters_does_not_open_a_sentence() -> None:
    """The speaker stage guessed abbreviations by length (a capital and at most three letters),
    so "Prof." opened a sentence and "they" missed the hydrologists for the officials."""
    text = _BARRIERS + (
        "Hydrologists at Queen's University published a study with Prof. Ann Roe last month. "
        "They found that peak flows had risen by a fifth since 1990.\n"
    )
    assert _they_found(text) == "Hydrologists at Queen's University"


def test_a_short_surname_ends_its_sentence() -> None:
    """Guard: "Ann Roe." ends a sentence (the length guess took "Roe." for an abbreviation and
    got this right only because "Prof." opened a sentence too)."""
    text = _BARRIERS + (
        "Hydrologists at Queen's University published a study last month with Prof. Ann Roe. "
        "They found that peak flows had risen by a fifth since 1990.\n"
    )
    assert _they_found(text) == "Hydrologists at Queen's University"


# --- 5. one wording of a request for anonymity (mentions.NAMES_WITHHELD) ---------------------


def test_a_relative_clause_asking_that_names_be_withheld_is_no_second_claim() -> None:
    """The sourcing stage knew only "that their names not ...": ", who asked that their names
    be withheld" was a second claim, flagged on 'who' (the quotes stage knew the wording)."""
    text = (
        "The contract has been cancelled, according to two officials, who asked that their "
        "names be withheld because the inquiry is continuing. The board knew of the cracks for "
        "months, according to an engineer, who asked that he remain anonymous.\n"
    )
    # (round 21: the first request gives its reason, "because the inquiry is continuing")
    assert _flags(text) == [("A102", "two officials"), ("A101", "an engineer")]


def test_a_request_for_anonymity_is_no_claim_in_either_stage() -> None:
    """Guard: the wording both copies shared ("asked that their names not be used") is still
    no reported claim and no second claim."""
    text = (
        "The contract has been cancelled, according to two officials, who asked that their "
        "names not be used. A nurse asked that her name be withheld, and said the ward had "
        "been short of staff for a year.\n"
    )
    report = _report(text)
    assert [q["text"] for q in report["quotes"]] == [
        "The contract has been cancelled", "the ward had been short of staff for a year"
    ]
    assert ("A101", "who") not in _flags(text)


# --- 4. one "the people" (mentions.PLURAL_DEFINITE, one_of_a_group) --------------------------


def _people_quotes(text: str) -> list[tuple[str, str, str]]:
    """(speaker words, speaker name, name of the speaker's source) of each quote."""
    report = _report(text)
    names = {source["id"]: source["name"] for source in report["sources"]}
    return [
        (q["speaker"]["text"], q["speaker"]["name"], names.get(q["speaker"]["source_id"], ""))
        for q in report["quotes"]
    ]


def test_the_people_after_one_of_them_is_the_source_it_joined() -> None:
    """Sourcing let "one of the people ..." stand for the group when no group was named, the
    speaker stage never did: "The people" joined that source but kept a name of its own."""
    text = (
        "One of the people familiar with the talks said a deal was close. The people said it "
        "could be announced as early as Monday.\n"
    )
    for speaker, name, source in _people_quotes(text):
        assert name == source, speaker


def test_the_people_is_the_group_not_some_of_them() -> None:
    """The speaker stage took "Some of the people" (a part) for "the people"; sourcing joined
    "The people" to the group, so the quote's speaker and its source disagreed."""
    text = (
        "Two people familiar with the talks said a deal was close. Some of the people said it "
        "could be announced on Monday. The people said the price had not been agreed.\n"
    )
    last = _people_quotes(text)[-1]
    assert last == ("The people", "Two people familiar with the talks",
                    "Two people familiar with the talks")


def test_the_people_after_people_familiar_with_the_matter_is_that_source() -> None:
    """Guard: the case both copies were written for; the reason given for the group flags both
    mentions (A102), and both quotes go to the group."""
    text = (
        "Two people familiar with the matter said the deal was close. The people, who asked "
        "not to be named because the talks are private, said it could be announced on "
        "Monday.\n"
    )
    assert _flags(text) == [
        ("A102", "Two people familiar with the matter"), ("A102", "The people")
    ]
    assert [name for _, name, _ in _people_quotes(text)] == [
        "Two people familiar with the matter", "Two people familiar with the matter"
    ]


# --- found by reading: one test of reported speech (voice.reported_speech, merged_spans) -----


def test_reported_speech_is_the_source_s_voice_for_flags_and_scores() -> None:
    """Guard: the language stage (voice.QuoteLocator) and the scores (scoring.ReportedSpeech)
    each picked the attributed indirect quotes and merged their spans; with one test both
    still agree that a hedge and a loaded word in a paraphrase are the source's, not the
    reporter's."""
    said = (
        "The council leader, Ann Roe, said the plan was a disgraceful waste of money and would "
        "probably be scrapped.\n"
    )
    own = "The plan was a disgraceful waste of money and would probably be scrapped.\n"
    reported, written = _report(said), _report(own)
    assert {f["voice"] for f in reported["findings"] if f["rule"][0] in "LH"} == {"quoted"}
    assert {f["voice"] for f in written["findings"] if f["rule"][0] in "LH"} == {"author"}
    dimensions = reported["scores"]["dimensions"]
    assert dimensions["certainty"]["score"] == 100
    assert dimensions["language"]["score"] > written["scores"]["dimensions"]["language"]["score"]


def test_the_official_after_a_senior_official_is_one_source_for_both_stages() -> None:
    """Guard: the speaker stage (role antecedents) and sourcing (repeats) each had the same five
    determiners of a back reference; with one set ("mentions.ANAPHORS") "The official" is still
    the senior official's quote and the same source."""
    text = (
        "A senior administration official said the talks had stalled. The official said a new "
        "offer would be made next week.\n"
    )
    assert [name for _, name, _ in _people_quotes(text)] == [
        "A senior administration official", "A senior administration official"
    ]
    assert len(_report(text)["sources"]) == 1
