"""Page from a URL (httpx), a file, or stdin.

(First cut: the fetch stage is being hardened separately — caps, deadline, decoding.)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from reader.errors import FetchError, SourceError


@dataclass(frozen=True)
class Page:
    url: str
    final_url: str
    html: str
    encoding: str
    content_type: str
    source: str  # "web" | "file" | "stdin" | "store"
    raw: bytes = field(repr=False, default=b"")
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def fetch_page(source: str) -> Page:
    if source == "-":
        raw = sys.stdin.buffer.read()
        return Page("-", "", raw.decode("utf-8", "replace"), "utf-8", "text/html", "stdin", raw)
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(source, follow_redirects=True, timeout=15)
            response.raise_for_status()
        except httpx.HTTPError as error:
            raise FetchError(f"Could not fetch {source}: {error}") from error
        return Page(
            source, str(response.url), response.text, response.encoding or "utf-8",
            response.headers.get("content-type", ""), "web", response.content,
        )
    path = Path(source.removeprefix("file://"))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(f"Could not read {path}: {error.strerror}") from error
    return Page(
        str(path), path.resolve().as_uri(), raw.decode("utf-8", "replace"), "utf-8",
        "text/html", "file", raw,
    )
