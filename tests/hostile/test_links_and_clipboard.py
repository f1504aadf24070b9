"""Cases 6–10 of HOSTILE-INPUT.md: which links leave the reader, and how.

The rules live in ``reader.urls`` (``safe_http_url`` for opening and copying, ``display_url``
for showing); these tests check them directly and through the running app: a page on a
loopback server whose links list holds ``javascript:``, ``file:``, ``data:``, ``vscode:``,
``ssh:``, IDN and credential links, opened with ``o``, copied with ``c`` and read with
Enter. A real browser command (a script named by ``BROWSER``) records what it was given.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import html
import os
import stat
import webbrowser
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import LoopbackServer, isolate_network
from textual.worker import WorkerFailed

from reader.errors import ReaderError
from reader.fetch import Page
from reader.urls import MAX_URL_LENGTH, display_url, safe_http_url

SIZE = (120, 50)
ROOT = Path(__file__).resolve().parents[2]

NOT_WEB = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "file:///etc/passwd",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vscode://file/etc/passwd",
    "ssh://attacker.example/",
    "mailto:someone@example.org",
    "//evil.example/no-scheme",
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # Textual runs on asyncio


def links_page(hrefs: list[str]) -> bytes:
    """An article whose paragraphs each hold one of ``hrefs`` amid ordinary prose."""
    prose = ("This page holds links of every kind, with enough words around them for the "
             "extractor to keep them as part of the article's text. ")
    paragraphs = "\n".join(
        f'<p>{prose} Here is <a href="{html.escape(href, quote=True)}">link {n}</a> in the '
        f"middle of a sentence, and the sentence goes on for a while after it. {prose}</p>"
        for n, href in enumerate(hrefs, 1)
    )
    return (f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Links</title></head>"
            f"<body><article><h1>Links</h1><p>{prose * 3}</p>{paragraphs}"
            f"</article></body></html>").encode()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    isolate_network(monkeypatch)
    with LoopbackServer() as server:
        yield server


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real browser command: a script that writes each argument it gets on a line."""
    record = tmp_path / "browser-argv.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\nfor arg in "$@"; do printf "%s\\n" "$arg" >> "{record}"; done\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("BROWSER", str(script))
    # webbrowser reads BROWSER once; make it read it again, and forget it afterwards.
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    monkeypatch.setattr(webbrowser, "_os_preferred_browser", None, raising=False)
    return record


async def settle(app, pilot) -> None:
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def record_notifications(app) -> list[str]:
    """Every message the app shows from now on (notifications expire; this list does not)."""
    sent: list[str] = []
    notify = app.notify

    def recording(message, *args, **kwargs):
        sent.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = recording
    return sent


async def choose_link(pilot, index: int, key: str) -> None:
    """Open the links list, move to entry ``index`` (0-based) and press ``key``."""
    await pilot.press("l")
    await pilot.pause()
    for _ in range(index):
        await pilot.press("down")
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()
    await pilot.pause()


# --- case 6 --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", NOT_WEB)
def test_case_06_links_other_than_http_are_refused_by_the_rules(url: str) -> None:
    with pytest.raises(ReaderError) as refused:
        safe_http_url(url)
    message = str(refused.value)
    assert message.startswith("Link refused:") and "\n" not in message


@pytest.mark.anyio
async def test_case_06_links_other_than_http_are_not_opened_copied_or_read_in_the_app(
    server: LoopbackServer, browser: Path
) -> None:
    from reader.ui.app import ReaderApp

    url = server.route("/links", body=links_page(NOT_WEB[:6]))
    app = ReaderApp(url)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        document = app.article_screen.document
        targets = [link.url for link in document.links]
        # readability's cleaner already drops javascript: and data: links from the article;
        # the others reach the links list, and must stop there.
        assert targets == [NOT_WEB[2], NOT_WEB[4], NOT_WEB[5]]
        sent = record_notifications(app)
        for index in range(len(targets)):
            # Every key on the first link; the browser key (the one that matters most) on all.
            for key in ("o", "c", "enter") if index == 0 else ("o",):
                before = len(sent)
                await choose_link(pilot, index, key)
                await settle(app, pilot)
                new = sent[before:]
                assert len(new) == 1, new  # one clear message per refusal
                assert new[0].startswith("Link refused: only http and https links")
        assert not browser.exists()  # the browser command never ran
        assert app.clipboard == ""
        assert len(app.history) == 1  # nothing was read either
        assert app.is_running


# --- case 7 --------------------------------------------------------------------------------

OPTION_LIKE = ["-x", "--remote-debugging-port=9222", "-new-tab http://example.org",
               " http://example.org", "\thttp://example.org"]
SPACED = ["http://example.org/a b", "http://example.org/a\nb", "http://example.org/a\r\nSet: x",
          "http://exa mple.org/", "http://example.org/\u202eevil", "http://example.org/\x1b[2J",
          "http://example.org/\x00", "http://example.org/a\u2028b", "http://example.org/\u00a0"]


@pytest.mark.parametrize("url", OPTION_LIKE + SPACED)
def test_case_07_urls_starting_with_a_dash_or_holding_spaces_are_refused(url: str) -> None:
    with pytest.raises(ReaderError) as refused:
        safe_http_url(url)
    assert not any(c in str(refused.value) for c in "\n\r\x1b\x00\u202e")


@pytest.mark.anyio
async def test_case_07_a_dash_link_from_a_page_without_base_is_not_opened(
    browser: Path,
) -> None:
    """A page read from stdin has no URL, so its relative links stay as they are: ``-x``
    reaches the links list as ``-x``, and must not reach the browser."""
    from reader.ui.app import ReaderApp

    raw = links_page(["-x", "--new-window=file:///etc/passwd", "http://example.org/a b"])
    page = Page("-", "", raw.decode(), "utf-8", "text/html", "stdin", raw)
    app = ReaderApp(page=page)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        targets = [link.url for link in app.article_screen.document.links]
        assert targets[0] == "-x" and targets[1].startswith("--new-window=")
        sent = record_notifications(app)
        for index in range(2):
            before = len(sent)
            await choose_link(pilot, index, "o")
            new = sent[before:]
            assert len(new) == 1 and new[0].startswith("Link refused:"), new
        assert not browser.exists()
        assert app.is_running


# --- case 8 --------------------------------------------------------------------------------


def test_case_08_idn_hosts_are_shown_in_punycode_and_credentials_are_stripped() -> None:
    # Cyrillic letters that look like "apple.com".
    assert display_url("https://аррӏе.com/login") == "https://xn--80ak6aa92e.com/login"
    assert safe_http_url("https://аррӏе.com/login") == "https://xn--80ak6aa92e.com/login"
    assert display_url("https://bücher.example/ä?q=ö") == "https://xn--bcher-kva.example/%C3%A4?q=%C3%B6"
    # Credentials: gone from what is shown and from what is opened or copied.
    assert display_url("https://user:secret@example.org/x") == "https://example.org/x"
    assert safe_http_url("https://user:secret@example.org/x") == "https://example.org/x"
    # The classic trick: what looks like the host is the user name.
    assert safe_http_url("https://bank.example@evil.example/") == "https://evil.example/"
    assert display_url("https://bank.example@evil.example/") == "https://evil.example/"
    # Unparseable or non-web URLs are still shown without what precedes an "@".
    assert display_url("ftp://user:pw@files.example/x") == "ftp://files.example/x"


@pytest.mark.anyio
async def test_case_08_the_app_shows_and_opens_idn_links_in_punycode_without_credentials(
    server: LoopbackServer, browser: Path
) -> None:
    from reader.ui.app import ReaderApp

    hrefs = ["https://аррӏе.com/login", "https://user:secret@bank.example@evil.example/x"]
    url = server.route("/idn", body=links_page(hrefs))
    app = ReaderApp(url)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        listed = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "https://xn--80ak6aa92e.com/login" in listed
        assert "аррӏе" not in listed.split("Links")[-1] or "xn--80ak6aa92e" in listed
        assert "secret" not in listed
        await pilot.press("escape")
        await choose_link(pilot, 0, "o")
        await choose_link(pilot, 1, "o")
        await settle(app, pilot)
    opened = browser.read_text().splitlines()
    assert opened == ["https://xn--80ak6aa92e.com/login", "https://evil.example/x"]


# --- case 9 --------------------------------------------------------------------------------


def test_case_09_only_a_validated_url_of_bounded_length_is_copied() -> None:
    long_url = "https://example.org/" + "a" * MAX_URL_LENGTH
    with pytest.raises(ReaderError) as refused:
        safe_http_url(long_url)
    assert f"{MAX_URL_LENGTH:,}" in str(refused.value)
    assert len(str(refused.value)) < 200  # the message does not carry the URL whole
    just_right = "https://example.org/" + "a" * (MAX_URL_LENGTH - len("https://example.org/"))
    assert safe_http_url(just_right) == just_right


@pytest.mark.anyio
async def test_case_09_the_app_copies_only_validated_urls(
    server: LoopbackServer, tmp_path: Path
) -> None:
    from reader.ui.app import ReaderApp

    long_url = "https://example.org/" + "a" * (MAX_URL_LENGTH + 10)
    hrefs = ["https://user:pw@example.org/ok", long_url, "javascript:alert(1)"]
    url = server.route("/copy", body=links_page(hrefs))
    app = ReaderApp(url)
    written: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        driver_write = app._driver.write

        def record(data: str) -> None:
            written.append(data)
            driver_write(data)

        app._driver.write = record  # what goes to the terminal: the OSC 52 sequence
        sent = record_notifications(app)
        # (readability's cleaner drops the javascript: link before the links list.)
        assert [len(link.url) for link in app.article_screen.document.links] == [
            len(hrefs[0]), len(long_url)]
        await choose_link(pilot, 0, "c")
        assert app.clipboard == "https://example.org/ok"
        await choose_link(pilot, 1, "c")
        assert app.clipboard == "https://example.org/ok"  # unchanged
        assert sent[-1].startswith("Link refused: the link is 2,078 characters long")
    osc52 = [data for data in written if data.startswith("\x1b]52;")]
    assert osc52 == ["\x1b]52;c;" + base64.b64encode(b"https://example.org/ok").decode() + "\a"]


# --- case 10 -------------------------------------------------------------------------------


def _calls(tree: ast.AST) -> Iterator[tuple[str, ast.Call]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield ast.unparse(node.func), node


def test_case_10_no_code_path_builds_a_shell_command_line() -> None:
    """No module of the package runs a shell: no os.system/os.popen, no subprocess call with
    shell=True, no os.exec*/spawn* with a command string."""
    offenders = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, call in _calls(tree):
            shell = any(k.arg == "shell" and not (isinstance(k.value, ast.Constant)
                                                  and k.value.value is False)
                        for k in call.keywords)
            if name in ("os.system", "os.popen", "commands.getoutput") or shell or (
                name.startswith(("os.spawn", "os.exec")) or name == "pty.spawn"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}: {name}")
    assert offenders == []


@pytest.mark.anyio
async def test_case_10_shell_syntax_in_a_link_reaches_the_browser_as_one_argument(
    server: LoopbackServer, browser: Path, tmp_path: Path
) -> None:
    from reader.ui.app import ReaderApp

    os.chdir(tmp_path)  # any file a shell would create lands here
    href = "https://example.org/$(touch${IFS}PWNED1);touch${IFS}PWNED2|touch${IFS}PWNED3&`id`"
    url = server.route("/shell", body=links_page([href]))
    app = ReaderApp(url)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await choose_link(pilot, 0, "o")
        await settle(app, pilot)
    expected = safe_http_url(href)
    assert browser.read_text().splitlines() == [expected]
    assert not list(tmp_path.glob("PWNED*"))
