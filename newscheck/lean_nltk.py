"""Import nltk without scipy and numpy, which newscheck never uses.

``import nltk`` (which any ``nltk.*`` import runs first, and textblob runs too) imports
``nltk.metrics``, whose association measures import ``scipy.stats`` whenever scipy is installed:
about 0.65 s and 75 MB of resident memory (117 MB for ``import nltk`` against 40 MB without
them).  newscheck needs only Punkt, and textblob's sentiment lexicon.  nltk treats both
libraries as optional, so while nltk is first imported they are made unimportable; afterwards
they import normally again, and nothing changes when they were already imported.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

OPTIONAL_HEAVY = ("scipy", "numpy")


@contextmanager
def without(names: tuple[str, ...] = OPTIONAL_HEAVY) -> Iterator[None]:
    """While active, importing any of ``names`` that is not imported yet raises ImportError."""
    blocked = [name for name in names if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # Python's "import blocked" mark
    try:
        yield
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


def import_nltk() -> None:
    """Import nltk lean (once); call before the first ``nltk`` or ``textblob`` import."""
    if "nltk" in sys.modules:
        return
    with without():
        import nltk  # noqa: F401
