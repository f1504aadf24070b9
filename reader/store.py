"""The bookmark store: one SQLite file of saved articles, their pages, tags, progress, highlights.

Everything a user saved lives in ``library.sqlite3`` in the data folder: the article's facts
(URLs, title, byline, site, dates), its state (tags, starred, archived, reading progress), the
raw page as it was fetched (compressed, so it can be extracted again offline) and its plain
text, which feeds an FTS5 index for search. The schema is versioned with ``PRAGMA
user_version``; :data:`MIGRATIONS` brings any older file up to date, one step at a time.

Safety first: a file that is not a sound SQLite database is moved aside (never overwritten)
and a new library is started; writes take the write lock up front (``BEGIN IMMEDIATE``), wait
for other writers and retry; a full disk or any other failure rolls the transaction back and
becomes one :class:`~reader.errors.StoreError`. Listing reads only the small ``articles``
table through indexes on the sort columns, so the first page of a 100,000-article library
comes back as fast as that of a ten-article one.
"""

from __future__ import annotations

import contextlib
import random
import re
import sqlite3
import threading
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

import zstandard

from reader.errors import ReaderError, StoreError
from reader.text import clean_inline, clean_line

if TYPE_CHECKING:
    from reader.document import Document
    from reader.fetch import Page

FILE_NAME = "library.sqlite3"
_SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another process's write lock before giving up.
LOCK_WAIT_SECONDS = 30.0
_BUSY_TIMEOUT_SECONDS = 5.0
# Markers put around matched words in search snippets; control characters never occur in
# stored text (it is sanitized), so they cannot be confused with page text.
_MARK_ON, _MARK_OFF = "\x02", "\x03"
# How many term occurrences (articles holding a query's words, summed over the words) a
# search reads at most before it narrows to the newest articles; see Store._search_floor.
SEARCH_BUDGET = 10_000
SAMPLE_ARTICLES = 2_000
PHRASE_COST = 3
# Files up to this size get a full PRAGMA quick_check at open; larger ones a check of the
# tables the library lists from, so that opening stays well under half a second.
FULL_CHECK_BYTES = 64 * 1024 * 1024

T = TypeVar("T")


# ---------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class Entry:
    """One saved article as listed: its facts and state, never its page or text."""

    id: int
    url: str
    final_url: str | None
    canonical_url: str | None
    title: str
    byline: str | None
    site: str | None
    published: datetime | None
    lang: str | None
    excerpt: str | None
    added_at: datetime
    opened_at: datetime | None
    updated_at: datetime
    tags: tuple[str, ...]
    starred: bool
    archived: bool
    progress: float
    progress_block: int | None
    word_count: int
    reading_minutes: int
    has_page: bool
    deleted_at: datetime | None = None

    @property
    def display_url(self) -> str:
        return self.canonical_url or self.final_url or self.url


@dataclass(frozen=True)
class StoredPage:
    """The page of an article as it was fetched: raw bytes and how to decode them."""

    raw: bytes
    encoding: str
    content_type: str
    fetched_at: datetime | None


@dataclass(frozen=True)
class Highlight:
    """A passage the user kept: its text, where it is (text block, offsets), a note."""

    id: int
    article_id: int
    text: str
    block: int | None
    start: int | None
    end: int | None
    note: str
    created_at: datetime


@dataclass(frozen=True)
class NewHighlight:
    """A highlight to store (import, or :meth:`Store.add_highlight`)."""

    text: str
    block: int | None = None
    start: int | None = None
    end: int | None = None
    note: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class NewEntry:
    """Everything to store for one article: what :meth:`Store.put_many` and imports take.

    ``raw`` is the page as fetched (uncompressed); ``None`` stores a bookmark without a page
    (``reader fetch --missing`` gets it later). Times default to now.
    """

    url: str
    final_url: str | None = None
    canonical_url: str | None = None
    title: str = ""
    byline: str | None = None
    site: str | None = None
    published: datetime | None = None
    lang: str | None = None
    excerpt: str | None = None
    added_at: datetime | None = None
    opened_at: datetime | None = None
    updated_at: datetime | None = None
    tags: tuple[str, ...] = ()
    starred: bool = False
    archived: bool = False
    progress: float = 0.0
    progress_block: int | None = None
    word_count: int = 0
    reading_minutes: int = 0
    raw: bytes | None = field(default=None, repr=False)
    encoding: str = "utf-8"
    content_type: str = "text/html"
    fetched_at: datetime | None = None
    text: str = field(default="", repr=False)
    highlights: tuple[NewHighlight, ...] = ()


@dataclass(frozen=True)
class Filter:
    """Which articles to list. ``None`` means "either".

    ``archived=False`` (the default) hides archived articles, as a reading list does;
    ``unread`` means never opened; ``in_progress`` means started but not finished.
    """

    archived: bool | None = False
    starred: bool | None = None
    unread: bool | None = None
    in_progress: bool = False
    tag: str | None = None
    site: str | None = None
    has_page: bool | None = None
    deleted: bool = False


SortKey = Literal[
    "added", "updated", "opened", "published", "title", "site", "reading_minutes", "progress"
]
SORT_KEYS: tuple[SortKey, ...] = (
    "added", "updated", "opened", "published", "title", "site", "reading_minutes", "progress"
)
_SORT_COLUMNS: dict[str, str] = {
    "added": "added_at",
    "updated": "updated_at",
    "opened": "opened_at",
    "published": "published",
    "title": "title COLLATE NOCASE",
    "site": "site COLLATE NOCASE",
    "reading_minutes": "reading_minutes",
    "progress": "progress",
}


@dataclass(frozen=True)
class SearchHit:
    """A search result: the entry, a snippet of the best-matching field, where it matched.

    ``matches`` are ``(start, end)`` character ranges of matched words in ``snippet``, so the
    screen can style them without parsing anything.
    """

    entry: Entry
    snippet: str
    matches: tuple[tuple[int, int], ...]
    rank: float


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


# ---------------------------------------------------------------------------------------
# Schema and migrations

_SCHEMA_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    final_url TEXT,
    canonical_url TEXT,
    title TEXT NOT NULL DEFAULT '',
    byline TEXT,
    site TEXT,
    published TEXT,
    lang TEXT,
    excerpt TEXT,
    added_at TEXT NOT NULL,
    opened_at TEXT,
    updated_at TEXT NOT NULL,
    starred INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    progress REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    progress_block INTEGER,
    word_count INTEGER NOT NULL DEFAULT 0,
    reading_minutes INTEGER NOT NULL DEFAULT 0,
    has_page INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_final_url ON articles(final_url) WHERE final_url IS NOT NULL;
CREATE INDEX articles_canonical_url ON articles(canonical_url)
    WHERE canonical_url IS NOT NULL;
-- One index per sort order, led by the archived flag that every library view filters on,
-- so the first page of any sorted view is read straight off an index.
CREATE INDEX articles_by_added ON articles(archived, added_at, id) WHERE deleted_at IS NULL;
CREATE INDEX articles_all_by_added ON articles(added_at, id) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_updated ON articles(archived, updated_at, id)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_by_opened ON articles(archived, opened_at, id) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_published ON articles(archived, published, id)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_by_title ON articles(archived, title COLLATE NOCASE, id)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_by_site ON articles(archived, site COLLATE NOCASE, id)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_by_minutes ON articles(archived, reading_minutes, id)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_by_progress ON articles(archived, progress, id) WHERE deleted_at IS NULL;
CREATE INDEX articles_missing_page ON articles(id) WHERE has_page = 0 AND deleted_at IS NULL;
CREATE INDEX articles_deleted ON articles(deleted_at) WHERE deleted_at IS NOT NULL;

-- How many articles are in each state, kept by triggers, so that counting a library view
-- costs the same at 100,000 articles as at ten.
CREATE TABLE article_counts (
    deleted INTEGER NOT NULL,
    archived INTEGER NOT NULL,
    starred INTEGER NOT NULL,
    unread INTEGER NOT NULL,
    in_progress INTEGER NOT NULL,
    has_page INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (deleted, archived, starred, unread, in_progress, has_page)
) WITHOUT ROWID;
CREATE TRIGGER articles_counted_in AFTER INSERT ON articles BEGIN
    INSERT INTO article_counts VALUES (
        NEW.deleted_at IS NOT NULL, NEW.archived != 0, NEW.starred != 0,
        NEW.opened_at IS NULL, NEW.progress > 0 AND NEW.progress < 1, NEW.has_page != 0, 1
    ) ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER articles_counted_out AFTER DELETE ON articles BEGIN
    UPDATE article_counts SET n = n - 1
    WHERE deleted = (OLD.deleted_at IS NOT NULL) AND archived = (OLD.archived != 0)
      AND starred = (OLD.starred != 0) AND unread = (OLD.opened_at IS NULL)
      AND in_progress = (OLD.progress > 0 AND OLD.progress < 1)
      AND has_page = (OLD.has_page != 0);
END;
CREATE TRIGGER articles_counted_again
AFTER UPDATE OF deleted_at, archived, starred, opened_at, progress, has_page ON articles BEGIN
    UPDATE article_counts SET n = n - 1
    WHERE deleted = (OLD.deleted_at IS NOT NULL) AND archived = (OLD.archived != 0)
      AND starred = (OLD.starred != 0) AND unread = (OLD.opened_at IS NULL)
      AND in_progress = (OLD.progress > 0 AND OLD.progress < 1)
      AND has_page = (OLD.has_page != 0);
    INSERT INTO article_counts VALUES (
        NEW.deleted_at IS NOT NULL, NEW.archived != 0, NEW.starred != 0,
        NEW.opened_at IS NULL, NEW.progress > 0 AND NEW.progress < 1, NEW.has_page != 0, 1
    ) ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- Pages are kept apart from articles so that listing never reads them.
CREATE TABLE pages (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    raw BLOB NOT NULL,
    compression TEXT NOT NULL,
    encoding TEXT NOT NULL,
    content_type TEXT NOT NULL,
    fetched_at TEXT
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
-- `live` and `archived` repeat the article's state (kept by a trigger) so that a tag's view
-- is counted and filtered from this table's index alone.
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    live INTEGER NOT NULL DEFAULT 1,
    archived INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id, live, archived, article_id);
CREATE TRIGGER article_tags_follow_state AFTER UPDATE OF archived, deleted_at ON articles
WHEN OLD.archived IS NOT NEW.archived OR (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL)
BEGIN
    UPDATE article_tags SET live = (NEW.deleted_at IS NULL), archived = (NEW.archived != 0)
    WHERE article_id = NEW.id;
END;

CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    block INTEGER,
    start INTEGER,
    "end" INTEGER,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX highlights_by_article ON highlights(article_id, id);

-- The article text lives only here (FTS5 keeps its own copy for snippets); rowid is the
-- article id.
CREATE VIRTUAL TABLE article_search USING fts5(
    title, byline, site, tags, text,
    tokenize = 'unicode61 remove_diacritics 2',
    -- Prefix indexes make `ab*` and `abc*` (typed while searching incrementally) as fast
    -- as whole words, for about a third more index.
    prefix = '2 3'
);
INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(10.0, 2.0, 2.0, 5.0, 1.0)');
"""


def _migrate_to_1(db: sqlite3.Connection) -> None:
    for statement in _split_sql(_SCHEMA_V1):
        db.execute(statement)



# MIGRATIONS[n] takes a file at version n to version n + 1. Append new steps; never edit one
# that has shipped.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_to_1,)
SCHEMA_VERSION = len(MIGRATIONS)


def _split_sql(script: str) -> list[str]:
    """The statements of a script (``executescript`` would commit the open transaction, and
    a migration must run inside one)."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    statements: list[str] = []
    current = ""
    for piece in "\n".join(lines).split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip())
            current = ""
    return statements


# ---------------------------------------------------------------------------------------
# Helpers


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    """Times are stored as UTC ISO-8601 text of one fixed shape, so they sort as text."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def url_key(url: str | None) -> str | None:
    """The form of a URL used to recognise the same article: without its #fragment."""
    if not url:
        return None
    return url.split("#", 1)[0].strip() or None


def clean_tag(name: str) -> str:
    """A tag as stored: one clean line, no commas (they separate tags in bookmark files)."""
    tag = clean_line(name).strip()
    if not tag:
        raise StoreError("A tag cannot be empty")
    if "," in tag:
        raise StoreError(f"A tag cannot contain a comma: {tag}")
    return tag[:100]


def _compress(raw: bytes) -> tuple[bytes, str]:
    return zstandard.ZstdCompressor(level=6).compress(raw), "zstd"


def _decompress(data: bytes, method: str) -> bytes:
    if method == "zstd":
        return zstandard.ZstdDecompressor().decompress(data)
    if method == "zlib":
        return zlib.decompress(data)
    if method == "none":
        return data
    raise StoreError(f"A saved page is compressed with an unknown method: {method}")


_CANONICAL = re.compile(
    rb"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE
)
_HREF = re.compile(rb"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.IGNORECASE)


def canonical_url_of(raw: bytes, base: str) -> str | None:
    """The page's declared canonical URL (``<link rel=canonical>``), if it is http(s)."""
    from urllib.parse import urljoin

    match = _CANONICAL.search(raw[:200_000])
    if not match:
        return None
    href = _HREF.search(match.group(0))
    if not href:
        return None
    value = next(g for g in href.groups() if g is not None)
    url = urljoin(base, value.decode("ascii", "replace").strip())
    return clean_line(url) if url.startswith(("http://", "https://")) else None


def _is_locked(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _is_corrupt(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return any(
        marker in text
        for marker in ("not a database", "malformed", "corrupt", "file is encrypted")
    )


# ---------------------------------------------------------------------------------------
# The store

_ENTRY_COLUMNS = (
    "id, url, final_url, canonical_url, title, byline, site, published, lang, excerpt, "
    "added_at, opened_at, updated_at, starred, archived, progress, progress_block, "
    "word_count, reading_minutes, has_page, deleted_at"
)


class Store:
    """The library file. Open it with :meth:`Store.open`; close it (or use ``with``).

    One connection, guarded by a lock, so the app's worker threads may share a Store.
    ``notices`` holds messages for the user about what happened at open (a damaged file
    moved aside).
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, notices: list[str]) -> None:
        self.path = path
        self._db = connection
        self._lock = threading.RLock()
        self.notices: tuple[str, ...] = tuple(notices)

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        page_limit: int | None = None,
        lock_wait: float = LOCK_WAIT_SECONDS,
    ) -> Store:
        """Open (or create) the library file at ``path``, checking and migrating it.

        A file that is not a sound SQLite database is renamed to
        ``<name>.corrupt-YYYYmmdd-HHMMSS`` and a new library is started; ``notices`` says so.
        ``page_limit`` caps the file's size in database pages (``PRAGMA max_page_count``).
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise StoreError(
                f"Could not create the library folder {path.parent}: {error.strerror}"
            ) from error
        if path.exists() and not path.is_file():
            raise StoreError(f"The library path {path} is not a file")
        notices: list[str] = []
        problem = _check_file(path, lock_wait)
        if problem:
            moved = _move_aside(path)
            notices.append(
                f"The library {path} was damaged ({problem}); it was moved to {moved} "
                f"and a new library was started"
            )
        db = _connect(path, min(_BUSY_TIMEOUT_SECONDS, lock_wait))
        store = cls(path, db, notices)
        store._lock_wait = lock_wait
        try:
            store._configure(page_limit)
            store._migrate()
        except BaseException:
            db.close()
            raise
        return store

    @classmethod
    def open_default(cls, data_dir: str | Path | None = None) -> Store:
        """The library in ``--data-dir``, ``READER_DATA_DIR`` or the platform's data folder."""
        from reader.config import data_dir as resolve

        return cls.open(resolve(data_dir) / FILE_NAME)

    _lock_wait: float = LOCK_WAIT_SECONDS

    def _configure(self, page_limit: int | None) -> None:
        def setup() -> None:
            self._db.execute("PRAGMA foreign_keys = ON")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # A file system without shared memory: the default journal still keeps
                # transactions atomic, only concurrency suffers.
                self._db.execute("PRAGMA journal_mode = DELETE")
            # In WAL mode NORMAL never corrupts; a crash of the process loses nothing that
            # was committed (a power cut may lose only the last transactions).
            self._db.execute("PRAGMA synchronous = NORMAL")
            if page_limit is not None:
                self._db.execute(f"PRAGMA max_page_count = {int(page_limit)}")

        self._retry(setup, write=False)

    def _migrate(self) -> None:
        version = self._read(lambda db: db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"The library {self.path} was made by a newer version of reader "
                f"(schema {version}, this one knows {SCHEMA_VERSION}); please upgrade"
            )
        while version < SCHEMA_VERSION:

            def step(db: sqlite3.Connection) -> int:
                # Another process may have migrated while we waited for the lock.
                current = db.execute("PRAGMA user_version").fetchone()[0]
                if current < SCHEMA_VERSION:
                    MIGRATIONS[current](db)
                    db.execute(f"PRAGMA user_version = {current + 1}")
                    return current + 1
                return current

            version = self._write(step)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._read(lambda db: db.execute("PRAGMA user_version").fetchone()[0])

    # -- transactions -------------------------------------------------------------------

    def _retry(self, work: Callable[[], T], *, write: bool) -> T:
        deadline = time.monotonic() + self._lock_wait
        delay = 0.005
        while True:
            try:
                with self._lock:
                    return work()
            except sqlite3.Error as error:
                if _is_locked(error) and time.monotonic() < deadline:
                    time.sleep(delay * (1 + random.random()))
                    delay = min(delay * 2, 0.25)
                    continue
                raise self._store_error(error, write=write) from error

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` in one write transaction, taking the write lock up front (a read
        that later wants to write cannot wait for the lock), waiting and retrying while
        another process holds it."""

        def transaction() -> T:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                result = work(self._db)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            return result

        return self._retry(transaction, write=True)

    def _read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return self._retry(lambda: work(self._db), write=False)

    def _store_error(self, error: sqlite3.Error, *, write: bool) -> StoreError:
        text = str(error)
        if "full" in text.lower():
            return StoreError(
                f"The disk is full: could not write to the library {self.path}; "
                "nothing was changed"
            )
        if _is_locked(error):
            return StoreError(
                f"The library {self.path} is busy: another reader kept it locked for "
                f"{self._lock_wait:.0f} s; try again"
            )
        if "readonly" in text.lower() or "read-only" in text.lower():
            return StoreError(f"The library {self.path} is read-only")
        action = "write to" if write else "read"
        return StoreError(f"Could not {action} the library {self.path}: {text}")

    # -- saving -------------------------------------------------------------------------

    def save(self, page: Page, document: Document, tags: Iterable[str] = ()) -> int:
        """Save a fetched article; saving the same article again (same canonical, final or
        asked URL) updates it and keeps its tags, progress and highlights. Returns its id."""
        return self.put_many([entry_from_page(page, document, tags)])[0]

    def put_many(self, entries: Iterable[NewEntry]) -> list[int]:
        """Store many articles in one transaction (imports, benchmarks). Each is merged into
        the article with the same URL if there is one. Returns their ids, in order."""
        ids, _ = self._put(entries)
        return ids

    def import_entries(self, entries: Iterable[NewEntry]) -> ImportResult:
        """Like :meth:`put_many`, counting how many were new and how many merged."""
        ids, added = self._put(entries)
        return ImportResult(added=added, updated=len(ids) - added)

    def _put(self, entries: Iterable[NewEntry]) -> tuple[list[int], int]:
        prepared = [(entry, _prepare(entry)) for entry in entries]

        def work(db: sqlite3.Connection) -> tuple[list[int], int]:
            ids: list[int] = []
            added = 0
            for entry, page in prepared:
                article_id, new = _put_one(db, entry, page)
                ids.append(article_id)
                added += new
            return ids, added

        return self._write(work)

    def set_page(self, article_id: int, page: Page, document: Document) -> None:
        """Store a newly fetched page for an existing article (``fetch --missing``,
        re-fetch), keeping everything the user set."""
        entry = entry_from_page(page, document, ())
        prepared = _prepare(entry)

        def work(db: sqlite3.Connection) -> None:
            _require(db, article_id)
            _update_from(db, article_id, entry, prepared)

        self._write(work)

    # -- reading ------------------------------------------------------------------------

    def get(self, article_id: int) -> Entry:
        """The entry with this id (a deleted one too); StoreError if there is none."""

        def work(db: sqlite3.Connection) -> Entry:
            row = db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"No article with id {article_id} in the library")
            return _entries(db, [row])[0]

        return self._read(work)

    def find_url(self, url: str) -> Entry | None:
        """The live entry saved under this URL (asked, final or canonical), if any."""

        def work(db: sqlite3.Connection) -> Entry | None:
            found = _find(db, [url_key(url)], include_deleted=False)
            return self._get_in(db, found) if found else None

        return self._read(work)

    def _get_in(self, db: sqlite3.Connection, article_id: int) -> Entry:
        row = db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return _entries(db, [row])[0]

    def list(
        self,
        filter: Filter = Filter(),  # noqa: A002, B008 — a frozen value, safe as a default
        sort: SortKey = "added",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Entry]:
        """One page of entries, sorted (ties broken by id). Reads no page and no text."""
        if sort not in _SORT_COLUMNS:
            raise StoreError(f"Unknown sort order: {sort}")
        where, params = _where(filter)
        direction = "DESC" if descending else "ASC"
        column = _SORT_COLUMNS[sort]
        # (Never opened / undated articles sort as SQLite puts NULLs: last when descending;
        # ordering them otherwise would stop the planner from reading the index in order.)
        sql = (
            f"SELECT {_ENTRY_COLUMNS} FROM articles WHERE {where} "
            f"ORDER BY {column} {direction}, id {direction} LIMIT ? OFFSET ?"
        )

        def work(db: sqlite3.Connection) -> list[Entry]:
            rows = db.execute(sql, (*params, max(0, limit), max(0, offset))).fetchall()
            return _entries(db, rows)

        return self._read(work)

    def count(self, filter: Filter = Filter()) -> int:  # noqa: A002, B008
        """How many entries ``list`` would give with no limit. Filters on state alone are
        answered from counters, in constant time; tag and site filters count rows."""
        if filter.tag is not None and (filter.starred, filter.unread, filter.has_page,
                                       filter.site, filter.in_progress) == (
                                           None, None, None, None, False):
            # A tag with only the archived state: counted from the tag index alone.
            tag_clause, params = _tag_clause(filter)
            sql = f"SELECT count(*) FROM article_tags at WHERE {tag_clause}"
        elif filter.tag is None and filter.site is None:
            clauses = ["deleted = ?"]
            params: list[object] = [int(filter.deleted)]
            for column, value in (
                ("archived", filter.archived), ("starred", filter.starred),
                ("unread", filter.unread), ("has_page", filter.has_page),
                ("in_progress", True if filter.in_progress else None),
            ):
                if value is not None:
                    clauses.append(f"{column} = ?")
                    params.append(int(value))
            sql = f"SELECT coalesce(sum(n), 0) FROM article_counts WHERE {' AND '.join(clauses)}"
        else:
            where, params = _where(filter)
            sql = f"SELECT count(*) FROM articles WHERE {where}"
        return self._read(lambda db: db.execute(sql, params).fetchone()[0])

    def iter_entries(self, include_deleted: bool = False, batch: int = 500) -> Iterator[Entry]:
        """Every entry in id order, a batch at a time (exports)."""
        last = 0
        deleted = "" if include_deleted else "AND deleted_at IS NULL"
        while True:
            sql = (
                f"SELECT {_ENTRY_COLUMNS} FROM articles WHERE id > ? {deleted} "
                "ORDER BY id LIMIT ?"
            )
            params = (last, batch)
            rows = self._read(
                lambda db, sql=sql, params=params: _entries(db, db.execute(sql, params).fetchall())
            )
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with the number of live articles that carry it, by name."""
        sql = (
            "SELECT t.name, count(*) FROM tags t "
            "JOIN article_tags at ON at.tag_id = t.id AND at.live = 1 "
            "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        return self._read(lambda db: [(name, n) for name, n in db.execute(sql)])

    def text(self, article_id: int) -> str:
        """The article's extracted plain text ('' for a bookmark without a page)."""

        def work(db: sqlite3.Connection) -> str:
            _require(db, article_id)
            row = db.execute(
                "SELECT text FROM article_search WHERE rowid = ?", (article_id,)
            ).fetchone()
            return row[0] if row and row[0] else ""

        return self._read(work)

    def page(self, article_id: int) -> StoredPage | None:
        """The saved page of an article, decompressed; None if it has none."""

        def work(db: sqlite3.Connection) -> tuple | None:
            _require(db, article_id)
            return db.execute(
                "SELECT raw, compression, encoding, content_type, fetched_at FROM pages "
                "WHERE article_id = ?",
                (article_id,),
            ).fetchone()

        row = self._read(work)
        if row is None:
            return None
        raw, method, encoding, content_type, fetched_at = row
        try:
            data = _decompress(raw, method)
        except (zstandard.ZstdError, zlib.error) as error:
            raise StoreError(f"The saved page of article {article_id} is damaged") from error
        return StoredPage(data, encoding, content_type, _time(fetched_at))

    def document(self, article_id: int) -> Document:
        """The article's Document, rebuilt offline from the saved page."""
        from reader.fetch import Page, decode_page
        from reader.pipeline import read_page

        entry = self.get(article_id)
        stored = self.page(article_id)
        if stored is None:
            raise StoreError(
                f"Article {article_id} has no saved page yet; run `reader fetch --missing`"
            )
        try:
            html, _, _ = decode_page(stored.raw, stored.content_type, stored.encoding)
        except ReaderError as error:
            message = f"The saved page of article {article_id} cannot be read: {error}"
            raise StoreError(message) from error
        page = Page(
            url=entry.url,
            final_url=entry.final_url or entry.url,
            html=html,
            encoding=stored.encoding,
            content_type=stored.content_type,
            source="store",
            raw=stored.raw,
            fetched_at=stored.fetched_at or entry.added_at,
        )
        return read_page(page)

    def highlights(self, article_id: int) -> list[Highlight]:
        sql = (
            'SELECT id, article_id, text, block, start, "end", note, created_at '
            "FROM highlights WHERE article_id = ? ORDER BY id"
        )
        return self._read(
            lambda db: [
                Highlight(*row[:7], created_at=_time(row[7]) or _now())
                for row in db.execute(sql, (article_id,))
            ]
        )

    # -- search -------------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 50,
        filter: Filter | None = None,  # noqa: A002
    ) -> list[SearchHit]:
        """Ranked full-text search (bm25; title and tags weigh most) with snippets.

        The query is words (all must match), ``word*`` prefixes, ``"exact phrases"``,
        ``-word`` to exclude, ``OR`` between alternatives, and ``title:``, ``byline:``,
        ``site:``, ``tag:`` or ``text:`` before a word to search one field. Words found in
        much of a large library are looked for in its newest articles only (see
        :meth:`_search_floor`), so that every search answers within tens of milliseconds.
        """
        parsed = parse_query(query)
        if not parsed.expression:
            return []
        expression = parsed.expression
        joined = filter is not None
        where, params = _where(filter or Filter(archived=None), table="a.")
        if joined:
            rank_sql = (
                "SELECT s.rowid, s.rank FROM article_search s JOIN articles a ON a.id = s.rowid "
                f"WHERE article_search MATCH ? AND s.rowid >= ? AND {where} "
                "ORDER BY s.rank LIMIT ?"
            )
        else:
            # Without a filter only deleted articles are left out, and they are few: rank
            # on the index alone and drop them afterwards.
            rank_sql = (
                "SELECT rowid, rank FROM article_search WHERE article_search MATCH ? "
                "AND rowid >= ? ORDER BY rank LIMIT ?"
            )
        # Snippets only for the hits shown, not for every match being ranked.
        snippet_sql = (
            f"SELECT snippet(article_search, -1, '{_MARK_ON}', '{_MARK_OFF}', '…', 16) "
            "FROM article_search WHERE article_search MATCH ? AND rowid = ?"
        )

        def rank_matches(
            db: sqlite3.Connection, lowest: int, count: int
        ) -> list[tuple[int, float]]:
            if parsed.rank_expression == expression:
                args = (expression, lowest, *params, count) if joined else (
                    expression, lowest, count)
                return db.execute(rank_sql, args).fetchall()
            # bm25 counts, over the whole library, the articles holding each phrase of the
            # query (a full phrase scan, ~50 ms at 100,000 articles): the articles that
            # match are found without ranking, then ranked by the phrase's words.
            matching = {
                row[0]
                for row in db.execute(
                    "SELECT rowid FROM article_search WHERE article_search MATCH ? "
                    "AND rowid >= ?",
                    (expression, lowest),
                )
            }
            if not matching:
                return []
            loose = parsed.rank_expression
            args = (loose, lowest, *params, -1) if joined else (loose, lowest, -1)
            ranked = [row for row in db.execute(rank_sql, args) if row[0] in matching]
            return ranked[:count]

        def work(db: sqlite3.Connection) -> list[SearchHit]:
            lowest = self._search_floor(db, parsed.terms)
            extra = 0 if joined else self.count(Filter(archived=None, deleted=True))
            while True:
                ranked = rank_matches(db, lowest, max(0, limit) + extra)
                if len(ranked) >= limit or lowest <= 1:
                    break
                # Too few in the newest part: look four times further back.
                lowest = max(1, lowest - 3 * (self._max_rowid(db) - lowest + 1))
            if not ranked:
                return []
            rows = db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM articles WHERE id IN "
                f"({','.join('?' * len(ranked))})",
                [r[0] for r in ranked],
            ).fetchall()
            entries = {e.id: e for e in _entries(db, rows) if e.deleted_at is None}
            hits = []
            for article_id, rank in ranked:
                if article_id not in entries or len(hits) >= limit:
                    continue
                snippet_row = db.execute(snippet_sql, (expression, article_id)).fetchone()
                snippet, matches = _parse_snippet(snippet_row[0] if snippet_row else "")
                hits.append(SearchHit(entries[article_id], snippet, matches, rank))
            return hits

        try:
            return self._read(work)
        except StoreError as error:
            if "fts5" in str(error).lower() or "syntax" in str(error).lower():
                raise StoreError(f"Cannot search for {query!r}: not a valid query") from error
            raise

    def _max_rowid(self, db: sqlite3.Connection) -> int:
        return db.execute("SELECT coalesce(max(rowid), 0) FROM article_search").fetchone()[0]

    def _search_floor(
        self, db: sqlite3.Connection, terms: Sequence[tuple[str, bool, bool]]
    ) -> int:
        """The lowest article id worth ranking for these terms.

        FTS5 reads every occurrence of every term to match and rank, which costs time in
        proportion to how many articles hold the terms. How many do is estimated from the
        newest :data:`SAMPLE_ARTICLES`; when the whole library would mean more than
        :data:`SEARCH_BUDGET` of them, only the newest articles are searched (by id, a
        range FTS5 seeks to), as many as fit the budget.
        """
        newest = self._max_rowid(db)
        if newest == 0:
            return 0
        sample_floor = max(1, newest - SAMPLE_ARTICLES + 1)
        in_sample = 0
        for token, prefix, in_phrase in terms:
            term = '"' + token.replace('"', "") + '"' + ("*" if prefix else "")
            found = db.execute(
                "SELECT count(*) FROM article_search WHERE article_search MATCH ? "
                "AND rowid >= ?",
                (term, sample_floor),
            ).fetchone()[0]
            # Matching a phrase walks the positions of its words in every article holding
            # them all, about three times the work of finding a word.
            in_sample += found * (PHRASE_COST if in_phrase else 1)
        postings = in_sample * newest / (newest - sample_floor + 1)
        if postings <= SEARCH_BUDGET:
            return 0
        return max(1, newest - int(newest * SEARCH_BUDGET / postings))


    # -- changing state -----------------------------------------------------------------

    def set_tags(self, article_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        names = _unique_tags(tags)

        def work(db: sqlite3.Connection) -> tuple[str, ...]:
            _require(db, article_id)
            db.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
            _link_tags(db, article_id, names)
            return _refresh_tags(db, article_id)

        return self._write(work)

    def add_tags(self, article_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        names = _unique_tags(tags)

        def work(db: sqlite3.Connection) -> tuple[str, ...]:
            _require(db, article_id)
            _link_tags(db, article_id, names)
            return _refresh_tags(db, article_id)

        return self._write(work)

    def remove_tags(self, article_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        names = _unique_tags(tags)

        def work(db: sqlite3.Connection) -> tuple[str, ...]:
            _require(db, article_id)
            for name in names:
                db.execute(
                    "DELETE FROM article_tags WHERE article_id = ? AND tag_id = "
                    "(SELECT id FROM tags WHERE name = ?)",
                    (article_id, name),
                )
            return _refresh_tags(db, article_id)

        return self._write(work)

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        self._set(article_id, "starred = ?", (int(starred),))

    def set_archived(self, article_id: int, archived: bool = True) -> None:
        self._set(article_id, "archived = ?", (int(archived),))

    def set_progress(self, article_id: int, fraction: float, block: int | None = None) -> None:
        """Where the reader stopped: a fraction of the article (0..1) and the text block."""
        fraction = min(1.0, max(0.0, float(fraction)))
        # Progress is not an edit of the article: updated_at stays.
        self._set(
            article_id, "progress = ?, progress_block = ?", (fraction, block), touch=False
        )

    def mark_opened(self, article_id: int, when: datetime | None = None) -> None:
        self._set(article_id, "opened_at = ?", (_iso(when or _now()),), touch=False)

    def mark_unread(self, article_id: int) -> None:
        self._set(article_id, "opened_at = NULL, progress = 0, progress_block = NULL", ())

    def delete(self, article_id: int) -> None:
        """Move an article to the bin; :meth:`restore` undoes it, :meth:`purge` empties."""
        self._set(article_id, "deleted_at = ?", (_iso(_now()),), touch=False)

    def restore(self, article_id: int) -> None:
        self._set(article_id, "deleted_at = NULL", (), touch=False)

    def purge(self, older_than: datetime | None = None) -> int:
        """Really remove deleted articles (deleted before ``older_than``, default all)."""

        def work(db: sqlite3.Connection) -> int:
            ids = [
                row[0]
                for row in db.execute(
                    "SELECT id FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                    (_iso(older_than or datetime.max.replace(tzinfo=UTC)),),
                )
            ]
            for article_id in ids:
                db.execute("DELETE FROM article_search WHERE rowid = ?", (article_id,))
                db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            return len(ids)

        return self._write(work)

    def add_highlight(
        self,
        article_id: int,
        text: str,
        block: int | None = None,
        start: int | None = None,
        end: int | None = None,
        note: str = "",
    ) -> Highlight:
        created = _now()
        text = text.strip()
        if not text:
            raise StoreError("A highlight cannot be empty")

        def work(db: sqlite3.Connection) -> int:
            _require(db, article_id)
            return db.execute(
                'INSERT INTO highlights (article_id, text, block, start, "end", note, '
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article_id, text, block, start, end, note, _iso(created)),
            ).lastrowid

        highlight_id = self._write(work)
        return Highlight(highlight_id, article_id, text, block, start, end, note, created)

    def remove_highlight(self, highlight_id: int) -> None:
        self._write(lambda db: db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,)))

    def _set(
        self, article_id: int, assignments: str, params: Sequence[object], touch: bool = True
    ) -> None:
        if touch:
            assignments += ", updated_at = ?"
            params = (*params, _iso(_now()))

        def work(db: sqlite3.Connection) -> None:
            cursor = db.execute(
                f"UPDATE articles SET {assignments} WHERE id = ?", (*params, article_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"No article with id {article_id} in the library")

        self._write(work)

    # -- maintenance --------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check``: ``['ok']`` for a sound file."""
        return self._read(lambda db: [row[0] for row in db.execute("PRAGMA integrity_check")])


# ---------------------------------------------------------------------------------------
# Opening, checking and moving aside


def _connect(path: Path, busy_timeout: float = _BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise StoreError(f"Could not open the library {path}: {error}") from error


def _check_file(path: Path, lock_wait: float) -> str | None:
    """Why the file at ``path`` is not a sound database, or None if it is (or is absent)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreError(f"Could not read the library {path}: {error.strerror}") from error
    if size == 0:
        return None  # an empty file is a new database to SQLite
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise StoreError(f"Could not read the library {path}: {error.strerror}") from error
    if not header.startswith(_SQLITE_MAGIC):
        return "not an SQLite file"
    if len(header) < 100:
        return "truncated"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    # A file shorter than its header says was cut short, or is being extended by another
    # process right now: SQLite's own check (on a consistent snapshot) decides which.
    short = valid and pages and size < pages * page_size
    # A full check reads the whole file (about a second at 100,000 articles); a large library
    # gets the check of its listing tables, and damage elsewhere surfaces as a StoreError
    # when that page or text is read.
    full = size <= FULL_CHECK_BYTES or bool(short)
    deadline = time.monotonic() + lock_wait
    while True:
        db = _connect(path)
        try:
            pragmas = ["PRAGMA quick_check"]
            if not full:
                present = {
                    row[0]
                    for row in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
                }
                pragmas = [
                    f"PRAGMA quick_check({table})"
                    for table in _CHECKED_TABLES
                    if table == "sqlite_schema" or table in present
                ]
            rows: list[str] = []
            for pragma in pragmas:
                rows = [row[0] for row in db.execute(pragma)]
                if rows != ["ok"]:
                    break
        except sqlite3.DatabaseError as error:
            if _is_locked(error) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            if _is_corrupt(error):
                return clean_line(str(error))
            raise StoreError(f"Could not read the library {path}: {error}") from error
        finally:
            db.close()
        if rows == ["ok"]:
            return None
        return clean_line(rows[0] if rows else "quick_check failed")


_CHECKED_TABLES = ("sqlite_schema", "articles", "tags", "article_tags", "highlights")


def _move_aside(path: Path) -> Path:
    """Rename a damaged file (and its -wal/-shm companions) out of the way; never delete."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        path.rename(target)
    except FileNotFoundError:
        # Another process moved it aside a moment ago.
        return target
    except OSError as error:
        raise StoreError(
            f"The library {path} is damaged and could not be moved aside: {error.strerror}"
        ) from error
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):
                companion.rename(target.with_name(target.name + suffix))
    return target


# ---------------------------------------------------------------------------------------
# Writing rows


@dataclass(frozen=True)
class _Prepared:
    """What is computed outside the write lock: the compressed page and the clean values."""

    compressed: bytes | None
    compression: str
    tags: tuple[str, ...]


def _prepare(entry: NewEntry) -> _Prepared:
    if not entry.url:
        raise StoreError("An article needs a URL")
    compressed, method = _compress(entry.raw) if entry.raw is not None else (None, "none")
    return _Prepared(compressed, method, _unique_tags(entry.tags))


def entry_from_page(page: Page, document: Document, tags: Iterable[str] = ()) -> NewEntry:
    """The NewEntry of a fetched page and its Document."""
    article = document.article
    raw = page.raw or page.html.encode("utf-8")
    encoding = page.encoding if page.raw else "utf-8"
    final = page.final_url or page.url
    canonical = getattr(article, "canonical_url", None) or canonical_url_of(raw, final)
    site = getattr(article, "site_name", None)
    if not site:
        from urllib.parse import urlsplit

        site = urlsplit(final).hostname if final.startswith(("http:", "https:")) else None
    return NewEntry(
        url=page.url,
        final_url=final,
        canonical_url=canonical,
        title=article.title,
        byline=article.byline,
        site=site,
        published=article.published,
        lang=article.lang,
        excerpt=article.excerpt,
        word_count=article.word_count,
        reading_minutes=article.reading_minutes,
        raw=raw,
        encoding=encoding,
        content_type=page.content_type,
        fetched_at=page.fetched_at,
        text=document.text(),
        tags=tuple(tags),
    )


def _find(db: sqlite3.Connection, keys: Sequence[str | None], include_deleted: bool) -> int | None:
    wanted = [k for k in dict.fromkeys(keys) if k]
    if not wanted:
        return None
    marks = ",".join("?" * len(wanted))
    deleted = "" if include_deleted else "AND deleted_at IS NULL"
    row = db.execute(
        f"SELECT id FROM articles WHERE (url IN ({marks}) OR final_url IN ({marks}) "
        f"OR canonical_url IN ({marks})) {deleted} ORDER BY deleted_at IS NOT NULL, id LIMIT 1",
        wanted * 3,
    ).fetchone()
    return row[0] if row else None


def _put_one(db: sqlite3.Connection, entry: NewEntry, page: _Prepared) -> tuple[int, bool]:
    keys = [url_key(entry.canonical_url), url_key(entry.final_url), url_key(entry.url)]
    existing = _find(db, keys, include_deleted=True)
    if existing is not None:
        _update_from(db, existing, entry, page)
        return existing, False
    now = _now()
    title, byline, site = clean_line(entry.title), _opt_line(entry.byline), _opt_line(entry.site)
    cursor = db.execute(
        "INSERT INTO articles (url, final_url, canonical_url, title, byline, site, published, "
        "lang, excerpt, added_at, opened_at, updated_at, starred, archived, progress, "
        "progress_block, word_count, reading_minutes, has_page) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            url_key(entry.url) or entry.url,
            url_key(entry.final_url),
            url_key(entry.canonical_url),
            title,
            byline,
            site,
            _iso(entry.published),
            _opt_line(entry.lang),
            _opt_line(entry.excerpt),
            _iso(entry.added_at or now),
            _iso(entry.opened_at),
            _iso(entry.updated_at or entry.added_at or now),
            int(entry.starred),
            int(entry.archived),
            min(1.0, max(0.0, entry.progress)),
            entry.progress_block,
            entry.word_count,
            entry.reading_minutes,
            int(page.compressed is not None),
        ),
    )
    article_id = int(cursor.lastrowid)
    if page.compressed is not None:
        _write_page(db, article_id, entry, page)
    _link_tags(db, article_id, page.tags)
    db.execute(
        "INSERT INTO article_search (rowid, title, byline, site, tags, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            article_id,
            title,
            byline or "",
            site or "",
            " ".join(page.tags),
            entry.text,
        ),
    )
    _add_highlights(db, article_id, entry.highlights)
    return article_id, True


def _update_from(
    db: sqlite3.Connection, article_id: int, entry: NewEntry, page: _Prepared
) -> None:
    """Merge a new save into an existing article: the page and facts are refreshed; tags are
    added to; the user's progress, star, archive and highlights are kept (an import may
    only add to them); a deleted article comes back."""
    row = db.execute(
        "SELECT title, byline, site, has_page FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    old_title, old_byline, old_site, had_page = row
    has_page = page.compressed is not None
    now = _iso(_now())
    title = clean_line(entry.title) or old_title
    byline = _opt_line(entry.byline) or old_byline
    site = _opt_line(entry.site) or old_site
    assignments = [
        "title = ?", "byline = ?", "site = ?", "deleted_at = NULL", "updated_at = ?",
        "starred = max(starred, ?)", "archived = max(archived, ?)",
        "progress = max(progress, ?)",
        "progress_block = CASE WHEN ? > progress THEN ? ELSE progress_block END",
        "opened_at = coalesce(opened_at, ?)",
    ]
    params: list[object] = [
        title, byline, site, now, int(entry.starred), int(entry.archived),
        min(1.0, max(0.0, entry.progress)), min(1.0, max(0.0, entry.progress)),
        entry.progress_block, _iso(entry.opened_at),
    ]
    if has_page:
        assignments += [
            "final_url = coalesce(?, final_url)", "canonical_url = coalesce(?, canonical_url)",
            "published = coalesce(?, published)", "lang = coalesce(?, lang)",
            "excerpt = coalesce(?, excerpt)", "word_count = ?", "reading_minutes = ?",
            "has_page = 1",
        ]
        params += [
            url_key(entry.final_url), url_key(entry.canonical_url), _iso(entry.published),
            _opt_line(entry.lang), _opt_line(entry.excerpt), entry.word_count,
            entry.reading_minutes,
        ]
    db.execute(f"UPDATE articles SET {', '.join(assignments)} WHERE id = ?", (*params, article_id))
    if has_page:
        _write_page(db, article_id, entry, page)
    _link_tags(db, article_id, page.tags)
    tags = _tags_of(db, article_id)
    if has_page or not had_page:
        text = entry.text
    else:
        found = db.execute(
            "SELECT text FROM article_search WHERE rowid = ?", (article_id,)
        ).fetchone()
        text = found[0] if found else ""
    db.execute("DELETE FROM article_search WHERE rowid = ?", (article_id,))
    db.execute(
        "INSERT INTO article_search (rowid, title, byline, site, tags, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (article_id, title, byline or "", site or "", " ".join(tags), text or ""),
    )
    _add_highlights(db, article_id, entry.highlights)


def _write_page(db: sqlite3.Connection, article_id: int, entry: NewEntry, page: _Prepared) -> None:
    db.execute(
        "INSERT OR REPLACE INTO pages (article_id, raw, compression, encoding, content_type, "
        "fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            article_id, page.compressed, page.compression, entry.encoding or "utf-8",
            entry.content_type or "", _iso(entry.fetched_at),
        ),
    )


def _add_highlights(
    db: sqlite3.Connection, article_id: int, highlights: Iterable[NewHighlight]
) -> None:
    for h in highlights:
        duplicate = db.execute(
            "SELECT 1 FROM highlights WHERE article_id = ? AND text = ? AND block IS ? "
            "AND start IS ?",
            (article_id, h.text, h.block, h.start),
        ).fetchone()
        if duplicate:
            continue
        db.execute(
            'INSERT INTO highlights (article_id, text, block, start, "end", note, created_at) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, h.text, h.block, h.start, h.end, h.note, _iso(h.created_at or _now())),
        )


def _opt_line(text: str | None) -> str | None:
    return clean_line(text) or None if text else None


def _unique_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        name = clean_tag(tag)
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _link_tags(db: sqlite3.Connection, article_id: int, names: Iterable[str]) -> None:
    for name in names:
        db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id, live, archived) "
            "SELECT a.id, t.id, a.deleted_at IS NULL, a.archived != 0 "
            "FROM articles a, tags t WHERE a.id = ? AND t.name = ?",
            (article_id, name),
        )


def _tags_of(db: sqlite3.Connection, article_id: int) -> tuple[str, ...]:
    return tuple(
        row[0]
        for row in db.execute(
            "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE",
            (article_id,),
        )
    )


def _refresh_tags(db: sqlite3.Connection, article_id: int) -> tuple[str, ...]:
    """Keep the search index's tags column in step with the tag table."""
    tags = _tags_of(db, article_id)
    db.execute(
        "UPDATE article_search SET tags = ? WHERE rowid = ?", (" ".join(tags), article_id)
    )
    db.execute("UPDATE articles SET updated_at = ? WHERE id = ?", (_iso(_now()), article_id))
    # Tags no article carries any more are dropped.
    db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
    return tags


def _require(db: sqlite3.Connection, article_id: int) -> None:
    if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
        raise StoreError(f"No article with id {article_id} in the library")


# ---------------------------------------------------------------------------------------
# Reading rows


def _where(filter: Filter, table: str = "") -> tuple[str, list[object]]:  # noqa: A002
    """The WHERE clause of a Filter; ``table`` qualifies the columns (``"a."``) in joins."""
    t = table
    clauses = [f"{t}deleted_at IS NOT NULL" if filter.deleted else f"{t}deleted_at IS NULL"]
    params: list[object] = []
    if filter.archived is not None:
        clauses.append(f"{t}archived = ?")
        params.append(int(filter.archived))
    if filter.starred is not None:
        clauses.append(f"{t}starred = ?")
        params.append(int(filter.starred))
    if filter.unread is not None:
        clauses.append(f"{t}opened_at IS NULL" if filter.unread else f"{t}opened_at IS NOT NULL")
    if filter.in_progress:
        clauses.append(f"{t}progress > 0 AND {t}progress < 1")
    if filter.has_page is not None:
        clauses.append(f"{t}has_page = ?")
        params.append(int(filter.has_page))
    if filter.site:
        clauses.append(f"{t}site = ? COLLATE NOCASE")
        params.append(filter.site)
    if filter.tag:
        tag_clause, tag_params = _tag_clause(filter)
        clauses.append(f"{t}id IN (SELECT at.article_id FROM article_tags at WHERE {tag_clause})")
        params.extend(tag_params)
    return " AND ".join(clauses), params


def _tag_clause(filter: Filter) -> tuple[str, list[object]]:  # noqa: A002
    """The condition on article_tags for a Filter's tag and the state repeated there."""
    clauses = ["at.tag_id = (SELECT id FROM tags WHERE name = ?)", "at.live = ?"]
    params: list[object] = [filter.tag, int(not filter.deleted)]
    if filter.archived is not None:
        clauses.append("at.archived = ?")
        params.append(int(filter.archived))
    return " AND ".join(clauses), params


def _entries(db: sqlite3.Connection, rows: Sequence[tuple]) -> list[Entry]:
    if not rows:
        return []
    ids = [row[0] for row in rows]
    tags: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for article_id, name in db.execute(
            "SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            f"WHERE at.article_id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            tags.setdefault(article_id, []).append(name)
    return [
        Entry(
            id=row[0], url=row[1], final_url=row[2], canonical_url=row[3], title=row[4],
            byline=row[5], site=row[6], published=_time(row[7]), lang=row[8], excerpt=row[9],
            added_at=_time(row[10]) or _now(), opened_at=_time(row[11]),
            updated_at=_time(row[12]) or _now(), tags=tuple(tags.get(row[0], ())),
            starred=bool(row[13]), archived=bool(row[14]), progress=row[15],
            progress_block=row[16], word_count=row[17], reading_minutes=row[18],
            has_page=bool(row[19]), deleted_at=_time(row[20]),
        )
        for row in rows
    ]


# ---------------------------------------------------------------------------------------
# Search queries

_FIELDS = {"title": "title", "byline": "byline", "by": "byline", "site": "site",
           "tag": "tags", "tags": "tags", "text": "text"}
_QUERY_TOKEN = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"?|(\S+))')


@dataclass(frozen=True)
class ParsedQuery:
    """A user's query as a safe FTS5 expression, and its search terms: (token, is a prefix,
    is part of a phrase)."""

    expression: str
    terms: tuple[tuple[str, bool, bool], ...]
    # The same query with each phrase loosened to its words, for ranking (see search()).
    rank_expression: str = ""


def fts_query(query: str) -> str:
    """The safe FTS5 expression of what a user typed (see :func:`parse_query`)."""
    return parse_query(query).expression


def parse_query(query: str) -> ParsedQuery:
    """Turn what a user typed into a safe FTS5 expression.

    Every word is quoted, so FTS5's own syntax (``AND``, ``NEAR``, ``:``, ``^``, brackets)
    in a query is searched for as text instead of failing; only the forms documented in
    :meth:`Store.search` have meaning.
    """
    parts: list[str] = []
    rank_parts: list[str] = []
    negated: list[str] = []
    tokens: list[tuple[str, bool, bool]] = []
    pending_or = False
    for match in _QUERY_TOKEN.finditer(clean_line(query)):
        minus, column, phrase, word = match.groups()
        if word == "AND" and not minus and not column:
            continue
        if word == "OR" and not minus and not column:
            pending_or = bool(parts)
            continue
        prefix = False
        if phrase is not None:
            text = phrase
        else:
            text = word
            if text.endswith("*"):
                # A one-letter prefix matches nearly everything: search the letter itself.
                text = text.rstrip("*")
                prefix = len(text) >= 2
        if column and column.lower() not in _FIELDS:
            # Not a field we know: search for the words as typed.
            text = f"{column}:{text}" if text else column
            column = None
        terms = re.findall(r"\w+", text)
        if not terms:
            continue
        for n, term in enumerate(terms):
            tokens.append((_fold(term), prefix and n == len(terms) - 1, len(terms) > 1))
        field_filter = f"{_FIELDS[column.lower()]} : " if column else ""
        star = "*" if prefix else ""
        term = field_filter + '"' + " ".join(terms) + '"' + star
        loose = " AND ".join(
            field_filter + f'"{word}"' + (star if n == len(terms) - 1 else "")
            for n, word in enumerate(terms)
        )
        if minus:
            negated.append(term)
        elif pending_or:
            parts[-1] = f"({parts[-1]} OR {term})"
            rank_parts[-1] = f"({rank_parts[-1]} OR ({loose}))"
            pending_or = False
        else:
            parts.append(term)
            rank_parts.append(f"({loose})" if len(terms) > 1 else loose)
    if not parts:
        return ParsedQuery("", ())
    expression = " AND ".join(parts)
    for term in negated:
        expression = f"({expression}) NOT {term}"
    return ParsedQuery(expression, tuple(tokens), " AND ".join(rank_parts))


def _fold(token: str) -> str:
    """A token as the FTS5 unicode61 tokenizer (remove_diacritics 2) stores it."""
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _parse_snippet(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    out: list[str] = []
    matches: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for piece in re.split(f"([{_MARK_ON}{_MARK_OFF}])", marked):
        if piece == _MARK_ON:
            start = length
        elif piece == _MARK_OFF:
            if start is not None and length > start:
                matches.append((start, length))
            start = None
        else:
            # Paragraph breaks inside a snippet become spaces: a snippet is one line.
            piece = clean_inline(piece)
            out.append(piece)
            length += len(piece)
    return "".join(out), tuple(matches)
