"""Layout: a Document turned into wrapped, styled lines for a given width.

Pure and terminal-free (Rich's ``Style`` and ``Segment`` only, never Textual), so it is tested
and benchmarked without an App. Every line is a list of Segments exactly ``width`` cells wide:
a left margin that centres the text column, the block's gutter (list markers, quote bars),
the words, and padding. The view only turns the visible lines into Strips.

Wrapping is by terminal cells. Text made only of characters one cell wide (Latin, Greek,
Cyrillic, common punctuation: nearly every news article) is wrapped by one regular
expression per paragraph, so the work stays in C and grows linearly with the text; anything
else (East Asian wide characters, combining marks, emoji) is wrapped word by word with
``rich.cells.cell_len`` and long words are broken between graphemes.

Styles come in as a mapping of role name (see ``ROLES``) to Rich ``Style``: the view builds it
from the theme. A *text block* is numbered as in ``reader.document`` (headings, paragraphs,
list-item paragraphs, figure captions, table cells, in reading order), so positions saved by
text block survive a change of width.
"""

from __future__ import annotations

import gc
import re
import sys
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.cells import cell_len, split_graphemes
from rich.segment import Segment
from rich.style import Style

from reader.document import (
    Block,
    BlockQuote,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Preformatted,
    Rule,
    Span,
    Spans,
    Table,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

_DONE = object()

ROLES: tuple[str, ...] = (
    "text", "title", "meta",
    "heading1", "heading2", "heading3", "heading4", "heading5", "heading6",
    "em", "strong", "code", "mark", "del", "link", "link-number",
    "quote-speech", "quote-term", "quote-block", "quote-mark", "blockquote-bar",
    "pre", "figure", "caption", "rule", "table-header", "table-border",
    "find-match", "find-current",
)
"""Every style role the layout (and the view's highlighting) uses."""

# Empty margin on each side when the text column takes the whole width.
FULL_WIDTH_MARGIN = 2
# A text column is never narrower than this, however deep the nesting (it is clipped instead).
MIN_TEXT_WIDTH = 8
BULLETS = ("•", "◦", "▪", "‣")
QUOTE_BAR = "│ "
CACHE_SIZE = 8

# Code points known to be exactly one cell wide (checked against Rich's table in the tests).
_NARROW_RANGES = (
    (0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x48A, 0x590), (0x1E00, 0x200A),
    (0x2010, 0x2027), (0x2030, 0x205E), (0x2070, 0x20CF), (0x2100, 0x2319), (0x2500, 0x25FC),
)
# One search in C tells whether a paragraph has any other character (much faster than a set).
_NOT_NARROW = re.compile(
    "[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in _NARROW_RANGES) + "]"
)


def _is_narrow(text: str) -> bool:
    return _NOT_NARROW.search(text) is None

_STYLE_ROLES = ("em", "strong", "code", "mark", "del")


@dataclass(frozen=True)
class OutlineEntry:
    """A heading in the outline: its level, text, first line and text block."""

    level: int
    text: str
    line: int
    block: int


@dataclass(frozen=True)
class Match:
    """A find match on ``line`` from cell ``x_start`` to ``x_end`` (exclusive). A match that
    runs across a wrapped line break continues in ``more`` on the following lines."""

    line: int
    x_start: int
    x_end: int
    more: tuple[Match, ...] = ()

    def parts(self) -> tuple[Match, ...]:
        return (Match(self.line, self.x_start, self.x_end), *self.more)


@dataclass(eq=False)
class Layout:
    """The lines of one Document at one width, and what the view needs to move through them.

    ``lines[i]`` is a list of Segments exactly ``width`` cells wide. ``text_block_lines[b]`` is
    the first line of text block ``b``; ``quote_lines[id]`` the first line of quotation
    ``id``; ``link_hits[line]`` the ``(x_start, x_end, link number)`` ranges on that line
    (lines without links are absent). Treat a Layout as read-only: it is shared by the cache.
    """

    width: int
    column_x: int
    column_width: int
    lines: list[list[Segment]] = field(default_factory=list)
    text_block_lines: list[int] = field(default_factory=list)
    headings: list[OutlineEntry] = field(default_factory=list)
    quote_lines: dict[int, int] = field(default_factory=dict)
    link_hits: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    # For find: each line's plain words, the cell where they start, and what separated them
    # from the previous line in the text ("\n" between blocks, " " or "" at a wrap).
    texts: list[str] = field(default_factory=list, repr=False)
    text_x: list[int] = field(default_factory=list, repr=False)
    seps: list[str] = field(default_factory=list, repr=False)
    _search: tuple[str, list[int]] | None = field(default=None, repr=False)
    # Laying out goes on block by block from here while the layout is not complete.
    _pending: Iterator[None] | None = field(default=None, repr=False)
    _blocks_total: int = field(default=0, repr=False)
    _blocks_done: int = field(default=0, repr=False)

    @property
    def line_count(self) -> int:
        """Lines laid out so far (all of them once ``complete``)."""
        return len(self.lines)

    @property
    def complete(self) -> bool:
        return self._pending is None

    @property
    def estimated_line_count(self) -> int:
        """The line count, estimated from the blocks done while the layout is not complete."""
        if self._pending is None or not self._blocks_done:
            return len(self.lines)
        return max(len(self.lines), round(len(self.lines) * self._blocks_total
                                          / self._blocks_done))

    def extend(self, lines: int) -> bool:
        """Lay out more blocks until there are at least ``lines`` lines or none are left;
        True when the layout is complete."""
        pending = self._pending
        if pending is None:
            return True
        collecting = gc.isenabled()
        # Laying out makes many small long-lived objects and no cycles: collecting garbage
        # in the middle would only walk them again and again.
        gc.disable()
        try:
            while len(self.lines) < lines:
                if next(pending, _DONE) is _DONE:
                    self._pending = None
                    return True
        finally:
            if collecting:
                gc.enable()
        return False

    def extend_to_block(self, block: int) -> None:
        """Lay out at least as far as text block ``block``."""
        while self._pending is not None and len(self.text_block_lines) <= block:
            self.extend(len(self.lines) + 200)

    def finish(self) -> Layout:
        """Lay out everything that is left; returns the layout."""
        self.extend(sys.maxsize)
        return self

    def block_at(self, line: int) -> int:
        """The text block shown at ``line`` (the last one starting at or above it)."""
        if not self.text_block_lines:
            return 0
        return max(0, bisect_right(self.text_block_lines, line) - 1)

    def link_at(self, line: int, x: int) -> int | None:
        """The number of the link drawn at cell ``x`` of ``line``, if any."""
        for x_start, x_end, number in self.link_hits.get(line, ()):
            if x_start <= x < x_end:
                return number
        return None

    def find(self, query: str) -> list[Match]:
        """Every case-insensitive occurrence of ``query`` in the laid-out text, in order.
        A match may run across a wrapped line break (not across blocks)."""
        self.finish()
        query = _lower(query)
        if not query.strip() or "\n" in query:
            return []
        if self._search is None:
            parts: list[str] = []
            starts: list[int] = []
            offset = 0
            for text, sep in zip(self.texts, self.seps, strict=True):
                parts.append(sep)
                offset += len(sep)
                starts.append(offset)
                parts.append(text)
                offset += len(text)
            self._search = (_lower("".join(parts)), starts)
        haystack, starts = self._search
        matches: list[Match] = []
        size = len(query)
        at = haystack.find(query)
        while at >= 0:
            matches.append(self._match(at, at + size, starts))
            at = haystack.find(query, at + size)
        return matches

    def _match(self, start: int, end: int, starts: list[int]) -> Match:
        line = bisect_right(starts, start) - 1
        pieces: list[Match] = []
        while True:
            text = self.texts[line]
            col = start - starts[line]
            stop = min(end - starts[line], len(text))
            x = self.text_x[line]
            x_start = x + cell_len(text[:col])
            pieces.append(Match(line, x_start, x_start + cell_len(text[col:stop])))
            if end <= starts[line] + len(text) or line + 1 >= len(self.texts):
                break
            line += 1
            start = starts[line]
        first = pieces[0]
        return Match(first.line, first.x_start, first.x_end, tuple(pieces[1:]))


def _lower(text: str) -> str:
    """Lower case with the same length, so offsets in the lowered text match the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[:1] or c for c in text)


# ---------------------------------------------------------------------------------------
# Wrapping


_wrap_patterns: dict[int, re.Pattern[str]] = {}


def _wrap_pattern(width: int) -> re.Pattern[str]:
    pattern = _wrap_patterns.get(width)
    if pattern is None:
        # Greedy: the longest run of at most `width` characters that ends before a space or
        # the end; failing that (a word longer than the line), exactly `width` characters.
        pattern = re.compile(f"(.{{1,{width}}})(?: |$)|(.{{{width}}})")
        _wrap_patterns[width] = pattern
    return pattern


def wrap(text: str, width: int) -> list[tuple[int, int, str]]:
    """Line ranges ``(start, end, sep)`` for ``text`` wrapped at ``width`` cells; ``sep`` is
    what the wrap removed before the next line (" " or ""). Hard line breaks ("\\n") are
    kept; an empty text gives one empty line."""
    width = max(1, width)
    out: list[tuple[int, int, str]] = []
    base = 0
    for hard in text.split("\n"):
        if not hard:
            out.append((base, base, "\n"))
        elif _is_narrow(hard):
            if len(hard) <= width:
                out.append((base, base + len(hard), "\n"))
            else:
                for m in _wrap_pattern(width).finditer(hard):
                    if m.group(1) is not None:
                        start, end = m.span(1)
                        out.append((base + start, base + end, " " if m.end() > end else ""))
                    else:
                        start, end = m.span(2)
                        out.append((base + start, base + end, ""))
                if out and out[-1][2] != "\n":
                    last = out[-1]
                    out[-1] = (last[0], last[1], "\n")
        else:
            out.extend(_wrap_wide(hard, width, base))
        base += len(hard) + 1
    # The last separator is the block's own: the caller decides what precedes the next block.
    return out


def _wrap_wide(text: str, width: int, base: int) -> Iterator[tuple[int, int, str]]:
    """Word-by-word wrapping with cell widths, for text with wide or zero-width characters."""
    line_start = 0
    line_end = 0
    used = 0
    pos = 0
    for word in text.split(" "):
        size = cell_len(word)
        word_start = pos
        pos += len(word) + 1
        if used and used + 1 + size <= width:
            line_end = word_start + len(word)
            used += 1 + size
            continue
        if used:
            yield (base + line_start, base + line_end, " ")
        if size <= width:
            line_start, line_end, used = word_start, word_start + len(word), size
            continue
        # A word wider than the line: break it between graphemes.
        spans, _ = split_graphemes(word)
        chunk_start = word_start
        chunk_cells = 0
        for start, _end, cells in spans:
            if chunk_cells + cells > width and chunk_cells:
                yield (base + chunk_start, base + word_start + start, "")
                chunk_start, chunk_cells = word_start + start, 0
            chunk_cells += cells
        line_start, line_end, used = chunk_start, word_start + len(word), chunk_cells
    if used or line_end > line_start:
        yield (base + line_start, base + line_end, "\n")
    elif not text.strip(" "):
        yield (base, base, "\n")


# ---------------------------------------------------------------------------------------
# Building lines


@dataclass
class _Gutter:
    """What a container draws left of its lines: ``first`` on its first line, then ``rest``."""

    first: list[Segment]
    rest: list[Segment]
    width: int
    used: bool = False


class _Builder:
    def __init__(
        self,
        document: Document,
        layout: Layout,
        styles: Mapping[str, Style],
        show_quotes: bool,
    ) -> None:
        self.document = document
        self.layout = layout
        self.styles = styles
        self.show_quotes = show_quotes
        self.quote_kinds = {q.id: q.kind for q in document.quotes}
        self.text_style = styles["text"]
        self.margin = [Segment(" " * layout.column_x, self.text_style)] if layout.column_x else []
        self.gutters: list[_Gutter] = []
        self.indent = 0
        self.pads: dict[tuple[int, Style], Segment] = {}
        self.style_cache: dict[tuple[object, ...], Style] = {}
        # Base styles are kept here for the whole layout, so their ids are stable keys.
        self.bases: dict[str, Style] = {"text": self.text_style}
        self.number_styles: dict[int, Style] = {}
        self.block = 0
        self.list_depth = 0

    # -- styles ----------------------------------------------------------------------------
    def role(self, name: str) -> Style:
        return self.styles.get(name) or Style()

    def base(self, name: str) -> Style:
        """The text style with a role's style over it (the same object every time)."""
        style = self.bases.get(name)
        if style is None:
            style = self.bases[name] = self.text_style + self.role(name)
        return style

    def span_style(
        self, base: Style, styles: frozenset[str], link: bool, quote: int | None
    ) -> Style:
        kind = self.quote_kinds.get(quote) if quote is not None and self.show_quotes else None
        qmark = "qmark" in styles and kind is not None
        key = (id(base), styles, link, kind, qmark)
        style = self.style_cache.get(key)
        if style is None:
            style = base
            if kind is not None:
                style += self.role(f"quote-{kind}")
            for name in _STYLE_ROLES:
                if name in styles:
                    style += self.role(name)
            if link:
                style += self.role("link")
            if qmark:
                style += self.role("quote-mark")
            self.style_cache[key] = style
        return style

    def pad(self, cells: int, style: Style | None = None) -> Segment:
        style = style or self.text_style
        key = (cells, style)
        segment = self.pads.get(key)
        if segment is None:
            segment = self.pads[key] = Segment(" " * cells, style)
        return segment

    # -- lines -----------------------------------------------------------------------------
    @property
    def avail(self) -> int:
        return max(MIN_TEXT_WIDTH, self.layout.column_width - self.indent)

    def gutter_segments(self) -> list[Segment]:
        out = list(self.margin)
        for gutter in self.gutters:
            if gutter.used:
                out.extend(gutter.rest)
            else:
                out.extend(gutter.first)
                gutter.used = True
        return out

    def emit(self, content: list[Segment], cells: int, text: str, sep: str) -> int:
        """Add one line; returns its number."""
        layout = self.layout
        segments = self.gutter_segments()
        x = layout.column_x + self.indent
        segments.extend(content)
        used = x + cells
        if used < layout.width:
            segments.append(self.pad(layout.width - used))
        elif used > layout.width:
            segments = Segment.adjust_line_length(segments, layout.width, self.text_style)
        layout.lines.append(segments)
        layout.texts.append(text)
        layout.text_x.append(x)
        layout.seps.append(sep)
        return len(layout.lines) - 1

    def blank(self) -> None:
        """A blank line; quote bars to the left carry on through it."""
        segments = list(self.margin)
        cells = self.layout.column_x
        for gutter in self.gutters:
            segments.extend(gutter.rest)
            cells += gutter.width
        if cells < self.layout.width:
            segments.append(self.pad(self.layout.width - cells))
        layout = self.layout
        layout.lines.append(segments)
        layout.texts.append("")
        layout.text_x.append(cells)
        layout.seps.append("\n")

    def push(self, first: list[Segment], rest: list[Segment], width: int) -> None:
        self.gutters.append(_Gutter(first, rest, width))
        self.indent += width

    def pop(self) -> None:
        self.indent -= self.gutters.pop().width

    # -- inline text -----------------------------------------------------------------------
    def runs(
        self, spans: Spans, base: Style
    ) -> tuple[str, list[tuple[int, int, Style, int | None]], dict[int, int]]:
        """The display text of spans, its style runs ``(start, end, style, link)``, and the
        offset where each quotation first appears. A link's number follows its last span."""
        parts: list[str] = []
        runs: list[tuple[int, int, Style, int | None]] = []
        quote_starts: dict[int, int] = {}
        offset = 0
        count = len(spans)
        number_style = self.number_styles.get(id(base))
        if number_style is None:
            number_style = self.number_styles[id(base)] = base + self.role("link-number")
        for i, span in enumerate(spans):
            text = span.text
            if not text:
                continue
            if span.quote is not None and span.quote not in quote_starts:
                quote_starts[span.quote] = offset
            style = self.span_style(base, span.styles, span.link is not None, span.quote)
            end = offset + len(text)
            runs.append((offset, end, style, span.link))
            parts.append(text)
            offset = end
            if span.link is not None and (
                i + 1 == count or spans[i + 1].link != span.link
            ):
                marker = f"[{span.link}]"
                end = offset + len(marker)
                runs.append((offset, end, number_style, span.link))
                parts.append(marker)
                offset = end
        return "".join(parts), runs, quote_starts

    def wrapped(
        self, text: str, runs: list[tuple[int, int, Style, int | None]], width: int
    ) -> list[tuple[list[Segment], int, str, str, list[tuple[int, int, int]], int]]:
        """The wrapped lines of a display text: ``(segments, cells, text, sep, link ranges,
        start offset)``; link ranges are in cells from the line's start."""
        out = []
        narrow = _is_narrow(text)
        r = 0
        n_runs = len(runs)
        previous_sep = "\n"
        for start, end, sep in wrap(text, width):
            while r < n_runs and runs[r][1] <= start:
                r += 1
            segments: list[Segment] = []
            links: list[tuple[int, int, int]] = []
            x = 0
            k = r
            while k < n_runs and runs[k][0] < end:
                run_start, run_end, style, link = runs[k]
                a = run_start if run_start > start else start
                b = run_end if run_end < end else end
                piece = text[a:b]
                if piece:
                    cells = len(piece) if narrow else cell_len(piece)
                    segments.append(Segment(piece, style))
                    if link is not None:
                        if links and links[-1][2] == link and links[-1][1] == x:
                            links[-1] = (links[-1][0], x + cells, link)
                        else:
                            links.append((x, x + cells, link))
                    x += cells
                if run_end > end:
                    break
                k += 1
            line_text = text[start:end]
            out.append((segments, x, line_text, previous_sep, links, start))
            previous_sep = sep
        return out

    def paragraph(self, spans: Spans, base: Style, *, text_block: bool = True) -> int:
        """Lay out spans as wrapped lines; returns the first line's number."""
        first_line = len(self.layout.lines)
        if text_block:
            self.layout.text_block_lines.append(first_line)
            self.block += 1
        text, runs, quote_starts = self.runs(spans, base)
        lines = self.wrapped(text, runs, self.avail)
        if not lines:
            return first_line
        starts: list[int] = []
        for segments, cells, line_text, sep, links, start in lines:
            line = self.emit(segments, cells, line_text, sep)
            if links:
                x = self.layout.column_x + self.indent
                self.layout.link_hits[line] = [(x + a, x + b, n) for a, b, n in links]
            starts.append(start)
        for quote, offset in quote_starts.items():
            if quote not in self.layout.quote_lines:
                self.layout.quote_lines[quote] = first_line + bisect_right(starts, offset) - 1
        return first_line

    # -- blocks ----------------------------------------------------------------------------
    def header(self) -> None:
        article = self.document.article
        title = article.title or "Untitled"
        self.paragraph((Span(title),), self.base("title"), text_block=False)
        facts = [f for f in (article.byline, article.site_name) if f]
        if article.published:
            facts.append(article.published.date().isoformat())
        if article.reading_minutes:
            facts.append(f"{article.reading_minutes} min read")
        if facts:
            self.paragraph(
                (Span(" · ".join(facts)),), self.base("meta"), text_block=False
            )

    def run(self) -> Iterator[None]:
        """Lay out the header, then the top-level blocks one at a time."""
        self.header()
        document = self.document
        if document.blocks:
            self.blank()
        for i, block in enumerate(document.blocks):
            if i:
                self.blank()
            self.one(block)
            self.layout._blocks_done = i + 1
            yield

    def blocks(self, blocks: tuple[Block, ...], *, compact: bool = False) -> None:
        previous: Block | None = None
        for block in blocks:
            if previous is not None and not (
                compact and (isinstance(block, ListBlock) or isinstance(previous, ListBlock))
            ):
                self.blank()
            self.one(block)
            previous = block

    def one(self, block: Block) -> None:
        text = self.text_style
        match block:
            case Heading(level=level, spans=spans):
                level = min(6, max(1, level))
                line = self.paragraph(spans, self.base(f"heading{level}"))
                self.layout.headings.append(OutlineEntry(
                    level, "".join(s.text for s in spans).replace("\n", " "), line,
                    self.block - 1,
                ))
            case Paragraph(spans=spans):
                self.paragraph(spans, text)
            case BlockQuote(blocks=inner):
                bar = [Segment(QUOTE_BAR, self.base("blockquote-bar"))]
                self.push(bar, bar, len(QUOTE_BAR))
                self.blocks(inner)
                self.pop()
            case ListBlock():
                self.list_block(block)
            case Preformatted(text=pre):
                self.preformatted(pre)
            case Figure(alt=alt, caption=caption):
                label = f"[Image: {alt}]" if alt else "[Image]"
                self.paragraph((Span(label),), self.base("figure"), text_block=False)
                if caption:
                    self.paragraph(caption, self.base("caption"))
            case Rule():
                width = min(self.avail, 40)
                left = (self.avail - width) // 2
                segments = [self.pad(left), Segment("─" * width, self.base("rule"))]
                self.emit(segments, left + width, "", "\n")
            case Table():
                self.table(block)

    def list_block(self, block: ListBlock) -> None:
        depth = self.list_depth
        text = self.text_style
        if block.ordered:
            last = block.start + len(block.items) - 1
            width = max(len(f"{block.start}."), len(f"{last}.")) + 1
        else:
            width = 2
        previous_multi = False
        for n, item in enumerate(block.items, block.start):
            marker = f"{n}." if block.ordered else BULLETS[depth % len(BULLETS)]
            marker = marker.rjust(width - 1) + " "
            multi = sum(1 for b in item if not isinstance(b, ListBlock)) > 1
            if n != block.start and (multi or previous_multi):
                self.blank()
            self.push([Segment(marker, text)], [self.pad(width)], width)
            self.list_depth += 1
            self.blocks(item, compact=True)
            self.list_depth -= 1
            self.pop()
            previous_multi = multi

    def preformatted(self, pre: str) -> None:
        style = self.base("pre")
        avail = self.avail
        for raw in pre.split("\n"):
            line = raw.rstrip()
            cells = cell_len(line)
            content = [Segment(line, style)] if line else []
            if cells > avail:
                # Not re-wrapped: what does not fit is cut off at the column's edge.
                content = Segment.adjust_line_length(content, avail, style)
                cells = avail
            elif cells < avail:
                content.append(self.pad(avail - cells, style))
                cells = avail
            self.emit(content, cells, line, "\n")

    def table(self, block: Table) -> None:
        rows = block.rows
        n_cols = max(len(row) for row in rows)
        text = self.text_style
        header_style = self.base("table-header")
        border_style = self.base("table-border")
        cells_runs: list[list[tuple[str, list, dict[int, int]]]] = []
        natural = [0] * n_cols
        minimum = [1] * n_cols
        for r, row in enumerate(rows):
            base = header_style if r < block.header_rows else text
            row_runs = []
            for c in range(n_cols):
                spans = row[c] if c < len(row) else ()
                shown = self.runs(spans, base)
                row_runs.append(shown)
                for hard in shown[0].split("\n"):
                    natural[c] = max(natural[c], cell_len(hard))
                    for word in hard.split(" "):
                        minimum[c] = max(minimum[c], min(cell_len(word), 20))
            cells_runs.append(row_runs)
        widths = _fit_columns(natural, minimum, self.avail - 3 * (n_cols - 1))
        separator = Segment(" │ ", border_style)
        x0 = self.layout.column_x + self.indent
        for r, row_runs in enumerate(cells_runs):
            first_line = len(self.layout.lines)
            wrapped = []
            for c, (shown_text, runs, quote_starts) in enumerate(row_runs):
                lines = self.wrapped(shown_text, runs, widths[c])
                wrapped.append(lines)
                if c < len(rows[r]):
                    self.layout.text_block_lines.append(first_line)
                    self.block += 1
                    for quote, offset in quote_starts.items():
                        if quote not in self.layout.quote_lines:
                            starts = [line[5] for line in lines]
                            self.layout.quote_lines[quote] = (
                                first_line + bisect_right(starts, offset) - 1
                            )
            height = max(1, max(len(lines) for lines in wrapped))
            for i in range(height):
                segments: list[Segment] = []
                links: list[tuple[int, int, int]] = []
                x = 0
                for c in range(n_cols):
                    if c:
                        segments.append(separator)
                        x += 3
                    if i < len(wrapped[c]):
                        content, cells, _, _, cell_links, _ = wrapped[c][i]
                        segments.extend(content)
                        links.extend((x + a, x + b, n) for a, b, n in cell_links)
                    else:
                        cells = 0
                    if cells < widths[c]:
                        segments.append(self.pad(widths[c] - cells))
                    x += widths[c]
                # The row's text as drawn, borders and padding too, so find's cell positions
                # hold for every column.
                line = self.emit(segments, x, "".join(s.text for s in segments), "\n")
                if links:
                    self.layout.link_hits[line] = [(x0 + a, x0 + b, n) for a, b, n in links]
            if block.header_rows and r == block.header_rows - 1 and r + 1 < len(rows):
                rule = "─┼─".join("─" * w for w in widths)
                self.emit([Segment(rule, border_style)], cell_len(rule), "", "\n")


def _fit_columns(natural: list[int], minimum: list[int], room: int) -> list[int]:
    """Column widths that fit ``room`` cells: natural widths if they fit, otherwise each
    column's longest word plus a share of what is left, in proportion to what it wants."""
    room = max(room, len(natural))
    if sum(natural) <= room:
        return list(natural)
    minimum = [min(m, n) for m, n in zip(minimum, natural, strict=True)]
    if sum(minimum) > room:
        # Not even the longest words fit: share the room in proportion to the natural widths.
        total = sum(natural)
        widths = [max(1, room * n // total) for n in natural]
    else:
        spare = room - sum(minimum)
        wants = [n - m for n, m in zip(natural, minimum, strict=True)]
        total = sum(wants) or 1
        widths = [m + spare * w // total for m, w in zip(minimum, wants, strict=True)]
    # Rounding leaves a few cells over: give them to the columns that want most.
    leftover = room - sum(widths)
    order = sorted(range(len(widths)), key=lambda c: natural[c] - widths[c], reverse=True)
    for c in order:
        if leftover <= 0:
            break
        if widths[c] < natural[c]:
            widths[c] += 1
            leftover -= 1
    return widths


# ---------------------------------------------------------------------------------------
# The entry point, with a small cache


_cache: OrderedDict[tuple[object, ...], tuple[Document, Layout]] = OrderedDict()


def column(width: int, measure: int, full_width: bool) -> tuple[int, int]:
    """The text column's left edge and width within ``width`` cells."""
    width = max(1, width)
    if full_width:
        margin = FULL_WIDTH_MARGIN if width > 2 * FULL_WIDTH_MARGIN + MIN_TEXT_WIDTH else 0
        return margin, width - 2 * margin
    column_width = max(1, min(width, measure))
    return (width - column_width) // 2, column_width


def layout_document(
    document: Document,
    width: int,
    styles: Mapping[str, Style],
    *,
    measure: int = 80,
    full_width: bool = False,
    show_quotes: bool = True,
    first_lines: int | None = None,
) -> Layout:
    """The lines of ``document`` for a view ``width`` cells wide (cached, see module doc).

    With ``first_lines``, only that many lines (or a few more) are laid out now and the
    Layout is not ``complete``: ``extend``, ``extend_to_block`` and ``finish`` go on, so a
    view can show the top of a long article before the rest is laid out."""
    width = max(1, width)
    measure = max(MIN_TEXT_WIDTH, measure)
    key = (
        id(document), width, tuple(sorted(styles.items(), key=lambda item: item[0])),
        measure, full_width, show_quotes,
    )
    hit = _cache.get(key)
    if hit is not None and hit[0] is document:
        _cache.move_to_end(key)
        if first_lines is None:
            hit[1].finish()
        else:
            hit[1].extend(first_lines)
        return hit[1]
    column_x, column_width = column(width, measure, full_width)
    layout = Layout(width=width, column_x=column_x, column_width=column_width)
    builder = _Builder(document, layout, styles, show_quotes)
    layout._pending = builder.run()
    layout._blocks_total = len(document.blocks)
    layout.extend(sys.maxsize if first_lines is None else first_lines)
    _cache[key] = (document, layout)
    _cache.move_to_end(key)
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return layout


def clear_cache() -> None:
    _cache.clear()


def highlight(
    segments: list[Segment], width: int, ranges: list[tuple[int, int, Style]]
) -> list[Segment]:
    """A line of ``width`` cells with ``style`` laid over each cell range
    ``(x_start, x_end, style)`` (sorted, not overlapping), as find draws its matches."""
    if not ranges:
        return segments
    cuts: list[int] = []
    for x_start, x_end, _ in ranges:
        cuts.extend((x_start, x_end))
    cuts.append(width)
    pieces = list(Segment.divide(segments, cuts))
    out: list[Segment] = list(pieces[0])
    for i, (_, _, style) in enumerate(ranges):
        inside = pieces[2 * i + 1] if 2 * i + 1 < len(pieces) else []
        out.extend(Segment(s.text, (s.style or Style()) + style) for s in inside)
        if 2 * i + 2 < len(pieces):
            out.extend(pieces[2 * i + 2])
    return out
