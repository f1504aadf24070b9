"""Reading view benchmark: ArticleView against Textual's own MarkdownViewer, side by side.

For generated articles of 1,000, 10,000 and 100,000 words, headless at 120x40:

- *first paint*: from the Document (already parsed) to the first screen that shows the first
  paragraph: the App is created, started with ``run_test``, and the whole screen is rendered
  by the compositor until the text is there. An App with one empty ``Static`` gives the fixed
  cost of starting any Textual app, so what the view itself adds can be read off.
- *page-down*: one PageDown key, handled and the new screen rendered (for MarkdownViewer also
  after its scroll animation, which is what a reader waits for), median of several.
- *layout*: ``layout_document`` alone, cold cache.

The same text goes to MarkdownViewer as Markdown (``reader.render.render_markdown``).

Run: ``python benchmarks/view.py`` (``--quick`` skips MarkdownViewer at 100,000 words).
"""

from __future__ import annotations

import asyncio
import json
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import MarkdownViewer, Static

from reader import layout as layout_module
from reader.document import Document, build_document
from reader.extract import Article, reading_minutes
from reader.quotes import with_quotes
from reader.render import render_markdown
from reader.ui.article_view import ArticleView

SIZE = (120, 40)
SIZES = (1_000, 10_000, 100_000)
PAGE_DOWNS = 7
RUNS = 3
_WORDS = " ".join((
    "the minister said talks would continue next week while officials in both capitals",
    "weighed a proposal that could reshape trade across the region for years to come and",
    "critics warned that costs would fall on households already stretched by rising prices",
    "as the government insisted its plan was fair balanced and necessary",
)).split(" ")


def article_html(words: int, seed: int = 7) -> str:
    """A news-like article of about ``words`` words: paragraphs with links, emphasis and
    quotations, a heading every dozen paragraphs, now and then a list or a block quote."""
    rng = random.Random(seed)
    parts = ["<p>FIRST PARAGRAPH: the story begins here, as stories do.</p>"]
    count = 9
    n = 0
    while count < words:
        n += 1
        if n % 12 == 0:
            parts.append(f"<h2>Section {n // 12}</h2>")
        if n % 25 == 0:
            parts.append("<ul>" + "".join(f"<li>Point {i} of the list.</li>" for i in range(4))
                         + "</ul>")
            count += 20
        size = rng.randint(35, 90)
        chosen = [rng.choice(_WORDS) for _ in range(size)]
        chosen[0] = chosen[0].capitalize()
        if n % 3 == 0:
            chosen[6] = f"<a href='https://example.com/{n}'>{chosen[6]}</a>"
        if n % 4 == 0:
            chosen[12] = "“" + chosen[12]
            chosen[22] = chosen[22] + ",” the minister said"
        if n % 5 == 0:
            chosen[3] = f"<em>{chosen[3]}</em>"
        text = " ".join(chosen) + "."
        parts.append(f"<blockquote><p>{text}</p></blockquote>" if n % 40 == 0 else f"<p>{text}</p>")
        count += size
    return "<div>" + "".join(parts) + "</div>"


def make_document(words: int) -> Document:
    html = article_html(words)
    article = Article(
        title=f"A generated story of {words:,} words", byline="A. Writer", site_name="Example",
        published=None, lang="en", excerpt=None, lead_image=None, url="https://example.com/a",
        content_html=html, word_count=words, reading_minutes=reading_minutes(words),
    )
    return with_quotes(build_document(article))


class Host(App):
    def __init__(self, make: Callable[[], Widget]) -> None:
        super().__init__()
        self.make = make

    def compose(self) -> ComposeResult:
        yield self.make()


def screen_text(app: App) -> str:
    """Render the whole screen (as the compositor would for the terminal) and read it."""
    strips = app.screen._compositor.render_strips()  # noqa: SLF001 - the real render
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


@dataclass
class Timing:
    first_paint: float = 0.0
    key_painted: float = 0.0  # PageDown pressed through Pilot, handled, screen rendered
    key_landed: float = 0.0  # ... and any scroll animation finished
    direct: float = 0.0  # the page-down action called directly, screen rendered
    noop_key: float = 0.0  # Pilot pressing a key that nothing is bound to


async def measure(
    make: Callable[[], Widget], focus: type[Widget] | None, marker: str, animated: bool
) -> Timing:
    """Time the first screen showing ``marker``, then PageDown (medians)."""
    timing = Timing()
    start = time.perf_counter()
    app = Host(make)
    async with app.run_test(size=SIZE) as pilot:
        while marker not in screen_text(app):
            await pilot.pause()
            if time.perf_counter() - start > 120:
                raise RuntimeError("the first paragraph never showed")
        timing.first_paint = time.perf_counter() - start
        if focus is None:
            return timing
        widget = app.query_one(focus)
        widget.focus()
        await pilot.pause()
        painted: list[float] = []
        landed: list[float] = []
        direct: list[float] = []
        noop: list[float] = []
        for _ in range(PAGE_DOWNS):
            # Each page-down starts from the top, so a short article never runs out of pages.
            await pilot.press("home")
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()
            before = screen_text(app)
            t0 = time.perf_counter()
            await pilot.press("pagedown")
            screen_text(app)
            painted.append(time.perf_counter() - t0)
            if animated:
                await pilot.wait_for_scheduled_animations()
                await pilot.pause()
            after = screen_text(app)
            landed.append(time.perf_counter() - t0)
            if after == before:
                raise RuntimeError("page-down did not move the page")
            t0 = time.perf_counter()
            await pilot.press("f12")
            noop.append(time.perf_counter() - t0)
            if isinstance(widget, ArticleView):
                # The view's own cost: the action (it lands at once) and a full render.
                t0 = time.perf_counter()
                widget.action_page_down()
                moved = screen_text(app)
                direct.append(time.perf_counter() - t0)
                if moved == after:
                    raise RuntimeError("the page-down action did not move the page")
        timing.key_painted = statistics.median(painted)
        timing.key_landed = statistics.median(landed)
        timing.direct = statistics.median(direct) if direct else 0.0
        timing.noop_key = statistics.median(noop)
        return timing


def layout_seconds(document: Document) -> float:
    from rich.style import Style

    styles = {role: Style() for role in layout_module.ROLES}
    layout_module.clear_cache()
    t0 = time.perf_counter()
    layout_module.layout_document(document, SIZE[0] - 1, styles)
    return time.perf_counter() - t0


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return f"{cpu}, {cores} cores, Python {platform.python_version()}"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def run_one(kind: str, words: int) -> Timing:
    """Each figure is the median of RUNS measurements, each in a fresh process as a person
    launching the app would have it (no garbage from earlier runs for the collector)."""
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, __file__, "--one", kind, str(words)],
            capture_output=True, text=True, check=True,
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return Timing(**{name: statistics.median(run[name] for run in runs) for name in runs[0]})


def one(kind: str, words: int) -> None:
    if kind == "static":
        timing = asyncio.run(measure(
            lambda: Static("FIRST PARAGRAPH"), None, "FIRST PARAGRAPH", False))
    else:
        document = make_document(words)
        if kind == "layout":
            timing = Timing(first_paint=layout_seconds(document))
        elif kind == "ours":
            timing = asyncio.run(measure(
                lambda: ArticleView(document), ArticleView, "FIRST PARAGRAPH", False))
        else:
            markdown = render_markdown(document)
            timing = asyncio.run(measure(
                lambda: MarkdownViewer(markdown, show_table_of_contents=False),
                MarkdownViewer, "FIRST PARAGRAPH", True))
    print(json.dumps(asdict(timing)))


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2], int(sys.argv[3]))
        return
    quick = "--quick" in sys.argv
    print(f"# {time.strftime('%Y-%m-%d %H:%M:%S')} — {machine()}, terminal {SIZE[0]}x{SIZE[1]}")
    print(f"Each figure is a median of {RUNS} fresh processes (see run_one).")
    baseline = run_one("static", 0)
    print(f"Starting an App with one Static and painting it: {ms(baseline.first_paint)}")
    print()
    print("| words | layout | first paint: ArticleView | MarkdownViewer | ratio "
          "| PageDown key to painted: ArticleView | MarkdownViewer (landed) | ratio "
          "| ArticleView page-down action + render | Pilot, unbound key |")
    print("|" + "---|" * 10)
    for words in SIZES:
        lay = run_one("layout", words).first_paint
        ours = run_one("ours", words)
        theirs = None if quick and words >= 100_000 else run_one("markdown", words)
        skipped = "(skipped)"
        print(
            f"| {words:,} | {ms(lay)} | {ms(ours.first_paint)} "
            f"| {ms(theirs.first_paint) if theirs else skipped} "
            f"| {f'{theirs.first_paint / ours.first_paint:.1f}×' if theirs else ''} "
            f"| {ms(ours.key_painted)} "
            f"| {ms(theirs.key_landed) if theirs else skipped} "
            f"| {f'{theirs.key_landed / ours.key_landed:.1f}×' if theirs else ''} "
            f"| {ms(ours.direct)} | {ms(ours.noop_key)} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
