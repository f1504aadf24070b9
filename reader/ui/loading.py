"""Reading a source for the app, without Textual: the start-up prefetch in a child process,
the "whole text" fallback, and the error that carries a page with no article.

At start-up ``reader SOURCE`` forks a child before Textual is imported. The child imports
the pipeline (httpx, lxml, readability, the quotation finder), fetches and reads the page,
and sends the Document back through a pipe, while the parent imports Textual and paints
its first screen on the other core. Later pages are read in the app's worker thread (the
pipeline is imported by then). Without ``os.fork`` (Windows) the first page is read in the
worker thread too.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
import sys
import time
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.errors import NoArticleError, ReaderError

if TYPE_CHECKING:
    from reader.document import Document
    from reader.fetch import Page

ProgressCallback = Callable[[int, "int | None"], None]
# Throttle for progress reports: a progress bar need not move faster than this.
PROGRESS_INTERVAL = 0.05
_HEADER = struct.Struct(">I")


class PageWithoutArticle(ReaderError):
    """No article found on a page that was fetched: its whole text can still be shown."""

    def __init__(self, error: NoArticleError | str, page: Page) -> None:
        super().__init__(str(error))
        self.page = page


class LoadCancelled(ReaderError):
    """The user stopped loading."""


def skip_httpx_cli() -> None:
    """Keep httpx from importing its command-line module.

    ``import httpx`` loads ``httpx._main`` (click, pygments, rich.syntax: about 75 ms here)
    only to offer ``httpx.main``, its console script, which the reader never calls. In the
    app's processes a placeholder stands in for it, so the first page opens sooner.
    """
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    module = types.ModuleType("httpx._main")

    def main(*args: object, **kwargs: object) -> None:
        raise SystemExit("httpx's command line is not available inside reader")

    module.main = main  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = module


def fetch_with_progress(
    source: str, on_progress: ProgressCallback | None, cancelled: Callable[[], bool]
) -> Page:
    """``fetch_page`` with throttled progress reports and cancellation, when it offers them."""
    import inspect

    skip_httpx_cli()
    from reader.fetch import fetch_page

    accepted = inspect.signature(fetch_page).parameters
    if on_progress is None or "on_progress" not in accepted:
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

    if "cancelled" in accepted:
        # Polled by the fetch even while a read is blocked, so Esc stops it at once.
        return fetch_page(source, on_progress=report, cancelled=cancelled)
    return fetch_page(source, on_progress=report)


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

    from reader.document import Document, count_words, parse_html
    from reader.extract import Article, reading_minutes

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


# ---------------------------------------------------------------------------------------
# The start-up prefetch.


class Prefetch:
    """A source being read in a child process; :meth:`wait` gives its Document."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd
        self.done = False

    @classmethod
    def start(cls, source: str) -> Prefetch | None:
        """Fork a child that reads ``source``; None where there is no fork."""
        if not hasattr(os, "fork"):
            return None
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the child: never returns
            try:
                os.close(read_end)
                quiet = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(quiet, fd)
                _child(source, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        return cls(pid, read_end)

    def wait(
        self, on_progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Document:
        """The Document, or the ReaderError the child met. Blocks (call it from a thread)."""
        try:
            while True:
                kind, *rest = self._next(cancelled)
                if kind == "progress":
                    if on_progress is not None:
                        on_progress(*rest)
                elif kind == "done":
                    return rest[0]
                elif kind == "no-article":
                    raise PageWithoutArticle(*rest)
                else:
                    raise rest[0]
        finally:
            self.cancel()

    def _next(self, cancelled: Callable[[], bool]) -> tuple[Any, ...]:
        header = self._read(_HEADER.size, cancelled)
        (length,) = _HEADER.unpack(header)
        return pickle.loads(self._read(length, cancelled))

    def _read(self, size: int, cancelled: Callable[[], bool]) -> bytes:
        chunks: list[bytes] = []
        while size:
            if cancelled():
                raise LoadCancelled("Loading cancelled")
            ready, _, _ = select.select([self.fd], [], [], PROGRESS_INTERVAL)
            if not ready:
                continue
            chunk = os.read(self.fd, min(size, 1 << 20))
            if not chunk:
                raise ReaderError("Reading the page stopped unexpectedly")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def cancel(self) -> None:
        """Stop the child (if it still runs) and release it; safe to call again."""
        if self.done:
            return
        self.done = True
        with contextlib.suppress(OSError):
            os.close(self.fd)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def _child(source: str, fd: int) -> None:
    def send(*message: Any) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        os.write(fd, _HEADER.pack(len(data)))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]

    try:
        page = fetch_with_progress(source, lambda r, t: send("progress", r, t), lambda: False)
        try:
            from reader.pipeline import read_page

            send("done", read_page(page))
        except NoArticleError as error:
            send("no-article", str(error), page)
    except ReaderError as error:
        send("error", _portable(error))
    except Exception as error:  # a bug: the parent shows it as one line, never a traceback
        send("error", RuntimeError(f"{type(error).__name__}: {error}"))


def _portable(error: ReaderError) -> Exception:
    """The error itself if it survives pickling, else a plain ReaderError with its message."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return ReaderError(str(error))
