"""A probe grid of unnamed-source shapes (round 29, PROBE29; issue #5's recall on unseen text).

    python benchmarks/probe_sources.py            # summary and misses grouped by cell
    python benchmarks/probe_sources.py --all      # also list every missed sentence
    python benchmarks/probe_sources.py --json out.json

Builds invented news sentences from a grid (people and group nouns x openers x verbs and
frames) and checks, for each, that the whole pipeline flags the expected words exactly: an
A101/A102/A201/A203 finding, or a quote speaker of kind anonymous/vague, whose span is the expected
span.  Negative cells (named people with roles, unique roles, people who only act or suffer,
counted poll groups) must flag nothing.  The word lists are our own, written from general
knowledge of news copy, not read off the corpus.

Three grids, so that each axis is probed without the full product:
* heads: every head noun x {"Some", "Many", "Two", bare} x "said" and x every frame with "Some";
* openers: every opener x 16 core heads x {"said", "say"};
* frames: every frame x 16 core heads x {"Some", "Two", "a"/"one" (singular)}.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscheck import analyze_text  # noqa: E402

# (plural, singular or None): people and group nouns news copy uses for unnamed sources.
HEADS: list[tuple[str, str | None]] = [
    # neighbourhood and town
    ("residents", "resident"), ("locals", "local"), ("neighbours", "neighbour"),
    ("neighbors", "neighbor"), ("villagers", "villager"), ("townsfolk", None),
    ("townspeople", None), ("homeowners", "homeowner"), ("tenants", "tenant"),
    ("renters", "renter"), ("landlords", "landlord"), ("commuters", "commuter"),
    ("motorists", "motorist"), ("cyclists", "cyclist"), ("pedestrians", "pedestrian"),
    ("shoppers", "shopper"), ("shopkeepers", "shopkeeper"), ("vendors", "vendor"),
    ("business owners", "business owner"), ("restaurateurs", "restaurateur"),
    ("passengers", "passenger"), ("travellers", "traveller"), ("tourists", "tourist"),
    ("visitors", "visitor"), ("bystanders", "bystander"), ("onlookers", "onlooker"),
    ("witnesses", "witness"), ("survivors", "survivor"), ("victims", "victim"),
    ("citizens", "citizen"), ("taxpayers", "taxpayer"), ("voters", "voter"),
    # work
    ("farmers", "farmer"), ("fishermen", "fisherman"), ("ranchers", "rancher"),
    ("growers", "grower"), ("miners", "miner"), ("workers", "worker"),
    ("employees", "employee"), ("staff", None), ("staffers", "staffer"),
    ("staff members", "staff member"), ("nurses", "nurse"), ("doctors", "doctor"),
    ("physicians", "physician"), ("paramedics", "paramedic"), ("teachers", "teacher"),
    ("educators", "educator"), ("professors", "professor"), ("faculty", None),
    ("faculty members", "faculty member"), ("students", "student"), ("pupils", "pupil"),
    ("parents", "parent"), ("alumni", "alumnus"), ("truckers", "trucker"),
    ("dockworkers", "dockworker"), ("firefighters", "firefighter"), ("rescuers", "rescuer"),
    ("aid workers", "aid worker"), ("engineers", "engineer"), ("contractors", "contractor"),
    ("builders", "builder"), ("architects", "architect"), ("accountants", "accountant"),
    ("bankers", "banker"), ("traders", "trader"), ("investors", "investor"),
    ("shareholders", "shareholder"), ("executives", "executive"), ("managers", "manager"),
    ("bosses", "boss"), ("consultants", "consultant"), ("lobbyists", "lobbyist"),
    ("pilots", "pilot"), ("drivers", "driver"), ("soldiers", "soldier"), ("troops", None),
    ("veterans", "veteran"), ("police officers", "police officer"), ("officers", "officer"),
    ("detectives", "detective"), ("investigators", "investigator"),
    ("inspectors", "inspector"), ("prison guards", "prison guard"),
    ("volunteers", "volunteer"), ("organisers", "organiser"), ("organizers", "organizer"),
    # relatives and people close to someone
    ("relatives", "relative"), ("kin", None), ("family members", "family member"),
    ("siblings", "sibling"), ("friends", "friend"), ("colleagues", "colleague"),
    ("co-workers", "co-worker"), ("classmates", "classmate"), ("teammates", "teammate"),
    ("mothers", "mother"), ("elders", "elder"),
    # fans, customers, audiences
    ("fans", "fan"), ("supporters", "supporter"), ("spectators", "spectator"),
    ("customers", "customer"), ("consumers", "consumer"), ("patients", "patient"),
    ("listeners", "listener"), ("viewers", "viewer"), ("netizens", "netizen"),
    ("users", "user"), ("commenters", "commenter"), ("bloggers", "blogger"),
    # views and campaigns
    ("activists", "activist"), ("campaigners", "campaigner"), ("advocates", "advocate"),
    ("environmentalists", "environmentalist"), ("protesters", "protester"),
    ("demonstrators", "demonstrator"), ("critics", "critic"), ("opponents", "opponent"),
    ("sceptics", "sceptic"), ("skeptics", "skeptic"), ("detractors", "detractor"),
    ("observers", "observer"), ("analysts", "analyst"), ("economists", "economist"),
    ("experts", "expert"), ("scientists", "scientist"), ("researchers", "researcher"),
    ("historians", "historian"), ("scholars", "scholar"), ("commentators", "commentator"),
    ("pundits", "pundit"), ("strategists", "strategist"), ("pollsters", "pollster"),
    ("lawyers", "lawyer"), ("attorneys", "attorney"), ("prosecutors", "prosecutor"),
    ("legal experts", "legal expert"),
    # officials and insiders
    ("officials", "official"), ("health officials", "health official"),
    ("election officials", "election official"), ("school officials", "school official"),
    ("city officials", "city official"), ("military officials", "military official"),
    ("intelligence officials", "intelligence official"), ("diplomats", "diplomat"),
    ("envoys", "envoy"), ("regulators", "regulator"), ("lawmakers", "lawmaker"),
    ("legislators", "legislator"), ("senators", "senator"), ("councillors", "councillor"),
    ("council members", "council member"), ("aides", "aide"), ("advisers", "adviser"),
    ("advisors", "advisor"), ("insiders", "insider"), ("sources", "source"),
    ("party members", "party member"), ("union members", "union member"),
    ("union leaders", "union leader"), ("community leaders", "community leader"),
    ("tribal elders", "tribal elder"), ("delegates", "delegate"), ("donors", "donor"),
    # party and faith
    ("conservatives", "conservative"), ("liberals", "liberal"),
    ("progressives", "progressive"), ("moderates", "moderate"),
    ("Democrats", "Democrat"), ("Republicans", "Republican"), ("Tories", "Tory"),
    ("evangelicals", "evangelical"), ("Catholics", "Catholic"), ("Muslims", "Muslim"),
    ("churchgoers", "churchgoer"), ("worshippers", "worshipper"), ("clergy", None),
    ("priests", "priest"), ("imams", "imam"), ("rabbis", "rabbi"),
    # others in the news
    ("refugees", "refugee"), ("migrants", "migrant"), ("immigrants", "immigrant"),
    ("asylum seekers", "asylum seeker"), ("prisoners", "prisoner"), ("inmates", "inmate"),
    ("detainees", "detainee"), ("pensioners", "pensioner"), ("retirees", "retiree"),
    ("youths", "youth"), ("teenagers", "teenager"), ("athletes", "athlete"),
    ("players", "player"), ("coaches", "coach"), ("artists", "artist"),
    ("musicians", "musician"), ("writers", "writer"),
    # round 29's second list: people nouns the shape test did not read
    ("spouses", "spouse"), ("patrons", "patron"), ("hostages", "hostage"),
    ("recruits", "recruit"), ("cadets", "cadet"), ("artisans", "artisan"),
    ("nomads", "nomad"), ("hooligans", "hooligan"), ("undergraduates", "undergraduate"),
    ("exiles", "exile"), ("expats", "expat"), ("deacons", "deacon"), ("sheikhs", "sheikh"),
    ("oligarchs", "oligarch"), ("tycoons", "tycoon"), ("billionaires", "billionaire"),
    # collectives
    ("member states", "member state"), ("rights groups", "rights group"),
    ("environmental groups", "environmental group"), ("industry groups", "industry group"),
    ("the community", None), ("the public", None),
]

# The heads the opener and frame grids use (one of each kind of source).
CORE = [
    "residents", "officials", "analysts", "teachers", "fishermen", "activists", "neighbours",
    "relatives", "fans", "aides", "farmers", "diplomats", "nurses", "critics", "insiders",
    "shopkeepers",
]

# Opener -> (template for the group with {h}, plural?); "{h}" is the head.
OPENERS: dict[str, tuple[str, bool]] = {
    "a": ("a {h}", False), "an": ("an {h}", False), "one": ("one {h}", False),
    "two": ("two {h}", True), "several": ("several {h}", True), "some": ("some {h}", True),
    "many": ("many {h}", True), "most": ("most {h}", True), "a few": ("a few {h}", True),
    "a number of": ("a number of {h}", True), "dozens of": ("dozens of {h}", True),
    "other": ("other {h}", True), "local": ("local {h}", True), "senior": ("senior {h}", True),
    "former": ("former {h}", True), "a group of": ("a group of {h}", True),
    "none": ("none of the {h}", True), "bare": ("{h}", True),
}

# Frame name -> template: {G} the group as sentence-initial (capitalised), {g} in place,
# {V:say|says} a verb form picked by number.  The expected span is the group's words.
FRAMES: dict[str, str] = {
    "say": "{G} {V:say|says} the new bypass is a waste of money.",
    "said": "{G} said the new bypass was a waste of money.",
    "told reporters": "{G} told reporters the new bypass was a waste of money.",
    "told the paper": "{G} told the paper the new bypass was a waste of money.",
    "believe": "{G} {V:believe|believes} the new bypass is a waste of money.",
    "argue": "{G} {V:argue|argues} that the new bypass is a waste of money.",
    "warned": "{G} warned that the new bypass would be a waste of money.",
    "complained": "{G} complained that the new bypass was a waste of money.",
    "fear": "{G} {V:fear|fears} the new bypass will be a waste of money.",
    "insisted": "{G} insisted the new bypass was a waste of money.",
    "claimed": "{G} claimed the new bypass was a waste of money.",
    "accused": "{G} accused the council of wasting money on the new bypass.",
    "according to": "The new bypass is a waste of money, according to {g}.",
    "quote, X said": '"The bypass is a waste of money," {g} said.',
    "quote, said X": '"The bypass is a waste of money," said {g}.',
    "inverted": "The new bypass is a waste of money, said {g}.",
    "asked not to be named": (
        "{G}, who asked not to be named, said the new bypass was a waste of money."
    ),
    "condition of anonymity": (
        "{G} said on condition of anonymity that the new bypass was a waste of money."
    ),
    "pronoun next sentence": (
        "{G} gathered outside the town hall on Monday evening. "
        "They said the new bypass was a waste of money."
    ),
    "one of them said": (
        "The Herald spoke to {g} outside the town hall on Monday. "
        '"The bypass is a waste of money," one of them said.'
    ),
}
FRAME_ALTERNATIVES = {"pronoun next sentence": ("They",), "one of them said": ("one of them",)}
"""Frames where another span is also a right flag: the pronoun credited, "one of them"."""

# Negative cells: nothing may be flagged (A101/A102/A201 or an anonymous/vague speaker).
NEGATIVE_SENTENCES: dict[str, list[str]] = {
    "named with role": [
        "Sen. Ana Ruiz said the new bypass was a waste of money.",
        "The company's chief executive, Jane Doe, said the plant would close.",
        "Councillor Tom Reid, a Labour member, said the vote was rushed.",
        "Dr. Priya Nair, a surgeon at the hospital, said the wards were full.",
        '"We are not finished," said Mark Olsen, the union\'s president.',
        "Residents including Maria Lopez and Ken Wu said the water was brown.",
    ],
    "unique role": [
        "The mayor said the new bypass was a waste of money.",
        "The president said the talks would continue.",
        "The governor's spokeswoman said the plan was under review.",
        "The head teacher told parents the school would reopen on Monday.",
        "His lawyer said the charges were baseless.",
        "The coroner said the cause of death was not yet known.",
    ],
}
ACT_FRAMES = [
    "{G} fled the area on Monday as the fire spread.",
    "{G} were arrested after the march on Monday.",
    "{G} queued outside the clinic for hours.",
    "{G} were injured when the roof collapsed.",
    "{G} will be offered free bus passes under the plan.",
]
POLL_FRAMES = [
    "Sixty-two per cent of {h} said they backed the plan, a poll by Ipsos found.",
    "According to the survey, 41 percent of {h} say the economy is getting worse.",
]
NEGATIVE_HEADS = [
    "residents", "officials", "teachers", "fishermen", "villagers", "workers", "students",
    "voters", "protesters", "farmers",
]

FLAG_RULES = {"A101", "A102", "A201", "A203"}
"""A203 (a group's view in the reporter's voice: "Some residents believe") is a vague flag too."""


@dataclass
class Probe:
    grid: str
    head: str
    opener: str
    frame: str
    text: str
    expected: tuple[str, ...]  # any of these exact spans is a right flag; () for a negative


def _cap(words: str) -> str:
    return words[0].upper() + words[1:]


def _group(head: tuple[str, str | None], opener: str) -> str | None:
    template, plural = OPENERS[opener]
    noun = head[0] if plural else head[1]
    if noun is None:
        return None
    if noun.startswith("the ") and opener != "bare":
        return None
    if opener == "a" and noun[0] in "aeiouAEIOU":
        return None
    if opener == "an" and noun[0] not in "aeiouAEIOU":
        return None
    return template.format(h=noun)


def _fill(frame: str, group: str, plural: bool) -> tuple[str, str]:
    """(sentence, the group's exact words in it)."""
    text = FRAMES[frame]
    for forms in ("say|says", "believe|believes", "argue|argues", "fear|fears"):
        many, one = forms.split("|")
        text = text.replace("{V:" + forms + "}", many if plural else one)
    start = text.find("{G}")
    words = _cap(group) if start == 0 else group
    if start < 0:
        words = group
    text = text.replace("{G}", words).replace("{g}", group)
    return text, words


def build_probes() -> list[Probe]:
    heads = {plural: (plural, singular) for plural, singular in HEADS}
    probes: list[Probe] = []

    def add(grid: str, head: tuple[str, str | None], opener: str, frame: str) -> None:
        group = _group(head, opener)
        if group is None or (frame == "pronoun next sentence" and not OPENERS[opener][1]):
            return
        text, words = _fill(frame, group, OPENERS[opener][1])
        expected = (words, *FRAME_ALTERNATIVES.get(frame, ()))
        probes.append(Probe(grid, head[0], opener, frame, text, expected))

    for head in HEADS:
        for opener in ("some", "many", "two", "bare"):
            add("heads", head, opener, "said")
        for frame in FRAMES:
            if frame != "said":
                add("heads", head, "some", frame)
    for opener in OPENERS:
        for name in CORE:
            for frame in ("said", "say"):
                add("openers", heads[name], opener, frame)
    for frame in FRAMES:
        for name in CORE:
            for opener in ("some", "two", "a", "an", "one"):
                add("frames", heads[name], opener, frame)
    for cell, sentences in NEGATIVE_SENTENCES.items():
        for text in sentences:
            probes.append(Probe("negative", "-", "-", cell, text, ()))
    for plural, singular in HEADS:  # every head: named by an appositive, or only acting
        if singular is not None and not singular.startswith("the "):
            article = "an" if singular[0] in "aeiouAEIOU" else "a"
            text = f"Ana Ruiz, {article} {singular}, said the new bypass was a waste of money."
            probes.append(Probe("negative", plural, "-", "named by apposition", text, ()))
        if not plural.startswith("the "):
            for frame in ACT_FRAMES[:2]:
                text = frame.replace("{G}", "Many " + plural)
                probes.append(Probe("negative", plural, "many", "act (all heads)", text, ()))
            text = POLL_FRAMES[1].format(h=plural)
            probes.append(Probe("negative", plural, "-", "poll group (all heads)", text, ()))
            text = f"{_cap(plural)} including Ana Ruiz and Ken Wu said the bypass was a waste."
            probes.append(Probe("negative", plural, "-", "named members", text, ()))
    for name in NEGATIVE_HEADS:
        for frame in ACT_FRAMES:
            for opener in ("many", "two"):
                group = _group(heads[name], opener)
                assert group is not None
                text = frame.replace("{G}", _cap(group))
                probes.append(Probe("negative", name, opener, "act or suffer", text, ()))
        for frame in POLL_FRAMES:
            probes.append(
                Probe("negative", name, "-", "poll group", frame.format(h=name), ())
            )
    return probes


def flags(text: str) -> list[tuple[str, str]]:
    """(rule or speaker kind, exact words) of every anonymous/vague flag of ``text``."""
    report = analyze_text(text).to_dict()
    out = []
    for finding in report["findings"]:
        if finding["rule"] in FLAG_RULES:
            assert text[finding["start"] : finding["end"]] == finding["text"]
            out.append((finding["rule"], finding["text"]))
    for quote in report["quotes"]:
        speaker = quote.get("speaker") or {}
        if speaker.get("kind") in ("anonymous", "vague"):
            out.append(("speaker:" + speaker["kind"], speaker["text"]))
    return out


def run(show_all: bool = False, json_path: str | None = None) -> dict:
    probes = build_probes()
    misses: list[tuple[Probe, list[tuple[str, str]]]] = []
    false_flags: list[tuple[Probe, list[tuple[str, str]]]] = []
    totals: Counter[str] = Counter()
    for probe in probes:
        got = flags(probe.text)
        totals[probe.grid] += 1
        if probe.expected:
            if not any(words in probe.expected for _, words in got):
                misses.append((probe, got))
        elif got:
            false_flags.append((probe, got))
    positives = sum(1 for p in probes if p.expected)
    print(f"probes: {len(probes)} ({dict(totals)}); positives {positives}")
    print(f"misses: {len(misses)} of {positives}; negative false flags: {len(false_flags)} of "
          f"{len(probes) - positives}")
    for grid, axis in (("heads", "head"), ("openers", "opener"), ("frames", "frame")):
        cells: dict[str, list[Probe]] = defaultdict(list)
        size: Counter[str] = Counter()
        for probe in probes:
            if probe.grid == grid:
                size[getattr(probe, axis)] += 1
        for probe, _ in misses:
            if probe.grid == grid:
                cells[getattr(probe, axis)].append(probe)
        print(f"\n== {grid} grid: misses by {axis} ==")
        for cell, items in sorted(cells.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {cell}: {len(items)} of {size[cell]}  e.g. {items[0].text!r}")
    print("\n== negative false flags by cell ==")
    by_cell: dict[str, list] = defaultdict(list)
    for probe, got in false_flags:
        by_cell[probe.frame].append((probe, got))
    for cell, items in sorted(by_cell.items()):
        print(f"  {cell}: {len(items)}")
        for probe, got in items:
            print(f"    {probe.text!r} -> {got}")
    if show_all:
        print("\n== every miss ==")
        for probe, got in misses:
            print(f"  [{probe.grid}|{probe.head}|{probe.opener}|{probe.frame}] {probe.text!r}"
                  f" -> {got}")
    result = {
        "probes": len(probes), "positives": positives, "misses": len(misses),
        "false_flags": len(false_flags),
        "miss_list": [[p.grid, p.head, p.opener, p.frame, p.text, got] for p, got in misses],
        "false_list": [[p.frame, p.text, got] for p, got in false_flags],
    }
    if json_path:
        Path(json_path).write_text(json.dumps(result, indent=1))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list every missed sentence")
    parser.add_argument("--json", help="write the misses and false flags to this file")
    args = parser.parse_args()
    run(show_all=args.all, json_path=args.json)


if __name__ == "__main__":
    main()
