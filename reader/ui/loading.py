"""Reading a source for the app, without Textual: fetching with progress and cancellation,
the "whole text" fallback, and the error that carries a page with no article. The app calls
these from its loading worker thread.

(Reading the first page in a forked child while Textual starts was tried and measured with
``benchmarks/launch.py``: on a busy two-core machine it was slower than the worker thread,
20% on a news page and more on a long one, since the page must be pickled across and the
parent still imports the pipeline's classes to unpickle it.)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.errors import NoArticleError, ReaderError

if TYPE_CHECKING:
    from reader.document import Document
    from reader.fetch import Page

ProgressCallback = Callable[[int, "int | None"], None]
# Throttle for progress reports: a progress bar need not move faster than this.
PROGRESS_INTERVAL = 0.05


class PageWithoutArticle(ReaderError):
    """No article found on a page that was fetched: its whole text can still be shown."""

    def __init__(self, error: NoArticleError | str, page: Page) -> None:
        super().__init__(str(error))
        self.page = page


class LoadCancelled(ReaderError):
    """The user stopped loading."""


def fetch_with_progress(
    source: str, on_progress: ProgressCallback | None, cancelled: Callable[[], bool]
) -> Page:
    """``fetch_page`` with throttled progress reports and cancellation."""
    from reader.fetch import fetch_page

    if on_progress is None:
        return fetch_page(source)
    last = 0.0

    def report(received: int, total: int | None) -> None:
        nonlocal last
        if cancelled():
            raise LoadCancelled("Loading cancelled")
        now = time.monotonic()
        if now - last >= PROGRESS_INTERVAL or (total and received >= total):
            last = now
            on_progress(received, total)

    # ``cancelled`` is polled by the fetch even while a read is blocked, so Esc stops it at once.
    return fetch_page(source, on_progress=report, cancelled=cancelled)


def read_page_or_explain(page: Page) -> Document:
    """The Document of a page; ``PageWithoutArticle`` (with the page) when it has none."""
    from reader.pipeline import read_page

    try:
        return read_page(page)
    except NoArticleError as error:
        raise PageWithoutArticle(error, page) from error


def whole_text_document(page: Page) -> Document:
    """A Document of all the text on a page, for when no article could be isolated."""
    from dataclasses import replace
    from html import escape

    import lxml.html
    from lxml import etree

    from reader.document import Article, Document, count_words, parse_html, reading_minutes

    url = page.final_url or page.url
    html = page.html
    if "plain" in (page.content_type or ""):
        html = f"<pre>{escape(html)}</pre>"
    else:
        try:
            root = lxml.html.document_fromstring(html)
            body = root.find("body")
            html = lxml.html.tostring(body if body is not None else root, encoding="unicode")
        except (etree.ParserError, ValueError):
            html = ""
    blocks, links = parse_html(html, url)
    article = Article(
        title=f"Whole text of {url}", byline=None, site_name=None, published=None, lang=None,
        excerpt=None, lead_image=None, url=url, content_html=html, word_count=0,
        reading_minutes=0,
    )
    document = Document(article=article, blocks=blocks, links=links)
    words = count_words(document.text())
    if not words:
        raise ReaderError("The page has no text at all")
    article = replace(article, word_count=words, reading_minutes=reading_minutes(words))
    return replace(document, article=article)
