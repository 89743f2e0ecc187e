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
