"""ArticleView: the article drawn with Textual's line API from the lines of ``reader.layout``.

(Being built: the API below is settled; the implementation follows.)

API
---
``ArticleView(document=None, *, measure=80, full_width=False, show_quotes=True, name=None,
id=None, classes=None)``

- ``set_document(document, *, scroll_to_block=None)``: show a Document (``None`` clears);
  ``scroll_to_block`` is a text block index to open at (saved reading progress).
- ``document``: the Document shown (or None). ``layout``: the current ``reader.layout.Layout``.
- Reactives ``measure: int``, ``full_width: bool``, ``show_quotes: bool``: changing one lays
  the article out again and keeps the reading position (the top text block).
- Movement actions, all landing at once (no animation): ``action_line_down/up``,
  ``action_half_page_down/up``, ``action_page_down/up``, ``action_top``, ``action_bottom``.
  BINDINGS (ids in parentheses): j/down (``article.line_down``), k/up (``article.line_up``),
  space/pagedown (``article.page_down``), b/pageup (``article.page_up``),
  d (``article.half_page_down``), u (``article.half_page_up``), g/home (``article.top``),
  G/end (``article.bottom``).
- Find: ``find(query) -> int`` (number of matches; all highlighted; jumps to the first at or
  after the top of the view), ``find_next() -> bool``, ``find_previous() -> bool``,
  ``clear_find()``, ``find_status -> str`` ("3/17", "no matches", or "" with no search),
  ``find_query -> str``. Also ``action_find_next`` / ``action_find_previous``.
- Quotations: ``next_quote() -> bool``, ``previous_quote() -> bool``,
  ``jump_to_quote(id) -> bool``; ``show_quotes`` switches their highlighting.
  Also ``action_next_quote`` / ``action_previous_quote`` / ``action_toggle_quotes``.
- ``jump_to_line(n)``, ``jump_to_text_block(i)``; ``headings`` (list of
  ``reader.layout.OutlineEntry(level, text, line, block)``) for an outline;
  ``current_text_block -> int`` (top visible text block) for saving reading progress;
  ``percent_read -> int`` (0–100); ``minutes_left -> int``.
- Messages: ``ArticleView.PositionChanged(percent, minutes_left, block)`` when scrolling moves
  the position; ``ArticleView.LinkClicked(number)`` on a click on a link's text or number.
  The mouse wheel scrolls.
- Component classes ``article-view--<role>`` for every role of ``reader.layout.ROLES``, styled
  from theme variables only.
"""
