"""The quotes panel: every quotation of the article with its speaker; choosing one jumps to it.

``t`` hides the terms (quoted names, titles and scare quotes) and shows them again: on a page
with a long list of sources, the titles it quotes would otherwise bury what people said. The
article screen reads ``hide_terms`` when the panel closes, so the jump keys follow it.

``s`` shows one speaker's quotations at a time, the one quoted most first, then the next,
and after the last all of them again: what the mayor said (and the terms she coined, unless
they are hidden), without the rest. The jump keys
then visit that speaker's quotations alone (``speaker``, read when the panel closes), and
the panel opens again on them."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.document import Quote, speaker_names
from reader.ui.screens.dialog import CLOSE, Dialog

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

    BINDINGS: ClassVar[list[BindingType]] = [
        CLOSE,
        Binding("t", "toggle_terms", "Hide or show the terms (in the panel and for the jump keys)",
                id="quotes-terms"),
        Binding("s", "next_speaker",
                "One speaker's quotations, then the next, then all (for the jump keys too)",
                id="quotes-speaker"),
    ]

    def __init__(self, quotes: tuple[Quote, ...], *, hide_terms: bool = False,
                 speaker: str | None = None) -> None:
        super().__init__()
        self.quotes = quotes
        self.terms = sum(1 for q in quotes if q.kind == "term")
        self.hide_terms = hide_terms and self.terms > 0
        # One person under one name: "Putin" is counted as Vladimir Putin.
        self.names = speaker_names(quotes)
        counts = Counter(self.names[q.speaker] for q in quotes if q.speaker and q.kind != "term")
        # The most quoted first; among equals, the first quoted (a Counter keeps that order).
        self.speakers = [name for name, _ in counts.most_common()] if len(counts) > 1 else []
        # Whose quotations alone are shown (as when the panel last closed).
        self.speaker = speaker if speaker in self.speakers else None

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield OptionList(*self._options(), id="quotes")

    def on_mount(self) -> None:
        self._titles()
        self.query_one(OptionList).highlighted = 0

    def _shown(self) -> list[Quote]:
        if self.speaker is not None:
            return [q for q in self.quotes if self._of_speaker(q)
                    and not (self.hide_terms and q.kind == "term")]
        return [q for q in self.quotes if not (self.hide_terms and q.kind == "term")]

    def _options(self) -> list[Option]:
        return [Option(quote_prompt(q), id=str(q.id)) for q in self._shown()]

    def _titles(self) -> None:
        dialog = self.query_one("#dialog")
        total = len(self.quotes)
        if self.speaker is not None:  # (page text: plain Content, never markup)
            dialog.border_title = Content(
                f"Quotations ({len(self._shown())} of {total}, {self.speaker})")
        elif self.hide_terms:
            dialog.border_title = f"Quotations ({total - self.terms} of {total}, without terms)"
        else:
            dialog.border_title = f"Quotations ({total})"
        toggle = ("t shows terms · " if self.hide_terms else "t hides terms · ") \
            if self._terms_here() else ""
        who = ("s next speaker · " if self.speaker is not None else "s one speaker · ") \
            if self.speakers else ""
        dialog.border_subtitle = f"Enter jumps · {toggle}{who}Esc closes"

    def _show(self) -> None:
        """List what is to be shown, keeping the highlighted quotation when it still is."""
        options = self.query_one(OptionList)
        current = options.highlighted_option
        options.set_options(self._options())
        self._titles()
        ids = [q.id for q in self._shown()]
        keep = int(current.id) if current is not None and current.id is not None else None
        options.highlighted = ids.index(keep) if keep in ids else 0 if ids else None

    def _terms_here(self) -> int:
        """How many terms the list holds with the terms shown (one speaker's, or all)."""
        return sum(1 for q in self.quotes if q.kind == "term"
                   and (self.speaker is None or self._of_speaker(q)))

    def _of_speaker(self, quote: Quote) -> bool:
        return quote.speaker is not None and self.names[quote.speaker] == self.speaker

    def action_toggle_terms(self) -> None:
        if not self._terms_here():
            return
        self.hide_terms = not self.hide_terms
        self._show()

    def action_next_speaker(self) -> None:
        if not self.speakers:
            return
        at = self.speakers.index(self.speaker) + 1 if self.speaker is not None else 0
        self.speaker = self.speakers[at] if at < len(self.speakers) else None
        self._show()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))
