"""Property tests on generated and mutated HTML and on random bytes read as files.

Whatever the page, the pipeline (``reader.pipeline.read_page`` / ``read_source``) either
gives a Document or raises the project's own ``ReaderError``; every string of the Document,
its plain-text and Markdown renderings and the layout's lines hold no control character but
newline (and tab, outside the layout) and no bidi control; and each example finishes within
the deadline.
"""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import ReaderError
from reader.fetch import Page, fetch_page
from reader.pipeline import read_page
from reader.render import render_markdown, render_text
from tests.hostile.pages import (
    BIDI,
    ESCAPES,
    MARKUP,
    document_strings,
    layout_strings,
    page_path,
    unsafe_in,
)

PROPERTY = settings(
    max_examples=40,
    deadline=2000,  # milliseconds: every example, pipeline and layout, within two seconds
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Text that mixes ordinary words with everything hostile: C0/C1 controls, escapes, bidi,
# markup, entities, format characters, wide and combining characters.
HOSTILE_CHARS = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs", "Cc", "Cf", "Zl", "Zp", "Co"),
)
PIECES = st.sampled_from(
    [*ESCAPES, *MARKUP, *BIDI, "&amp;", "&#27;", "&#x9b;", "&#0;", "&lt;", "\r\n", "\t",
     "\U0001F3F4\U000E0067\U000E0062\U000E007F", "e\u0301\u0302\u0303\u0304\u0305\u0306",
     "漢字", "\ufff9hidden\ufffb", "\U000e0041", "  ", "\u2028", "\x85"]
)
WORDS = st.lists(st.sampled_from(["the", "reader", "words", "article", "sentence", "and"]),
                 min_size=1, max_size=30).map(" ".join)
TEXT = st.lists(st.one_of(WORDS, PIECES, st.text(HOSTILE_CHARS, max_size=30)),
                max_size=8).map("".join)
TAGS = ["div", "p", "span", "a", "em", "b", "br", "pre", "code", "ul", "ol", "li", "table",
        "tr", "td", "th", "blockquote", "q", "h1", "h2", "img", "figure", "figcaption",
        "script", "style", "title", "section", "article", "nav", "wbr", "hr", "x-unknown",
        "svg", "math", "template", "select", "option", "textarea", "iframe", "noscript"]
HREFS = st.one_of(
    st.sampled_from(["javascript:alert(1)", "file:///etc/passwd", "-x", "data:text/html,x",
                     "https://аррӏе.com/", "https://u:p@example.org/", "vscode://x",
                     "#frag", "", "/relative?q=1"]),
    TEXT.map(lambda t: "https://example.org/" + t),
)


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")


@st.composite
def elements(draw, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    attrs = ""
    if tag == "a":
        attrs = f' href="{_attr(draw(HREFS))}"'
    elif tag == "img":
        attrs = f' src="{_attr(draw(HREFS))}" alt="{_attr(draw(TEXT))}"'
    if draw(st.booleans()):
        attrs += f' title="{_attr(draw(TEXT))}"'
    children = []
    if depth < 6:
        for _ in range(draw(st.integers(0, 4))):
            children.append(draw(st.one_of(TEXT, elements(depth + 1))))
    # Sometimes leave the element unclosed, as broken pages do.
    close = "" if draw(st.integers(0, 5)) == 0 else f"</{tag}>"
    return f"<{tag}{attrs}>{''.join(children)}{close}"


@st.composite
def pages(draw) -> str:
    title = draw(TEXT)
    body = "".join(draw(st.lists(elements(), max_size=6)))
    deep = draw(st.integers(0, 3)) == 0
    if deep:  # now and then a run of nesting past what libxml2 accepts
        n = draw(st.integers(200, 600))
        body = "<div>" * n + body + "</div>" * n
    meta = f'<meta name="author" content="{_attr(draw(TEXT))}">'
    return f"<html><head><title>{title}</title>{meta}</head><body>{body}</body></html>"


def as_page(html: str) -> Page:
    url = "https://example.org/article"
    return Page(url, url, html, "utf-8", "text/html", "web", html.encode("utf-8"))


def check_outputs(read) -> None:
    """``read()`` gives a Document or raises ReaderError; every output is clean."""
    try:
        document = read()
    except ReaderError as error:
        message = str(error)
        assert message and not unsafe_in(message) and "\n" not in message and "\t" not in message
        return
    strings = document_strings(document)
    for text in strings["text"] + strings["urls"]:
        assert not unsafe_in(text), (text, unsafe_in(text))
    for url in strings["urls"]:
        assert "\n" not in url and "\t" not in url
    for rendered in (render_text(document), render_markdown(document)):
        assert not unsafe_in(rendered), unsafe_in(rendered)
    for width in (20, 80):
        for line in layout_strings(document, width):
            assert not unsafe_in(line), (line, unsafe_in(line))
            assert "\t" not in line and "\n" not in line


@PROPERTY
@given(pages())
def test_generated_pages_give_a_clean_document_or_a_reader_error(html: str) -> None:
    check_outputs(lambda: read_page(as_page(html)))


SEEDS = [page_path(name).read_text(encoding="utf-8") for name in
         ("escapes.html", "markup.html", "bidi.html")]


@st.composite
def mutated(draw) -> str:
    """A hostile page with slices cut, doubled, swapped or replaced by hostile text."""
    html = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 6))):
        if not html:
            break
        start = draw(st.integers(0, len(html) - 1))
        end = draw(st.integers(start, min(len(html), start + 400)))
        match draw(st.sampled_from(["cut", "double", "insert", "replace"])):
            case "cut":
                html = html[:start] + html[end:]
            case "double":
                html = html[:end] + html[start:end] + html[end:]
            case "insert":
                html = html[:start] + draw(st.one_of(TEXT, elements())) + html[start:]
            case "replace":
                html = html[:start] + draw(st.text(HOSTILE_CHARS | st.sampled_from("<>/="),
                                                   max_size=40)) + html[end:]
    return html


@PROPERTY
@given(mutated())
def test_mutated_hostile_pages_give_a_clean_document_or_a_reader_error(html: str) -> None:
    check_outputs(lambda: read_page(as_page(html)))


@PROPERTY
@given(
    prefix=st.sampled_from([b"", b"<html><body><p>", b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-1.7\n",
                            b"<!DOCTYPE html><title>", b"\x1f\x8b\x08"]),
    data=st.binary(max_size=3000),
    printable=st.text(string.printable + "\x1b\x9b\u202e", max_size=500),
)
def test_random_bytes_read_as_a_file_give_a_clean_document_or_a_reader_error(
    tmp_path_factory, prefix: bytes, data: bytes, printable: str
) -> None:
    path: Path = tmp_path_factory.mktemp("bytes") / "page.html"
    path.write_bytes(prefix + data + printable.encode("utf-8", "surrogatepass"))
    check_outputs(lambda: read_page(fetch_page(str(path))))
