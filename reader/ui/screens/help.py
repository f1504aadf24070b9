"""The help screen: every key of the app, grouped, with the id to remap it in the config."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from reader.ui.screens.dialog import Dialog

Section = tuple[str, list[tuple[str, str, str]]]


def help_content(sections: list[Section]) -> Content:
    width = max((len(keys) for _title, rows in sections for keys, _d, _i in rows), default=8)
    said = max((len(d) for _title, rows in sections for _k, d, _i in rows), default=20)
    parts: list[Content | str | tuple[str, str]] = []
    for title, rows in sections:
        parts.append((f"{title}\n", "bold $text-primary"))
        for keys, description, binding_id in rows:
            parts.append((f"  {keys:<{width}}  ", "bold $accent"))
            parts.append(f"{description:<{said}}")
            if binding_id:
                parts.append((f"  {binding_id}", "dim"))
            parts.append("\n")
        parts.append("\n")
    parts.append((
        "Remap any key in the config file's [keys] table: binding id = \"keys\", "
        "for example  next-quote = \"apostrophe,ctrl+n\".",
        "dim",
    ))
    return Content.assemble(*parts)


class HelpScreen(Dialog[None]):
    DEFAULT_CSS = """
    HelpScreen > #dialog { height: 90%; }
    HelpScreen Static { width: 100%; }
    """

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = "Keys"
            dialog.border_subtitle = "Esc closes"
            yield Static(help_content(self.sections), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#dialog").focus()
