"""Benchmark of the bookmark store on synthetic libraries: ``python benchmarks/store.py``.

Builds libraries of 1,000, 10,000 and 100,000 articles of about 800 words (text drawn from a
Zipf-distributed vocabulary, so common and rare words occur as in prose) through the store's
own bulk API, then measures, for each size side by side:

- add throughput (articles per second, batches of 1,000 in one transaction each) and the
  file size per article;
- opening the library (with its ``PRAGMA quick_check``);
- the load average while measuring (the machine is shared: read ratios, not absolutes);
- the data part of the library's first paint: ``count`` plus the first page of ``list``
  (50 rows), for the default view and a few filtered and sorted ones;
- search latency (median and p95) for single words, prefixes and phrases, 20 hits with
  snippets.

``--sizes 1000,10000`` picks the sizes; ``--keep DIR`` keeps the files in DIR.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.store import Filter, NewEntry, Store

SEED = 20261128
WORDS_PER_ARTICLE = 800
PAGE_SIZE = 50
SEARCH_LIMIT = 20
SYLLABLES = [
    c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "ei")
]


def make_vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words, key=lambda w: (len(w), w))  # short words are the common ones


class Corpus:
    """Paragraphs drawn once from a Zipf vocabulary; articles are random runs of them with
    their own title words, so every article's text differs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocabulary = make_vocabulary(rng)
        weights = [1 / (rank + 1) for rank in range(len(self.vocabulary))]
        cumulative = []
        total = 0.0
        for w in weights:
            total += w
            cumulative.append(total)
        self.paragraphs = [
            " ".join(rng.choices(self.vocabulary, cum_weights=cumulative, k=80))
            for _ in range(4000)
        ]
        self.cumulative = cumulative

    def article(self, n: int) -> NewEntry:
        rng = self.rng
        paragraphs = rng.sample(self.paragraphs, WORDS_PER_ARTICLE // 80)
        # A few rare words per article make each text unique (and searchable by them).
        paragraphs[0] += " " + " ".join(rng.choices(self.vocabulary[10_000:], k=8))
        title_words = rng.choices(self.vocabulary[200:], k=rng.randint(4, 9))
        title = " ".join(title_words).capitalize()
        site = f"site{rng.randint(1, 500)}.example"
        body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
        raw = (
            f"<!doctype html><html><head><meta charset=utf-8><title>{title}</title></head>"
            f"<body><nav>home · news · about</nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>© {site}</footer></body></html>"
        ).encode()
        added = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(minutes=n * 7)
        return NewEntry(
            url=f"https://{site}/articles/{n}",
            final_url=f"https://{site}/articles/{n}",
            title=title,
            byline=f"Author {rng.randint(1, 2000)}",
            site=site,
            published=added - timedelta(days=1),
            added_at=added,
            tags=tuple(rng.sample(["news", "science", "long", "later", "tech", "culture"], 1)),
            starred=rng.random() < 0.05,
            archived=rng.random() < 0.3,
            progress=rng.choice((0.0, 0.0, 0.0, 0.4, 1.0)),
            word_count=WORDS_PER_ARTICLE,
            reading_minutes=4,
            raw=raw,
            text="\n\n".join(paragraphs),
        )


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def build(path: Path, size: int, corpus: Corpus) -> dict[str, float]:
    """Add ``size`` articles in batches of 1,000 (one transaction each)."""
    store = Store.open(path)
    start = time.perf_counter()
    for first in range(0, size, 1000):
        batch = [corpus.article(n) for n in range(first, min(size, first + 1000))]
        store.put_many(batch)
    elapsed = time.perf_counter() - start
    store.close()
    # Fold the WAL into the file so its size is the library's.
    checkpoint = Store.open(path)
    checkpoint._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    return {"add_per_s": size / elapsed, "build_s": elapsed,
            "bytes_per_article": path.stat().st_size / size}


def queries(corpus: Corpus, rng: random.Random) -> dict[str, list[str]]:
    vocab = corpus.vocabulary
    # Words of every frequency: a fifth among the 200 most common (found in most articles).
    singles = [vocab[rng.randrange(0, 200)] for _ in range(8)] + [
        vocab[rng.randrange(200, 20_000)] for _ in range(32)
    ]
    prefixes = [w[:3] + "*" for w in (vocab[rng.randrange(500, 20_000)] for _ in range(40))]
    phrases = []
    for _ in range(40):
        words = rng.choice(corpus.paragraphs).split()
        i = rng.randrange(0, len(words) - 2)
        phrases.append('"' + " ".join(words[i : i + 2]) + '"')
    return {"word": singles, "prefix": prefixes, "phrase": phrases}


def measure(paths: dict[int, Path], qs: dict[str, list[str]]) -> dict[int, dict[str, float]]:
    """Every measure on every size in turn (round robin), so that a busy machine slows all
    sizes alike and the ratios stay fair; each figure is the median of its repeats."""
    sizes = sorted(paths)
    out: dict[int, dict[str, float]] = {size: {} for size in sizes}

    def each(name: str, action: Callable[[int], object], repeat: int) -> None:
        samples: dict[int, list[float]] = {size: [] for size in sizes}
        for _ in range(repeat):
            for size in sizes:
                samples[size].extend(timed(lambda size=size: action(size), 1))
        for size in sizes:
            out[size][name] = statistics.median(samples[size]) * 1000

    each("open_ms", lambda size: Store.open(paths[size]).close(), 5)
    stores = {size: Store.open(paths[size]) for size in sizes}
    views = {
        "default": (Filter(), "added"),
        "unread": (Filter(unread=True), "added"),
        "starred": (Filter(starred=True), "added"),
        "tag": (Filter(tag="science"), "added"),
        "title": (Filter(), "title"),
        "all": (Filter(archived=None), "added"),
    }
    for name, (flt, sort) in views.items():
        def paint(size: int, flt: Filter = flt, sort: str = sort) -> None:
            stores[size].count(flt)
            stores[size].list(flt, sort=sort, limit=PAGE_SIZE)  # type: ignore[arg-type]

        each(f"paint_{name}_ms", paint, 15)
    each("page_middle_ms", lambda size: stores[size].list(
        Filter(), limit=PAGE_SIZE, offset=stores[size].count() // 2), 5)
    for kind, items in qs.items():
        per_query: dict[int, list[float]] = {size: [] for size in sizes}
        cpu_per_query: dict[int, list[float]] = {size: [] for size in sizes}
        for q in items:
            for size in sizes:
                stores[size].search(q, SEARCH_LIMIT)  # warm
            runs: dict[int, list[float]] = {size: [] for size in sizes}
            cpu_runs: dict[int, list[float]] = {size: [] for size in sizes}
            for _ in range(3):
                for size in sizes:
                    cpu = time.process_time()
                    runs[size].extend(
                        timed(lambda size=size, q=q: stores[size].search(q, SEARCH_LIMIT), 1))
                    cpu_runs[size].append(time.process_time() - cpu)
            for size in sizes:
                per_query[size].append(statistics.median(runs[size]))
                cpu_per_query[size].append(statistics.median(cpu_runs[size]))
        for size in sizes:
            out[size][f"search_{kind}_median_ms"] = statistics.median(per_query[size]) * 1000
            out[size][f"search_{kind}_p95_ms"] = p95(per_query[size]) * 1000
            # CPU time of this process alone: what the search costs when the machine is
            # not shared with other work.
            out[size][f"search_{kind}_p95_cpu_ms"] = p95(cpu_per_query[size]) * 1000
    for store in stores.values():
        store.close()
    return out


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    python = f"{platform.python_implementation()} {sys.version.split()[0]}"
    return f"{os.cpu_count()} CPUs ({cpu}), {python}"


def rows(results: dict[int, dict[str, float]]) -> Iterator[str]:
    sizes = sorted(results)
    keys = list(results[sizes[0]])
    head = "| measure | " + " | ".join(f"{s:,}" for s in sizes) + " | ratio last/first |"
    yield head
    yield "|" + " --- |" * (len(sizes) + 2)
    for key in keys:
        values = [results[s][key] for s in sizes]
        ratio = values[-1] / values[0] if values[0] else float("nan")
        cells = " | ".join(f"{v:,.2f}" if v < 100 else f"{v:,.0f}" for v in values)
        yield f"| {key} | {cells} | {ratio:.2f} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--keep", type=Path, help="keep the library files in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="store-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, float]] = {}
    paths: dict[int, Path] = {}
    try:
        for size in sizes:
            corpus = Corpus(random.Random(SEED))
            path = folder / f"library-{size}.sqlite3"
            if path.exists() and args.keep:
                built = {"add_per_s": float("nan"), "build_s": float("nan"),
                         "bytes_per_article": path.stat().st_size / size}
            else:
                for stale in folder.glob(f"library-{size}.sqlite3*"):
                    stale.unlink()
                built = build(path, size, corpus)
            print(f"built {size:,} articles in {built['build_s']:.1f} s", file=sys.stderr)
            results[size] = built
            paths[size] = path
        # The same queries for every size: the corpus is the same, only its length differs.
        load_before = os.getloadavg()[0]
        measured = measure(paths, queries(Corpus(random.Random(SEED)), random.Random(SEED + 1)))
        load_after = os.getloadavg()[0]
        for size in sizes:
            results[size].update(measured[size])
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    sqlite = subprocess.run(
        [sys.executable, "-c", "import sqlite3; print(sqlite3.sqlite_version)"],
        capture_output=True, text=True,
    ).stdout.strip()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {machine()} · SQLite {sqlite}")
    print(f"articles of {WORDS_PER_ARTICLE} words; first page {PAGE_SIZE} rows; "
          f"{SEARCH_LIMIT} search hits with snippets; "
          f"load average {load_before:.1f} → {load_after:.1f} while measuring")
    for line in rows(results):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
