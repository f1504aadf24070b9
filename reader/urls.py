"""URL safety: which links may be opened in a browser or copied, and how a URL is shown.

A link's target comes from the page, so it is as untrusted as the page's text. Every place
that hands a URL to something outside the reader (the browser, the clipboard) asks
:func:`safe_http_url` first and uses what it returns; every place that shows a URL to the
user shows :func:`display_url`. Parsing is httpx's (``httpx.URL``), the same parser the
fetch stage uses, so what is checked is what would be fetched.

The rules of :func:`safe_http_url`, each with the harm it prevents:

1. Only ``http`` and ``https``. ``javascript:``, ``data:``, ``file:``, ``vscode:``,
   ``ssh:`` and the like run code, read local files or start other programs.
2. Nothing before the scheme: the URL must start with ``http://`` or ``https://`` (any
   case). A "URL" starting with ``-`` reaches a browser's command line as an option
   (``webbrowser.open``, CVE-2026-4519); leading spaces hide that.
3. No white space, control characters or bidi controls anywhere (they are refused, not
   removed: a URL that needs mending is not the URL the page showed). Newlines would split a
   command line or a clipboard paste; bidi controls make a URL read as another.
4. A host is required, and must be a name or an address, with no empty labels. A
   percent-encoded host is decoded first, as browsers do (libxml2 writes non-ASCII hosts
   that way), and refused if it then holds controls, spaces or URL delimiters.
5. Credentials (``user:password@``) are stripped from what is returned: they are a
   phishing trick (``https://bank.com@evil.example/``) and must not be sent on by a click.
6. At most :data:`MAX_URL_LENGTH` characters (after IDNA encoding), so a clipboard write
   (OSC 52) or a browser command line stays bounded.

The URL returned has its host in punycode (IDNA), so the browser is given exactly the host
the user was shown.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from reader.errors import ReaderError
from reader.fetch import import_httpx
from reader.text import clean_line

httpx = import_httpx()

MAX_URL_LENGTH = 2048
SAFE_SCHEMES = ("http", "https")

# Anything that is not a visible, non-space character: C0/C1 controls, DEL, every kind of
# white space, bidi and other invisible format characters, lone surrogates.
_FORBIDDEN = re.compile(
    "[\x00-\x20\x7f-\xa0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f"
    "\u3000\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
_START = re.compile(r"https?://", re.IGNORECASE)
_HOST = re.compile(r"[A-Za-z0-9._:\[\]-]+")


class UnsafeURLError(ReaderError):
    """A link that must not be opened or copied; the message says why, in one line."""


def _shown(url: str, limit: int = 80) -> str:
    """A short, sanitized form of a refused URL for the message."""
    text = clean_line(url)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe_http_url(url: str) -> str:
    """The URL to open or copy, or :class:`UnsafeURLError` (a ``ReaderError``) saying why not.

    See the module docstring for the rules. The result is an absolute http(s) URL with the
    host in punycode and no credentials.
    """
    if not isinstance(url, str) or not url:
        raise UnsafeURLError("Link refused: the link is empty")
    if _FORBIDDEN.search(url):
        raise UnsafeURLError(
            f"Link refused: the link contains spaces or control characters ({_shown(url)})"
        )
    if url.startswith("-"):
        raise UnsafeURLError(f"Link refused: the link starts with '-' ({_shown(url)})")
    if not _START.match(url):
        scheme = url.split(":", 1)[0] if ":" in url else ""
        reason = f"'{_shown(scheme, 20)}:' links" if scheme else "links without http(s)://"
        raise UnsafeURLError(
            f"Link refused: only http and https links are opened, not {reason} ({_shown(url)})"
        )
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, UnicodeError) as error:
        raise UnsafeURLError(f"Link refused: the link is not a valid URL ({_shown(url)})") from (
            error
        )
    parsed = _decode_host(parsed)
    if parsed is None:
        raise UnsafeURLError(f"Link refused: the link has no valid host ({_shown(url)})")
    if parsed.scheme not in SAFE_SCHEMES:
        raise UnsafeURLError(f"Link refused: only http and https links are opened ({_shown(url)})")
    host = parsed.raw_host.decode("ascii", "replace")
    if not host or not _HOST.fullmatch(host) or ".." in host or host.startswith("."):
        raise UnsafeURLError(f"Link refused: the link has no valid host ({_shown(url)})")
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise UnsafeURLError(f"Link refused: the port is not valid ({_shown(url)})")
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    safe = str(parsed)
    if safe.startswith("-") or _FORBIDDEN.search(safe):  # cannot happen; never trust it
        raise UnsafeURLError(f"Link refused: the link is not a valid URL ({_shown(url)})")
    if len(safe) > MAX_URL_LENGTH:
        raise UnsafeURLError(
            f"Link refused: the link is {len(safe):,} characters long "
            f"(the limit is {MAX_URL_LENGTH:,})"
        )
    return safe


def _decode_host(parsed: httpx.URL) -> httpx.URL | None:
    """The URL with a percent-encoded host decoded (and so IDNA-encoded), as browsers read
    it; None when the decoded host holds what no host may hold.

    libxml2 percent-encodes non-ASCII characters in the links it writes out, host included
    (``https://%D0%B0%D1%80….com/``); a browser decodes such a host, so the host that is
    shown and checked must be the decoded one.
    """
    host = parsed.raw_host.decode("ascii", "replace")
    if "%" not in host:
        return parsed
    decoded = unquote(host)
    if _FORBIDDEN.search(decoded) or any(c in decoded for c in "/\\@:?#[]%"):
        return None
    try:
        return parsed.copy_with(host=decoded)
    except (httpx.InvalidURL, ValueError, UnicodeError):
        return None


def display_url(url: str) -> str:
    """How a URL is shown: sanitized, credentials removed, an IDN host in punycode.

    Showing ``xn--80ak6aa92e.com`` rather than ``аррӏе.com`` (Cyrillic letters) lets the
    user see that it is not ``apple.com``. Never raises: a URL that cannot be parsed is
    shown sanitized as it is, with anything before an ``@`` in its authority removed.
    """
    text = clean_line(url)
    try:
        parsed = _decode_host(httpx.URL(text)) or httpx.URL(text)
        if parsed.scheme in SAFE_SCHEMES and parsed.host:
            if parsed.userinfo:
                parsed = parsed.copy_with(username=None, password=None)
            return clean_line(str(parsed))
    except (httpx.InvalidURL, ValueError, UnicodeError):
        pass
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]*@", r"\1", text)
