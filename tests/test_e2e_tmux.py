"""End to end: the installed ``reader`` command in a real terminal (tmux, 120×40) reads a page
from a loopback server; the test reads the screen with ``capture-pane``, scrolls, searches
and quits."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from httpserver import LoopbackServer

TMUX = shutil.which("tmux")
READER = shutil.which("reader")

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (.ci/run installs it)"),
    pytest.mark.skipif(READER is None, reason="the reader command is not installed "
                       "(pip install -e .)"),
]

PARAGRAPHS = "\n".join(
    f"<p>Paragraph {n:02d} of the harbour report goes on about tides, boats and the quay, "
    f"with enough words in it to wrap over a couple of lines in the reading column.</p>"
    for n in range(1, 41)
)
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbour report</title><meta property="og:site_name" content="Loopback Gazette">
</head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Harbour report</h1>
<p>The opening paragraph of the harbour report sets the scene for what follows.</p>
{PARAGRAPHS}
<p>Right at the end, a zeppelin was seen over the lighthouse.</p>
</article><footer>Copyright nobody</footer></body></html>""".encode()

WAIT = 15.0  # seconds: generous, for a busy machine; the test stops waiting as soon as it sees


class Terminal:
    """A tmux session of 120×40 running one command."""

    def __init__(self, command: str, env: dict[str, str]) -> None:
        self.name = f"reader-e2e-{uuid.uuid4().hex[:8]}"
        # A server of its own (and no user config), so no other tmux client resizes it.
        self.tmux = [TMUX, "-L", self.name, "-f", "/dev/null"]
        exports = " ".join(f"{key}={value}" for key, value in env.items())
        # COLUMNS and LINES may be set in the test process (to 80×24); they would override
        # the pane's real size. After the command ends, print its exit status and keep the
        # pane for reading.
        shell = f"env -u COLUMNS -u LINES {exports} {command}; echo READER-EXIT=$?; sleep 30"
        subprocess.run([*self.tmux, "new-session", "-d", "-s", self.name, "-x", "120",
                        "-y", "40", shell], check=True)

    def screen(self) -> str:
        result = subprocess.run([*self.tmux, "capture-pane", "-p", "-t", self.name],
                                capture_output=True, text=True, check=True)
        return result.stdout

    def send(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.name, *keys], check=True)

    def wait_for(self, test: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + WAIT
        while True:
            screen = self.screen()
            if test(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"never saw {what}; the screen was:\n{screen}")
            time.sleep(0.05)  # polling another process's screen

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[[str], Terminal]]:
    opened: list[Terminal] = []
    env = {"READER_CONFIG_DIR": str(tmp_path / "config"),
           "READER_DATA_DIR": str(tmp_path / "data"), "TERM": "xterm-256color",
           "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}

    def start(command: str) -> Terminal:
        terminal = Terminal(command, env)
        opened.append(terminal)
        return terminal

    yield start
    for terminal in opened:
        terminal.close()


def test_reader_reads_scrolls_searches_and_quits_in_a_real_terminal(terminal) -> None:
    with LoopbackServer() as server:
        url = server.route("/report", body=PAGE)
        screen_of = terminal(f"{READER} {url}")

        first = screen_of.wait_for(lambda s: "Paragraph 01" in s, "the first paragraph")
        assert "Loopback Gazette" in first
        assert "Home" not in first and "Copyright" not in first  # boilerplate left out
        assert "zeppelin" not in first

        screen_of.send("Space")
        moved = screen_of.wait_for(lambda s: "Paragraph 01" not in s, "the next page")
        assert "Paragraph 1" in moved  # 10 to 19 come into view

        screen_of.send("/")
        screen_of.send("-l", "zeppelin")
        screen_of.send("Enter")
        # The status and the text are drawn in separate updates: wait for both.
        screen_of.wait_for(
            lambda s: "find 1/1" in s and "a zeppelin was seen over the lighthouse" in s,
            "the match in view and the find status",
        )

        screen_of.send("q")
        ended = screen_of.wait_for(lambda s: "READER-EXIT=" in s, "the app to quit")
        assert "READER-EXIT=0" in ended
        assert "Traceback" not in ended


def test_reader_shows_the_sample_article_offline(terminal) -> None:
    screen_of = terminal(f"{READER}")
    screen = screen_of.wait_for(lambda s: "PORT AVEL" in s, "the sample article")
    assert "The Quayside Courier" in screen
    screen_of.send("C-q")
    assert "READER-EXIT=0" in screen_of.wait_for(lambda s: "READER-EXIT=" in s, "quit")


def test_reader_reads_stdin_and_still_takes_keys(terminal, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    shows_the_page_to_its_end_and_quits(terminal(f"cat {page} | {READER} -"))


def test_reader_reads_a_saved_file_ahead_and_quits(terminal, tmp_path: Path) -> None:
    # `reader FILE` reads the file in a child process while Textual starts (the read-ahead).
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    shows_the_page_to_its_end_and_quits(terminal(f"{READER} {page}"))


def shows_the_page_to_its_end_and_quits(screen_of: Terminal) -> None:
    screen_of.wait_for(lambda s: "Paragraph 01" in s, "the page")
    screen_of.send("G")
    screen_of.wait_for(lambda s: "zeppelin" in s, "the end of the page")
    screen_of.send("q")
    assert "READER-EXIT=0" in screen_of.wait_for(lambda s: "READER-EXIT=" in s, "quit")
