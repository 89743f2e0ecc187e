"""The pipeline imports nltk without scipy and numpy (75 MB and 0.65 s newscheck never uses)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

ANALYSE = (
    "from newscheck import analyze_text\n"
    "report = analyze_text('Gen. Mark Ellison said the U.S. plan was sound. Critics disagreed.')\n"
    "import sys\n"
    "print(len(report.sentences), 'numpy' in sys.modules, 'scipy' in sys.modules)\n"
)


def _run(code: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return completed.stdout.strip()


def test_an_analysis_loads_neither_scipy_nor_numpy():
    assert _run(ANALYSE) == "2 False False"


@pytest.mark.skipif(importlib.util.find_spec("numpy") is None, reason="numpy not installed")
def test_numpy_still_imports_normally_afterwards():
    code = ANALYSE + "import numpy\nprint(numpy.zeros(2).tolist())\n"
    assert _run(code).splitlines() == ["2 False False", "[0.0, 0.0]"]


def test_nothing_is_blocked_once_nltk_is_imported():
    from newscheck.lean_nltk import OPTIONAL_HEAVY, import_nltk

    import_nltk()
    assert all(sys.modules.get(name, "absent") is not None for name in OPTIONAL_HEAVY)
