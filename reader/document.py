"""Document from an Article: the article body as blocks of styled inline spans.

This is where page text is sanitized, once: every string in a Document is free of control
characters, escape sequences and bidi overrides, and white space is normalized, so nothing
downstream has to worry about it (or ever parse it as markup). Links are numbered in
reading order and resolved against the page's final URL.

A *text block* is a block that holds spans directly (a heading, a paragraph, a list item's
paragraph, a figure caption, a table cell). Text blocks are numbered in reading order; a
position in the text is ``(text block index, character offset)`` into the block's plain
text, which is how quotations address what they cover.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import filterfalse
from typing import Literal
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from reader.text import clean_inline, clean_line, strip_controls

WORDS_PER_MINUTE = 230


@dataclass(frozen=True)
class Article:
    """What extraction found (``reader.extract``): the page's facts and its body as HTML.

    Defined here, with the Document that holds it, so that a Document can be rebuilt from
    its pickle (the read ahead's child process) without importing the extraction stage."""

    title: str
    byline: str | None
    site_name: str | None
    published: datetime | None
    lang: str | None
    excerpt: str | None
    lead_image: str | None
    url: str
    content_html: str
    word_count: int
    reading_minutes: int


def reading_minutes(word_count: int) -> int:
    return max(1, round(word_count / WORDS_PER_MINUTE)) if word_count else 0


@dataclass(frozen=True)
class Span:
    """A run of text with one style set.

    ``styles`` holds any of ``em``, ``strong``, ``code``, ``mark``, ``sup``, ``sub``, ``del``
    and, once quotations are marked, ``qmark`` (a quotation mark itself, drawn dimmer).
    ``link`` is the number of the link the span belongs to; ``quote`` the id of the
    quotation it belongs to.
    """

    text: str
    styles: frozenset[str] = frozenset()
    link: int | None = None
    quote: int | None = None


Spans = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    spans: Spans


@dataclass(frozen=True)
class Paragraph:
    spans: Spans


@dataclass(frozen=True)
class BlockQuote:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class Preformatted:
    text: str


@dataclass(frozen=True)
class Figure:
    alt: str
    caption: Spans = ()
    src: str = ""


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Spans, ...], ...]
    header_rows: int = 0


Block = Heading | Paragraph | BlockQuote | ListBlock | Preformatted | Figure | Rule | Table


@dataclass(frozen=True)
class Link:
    number: int
    url: str
    text: str


QuoteKind = Literal["speech", "term", "block"]


@dataclass(frozen=True)
class Quote:
    """A quotation: from ``start`` to ``end`` (exclusive), both ``(text block, offset)``.

    The range includes the quotation marks. ``text`` is the quoted words without the marks
    (paragraphs joined by a space); ``speaker`` is who the text says spoke, if it says.
    """

    id: int
    start: tuple[int, int]
    end: tuple[int, int]
    kind: QuoteKind
    text: str
    speaker: str | None = None

    @property
    def paragraph(self) -> int:
        return self.start[0]


def speaker_names(quotes: tuple[Quote, ...] | list[Quote]) -> dict[str, str]:
    """Each speaker of ``quotes`` as one person: a name the article shortens ("Putin",
    "Соколова") goes to the one fuller name it ends ("Vladimir Putin"); a shortened name
    that ends two fuller ones ("Doyle": Karen Doyle and Sean Doyle) stays as it is."""
    words = {q.speaker: q.speaker.split() for q in quotes if q.speaker}
    names: dict[str, str] = {}
    for speaker, own in words.items():
        fuller = [s for s, w in words.items() if len(w) > len(own) and s[:1].isupper()
                  and w[-len(own):] == own] if speaker[:1].isupper() else []
        longest = max(fuller, key=len, default=speaker)
        names[speaker] = longest if all(
            words[longest][-len(words[s]):] == words[s] for s in fuller) else speaker
    return names


@dataclass(frozen=True)
class Document:
    article: Article
    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    quotes: tuple[Quote, ...] = ()
    _text_cache: list[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def title(self) -> str:
        return self.article.title

    def text_blocks(self) -> list[Spans]:
        """The spans of every text block, in reading order (see the module docstring)."""
        return [spans for spans in iter_text_blocks(self.blocks)]

    def block_texts(self) -> list[str]:
        """The plain text of every text block, in reading order (cached)."""
        if not self._text_cache:
            self._text_cache.extend(spans_text(s) for s in iter_text_blocks(self.blocks))
        return self._text_cache

    def text(self) -> str:
        """The body as plain text: one paragraph per text block, separated by blank lines.
        Preformatted blocks are kept as they are."""
        return "\n\n".join(block_plain_texts(self.blocks))


def spans_text(spans: Spans) -> str:
    return "".join(span.text for span in spans)


def iter_text_blocks(blocks: tuple[Block, ...]) -> Iterator[Spans]:
    for block in blocks:
        match block:
            case Heading(spans=spans) | Paragraph(spans=spans):
                yield spans
            case BlockQuote(blocks=inner):
                yield from iter_text_blocks(inner)
            case ListBlock(items=items):
                for item in items:
                    yield from iter_text_blocks(item)
            case Figure(caption=caption) if caption:
                yield caption
            case Table(rows=rows):
                for row in rows:
                    yield from row


def block_plain_texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    """Plain text of each paragraph-like unit, Preformatted included, in reading order."""
    for block in blocks:
        match block:
            case Heading(spans=spans) | Paragraph(spans=spans):
                yield spans_text(spans)
            case BlockQuote(blocks=inner):
                yield from block_plain_texts(inner)
            case ListBlock(items=items):
                for item in items:
                    yield from block_plain_texts(item)
            case Preformatted(text=text):
                yield text
            case Figure(caption=caption) if caption:
                yield spans_text(caption)
            case Table(rows=rows):
                for row in rows:
                    cells = [spans_text(cell) for cell in row]
                    yield " | ".join(c for c in cells if c)


def map_text_blocks(
    blocks: tuple[Block, ...], change: Callable[[int, Spans], Spans]
) -> tuple[Block, ...]:
    """The blocks with every text block's spans replaced by ``change(index, spans)``."""
    counter = iter(range(1 << 62))

    def walk(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        out: list[Block] = []
        for block in blocks:
            match block:
                case Heading() | Paragraph():
                    out.append(replace(block, spans=change(next(counter), block.spans)))
                case BlockQuote(blocks=inner):
                    out.append(BlockQuote(walk(inner)))
                case ListBlock(items=items):
                    out.append(replace(block, items=tuple(walk(item) for item in items)))
                case Figure(caption=caption) if caption:
                    out.append(replace(block, caption=change(next(counter), caption)))
                case Table(rows=rows):
                    out.append(replace(block, rows=tuple(
                        tuple(change(next(counter), cell) for cell in row) for row in rows
                    )))
                case _:
                    out.append(block)
        return tuple(out)

    return walk(blocks)


# ---------------------------------------------------------------------------------------
# Parsing readability's cleaned HTML into blocks.

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INLINE_STYLES = {
    "em": "em", "i": "em", "cite": "em", "dfn": "em", "var": "em",
    "strong": "strong", "b": "strong",
    "code": "code", "kbd": "code", "samp": "code", "tt": "code",
    "mark": "mark", "sup": "sup", "sub": "sub", "del": "del", "s": "del", "strike": "del",
}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "body",
    "html", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
    "blockquote", "pre", "figure", "figcaption", "table", "hr", "address", "details",
    "summary", "center", "form", "fieldset", "hgroup", "menu", "picture", "video", "audio",
    "iframe", "noscript", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
}
_SKIP = {
    "script", "style", "template", "svg", "math", "button", "input", "select", "textarea",
    "object", "embed", "canvas", "head", "title", "meta", "link", "source", "track", "map",
}
# Deep pages are flattened past this depth rather than recursed into.
MAX_DEPTH = 200


@dataclass
class _Builder:
    base_url: str
    links: list[Link] = field(default_factory=list)
    link_numbers: dict[str, int] = field(default_factory=dict)


class _Inline:
    """Collects spans for one text block, merging neighbours of equal style."""

    def __init__(self) -> None:
        self.spans: list[Span] = []

    def add(self, text: str, styles: frozenset[str], link: int | None) -> None:
        if not text:
            return
        text = clean_inline(text)
        if not text:
            return
        if self.spans:
            last = self.spans[-1]
            # Collapse white space across element boundaries, as a browser does.
            if text.startswith(" ") and (last.text.endswith((" ", "\n"))):
                text = text[1:]
                if not text:
                    return
            if last.styles == styles and last.link == link:
                self.spans[-1] = Span(last.text + text, styles, link)
                return
        elif text.startswith(" "):
            text = text[1:]
            if not text:
                return
        self.spans.append(Span(text, styles, link))

    def line_break(self) -> None:
        if self.spans and not self.spans[-1].text.endswith("\n"):
            last = self.spans[-1]
            self.spans[-1] = Span(last.text.rstrip(" ") + "\n", last.styles, last.link)

    def take(self) -> Spans:
        spans = self.spans
        self.spans = []
        # Trim white space and line breaks at the ends of the block.
        while spans and not spans[-1].text.strip():
            spans.pop()
        if not spans:
            return ()
        last = spans[-1]
        spans[-1] = Span(last.text.rstrip(), last.styles, last.link)
        first = spans[0]
        spans[0] = Span(first.text.lstrip(), first.styles, first.link)
        return tuple(s for s in spans if s.text)


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _is_layout_table(table: etree._Element) -> bool:
    """A table used to lay out a page rather than to hold data: treat it as a container."""
    if table.find(".//table") is not None:
        return True
    for tag in ("p", "div", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5"):
        if table.find(f".//{tag}") is not None and len(table.findall(".//tr")) <= 3:
            return True
    return False


class _Parser:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.links: list[Link] = []

    # -- links ---------------------------------------------------------------------------
    def link_number(self, element: etree._Element) -> int | None:
        href = (element.get("href") or "").strip()
        if not href or href.startswith("#"):
            return None
        href = clean_line(href)
        try:
            url = urljoin(self.base_url, href) if self.base_url else href
        except ValueError:
            url = href
        text = clean_line(element.text_content())
        number = len(self.links) + 1
        self.links.append(Link(number, url, text))
        return number

    # -- blocks --------------------------------------------------------------------------
    def blocks(self, element: etree._Element, depth: int = 0) -> list[Block]:
        out: list[Block] = []
        inline = _Inline()

        def flush() -> None:
            spans = inline.take()
            if spans:
                out.append(Paragraph(spans))

        if element.text:
            inline.add(element.text, frozenset(), None)
        for child in element:
            tag = _tag(child)
            if tag in _SKIP or not tag:
                pass
            elif tag == "br":
                inline.line_break()
            elif tag in _BLOCK_TAGS or tag == "img" and _is_own_block(child):
                flush()
                out.extend(self.block(child, tag, depth + 1))
            else:
                self.inline(child, inline, frozenset(), None, depth + 1)
            if child.tail:
                inline.add(child.tail, frozenset(), None)
        flush()
        return out

    def block(self, element: etree._Element, tag: str, depth: int) -> list[Block]:
        if depth > MAX_DEPTH:
            text = clean_inline(element.text_content()).strip()
            return [Paragraph((Span(text),))] if text else []
        if tag in _HEADINGS:
            spans = self.spans(element, depth)
            return [Heading(_HEADINGS[tag], spans)] if spans else []
        if tag in ("ul", "ol", "menu", "dl"):
            return self.list_block(element, tag, depth)
        if tag == "blockquote":
            inner = self.blocks(element, depth)
            return [BlockQuote(tuple(inner))] if inner else []
        if tag == "pre":
            text = strip_controls(element.text_content()).expandtabs(4).strip("\n")
            return [Preformatted(text)] if text.strip() else []
        if tag == "hr":
            return [Rule()]
        if tag == "img":
            return self.image(element, ())
        if tag in ("figure", "picture"):
            return self.figure(element, depth)
        if tag == "table":
            if _is_layout_table(element):
                return self.blocks(element, depth)
            return self.table(element, depth)
        if tag in ("video", "audio", "iframe"):
            return []
        return self.blocks(element, depth)

    def spans(self, element: etree._Element, depth: int) -> Spans:
        inline = _Inline()
        if element.text:
            inline.add(element.text, frozenset(), None)
        for child in element:
            self.inline(child, inline, frozenset(), None, depth + 1)
            if child.tail:
                inline.add(child.tail, frozenset(), None)
        return inline.take()

    def inline(
        self,
        element: etree._Element,
        inline: _Inline,
        styles: frozenset[str],
        link: int | None,
        depth: int,
    ) -> None:
        tag = _tag(element)
        if tag in _SKIP or not tag:
            return
        if tag == "br":
            inline.line_break()
            return
        if depth > MAX_DEPTH:
            inline.add(element.text_content(), styles, link)
            return
        if tag == "img":
            alt = clean_line(element.get("alt") or "")
            if alt:
                inline.add(f"[{alt}]", styles, link)
            return
        if tag in _INLINE_STYLES:
            styles = styles | {_INLINE_STYLES[tag]}
        elif tag == "a" and link is None:
            link = self.link_number(element)
        elif tag == "q":
            inline.add("“", styles, link)
        elif tag in _BLOCK_TAGS:
            # A block inside inline content (a <p> in a <li>, a <div> in a cell): keep the
            # break between them.
            inline.line_break()
        if element.text:
            inline.add(element.text, styles, link)
        for child in element:
            self.inline(child, inline, styles, link, depth + 1)
            if child.tail:
                inline.add(child.tail, styles, link)
        if tag == "q":
            inline.add("”", styles, link)
        elif tag in _BLOCK_TAGS:
            inline.line_break()

    def list_block(self, element: etree._Element, tag: str, depth: int) -> list[Block]:
        items: list[tuple[Block, ...]] = []
        for child in element:
            child_tag = _tag(child)
            if child_tag in ("li", "dt", "dd"):
                inner = self.blocks(child, depth + 1)
                if inner:
                    items.append(tuple(inner))
            elif child_tag in ("ul", "ol"):
                # A list directly inside a list: attach it to the previous item.
                nested = self.block(child, child_tag, depth + 1)
                if items:
                    items[-1] = items[-1] + tuple(nested)
                elif nested:
                    items.append(tuple(nested))
            elif child_tag and child_tag not in _SKIP:
                inner = self.blocks(child, depth + 1) if child_tag in _BLOCK_TAGS else []
                if inner:
                    items.append(tuple(inner))
        if not items:
            return []
        try:
            start = int(element.get("start") or 1)
        except ValueError:
            start = 1
        return [ListBlock(ordered=tag == "ol", items=tuple(items), start=start)]

    def image(self, element: etree._Element, caption: Spans) -> list[Block]:
        alt = clean_line(element.get("alt") or element.get("title") or "")
        src = clean_line(element.get("src") or element.get("data-src") or "")
        if src and self.base_url:
            with contextlib.suppress(ValueError):
                src = urljoin(self.base_url, src)
        if not alt and not caption:
            return []
        return [Figure(alt=alt, caption=caption, src=src)]

    def figure(self, element: etree._Element, depth: int) -> list[Block]:
        caption_el = element.find(".//figcaption")
        caption = self.spans(caption_el, depth) if caption_el is not None else ()
        img = element.find(".//img")
        if img is not None:
            return self.image(img, caption)
        # A figure of text (a pull quote, a code listing): its content as blocks.
        return self.blocks(element, depth)

    def table(self, element: etree._Element, depth: int) -> list[Block]:
        rows: list[tuple[Spans, ...]] = []
        header_rows = 0
        for tr in element.iter("tr"):
            cells = [c for c in tr if _tag(c) in ("td", "th")]
            if not cells:
                continue
            row = tuple(self.spans(cell, depth + 1) for cell in cells)
            if not any(row):
                continue
            if all(_tag(c) == "th" for c in cells) and header_rows == len(rows):
                header_rows += 1
            rows.append(row)
        caption_el = element.find("caption")
        out: list[Block] = []
        if caption_el is not None:
            caption = self.spans(caption_el, depth + 1)
            if caption:
                out.append(Paragraph(caption))
        if rows:
            out.append(Table(tuple(rows), header_rows))
        return out


def _is_own_block(img: etree._Element) -> bool:
    """An image that stands on its own line (not inside a sentence)."""
    parent = img.getparent()
    if parent is None:
        return True
    text = (parent.text or "") + "".join((c.tail or "") for c in parent)
    return not text.strip()


def parse_html(html: str, base_url: str = "") -> tuple[tuple[Block, ...], tuple[Link, ...]]:
    """Blocks and numbered links from an HTML fragment (readability's cleaned body)."""
    if not html.strip():
        return (), ()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return (), ()
    parser = _Parser(base_url)
    blocks = _drop_empty(parser.blocks(root))
    return tuple(blocks), tuple(parser.links)


def _drop_empty(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if not (isinstance(b, Paragraph) and not spans_text(b.spans))]


def build_document(article: Article) -> Document:
    """The Document of an Article, whose word count and reading time are counted here, on
    the Document's own text (the HTML's text would count markup-glued words wrongly)."""
    blocks, links = parse_html(article.content_html, article.url)
    words = count_words("\n\n".join(block_plain_texts(blocks)))
    if words != article.word_count:
        article = replace(article, word_count=words, reading_minutes=reading_minutes(words))
    if not article.excerpt:
        # As Firefox's reader view does: a page that declares no summary is summed up by its
        # first paragraph (the library shows it, exports carry it).
        article = replace(article, excerpt=_first_paragraph(blocks))
    return Document(article=article, blocks=blocks, links=links)


EXCERPT_CHARS = 300


def _first_paragraph(blocks: tuple[Block, ...]) -> str | None:
    for block in blocks:
        if isinstance(block, Paragraph):
            text = " ".join(spans_text(block.spans).split())
            if len(text) >= 40:
                if len(text) <= EXCERPT_CHARS:
                    return text
                cut = text.rfind(" ", 0, EXCERPT_CHARS)
                return text[: cut if cut > 0 else EXCERPT_CHARS].rstrip(" ,;:") + "…"
    return None


_WORD = re.compile(r"\w+")


def count_words(text: str) -> int:
    """The number of ``\\w+`` runs in ``text``. Most white-space separated tokens are one
    word (all letters and digits); only the others (punctuation, apostrophes, hyphens) are
    searched with the pattern, which halves the time on a long article."""
    tokens = text.split()
    mixed = list(filterfalse(str.isalnum, tokens))
    return len(tokens) - len(mixed) + len(_WORD.findall(" ".join(mixed)))
