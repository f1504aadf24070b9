"""The status line above the article: site, reading time, find status, the quotation jumped
to and who says it, percent read."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class StatusLine(Horizontal):
    """One line: where the article comes from on the left, where the reader is on the right."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        dock: top;
        background: $panel;
        color: $foreground-muted;
        padding: 0 1;
    }
    StatusLine > #status-where { width: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    StatusLine > #status-find { width: auto; color: $accent; padding-right: 2; }
    StatusLine > #status-quote { width: auto; color: $text-accent; padding-right: 2;
                                 display: none; }
    StatusLine > #status-position { width: auto; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._where = ""
        self._find = ""
        self._position = ""

    def compose(self) -> ComposeResult:
        yield Static(id="status-where", markup=False)
        yield Static(id="status-find", markup=False)
        yield Static(id="status-quote", markup=False)
        yield Static(id="status-position", markup=False)

    def show_article(self, site: str, reading_minutes: int) -> None:
        """The article's site (or host) and its whole reading time."""
        parts = [site] if site else []
        if reading_minutes:
            parts.append(f"{reading_minutes} min read")
        self._set("#status-where", Content(" · ".join(parts)))

    def show_message(self, text: str) -> None:
        """A message in place of the site, such as "Loading…"."""
        self._set("#status-where", Content(text))

    def show_position(self, percent: int, minutes_left: int | float) -> None:
        left = round(minutes_left)
        tail = f"{left} min left" if left >= 1 else "less than a minute left"
        if percent >= 100:
            tail = "end"
        self._set("#status-position", Content(f"{percent}% · {tail}"))

    def show_find(self, status: str) -> None:
        """The find status, such as "3/17" (empty to hide it)."""
        self._set("#status-find", Content(f"find {status}" if status else ""))

    def show_quote(self, status: str) -> None:
        """The quotation jumped to, such as "2/9 · Putin" (empty to hide it). The speaker is
        page text: it goes in as plain text, never as markup."""
        self._set("#status-quote", Content(f"quote {status}" if status else ""))
        self.query_one("#status-quote").display = bool(status)  # (no padding left behind)

    def _set(self, selector: str, content: Content) -> None:
        self.query_one(selector, Static).update(content)
