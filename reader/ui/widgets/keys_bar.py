"""The keys bar at the foot of the article: the screen's shown bindings on one line.

One widget drawing one line of text, in place of Textual's ``Footer`` (a widget per key):
it halves the cost of building the first screen, which start-up pays in full. It follows
the screen's active bindings, so key remaps from the config show here too.
"""

from __future__ import annotations

from typing import Any

from textual.content import Content
from textual.widgets import Static


class KeysBar(Static):
    DEFAULT_CSS = """
    KeysBar {
        dock: bottom;
        height: 1;
        background: $panel;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    def __init__(self) -> None:
        super().__init__(markup=False)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self.show_keys)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Any) -> None:
        self.show_keys()

    def show_keys(self) -> None:
        """One entry per action that asks to be shown, with its first active key."""
        seen: set[str] = set()
        parts: list[tuple[str, str] | str] = []
        screen = self.screen
        # The screen's and the app's keys first; the focused widget's (moving about the
        # article) last, where a narrow window cuts them off.
        shown = sorted(
            screen.active_bindings.values(),
            key=lambda active: 0 if active.node is screen else 1 if active.node is self.app
            else 2,
        )
        for _node, binding, enabled, _tooltip in shown:
            if not binding.show or not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            parts.append((f" {self.app.get_key_display(binding)}", "bold $accent"
                          if enabled else "dim"))
            parts.append((f" {binding.description} ", "" if enabled else "dim"))
        self.update(Content.assemble(*parts))
