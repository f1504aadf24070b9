"""The base of every dialog: a centred panel over the article, closed with Esc or q."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")

CLOSE = Binding("escape,q", "close", "Close the dialog", id="dialog-close")


class Dialog(ModalScreen[ResultType]):
    """A modal panel; subclasses compose into ``#dialog``."""

    BINDINGS: ClassVar[list[BindingType]] = [CLOSE]

    DEFAULT_CSS = """
    Dialog { align: center middle; background: $background 60%; }
    Dialog > #dialog {
        width: 90%;
        max-width: 100;
        height: auto;
        max-height: 90%;
        border: round $primary;
        border-title-color: $text-primary;
        border-title-style: bold;
        border-subtitle-color: $foreground-muted;
        background: $surface;
        padding: 0 1;
    }
    Dialog OptionList { height: auto; max-height: 100%; border: none; padding: 0; }
    Dialog OptionList:focus { border: none; }
    Dialog .hint { color: $foreground-muted; }
    """

    def action_close(self) -> None:
        self.dismiss(None)


def dialog_bindings() -> list[BindingType]:
    """The keys of every dialog, for the help screen (imported lazily, like the dialogs)."""
    from reader.ui.screens.error import ErrorScreen
    from reader.ui.screens.links import LinksScreen
    from reader.ui.screens.open_source import OpenScreen
    from reader.ui.screens.quotes import QuotesScreen

    return [CLOSE, *LinksScreen.BINDINGS, *ErrorScreen.BINDINGS, *OpenScreen.BINDINGS,
            *QuotesScreen.BINDINGS]
