"""Snapshots of the library screen at 100×30 and 120×40: empty, with articles, filtered,
searching, the tag picker and a tag's articles.

The library is a real file in ``tmp_path`` with fixed dates (see ``test_library``), so the
pictures do not change with the day. Regenerate after a deliberate change with
``pytest tests/ui/test_library_snapshots.py --snapshot-update`` and look at every changed SVG.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerFailed

from reader.ui.app import ReaderApp
from tests.ui.test_library import make_library

SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((120, 40), id="120x40")]


async def _settled(pilot: Pilot) -> None:
    for _ in range(3):
        with contextlib.suppress(WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def _then(*keys: str):
    async def run_before(pilot: Pilot) -> None:
        # A steady cursor in the search field, so the picture does not depend on the moment.
        for field in pilot.app.query(Input):
            field.cursor_blink = False
        await _settled(pilot)
        for key in keys:
            await pilot.press(key)
            await _settled(pilot)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_empty_library(snap_compare, tmp_path: Path, size) -> None:
    make_library(tmp_path, [])
    app = ReaderApp(data_dir=tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_then("L"))


@pytest.mark.parametrize("size", SIZES)
def test_library_with_articles(snap_compare, tmp_path: Path, size) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_then("down"))


@pytest.mark.parametrize("size", SIZES)
def test_library_filtered_to_unread(snap_compare, tmp_path: Path, size) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_then("2"))


@pytest.mark.parametrize("size", SIZES)
def test_library_searching(snap_compare, tmp_path: Path, size) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_then("slash", *"ferry"))


@pytest.mark.parametrize("size", SIZES)
def test_library_tag_picker(snap_compare, tmp_path: Path, size) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_then("t"))


@pytest.mark.parametrize("size", SIZES)
def test_library_filtered_by_tag(snap_compare, tmp_path: Path, size) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_then("t", "down", "enter"))
