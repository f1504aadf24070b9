"""Fixtures for the app's Pilot and snapshot tests: pages on disk and a loopback server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title></head><body>
<nav><a href="/other">Other</a></nav>
<article><h1>{title}</h1>
<p>The first paragraph of the {name} page, long enough to be taken as the article's text by
the extractor, which wants a good few words in a row before it believes it found one.</p>
<h2>A section</h2>
<p>The second paragraph says more about the {name} page: it links to
<a href="{link}">the next page</a> and to <a href="file:///etc/passwd">a local file</a>, and it
goes on for a while so that there is something to read here at all.</p>
<p>A third paragraph ends the {name} page with a few more words, for good measure and for the
sake of the extractor's appetite for text.</p>
</article></body></html>"""


def article_html(name: str, link: str = "https://example.org/next", title: str = "") -> str:
    return ARTICLE.format(name=name, link=link, title=title or f"The {name} page")


class Server:
    """A loopback HTTP server of fixed pages; ``hold`` makes /slow wait until released."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.hold = threading.Event()
        pages, hold = self.pages, self.hold

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                if self.path == "/slow":
                    hold.wait(10)
                body = pages.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.hold.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (anyio's pytest plugin, which comes with httpx)."""
    return "asyncio"


@pytest.fixture
def server() -> Iterator[Server]:
    server = Server()
    yield server
    server.close()


@pytest.fixture
def two_pages(server: Server, tmp_path: Path) -> tuple[Path, str]:
    """A first page on disk that links to a second page on the loopback server."""
    second = server.url("/second")
    server.pages["/second"] = article_html("second")
    first = tmp_path / "first.html"
    first.write_text(article_html("first", link=second), encoding="utf-8")
    return first, second
