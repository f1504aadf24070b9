"""Article from a Page: readability-lxml isolates the body; the page's own metadata names it.

The page is parsed once with lxml. Metadata is read from that tree first, from what the page
declares about itself (JSON-LD, OpenGraph and other ``<meta>`` tags, ``<html lang>``,
``<time datetime>``, ``rel=author``/``itemprop=author``/byline elements), and only then from
guesses (the ``<title>`` cut at its separators, a "By NAME" line). The same tree is then
handed to readability-lxml, which copies it before it changes anything, so the HTML is not
parsed again. Readability's chosen body is tidied (the heading that repeats the title, the
byline line, trailing share bars, tag lists, related-story lists and subscription boxes are
removed) and, when it holds too little of the page's text, replaced by a fallback.
"""

from __future__ import annotations

import contextlib
import html as html_lib
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from readability import Document as Readability
from readability import readability as readability_module
from readability.readability import text_length as readability_text_length

from reader.document import Article, count_words, reading_minutes
from reader.errors import ExtractError, NoArticleError
from reader.fetch import Page
from reader.limits import tame_html
from reader.text import clean_line

# Past this size a page is not an article but an attack or an accident; refuse it plainly.
MAX_HTML_CHARS = 40_000_000
# Below this many characters of text, readability's choice is checked against the page.
SHORT_ARTICLE_CHARS = 1000

_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_original_clean = readability_module.clean


# ---------------------------------------------------------------------------------------
# The whole stage.


def extract_article(page: Page) -> Article:
    """The Article of a Page; ``NoArticleError`` when the page holds nothing to read."""
    if not page.html.strip():
        raise NoArticleError("No article found: the page is empty")
    if len(page.html) > MAX_HTML_CHARS:
        raise ExtractError(
            f"The page is too large to extract ({len(page.html) // 1_000_000} MB of HTML)"
        )
    url = page.final_url or page.url
    tree = parse_page(tame_html(page.html))  # bounded nesting, size and <br> runs
    body_element = tree.find("body") if tree is not None else None
    if body_element is None or not _has_text(body_element):
        raise NoArticleError("No article found: the page has no text")
    meta = read_metadata(tree, url)
    body = _readable_body(tree)
    if body is None or body.tag == "body" or (
        (found := _text_length_upto(body, 250)) < 250 and found < _body_text_length(tree) // 3
    ):
        # Readability found no article (it then hands back the whole <body>) or next to
        # nothing although the page has text: take the densest block of paragraphs, or else
        # the page's own text without its navigation; never a silently empty article.
        body = _fallback_body(tree)
        if body is None:
            body = _page_text(tree)
    else:
        _recover_lead(tree, body, meta.title)
        found = _text_length_upto(body, SHORT_ARTICLE_CHARS)
        if found < SHORT_ARTICLE_CHARS:
            # A short result may be a fragment (a caption, a teaser) of a longer story
            # that readability's scores passed over: prefer a container of much more prose.
            dense = _fallback_body(tree)
            if dense is not None and _text_length(dense) > max(SHORT_ARTICLE_CHARS, 3 * found):
                body = dense
    _tidy_body(body, meta)
    if not _has_text(body) and body.find(".//img") is None:
        raise NoArticleError("No article found: the page has no readable text")
    content = etree.tounicode(body, method="html")
    words = _count_words(body)
    return Article(
        title=meta.title, byline=meta.byline, site_name=meta.site_name,
        published=meta.published, lang=meta.lang, excerpt=meta.excerpt,
        lead_image=meta.lead_image, url=url, content_html=content,
        word_count=words, reading_minutes=reading_minutes(words),
    )


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    """The page's element tree, parsed as readability-lxml parses it (so its scores hold)."""
    try:
        # Encoded to UTF-8 bytes: lxml refuses str input that carries an XML encoding
        # declaration, and lone surrogates must not reach libxml2.
        return lxml.html.document_fromstring(
            html.encode("utf-8", "replace"), parser=_UTF8_PARSER
        )
    except (etree.ParserError, ValueError):
        return None  # comment-only and markup-only pages: libxml2 finds no document


def _has_text(tree: etree._Element) -> bool:
    return any(text.strip() for text in tree.itertext())


class _Readability(Readability):
    """readability-lxml, handed a tree: it keeps the chosen body as an element.

    While it scores paragraphs it measures the text of the same links and containers over
    and over (every link once per ancestor candidate); nothing changes the tree in that
    phase, so those lengths are remembered for it, which gives the very same scores in less
    time.
    """

    node: etree._Element | None = None
    _lengths: dict[etree._Element, int] | None = None

    def get_clean_html(self) -> str:  # called by summary() with the chosen body in self.html
        self.node = self.html
        return super().get_clean_html()

    def score_paragraphs(self):  # noqa: ANN201 (readability's own signature)
        self._lengths = {}
        try:
            return super().score_paragraphs()
        finally:
            self._lengths = None

    def get_link_density(self, elem: etree._Element) -> float:
        lengths = self._lengths
        if lengths is None:
            return super().get_link_density(elem)

        def length(element: etree._Element) -> int:
            known = lengths.get(element)
            if known is None:
                known = lengths[element] = readability_text_length(element)
            return known

        links = sum(length(link) for link in elem.iter("a") if link is not elem)
        return float(links) / max(length(elem), 1)


# readability's clean() runs three substitutions over the whole text, and it measures the
# text of every paragraph and of each candidate container (the whole article, again and
# again): the largest cost of its scoring. Worked out run by run, the three fold a run of
# white space (a maximal one) as follows: 255 characters or more become one space (its
# 255-space stand-in is then a run of spaces); a run holding a line break becomes "\n";
# otherwise each tab, and each stretch of two or more spaces and tabs, becomes one space.
# A lone character other than a tab is kept. So only runs of two or more, or a tab, change:
# one pass finds them, and ordinary text between them is copied as it is.
_FOLDED_SPACE = re.compile(r"\s(?:\s+|(?<=\t))")
_TAB_SPACE = re.compile(r"\t|[ \t]{2,}")


def _fold_space(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) >= 255:
        return " "
    if "\n" in run:
        return "\n"
    return _TAB_SPACE.sub(" ", run)


def readability_clean(text: str) -> str:
    """Exactly ``readability.readability.clean``, in one linear pass."""
    return _FOLDED_SPACE.sub(_fold_space, text).strip()


_patch_lock = threading.Lock()
_patch_users = 0


@contextlib.contextmanager
def _fast_clean() -> Iterator[None]:
    """readability's module uses :func:`readability_clean` while we extract (and only then,
    so that bare readability-lxml, measured beside us, stays as it ships)."""
    global _patch_users
    with _patch_lock:
        if _patch_users == 0:
            readability_module.clean = readability_clean
        _patch_users += 1
    try:
        yield
    finally:
        with _patch_lock:
            _patch_users -= 1
            if _patch_users == 0:
                readability_module.clean = _original_clean


def _readable_body(tree: lxml.html.HtmlElement) -> etree._Element | None:
    # No URL: readability would rewrite every link of the page; the Document resolves the
    # few links of the body against the final URL itself.
    reader = _Readability(tree)
    try:
        with _fast_clean():
            reader.summary(html_partial=True)
    except Exception:  # readability wraps every failure in its own Unparseable
        return None
    return reader.node


# ---------------------------------------------------------------------------------------
# Metadata.

_ARTICLE_TYPES = re.compile(
    r"^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
    r"|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle"
    r"|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
    r"|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$"
)
# <meta property="og:title">, "article:author", "dc:creator" …, as Readability.js reads them.
_PROPERTY = re.compile(
    r"\s*(article|dc|dcterm|og|twitter)\s*:\s*"
    r"(author|creator|description|published_time|title|site_name|image)\s*", re.I
)
_NAME = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name|image)\s*$", re.I
)
_BYLINE_HINT = re.compile(r"byline|author|dateline|writtenby|p-author", re.I)
# A dateline ("CAIRO —") opens the story's first sentence: it names no author.
_BYLINE_BLOCK_HINT = re.compile(r"byline|author|writtenby|p-author", re.I)
_BY_LINE = re.compile(r"^\s*(?:by|par|von|door|di|por|written by)\s+(\S.{1,80}?)\s*$", re.I)
_TITLE_SEPARATOR = re.compile(r" [\|\-–—\\/>»] ")
_HIERARCHY = re.compile(r" [\\/>»] ")


@dataclass(frozen=True)
class Metadata:
    title: str
    byline: str | None
    site_name: str | None
    published: datetime | None
    lang: str | None
    excerpt: str | None
    lead_image: str | None


def read_metadata(tree: lxml.html.HtmlElement, url: str = "") -> Metadata:
    """What the page says about itself, in order of trust (see the module docstring)."""
    values = _meta_values(tree)
    ld = _json_ld(tree)
    doc_title = _document_title(tree)

    title = _first(
        _json_ld_title(ld, doc_title), values.get("dc:title"), values.get("dcterm:title"),
        values.get("og:title"), values.get("weibo:article:title"),
        values.get("weibo:webpage:title"), values.get("title"), values.get("twitter:title"),
        values.get("parsely-title"),
    ) or doc_title
    site_name = _first(_json_ld_name(ld.get("publisher")), values.get("og:site_name"))
    title = strip_site_name(title, site_name, url)

    article_author = values.get("article:author")
    if article_author and _is_url(article_author):
        article_author = None
    byline = _first(
        _json_ld_author(ld.get("author")), values.get("dc:creator"),
        values.get("dcterm:creator"), values.get("author"), values.get("parsely-author"),
        article_author,
    ) or _byline_in_page(tree)

    published = _parse_date(_first(
        _text(ld.get("datePublished")), values.get("article:published_time"),
        values.get("parsely-pub-date"), _itemprop_date(tree), _time_element(tree),
    ))
    excerpt = _first(
        _text(ld.get("description")), values.get("dc:description"),
        values.get("dcterm:description"), values.get("og:description"),
        values.get("weibo:article:description"), values.get("weibo:webpage:description"),
        values.get("description"), values.get("twitter:description"),
    )
    image = _first(_json_ld_image(ld.get("image")), values.get("og:image"),
                   values.get("twitter:image"))
    if image and url:
        try:
            image = urljoin(url, image)
        except ValueError:
            image = None
    lang = clean_line(tree.get("lang") or tree.get("xml:lang") or "") or _first(
        _text(ld.get("inLanguage")), values.get("content-language"), values.get("og:locale"))
    return Metadata(
        title=clean_line(title), byline=byline and clean_line(byline) or None,
        site_name=site_name and clean_line(site_name) or None, published=published,
        lang=lang or None, excerpt=excerpt and clean_line(excerpt) or None,
        lead_image=image and clean_line(image) or None,
    )


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None


def _unescape(value: str) -> str:
    # Pages double-escape their metadata ("&amp;#8217;") often enough to undo it once.
    return html_lib.unescape(value).strip() if "&" in value else value.strip()


def _meta_values(tree: lxml.html.HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    head_and_body = tree.iter("meta")
    for meta in head_and_body:
        content = meta.get("content")
        if not content or not content.strip():
            continue
        content = _unescape(content)
        prop = meta.get("property")
        if prop:
            for match in _PROPERTY.finditer(prop):
                key = re.sub(r"\s", "", match.group(0).lower())
                values[key] = content
        name = meta.get("name") or ""
        if name and _NAME.match(name):
            key = re.sub(r"\s", "", name.lower()).replace(".", ":")
            values[key] = content
        equiv = (meta.get("http-equiv") or "").lower()
        if equiv == "content-language":
            values.setdefault("content-language", content)
        if prop and prop.strip().lower() == "og:locale":
            values.setdefault("og:locale", content.replace("_", "-"))
    return values


def _json_ld(tree: lxml.html.HtmlElement) -> dict:
    """The page's first schema.org article object in JSON-LD (``@graph`` and lists too)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", script.text or "")
        try:
            data = json.loads(text)
        except ValueError:
            continue
        found = _find_article(data, 0)
        if found is not None:
            return found
    return {}


def _find_article(data: object, depth: int) -> dict | None:
    if depth > 4:
        return None
    if isinstance(data, list):
        for item in data:
            found = _find_article(item, depth + 1)
            if found is not None:
                return found
        return None
    if not isinstance(data, dict):
        return None
    kinds = data.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if any(isinstance(k, str) and _ARTICLE_TYPES.match(k) for k in kinds):
        return data
    graph = data.get("@graph")
    return _find_article(graph, depth + 1) if graph is not None else None


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return _unescape(value)
    if isinstance(value, list) and value and isinstance(value[0], str):
        return _unescape(value[0])
    return None


def _json_ld_name(value: object) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _json_ld_name(value[0])
    return _text(value)


def _json_ld_author(value: object) -> str | None:
    """A string, a Person/Organization object, or a list of either: names joined by commas."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _text(item) if isinstance(item, str) else _json_ld_name(item)
        if name and not _is_url(name):
            names.append(name)
    return ", ".join(names) or None


def _json_ld_image(value: object) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return _json_ld_image(value[0])
    return _text(value)


def _json_ld_title(ld: dict, doc_title: str) -> str | None:
    name, headline = _text(ld.get("name")), _text(ld.get("headline"))
    if name and headline and name != headline:
        # Sites put the site's name in "name" as often as the article's: keep the one that
        # looks like the page's own title.
        if _similarity(headline, doc_title) > 0.75 and _similarity(name, doc_title) <= 0.75:
            return headline
        return name
    return name or headline


def _similarity(a: str, b: str) -> float:
    """How much of ``b``'s words ``a`` accounts for (1.0: all), as Readability.js measures."""
    tokens_a = [t for t in re.split(r"\W+", a.lower()) if t]
    tokens_b = [t for t in re.split(r"\W+", b.lower()) if t]
    if not tokens_a or not tokens_b:
        return 0.0
    set_a = set(tokens_a)
    unique_b = [t for t in tokens_b if t not in set_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(tokens_b))


def _is_url(value: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", value.strip(), re.I))


def _document_title(tree: lxml.html.HtmlElement) -> str:
    """The ``<title>`` cut at its separators when a part of it is the headline.

    Readability.js's rules: drop the last part after a hierarchical separator (" | ",
    " - " …), or the first when what is left is too short; after a colon keep the part after
    it unless a heading repeats the whole title; fall back to the only ``<h1>``.
    """
    title_el = tree.find(".//title")
    original = " ".join((title_el.text_content() if title_el is not None else "").split())
    original = _unescape(original)
    title = original
    hierarchical = False

    def words(text: str) -> int:
        return len(text.split())

    if _TITLE_SEPARATOR.search(title):
        hierarchical = bool(_HIERARCHY.search(title))
        title = re.sub(r"(.*)[\|\-–—\\/>»] .*", r"\1", original)
        if words(title) < 3:
            title = re.sub(r"[^\|\-–—\\/>»]*[\|\-–—\\/>»](.*)", r"\1", original)
    elif ": " in title:
        headings = [" ".join(h.text_content().split()) for h in _iter_tags(tree, "h1", "h2")]
        if original not in headings:
            title = original[original.rfind(":") + 1:]
            if words(title) < 3:
                title = original[original.find(":") + 1:]
            elif words(original[:original.find(":")]) > 5:
                title = original
    elif len(title) > 150 or len(title) < 15:
        h1s = list(_iter_tags(tree, "h1"))
        if len(h1s) == 1:
            title = h1s[0].text_content()
    title = " ".join(title.split())
    count = words(title)
    if count <= 4 and (
        not hierarchical
        or count != words(re.sub(r"[\|\-–—\\/>»]+", "", original)) - 1
    ):
        title = original
    return title


def _iter_tags(tree: etree._Element, *tags: str) -> Iterator[etree._Element]:
    yield from tree.iter(*tags)


def strip_site_name(title: str, site_name: str | None, url: str = "") -> str:
    """The title without the site's name before or after a separator.

    Only a part that is the site's declared name (or its host name) is removed, so a title
    that merely contains a separator keeps all of its words.
    """
    names = set()
    if site_name:
        names.add(_squash(site_name))
    host = urlsplit(url).hostname if url else None
    if host:
        host = host.removeprefix("www.")
        names.add(_squash(host))
        names.add(_squash(host.rsplit(".", 1)[0]))
    names.discard("")

    def is_site(part: str) -> bool:
        # A part that is a host name ("myMotherLode.com") names the site by itself.
        return _squash(part) in names or bool(_HOST_LIKE.match(part.strip()))

    for separator in (" | ", " - ", " – ", " — ", " · ", " :: ", " / ", " » ", ": "):
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if head.strip() and is_site(tail):
            return head.strip()
        first, _, rest = title.partition(separator)
        if rest.strip() and is_site(first) and separator != ": ":
            return rest.strip()
    return title


_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$", re.I)


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


# Only elements with an attribute that can mark a byline; libxml2 picks them out.
_MARKED_ELEMENTS = etree.XPath("//body//*[@class or @id or @rel or @itemprop]")
_BY_WORDS = ("by ", "par ", "von ", "door ", "di ", "por ", "written by ")


def _byline_in_page(tree: lxml.html.HtmlElement) -> str | None:
    """A byline the page marks up (rel/itemprop/class "author") or writes ("By NAME")."""
    # Only elements with one of the attributes that matter (the filter runs in libxml2).
    for element in _MARKED_ELEMENTS(tree):
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        rel = element.get("rel") or ""
        itemprop = element.get("itemprop") or ""
        hint = f"{element.get('class') or ''} {element.get('id') or ''}"
        if rel != "author" and "author" not in itemprop and not _BYLINE_HINT.search(hint):
            continue
        if _raw_length_upto(element, 400) >= 400:
            continue  # surely no byline; spare measuring a whole wrapper
        text = element.text_content().strip()
        if not text or len(text) >= 100:
            continue
        for inner in element.iterdescendants():
            if "name" in (inner.get("itemprop") or ""):
                name = inner.text_content().strip()
                if name:
                    return name
        return text
    for element in tree.iter("p", "div", "span"):
        first = element.text or ""
        if not first.strip() and len(element):
            first = element[0].text or ""
        if not first.lstrip().lower().startswith(_BY_WORDS):
            continue  # the cheap test first: most blocks start otherwise
        if _raw_length_upto(element, 400) >= 400:
            continue
        text = " ".join(element.text_content().split())
        match = _BY_LINE.match(text) if len(text) < 90 else None
        if match and not any(c in match.group(1) for c in ".!?"):
            return match.group(1)
    return None


_ITEMPROP_DATE = etree.XPath("//*[@itemprop = 'datePublished']")


def _itemprop_date(tree: lxml.html.HtmlElement) -> str | None:
    """Microdata: ``<meta itemprop=datePublished content>`` or ``<time itemprop datetime>``."""
    for element in _ITEMPROP_DATE(tree):
        value = element.get("content") or element.get("datetime")
        if value and value.strip():
            return value.strip()
    return None


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    for time in tree.iter("time"):
        value = time.get("datetime")
        if value and value.strip():
            return value.strip()
    return None


def _parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 2822 date; aware when the page gave its offset."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        pass
    # "2020-10-22T14:05:00-0700" and other near-ISO forms.
    match = re.match(r"^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?(?:\.\d+)?)\s*"
                     r"(Z|[+-]\d\d:?\d\d)?", value)
    if match:
        offset = (match.group(3) or "").replace("Z", "+00:00")
        if offset and ":" not in offset:
            offset = offset[:3] + ":" + offset[3:]
        try:
            return datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}{offset}")
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    match = re.match(r"^(\d{4}-\d\d-\d\d)", value)
    if match:
        try:
            return datetime.fromisoformat(match.group(1))
        except ValueError:
            return None
    return None


# ---------------------------------------------------------------------------------------
# The body: fallback and tidying.

_BLOCKS = ("p", "div", "section", "article", "main", "li", "blockquote", "pre", "td",
           "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "figure", "header",
           "footer", "aside", "nav", "form", "dl")
_NOT_CONTENT = ("script", "style", "noscript", "template", "svg", "nav", "header", "footer",
                "aside", "form", "button", "select", "head")


def _text_length_upto(element: etree._Element, limit: int) -> int:
    """The element's text length, counted only until it passes ``limit`` (wrappers are big)."""
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > limit:
            break
    return total


def _raw_length_upto(element: etree._Element, limit: int) -> int:
    total = 0
    for text in element.itertext():
        total += len(text)
        if total >= limit:
            break
    return total


def _text_length(element: etree._Element) -> int:
    return sum(len(t.strip()) for t in element.itertext())


def _body_text_length(tree: lxml.html.HtmlElement) -> int:
    body = tree.find("body")
    root = body if body is not None else tree
    total = 0
    for element in root.iter():
        if element.text and isinstance(element.tag, str) and element.tag not in (
            "script", "style", "noscript", "template"
        ):
            total += len(element.text.strip())
        if element.tail:
            total += len(element.tail.strip())
    return total


def _count_words(element: etree._Element) -> int:
    return count_words(" ".join(element.itertext()))


def _without_furniture(tree: lxml.html.HtmlElement) -> etree._Element:
    """The page's body without navigation, headers, footers, asides, forms and scripts."""
    body = tree.find("body")
    root = body if body is not None else tree
    for element in list(root.iter(*_NOT_CONTENT)):
        if element is not root and element.getparent() is not None:
            element.drop_tree()
    return root


def _page_text(tree: lxml.html.HtmlElement) -> etree._Element:
    return _wrap(_without_furniture(tree))


def _fallback_body(tree: lxml.html.HtmlElement) -> etree._Element | None:
    """The container holding the most paragraph text, if it holds a third of the page's.

    Changes the tree (its furniture is dropped): only for after readability is done.
    """
    root = _without_furniture(tree)
    scores: dict[etree._Element, int] = {}
    for paragraph in root.iter("p", "pre", "blockquote"):
        length = _text_length(paragraph)
        parent = paragraph.getparent()
        if length >= 25 and parent is not None:
            scores[parent] = scores.get(parent, 0) + length
    total = max(1, _text_length(root))
    if scores:
        best = max(scores, key=scores.__getitem__)
        if scores[best] >= total / 3:
            return _wrap(best)
    return None


def _wrap(element: etree._Element) -> etree._Element:
    div = lxml.html.Element("div")
    if element.tag in ("body", "html"):
        div.text = element.text
        for child in list(element):
            div.append(child)
    else:
        div.append(element)
        element.tail = None
    return div


_LEAD_EXCLUDED = re.compile(
    r"caption|credit|byline|author|date|time|meta|share|social|related|promo|subscri|"
    r"newsletter|standfirst|dek|subtitle|summary|teaser|excerpt|abstract|description|hero|"
    r"breadcrumb|tag|comment", re.I)
# A <header> holds the headline and a summary of the story; its opening comes after it.
_OUTSIDE_STORY = {"nav", "aside", "header", "footer", "figure", "figcaption", "form", "button",
                  "label"}


def _words(text: str) -> str:
    return " ".join(text.split())


def _recover_lead(tree: etree._Element, body: etree._Element, title: str) -> None:
    """Put back the story's opening paragraphs when readability's container starts after them.

    Sites often set the first paragraph apart (an "intro" block between the headline and
    the body). Paragraphs that stand between the heading that is the title and the first
    paragraph readability kept, and read as prose, are that opening.
    """
    first = next((p for p in body.iter("p") if _text_length_upto(p, 40) >= 40), None)
    if first is None or not title:
        return
    first_text = _words(first.text_content())
    ordered = list(tree.iter("p", "h1", "h2"))
    start = next((i for i, e in enumerate(ordered)
                  if e.tag == "p" and _words(e.text_content()) == first_text), None)
    if start is None:
        return
    body_text = _words(body.text_content())
    leads: list[etree._Element] = []
    for element in reversed(ordered[max(0, start - 8):start]):
        if element.tag in ("h1", "h2"):
            heading = _words(element.text_content())
            if heading and _similarity(title, heading) > 0.75:
                break  # reached the headline: what was collected is the opening
            return
        text = _words(element.text_content())
        if len(text) < 80 or text in body_text or not _is_lead(element, text):
            continue
        leads.insert(0, element)
    else:
        return  # no headline found just above: no evidence of an opening
    for position, lead in enumerate(leads):
        copy = lxml.html.fragment_fromstring(etree.tounicode(lead, method="html"))
        copy.tail = None
        body.insert(position, copy)


def _is_lead(element: etree._Element, text: str) -> bool:
    if text[-1] not in ".!?”\"'»…":
        return False
    links = sum(len(_words(a.text_content())) for a in element.iter("a"))
    if links > len(text) * 0.25:
        return False
    for node in (element, *element.iterancestors()):
        if node.tag in _OUTSIDE_STORY:
            return False
        if node.tag in ("article", "main", "body"):
            break
        if _LEAD_EXCLUDED.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return False
    return True


def _tidy_body(body: etree._Element, meta: Metadata) -> None:
    """Remove from the body what repeats the header or is no part of the story."""
    _drop_title_heading(body, meta.title)
    _drop_byline(body, meta.byline)
    _drop_page_furniture(body)
    _drop_trailing_boilerplate(body)


# Lines a page puts inside a story that are no part of it, when they stand alone.
_FURNITURE_TEXT = re.compile(
    r"^(?:advertisement|advertising|anzeige|publicité|publicidad|pubblicità|sponsored|"
    r"story continues below(?: advertisement)?|continue reading(?: the main story| below)?|"
    r"skip advertisement|scroll to continue(?: with content)?|"
    r"(?:photo|image|picture|illustration|video|foto)(?:graph)?s?(?: credit)?\s*[:：].{0,120}|"
    r"credits?\s*[:：].{0,120})$",
    re.I,
)
_FURNITURE_HINT = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social-(?:links|media|bar|buttons|share)|share-?bar|"
    r"credit|image-credit|photo-credit|copyright|ad|ads|advert|advertisement|ad-container|"
    r"print-only|visually-hidden|sr-only|screen-reader-text)(?:$|[\s_-])",
    re.I,
)
# "RELATED: Another story" and its kin, set between the paragraphs of a story.
_PROMO_LINE = re.compile(
    r"^(?:related(?: stories| articles| coverage)?|read more|read also|also read|see also|"
    r"more on this(?: story)?|recommended|must read|watch|listen|more from [\w .&'-]{1,40})"
    r"\s*[:：|»>-]", re.I)
_SIGNUP_HINT = re.compile(r"newsletter|subscri|sign-?up|signup|inline-cta|cta-", re.I)
_DATE_HINT = re.compile(r"(?:^|[\s_-])(?:date|dateline-date|time|timestamp|published|"
                        r"updated|pubdate|post-date|entry-date)(?:$|[\s_-])", re.I)


def _drop_page_furniture(body: etree._Element) -> None:
    """Advertisement labels, share bars, photo credits and the date line, wherever they are."""
    first_blocks = set(_first_blocks(body, 8))
    for element in list(body.iter("p", "div", "span", "small", "figcaption", "aside", "ul",
                                  "section", "cite", "time")):
        if element.getparent() is None or element is body:
            continue  # already dropped with an ancestor
        if _raw_length_upto(element, 600) >= 600:
            continue
        text = _words(element.text_content())
        hint = f"{element.get('class') or ''} {element.get('id') or ''}"
        labelled = bool(text) and bool(_FURNITURE_TEXT.match(text))
        furniture = bool(_FURNITURE_HINT.search(hint)) and len(text) < 200
        date_line = element in first_blocks and len(text) < 80 and bool(
            _DATE_HINT.search(hint) or (element.tag == "time" and _stands_alone(element))
        )
        promo = bool(_PROMO_LINE.match(text)) and len(text) < 300 and _link_share(element) > 0.4
        signup = bool(_SIGNUP_HINT.search(hint)) and len(text) < 500
        if labelled or date_line or promo or (furniture or signup) and not _is_story_text(
            element
        ):
            _drop(element)


def _link_share(element: etree._Element) -> float:
    """How much of the element's text is the text of its links."""
    total = len(_words(element.text_content()))
    links = sum(len(_words(a.text_content())) for a in element.iter("a"))
    return links / total if total else 0.0


def _first_blocks(body: etree._Element, limit: int = 12) -> Iterator[etree._Element]:
    """The first elements of the body in document order that hold text of their own."""
    count = 0
    for element in body.iter():
        if not isinstance(element.tag, str) or element is body:
            continue
        if (element.text or "").strip() or element.tag in ("h1", "h2", "p"):
            yield element
            count += 1
            if count >= limit:
                return


def _drop_title_heading(body: etree._Element, title: str) -> None:
    if not title:
        return
    for element in _first_blocks(body):
        if element.tag in ("h1", "h2", "h3"):
            text = " ".join(element.text_content().split())
            if text and _similarity(title, text) > 0.75 and _similarity(text, title) > 0.75:
                _drop(element)
            return
        if _text_length_upto(element, 200) > 200:
            return


_BYLINE_TAGS = ("p", "div", "span", "address", "li", "a", "strong", "b", "em", "small",
                "h4", "h5", "h6")
_INLINE_TAGS = {"span", "a", "strong", "b", "em", "small"}


def _drop_byline(body: etree._Element, byline: str | None) -> None:
    """Drop a short line near the top or the end that is the byline."""
    names = _squash(byline or "")
    elements = list(body.iter(*_BYLINE_TAGS))
    head = [e for e in elements[:40] if 0 < _text_length_upto(e, 120) < 120][:6]
    tail = [e for e in elements[-20:] if 0 < _text_length_upto(e, 120) < 120][-3:]
    candidates = head + [e for e in tail if e not in head]
    for element in candidates:
        if element.getparent() is None:
            continue
        text = " ".join(element.text_content().split())
        hint = f"{element.get('class') or ''} {element.get('id') or ''}"
        squashed = _squash(text)
        by_match = _BY_LINE.match(text.split(" / ")[0])
        marked = element.get("rel") == "author" or "author" in (element.get("itemprop") or "")
        is_byline = bool(
            ((marked or _BYLINE_BLOCK_HINT.search(hint)) and len(text) < 100)
            or (names and squashed and (squashed == names or squashed == "by" + names))
            or (by_match and names and _squash(by_match.group(1)).startswith(names[:8]))
            or (by_match and names and names in squashed)
        )
        if not is_byline or element.find(".//p") is not None:
            continue
        if element.tag in _INLINE_TAGS and not _stands_alone(element):
            continue  # a name inside a sentence is part of the sentence
        _drop(element)


def _stands_alone(element: etree._Element) -> bool:
    """No text of the same line before or after it: a line of its own, not in a sentence."""
    previous = element.getprevious()
    before = previous.tail if previous is not None else element.getparent().text
    if (before or "").strip() or (element.tail or "").strip():
        return False
    parent = element.getparent()
    if parent.tag in ("p", "span", "em", "strong", "b", "small", "a"):
        return _squash(parent.text_content()) == _squash(element.text_content())
    return True


_BOILERPLATE_HINT = re.compile(
    r"share|social|related|tags?\b|tag-|taglist|keywords|newsletter|subscri|signup|sign-up|"
    r"promo|comment|recommend|more-stories|read-more|readmore|see-also|outbrain|taboola|"
    r"advert|sponsor|follow|author-bio|breadcrumb|pagination|print|disqus",
    re.I,
)
_BOILERPLATE_TEXT = re.compile(
    r"^\s*(?:read more|related(?: articles| stories| posts| content|:)?|see also|more from|"
    r"more on this|recommended|you (?:may|might) also like|sign up|subscribe|follow us|"
    r"share (?:this|on)|tags?:|topics?:|filed under|advertisement|comments?\b|"
    r"leave a (?:comment|reply)|newsletter|click here|most (?:popular|read))",
    re.I,
)


def _drop_trailing_boilerplate(body: etree._Element) -> None:
    """Peel share bars, tag and related-story lists, newsletter boxes off the body's end."""
    total = _text_length(body)
    for _ in range(30):
        last = _last_block(body)
        if last is None or last is body or not _is_boilerplate(last):
            return
        # Whatever the signs, the end of a story is never most of it.
        if _text_length(last) > total * 0.3:
            return
        _drop(last)


def _last_block(body: etree._Element) -> etree._Element | None:
    """The last element at the end of the body that is a whole block (descending wrappers)."""
    element = body
    while True:
        last = next((c for c in reversed(element) if isinstance(c.tag, str)
                     and _has_content(c)), None)
        if last is None:
            return element if element is not body else None
        if (last.tail or "").strip():
            return element if element is not body else None
        # Descend into a wrapper whose last child is itself a block.
        if last.tag in ("div", "section", "article", "main") and any(
            isinstance(c.tag, str) and c.tag in _BLOCKS for c in last
        ) and not _is_boilerplate(last):
            element = last
            continue
        return last


def _has_content(element: etree._Element) -> bool:
    return _has_text(element) or element.find(".//img") is not None


def _is_boilerplate(element: etree._Element) -> bool:
    hint = f"{element.get('class') or ''} {element.get('id') or ''}"
    if element.tag not in ("ul", "ol") and _text_length_upto(element, 1500) >= 1500:
        return False  # every sign below is of a short block
    text = " ".join(element.text_content().split())
    length = len(text)
    if _BOILERPLATE_HINT.search(hint) and length < 1500 and not _is_story_text(element):
        return True
    if length == 0:
        return element.find(".//img") is None
    links = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    density = links / length
    if element.tag in ("ul", "ol") and density > 0.6:
        return True
    if element.tag in ("h2", "h3", "h4", "h5", "h6", "strong", "b") and length < 80:
        return True  # a heading left with nothing under it
    if length < 200 and _BOILERPLATE_TEXT.match(text):
        return True
    return density > 0.8 and length < 400


def _is_story_text(element: etree._Element) -> bool:
    """Holds real paragraphs of prose (not links): too valuable to drop on a class name."""
    prose = 0
    for paragraph in element.iter("p"):
        text = " ".join(paragraph.text_content().split())
        links = sum(len(a.text_content()) for a in paragraph.iter("a"))
        if len(text) > 150 and links < len(text) / 3:
            prose += len(text)
    return prose > 300


def _drop(element: etree._Element) -> None:
    if element.getparent() is not None:
        element.drop_tree()
