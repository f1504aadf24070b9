"""The article screen: the ArticleView between a status line and the footer, and its keys.

Everything here works on the one article on screen: find, links, outline, quotations, text
width. Dialogs are imported when first opened, so the first paint pays only for this screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen

from reader.config import MAX_MEASURE, MIN_MEASURE
from reader.ui.article_view import ArticleView
from reader.ui.library_app import ARTICLE_LIBRARY_BINDINGS
from reader.ui.widgets.keys_bar import KeysBar
from reader.ui.widgets.loading import LoadingBar
from reader.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from reader.document import Document, Quote
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.find_bar import FindBar

MEASURE_STEP = 4


def quote_citation(quote: Quote, document: Document) -> str:
    """A quotation as a reader pastes it elsewhere: the words in marks, who said them, and
    the article's title, site and web address (a local file's path is left out)."""
    from reader.urls import UnsafeURLError, safe_http_url

    parts = [f"“{quote.text.strip()}”"]
    if quote.speaker:
        parts.append(f" — {quote.speaker}")
    article = document.article
    source = f"“{article.title}”" if article.title else ""
    if site := site_of(document):
        source = f"{source} ({site})" if source else site
    try:
        url = safe_http_url(article.url) if article.url else ""
    except UnsafeURLError:
        url = ""
    if source or url:
        parts.append(", in " if quote.speaker else " — ")
        parts.append(" ".join(p for p in (source, url) if p))
    return "".join(parts)


def site_of(document: Document) -> str:
    """The site's name, or the host of its URL, or what the source was."""
    article = document.article
    if article.site_name:
        return article.site_name
    from urllib.parse import urlsplit

    url = article.url or ""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    if host:
        return host
    if url.startswith("file:"):
        return url.rsplit("/", 1)[-1] or "file"
    return ""


class ArticleScreen(Screen[None]):
    """Shows one article; the app swaps documents in and out of its view."""

    app: ReaderApp  # type: ignore[assignment]

    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding runs in the app's own event loop before the next key is handed
        # on, so keys typed right after "/" reach the find bar, not the article.
        Binding("slash", "find", "Find", id="find", priority=True),
        Binding("n", "find_next", "Next match", id="find-next", show=False),
        Binding("N", "find_previous", "Previous match", id="find-previous", show=False),
        Binding("escape", "cancel", "Cancel loading / clear find / library", id="cancel",
                show=False),
        Binding("l", "links", "Links", id="links"),
        Binding("t", "outline", "Outline", id="outline"),
        Binding("apostrophe", "next_quote", "Next quote", id="next-quote", show=False),
        Binding("quotation_mark", "previous_quote", "Previous quote", id="previous-quote",
                show=False),
        Binding("Q", "quotes", "Quotes", id="quotes"),
        Binding("h", "toggle_quotes", "Quote highlighting", id="highlight-quotes", show=False),
        Binding("y", "copy_quote", "Copy the quotation with who said it and where",
                id="copy-quote", show=False),
        Binding("less_than_sign,minus", "narrower", "Narrower text", id="narrower", show=False),
        Binding("greater_than_sign,plus", "wider", "Wider text", id="wider", show=False),
        Binding("w", "full_width", "Full width", id="full-width", show=False),
        Binding("r", "reload", "Reload", id="reload", show=False),
        *ARTICLE_LIBRARY_BINDINGS,
    ]

    def __init__(self, *, measure: int = 80, full_width: bool = False) -> None:
        super().__init__()
        self._measure = measure
        self._full_width = full_width
        self.document: Document | None = None
        self.find_query = ""

    def compose(self) -> ComposeResult:
        yield StatusLine()
        yield LoadingBar()
        yield ArticleView(measure=self._measure, full_width=self._full_width, id="article")
        yield KeysBar()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    @property
    def loading_bar(self) -> LoadingBar:
        return self.query_one(LoadingBar)

    def on_mount(self) -> None:
        self.status.show_message("Nothing open yet · ctrl+o opens a page or a file")
        self.view.focus()

    def show_document(self, document: Document, block: int | None = None) -> None:
        """Put a Document in the view (at a text block, when coming back to it)."""
        self.document = document
        self._forget_find()
        view = self.view
        view.set_document(document, scroll_to_block=block)
        self.status.show_article(site_of(document), document.article.reading_minutes)
        self.status.show_position(view.percent_read, view.minutes_left)
        self.status.show_quote("")
        self.sub_title = document.title
        view.focus()

    @on(ArticleView.PositionChanged)
    def _position_changed(self, event: ArticleView.PositionChanged) -> None:
        self.status.show_position(event.percent, event.minutes_left)
        self.status.show_quote(self.view.quote_status)  # (gone once the quotation is)

    @on(ArticleView.LinkClicked)
    def _link_clicked(self, event: ArticleView.LinkClicked) -> None:
        event.stop()
        self.app.follow_link_number(event.number, "read")

    # -- find ---------------------------------------------------------------------------------
    async def _find_bar(self) -> FindBar:
        from reader.ui.widgets.find_bar import FindBar

        bars = self.query(FindBar)
        if bars:
            return bars.first()
        bar = FindBar()
        # Awaited inside the key's action, so keys typed right after "/" wait for the bar
        # rather than reaching the article (where "l" would open the links list).
        await self.mount(bar, before=self.query_one(KeysBar))
        return bar

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "/" typed in the find bar (or any text field) is text, not a new search.
        return not (action == "find" and getattr(self.focused, "takes_text", False))

    async def action_find(self) -> None:
        bar = await self._find_bar()
        bar.open(self.find_query)

    def _close_find_bar(self) -> None:
        from reader.ui.widgets.find_bar import FindBar

        for bar in self.query(FindBar):
            bar.close()
        self.view.focus()

    def on_find_bar_submitted(self, event: FindBar.Submitted) -> None:
        query = event.query.strip()
        self._close_find_bar()
        if not query:
            self.action_cancel()
            return
        self.find_query = query
        count = self.view.find(query)
        self.status.show_find(self.view.find_status)
        if not count:
            self.notify(Content(f"No matches for “{query}”"), severity="warning")

    def on_find_bar_cancelled(self, event: FindBar.Cancelled) -> None:
        self._close_find_bar()

    async def action_find_next(self) -> None:
        if not self.find_query:
            await self.action_find()
            return
        self.view.find_next()
        self.status.show_find(self.view.find_status)

    async def action_find_previous(self) -> None:
        if not self.find_query:
            await self.action_find()
            return
        self.view.find_previous()
        self.status.show_find(self.view.find_status)

    def _forget_find(self) -> None:
        if self.find_query:
            self.view.clear_find()
        self.find_query = ""
        self.status.show_find("")

    def action_cancel(self) -> None:
        """Esc: stop a page that is loading; otherwise clear the find highlights; with
        neither, back to the library if the article was opened from it."""
        if self.app.cancel_loading():
            return
        if not self.find_query and self.app.opened_from_library(self.document):
            self.app.show_library()
            return
        self._forget_find()

    # -- dialogs ------------------------------------------------------------------------------
    def action_links(self) -> None:
        if self.document is None or not self.document.links:
            self.notify("This article has no links.")
            return
        from reader.ui.screens.links import LinksScreen

        def chosen(choice: tuple[str, int] | None) -> None:
            if choice is not None:
                self.app.follow_link_number(choice[1], choice[0])

        self.app.push_screen(LinksScreen(self.document.links), chosen)

    def action_outline(self) -> None:
        headings = list(self.view.headings) if self.document is not None else []
        if not headings:
            self.notify("This article has no headings.")
            return
        from reader.ui.screens.outline import OutlineScreen

        def chosen(line: int | None) -> None:
            if line is not None:
                self.view.jump_to_line(line)

        self.app.push_screen(OutlineScreen(headings), chosen)

    def action_quotes(self) -> None:
        if self.document is None or not self.document.quotes:
            self.notify("No quotations found in this article.")
            return
        from reader.ui.screens.quotes import QuotesScreen

        view = self.view
        panel = QuotesScreen(self.document.quotes, hide_terms=view.skip_terms,
                             speaker=view.only_speaker)

        def chosen(quote_id: int | None) -> None:
            # The jump keys pass over what the panel hides: the terms, or everyone but the
            # speaker chosen with s.
            view.skip_terms = panel.hide_terms
            view.only_speaker = panel.speaker
            if quote_id is not None:
                view.jump_to_quote(quote_id)
                self.status.show_quote(view.quote_status)

        self.app.push_screen(panel, chosen)

    # -- quotations and width -----------------------------------------------------------------
    def action_next_quote(self) -> None:
        if self.document is None or not self.document.quotes:
            self.notify("No quotations found in this article.")
        elif self.view.next_quote() is False:
            self.notify(self._no_more("below"))
        self.status.show_quote(self.view.quote_status)

    def action_previous_quote(self) -> None:
        if self.document is None or not self.document.quotes:
            self.notify("No quotations found in this article.")
        elif self.view.previous_quote() is False:
            self.notify(self._no_more("above"))
        self.status.show_quote(self.view.quote_status)

    def _no_more(self, where: str) -> Content:
        """The message at the last quotation the keys visit, with what they pass over (the
        speaker is page text: plain Content, never markup)."""
        speaker = self.view.only_speaker
        if speaker is not None:
            return Content(f"No more quotations by {speaker} {where} "
                           "(Q, then s until all are shown).")
        hidden = " (terms hidden: Q, then t shows them)" if self.view.skip_terms else ""
        return Content(f"No more quotations {where}{hidden}.")

    def action_copy_quote(self) -> None:
        quote = self.view.shown_quote
        if quote is None or self.document is None:
            self.notify("Go to a quotation first: ' and \" jump, Q lists them.")
            return
        citation = quote_citation(quote, self.document)
        self.app.copy_to_clipboard(citation)
        shown = citation if len(citation) <= 120 else citation[:119].rstrip() + "…"
        self.notify(Content(f"Copied: {shown}"))

    def action_toggle_quotes(self) -> None:
        view = self.view
        view.show_quotes = not view.show_quotes
        self.notify(
            "Quotations highlighted." if view.show_quotes else "Quotation highlighting off."
        )

    def action_narrower(self) -> None:
        view = self.view
        # Narrow from what is shown: a measure wider than the window looks the same.
        shown = min(view.measure, view.size.width) if view.size.width else view.measure
        view.full_width = False
        view.measure = max(MIN_MEASURE, shown - MEASURE_STEP)

    def action_wider(self) -> None:
        view = self.view
        view.full_width = False
        view.measure = min(MAX_MEASURE, view.measure + MEASURE_STEP)

    def action_full_width(self) -> None:
        self.view.full_width = not self.view.full_width

    def action_reload(self) -> None:
        self.app.reload()
