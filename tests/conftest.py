"""Shared fixtures. Tests that read ``../shared`` skip with a reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"


@pytest.fixture
def shared_fixtures() -> Path:
    """The folder of real-world test pages beside the repository."""
    if not FIXTURES.is_dir():
        pytest.skip(f"the shared fixtures folder is absent ({FIXTURES})")
    return FIXTURES


@pytest.fixture
def seed_page(shared_fixtures: Path) -> Path:
    return shared_fixtures / "seed-news-page.html"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the user's real data or config folders."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("READER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("READER_CONFIG_DIR", str(base / "config"))
