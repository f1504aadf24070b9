"""The whole pipeline in one call: source → Page → Article → Document (with quotations).

The app, ``reader dump`` and the benchmarks all go through here, so they read a page alike.
"""

from __future__ import annotations

from reader.document import Document, build_document
from reader.extract import extract_article
from reader.fetch import Page, fetch_page
from reader.quotes import with_quotes


def read_page(page: Page) -> Document:
    """The Document of a Page already fetched. The quotations are an extra: should finding
    them fail on some page, the article is still read, without them."""
    document = build_document(extract_article(page))
    try:
        return with_quotes(document)
    except Exception:  # noqa: BLE001 - a failure there must not cost the reader the article
        return document


def read_source(source: str) -> Document:
    """The Document of a URL, a file path, a ``file://`` URL or ``-`` (stdin)."""
    return read_page(fetch_page(source))
