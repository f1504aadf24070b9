"""The fetch stage against a real HTTP server on 127.0.0.1, real files and real stdin.

Deadlines and caps are passed small so that every test is quick; the defaults are the same
code with larger numbers.
"""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import brotli
import pytest
import zstandard
from httpserver import LoopbackServer, drip, free_port, gzip_bomb, isolate_network, stall

from reader import __version__
from reader.errors import ContentTypeError, FetchError, ReaderError, SourceError
from reader.fetch import FetchCancelled, Page, decode_bytes, decode_page, fetch_page

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    b"<html><head><title>Test page</title></head><body><article><h1>Headline</h1>"
    b"<p>First paragraph of the story, long enough to be an article.</p></article></body></html>"
)
RUSSIAN = (
    "<html><head><title>Новости</title></head><body><h1>Путин: военный союз России и Китая "
    "нельзя исключать</h1><p>Президент России заявил в четверг, что военный союз между "
    "Россией и Китаем теоретически возможен.</p><p>Выступая на встрече с экспертами, он "
    "сказал, что такой союз не планируется, но и не исключён.</p></body></html>"
)
JAPANESE = (
    "<html><head><title>ニュース</title></head><body><h1>東京で桜が満開に</h1><p>気象庁は二十五日、"
    "東京都心で桜が満開になったと発表しました。平年より五日早く、昨年より二日遅い満開です。</p>"
    "<p>上野公園には多くの花見客が訪れ、週末にかけて混雑が予想されます。</p></body></html>"
)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_network(monkeypatch)


@pytest.fixture
def server():
    with LoopbackServer() as running:
        yield running


def host_of(server: LoopbackServer) -> str:
    return f"127.0.0.1:{server.port}"


# --- redirects ----------------------------------------------------------------------------


def test_follows_redirects_and_keeps_final_url(server: LoopbackServer) -> None:
    start = server.redirect("/start", "/middle", status=301)
    server.redirect("/middle", server.url("/end"), status=307)  # absolute this time
    server.route("/end", body=ARTICLE)

    page = fetch_page(start)

    assert page.url == start
    assert page.final_url == server.url("/end")
    assert "First paragraph" in page.html
    assert [r.path for r in server.requests] == ["/start", "/middle", "/end"]


def test_sends_a_user_agent_naming_the_app_and_only_encodings_it_can_cap(
    server: LoopbackServer,
) -> None:
    fetch_page(server.route("/", body=ARTICLE))
    headers = server.requests[0].headers
    assert headers["user-agent"] == f"reader/{__version__} (terminal news reader)"
    assert set(headers["accept-encoding"].replace(" ", "").split(",")) == {
        "gzip", "deflate", "br", "zstd"
    }


def test_redirect_loop_stops_after_ten_hops_with_a_clear_message(server: LoopbackServer) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    with pytest.raises(FetchError) as caught:
        fetch_page(server.url("/a"))
    assert str(caught.value) == (
        f"Could not fetch {host_of(server)}: it redirects in a loop (stopped after 10)"
    )
    assert len(server.requests) == 11  # the first request and ten redirects


def test_ten_redirects_are_followed_and_the_eleventh_is_refused(server: LoopbackServer) -> None:
    for hop in range(11):
        server.redirect(f"/{hop}", f"/{hop + 1}")
    server.route("/11", body=ARTICLE)
    assert fetch_page(server.url("/1")).final_url == server.url("/11")  # ten hops
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_page(server.url("/0"))  # eleven hops


def test_a_failure_after_a_redirect_names_the_host_that_failed(server: LoopbackServer) -> None:
    with LoopbackServer() as other:
        other.route("/gone", status=404)
        start = server.redirect("/", other.url("/gone"))
        with pytest.raises(FetchError) as caught:
            fetch_page(start)
    assert str(caught.value) == f"Could not fetch 127.0.0.1:{other.port}: HTTP 404 Not Found"


# --- bodies: encodings, caps, time --------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as IIS sent it
        ("br", brotli.compress),
        ("zstd", lambda data: zstandard.ZstdCompressor().compress(data)),
        ("gzip, br", lambda data: brotli.compress(gzip.compress(data))),
    ],
    ids=["gzip", "deflate", "raw-deflate", "br", "zstd", "gzip-then-br"],
)
def test_compressed_bodies_are_decoded(server: LoopbackServer, encoding: str, encode) -> None:
    url = server.route("/", body=encode(ARTICLE), headers={"Content-Encoding": encoding})
    page = fetch_page(url)
    assert page.raw == ARTICLE
    assert page.html == ARTICLE.decode()


def test_decompression_bomb_stops_at_the_cap(server: LoopbackServer) -> None:
    bomb = gzip_bomb(200)  # about 200 KB that would expand to 200 MiB
    assert len(bomb) < 300_000
    url = server.route("/", body=bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as caught:
        fetch_page(url, max_bytes=256_000)
    assert str(caught.value) == (
        f"Could not fetch {host_of(server)}: the page is larger than the 256 KB limit "
        "once decompressed"
    )


def test_body_dripping_a_byte_a_second_is_stopped_by_the_deadline(
    server: LoopbackServer,
) -> None:
    url = server.route("/", body=drip(ARTICLE, interval=1.0, stop=server.stop_event))
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch_page(url, deadline=1.5)
    elapsed = time.monotonic() - started
    assert str(caught.value) == f"Could not fetch {host_of(server)}: timed out after 1.5 s"
    assert 1.4 < elapsed < 3.0


def test_stalled_body_is_stopped_at_the_deadline_not_the_read_timeout(
    server: LoopbackServer,
) -> None:
    url = server.route("/", body=stall(server.stop_event))
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 1 s"):
        fetch_page(url, deadline=1.0, timeout=15.0)
    assert time.monotonic() - started < 3.0  # not the 15 s read timeout


def test_cancel_stops_a_blocked_read_at_once_and_progress_is_reported(
    server: LoopbackServer,
) -> None:
    def chunks():
        yield b"<p>first part</p>"
        server.stop_event.wait(30)
        yield b""

    url = server.route("/", body=chunks)
    progress: list[tuple[int, int | None]] = []
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    with pytest.raises(FetchCancelled) as caught:
        fetch_page(url, on_progress=lambda got, total: progress.append((got, total)),
                   cancelled=stop.is_set)
    assert time.monotonic() - started < 2.0  # not the 15 s read timeout nor the 30 s deadline
    assert str(caught.value) == f"Fetching {host_of(server)} was cancelled"
    assert progress and progress[0][1] is None  # chunked: the total is unknown
    assert progress[0][0] > 0


def test_progress_reports_the_content_length_as_total(server: LoopbackServer) -> None:
    progress: list[tuple[int, int | None]] = []
    fetch_page(server.route("/", body=ARTICLE), on_progress=lambda *a: progress.append(a))
    assert progress[-1] == (len(ARTICLE), len(ARTICLE))


# --- status, network ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "phrase"), [(404, "Not Found"), (500, "Internal Server Error"), (403, "Forbidden")]
)
def test_http_errors_name_the_host_and_the_status(
    server: LoopbackServer, status: int, phrase: str
) -> None:
    url = server.route("/", status=status, body=b"<p>error page</p>")
    with pytest.raises(FetchError) as caught:
        fetch_page(url)
    assert str(caught.value) == f"Could not fetch {host_of(server)}: HTTP {status} {phrase}"


def test_connection_refused_names_the_host() -> None:
    port = free_port()
    with pytest.raises(FetchError) as caught:
        fetch_page(f"http://127.0.0.1:{port}/")
    assert str(caught.value) == f"Could not reach 127.0.0.1:{port}: connection refused"


def test_unknown_host_is_a_dns_failure() -> None:
    with pytest.raises(FetchError) as caught:
        fetch_page("http://no-such-host.invalid/news")
    assert str(caught.value) == (
        "Could not reach no-such-host.invalid: the host name was not found (DNS)"
    )


def test_proxy_from_the_environment_is_used(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("/story", body=ARTICLE)
    monkeypatch.setenv("HTTP_PROXY", server.url())
    page = fetch_page("http://news.example/story")
    assert "First paragraph" in page.html
    assert server.requests[0].target == "http://news.example/story"


def test_a_broken_proxy_setting_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "::not-a-url::")
    with pytest.raises(FetchError, match="the proxy set in the environment is not valid"):
        fetch_page(f"http://127.0.0.1:{free_port()}/")


def test_a_given_client_is_used_and_left_open(server: LoopbackServer) -> None:
    import httpx

    with httpx.Client() as client:
        fetch_page(server.route("/", body=ARTICLE), client=client)
        assert not client.is_closed


# --- what the content is -----------------------------------------------------------------


@pytest.mark.parametrize("content_type", ["application/pdf", "text/html", None])
def test_pdf_is_refused_with_its_type_named(
    server: LoopbackServer, content_type: str | None
) -> None:
    url = server.route("/", body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", content_type=content_type)
    with pytest.raises(ContentTypeError) as caught:
        fetch_page(url)
    assert str(caught.value).startswith("Not an HTML page: application/pdf")


def test_declared_non_html_type_is_refused_before_the_body_is_read(
    server: LoopbackServer,
) -> None:
    url = server.route("/", body=stall(server.stop_event), content_type="image/png")
    started = time.monotonic()
    with pytest.raises(ContentTypeError, match=r"^Not an HTML page: image/png$"):
        fetch_page(url, deadline=5)
    assert time.monotonic() - started < 1


def test_plain_text_becomes_escaped_paragraphs(server: LoopbackServer) -> None:
    text = "First line <b>not bold</b> & more\nstill first paragraph\n\nSecond paragraph\n"
    page = fetch_page(server.route("/", body=text.encode(), content_type="text/plain"))
    assert page.content_type == "text/plain"
    assert "<p>First line &lt;b&gt;not bold&lt;/b&gt; &amp; more\nstill first paragraph</p>" in (
        page.html
    )
    assert "<p>Second paragraph</p>" in page.html
    assert page.raw == text.encode()


def test_page_without_content_type_is_sniffed_as_html(server: LoopbackServer) -> None:
    page = fetch_page(server.route("/", body=ARTICLE, content_type=None))
    assert page.content_type == "text/html"
    assert page.html == ARTICLE.decode()


def test_empty_page_is_fetched_with_empty_html(server: LoopbackServer) -> None:
    page = fetch_page(server.route("/", body=b""))
    assert page.html == "" and page.raw == b"" and page.source == "web"


# --- decoding ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [(RUSSIAN, "cp1251", "cp1251"), (JAPANESE, "shift_jis", "cp932")],
    ids=["cp1251", "shift_jis"],
)
def test_legacy_pages_without_a_charset_header_are_decoded(
    server: LoopbackServer, text: str, codec: str, expected: str
) -> None:
    url = server.route("/", body=text.encode(codec), content_type="text/html")
    page = fetch_page(url)
    assert page.html == text
    assert page.encoding == expected


def test_meta_charset_decides_when_the_header_does_not(server: LoopbackServer) -> None:
    body = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    body += "<title>Привет</title></head></html>".encode("koi8-r")
    page = fetch_page(server.route("/", body=body, content_type="text/html"))
    assert "<title>Привет</title>" in page.html
    assert page.encoding == "koi8-r"


def test_header_charset_wins_over_meta_and_bom_wins_over_both() -> None:
    body = '<meta charset="utf-8"><p>Привет</p>'.encode("cp1251")
    assert decode_bytes(body, "windows-1251") == ('<meta charset="utf-8"><p>Привет</p>',
                                                  "cp1251")
    bom = b"\xef\xbb\xbf" + "<p>é</p>".encode()
    assert decode_bytes(bom, "iso-8859-1") == ("<p>é</p>", "utf-8-sig")


def test_latin1_labels_mean_windows_1252_as_in_browsers() -> None:
    assert decode_bytes(b"<p>\x93quoted\x94 caf\xe9</p>", "ISO-8859-1") == (
        "<p>\u201cquoted\u201d café</p>", "cp1252"
    )


def test_latin1_page_labelled_utf8_is_readable(server: LoopbackServer) -> None:
    text = "<p>Le café est à côté de l'église. Les élèves étudient à l'école.</p>"
    page = fetch_page(server.route("/", body=text.encode("latin-1")))  # says utf-8
    assert page.html == text
    assert page.encoding == "cp1252"


def test_a_stored_page_decodes_again_to_the_same_html(server: LoopbackServer) -> None:
    pages = [
        fetch_page(server.route("/ru", body=RUSSIAN.encode("cp1251"))),
        fetch_page(server.route("/ja", body=JAPANESE.encode("shift_jis"), content_type=None)),
        fetch_page(server.route("/txt", body=b"a <b>\n\nb", content_type="text/plain")),
        fetch_page(server.route("/bom", body="<p>Grüße</p>".encode("utf-16"))),
    ]
    for page in pages:
        assert page.raw.decode(page.encoding) is not None  # a codec Python knows
        assert decode_page(page.raw, page.content_type, page.encoding) == (
            page.html, page.encoding, page.content_type
        )


def test_utf8_page_with_one_stray_byte_stays_utf8() -> None:
    body = "<p>Ünïcödé ñ ".encode() * 10 + b"stray \xe9 byte</p>"
    text, encoding = decode_bytes(body, "utf-8")
    assert encoding == "utf-8"
    assert text.startswith("<p>Ünïcödé ñ") and "stray \ufffd byte" in text


def test_utf16_with_bom_is_decoded(server: LoopbackServer) -> None:
    body = "<html><body><p>Grüße</p></body></html>".encode("utf-16")
    page = fetch_page(server.route("/", body=body, content_type="text/html"))
    assert page.html == "<html><body><p>Grüße</p></body></html>"
    assert page.encoding == "utf-16"


# --- files and stdin ---------------------------------------------------------------------


def test_reads_a_file_by_path_and_by_file_url(tmp_path: Path) -> None:
    path = tmp_path / "story page.html"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    by_path = fetch_page(str(path))
    by_url = fetch_page(path.as_uri())
    for page in (by_path, by_url):
        assert page.html == RUSSIAN and page.source == "file"
        assert page.final_url == path.as_uri()
        assert page.raw == RUSSIAN.encode("cp1251")


def test_missing_file_is_refused_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as caught:
        fetch_page(str(tmp_path / "nope.html"))
    assert str(caught.value) == f"No such file: {tmp_path / 'nope.html'}"


def test_missing_file_that_looks_like_a_web_address_gets_a_hint() -> None:
    with pytest.raises(SourceError, match=r"give the full address: https://example\.com/news"):
        fetch_page("example.com/news")


def test_file_over_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    with path.open("wb") as handle:
        handle.truncate(2_000_000_000)  # sparse: 2 GB that cost nothing
    with pytest.raises(SourceError) as caught:
        fetch_page(str(path))
    assert str(caught.value) == f"{path} is too large (2.0 GB; the limit is 20 MB)"


def test_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    page = fetch_page("-", stdin=io.BytesIO(JAPANESE.encode("shift_jis")))
    assert page.html == JAPANESE and page.source == "stdin" and page.url == "-"


def test_stdin_over_the_cap_is_refused() -> None:
    stream = io.BytesIO(b"x" * 5000)
    with pytest.raises(SourceError, match="Standard input is larger than the 1 KB limit"):
        fetch_page("-", stdin=stream, max_bytes=1000)
    assert stream.tell() == 1001  # read no further than needed to know


def test_other_schemes_are_refused() -> None:
    for source in ("javascript:alert(1)", "ftp://example.com/x", "data:text/html,<p>x</p>"):
        with pytest.raises(SourceError, match="only http"):
            fetch_page(source)


def test_only_reader_errors_escape_for_bad_addresses() -> None:
    for source in ("", "  ", "http://", "http://exa mple.com/", "https://[::1", "http://x\n.com/",
                   "http://" + "a" * 300 + ".com/", "/tmp/\x00.html", "x" * 5000):
        with pytest.raises(ReaderError):
            fetch_page(source)


# --- the command line --------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _dump(*args: str, stdin: bytes | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "dump", *args], cwd=ROOT, env=_env(),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _failures(server: LoopbackServer, tmp_path: Path) -> dict[str, str]:
    """Sources that fail, each with the one line ``reader dump`` must print for it."""
    host = host_of(server)
    server.route("/404", status=404)
    server.route("/500", status=500)
    server.route("/pdf", body=b"%PDF-1.4 binary", content_type="application/pdf")
    server.redirect("/loop", "/loop")
    server.redirect("/to-file", "file:///etc/passwd")
    server.route("/bomb", body=gzip_bomb(40), headers={"Content-Encoding": "gzip"})
    refused = free_port()
    return {
        server.url("/404"): f"Could not fetch {host}: HTTP 404 Not Found",
        server.url("/500"): f"Could not fetch {host}: HTTP 500 Internal Server Error",
        server.url("/pdf"): "Not an HTML page: application/pdf",
        server.url("/loop"): f"Could not fetch {host}: it redirects in a loop (stopped after 10)",
        server.url("/to-file"): (
            f"Could not fetch {host}: it redirected to a file: address, which is refused "
            "(only http and https are followed)"
        ),
        server.url("/bomb"): (
            f"Could not fetch {host}: the page is larger than the 20 MB limit once decompressed"
        ),
        f"http://127.0.0.1:{refused}/": f"Could not reach 127.0.0.1:{refused}: connection refused",
        str(tmp_path / "missing.html"): f"No such file: {tmp_path / 'missing.html'}",
    }


def test_dump_exits_1_with_one_error_line_for_each_failure(
    server: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    for source, expected in _failures(server, tmp_path).items():
        assert main(["dump", source]) == 1, source
        out, err = capsys.readouterr()
        assert out == "", source
        assert err == f"reader: error: {expected}\n", source


def test_dump_in_a_subprocess_prints_only_the_error_line(
    server: LoopbackServer, tmp_path: Path
) -> None:
    cases = _failures(server, tmp_path)
    chosen = [source for source in cases if source.endswith(("/404", "/bomb", "missing.html"))]
    running = {source: _dump(source) for source in chosen}  # at once: each is slow to start
    for source in chosen:
        out, err = running[source].communicate(timeout=60)
        assert running[source].returncode == 1, source
        assert out == b"", source
        assert err.decode() == f"reader: error: {cases[source]}\n", source


def test_dump_of_an_empty_page_says_no_article_was_found(server: LoopbackServer) -> None:
    process = _dump(server.route("/", body=b""))
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    lines = err.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: ")
    assert "no article found" in lines[0].lower()


def test_dump_reads_stdin() -> None:
    process = _dump("-", "--format", "json", stdin=b"")
    process.stdin.write(
        b"<html><head><title>Piped</title></head><body><article><p>"
        + b"A paragraph that came through a pipe and is long enough to count. " * 5
        + b"</p></article></body></html>"
    )
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert b"came through a pipe" in out


def test_page_is_a_frozen_value() -> None:
    page = Page("u", "u", "", "utf-8", "text/html", "web")
    with pytest.raises(AttributeError):
        page.html = "x"  # type: ignore[misc]
