"""The library screen: saved articles in a virtualized list, with filters, sort orders,
incremental search with snippets, and the keys to star, archive, tag, re-fetch and delete.

The screen keeps only the view's settings (filter, sort, query); the rows come from the store
a page at a time through :class:`StoreSource`, or from the search hits. Store work that may
wait (opening, searching, every write) runs in the app's worker threads; reading one page of
rows off an index takes about a millisecond, so it is done where the list is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.text import clean_line
from reader.ui.widgets.keys_bar import KeysBar
from reader.ui.widgets.library_list import LibraryList, LibraryRow, ListSource

if TYPE_CHECKING:
    from reader.store import Filter, SearchHit, SortKey, Store
    from reader.ui.app import ReaderApp

# A keystroke ranks this many hits (with snippets); scrolling to the end of them asks for
# more, up to SEARCH_MAX. Snippets cost about a millisecond each at 100,000 articles.
SEARCH_PAGE = 30
SEARCH_MAX = 480

# name → (label, filter arguments); "tag" is added when a tag is chosen.
FILTERS: dict[str, tuple[str, dict[str, object]]] = {
    "all": ("All", {}),
    "unread": ("Unread", {"unread": True}),
    "in-progress": ("In progress", {"in_progress": True}),
    "starred": ("Starred", {"starred": True, "archived": None}),
    "archived": ("Archived", {"archived": True}),
}
# The sort orders offered, in the order `o` steps through them, with their natural direction.
SORTS: tuple[tuple[SortKey, str, bool], ...] = (
    ("added", "newest saved first", True),
    ("published", "newest published first", True),
    ("title", "title A–Z", False),
    ("site", "site A–Z", False),
    ("progress", "most read first", True),
)
REVERSED_LABELS = {
    "added": "oldest saved first",
    "published": "oldest published first",
    "title": "title Z–A",
    "site": "site Z–A",
    "progress": "least read first",
}


@dataclass(frozen=True)
class LibraryView:
    """What the library shows: a filter (or a tag), a sort order, a search query."""

    filter_name: str = "all"
    tag: str | None = None
    sort: SortKey = "added"
    descending: bool = True
    query: str = ""

    def store_filter(self) -> Filter:
        from reader.store import Filter

        if self.filter_name == "tag":
            return Filter(archived=None, tag=self.tag)
        return Filter(**FILTERS[self.filter_name][1])  # type: ignore[arg-type]

    @property
    def filter_label(self) -> str:
        if self.filter_name == "tag":
            return f"#{self.tag}"
        return FILTERS[self.filter_name][0]

    @property
    def sort_label(self) -> str:
        for key, label, natural in SORTS:
            if key == self.sort:
                return label if self.descending == natural else REVERSED_LABELS[key]
        return self.sort


class StoreSource:
    """The rows of a store view, read a page at a time. Pages past the middle are read in
    the opposite order from the other end, so that the last page costs what the first does
    (SQLite walks an OFFSET row by row)."""

    def __init__(self, store: Store, view: LibraryView, total: int) -> None:
        self.store = store
        self.view = view
        self.filter = view.store_filter()
        self._total = total

    @property
    def total(self) -> int:
        return self._total

    def rows(self, offset: int, limit: int) -> Sequence[LibraryRow]:
        view, total = self.view, self._total
        count = max(0, min(limit, total - offset))
        if not count:
            return []
        if offset > total // 2:
            entries = self.store.list(
                self.filter, sort=view.sort, descending=not view.descending,
                limit=count, offset=total - offset - count,
            )
            entries.reverse()
        else:
            entries = self.store.list(
                self.filter, sort=view.sort, descending=view.descending,
                limit=count, offset=offset,
            )
        return [LibraryRow(entry) for entry in entries]


def incremental_query(query: str) -> str:
    """The query as typed so far, its last word searched as a prefix (``ferr`` finds
    "ferry" while it is being typed); a finished word (a space after it), a phrase or a
    one-letter word is searched as it is."""
    last = query.rsplit(None, 1)[-1] if query.strip() else ""
    word = last.split(":", 1)[-1].lstrip("-")
    if query.endswith((" ", '"', "*")) or len(word) < 2 or not word.isalnum() or (
        last in ("AND", "OR")
    ):
        return query
    return query + "*"


def search_rows(hits: Sequence[SearchHit]) -> list[LibraryRow]:
    return [LibraryRow(hit.entry, hit.snippet, hit.matches) for hit in hits]


class LibraryScreen(Screen[None]):
    """The saved articles. ``at_start``: shown by ``reader`` with no argument (an empty
    library then gives way to the sample article)."""

    app: ReaderApp  # type: ignore[assignment]

    DEFAULT_CSS = """
    LibraryScreen { layout: vertical; background: $background; }
    LibraryScreen > #library-header {
        height: 1;
        background: $panel;
        color: $foreground-muted;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    LibraryScreen > #library-search { display: none; margin: 0 1; }
    LibraryScreen.-searching > #library-search { display: block; }
    LibraryScreen > #library-list { height: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="library.open"),
        # Priority: keys typed right after "/" are already queued, and they belong to the
        # search field, not the list (where "t" would open the tag filter).
        Binding("slash", "search", "Search", id="library.search", priority=True),
        Binding("escape", "back", "Clear search / back to the article", id="library.back",
                show=False),
        Binding("L", "close_library", "Back to the article", id="library", show=False),
        Binding("f", "star", "Star", id="star"),
        Binding("a", "archive", "Archive", id="archive"),
        Binding("number_sign", "tags", "Tags", id="tags"),
        Binding("x,delete", "delete", "Delete", id="delete"),
        Binding("z", "undo_delete", "Undo delete", id="undo-delete", show=False),
        Binding("R", "refetch", "Re-fetch", id="refetch", show=False),
        Binding("H", "highlights", "Highlights", id="library.highlights", show=False),
        Binding("o", "sort", "Sort", id="library.sort"),
        Binding("O", "reverse_sort", "Reverse the sort", id="library.sort-direction",
                show=False),
        Binding("1", "filter('all')", "Show all", id="library.filter-all", show=False),
        Binding("2", "filter('unread')", "Show unread", id="library.filter-unread",
                show=False),
        Binding("3", "filter('in-progress')", "Show in progress",
                id="library.filter-in-progress", show=False),
        Binding("4", "filter('starred')", "Show starred", id="library.filter-starred",
                show=False),
        Binding("5", "filter('archived')", "Show archived", id="library.filter-archived",
                show=False),
        Binding("t", "filter_tag", "Filter by tag", id="library.filter-tag"),
    ]

    def __init__(self, *, at_start: bool = False) -> None:
        super().__init__()
        self.at_start = at_start
        self.view = LibraryView()
        self._search_serial = 0
        self._search_limit = SEARCH_PAGE
        self._hits_complete = True
        self._more_pending = False
        self._failed = False
        self._opening = False

    def compose(self) -> ComposeResult:
        yield Static(id="library-header", markup=False)
        yield Input(placeholder="Search titles, sites, tags and text…", id="library-search")
        yield LibraryList(id="library-list")
        yield KeysBar()

    @property
    def library_list(self) -> LibraryList:
        return self.query_one(LibraryList)

    @property
    def search_input(self) -> Input:
        return self.query_one("#library-search", Input)

    def on_mount(self) -> None:
        self.sub_title = "Library"
        self.library_list.show_message("Opening the library…")
        self._show_header()
        self.library_list.focus()

    def on_screen_resume(self) -> None:
        # Every time the library comes back (the first time too): show what changed.
        self.reload()

    # -- loading --------------------------------------------------------------------------------
    def reload(self, *, keep_cursor: bool = True) -> None:
        """Show the current view again from the store (after a change, or a new view)."""
        store = self.app.library.store
        if store is None:
            if not self._opening:
                self._opening = True
                self.app.library_task(self._count_all, self._opened, failed=self._not_opened)
            return
        if self.at_start:
            # The store was opened before this screen: is there anything to show at all?
            try:
                self._opened(self._count_all(store))
            except ReaderError as error:
                self.show_failure(str(error))
            return
        if self.view.query:
            self._search(self.view.query)
            return
        cursor = self.library_list.cursor if keep_cursor else 0
        try:
            total = store.count(self.view.store_filter())
        except ReaderError as error:
            self.show_failure(str(error))
            return
        self._failed = False
        message = "No articles here." if self.view.filter_name != "all" else (
            "The library is empty · open an article and press s to save it"
        )
        self.library_list.set_source(
            _Guarded(self, StoreSource(store, self.view, total)), message=message,
            cursor=cursor,
        )
        self._show_header()

    @staticmethod
    def _count_all(store: Store) -> int:
        from reader.store import Filter

        return store.count(Filter(archived=None))

    def _not_opened(self, message: str) -> None:
        self._opening = False

    def _opened(self, total: int) -> None:
        self._opening = False
        if self.at_start and total == 0:
            self.at_start = False
            self.app.library_empty_at_start(self)
            return
        self.at_start = False
        self.reload(keep_cursor=False)

    def show_failure(self, message: str) -> None:
        self._failed = True
        self.library_list.set_source(ListSource(()), message=clean_line(message)[:300])
        self._show_header()

    def _show_header(self) -> None:
        view = self.view
        total = self.library_list.total
        if view.query:
            found = f"{total} match" + ("" if total == 1 else "es")
            if not self._hits_complete:
                found = f"the best {total} matches"
            text = f"Library · search “{view.query}” · {found} · {view.filter_label}"
        else:
            noun = "article" if total == 1 else "articles"
            text = f"Library · {view.filter_label} · {total:,} {noun} · {view.sort_label}"
        self.query_one("#library-header", Static).update(Content(text))

    # -- search ---------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "/" typed in the search field (or any text field) is text, not a new search.
        return not (action == "search" and isinstance(self.focused, Input))

    def action_search(self) -> None:
        self.add_class("-searching")
        field = self.search_input
        field.value = self.view.query
        # Focus now, not after the queued events (as ``focus()`` would).
        self.set_focus(field)

    @on(Input.Changed, "#library-search")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        query = clean_line(event.value).strip()
        if query == self.view.query:
            return
        self.view = replace(self.view, query=query)
        if query:
            self._search(query)
        else:
            self._search_serial += 1  # a search still running is not shown
            self.reload(keep_cursor=False)

    @on(Input.Submitted, "#library-search")
    def _query_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.library_list.focus()
        if not self.view.query:
            self.remove_class("-searching")

    def _search(self, query: str, limit: int = SEARCH_PAGE, cursor: int = 0) -> None:
        store = self.app.library.store
        if store is None:
            return
        self._search_serial += 1
        self._run_search(
            store, incremental_query(query), self.view.store_filter(), self._search_serial,
            limit, cursor,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-search")
    def _run_search(
        self, store: Store, query: str, flt: Filter, serial: int, limit: int, cursor: int
    ) -> None:
        try:
            hits = store.search(query, limit=limit, filter=flt)
        except ReaderError as error:
            message = str(error)
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self._search_failed, serial, message)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_hits, serial, hits, limit, cursor)

    def _show_hits(self, serial: int, hits: list[SearchHit], limit: int, cursor: int) -> None:
        if serial != self._search_serial:
            return  # a newer keystroke is being searched
        self._search_limit = limit
        self._hits_complete = len(hits) < limit
        self._more_pending = False
        self.library_list.set_source(
            ListSource(search_rows(hits)), snippets=True, cursor=cursor,
            message=f"Nothing in the library matches “{self.view.query}”.",
        )
        self._show_header()

    @on(LibraryList.Highlighted)
    def _near_the_end(self, event: LibraryList.Highlighted) -> None:
        """Scrolling to the last hits of a search asks for more of them."""
        widget = self.library_list
        if (not self.view.query or self._hits_complete or self._more_pending
                or self._search_limit >= SEARCH_MAX or widget.cursor < widget.total - 5):
            return
        self._more_pending = True
        self._search(self.view.query, min(SEARCH_MAX, self._search_limit * 4), widget.cursor)

    def _search_failed(self, serial: int, message: str) -> None:
        if serial == self._search_serial:
            self.library_list.set_source(ListSource(()), message=clean_line(message)[:300])
            self._show_header()

    def clear_search(self) -> None:
        self.remove_class("-searching")
        self.search_input.value = ""
        if self.view.query:
            self._search_serial += 1
            self.view = replace(self.view, query="")
            self.reload(keep_cursor=False)
        self.library_list.focus()

    # -- views ----------------------------------------------------------------------------------
    def action_filter(self, name: str) -> None:
        if name not in FILTERS:
            return
        self.view = replace(self.view, filter_name=name, tag=None)
        self.reload(keep_cursor=False)

    def action_filter_tag(self) -> None:
        from reader.ui.screens.library_dialogs import TagPicker

        def chosen(tag: str | None) -> None:
            if tag:
                self.view = replace(self.view, filter_name="tag", tag=tag)
                self.reload(keep_cursor=False)

        def picked(tags: list[tuple[str, int]]) -> None:
            if not tags:
                self.notify("No article has a tag yet · # tags the one under the cursor")
                return
            self.app.push_screen(TagPicker(tags), chosen)

        self.app.library_task(lambda store: store.tags(), picked)

    def action_sort(self) -> None:
        keys = [key for key, _label, _natural in SORTS]
        index = keys.index(self.view.sort) if self.view.sort in keys else -1
        key, _label, natural = SORTS[(index + 1) % len(SORTS)]
        self.view = replace(self.view, sort=key, descending=natural)
        self.reload(keep_cursor=False)

    def action_reverse_sort(self) -> None:
        self.view = replace(self.view, descending=not self.view.descending)
        self.reload(keep_cursor=False)

    def action_back(self) -> None:
        """Esc: clear the search; without one, go back to the article."""
        if self.view.query or self.has_class("-searching"):
            self.clear_search()
            return
        self.app.close_library()

    def action_close_library(self) -> None:
        self.app.close_library()

    # -- the article under the cursor -----------------------------------------------------------
    def _current(self) -> LibraryRow | None:
        row = self.library_list.current_row
        if row is None:
            self.notify("No article selected.")
        return row

    def action_open(self) -> None:
        self.library_list.action_select()

    @on(LibraryList.Selected)
    def _open(self, event: LibraryList.Selected) -> None:
        event.stop()
        self.app.open_saved(event.row.entry.id)

    def action_star(self) -> None:
        if row := self._current():
            self.app.toggle_star(row.entry.id)

    def action_archive(self) -> None:
        if row := self._current():
            self.app.toggle_archive(row.entry.id)

    def action_tags(self) -> None:
        if row := self._current():
            self.app.edit_tags(row.entry.id)

    def action_delete(self) -> None:
        if row := self._current():
            self.app.delete_saved(row.entry.id)

    def action_undo_delete(self) -> None:
        self.app.undo_delete()

    def action_refetch(self) -> None:
        if row := self._current():
            self.app.refetch_saved(row.entry.id)

    def action_highlights(self) -> None:
        if row := self._current():
            self.app.show_highlights(row.entry.id)


class _Guarded:
    """A row source whose store errors become a message on the screen, not a crash in the
    middle of drawing."""

    def __init__(self, screen: LibraryScreen, source: StoreSource) -> None:
        self.screen = screen
        self.source = source

    @property
    def total(self) -> int:
        return self.source.total

    def rows(self, offset: int, limit: int) -> Sequence[LibraryRow]:
        try:
            return self.source.rows(offset, limit)
        except ReaderError as error:
            self.screen.call_later(self.screen.show_failure, str(error))
            return []
