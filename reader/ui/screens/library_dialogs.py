"""The library's small dialogs: edit an article's tags, pick a tag to filter by, and the
highlights kept from an article.

Tags, titles and highlights are page text or user text: always shown as ``Content(text)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.ui.screens.dialog import Dialog

if TYPE_CHECKING:
    from reader.store import Highlight

MAX_HIGHLIGHT_CHARS = 300


def parse_tag_changes(text: str) -> tuple[list[str], list[str]]:
    """``"+news -later tech"`` → (tags to add, tags to remove); a bare word is added."""
    add: list[str] = []
    remove: list[str] = []
    for word in text.split():
        if word.startswith("-"):
            if word[1:]:
                remove.append(word[1:])
        elif word.lstrip("+"):
            add.append(word.lstrip("+"))
    return add, remove


class TagDialog(Dialog[str]):
    """Dismissed with what was typed (``+tag -tag``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close the dialog", id="dialog-close", show=False),
    ]

    DEFAULT_CSS = """
    TagDialog Input { margin: 1 0 0 0; }
    """

    def __init__(self, title: str, tags: tuple[str, ...]) -> None:
        super().__init__()
        self.article_title = title
        self.tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = "Tags"
            dialog.border_subtitle = "Enter applies · Esc closes"
            yield Static(Content(self.article_title), classes="hint", id="tag-title")
            current = " ".join(f"#{t}" for t in self.tags) or "no tags yet"
            yield Static(Content(f"Now: {current}"), id="tag-current")
            yield Input(placeholder="+tag to add, -tag to remove", id="tag-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)


class TagPicker(Dialog[str]):
    """Dismissed with the chosen tag."""

    def __init__(self, tags: list[tuple[str, int]]) -> None:
        super().__init__()
        self.tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = "Filter by tag"
            dialog.border_subtitle = "Enter chooses · Esc closes"
            yield OptionList(
                *(Option(Content.assemble(f"#{name}", (f"  {count}", "dim")))
                  for name, count in self.tags),
                id="tags",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.tags[event.option_index][0])


def highlight_prompt(highlight: Highlight) -> Content:
    text = " ".join(highlight.text.split())
    if len(text) > MAX_HIGHLIGHT_CHARS:
        text = text[: MAX_HIGHLIGHT_CHARS - 1].rstrip() + "…"
    parts: list[str | tuple[str, str]] = [("“", "dim"), text, ("”", "dim")]
    if highlight.note:
        parts += ["\n", ("   ", ""), (highlight.note, "italic")]
    return Content.assemble(*parts)


class HighlightsScreen(Dialog[int]):
    """The highlights of one article; dismissed with the chosen one's text block."""

    def __init__(self, title: str, highlights: list[Highlight]) -> None:
        super().__init__()
        self.article_title = title
        self.highlights = highlights

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = f"Highlights ({len(self.highlights)})"
            dialog.border_subtitle = "Enter opens the article there · Esc closes"
            yield Static(Content(self.article_title), classes="hint", id="highlights-title")
            yield OptionList(
                *(Option(highlight_prompt(h)) for h in self.highlights), id="highlights"
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.highlights:
            options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.highlights[event.option_index].block or 0)
