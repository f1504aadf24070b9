"""The loading bar: what is being fetched, how many bytes have arrived, and how to cancel."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

BAR_WIDTH = 20


def human_size(count: int) -> str:
    """Bytes as a short, readable size: "812 B", "48.2 kB", "3.1 MB"."""
    if count < 1000:
        return f"{count} B"
    if count < 1_000_000:
        return f"{count / 1000:.1f} kB"
    return f"{count / 1_000_000:.1f} MB"


class LoadingBar(Static):
    """Shown while a page is fetched and read; hidden otherwise."""

    DEFAULT_CSS = """
    LoadingBar {
        dock: top;
        height: 1;
        padding: 0 1;
        background: $boost;
        color: $text-accent;
        display: none;
    }
    LoadingBar.-active { display: block; }
    """

    def __init__(self) -> None:
        super().__init__(markup=False)
        self.what = ""

    def start(self, what: str) -> None:
        self.what = what
        self.add_class("-active")
        self.update(Content.assemble(f"Opening {what}…", ("   Esc cancels", "dim")))

    def progress(self, stage: str, received: int, total: int | None) -> None:
        """Bytes received so far (and the size, when the server said it)."""
        if total:
            done = min(BAR_WIDTH, BAR_WIDTH * received // max(total, 1))
            bar = "━" * done + "─" * (BAR_WIDTH - done)
            amount = f"{bar} {human_size(received)} of {human_size(total)}"
        else:
            amount = f"{human_size(received)} received"
        self.update(
            Content.assemble(f"{stage} {self.what}  ", amount, ("   Esc cancels", "dim"))
        )

    def stage(self, stage: str) -> None:
        self.update(Content.assemble(f"{stage}…", ("   Esc cancels", "dim")))

    def stop(self) -> None:
        self.remove_class("-active")
        self.update("")
