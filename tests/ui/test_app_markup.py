"""Page text is never markup: titles, site names, link texts, headings, quotations, error
messages and notifications show ``[@click=app.quit]`` and ``[/]`` literally."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.widgets import OptionList
from textual.worker import WorkerFailed

from reader.ui.app import ReaderApp
from reader.ui.screens.article import ArticleScreen

pytestmark = pytest.mark.anyio

HOSTILE = "[@click=app.quit]Press[/] [b]me[/b] \\"

PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{HOSTILE} title</title>
<meta property="og:site_name" content="{HOSTILE} site">
</head><body><article>
<h1>{HOSTILE} title</h1>
<p>The first paragraph is long enough for the extractor to believe that this is an article,
with a good number of words in a row and nothing much else to say for itself at all.</p>
<h2>{HOSTILE} heading</h2>
<p>“{HOSTILE} quoted words,” said Ana Lima, who then went on to link to
<a href="https://example.org/x">{HOSTILE} link</a> for the sake of the test and kept talking
for a while longer so that the extractor keeps this paragraph too.</p>
</article></body></html>"""


async def settle(app: ReaderApp, pilot) -> None:
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


@pytest.fixture
def hostile_page(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


async def test_title_and_site_are_shown_literally(hostile_page: Path) -> None:
    app = ReaderApp(str(hostile_page))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        document = app.article_screen.document
        assert "[@click=app.quit]" in document.title
        where = str(app.article_screen.status.query_one("#status-where").render())
        assert f"{HOSTILE} site" in where
        # Clicking the status line (where a parsed [@click] would be) does not quit.
        await pilot.click("#status-where", offset=(2, 0))
        await pilot.pause()
        assert app.is_running


async def test_link_texts_headings_and_quotes_are_shown_literally(hostile_page: Path) -> None:
    app = ReaderApp(str(hostile_page))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert f"{HOSTILE} link" in prompt
        await pilot.click(OptionList, offset=(6, 0))
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
        await pilot.press("t")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        texts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(f"{HOSTILE} heading" in text for text in texts)
        await pilot.press("escape")
        if app.article_screen.document.quotes:
            await pilot.press("Q")
            await pilot.pause()
            prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
            assert f"{HOSTILE} quoted words" in prompt
            await pilot.press("escape")
        assert isinstance(app.screen, ArticleScreen)


async def test_error_messages_and_notifications_are_shown_literally(tmp_path: Path) -> None:
    missing = tmp_path / f"{HOSTILE}.html"
    app = ReaderApp(str(missing))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        message = str(app.screen.query_one("#error-message").render())
        assert "[@click=app.quit]Press[/]" in message
        await pilot.press("escape")
        app.open_sample()
        await settle(app, pilot)
        await pilot.press("slash", *"[/]x", "enter")
        await pilot.pause()
        assert any("“[/]x”" in str(n.message) for n in app._notifications)
        assert app.is_running
