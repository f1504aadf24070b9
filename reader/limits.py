"""Taming pathological HTML before readability sees it: bounded time, memory and nesting.

readability-lxml (through libxml2) has limits and costs that a hostile or broken page can
hit: nesting past 256 levels gives a silently empty article; on a page over 10 MB (of UTF-8),
libxml2 may stop reading at 10 MB and silently drop the rest (it depends on where long text
runs fall in its input buffer: measured with libxml2 2.14); readability's scoring measures
the text of every container again for each ancestor, so deep nesting of large text is
quadratic (250 nested divs of 20 KB: 16.7 s); every ``<br>`` becomes a costly element (a
million: 9 s, 950 MB). :func:`tame_html` rewrites such a page, as text, into one that
readability handles within a bound, keeping every word of its text:

- escape sequences and the C0 controls an lxml tree cannot hold (raw or as ``&#27;``) are
  removed, since lxml refuses to edit text that holds them (see
  :func:`strip_markup_controls`);
- a page over :data:`MAX_HTML_BYTES` first loses its scripts, styles, comments and inline SVG
  (readability and the Document drop them anyway); if it is still too large,
  :class:`~reader.errors.ExtractError` says so (a clear stop, not an article silently cut
  short);
- on a page with over :data:`MIN_BREAKS_TO_TAME` ``<br>``, runs of more than two become
  two; past :data:`MAX_BREAKS` line breaks the rest become spaces;
- elements nested deeper than :data:`MAX_DEPTH` are flattened (their tags dropped; a block
  tag becomes a paragraph break), and so are elements below a shallower depth when the page
  holds so much deeply nested text that readability's cost (text × depth) would pass
  :data:`TEXT_DEPTH_BUDGET`;
- more than :data:`MAX_ELEMENTS` elements stop with an ``ExtractError``.

It scans the page with one regular expression and a stack of open elements, so on a normal
page it costs a few per cent of readability's time and returns the page unchanged.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.errors import ExtractError

MAX_HTML_BYTES = 9_500_000  # under libxml2's 10,000,000-byte input limit, with room to spare
MAX_DEPTH = 128  # libxml2 gives up at 256 (it adds html/body/tbody of its own)
MIN_DEPTH = 4  # the shallowest flattening: html, body, a container, a paragraph
TEXT_DEPTH_BUDGET = 24_000_000  # characters × nesting depth, about two seconds of scoring
MAX_BREAKS = 20_000
MIN_BREAKS_TO_TAME = 1_000
MAX_ELEMENTS = 400_000

# The elements libxml2's HTML parser (HTML 4) treats as empty. HTML5's newer void elements
# (wbr, source, track, embed, keygen) open an element there that nests what follows, so
# they are counted as nesting, as the parser will.
_VOID = frozenset(
    ["area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex",
     "link", "meta", "param"]
)
# Opening one of these closes an open element of the same name (an omitted end tag),
# looking down through inline elements and these only.
_IMPLIED_END = frozenset(
    ["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
     "tfoot", "rb", "rt", "rp", "colgroup"]
)
_INLINE = frozenset(
    ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
     "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
     "time", "tt", "u", "var", "big", "nobr", "label", "wbr"]
)
# Block elements: opening one closes an open <p> (the HTML rule for p's end tag).
_CLOSES_P = frozenset(
    ["address", "article", "aside", "blockquote", "details", "dialog", "div", "dl",
     "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
     "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
     "table", "ul", "center"]
)
_BLOCK = _CLOSES_P | _IMPLIED_END | frozenset(["body", "html", "caption", "dir", "noscript"])
# Walking down the stack for an implied end stops at anything else.
_WALK_THROUGH = _INLINE | _IMPLIED_END

# Comments, scripts and styles (whose text is not markup), then tags, doctypes and the like.
# Unrolled, possessive loops rather than lazy dots keep this fast, and flat in memory, on long
# scripts.
_SKIPPED = (
    r"<!--[^-]*+(?:-(?!->)[^-]*+)*+(?:-->)?"
    r"|<script\b[^>]*+>[^<]*+(?:<(?!/script)[^<]*+)*+"
    r"|<style\b[^>]*+>[^<]*+(?:<(?!/style)[^<]*+)*+"
)
_TOKEN = re.compile(
    _SKIPPED + r"|<(/?)([A-Za-z][^\s/>]*)[^>]*>|<[!?][^>]*>", re.IGNORECASE
)
# Possessive: a plain {3,} keeps a backtracking frame per <br> (190 MB for a million).
_BREAK_RUN = re.compile(r"(?:<br\b[^>]*+>\s*+){3,}+", re.IGNORECASE)
_BREAK = re.compile(r"<br\b[^>]*>", re.IGNORECASE)
# C0 controls XML cannot hold (all but tab, newline, carriage return), the 8-bit escape
# introducers, and numeric references to C0 controls.
_XML_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Numeric character references to those controls (decimal 0-31 or hex 0-1f, but 9, 10, 13).
_CONTROL_REF = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01])(?![0-9])"
    r"|[xX]0*(?:[0-8bcefBCEF]|1[0-9a-fA-F])(?![0-9a-fA-F]));?"
)
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x90\x98\x9b\x9d\x9e\x9f]")
_MARKUP_ESCAPES = re.compile(
    r"\x1b[\]PX^_][^\x07\x1b\x9c<]{0,65536}+(?:\x07|\x1b\\|\x9c)"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\x90\x98\x9d\x9e\x9f<]{0,4096}+(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[ -/]*[0-~]?"
)
# What a page too large to extract can lose first: nothing readability or the Document keeps
# (comments, scripts, styles, inline SVG drawings).
_STRIPPABLE = re.compile(
    _SKIPPED + r"|<svg\b[^>]*+>[^<]*+(?:<(?!/svg)[^<]*+)*+|</(?:script|style|svg)\s*>",
    re.IGNORECASE,
)


def tame_html(html: str) -> str:
    """The page, rewritten so that readability finishes within a bound (see the module
    docstring); the same string when nothing needed changing. Raises ``ExtractError`` for a
    page too large or too complex to extract."""
    html = strip_markup_controls(html)
    if _utf8_size(html) > MAX_HTML_BYTES:
        html = _STRIPPABLE.sub("", html)
        size = _utf8_size(html)
        if size > MAX_HTML_BYTES:
            raise ExtractError(
                f"The page is too large to extract: {size / 1_000_000:.1f} MB of HTML "
                f"without its scripts and styles (the limit is {MAX_HTML_BYTES / 1e6:.1f} MB)"
            )
    # Two plain counts (C speed); a page of <bR> in mixed case meets MAX_ELEMENTS instead.
    if html.count("<br") + html.count("<BR") > MIN_BREAKS_TO_TAME:
        html = _tame_breaks(html)
    if _fits(html):
        return html
    scan = _scan(html, None)
    cap = _depth_cap(scan.text_at_depth)
    if cap >= scan.max_depth and not scan.edits:
        return html
    return _scan(html, cap).output(html)


def strip_markup_controls(html: str) -> str:
    """The page without the control characters an lxml tree cannot be edited with.

    libxml2 keeps ESC, BEL, NUL's replacement and other C0 controls (raw, or written as
    ``&#27;``) in the tree it builds, but lxml refuses to set any text that holds them, so
    the first edit of such a node (readability's, the extractor's) fails with a
    ``ValueError``. Character references to C0 controls are decoded, escape sequences are
    removed whole with their 8-bit C1 forms (a string sequence only with its terminator and
    never across a ``<``, so an unterminated one cannot swallow the page), and the C0
    controls left are dropped. The page's text is still sanitized in ``reader.document``;
    this only keeps the tree editable.
    """
    # Two searches that each run at C speed; one pattern with both would not.
    has_ref = "&#" in html and _CONTROL_REF.search(html) is not None
    if not has_ref and not _CONTROLS.search(html):
        return html
    if has_ref:
        html = _CONTROL_REF.sub(_decode_control_ref, html)
    html = _MARKUP_ESCAPES.sub("", html)
    return _XML_CONTROLS.sub("", html)


def _decode_control_ref(match: re.Match[str]) -> str:
    number = match.group(0)[2:].rstrip(";")
    return chr(int(number[1:], 16) if number[:1] in "xX" else int(number))


def _fits(html: str) -> bool:
    """The fast path: whether the page is shallow and small enough to need nothing.

    It walks the tag names only (found by one ``findall``), tracking nesting as the full
    scan does; the page fits when no element is nested past MAX_DEPTH, it has at most
    MAX_ELEMENTS, and even if all its text sat at the deepest level it would stay within
    TEXT_DEPTH_BUDGET.
    """
    stack: list[str] = []
    open_count: defaultdict[str, int] = defaultdict(int)
    deepest = 0
    tags = _TOKEN.findall(html)
    if len(tags) > MAX_ELEMENTS:
        return False
    # The hot loop of the fast path: locals, and the implied-end walk only when it can apply.
    void, implied, closes_p, push = _VOID, _IMPLIED_END, _CLOSES_P, stack.append
    for closing, name in tags:
        if not name:
            continue
        name = name.lower()
        if closing:
            if open_count[name]:
                while True:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
        elif name not in void:
            if (name in closes_p and open_count["p"]) or (name in implied and open_count[name]):
                _close_implied(name, stack, None, open_count)
            push(name)
            open_count[name] += 1
            if len(stack) > deepest:
                deepest = len(stack)
    if deepest > MAX_DEPTH:
        return False
    if len(html) * deepest <= TEXT_DEPTH_BUDGET:
        return True
    # A large page: count its text alone (markup, scripts and styles cost no scoring).
    return len(_TOKEN.sub("", html)) * deepest <= TEXT_DEPTH_BUDGET


def _utf8_size(html: str) -> int:
    # At most four bytes a character: only encode when the page could be over the limit.
    if len(html) * 4 <= MAX_HTML_BYTES:
        return len(html)
    return len(html.encode("utf-8", "replace"))


def _tame_breaks(html: str) -> str:
    """Collapse runs of ``<br>``; past MAX_BREAKS, line breaks become spaces."""
    html = _BREAK_RUN.sub("<br><br>", html)
    matches = _BREAK.finditer(html)
    for _ in range(MAX_BREAKS):
        if next(matches, None) is None:
            return html
    last = next(matches, None)
    if last is None:
        return html
    return html[: last.start()] + _BREAK.sub(" ", html[last.start():])


class _Scan:
    """One pass over the page's tags: the nesting it finds, and the edits it would make."""

    def __init__(self) -> None:
        self.max_depth = 0
        self.text_at_depth: dict[int, int] = {}
        self.edits: list[tuple[int, int, str]] = []  # (start, end, replacement)

    def output(self, html: str) -> str:
        parts: list[str] = []
        at = 0
        for start, end, replacement in self.edits:
            parts.append(html[at:start])
            parts.append(replacement)
            at = end
        parts.append(html[at:])
        return "".join(parts)


def _scan(html: str, cap: int | None) -> _Scan:
    """Walk the tags; with a ``cap``, record the edits that flatten elements below it."""
    scan = _Scan()
    edits = scan.edits
    text_at_depth = scan.text_at_depth
    limit = MAX_DEPTH if cap is None else cap
    stack: list[str] = []  # open element names
    dropped: list[bool] = []  # parallel to stack: was this element's start tag dropped?
    open_count: dict[str, int] = {}
    elements = 0
    at = 0
    chain = -1  # where the last run of dropped tags ended (see _drop)
    for match in _TOKEN.finditer(html):
        start, end = match.span()
        if start > at:
            depth = len(stack)
            text_at_depth[depth] = text_at_depth.get(depth, 0) + start - at
        at = end
        closing, name = match.group(1), match.group(2)
        if name is None:
            continue  # a comment, script, style, doctype or processing instruction
        name = name.lower()
        if closing:
            if not open_count.get(name):
                continue  # a stray end tag: the parser ignores it too
            while stack:
                top = stack.pop()
                was_dropped = dropped.pop()
                open_count[top] -= 1
                if top == name:
                    if was_dropped:
                        chain = _drop(html, edits, start, end, name, chain)
                    break
            continue
        elements += 1
        if elements > MAX_ELEMENTS:
            raise ExtractError(
                f"The page is too complex to extract: over {MAX_ELEMENTS:,} HTML elements"
            )
        if name in _VOID:
            continue
        if name in _IMPLIED_END or name in _CLOSES_P:
            _close_implied(name, stack, dropped, open_count)
        depth = len(stack) + 1
        if depth > scan.max_depth:
            scan.max_depth = depth
        drop = depth > limit
        if drop:
            chain = _drop(html, edits, start, end, name, chain)
        stack.append(name)
        dropped.append(drop)
        open_count[name] = open_count.get(name, 0) + 1
    if len(html) > at:
        depth = len(stack)
        text_at_depth[depth] = text_at_depth.get(depth, 0) + len(html) - at
    return scan


def _close_implied(
    name: str, stack: list[str], dropped: list[bool] | None, open_count: dict[str, int]
) -> None:
    """Pop the element whose end tag the HTML rules imply when ``name`` opens."""
    target = "p" if name in _CLOSES_P else name
    if not open_count.get(target):
        return
    for index in range(len(stack) - 1, -1, -1):
        if stack[index] == target:
            for closed in stack[index:]:
                open_count[closed] -= 1
            del stack[index:]
            if dropped is not None:
                del dropped[index:]
            return
        if stack[index] not in _WALK_THROUGH:
            return


def _drop(
    html: str, edits: list[tuple[int, int, str]], start: int, end: int, name: str, chain: int
) -> int:
    """Drop the tag at ``start:end``; the end of the current run of dropped tags.

    A dropped block tag still ends a paragraph, so it becomes ``<p>``; a dropped inline tag
    is just gone. A run of dropped tags with nothing but white space between them (a
    hundred thousand ``<div>`` in a row) becomes one ``<p>``, not one per tag.
    """
    in_run = chain >= 0 and not html[chain:start].strip()
    replacement = "<p>" if name in _BLOCK and not in_run else ""
    edits.append((start, end, replacement))
    return end if in_run or replacement else -1


def _depth_cap(text_at_depth: dict[int, int]) -> int:
    """The deepest nesting at which the page's text × depth stays within the budget."""
    cap = MAX_DEPTH
    while cap > MIN_DEPTH and _cost(text_at_depth, cap) > TEXT_DEPTH_BUDGET:
        cap = max(MIN_DEPTH, cap * 3 // 4)
    return cap


def _cost(text_at_depth: dict[int, int], cap: int) -> int:
    return sum(chars * min(depth, cap) for depth, chars in text_at_depth.items())
