"""Start-up of ``reader FILE``: the file read ahead in a thread before Textual is imported,
and leaving the process at once on quit only when nothing can still be written."""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import SimpleNamespace

import pytest
from textual.worker import WorkerFailed

from reader import cli
from reader.ui import app as app_module
from reader.ui.app import ReaderApp
from reader.ui.prefetch import Prefetch, PrefetchStopped, start_prefetch
from tests.ui.conftest import article_html

pytestmark = pytest.mark.anyio


async def settle(app: ReaderApp, pilot) -> None:
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_read_ahead_gives_the_document_of_the_file(tmp_path: Path) -> None:
    page = tmp_path / "early.html"
    page.write_text(article_html("early"), encoding="utf-8")
    prefetch = start_prefetch(str(page))
    assert prefetch is not None
    document, fetched = prefetch.result()
    assert document.title == "The early page"
    assert "early page" in fetched.html


def test_read_ahead_of_a_missing_file_is_not_started(tmp_path: Path) -> None:
    assert start_prefetch(str(tmp_path / "missing.html")) is None


def test_a_stopped_read_ahead_gives_no_document(tmp_path: Path) -> None:
    page = tmp_path / "early.html"
    page.write_text(article_html("early"), encoding="utf-8")
    prefetch = start_prefetch(str(page))
    assert prefetch is not None
    prefetch.stop()
    with pytest.raises(PrefetchStopped):
        prefetch.result()


@pytest.mark.parametrize("ready", [True, False], ids=["ready-at-mount", "awaited-by-worker"])
async def test_the_app_shows_the_file_read_ahead_without_reading_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: bool
) -> None:
    page = tmp_path / "early.html"
    page.write_text(article_html("early"), encoding="utf-8")
    prefetch = start_prefetch(str(page))
    assert prefetch is not None
    prefetch.result()  # done: what "ready" says decides which way the app takes it
    monkeypatch.setattr(Prefetch, "ready", property(lambda self: ready))
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
    tmp_path: Path,
) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<html><body>   </body></html>", encoding="utf-8")
    app = ReaderApp(str(page), data_dir=tmp_path / "data", prefetch=start_prefetch(str(page)))
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
