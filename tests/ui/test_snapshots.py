"""Snapshots of the reading app at 80×24 and 120×40: the seed page in a dark and a light
theme, find with matches, the links list, the outline, an error screen, the sample article,
the seed page at its highlighted quotations, and the quotes panel.

Regenerate after a deliberate change with ``pytest tests/ui/test_snapshots.py
--snapshot-update`` and look at every changed SVG before committing it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerFailed

from reader.ui.app import ReaderApp

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


async def _loaded(pilot: Pilot) -> None:
    with contextlib.suppress(WorkerFailed):
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def _then(*keys: str):
    async def run_before(pilot: Pilot) -> None:
        await _loaded(pilot)
        if keys:
            await pilot.press(*keys)
            await pilot.pause()
            await _loaded(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_seed_page_dark(snap_compare, seed_page: Path, size) -> None:
    app = ReaderApp(str(seed_page), theme="textual-dark")
    assert snap_compare(app, terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES)
def test_seed_page_light(snap_compare, seed_page: Path, size) -> None:
    app = ReaderApp(str(seed_page), theme="textual-light")
    assert snap_compare(app, terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES)
def test_find_with_matches(snap_compare, seed_page: Path, size) -> None:
    app = ReaderApp(str(seed_page), theme="textual-dark")
    assert snap_compare(app, terminal_size=size,
                        run_before=_then("slash", *"China", "enter", "n"))


@pytest.mark.parametrize("size", SIZES)
def test_links_list(snap_compare, size) -> None:
    app = ReaderApp(theme="textual-dark")
    assert snap_compare(app, terminal_size=size, run_before=_then("l"))


@pytest.mark.parametrize("size", SIZES)
def test_outline(snap_compare, size) -> None:
    app = ReaderApp(theme="textual-dark")
    assert snap_compare(app, terminal_size=size, run_before=_then("t", "down"))


@pytest.mark.parametrize("size", SIZES)
def test_error_screen(snap_compare, size) -> None:
    # A relative path, so the message is the same on every machine.
    app = ReaderApp("no-such-folder/missing-page.html", theme="textual-dark")
    assert snap_compare(app, terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES)
def test_sample_article(snap_compare, size) -> None:
    app = ReaderApp(theme="textual-dark")
    assert snap_compare(app, terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES)
def test_seed_page_quotations_highlighted(snap_compare, seed_page: Path, size) -> None:
    app = ReaderApp(str(seed_page), theme="textual-dark")
    assert snap_compare(app, terminal_size=size,
                        run_before=_then("apostrophe", "apostrophe", "apostrophe"))


@pytest.mark.parametrize("size", SIZES)
def test_quotes_panel(snap_compare, seed_page: Path, size) -> None:
    app = ReaderApp(str(seed_page), theme="textual-dark")
    assert snap_compare(app, terminal_size=size, run_before=_then("Q"))
