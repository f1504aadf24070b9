"""Reading the first file ahead, started before the app imports Textual.

``reader FILE`` needs two things before its first paint: Textual (imported, the app built)
and the file's Document (the pipeline imported, the page extracted, quotations found). The
read ahead starts on the second before the first begins, instead of after the app is mounted.

Two ways, with one interface (``ready``, ``result()``, ``stop()``):

- a forked child process (``ForkedPrefetch``), where ``os.fork`` exists: importing the
  pipeline and extracting the article is CPU work that a thread would do under the same
  interpreter lock as Textual's import, one after the other; a child does it on another
  core at the same time and sends the Document back pickled, in an in-memory file (a few
  milliseconds for a 100,000-word article; unpickling needs only the Document's classes,
  which the app imports anyway, and the light ``reader.fetch`` for the Page). Only the
  ``reader`` command itself forks, before any thread runs;
- a thread (``Prefetch``) elsewhere.

Anything unusual (an unreadable file, no article, a crash) gives no result: the app then
reads the file the usual way in its loading worker, so errors are shown exactly as for any
other source. Only local files are read ahead: a URL's fetch reports progress and can be
cancelled, which needs the app's own worker.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from typing import TYPE_CHECKING

from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.document import Document
    from reader.fetch import Page


class PrefetchStopped(ReaderError):
    """The app stopped waiting for the file (it is closing)."""


class Prefetch:
    """A thread reading ``source``; ``result()`` waits for its Document."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._result: tuple[Document, Page] | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from reader.fetch import fetch_page
            from reader.pipeline import read_page

            page = fetch_page(self.source)
            self._result = (read_page(page), page)
        except Exception:  # noqa: BLE001 - the app reads the file again and shows the error
            self._result = None

    @property
    def ready(self) -> bool:
        """True when ``result()`` will not wait."""
        return not self._thread.is_alive()

    def result(self) -> tuple[Document, Page] | None:
        """The (Document, Page), or None when there is none (read the usual way). Blocks
        until the thread is done; call it from a worker thread."""
        self._thread.join()
        if self._stopped:
            raise PrefetchStopped("Loading cancelled")
        return self._result

    def stop(self) -> None:
        """Nobody will wait for the result (the app is leaving); the daemon thread is left
        to end with the process."""
        self._stopped = True


class ForkedPrefetch:
    """A child process reading ``source``; the same interface as ``Prefetch``."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._result: tuple[Document, Page] | None = None
        self._done = False
        self._stopped = False
        self._lock = threading.Lock()
        # The child's pid is killed (stop) or reaped (result) under this lock, never both:
        # a reaped pid may already belong to another process.
        self._pid_lock = threading.Lock()
        self._reaped = False
        read_end, write_end = os.pipe()
        # The pickle goes into an in-memory file where there is one (Linux): written at
        # once, where a pipe would take it 64 KB at a time, each waiting for the parent to
        # read; the pipe then only says "done". Elsewhere the pickle goes through the pipe.
        self._payload = os.memfd_create("reader-read-ahead") if _MEMFD else None
        self._pid = os.fork()
        if self._pid == 0:  # the child: never returns
            os.close(read_end)
            _read_in_child(source, write_end, self._payload)
        os.close(write_end)
        self._pipe = read_end

    @property
    def ready(self) -> bool:
        """True when ``result()`` will not wait: the child writes only once it is done."""
        import select

        if self._done:
            return True
        try:
            readable, _, _ = select.select([self._pipe], [], [], 0)
        except (OSError, ValueError):  # closed meanwhile by result() in another thread
            return self._done
        return bool(readable)

    def result(self) -> tuple[Document, Page] | None:
        """As ``Prefetch.result``: blocks until the child is done."""
        import pickle

        with self._lock:
            if not self._done:
                import reader.fetch  # noqa: F401 - the Page's class, imported while waiting

                with os.fdopen(self._pipe, "rb") as pipe:
                    data = pipe.read()
                if self._payload is not None:
                    data = _read_all(self._payload) if data == _WRITTEN else b""
                    os.close(self._payload)
                try:
                    # Our own child's bytes, through a pipe or a file nobody else holds.
                    self._result = pickle.loads(data) if data and not self._stopped else None
                except Exception:  # noqa: BLE001 - cut short (stopped): read the usual way
                    self._result = None
                with self._pid_lock:  # after the result: the child takes a while to end
                    os.waitpid(self._pid, 0)
                    self._reaped = True
                self._done = True
        if self._stopped:
            raise PrefetchStopped("Loading cancelled")
        return self._result

    def stop(self) -> None:
        """Nobody will wait for the result: the child is ended (``result()`` reaps it)."""
        self._stopped = True
        import signal

        with self._pid_lock:
            if not self._reaped:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self._pid, signal.SIGKILL)


_MEMFD = hasattr(os, "memfd_create")
_WRITTEN = b"1"


def _read_all(fd: int) -> bytes:
    with open(fd, "rb", closefd=False) as file:
        file.seek(0)  # (the child's writes left the shared offset at the end)
        return file.read()


def _read_in_child(source: str, pipe: int, payload: int | None) -> None:
    """The forked child's whole life: read, pickle, write, and leave without running the
    parent's exit handlers or flushing its buffers."""
    try:
        import pickle

        from reader.fetch import fetch_page
        from reader.pipeline import read_page

        page = fetch_page(source)
        data = pickle.dumps((read_page(page), page), protocol=pickle.HIGHEST_PROTOCOL)
        if payload is not None:
            with os.fdopen(payload, "wb") as out:
                out.write(data)
            data = _WRITTEN
        with os.fdopen(pipe, "wb") as out:
            out.write(data)
    except BaseException:  # noqa: BLE001, S110 - no result: the app reads the file itself
        pass
    finally:
        _leave_child(0)


# Bound once: the child must leave even where ``os._exit`` is replaced (tests do).
_leave_child = os._exit


ReadAhead = Prefetch | ForkedPrefetch


def start_prefetch(source: str, *, fork: bool | None = None) -> ReadAhead | None:
    """Start reading the local file ``source`` ahead: in a child process when ``fork`` (by
    default, wherever ``os.fork`` exists), else in a thread."""
    try:
        facts = os.stat(source)
    except OSError:
        return None
    if not stat.S_ISREG(facts.st_mode):
        return None
    if fork is None:
        fork = hasattr(os, "fork")
    return ForkedPrefetch(source) if fork else Prefetch(source)
