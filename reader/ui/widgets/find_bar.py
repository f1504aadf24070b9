"""The find bar: an input at the foot of the article, opened with ``/``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class FindInput(Input):
    takes_text = True  # the article screen's "/" leaves it alone
    BINDINGS = [Binding("escape", "cancel", "Cancel find", id="find-cancel", show=False)]

    def action_cancel(self) -> None:
        self.post_message(FindBar.Cancelled())


class FindBar(Horizontal):
    """``Submitted(query)`` on Enter, ``Cancelled()`` on Esc."""

    DEFAULT_CSS = """
    FindBar {
        dock: bottom;
        height: 1;
        background: $panel;
        display: none;
    }
    FindBar.-active { display: block; }
    FindBar > Label { width: auto; padding: 0 1; color: $text-accent; }
    FindBar > FindInput { border: none; height: 1; padding: 0; width: 1fr; background: $panel; }
    FindBar > FindInput:focus { border: none; }
    """

    class Submitted(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Cancelled(Message):
        pass

    def compose(self) -> ComposeResult:
        yield Label("Find:", markup=False)
        yield FindInput(placeholder="words to find, Enter searches, Esc cancels")

    def open(self, query: str = "") -> None:
        self.add_class("-active")
        field = self.query_one(FindInput)
        field.value = query
        field.cursor_position = len(query)
        # Focus now, not after the queued events (as ``focus()`` would): keys typed right
        # after "/" are already waiting, and they belong to the find bar.
        self.screen.set_focus(field)

    def close(self) -> None:
        self.remove_class("-active")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value))
