"""Start-up of ``reader FILE``: the file read ahead (in a forked child process, or in a thread
where there is no fork) before Textual is imported, and leaving the process at once on quit
only when nothing can still be written."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from textual.worker import WorkerFailed

from reader import cli
from reader.pipeline import read_page
from reader.ui import app as app_module
from reader.ui.app import ReaderApp
from reader.ui.prefetch import ForkedPrefetch, Prefetch, PrefetchStopped, start_prefetch
from tests.ui.conftest import article_html

pytestmark = pytest.mark.anyio

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="this system has no os.fork")


@pytest.fixture(params=[pytest.param(True, marks=needs_fork, id="forked"),
                        pytest.param(False, id="thread")])
def fork(request: pytest.FixtureRequest) -> bool:
    return request.param


async def settle(app: ReaderApp, pilot) -> None:
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_read_ahead_gives_the_document_of_the_file(tmp_path: Path, fork: bool) -> None:
    page = tmp_path / "early.html"
    page.write_text(article_html("early"), encoding="utf-8")
    prefetch = start_prefetch(str(page), fork=fork)
    assert isinstance(prefetch, ForkedPrefetch if fork else Prefetch)
    document, fetched = prefetch.result()
    assert prefetch.ready
    assert document.title == "The early page"
    assert document.quotes == read_page(fetched).quotes
    assert document.text() == read_page(fetched).text()
    assert "early page" in fetched.html


def test_read_ahead_of_a_missing_file_or_a_folder_is_not_started(tmp_path: Path,
                                                                 fork: bool) -> None:
    assert start_prefetch(str(tmp_path / "missing.html"), fork=fork) is None
    assert start_prefetch(str(tmp_path), fork=fork) is None


def test_read_ahead_of_a_page_without_article_gives_no_result(tmp_path: Path,
                                                             fork: bool) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<html><body>   </body></html>", encoding="utf-8")
    prefetch = start_prefetch(str(page), fork=fork)
    assert prefetch is not None
    assert prefetch.result() is None


def test_a_stopped_read_ahead_gives_no_document(tmp_path: Path, fork: bool) -> None:
    page = tmp_path / "early.html"
    page.write_text(article_html("early"), encoding="utf-8")
    prefetch = start_prefetch(str(page), fork=fork)
    assert prefetch is not None
    prefetch.stop()
    with pytest.raises(PrefetchStopped):
        prefetch.result()


@needs_fork
def test_read_ahead_without_an_in_memory_file_sends_the_document_through_the_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.ui.prefetch._MEMFD", False)  # as on systems without memfd
    page = tmp_path / "early.html"
    page.write_text(article_html("early") * 200, encoding="utf-8")  # more than a pipe holds
    prefetch = start_prefetch(str(page), fork=True)
    assert isinstance(prefetch, ForkedPrefetch) and prefetch._payload is None
    document, fetched = prefetch.result()
    assert document.title == "The early page"
    assert document.text() == read_page(fetched).text()


@needs_fork
def test_a_stopped_read_ahead_ends_its_child_process(tmp_path: Path) -> None:
    page = tmp_path / "long.html"
    page.write_text(article_html("long") * 200, encoding="utf-8")
    prefetch = start_prefetch(str(page), fork=True)
    assert isinstance(prefetch, ForkedPrefetch)
    prefetch.stop()
    with pytest.raises(PrefetchStopped):
        prefetch.result()  # reaps the child: it is gone, not left running
    with pytest.raises(ChildProcessError):
        os.waitpid(prefetch._pid, os.WNOHANG)


@pytest.mark.parametrize("ready", [True, False], ids=["ready-at-mount", "awaited-by-worker"])
async def test_the_app_shows_the_file_read_ahead_without_reading_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: bool, fork: bool
) -> None:
    page = tmp_path / "early.html"
    page.write_text(article_html("early"), encoding="utf-8")
    prefetch = start_prefetch(str(page), fork=fork)
    assert prefetch is not None
    prefetch.result()  # done: what "ready" says decides which way the app takes it
    monkeypatch.setattr(type(prefetch), "ready", property(lambda self: ready))
    fetched: list[str] = []
    real_fetch = app_module.fetch_with_progress

    def counting_fetch(source: str, *args: object):
        fetched.append(source)
        return real_fetch(source, *args)

    monkeypatch.setattr(app_module, "fetch_with_progress", counting_fetch)
    app = ReaderApp(str(page), data_dir=tmp_path / "data", prefetch=prefetch)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.article_screen.document is not None
        assert app.article_screen.document.title == "The early page"
        assert fetched == []
        # Reloading reads the file again, the usual way.
        app.reload()
        await settle(app, pilot)
        assert fetched == [str(page)]


async def test_a_file_without_article_read_ahead_shows_the_usual_error(
    tmp_path: Path, fork: bool
) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<html><body>   </body></html>", encoding="utf-8")
    app = ReaderApp(str(page), data_dir=tmp_path / "data",
                    prefetch=start_prefetch(str(page), fork=fork))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert getattr(app.screen, "is_error_screen", False)
        assert app.history == []


def leaving(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    codes: list[int] = []
    monkeypatch.setattr("os._exit", codes.append)
    return codes


def test_quitting_ends_the_process_at_once_when_the_library_was_never_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codes = leaving(monkeypatch)
    monkeypatch.setattr("threading.active_count", lambda: 1)
    cli._leave(SimpleNamespace(library=SimpleNamespace(store=None)), 0)
    assert codes == [0]


def test_quitting_ends_as_usual_when_the_library_was_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codes = leaving(monkeypatch)
    monkeypatch.setattr("threading.active_count", lambda: 1)
    cli._leave(SimpleNamespace(library=SimpleNamespace(store=object())), 0)
    assert codes == []


def test_quitting_ends_as_usual_while_another_thread_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codes = leaving(monkeypatch)
    monkeypatch.setattr("threading.active_count", lambda: 2)
    cli._leave(SimpleNamespace(library=SimpleNamespace(store=None)), 0)
    assert codes == []


@needs_fork
async def test_escape_while_waiting_for_the_read_ahead_ends_its_child(tmp_path: Path) -> None:
    # Deep nesting with long text: seconds of extraction, so the child is still at work.
    text = "x y z " * 2_000
    page = tmp_path / "slow.html"
    page.write_text("<html><body>" + "".join(f"<div>{n} {text}" for n in range(400))
                    + "</div>" * 400 + "</body></html>", encoding="utf-8")
    prefetch = start_prefetch(str(page), fork=True)
    assert isinstance(prefetch, ForkedPrefetch)
    app = ReaderApp(str(page), data_dir=tmp_path / "data", prefetch=prefetch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app._loading is not None and not prefetch.ready
        await pilot.press("escape")
        assert prefetch._stopped  # the child is ended at once, not waited for
        await settle(app, pilot)
        assert app._loading is None
        assert any("cancelled" in str(n.message) for n in app._notifications)
        assert app.article_screen.document is None
    with pytest.raises(ChildProcessError):  # ended and reaped, not left running
        os.waitpid(prefetch._pid, os.WNOHANG)
