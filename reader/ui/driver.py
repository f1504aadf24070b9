"""A terminal driver that lets the app quit at once.

Textual's Linux driver reads keys in a thread that wakes every 0.1 s to see whether the app
is leaving, then waits 0.1 s more for late input: quitting took 0.2 s before the terminal
was given back. This driver adds a wake-up pipe to that wait, so leaving interrupts it, and
drains late input without waiting. Everything else is Textual's (textual is pinned, and
this mirrors ``LinuxDriver.run_input_thread`` of that version).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import threading
from codecs import getincrementaldecoder

from textual._loop import loop_last
from textual._parser import ParseError
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

POLL = 0.1  # seconds between checks, as Textual's, for when the pipe is not written


class _WakingEvent(threading.Event):
    """``exit_event`` that also wakes the key thread's wait when it is set."""

    def __init__(self, wake_fd: int) -> None:
        super().__init__()
        self.wake_fd = wake_fd

    def set(self) -> None:
        super().set()
        with contextlib.suppress(OSError):
            os.write(self.wake_fd, b"x")


class QuickExitDriver(LinuxDriver):
    _wake_read: int | None = None
    _wake_write: int | None = None

    def start_application_mode(self) -> None:
        self._wake_read, self._wake_write = os.pipe()
        self.exit_event = _WakingEvent(self._wake_write)
        super().start_application_mode()

    def stop_application_mode(self) -> None:
        super().stop_application_mode()
        for name in ("_wake_read", "_wake_write"):
            fd = getattr(self, name, None)
            if fd is not None:
                os.close(fd)
                setattr(self, name, None)

    def run_input_thread(self) -> None:
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        assert self._wake_read is not None
        selector.register(self._wake_read, selectors.EVENT_READ)
        fileno = self.fileno
        parser = XTermParser(self._debug)
        feed = parser.feed
        tick = parser.tick
        decode = getincrementaldecoder("utf-8")().decode

        def process(events: list[tuple[selectors.SelectorKey, int]], final: bool = False) -> None:
            for last, (key, mask) in loop_last(events):
                if key.fd != fileno or not mask & selectors.EVENT_READ:
                    if key.fd == self._wake_read:
                        os.read(key.fd, 64)  # a wake-up: the loop checks exit_event next
                    continue
                data = decode(os.read(fileno, 1024 * 4), final=final and last)
                if not data:
                    break  # stdin is a pipe that ended
                for event in feed(data):
                    self.process_message(event)
            for event in tick():
                self.process_message(event)

        try:
            while not self.exit_event.is_set():
                process(selector.select(POLL))
            selector.unregister(self._wake_read)
            selector.unregister(fileno)
            process(selector.select(0), final=True)
        finally:
            selector.close()
            try:
                for _event in feed(""):
                    pass
            except (EOFError, ParseError):
                pass
