"""Benchmark of the library screen: ``python benchmarks/library_paint.py``.

Builds synthetic libraries of 1,000 and 100,000 articles with the store benchmark's own
generator (``benchmarks/store.py``: about 800 words each, through ``Store.put_many``), then
drives the real app headless (``App.run_test``) on each, side by side in one run:

- **first paint**: from creating ``ReaderApp`` (no argument: it opens the library) until the
  list shows its first rows, every visible line drawn; the median of several starts in this
  process, and of starts in a new interpreter each (imports included);
- **page-down**: the cost of one page-down in the list (moving the cursor a screen and
  drawing every visible line), near the top, in the middle, and at the end (``G``);
- **search keystroke**: from a key typed in the search field until the list shows the
  matching rows with their snippets, for words typed a letter at a time.

The table gives the median (and p95 where it matters) per size and the 100,000/1,000 ratio.
``--keep DIR`` keeps (and reuses) the library files; ``--sizes`` picks other sizes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store import SEED, Corpus, build, machine  # noqa: E402 — the store benchmark's generator

from reader.store import FILE_NAME, Store  # noqa: E402

SIZE = (120, 40)
STARTS = 5
COLD_STARTS = 3
PAGE_DOWNS = 40
SEARCH_WORDS = 6

COLD_START = """
import asyncio, sys, time
started = time.perf_counter()
sys.path.insert(0, {bench!r})
from library_paint import first_paint
asyncio.run(first_paint({folder!r}))
print(time.perf_counter() - started)
"""


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def draw(widget: object) -> None:
    """Draw every visible line of the list, as a paint of the screen does."""
    for y in range(widget.size.height):  # type: ignore[attr-defined]
        widget.render_line(y)  # type: ignore[attr-defined]


async def _until(pilot: object, ready: object, limit: float = 60.0) -> None:
    deadline = time.perf_counter() + limit
    while not ready():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise TimeoutError("the library did not show its rows")
        await pilot.pause()  # type: ignore[attr-defined]


async def first_paint(folder: str) -> tuple[float, float]:
    """Seconds from creating the app until the library's first rows are drawn, in wall time
    and in CPU time of the process (all its threads).

    The moment is taken where the list receives its rows (and they are drawn right there),
    not after the test harness's next pause, whose own cost would be counted otherwise.
    """
    from reader.ui.app import ReaderApp
    from reader.ui.screens.library import LibraryScreen
    from reader.ui.widgets.library_list import LibraryList

    painted: list[float] = []
    original = LibraryList.set_source

    def set_source(self: LibraryList, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        if self.total and not painted:
            draw(self)
            painted.extend((time.perf_counter(), time.process_time()))

    LibraryList.set_source = set_source  # type: ignore[method-assign]
    try:
        started, cpu = time.perf_counter(), time.process_time()
        app = ReaderApp(data_dir=Path(folder))
        async with app.run_test(size=SIZE) as pilot:
            await _until(pilot, lambda: painted and isinstance(app.screen, LibraryScreen))
            return painted[0] - started, painted[1] - cpu
    finally:
        LibraryList.set_source = original  # type: ignore[method-assign]


async def interactions(folder: Path, words: list[str]) -> dict[str, list[float]]:
    """Page-downs (top, middle, end) and search keystrokes, each timed."""
    from reader.ui.app import ReaderApp
    from reader.ui.screens.library import LibraryScreen

    out: dict[str, list[float]] = {"page_top": [], "page_middle": [], "page_end": [],
                                   "keystroke": []}
    app = ReaderApp(data_dir=folder)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, LibraryScreen)
                     and app.screen.library_list.total > 0)
        screen: LibraryScreen = app.screen  # type: ignore[assignment]
        widget = screen.library_list
        draw(widget)

        def page_downs(name: str) -> None:
            for _ in range(PAGE_DOWNS):
                start = time.perf_counter()
                widget.action_page_down()
                draw(widget)
                out[name].append(time.perf_counter() - start)

        page_downs("page_top")
        widget.move_cursor(widget.total // 2)
        draw(widget)
        page_downs("page_middle")
        for _ in range(5):
            widget.move_cursor(0)
            draw(widget)
            start = time.perf_counter()
            widget.action_last()
            draw(widget)
            out["page_end"].append(time.perf_counter() - start)
        await pilot.pause()

        # A keystroke's cost: from the key until its hits are in the list and drawn, taken
        # where the screen puts the hits in the list.
        shown: list[float] = []
        show_hits = screen._show_hits

        def timed_show_hits(*args: object) -> None:
            show_hits(*args)  # type: ignore[arg-type]
            draw(widget)
            shown.append(time.perf_counter())

        screen._show_hits = timed_show_hits  # type: ignore[method-assign]
        await pilot.press("slash")
        for word in words:
            for n in range(1, len(word) + 1):
                shown.clear()
                start = time.perf_counter()
                await pilot.press(word[n - 1])
                await _until(pilot, lambda: bool(shown), limit=10)
                if n >= 2:  # one letter is searched as itself, not as a prefix
                    out["keystroke"].append(shown[0] - start)
            for _ in word:
                await pilot.press("backspace")
            await app.workers.wait_for_complete()
            await pilot.pause()
    return out


def cold_start(folder: Path) -> float:
    """First paint in a new interpreter, from before ``import reader.ui.app``."""
    script = COLD_START.format(bench=str(Path(__file__).parent), folder=str(folder))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    return float(done.stdout.split()[-1])


def measure(folders: dict[int, Path], words: list[str]) -> dict[int, dict[str, float]]:
    """Every measure for every size; starts go round robin over the sizes, so that the
    machine's load falls on them alike."""
    sizes = sorted(folders)
    walls: dict[int, list[float]] = {size: [] for size in sizes}
    cpus: dict[int, list[float]] = {size: [] for size in sizes}
    colds: dict[int, list[float]] = {size: [] for size in sizes}
    opens: dict[int, list[float]] = {size: [] for size in sizes}
    for _ in range(STARTS):
        for size in sizes:
            wall, cpu = asyncio.run(first_paint(str(folders[size])))
            walls[size].append(wall)
            cpus[size].append(cpu)
            # The part of it that is the store's: opening and checking the file.
            start = time.perf_counter()
            Store.open(folders[size] / FILE_NAME).close()
            opens[size].append(time.perf_counter() - start)
    for _ in range(COLD_STARTS):
        for size in sizes:
            colds[size].append(cold_start(folders[size]))
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        out = results[size] = {}
        out["first paint, median (ms)"] = statistics.median(walls[size]) * 1000
        out["first paint, CPU time, median (ms)"] = statistics.median(cpus[size]) * 1000
        out["first paint, new process, median (ms)"] = statistics.median(colds[size]) * 1000
        out["of which the store opens the file, median (ms)"] = (
            statistics.median(opens[size]) * 1000
        )
        timed = asyncio.run(interactions(folders[size], words))
        for name, label in (("page_top", "page-down near the top"),
                            ("page_middle", "page-down in the middle"),
                            ("page_end", "end of the list (G)")):
            out[f"{label}, median (ms)"] = statistics.median(timed[name]) * 1000
            out[f"{label}, p95 (ms)"] = p95(timed[name]) * 1000
        out["search keystroke, median (ms)"] = statistics.median(timed["keystroke"]) * 1000
        out["search keystroke, p95 (ms)"] = p95(timed["keystroke"]) * 1000
    return results


def table(results: dict[int, dict[str, float]]) -> Iterator[str]:
    sizes = sorted(results)
    yield ("| measure | " + " | ".join(f"{s:,} articles" for s in sizes)
           + f" | ratio {sizes[-1]:,}/{sizes[0]:,} |")
    yield "|" + " --- |" * (len(sizes) + 2)
    for key in results[sizes[0]]:
        values = [results[s][key] for s in sizes]
        ratio = values[-1] / values[0] if values[0] else float("nan")
        yield f"| {key} | " + " | ".join(f"{v:,.1f}" for v in values) + f" | {ratio:.2f} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the libraries here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = args.keep or Path(tempfile.mkdtemp(prefix="library-paint-"))
    rng = random.Random(SEED + 2)
    corpus = Corpus(random.Random(SEED))
    # Words of common, middling and rare frequency, typed a letter at a time.
    words = [corpus.vocabulary[rng.randrange(lo, hi)]
             for lo, hi in ((20, 200), (200, 2000), (2000, 20000))
             for _ in range(SEARCH_WORDS // 3)]
    words = [w if len(w) >= 3 else w + corpus.vocabulary[300] for w in words]
    results: dict[int, dict[str, float]] = {}
    try:
        folders = {}
        for size in sizes:
            folder = base / f"library-{size}"
            path = folder / FILE_NAME
            if not (args.keep and path.exists()):
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(parents=True)
                built = build(path, size, Corpus(random.Random(SEED)))
                print(f"built {size:,} articles in {built['build_s']:.0f} s", file=sys.stderr)
            folders[size] = folder
        load_before = os.getloadavg()[0]
        results = measure(folders, words)
        load_after = os.getloadavg()[0]
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {machine()}")
    print(f"terminal {SIZE[0]}×{SIZE[1]}, headless; {STARTS} starts; {PAGE_DOWNS} page-downs "
          f"per place; words typed: {', '.join(words)}; load average {load_before:.1f} → "
          f"{load_after:.1f}")
    for line in table(results):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
