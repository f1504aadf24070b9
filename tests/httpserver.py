"""A small loopback HTTP(S) server for tests: stdlib ``http.server`` in a thread, on 127.0.0.1.

Each test configures the routes it needs and gets real HTTP over a real socket. Pytest puts
``tests/`` on ``sys.path`` (for its conftest), so any test imports it as ``httpserver``::

    from httpserver import LoopbackServer, drip, endless

    with LoopbackServer() as server:
        url = server.route("/page", body=b"<p>Hello</p>")           # 200, text/html
        server.route("/gone", status=404, body=b"not here")
        server.route("/pdf", body=b"%PDF-1.7 ...", content_type="application/pdf")
        server.route("/gz", body=gzip.compress(page), headers={"Content-Encoding": "gzip"})
        server.route("/forever", body=endless(b"<p>x</p>"), chunked=True)
        server.route("/slow", body=drip(b"<p>slow</p>", interval=1.0))
        server.route("/lie", body=b"short", content_length=1000)     # lying Content-Length
        server.redirect("/old", "/page")                              # 302 to a path or URL
        server.route("/raw", raw=b"HTTP/1.1 200 OK\\r\\n\\r\\nno framing")  # sent as they are
        server.route("/stuck", body=stall(server.stop_event))         # headers, then nothing
        server.route("/bare", body=b"%PDF-1.4", content_type=None)    # no Content-Type
        fetch(server.url("/old"))
        assert server.requests[-1].path == "/page"

``body`` is bytes, or a zero-argument callable returning an iterable of byte chunks (made
afresh for every request, so ``endless`` and ``drip`` work more than once). Iterable bodies
are sent with ``Transfer-Encoding: chunked`` unless ``chunked=False`` is given, in which case
they are written as they come and the connection is closed at the end. Every response says
``Connection: close``. An unknown path is a 404. Pass ``ssl_context`` (a server-side
``ssl.SSLContext``) for HTTPS; failed handshakes are recorded in ``tls_errors``, not printed.
The server also answers absolute-form requests (``GET http://host/path``), so it can stand
in for a forward proxy: ``requests[i].target`` keeps the form the client sent.

``raw`` may also be a callable like ``body`` (``raw=drip(b"HTTP/1.1 200 OK…")`` drips the
headers). ``isolate_network(monkeypatch)`` keeps a test on 127.0.0.1: proxies from the
environment are dropped and other host names fail to resolve without asking DNS.
``gzip_bomb``, ``deflate_bomb``, ``brotli_bomb`` and ``zstd_bomb`` make small bodies that
expand to hundreds of MiB, in milliseconds, for tests of decompression caps.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Body = bytes | Callable[[], Iterable[bytes]]


@dataclass(frozen=True)
class Route:
    status: int = 200
    body: Body = b""
    headers: tuple[tuple[str, str], ...] = ()
    chunked: bool | None = None  # None: chunked when the body is an iterable
    content_length: int | None = None  # sent instead of the true length (to lie)
    raw: Body | None = None  # written as they are (chunk by chunk), nothing else
    content_type: str | None = "text/html; charset=utf-8"  # None: no Content-Type header


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # as sent: "/path?q" or, through a proxy, "http://host/path?q"
    path: str  # the path alone
    headers: dict[str, str] = field(default_factory=dict)


def endless(chunk: bytes = b"<p>more</p>\n") -> Callable[[], Iterator[bytes]]:
    """A body that never ends (until the client hangs up or the server stops)."""

    def chunks() -> Iterator[bytes]:
        while True:
            yield chunk

    return chunks


def drip(data: bytes, interval: float = 1.0, *, stop: threading.Event | None = None
         ) -> Callable[[], Iterator[bytes]]:
    """A body sent one byte every ``interval`` seconds."""

    def chunks() -> Iterator[bytes]:
        for index in range(len(data)):
            yield data[index:index + 1]
            if stop is not None and stop.wait(interval):
                return
            if stop is None:
                time.sleep(interval)

    return chunks


def stall(stop: threading.Event, seconds: float = 60.0) -> Callable[[], Iterator[bytes]]:
    """A body that sends nothing at all (after the headers) until ``stop`` is set."""

    def chunks() -> Iterator[bytes]:
        stop.wait(seconds)
        yield b""

    return chunks


def isolate_network(monkeypatch) -> None:
    """Keep a test on this machine: no proxies from the environment, and any name other than
    the loopback addresses fails to resolve (as an unknown host would) instead of asking DNS."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    real = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost", "::1", b"127.0.0.1", b"localhost"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        if self.server.ssl_context is not None:
            try:
                self.request = self.server.ssl_context.wrap_socket(
                    self.request, server_side=True
                )
            except (ssl.SSLError, OSError) as error:
                self.server.tls_errors.append(error)
                raise _HandshakeFailed from error
        super().setup()

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer()

    do_POST = do_HEAD = do_GET  # noqa: N815

    def _answer(self) -> None:
        path = urlsplit(self.path).path or "/"
        self.server.requests.append(
            Request(self.command, self.path, path, {k.lower(): v for k, v in self.headers.items()})
        )
        route = self.server.routes.get(path, Route(status=404, body=b"no such route"))
        self.close_connection = True
        # A client that hangs up mid-body is normal here: caps and deadlines do just that.
        with contextlib.suppress(ConnectionError, ssl.SSLError):
            self._send(route)

    def _send(self, route: Route) -> None:
        if route.raw is not None:
            for chunk in [route.raw] if isinstance(route.raw, bytes) else route.raw():
                if self.server.stopping.is_set():
                    return
                self.wfile.write(chunk)
                self.wfile.flush()
            return
        body = route.body
        chunked = route.chunked if route.chunked is not None else not isinstance(body, bytes)
        self.send_response(route.status)
        names = {name.lower() for name, _ in route.headers}
        for name, value in route.headers:
            self.send_header(name, value)
        if "content-type" not in names and route.content_type is not None:
            self.send_header("Content-Type", route.content_type)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif route.content_length is not None:
            self.send_header("Content-Length", str(route.content_length))
        elif isinstance(body, bytes):
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        chunks: Iterable[bytes] = [body] if isinstance(body, bytes) else body()
        for chunk in chunks:
            if self.server.stopping.is_set():
                return
            if not chunk:
                continue
            if chunked:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                self.wfile.write(chunk)
            self.wfile.flush()
        if chunked:
            self.wfile.write(b"0\r\n\r\n")


class _HandshakeFailed(Exception):
    pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, ssl_context: ssl.SSLContext | None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.tls_errors: list[BaseException] = []
        self.connections = 0
        self.ssl_context = ssl_context
        self.stopping = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request, client_address) -> None:  # type: ignore[override]
        self.connections += 1
        super().process_request(request, client_address)

    def handle_error(self, request, client_address) -> None:  # type: ignore[override]
        pass  # hung-up clients and failed handshakes are expected here


class LoopbackServer:
    """A threaded HTTP(S) server on 127.0.0.1 with per-test routes; use it as a context."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self._server = _Server(ssl_context)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.scheme = "https" if ssl_context is not None else "http"

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def stop_event(self) -> threading.Event:
        """Set when the server stops; pass it to ``drip(stop=…)`` so drips end promptly."""
        return self._server.stopping

    @property
    def requests(self) -> list[Request]:
        return self._server.requests

    @property
    def connections(self) -> int:
        """How many connections were accepted (a TLS handshake that failed counts)."""
        return self._server.connections

    @property
    def tls_errors(self) -> list[BaseException]:
        return self._server.tls_errors

    def url(self, path: str = "/") -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def route(
        self,
        path: str,
        *,
        status: int = 200,
        body: Body = b"",
        content_type: str | None = "text/html; charset=utf-8",
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        chunked: bool | None = None,
        content_length: int | None = None,
        raw: Body | None = None,
    ) -> str:
        """Serve ``path``; return its full URL. ``content_type=None`` sends no Content-Type;
        a Content-Type in ``headers`` wins over ``content_type``."""
        pairs = list(headers.items() if isinstance(headers, Mapping) else headers)
        self._server.routes[path] = Route(
            status=status, body=body, headers=tuple(pairs), chunked=chunked,
            content_length=content_length, raw=raw, content_type=content_type,
        )
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Answer ``path`` with a redirect to ``to`` (a path on this server or any URL)."""
        return self.route(path, status=status, headers={"Location": to}, body=b"")


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for "connection refused")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- compressed bodies that expand far beyond their size ("bombs"), made in milliseconds ---

_MB = 1 << 20


def _repeated_deflate(megabytes: int) -> tuple[bytes, bytes, bytes]:
    """Raw deflate of ``megabytes`` MiB of zeros: (first block, repeatable block, end).

    Once the window is all zeros, the deflate of one more MiB of zeros is the same bytes
    every time, so a huge stream is that block repeated rather than compressed.
    """
    zeros = bytes(_MB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_SYNC_FLUSH)
    middle = compressor.compress(zeros) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return first, middle * (megabytes - 1), compressor.flush()


def gzip_bomb(megabytes: int = 200) -> bytes:
    """A valid gzip stream of ``megabytes`` MiB of zeros (200 MiB: about 200 KB)."""
    first, middle, end = _repeated_deflate(megabytes)
    crc = 0
    zeros = bytes(_MB)
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + first + middle + end + struct.pack("<II", crc, (megabytes * _MB) & 0xFFFFFFFF)


def deflate_bomb(megabytes: int = 200) -> bytes:
    """A valid zlib ("Content-Encoding: deflate") stream of ``megabytes`` MiB of zeros."""
    first, middle, end = _repeated_deflate(megabytes)
    adler = 1
    zeros = bytes(_MB)
    for _ in range(megabytes):
        adler = zlib.adler32(zeros, adler)
    return b"\x78\xda" + first + middle + end + struct.pack(">I", adler)


def brotli_bomb(megabytes: int = 200) -> bytes:
    """A brotli stream of ``megabytes`` MiB of zeros (200 MiB: about 40 KB)."""
    import brotli

    compressor = brotli.Compressor(quality=1)
    zeros = bytes(_MB)
    return b"".join(compressor.process(zeros) for _ in range(megabytes)) + compressor.finish()


def zstd_bomb(megabytes: int = 200) -> bytes:
    """A zstd stream of ``megabytes`` MiB of zeros (200 MiB: a few KB)."""
    import zstandard

    compressor = zstandard.ZstdCompressor(level=1).compressobj()
    zeros = bytes(_MB)
    return b"".join(compressor.compress(zeros) for _ in range(megabytes)) + compressor.flush()
