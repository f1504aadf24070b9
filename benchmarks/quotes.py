"""Quotation detection: accuracy on the annotated set and time on long generated articles.

    python benchmarks/quotes.py            # accuracy and time
    python benchmarks/quotes.py --accuracy # only the annotated set
    python benchmarks/quotes.py --against OLD.py  # time another version side by side
                                                  # (generated articles and real pages)
    python benchmarks/quotes.py --annotated DIR    # accuracy on other annotated articles

Accuracy: every file of ``tests/data/quotes/`` (the markup is described in its README) is
turned into a Document, and ``find_quotes`` is scored against the annotations. A quotation
counts as found only with an exact span match (start and end, marks included); precision and
recall are over all quotations; kind accuracy and speaker accuracy are over the matched ones
(speaker: over matched ``speech`` and ``block`` quotations, where "no speaker" must also be
matched; any of the annotated alternatives counts).

Time: generated news articles of 1,000, 10,000 and 100,000 words (about one quotation per 55
words, in the mix of forms the annotated set has), timed for ``find_quotes`` and for
``with_quotes``; the best of several runs, in CPU time of the process. The per-word cost
shows whether growth is linear. Then the same two functions on real news text: all 130
pages of ``../shared/fixtures/readability-pages/`` as the pipeline reads them (about one
quotation per 100 words), with the cost given per 100,000 words.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reader.document import (  # noqa: E402
    BlockQuote,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Span,
)
from reader.extract import Article  # noqa: E402
from reader.quotes import find_quotes, with_quotes  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/corpus.py

ANNOTATED = ROOT / "tests" / "data" / "quotes"


# ---------------------------------------------------------------------------------------
# The annotated set


@dataclass(frozen=True)
class Expected:
    start: tuple[int, int]
    end: tuple[int, int]
    kind: str
    speakers: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Annotated:
    name: str
    document: Document
    expected: tuple[Expected, ...]
    paragraphs: int


_ANNOTATION = re.compile(r"⟧\{(speech|term|block)(?:\|([^}]*))?\}")
_BLOCK_TAG = re.compile(r"^\{(block)(?:\|([^}]*))?\}\s*")


def _article(name: str) -> Article:
    return Article(title=name, byline=None, site_name=None, published=None, lang=None,
                   excerpt=None, lead_image=None, url="", content_html="", word_count=0,
                   reading_minutes=0)


def _speakers(field: str | None) -> tuple[str, ...]:
    if not field:
        return ()
    return tuple(s.strip() for s in field.split(" / ") if s.strip())


def _spans(line: str) -> tuple[list[Span], list[tuple[str, int, str, str | None]]]:
    """Spans of one paragraph's markup, and its annotation events: ("open", offset) and
    ("close", offset, kind, speakers)."""
    spans: list[Span] = []
    events: list[tuple[str, int, str, str | None]] = []
    text: list[str] = []
    styles: set[str] = set()
    link = False
    offset = 0
    k = 0

    def flush() -> None:
        if text:
            spans.append(Span("".join(text), frozenset(styles), 1 if link else None))
            text.clear()

    while k < len(line):
        c = line[k]
        if c == "⟦":
            events.append(("open", offset, "", None))
            k += 1
        elif c == "⟧":
            match = _ANNOTATION.match(line, k)
            if not match:
                raise ValueError(f"bad annotation near {line[k:k + 30]!r}")
            events.append(("close", offset, match.group(1), match.group(2)))
            k = match.end()
        elif c == "*":
            flush()
            styles ^= {"em"}
            k += 1
        elif c == "~":
            flush()
            link = not link
            k += 1
        else:
            # The pipeline folds no-break spaces into spaces (reader.text.clean_inline).
            text.append(" " if c in "\u00a0\u202f" else c)
            offset += 1
            k += 1
    flush()
    return spans, events


def load_annotated(path: Path) -> Annotated:
    """One annotated file as a Document and the quotations it should hold."""
    chunks: list[str] = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("#") and not raw.startswith("## "):
            continue
        chunks.append(raw)
    paragraphs: list[tuple[str, str]] = []  # (kind, markup)
    blank = True
    for line in chunks:
        if not line.strip():
            blank = True
            continue
        if line.startswith("## "):
            paragraphs.append(("h", line[3:]))
        elif line.startswith("> "):
            # A blank line between two "> " lines starts a new block quotation.
            paragraphs.append(("q" if not blank or not paragraphs or paragraphs[-1][0] != "q"
                               else "q+", line[2:]))
        elif line.startswith("- "):
            paragraphs.append(("li", line[2:]))
        else:
            paragraphs.append(("p", line))
        blank = False

    blocks: list = []
    expected: list[Expected] = []
    texts: list[str] = []
    open_at: tuple[int, int] | None = None
    block_open: tuple[int, str, str | None] | None = None
    quote_group: list[Paragraph] = []
    list_group: list[tuple[Paragraph, ...]] = []

    def end_groups(kind: str) -> None:
        nonlocal block_open
        if kind != "q" and quote_group:
            blocks.append(BlockQuote(tuple(quote_group)))
            quote_group.clear()
            assert block_open is not None
            first, kind_, speakers = block_open
            last = len(texts) - 1
            expected.append(Expected((first, 0), (last, len(texts[last])), kind_,
                                     _speakers(speakers), ""))
            block_open = None
        if kind != "li" and list_group:
            blocks.append(ListBlock(False, tuple(list_group)))
            list_group.clear()

    for kind, markup in paragraphs:
        if kind == "q+":
            end_groups("")
            kind = "q"
        end_groups(kind)
        if kind == "q" and not quote_group:
            tag = _BLOCK_TAG.match(markup)
            if not tag:
                raise ValueError(f"{path.name}: a block quotation needs {{block|…}}: {markup}")
            block_open = (len(texts), tag.group(1), tag.group(2))
            markup = markup[tag.end():]
        spans, events = _spans(markup)
        index = len(texts)
        texts.append("".join(s.text for s in spans))
        for event, offset, ekind, speakers in events:
            if event == "open":
                open_at = (index, offset)
            else:
                if open_at is None:
                    raise ValueError(f"{path.name}: ⟧ without ⟦ in {markup[:40]}")
                expected.append(Expected(open_at, (index, offset), ekind, _speakers(speakers),
                                         ""))
                open_at = None
        paragraph = Paragraph(tuple(spans))
        if kind == "h":
            blocks.append(Heading(2, tuple(spans)))
        elif kind == "q":
            quote_group.append(paragraph)
        elif kind == "li":
            list_group.append((paragraph,))
        else:
            blocks.append(paragraph)
    end_groups("")
    if open_at is not None:
        raise ValueError(f"{path.name}: ⟦ never closed")
    document = Document(article=_article(path.stem), blocks=tuple(blocks))
    expected.sort(key=lambda e: (e.start, (-e.end[0], -e.end[1])))
    return Annotated(path.stem, document, tuple(expected), len(texts))


def load_all(folder: Path = ANNOTATED) -> list[Annotated]:
    return [load_annotated(path) for path in sorted(folder.glob("*.txt"))]


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    kind_right: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    paragraphs: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.matched if self.matched else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 1.0


def _norm(speaker: str | None) -> str:
    return " ".join((speaker or "").replace("'", "’").casefold().split())


def score(items: list[Annotated], mistakes: list[str] | None = None) -> Score:
    total = Score()
    for item in items:
        quotes = find_quotes(item.document)
        texts = item.document.block_texts()
        total.expected += len(item.expected)
        total.found += len(quotes)
        total.paragraphs += item.paragraphs
        by_span = {(q.start, q.end): q for q in quotes}
        wanted = {(e.start, e.end) for e in item.expected}
        for e in item.expected:
            q = by_span.get((e.start, e.end))
            if q is None:
                if mistakes is not None:
                    mistakes.append(f"{item.name}: missed {_show(texts, e.start, e.end)}")
                continue
            total.matched += 1
            if q.kind == e.kind:
                total.kind_right += 1
            elif mistakes is not None:
                mistakes.append(f"{item.name}: kind {q.kind} ≠ {e.kind}: {q.text[:60]}")
            if e.kind in ("speech", "block"):
                total.speaker_total += 1
                right = _norm(q.speaker) in {_norm(s) for s in e.speakers} if e.speakers \
                    else q.speaker is None
                total.speaker_right += right
                if not right and mistakes is not None:
                    mistakes.append(f"{item.name}: speaker {q.speaker!r} ≠ {e.speakers}: "
                                    f"{q.text[:50]}")
        for q in quotes:
            if (q.start, q.end) not in wanted and mistakes is not None:
                mistakes.append(f"{item.name}: extra {_show(texts, q.start, q.end)}")
    return total


def _show(texts: list[str], start: tuple[int, int], end: tuple[int, int]) -> str:
    if start[0] == end[0]:
        return repr(texts[start[0]][start[1]:end[1]][:80])
    return repr(texts[start[0]][start[1]:][:40] + " … " + texts[end[0]][:end[1]][-40:])


# ---------------------------------------------------------------------------------------
# Generated articles for timing

_NAMES = ["Helen Marsh", "Tom Caldwell", "Rachel Dunmore", "Daniel Okafor", "Joan Whitaker",
          "Mark Ellison", "Lena Moss", "Carlos Ibarra", "Nora Blake", "Priya Nair"]
_WORDS = str.split("the government said on Monday that its plan for the region would go ahead "
                   "despite "
          "strong opposition from local groups who fear for their jobs and homes while "
          "officials insist the project is safe and will bring investment to towns that have "
          "waited years for new roads schools and hospitals")


def _sentence(rng: random.Random, words: int) -> str:
    start = rng.randrange(len(_WORDS))
    out = [_WORDS[(start + k) % len(_WORDS)] for k in range(words)]
    out[0] = out[0].capitalize()
    return " ".join(out) + "."


def generate_paragraphs(words: int, seed: int = 1) -> list[str]:
    """News-like paragraphs of about ``words`` words with about one quotation per 55 words
    (the seed page has one per 78, quote-heavy wire stories one per 40): quotations after and
    before attributions, pronouns, terms, apostrophes, and paragraphs of reporting with none.
    """
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        name = rng.choice(_NAMES)
        form = rng.randrange(9)
        if form == 0:
            text = (f"“{_sentence(rng, 12)[:-1]},” {name} said. “{_sentence(rng, 9)}” "
                    f"{_sentence(rng, 14)}")
        elif form == 1:
            text = (f"{_sentence(rng, 10)[:-1]}, {name} said that “{_sentence(rng, 8)[:-1]}.” "
                    f"{_sentence(rng, 12)} The mayor’s office didn’t comment.")
        elif form == 2:
            text = (f"{_sentence(rng, 16)} “{_sentence(rng, 11)[:-1]},” he told reporters, "
                    f"adding that the “so-called reform” was {_sentence(rng, 6)}")
        elif form == 3:
            text = (f"{_sentence(rng, 20)} Critics called it a “strategic partnership,” "
                    f"but {_sentence(rng, 10)}")
        elif form == 4:
            text = (f"According to {name}, “{_sentence(rng, 10)[:-1]}.” It’s the third time "
                    f"since ’09. {_sentence(rng, 10)}")
        else:
            text = f"{_sentence(rng, 18)} {name}’s office {_sentence(rng, 22)[0].lower()}" \
                   f"{_sentence(rng, 22)[1:]}"
        paragraphs.append(text)
        count += len(text.split())
    return paragraphs


def generated_document(words: int) -> Document:
    blocks = tuple(Paragraph((Span(p),)) for p in generate_paragraphs(words))
    return Document(article=_article(f"{words} words"), blocks=blocks)


def _best(function, document: Document, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        document._text_cache.clear()  # each run pays for the block texts as the app does
        # CPU time of this process: the machines are shared, and waiting for a core is
        # not the code's cost.
        t0 = time.process_time()
        function(document)
        best = min(best, time.process_time() - t0)
    return best


def timing_table() -> list[str]:
    rows = ["| words | quotations | find_quotes (ms) | with_quotes (ms) | µs per word "
            "(with_quotes) | ratio to 1,000 words | µs per quotation (with_quotes) |",
            "|---:|---:|---:|---:|---:|---:|---:|"]
    base = None
    for words in (1_000, 10_000, 100_000):
        document = generated_document(words)
        actual = sum(len(t.split()) for t in document.block_texts())
        repeat = 20 if words <= 10_000 else 7
        quotes = len(find_quotes(document))
        find = _best(find_quotes, document, repeat)
        full = _best(with_quotes, document, repeat)
        per_word = full / actual * 1e6
        base = base or per_word
        rows.append(f"| {actual:,} | {quotes:,} | {find * 1e3:.2f} | {full * 1e3:.2f} | "
                    f"{per_word:.3f} | {per_word / base:.2f} | {full / quotes * 1e6:.1f} |")
    return rows


def _corpus_documents() -> list[Document] | None:
    """The Documents of the real pages of ``../shared/fixtures/readability-pages/`` (read
    by the whole pipeline, without quotations yet), or None when that folder is absent."""
    from corpus import CORPUS, load_corpus

    from reader.document import build_document
    from reader.errors import ReaderError
    from reader.extract import extract_article

    if not CORPUS.is_dir():
        return None
    documents = []
    for page in load_corpus():
        try:
            documents.append(build_document(extract_article(page.fetched())))
        except ReaderError:
            continue
    return documents


def real_text_table() -> list[str]:
    """Time on real news text: every page of the Readability.js test corpus, in turn, its
    cost given per 100,000 words (the pages hold about one quotation per 100 words; the
    generated articles above, one per 50)."""
    documents = _corpus_documents()
    if documents is None:
        return ["(real pages: ../shared/fixtures/readability-pages/ is absent; not timed)"]
    words = sum(d.article.word_count for d in documents)
    quotes = sum(len(find_quotes(d)) for d in documents)
    timed = {}
    for function in (find_quotes, with_quotes):
        best = float("inf")
        for _ in range(5):
            for document in documents:
                document._text_cache.clear()
            t0 = time.process_time()
            for document in documents:
                function(document)
            best = min(best, time.process_time() - t0)
        timed[function.__name__] = best
    per = 100_000 / words * 1e3
    return [
        "| real pages | words | quotations | words per quotation | find_quotes (ms) | "
        "with_quotes (ms) | find_quotes per 100,000 words (ms) | with_quotes per 100,000 "
        "words (ms) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {len(documents)} | {words:,} | {quotes:,} | {words / quotes:.0f} | "
        f"{timed['find_quotes'] * 1e3:.1f} | {timed['with_quotes'] * 1e3:.1f} | "
        f"{timed['find_quotes'] * per:.1f} | {timed['with_quotes'] * per:.1f} |",
    ]


def _load_other(path: Path):
    """Another version of ``reader/quotes.py`` (``git show REV:reader/quotes.py > OLD.py``),
    loaded as its own module so that both can be timed in one process."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("quotes_other", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["quotes_other"] = module  # dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


def comparison_table(other_path: Path) -> list[str]:
    """The two versions timed in turns on the same documents (best of several rounds), so
    that a shared machine's load falls on both alike."""
    other = _load_other(other_path)
    rows = ["| words | find_quotes before (ms) | find_quotes now (ms) | ratio | "
            "with_quotes before (ms) | with_quotes now (ms) | ratio |",
            "|---:|---:|---:|---:|---:|---:|---:|"]
    mine = {"find_quotes": find_quotes, "with_quotes": with_quotes}
    for words in (1_000, 10_000, 100_000):
        document = generated_document(words)
        best: dict[tuple[str, str], float] = {}
        for _ in range(20 if words <= 10_000 else 9):
            for version, functions in (("before", other.__dict__), ("now", mine)):
                for name in ("find_quotes", "with_quotes"):
                    took = _best(functions[name], document, 1)
                    key = (version, name)
                    best[key] = min(best.get(key, took), took)
        cells = []
        for name in ("find_quotes", "with_quotes"):
            a, b = best[("before", name)], best[("now", name)]
            cells += [f"{a * 1e3:.2f}", f"{b * 1e3:.2f}", f"{a / b:.2f}×"]
        actual = sum(len(t.split()) for t in document.block_texts())
        rows.append(f"| {actual:,} | " + " | ".join(cells) + " |")
    documents = _corpus_documents()
    if documents is not None:
        # The real pages, each version reading all of them in turn; the cost per 100,000
        # words (the words the pipeline counts).
        per = 100_000 / sum(d.article.word_count for d in documents)
        best = {}
        for _ in range(7):
            for version, functions in (("before", other.__dict__), ("now", mine)):
                for name in ("find_quotes", "with_quotes"):
                    for document in documents:
                        document._text_cache.clear()
                    t0 = time.process_time()
                    for document in documents:
                        functions[name](document)
                    took = time.process_time() - t0
                    best[(version, name)] = min(best.get((version, name), took), took)
        cells = []
        for name in ("find_quotes", "with_quotes"):
            a, b = best[("before", name)], best[("now", name)]
            cells += [f"{a * per * 1e3:.2f}", f"{b * per * 1e3:.2f}", f"{a / b:.2f}×"]
        rows.append(f"| real pages, per 100,000 words ({len(documents)} pages) | "
                    + " | ".join(cells) + " |")
    return rows


def _hostile_documents(scale: int) -> dict[str, Document]:
    def doc(blocks: list) -> Document:
        return Document(article=_article("hostile"), blocks=tuple(blocks))

    def para(text: str) -> Paragraph:
        return Paragraph((Span(text),))

    return {
        "opening marks, then closing marks, in one paragraph": doc(
            [para("«" * 20_000 * scale + "”" * 20_000 * scale)]),
        "quotations in one long paragraph": doc(
            [para("“We will see,” he said. Smith’s office said the “plan” is fine. "
                  * 500 * scale)]),
        "paragraphs that all continue one quotation": doc(
            [para("“Unclosed and on " * 20) for _ in range(1_000 * scale)]),
        "block quotations": doc(
            [BlockQuote((para("“Yes,” he said."),)) for _ in range(1_000 * scale)]),
        "apostrophes, primes and inch marks": doc(
            [para("it’s 6'2\" and ’90s rock ’n’ roll " * 5_000 * scale)]),
    }


def hostile_table() -> list[str]:
    """Pathological inputs at two sizes: ten times the input must cost about ten times."""
    rows = ["| hostile input | with_quotes, 1× (ms) | with_quotes, 10× (ms) | ratio |",
            "|---|---:|---:|---:|"]
    small, large = _hostile_documents(1), _hostile_documents(10)
    for name in small:
        a = _best(with_quotes, small[name], 3)
        b = _best(with_quotes, large[name], 1)
        rows.append(f"| {name} | {a * 1e3:.1f} | {b * 1e3:.1f} | {b / a:.1f} |")
    return rows


def accuracy_table(show_mistakes: bool = False, folder: Path = ANNOTATED) -> list[str]:
    items = load_all(folder)
    mistakes: list[str] = []
    result = score(items, mistakes)
    rows = [
        f"Annotated articles in {folder.name}/: {len(items)} articles, "
        f"{result.paragraphs} paragraphs, "
        f"{result.expected} quotations.",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| span precision (exact match) | {result.precision:.3f} |",
        f"| span recall (exact match) | {result.recall:.3f} |",
        f"| kind accuracy (matched) | {result.kind_accuracy:.3f} |",
        f"| speaker accuracy (matched speech and block) | {result.speaker_accuracy:.3f} |",
    ]
    if show_mistakes:
        rows += ["", *mistakes]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accuracy", action="store_true", help="only the annotated set")
    parser.add_argument("--mistakes", action="store_true", help="list every mistake")
    parser.add_argument("--annotated", type=Path, metavar="DIR", default=ANNOTATED,
                        help="score the annotated articles of another folder (accuracy only)")
    parser.add_argument("--against", type=Path, metavar="OLD.py",
                        help="time another version of reader/quotes.py side by side")
    args = parser.parse_args(argv)
    if args.against:
        print("\n".join(comparison_table(args.against)))
        return 0
    print("\n".join(accuracy_table(args.mistakes, args.annotated)))
    if not args.accuracy and args.annotated == ANNOTATED:
        print()
        print("\n".join(timing_table()))
        print()
        print("\n".join(real_text_table()))
        print()
        print("\n".join(hostile_table()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
