"""Scoring extraction against the readability test pages: shared by the benchmark and the test.

The corpus is ``../shared/fixtures/readability-pages/`` (one folder per page: ``source.html``,
``expected.html``, ``expected-metadata.json``). Three measures:

- *Metadata equality* for title and byline after :func:`normalize_meta`: HTML entities
  unescaped, white space (any Unicode space) folded into single spaces and trimmed; letter
  case, punctuation and quotation marks must match exactly. Firefox keeps a site's name in
  a title when the page declares it so ("How to Build a Terrarium | eHow"); we remove it on
  purpose, so a title also counts as equal when it equals the expected one with the page's
  declared site name (``siteName``) cut off by the same rule (:func:`strip_site_name`).
  ``title_exact`` counts the strict equality as well.
- *Token F1*: words (``\\w+``, case-sensitive) of our body text against the words of the text
  of ``expected.html``, compared as multisets; both texts are made by the same block-aware
  parser so that neither side glues words across paragraphs.
- *Shingle F1*, the Article Extraction Benchmark metric: per page, the multisets of 4-word
  shingles give true/false positives and negatives normalized to sum 1; precision and recall
  are averaged over pages and F1 is taken from those two means.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.document import block_plain_texts, parse_html
from reader.extract import strip_site_name
from reader.fetch import Page

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "readability-pages"

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CorpusPage:
    name: str
    source_html: str
    expected_html: str
    metadata: dict

    @property
    def url(self) -> str:
        # The test pages were saved from http://fakehost/test/ by Readability.js's suite.
        return "http://fakehost/test/page.html"

    def fetched(self) -> Page:
        """The page as the fetch stage would hand it on (already decoded)."""
        return Page(self.url, self.url, self.source_html, "utf-8", "text/html", "file")


def load_corpus(folder: Path = CORPUS) -> list[CorpusPage]:
    pages = []
    for entry in sorted(folder.iterdir()):
        source = entry / "source.html"
        if not source.is_file():
            continue
        pages.append(CorpusPage(
            name=entry.name,
            source_html=source.read_text(encoding="utf-8", errors="replace"),
            expected_html=(entry / "expected.html").read_text(encoding="utf-8", errors="replace"),
            metadata=json.loads((entry / "expected-metadata.json").read_text(encoding="utf-8")),
        ))
    return pages


def normalize_meta(value: str | None) -> str:
    """The form in which two titles or bylines are compared (see the module docstring)."""
    if not value:
        return ""
    return " ".join(html.unescape(value).split())


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block (as the Document sees it)."""
    blocks, _ = parse_html(fragment)
    return "\n\n".join(block_plain_texts(blocks))


def tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def token_f1(predicted: str, expected: str) -> float:
    pred, gold = Counter(tokens(predicted)), Counter(tokens(expected))
    if not pred and not gold:
        return 1.0
    common = sum((pred & gold).values())
    if not common:
        return 0.0
    precision = common / sum(pred.values())
    recall = common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))
                   if words[i:i + n])


def shingle_counts(predicted: str, expected: str) -> tuple[float, float, float]:
    """True positives, false positives, false negatives over 4-word shingles, summing to 1."""
    pred, gold = _shingles(predicted), _shingles(expected)
    tp = sum((pred & gold).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def shingle_f1(counts: Iterable[tuple[float, float, float]]) -> float:
    """The benchmark's F1: from the mean precision and the mean recall over pages."""
    precisions, recalls = [], []
    for tp, fp, fn in counts:
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    if not precisions or not recalls:
        return 0.0
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class PageScore:
    name: str
    title_ok: bool
    title_exact: bool
    byline_ok: bool | None  # None when the page declares no byline
    token_f1: float
    shingles: tuple[float, float, float]
    title: str
    expected_title: str
    byline: str
    expected_byline: str


def score_page(page: CorpusPage, title: str | None, byline: str | None, text: str,
               expected_text: str | None = None) -> PageScore:
    expected_title = normalize_meta(page.metadata.get("title"))
    expected_byline = normalize_meta(page.metadata.get("byline"))
    if expected_text is None:
        expected_text = html_text(page.expected_html)
    got_title, got_byline = normalize_meta(title), normalize_meta(byline)
    site = normalize_meta(page.metadata.get("siteName")) or None
    return PageScore(
        name=page.name,
        title_ok=got_title in (expected_title, strip_site_name(expected_title, site)),
        title_exact=got_title == expected_title,
        byline_ok=(got_byline == expected_byline) if expected_byline else None,
        token_f1=token_f1(text, expected_text),
        shingles=shingle_counts(text, expected_text),
        title=got_title, expected_title=expected_title,
        byline=got_byline, expected_byline=expected_byline,
    )


@dataclass(frozen=True)
class Summary:
    pages: int
    title_rate: float
    title_exact_rate: float
    byline_rate: float
    bylines_declared: int
    mean_token_f1: float
    shingle_f1: float


def summarize(scores: list[PageScore]) -> Summary:
    with_byline = [s for s in scores if s.byline_ok is not None]
    return Summary(
        pages=len(scores),
        title_rate=sum(s.title_ok for s in scores) / len(scores),
        title_exact_rate=sum(s.title_exact for s in scores) / len(scores),
        byline_rate=sum(bool(s.byline_ok) for s in with_byline) / max(1, len(with_byline)),
        bylines_declared=len(with_byline),
        mean_token_f1=sum(s.token_f1 for s in scores) / len(scores),
        shingle_f1=shingle_f1(s.shingles for s in scores),
    )


def failures(scores: list[PageScore], f1_below: float = 0.9) -> Iterator[str]:
    """One line per page that misses the title, the byline or a token F1 of ``f1_below``."""
    for s in scores:
        if not s.title_ok:
            yield f"{s.name}: title {s.title!r} != {s.expected_title!r}"
        if s.byline_ok is False:
            yield f"{s.name}: byline {s.byline!r} != {s.expected_byline!r}"
        if s.token_f1 < f1_below:
            yield f"{s.name}: token F1 {s.token_f1:.3f}"
