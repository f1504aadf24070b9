"""The error screen: one clear message about a page that could not be opened, and what to do.

Retry, open something else, go back to the article before, or — when the page had no article —
show the page's whole text instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from reader.ui.screens.dialog import Dialog

if TYPE_CHECKING:
    from reader.fetch import Page
    from reader.ui.app import ReaderApp


class ErrorScreen(Dialog[None]):
    is_error_screen = True
    app: ReaderApp  # type: ignore[assignment]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry", id="error-retry"),
        Binding("o", "app.open", "Open another", id="error-open"),
        Binding("w", "whole_text", "Show the whole text", id="error-whole-text"),
        Binding("escape", "close", "Back", id="error-back"),
    ]

    DEFAULT_CSS = """
    ErrorScreen > #dialog { border: round $error; max-width: 90; border-title-color: $text-error; }
    ErrorScreen #error-message { margin: 1 0; }
    ErrorScreen #error-source { color: $foreground-muted; margin: -1 0 1 0; }
    ErrorScreen #error-buttons { height: auto; }
    ErrorScreen Button { margin-right: 1; min-width: 10; }
    """

    def __init__(
        self,
        message: str,
        *,
        source: str,
        page: Page | None = None,
        can_go_back: bool = False,
        no_article: bool = False,
    ) -> None:
        super().__init__()
        self.message = message
        self.source = source
        self.page = page
        self.can_go_back = can_go_back
        self.no_article = no_article

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = "No article found" if self.no_article else "Could not open"
            yield Static(Content(self.message), id="error-message")
            if self.source not in self.message:
                yield Static(Content(self.source), id="error-source")
            with Horizontal(id="error-buttons"):
                if self.page is not None:
                    yield Button("Show the whole text (w)", id="whole-text", variant="primary")
                yield Button("Retry (r)", id="retry")
                yield Button("Open another (o)", id="open")
                yield Button("Back (Esc)" if self.can_go_back else "Close (Esc)", id="back")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "whole_text":
            return self.page is not None
        return True

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {"whole-text": self.action_whole_text, "retry": self.action_retry,
                   "open": self.app.action_open, "back": self.action_close}
        actions[event.button.id or "back"]()

    def action_retry(self) -> None:
        self.app.retry()

    def action_whole_text(self) -> None:
        if self.page is not None:
            self.app.show_whole_text(self.page)
