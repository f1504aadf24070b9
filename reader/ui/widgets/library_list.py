"""LibraryList: the saved articles, drawn with the line API one visible row at a time.

The list never holds one widget per article. It knows how many rows there are and asks a
:class:`RowSource` for the rows of a page (``PAGE_ROWS`` at a time) only when a line of that
page is drawn; pages are kept in a small LRU cache. So a library of 100,000 articles costs
the same to show and to move through as one of 1,000: the store reads one page off an index,
and the list draws only what is on screen.

Each row is two lines (title with a progress bar; site, date, reading time and tags), three
while searching (the matching snippet). All text is drawn from plain strings as Segments,
never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.events import Click, Resize
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

if TYPE_CHECKING:
    from reader.store import Entry

PAGE_ROWS = 100
BAR_CELLS = 5
# Width of the left gutter: a space, the star / unread mark, a space.
GUTTER = 3


@dataclass(frozen=True)
class LibraryRow:
    """One article as listed; ``snippet`` and ``matches`` are set while searching."""

    entry: Entry
    snippet: str = ""
    matches: tuple[tuple[int, int], ...] = ()


class RowSource(Protocol):
    """Where the list's rows come from: a store view or a list of search hits."""

    @property
    def total(self) -> int: ...

    def rows(self, offset: int, limit: int) -> Sequence[LibraryRow]: ...


class ListSource:
    """Rows already in memory (search hits)."""

    def __init__(self, rows: Sequence[LibraryRow]) -> None:
        self._rows = list(rows)

    @property
    def total(self) -> int:
        return len(self._rows)

    def rows(self, offset: int, limit: int) -> Sequence[LibraryRow]:
        return self._rows[offset : offset + limit]


EMPTY_SOURCE = ListSource(())


def progress_bar(fraction: float) -> str:
    """``▰▰▱▱▱  40%``: five cells and the percentage, fixed width."""
    fraction = min(1.0, max(0.0, fraction))
    filled = round(fraction * BAR_CELLS)
    return "▰" * filled + "▱" * (BAR_CELLS - filled) + f" {round(fraction * 100):>3}%"


def entry_date(entry: Entry) -> str:
    """The date shown for an article: when it was published, else when it was saved. A fixed
    format, never relative ("3 days ago" would change under the reader's eyes)."""
    moment = entry.published or entry.added_at
    return moment.strftime("%Y-%m-%d")


def one_line(text: str) -> str:
    """Text for one line of the list, same length (snippet match offsets stay valid)."""
    return text.replace("\n", " ").replace("\t", " ").replace("\r", " ")


def fit(text: str, width: int) -> str:
    """``text`` cut (with an ellipsis) or padded to exactly ``width`` cells."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


class LibraryList(ScrollView, can_focus=True):
    """Rows from a :class:`RowSource`; a cursor row; ``action_select`` (Enter, bound by the
    screen) and a double click post :class:`Selected`."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "library-list--title",
        "library-list--unread",
        "library-list--meta",
        "library-list--tag",
        "library-list--star",
        "library-list--bar",
        "library-list--snippet",
        "library-list--match",
        "library-list--cursor",
        "library-list--message",
    }

    DEFAULT_CSS = """
    LibraryList {
        background: $background;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    LibraryList > .library-list--title { text-style: bold; }
    LibraryList > .library-list--unread { color: $text-accent; }
    LibraryList > .library-list--meta { color: $text-muted; }
    LibraryList > .library-list--tag { color: $text-secondary; }
    LibraryList > .library-list--star { color: $text-warning; }
    LibraryList > .library-list--bar { color: $text-success; }
    LibraryList > .library-list--snippet { color: $foreground-muted; text-style: italic; }
    LibraryList > .library-list--match { color: $text-accent; text-style: bold not italic; }
    LibraryList > .library-list--cursor { background: $boost; }
    LibraryList:focus > .library-list--cursor { background: $primary-muted; }
    LibraryList > .library-list--message { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next article", show=False, id="library.down"),
        Binding("k,up", "cursor_up", "Previous article", show=False, id="library.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False,
                id="library.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="library.page_up"),
        Binding("g,home", "first", "First article", show=False, id="library.first"),
        Binding("G,end", "last", "Last article", show=False, id="library.last"),
    ]

    cursor: reactive[int] = reactive(0, init=False, always_update=True)
    """Index of the highlighted row."""

    class Selected(Message):
        """Enter (or a click on the highlighted row) on a row."""

        def __init__(self, row: LibraryRow) -> None:
            super().__init__()
            self.row = row

    class Highlighted(Message):
        """The cursor moved to a row (None when the list is empty)."""

        def __init__(self, row: LibraryRow | None) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, name: str | None = None, id: str | None = None,  # noqa: A002
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._source: RowSource = EMPTY_SOURCE
        self._total = 0
        self._pages: LRUCache[int, Sequence[LibraryRow]] = LRUCache(32)
        self._strips: LRUCache[tuple[int, int, bool], Strip] = LRUCache(256)
        self._styles: dict[str, Style] | None = None
        self.message = ""
        self.row_height = 2

    # -- data ---------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def set_source(self, source: RowSource, *, message: str = "", snippets: bool = False,
                   cursor: int = 0) -> None:
        """Show the rows of ``source`` (``message`` when it has none), the cursor at row
        ``cursor`` (clamped)."""
        self._source = source
        self._total = source.total
        self.message = message
        self.row_height = 3 if snippets else 2
        self._pages.clear()
        self._strips.clear()
        self._update_size()
        self.set_reactive(LibraryList.cursor, max(0, min(cursor, self._total - 1)))
        self._reveal_cursor(force_top=cursor == 0)
        self.refresh()
        self.post_message(self.Highlighted(self.current_row))

    def row(self, index: int) -> LibraryRow | None:
        """Row ``index``, read from the source a page at a time."""
        if not 0 <= index < self._total:
            return None
        number, within = divmod(index, PAGE_ROWS)
        page = self._pages.get(number)
        if page is None:
            page = self._source.rows(number * PAGE_ROWS, PAGE_ROWS)
            self._pages[number] = page
        return page[within] if within < len(page) else None

    @property
    def current_row(self) -> LibraryRow | None:
        return self.row(self.cursor)

    def show_message(self, message: str) -> None:
        self.message = message
        self._strips.clear()
        self.refresh()

    # -- geometry -----------------------------------------------------------------------------
    def _update_size(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        self.virtual_size = Size(width, self._total * self.row_height)

    def on_resize(self, event: Resize) -> None:
        self._strips.clear()
        self._update_size()
        self._reveal_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._strips.clear()

    @property
    def _page_rows(self) -> int:
        height = self.scrollable_content_region.height or self.size.height
        return max(1, height // self.row_height)

    def _reveal_cursor(self, force_top: bool = False) -> None:
        top = self.cursor * self.row_height
        height = self.scrollable_content_region.height or self.size.height
        if force_top:
            self.scroll_to(y=0, animate=False, immediate=True)
        elif top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif height and top + self.row_height > self.scroll_y + height:
            self.scroll_to(y=top + self.row_height - height, animate=False, immediate=True)

    def watch_cursor(self, old: int, new: int) -> None:
        self._reveal_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self.current_row))

    def move_cursor(self, index: int) -> None:
        if self._total:
            self.cursor = max(0, min(index, self._total - 1))

    # -- actions ------------------------------------------------------------------------------
    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor + self._page_rows)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor - self._page_rows)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self._total - 1)

    def action_select(self) -> None:
        row = self.current_row
        if row is not None:
            self.post_message(self.Selected(row))

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._total:
            return
        index = (round(self.scroll_y) + offset.y) // self.row_height
        if index >= self._total:
            return
        if index == self.cursor and event.chain >= 2:
            self.action_select()
        else:
            self.move_cursor(index)

    # -- drawing ------------------------------------------------------------------------------
    def _style(self, role: str) -> Style:
        if self._styles is None:
            base = self.rich_style
            styles = {"base": Style(color=base.color, bgcolor=base.bgcolor)}
            for name in self.COMPONENT_CLASSES:
                role_name = name.removeprefix("library-list--")
                partial = self.get_component_rich_style(name, partial=True)
                full = self.get_component_rich_style(name)
                colours = Style(
                    color=full.color if partial.color is not None else None,
                    bgcolor=full.bgcolor if partial.bgcolor is not None else None,
                )
                styles[role_name] = partial + colours
            self._styles = styles
        return self._styles[role]

    def render_line(self, y: int) -> Strip:
        # The width left of the scrollbar.
        width = self.scrollable_content_region.width or self.size.width
        line = round(self.scroll_y) + y
        base = self._style("base")
        if not self._total:
            if y == 1 and self.message:
                text = fit("  " + self.message, width)
                return Strip([Segment(text, base + self._style("message"))], width)
            return Strip.blank(width, base)
        index, part = divmod(line, self.row_height)
        if index >= self._total:
            return Strip.blank(width, base)
        selected = index == self.cursor
        key = (index, part, selected)
        strip = self._strips.get(key)
        if strip is None:
            row = self.row(index)
            if row is None:
                return Strip.blank(width, base)
            if selected:
                base = base + self._style("cursor")
            strip = Strip(self._line(row, part, width, base), width)
            self._strips[key] = strip
        return strip

    def _line(self, row: LibraryRow, part: int, width: int, base: Style) -> list[Segment]:
        entry = row.entry
        style = self._style
        if part == 0:
            if entry.starred:
                mark = Segment(" ★ ", base + style("star"))
            elif entry.opened_at is None:
                mark = Segment(" • ", base + style("unread"))
            else:
                mark = Segment("   ", base)
            bar = progress_bar(entry.progress)
            title_width = max(0, width - GUTTER - len(bar) - 2)
            title = fit(one_line(entry.title or entry.display_url), title_width)
            return [
                mark,
                Segment(title, base + style("title")),
                Segment("  ", base),
                Segment(fit(bar, max(0, width - GUTTER - title_width - 2)),
                        base + style("bar")),
            ]
        if part == 1:
            facts = [entry.site or "", entry_date(entry)]
            if entry.reading_minutes:
                facts.append(f"{entry.reading_minutes} min")
            if entry.archived:
                facts.append("archived")
            meta = one_line(" · ".join(f for f in facts if f))
            segments = [Segment(" " * GUTTER, base), Segment(meta, base + style("meta"))]
            used = GUTTER + cell_len(meta)
            for tag in entry.tags:
                text = " #" + one_line(tag)
                segments.append(Segment(text, base + style("tag")))
                used += cell_len(text)
            return _fit_segments(segments, width, base)
        return self._snippet(row, width, base)

    def _snippet(self, row: LibraryRow, width: int, base: Style) -> list[Segment]:
        snippet = one_line(row.snippet)
        plain = base + self._style("snippet")
        match = plain + self._style("match")
        segments = [Segment(" " * GUTTER, base)]
        at = 0
        for start, end in row.matches:
            if start > at:
                segments.append(Segment(snippet[at:start], plain))
            segments.append(Segment(snippet[start:end], match))
            at = end
        if at < len(snippet):
            segments.append(Segment(snippet[at:], plain))
        return _fit_segments(segments, width, base)


def _fit_segments(segments: list[Segment], width: int, base: Style) -> list[Segment]:
    """The segments cut (with an ellipsis) or padded to exactly ``width`` cells."""
    length = sum(cell_len(s.text) for s in segments)
    if length <= width:
        return [*segments, Segment(" " * (width - length), base)]
    cut = list(Strip(segments).crop(0, max(0, width - 1)))
    style = cut[-1].style if cut else base
    return [*cut, Segment("…", style)]
