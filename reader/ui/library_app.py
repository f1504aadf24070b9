"""The app's side of the library, mixed into ReaderApp: the store, opened lazily in a worker
thread; the library screen; saving the open article, its highlights and its reading
progress; and star, archive, tags, re-fetch and delete (with undo) for the article on screen
and for the one under the library's cursor.

Every store call that writes, or may wait for another process's lock, runs in a worker
thread; its result comes back to the app's thread with ``call_from_thread``. A ReaderError
(a locked or full library, a damaged page) becomes one notification and the app stays up.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.timer import Timer

from reader.errors import ReaderError
from reader.text import clean_line

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.document import Document
    from reader.fetch import Page
    from reader.store import Entry, Highlight, Store
    from reader.ui.article_view import ArticleView
    from reader.ui.screens.library import LibraryScreen

T = TypeVar("T")

LIBRARY_SCREEN = "library"
# Reading progress is written at most this often while the reader scrolls (and always when
# the article is left).
PROGRESS_DELAY = 1.0
MAX_TITLE = 80

# The article screen's library keys (actions on the app, so the screen only lists them). They
# are listed in help and the palette; the footer keeps its room for the reading keys.
ARTICLE_LIBRARY_BINDINGS: list[BindingType] = [
    Binding("s", "app.save_article", "Save to the library", id="save", show=False),
    Binding("L", "app.show_library", "Library", id="library", show=False),
    Binding("H", "app.keep_highlight", "Keep a highlight (quotation or paragraph)",
            id="keep-highlight", show=False),
    Binding("f", "app.star_article", "Star", id="star", show=False),
    Binding("a", "app.archive_article", "Archive", id="archive", show=False),
    Binding("number_sign", "app.tag_article", "Tags", id="tags", show=False),
    Binding("R", "app.refetch_article", "Re-fetch into the library", id="refetch",
            show=False),
    Binding("x,delete", "app.delete_article", "Delete from the library", id="delete",
            show=False),
    Binding("z", "app.undo_delete", "Undo delete", id="undo-delete", show=False),
]


def short_title(title: str) -> str:
    title = clean_line(title) or "untitled"
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…"


@dataclass
class LibraryState:
    """What the app keeps about the library between screens."""

    store: Store | None = None
    open_lock: threading.Lock = field(default_factory=threading.Lock)
    # id(document) → (document, article id): which shown documents are saved articles. The
    # document is kept so its id() cannot be reused by another object.
    saved: dict[int, tuple[Document, int]] = field(default_factory=dict)
    # (article id, fraction, text block) not yet written, and the timer that writes it.
    pending: tuple[int, float, int] | None = None
    timer: Timer | None = None
    deleted: list[tuple[int, str]] = field(default_factory=list)


class LibraryApp:
    """Mixed into ReaderApp (before ``App``); see the module docstring."""

    progress_delay: ClassVar[float] = PROGRESS_DELAY

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.library = LibraryState()
        super().__init__(*args, **kwargs)

    # -- the store ------------------------------------------------------------------------------
    def library_task(
        self,
        work: Callable[[Store], T],
        done: Callable[[T], object] | None = None,
        *,
        failed: Callable[[str], object] | None = None,
    ) -> None:
        """Run ``work(store)`` in a worker thread (opening the store first if need be), then
        ``done(result)`` in the app's thread. A ReaderError is shown as a notification."""
        app: Any = self

        def run() -> None:
            try:
                result = work(self._store_in_thread())
            except ReaderError as error:
                self._call_main(self._library_failed, str(error), failed)
                return
            if done is not None:
                self._call_main(done, result)

        app.run_worker(run, thread=True, group="library", name="library", exit_on_error=False)

    def _call_main(self, callback: Callable[..., object], *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            self.call_from_thread(callback, *args)  # type: ignore[attr-defined]

    def _store_in_thread(self) -> Store:
        state = self.library
        with state.open_lock:
            if state.store is None:
                from reader.store import Store

                store = Store.open_default(self.data_dir)  # type: ignore[attr-defined]
                state.store = store
                for notice in store.notices:
                    self._call_main(self._notify_line, notice, "warning")
            return state.store

    def _notify_line(self, text: str, severity: str = "information") -> None:
        app: Any = self
        app.notify(Content(clean_line(text)[:500]), severity=severity, timeout=10)

    def _library_failed(self, message: str, failed: Callable[[str], object] | None) -> None:
        self._notify_line(message, "error")
        screen = self.library_screen
        if screen is not None and self.library.store is None:
            screen.show_failure(f"The library could not be opened: {message}")
        if failed is not None:
            failed(message)

    # -- the library screen ---------------------------------------------------------------------
    @property
    def library_screen(self) -> LibraryScreen | None:
        app: Any = self
        if app.is_screen_installed(LIBRARY_SCREEN):
            return app.get_screen(LIBRARY_SCREEN)
        return None

    def open_library_or_sample(self) -> None:
        """``reader`` with no argument: the library, or the sample article while there is
        no library yet."""
        from reader.store import FILE_NAME

        app: Any = self
        if (app.data_dir / FILE_NAME).exists():
            # Open (and check) the file while the screens are built...
            self.library_task(lambda store: None)
            # ...and show the library once the article screen is pushed (on_mount is
            # still running).
            app.call_later(self.show_library, True)
        else:
            app.open_sample()

    def show_library(self, at_start: bool = False) -> None:
        from reader.ui.screens.library import LibraryScreen

        app: Any = self
        self.flush_progress()
        screen = self.library_screen
        if screen is None:
            screen = LibraryScreen(at_start=at_start)
            app.install_screen(screen, LIBRARY_SCREEN)
        if screen in app.screen_stack:
            while app.screen is not screen and len(app.screen_stack) > 1:
                app.pop_screen()
            return
        app.push_screen(screen)

    def action_show_library(self) -> None:
        self.show_library()

    def close_library(self) -> None:
        """Back from the library to the article under it."""
        app: Any = self
        if app.screen is not self.library_screen:
            return
        if not app.history and app._loading is None:
            app.notify("No article is open · Enter opens the one under the cursor")
            return
        app.pop_screen()

    def library_empty_at_start(self, screen: LibraryScreen) -> None:
        app: Any = self
        if app.screen is screen:
            app.pop_screen()
        app.open_sample()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The library's keys in the command palette while the library is shown."""
        from reader.ui.app import _runner, _unique
        from reader.ui.screens.library import LibraryScreen
        from reader.ui.widgets.library_list import LibraryList

        app: Any = self
        if isinstance(screen, LibraryScreen):
            for node, bindings in ((screen, LibraryScreen.BINDINGS),
                                   (screen.library_list, LibraryList.BINDINGS)):
                for binding in _unique(bindings):
                    yield SystemCommand(
                        binding.description,
                        f"{app.keys_of(binding)} · {binding.id}",
                        _runner(app, node, binding.action),
                    )
        yield from super().get_system_commands(screen)  # type: ignore[misc]

    def on_reader_app_document_shown(self, message: Any) -> None:
        # A page opened from the library (ctrl+o, back, forward) is shown above it.
        app: Any = self
        if app.screen is self.library_screen:
            app.pop_screen()

    def _library_changed(self) -> None:
        app: Any = self
        screen = self.library_screen
        if screen is not None and app.screen is screen:
            screen.reload()

    # -- opening a saved article ----------------------------------------------------------------
    def open_saved(self, article_id: int, block: int | None = None) -> None:
        """Open a saved article offline, where the reader stopped (or at ``block``)."""

        def work(store: Store) -> tuple[Entry, Document]:
            entry = store.get(article_id)
            document = store.document(article_id)
            store.mark_opened(article_id)
            return entry, document

        self.library_task(work, lambda result: self._show_saved(*result, block=block))

    def _show_saved(self, entry: Entry, document: Document, block: int | None) -> None:
        from reader.ui.app import Loaded, LoadRequest

        app: Any = self
        self.flush_progress()
        app.cancel_loading()
        if app.screen is self.library_screen:
            app.pop_screen()
        label = entry.title or entry.display_url
        # The page is in the library; the history entry needs no copy of it.
        app._show_loaded(Loaded(LoadRequest(entry.url, label), document, None))
        self._remember_saved(document, entry.id)
        start = block if block is not None else entry.progress_block
        if start:
            app.article_screen.view.jump_to_text_block(start)

    def _remember_saved(self, document: Document, article_id: int) -> None:
        saved = self.library.saved
        # Only documents still in the history can be shown again: forget the others.
        kept = {id(entry.document) for entry in getattr(self, "history", ())}
        for key in [key for key in saved if key not in kept]:
            del saved[key]
        saved[id(document)] = (document, article_id)

    def opened_from_library(self, document: Document | None) -> bool:
        """Whether ``document`` is a saved article and the library has been shown."""
        return self.library_screen is not None and self.saved_id(document) is not None

    def saved_id(self, document: Document | None) -> int | None:
        found = self.library.saved.get(id(document)) if document is not None else None
        return found[1] if found and found[0] is document else None

    # -- reading progress -----------------------------------------------------------------------
    def on_article_view_position_changed(self, event: ArticleView.PositionChanged) -> None:
        view: Any = event._sender
        article_id = self.saved_id(getattr(view, "document", None))
        if article_id is None:
            return
        state = self.library
        if state.pending is not None and state.pending[0] != article_id:
            self.flush_progress()
        state.pending = (article_id, event.percent / 100, event.block)
        if self.progress_delay <= 0:
            self.flush_progress()
        elif state.timer is None:
            state.timer = self.set_timer(  # type: ignore[attr-defined]
                self.progress_delay, self.flush_progress
            )

    def flush_progress(self) -> None:
        """Write the reading position not yet saved (in a worker thread)."""
        state = self.library
        if state.timer is not None:
            state.timer.stop()
            state.timer = None
        pending, state.pending = state.pending, None
        if pending is None:
            return
        article_id, fraction, block = pending

        def work(store: Store) -> None:
            store.set_progress(article_id, fraction, block)

        self.library_task(work, lambda _none: self._library_changed())

    def on_unmount(self) -> None:
        # Leaving the app leaves the article: its place is written now, in this thread.
        state = self.library
        pending, state.pending = state.pending, None
        store = state.store
        if store is None:
            return
        if pending is not None:
            with contextlib.suppress(ReaderError):
                store.set_progress(*pending)
        with contextlib.suppress(Exception):
            store.close()

    # -- the article on screen ------------------------------------------------------------------
    def _shown(self) -> tuple[Any, int | None] | None:
        app: Any = self
        if not app.history:
            app.notify("No article is open.")
            return None
        entry = app.history[app.history_index]
        return entry, self.saved_id(entry.document)

    def _with_saved_article(self, then: Callable[[int], object], *, save: bool = True) -> None:
        """Call ``then(article id)`` for the article on screen, saving it first if it is
        not in the library yet (when ``save``)."""
        app: Any = self
        shown = self._shown()
        if shown is None:
            return
        entry, article_id = shown
        if article_id is not None:
            then(article_id)
            return
        if not save:
            app.notify("This article is not in the library · s saves it")
            return
        if entry.page is None:
            app.notify("This article cannot be saved: it has no page.", severity="warning")
            return
        self._save_open_article(entry.page, entry.document, then)

    def action_save_article(self) -> None:
        app: Any = self
        shown = self._shown()
        if shown is None:
            return
        entry, article_id = shown
        if article_id is not None and entry.page is None:
            app.notify("This article is in the library.")
            return
        if entry.page is None:
            app.notify("This article cannot be saved: it has no page.", severity="warning")
            return
        self._save_open_article(entry.page, entry.document)

    def _save_open_article(
        self, page: Page, document: Document, then: Callable[[int], None] | None = None
    ) -> None:
        def work(store: Store) -> int:
            article_id = store.save(page, document)
            store.mark_opened(article_id)  # it is being read right now: not "unread"
            return article_id

        def saved(new_id: int) -> None:
            self._remember_saved(document, new_id)
            self._notify_line(f"Saved to the library: {short_title(document.title)}")
            self._library_changed()
            if then is not None:
                then(new_id)

        self.library_task(work, saved)

    def action_keep_highlight(self) -> None:
        """Keep the quotation in view (the last one jumped to), else the paragraph at the
        top of the view."""
        app: Any = self
        view = app.article_screen.view
        document = view.document
        if document is None:
            app.notify("No article is open.")
            return
        passage = current_passage(view, document)
        if passage is None:
            app.notify("Nothing to highlight here.")
            return
        text, block, start, end = passage

        def keep(article_id: int) -> None:
            def work(store: Store) -> Highlight:
                return store.add_highlight(article_id, text, block, start, end)

            def kept(highlight: Highlight) -> None:
                words = " ".join(highlight.text.split())
                self._notify_line(f"Highlight kept: “{short_title(words)}”")

            self.library_task(work, kept)

        self._with_saved_article(keep)

    def action_star_article(self) -> None:
        self._with_saved_article(self.toggle_star)

    def action_archive_article(self) -> None:
        self._with_saved_article(self.toggle_archive)

    def action_tag_article(self) -> None:
        self._with_saved_article(self.edit_tags)

    def action_refetch_article(self) -> None:
        self._with_saved_article(self.refetch_saved, save=False)

    def action_delete_article(self) -> None:
        self._with_saved_article(self.delete_saved, save=False)

    def action_undo_delete(self) -> None:
        self.undo_delete()

    # -- changes to one article (from the list or the article) ----------------------------------
    def toggle_star(self, article_id: int) -> None:
        self._toggle(article_id, "starred", ("Starred", "Unstarred"))

    def toggle_archive(self, article_id: int) -> None:
        self._toggle(article_id, "archived", ("Archived", "Back in the reading list"))

    def _toggle(self, article_id: int, flag: str, words: tuple[str, str]) -> None:
        """Flip an article's ``starred`` or ``archived`` flag, then say so in one line."""

        def work(store: Store) -> Entry:
            set_flag = getattr(store, f"set_{flag}")
            set_flag(article_id, not getattr(store.get(article_id), flag))
            return store.get(article_id)

        def done(entry: Entry) -> None:
            word = words[0] if getattr(entry, flag) else words[1]
            self._notify_line(f"{word}: {short_title(entry.title)}")
            self._library_changed()

        self.library_task(work, done)

    def edit_tags(self, article_id: int) -> None:
        from reader.ui.screens.library_dialogs import TagDialog, parse_tag_changes

        app: Any = self

        def apply(text: str | None) -> None:
            if not text:
                return
            add, remove = parse_tag_changes(text)

            def work(store: Store) -> tuple[str, ...]:
                tags = store.get(article_id).tags
                if add:
                    tags = store.add_tags(article_id, add)
                if remove:
                    tags = store.remove_tags(article_id, remove)
                return tags

            def done(tags: tuple[str, ...]) -> None:
                shown = " ".join(f"#{t}" for t in tags) or "none"
                self._notify_line(f"Tags: {shown}")
                self._library_changed()

            self.library_task(work, done)

        def ask(entry: Entry) -> None:
            app.push_screen(TagDialog(short_title(entry.title), entry.tags), apply)

        self.library_task(lambda store: store.get(article_id), ask)

    def refetch_saved(self, article_id: int) -> None:
        """Fetch the article's page again and store it (a worker: the network may wait)."""
        app: Any = self

        def work(store: Store) -> tuple[Entry, Any, Document]:
            from reader.fetch import fetch_page
            from reader.pipeline import read_page

            entry = store.get(article_id)
            page = fetch_page(entry.url)
            document = read_page(page)
            store.set_page(article_id, page, document)
            return store.get(article_id), page, document

        def done(result: tuple[Entry, Any, Document]) -> None:
            from reader.ui.app import Loaded, LoadRequest
            from reader.ui.screens.article import ArticleScreen

            entry, page, document = result
            self._notify_line(f"Re-fetched: {short_title(entry.title)}")
            shown = app.history[app.history_index] if app.history else None
            if (shown is not None and self.saved_id(shown.document) == article_id
                    and isinstance(app.screen, ArticleScreen)):
                label = entry.title or entry.display_url
                app._show_loaded(Loaded(LoadRequest(entry.url, label, replace=True),
                                        document, page))
                self._remember_saved(document, article_id)
            self._library_changed()

        app.notify("Re-fetching…")
        self.library_task(work, done)

    def delete_saved(self, article_id: int) -> None:
        app: Any = self

        def work(store: Store) -> Entry:
            store.delete(article_id)
            return store.get(article_id)

        def done(entry: Entry) -> None:
            self.library.deleted.append((article_id, entry.title))
            keys = app.keys_of(_binding("undo-delete"))
            self._notify_line(f"Deleted: {short_title(entry.title)} · {keys} undoes")
            shown = app.history[app.history_index] if app.history else None
            if shown is not None and self.saved_id(shown.document) == article_id:
                # The article on screen went to the bin: back to the list.
                self.library.saved.pop(id(shown.document), None)
                if app.screen is not self.library_screen:
                    self.show_library()
            self._library_changed()

        self.library_task(work, done)

    def undo_delete(self) -> None:
        app: Any = self
        if not self.library.deleted:
            app.notify("Nothing to undo.")
            return
        article_id, title = self.library.deleted.pop()

        def done(_none: None) -> None:
            self._notify_line(f"Restored: {short_title(title)}")
            self._library_changed()

        self.library_task(lambda store: store.restore(article_id), done)

    def show_highlights(self, article_id: int) -> None:
        from reader.ui.screens.library_dialogs import HighlightsScreen

        app: Any = self

        def show(result: tuple[Entry, list[Highlight]]) -> None:
            entry, highlights = result
            if not highlights:
                app.notify("No highlights kept from this article yet.")
                return

            def chosen(block: int | None) -> None:
                if block is not None:
                    self.open_saved(article_id, block=block)

            app.push_screen(HighlightsScreen(short_title(entry.title), highlights), chosen)

        self.library_task(
            lambda store: (store.get(article_id), store.highlights(article_id)), show
        )


def current_passage(view: Any, document: Document) -> tuple[str, int, int, int] | None:
    """(text, text block, start, end) of what to highlight: the quotation last jumped to
    while it is in view, else the text block at the top of the view."""
    quote = view.shown_quote
    if quote is not None and quote.text.strip():
        end = quote.end[1] if quote.end[0] == quote.start[0] else None
        return quote.text, quote.start[0], quote.start[1], end
    texts = document.block_texts()
    if not texts:
        return None
    block = max(0, min(view.current_text_block, len(texts) - 1))
    text = texts[block]
    if not text.strip():
        return None
    return text, block, 0, len(text)


def _binding(binding_id: str) -> Binding:
    for binding in ARTICLE_LIBRARY_BINDINGS:
        if isinstance(binding, Binding) and binding.id == binding_id:
            return binding
    raise LookupError(binding_id)


def library_bindings() -> list[BindingType]:
    """The library screen's and list's keys, for help and for checking the config."""
    from reader.ui.screens.library import LibraryScreen
    from reader.ui.widgets.library_list import LibraryList

    return [*LibraryList.BINDINGS, *LibraryScreen.BINDINGS]
