"""The installed ``reader`` command in a real pseudo-terminal, on a hostile page.

The page's title, byline, text, link texts and link targets carry escape sequences with
unique payloads: an OSC 52 clipboard write, an OSC 8 link to ``file:``, ``ESC[2J``, a C1
CSI, a bidi override, terminal queries (``ESC[6n``, ``ESC[21t``, OSC 50, a DCS request),
and Textual markup (``[@click=app.quit]``, ``[/]``). The test reads every byte the app
writes to the terminal until it quits (on ``ctrl+q``), opening the links list and copying
a link on the way, and checks that none of the payloads is among them, that the markup is
displayed as the page's text, and that the one clipboard write holds a validated URL.
"""

from __future__ import annotations

import base64
import fcntl
import os
import re
import select
import shutil
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest

from reader.urls import safe_http_url
from tests.hostile.pages import (
    BIDI,
    C1_CSI,
    C1_OSC,
    CLEAR,
    CURSOR_QUERY,
    DA_QUERY,
    DCS,
    FONT_QUERY,
    FORBIDDEN_SEQUENCES,
    OSC8,
    OSC52,
    OSC52_ST,
    PAYLOAD_WORDS,
    RLO,
    TITLE_QUERY,
)

ROWS, COLS = 50, 140
DEADLINE = 60.0  # seconds for the whole run; a hang fails the test instead of blocking


def pty_page() -> str:
    """The hostile page; its first 1445 bytes hold no BEL or NUL (asserted by the test)."""
    head = f"{OSC52_ST} {CLEAR} {C1_CSI} {TITLE_QUERY} {DCS} {C1_OSC} {RLO}"
    # Prose first: the fetch stage sniffs the first 1445 bytes and takes BEL or NUL there
    # for a binary file (see tests/hostile/pages); the sequences ended by BEL come later.
    prose = ("Ordinary prose opens this page, so that the extractor takes what follows as the "
             "article's text; it goes on for a while, as articles do. ") * 8
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>PTY title [@click=app.quit]quit[/] {head}</title>
<meta name="author" content="Byline {OSC52_ST} {CURSOR_QUERY} Person">
</head><body><article>
<h1>PTY title [@click=app.quit]quit[/] {head}</h1>
<p>{prose}</p>
<p>Escapes in the text: {OSC52} {OSC8} {CLEAR} {C1_CSI} {CURSOR_QUERY} {TITLE_QUERY}
{FONT_QUERY} {DA_QUERY} {DCS} {C1_OSC} {RLO} and bidi [{BIDI}] and the end of it.</p>
<p>Markup in the text: [@click=app.quit]click me[/] and [/] and [b]bold[/b] and \\[b] and a
trailing backslash \\</p>
<p>Links: <a href="https://example.org/safe">first {OSC52} [@click=app.quit]link[/]</a>,
<a href="https://example.org/a{OSC8}b">second {C1_CSI} link</a> and
<a href="file:///etc/passwd">third {RLO} link</a>. {prose}</p>
</article></body></html>
"""


class Terminal:
    """A child process on the slave side of a pseudo-terminal; every byte it writes is kept."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
            start_new_session=True,
        )
        os.close(slave)
        self.output = bytearray()
        self.started = time.monotonic()

    def read(self, timeout: float) -> bool:
        """Read what is there within ``timeout``; False at end of output."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 65536)
        except OSError:  # EIO: the child closed the terminal
            return False
        self.output += data
        return bool(data)

    def wait_for(self, needle: bytes, timeout: float = 30.0) -> None:
        end = min(time.monotonic() + timeout, self.started + DEADLINE)
        while needle not in self.output:
            if time.monotonic() > end or not self.read(0.1):
                tail = bytes(self.output[-2000:])
                raise AssertionError(f"{needle!r} never appeared on screen; last output {tail!r}")

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def finish(self, timeout: float = 20.0) -> int:
        """Read until the child is gone; its exit status."""
        end = time.monotonic() + timeout
        while time.monotonic() < end and self.read(0.2):
            if self.process.poll() is not None:
                while self.read(0.05):
                    pass
                break
        try:
            return self.process.wait(timeout=max(0.1, end - time.monotonic()))
        finally:
            os.close(self.master)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def reader_command() -> str:
    command = shutil.which("reader")
    assert command, "the reader command is not installed (pip install -e .)"
    return command


def test_the_app_in_a_real_terminal_writes_no_payload_and_shows_markup_literally(
    reader_command: str, tmp_path: Path
) -> None:
    page = tmp_path / "hostile.html"
    data = pty_page().encode("utf-8")
    assert b"\x07" not in data[:1445] and b"\x00" not in data[:1445]
    page.write_bytes(data)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLS), "LINES": str(ROWS),
           "TEXTUAL_ANIMATIONS": "none", "BROWSER": "/bin/false"}
    env.pop("TEXTUAL", None)  # no devtools
    terminal = Terminal([reader_command, str(page)], env)
    try:
        terminal.wait_for(b"Escapes in the text:")  # the article is on screen
        terminal.wait_for(b"click me")
        terminal.send(b"l")  # the links list: link texts and targets
        terminal.wait_for(b"example.org/safe")
        terminal.send(b"c")  # copy the first link: the one clipboard write of the run
        terminal.wait_for(b"\x1b]52;c;")
        terminal.send(b"\x11")  # ctrl+q
        status = terminal.finish()
    finally:
        terminal.kill()
    out = bytes(terminal.output)
    assert status == 0, out[-2000:]

    # None of the page's sequences, nor their payloads, reached the terminal.
    for sequence in FORBIDDEN_SEQUENCES:
        assert sequence.encode("utf-8") not in out, sequence
    for word in PAYLOAD_WORDS:
        assert word.encode() not in out, word
    assert not re.search(rb"\x1b\]8;[^;]*;file:", out)  # no terminal hyperlink to a file
    for c1 in range(0x80, 0xA0):  # no C1 control, as the UTF-8 the app writes
        assert bytes([0xC2, c1]) not in out, hex(c1)
    for bidi in BIDI:
        assert bidi.encode("utf-8") not in out, f"U+{ord(bidi):04X}"
    assert b"\x00" not in out and b"\x1b[6n" not in out and b"\x1b[21t" not in out
    assert b"\x1b]50;" not in out and b"\x1bP+q" not in out

    # The markup of the page is displayed as text.
    assert b"[@click=app.quit]click me[/]" in out
    assert b"and [/] and [b]bold[/b] and" in out
    assert b"\\[b] and a" in out and b"trailing backslash \\" in out
    assert b"PTY title [@click=app.quit]quit[/]" in out

    # The only clipboard write is the validated first link.
    writes = re.findall(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)", out)
    assert [base64.b64decode(w).decode() for w in writes] == [
        safe_http_url("https://example.org/safe")]
