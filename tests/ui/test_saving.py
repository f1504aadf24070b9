"""Saving the article on screen into the library (``s``) and keeping highlights (``H``),
through the real app, on pages written to ``tmp_path`` and a real library file there."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerFailed

from reader.store import FILE_NAME, Filter, Store
from reader.ui.app import ReaderApp
from reader.ui.screens.article import ArticleScreen
from reader.ui.screens.library import LibraryScreen
from tests.ui.conftest import article_html

pytestmark = pytest.mark.anyio

SIZE = (100, 30)

QUOTED = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
<p>The harbour opened again on Monday after a month of repairs to the old stone quay, and the
first boats were out before the sun had cleared the headland.</p>
<p>“We will sail at dawn every day from now on,” the captain said, standing on the quay with
the harbour master, who nodded and went back to his office to write the timetable.</p>
<p>A third paragraph says that the timetable is posted by the gate, that it will change in
winter, and that nobody expects the ferry to run when the wind is strong from the east.</p>
</article></body></html>"""


async def settle(app: ReaderApp, pilot: Pilot, rounds: int = 2) -> None:
    for _ in range(rounds):
        with contextlib.suppress(WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()


def library(data: Path) -> Store:
    return Store.open(data / FILE_NAME)


async def test_s_saves_the_open_article_once_and_the_library_lists_it(tmp_path: Path) -> None:
    page = tmp_path / "first.html"
    page.write_text(article_html("first", title="The first page"), encoding="utf-8")
    data = tmp_path / "data"
    app = ReaderApp(str(page), data_dir=data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert any("Saved to the library: The first page" in str(n.message)
                   for n in app._notifications)
        await pilot.press("s")  # saving again updates the same article
        await settle(app, pilot)
        with library(data) as store:
            (saved,) = store.list()
            assert saved.title == "The first page"
            assert saved.has_page
            # It was saved while being read: it is not listed as unread.
            assert saved.opened_at is not None
            assert store.count(Filter(unread=True)) == 0
            assert "first paragraph of the first page" in store.text(saved.id)
            # The saved page reads offline into the same article.
            assert store.document(saved.id).text() == app.article_screen.document.text()
        await pilot.press("L")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        row = app.screen.library_list.current_row
        assert row is not None and row.entry.title == "The first page"
        # Back to the article it was opened from.
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_progress_of_an_article_saved_from_the_reader_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "quoted.html"
    page.write_text(QUOTED, encoding="utf-8")
    data = tmp_path / "data"
    app = ReaderApp(str(page), data_dir=data)
    async with app.run_test(size=(60, 12)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("L")
        await settle(app, pilot)
        with library(data) as store:
            (saved,) = store.list()
            assert saved.progress == 1.0
            assert saved.progress_block == app.article_screen.view.current_text_block


async def test_h_keeps_the_quotation_in_view_as_a_highlight(tmp_path: Path) -> None:
    page = tmp_path / "quoted.html"
    page.write_text(QUOTED, encoding="utf-8")
    data = tmp_path / "data"
    app = ReaderApp(str(page), data_dir=data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        document = app.article_screen.document
        assert document is not None and document.quotes
        await pilot.press("apostrophe")  # to the quotation
        await pilot.pause()
        # Not saved yet: keeping a highlight saves the article too.
        await pilot.press("H")
        await settle(app, pilot)
        with library(data) as store:
            (saved,) = store.list()
            (kept,) = store.highlights(saved.id)
        quote = document.quotes[0]
        assert kept.text == quote.text
        assert kept.text.startswith("We will sail at dawn")
        assert kept.block == quote.paragraph
        # In the library, H lists it with its article.
        await pilot.press("L")
        await settle(app, pilot)
        await pilot.press("H")
        await settle(app, pilot)
        assert [h.text for h in app.screen.highlights] == [quote.text]  # type: ignore[attr-defined]


async def test_s_on_standard_input_saves_the_page_it_read(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from reader.fetch import Page

    html = article_html("piped", title="A piped page")
    page = Page(url="https://example.org/piped", final_url="https://example.org/piped",
                html=html, encoding="utf-8", content_type="text/html", source="stdin",
                raw=html.encode(), fetched_at=datetime(2024, 3, 1, tzinfo=UTC))
    data = tmp_path / "data"
    app = ReaderApp(page=page, data_dir=data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
    with library(data) as store:
        (saved,) = store.list()
        assert saved.url == "https://example.org/piped"
        assert saved.title == "A piped page"
