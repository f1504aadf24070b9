"""Page from a URL (httpx), a file, or stdin: bytes and time capped, decoded as a browser does.

Everything here treats the other side as hostile. A web fetch follows at most ten redirects
(http and https only), runs under per-phase timeouts *and* one overall deadline that a
watchdog enforces even while a read is blocked, and reads the body with ``iter_raw()`` so that
it can decompress it itself with an output limit: httpx's own decoders hand back a 512 MiB
chunk for an 841-byte brotli body. Files are checked with ``stat`` before a byte is read, and
no source is read past the cap. The bytes are then classified (HTML, plain text, or refused
with the type named, sniffing the bytes as well as trusting the label) and decoded in the
order of the HTML standard: BOM, HTTP charset, ``<meta charset>``, then detection.

Every failure is a :class:`~reader.errors.ReaderError` with one line that names the host or
file and the reason; nothing else escapes :func:`fetch_page`.
"""

from __future__ import annotations

import codecs
import contextlib
import html
import io
import mimetypes
import os
import re
import socket
import ssl
import stat
import sys
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO

from reader import __version__
from reader.errors import ContentTypeError, FetchError, SourceError
from reader.text import clean_line, strip_controls

if TYPE_CHECKING:
    import charset_normalizer
    import httpx

DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_DEADLINE = 30.0
DEFAULT_TIMEOUT = 15.0
MAX_REDIRECTS = 10
USER_AGENT = f"reader/{__version__} (terminal news reader)"

ProgressCallback = Callable[[int, int | None], None]
"""``on_progress(received_bytes, total_or_None)``: bytes off the wire and Content-Length."""


@dataclass(frozen=True)
class Page:
    url: str
    final_url: str
    html: str
    encoding: str  # the Python codec that decodes raw (cp1252 for pages labelled latin-1)
    content_type: str  # "text/html", "application/xhtml+xml" or "text/plain"
    source: str  # "web" | "file" | "stdin" | "store"
    raw: bytes = field(repr=False, default=b"")
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))


class FetchCancelled(FetchError):
    """The caller asked to stop (for example, the user closed the page while it loaded)."""


def fetch_page(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    deadline: float = DEFAULT_DEADLINE,
    timeout: float = DEFAULT_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
    client: httpx.Client | None = None,
    on_progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    stdin: BinaryIO | None = None,
) -> Page:
    """The Page of a URL, a file path, a ``file://`` URL or ``-`` (standard input).

    ``max_bytes`` caps the decompressed page; ``deadline`` (seconds) bounds the whole web
    fetch, redirects included, and ``timeout`` each network phase. ``client`` lets a caller
    share a connection pool (it is not closed here). ``on_progress`` is called from the
    fetching thread as bytes arrive; ``cancelled`` is polled (also while a read is blocked)
    and, once it returns true, the fetch stops with :class:`FetchCancelled`. ``stdin``
    replaces ``sys.stdin.buffer`` for ``-``. Raises only ReaderError subclasses.
    """
    if max_bytes < 1 or deadline <= 0 or timeout <= 0 or max_redirects < 0:
        raise ValueError("max_bytes, deadline and timeout must be positive")
    if not source.strip():
        raise SourceError("No page given: name a URL, a file, or - for standard input")
    if source == "-":
        return _read_stdin(stdin, max_bytes, on_progress)
    scheme = _scheme(source)
    if scheme in ("http", "https"):
        return _fetch_url(
            source, max_bytes=max_bytes, deadline=deadline, timeout=timeout,
            max_redirects=max_redirects, client=client, on_progress=on_progress,
            cancelled=cancelled,
        )
    if scheme == "file":
        return _read_file(_file_url_path(source), source, max_bytes, on_progress)
    if scheme is not None:
        raise SourceError(
            f"Cannot open {_shorten(source)}: only http(s) addresses, files and - (stdin) "
            "can be read"
        )
    return _read_file(Path(source).expanduser(), source, max_bytes, on_progress)


# --- the web -------------------------------------------------------------------------------

_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Schemes that are never file names, so "javascript:alert(1)" is not looked up on disk.
_NON_FILE_SCHEMES = {"javascript", "data", "vbscript", "mailto", "about", "ftp", "ftps", "ssh"}


def _scheme(source: str) -> str | None:
    match = _URL_SCHEME.match(source)
    if not match:
        return None
    scheme = match.group(1).lower()
    if scheme in ("http", "https", "file") or scheme in _NON_FILE_SCHEMES:
        return scheme
    return scheme if source[match.end():].startswith("//") else None


def _shorten(text: str, limit: int = 120) -> str:
    text = clean_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def import_httpx() -> ModuleType:
    """httpx, imported when a URL is first fetched or checked (never at start-up).

    ``import httpx`` also loads ``httpx._main`` (click, pygments, rich.syntax: about 75 ms
    here) only to offer ``httpx.main``, its console script, which the reader never calls, so
    a placeholder stands in for it.
    """
    if "httpx" not in sys.modules and "httpx._main" not in sys.modules:
        placeholder = ModuleType("httpx._main")

        def main(*args: object, **kwargs: object) -> None:
            raise SystemExit("httpx's command line is not available inside reader")

        placeholder.main = main  # type: ignore[attr-defined]
        sys.modules["httpx._main"] = placeholder
    import httpx

    return httpx


def _host(url: httpx.URL) -> str:
    """The host as shown in messages: punycode (no look-alike letters), port if not default."""
    host = _shorten(url.raw_host.decode("ascii", "replace"), 80) or "(no host)"
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{url.port}" if url.port is not None else host


def _seconds(value: float) -> str:
    return f"{value:.3g}" if value < 10 else f"{value:.0f}"


class _Watchdog:
    """Enforces the overall deadline and cancellation while the fetching thread is blocked.

    httpx's timeouts are per read and reset by every byte, so a server that drips a byte a
    second, or stalls in the middle of its headers, would hold the fetch forever. The
    watchdog learns each connection's socket from httpcore's ``trace`` extension and shuts it
    down when time is up or the caller cancels; the blocked read then fails at once.
    """

    def __init__(self, deadline_at: float, cancelled: Callable[[], bool] | None) -> None:
        self.deadline_at = deadline_at
        self._cancelled = cancelled
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self.fired: str | None = None  # "deadline" | "cancelled"
        self._thread = threading.Thread(target=self._run, name="fetch-watchdog", daemon=True)

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._done.set()
            self._sockets.clear()

    def trace(self, event: str, info: dict) -> None:
        """httpcore trace hook: remember each new connection's socket."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                with self._lock:
                    self._sockets.append(sock)
                    fired = self.fired
                if fired:
                    self._shutdown(sock)

    def remaining(self) -> float:
        return self.deadline_at - time.monotonic()

    def check(self) -> None:
        """Raise if the deadline has passed or the caller cancelled (between chunks)."""
        if self.fired is None:
            if self._cancelled is not None and self._cancelled():
                self.fired = "cancelled"
            elif self.remaining() <= 0:
                self.fired = "deadline"
        if self.fired is not None:
            raise _Stopped(self.fired)

    def _run(self) -> None:
        # Poll a cancel callback often; otherwise just sleep until the deadline.
        while True:
            wait = self.remaining()
            if self._cancelled is not None:
                wait = min(wait, 0.1)
            if self._done.wait(max(wait, 0)):
                return
            if self._cancelled is not None and self._cancelled():
                self._fire("cancelled")
                return
            if self.remaining() <= 0:
                self._fire("deadline")
                return

    def _fire(self, reason: str) -> None:
        with self._lock:
            if self._done.is_set():
                return
            self.fired = self.fired or reason
            sockets = list(self._sockets)
        for sock in sockets:
            self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        # The plain socket method, even on an SSLSocket: it only wakes the blocked reader and
        # leaves the TLS state (owned by the other thread) alone.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Stopped(Exception):
    """Internal: the watchdog's reason to stop, turned into a message with the host."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _fetch_url(
    source: str, *, max_bytes: int, deadline: float, timeout: float, max_redirects: int,
    client: httpx.Client | None, on_progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
) -> Page:
    httpx = import_httpx()
    if re.search(r"[\s\x00-\x1f\x7f]", source):
        raise SourceError(
            f"Not a valid address (it contains spaces or controls): {_shorten(source)}"
        )
    try:
        url = httpx.URL(source)
    except (httpx.InvalidURL, UnicodeError, ValueError) as error:
        raise SourceError(f"Not a valid address: {_shorten(source)} ({error})") from None
    if not url.host:
        raise SourceError(f"Not a valid address (no host): {_shorten(source)}")

    watchdog = _Watchdog(time.monotonic() + deadline, cancelled)
    hops = [url]  # the URL of each hop; the last one is named in messages
    own_client = client is None
    if client is None:
        client = _new_client(_host(url))
    try:
        with watchdog:
            response = _send(client, hops, watchdog, timeout, max_redirects)
            try:
                if not response.is_success:
                    phrase = _status_phrase(response)
                    raise FetchError(
                        f"Could not fetch {_host(hops[-1])}: HTTP {response.status_code} {phrase}"
                    )
                content_type, charset = _content_type(response.headers)
                _refuse_declared_type(content_type)
                raw = _read_body(response, max_bytes, watchdog, on_progress, _host(hops[-1]))
            finally:
                response.close()
    except _Stopped as stop:
        raise _stopped_error(stop.reason, _host(hops[-1]), deadline) from None
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError) as error:
        if watchdog.fired:
            raise _stopped_error(watchdog.fired, _host(hops[-1]), deadline) from None
        raise _network_error(error, _host(hops[-1]), timeout, deadline, watchdog) from None
    except ValueError as error:
        # Whatever else a malformed response makes a library raise is still the server's
        # fault, and still one line for the user.
        raise FetchError(f"Could not fetch {_host(hops[-1])}: {error}") from None
    finally:
        if own_client:
            client.close()
    text_html, encoding, kind = decode_page(raw, content_type, charset)
    return Page(
        url=source, final_url=str(hops[-1]), html=text_html, encoding=encoding,
        content_type=kind, source="web", raw=raw,
    )


def _new_client(host: str) -> httpx.Client:
    """A client with proxies from the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY,
    NO_PROXY) and TLS verification on, as httpx does by default."""
    httpx = import_httpx()
    try:
        return httpx.Client(follow_redirects=False, trust_env=True)
    except ImportError:
        raise FetchError(
            f"Could not fetch {host}: the proxy set in the environment is a SOCKS proxy, "
            "which needs the socksio package"
        ) from None
    except (httpx.InvalidURL, ValueError) as error:
        raise FetchError(
            f"Could not fetch {host}: the proxy set in the environment is not valid ({error})"
        ) from None


def _send(
    client: httpx.Client, hops: list[httpx.URL], watchdog: _Watchdog, timeout: float,
    max_redirects: int,
) -> httpx.Response:
    """Send the GET and follow redirects by hand, checking each target and the deadline;
    ``hops`` gets the URL of each request as it is made.

    httpx's own redirect loop reads every intermediate body whole (no cap) and would try any
    scheme a Location names, so hops are taken one at a time here.
    """
    httpx = import_httpx()
    request = client.build_request(
        "GET", hops[-1],
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            # Only what _read_body can decode with an output limit.
            "Accept-Encoding": "gzip, deflate, br, zstd",
        },
    )
    seen: list[str] = []
    while True:
        watchdog.check()
        phase = max(min(timeout, watchdog.remaining()), 0.001)
        host = _host(request.url)
        request.extensions = {
            **request.extensions,
            "timeout": httpx.Timeout(phase).as_dict(),
            "trace": _tracer(watchdog, host),
        }
        try:
            response = client.send(request, stream=True, follow_redirects=False)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol):
            # httpx could not even build the next request from the Location header.
            raise FetchError(f"Could not fetch {host}: it sent an invalid redirect") from None
        next_request = response.next_request
        if next_request is None:
            return response
        response.close()  # never read a redirect's body
        target = next_request.url
        if target.scheme not in ("http", "https"):
            raise _redirect_refused(host, target.scheme)
        seen.append(str(request.url))
        if len(seen) > max_redirects:
            loop = str(target) in seen
            raise FetchError(
                f"Could not fetch {host}: "
                + ("it redirects in a loop" if loop else "too many redirects")
                + f" (stopped after {max_redirects})"
            )
        request = next_request
        hops.append(request.url)


_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _redirect_refused(host: str, scheme: str) -> FetchError:
    scheme = scheme.lower() if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]{0,19}", scheme) else ""
    return FetchError(
        f"Could not fetch {host}: it redirected to a {scheme or 'non-http(s)'}: address, "
        "which is refused (only http and https are followed)"
    )


def _tracer(watchdog: _Watchdog, host: str) -> Callable[[str, dict], None]:
    """httpcore's trace hook for one hop: sockets for the watchdog, and a look at the
    response headers before httpx turns a Location into a request (which, for
    ``javascript:…``, fails with an error that would not say what happened)."""

    def trace(event: str, info: dict) -> None:
        watchdog.trace(event, info)
        if event.endswith(".receive_response_headers.complete"):
            _, status, _, headers = info.get("return_value") or (None, None, None, ())
            if status in _REDIRECTS:
                for name, value in headers:
                    if name.lower() == b"location":
                        found = _URL_SCHEME.match(value.decode("latin-1").strip())
                        if found and found.group(1).lower() not in ("http", "https"):
                            raise _redirect_refused(host, found.group(1))
                        break

    return trace


def _stopped_error(reason: str, host: str, deadline: float) -> FetchError:
    if reason == "cancelled":
        return FetchCancelled(f"Fetching {host} was cancelled")
    return FetchError(f"Could not fetch {host}: timed out after {_seconds(deadline)} s")


def _root_cause(error: BaseException) -> BaseException:
    # httpx chains with "from", httpcore only implicitly: follow both.
    seen = set()
    while (error.__cause__ or error.__context__) is not None and id(error) not in seen:
        seen.add(id(error))
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return error


def _network_error(
    error: Exception, host: str, timeout: float, deadline: float, watchdog: _Watchdog
) -> FetchError:
    httpx = import_httpx()
    if isinstance(error, httpx.TimeoutException):
        if watchdog.remaining() <= 0.05:
            return FetchError(f"Could not fetch {host}: timed out after {_seconds(deadline)} s")
        if isinstance(error, httpx.ConnectTimeout):
            return FetchError(f"Could not reach {host}: timed out after {_seconds(timeout)} s")
        return FetchError(f"Could not fetch {host}: timed out after {_seconds(timeout)} s")
    cause = _root_cause(error)
    if isinstance(cause, ssl.SSLCertVerificationError):
        detail = cause.verify_message or cause.reason or "not trusted"
        return FetchError(
            f"Could not reach {host} securely: its certificate was refused ({detail})"
        )
    if isinstance(cause, ssl.SSLError):
        return FetchError(
            f"Could not reach {host} securely: TLS failed ({cause.reason or cause.strerror})"
        )
    if isinstance(cause, socket.gaierror):
        return FetchError(f"Could not reach {host}: the host name was not found (DNS)")
    if isinstance(error, httpx.ProxyError):
        return FetchError(f"Could not fetch {host}: the proxy failed ({error})")
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
        return FetchError(f"Could not reach {host}: {_os_reason(cause, error)}")
    if isinstance(error, httpx.RemoteProtocolError):
        if "location" in str(error).lower():
            return FetchError(f"Could not fetch {host}: it sent an invalid redirect")
        if "complete message body" in str(error) or "without sending" in str(error):
            return FetchError(
                f"Could not fetch {host}: the connection closed before the page was complete"
            )
        return FetchError(f"Could not fetch {host}: the server broke the HTTP protocol")
    if isinstance(error, httpx.UnsupportedProtocol):
        return FetchError(f"Could not fetch {host}: unsupported address ({error})")
    if isinstance(error, httpx.NetworkError | OSError):
        reason = _os_reason(cause, error)
        return FetchError(f"Could not fetch {host}: the connection failed ({reason})")
    return FetchError(f"Could not fetch {host}: {error}")


def _os_reason(cause: BaseException, error: BaseException) -> str:
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror[0].lower() + cause.strerror[1:]
    return str(error) or type(error).__name__


def _status_phrase(response: httpx.Response) -> str:
    try:
        return HTTPStatus(response.status_code).phrase
    except ValueError:
        # An unknown code: the server's own words, which are outside text (sanitized below
        # by ReaderError, and kept short).
        return _shorten(response.reason_phrase, 40)


# --- reading the body with caps ------------------------------------------------------------

_STEP = 64 * 1024  # largest piece a decoder may produce at once
_MAX_ENCODINGS = 4


def _read_body(
    response: httpx.Response, max_bytes: int, watchdog: _Watchdog,
    on_progress: ProgressCallback | None, host: str,
) -> bytes:
    encodings = _content_encodings(response.headers, host)
    total = _content_length(response.headers)
    if not encodings and total is not None and total > max_bytes:
        raise FetchError(
            f"Could not fetch {host}: the page is too large ({_size(total)}; "
            f"the limit is {_size(max_bytes)})"
        )
    # Compressed data is never much larger than what it expands to, so the wire is capped
    # too: otherwise endless junk after a gzip stream's end would be read until the deadline.
    wire_cap = max_bytes + _STEP

    def wire() -> Iterator[bytes]:
        received = 0
        for chunk in response.iter_raw():
            watchdog.check()
            if not chunk:
                continue
            received += len(chunk)
            if on_progress is not None:
                on_progress(received, total)
            if received > wire_cap:
                raise FetchError(
                    f"Could not fetch {host}: the page is larger than the "
                    f"{_size(max_bytes)} limit"
                )
            yield chunk

    pieces: Iterable[bytes] = wire()
    for name in reversed(encodings):  # the last encoding applied is undone first
        pieces = _DECODERS[name](pieces, host)
    body = bytearray()
    for piece in pieces:
        body += piece
        if len(body) > max_bytes:
            raise FetchError(
                f"Could not fetch {host}: the page is larger than the {_size(max_bytes)} limit"
                + (" once decompressed" if encodings else "")
            )
        watchdog.check()
    return bytes(body)


def _content_length(headers: httpx.Headers) -> int | None:
    if "transfer-encoding" in headers:
        return None
    value = headers.get("content-length", "").strip()
    return int(value) if value.isdigit() else None


def _content_encodings(headers: httpx.Headers, host: str) -> list[str]:
    names = []
    for token in headers.get_list("content-encoding", split_commas=True):
        token = token.strip().lower()
        token = {"x-gzip": "gzip"}.get(token, token)
        # Unknown codings pass through as browsers do (servers send "Content-Encoding: utf-8");
        # if the bytes really are encoded, the sniffing step refuses them as binary.
        if token in _DECODERS:
            names.append(token)
    if len(names) > _MAX_ENCODINGS:
        raise FetchError(f"Could not fetch {host}: too many content encodings ({len(names)})")
    return names


def _corrupt(host: str, name: str) -> FetchError:
    return FetchError(f"Could not fetch {host}: the server sent a corrupt {name} body")


def _inflate(pieces: Iterable[bytes], host: str, *, gzip: bool) -> Iterator[bytes]:
    """gzip or deflate, at most _STEP bytes of output per step."""
    wbits = 16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS
    name = "gzip" if gzip else "deflate"
    inflater = zlib.decompressobj(wbits)
    started = ended = False
    for data in pieces:
        while data:
            if ended:
                # Another gzip member may follow; anything else after the end is ignored.
                if not (gzip and data.startswith(b"\x1f\x8b")):
                    return
                inflater, ended = zlib.decompressobj(wbits), False
            try:
                out = inflater.decompress(data, _STEP)
            except zlib.error:
                if not gzip and not started:
                    # "deflate" is sent both zlib-wrapped (as specified) and raw (as IIS did).
                    inflater, started = zlib.decompressobj(-zlib.MAX_WBITS), True
                    continue
                raise _corrupt(host, name) from None
            started = True
            data = inflater.unconsumed_tail
            if inflater.eof:
                ended, data = True, inflater.unused_data
            if out:
                yield out
            # Input used up but the output was cut at _STEP: more may be pending inside.
            while not data and not inflater.eof and len(out) == _STEP:
                try:
                    out = inflater.decompress(b"", _STEP)
                except zlib.error:
                    raise _corrupt(host, name) from None
                if out:
                    yield out


def _gunzip(pieces: Iterable[bytes], host: str) -> Iterator[bytes]:
    return _inflate(pieces, host, gzip=True)


def _deflate(pieces: Iterable[bytes], host: str) -> Iterator[bytes]:
    return _inflate(pieces, host, gzip=False)


def _unbrotli(pieces: Iterable[bytes], host: str) -> Iterator[bytes]:
    import brotli  # here, as zstandard and urllib.request: a local file's start needs none

    decompressor = brotli.Decompressor()
    try:
        for data in pieces:
            out = decompressor.process(data, output_buffer_limit=_STEP)
            if out:
                yield out
            while not decompressor.can_accept_more_data():
                out = decompressor.process(b"", output_buffer_limit=_STEP)
                if not out:
                    break
                yield out
            if decompressor.is_finished():
                return
    except brotli.error:
        raise _corrupt(host, "brotli") from None


class _PieceReader(io.RawIOBase):
    """A file-like view of an iterator of byte pieces, for zstandard's stream reader."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self._pieces = iter(pieces)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while not self._buffer:
            piece = next(self._pieces, None)
            if piece is None:
                return b""
            self._buffer = piece
        if size is None or size < 0:
            size = len(self._buffer)
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out


def _unzstd(pieces: Iterable[bytes], host: str) -> Iterator[bytes]:
    import zstandard

    # An 8 MiB window is what browsers accept; a frame may not demand more memory than that.
    decompressor = zstandard.ZstdDecompressor(max_window_size=8 << 20)
    reader = decompressor.stream_reader(
        _PieceReader(pieces), read_size=_STEP, read_across_frames=True, closefd=False
    )
    while True:
        try:
            out = reader.read(_STEP)
        except zstandard.ZstdError:
            raise _corrupt(host, "zstd") from None
        if not out:
            return
        yield out


_DECODERS: dict[str, Callable[[Iterable[bytes], str], Iterator[bytes]]] = {
    "gzip": _gunzip,
    "deflate": _deflate,
    "br": _unbrotli,
    "zstd": _unzstd,
    "identity": lambda pieces, host: iter(pieces),
}


def _size(count: int) -> str:
    if count >= 1_000_000_000:
        return f"{count / 1e9:.1f} GB"
    if count >= 1_000_000:
        return f"{count / 1e6:.3g} MB"
    if count >= 1_000:
        return f"{count / 1e3:.3g} KB"
    return f"{count} bytes"


# --- files and stdin -----------------------------------------------------------------------


def _file_url_path(source: str) -> Path:
    parts = urllib.parse.urlsplit(source)
    if parts.netloc not in ("", "localhost"):
        raise SourceError(f"Cannot open a file on another computer: {_shorten(source)}")
    from urllib.request import url2pathname

    path = url2pathname(parts.path)
    if not path:
        raise SourceError(f"Not a valid file address: {_shorten(source)}")
    return Path(path)


_LOOKS_LIKE_HOST = re.compile(r"^(www\.|[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/|$))", re.I)


def _read_file(
    path: Path, source: str, max_bytes: int, on_progress: ProgressCallback | None
) -> Page:
    shown = _shorten(str(path))
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        hint = ""
        if _scheme(source) is None and _LOOKS_LIKE_HOST.match(source):
            hint = f" (for a web page, give the full address: https://{_shorten(source)})"
        raise SourceError(f"No such file: {shown}{hint}") from None
    except PermissionError:
        raise SourceError(f"Could not read {shown}: permission denied") from None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        raise SourceError(f"Could not read {shown}: {_os_reason(error, error)}") from None
    _check_regular(info, shown, max_bytes)
    declared = _type_of_file_name(path.name)
    if declared not in _HTML_TYPES | _PLAIN_TYPES | _GENERIC_TYPES:
        raise ContentTypeError(f"Not an HTML page: {declared}")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since stat, open must not hang.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except PermissionError:
        raise SourceError(f"Could not read {shown}: permission denied") from None
    except OSError as error:
        raise SourceError(f"Could not read {shown}: {_os_reason(error, error)}") from None
    with open(fd, "rb", closefd=True) as stream:
        try:
            _check_regular(os.fstat(stream.fileno()), shown, max_bytes)
            raw = stream.read(max_bytes + 1)
        except OSError as error:
            raise SourceError(f"Could not read {shown}: {_os_reason(error, error)}") from None
    if len(raw) > max_bytes:
        raise SourceError(f"{shown} is larger than the {_size(max_bytes)} limit")
    if on_progress is not None:
        on_progress(len(raw), len(raw))
    text_html, encoding, kind = decode_page(
        raw, declared, None, labelled="the file name says"
    )
    return Page(
        url=source, final_url=path.resolve().as_uri(), html=text_html, encoding=encoding,
        content_type=kind, source="file", raw=raw,
    )


def _check_regular(info: os.stat_result, shown: str, max_bytes: int) -> None:
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise SourceError(f"{shown} is a folder, not a page")
    if not stat.S_ISREG(mode):
        kind = (
            "named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "socket" if stat.S_ISSOCK(mode)
            else "special file"
        )
        raise SourceError(f"{shown} is a {kind}, not a regular file")
    if info.st_size > max_bytes:
        raise SourceError(
            f"{shown} is too large ({_size(info.st_size)}; the limit is {_size(max_bytes)})"
        )


def _type_of_file_name(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml", ".shtml", ".xht"):
        return "text/html"
    if suffix in (".txt", ".text", ".md", ".markdown", ".rst"):
        return "text/plain"
    guessed, _ = mimetypes.guess_type(name, strict=False)
    # Unknown or missing extensions are sniffed from the bytes.
    return guessed.lower() if guessed else ""


def _read_stdin(
    stdin: BinaryIO | None, max_bytes: int, on_progress: ProgressCallback | None
) -> Page:
    stream = stdin
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if stream is None:
        raise SourceError("There is no standard input to read (-)")
    try:
        raw = stream.read(max_bytes + 1) or b""
    except (OSError, ValueError) as error:  # ValueError: stdin was closed
        raise SourceError(f"Could not read standard input: {_os_reason(error, error)}") from None
    if len(raw) > max_bytes:
        raise SourceError(f"Standard input is larger than the {_size(max_bytes)} limit")
    if on_progress is not None:
        on_progress(len(raw), None)
    text_html, encoding, kind = decode_page(raw, "", None)
    return Page(
        url="-", final_url="", html=text_html, encoding=encoding, content_type=kind,
        source="stdin", raw=raw,
    )


# --- what the bytes are --------------------------------------------------------------------

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_PLAIN_TYPES = frozenset({"text/plain", "text/markdown"})
# Labels that say nothing; the bytes decide.
_GENERIC_TYPES = frozenset({
    "", "application/octet-stream", "binary/octet-stream", "application/unknown",
    "unknown/unknown", "application/x-unknown-content-type", "*/*",
})
_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9*][a-z0-9!#$&^_.+*-]{0,63}$")

# Signatures of common non-HTML files (the HTML standard's sniffing table, and a few more).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"%!PS-Adobe-", "application/postscript"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b\x08", "application/gzip"),
    (b"BZh", "application/x-bzip2"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"\x28\xb5\x2f\xfd", "application/zstd"),
    (b"OggS\x00", "application/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"fLaC", "audio/flac"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
    (b"\x7fELF", "application/x-executable"),
    (b"MZ", "application/x-msdownload"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword"),
    (b"{\\rtf", "application/rtf"),
    (b"wOFF", "font/woff"),
    (b"wOF2", "font/woff2"),
    (b"SQLite format 3\x00", "application/vnd.sqlite3"),
)
# Bytes that never occur in text (the HTML standard's "binary data bytes").
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_HTML_START = re.compile(
    rb"^\s*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|"
    rb"b|br|p|meta|link|article|main|section|header|nav)[\s>/]|^\s*<!--",
    re.I,
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|article|p|div)[\s>]", re.I)


def _content_type(headers: httpx.Headers) -> tuple[str, str | None]:
    """The declared MIME type (lower case, '' when absent or malformed) and charset."""
    value = headers.get("content-type", "")
    mime, _, params = value.partition(";")
    mime = mime.strip().lower()
    charset = _CHARSET_PARAM.search(params)
    if mime and not _MIME.match(mime):
        mime = "application/octet-stream"  # a label that is not a type is no label
    return mime, (charset.group(1) or charset.group(2) or charset.group(3)) if charset else None


def _refuse_declared_type(mime: str) -> None:
    if mime not in _HTML_TYPES | _PLAIN_TYPES | _GENERIC_TYPES:
        raise ContentTypeError(f"Not an HTML page: {mime}")


def _sniff_binary(head: bytes) -> str | None:
    """The type of a known non-text file, or of unknown binary data, from its first bytes."""
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            return mime
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/avi"}[head[8:12]]
    # Control bytes inside a page that plainly is markup are hostile text, not a binary file:
    # the page is read and the sanitizer removes them (an OSC sequence in a <title> ends in BEL).
    markup = _HTML_START.search(head) or _HTML_ANYWHERE.search(head)
    if _BINARY_BYTES.search(head) and not markup:
        return "application/octet-stream"
    return None


def decode_page(
    raw: bytes, declared: str = "", charset: str | None = None, *, labelled: str = "served as"
) -> tuple[str, str, str]:
    """(html, encoding, content type) of a page's bytes, or ContentTypeError naming what
    they are. ``declared`` is the MIME type the source claimed ('' if none) and ``charset``
    its charset label or a Python codec name: a stored page (raw bytes, Page.encoding and
    Page.content_type) comes back exactly as it was first read, plain text included."""
    head = raw[:1445]  # the HTML standard's "resource header" length
    bom = _bom_encoding(raw)
    utf16 = bom in ("utf-16le", "utf-16be") or (_label(charset) or "").startswith("utf-16")
    sniffed = None if utf16 else _sniff_binary(head.lstrip(b"\xef\xbb\xbf"))
    if sniffed:
        served = f" ({labelled} {declared})" if declared not in _GENERIC_TYPES else ""
        raise ContentTypeError(f"Not an HTML page: {sniffed}{served}")
    if declared in _GENERIC_TYPES:
        start = raw[3:1027] if bom == "utf-8" else raw[:1024]
        is_html = _HTML_START.search(start) or _HTML_ANYWHERE.search(start)
        declared = "text/html" if is_html or not raw else "text/plain"
    if declared in _PLAIN_TYPES:
        text, encoding = decode_bytes(raw, charset, html=False)
        return _plain_text_html(text), encoding, "text/plain"
    text, encoding = decode_bytes(raw, charset, html=True)
    return text, encoding, declared


def _plain_text_html(text: str) -> str:
    """Plain text as a page: paragraphs split on blank lines, every character escaped."""
    text = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", text)]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)
    if not body:
        return ""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><article>\n'
        f"{body}\n</article></body></html>"
    )


# --- decoding as a browser does ------------------------------------------------------------

_CHARSET_PARAM = re.compile(r"""charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))""", re.I)

# The WHATWG Encoding Standard: each encoding with its labels, and the Python codec used.
_ENCODINGS: dict[str, tuple[str, str]] = {
    "utf-8": ("utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    "ibm866": ("cp866", "866 cp866 csibm866 ibm866"),
    "iso-8859-2": ("iso8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 "
                   "iso_8859-2 iso_8859-2:1987 l2 latin2"),
    "iso-8859-3": ("iso8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 "
                   "iso_8859-3 iso_8859-3:1988 l3 latin3"),
    "iso-8859-4": ("iso8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 "
                   "iso_8859-4 iso_8859-4:1988 l4 latin4"),
    "iso-8859-5": ("iso8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 "
                   "iso88595 iso_8859-5 iso_8859-5:1988"),
    "iso-8859-6": ("iso8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic "
                   "ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 "
                   "iso88596 iso_8859-6 iso_8859-6:1987"),
    "iso-8859-7": ("iso8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 "
                   "iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
    "iso-8859-8": ("iso8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e "
                   "iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual"),
    "iso-8859-8-i": ("iso8859-8", "csiso88598i iso-8859-8-i logical"),
    "iso-8859-10": ("iso8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 "
                    "l6 latin6"),
    "iso-8859-13": ("iso8859-13", "iso-8859-13 iso8859-13 iso885913"),
    "iso-8859-14": ("iso8859-14", "iso-8859-14 iso8859-14 iso885914"),
    "iso-8859-15": ("iso8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
    "iso-8859-16": ("iso8859-16", "iso-8859-16"),
    "koi8-r": ("koi8-r", "cskoi8r koi koi8 koi8-r koi8_r"),
    "koi8-u": ("koi8-u", "koi8-ru koi8-u"),
    "macintosh": ("mac-roman", "csmacintosh mac macintosh x-mac-roman"),
    "windows-874": ("cp874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    "windows-1250": ("cp1250", "cp1250 windows-1250 x-cp1250"),
    "windows-1251": ("cp1251", "cp1251 windows-1251 x-cp1251"),
    "windows-1252": ("cp1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 "
                     "iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 "
                     "latin1 us-ascii windows-1252 x-cp1252 x-user-defined"),
    "windows-1253": ("cp1253", "cp1253 windows-1253 x-cp1253"),
    "windows-1254": ("cp1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 "
                     "iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"),
    "windows-1255": ("cp1255", "cp1255 windows-1255 x-cp1255"),
    "windows-1256": ("cp1256", "cp1256 windows-1256 x-cp1256"),
    "windows-1257": ("cp1257", "cp1257 windows-1257 x-cp1257"),
    "windows-1258": ("cp1258", "cp1258 windows-1258 x-cp1258"),
    "x-mac-cyrillic": ("mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    # The standard's GBK decoder is its gb18030 decoder.
    "gbk": ("gb18030", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk "
            "iso-ir-58 x-gbk"),
    "gb18030": ("gb18030", "gb18030"),
    "big5": ("big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    "euc-jp": ("euc_jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    "iso-2022-jp": ("iso2022_jp", "csiso2022jp iso-2022-jp"),
    # The standard's Shift_JIS is Microsoft's (cp932), and its EUC-KR is windows-949.
    "shift_jis": ("cp932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j "
                  "x-sjis"),
    "euc-kr": ("cp949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 "
               "ks_c_5601-1989 ksc5601 ksc_5601 windows-949"),
    "utf-16be": ("utf-16-be", "unicodefffe utf-16be"),
    "utf-16le": ("utf-16-le", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 "
                 "utf-16le"),
}
# Labels of the standard's "replacement" encoding (ISO-2022-KR, HZ…) are deliberately
# unknown here: they are ignored and the next step decides.
_LABELS = {label: name for name, (_, labels) in _ENCODINGS.items() for label in labels.split()}
# Page.encoding holds the Python codec, so those names are understood as well.
for _name, (_codec, _) in _ENCODINGS.items():
    _LABELS.setdefault(_codec, _name)
_LABELS.update({"utf-8-sig": "utf-8", "utf_8": "utf-8", "utf-16-le": "utf-16le",
                "utf-16-be": "utf-16be"})
# What detection may answer: Python codec names (as charset-normalizer spells them) of the
# standard's encodings, most used on the web first, so that a tie goes to the likelier one
# (French in latin-1 scores the same as windows-1252 and windows-1250).
_DETECTABLE = {
    "cp1252": "windows-1252", "cp1251": "windows-1251", "cp932": "shift_jis",
    "gb18030": "gbk", "cp949": "euc-kr", "euc_jp": "euc-jp", "big5": "big5",
    "cp1250": "windows-1250", "iso8859_2": "iso-8859-2", "iso8859_15": "iso-8859-15",
    "cp1253": "windows-1253", "cp1254": "windows-1254", "cp1255": "windows-1255",
    "cp1256": "windows-1256", "cp1257": "windows-1257", "cp1258": "windows-1258",
    "cp874": "windows-874", "koi8_r": "koi8-r", "koi8_u": "koi8-u", "cp866": "ibm866",
    "iso8859_5": "iso-8859-5", "iso8859_7": "iso-8859-7", "iso2022_jp": "iso-2022-jp",
    "mac_cyrillic": "x-mac-cyrillic", "mac_roman": "macintosh",
}
_DETECT_ORDER = {name: rank for rank, name in enumerate(_DETECTABLE)}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16le"),
         (codecs.BOM_UTF16_BE, "utf-16be"))
_PRESCAN_BYTES = 4096
_META = re.compile(rb"<meta[\s/]([^>]*)>", re.I)
_ATTRIBUTE = re.compile(rb"""([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.S)


def _label(label: str | None) -> str | None:
    """The standard's encoding name for a label, or None when the label is unknown."""
    if not label:
        return None
    return _LABELS.get(label.strip().strip("\"'").lower())


def _bom_encoding(raw: bytes) -> str | None:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    return None


def _prescan_meta(raw: bytes) -> str | None:
    """The encoding a ``<meta charset>`` or ``http-equiv`` Content-Type declares near the top."""
    head = _COMMENT.sub(b"", raw[:_PRESCAN_BYTES])
    for match in _META.finditer(head):
        attributes = {}
        for name, value in _ATTRIBUTE.findall(match.group(1)):
            key = name.lower().decode("ascii", "replace")
            attributes.setdefault(key, value.strip(b"\"'").decode("ascii", "replace"))
        encoding = None
        if "charset" in attributes:
            encoding = _label(attributes["charset"])
        elif attributes.get("http-equiv", "").strip().lower() == "content-type":
            found = _CHARSET_PARAM.search(attributes.get("content", ""))
            if found:
                encoding = _label(found.group(1) or found.group(2) or found.group(3))
        if encoding:
            # A page that was decoded far enough to read this tag is not UTF-16.
            return "utf-8" if encoding.startswith("utf-16") else encoding
    return None


_MARKUP = re.compile(
    # "<[^<>]*>", not "<[^>]*>": a page of a million "<" must not cost a million scans.
    rb"<script\b.*?(?:</script\s*>|\Z)|<style\b.*?(?:</style\s*>|\Z)|<!--.*?(?:-->|\Z)|<[^<>]*>",
    re.I | re.S,
)


def _detect(raw: bytes, html: bool) -> str:
    """Guess an undeclared legacy encoding from the text (not the markup) of the page."""
    import charset_normalizer  # only when needed: importing it costs start-up time
    sample = _MARKUP.sub(b" ", raw[:1024 * 1024]) if html else raw[:1024 * 1024]
    sample = re.sub(rb"\s+", b" ", sample)
    first = re.search(rb"[\x80-\xff]", sample)
    if first is None:  # the non-ASCII bytes are in attributes, or far down the page
        sample = raw
        first = re.search(rb"[\x80-\xff]", sample)
    # Start near the first non-ASCII text, where the encoding shows.
    start = max(0, first.start() - 256) if first else 0
    sample = sample[start:start + 64 * 1024]
    matches = [
        match for match in charset_normalizer.from_bytes(sample, cp_isolation=list(_DETECTABLE))
        if match.encoding in _DETECTABLE
    ]
    if not matches:
        return "windows-1252"  # what browsers assume for undeclared Western pages

    def score(match: charset_normalizer.CharsetMatch) -> tuple[float, float, int]:
        return (round(match.chaos, 2), -round(match.coherence, 2), _DETECT_ORDER[match.encoding])

    return _DETECTABLE[min(matches, key=score).encoding]


def decode_bytes(raw: bytes, charset: str | None = None, *, html: bool = True) -> tuple[str, str]:
    """Decode a page as a browser does: (text, the Python codec that decodes ``raw`` to it).

    The order is the HTML standard's: a byte order mark, then the HTTP charset, then (for
    HTML) a ``<meta>`` declaration in the first few KB, then a guess. A page that declares
    UTF-8 but is not valid UTF-8 (latin-1 labelled as UTF-8, a common server mistake) is
    decoded as what it most likely is, unless it is mostly valid UTF-8 with a stray byte.
    """
    bom = _bom_encoding(raw)
    if bom:
        # These codecs consume the BOM, so raw.decode(encoding) gives the same text again.
        codec = "utf-8-sig" if bom == "utf-8" else "utf-16"
        return raw.decode(codec, "replace"), codec
    declared = _label(charset) or (_prescan_meta(raw) if html else None)
    if declared and declared != "utf-8":
        codec = _ENCODINGS[declared][0]
        return raw.decode(codec, "replace"), codec
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared == "utf-8":
        text = raw.decode("utf-8", "replace")
        errors = text.count("\ufffd") - raw.count("\ufffd".encode())
        non_ascii = len(text) - len(text.encode("ascii", "ignore"))
        valid = non_ascii - text.count("\ufffd")
        if valid > errors:
            return text, "utf-8"
    codec = _ENCODINGS[_detect(raw, html)][0]
    return raw.decode(codec, "replace"), codec
