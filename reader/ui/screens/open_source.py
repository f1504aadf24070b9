"""The open dialog: type a URL or a file path, or pick one of the recent sources.

Recent sources live in ``recent-sources.txt`` in the data folder, newest first, one a line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.text import clean_line
from reader.ui.screens.dialog import Dialog

RECENT_FILE = "recent-sources.txt"
MAX_RECENT = 30
MAX_SOURCE_LENGTH = 4096


def load_recent(folder: Path) -> list[str]:
    """The recent sources, newest first (none when the file is missing or unreadable)."""
    try:
        text = (folder / RECENT_FILE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    sources = [clean_line(line) for line in text.splitlines()]
    return [s for s in sources if s and len(s) <= MAX_SOURCE_LENGTH][:MAX_RECENT]


def add_recent(folder: Path, source: str) -> None:
    """Put ``source`` first in the recent sources."""
    source = clean_line(source)
    if not source or source == "-" or len(source) > MAX_SOURCE_LENGTH:
        return
    sources = [source, *(s for s in load_recent(folder) if s != source)][:MAX_RECENT]
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{RECENT_FILE}.{os.getpid()}.tmp"
    temporary.write_text("\n".join(sources) + "\n", encoding="utf-8")
    os.replace(temporary, folder / RECENT_FILE)


class OpenScreen(Dialog[str]):
    """Dismissed with the text typed or the recent source chosen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close the dialog", id="dialog-close", show=False),
        Binding("down", "to_recent", "Recent sources", id="open-recent", show=False),
    ]

    DEFAULT_CSS = """
    OpenScreen Input { margin: 1 0; }
    OpenScreen #recent { max-height: 12; }
    """

    def __init__(self, recent: list[str]) -> None:
        super().__init__()
        self.recent = recent

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = "Open a page or a file"
            dialog.border_subtitle = "Enter opens · ↓ recent · Esc closes"
            yield Input(
                placeholder="https://… or a path to a saved page",
                suggester=SuggestFromList(self.recent, case_sensitive=False),
                id="source",
            )
            if self.recent:
                yield Static(Content("Recent"), classes="hint")
                yield OptionList(*(Option(Content(s)) for s in self.recent), id="recent")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_to_recent(self) -> None:
        if self.recent and self.query_one(Input).has_focus:
            options = self.query_one("#recent", OptionList)
            options.highlighted = 0
            options.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if text:
            self.dismiss(text)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.recent[event.option_index])
