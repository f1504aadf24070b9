"""The start-up prefetch (a child process reads the page while the app starts) and the
"whole text" fallback, without a terminal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.errors import ReaderError, SourceError
from reader.fetch import Page
from reader.pipeline import read_source
from reader.ui.loading import LoadCancelled, PageWithoutArticle, Prefetch, whole_text_document
from tests.ui.conftest import Server, article_html

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this system")


@needs_fork
def test_prefetch_gives_the_same_document_as_reading_in_process(seed_page: Path) -> None:
    prefetch = Prefetch.start(str(seed_page))
    assert prefetch is not None
    document = prefetch.wait()
    expected = read_source(str(seed_page))
    assert document.blocks == expected.blocks
    assert document.quotes == expected.quotes
    assert document.title == expected.title


@needs_fork
def test_prefetch_reports_progress_from_a_web_page(server: Server) -> None:
    server.pages["/page"] = article_html("web")
    seen: list[tuple[int, int | None]] = []
    prefetch = Prefetch.start(server.url("/page"))
    assert prefetch is not None
    document = prefetch.wait(lambda received, total: seen.append((received, total)))
    assert "web page" in document.text()
    assert seen and seen[-1][0] == len(article_html("web").encode())


@needs_fork
def test_prefetch_passes_on_the_error_the_child_met(tmp_path: Path) -> None:
    prefetch = Prefetch.start(str(tmp_path / "missing.html"))
    assert prefetch is not None
    with pytest.raises(SourceError, match="missing.html"):
        prefetch.wait()


@needs_fork
def test_prefetch_without_article_keeps_the_page(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body>   </body></html>", encoding="utf-8")
    prefetch = Prefetch.start(str(empty))
    assert prefetch is not None
    with pytest.raises(PageWithoutArticle) as raised:
        prefetch.wait()
    assert raised.value.page.source == "file"


@needs_fork
def test_cancelling_a_prefetch_stops_the_child(server: Server) -> None:
    server.pages["/slow"] = article_html("slow")
    prefetch = Prefetch.start(server.url("/slow"))
    assert prefetch is not None
    with pytest.raises(LoadCancelled):
        prefetch.wait(cancelled=lambda: True)
    with pytest.raises(ChildProcessError):
        os.waitpid(prefetch.pid, os.WNOHANG)  # already reaped: no zombie left behind


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
