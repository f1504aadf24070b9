"""ArticleView: the article drawn with Textual's line API from the lines of ``reader.layout``.

The view never holds one widget per paragraph: ``reader.layout`` turns the Document into
lines once per (width, theme, options), and ``render_line`` turns only the visible ones into
cached ``Strip``s, so moving a page costs the same in a short article and a 100,000-word one.
Every move lands at once (no scroll animation: reading needs the next page now).

API
---
``ArticleView(document=None, *, measure=80, full_width=False, show_quotes=True, name=None,
id=None, classes=None)``

- ``set_document(document, *, scroll_to_block=None)``: show a Document (``None`` clears);
  ``scroll_to_block`` is a text block index to open at (saved reading progress).
- ``document``: the Document shown (or None). ``layout``: the current ``reader.layout.Layout``
  (None until the view has a size and a document). A long article is laid out lazily: the
  first screens at once, the rest in chunks after each refresh (``layout.complete`` tells);
  everything below that needs the whole article (find, quotations, headings, the end) lays
  out the rest first, so callers never see a partial answer.
- Reactives ``measure: int``, ``full_width: bool``, ``show_quotes: bool``: changing one lays
  the article out again and keeps the reading position (the top text block).
- Movement actions, all landing at once (no animation): ``action_line_down/up``,
  ``action_half_page_down/up``, ``action_page_down/up``, ``action_top``, ``action_bottom``.
  BINDINGS (ids in parentheses): j/down (``article.line_down``), k/up (``article.line_up``),
  space/pagedown (``article.page_down``), b/pageup (``article.page_up``),
  d (``article.half_page_down``), u (``article.half_page_up``), g/home (``article.top``),
  G/end (``article.bottom``).
- Find: ``find(query) -> int`` (number of matches; all highlighted; jumps to the first at or
  after the top of the view), ``find_next() -> bool``, ``find_previous() -> bool`` (both wrap
  around), ``clear_find()``, ``find_status -> str`` ("3/17", "no matches", or "" with no
  search), ``find_query -> str``. Also ``action_find_next`` / ``action_find_previous``
  (not bound here: the screen chooses the keys).
- Quotations: ``next_quote() -> bool``, ``previous_quote() -> bool``,
  ``jump_to_quote(id) -> bool``, ``current_quote -> int | None`` (id of the last quotation
  jumped to); ``shown_quote -> Quote | None`` (that quotation while it is on the screen);
  ``skip_terms: bool`` makes next and previous pass over the terms (quoted names
  and titles), ``only_speaker: str | None`` over every quotation but that speaker's (reset
  by ``set_document``, and over that speaker's terms too when ``skip_terms``);
  ``quote_status -> str`` ("2/9 · Putin", "2/7 · only Putin", "3/9 · term", "4/9 · Roth
  (term)": the current quotation's place among those the keys visit, and its speaker; ""
  once it is out of view); ``show_quotes``
  switches their highlighting. Also ``action_next_quote``,
  ``action_previous_quote``, ``action_toggle_quotes`` (not bound here).
- ``jump_to_line(n)``, ``jump_to_text_block(i)``; ``headings`` (list of
  ``reader.layout.OutlineEntry(level, text, line, block)``) for an outline;
  ``current_text_block -> int`` (top visible text block) for saving reading progress;
  ``percent_read -> int`` (0 at the top, 100 at the bottom or when it all fits);
  ``minutes_left -> int`` (the article's reading minutes times the part not yet read).
- Messages: ``ArticleView.PositionChanged(percent, minutes_left, block)`` whenever the
  position moves (deduplicated); ``ArticleView.LinkClicked(number)`` on a click on a link's
  text or its number. The mouse wheel scrolls.
- Component classes ``article-view--<role>`` for every role of ``reader.layout.ROLES``, styled
  from theme variables only, so every built-in theme (light and dark) works; styles are
  rebuilt when the theme changes.
"""

from __future__ import annotations

import math
from typing import ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.events import Click, Resize
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.document import Document, Quote, speaker_names
from reader.layout import ROLES, Layout, Match, OutlineEntry, highlight, layout_document

# How many lines above a quotation or find match stay in view when jumping to it.
CONTEXT_LINES = 2
MAX_SPEAKER_CHARS = 40  # of a speaker's name or description in the status line
# Screens of lines laid out before the first paint; the rest follows in chunks of lines.
FIRST_SCREENS = 3
CHUNK_LINES = 1500


class ArticleView(ScrollView, can_focus=True):
    """One article, laid out as lines and drawn with the line API (see the module docstring
    for the full API)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"article-view--{role}" for role in ROLES}

    DEFAULT_CSS = """
    ArticleView {
        background: $background;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    ArticleView > .article-view--text { color: $foreground; }
    ArticleView > .article-view--title { color: $text-primary; text-style: bold; }
    ArticleView > .article-view--meta { color: $text-muted; }
    ArticleView > .article-view--heading1 { color: $text-primary; text-style: bold underline; }
    ArticleView > .article-view--heading2 { color: $text-primary; text-style: bold; }
    ArticleView > .article-view--heading3 { color: $text-secondary; text-style: bold; }
    ArticleView > .article-view--heading4 { color: $foreground; text-style: bold; }
    ArticleView > .article-view--heading5 { color: $foreground; text-style: bold italic; }
    ArticleView > .article-view--heading6 { color: $text-muted; text-style: bold; }
    ArticleView > .article-view--em { text-style: italic; }
    ArticleView > .article-view--strong { text-style: bold; }
    ArticleView > .article-view--code { color: $text-warning; background: $surface; }
    ArticleView > .article-view--mark { background: $warning-muted; }
    ArticleView > .article-view--del { text-style: strike; }
    ArticleView > .article-view--link { color: $text-accent; }
    ArticleView > .article-view--link-number { color: $text-muted; }
    ArticleView > .article-view--quote-speech { color: $text-success; }
    ArticleView > .article-view--quote-term { color: $text-secondary; text-style: italic; }
    ArticleView > .article-view--quote-block { color: $text-primary; text-style: italic; }
    ArticleView > .article-view--quote-mark { color: $text-disabled; text-style: not italic; }
    ArticleView > .article-view--blockquote-bar { color: $primary; }
    ArticleView > .article-view--pre { color: $foreground; background: $surface; }
    ArticleView > .article-view--figure { color: $text-muted; text-style: italic; }
    ArticleView > .article-view--caption { color: $text-muted; }
    ArticleView > .article-view--rule { color: $text-muted; }
    ArticleView > .article-view--table-header { color: $text-primary; text-style: bold; }
    ArticleView > .article-view--table-border { color: $text-muted; }
    ArticleView > .article-view--find-match { background: $warning-muted; color: $foreground; }
    ArticleView > .article-view--find-current { text-style: reverse bold; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "line_down", "Line down", show=False, id="article.line_down"),
        Binding("k,up", "line_up", "Line up", show=False, id="article.line_up"),
        Binding("space,pagedown", "page_down", "Page down", id="article.page_down"),
        Binding("b,pageup", "page_up", "Page up", id="article.page_up"),
        Binding("d", "half_page_down", "Half page down", show=False,
                id="article.half_page_down"),
        Binding("u", "half_page_up", "Half page up", show=False, id="article.half_page_up"),
        Binding("g,home", "top", "Top of article", show=False, id="article.top"),
        Binding("G,shift+g,end", "bottom", "End of article", show=False, id="article.bottom"),
    ]

    measure: reactive[int] = reactive(80, init=False)
    """The widest the text column gets, in cells."""
    full_width: reactive[bool] = reactive(False, init=False)
    """Use the whole width (less a small margin) instead of the measure."""
    show_quotes: reactive[bool] = reactive(True, init=False)
    """Highlight quotations."""

    class PositionChanged(Message):
        """The reading position moved."""

        def __init__(self, percent: int, minutes_left: int, block: int) -> None:
            super().__init__()
            self.percent = percent
            self.minutes_left = minutes_left
            self.block = block

    class LinkClicked(Message):
        """A link's text or number was clicked."""

        def __init__(self, number: int) -> None:
            super().__init__()
            self.number = number

    def __init__(
        self,
        document: Document | None = None,
        *,
        measure: int = 80,
        full_width: bool = False,
        show_quotes: bool = True,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own name for it
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.set_reactive(ArticleView.measure, measure)
        self.set_reactive(ArticleView.full_width, full_width)
        self.set_reactive(ArticleView.show_quotes, show_quotes)
        self._document = document
        self._layout: Layout | None = None
        self._styles: dict[str, Style] | None = None
        self._strips: LRUCache[int, Strip] = LRUCache(512)
        self._pending_block: int | None = None
        self._find_query = ""
        self._matches: list[Match] = []
        self._match_index = -1
        self._match_lines: dict[int, list[tuple[int, int, int]]] = {}
        self._quote_order: list[tuple[int, int]] | None = None
        self._skip_terms = False
        self._only_speaker: str | None = None
        self._current_quote: int | None = None
        self._last_position: tuple[int, int, int] | None = None

    # -- document and layout ---------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def layout(self) -> Layout | None:
        return self._layout

    def set_document(self, document: Document | None, *, scroll_to_block: int | None = None
                     ) -> None:
        """Show ``document`` from its top, or from text block ``scroll_to_block``."""
        self._document = document
        self._find_query = ""
        self._matches = []
        self._match_index = -1
        self._match_lines = {}
        self._current_quote = None
        self._only_speaker = None  # (another article's speakers are not this one's)
        self._quote_order = None
        self._last_position = None
        self._pending_block = scroll_to_block
        self._layout = None
        self._relayout(keep_position=False)

    def _content_width(self) -> int:
        width = self.scrollable_content_region.width
        return width if width > 0 else self.size.width

    def _build_styles(self) -> dict[str, Style]:
        base = self.rich_style
        styles = {"text": Style(color=base.color, bgcolor=base.bgcolor)}
        for role in ROLES:
            name = f"article-view--{role}"
            # The partial style says which attributes the role sets; the full one has its
            # colours resolved against the background ("auto 60%", colours with alpha).
            partial = self.get_component_rich_style(name, partial=True)
            full = self.get_component_rich_style(name)
            colours = Style(
                color=full.color if partial.color is not None else None,
                bgcolor=full.bgcolor if partial.bgcolor is not None else None,
            )
            styles[role] = styles.get(role, Style()) + partial + colours
        return styles

    def _relayout(self, *, keep_position: bool = True) -> None:
        """Lay the document out for the current width and options; keep the reading
        position (its top text block) unless told not to.

        Only the lines needed for the first screens are laid out at once; the rest follows
        in chunks after each refresh (see ``_continue_layout``), and anything that needs
        lines further on (a jump, find, the end) lays them out first."""
        if not self.is_mounted:
            return
        width = self._content_width()
        if self._document is None or width <= 0:
            self._layout = None
            self._strips.clear()
            self.virtual_size = Size(0, 0)
            self.refresh()
            return
        block = self.current_text_block if keep_position and self._layout else None
        # Where the top line is within its block, as a share of the block's lines (or the
        # lines above the first block), so that a new width keeps the same place.
        share = self._share_of_block(block) if block is not None else 0.0
        if self._pending_block is not None:
            block, self._pending_block, share = self._pending_block, None, 0.0
        if self._styles is None:
            self._styles = self._build_styles()
        layout = layout_document(
            self._document, width, self._styles, measure=self.measure,
            full_width=self.full_width, show_quotes=self.show_quotes,
            first_lines=FIRST_SCREENS * self._page_height + 1,
        )
        if layout is self._layout:
            return
        self._layout = layout
        self._strips.clear()
        self._quote_order = None
        if block is not None:
            layout.extend_to_block(block)
        self.virtual_size = Size(width, layout.estimated_line_count)
        if self._find_query:
            self._set_matches(layout.find(self._find_query), keep_index=True)
        if block is not None:
            self.jump_to_text_block(block)
            if share:
                start, end = self._block_span(block)
                self._go(start + round(share * (start if share < 0 else end - start)))
        elif not keep_position:
            self.scroll_to(y=0, animate=False, immediate=True)
        if not layout.complete:
            self.call_after_refresh(self._continue_layout, layout)
        self.refresh()
        self._post_position()

    def _block_span(self, block: int) -> tuple[int, int]:
        """The first line of text block ``block`` and the first line after it (for the
        header, a block "before" the first: its lines)."""
        layout = self._layout
        assert layout is not None
        lines = layout.text_block_lines
        layout.extend_to_block(block + 1)
        start = lines[block] if block < len(lines) else layout.line_count
        following = [line for line in lines[block + 1:block + 64] if line > start]
        end = following[0] if following else layout.line_count
        return start, end

    def _share_of_block(self, block: int) -> float:
        """How far into text block ``block`` the top line is: 0 at its start, negative in
        the header above the first block."""
        if self._layout is None or not self._layout.text_block_lines:
            return 0.0
        top = self.top_line
        start, end = self._block_span(block)
        if top < start:
            return (top - start) / max(1, start)
        return (top - start) / max(1, end - start)

    def _continue_layout(self, layout: Layout) -> None:
        """Lay out the next chunk of a long article after the screen has been refreshed."""
        if layout is not self._layout or layout.complete:
            return
        layout.extend(layout.line_count + CHUNK_LINES)
        self._update_height()
        if not layout.complete:
            self.call_after_refresh(self._continue_layout, layout)

    def _update_height(self) -> None:
        layout = self._layout
        if layout is not None and self.virtual_size.height != layout.estimated_line_count:
            self.virtual_size = Size(layout.width, layout.estimated_line_count)
            self._post_position()

    def _complete_layout(self) -> Layout | None:
        """The layout, laid out to the end (for what needs all of it)."""
        layout = self._layout
        if layout is not None and not layout.complete:
            layout.finish()
            self._update_height()
        return layout

    def on_resize(self, event: Resize) -> None:
        self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # The theme (or the CSS) changed. The component classes are restyled after the widget
        # itself, so the styles are read again a moment later; the layout cache gives back the
        # same lines when nothing they use has changed.
        if self.is_mounted:
            self.call_later(self._restyle)

    def _restyle(self) -> None:
        self._rich_style_cache.clear()
        styles = self._build_styles()
        if styles != self._styles:
            self._styles = styles
            self._relayout()

    def watch_measure(self) -> None:
        self._relayout()

    def watch_full_width(self) -> None:
        self._relayout()

    def watch_show_quotes(self) -> None:
        self._relayout()

    # -- drawing ---------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        width = self.size.width
        layout = self._layout
        if layout is not None and line >= layout.line_count and not layout.complete:
            # Scrolled (by the scrollbar) past what is laid out yet: lay out that far first.
            layout.extend(line + self._page_height + 1)
            self.call_later(self._update_height)
        if layout is None or line >= layout.line_count or line < 0:
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(line)
        if strip is None:
            segments = layout.lines[line]
            marks = self._match_lines.get(line)
            if marks:
                match_style = self._style("find-match")
                current_style = self._style("find-current")
                ranges = [
                    (x0, x1, current_style if index == self._match_index else match_style)
                    for x0, x1, index in marks
                ]
                segments = highlight(segments, layout.width, ranges)
            strip = Strip(segments, layout.width)
            self._strips[line] = strip
        if strip.cell_length > width:
            strip = strip.crop(0, width)
        return strip

    def _style(self, role: str) -> Style:
        if self._styles is None:
            self._styles = self._build_styles()
        return self._styles[role]

    # -- position --------------------------------------------------------------------------
    @property
    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height or self.size.height)

    @property
    def top_line(self) -> int:
        return round(self.scroll_y)

    @property
    def current_text_block(self) -> int:
        """The text block at the top of the view (for saving reading progress)."""
        if self._layout is None:
            return self._pending_block or 0
        return self._layout.block_at(self.top_line)

    @property
    def percent_read(self) -> int:
        maximum = self.max_scroll_y
        if self._layout is None or maximum <= 0:
            return 100 if self._layout is not None else 0
        return max(0, min(100, round(100 * self.scroll_y / maximum)))

    @property
    def minutes_left(self) -> int:
        if self._document is None:
            return 0
        minutes = self._document.article.reading_minutes
        return max(0, math.ceil(minutes * (100 - self.percent_read) / 100 - 1e-9))

    @property
    def headings(self) -> list[OutlineEntry]:
        layout = self._complete_layout()
        return list(layout.headings) if layout else []

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._post_position()

    def _post_position(self) -> None:
        if self._layout is None:
            return
        position = (self.percent_read, self.minutes_left, self.current_text_block)
        if position != self._last_position:
            self._last_position = position
            self.post_message(self.PositionChanged(*position))

    def _go(self, line: float) -> None:
        layout = self._layout
        if layout is not None and not layout.complete:
            layout.extend(round(line) + 2 * self._page_height + 1)
            self._update_height()
        self.scroll_to(y=max(0, line), animate=False, immediate=True)

    def jump_to_line(self, line: int) -> None:
        """Put ``line`` at the top of the view (as far as the end allows)."""
        self._go(line)

    def jump_to_text_block(self, block: int) -> None:
        """Put text block ``block`` at the top of the view."""
        if self._layout is None:
            self._pending_block = block
            return
        self._layout.extend_to_block(block)
        lines = self._layout.text_block_lines
        if not lines:
            return
        self._go(lines[max(0, min(block, len(lines) - 1))])

    def _reveal(self, line: int) -> None:
        """Bring ``line`` into view with a little context above, unless it is in view."""
        top = self.top_line
        if not top <= line < top + self._page_height:
            self._go(line - CONTEXT_LINES)

    # -- movement actions ------------------------------------------------------------------
    def action_line_down(self) -> None:
        self._go(self.scroll_y + 1)

    def action_line_up(self) -> None:
        self._go(self.scroll_y - 1)

    def action_page_down(self) -> None:
        # One line of the page stays in view to keep the reader's place.
        self._go(self.scroll_y + max(1, self._page_height - 1))

    def action_page_up(self) -> None:
        self._go(self.scroll_y - max(1, self._page_height - 1))

    def action_half_page_down(self) -> None:
        self._go(self.scroll_y + max(1, self._page_height // 2))

    def action_half_page_up(self) -> None:
        self._go(self.scroll_y - max(1, self._page_height // 2))

    def action_top(self) -> None:
        self._go(0)

    def action_bottom(self) -> None:
        self._complete_layout()
        self._go(self.max_scroll_y)

    # -- find ------------------------------------------------------------------------------
    @property
    def find_query(self) -> str:
        return self._find_query

    @property
    def find_status(self) -> str:
        if not self._find_query:
            return ""
        if not self._matches:
            return "no matches"
        return f"{self._match_index + 1}/{len(self._matches)}"

    @property
    def matches(self) -> list[Match]:
        return list(self._matches)

    def find(self, query: str) -> int:
        """Highlight every match of ``query`` and go to the first at or after the top of
        the view; returns how many there are."""
        self._find_query = query
        layout = self._complete_layout()
        matches = layout.find(query) if layout else []
        self._set_matches(matches, keep_index=False)
        if matches:
            top = self.top_line
            index = next((i for i, m in enumerate(matches) if m.line >= top), 0)
            self._select_match(index)
        return len(matches)

    def find_next(self) -> bool:
        if not self._matches:
            return False
        self._select_match((self._match_index + 1) % len(self._matches))
        return True

    def find_previous(self) -> bool:
        if not self._matches:
            return False
        self._select_match((self._match_index - 1) % len(self._matches))
        return True

    def clear_find(self) -> None:
        self._find_query = ""
        self._set_matches([], keep_index=False)

    def action_find_next(self) -> None:
        self.find_next()

    def action_find_previous(self) -> None:
        self.find_previous()

    def _set_matches(self, matches: list[Match], *, keep_index: bool) -> None:
        if keep_index and matches and self._match_index >= 0:
            self._match_index = min(self._match_index, len(matches) - 1)
        else:
            self._match_index = -1
        self._matches = matches
        self._mark_matches()

    def _select_match(self, index: int) -> None:
        # Only the lines of the old and the new current match are drawn again, so stepping
        # through thousands of matches costs the same as through a few.
        for old in (self._match_index, index):
            if 0 <= old < len(self._matches):
                for part in self._matches[old].parts():
                    self._strips.discard(part.line)
        self._match_index = index
        self.refresh()
        self._reveal(self._matches[index].line)

    def _mark_matches(self) -> None:
        """Index every match by the lines it is on (each mark holds its match's index)."""
        marks: dict[int, list[tuple[int, int, int]]] = {}
        for i, match in enumerate(self._matches):
            for part in match.parts():
                marks.setdefault(part.line, []).append((part.x_start, part.x_end, i))
        self._match_lines = marks
        self._strips.clear()
        self.refresh()

    # -- quotations ------------------------------------------------------------------------
    @property
    def current_quote(self) -> int | None:
        return self._current_quote

    @property
    def skip_terms(self) -> bool:
        return self._skip_terms

    @skip_terms.setter
    def skip_terms(self, skip: bool) -> None:
        self._skip_terms = skip
        self._quote_order = None

    @property
    def only_speaker(self) -> str | None:
        return self._only_speaker

    @only_speaker.setter
    def only_speaker(self, speaker: str | None) -> None:
        self._only_speaker = speaker
        self._quote_order = None

    def jump_to_quote(self, quote_id: int) -> bool:
        """Bring quotation ``quote_id`` into view; False if it is not in the article."""
        layout = self._complete_layout()
        if layout is None or quote_id not in layout.quote_lines:
            return False
        self._current_quote = quote_id
        self._go(layout.quote_lines[quote_id] - CONTEXT_LINES)
        return True

    @property
    def shown_quote(self) -> Quote | None:
        """The quotation jumped to last, while it is on the screen."""
        layout = self._layout
        if self._current_quote is None or self._document is None or layout is None or \
                not layout.complete:  # (a jump lays the article out whole first)
            return None
        line = layout.quote_lines.get(self._current_quote)
        if line is None or not self.top_line <= line < self.top_line + self._page_height:
            return None
        return next((q for q in self._document.quotes if q.id == self._current_quote), None)

    @property
    def quote_status(self) -> str:
        """Where the current quotation stands among those the keys visit, and who says it
        ("2/9 · Putin"); "" when there is none or it has left the screen."""
        quote = self.shown_quote
        if quote is None or self._layout is None:
            return ""
        order = self._order(self._layout)
        here = next((i for i, (_, q) in enumerate(order) if q == quote.id), None)
        if here is None:
            return ""
        who = quote.speaker or ""
        if quote.kind == "term":
            who = f"{who} (term)" if who else "term"
        if len(who) > MAX_SPEAKER_CHARS:
            who = who[:MAX_SPEAKER_CHARS - 1].rstrip() + "…"
        if self._only_speaker is not None:
            who = f"only {who}"
        return f"{here + 1}/{len(order)}" + (f" · {who}" if who else "")

    def _order(self, layout: Layout) -> list[tuple[int, int]]:
        """The quotations the keys visit, as (first line, id), top to bottom: all of them,
        or without the terms, or one speaker's alone (with their terms, unless skipped)."""
        if self._quote_order is None:
            quotes = self._document.quotes if self._document is not None else ()
            if self._only_speaker is not None:
                names = speaker_names(quotes)  # ("Putin" is Vladimir Putin)
                passed = {q.id for q in quotes if names.get(q.speaker or "") != self._only_speaker
                          or self._skip_terms and q.kind == "term"}
            else:
                passed = {q.id for q in quotes if q.kind == "term"} if self._skip_terms \
                    else set()
            self._quote_order = sorted(
                (line, q) for q, line in layout.quote_lines.items() if q not in passed)
        return self._quote_order

    def _quote_step(self, forward: bool) -> bool:
        layout = self._complete_layout()
        if layout is None:
            return False
        order = self._order(layout)
        if not order:
            return False
        top = self.top_line
        index: int | None = None
        here = next((i for i, (_, q) in enumerate(order) if q == self._current_quote), None)
        if here is not None:  # (None too when the current quotation is a term now skipped)
            line = order[here][0]
            if top <= line < top + self._page_height:
                index = here + (1 if forward else -1)
        if index is None:
            if forward:
                index = next((i for i, (line, _) in enumerate(order) if line >= top), len(order))
            else:
                index = max((i for i, (line, _) in enumerate(order) if line < top), default=-1)
        if not 0 <= index < len(order):
            return False
        return self.jump_to_quote(order[index][1])

    def next_quote(self) -> bool:
        """Go to the next quotation; False at the last one."""
        return self._quote_step(True)

    def previous_quote(self) -> bool:
        """Go to the previous quotation; False at the first one."""
        return self._quote_step(False)

    def action_next_quote(self) -> None:
        self.next_quote()

    def action_previous_quote(self) -> None:
        self.previous_quote()

    def action_toggle_quotes(self) -> None:
        self.show_quotes = not self.show_quotes

    # -- mouse -----------------------------------------------------------------------------
    def on_click(self, event: Click) -> None:
        if self._layout is None:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        number = self._layout.link_at(self.top_line + offset.y, offset.x)
        if number is not None:
            event.stop()
            self.post_message(self.LinkClicked(number))
