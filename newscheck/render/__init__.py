"""Renderers turn a Report into output (terminal, HTML, JSON, lint formats); they never analyse.

``safe_text`` must wrap every piece of article text printed to a terminal.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI sequences (colours, cursor movement)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC sequences (titles, hyperlinks)
    r"|\x1b[@-Z\\-_]?"  # other ESC sequences, or a lone ESC
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # C0 and C1 controls except \t and \n
)


def safe_text(s: str) -> str:
    """``s`` without control characters and terminal escape sequences (keeps \\n and \\t)."""
    return _UNSAFE.sub("", s)


def utf8_json(value: object, **options: object) -> str:
    """``json.dumps(value, ensure_ascii=False, ...)``, unless that would carry a lone surrogate
    (a file name in a legacy encoding, decoded by Python with surrogate escapes), which no UTF-8
    output can hold: then every non-ASCII character is escaped (``\\udce9``), so the output is
    valid UTF-8 JSON and ``os.fsencode(json.loads(...)["path"])`` gives back the name's bytes.
    """
    import json

    text = json.dumps(value, ensure_ascii=False, **options)  # type: ignore[arg-type]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, **options)  # type: ignore[arg-type]
    return text
