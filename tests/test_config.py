"""Configuration: reading, validation (one-line errors), discovery, and its effect on lint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lint_fakes import install_fake_analyser
from typer.testing import CliRunner

from newscheck.cli import app
from newscheck.config import (
    DEFAULT_CONFIG,
    Config,
    ConfigError,
    LexiconConfig,
    discover_config,
    load_config,
)

FULL_PYPROJECT = """\
[project]
name = "desk-drafts"

[tool.newscheck]
select = ["A", "L1"]
ignore = ["a301"]
extend-select = ["H105"]
fail-on = "error"
min-score = 55

[tool.newscheck.severity]
A201 = "error"
L = "info"

[tool.newscheck.per-file-ignores]
"drafts/opinion/*.md" = ["L1"]

[tool.newscheck.lexicon]
extra-loaded = ["Shambolic", "car  crash"]
allowed-words = ["slammed"]
extra-anonymous = ["a person in the room"]
extra-vague = ["market watchers"]
extra-hedges = ["on the cards"]
extra-outlets = ["the Harbour Gazette"]
"""


pytestmark = pytest.mark.usefixtures("fresh_discovery")


def write(path: str, text: str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def test_pyproject_table_becomes_a_config(tmp_path):
    write("pyproject.toml", FULL_PYPROJECT)
    config = load_config("pyproject.toml")
    assert config == Config(
        select=("A", "L1"),
        ignore=("A301",),
        extend_select=("H105",),
        severity=(("A201", "error"), ("L", "info")),
        per_file_ignores=(("drafts/opinion/*.md", ("L1",)),),
        fail_on="error",
        min_score=55.0,
        lexicon=LexiconConfig(
            extra_loaded=("shambolic", "car crash"),
            allowed_words=("slammed",),
            extra_anonymous=("a person in the room",),
            extra_vague=("market watchers",),
            extra_hedges=("on the cards",),
            extra_outlets=("the harbour gazette",),
        ),
        source_path=str(tmp_path / "pyproject.toml"),
    )
    hash(config)  # stages cache compiled lexicons keyed by the config


def test_dot_newscheck_toml_uses_top_level_keys():
    write(".newscheck.toml", 'ignore = ["T"]\n[severity]\nA301 = "warning"\n')
    config = load_config(".newscheck.toml")
    assert (config.ignore, config.severity) == (("T",), (("A301", "warning"),))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[tool.newscheck]\nselekt = ["A"]\n',
         "pyproject.toml: [tool.newscheck] unknown key 'selekt'"),
        ('[tool.newscheck]\nselect = "A"\n',
         "pyproject.toml: [tool.newscheck] 'select' must be a list of strings"),
        ('[tool.newscheck]\nignore = ["A9"]\n',
         "pyproject.toml: [tool.newscheck] 'ignore': unknown rule code or prefix 'A9'"),
        ('[tool.newscheck]\nfail-on = "never"\n',
         "pyproject.toml: [tool.newscheck] 'fail-on' must be one of error, warning, info"),
        ('[tool.newscheck]\nmin-score = true\n',
         "pyproject.toml: [tool.newscheck] 'min-score' must be a number from 0 to 100"),
        ('[tool.newscheck]\nmin-score = 140\n',
         "pyproject.toml: [tool.newscheck] 'min-score' must be a number from 0 to 100"),
        ('[tool.newscheck.severity]\nA301 = "fatal"\n',
         "pyproject.toml: [tool.newscheck] 'severity.A301' must be one of error, warning, info"),
        ('[tool.newscheck.per-file-ignores]\n"*.md" = "L1"\n',
         "pyproject.toml: [tool.newscheck] 'per-file-ignores.\"*.md\"' must be a list of strings"),
        ('[tool.newscheck.lexicon]\nextra-loded = ["grim"]\n',
         "pyproject.toml: [tool.newscheck] unknown key 'lexicon.extra-loded'"),
        ('[tool.newscheck.lexicon]\nextra-hedges = [1]\n',
         "pyproject.toml: [tool.newscheck] 'lexicon.extra-hedges' must be a list of strings"),
        ("[tool]\nnewscheck = 3\n", "pyproject.toml: [tool.newscheck] must be a table"),
    ],
)
def test_invalid_values_name_the_file_and_key(text, message):
    write("pyproject.toml", text)
    with pytest.raises(ConfigError) as raised:
        load_config("pyproject.toml")
    assert str(raised.value) == message


def test_pyproject_style_table_in_dot_newscheck_toml_says_where_the_settings_go():
    # A desk copies its pyproject.toml section into .newscheck.toml as it is.
    write(".newscheck.toml", '[tool.newscheck]\nignore = ["T101"]\n')
    with pytest.raises(ConfigError) as raised:
        load_config(".newscheck.toml")
    assert str(raised.value) == (
        ".newscheck.toml: unknown key 'tool' (only pyproject.toml uses [tool.newscheck]; in this "
        "file the settings go at the top level)"
    )


def test_malformed_toml_is_one_line_naming_the_file():
    write(".newscheck.toml", 'select = ["A"\nfail-on = "error"\n')
    with pytest.raises(ConfigError) as raised:
        load_config(".newscheck.toml")
    message = str(raised.value)
    assert message.startswith(".newscheck.toml: invalid TOML: ")
    assert "\n" not in message


def test_a_pyproject_named_on_purpose_without_a_newscheck_table_is_an_error():
    write("pyproject.toml", '[project]\nname = "desk-tools"\n')
    with pytest.raises(ConfigError) as raised:
        load_config("pyproject.toml")
    assert str(raised.value) == "pyproject.toml: no [tool.newscheck] table"


def test_a_config_that_is_not_utf8_says_so():
    Path(".newscheck.toml").write_bytes(b'select = ["A"]\n# caf\xe9 style\n')
    with pytest.raises(ConfigError) as raised:
        load_config(".newscheck.toml")
    assert str(raised.value) == (
        ".newscheck.toml: invalid TOML: not UTF-8 (byte 20); TOML files must be UTF-8"
    )


def test_values_are_data_never_evaluated():
    write(".newscheck.toml", 'select = ["__import__(\'os\').system(\'true\')"]\n')
    with pytest.raises(ConfigError, match="unknown rule code or prefix"):
        load_config(".newscheck.toml")


def test_discovery_nearest_wins_and_stops_at_tables(tmp_path):
    write("pyproject.toml", '[tool.newscheck]\nfail-on = "info"\n')
    write("desk/pyproject.toml", '[project]\nname = "no newscheck table here"\n')
    write("desk/metro/.newscheck.toml", 'fail-on = "error"\n')
    write("desk/metro/pyproject.toml", '[tool.newscheck]\nfail-on = "warning"\n')
    assert discover_config("desk/story.md").fail_on == "info"
    assert discover_config("desk/story.md").source_path == str(tmp_path / "pyproject.toml")
    nearest = discover_config("desk/metro/late/story.md")
    assert nearest.fail_on == "error"
    assert nearest.source_path == str(tmp_path / "desk/metro/.newscheck.toml")


def test_no_config_anywhere_gives_defaults(tmp_path):
    # tmp_path lives under the system temp directory, which has no newscheck configuration
    assert discover_config(tmp_path / "story.md") == DEFAULT_CONFIG


# --- through the command ---


def run_lint(*args: str):
    return CliRunner().invoke(app, ["lint", *args])


def test_invalid_config_exits_2_with_one_line(monkeypatch):
    install_fake_analyser(monkeypatch)
    write("pyproject.toml", '[tool.newscheck]\nselekt = ["A"]\n')
    write("story.md", "Critics spoke.\n")
    result = run_lint("story.md")
    assert result.exit_code == 2
    assert result.stderr == (
        "newscheck: error: pyproject.toml: [tool.newscheck] unknown key 'selekt'\n"
    )
    assert result.stdout == ""


def test_explicit_config_path_and_flags_overriding_it(monkeypatch):
    install_fake_analyser(monkeypatch)
    write("pyproject.toml", '[tool.newscheck]\nselect = ["H"]\n')
    write("ci/strict.toml", 'fail-on = "info"\nselect = ["A", "H"]\n')
    write("story.md", "Critics said it reportedly failed.\n")
    discovered = run_lint("story.md", "-f", "json")
    assert [d["code"] for d in json.loads(discovered.stdout)] == ["H103"]
    assert discovered.exit_code == 0
    strict = run_lint("story.md", "--config", "ci/strict.toml", "-f", "json")
    assert [d["code"] for d in json.loads(strict.stdout)] == ["A201", "H103"]
    assert strict.exit_code == 1
    assert run_lint("story.md", "--config", "ci/strict.toml", "--select", "H",
                    "--fail-on", "warning").exit_code == 0
    missing = run_lint("story.md", "--config", "ci/nope.toml")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("newscheck: error: ci/nope.toml: ")


def test_each_file_gets_its_own_config_and_it_reaches_the_analysis(monkeypatch):
    fake = install_fake_analyser(monkeypatch)
    write("news/.newscheck.toml", '[lexicon]\nextra-loaded = ["Shambolic"]\n')
    write("news/story.md", "Critics spoke.\n")
    write("features/story.md", "Critics spoke.\n")
    run_lint("features/story.md", "news/story.md", "--jobs", "1")  # the fake records in-process
    configs = {path: config for _, path, config in fake.calls}
    assert configs["news/story.md"].lexicon.extra_loaded == ("shambolic",)
    assert configs["features/story.md"] == DEFAULT_CONFIG


def test_a_config_option_naming_a_directory_names_it_and_says_what_is_wrong():
    # `--config .` (meaning "the config in this folder") printed 'newscheck: error: .: Is a
    # directory', and a full path printed '.' too when it was the current directory
    Path("ci").mkdir()
    for given in (".", "ci", str(Path.cwd())):
        with pytest.raises(ConfigError) as raised:
            load_config(given)
        assert str(raised.value) == f"{given}: is a directory, not a configuration file"
    with pytest.raises(ConfigError) as raised:
        load_config("ci/strict.toml")
    assert str(raised.value) == "ci/strict.toml: no such file"


def test_an_empty_select_with_codes_extended_selects_just_those(monkeypatch):
    install_fake_analyser(monkeypatch)
    write(".newscheck.toml", 'select = []\nextend-select = ["H"]\n')
    assert load_config(".newscheck.toml").extend_select == ("H",)
    write("story.md", "Critics said it reportedly failed.\n")
    result = run_lint("story.md", "-f", "json")
    assert [d["code"] for d in json.loads(result.stdout)] == ["H103"]
