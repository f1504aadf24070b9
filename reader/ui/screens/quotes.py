"""The quotes panel: every quotation of the article with its speaker; choosing one jumps to it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.document import Quote
from reader.ui.screens.dialog import Dialog

MAX_QUOTE_CHARS = 240
KIND_NAMES = {"speech": "speech", "term": "term", "block": "block quote"}
KIND_STYLES = {"speech": "$text-accent", "term": "$text-secondary", "block": "$text-success"}


def quote_prompt(quote: Quote) -> Content:
    text = quote.text.strip()
    if len(text) > MAX_QUOTE_CHARS:
        text = text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
    speaker = quote.speaker or "speaker not named"
    return Content.assemble(
        ("“", "dim"), (text, KIND_STYLES.get(quote.kind, "")), ("”", "dim"), "\n",
        ("   — ", "dim"), (speaker, "bold" if quote.speaker else "dim italic"),
        (f"  · {KIND_NAMES.get(quote.kind, quote.kind)}", "dim"),
    )


class QuotesScreen(Dialog[int]):
    """Dismissed with the id of the chosen quotation."""

    def __init__(self, quotes: tuple[Quote, ...]) -> None:
        super().__init__()
        self.quotes = quotes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = f"Quotations ({len(self.quotes)})"
            dialog.border_subtitle = "Enter jumps · Esc closes"
            yield OptionList(
                *(Option(quote_prompt(q), id=str(q.id)) for q in self.quotes), id="quotes"
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.quotes[event.option_index].id)
