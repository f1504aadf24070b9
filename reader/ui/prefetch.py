"""Reading the first file in a thread started before the app imports Textual.

``reader FILE`` needs two things before its first paint: Textual (imported, the app built)
and the file's Document (the pipeline imported, the page extracted, quotations found). This
thread starts on the second before the first begins, instead of after the app is mounted.

Anything unusual (an unreadable file, no article, a crash) gives no result: the app then
reads the file the usual way in its loading worker, so errors are shown exactly as for any
other source. Only local files are read ahead: a URL's fetch reports progress and can be
cancelled, which needs the app's own worker.

(A forked child reading the file, sending the pickled Document back, was measured with
``benchmarks/launch.py`` and was slower on this two-core machine: the parent still imports the
pipeline's classes to unpickle, and the two processes compete for the cores.)
"""

from __future__ import annotations

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


def start_prefetch(source: str) -> Prefetch | None:
    """Start reading the local file ``source`` in a thread."""
    import os

    if not os.path.isfile(source):
        return None
    return Prefetch(source)
