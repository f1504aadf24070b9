"""Extraction benchmark: our whole pipeline against bare readability-lxml, side by side.

    python benchmarks/extract.py [--repeat N] [--pages FOLDER]

For every page of Readability.js's test corpus (already read into memory, as a fetched
Page), times ``reader.pipeline.read_page`` (extract → Document → quotations) and bare
readability-lxml (``Document(html).summary()``) in the same run, alternating the two, best
of N; prints the per-page ratio and its median. Then prints the accuracy of both on the same
pages: title and byline equality, mean token F1 and the shingle F1 of the Article
Extraction Benchmark (measures defined in ``benchmarks/corpus.py``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from readability import Document as Readability

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import CORPUS, html_text, load_corpus, score_page, summarize  # noqa: E402

from reader.errors import ReaderError  # noqa: E402
from reader.fetch import Page  # noqa: E402
from reader.pipeline import read_page  # noqa: E402


def best_time(function, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per page (best is kept)")
    parser.add_argument("--pages", type=Path, default=CORPUS, help="the corpus folder")
    args = parser.parse_args()
    pages = load_corpus(args.pages)

    rows = []
    ours_scores, bare_scores = [], []
    for corpus_page in pages:
        page = corpus_page.fetched()
        html = corpus_page.source_html

        def bare(html: str = html) -> str:
            return Readability(html).summary()

        def ours(page: Page = page) -> object:
            return read_page(page)

        # Alternate so that both see the same machine state; keep the best of each.
        bare_time = ours_time = float("inf")
        for _ in range(args.repeat):
            bare_time = min(bare_time, best_time(bare, 1))
            ours_time = min(ours_time, best_time(ours, 1))
        rows.append((corpus_page.name, bare_time, ours_time))

        expected = html_text(corpus_page.expected_html)
        try:
            document = read_page(page)
            ours_scores.append(score_page(corpus_page, document.title,
                                          document.article.byline, document.text(), expected))
        except ReaderError:
            ours_scores.append(score_page(corpus_page, "", "", "", expected))
        try:
            reader = Readability(html)
            title = reader.short_title()
            text = html_text(reader.summary(html_partial=True))
        except Exception:  # readability's Unparseable
            title, text = "", ""
        bare_scores.append(score_page(corpus_page, title, None, text, expected))

    print(f"{'page':<42} {'readability ms':>15} {'pipeline ms':>12} {'ratio':>6}")
    for name, bare_time, ours_time in rows:
        print(f"{name[:42]:<42} {bare_time * 1000:>15.1f} {ours_time * 1000:>12.1f} "
              f"{ours_time / bare_time:>6.2f}")
    ratios = [o / b for _, b, o in rows]
    total_bare = sum(b for _, b, _ in rows)
    total_ours = sum(o for _, _, o in rows)
    print()
    print(f"pages: {len(rows)}   median ratio: {statistics.median(ratios):.2f}   "
          f"p90 ratio: {statistics.quantiles(ratios, n=10)[-1]:.2f}   "
          f"total: readability {total_bare:.2f} s, pipeline {total_ours:.2f} s "
          f"({total_ours / total_bare:.2f}x)")
    print()
    ours_summary, bare_summary = summarize(ours_scores), summarize(bare_scores)
    print(f"{'accuracy on ' + str(len(pages)) + ' pages':<34} {'readability-lxml':>17} "
          f"{'pipeline':>9}")
    for label, attribute, scale in (
        ("title equal (up to site name) %", "title_rate", 100),
        ("title exactly equal %", "title_exact_rate", 100),
        (f"byline equal % (of {ours_summary.bylines_declared})", "byline_rate", 100),
        ("mean token F1", "mean_token_f1", 1),
        ("shingle F1 (AEB metric)", "shingle_f1", 1),
    ):
        bare_value = getattr(bare_summary, attribute) * scale
        ours_value = getattr(ours_summary, attribute) * scale
        digits = 1 if scale == 100 else 4
        print(f"{label:<34} {bare_value:>17.{digits}f} {ours_value:>9.{digits}f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
