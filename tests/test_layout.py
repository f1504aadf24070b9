"""The layout: a Document as wrapped, styled lines at a width, without any terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.style import Style

from reader.document import (
    Document,
    Paragraph,
    Quote,
    Span,
    build_document,
    iter_text_blocks,
)
from reader.extract import Article
from reader.layout import (
    _NARROW_RANGES,
    ROLES,
    Layout,
    Match,
    _is_narrow,
    clear_cache,
    column,
    highlight,
    layout_document,
    wrap,
)
from reader.pipeline import read_source

# Every role gets its own colour, so a segment's role can be read back from its style.
STYLES = {role: Style(color=f"color({i + 16})") for i, role in enumerate(ROLES)}
STYLES["em"] = Style(italic=True)
STYLES["strong"] = Style(bold=True)
STYLES["quote-mark"] = Style(color="color(250)", dim=True)


def article(html: str, **overrides: object) -> Article:
    fields: dict[str, object] = dict(
        title="A title", byline="Ann Writer", site_name="Example News", published=None,
        lang="en", excerpt=None, lead_image=None, url="https://example.com/story",
        content_html=html, word_count=100, reading_minutes=3,
    )
    fields.update(overrides)
    return Article(**fields)  # type: ignore[arg-type]


def document(html: str, **overrides: object) -> Document:
    return build_document(article(html, **overrides))


def line_text(layout: Layout, n: int) -> str:
    return "".join(segment.text for segment in layout.lines[n])


def all_text(layout: Layout) -> list[str]:
    return [line_text(layout, n) for n in range(layout.line_count)]


def first_words(layout: Layout, n: int) -> Segment:
    return next(s for s in layout.lines[n] if s.text.strip())


def segments_with(layout: Layout, role: str) -> list[Segment]:
    color = STYLES[role].color
    return [s for line in layout.lines for s in line if s.style and s.style.color == color]


def assert_exact_width(layout: Layout) -> None:
    for n, line in enumerate(layout.lines):
        assert sum(cell_len(s.text) for s in line) == layout.width, (n, line_text(layout, n))


LOREM = " ".join(["alpha beta gamma delta epsilon zeta eta theta iota kappa"] * 12)


def test_text_wraps_at_the_measure_and_is_centred():
    doc = document(f"<p>{LOREM}</p>")
    layout = layout_document(doc, 120, STYLES, measure=60)
    assert (layout.column_x, layout.column_width) == (30, 60)
    assert_exact_width(layout)
    body = [line_text(layout, n) for n in range(layout.text_block_lines[0], layout.line_count)]
    assert len(body) > 5
    for text in body:
        assert text[:30] == " " * 30
        assert len(text[30:].rstrip()) <= 60
    # Greedy wrapping fills lines: no line could have taken the next word.
    words = [text.strip() for text in body]
    for this, following in zip(words, words[1:], strict=False):
        assert len(this) + 1 + len(following.split(" ")[0]) > 60


def test_full_width_uses_the_whole_width_less_a_margin():
    doc = document(f"<p>{LOREM}</p>")
    layout = layout_document(doc, 120, STYLES, measure=60, full_width=True)
    assert (layout.column_x, layout.column_width) == (2, 116)
    assert max(len(text.rstrip()) for text in all_text(layout)) > 100


def test_a_view_narrower_than_the_measure_uses_all_of_it():
    assert column(50, 80, False) == (0, 50)
    layout = layout_document(document(f"<p>{LOREM}</p>"), 50, STYLES)
    assert (layout.column_x, layout.column_width) == (0, 50)
    widths = [len(text.rstrip()) for text in all_text(layout)]
    assert max(widths) <= 50 and max(widths) >= 45


def test_header_shows_title_byline_site_and_reading_time():
    from datetime import datetime

    doc = document("<p>Body.</p>", published=datetime(2020, 10, 22))
    layout = layout_document(doc, 80, STYLES)
    assert line_text(layout, 0).strip() == "A title"
    assert first_words(layout, 0).style.color == STYLES["title"].color
    assert first_words(layout, 1).style.color == STYLES["meta"].color
    minutes = doc.article.reading_minutes
    assert line_text(layout, 1).strip() == (
        f"Ann Writer · Example News · 2020-10-22 · {minutes} min read"
    )
    assert line_text(layout, 2).strip() == ""
    assert line_text(layout, 3).strip() == "Body."


def test_paragraphs_are_separated_by_one_blank_line():
    layout = layout_document(document("<p>One.</p><p>Two.</p><p>Three.</p>"), 80, STYLES)
    starts = layout.text_block_lines
    assert [line_text(layout, n).strip() for n in starts] == ["One.", "Two.", "Three."]
    assert starts[1] - starts[0] == 2 and starts[2] - starts[1] == 2
    assert line_text(layout, starts[0] + 1).strip() == ""


def test_headings_are_styled_by_level_and_listed_in_the_outline():
    doc = document("<h2>Big</h2><p>Text.</p><h3>Small</h3><p>More.</p>")
    layout = layout_document(doc, 80, STYLES)
    assert [(h.level, h.text) for h in layout.headings] == [(2, "Big"), (3, "Small")]
    for heading in layout.headings:
        style = first_words(layout, heading.line).style
        assert style.color == STYLES[f"heading{heading.level}"].color
        assert layout.text_block_lines[heading.block] == heading.line


def test_nested_lists_have_bullets_numbers_and_a_hanging_indent():
    long_item = "word " * 30
    html = (
        f"<ul><li>{long_item}</li><li>second<ul><li>inner one</li><li>inner two</li></ul>"
        "</li></ul><ol start='9'><li>nine</li><li>ten</li></ol>"
    )
    layout = layout_document(document(html), 60, STYLES, measure=40)
    text = [t[layout.column_x:].rstrip() for t in all_text(layout)[3:]]
    assert text[0].startswith("• word")
    assert text[1].startswith("  word")  # the hanging indent
    second = text.index("• second")
    assert text[second + 1] == "  ◦ inner one"
    assert text[second + 2] == "  ◦ inner two"
    assert " 9. nine" in text and "10. ten" in text


def test_block_quotes_have_a_bar_on_every_line():
    html = f"<blockquote><p>{LOREM}</p><p>Second paragraph.</p></blockquote><p>After.</p>"
    layout = layout_document(document(html), 80, STYLES, measure=50)
    first, second, after = layout.text_block_lines
    for n in range(first, after - 1):
        assert line_text(layout, n)[layout.column_x:].startswith("│ "), n
    bars = segments_with(layout, "blockquote-bar")
    assert len(bars) == after - 1 - first
    assert not line_text(layout, after)[layout.column_x:].startswith("│")


def test_preformatted_text_is_not_rewrapped_but_cut_at_the_column():
    code = "short line\n" + "x = " + "1 + " * 40 + "1\n    indented"
    layout = layout_document(document(f"<pre>{code}</pre>"), 80, STYLES, measure=40)
    body = all_text(layout)[3:]
    assert len(body) == 3
    assert body[0][layout.column_x:].rstrip() == "short line"
    assert body[1][layout.column_x:layout.column_x + 40] == ("x = " + "1 + " * 40)[:40]
    assert body[2][layout.column_x:].rstrip() == "    indented"
    assert len(segments_with(layout, "pre")) >= 3


def test_figures_show_their_alt_text_and_caption():
    html = "<figure><img src='a.jpg' alt='A tank'><figcaption>Drills in 2020.</figcaption>" \
        "</figure>"
    layout = layout_document(document(html), 80, STYLES)
    body = [t.strip() for t in all_text(layout)[3:]]
    assert body == ["[Image: A tank]", "Drills in 2020."]
    assert segments_with(layout, "figure") and segments_with(layout, "caption")
    assert layout.text_block_lines == [4]  # the caption is the one text block


def test_tables_fit_their_columns_and_wrap_cells():
    long_cell = "a long description of the thing " * 3
    html = (
        "<table><tr><th>Name</th><th>Notes</th></tr>"
        f"<tr><td>One</td><td>{long_cell}</td></tr><tr><td>Two</td><td>short</td></tr></table>"
    )
    doc = document(html)
    layout = layout_document(doc, 60, STYLES, measure=50)
    assert_exact_width(layout)
    body = [t[layout.column_x:].rstrip() for t in all_text(layout)[3:]]
    assert body[0].startswith("Name │ Notes")
    assert set(body[1]) <= {"─", "┼"}
    assert body[2].startswith("One  │ a long")
    assert body[3].startswith("     │ ")  # the wrapped cell continues in its column
    assert all(len(line) <= 50 for line in body)
    assert segments_with(layout, "table-header")
    # Every cell is a text block, all cells of a row start on the row's first line.
    assert len(layout.text_block_lines) == len(list(iter_text_blocks(doc.blocks)))
    assert layout.text_block_lines[:2] == [3, 3]


def test_links_are_followed_by_their_number_and_can_be_clicked():
    html = "<p>Read <a href='/one'>the report</a> and <a href='/two'>this</a>.</p>"
    layout = layout_document(document(html), 80, STYLES)
    line = layout.text_block_lines[0]
    text = line_text(layout, line)
    assert text.strip() == "Read the report[1] and this[2]."
    numbers = segments_with(layout, "link-number")
    assert [s.text for s in numbers] == ["[1]", "[2]"]
    assert [s.text for s in segments_with(layout, "link")] == ["the report", "this"]
    x = text.index("the report")
    assert layout.link_at(line, x) == 1
    assert layout.link_at(line, x + len("the report[1]") - 1) == 1
    assert layout.link_at(line, text.index("this")) == 2
    assert layout.link_at(line, text.index("Read")) is None
    assert layout.link_at(line - 1, x) is None


def test_wide_characters_wrap_by_cell_width():
    text = "東京では" * 20 + " 新しい 政策 が 発表 されました"
    layout = layout_document(document(f"<p>{text}</p>"), 40, STYLES)
    assert_exact_width(layout)
    body = all_text(layout)[3:]
    assert len(body) > 2
    assert all(cell_len(line) == 40 for line in body)
    assert "".join(line.strip() for line in body).replace(" ", "") == text.replace(" ", "")


def test_long_words_are_broken():
    url = "https://example.com/" + "x" * 100
    layout = layout_document(document(f"<p>See {url} now</p>"), 30, STYLES)
    assert_exact_width(layout)
    body = [t.strip() for t in all_text(layout)[layout.text_block_lines[0]:]]
    assert "".join(body) == f"See{url}now"
    assert body[0] == "See"


def test_combining_marks_are_not_split_from_their_letter():
    word = "e\u0301" * 40  # é as e + combining acute: 40 cells, 80 characters
    layout = layout_document(document(f"<p>{word}</p>"), 15, STYLES)
    assert_exact_width(layout)
    for line in all_text(layout)[3:]:
        assert not line.lstrip().startswith("\u0301")


def test_the_narrow_ranges_are_all_one_cell_wide():
    for start, end in _NARROW_RANGES:
        for code in range(start, end + 1):
            assert get_character_cell_size(chr(code)) == 1, hex(code)
    inside = "".join(chr(code) for start, end in _NARROW_RANGES for code in range(start, end + 1))
    assert _is_narrow(inside)
    for other in ("東", "e\u0301", "😀", "\u200b", "\u3000"):
        assert not _is_narrow("abc" + other), repr(other)


def quoted_document() -> Document:
    said = (
        Span("Putin replied that "),
        Span("“", frozenset({"qmark"}), quote=0),
        Span("we don’t need it", quote=0),
        Span("”", frozenset({"qmark"}), quote=0),
        Span(" and called it a "),
        Span("“", frozenset({"qmark"}), quote=1),
        Span("partnership", quote=1),
        Span(",”", frozenset({"qmark"}), quote=1),
        Span(" again."),
    )
    quotes = (
        Quote(0, (0, 19), (0, 37), "speech", "we don’t need it", "Putin"),
        Quote(1, (0, 55), (0, 69), "term", "partnership", None),
    )
    filler = tuple(Paragraph((Span(LOREM),)) for _ in range(3))
    return Document(article("", word_count=400), filler + (Paragraph(said),), (), quotes)


def test_quotations_are_styled_by_kind_with_dimmer_marks():
    layout = layout_document(quoted_document(), 80, STYLES)
    assert [s.text for s in segments_with(layout, "quote-speech")] == ["we don’t need it"]
    assert [s.text for s in segments_with(layout, "quote-term")] == ["partnership"]
    assert [s.text for s in segments_with(layout, "quote-mark")] == ["“", "”", "“", ",”"]
    assert all(s.style.dim for s in segments_with(layout, "quote-mark"))
    last = layout.text_block_lines[3]
    assert layout.quote_lines == {0: last, 1: last}


def test_quotations_are_plain_text_when_switched_off():
    layout = layout_document(quoted_document(), 80, STYLES, show_quotes=False)
    for role in ("quote-speech", "quote-term", "quote-mark"):
        assert segments_with(layout, role) == []
    assert "“we don’t need it”" in line_text(layout, layout.text_block_lines[3])


def test_find_is_case_insensitive_and_gives_cell_positions():
    doc = document("<p>Putin spoke. Later PUTIN left; putin!</p><p>東京 putin</p>")
    layout = layout_document(doc, 80, STYLES)
    matches = layout.find("Putin")
    assert len(matches) == 4
    first = layout.text_block_lines[0]
    text = line_text(layout, first)
    assert matches[0] == Match(first, text.index("Putin"), text.index("Putin") + 5)
    assert matches[1].x_start == text.index("PUTIN")
    wide = matches[3]
    assert wide.line == layout.text_block_lines[1]
    # 東京 is four cells wide, so the match starts two cells further than its characters.
    assert wide.x_start == layout.column_x + 5
    assert layout.find("") == [] and layout.find("absent") == []


def test_find_matches_across_a_wrapped_line_break():
    doc = document("<p>" + "word " * 15 + "needle haystack</p>")
    layout = layout_document(doc, 20, STYLES, full_width=True)
    matches = layout.find("needle haystack")
    assert len(matches) == 1
    parts = matches[0].parts()
    if len(parts) == 2:
        assert parts[1].line == parts[0].line + 1
    assert sum(p.x_end - p.x_start for p in parts) == len("needle haystack") - (len(parts) - 1)


def test_text_block_lines_follow_the_document_text_blocks(seed_page: Path):
    doc = read_source(str(seed_page))
    texts = doc.block_texts()
    for width in (40, 80, 120):
        layout = layout_document(doc, width, STYLES)
        assert_exact_width(layout)
        assert len(layout.text_block_lines) == len(texts)
        for block, line in enumerate(layout.text_block_lines):
            words = texts[block].split()
            if words:
                assert words[0][:5] in line_text(layout, line), (width, block)


def test_layout_grows_linearly_with_the_article():
    paragraph = f"<p>{LOREM} <a href='/x'>link</a> <em>stress</em> “quoted words” here.</p>"
    one = layout_document(document(paragraph * 10), 80, STYLES)
    ten = layout_document(document(paragraph * 100), 80, STYLES)
    header = one.text_block_lines[0]
    per_paragraph = (one.line_count - header + 1) / 10
    assert ten.line_count - header + 1 == per_paragraph * 100
    # The lines stay the same size too: a line of a long article costs what a short one does.
    assert max(len(line) for line in ten.lines) == max(len(line) for line in one.lines)
    assert len(ten.text_block_lines) == 10 * len(one.text_block_lines)


def test_layouts_are_cached_per_document_width_and_options():
    doc = document(f"<p>{LOREM}</p>")
    layout = layout_document(doc, 80, STYLES)
    assert layout_document(doc, 80, dict(STYLES)) is layout
    assert layout_document(doc, 81, STYLES) is not layout
    assert layout_document(doc, 80, STYLES, show_quotes=False) is not layout
    other = {**STYLES, "text": Style(color="red")}
    assert layout_document(doc, 80, other) is not layout
    # Another document (even with the same id after the first is gone) is laid out anew.
    again = document(f"<p>{LOREM} more</p>")
    assert "more" in "".join(all_text(layout_document(again, 80, STYLES)))


def test_tiny_widths_still_give_lines_of_exactly_that_width(seed_page: Path):
    doc = read_source(str(seed_page))
    for width in (1, 5, 12):
        assert_exact_width(layout_document(doc, width, STYLES))


def test_page_text_that_looks_like_markup_is_shown_as_it_is():
    layout = layout_document(document("<p>[bold]x[/] [@click=app.quit]y</p>"), 80, STYLES)
    assert line_text(layout, 3).strip() == "[bold]x[/] [@click=app.quit]y"


def test_highlight_lays_a_style_over_cell_ranges():
    line = [Segment("hello ", Style()), Segment("world", Style(bold=True))]
    out = highlight(line, 11, [(4, 8, Style(reverse=True))])
    assert "".join(s.text for s in out) == "hello world"
    marked = "".join(s.text for s in out if s.style.reverse)
    assert marked == "o wo"
    assert all(s.style.bold for s in out if s.text == "wo")


@pytest.mark.parametrize("width", [1, 3, 10])
def test_wrap_keeps_every_character_but_the_wrapping_spaces(width: int):
    text = "the quick brown fox jumps\nover the lazy dog"
    lines = wrap(text, width)
    rebuilt = ""
    for start, end, sep in lines:
        rebuilt += text[start:end] + sep
    assert rebuilt.rstrip("\n") == text


def test_a_lazy_layout_shows_the_top_first_and_ends_the_same():
    paragraph = f"<h2>Part</h2><p>{LOREM} <a href='/x'>link</a>.</p>"
    doc = document(paragraph * 50)
    whole = layout_document(doc, 90, STYLES)
    clear_cache()
    lazy = layout_document(doc, 90, STYLES, first_lines=30)
    assert not lazy.complete
    assert 30 <= lazy.line_count < whole.line_count
    assert all_text(lazy) == all_text(whole)[:lazy.line_count]
    assert lazy.estimated_line_count >= lazy.line_count
    lazy.extend_to_block(40)
    assert len(lazy.text_block_lines) > 40
    assert lazy.find("link")  # find lays out the rest first
    assert lazy.complete
    assert all_text(lazy) == all_text(whole)
    assert lazy.text_block_lines == whole.text_block_lines
    assert lazy.headings == whole.headings and lazy.link_hits == whole.link_hits
    assert lazy.estimated_line_count == whole.line_count


def test_find_positions_hold_in_every_table_column():
    html = "<table><tr><td>alpha</td><td>beta gamma</td><td>delta</td></tr></table>"
    layout = layout_document(document(html), 80, STYLES)
    [match] = layout.find("delta")
    text = line_text(layout, match.line)
    assert text[match.x_start:match.x_end] == "delta"


def test_deep_nesting_is_clipped_not_broken():
    html = "<blockquote>" * 90 + "<ul><li>" * 40 + "deep words here" + "</li></ul>" * 40 \
        + "</blockquote>" * 90
    layout = layout_document(document(html), 60, STYLES)
    assert_exact_width(layout)
    assert layout.text_block_lines
