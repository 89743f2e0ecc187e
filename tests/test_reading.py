"""Reading input: decoding, refusal of non-text, directory expansion, Markdown blanked to prose."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from newscheck import analyze_text, reading
from newscheck.markdown_text import blank_markup
from newscheck.reading import (
    InputError,
    analysable_text,
    decode_bytes,
    expand_paths,
    read_path,
    read_stream,
)

LEAD = "The mayor said the café would reopen on Monday, according to a statement.\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


# --- decoding ------------------------------------------------------------------------------------


def test_utf8_is_read_exactly_with_its_format_inferred(tmp_path: Path) -> None:
    source = read_path(write(tmp_path, "story.md", LEAD.encode("utf-8")))
    assert (source.text, source.encoding, source.input_format) == (LEAD, "utf-8", "markdown")


def test_utf8_bom_is_removed_and_offsets_index_the_text_after_it(tmp_path: Path) -> None:
    source = read_path(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + LEAD.encode("utf-8")))
    assert source.text == LEAD
    assert source.encoding == "utf-8-sig"
    assert source.text.index("café") == len("The mayor said the ")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path: Path, codec: str) -> None:
    text = "\u201cWe will rebuild,\u201d the mayor said.\r\n"
    source = read_path(write(tmp_path, "u16.txt", ("\ufeff" + text).encode(codec)))
    assert (source.text, source.encoding) == (text, "utf-16")


def test_utf32_with_bom_is_decoded() -> None:
    assert decode_bytes("\ufeffOfficials said.".encode("utf-32-le"), "a.txt") == (
        "Officials said.",
        "utf-32",
    )


def test_latin1_cafe_is_decoded_as_a_western_encoding(tmp_path: Path) -> None:
    text = "Le café était fermé, a déclaré le maire.\n"
    source = read_path(write(tmp_path, "fr.txt", text.encode("latin-1")))
    assert source.text == text
    # Latin-1 and cp1252 agree on every letter; cp1252 also knows the curly quotes.
    assert source.encoding in {"cp1252", "latin_1", "iso8859_15"}


def test_cp1252_smart_quotes_and_dashes_are_decoded(tmp_path: Path) -> None:
    text = "\u201cWe will not back down,\u201d the minister said \u2014 it\u2019s over.\n"
    source = read_path(write(tmp_path, "win.txt", text.encode("cp1252")))
    assert (source.text, source.encoding) == (text, "cp1252")


def test_utf8_with_a_stray_latin1_byte_stays_utf8_with_a_replacement() -> None:
    data = "The caf\u00e9 said \u201cno\u201d to ".encode() + "Ren\u00e9".encode("latin-1") + b"."
    text, encoding = decode_bytes(data, "mixed.txt")
    assert text == "The café said “no” to Ren\ufffd."
    assert encoding == "utf-8 (1 invalid byte sequences replaced)"


def test_crlf_and_lone_cr_are_never_translated(tmp_path: Path) -> None:
    text = "First line said.\r\nSecond line.\rThird line.\n"
    source = read_path(write(tmp_path, "mixed-newlines.txt", text.encode("utf-8")))
    assert source.text == text
    assert source.text.index("Third") == len("First line said.\r\nSecond line.\r")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "file is empty"),
        (b"\xef\xbb\xbf", "file is empty (only a byte-order mark)"),
        (b"  \n\n\t \r\n", "file is empty (only whitespace)"),
        (b"\xef\xbb\xbf \n", "file is empty (only a byte-order mark and whitespace)"),
        (b"GIF89a\x01\x00\x01\x00\x00\xff", "binary file (contains NUL bytes"),
        (bytes(range(1, 9)) * 40 + b"text", "binary file (control characters, not text)"),
        (random.Random(7).randbytes(600).replace(b"\x00", b""),
         "cannot decode: not UTF-8 and no known text encoding fits"),
        (b"\xff\xfeA\x00\x00\xd8", "invalid utf-16 after its byte-order mark"),
    ],
)
def test_non_text_is_refused_with_one_line_naming_the_file(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "drafts/x.txt")
    message = str(caught.value)
    assert message.startswith(f"drafts/x.txt: {problem}")
    assert "\n" not in message


def test_missing_file_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file or directory$"):
        read_path(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match=r": is a directory$"):
        read_path(str(tmp_path))


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads 0o000 files, so the refusal is simulated at open(); the CLI test covers the
    # real thing when not running as root.
    path = write(tmp_path, "locked.txt", LEAD.encode())

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(InputError, match=r"locked\.txt: permission denied$"):
        read_path(path)


def test_files_over_the_limit_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_INPUT_BYTES", 1024)
    path = write(tmp_path, "huge.txt", b"x" * 1025)
    with pytest.raises(InputError, match=r"huge\.txt: file is too large \(the limit is 0 MB\)"):
        read_path(path)
    assert read_path(write(tmp_path, "ok.txt", b"y" * 1024)).text == "y" * 1024


def test_stdin_stream_is_decoded_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    source = read_stream(io.BytesIO("“Fine,” he said.\r\n".encode("cp1252")))
    assert (source.path, source.label, source.text) == (None, "<stdin>", "“Fine,” he said.\r\n")
    monkeypatch.setattr(reading, "MAX_INPUT_BYTES", 10)
    with pytest.raises(InputError, match=r"^<stdin>: file is too large"):
        read_stream(io.BytesIO(b"a" * 11))


def test_fifteen_megabytes_read_fine(tmp_path: Path) -> None:
    paragraph = "Officials said the budget would pass on Tuesday, according to two aides.\n\n"
    data = (paragraph * (15 * 1024 * 1024 // len(paragraph) + 1)).encode()
    assert len(read_path(write(tmp_path, "big.txt", data)).text) == len(data)


# --- directories -------------------------------------------------------------------------------


def test_directories_expand_recursively_sorted_to_text_files_only(tmp_path: Path) -> None:
    for name in ["b.md", "a.txt", "sub/c.MARKDOWN", "sub/deeper/d.text", "a/z.txt",
                 "notes.docx", ".hidden.md", ".git/config.txt", "image.png"]:
        write(tmp_path, name, b"Officials said.")
    found = list(expand_paths([str(tmp_path)]))
    relative = [str(Path(p).relative_to(tmp_path)) for p in found]
    # Sorted by path components: the directory "a" comes before the file "a.txt".
    assert relative == ["a/z.txt", "a.txt", "b.md", "sub/c.MARKDOWN", "sub/deeper/d.text"]


def test_expansion_keeps_argument_order_and_reports_problems_in_place(tmp_path: Path) -> None:
    explicit = write(tmp_path, "notes.log", b"Named files may have any name.")
    (tmp_path / "empty").mkdir()
    entries = list(expand_paths([explicit, str(tmp_path / "missing.txt"), "-",
                                 str(tmp_path / "empty")]))
    assert entries[0] == explicit
    assert str(entries[1]).endswith("missing.txt: no such file or directory")
    assert entries[2] == "-"
    assert str(entries[3]).endswith(
        "empty: directory contains no text files (.txt, .md, .markdown, .text)"
    )
    assert all(isinstance(e, InputError) for e in (entries[1], entries[3]))


# --- Markdown ------------------------------------------------------------------------------------


def blanked(markdown: str) -> str:
    result = analysable_text(markdown, "markdown")
    assert len(result) == len(markdown)
    for original, kept in zip(markdown, result, strict=True):
        assert kept == original or (kept == " " and original not in "\r\n")
    return result


def test_plain_text_is_left_alone() -> None:
    text = "# Not a heading in a .txt file, `really` said the editor.\n"
    assert analysable_text(text, "text") is text


def test_plain_text_loses_only_its_suppression_comments() -> None:
    text = (
        "Critics say the plan is a disaster.\n"
        "<!-- newscheck: ignore-next-line A201 -->\n"
        "Critics also say the mayor knew.\n"
    )
    result = analysable_text(text, "text")
    assert len(result) == len(text)
    assert "newscheck" not in result
    # A comment alone on its line takes its line break, so the paragraph is not split.
    comment = text.index("<!--")
    assert result[comment - 1 :] == "\n" + " " * 42 + "Critics also say the mayor knew.\n"
    assert result[:comment] == text[:comment]


def test_analyze_reads_a_plain_draft_without_its_suppression_comments() -> None:
    from newscheck import analyze_text

    text = (
        "The mayor announced the budget on Monday. Critics say the plan is a disaster.\n"
        "<!-- newscheck: ignore A201 -->\n"
        "The city clerk, Maria Lopez, said the library would close in March.\n"
    )
    report = analyze_text(text, path="draft.txt")
    sentences = [text[start:end] for start, end in report.sentences]
    assert not any("newscheck" in sentence for sentence in sentences)
    assert sentences[-1] == "The city clerk, Maria Lopez, said the library would close in March."
    assert report.stats["words"] == 7 + 7 + 12  # the three sentences, not the comment


def gap(markup: str) -> str:
    """What ``markup`` becomes: spaces of the same length."""
    return " " * len(markup)


def test_headings_emphasis_and_links_keep_only_their_words() -> None:
    markdown = (
        "## Council *passes* budget ##\n"
        "\n"
        'The **mayor** said, according to [the Herald](https://herald.example/a "Herald").\n'
    )
    assert blanked(markdown) == (
        f"{gap('## ')}Council {gap('*')}passes{gap('*')} budget{gap(' ##')}\n"
        "\n"
        f"The {gap('**')}mayor{gap('**')} said, according to {gap('[')}the Herald"
        + gap('](https://herald.example/a "Herald")')
        + ".\n"
    )


def test_a_paragraph_that_opens_with_emphasis_loses_its_markers() -> None:
    markdown = "**HALDEN** \u2014 _Officials_ said the *car park* would close.\n"
    assert blanked(markdown) == (
        f"{gap('**')}HALDEN{gap('**')} \u2014 {gap('_')}Officials{gap('_')} said the "
        f"{gap('*')}car park{gap('*')} would close.\n"
    )


def test_code_html_comments_and_front_matter_are_blanked() -> None:
    lines = [
        "---",
        "title: Officials said",
        "---",
        "Critics called it `reckless`, he said.",
        "",
        "<!-- newscheck: ignore L101 -->",
        "",
        "```",
        '"This is code," she said.',
        "```",
        "",
        "    indented code, reportedly",
    ]
    expected = [gap(line) for line in lines]
    expected[3] = f"Critics called it {gap('`reckless`')}, he said."
    assert blanked("\n".join(lines) + "\n") == "\n".join(expected) + "\n"


def test_lists_blockquotes_images_autolinks_and_bare_urls() -> None:
    markdown = (
        "> \u201cWe did it,\u201d the mayor said.\n"
        "> Aides agreed.\n"
        "\n"
        "- A chart ![turnout](img/t.png) and <https://example.com/x>\n"
        "1. See https://example.org/report, officials said.\n"
        "* Inline <b>html</b> and an escaped \\*star\\* &amp; more\n"
    )
    assert blanked(markdown) == (
        f"{gap('> ')}\u201cWe did it,\u201d the mayor said.\n"
        f"{gap('> ')}Aides agreed.\n"
        "\n"
        f"{gap('- ')}A chart {gap('![turnout](img/t.png)')} and {gap('<https://example.com/x>')}\n"
        f"{gap('1. ')}See {gap('https://example.org/report')}, officials said.\n"
        f"{gap('* ')}Inline {gap('<b>')}html{gap('</b>')} and an escaped"
        f" {gap(chr(92))}*star{gap(chr(92))}* &amp; more\n"
    )


def test_crlf_and_lone_cr_markdown_keeps_every_newline_and_offset() -> None:
    markdown = "# Title\r\n\r\nThe *aide* said.\rNext [line](http://x.y).\r\n"
    assert blanked(markdown) == (
        f"{gap('# ')}Title\r\n\r\nThe {gap('*')}aide{gap('*')} said.\r"
        f"Next {gap('[')}line{gap('](http://x.y)')}.\r\n"
    )


def test_setext_heading_underline_thematic_break_and_references_are_blanked() -> None:
    markdown = "Budget vote\n===========\n\n***\n\nText [ref][r1].\n\n[r1]: http://r.example\n"
    assert blanked(markdown) == (
        f"Budget vote\n{gap('===========')}\n\n{gap('***')}\n\n"
        f"Text {gap('[')}ref{gap('][r1]')}.\n\n{gap('[r1]: http://r.example')}\n"
    )


def test_markdown_code_produces_no_sentences_or_findings_inside_it() -> None:
    markdown = (
        "The minister said the plan was a startling revelation.\n"
        "\n"
        "```\n"
        "'This is a startling revelation,' one anonymous source said.\n"
        "```\n"
    )
    report = analyze_text(markdown, input_format="markdown")
    code_start = markdown.index("```")
    spans = [(s, e) for s, e in report.sentences]
    spans += [(q.start, q.end) for q in report.quotes]
    spans += [(f.start, f.end) for f in report.findings]
    assert report.sentences
    assert all(end <= code_start for _, end in spans)


def test_blanking_is_linear_on_a_long_document() -> None:
    paragraph = "The *minister* said the [plan](http://x.example) would pass. " * 5 + "\n\n"
    markdown = paragraph * 2000
    assert blank_markup(markdown).count("minister") == 10000


def test_toml_front_matter_and_inline_suppression_comments_are_blanked() -> None:
    lines = [
        "+++",
        'title = "Ferry vote"',
        "+++",
        "The vote was a startling <!-- newscheck: ignore L101 --> revelation, he said.",
    ]
    expected = [gap(line) for line in lines[:3]]
    expected.append(
        f"The vote was a startling {gap('<!-- newscheck: ignore L101 -->')} revelation, he said."
    )
    assert blanked("\r\n".join(lines)) == "\r\n".join(expected)


def test_unclosed_front_matter_is_not_front_matter() -> None:
    markdown = "---\nThe mayor said the vote was close.\n"
    assert blanked(markdown) == f"{gap('---')}\nThe mayor said the vote was close.\n"
