"""The library screen, driven through the real app on a real SQLite library in ``tmp_path``.

Articles are stored with their pages (so they open offline) through the store's own bulk API;
dates are fixed so that what the list shows does not depend on the day the tests run.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerFailed

from reader.store import FILE_NAME, Filter, NewEntry, Store
from reader.ui.app import ReaderApp
from reader.ui.library_app import LibraryApp
from reader.ui.screens.article import ArticleScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.library_dialogs import HighlightsScreen, TagDialog, TagPicker
from reader.ui.widgets.library_list import LibraryList
from tests.ui.conftest import Server

pytestmark = pytest.mark.anyio

SIZE = (100, 30)
HOSTILE_TITLE = "Evil [@click=app.quit] and [/] markup [b]bold"


def page_html(title: str, words: str, paragraphs: int = 12) -> str:
    """An article page of numbered paragraphs; ``words`` make it findable by search."""
    body = "".join(
        f"<p>Paragraph {n} of {title.split()[0].lower()}: {words} and then a good many more "
        f"ordinary words so that the extractor is sure this paragraph belongs to the article "
        f"text, which it wants to be long enough to be worth reading at all.</p>"
        for n in range(paragraphs)
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{title}</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "</body></html>"
    )


def entry(
    n: int,
    title: str,
    site: str,
    words: str,
    *,
    added: datetime,
    published: datetime | None = None,
    paragraphs: int = 12,
    url: str | None = None,
    **state: object,
) -> NewEntry:
    html = page_html(title, words, paragraphs)
    text = "\n\n".join(
        f"Paragraph {k} of {title.split()[0].lower()}: {words} and then a good many more "
        "ordinary words" for k in range(paragraphs)
    )
    return NewEntry(
        url=url or f"https://{site}/articles/{n}",
        title=title,
        site=site,
        published=published,
        added_at=added,
        updated_at=added,
        word_count=40 * paragraphs,
        reading_minutes=max(1, paragraphs // 3),
        raw=html.encode(),
        text=text,
        fetched_at=added,
        **state,  # type: ignore[arg-type]
    )


def day(month: int, date: int) -> datetime:
    return datetime(2024, month, date, 9, 30, tzinfo=UTC)


def sample_entries() -> list[NewEntry]:
    return [
        entry(1, "Ferries return to the harbour", "harbour.example", "ferry timetable quay",
              added=day(3, 5), published=day(3, 4), tags=("local", "news"), starred=True,
              progress=0.4, progress_block=5, opened_at=day(3, 6), paragraphs=30),
        entry(2, "A quiet week at the observatory", "stars.example", "telescope comet",
              added=day(3, 4), published=day(2, 10), tags=("science",)),
        entry(3, HOSTILE_TITLE, "odd.example", "brackets markup", added=day(3, 3),
              published=day(3, 1), tags=("later",)),
        entry(4, "Zebra crossings explained", "roads.example", "zebra crossing ferry",
              added=day(3, 2), published=day(1, 20), progress=0.1, progress_block=1,
              opened_at=day(3, 2)),
        entry(5, "Archived piece on bridges", "bridges.example", "bridge girder",
              added=day(3, 1), published=day(2, 28), archived=True, progress=1.0,
              opened_at=day(3, 1)),
    ]


def make_library(folder: Path, entries: list[NewEntry] | None = None) -> Path:
    """A library file in ``folder`` holding ``entries`` (the sample set by default)."""
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(folder / FILE_NAME) as store:
        store.put_many(sample_entries() if entries is None else entries)
    return folder


def open_store(folder: Path) -> Store:
    return Store.open(folder / FILE_NAME)


async def settle(app: ReaderApp, pilot: Pilot, rounds: int = 2) -> None:
    """Let workers (and the workers their results start) finish and reach the screen."""
    for _ in range(rounds):
        with contextlib.suppress(WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()


def the_list(app: ReaderApp) -> LibraryList:
    assert isinstance(app.screen, LibraryScreen), type(app.screen).__name__
    return app.screen.library_list


def row_lines(app: ReaderApp) -> list[str]:
    """What the list shows, line by line, as plain text."""
    widget = the_list(app)
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def titles(app: ReaderApp) -> list[str]:
    widget = the_list(app)
    return [widget.row(i).entry.title for i in range(widget.total)]  # type: ignore[union-attr]


def header(app: ReaderApp) -> str:
    return str(app.screen.query_one("#library-header").render())


def notifications(app: ReaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


# -- start ------------------------------------------------------------------------------------
async def test_without_a_library_the_sample_is_shown_and_no_file_is_made(tmp_path: Path) -> None:
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.article_screen.document is not None
        assert "Quayside" in app.article_screen.status.query_one("#status-where").render().plain
    assert not (tmp_path / FILE_NAME).exists()


async def test_empty_library_shows_the_sample_and_L_shows_the_empty_library(
    tmp_path: Path,
) -> None:
    make_library(tmp_path, [])
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.article_screen.document is not None
        await pilot.press("L")
        await settle(app, pilot)
        assert the_list(app).total == 0
        assert any("The library is empty" in line for line in row_lines(app))
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_reader_with_no_argument_opens_the_library_newest_first(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert titles(app) == [
            "Ferries return to the harbour", "A quiet week at the observatory", HOSTILE_TITLE,
            "Zebra crossings explained",
        ]
        lines = row_lines(app)
        assert lines[0].startswith(" ★ Ferries return to the harbour")
        assert lines[0].endswith("▰▰▱▱▱  40%")
        assert lines[1] == "   harbour.example · 2024-03-04 · 10 min #local #news"
        assert lines[2].startswith(" • A quiet week")  # never opened
        assert "4 articles" in header(app) and "newest saved first" in header(app)


async def test_a_hostile_title_is_shown_literally_and_does_nothing(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert any(HOSTILE_TITLE in line for line in row_lines(app))
        # Clicking the title (where [@click=app.quit] would be a link) only moves the cursor.
        await pilot.click(LibraryList, offset=(20, 4))
        await pilot.press("f")
        await settle(app, pilot)
        assert app.is_running
        assert the_list(app).current_row.entry.title == HOSTILE_TITLE  # type: ignore[union-attr]
        assert any(HOSTILE_TITLE in text for text in notifications(app))
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.article_screen.document.title == HOSTILE_TITLE  # type: ignore[union-attr]
        assert app.is_running


# -- filters and sorting ----------------------------------------------------------------------
async def test_filters_show_unread_in_progress_starred_archived_and_all(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2")
        assert titles(app) == ["A quiet week at the observatory", HOSTILE_TITLE]
        assert "Unread" in header(app)
        await pilot.press("3")
        assert titles(app) == ["Ferries return to the harbour", "Zebra crossings explained"]
        await pilot.press("4")
        assert titles(app) == ["Ferries return to the harbour"]
        await pilot.press("5")
        assert titles(app) == ["Archived piece on bridges"]
        assert any("archived" in line for line in row_lines(app))
        await pilot.press("1")
        assert len(titles(app)) == 4


async def test_tag_filter_picks_a_tag_from_the_list(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.screen, TagPicker)
        assert [name for name, _n in app.screen.tags] == ["later", "local", "news", "science"]
        await pilot.press("down", "down", "enter")  # news
        await settle(app, pilot)
        assert titles(app) == ["Ferries return to the harbour"]
        assert "#news" in header(app)


async def test_sort_orders_step_with_o_and_reverse_with_shift_o(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("o")  # published, newest first
        assert titles(app) == [
            "Ferries return to the harbour", HOSTILE_TITLE, "A quiet week at the observatory",
            "Zebra crossings explained",
        ]
        await pilot.press("o")  # title A–Z
        assert titles(app) == [
            "A quiet week at the observatory", HOSTILE_TITLE, "Ferries return to the harbour",
            "Zebra crossings explained",
        ]
        assert "title A–Z" in header(app)
        await pilot.press("O")
        assert titles(app)[0] == "Zebra crossings explained"
        await pilot.press("o")  # site A–Z
        assert titles(app)[0] == "Ferries return to the harbour"  # harbour.example
        await pilot.press("o")  # progress, most read first
        assert titles(app)[0] == "Ferries return to the harbour"
        assert titles(app)[1] == "Zebra crossings explained"


async def test_the_list_pages_through_many_articles_without_a_widget_each(
    tmp_path: Path,
) -> None:
    entries = [
        NewEntry(url=f"https://many.example/{n}", title=f"Article number {n:04d}",
                 site="many.example", added_at=datetime(2023, 1, 1, tzinfo=UTC).replace(
                     minute=n % 60, hour=n // 60 % 24, day=1 + n // 1440))
        for n in range(1500)
    ]
    make_library(tmp_path, entries)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        widget = the_list(app)
        assert widget.total == 1500
        assert len(app.screen.query("*")) < 30  # rows are drawn, not mounted
        await pilot.press("G")
        assert widget.current_row.entry.title == "Article number 0000"  # type: ignore[union-attr]
        assert any("Article number 0000" in line for line in row_lines(app))
        await pilot.press("g", "pagedown")
        assert widget.cursor == widget.size.height // 2
        await pilot.press("pageup", "down")
        assert widget.current_row.entry.title == "Article number 1498"  # type: ignore[union-attr]


# -- search -----------------------------------------------------------------------------------
async def test_search_as_you_type_shows_matching_snippets(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press("f", "e", "r")
        await settle(app, pilot)
        # Every keystroke searches: "fer" is a prefix of "ferry" and "ferries".
        assert set(titles(app)) == {"Ferries return to the harbour", "Zebra crossings explained"}
        await pilot.press("r", "y")
        await settle(app, pilot)
        lines = row_lines(app)
        snippet_lines = [line for line in lines[2::3] if line.strip()]
        assert snippet_lines and all("ferry" in line.lower() for line in snippet_lines)
        widget = the_list(app)
        assert widget.row_height == 3
        assert widget.current_row.matches  # type: ignore[union-attr]
        assert "search “ferry”" in header(app)
        await pilot.press("enter")  # from the field to the list
        assert isinstance(app.focused, LibraryList)
        await pilot.press("escape")  # clears the search
        await settle(app, pilot)
        assert len(titles(app)) == 4
        assert widget.row_height == 2


async def test_keys_typed_straight_after_slash_all_reach_the_search_field(
    tmp_path: Path,
) -> None:
    from textual import events

    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # Typed ahead, as a terminal delivers a fast typist's keys: all queued at once, before
        # the app has handled the first. "t" on the list would open the tag filter.
        for key in ("slash", *"ferry"):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        await settle(app, pilot)
        assert isinstance(app.focused, Input)
        assert app.focused.value == "ferry"
        assert "search “ferry”" in header(app)


async def test_search_shows_the_best_hits_first_and_more_when_scrolled_to_the_end(
    tmp_path: Path,
) -> None:
    from reader.ui.screens.library import SEARCH_PAGE

    entries = [
        NewEntry(url=f"https://many.example/{n}", title=f"Lighthouse keeper diary {n}",
                 site="many.example", added_at=datetime(2023, 1, 1 + n % 28, tzinfo=UTC))
        for n in range(200)
    ]
    make_library(tmp_path, entries)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"lighthouse", "enter")
        await settle(app, pilot)
        widget = the_list(app)
        assert widget.total == SEARCH_PAGE
        assert f"the best {SEARCH_PAGE} matches" in header(app)
        await pilot.press("G")
        await settle(app, pilot)
        assert widget.total == 4 * SEARCH_PAGE
        assert widget.cursor == SEARCH_PAGE - 1  # the cursor stays where it was
        await pilot.press("G")
        await settle(app, pilot)
        assert widget.total == 200
        assert "200 matches" in header(app)


async def test_search_for_markup_finds_the_hostile_title_and_shows_it_literally(
    tmp_path: Path,
) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"[/] click")
        await settle(app, pilot)
        assert titles(app) == [HOSTILE_TITLE]
        assert app.is_running


async def test_search_with_no_match_says_so(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"xylophone")
        await settle(app, pilot)
        assert the_list(app).total == 0
        assert any("Nothing in the library matches" in line for line in row_lines(app))


# -- changing articles from the list ----------------------------------------------------------
async def test_tags_are_added_and_removed_with_plus_and_minus(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("number_sign")
        await settle(app, pilot)
        assert isinstance(app.screen, TagDialog)
        await pilot.press(*"+later -news", "enter")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            assert store.get(1).tags == ("later", "local")
        assert any("#later #local" in line for line in row_lines(app))


async def test_star_and_archive_toggle_and_archived_leave_the_reading_list(
    tmp_path: Path,
) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "f")  # the observatory article
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            assert store.get(2).starred
        assert row_lines(app)[2].startswith(" ★ A quiet week")
        await pilot.press("a")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            assert store.get(2).archived
        assert "A quiet week at the observatory" not in titles(app)
        await pilot.press("5")
        assert "A quiet week at the observatory" in titles(app)


async def test_delete_goes_to_the_bin_and_z_undoes_it(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert "Ferries return to the harbour" not in titles(app)
        assert any("Deleted: Ferries" in t and "z undoes" in t for t in notifications(app))
        with open_store(tmp_path) as store:
            assert store.count(Filter(deleted=True)) == 1
        await pilot.press("z")
        await settle(app, pilot)
        assert titles(app)[0] == "Ferries return to the harbour"
        with open_store(tmp_path) as store:
            assert store.count(Filter(deleted=True)) == 0
            assert store.get(1).tags == ("local", "news")  # nothing lost


async def test_refetch_stores_the_page_again(tmp_path: Path, server: Server) -> None:
    url = server.url("/moved")
    server.pages["/moved"] = page_html("Ferries now sail again", "hovercraft timetable")
    old = entry(1, "Ferries return to the harbour", "127.0.0.1", "ferry timetable quay",
                added=day(3, 5), url=url)
    make_library(tmp_path, [old])
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            assert "hovercraft" in store.text(1)
            assert store.get(1).title == "Ferries now sail again"
        assert titles(app) == ["Ferries now sail again"]


# -- reading saved articles -------------------------------------------------------------------
async def test_enter_opens_the_article_offline_where_the_reader_stopped(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        view = app.article_screen.view
        assert view.document.title == "Ferries return to the harbour"  # type: ignore[union-attr]
        assert view.current_text_block == 5
        with open_store(tmp_path) as store:
            assert store.get(1).opened_at > day(3, 6)  # type: ignore[operator]
        # L goes back to the list, and back again; so does Esc.
        await pilot.press("L")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        # With a find active, Esc clears it first.
        await pilot.press("slash", *"paragraph", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.article_screen.find_query == ""


async def test_reading_progress_is_saved_while_scrolling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LibraryApp, "progress_delay", 0.0)
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "down", "down", "enter")  # the zebra article, at block 1
        await settle(app, pilot)
        view = app.article_screen.view
        await pilot.press("j", "j", "j", "j", "j", "j")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            saved = store.get(4)
        assert saved.progress_block == view.current_text_block > 1
        assert saved.progress == pytest.approx(view.percent_read / 100)
        assert 0.1 < saved.progress < 1


async def test_progress_is_saved_on_leaving_the_article(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("L")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            assert store.get(1).progress == 1.0
        assert row_lines(app)[0].endswith("▰▰▰▰▰ 100%")


async def test_star_tag_and_delete_from_the_article(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        await pilot.press("f", "a")
        await settle(app, pilot)
        await pilot.press("number_sign")
        await settle(app, pilot)
        await pilot.press(*"+space", "enter")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            observatory = store.get(2)
        assert observatory.starred and observatory.archived
        assert observatory.tags == ("science", "space")
        await pilot.press("x")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)  # the article went to the bin
        with open_store(tmp_path) as store:
            assert store.get(2).deleted_at is not None
        await pilot.press("z")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            assert store.get(2).deleted_at is None


async def test_highlight_of_a_paragraph_is_kept_and_listed_with_its_article(
    tmp_path: Path,
) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # opens at text block 5
        await settle(app, pilot)
        document = app.article_screen.document
        expected = document.block_texts()[5]  # type: ignore[union-attr]
        await pilot.press("H")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            (kept,) = store.highlights(1)
        assert kept.text == expected and kept.block == 5
        await pilot.press("L")
        await settle(app, pilot)
        await pilot.press("H")
        await settle(app, pilot)
        assert isinstance(app.screen, HighlightsScreen)
        assert [h.text for h in app.screen.highlights] == [expected]
        await pilot.press("enter")  # opens the article at the highlight
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.article_screen.view.current_text_block == 5


# -- a damaged or unusable library ------------------------------------------------------------
async def test_a_damaged_library_is_moved_aside_with_one_notification(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"SQLite format 3\x00" + b"\x07garbage" * 400)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        moved = [t for t in notifications(app) if "moved to" in t]
        assert len(moved) == 1 and "\n" not in moved[0] and "\x07" not in moved[0]
        # The new library is empty: the sample is shown, and the old file is kept.
        assert isinstance(app.screen, ArticleScreen)
        assert app.article_screen.document is not None
    assert list(tmp_path.glob(f"{FILE_NAME}.corrupt-*"))


async def test_a_library_that_cannot_be_opened_is_one_notification_and_the_app_stays_up(
    tmp_path: Path,
) -> None:
    make_library(tmp_path, [])
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # The library file is replaced by a folder: no store can open it.
        app.library.store.close()  # type: ignore[union-attr]
        app.library.store = None
        for path in tmp_path.glob(f"{FILE_NAME}*"):
            path.unlink()
        (tmp_path / FILE_NAME).mkdir()
        await pilot.press("L")
        await settle(app, pilot)
        errors = [t for t in notifications(app) if "not a file" in t]
        assert len(errors) == 1
        assert any("could not be opened" in line for line in row_lines(app))
        assert app.is_running


async def test_a_library_locked_by_another_process_is_one_notification_and_nothing_breaks(
    tmp_path: Path,
) -> None:
    import sqlite3

    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    # The app's store, given a short wait for the lock so the test does not wait 30 s.
    app.library.store = Store.open(tmp_path / FILE_NAME, lock_wait=0.3)
    other = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            assert len(titles(app)) == 4  # reading goes on while another process writes
            other.execute("BEGIN IMMEDIATE")
            await pilot.press("f")
            await settle(app, pilot)
            busy = [t for t in notifications(app) if "busy" in t]
            assert len(busy) == 1 and "\n" not in busy[0]
            assert app.is_running and isinstance(app.screen, LibraryScreen)
            other.execute("ROLLBACK")
            await pilot.press("f")
            await settle(app, pilot)
            assert app.library.store.get(1).starred is False  # type: ignore[union-attr]
    finally:
        other.close()


# -- keys: help, palette and remapping --------------------------------------------------------
async def test_library_keys_are_in_help_and_can_be_remapped(tmp_path: Path) -> None:
    from reader.config import config_path

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('[keys]\nstar = "asterisk"\n"library.down" = "n"\n')
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sections = dict(app.help_sections())
        ids = {binding_id for _k, _d, binding_id in sections["In the library"]}
        assert {"library.search", "library.sort", "library.filter-tag", "star", "delete",
                "undo-delete", "library.open", "library.highlights"} <= ids
        article_ids = {binding_id for _k, _d, binding_id in sections["In the article"]}
        assert {"save", "keep-highlight", "library", "refetch"} <= article_ids
        assert not [t for t in notifications(app) if "Config" in t]
        await pilot.press("n", "asterisk")
        await settle(app, pilot)
        with open_store(tmp_path) as store:
            assert store.get(2).starred


async def test_library_commands_are_in_the_command_palette(tmp_path: Path) -> None:
    make_library(tmp_path)
    app = ReaderApp(data_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        commands = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Search", "Star", "Archive", "Tags", "Delete", "Undo delete", "Sort",
                "Filter by tag", "Show unread", "Open", "Highlights"} <= commands
