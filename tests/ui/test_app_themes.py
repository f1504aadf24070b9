"""Every built-in theme draws the article and its dialogs (styles come from theme variables)."""

from __future__ import annotations

import pytest
from textual.theme import BUILTIN_THEMES

from reader.ui.app import ReaderApp

pytestmark = pytest.mark.anyio


async def test_every_builtin_theme_draws_the_article_and_the_quotes_panel(seed_page) -> None:
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for name in sorted(BUILTIN_THEMES):
            app.theme = name
            await pilot.pause()
            assert app.current_theme.name == name
            assert "MOSCOW" in app.export_screenshot()
        await pilot.press("Q")
        await pilot.pause()
        assert "Quotations" in app.export_screenshot()
