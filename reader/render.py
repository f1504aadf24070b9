"""Plain-text and Markdown renderings of a Document, for ``reader dump`` and export.

Page text is already sanitized in the Document; Markdown output escapes the characters that
Markdown would otherwise read as syntax.
"""

from __future__ import annotations

import re
from itertools import groupby

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
    spans_text,
)


def _header(document: Document) -> list[str]:
    article = document.article
    lines = [article.title]
    facts = [f for f in (article.byline, article.site_name) if f]
    if article.published:
        facts.append(article.published.date().isoformat())
    if article.reading_minutes:
        facts.append(f"{article.reading_minutes} min read")
    if facts:
        lines.append(" · ".join(facts))
    if article.url:
        lines.append(article.url)
    return lines


def render_text(document: Document) -> str:
    """The article as plain text: a header, then the body with simple list and quote marks."""
    out = _header(document)
    out.append("")
    out.extend(_text_blocks(document.blocks, ""))
    if document.links:
        out.append("")
        out.append("Links:")
        out.extend(f"[{link.number}] {link.url}" for link in document.links)
    return "\n".join(out).rstrip() + "\n"


def _text_blocks(blocks: tuple[Block, ...], prefix: str) -> list[str]:
    out: list[str] = []
    for block in blocks:
        lines: list[str]
        match block:
            case Heading(spans=spans) | Paragraph(spans=spans):
                lines = spans_text(spans).split("\n")
            case BlockQuote(blocks=inner):
                lines = [f"> {line}" if line else ">" for line in _text_blocks(inner, "")]
            case ListBlock(ordered=ordered, items=items, start=start):
                lines = []
                for n, item in enumerate(items, start):
                    marker = f"{n}. " if ordered else "- "
                    inner = _text_blocks(item, "")
                    inner = [line for line in inner if line]
                    for i, line in enumerate(inner):
                        lines.append((marker if i == 0 else " " * len(marker)) + line)
            case Preformatted(text=text):
                lines = text.split("\n")
            case Figure(alt=alt, caption=caption):
                lines = [f"[Image: {alt or spans_text(caption)}]"]
                if caption and alt:
                    lines.append(spans_text(caption))
            case Rule():
                lines = ["* * *"]
            case Table(rows=rows):
                lines = [" | ".join(spans_text(cell) for cell in row) for row in rows]
            case _:
                lines = []
        if not lines:
            continue
        if out and not isinstance(block, ListBlock | Table) or out and out[-1]:
            out.append("")
        out.extend(prefix + line for line in lines)
    # Paragraphs are separated by one blank line, never more.
    return [line for i, line in enumerate(out) if line or (i and out[i - 1])]


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_span(span: Span) -> str:
    if "code" in span.styles:
        return "`" + span.text.replace("`", "'") + "`"
    text = _md_escape(span.text).replace("\n", "  \n")
    if "strong" in span.styles:
        text = f"**{text}**"
    if "em" in span.styles:
        text = f"*{text}*"
    return text


def _md_spans(spans: Spans, document: Document) -> str:
    """Inline Markdown; the spans of one link are joined into one ``[text](<url>)``."""
    out: list[str] = []
    for link, group in groupby(spans, key=lambda span: span.link):
        text = "".join(_md_span(span) for span in group)
        if link is None:
            out.append(text)
        else:
            url = document.links[link - 1].url.replace(">", "%3E")
            out.append(f"[{text}](<{url}>)")
    return "".join(out)


def render_markdown(document: Document) -> str:
    article = document.article
    out = [f"# {_md_escape(article.title)}", ""]
    facts = [f for f in (article.byline, article.site_name) if f]
    if article.published:
        facts.append(article.published.date().isoformat())
    if facts:
        out += ["*" + _md_escape(" · ".join(facts)) + "*", ""]
    if article.url:
        out += [f"<{article.url.replace('>', '%3E')}>", ""]
    out.extend(_md_blocks(document.blocks, document))
    return "\n".join(out).rstrip() + "\n"


def _md_blocks(blocks: tuple[Block, ...], document: Document) -> list[str]:
    out: list[str] = []
    for block in blocks:
        match block:
            case Heading(level=level, spans=spans):
                out += ["#" * min(6, level + 1) + " " + _md_spans(spans, document), ""]
            case Paragraph(spans=spans):
                out += [_md_spans(spans, document), ""]
            case BlockQuote(blocks=inner):
                out += [f"> {line}" if line else ">" for line in _md_blocks(inner, document)]
                out.append("")
            case ListBlock(ordered=ordered, items=items, start=start):
                for n, item in enumerate(items, start):
                    marker = f"{n}. " if ordered else "- "
                    inner = [line for line in _md_blocks(item, document) if line]
                    for i, line in enumerate(inner):
                        out.append((marker if i == 0 else " " * len(marker)) + line)
                out.append("")
            case Preformatted(text=text):
                fence = "````" if "```" in text else "```"
                out += [fence, text, fence, ""]
            case Figure(alt=alt, caption=caption, src=src):
                out.append(f"![{_md_escape(alt)}](<{src}>)" if src else f"*{_md_escape(alt)}*")
                if caption:
                    out.append("*" + _md_spans(caption, document) + "*")
                out.append("")
            case Rule():
                out += ["---", ""]
            case Table(rows=rows):
                if not rows:
                    continue
                width = max(len(r) for r in rows)
                for i, row in enumerate(rows):
                    cells = [_md_spans(c, document) for c in row] + [""] * (width - len(row))
                    out.append("| " + " | ".join(cells) + " |")
                    if i == 0:
                        out.append("|" + " --- |" * width)
                out.append("")
    return out
