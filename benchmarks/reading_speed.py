"""Throughput of the input layer alone: decoding (UTF-8, BOM, legacy) and Markdown blanking.

    python benchmarks/reading_speed.py [--mb 15]

Writes temporary files of the given size and prints MB/s for each way in.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

MB = 1024 * 1024
PARAGRAPH = (
    "The council voted on Tuesday to approve the harbour budget, officials said. \u201cWe cannot "
    "keep borrowing,\u201d said Mayor Lena Ortiz. Critics said the caf\u00e9 owners were not "
    "consulted, according to the Harbour Gazette.\n\n"
)
MARKDOWN_PARAGRAPH = (
    "## The *vote*\n\nThe council voted on **Tuesday** to approve the [harbour budget]"
    "(https://example.org/budget \"Budget\"), officials said. `code` and <b>html</b>.\n\n"
    "> \u201cWe cannot keep borrowing,\u201d said Mayor Lena Ortiz.\n\n- a list item\n\n"
)


def timed(label: str, size: int, action) -> None:  # noqa: ANN001
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {size / MB:6.1f} MB {seconds:7.2f} s {size / MB / seconds:8.1f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=15.0)
    args = parser.parse_args()

    from newscheck.markdown_text import blank_markup
    from newscheck.reading import read_path

    target = int(args.mb * MB)
    text = PARAGRAPH * (target // len(PARAGRAPH.encode()) + 1)
    markdown = MARKDOWN_PARAGRAPH * (target // len(MARKDOWN_PARAGRAPH.encode()) + 1)
    with tempfile.TemporaryDirectory() as folder:
        for label, codec in [
            ("read utf-8", "utf-8"),
            ("read utf-8 with BOM", "utf-8-sig"),
            ("read utf-16 with BOM", "utf-16"),
            ("read cp1252 (detected)", "cp1252"),
        ]:
            path = os.path.join(folder, f"{codec}.txt")
            with open(path, "wb") as handle:
                handle.write(text.encode(codec))
            timed(label, os.path.getsize(path), lambda path=path: read_path(path))
    timed("blank Markdown (markup-heavy)", len(markdown.encode()), lambda: blank_markup(markdown))
    timed("blank Markdown (plain prose)", len(text.encode()), lambda: blank_markup(text))


if __name__ == "__main__":
    main()
