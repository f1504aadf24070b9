"""ArticleView in a small host App: every movement key, find, quotations, links, position."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult

from reader.document import Document, Paragraph, Quote, Span, build_document
from reader.extract import Article
from reader.pipeline import read_source
from reader.ui.article_view import ArticleView

pytestmark = pytest.mark.anyio

SIZE = (80, 24)


def long_document(paragraphs: int = 60) -> Document:
    """A story of numbered paragraphs, with a heading every ten and a link in the third."""
    parts = []
    for n in range(paragraphs):
        if n % 10 == 0:
            parts.append(f"<h2>Part {n // 10}</h2>")
        link = " <a href='https://example.com/more'>more here</a>" if n == 2 else ""
        parts.append(
            f"<p>Paragraph {n} begins. " + "Words follow words in a calm line. " * 6
            + f"Paragraph {n} ends.{link}</p>"
        )
    article = Article(
        title="A long story", byline="Ann Writer", site_name="Example", published=None,
        lang="en", excerpt=None, lead_image=None, url="https://example.com/story",
        content_html="".join(parts), word_count=0, reading_minutes=0,
    )
    return build_document(article)


def quoted_document() -> Document:
    """Filler, then a paragraph with a speech quotation and a term, then more filler."""
    base = long_document(30)
    said = Paragraph((
        Span("Putin replied that "),
        Span("“", frozenset({"qmark"}), quote=0),
        Span("we don’t need it", quote=0),
        Span("”", frozenset({"qmark"}), quote=0),
        Span(" and hailed a "),
        Span("“", frozenset({"qmark"}), quote=1),
        Span("strategic partnership,", quote=1),
        Span("”", frozenset({"qmark"}), quote=1),
        Span(" later."),
    ))
    late = Paragraph((
        Span("“", frozenset({"qmark"}), quote=2),
        Span("The time will show,", quote=2),
        Span("”", frozenset({"qmark"}), quote=2),
        Span(" he said."),
    ))
    blocks = base.blocks[:12] + (said,) + base.blocks[12:28] + (late,) + base.blocks[28:]
    quotes = (
        Quote(0, (0, 0), (0, 1), "speech", "we don’t need it", "Putin"),
        Quote(1, (0, 0), (0, 1), "term", "strategic partnership,", None),
        Quote(2, (0, 0), (0, 1), "speech", "The time will show,", "Putin"),
    )
    return Document(base.article, blocks, base.links, quotes)


class Host(App):
    def __init__(self, document: Document | None, **options: object) -> None:
        super().__init__()
        self.document = document
        self.options = options
        self.positions: list[ArticleView.PositionChanged] = []
        self.clicked: list[int] = []

    def compose(self) -> ComposeResult:
        yield ArticleView(self.document, **self.options)  # type: ignore[arg-type]

    def on_article_view_position_changed(self, message: ArticleView.PositionChanged) -> None:
        self.positions.append(message)

    def on_article_view_link_clicked(self, message: ArticleView.LinkClicked) -> None:
        self.clicked.append(message.number)


def row_text(view: ArticleView, y: int) -> str:
    return "".join(segment.text for segment in view.render_line(y))


async def test_every_movement_key_moves_at_once_by_its_amount():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        height = view.scrollable_content_region.height
        assert view.max_scroll_y > 3 * height
        steps = [
            ("j", 1), ("down", 1), ("k", -1), ("up", -1),
            ("space", height - 1), ("pagedown", height - 1), ("b", -(height - 1)),
            ("pageup", -(height - 1)), ("d", height // 2), ("u", -(height // 2)),
        ]
        view.jump_to_line(5)
        for key, change in steps:
            before = view.scroll_y
            await pilot.press(key)
            # No animation: the new position is there as soon as the key is handled.
            assert view.scroll_y == before + change, key
            assert not app.animator.is_being_animated(view, "scroll_y")
        for key, expected in [("G", view.max_scroll_y), ("g", 0), ("end", view.max_scroll_y),
                              ("home", 0)]:
            await pilot.press(key)
            assert view.scroll_y == expected, key


def test_every_binding_has_an_id_and_a_description():
    ids = set()
    for binding in ArticleView.BINDINGS:
        assert binding.id and binding.id.startswith("article.")
        assert binding.description
        ids.add(binding.id)
    assert ids == {
        "article.line_down", "article.line_up", "article.page_down", "article.page_up",
        "article.half_page_down", "article.half_page_up", "article.top", "article.bottom",
    }


async def test_the_first_screen_shows_the_header_and_first_paragraph_centred():
    app = Host(long_document(), measure=60)
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        margin = (view.scrollable_content_region.width - 60) // 2
        assert row_text(view, 0)[margin:].startswith("A long story")
        assert "Ann Writer · Example" in row_text(view, 1)
        screen = [row_text(view, y) for y in range(SIZE[1])]
        assert any("Paragraph 0 begins." in line for line in screen)


async def test_find_highlights_counts_and_steps_through_matches():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert view.find_status == ""
        count = view.find("PARAGRAPH 1 ")  # "Paragraph 1 begins", "Paragraph 1 ends"
        assert count == 2
        assert view.find_status == "1/2"
        first = view.matches[0]
        top = round(view.scroll_y)
        assert top <= first.line < top + view.scrollable_content_region.height
        # The current match is drawn reversed (the theme's find-current), the others not.
        line = view.render_line(first.line - top)
        marked = "".join(s.text for s in line if s.style and s.style.reverse)
        assert marked.lower() == "paragraph 1 "
        match_bg = view.get_component_rich_style("article-view--find-match").bgcolor
        other = view.render_line(view.matches[1].line - top)
        assert "".join(s.text for s in other if s.style and s.style.bgcolor == match_bg) \
            .lower() == "paragraph 1 "
        assert view.find_next() and view.find_status == "2/2"
        assert view.find_next() and view.find_status == "1/2"  # wraps around
        assert view.find_previous() and view.find_status == "2/2"
        assert view.find("no such words") == 0
        assert view.find_status == "no matches"
        assert not view.find_next()
        view.clear_find()
        assert view.find_status == "" and view.matches == []


async def test_find_starts_at_the_current_position():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        view.jump_to_text_block(30)
        top = round(view.scroll_y)
        count = view.find("begins")
        assert count == 60
        index = int(view.find_status.split("/")[0]) - 1
        assert view.matches[index].line >= top
        assert view.matches[index - 1].line < top


async def test_quotation_keys_go_to_each_quotation_in_turn():
    doc = quoted_document()
    app = Host(doc)
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        lines = view.layout.quote_lines
        assert view.next_quote() and view.current_quote == 0
        assert round(view.scroll_y) <= lines[0] < round(view.scroll_y) + 5
        assert view.next_quote() and view.current_quote == 1
        assert view.next_quote() and view.current_quote == 2
        assert round(view.scroll_y) <= lines[2] < round(view.scroll_y) + 5
        assert not view.next_quote()
        assert view.previous_quote() and view.current_quote == 1
        assert view.jump_to_quote(2) and view.current_quote == 2
        assert not view.jump_to_quote(99)


async def test_switching_quotations_off_draws_them_plain_and_keeps_the_place():
    app = Host(quoted_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        speech = view.get_component_rich_style("article-view--quote-speech").color
        view.jump_to_quote(0)
        block = view.current_text_block
        y = view.layout.quote_lines[0] - round(view.scroll_y)

        def colours() -> set:
            return {s.style.color for s in view.render_line(y) if s.style}

        assert speech in colours()
        view.show_quotes = False
        await pilot.pause()
        assert view.current_text_block == block
        assert speech not in colours()


async def test_clicking_a_link_posts_its_number():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        [(line, hits)] = view.layout.link_hits.items()
        x_start, _, number = hits[0]
        view.jump_to_line(line - 3)
        await pilot.pause()
        y = line - round(view.scroll_y)
        assert await pilot.click(ArticleView, offset=(x_start + 1, y))
        await pilot.pause()
        assert app.clicked == [number] == [1]
        await pilot.click(ArticleView, offset=(0, y))
        await pilot.pause()
        assert app.clicked == [1]


async def test_scrolling_posts_position_with_percent_minutes_and_block():
    doc = long_document()
    app = Host(doc)
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert app.positions[-1].percent == 0
        assert app.positions[-1].minutes_left == doc.article.reading_minutes > 0
        await pilot.press("space")
        await pilot.pause()
        moved = app.positions[-1]
        assert 0 < moved.percent < 100
        assert moved.block == view.current_text_block > 0
        await pilot.press("G")
        await pilot.pause()
        assert (app.positions[-1].percent, app.positions[-1].minutes_left) == (100, 0)
        assert view.percent_read == 100 and view.minutes_left == 0
        count = len(app.positions)
        await pilot.press("G")  # no move, no message
        await pilot.pause()
        assert len(app.positions) == count


async def test_the_mouse_wheel_scrolls():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        view.post_message(events.MouseScrollDown(view, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_y > 0


async def test_changing_the_measure_keeps_the_reading_position():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        view.jump_to_text_block(25)
        assert view.current_text_block == 25
        lines = view.layout.line_count
        view.measure = 40
        await pilot.pause()
        assert view.layout.column_width == 40 and view.layout.line_count > lines
        assert view.current_text_block == 25
        view.full_width = True
        await pilot.pause()
        assert view.layout.column_width == view.scrollable_content_region.width - 4
        assert view.current_text_block == 25


async def test_a_document_opens_at_a_saved_text_block_and_can_be_replaced():
    first = long_document()
    app = Host(None)
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert view.layout is None and row_text(view, 0).strip() == ""
        view.set_document(first, scroll_to_block=40)
        await pilot.pause()
        assert view.current_text_block == 40
        view.find("words")
        view.set_document(long_document(5))
        await pilot.pause()
        assert view.scroll_y == 0 and view.find_status == ""
        assert row_text(view, 0).strip() == "A long story"


async def test_the_outline_lists_headings_and_jumps_to_them():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert [h.text for h in view.headings] == [f"Part {n}" for n in range(6)]
        target = view.headings[3]
        view.jump_to_line(target.line)
        assert row_text(view, 0).strip() == "Part 3"
        view.jump_to_text_block(target.block)
        assert view.current_text_block == target.block


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_theme_changes_restyle_the_text(theme: str):
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        app.theme = "textual-light" if theme == "textual-dark" else "textual-dark"
        await pilot.pause()
        app.theme = theme
        await pilot.pause()
        await pilot.pause()
        background = app.get_css_variables()["background"].lower()
        foreground = app.get_css_variables()["foreground"].lower()
        paragraph = view.layout.text_block_lines[1]  # after the heading "Part 0"
        assert view.scroll_y == 0
        words = next(s for s in view.render_line(paragraph) if s.text.strip())
        assert words.text.startswith("Paragraph 0")
        assert words.style.bgcolor.triplet.hex == background
        assert words.style.color.triplet.hex == foreground


async def test_the_seed_page_reads_in_the_view(seed_page: Path):
    app = Host(read_source(str(seed_page)))
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert "Putin" in row_text(view, 0)
        assert view.find("Putin") >= 8


async def test_a_long_article_is_laid_out_in_chunks_and_the_end_is_at_hand():
    doc = long_document(600)
    app = Host(doc)
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert "Paragraph 0 begins." in "".join(row_text(view, y) for y in range(SIZE[1]))
        await pilot.press("G")
        assert view.layout.complete
        bottom = [row_text(view, y) for y in range(SIZE[1])]
        assert any("Paragraph 599 ends." in line for line in bottom)
        assert view.virtual_size.height == view.layout.line_count
        assert view.percent_read == 100


async def test_a_new_width_or_theme_keeps_the_header_and_the_place_in_a_paragraph():
    app = Host(long_document())
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert view.scroll_y == 0 and "A long story" in row_text(view, 0)
        view.measure = 50
        await pilot.pause()
        assert view.scroll_y == 0
        # Half-way through a paragraph stays about half-way through it.
        block = 20
        start = view.layout.text_block_lines[block]
        end = view.layout.text_block_lines[block + 1]
        view.jump_to_line(start + (end - start) // 2)
        view.measure = 70
        await pilot.pause()
        assert view.current_text_block == block
        start = view.layout.text_block_lines[block]
        end = view.layout.text_block_lines[block + 1]
        assert start < view.scroll_y < end
