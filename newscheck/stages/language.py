"""Stage 'language' (placeholder until implemented)."""

from __future__ import annotations

from newscheck.document import Document


def run(document: Document) -> None:
    """Placeholder: adds nothing yet."""
