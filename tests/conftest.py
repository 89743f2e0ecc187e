"""Shared fixtures. Tests that need ../shared/eval skip cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture
def shared_eval() -> Path:
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not present (it is not part of the project)")
    return SHARED_EVAL


@pytest.fixture
def seed_text(shared_eval: Path) -> str:
    return (shared_eval / "seed" / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture
def runner() -> CliRunner:
    """Typer's runner for the command-line tests (stdout and stderr apart)."""
    return CliRunner()


@pytest.fixture
def fresh_discovery(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Run in an empty working directory with the config-discovery cache cleared before and
    after (a module opts in with ``pytestmark = pytest.mark.usefixtures("fresh_discovery")``)."""
    from newscheck.config import clear_discovery_cache

    monkeypatch.chdir(tmp_path)
    clear_discovery_cache()
    yield
    clear_discovery_cache()
