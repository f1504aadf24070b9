"""Sanitizing outside text: the one place that decides what may reach a terminal.

Rich and Textual write control characters in plain text to the terminal verbatim, so every
string that comes from outside (page text, URLs, server and exception messages) passes
through here before it is stored in a value or shown.

What is removed, and why:

- whole escape sequences (CSI ``ESC [ … final``, OSC/DCS/SOS/PM/APC strings up to their
  terminator, two-character escapes) and their 8-bit C1 forms (``\\x9b`` CSI, ``\\x9d`` OSC,
  ``\\x90`` DCS … with their terminator), so that neither the sequence nor its payload (an
  OSC 52 clipboard write, an OSC 8 link) survives as text;
- every remaining C0 and C1 control and DEL, except newline and tab (NUL, BEL, ESC, CR …);
- bidi controls: embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks
  U+200E, U+200F and U+061C, and the deprecated format controls U+206A–U+206F; they reorder
  what the user sees, so a link or a name can pretend to be another;
- interlinear annotation controls U+FFF9–U+FFFB and tag characters U+E0000–U+E007F (they hide
  text), except tag sequences that spell a flag after U+1F3F4, as emoji use them;
- lone surrogates (they cannot be encoded for the terminal);
- soft hyphens, byte-order marks and zero-width spaces, which only get in the way of reading
  and searching (the zero-width joiner and non-joiner stay: emoji and Persian need them);
- runs of more than four combining marks in a row ("Zalgo" text that draws over other
  lines) are cut to four.

The line and paragraph separators U+2028/U+2029 become spaces: terminals do not agree on
what they do. Variation selectors stay: they only choose a glyph.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings/overrides/isolates and marks: they reorder what the user sees.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# Deprecated format controls (symmetric swapping, Arabic shaping, digit shapes).
_DEPRECATED = "\u206a\u206b\u206c\u206d\u206e\u206f"
# Interlinear annotation anchor/separator/terminator: they hide text between them.
_ANNOTATION = "\ufff9\ufffa\ufffb"
# Invisible characters that only get in the way of reading and searching.
_INVISIBLE = "\u00ad\ufeff\u200b\u2060"
_SEPARATORS = "\u2028\u2029"

_TABLE: dict[int, str | None] = {ord(c): None for c in _BIDI + _DEPRECATED + _ANNOTATION
                                 + _INVISIBLE}
_TABLE.update({ord(c): " " for c in _SEPARATORS})
for _cp in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
    if chr(_cp) not in "\n\t":
        _TABLE[_cp] = None

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# One scan decides whether a string needs any work at all (the common case is "no");
# combining marks send a string down the slow path only to check the length of their runs.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + _DEPRECATED + _ANNOTATION + _INVISIBLE
    + _SEPARATORS + "\ud800-\udfff\U000e0000-\U000e007f" + _COMBINING + "]"
)
# Escape sequences, removed whole so that their payload does not remain as text:
# OSC, DCS, SOS, PM and APC strings (7-bit and 8-bit introducers) end at BEL or ST
# (ESC \ or \x9c); CSI sequences end at a final byte; other escapes are ESC plus
# intermediates plus one final character.
# A string sequence counts only with its terminator (within 64 KiB; 4096 characters for an
# 8-bit introducer, more likely a stray byte of a mis-decoded page than an attack): an
# unterminated one must not take the rest of the text with it. Its introducer is still
# dropped, as every control is, and what followed stays as harmless text. A payload cannot
# hold another introducer, so a text full of them is still scanned in linear time.
_ESCAPES = re.compile(
    r"\x1b[\]PX^_][^\x07\x1b\x9c]{0,65536}+(?:\x07|\x1b\\|\x9c)"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\x90\x98\x9d\x9e\x9f]{0,4096}+(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[ -/]*[0-~]?"
)
_TAGS = re.compile("(\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f)|[\U000e0000-\U000e007f]")
_ZALGO = re.compile(f"([{_COMBINING}]{{4}})[{_COMBINING}]+")
_SURROGATES = re.compile("[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """Remove escape sequences, C0/C1 controls (except newline and tab), bidi controls,
    hidden-text characters and lone surrogates (see the module docstring)."""
    if not _UNSAFE.search(text):
        return text
    if "\x1b" in text or _has_c1_introducer(text):
        text = _ESCAPES.sub("", text)
    text = text.translate(_TABLE)
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("", text)
    if max(text, default="\0") >= "\U000e0000":
        text = _TAGS.sub(lambda m: m.group(1) or "", text)
    return _ZALGO.sub(r"\1", text)


def _has_c1_introducer(text: str) -> bool:
    return any(c in text for c in "\x90\x98\x9b\x9d\x9e\x9f")


def clean_inline(text: str) -> str:
    """Sanitize and fold all white space (newlines too) into single spaces; keep ends."""
    text = strip_controls(text)
    # After strip_controls, str.split()'s white space is exactly the set we fold (spaces,
    # tabs, newlines, no-break and typographic spaces, U+2028/2029), and it runs in C.
    words = text.split()
    if not words:
        return " " if text else ""
    folded = " ".join(words)
    if text[0].isspace():
        folded = " " + folded
    if text[-1].isspace():
        folded += " "
    return folded


def clean_line(text: str) -> str:
    """Sanitize into one trimmed line, as shown in titles, notifications and error messages."""
    return clean_inline(text).strip()


def is_safe(text: str) -> bool:
    """True when ``text`` holds nothing that :func:`strip_controls` would remove."""
    if _UNSAFE.search(text) is None:
        return True
    # Flag emoji keep their tag characters, so only a full pass can tell.
    return strip_controls(text) == text


def normalize(text: str) -> str:
    """NFC-normalize text so that searching and comparing see one form of each letter."""
    return unicodedata.normalize("NFC", text)
