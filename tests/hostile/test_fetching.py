"""HOSTILE-INPUT.md cases 11–17, 19 and 22: what a hostile server or file can do to a fetch.

Real inputs throughout: a loopback HTTP(S) server serving the bombs, drips and lies, real
files, FIFOs and devices. Caps and deadlines are passed small to keep the tests quick.
"""

from __future__ import annotations

import gzip
import os
import ssl
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import brotli
import httpx
import pytest
import trustme
import zstandard
from httpserver import (
    LoopbackServer,
    brotli_bomb,
    deflate_bomb,
    drip,
    endless,
    free_port,
    gzip_bomb,
    isolate_network,
    stall,
    zstd_bomb,
)

from reader.errors import ContentTypeError, FetchError, ReaderError, SourceError
from reader.fetch import fetch_page
from reader.text import is_safe

CAP = 512_000
PAGE = b"<html><body><article><p>A story worth reading.</p></article></body></html>"


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_network(monkeypatch)


@pytest.fixture
def server():
    with LoopbackServer() as running:
        yield running


def fails_within(seconds: float, call) -> ReaderError:
    """Run ``call`` (which must fail with a ReaderError) in a thread; it must not hang."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # noqa: BLE001 (reported below)
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    assert isinstance(outcome[0], ReaderError), f"expected a ReaderError, got {outcome[0]!r}"
    return outcome[0]


def one_clear_line(error: BaseException) -> str:
    message = str(error)
    assert message and "\n" not in message and is_safe(message), repr(message)
    assert "Traceback" not in message
    return message


# --- 11 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "make"),
    [
        ("gzip", lambda: gzip_bomb(200)),
        ("deflate", lambda: deflate_bomb(200)),
        ("br", lambda: brotli_bomb(200)),
        ("zstd", lambda: zstd_bomb(200)),
        ("gzip, br", lambda: brotli.compress(gzip_bomb(200), quality=5)),
        ("br, zstd", lambda: zstandard.ZstdCompressor().compress(brotli_bomb(200))),
    ],
)
def test_case_11_gzip_deflate_brotli_zstd_bombs_and_stacked_encodings_stop_at_the_cap(
    server: LoopbackServer, encoding: str, make
) -> None:
    bomb = make()
    assert len(bomb) < 300_000  # each expands to 200 MiB
    url = server.route("/", body=bomb, headers={"Content-Encoding": encoding})
    with httpx.Client() as client:  # made before measuring: its TLS setup is not the fetch's
        tracemalloc.start()
        try:
            with pytest.raises(FetchError) as caught:
                fetch_page(url, max_bytes=CAP, client=client)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert one_clear_line(caught.value) == (
        f"Could not fetch 127.0.0.1:{server.port}: the page is larger than the 512 KB limit "
        "once decompressed"
    )
    # Bounded memory: the capped page and a few decoder steps, not the 200 MiB.
    assert peak < CAP * 2 + 1_000_000, f"peak {peak} bytes"


# --- 12 -----------------------------------------------------------------------------------


def test_case_12_endless_chunked_body_and_lying_content_length_are_capped(
    server: LoopbackServer,
) -> None:
    host = f"127.0.0.1:{server.port}"
    limit = f"Could not fetch {host}: the page is larger than the 512 KB limit"
    chunked = server.route("/chunked", body=endless(b"<p>more and more</p>\n" * 100))
    unframed = server.route("/unframed", body=endless(b"<p>on and on</p>\n" * 100), chunked=False)
    huge = server.route("/huge", body=stall(server.stop_event), content_length=5_000_000_000,
                        chunked=False)
    short = server.route("/short", body=b"<p>only this</p>", content_length=100_000)
    long = server.route("/long", body=PAGE + b"<script>never read</script>",
                        content_length=len(PAGE))

    assert one_clear_line(fails_within(10, lambda: fetch_page(chunked, max_bytes=CAP))) == limit
    assert one_clear_line(fails_within(10, lambda: fetch_page(unframed, max_bytes=CAP))) == limit
    # A declared length over the cap is refused before any of the body is read.
    assert one_clear_line(fails_within(2, lambda: fetch_page(huge, max_bytes=CAP))) == (
        f"Could not fetch {host}: the page is too large (5.0 GB; the limit is 512 KB)"
    )
    assert one_clear_line(fails_within(5, lambda: fetch_page(short))) == (
        f"Could not fetch {host}: the connection closed before the page was complete"
    )
    # Bytes past a Content-Length are not part of the page.
    assert fetch_page(long).raw == PAGE


# --- 13 -----------------------------------------------------------------------------------


def test_case_13_drip_fed_body_and_headers_are_stopped_by_the_overall_deadline(
    server: LoopbackServer,
) -> None:
    host = f"127.0.0.1:{server.port}"
    body = server.route("/body", body=drip(PAGE, interval=0.25, stop=server.stop_event))
    headers = server.route(
        "/headers",
        raw=drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 200,
                 interval=0.25, stop=server.stop_event),
    )
    for url in (body, headers):
        started = time.monotonic()
        # Each byte comes well within the 5 s read timeout: only the deadline can stop it.
        error = fails_within(5, lambda url=url: fetch_page(url, deadline=0.6, timeout=5.0))
        assert one_clear_line(error) == f"Could not fetch {host}: timed out after 0.6 s"
        assert time.monotonic() - started < 2.0  # far below the 5 s read timeout


# --- 14 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<p>x</p>",
     "ftp://127.0.0.1/x", "vscode://file/etc/passwd"],
)
def test_case_14_redirect_loop_is_bounded_and_non_http_redirects_are_refused(
    server: LoopbackServer, target: str
) -> None:
    host = f"127.0.0.1:{server.port}"
    server.redirect("/loop", "/loop")
    error = fails_within(5, lambda: fetch_page(server.url("/loop")))
    assert one_clear_line(error) == (
        f"Could not fetch {host}: it redirects in a loop (stopped after 10)"
    )
    assert len(server.requests) == 11

    server.requests.clear()
    scheme = target.split(":")[0]
    url = server.redirect("/away", target, status=301)
    error = fails_within(5, lambda: fetch_page(url))
    assert one_clear_line(error) == (
        f"Could not fetch {host}: it redirected to a {scheme}: address, which is refused "
        "(only http and https are followed)"
    )
    assert [r.path for r in server.requests] == ["/away"]

    # A Location that is no URL at all, or one whose host carries an escape sequence.
    url = server.route("/bad", status=302, headers=[("Location", "http://[::1")])
    error = fails_within(5, lambda: fetch_page(url))
    assert one_clear_line(error) == f"Could not fetch {host}: it sent an invalid redirect"
    url = server.route("/escape", status=302, headers=[("Location", "http://a\x1b[2J.example/")])
    error = fails_within(5, lambda: fetch_page(url))
    assert one_clear_line(error).startswith("Could not ")


# --- 15 -----------------------------------------------------------------------------------


def test_case_15_bad_tls_certificate_is_a_clear_error_and_never_retried_unverified() -> None:
    authority = trustme.CA()  # a certificate authority nobody trusts
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with LoopbackServer(ssl_context=context) as server:
        url = server.route("/", body=PAGE)
        error = fails_within(10, lambda: fetch_page(url))
        assert one_clear_line(error) == (
            f"Could not reach 127.0.0.1:{server.port} securely: its certificate was refused "
            "(unable to get local issuer certificate)"
        )
        assert server.connections == 1  # one attempt, not retried in any other way
        assert server.requests == []  # no request ever went over an unverified connection

        # The same server with its authority trusted: the refusal was about the certificate.
        trusted = ssl.create_default_context()
        authority.configure_trust(trusted)
        with httpx.Client(verify=trusted) as client:
            assert fetch_page(url, client=client).raw == PAGE

    # A trusted certificate for another name is refused too.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("news.example").configure_cert(context)
    with LoopbackServer(ssl_context=context) as server, httpx.Client(verify=trusted) as client:
        url = server.route("/", body=PAGE)
        error = fails_within(10, lambda: fetch_page(url, client=client))
        assert one_clear_line(error).startswith(
            f"Could not reach 127.0.0.1:{server.port} securely: its certificate was refused"
        )
        assert "mismatch" in str(error).lower()
        assert server.requests == []


# --- 16 -----------------------------------------------------------------------------------


NON_HTML = [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf", "application/pdf"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "text/html", "application/pdf (served as text/html)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/html; charset=utf-8",
     "image/png (served as text/html)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "image/png"),
    (b'{"title": "not a page"}', "application/json", "application/json"),
    (b"PK\x03\x04\x14\x00\x00\x00", None, "application/zip"),
    (b"\x00\x01\x02\x03binary\xff\xfe", "application/octet-stream", "application/octet-stream"),
    (b"\x7fELF\x02\x01\x01", "text/plain", "application/x-executable (served as text/plain)"),
]


def test_case_16_non_html_content_is_refused_before_extraction_with_its_type_named(
    server: LoopbackServer, tmp_path: Path
) -> None:
    for index, (body, content_type, named) in enumerate(NON_HTML):
        url = server.route(f"/{index}", body=body, content_type=content_type)
        error = fails_within(5, lambda url=url: fetch_page(url))
        assert isinstance(error, ContentTypeError), named
        assert one_clear_line(error) == f"Not an HTML page: {named}"

    # Files too: by their name, and by their bytes whatever their name.
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "page.html").write_bytes(gzip.compress(PAGE))
    for name, named in [("report.pdf", "application/pdf"),
                        ("page.html", "application/gzip (the file name says text/html)")]:
        error = fails_within(5, lambda name=name: fetch_page(str(tmp_path / name)))
        assert one_clear_line(error) == f"Not an HTML page: {named}"

    # A page that plainly is markup stays a page when its title carries control bytes (an
    # OSC sequence ends in BEL): the sanitizer removes them, the article is still read.
    hostile = b"<html><head><title>News\x1b]52;c;cHduZWQ=\x07 today</title></head>" + PAGE
    page = fetch_page(server.route("/bel-title", body=hostile, content_type="text/html"))
    assert page.content_type == "text/html" and "\x07" in page.html

    # text/plain is shown as plain text: escaped, never parsed as markup.
    url = server.route("/text", body=b"<script>alert(1)</script>\n\nJust text.",
                       content_type="text/plain; charset=utf-8")
    page = fetch_page(url)
    assert page.content_type == "text/plain"
    assert "<script>" not in page.html
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>" in page.html
    assert "<p>Just text.</p>" in page.html


# --- 17 -----------------------------------------------------------------------------------


def test_case_17_http_errors_dns_refused_and_timeouts_give_one_line_naming_host_and_reason(
    server: LoopbackServer,
) -> None:
    host = f"127.0.0.1:{server.port}"
    refused = free_port()
    server.route("/410", status=410)
    server.route("/503", status=503)
    server.route("/silent", raw=stall(server.stop_event))  # accepts, never answers
    server.route("/evil-status", raw=b"HTTP/1.1 599 \x1b[2J\x1b]52;c;cHduZWQ=\x07Owned\r\n"
                                      b"Content-Length: 0\r\n\r\n")
    server.route("/odd-status", raw=b"HTTP/1.1 599 Lunch Break\r\nContent-Length: 0\r\n\r\n")
    cases = {
        server.url("/410"): f"Could not fetch {host}: HTTP 410 Gone",
        server.url("/503"): f"Could not fetch {host}: HTTP 503 Service Unavailable",
        "http://no-such-host.invalid/": (
            "Could not reach no-such-host.invalid: the host name was not found (DNS)"
        ),
        f"http://127.0.0.1:{refused}/": f"Could not reach 127.0.0.1:{refused}: connection refused",
        server.url("/silent"): f"Could not fetch {host}: timed out after 0.5 s",
        server.url("/odd-status"): f"Could not fetch {host}: HTTP 599 Lunch Break",
    }
    for url, expected in cases.items():
        error = fails_within(5, lambda url=url: fetch_page(url, timeout=0.5, deadline=5))
        assert one_clear_line(error) == expected
    # A status line carrying escape sequences: refused, and none of it reaches the message.
    error = fails_within(5, lambda: fetch_page(server.url("/evil-status")))
    assert one_clear_line(error).startswith(f"Could not fetch {host}: ")
    assert "52;" not in str(error) and "[2J" not in str(error)


# --- 19 -----------------------------------------------------------------------------------

RUSSIAN = "<p>Президент России заявил в четверг, что военный союз с Китаем возможен.</p>"
JAPANESE = (
    "<p>気象庁は二十五日、東京都心で桜が満開になったと発表しました。平年より五日早い満開です。</p>"
)
FRENCH = "<p>Le café est à côté de l'église; les élèves étudient à l'école.</p>"
GERMAN = "<p>Grüße aus Köln: Straßenbahn fährt über die Brücke.</p>"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (RUSSIAN.encode("cp1251"), "text/html", RUSSIAN),
        (JAPANESE.encode("shift_jis"), "text/html", JAPANESE),
        (FRENCH.encode("latin-1"), "text/html; charset=utf-8", FRENCH),
        (b"\xef\xbb\xbf" + GERMAN.encode(), "text/html; charset=iso-8859-1", GERMAN),
        (GERMAN.encode("utf-16"), "text/html", GERMAN),  # BOM, little-endian
        (b"\xfe\xff" + GERMAN.encode("utf-16-be"), "text/html", GERMAN),
        (b'<meta charset="shift_jis">' + JAPANESE.encode("shift_jis"), None,
         '<meta charset="shift_jis">' + JAPANESE),
        (RUSSIAN.encode("cp1251"), "text/html; charset=bogus-charset", RUSSIAN),
    ],
    ids=["cp1251", "shift_jis", "latin1-labelled-utf8", "utf8-bom-wrong-header", "utf16le-bom",
         "utf16be-bom", "meta-only", "unknown-label"],
)
def test_case_19_wrong_or_missing_charsets_give_readable_text(
    server: LoopbackServer, body: bytes, content_type: str | None, expected: str
) -> None:
    page = fetch_page(server.route("/", body=body, content_type=content_type))
    assert page.html == expected
    assert "\ufffd" not in page.html


# --- 22 -----------------------------------------------------------------------------------


def test_case_22_missing_folder_fifo_device_unreadable_and_huge_files_are_refused_before_reading(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)  # no writer: opening it for reading would block forever
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(2_000_000_000)  # 2 GB, sparse
    zero_link = tmp_path / "zero.html"
    zero_link.symlink_to("/dev/zero")
    cases = {
        str(tmp_path / "missing.html"): f"No such file: {tmp_path / 'missing.html'}",
        str(folder): f"{folder} is a folder, not a page",
        folder.as_uri(): f"{folder} is a folder, not a page",
        str(fifo): f"{fifo} is a named pipe (FIFO), not a regular file",
        "/dev/zero": "/dev/zero is a device, not a regular file",
        str(zero_link): f"{zero_link} is a device, not a regular file",
        str(huge): f"{huge} is too large (2.0 GB; the limit is 20 MB)",
        "file://elsewhere/etc/passwd": "Cannot open a file on another computer: "
                                       "file://elsewhere/etc/passwd",
    }
    for source, expected in cases.items():
        error = fails_within(5, lambda source=source: fetch_page(source))
        assert isinstance(error, SourceError)
        assert one_clear_line(error) == expected
    _unreadable_file_is_refused()
    _endless_stdin_is_read_no_further_than_the_cap()


def _unreadable_file_is_refused() -> None:
    """A file its reader may not read. Root reads anything, so as root the check runs with
    the effective user switched to "nobody" for the call (and back)."""
    folder = Path(tempfile.mkdtemp(prefix="reader-unreadable-"))
    try:
        folder.chmod(0o755)
        secret = folder / "secret.html"
        secret.write_bytes(PAGE)
        secret.chmod(0o000)
        as_root = sys.platform.startswith("linux") and os.geteuid() == 0
        if as_root:
            os.seteuid(65534)
        try:
            with pytest.raises(SourceError) as caught:
                fetch_page(str(secret))
        finally:
            if as_root:
                os.seteuid(0)
        assert one_clear_line(caught.value) == f"Could not read {secret}: permission denied"
    finally:
        for child in folder.iterdir():
            child.chmod(0o600)
            child.unlink()
        folder.rmdir()


def _endless_stdin_is_read_no_further_than_the_cap() -> None:
    reader, writer = os.pipe()
    # An endless writer: the fetch must stop reading by itself at the cap.
    def feed() -> None:
        chunk = b"<p>flood</p>" * 1000
        try:
            while True:
                os.write(writer, chunk)
        except OSError:
            pass

    threading.Thread(target=feed, daemon=True).start()
    with os.fdopen(reader, "rb") as stream:
        error = fails_within(5, lambda: fetch_page("-", stdin=stream, max_bytes=CAP))
    os.close(writer)
    assert one_clear_line(error) == "Standard input is larger than the 512 KB limit"
