"""Every key of the reading app, driven through the real app with Pilot.

The app opens real pages: the bundled sample, the shared seed page, pages written to
``tmp_path`` and pages on a loopback server.
"""

from __future__ import annotations

import contextlib
import tomllib
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList
from textual.worker import WorkerFailed

from reader.config import config_path, load_settings
from reader.document import Document, Quote
from reader.extract import Article
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.screens.article import ArticleScreen, quote_citation
from tests.ui.conftest import Server, article_html

pytestmark = pytest.mark.anyio

SIZE = (100, 30)


async def settle(app: ReaderApp, pilot: Pilot) -> None:
    """Let every load finish and its result (a document or an error) reach the screen."""
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def view_of(app: ReaderApp) -> ArticleView:
    return app.article_screen.view


def status_text(app: ReaderApp, part: str) -> str:
    return str(app.article_screen.status.query_one(f"#status-{part}").render())


# -- moving (the view's keys, reached through the app) ---------------------------------------
async def test_moving_keys_scroll_the_article() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        assert view.scroll_y == 0
        for key in ["j", "down"]:
            before = view.scroll_y
            await pilot.press(key)
            assert view.scroll_y == before + 1, key
        for key in ["space", "pagedown", "d"]:
            await pilot.press("g", key)
            assert view.scroll_y >= 10, key
        for key in ["k", "up", "b", "pageup", "u"]:
            await pilot.press("G", key)
            assert 0 < view.scroll_y < view.max_scroll_y, key
        for key in ["G", "end"]:
            await pilot.press("g", key)
            assert view.scroll_y == view.max_scroll_y > 0, key
        for key in ["g", "home"]:
            await pilot.press("G", key)
            assert view.scroll_y == 0, key


async def test_status_line_shows_site_reading_time_and_progress() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "The Quayside Courier · 3 min read" in status_text(app, "where")
        assert status_text(app, "position").startswith("0% · ")
        await pilot.press("G")
        await pilot.pause()
        assert status_text(app, "position").startswith("100%")


# -- find ------------------------------------------------------------------------------------
async def test_slash_finds_and_n_and_shift_n_step_through_matches() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"ferry", "enter")
        await pilot.pause()
        view = view_of(app)
        total = len(view.matches)
        assert total >= 3
        assert status_text(app, "find") == f"find 1/{total}"
        assert view.has_focus
        await pilot.press("n")
        assert status_text(app, "find") == f"find 2/{total}"
        await pilot.press("N", "N")
        assert status_text(app, "find") == f"find {total}/{total}"
        await pilot.press("escape")
        await pilot.pause()
        assert status_text(app, "find") == ""
        assert view.find_query == ""


async def test_find_without_matches_says_so() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        assert status_text(app, "find") == "find no matches"
        assert any("No matches" in str(n.message) for n in app._notifications)


async def test_escape_in_the_find_bar_closes_it_without_searching() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"ferry", "escape")
        await pilot.pause()
        assert view_of(app).find_query == ""
        assert view_of(app).has_focus


# -- links -----------------------------------------------------------------------------------
async def test_links_list_enter_opens_the_link_in_the_reader(two_pages) -> None:
    first, second = two_pages
    app = ReaderApp(str(first))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        assert type(app.screen).__name__ == "LinksScreen"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert [entry.source for entry in app.history] == [str(first), second]
        assert "second page" in app.history[-1].document.text()


async def test_links_list_o_opens_a_web_link_in_the_browser(two_pages, monkeypatch) -> None:
    first, second = two_pages
    opened: list[str] = []
    app = ReaderApp(str(first))
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l", "o")
        await pilot.pause()
        assert opened == [second]


async def test_links_list_c_copies_the_link(two_pages) -> None:
    first, second = two_pages
    app = ReaderApp(str(first))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l", "c")
        await pilot.pause()
        assert app.clipboard == second


async def test_a_file_link_is_neither_opened_nor_copied(two_pages, monkeypatch) -> None:
    first, _second = two_pages
    opened: list[str] = []
    app = ReaderApp(str(first))
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.article_screen.document.links[1].url == "file:///etc/passwd"
        await pilot.press("l", "down", "o")
        await pilot.pause()
        await pilot.press("l", "down", "c")
        await pilot.pause()
        await pilot.press("l", "down", "enter")
        await settle(app, pilot)
        assert opened == []
        assert app.clipboard == ""
        assert len(app.history) == 1
        assert sum("only http and https" in str(n.message) for n in app._notifications) == 3


async def test_links_list_closes_with_escape(two_pages) -> None:
    app = ReaderApp(str(two_pages[0]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l", "escape")
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("l", "q")
        assert isinstance(app.screen, ArticleScreen)


async def test_clicking_a_link_opens_it_in_the_reader(two_pages) -> None:
    first, second = two_pages
    app = ReaderApp(str(first))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view_of(app).post_message(ArticleView.LinkClicked(1))
        await settle(app, pilot)
        assert app.history[-1].source == second


# -- history ---------------------------------------------------------------------------------
async def test_back_and_forward_move_between_articles(two_pages) -> None:
    first, second = two_pages
    app = ReaderApp(str(first))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.follow_link_number(1, "read")
        await settle(app, pilot)
        screen = app.article_screen
        for back, forward in [("left_square_bracket", "right_square_bracket"),
                              ("alt+left", "alt+right"), ("backspace", "right_square_bracket")]:
            assert screen.document is app.history[1].document
            await pilot.press(back)
            assert screen.document is app.history[0].document, back
            await pilot.press(forward)
            assert screen.document is app.history[1].document, forward
        await pilot.press("right_square_bracket")
        assert any("No later article" in str(n.message) for n in app._notifications)


async def test_going_back_returns_to_the_place_left() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "space")
        block = view_of(app).current_text_block
        assert block > 0
        app.open_sample()
        await settle(app, pilot)
        assert view_of(app).current_text_block == 0
        await pilot.press("left_square_bracket")
        assert view_of(app).current_text_block == block


# -- outline ---------------------------------------------------------------------------------
async def test_outline_lists_headings_and_enter_jumps_to_one() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "OutlineScreen"
        headings = view_of(app).headings
        assert [h.text for h in headings][:2] == ["What the council decided",
                                                  "A crossing with a long memory"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert view_of(app).top_line == min(headings[1].line, view_of(app).max_scroll_y)


# -- quotations ------------------------------------------------------------------------------
async def test_quote_keys_jump_between_quotations(seed_page: Path) -> None:
    # The status line says which quotation the keys reached and who says it, until it
    # leaves the screen.
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        quotes = app.article_screen.document.quotes
        assert len(quotes) >= 2
        view = view_of(app)
        status = app.article_screen.status.query_one("#status-quote")
        assert status.render().plain == ""
        await pilot.press("apostrophe")
        first = view.current_quote
        assert first == quotes[0].id
        assert status.render().plain == f"quote 1/{len(quotes)} · Putin"
        await pilot.press("apostrophe")
        assert view.current_quote == quotes[1].id
        assert status.render().plain.startswith(f"quote 2/{len(quotes)} · ")
        await pilot.press("quotation_mark")
        assert view.current_quote == first
        await pilot.press("G")
        await pilot.pause()
        assert view.layout.quote_lines[first] < view.top_line  # (scrolled off the top)
        assert status.render().plain == ""


async def test_y_copies_the_quotation_in_view_with_its_speaker_and_source(seed_page: Path
                                                                         ) -> None:
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("y")
        assert any("Go to a quotation first" in str(n.message) for n in app._notifications)
        assert app.clipboard == ""
        await pilot.press("apostrophe", "y")
        document = app.article_screen.document
        assert app.clipboard == (
            f"“{document.quotes[0].text}” — Putin, in “{document.title}” (myMotherLode.com)")
        assert any(str(n.message).startswith("Copied: “") for n in app._notifications)


def test_a_quotation_citation_gives_a_web_address_but_no_unsafe_one() -> None:
    def cited(url: str, speaker: str | None) -> str:
        article = Article(title="Ferry fares rise", byline=None, site_name="Harbour News",
                          published=None, lang=None, excerpt=None, lead_image=None, url=url,
                          content_html="", word_count=0, reading_minutes=0)
        quote = Quote(1, (0, 0), (0, 10), "speech", " Not again ", speaker)
        return quote_citation(quote, Document(article=article, blocks=(), quotes=(quote,)))

    assert cited("https://example.org/fares", "Ann Lee") == \
        "“Not again” — Ann Lee, in “Ferry fares rise” (Harbour News) https://example.org/fares"
    assert cited("javascript:alert(1)", None) == "“Not again” — “Ferry fares rise” (Harbour News)"


async def open_quotes_panel(app: ReaderApp, pilot: Pilot) -> OptionList:
    """Press Q on the article and return the quotes panel's list."""
    await settle(app, pilot)
    await pilot.press("Q")
    await pilot.pause()
    assert type(app.screen).__name__ == "QuotesScreen"
    return app.screen.query_one(OptionList)


async def test_quotes_panel_lists_speakers_and_enter_jumps(seed_page: Path) -> None:
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=SIZE) as pilot:
        options = await open_quotes_panel(app, pilot)
        quotes = app.article_screen.document.quotes
        assert options.option_count == len(quotes)
        assert "Putin" in str(options.get_option_at_index(0).prompt)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert view_of(app).current_quote == quotes[2].id


async def test_t_in_the_quotes_panel_hides_the_terms_and_enter_still_jumps(seed_page: Path) -> None:
    # The seed page quotes "strategic partnership," as a term among eight pieces of speech;
    # hiding terms keeps the highlighted quotation and Enter jumps to the one chosen.
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=SIZE) as pilot:
        options = await open_quotes_panel(app, pilot)
        quotes = app.article_screen.document.quotes
        terms = [q for q in quotes if q.kind == "term"]
        assert len(terms) == 1 and len(quotes) == 9
        dialog = app.screen.query_one("#dialog")
        assert "t hides terms" in str(dialog.border_subtitle)
        await pilot.press("t")
        await pilot.pause()
        assert options.option_count == 8
        assert str(dialog.border_title) == "Quotations (8 of 9, without terms)"
        assert all("strategic partnership" not in str(options.get_option_at_index(k).prompt)
                   for k in range(options.option_count))
        await pilot.press("t")
        await pilot.pause()
        assert options.option_count == 9
        assert str(dialog.border_title) == "Quotations (9)"
        await pilot.press("t")
        await pilot.pause()
        speech = [q for q in quotes if q.kind != "term"]
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert view_of(app).current_quote == speech[2].id


async def test_terms_hidden_in_the_quotes_panel_are_passed_over_by_the_jump_keys(
        seed_page: Path) -> None:
    # Hiding the terms is one choice for the article: the jump keys follow it, and the panel
    # opens again with them hidden until t shows them.
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=SIZE) as pilot:

        async def visited() -> list[int | None]:
            view = view_of(app)
            view.action_top()
            seen = []
            for _ in range(len(quotes) + 1):
                await pilot.press("apostrophe")
                if view.current_quote not in seen:
                    seen.append(view.current_quote)
            return seen

        await open_quotes_panel(app, pilot)
        quotes = app.article_screen.document.quotes
        speech = [q.id for q in quotes if q.kind != "term"]
        await pilot.press("t", "escape")
        await pilot.pause()
        assert await visited() == speech
        assert any("No more quotations below (terms hidden" in str(n.message)
                   for n in app._notifications)
        await open_quotes_panel(app, pilot)
        assert str(app.screen.query_one("#dialog").border_title) == \
            "Quotations (8 of 9, without terms)"
        await pilot.press("t", "escape")
        await pilot.pause()
        assert await visited() == [q.id for q in quotes]


async def test_s_in_the_quotes_panel_shows_one_speaker_at_a_time(seed_page: Path) -> None:
    # The seed page quotes Putin seven times by name and once as "the Russian president":
    # s shows his quotations, then the other speaker's, then all of them again.
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=SIZE) as pilot:
        options = await open_quotes_panel(app, pilot)
        quotes = app.article_screen.document.quotes
        dialog = app.screen.query_one("#dialog")
        assert "s one speaker" in str(dialog.border_subtitle)
        by = {q.speaker: sum(1 for x in quotes if x.speaker == q.speaker) for q in quotes
              if q.speaker}
        first, second = sorted(by, key=lambda name: -by[name])
        await pilot.press("s")
        await pilot.pause()
        assert str(dialog.border_title) == f"Quotations ({by[first]} of {len(quotes)}, {first})"
        assert options.option_count == by[first]
        assert "s next speaker" in str(dialog.border_subtitle)
        await pilot.press("s")
        await pilot.pause()
        assert options.option_count == by[second]
        assert second in str(options.get_option_at_index(0).prompt)
        await pilot.press("s")
        await pilot.pause()
        assert options.option_count == len(quotes)
        assert str(dialog.border_title) == f"Quotations ({len(quotes)})"
        await pilot.press("s", "enter")
        await pilot.pause()
        assert view_of(app).current_quote == next(q.id for q in quotes if q.speaker == first)


async def test_the_speaker_chosen_in_the_quotes_panel_is_followed_by_the_jump_keys(
        seed_page: Path) -> None:
    # After s and Esc the jump keys visit that speaker's quotations alone, the status line
    # says so, the message at the last one says how to see everyone, and the panel opens
    # on the same speaker until s has gone round to all of them.
    app = ReaderApp(str(seed_page))
    async with app.run_test(size=SIZE) as pilot:
        await open_quotes_panel(app, pilot)
        quotes = app.article_screen.document.quotes
        by = {q.speaker: sum(1 for x in quotes if x.speaker == q.speaker) for q in quotes
              if q.speaker}
        first = max(by, key=lambda name: by[name])
        await pilot.press("s", "escape")
        await pilot.pause()
        view = view_of(app)
        view.action_top()
        seen: list[int | None] = []
        for _ in range(len(quotes) + 1):
            await pilot.press("apostrophe")
            await pilot.pause()
            if view.current_quote not in seen:
                seen.append(view.current_quote)
                assert view.quote_status.endswith(f"/{by[first]} · only {first}")
        assert seen == [q.id for q in quotes if q.speaker == first and q.kind != "term"]
        assert any(f"No more quotations by {first} below" in str(n.message)
                   for n in app._notifications)
        await open_quotes_panel(app, pilot)
        dialog = app.screen.query_one("#dialog")
        assert str(dialog.border_title) == f"Quotations ({by[first]} of {len(quotes)}, {first})"
        for _ in by:
            await pilot.press("s")
        await pilot.press("escape")
        await pilot.pause()
        assert view.only_speaker is None
        view.action_top()
        for _ in range(len(quotes)):
            await pilot.press("apostrophe")
        await pilot.pause()
        assert view.current_quote == quotes[-1].id


STORE_CLOSING = """<html><head><title>Store to close</title></head><body><article>
<h1>Store to close</h1>
<p>“The classic department store barely works any more,” said Martin Feldhaus, a retail
researcher in Cologne, on Tuesday, as the company confirmed the closure of its last branch.</p>
<p>He called the closures “a slow-motion clearance” and said the city had known about the
losses for years without asking the owners what they planned for the building.</p>
<p>“We were told nothing until the letter came,” said Anna Brandt, who has run a bakery
opposite the store since 1998 and counts on its customers for half of her trade.</p>
<p>“Nobody should pretend this is a surprise,” Feldhaus said. He has studied the city
centre’s shops for twenty years and advised two of its mayors on what to do with them.</p>
</article></body></html>"""


async def test_one_speakers_quotations_include_the_terms_they_coined(tmp_path: Path) -> None:
    # "He called the closures “a slow-motion clearance”": a term, and Feldhaus's; choosing
    # him with s visits it with his speech (his too where the article shortens his name),
    # the status line saying it is a term; with the terms hidden, his speech alone.
    page = tmp_path / "store.html"
    page.write_text(STORE_CLOSING, encoding="utf-8")
    app = ReaderApp(str(page))
    async with app.run_test(size=SIZE) as pilot:
        await open_quotes_panel(app, pilot)
        quotes = app.article_screen.document.quotes
        assert [(q.kind, q.speaker) for q in quotes] == [
            ("speech", "Martin Feldhaus"), ("term", "Martin Feldhaus"),
            ("speech", "Anna Brandt"), ("speech", "Feldhaus")]
        await pilot.press("s")
        dialog = app.screen.query_one("#dialog")
        assert str(dialog.border_title) == "Quotations (3 of 4, Martin Feldhaus)"
        await pilot.press("escape")
        await pilot.pause()
        view = view_of(app)
        view.action_top()
        statuses = []
        for _ in range(3):
            await pilot.press("apostrophe")
            await pilot.pause()
            statuses.append(view.quote_status)
        assert statuses == ["1/3 · only Martin Feldhaus", "2/3 · only Martin Feldhaus (term)",
                            "3/3 · only Feldhaus"]
        await open_quotes_panel(app, pilot)
        await pilot.press("t")
        dialog = app.screen.query_one("#dialog")
        assert str(dialog.border_title) == "Quotations (2 of 4, Martin Feldhaus)"
        await pilot.press("escape")
        await pilot.pause()
        view.action_top()
        await pilot.press("apostrophe", "apostrophe")
        await pilot.pause()
        assert view.quote_status == "2/2 · only Feldhaus"


async def test_h_switches_quote_highlighting_off_and_on() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert view_of(app).show_quotes
        await pilot.press("h")
        assert not view_of(app).show_quotes
        await pilot.press("h")
        assert view_of(app).show_quotes


# -- width -----------------------------------------------------------------------------------
async def test_width_keys_change_the_measure() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        for key, measure in [("less_than_sign", 76), ("minus", 72), ("greater_than_sign", 76),
                             ("plus", 80)]:
            await pilot.press(key)
            assert view.measure == measure, key


async def test_w_toggles_full_width() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        assert view_of(app).full_width
        await pilot.press("w")
        assert not view_of(app).full_width


# -- open, reload ----------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["ctrl+o", "colon"])
async def test_open_dialog_opens_a_file_and_remembers_it(key: str, tmp_path: Path) -> None:
    page = tmp_path / "other.html"
    page.write_text(article_html("other"), encoding="utf-8")
    app = ReaderApp(data_dir=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == "OpenScreen"
        app.screen.query_one(Input).value = str(page)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.history[-1].source == str(page)
        assert "other page" in app.article_screen.document.text()
        await pilot.press(key)
        await pilot.pause()
        await pilot.press("down", "enter")  # the recent source, from the list
        await settle(app, pilot)
        assert len(app.history) == 3
        assert app.history[-1].source == str(page)


async def test_r_reloads_the_article_in_place(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_html("old"), encoding="utf-8")
    app = ReaderApp(str(page))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        page.write_text(article_html("new"), encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        assert len(app.history) == 1
        assert "new page" in app.article_screen.document.text()


# -- loading and errors ----------------------------------------------------------------------
async def test_escape_cancels_a_slow_page(server: Server) -> None:
    server.pages["/slow"] = article_html("slow")
    app = ReaderApp(server.url("/slow"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bar = app.article_screen.loading_bar
        assert bar.has_class("-active")
        await pilot.press("escape")
        await pilot.pause()
        assert not bar.has_class("-active")
        assert any("cancelled" in str(n.message) for n in app._notifications)
        server.hold.set()
        await settle(app, pilot)
        assert app.history == []


async def test_a_missing_file_shows_the_error_screen_and_r_retries(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    app = ReaderApp(str(missing))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ErrorScreen"
        message = str(app.screen.query_one("#error-message").render())
        assert "missing.html" in message
        missing.write_text(article_html("found"), encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert "found page" in app.article_screen.document.text()


async def test_error_screen_o_opens_something_else_and_escape_closes(tmp_path: Path) -> None:
    app = ReaderApp(str(tmp_path / "missing.html"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert type(app.screen).__name__ == "OpenScreen"
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_an_http_error_is_one_message_naming_the_host(server: Server) -> None:
    app = ReaderApp(server.url("/nowhere"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        message = str(app.screen.query_one("#error-message").render())
        assert "127.0.0.1" in message
        assert "Traceback" not in message
        assert "\n" not in message


async def test_no_article_offers_the_whole_text_with_w(tmp_path: Path) -> None:
    from reader.errors import NoArticleError
    from reader.fetch import Page
    from reader.ui.app import LoadRequest, PageWithoutArticle

    page = Page("x.html", "file:///x.html", "<html><body><div>Only a menu. Home. About."
                "</div><div>Contact us.</div></body></html>", "utf-8", "text/html", "file")
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.show_error(PageWithoutArticle(NoArticleError("No article found"), page),
                       LoadRequest("x.html", "x.html"))
        await pilot.pause()
        assert app.screen.title != "" and type(app.screen).__name__ == "ErrorScreen"
        await pilot.press("w")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert "Only a menu" in app.article_screen.document.text()
        assert "Contact us" in app.article_screen.document.text()


async def test_whole_text_key_does_nothing_for_other_errors(tmp_path: Path) -> None:
    app = ReaderApp(str(tmp_path / "missing.html"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ErrorScreen"


# -- help, palette, theme, quit --------------------------------------------------------------
async def test_question_mark_shows_every_binding() -> None:
    from reader.ui.app import all_bindings

    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        text = str(app.screen.query_one("#help-text").render())
        for binding in all_bindings():
            assert binding.id in text
        await pilot.press("escape")
        await pilot.press("f1")
        assert type(app.screen).__name__ == "HelpScreen"


async def test_command_palette_runs_an_article_command() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Outline")
        await pilot.pause(0.3)  # the palette searches in a worker with a short debounce
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "OutlineScreen"


async def test_every_binding_with_a_description_is_a_palette_command() -> None:
    from reader.ui.app import ArticleScreen as Screen_

    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in [*Screen_.BINDINGS, *ArticleView.BINDINGS, *ReaderApp.BINDINGS]:
            assert binding.description in titles


async def test_theme_key_opens_the_picker_and_the_choice_is_remembered() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("T")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"
        await pilot.press(*"nord")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "nord"
    assert tomllib.loads(config_path().read_text())["theme"] == "nord"
    second = ReaderApp()
    assert second.theme == "nord"


async def test_remembering_the_theme_keeps_the_rest_of_the_config() -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('measure = 60\n[keys]\nlinks = "L"\n')
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "gruvbox"
        await pilot.pause()
    saved = tomllib.loads(config_path().read_text())
    assert saved == {"measure": 60, "keys": {"links": "L"}, "theme": "gruvbox"}


async def test_keys_are_remapped_from_the_config() -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('[keys]\nlinks = "ctrl+l"\n"article.line_down" = "e"\n')
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("e")
        assert view_of(app).scroll_y == 1
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert type(app.screen).__name__ == "LinksScreen"


async def test_config_problems_are_reported_once_not_fatal() -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('theme = "no-such-theme"\nmeasure = "wide"\n[keys]\nnope = "x"\n')
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "no-such-theme" in messages and "measure" in messages and "nope" in messages
        assert view_of(app).measure == load_settings().measure == 80


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_quit_keys_quit(key: str) -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running


async def test_q_typed_in_the_find_bar_is_text_not_quit() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "q", "u", "a", "y", "enter")
        await pilot.pause()
        assert app.is_running
        assert view_of(app).find_query == "quay"


async def test_slash_typed_in_the_find_bar_is_text() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "2", "3", "slash", "4", "0", "enter")
        await pilot.pause()
        assert view_of(app).find_query == "23/40"
