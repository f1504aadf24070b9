"""Regenerate every SVG in ``screenshots/`` from the real app (``App.run_test`` and
``save_screenshot``), so the README always shows what the reader looks like.

    python scripts/screenshots.py            # writes screenshots/*.svg

The seed page comes from ``../shared/fixtures``; its shots are skipped (with a message) when
that folder is absent. Config and data folders are temporary, so the user's are untouched.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
SEED = ROOT.parent / "shared" / "fixtures" / "seed-news-page.html"
SIZE = (110, 34)
SAVED_AT = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)

# (file name, source (None: the sample), theme, keys to press before the shot)
SHOTS: list[tuple[str, Path | None, str, Sequence[str]]] = [
    ("sample-article", None, "textual-dark", ()),
    ("sample-article-light", None, "textual-light", ()),
    ("seed-quotes", SEED, "textual-dark", ("apostrophe", "apostrophe", "apostrophe")),
    ("quotes-panel", SEED, "textual-dark", ("Q",)),
    ("find", SEED, "textual-dark", ("slash", *"Russia", "enter", "n")),
    ("links", None, "textual-dark", ("l",)),
    ("outline", None, "textual-dark", ("t", "down")),
    ("help", None, "nord", ("question_mark",)),
]
# Shot last, once a library has been saved: `reader` with no argument shows it.
LIBRARY_SHOTS: list[tuple[str, Path | None, str, Sequence[str]]] = [
    ("library", None, "textual-dark", ()),
    ("library-search", None, "textual-dark", ("slash", *"putin")),
]
LIBRARY_PAGES = ["seed-news-page.html", *(
    f"readability-pages/{name}/source.html"
    for name in ("nytimes-1", "guardian-1", "bbc-1", "lwn-1", "medium-1", "ars-1", "wapo-1")
)]


def fill_library(data_dir: Path) -> None:
    """Save the sample and a few real pages, with some reading state, into a new library."""
    from reader.fetch import fetch_page
    from reader.pipeline import read_page
    from reader.store import Store

    sources = [ROOT / "reader" / "samples" / "sample.html"]
    sources += [path for name in LIBRARY_PAGES if (path := SEED.parent / name).exists()]
    # (One fixed time of saving, so that the library's shots show the same dates whatever
    # the day they are taken.)
    with Store.open_default(data_dir) as store, mock.patch("reader.store._now",
                                                           lambda: SAVED_AT):
        for n, source in enumerate(sources):
            page = fetch_page(str(source))
            article_id = store.save(page, read_page(page), tags=("news",) if n % 2 else ())
            if n % 3 == 1:
                store.set_progress(article_id, 0.4 + n / 20)
            if n % 4 == 2:
                store.set_starred(article_id)


async def shoot(name: str, source: Path | None, theme: str, keys: Sequence[str]) -> Path:
    from textual.worker import WorkerFailed

    from reader.ui.app import ReaderApp

    app = ReaderApp(str(source) if source else None, theme=theme)
    async with app.run_test(size=SIZE) as pilot:
        for step in ((), keys):
            with contextlib.suppress(WorkerFailed):
                await app.workers.wait_for_complete()
            await pilot.pause()
            if step:
                await pilot.press(*step)
                await pilot.pause()
        await pilot.pause()
        path = Path(app.save_screenshot(f"{name}.svg", str(OUT)))
    return path


async def main() -> int:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["READER_CONFIG_DIR"] = str(Path(home) / "config")
        os.environ["READER_DATA_DIR"] = str(Path(home) / "data")
        for name, source, theme, keys in SHOTS:
            if source is not None and not source.exists():
                print(f"skipped {name}: {source} is absent", file=sys.stderr)
                continue
            path = await shoot(name, source, theme, keys)
            print(path.relative_to(ROOT))
        fill_library(Path(os.environ["READER_DATA_DIR"]))
        for name, source, theme, keys in LIBRARY_SHOTS:
            path = await shoot(name, source, theme, keys)
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
