"""Cases 18, 20 and 21 of HOSTILE-INPUT.md: pages with no article, pathological pages, and a
very long article.

Pathological pages are generated at test time, smaller than in ``benchmarks/hostile.py``
(which runs the full sizes and measures time and memory), but past the limits that matter:
libxml2's 256 levels of nesting, readability's quadratic scoring of nested text, the cost
of ``<br>`` elements, the 10 MB input size libxml2 reads whole.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import LoopbackServer, isolate_network
from textual.worker import WorkerFailed

from reader.errors import ExtractError, NoArticleError, ReaderError
from reader.fetch import Page
from reader.limits import MAX_BREAKS, MAX_DEPTH, MAX_ELEMENTS, MAX_HTML_BYTES, tame_html
from reader.pipeline import read_page
from reader.render import render_text
from tests.hostile.pages import layout_strings, unsafe_in

SIZE = (100, 30)
SENTENCE = "Real words in a sentence that a reader would read, and then some more of them. "


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # Textual runs on asyncio


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    isolate_network(monkeypatch)
    with LoopbackServer() as server:
        yield server


def page(html: str, url: str = "https://example.org/article") -> Page:
    raw = html.encode("utf-8")
    return Page(url, url, html, "utf-8", "text/html", "web", raw)


def dump(source: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", "dump", source],
                          capture_output=True, text=True, timeout=120)


async def settle(app, pilot) -> None:
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


# --- case 18 -------------------------------------------------------------------------------

EMPTY_PAGES = {
    "empty": "",
    "whitespace": "  \n\t \r\n  ",
    "comment-only": "<!-- nothing but a comment -->",
    "markup-only": "<html><head><title></title></head><body> <div> </div> </body></html>",
    "navigation-only": '<html><body><nav><a href="/a">Home</a> <a href="/b">News</a></nav>'
                       "</body></html>",
}


@pytest.mark.parametrize("name", list(EMPTY_PAGES))
def test_case_18_a_page_without_an_article_says_no_article_found(
    name: str, tmp_path: Path
) -> None:
    with pytest.raises(NoArticleError) as raised:
        read_page(page(EMPTY_PAGES[name]))
    assert str(raised.value).startswith("No article found")
    path = tmp_path / f"{name}.html"
    path.write_text(EMPTY_PAGES[name], encoding="utf-8")
    result = dump(str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("reader: error: No article found")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.anyio
async def test_case_18_a_page_without_an_article_can_still_be_read_as_plain_text(
    server: LoopbackServer,
) -> None:
    from reader.ui.app import ReaderApp

    url = server.route("/nav", body=EMPTY_PAGES["navigation-only"].encode())
    app = ReaderApp(url)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert getattr(app.screen, "no_article", False)  # the error screen says why
        await pilot.press("w")  # show the whole text
        await settle(app, pilot)
        document = app.article_screen.document
        assert document is not None and "Home News" in document.text()
        assert app.is_running


# --- case 20 -------------------------------------------------------------------------------


def deep_page(depth: int) -> str:
    return ("<html><head><title>Deep</title></head><body>" + "<div>" * depth
            + f"<p>{SENTENCE * 5}</p><p>The end of the deep article.</p>"
            + "</div>" * depth + "</body></html>")


def nested_text_page(levels: int, chunk: int) -> str:
    text = ("x y z " * (chunk // 6))
    return ("<html><body>" + "".join(f"<div>{n} {text}" for n in range(levels))
            + "</div>" * levels + "</body></html>")


def breaks_page(count: int) -> str:
    return (f"<html><body><p>{SENTENCE}" + "<br>" * count
            + "And the words after them.</p></body></html>")


def giant_text_page(chars: int) -> str:
    words = "word " * (chars // 5)
    return f"<html><head><title>Giant</title></head><body><p>{words}</p></body></html>"


def test_case_20_nesting_5000_deep_gives_the_article_not_an_empty_one() -> None:
    document = read_page(page(deep_page(5000)))
    text = document.text()
    assert SENTENCE.strip() in text and "The end of the deep article." in text


def test_case_20_deep_nesting_is_flattened_below_the_depth_cap_and_keeps_all_words() -> None:
    html = deep_page(MAX_DEPTH * 3) + "<span>" * 400 + "inline words" + "</span>" * 400
    tamed = tame_html(html)
    assert tamed.count("<div>") <= MAX_DEPTH and tamed.count("<span>") <= MAX_DEPTH
    for words in (SENTENCE.strip(), "The end of the deep article.", "inline words"):
        assert words in tamed


def test_case_20_nested_text_is_flattened_so_scoring_is_not_quadratic() -> None:
    html = nested_text_page(250, 4_000)  # 1 MB of text, 250 levels: 16.7 s at 20 KB a level
    tamed = tame_html(html)
    assert tamed is not html and tamed.count("<div>") < 250
    document = read_page(page(html))
    text = document.text()
    # readability keeps the deepest container with most of the text as the article (the
    # first few levels' own text is "outside" it): most of the page, never an empty one.
    assert all(re.search(rf"(?<!\w){n} x y z", text) for n in (100, 200, 249))
    assert text.count("x y z") >= 200 * 666


def test_case_20_a_hundred_thousand_br_collapse_and_the_text_around_them_stays() -> None:
    html = breaks_page(100_000)
    tamed = tame_html(html)
    assert tamed.count("<br>") == 2
    document = read_page(page(html))
    assert "And the words after them." in document.text()
    # Line breaks with text between them are kept up to the cap, then become spaces.
    lines = "<html><body><p>" + "line<br>" * (MAX_BREAKS + 500) + "</p></body></html>"
    tamed = tame_html(lines)
    assert tamed.count("<br>") == MAX_BREAKS and tamed.count("line") == MAX_BREAKS + 500


def test_case_20_a_giant_text_node_is_read_whole() -> None:
    html = giant_text_page(3_000_000)
    document = read_page(page(html))
    assert document.text().count("word") == 600_000


def test_case_20_a_page_libxml2_would_cut_short_stops_with_a_clear_message(
    tmp_path: Path,
) -> None:
    # Over the input size libxml2 reads whole, even without scripts: a clear stop, never
    # an article silently cut at 10 MB.
    html = giant_text_page(MAX_HTML_BYTES + 100_000)
    with pytest.raises(ExtractError) as raised:
        read_page(page(html))
    assert str(raised.value).startswith("The page is too large to extract: 9.6 MB")
    path = tmp_path / "giant.html"
    path.write_text(html, encoding="utf-8")
    result = dump(str(path))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("reader: error: ")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    # The same page padded with scripts and drawings is read: those go first.
    script = "<script>" + "var x = 1;" * 300_000 + "</script>"
    drawing = "<svg><path d='" + "M0 0 L1 1 " * 300_000 + "'/></svg>"
    padded = giant_text_page(2_000_000).replace("<body>", "<body>" + script * 2 + drawing * 2)
    assert len(padded) > MAX_HTML_BYTES
    assert read_page(page(padded)).text().count("word") == 400_000


def test_case_20_too_many_elements_stop_with_a_clear_message() -> None:
    html = "<html><body>" + "<i>a</i>" * (MAX_ELEMENTS + 1) + "</body></html>"
    with pytest.raises(ReaderError) as raised:
        read_page(page(html))
    assert "too complex" in str(raised.value)


def test_case_20_a_normal_page_is_handed_on_untouched() -> None:
    html = ("<html><head><title>Normal</title></head><body><article>"
            + f"<p>{SENTENCE}</p>" * 200 + "<p>a<br>b<br><br><br>c</p></article></body></html>")
    assert tame_html(html) is html


@pytest.mark.anyio
async def test_case_20_the_app_stays_responsive_while_a_slow_page_is_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from reader.ui import app as app_module
    from reader.ui.app import ReaderApp

    path = tmp_path / "slow.html"
    path.write_text(nested_text_page(250, 6_000), encoding="utf-8")  # most of a second
    # The worker extracts the real page, then holds on until the keys have been tried, so
    # that they are tried while it is busy however fast this machine is.
    extracted, let_go = threading.Event(), threading.Event()
    real_read = app_module.read_page_or_explain

    def read_and_hold(page):  # noqa: ANN001, ANN202
        document = real_read(page)
        extracted.set()
        let_go.wait(30)
        return document

    monkeypatch.setattr(app_module, "read_page_or_explain", read_and_hold)
    app = ReaderApp(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app._loading is not None  # still extracting in its worker thread...
        await pilot.press("question_mark")  # ...and the keys still work
        await pilot.pause()
        assert "Help" in type(app.screen).__name__
        assert app._loading is not None
        await pilot.press("escape")
        await pilot.pause()
        let_go.set()
        await settle(app, pilot)
        assert extracted.is_set()
        assert app.article_screen.document is not None
        assert app.article_screen.document.text().count("x y z") > 200 * 1000


# --- case 21 -------------------------------------------------------------------------------


def long_article(words: int) -> str:
    paragraph = " ".join(f"word{n}" for n in range(100))
    body = "".join(f"<p>{paragraph}.</p>\n" for _ in range(words // 100))
    return ("<html><head><title>A very long article</title></head><body><article>"
            f"<h1>A very long article</h1>{body}<p>The very last words.</p>"
            "</article></body></html>")


@pytest.mark.anyio
async def test_case_21_a_hundred_thousand_word_article_is_drawn_lazily(tmp_path: Path) -> None:
    from reader.ui.app import ReaderApp

    path = tmp_path / "long.html"
    path.write_text(long_article(100_000), encoding="utf-8")
    app = ReaderApp(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.article_screen.view
        assert view.document is not None and view.document.article.word_count >= 100_000
        assert view.layout is not None
        # The view lays out the first screens, then the rest in chunks after each refresh:
        # how far it got by now depends on the machine, so the whole article is finished here.
        assert view.layout.finish().line_count > 10_000
        # One widget for the whole article, not one per paragraph.
        assert len(list(app.screen.query("*"))) < 60
        drawn: list[int] = []
        render_line = view.render_line

        def counting(y: int):
            drawn.append(y)
            return render_line(y)

        view.render_line = counting
        await pilot.press("end")
        await pilot.pause()
        assert view.percent_read == 100
        # Only what is visible was drawn, not the article's thousands of lines.
        assert 0 < len(drawn) <= 5 * SIZE[1]
        screen = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "The very last words." in screen


def test_case_21_a_long_article_lays_out_clean_lines() -> None:
    document = read_page(page(long_article(20_000)))
    lines = layout_strings(document)
    assert len(lines) > 2_000
    assert not any(unsafe_in(line) for line in lines)
    assert render_text(document).count("word99.") == 200
