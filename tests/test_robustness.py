"""The robustness table: every bad input through the REAL command line (a subprocess).

Each bad input gives exit 2 and one stderr line naming the file; in a batch the other files are
still analysed.  Broken pipes and Ctrl-C end quietly (141, 130) without a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

STORY = (
    "Port Alder, Friday. The harbour board voted to close the old ferry terminal.\n"
    "\n"
    '"It is the end of an era," said Ana Ruiz, who has run the kiosk there since 1998.\n'
    "\n"
    "Critics said the vote was rushed, according to a report in the Alder Gazette.\n"
)


def newscheck(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "newscheck", *args], cwd=cwd, input=stdin, capture_output=True,
        env=env, timeout=120,
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def one_error_line(result: subprocess.CompletedProcess, name: str, problem: str) -> None:
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert stderr == f"newscheck: error: {name}: {problem}\n"


def jsonl_paths(result: subprocess.CompletedProcess) -> list[str]:
    return [json.loads(line)["input"]["path"] for line in result.stdout.decode().splitlines()]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\n\t \n", "file is empty (only whitespace)"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary file (contains NUL bytes; "
         "UTF-16/32 text needs a byte-order mark)"),
        ("noise.txt", bytes(range(128, 256)) * 3,
         "cannot decode: not UTF-8 and no known text encoding fits"),
    ],
)
def test_bad_file_alone_and_in_a_batch(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    write(tmp_path, name, data)
    one_error_line(newscheck("analyze", name, cwd=tmp_path), name, problem)
    write(tmp_path, "good.txt", STORY.encode())
    write(tmp_path, "later.txt", STORY.encode())
    jobs = "2" if name == "photo.txt" else "1"  # one case through the process pool is enough
    batch = newscheck("analyze", "good.txt", name, "later.txt", "-f", "jsonl", "-j", jobs,
                      cwd=tmp_path)
    one_error_line(batch, name, problem)
    assert jsonl_paths(batch) == ["good.txt", "later.txt"]


def test_missing_file_and_directory_without_text_files(tmp_path: Path) -> None:
    one_error_line(newscheck("analyze", "gone.txt", cwd=tmp_path), "gone.txt",
                   "no such file or directory")
    write(tmp_path, "assets/logo.png", b"\x89PNG")
    one_error_line(newscheck("analyze", "assets", cwd=tmp_path), "assets",
                   "directory contains no text files (.txt, .md, .markdown, .text)")


ENCODED = [
    ("latin-1", "Le caf\u00e9 a ferm\u00e9, a d\u00e9clar\u00e9 le maire.\n", "cp1252"),
    ("cp1252", "\u201cWe are not closing,\u201d the owner said \u2014 firmly.\n", "cp1252"),
    ("utf-16", "\u201cCaf\u00e9 owners\u201d said the rent doubled.\r\n", "utf-16"),
    ("utf-8-sig", "The mayor said the caf\u00e9 would stay.\n", "utf-8-sig"),
]


def test_encodings_are_detected_and_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    names = []
    for codec, text, _ in ENCODED:
        names.append(f"{codec}.txt")
        write(tmp_path, names[-1], text.encode(codec))
    result = newscheck("analyze", *names, "-f", "jsonl", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["input"]["path"] for r in reports] == names
    for (_, text, encoding), report in zip(ENCODED, reports, strict=True):
        assert (report["input"]["encoding"], report["input"]["chars"]) == (encoding, len(text))
        first = report["sentences"][0]
        assert text[first["start"] : first["end"]] == text.strip()


def test_crlf_and_lone_cr_offsets_are_exact(tmp_path: Path) -> None:
    text = STORY.replace("\n", "\r\n").replace("Friday.", "Friday.\r")
    write(tmp_path, "story.txt", text.encode())
    report = json.loads(newscheck("analyze", "story.txt", "-f", "json", cwd=tmp_path).stdout)
    assert report["input"]["chars"] == len(text)
    starts = [text[s["start"] : s["end"]][:12] for s in report["sentences"]]
    assert "The harbour " in starts and "Critics said" in starts
    for quote in report["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads mode-000 files; see the simulated test")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    locked = write(tmp_path, "locked.txt", STORY.encode())
    locked.chmod(0)
    try:
        one_error_line(newscheck("analyze", "locked.txt", cwd=tmp_path), "locked.txt",
                       "permission denied")
    finally:
        locked.chmod(0o644)


def test_permission_denied_simulated_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root chmod cannot deny reading, so open() is made to refuse one file, in-process."""
    from typer.testing import CliRunner

    from newscheck.cli import app

    locked = write(tmp_path, "locked.txt", STORY.encode())
    write(tmp_path, "open.txt", STORY.encode())
    real_open = open

    def guarded_open(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    result = CliRunner().invoke(
        app, ["analyze", str(locked), str(tmp_path / "open.txt"), "-f", "jsonl", "-j", "1"]
    )
    assert result.exit_code == 2
    assert result.stderr == f"newscheck: error: {locked}: permission denied\n"
    assert len(result.stdout.splitlines()) == 1


def test_malformed_and_mistyped_config(tmp_path: Path) -> None:
    write(tmp_path, "story.txt", STORY.encode())
    write(tmp_path, "bad.toml", b"select = [\"A\"\nignore = ")
    result = newscheck("analyze", "story.txt", "--config", "bad.toml", cwd=tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and result.stdout == b""
    assert stderr.startswith("newscheck: error: bad.toml: ") and stderr.count("\n") == 1
    write(tmp_path, "typo.toml", b'select = "A101"\n')
    result = newscheck("analyze", "story.txt", "--config", "typo.toml", cwd=tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert stderr.startswith("newscheck: error: typo.toml") and stderr.count("\n") == 1
    assert "Traceback" not in stderr


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "story.txt", STORY.encode())
    result = newscheck("analyze", "story.txt", "--no-such-option", cwd=tmp_path)
    assert result.returncode == 2
    assert b"No such option" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("output_format", ["jsonl", "rich"])
def test_broken_pipe_ends_quietly(tmp_path: Path, output_format: str) -> None:
    for number in range(60):
        write(tmp_path, f"desk/{number:02d}.txt", STORY.encode())
    process = subprocess.Popen(
        [sys.executable, "-m", "newscheck", "analyze", "desk", "-f", output_format, "-j", "1"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""


def _default_sigint() -> None:
    """In the child: SIGINT back to its default, so that Python installs its handler even when
    the test runs in a background job, which inherits SIGINT ignored (a non-interactive shell's
    "&"); the CLI's Ctrl-C handling is what is tested, not the harness's."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_after_start(args: list[str], cwd: Path) -> tuple[int, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "newscheck", *args], cwd=cwd, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"},
        preexec_fn=_default_sigint,
    )
    time.sleep(2.5)  # imports done, analysis under way
    if process.poll() is not None:
        pytest.skip("the analysis finished before it could be interrupted")
    process.send_signal(signal.SIGINT)
    assert process.stderr is not None
    stderr = process.stderr.read().decode()
    return process.wait(timeout=60), stderr


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    write(tmp_path, "long.txt", STORY.encode() * 60000)  # ~14 MB
    code, stderr = _interrupt_after_start(["analyze", "long.txt", "-f", "json"], tmp_path)
    assert code == 130
    assert "Traceback" not in stderr


def test_ctrl_c_in_a_parallel_batch_exits_130_without_traceback(tmp_path: Path) -> None:
    for number in range(4):
        write(tmp_path, f"desk/{number}.txt", STORY.encode() * 20000)
    code, stderr = _interrupt_after_start(["analyze", "desk", "-f", "jsonl", "-j", "2"], tmp_path)
    assert code == 130
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr


def test_version_and_help_import_no_heavy_library() -> None:
    probe = (
        "import sys\n"
        "sys.argv = ['newscheck', '--help']\n"
        "from newscheck.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = {'nltk', 'textblob', 'markdown_it', 'charset_normalizer', 'rich'}\n"
        "print(sorted(heavy & {name.split('.')[0] for name in sys.modules}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.splitlines()[-1] == "[]"
    assert "analyze" in result.stdout
    version = subprocess.run([sys.executable, "-m", "newscheck", "--version"],
                             capture_output=True, text=True, timeout=60)
    assert version.stdout.startswith("newscheck ")


# --- pathological input (full sizes: benchmarks/stress.py) --------------------------------------

PATHOLOGICAL = {
    "20,000 quotation marks": " ".join(
        f"{mark}x" for mark in ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'"] * 3334
    ),
    "500 KB without whitespace": (
        'Officials.said"critics\u2019reportedly,U.S.Gen.according\u2014to(AP)' * 9000
    ),
    "' said' 20,000 times": " said" * 20000,
    "2,000 nested unclosed quotes": "\u201cHe said \u2018she said \"they said " * 2000 + "end.",
    "150 KB article": (
        '"We cannot keep stealing from the future," said Mayor Lena Ortiz on Tuesday. '
        "Critics said the vote was rushed, according to the Harbour Gazette. One official, "
        "who asked not to be named, said the port could still object.\n\n"
    ) * 600,
}


MARKDOWN_PATHOLOGICAL = {
    "10,000 nested brackets": "[" * 10000 + "x" + "]" * 10000,
    "10,000 unclosed links": "[a](" * 10000,
    "10,000 emphasis openers": "*a " * 10000 + "_b " * 10000,
    "backtick runs of 200 lengths": " ".join("`" * (i % 200 + 1) for i in range(5000)),
    "1,000 nested list levels": "".join("  " * i + "- x said\n" for i in range(1000)),
}


def assert_finishes_exact(text: str, input_format: str, name: str) -> None:
    from newscheck import analyze_text

    started = time.process_time()
    report = analyze_text(text, input_format=input_format)
    elapsed = time.process_time() - started
    assert elapsed < 30, f"{name} ({input_format}) took {elapsed:.1f} s"
    for quote in report.quotes:
        assert text[quote.start : quote.end] == quote.text
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
    assert all(0 <= start < end <= len(text) for start, end in report.sentences)


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_text_finishes_and_stays_exact(name: str) -> None:
    assert_finishes_exact(PATHOLOGICAL[name], "text", name)


@pytest.mark.parametrize("name", list(MARKDOWN_PATHOLOGICAL))
def test_pathological_markdown_finishes_and_stays_exact(name: str) -> None:
    assert_finishes_exact(MARKDOWN_PATHOLOGICAL[name], "markdown", name)


def test_one_long_document_keeps_every_paragraphs_speaker() -> None:
    """The same four paragraphs 200 times: each quotation keeps its speaker and each vague
    group its flag, however far into the text (its growth is timed by
    ``benchmarks/growth.py --case council-paragraphs``)."""
    from newscheck import analyze_text

    paragraphs = (
        '"We will not back down," said Councillor Lena Ortiz of the harbour committee.\n\n'
        "Ortiz argued that the port authority's plan was unconstitutional.\n\n"
        "Critics said the vote was rushed through by administrators.\n\n"
        "Concerned residents packed the hall on Tuesday, according to the organisers.\n\n"
    )
    text = paragraphs * 200
    report = analyze_text(text)
    direct = [quote for quote in report.quotes if quote.kind == "direct"]
    assert len(direct) == 200
    assert {quote.speaker.name for quote in direct if quote.speaker} == {"Lena Ortiz"}
    assert all(quote.speaker is not None for quote in direct)
    assert [finding.text for finding in report.findings if finding.rule == "A201"] == (
        ["Critics"] * 200
    )
    assert all(text[quote.start : quote.end] == quote.text for quote in report.quotes)


def test_analyze_expands_a_quoted_glob_like_lint(tmp_path: Path) -> None:
    write(tmp_path, "drafts/b.txt", STORY.encode())
    write(tmp_path, "drafts/a.txt", STORY.encode())
    write(tmp_path, "drafts/notes.pdf", b"%PDF")
    result = newscheck("analyze", "drafts/*.txt", "-f", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert jsonl_paths(result) == ["drafts/a.txt", "drafts/b.txt"]
    twice = newscheck("analyze", "drafts/a.txt", "drafts/*.txt", "-f", "jsonl", cwd=tmp_path)
    assert jsonl_paths(twice) == ["drafts/a.txt", "drafts/b.txt"]  # each file once
    nothing = newscheck("analyze", "wire/*.md", cwd=tmp_path)
    assert nothing.returncode == 2
    assert nothing.stderr.decode() == "newscheck: error: wire/*.md: no files match this pattern\n"


def test_file_name_that_is_not_utf8_never_crashes_the_output(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 file name on a UTF-8 system
    write(tmp_path, name, STORY.encode())
    result = newscheck("analyze", ".", "-f", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.decode("utf-8"))  # strictly valid UTF-8
    assert os.fsencode(report["input"]["path"]) == b"./caf\xe9.txt"
    shown = newscheck("analyze", ".", cwd=tmp_path)
    assert shown.returncode == 0 and b"Traceback" not in shown.stderr
    assert shown.stdout.decode("utf-8").startswith("./caf?.txt")  # unencodable: replaced


class _CountingItems(list):
    """A task list that records how far the batch has read it."""

    taken = 0

    def __iter__(self):  # noqa: ANN204
        for index, item in enumerate(super().__iter__()):
            self.taken = index + 1
            yield item


def test_a_parallel_batch_reads_ahead_only_a_bounded_window_and_keeps_order() -> None:
    from newscheck.batch import Outcome, Task, iter_outcomes
    from newscheck.reading import SourceText

    tasks = _CountingItems(
        Task(f"story-{n}", source=SourceText(f"story-{n}", f"Officials said {n} ferries sailed.",
                                             "utf-8", "text"))
        for n in range(48)
    )
    tasks[5] = Outcome("missing.txt", error="missing.txt: no such file or directory")
    outcomes = iter_outcomes(tasks, jobs=2)
    tasks.taken = 0
    labels = []
    for consumed, outcome in enumerate(outcomes, 1):
        labels.append(outcome.label)
        # 2 jobs x 2 chunks in flight x 3 tasks per chunk, plus the chunk being filled.
        assert tasks.taken - consumed <= 2 * 2 * 3 + 3
    assert labels == [task.label for task in list.__iter__(tasks)]
    assert tasks.taken == 48


def test_lines_broken_mid_sentence_join_into_one_paragraph() -> None:
    """Lines that each open in lower case join into one paragraph (round 9's joining re-sliced
    the growing paragraph per line: ``benchmarks/growth.py --case mid-sentence-line-breaks``)."""
    from newscheck.stages.sentences import paragraph_spans

    line = ("the council met on Tuesday. The mayor said the harbour budget was fine and that "
            "residents would get their say and \n")
    text = line * 2_000
    spans = paragraph_spans(text, text)
    assert len(spans) == 1
    assert spans[0].start == 0 and text[spans[0].end :].strip() == ""


def test_many_quoted_passages_are_each_found_once() -> None:
    """Quoted keys and values of a JSON-like text: four quotations per line, every span exact
    (each single quoted word was once looked up in every passage:
    ``benchmarks/growth.py --case quoted-passages``)."""
    from newscheck import analyze_text

    text = '{"key": "Value,", "other": "Said X: y."}\n' * 400
    report = analyze_text(text)
    assert [quote.text for quote in report.quotes] == (
        ['"key"', '"Value,"', '"other"', '"Said X: y."'] * 400
    )
    assert all(text[quote.start : quote.end] == quote.text for quote in report.quotes)


def test_every_headline_keeps_its_partial_quote() -> None:
    """A headline's cueless partial ('Reckless Gamble.') is one partial quote per headline
    (its subject was once looked for over the whole story:
    ``benchmarks/growth.py --case headlines-with-quoted-words``)."""
    from newscheck import analyze_text

    text = "".join(
        f"Harbor Chief {n} Rips Pier Plan As A \u2018Reckless Gamble.\u2019\n\n"
        "The harbor board met on Tuesday to vote on the pier plan.\n\n"
        for n in range(300)
    )
    report = analyze_text(text)
    assert [(quote.kind, quote.text) for quote in report.quotes] == (
        [("partial", "\u2018Reckless Gamble.\u2019")] * 300
    )
    assert all(text[quote.start : quote.end] == quote.text for quote in report.quotes)


def test_unattributed_quotes_beside_attributed_ones_stay_apart() -> None:
    """Each attributed quotation and the floating one after it are Ortiz's; the question in
    curly quotes after narration has no speaker and an A401 flag, all 300 times
    (``benchmarks/growth.py --case unattributed-beside-attributed``)."""
    from newscheck import analyze_text

    text = "".join(
        f'"The pier {n} will be rebuilt by June," Ortiz said.\n\n"Not pier {n}."\n\n'
        f"The harbor board met on Tuesday.\n\n\u201cWhy pier {n + 1}?\u201d\n\n"
        for n in range(300)
    )
    report = analyze_text(text)
    speakers = [quote.speaker.name if quote.speaker else None for quote in report.quotes]
    assert speakers == ["Ortiz", "Ortiz", None] * 300
    assert [finding.text for finding in report.findings if finding.rule == "A401"] == [
        f"\u201cWhy pier {n + 1}?\u201d" for n in range(300)
    ]
