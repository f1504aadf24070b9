"""Loading without a terminal: fetching with progress and cancellation, the page kept when
it has no article, and the "whole text" fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.fetch import Page
from reader.ui.loading import (
    PageWithoutArticle,
    fetch_with_progress,
    read_page_or_explain,
    whole_text_document,
)
from tests.ui.conftest import Server, article_html


def test_fetching_reports_progress_up_to_the_whole_page(server: Server) -> None:
    server.pages["/page"] = article_html("web")
    seen: list[tuple[int, int | None]] = []
    page = fetch_with_progress(server.url("/page"), lambda r, t: seen.append((r, t)),
                               lambda: False)
    assert "web page" in page.html
    assert seen and seen[-1][0] == len(article_html("web").encode())


def test_a_cancelled_fetch_stops_with_a_reader_error(server: Server) -> None:
    server.pages["/slow"] = article_html("slow")
    with pytest.raises(ReaderError, match="(?i)cancel"):
        fetch_with_progress(server.url("/slow"), lambda r, t: None, lambda: True)


def test_a_page_without_article_is_kept_for_its_whole_text(tmp_path: Path) -> None:
    page = Page("x", "file:///x", "<html><body>   </body></html>", "utf-8", "text/html",
                "file")
    with pytest.raises(PageWithoutArticle) as raised:
        read_page_or_explain(page)
    assert raised.value.page is page


def test_whole_text_keeps_everything_on_the_page() -> None:
    page = Page("x", "https://example.org/x", "<html><head><title>t</title></head><body>"
                "<nav>Home · About</nav><div>Opening hours</div><footer>© someone</footer>"
                "</body></html>", "utf-8", "text/html", "web")
    text = whole_text_document(page).text()
    assert "Home · About" in text and "Opening hours" in text and "© someone" in text


def test_whole_text_of_a_blank_page_says_there_is_none() -> None:
    page = Page("x", "https://example.org/x", "<html><body> </body></html>", "utf-8",
                "text/html", "web")
    with pytest.raises(ReaderError, match="no text"):
        whole_text_document(page)
