"""ReaderApp: opens sources in a worker, keeps the history between articles, and owns the
app-wide keys (open, back/forward, theme, help, quit).

Start-up imports only what the article screen needs; the pipeline (httpx, lxml, readability)
is imported by the loading worker (for ``reader FILE``, by the read-ahead thread of
``reader.ui.prefetch``), and dialogs when they are first opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from reader.config import Settings, remember
from reader.errors import ReaderError
from reader.text import clean_line
from reader.ui.library_app import LibraryApp
from reader.ui.loading import (
    PageWithoutArticle,
    fetch_with_progress,
    read_page_or_explain,
    whole_text_document,
)
from reader.ui.screens.article import ArticleScreen

if TYPE_CHECKING:
    from reader.document import Document
    from reader.fetch import Page
    from reader.ui.prefetch import ReadAhead

SAMPLE_LABEL = "the sample article"


def sample_path() -> Path:
    """The bundled sample article (a saved page, read offline)."""
    return Path(__file__).resolve().parent.parent / "samples" / "sample.html"


def normalize_source(text: str) -> str:
    """What the user typed in the open dialog, as a source the pipeline understands:
    a URL, an existing file, or a bare host name ("example.com/news" → https://…)."""
    text = clean_line(text)
    if re.match(r"(?i)^(https?|file)://", text) or text == "-":
        return text
    path = Path(text).expanduser()
    if path.exists():
        return str(path.resolve())
    if re.match(r"^[\w-]+(\.[\w-]+)+(:\d+)?(/\S*)?$", text):
        return "https://" + text
    return str(path)


@dataclass
class HistoryEntry:
    """An article in the back/forward history, kept whole so going back is instant."""

    source: str | None
    label: str
    document: Document
    page: Page | None = None
    block: int = 0


@dataclass(frozen=True)
class LoadRequest:
    """One thing to open: a source to fetch, or a page already read (stdin, whole text)."""

    source: str | None
    label: str
    page: Page | None = None
    whole_text: bool = False
    replace: bool = False  # reloading: replace the current history entry, keep the place
    token: int = 0


@dataclass(frozen=True)
class Loaded:
    request: LoadRequest
    document: Document
    page: Page | None


class LoadProgress(Message):
    """Posted by the loading thread: a stage, and bytes received so far."""

    def __init__(self, token: int, stage: str, received: int = 0, total: int | None = None):
        super().__init__()
        self.token = token
        self.stage = stage
        self.received = received
        self.total = total


class ReaderApp(LibraryApp, App[None]):
    """The reading app. ``source`` is a URL or a file; ``page`` a page read before start-up
    (stdin). With neither, it opens the library, or the bundled sample article while the
    library is empty."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "reader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("ctrl+q", "quit", "Quit", id="quit-now", show=False, priority=True),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("ctrl+o,colon", "open", "Open", id="open"),
        Binding("left_square_bracket,alt+left,backspace", "back", "Back", id="back", show=False),
        Binding("right_square_bracket,alt+right", "forward", "Forward", id="forward",
                show=False),
        Binding("T", "pick_theme", "Theme", id="theme", show=False),
    ]

    class DocumentShown(Message):
        """A document was put on screen (after loading, back or forward)."""

    def __init__(
        self,
        source: str | None = None,
        *,
        page: Page | None = None,
        settings: Settings | None = None,
        theme: str | None = None,
        data_dir: Path | None = None,
        prefetch: ReadAhead | None = None,
    ) -> None:
        super().__init__()
        from reader.config import data_dir as default_data_dir
        from reader.config import load_settings

        self.settings = settings if settings is not None else load_settings()
        self.start_source = source
        self.start_page = page
        # A child process already reading the start file (``reader FILE``), if any.
        self._prefetch = prefetch
        self.data_dir = data_dir or default_data_dir()
        self.history: list[HistoryEntry] = []
        self.history_index = -1
        self._token = 0
        self._loading: tuple[Worker[Loaded], LoadRequest] | None = None
        self._last_failed: LoadRequest | None = None
        self._problems = list(self.settings.problems)
        self._prefetching: ReadAhead | None = None
        chosen = theme or self.settings.theme
        if chosen:
            if chosen in self.available_themes:
                self.theme = chosen
            else:
                self._problems.append(f"theme {chosen!r} is not a known theme")

    def get_driver_class(self) -> type[Any]:
        driver = super().get_driver_class()
        from textual.drivers.linux_driver import LinuxDriver

        if driver is LinuxDriver:  # not when tests or the web pick another driver
            from reader.ui.driver import QuickExitDriver

            return QuickExitDriver
        return driver

    # -- start ------------------------------------------------------------------------------
    async def on_mount(self) -> None:
        keymap = self.settings.keymap
        if keymap:  # checking ids imports every dialog: only when there is something to check
            known = {b.id for b in all_bindings() if b.id}
            for binding_id in keymap:
                if binding_id not in known:
                    self._problems.append(f"keys.{binding_id}: there is no key with that id")
            self.set_keymap({k: v for k, v in keymap.items() if k in known})
        screen = ArticleScreen(measure=self.settings.measure,
                               full_width=self.settings.full_width)
        prefetch = self._prefetch
        if prefetch is not None and prefetch.ready and self.start_source == prefetch.source:
            # The file read ahead is already there: the first paint shows it, without a
            # worker's round trip and a paint of the empty screen first.
            self._prefetch = None
            await self.push_screen(screen)
            read = prefetch.result()
            if read is not None:
                self._token += 1
                request = LoadRequest(prefetch.source, prefetch.source, token=self._token)
                self._show_loaded(Loaded(request, *read))
            else:
                self.show_start()
        else:
            # Start reading the page first, so the pipeline's imports and the fetch
            # overlap with building the screen.
            self.show_start()
            await self.push_screen(screen)
        if self._loading is not None:
            self.article_screen.loading_bar.start(display_source(self._loading[1].label))
        for problem in self._problems:
            self.notify(Content(f"Config: {problem}"), severity="warning", timeout=8)
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def show_start(self) -> None:
        """What ``reader`` shows: the source it was given, or the start view."""
        if self.start_page is not None:
            self.load(LoadRequest(None, "standard input", page=self.start_page))
        elif self.start_source is not None:
            self.open_source(self.start_source)
        else:
            self.open_library_or_sample()

    def open_sample(self) -> None:
        self.load(LoadRequest(str(sample_path()), SAMPLE_LABEL))

    def on_unmount(self) -> None:
        # A child still reading the start file is not waited for.
        for prefetch in (self._prefetch, self._prefetching):
            if prefetch is not None:
                prefetch.stop()
        # (LibraryApp.on_unmount runs too: Textual calls the handler of every class.)

    @property
    def article_screen(self) -> ArticleScreen:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ArticleScreen):
                return screen
        raise LookupError("the article screen is not open")

    def _article_screen_or_none(self) -> ArticleScreen | None:
        try:
            return self.article_screen
        except LookupError:
            return None

    # -- loading ----------------------------------------------------------------------------
    def open_source(self, source: str, label: str | None = None) -> None:
        """Fetch and show a URL or a file."""
        self.load(LoadRequest(source, label or source))

    def load(self, request: LoadRequest) -> None:
        self._token += 1
        request = replace(request, token=self._token)
        prefetch, self._prefetch = self._prefetch, None
        if prefetch is not None and (request.page is not None or request.whole_text
                                     or request.source != prefetch.source):
            prefetch.stop()
            prefetch = None
        worker = self._load(request, prefetch)
        self._loading = (worker, request)
        self._close_error_screen()
        screen = self._article_screen_or_none()
        if screen is not None:
            screen.loading_bar.start(display_source(request.label))

    def reload(self) -> None:
        if not self.history:
            return
        entry = self.history[self.history_index]
        if entry.source is None:
            self.notify("This article came from standard input and cannot be reloaded.")
            return
        self.load(LoadRequest(entry.source, entry.label, replace=True))

    def cancel_loading(self) -> bool:
        """Stop the page being loaded; False when nothing is loading."""
        if self._loading is None:
            return False
        worker, _request = self._loading
        self._loading = None
        worker.cancel()
        if self._prefetching is not None:
            self._prefetching.stop()  # a read-ahead child process is ended, not waited for
        screen = self._article_screen_or_none()
        if screen is not None:
            screen.loading_bar.stop()
        self.notify("Loading cancelled.")
        return True

    @work(thread=True, exclusive=True, exit_on_error=False, group="load", name="load")
    def _load(self, request: LoadRequest, prefetch: ReadAhead | None = None) -> Loaded:
        worker = get_current_worker()
        if prefetch is not None:
            self._prefetching = prefetch
            try:
                read = prefetch.result()
            finally:
                self._prefetching = None
            if read is not None:
                return Loaded(request, *read)

        def cancelled() -> bool:
            return worker.is_cancelled

        def progress(received: int, total: int | None) -> None:
            self.post_message(LoadProgress(request.token, "Fetching", received, total))

        page = request.page
        if page is None:
            assert request.source is not None
            page = fetch_with_progress(request.source, progress, cancelled)
        if worker.is_cancelled:
            raise ReaderError("Loading cancelled")
        self.post_message(LoadProgress(request.token, "Reading the article"))
        if request.whole_text:
            return Loaded(request, whole_text_document(page), page)
        return Loaded(request, read_page_or_explain(page), page)

    def on_load_progress(self, message: LoadProgress) -> None:
        if self._loading is None or message.token != self._loading[1].token:
            return
        screen = self._article_screen_or_none()
        if screen is None:
            return
        bar = screen.loading_bar
        if message.stage == "Fetching":
            bar.progress("Fetching", message.received, message.total)
        else:
            bar.stage(message.stage)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place where a finished worker becomes a document or a message."""
        worker = event.worker
        if event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        if worker.name != "load":
            if event.state == WorkerState.ERROR:
                self.notify(Content(describe_error(worker.error)), severity="error")
            return
        if self._loading is None or self._loading[0] is not worker:
            return  # cancelled or replaced by a newer request
        _worker, request = self._loading
        self._loading = None
        self.article_screen.loading_bar.stop()
        if event.state == WorkerState.SUCCESS:
            self._show_loaded(worker.result)
        else:
            self.show_error(worker.error, request)

    def _show_loaded(self, loaded: Loaded | None) -> None:
        if loaded is None:
            return
        request = loaded.request
        screen = self.article_screen
        entry = HistoryEntry(request.source, request.label, loaded.document, loaded.page)
        block: int | None = None
        if self.history:
            current = self.history[self.history_index]
            if request.replace:
                block = screen.view.current_text_block
                entry.block = block
                self.history[self.history_index] = entry
            else:
                current.block = screen.view.current_text_block
                del self.history[self.history_index + 1 :]
        if not (self.history and request.replace):
            self.history.append(entry)
            self.history_index = len(self.history) - 1
        screen.show_document(loaded.document, block)
        self._close_error_screen()
        if request.source and request.source != str(sample_path()):
            self._remember_recent(request.source)
        self.post_message(self.DocumentShown())

    def _remember_recent(self, source: str) -> None:
        from reader.ui.screens.open_source import add_recent

        try:
            add_recent(self.data_dir, source)
        except OSError as error:
            self.log.warning(f"could not save the recent sources: {error}")

    # -- errors -----------------------------------------------------------------------------
    def show_error(self, error: BaseException | None, request: LoadRequest) -> None:
        from reader.ui.screens.error import ErrorScreen

        self._last_failed = request
        page = error.page if isinstance(error, PageWithoutArticle) else None
        if not isinstance(error, ReaderError):
            self.log.error(f"unexpected error while loading {request.label!r}: {error!r}")
        self._close_error_screen()
        self.push_screen(
            ErrorScreen(
                describe_error(error),
                source=display_source(request.label),
                page=page,
                can_go_back=bool(self.history),
                no_article=page is not None,
            )
        )

    def _close_error_screen(self) -> None:
        # Checked by a flag, so that start-up does not import the error screen.
        while getattr(self.screen, "is_error_screen", False):
            self.pop_screen()

    def retry(self) -> None:
        if self._last_failed is not None:
            self.load(self._last_failed)

    def show_whole_text(self, page: Page) -> None:
        self.load(LoadRequest(None, f"the whole text of {page.final_url or page.url}",
                              page=page, whole_text=True))

    # -- links ------------------------------------------------------------------------------
    def follow_link_number(self, number: int, how: str) -> None:
        """Open link ``number`` of the article: ``read`` in the reader, ``browser`` in the web
        browser, ``copy`` to the clipboard. Only http(s) links are followed."""
        from reader.urls import UnsafeURLError, safe_http_url

        if not self.history:
            return
        document = self.history[self.history_index].document
        link = next((link for link in document.links if link.number == number), None)
        if link is None:
            return
        try:
            url = safe_http_url(link.url)
        except UnsafeURLError as error:
            self.notify(Content(str(error)), severity="warning")
            return
        if how == "browser":
            self.open_url(url)
            self.notify(Content(f"Opened in the browser: {url}"))
        elif how == "copy":
            self.copy_to_clipboard(url)
            self.notify(Content(f"Copied: {url}"))
        else:
            self.open_source(url)

    # -- app-wide actions -------------------------------------------------------------------
    def action_open(self) -> None:
        from reader.ui.screens.open_source import OpenScreen, load_recent

        def chosen(text: str | None) -> None:
            if text:
                self.open_source(normalize_source(text))

        self.push_screen(OpenScreen(load_recent(self.data_dir)), chosen)

    def action_back(self) -> None:
        self._go(-1)

    def action_forward(self) -> None:
        self._go(+1)

    def _go(self, step: int) -> None:
        target = self.history_index + step
        if not 0 <= target < len(self.history):
            self.notify("No earlier article." if step < 0 else "No later article.")
            return
        self.cancel_loading()
        self._close_error_screen()
        screen = self.article_screen
        self.history[self.history_index].block = screen.view.current_text_block
        self.history_index = target
        entry = self.history[target]
        screen.show_document(entry.document, entry.block)
        self.post_message(self.DocumentShown())

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def action_pick_theme(self) -> None:
        self.search_themes()

    def _theme_changed(self, theme: Any) -> None:
        try:
            remember(theme=theme.name)
        except ReaderError as error:
            self.notify(Content(str(error)), severity="warning")

    # -- help and command palette -----------------------------------------------------------
    def help_sections(self) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """Every key, grouped: (section, [(keys, description, binding id)])."""
        from reader.ui.article_view import ArticleView
        from reader.ui.library_app import library_bindings
        from reader.ui.screens.dialog import dialog_bindings

        groups: list[tuple[str, Iterable[BindingType]]] = [
            ("Moving", ArticleView.BINDINGS),
            ("In the article", ArticleScreen.BINDINGS),
            ("Everywhere", ReaderApp.BINDINGS),
            ("In lists and dialogs", dialog_bindings()),
            ("In the library", library_bindings()),
        ]
        sections = []
        for title, bindings in groups:
            rows = [
                (self.keys_of(binding), binding.description or binding.action, binding.id or "")
                for binding in _unique(bindings)
            ]
            sections.append((title, rows))
        sections.append(("Command palette", [("ctrl+p", "Search every command", "")]))
        return sections

    def keys_of(self, binding: Binding) -> str:
        """The keys of a binding as shown to the user, after remapping from the config."""
        keys = self._keymap.get(binding.id, binding.key) if binding.id else binding.key
        shown = []
        for key in keys.split(","):
            key = key.strip()
            if key:
                shown.append(self.get_key_display(Binding(key, "")))
        return " ".join(shown)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        targets: list[tuple[Any, Iterable[BindingType]]] = [(self, ReaderApp.BINDINGS)]
        if isinstance(screen, ArticleScreen):
            targets = [(screen, ArticleScreen.BINDINGS), (screen.view, screen.view.BINDINGS),
                       *targets]
        for node, bindings in targets:
            for binding in _unique(bindings):
                if binding.action in ("quit", "pick_theme") or not binding.description:
                    continue  # the palette has its own Quit and Theme
                yield SystemCommand(
                    binding.description,
                    f"{self.keys_of(binding)} · {binding.id}",
                    _runner(self, node, binding.action),
                )


def _runner(app: App[Any], node: Any, action: str) -> Callable[[], Any]:
    async def run() -> None:
        await app.run_action(action, node)

    return run


def _unique(bindings: Iterable[BindingType]) -> Iterator[Binding]:
    """Bindings once each (by id), as written in BINDINGS."""
    seen: set[str] = set()
    for binding in bindings:
        if not isinstance(binding, Binding):
            binding = Binding(*binding)
        key = binding.id or binding.action
        if key in seen:
            continue
        seen.add(key)
        yield binding


def all_bindings() -> list[Binding]:
    """Every binding of the app, for checking the config's [keys] table."""
    from reader.ui.article_view import ArticleView
    from reader.ui.library_app import library_bindings
    from reader.ui.screens.dialog import dialog_bindings

    return list(_unique([*ReaderApp.BINDINGS, *ArticleScreen.BINDINGS, *ArticleView.BINDINGS,
                         *library_bindings(), *dialog_bindings()]))


def display_source(source: str) -> str:
    return clean_line(source)[:200]


def describe_error(error: BaseException | None) -> str:
    """One line for the user: a ReaderError says it itself; anything else is a bug."""
    if isinstance(error, ReaderError):
        return str(error)
    if error is None:
        return "Something went wrong."
    return clean_line(f"Unexpected error ({type(error).__name__}): {error}")[:500]

