"""AUDIT15: defects a standards editor meets in new kinds of copy (a wildfire evacuation, a
central bank's rate decision, a phone launch with a leaked memo, a celebrity lawsuit, a protest
with competing accounts, a health scare), each read off an article written for the audit.

Every example text is our own invention.  Each test fails on the code before its fix, except
the guards, whose docstrings say so.
"""

from __future__ import annotations

from quote_helpers import checked_report as _report
from quote_helpers import flagged as _flagged
from quote_helpers import report_quotes as _quotes
from quote_helpers import speaker_of as _speaker_of

# --- an anonymous source described by "knowledge of the company's <-ing noun>" ------------------

LEAK = (
    "Orbit declined to comment on the memo. Two people with knowledge of the company's "
    "manufacturing, who spoke on condition of anonymity because they were not authorized to "
    "discuss it, said the display problems had pushed back the launch by at least two months.\n"
)


def test_possessive_before_an_ing_noun_keeps_the_anonymous_speaker_phrase():
    report = _report(LEAK)
    name, kind = _speaker_of(report, "display problems had pushed back")
    assert name == "Two people with knowledge of the company's manufacturing"
    assert kind == "anonymous"
    # "the display problems" is the reported clause's subject, not a speaker, and "pushed back
    # the launch" (a delay) reports nothing
    assert all(cue != "pushed back" for *_, cue in _quotes(report))
    assert _flagged(report, "A1") == ["Two people with knowledge of the company's manufacturing"]


# --- "posted" with an object is no report -------------------------------------------------------

VIDEO = (
    "Organizers disputed that version of events. Video posted online appeared to show an "
    "officer striking a man who was lying on the ground. The mayor posted on Facebook that "
    "the square would reopen on Monday.\n"
)


def test_a_video_posted_online_is_no_speaker():
    report = _report(VIDEO)
    speakers = [name for _, name, _, _ in _quotes(report)]
    assert "Video" not in speakers
    # the hedge is the reporter's own, not a source's
    appeared = [f for f in report["findings"] if f["text"] == "appeared"]
    assert appeared and appeared[0]["voice"] == "author"
    # "disputed" as a verb names who disputes: no hedge
    assert "disputed" not in _flagged(report, "H")


def test_posted_that_still_reports():
    """Guard: "posted on Facebook that ..." stays a report (passes before and after)."""
    report = _report(VIDEO)
    assert _speaker_of(report, "the square would reopen") == ("The mayor", "person")


# --- reporters asking questions are no source ---------------------------------------------------

ASKED = (
    "It is widely believed that Orbit is working on a cheaper model, although Daniel Sorensen "
    "would not be drawn on that when asked by reporters after the presentation.\n"
)


def test_reporters_who_ask_are_no_vague_source():
    report = _report(ASKED)
    assert "reporters" not in _flagged(report, "A2")
    assert _flagged(report, "A2") == ["It is widely believed"]


# --- "He said two people who ..." : the people are what he reports, not his sources ------------

RESCUED = (
    "Sheriff Tom Arrellano said two people who had refused to leave earlier in the day were "
    "later rescued by a helicopter crew.\n\n"
    '"It was a close call," said one official.\n'
)


def test_people_after_said_with_its_subject_are_no_source():
    report = _report(RESCUED)
    anonymous = _flagged(report, "A1")
    assert "two people" not in anonymous
    # guard within the test: an inverted "said one official" is still an unnamed source
    assert anonymous == ["one official"]


# --- utilities and food companies are organisations --------------------------------------------

UTILITY = (
    "The cause of the fire remains under investigation. Some residents blamed a power line "
    "owned by Sierra Valley Electric, which they said had been sparking on Monday night, the "
    "National Weather Service said.\n\n"
    "Sierra Valley Electric said in a statement that it was cooperating fully with "
    "investigators. The company said it had not shut off power in the area because the weather "
    "did not meet its criteria.\n"
)


def test_a_company_named_electric_is_an_organisation_and_the_company():
    report = _report(UTILITY)
    assert _speaker_of(report, "cooperating fully") == ("Sierra Valley Electric", "organization")
    assert _speaker_of(report, "had not shut off power") == (
        "Sierra Valley Electric", "organization"
    )


# --- "said at least 14 protesters had been treated" ---------------------------------------------

INJURED = (
    'Amira Haddad is one of the organizers of the Save Eastgate campaign. "They just waded in," '
    "she said.\n\n"
    "Haddad said at least 14 protesters had been treated for injuries, including a 71-year-old "
    "woman who suffered a broken wrist.\n"
)


def test_at_least_a_number_opens_the_reported_clause():
    report = _report(INJURED)
    assert _speaker_of(report, "at least 14 protesters had been treated") == (
        "Amira Haddad", "person"
    )


# --- "X, a nurse who said A, said B" ------------------------------------------------------------

NURSE = (
    'One man said he saw "a handful of people throwing things." But Sarah Lindholm, a nurse who '
    "said she had come to support a friend, said the crowd near her had been calm.\n"
)


def test_a_relative_clause_report_ends_before_the_main_verb_and_is_the_named_persons():
    report = _report(NURSE)
    rows = {quote: (name, kind) for quote, name, kind, _ in _quotes(report)}
    assert rows["she had come to support a friend"] == ("Sarah Lindholm", "person")
    assert rows["the crowd near her had been calm"] == ("Sarah Lindholm", "person")


def test_one_subject_with_two_verbs_keeps_its_report():
    """Guard: "members of X interrupted the performance, denounced his jokes" is one subject
    with two verbs, not a relative clause (passes before and after)."""
    report = _report(
        "Patel joked that it was easy. About 30 minutes into Patel's set, members of the "
        "Asian Alliance interrupted the performance, denounced his jokes and left.\n"
    )
    assert _speaker_of(report, "denounced his jokes")[0] == "members of the Asian Alliance"


# --- "although Sorensen would not be drawn ... '...,' he said" ----------------------------------

LAUNCH = (
    "Chief executive Daniel Sorensen showed off the phone at the company's headquarters.\n\n"
    'Ben Achterberg of Northpoint Capital said the hinge design was "genuinely impressive."\n\n'
    "It is widely believed that Orbit is also working on a cheaper model, although Sorensen "
    "would not be drawn on that when asked after the presentation.\n\n"
    '"We never talk about products we haven\'t announced," he said, smiling.\n'
)


def test_he_after_although_subject_is_that_person():
    report = _report(LAUNCH)
    assert _speaker_of(report, "We never talk") == ("Daniel Sorensen", "person")


# --- people "quoted in the filing" are the speakers, not the filing -----------------------------

FILING = (
    "The complaint alleges that Jace Marlowe routinely arrived hours late. Two crew members "
    'quoted in the filing, who are not named, describe Marlowe as "difficult" and '
    '"unpredictable."\n'
)


def test_people_quoted_in_a_filing_speak_not_the_person_described():
    report = _report(FILING)
    name, kind = _speaker_of(report, '"difficult"')
    assert name == "Two crew members quoted in the filing"
    assert kind == "anonymous"


# --- a title quoted again with the AP comma inside ----------------------------------------------

SHOW = (
    'The lawsuit concerns the streaming series "Night Shift" and its third season. Marlowe, 38, '
    'rose to fame playing a troubled doctor in "Night Shift," which has been nominated for 11 '
    "Emmy awards.\n"
)


def test_a_title_quoted_again_is_no_partial_quote():
    report = _report(SHOW)
    assert report["quotes"] == []


# --- "Lumen, which ..., said": no person --------------------------------------------------------

STREAMER = (
    "Marlowe signed a new contract with the streaming service Lumen in January.\n\n"
    "Lumen, which is not named as a defendant, said in a statement that it did not comment on "
    "disputes between talent and their representatives.\n"
)


def test_a_name_described_by_which_is_no_person():
    report = _report(STREAMER)
    assert _speaker_of(report, "did not comment on disputes") == ("Lumen", "organization")


# --- hedge and loaded-word false alarms ---------------------------------------------------------

FALSE_ALARMS = (
    "Police and protesters gave sharply different accounts of how the clash began.\n\n"
    '"It is too early to say what started this fire, and we would ask people not to '
    'speculate," said Lena Ocampo. The utility declined to speculate on the cause.\n\n'
    "The complaint alleges that Osei was often called in to smooth things over with "
    "producers.\n"
)


def test_refusing_to_speculate_called_in_and_sharply_different_are_no_flags():
    report = _report(FALSE_ALARMS)
    assert "sharply" not in _flagged(report, "L")
    hedges = _flagged(report, "H")
    assert "speculate" not in hedges
    assert "often called" not in hedges


def test_a_real_hedge_of_the_same_words_is_still_flagged():
    """Guard: "is often called" (a label without its source) and "the disputed figures" stay
    hedges (passes before and after)."""
    report = _report(
        "He is often called the best negotiator in the business. The disputed figures were "
        "later revised.\n"
    )
    hedges = _flagged(report, "H")
    assert "often called" in hedges
    assert "disputed" in hedges
