"""Import and export: every format read from a real file, round trips through the store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.errors import ReaderError, SourceError
from reader.fetch import Page
from reader.pipeline import read_page
from reader.store import Filter, NewEntry, Store
from reader.transfer import (
    TransferError,
    detect_format,
    export,
    import_file,
    parse_import,
)

NETSCAPE = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
    <DT><H3 ADD_DATE="1600000000">Reading</H3>
    <DL><p>
        <DT><A HREF="https://one.example/a" ADD_DATE="1600000001" TAGS="news,long read"
            >First &amp; best</A>
        <DT><A HREF="javascript:alert(1)" ADD_DATE="1600000002">Not a page</A>
        <DT><A HREF="https://two.example/b" ADD_DATE="1600000003">Second <b>bold</b>&#x1b;[2J</A>
    </DL><p>
</DL><p>
"""

POCKET_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Pocket Export</title></head>
<body>
<h1>Unread</h1>
<ul>
<li><a href="https://p.example/1" time_added="1580000000" tags="tech,later">Pocket one</a></li>
</ul>
<h1>Read Archive</h1>
<ul>
<li><a href="https://p.example/2" time_added="1580000100" tags="">Pocket two</a></li>
<li><a href="file:///etc/passwd" time_added="1580000200" tags="">Sneaky</a></li>
</ul>
</body></html>
"""

POCKET_CSV = """title,url,time_added,tags,status
Pocket CSV one,https://c.example/1,1700000000,tech|ideas,unread
"Comma, in title",https://c.example/2,1700000100,,archive
Bad,ftp://c.example/3,1700000200,,unread
"""

WALLABAG = [
    {
        "is_archived": 1, "is_starred": 1, "tags": ["science", "long"], "is_public": False,
        "id": 7, "title": "Wallabag article", "url": "https://w.example/article",
        "content": "<p>Otters hold hands while they sleep.</p><p>Second paragraph.</p>",
        "created_at": "2021-03-04T05:06:07+0100", "updated_at": "2021-03-05T05:06:07+0100",
        "published_at": None, "published_by": ["Ann Author"],
        "annotations": [{"text": "cute", "quote": "Otters hold hands", "ranges": [],
                         "created_at": "2021-03-04T06:00:00+0100"}],
        "mimetype": "text/html", "language": "en", "reading_time": 1,
        "domain_name": "w.example", "preview_picture": None,
    },
    {"id": 8, "title": "Bookmark only", "url": "https://w.example/empty", "content": "",
     "is_archived": 0, "is_starred": 0, "tags": []},
]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "lib" / "library.sqlite3") as opened:
        yield opened


def by_url(store: Store) -> dict[str, object]:
    return {e.url: e for e in store.iter_entries()}


def test_detects_each_format_from_its_content() -> None:
    assert detect_format(NETSCAPE.encode()) == "netscape"
    assert detect_format(POCKET_HTML.encode()) == "pocket-html"
    assert detect_format(POCKET_CSV.encode()) == "pocket-csv"
    assert detect_format(json.dumps(WALLABAG).encode()) == "wallabag-json"
    assert detect_format(b'\xef\xbb\xbf{"format": "quietpage-reader-library"}') == "reader-json"
    with pytest.raises(TransferError, match="Unrecognised import file"):
        detect_format(b"just some words\n")


def test_imports_netscape_bookmarks_with_tags_and_dates_skipping_other_schemes(
    tmp_path: Path, store: Store
) -> None:
    summary = import_file(store, write(tmp_path, "bookmarks.html", NETSCAPE))
    assert (summary.format, summary.added, summary.skipped) == ("netscape", 2, 1)
    entries = by_url(store)
    first = entries["https://one.example/a"]
    assert first.title == "First & best"
    assert first.tags == ("long read", "news")
    assert first.added_at == datetime.fromtimestamp(1600000001, UTC)
    assert not first.has_page
    assert entries["https://two.example/b"].title == "Second bold"


def test_imports_pocket_html_with_archive_section(tmp_path: Path, store: Store) -> None:
    summary = import_file(store, write(tmp_path, "ril_export.html", POCKET_HTML))
    assert (summary.format, summary.added, summary.skipped) == ("pocket-html", 2, 1)
    entries = by_url(store)
    assert entries["https://p.example/1"].tags == ("later", "tech")
    assert not entries["https://p.example/1"].archived
    assert entries["https://p.example/2"].archived


def test_imports_pocket_csv(tmp_path: Path, store: Store) -> None:
    summary = import_file(store, write(tmp_path, "part_000000.csv", POCKET_CSV))
    assert (summary.format, summary.added, summary.skipped) == ("pocket-csv", 2, 1)
    entries = by_url(store)
    assert entries["https://c.example/1"].tags == ("ideas", "tech")
    assert entries["https://c.example/2"].title == "Comma, in title"
    assert entries["https://c.example/2"].archived


def test_imports_wallabag_with_content_annotations_and_state(
    tmp_path: Path, store: Store
) -> None:
    summary = import_file(store, write(tmp_path, "wallabag.json", json.dumps(WALLABAG)))
    assert (summary.format, summary.added) == ("wallabag-json", 2)
    article = by_url(store)["https://w.example/article"]
    assert (article.starred, article.archived, article.has_page) == (True, True, True)
    assert article.byline == "Ann Author" and article.site == "w.example"
    assert article.tags == ("long", "science")
    assert [(h.text, h.note) for h in store.highlights(article.id)] == [
        ("Otters hold hands", "cute")]
    assert "Otters hold hands" in store.document(article.id).text()
    assert [h.entry.id for h in store.search("otters")] == [article.id]
    assert not by_url(store)["https://w.example/empty"].has_page


def test_importing_twice_merges_instead_of_duplicating(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path, "bookmarks.html", NETSCAPE)
    import_file(store, path)
    again = import_file(store, path)
    assert (again.added, again.updated) == (0, 2)
    assert store.count() == 2


def _full_library(store: Store) -> None:
    html = ("<html><head><title>Kept page</title></head><body><article><h1>Kept page</h1>"
            + "<p>Every word of this saved page must survive the round trip intact.</p>" * 5
            + "</article></body></html>")
    raw = html.encode("cp1252", "replace") + b"\x80 caf\xe9"  # bytes that are not UTF-8
    page = Page(url="https://full.example/a", final_url="https://full.example/final",
                html=raw.decode("cp1252"), encoding="cp1252", content_type="text/html",
                source="web", raw=raw, fetched_at=datetime(2022, 2, 2, tzinfo=UTC))
    article_id = store.save(page, read_page(page), tags=["kept", "two words"])
    store.set_progress(article_id, 0.42, 3)
    store.set_starred(article_id)
    store.mark_opened(article_id, datetime(2023, 1, 1, 12, tzinfo=UTC))
    store.add_highlight(article_id, "Every word", block=1, start=0, end=10, note="a note")
    store.put_many([
        NewEntry(url="https://full.example/bookmark", title="Just a bookmark", archived=True,
                 added_at=datetime(2019, 5, 6, tzinfo=UTC), tags=("old",)),
    ])


def _snapshot(store: Store) -> list[tuple]:
    out = []
    for entry in store.iter_entries():
        page = store.page(entry.id)
        out.append((
            entry.url, entry.final_url, entry.canonical_url, entry.title, entry.byline,
            entry.site, entry.published, entry.added_at, entry.opened_at, entry.updated_at,
            entry.tags, entry.starred, entry.archived, entry.progress, entry.progress_block,
            entry.word_count, entry.reading_minutes, entry.has_page,
            page and (page.raw, page.encoding, page.content_type, page.fetched_at),
            store.text(entry.id),
            [(h.text, h.block, h.start, h.end, h.note, h.created_at)
             for h in store.highlights(entry.id)],
        ))
    return out


def test_json_export_then_import_into_an_empty_store_is_lossless(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a" / "library.sqlite3") as source:
        _full_library(source)
        before = _snapshot(source)
        out = tmp_path / "export.json"
        assert export(source, "json", out, stdout=None) == 2  # type: ignore[arg-type]
    with Store.open(tmp_path / "b" / "library.sqlite3") as target:
        summary = import_file(target, out)
        assert (summary.format, summary.added) == ("reader-json", 2)
        assert _snapshot(target) == before
        restored = target.find_url("https://full.example/a")
        assert restored is not None
        assert "survive the round trip" in target.document(restored.id).text()


def test_netscape_export_round_trips_urls_titles_tags_and_dates(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a" / "library.sqlite3") as source:
        _full_library(source)
        source.put_many([NewEntry(url="https://q.example/?a=1&b=<2>", title='Quotes " & <tags>',
                                  tags=("x",))])
        expected = {(e.url, e.title, e.tags, int(e.added_at.timestamp()))
                    for e in source.iter_entries()}
        out = tmp_path / "bookmarks.html"
        export(source, "netscape", out, stdout=None)  # type: ignore[arg-type]
    with Store.open(tmp_path / "b" / "library.sqlite3") as target:
        assert import_file(target, out).added == 3
        got = {(e.url, e.title, e.tags, int(e.added_at.timestamp()))
               for e in target.iter_entries()}
    assert got == expected


def test_markdown_export_lists_articles_with_state_and_highlights(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a" / "library.sqlite3") as source:
        _full_library(source)
        source.put_many([NewEntry(url="https://m.example/x", title="[Brackets] *stars*")])
        out = tmp_path / "list.md"
        assert export(source, "markdown", out, stdout=None) == 3  # type: ignore[arg-type]
    text = out.read_text()
    assert text.startswith("# Reading list\n")
    to_read, archive = text.split("## Archive")
    assert "(<https://full.example/a>)" in to_read and "42% read" in to_read
    assert "#kept #two-words" in to_read and "starred" in to_read
    assert "  > Every word\n" in to_read and "a note" in to_read
    assert r"[\[Brackets\] \*stars\*](<https://m.example/x>)" in to_read
    assert "Just a bookmark" in archive and "#old" in archive


def test_export_replaces_the_file_only_when_complete(tmp_path: Path, store: Store) -> None:
    out = tmp_path / "export.json"
    out.write_text("previous export")

    class Boom(Exception):
        pass

    store.put_many([NewEntry(url="https://e.example/1")])

    def fail(*args: object) -> None:
        raise Boom

    original = store.page
    store.page = fail  # type: ignore[method-assign]
    with pytest.raises(Boom):
        export(store, "json", out, stdout=None)  # type: ignore[arg-type]
    store.page = original  # type: ignore[method-assign]
    assert out.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_deleted_articles_are_not_exported(tmp_path: Path, store: Store) -> None:
    keep, gone = store.put_many(
        [NewEntry(url="https://d.example/keep"), NewEntry(url="https://d.example/gone")])
    store.delete(gone)
    out = tmp_path / "export.json"
    export(store, "json", out, stdout=None)  # type: ignore[arg-type]
    urls = [a["url"] for a in json.loads(out.read_text())["articles"]]
    assert urls == ["https://d.example/keep"]
    assert store.count(Filter(deleted=True)) == 1


@pytest.mark.parametrize("content, message", [
    (b"{not json", "not valid"),
    (b'{"format": "quietpage-reader-library", "version": 99, "articles": []}', "version 99"),
])
def test_broken_json_imports_are_clear_errors(tmp_path: Path, store: Store, content: bytes,
                                              message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        import_file(store, write(tmp_path, "x.json", content))
    assert store.count() == 0


def test_import_refuses_folders_and_missing_files(tmp_path: Path, store: Store) -> None:
    with pytest.raises(SourceError, match="No such file"):
        import_file(store, tmp_path / "absent.html")
    with pytest.raises(SourceError, match="Not a regular file"):
        import_file(store, tmp_path)


def test_parse_import_keeps_the_file_order() -> None:
    parsed = parse_import(NETSCAPE.encode())
    assert [e.url for e in parsed.entries] == ["https://one.example/a", "https://two.example/b"]
