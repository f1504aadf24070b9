"""Article from a Page: readability-lxml isolates the body; the page's own metadata names it.

(First cut: metadata and extraction quality are being improved separately.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from readability import Document as Readability

from reader.errors import NoArticleError
from reader.fetch import Page
from reader.text import clean_line

WORDS_PER_MINUTE = 230


@dataclass(frozen=True)
class Article:
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


def extract_article(page: Page) -> Article:
    if not page.html.strip():
        raise NoArticleError("No article found: the page is empty")
    try:
        doc = Readability(page.html, url=page.final_url or None)
        content = doc.summary(html_partial=True)
        title = clean_line(doc.short_title() or "")
    except Exception as error:  # readability raises its own Unparseable and lxml errors
        raise NoArticleError(f"No article found: {error}") from error
    words = len(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", content)))
    return Article(
        title=title, byline=None, site_name=None, published=None, lang=None, excerpt=None,
        lead_image=None, url=page.final_url or page.url, content_html=content,
        word_count=words, reading_minutes=reading_minutes(words),
    )
