"""Cases 1–5 of HOSTILE-INPUT.md: escape sequences, terminal queries, bidi controls and markup
in page text, and hostile server and exception messages.

Each case is checked everywhere page text goes: ``reader dump`` in every format (a real
subprocess reading a real loopback server), the Document's strings, the layout's lines,
error messages, and the running app (title, article view, links list, notifications).
"""

from __future__ import annotations

import contextlib
import functools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import LoopbackServer, isolate_network
from textual.worker import WorkerFailed

from reader.errors import ReaderError
from reader.pipeline import read_source
from reader.text import clean_line
from tests.hostile.pages import (
    BIDI,
    MARKUP,
    OSC52,
    PAYLOAD_WORDS,
    QUERIES,
    RLO,
    document_strings,
    layout_strings,
    page_path,
    sequences_in,
    unsafe_in,
)

FORMATS = ("text", "markdown", "json", "jsonl")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # Textual runs on asyncio

SIZE = (120, 50)


@pytest.fixture(scope="module")
def module_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        for name in ("escapes", "markup", "bidi"):
            server.route(f"/{name}", body=page_path(f"{name}.html").read_bytes())
        yield server


@pytest.fixture
def server(module_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    isolate_network(monkeypatch)
    return module_server


def dump(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", *args], capture_output=True, timeout=60
    )


def json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


@functools.cache
def assert_dump_is_clean(url: str) -> dict[str, str]:
    """``reader dump`` of ``url`` in every format: exit 0, no unsafe character in the bytes
    or (for JSON, where a control would be escaped) in any decoded string."""
    outputs = {}
    for fmt in FORMATS:
        result = dump("--format", fmt, url)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode("utf-8")
        assert not unsafe_in(out), (fmt, unsafe_in(out))
        assert not sequences_in(out), (fmt, sequences_in(out))
        if fmt.startswith("json"):
            for line in out.splitlines() if fmt == "jsonl" else [out]:
                for string in json_strings(json.loads(line)):
                    assert not unsafe_in(string), (fmt, string)
        outputs[fmt] = out
    return outputs


def assert_document_is_clean(url: str, *, words: tuple[str, ...] = PAYLOAD_WORDS):
    document = read_source(url)
    strings = document_strings(document)
    for text in strings["text"]:
        assert not unsafe_in(text), (text, unsafe_in(text))
        for word in words:  # the sequence went whole, its payload with it
            assert word not in text
    for url_ in strings["urls"]:
        assert not unsafe_in(url_), (url_, unsafe_in(url_))
    for line in layout_strings(document):
        assert not unsafe_in(line), (line, unsafe_in(line))
        assert "\t" not in line
    return document


# --- the app -------------------------------------------------------------------------------


async def settle(app, pilot) -> None:
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def screen_text(app) -> str:
    """Every cell the app would draw now (all layers: screen, dialogs, notifications)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def app_strings(app) -> list[str]:
    strings = [app.title, app.sub_title, screen_text(app)]
    strings.extend(str(n.message) for n in app._notifications)
    strings.extend(str(n.title) for n in app._notifications)
    return strings


async def open_in_app(url: str):
    from reader.ui.app import ReaderApp

    app = ReaderApp(url)
    return app


# --- case 1 --------------------------------------------------------------------------------


def test_case_01_escape_sequences_never_reach_the_terminal(server: LoopbackServer) -> None:
    url = server.url("/escapes")
    outputs = assert_dump_is_clean(url)
    # The text around the sequences survives: only the sequences went.
    assert "MARK-CLEAR MARK-C1CSI MARK-DSR MARK-TITLE MARK-FONT MARK-DA" in outputs["text"]
    document = assert_document_is_clean(url)
    assert document.title.startswith("Escapes in the title MARK-CLEAR")
    assert document.article.byline and "Byline" in document.article.byline
    assert [link.text for link in document.links][:2] == ["link text MARK-C1CSI", "second link"]
    # A sequence inside a link target went whole too (before the HTML was parsed).
    assert document.links[0].url == "https://example.org/aosc8%20textb"
    assert not any(word in url for url in document_strings(document)["urls"]
                   for word in PAYLOAD_WORDS)


@pytest.mark.anyio
async def test_case_01_escape_sequences_never_reach_the_app_screen(
    server: LoopbackServer,
) -> None:
    app = await open_in_app(server.url("/escapes"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.article_screen.document is not None
        shown = screen_text(app)
        assert "MARK-CLEAR" in shown  # the article is on screen
        await pilot.press("l")  # the links list, with link texts and targets
        await pilot.pause()
        listed = screen_text(app)
        assert "link text MARK-C1CSI" in listed
        for text in [*app_strings(app), shown]:
            assert not unsafe_in(text), unsafe_in(text)
            assert not sequences_in(text)


REMOVED = (
    [chr(c) for c in range(0x20) if chr(c) not in "\n\t"] + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + list(BIDI) + list("\u206a\u206b\u206c\u206d\u206e\u206f")  # deprecated format
    + ["\ufff9", "\ufffa", "\ufffb", "\U000e0001", "\U000e0041", "\U000e007f"]
    + ["\u00ad", "\u200b", "\u2060", "\ufeff", "\ud800"]
)


@pytest.mark.parametrize("char", REMOVED, ids=[f"U+{ord(c):04X}" for c in REMOVED])
def test_case_01_the_sanitizer_removes_every_kind_of_control_character(char: str) -> None:
    from reader.text import clean_inline, is_safe, strip_controls

    text = f"a{char}é"  # é: no escape sequence can take it as its final character
    assert strip_controls(text) == "aé"
    assert clean_inline(f" {text} ") == " aé "
    assert not is_safe(text) and is_safe(strip_controls(text))


def test_case_01_the_sanitizer_keeps_what_text_needs() -> None:
    from reader.text import clean_inline, strip_controls

    kept = ("line\nbreak\ttab", "👩\u200d💻 joiner", "می\u200cخواهم non-joiner",
            "❤\ufe0f variation", "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e"
            "\U000e0067\U000e007f flag", "e\u0301\u0302\u0303\u0304 four marks", "漢字 wide")
    for text in kept:
        assert strip_controls(text) == text
    assert strip_controls("a\u2028b\u2029c") == "a b c"  # separators become spaces
    assert strip_controls("Z" + "\u0301" * 40) == "Z" + "\u0301" * 4  # Zalgo is cut
    assert clean_inline("a \u00a0\u2003\n\t b") == "a b"
    # Whole sequences go, with their payloads; the words around them stay.
    assert strip_controls(f"x{OSC52}y\x1b[31mz\x9b2Jw\x1bP+q71\x1b\\v") == "xyzwv"
    # Unterminated, a string sequence loses its introducer only: no text is lost.
    assert strip_controls("unterminated \x1b]52;c;abc and on") == "unterminated 52;c;abc and on"
    # A lone 8-bit introducer (a stray byte, say) takes nothing else with it.
    assert strip_controls("Stray \x9d byte and the rest") == "Stray  byte and the rest"
    assert strip_controls("\x9d52;c;YWJj\x9c kept") == " kept"


# --- case 2 --------------------------------------------------------------------------------


def test_case_02_terminal_queries_in_page_text_are_never_sent(server: LoopbackServer) -> None:
    url = server.url("/escapes")
    outputs = assert_dump_is_clean(url)
    document = assert_document_is_clean(url)
    everything = "\n".join([*outputs.values(), *document_strings(document)["text"],
                            *layout_strings(document)])
    for query in QUERIES:
        assert query not in everything
        # Not even the bytes that follow the introducer: the whole sequence went.
        assert query.split("\x1b", 1)[-1] not in everything
    assert "[6n" not in everything and "[21t" not in everything and "]50;" not in everything


# --- case 3 --------------------------------------------------------------------------------


def test_case_03_bidi_overrides_are_removed(server: LoopbackServer) -> None:
    url = server.url("/bidi")
    outputs = assert_dump_is_clean(url)
    document = assert_document_is_clean(url, words=())
    assert document.title == "Bidi MARK-RLOgnp.exe title"
    assert "every bidi control: []" in outputs["text"]
    for text in document_strings(document)["text"]:
        assert not set(text) & set(BIDI)
    # A bidi control in a link target is kept only percent-encoded, never as a character.
    assert all(not set(link.url) & set(BIDI) for link in document.links)
    assert "%E2%80%AE" in document.links[0].url
    # Arabic text itself is untouched.
    assert "مرحبا بالعالم" in document.text()
    assert RLO not in "".join(outputs.values())


# --- case 4 --------------------------------------------------------------------------------


def test_case_04_markup_in_page_text_is_kept_literally_in_every_output(
    server: LoopbackServer,
) -> None:
    url = server.url("/markup")
    outputs = assert_dump_is_clean(url)
    for fmt in ("text", "json", "jsonl"):
        assert "[@click=app.quit]quit[/]" in outputs[fmt]
        assert "[link=file:///etc/passwd]local[/link]" in outputs[fmt]
    text = outputs["text"]
    for piece in MARKUP:
        assert piece.rstrip("\\ ") in text
    assert text.splitlines()[0] == "Markup [@click=app.quit]title[/] [/] \\[b] end\\"
    # Markdown escapes its own syntax; the words are all there.
    assert "\\[@click=app.quit\\]quit\\[/\\]" in outputs["markdown"]
    document = assert_document_is_clean(url, words=())
    assert document.title == "Markup [@click=app.quit]title[/] [/] \\[b] end\\"
    assert document.links[0].text == "[@click=app.quit]link text[/]"
    layout_text = "\n".join(layout_strings(document, 200))
    assert "[@click=app.quit]quit[/]" in layout_text
    assert "[/] \\[b] end\\" in layout_text


@pytest.mark.anyio
async def test_case_04_markup_is_shown_literally_in_the_app_and_clicking_it_does_nothing(
    server: LoopbackServer,
) -> None:
    app = await open_in_app(server.url("/markup"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.article_screen.view
        shown = screen_text(app)
        assert "[@click=app.quit]quit[/]" in shown
        assert "[/] \\[b] end\\" in shown
        # Click on every literal "[@click=…]" and "[/]" on screen: nothing runs.
        lines = shown.splitlines()
        region = view.content_region
        clicks = 0
        for y, line in enumerate(lines):
            for needle in ("[@click=app.quit]", "[/]", "[link=file:"):
                x = line.find(needle)
                if x < 0 or not region.contains(x + 1, y):
                    continue
                row = int(view.scroll_y) + y - region.y
                if view.layout.link_at(row, x + 1 - region.x) is not None:
                    continue  # a real link of the page: clicking it would open it
                await pilot.click(offset=(x + 1, y))
                await pilot.pause()
                clicks += 1
        assert clicks >= 3
        assert app.is_running and app.return_code is None
        assert app.article_screen.document is not None
        # The links list shows the markup of link texts and targets as text.
        await pilot.press("l")
        await pilot.pause()
        listed = screen_text(app)
        assert "[@click=app.quit]link text[/]" in listed
        assert "example.org/[@click=app.quit]" in listed
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
        # Saved to the library (a real SQLite file in the test's data folder): the library
        # list and the notifications show the title as text.
        sent = []
        notify = app.notify
        app.notify = lambda message, *a, **k: (sent.append(str(message)), notify(message, *a, **k))
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("L")
        await settle(app, pilot)
        library = screen_text(app)
        assert type(app.screen).__name__ == "LibraryScreen"
        assert any("[@click=app.quit]title[/]" in message for message in sent), sent
        assert "Markup [@click=app.quit]title[/] [/] \\[b] end\\" in library, library
        for text in [*sent, library]:
            assert not unsafe_in(text)
        assert app.is_running and app.return_code is None


# --- case 5 --------------------------------------------------------------------------------

HOSTILE_REASON = f"Not Found {OSC52} [@click=app.quit] [/] \x9b2J \u202eevil"


def hostile_status_server(server: LoopbackServer) -> str:
    status = f"HTTP/1.1 404 {HOSTILE_REASON}\r\n".encode()
    return server.route(
        "/hostile-status",
        raw=status + b"Content-Length: 0\r\nConnection: close\r\n\r\n",
    )


def test_case_05_server_and_exception_messages_are_sanitized(
    server: LoopbackServer, tmp_path: Path
) -> None:
    url = hostile_status_server(server)
    result = dump(url)
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("reader: error: ") and "127.0.0.1" in err
    assert not unsafe_in(err) and "UEFZTE9BRC1PU0M1Mg" not in err
    # A file name with escapes in it (the OS error names it): one clean line.
    missing = tmp_path / f"missing {OSC52} \x1b[2J [/].html"
    result = dump(str(missing))
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1 and len(err.splitlines()) == 1
    assert not unsafe_in(err) and "UEFZTE9BRC1PU0M1Mg" not in err
    assert "[/]" in err  # shown literally
    # Any ReaderError built from outside text is clean, whatever it was given.
    error = ReaderError(f"Could not read: {OSC52}\n{HOSTILE_REASON}\x00")
    assert not unsafe_in(str(error)) and "\n" not in str(error)
    assert clean_line(HOSTILE_REASON) == "Not Found [@click=app.quit] [/] evil"


@pytest.mark.anyio
async def test_case_05_server_messages_are_shown_literally_in_the_app(
    server: LoopbackServer,
) -> None:
    url = hostile_status_server(server)
    app = await open_in_app(url)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        shown = screen_text(app)
        assert "127.0.0.1" in shown  # the error screen names the host
        for text in app_strings(app):
            assert not unsafe_in(text), unsafe_in(text)
            assert "UEFZTE9BRC1PU0M1Mg" not in text
        assert app.is_running


@pytest.mark.anyio
async def test_case_05_an_error_naming_a_hostile_file_is_shown_literally_in_the_app(
    tmp_path: Path,
) -> None:
    missing = tmp_path / f"[@click=app.quit]missing[/] {OSC52} \x1b[2J.html"
    app = await open_in_app(str(missing))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        message = app.screen.query_one("#error-message")
        assert "[@click=app.quit]missing[/]" in str(message.render())
        for text in app_strings(app):
            assert not unsafe_in(text), unsafe_in(text)
            assert "UEFZTE9BRC1PU0M1Mg" not in text
        # Clicking all over the message runs nothing.
        region = message.region
        for y in range(region.y, region.bottom):
            for x in range(region.x, region.right, max(1, region.width // 6)):
                await pilot.click(offset=(x, y))
        await pilot.pause()
        assert app.is_running and app.return_code is None
