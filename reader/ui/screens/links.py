"""The links list: every link of the article, numbered; open in the reader or the browser, or copy.

Only what ``reader.urls.safe_http_url`` accepts leaves the reader (http(s), no leading ``-``,
no white space or controls); the list shows every link as ``display_url`` gives it and marks
the ones that will not be opened.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.document import Link
from reader.ui.screens.dialog import CLOSE, Dialog


def link_prompt(link: Link) -> Content:
    from reader.urls import UnsafeURLError, display_url, safe_http_url

    try:
        safe_http_url(link.url)
        shown = display_url(link.url)
    except UnsafeURLError:
        shown = f"{display_url(link.url)[:300]} (not opened: not a web link)"
    text = link.text or "(no text)"
    return Content.assemble(
        (f"{link.number:>3} ", "bold $accent"), text, "\n    ", (shown, "dim"),
    )


class LinksScreen(Dialog[tuple[str, int]]):
    """Dismissed with ``(how, link number)``: how is ``read``, ``browser`` or ``copy``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        CLOSE,
        Binding("enter", "choose('read')", "Open link in the reader", id="link-read",
                show=False),
        Binding("o", "choose('browser')", "Open link in the browser", id="link-browser"),
        Binding("c", "choose('copy')", "Copy link", id="link-copy"),
    ]

    def __init__(self, links: tuple[Link, ...]) -> None:
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = f"Links ({len(self.links)})"
            dialog.border_subtitle = "Enter reads · o browser · c copy · Esc closes"
            yield OptionList(
                *(Option(link_prompt(link), id=str(link.number)) for link in self.links),
                id="links",
            )
            yield Static(Content("Only web (http, https) links are opened."), classes="hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose("read")

    def action_choose(self, how: str) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        number = int(options.get_option_at_index(options.highlighted).id or 0)
        self.dismiss((how, number))
