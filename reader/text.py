"""Sanitizing outside text: the one place that decides what may reach a terminal.

Rich and Textual write control characters in plain text to the terminal verbatim, so every
string that comes from outside (page text, URLs, server and exception messages) passes
through here before it is stored in a value or shown.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings/overrides/isolates and marks: they reorder what the user sees.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# Invisible characters that only get in the way of reading and searching.
_INVISIBLE = "\u00ad\ufeff\u200b\u2060"
_DROP = {ord(c): None for c in _BIDI + _INVISIBLE}
for _cp in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
    if chr(_cp) not in "\n\t":
        _DROP[_cp] = None
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + _INVISIBLE + "\ud800-\udfff]"
)
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")


def strip_controls(text: str) -> str:
    """Remove C0/C1 controls (except newline and tab), bidi controls and lone surrogates."""
    if not _UNSAFE.search(text):
        return text
    text = text.translate(_DROP)
    return _UNSAFE.sub("", text)


def clean_inline(text: str) -> str:
    """Sanitize and fold all white space (newlines too) into single spaces; keep ends."""
    return _SPACES.sub(" ", strip_controls(text))


def clean_line(text: str) -> str:
    """Sanitize into one trimmed line, as shown in titles, notifications and error messages."""
    return clean_inline(text).strip()


def is_safe(text: str) -> bool:
    """True when ``text`` holds nothing that :func:`strip_controls` would remove."""
    return _UNSAFE.search(text) is None


def normalize(text: str) -> str:
    """NFC-normalize text so that searching and comparing see one form of each letter."""
    return unicodedata.normalize("NFC", text)
