"""Hostile pages for the tests of ``tests/hostile``, and the payloads they carry.

The ``.html`` files here hold real escape bytes (ESC, C1 controls, bidi overrides) in the
title, the byline, the body, link texts, link targets, image text and preformatted text.
Each escape sequence carries a unique payload, so a test can tell that neither the sequence
nor what it would have done (its payload) reached the output. ``write_pages`` regenerates
the files from the constants below (``python -m tests.hostile.pages``).
"""

from __future__ import annotations

import re
from pathlib import Path

PAGES = Path(__file__).resolve().parent

# Escape sequences, each with a payload found nowhere else (base64 of "PAYLOAD-…" etc.).
OSC52 = "\x1b]52;c;UEFZTE9BRC1PU0M1Mg==\x07"  # clipboard write, ended by BEL
OSC52_ST = "\x1b]52;p;UEFZTE9BRC1TVA==\x1b\\"  # the same, ended by ESC \
OSC8 = "\x1b]8;;file:///tmp/payload-osc8-target\x1b\\osc8 text\x1b]8;;\x1b\\"  # a link
DCS = "\x1bP+q7061796c6f6164\x1b\\"  # XTGETTCAP query (a DCS string)
C1_OSC = "\x9d52;c;UEFZTE9BRC1DMQ==\x9c"  # OSC 52 with 8-bit introducer and ST
CLEAR = "MARK-CLEAR\x1b[2J"  # clear the screen
C1_CSI = "MARK-C1CSI\x9b2J"  # the same with the 8-bit CSI
CURSOR_QUERY = "MARK-DSR\x1b[6n"  # "where is the cursor?": the terminal types the answer
TITLE_QUERY = "MARK-TITLE\x1b[21t"  # "what is the window title?": ditto
FONT_QUERY = "MARK-FONT\x1b]50;?\x07"  # OSC 50 font query
DA_QUERY = "MARK-DA\x1b[c"  # device attributes
NUL = "MARK-NUL\x00"
RLO = "MARK-RLO\u202egnp.exe"  # right-to-left override: reads as "exe.png"

ESCAPES = (OSC52, OSC52_ST, OSC8, DCS, C1_OSC, CLEAR, C1_CSI, CURSOR_QUERY, TITLE_QUERY,
           FONT_QUERY, DA_QUERY, NUL)
QUERIES = (CURSOR_QUERY, TITLE_QUERY, FONT_QUERY, DA_QUERY, DCS)
# Text that must not appear in any output: the payloads themselves.
PAYLOAD_WORDS = ("UEFZTE9BRC1PU0M1Mg", "UEFZTE9BRC1TVA", "payload-osc8-target", "7061796c6f6164",
                 "UEFZTE9BRC1DMQ")
# A marker directly followed by its escape must never be seen; the marker alone may be.
MARKED = (CLEAR, C1_CSI, CURSOR_QUERY, TITLE_QUERY, FONT_QUERY, DA_QUERY, NUL)

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

# Markup that Rich/Textual would run or choke on, if page text were ever parsed as markup.
MARKUP = ("[@click=app.quit]quit[/]", "[link=file:///etc/passwd]local[/link]", "[/]",
          "\\[b]", "[b]bold[/b]", "[@click=app.screenshot('x.sh','/tmp')]shot[/]",
          "trailing backslash \\")


def _all_escapes() -> str:
    return " ".join(ESCAPES)


# The fetch stage refuses a body whose first 1445 bytes hold a "binary data byte" (BEL and
# NUL are; ESC is not), as the HTML standard's sniffing does: the sequences ended by BEL and
# the NUL come after that, so the page is read and its text sanitized.
SNIFFED_BYTES = 1445
_PROSE = ("Plain words come first on this page, a paragraph of ordinary prose that any "
          "article could start with, so that what follows is read as part of the article. ")


def escapes_page() -> str:
    """Escape sequences in every place page text can come from."""
    every = _all_escapes()
    para = ("This paragraph of the hostile page is long enough for the extractor to take it "
            "for the article's text, and it carries every escape: ")
    head_escapes = f"{OSC52_ST} {CLEAR} {C1_CSI} {TITLE_QUERY} {DCS} {C1_OSC}"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Escapes in the title {head_escapes}</title>
<meta name="author" content="Byline {OSC52_ST} {CURSOR_QUERY[:-4]} Person">
<meta property="og:site_name" content="Site {C1_OSC}">
<meta name="description" content="Excerpt {DCS} {CLEAR}">
</head><body><article>
<h1>Escapes in the title {head_escapes}</h1>
<p>{_PROSE * 8}</p>
<p class="byline">By Byline {OSC52_ST} Person</p>
<p>{para}{every}. And some more words after them, so the paragraph reads as prose.</p>
<p>A second paragraph with a link whose text has escapes: <a href="https://example.org/a{OSC8}b">link
{OSC52} text {C1_CSI}</a>, and another whose target is an OSC 8 to a local file:
<a href="{OSC8}">second link</a>. {DA_QUERY} {NUL}</p>
<blockquote><p>A quotation {CLEAR} with {C1_OSC} escapes, long enough to matter.</p>
</blockquote>
<ul><li>List item {CURSOR_QUERY} one</li><li>List item {TITLE_QUERY} two</li></ul>
<pre>preformatted {OSC52} text {CLEAR}
second line {DCS}</pre>
<figure><img src="https://example.org/i.png" alt="alt {OSC52_ST} text">
<figcaption>Caption {C1_CSI} here</figcaption></figure>
<table><tr><th>Head {FONT_QUERY}</th><th>Other</th></tr><tr><td>Cell {DCS}</td><td>2</td></tr>
</table>
<p>“A quotation mark {OSC52} inside speech,” said Speaker {CURSOR_QUERY} Name.</p>
<p>A last paragraph with more plain words, to keep the article long enough to be one.</p>
</article></body></html>
"""


def markup_page() -> str:
    """Textual/Rich markup in every place page text can come from."""
    quit_link = "[@click=app.quit]"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Markup {quit_link}title[/] [/] \\[b] end\\</title>
<meta name="author" content="By {quit_link}author[/]">
</head><body><article>
<h1>Markup {quit_link}title[/] [/] \\[b] end\\</h1>
<p>This paragraph of the markup page is long enough for the extractor to take it for the
article's text: {" ".join(MARKUP)}. More words follow so that it reads as prose.</p>
<p>A link whose text is markup: <a href="https://example.org/m">{quit_link}link text[/]</a>,
a link with markup in its target: <a href="https://example.org/[@click=app.quit]">target</a>,
and [link=file:///etc/passwd]a Rich link[/link] in plain text, then [/] again.</p>
<p>A last paragraph with more plain words, and a trailing backslash at its very end \\</p>
</article></body></html>
"""


def bidi_page() -> str:
    """Bidi controls in every place page text can come from."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Bidi {RLO} title {BIDI}</title>
<meta name="author" content="Author {BIDI}">
</head><body><article>
<h1>Bidi {RLO} title</h1>
<p>This paragraph of the bidi page is long enough for the extractor to take it for the
article's text, and it holds every bidi control: [{BIDI}] and an override {RLO}. More
words follow so that it reads as prose rather than a fragment.</p>
<p>A link: <a href="https://example.org/{BIDI}x">text {RLO}</a>. Arabic text with its
letter mark: مرحبا\u061c بالعالم, and isolates \u2067abc\u2069 around words.</p>
</article></body></html>
"""


PAGE_FILES = {"escapes.html": escapes_page, "markup.html": markup_page, "bidi.html": bidi_page}


def write_pages() -> None:
    for name, build in PAGE_FILES.items():
        data = build().encode("utf-8")
        assert not any(byte in data[:SNIFFED_BYTES] for byte in b"\x00\x07"), name
        (PAGES / name).write_bytes(data)


def page_path(name: str) -> Path:
    return PAGES / name


# --- checks shared by the tests ------------------------------------------------------------

# What must never reach a terminal: C0 controls but newline and tab, DEL, C1, bidi controls.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI + "]")
# The escape sequences as they would reach the terminal (for byte searches in raw output,
# where the program's own escape sequences are allowed): each is unique to the page.
FORBIDDEN_SEQUENCES = (
    "\x1b]52;c;UEFZTE9BRC1PU0M1Mg", "\x1b]52;p;UEFZTE9BRC1TVA", "\x1b]8;;file:///tmp/payload",
    "\x1bP+q7061796c6f6164", "\x9d52;c;UEFZ", "MARK-CLEAR\x1b[2J", "MARK-C1CSI\x9b",
    "MARK-DSR\x1b[6n", "MARK-TITLE\x1b[21t", "MARK-FONT\x1b]50", "MARK-DA\x1b[c",
    "MARK-NUL\x00", "\u202egnp",
)


def unsafe_in(text: str) -> list[str]:
    """The unsafe characters in ``text`` (empty when it is clean), for assertion messages."""
    return [f"U+{ord(c):04X}" for c in UNSAFE_CHARS.findall(text)]


def sequences_in(output: str) -> list[str]:
    """The page's escape sequences found in raw output."""
    return [repr(seq) for seq in FORBIDDEN_SEQUENCES if seq in output]


def document_strings(document) -> dict[str, list[str]]:
    """Every string of a Document, by where it comes from: text fields and URLs apart."""
    from reader.document import (
        BlockQuote,
        Figure,
        Heading,
        ListBlock,
        Paragraph,
        Preformatted,
        Table,
    )

    article = document.article
    text = [article.title, article.byline or "", article.site_name or "",
            article.excerpt or "", document.title]
    urls = [article.url, article.lead_image or ""]

    def walk(blocks) -> None:
        for block in blocks:
            match block:
                case Heading(spans=spans) | Paragraph(spans=spans):
                    text.extend(span.text for span in spans)
                case BlockQuote(blocks=inner):
                    walk(inner)
                case ListBlock(items=items):
                    for item in items:
                        walk(item)
                case Preformatted(text=pre):
                    text.append(pre)
                case Figure(alt=alt, caption=caption, src=src):
                    text.append(alt)
                    text.extend(span.text for span in caption)
                    urls.append(src)
                case Table(rows=rows):
                    for row in rows:
                        for cell in row:
                            text.extend(span.text for span in cell)

    walk(document.blocks)
    text.extend(link.text for link in document.links)
    urls.extend(link.url for link in document.links)
    text.extend(q.text for q in document.quotes)
    text.extend(q.speaker or "" for q in document.quotes)
    text.append(document.text())
    return {"text": text, "urls": urls}


def layout_strings(document, width: int = 80) -> list[str]:
    """The text of every line the layout draws, and every link target in its styles."""
    from rich.style import Style

    from reader.layout import ROLES, layout_document

    layout = layout_document(document, width, {role: Style() for role in ROLES})
    out = []
    for line in layout.lines:
        out.append("".join(segment.text for segment in line))
        out.extend(segment.style.link for segment in line
                   if segment.style is not None and segment.style.link)
    return out
