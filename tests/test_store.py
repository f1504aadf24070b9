"""The bookmark store on a real SQLite file: saving, merging, listing, searching, state,
highlights, offline documents and schema migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.errors import StoreError
from reader.fetch import Page
from reader.pipeline import read_page
from reader.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Filter,
    NewEntry,
    NewHighlight,
    Store,
    fts_query,
)


def make_page(
    url: str = "https://news.example/a",
    title: str = "Harbour seals return",
    body: str = "Seals were seen in the harbour again this spring.",
    canonical: str | None = None,
    final_url: str | None = None,
) -> Page:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(
        f"<p>{body} Paragraph {n} keeps the article long enough to be read as one.</p>"
        for n in range(4)
    )
    html = (
        f"<!doctype html><html><head><meta charset=utf-8><title>{title}</title>{link}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )
    return Page(
        url=url, final_url=final_url or url, html=html, encoding="utf-8",
        content_type="text/html; charset=utf-8", source="web", raw=html.encode(),
    )


def save(store: Store, page: Page, tags: tuple[str, ...] = ()) -> int:
    return store.save(page, read_page(page), tags=tags)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "library.sqlite3") as opened:
        yield opened


def test_saved_article_keeps_its_facts_text_and_page(store: Store) -> None:
    page = make_page()
    document = read_page(page)
    article_id = store.save(page, document, tags=["nature"])
    entry = store.get(article_id)
    assert entry.url == "https://news.example/a"
    assert entry.final_url == "https://news.example/a"
    assert entry.title == document.title
    assert entry.tags == ("nature",)
    assert entry.has_page and entry.word_count == document.article.word_count
    assert entry.site  # the page's host when the page names no site
    assert store.text(article_id) == document.text()
    stored = store.page(article_id)
    assert stored is not None and stored.raw == page.raw
    assert stored.encoding == "utf-8"


def test_document_is_rebuilt_offline_from_the_saved_page(store: Store) -> None:
    page = make_page(body="Offline reading works without any network at all.")
    article_id = save(store, page)
    document = store.document(article_id)
    assert document.text() == read_page(page).text()
    assert document.title == read_page(page).title


def test_saved_plain_text_and_cp1251_pages_come_back_as_first_read(store: Store) -> None:
    from reader.fetch import decode_page

    for raw, declared in (
        (b"First line <b>not markup</b>\n\nSecond paragraph of the note.", "text/plain"),
        ("<html><body><p>Привет, это статья о чтении в терминале.</p></body></html>"
         .encode("cp1251"), "text/html"),
    ):
        html, encoding, content_type = decode_page(raw, declared)
        page = Page(
            url=f"https://example.com/{content_type}", final_url=f"https://example.com/{content_type}",
            html=html, encoding=encoding, content_type=content_type, source="web", raw=raw,
        )
        article_id = save(store, page)
        assert store.document(article_id).text() == read_page(page).text()


def test_saving_the_same_url_again_updates_and_keeps_tags_progress_highlights(
    store: Store,
) -> None:
    first = save(store, make_page(title="Old title"), tags=("keep",))
    store.set_progress(first, 0.5, 3)
    store.set_starred(first)
    store.add_highlight(first, "Seals were seen", block=1, start=0, end=15, note="nice")
    second = save(store, make_page(title="New title"), tags=("also",))
    assert second == first
    entry = store.get(first)
    assert entry.title.startswith("New title")
    assert entry.tags == ("also", "keep")
    assert (entry.progress, entry.progress_block, entry.starred) == (0.5, 3, True)
    assert [h.text for h in store.highlights(first)] == ["Seals were seen"]
    assert store.count() == 1


def test_same_canonical_url_from_another_address_is_the_same_article(store: Store) -> None:
    canonical = "https://news.example/story"
    first = save(store, make_page(url="https://news.example/story?utm=1", canonical=canonical))
    second = save(store, make_page(url="https://m.news.example/story", canonical=canonical))
    assert first == second
    assert store.get(first).canonical_url == canonical


def test_redirected_page_matches_its_final_url(store: Store) -> None:
    first = save(store, make_page(url="https://short.example/x", final_url="https://news.example/a"))
    second = save(store, make_page(url="https://news.example/a"))
    assert first == second


def test_list_sorts_filters_and_pages_without_reading_pages_or_text(store: Store) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    ids = store.put_many(
        NewEntry(url=f"https://s.example/{n}", title=f"Article {n:02}", site="s.example",
                 added_at=start + timedelta(days=n), tags=("odd",) if n % 2 else (),
                 starred=n % 5 == 0, archived=n >= 18, raw=b"<p>x</p>", text=f"text {n}")
        for n in range(20)
    )
    store.mark_opened(ids[3])
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    newest = store.list(limit=5)
    store._db.set_trace_callback(None)
    assert [e.title for e in newest] == [f"Article {n:02}" for n in (17, 16, 15, 14, 13)]
    assert not any("pages" in s or "article_search" in s for s in statements)
    assert [e.title for e in store.list(limit=3, offset=5)] == [
        "Article 12", "Article 11", "Article 10"]
    assert [e.id for e in store.list(sort="title", descending=False, limit=2)] == ids[:2]
    assert store.count() == 18
    assert store.count(Filter(archived=True)) == 2
    assert store.count(Filter(archived=None)) == 20
    assert store.count(Filter(tag="ODD")) == 9  # tags match whatever their case
    assert store.count(Filter(starred=True)) == 4
    assert store.count(Filter(unread=True)) == 17
    assert {e.id for e in store.list(Filter(unread=False))} == {ids[3]}


def test_in_progress_filter_and_progress_is_clamped(store: Store) -> None:
    a, b, c = store.put_many(NewEntry(url=f"https://p.example/{n}") for n in range(3))
    store.set_progress(a, 0.25, 2)
    store.set_progress(b, 7.0)
    assert store.get(b).progress == 1.0
    assert [e.id for e in store.list(Filter(in_progress=True))] == [a]
    assert store.get(c).progress == 0.0


def test_search_ranks_title_matches_first_and_gives_snippets(store: Store) -> None:
    body_only = save(store, make_page(url="https://n.example/1", title="Weather report",
                                      body="Lighthouse keepers noted the storm."))
    in_title = save(store, make_page(url="https://n.example/2", title="The lighthouse keepers",
                                     body="A quiet life on the rocks."))
    hits = store.search("lighthouse")
    assert [h.entry.id for h in hits] == [in_title, body_only]
    body_hit = hits[1]
    start, end = body_hit.matches[0]
    assert body_hit.snippet[start:end].lower() == "lighthouse"
    assert "\x02" not in body_hit.snippet and "\x03" not in body_hit.snippet


def test_search_prefix_and_phrase_queries(store: Store) -> None:
    a = save(store, make_page(url="https://n.example/1", body="The quick brown fox jumps."))
    b = save(store, make_page(url="https://n.example/2", body="A brown quick dog sleeps."))
    assert {h.entry.id for h in store.search("qui*")} == {a, b}
    assert [h.entry.id for h in store.search('"quick brown"')] == [a]
    assert [h.entry.id for h in store.search("brown -fox")] == [b]
    assert {h.entry.id for h in store.search("fox OR dog")} == {a, b}


def test_search_finds_tags_byline_and_site_and_follows_tag_changes(store: Store) -> None:
    article_id = save(store, make_page())
    assert store.search("tag:zoology") == []
    store.add_tags(article_id, ["zoology"])
    assert [h.entry.id for h in store.search("zoology")] == [article_id]
    store.remove_tags(article_id, ["zoology"])
    assert store.search("zoology") == []
    assert [h.entry.id for h in store.search("site:news")] == [article_id]


@pytest.mark.parametrize("query", [
    '"unbalanced', "NEAR(a b", "a AND", "OR", "^start", "col:umn", "*", "((", "a:b:c",
    "-", '""', "title:", "\x1b[2J seals", "sea'ls", "NOT seals",
])
def test_search_never_fails_on_query_syntax(store: Store, query: str) -> None:
    save(store, make_page())
    store.search(query)  # no exception: every word is quoted for FTS5


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('seal* "harbour life" -fog tag:x') == (
        '("seal"* AND "harbour life" AND tags : "x") NOT "fog"'
    )
    assert fts_query("   ") == ""


def test_search_skips_deleted_articles_until_restored(store: Store) -> None:
    article_id = save(store, make_page())
    store.delete(article_id)
    assert store.search("seals") == []
    assert store.count() == 0 and store.count(Filter(deleted=True)) == 1
    store.restore(article_id)
    assert [h.entry.id for h in store.search("seals")] == [article_id]


def test_purge_removes_deleted_articles_and_their_pages(store: Store) -> None:
    keep = save(store, make_page(url="https://n.example/keep"))
    gone = save(store, make_page(url="https://n.example/gone"))
    store.add_highlight(gone, "Seals")
    store.delete(gone)
    assert store.purge() == 1
    with pytest.raises(StoreError, match="No article with id"):
        store.get(gone)
    counts = store._db.execute(
        "SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM highlights), "
        "(SELECT count(*) FROM article_search)"
    ).fetchone()
    assert counts == (1, 0, 1)
    assert store.get(keep).has_page


def test_highlights_are_kept_in_order_with_positions_and_notes(store: Store) -> None:
    article_id = save(store, make_page())
    first = store.add_highlight(article_id, "Seals were seen", block=1, start=0, end=15)
    store.add_highlight(article_id, "this spring", block=1, start=37, end=48, note="when")
    got = store.highlights(article_id)
    assert got[0] == first
    assert [(h.text, h.note) for h in got] == [("Seals were seen", ""), ("this spring", "when")]
    store.remove_highlight(first.id)
    assert len(store.highlights(article_id)) == 1


def test_state_changes_on_missing_article_are_clear_errors(store: Store) -> None:
    for change in (
        lambda: store.set_starred(99), lambda: store.set_progress(99, 0.5),
        lambda: store.add_tags(99, ["x"]), lambda: store.add_highlight(99, "x"),
        lambda: store.document(99),
    ):
        with pytest.raises(StoreError, match="No article with id 99"):
            change()


def test_bookmark_without_page_says_how_to_get_it(store: Store) -> None:
    (article_id,) = store.put_many([NewEntry(url="https://n.example/later", title="Later")])
    assert not store.get(article_id).has_page
    with pytest.raises(StoreError, match="fetch --missing"):
        store.document(article_id)
    page = make_page(url="https://n.example/later")
    store.set_page(article_id, page, read_page(page))
    assert store.get(article_id).has_page
    assert [h.entry.id for h in store.search("harbour")] == [article_id]


def test_tags_are_cleaned_and_commas_refused(store: Store) -> None:
    article_id = save(store, make_page())
    assert store.set_tags(article_id, [" Long\x1b[31m read ", "long READ", "b"]) == (
        "b", "Long read")
    with pytest.raises(StoreError, match="comma"):
        store.add_tags(article_id, ["a,b"])
    assert store.tags() == [("b", 1), ("Long read", 1)]


def test_iter_entries_walks_everything_in_id_order(store: Store) -> None:
    ids = store.put_many(NewEntry(url=f"https://i.example/{n}") for n in range(1203))
    assert [e.id for e in store.iter_entries(batch=500)] == ids


def test_import_merge_keeps_user_state_and_adds_highlights(store: Store) -> None:
    (article_id,) = store.put_many([NewEntry(url="https://m.example/1", title="One")])
    store.set_progress(article_id, 0.8)
    result = store.import_entries([
        NewEntry(url="https://m.example/1", title="One", tags=("t",), progress=0.1,
                 highlights=(NewHighlight("quoted words"),)),
        NewEntry(url="https://m.example/2", title="Two"),
    ])
    assert (result.added, result.updated) == (1, 1)
    entry = store.get(article_id)
    assert entry.progress == 0.8 and entry.tags == ("t",)
    assert [h.text for h in store.highlights(article_id)] == ["quoted words"]


# ---------------------------------------------------------------------------------------
# Migrations


def _database_at(path: Path, version: int) -> None:
    """A file as a release with schema ``version`` left it, with one article if it can."""
    db = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:version]:
        step(db)
    db.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        db.execute(
            "INSERT INTO articles (url, title, added_at, updated_at) "
            "VALUES ('https://old.example/', 'From an old release', '2020-01-01T00:00:00+00:00', "
            "'2020-01-01T00:00:00+00:00')"
        )
        db.execute(
            "INSERT INTO article_search (rowid, title, byline, site, tags, text) "
            "VALUES (1, 'From an old release', '', '', '', 'ancient words')"
        )
    db.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_every_earlier_schema_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "library.sqlite3"
    _database_at(path, version)
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.integrity_check() == ["ok"]
        if version >= 1:
            assert store.get(1).title == "From an old release"
            assert [h.entry.id for h in store.search("ancient")] == [1]
        new_id = save(store, make_page())
        assert store.get(new_id).has_page


def test_empty_file_becomes_a_new_library(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"")
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.notices == ()
        assert store.count() == 0


def test_reopening_a_current_file_runs_no_migration(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        article_id = save(store, make_page())
    with Store.open(path) as store:
        assert store.get(article_id).has_page and store.schema_version == SCHEMA_VERSION


def test_file_from_a_newer_release_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        save(store, make_page())
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path)
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    db.close()


def test_a_failing_migration_step_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    import reader.store as store_module

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure")

    monkeypatch.setattr(store_module, "MIGRATIONS", (broken,))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    path = tmp_path / "library.sqlite3"
    with pytest.raises(StoreError, match="simulated failure"):
        Store.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone() == (0,)
    assert db.execute("SELECT name FROM sqlite_master").fetchall() == []
    db.close()


def test_open_default_uses_the_data_dir_override(tmp_path: Path) -> None:
    with Store.open_default(tmp_path / "elsewhere") as store:
        assert store.path == tmp_path / "elsewhere" / "library.sqlite3"
    assert (tmp_path / "elsewhere" / "library.sqlite3").is_file()


def test_counts_match_the_rows_through_every_kind_of_change(store: Store) -> None:
    import random

    rng = random.Random(5)
    ids = store.put_many(
        NewEntry(url=f"https://c.example/{n}", starred=n % 3 == 0, archived=n % 4 == 0,
                 raw=b"<p>x</p>" if n % 2 else None, tags=("t",) if n % 5 == 0 else ())
        for n in range(60)
    )
    changes = [
        lambda i: store.set_starred(i, rng.random() < 0.5),
        lambda i: store.set_archived(i, rng.random() < 0.5),
        lambda i: store.set_progress(i, rng.choice((0, 0.3, 1))),
        lambda i: store.mark_opened(i),
        lambda i: store.mark_unread(i),
        lambda i: store.delete(i),
        lambda i: store.restore(i),
    ]
    for _ in range(300):
        rng.choice(changes)(rng.choice(ids))
    store.purge()
    filters = [
        Filter(), Filter(archived=None), Filter(archived=True), Filter(starred=True),
        Filter(unread=True), Filter(unread=False, archived=None), Filter(in_progress=True),
        Filter(has_page=False, archived=None), Filter(deleted=True, archived=None),
        Filter(tag="t"), Filter(tag="t", archived=True), Filter(tag="t", archived=None),
        Filter(tag="t", deleted=True, archived=None), Filter(tag="t", starred=True),
        Filter(starred=False, unread=True, archived=False),
    ]
    for flt in filters:
        listed = store.list(flt, limit=1000)
        assert store.count(flt) == len(listed), flt
    assert store.tags() == [("t", store.count(Filter(tag="t", archived=None)))]


def test_words_in_most_of_a_large_library_are_searched_in_its_newest_articles(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.store.SEARCH_BUDGET", 50)
    monkeypatch.setattr("reader.store.SAMPLE_ARTICLES", 20)
    ids = store.put_many(
        NewEntry(url=f"https://big.example/{n}", title=f"Article {n}",
                 text="common words everywhere" + (" unicorn" if n == 3 else ""))
        for n in range(200)
    )
    hits = store.search("common", limit=10)
    assert len(hits) == 10
    assert min(h.entry.id for h in hits) > ids[100]  # only the newest part was read
    # A rare word is searched everywhere, however old its article.
    assert [h.entry.id for h in store.search("unicorn")] == [ids[3]]
    # A rare phrase of common words widens the search until it finds enough.
    assert [h.entry.id for h in store.search('"common words" unicorn')] == [ids[3]]
