"""Every report validates against `newscheck schema`, and the schema rejects what it should."""

from __future__ import annotations

import copy
from pathlib import Path

import jsonschema
import pytest

from newscheck import analyze_path, analyze_text
from newscheck.schema import report_schema

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.glob("*") if p.suffix in (".txt", ".md"))

INVENTED = [
    "",
    "Residents of Harlow queued for two hours on Saturday to collect sandbags.",
    "'We were told nothing,' said one resident, who asked not to be named for fear of eviction. "
    "Critics say the council ignored warnings, the Evening Post reported.",
    '"The bridge is safe," the engineer said.\n\n"We inspect it every month."\n',
    "# Draft\n\nThe mayor **reportedly** met the donor. See [notes](http://example.com).\n",
]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_samples_exist() -> None:
    assert len(SAMPLE_FILES) >= 6


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_sample_report_validates(path: Path, validator) -> None:
    data = analyze_path(str(path)).to_dict()
    errors = [e.message for e in validator.iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("text", INVENTED)
def test_invented_texts_validate(text: str, validator) -> None:
    data = analyze_text(text).to_dict()
    assert [e.message for e in validator.iter_errors(data)] == []


def test_seed_article_validates(seed_text: str, validator) -> None:
    data = analyze_text(seed_text, path="seed-article.txt").to_dict()
    assert [e.message for e in validator.iter_errors(data)] == []


def _sample_report() -> dict:
    text = (
        "'They keep stealing from us,' one anonymous source claimed. Critics say the deal "
        "could collapse."
    )
    return analyze_text(text).to_dict()


def test_rejects_unknown_top_level_field(validator) -> None:
    data = _sample_report()
    data["extra"] = 1
    assert not validator.is_valid(data)


def test_rejects_bad_finding_voice_and_rule(validator) -> None:
    data = _sample_report()
    data["findings"] = [
        {
            "id": "f1", "rule": "A101", "category": "anonymous_source", "severity": "warning",
            "start": 0, "end": 3, "text": "'Th", "voice": "narrator", "sentence": 0,
            "message": "x",
        }
    ]
    messages = [e.message for e in validator.iter_errors(data)]
    assert messages == ["'narrator' is not one of ['author', 'quoted']"]
    data["findings"][0]["voice"] = "author"
    data["findings"][0]["rule"] = "Z999"
    assert not validator.is_valid(data)


def test_rejects_score_out_of_range_and_missing_dimension(validator) -> None:
    data = _sample_report()
    broken = copy.deepcopy(data)
    broken["scores"]["overall"] = 101
    assert not validator.is_valid(broken)
    broken = copy.deepcopy(data)
    del broken["scores"]["dimensions"]["balance"]
    assert not validator.is_valid(broken)


def test_rejects_unknown_speaker_kind(validator) -> None:
    data = _sample_report()
    data["quotes"] = [
        {
            "id": "q1", "kind": "direct", "start": 0, "end": 29,
            "text": "'They keep stealing from us,'", "cue": None,
            "speaker": {"start": 30, "end": 50, "text": "one anonymous source",
                        "name": "one anonymous source", "kind": "ghost", "source_id": None},
        }
    ]
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    assert error.message == (
        "'ghost' is not one of ['person', 'organization', 'outlet', 'document', 'anonymous', "
        "'vague', 'unknown']"
    )


def test_rejects_sourcing_share_out_of_range(validator) -> None:
    data = _sample_report()
    data["summary"]["sourcing"] = {"anonymous_or_vague_quote_share": 1.5, "later_key": "ok"}
    assert [e.message for e in validator.iter_errors(data)] == [
        "1.5 is greater than the maximum of 1"
    ]
