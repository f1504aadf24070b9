"""The outline: the article's headings, indented by level; choosing one jumps to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.ui.screens.dialog import Dialog


class OutlineScreen(Dialog[int]):
    """Dismissed with the line of the chosen heading. ``headings`` have level, text, line."""

    def __init__(self, headings: Sequence[Any]) -> None:
        super().__init__()
        self.headings = list(headings)

    def compose(self) -> ComposeResult:
        top = min((h.level for h in self.headings), default=1)
        with Vertical(id="dialog") as dialog:
            dialog.border_title = "Outline"
            dialog.border_subtitle = "Enter jumps · Esc closes"
            yield OptionList(
                *(
                    Option(
                        Content("  " * (h.level - top) + (h.text or "(untitled)")),
                        id=str(index),
                    )
                    for index, h in enumerate(self.headings)
                ),
                id="outline",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.headings[event.option_index].line)
