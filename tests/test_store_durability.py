"""The store survives what happens to real files: processes killed mid-save, two writers at
once, a full disk and damaged files. Every test works on a real SQLite file in tmp_path and
real child processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import StoreError
from reader.fetch import Page
from reader.pipeline import read_page
from reader.store import Filter, Store

ROOT = Path(__file__).resolve().parent.parent

# A child process that saves COUNT small articles through Store.save, printing
# "<id> <n>" after each save has returned (that is, after its commit). With a third
# argument it waits for a line on stdin before starting, so two children can start at once.
WRITER = r"""
import sys
from dataclasses import replace
from reader.fetch import Page
from reader.pipeline import read_page
from reader.store import Store

path, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
html = ("<html><head><title>Base</title></head><body><article><h1>Base</h1>"
        + "<p>A short paragraph of an article saved by a test writer process.</p>" * 3
        + "</article></body></html>")
page = Page(url="https://w.example/", final_url="https://w.example/", html=html,
            encoding="utf-8", content_type="text/html", source="web", raw=html.encode())
document = read_page(page)
store = Store.open(path)
if len(sys.argv) > 4:
    print("ready", flush=True)
    sys.stdin.readline()
for n in range(count):
    url = f"https://w.example/{label}/{n}"
    article = replace(document.article, title=f"{label} article {n}", url=url)
    saved = store.save(replace(page, url=url, final_url=url), replace(document, article=article),
                       tags=[f"{label}-tag"])
    print(saved, n, flush=True)
store.close()
"""


def start_writer(path: Path, label: str, count: int, wait: bool = False) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-c", WRITER, str(path), label, str(count)]
    if wait:
        args.append("wait")
    return subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env, cwd=ROOT,
    )


def writers_at_once(
    path: Path, labels: tuple[str, ...], count: int, timeout: float
) -> list[tuple[str, str]]:
    """Start one writer process per label, release them together once all are ready, and
    return each one's (stdout, stderr) after checking it ended cleanly."""
    writers = [start_writer(path, label, count, wait=True) for label in labels]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    outputs = [writer.communicate(timeout=timeout) for writer in writers]
    for writer, (_, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0 and "Traceback" not in err, err
    return outputs


def assert_article_whole(store: Store, article_id: int, label: str, n: int) -> None:
    entry = store.get(article_id)
    assert entry.title == f"{label} article {n}"
    assert entry.url == f"https://w.example/{label}/{n}"
    assert entry.has_page and entry.tags == (f"{label}-tag",)
    assert "short paragraph" in store.text(article_id)
    page = store.page(article_id)
    assert page is not None and b"short paragraph" in page.raw


def kill_while_saving(path: Path, total: int, kill_after: int) -> list[tuple[int, int]]:
    """Start a writer of ``total`` articles, SIGKILL it once ``kill_after`` saves have
    returned; the (id, n) pairs it reported."""
    child = start_writer(path, "k", total)
    assert child.stdout is not None
    reported: list[tuple[int, int]] = []
    for line in child.stdout:
        article_id, n = map(int, line.split())
        reported.append((article_id, n))
        if len(reported) >= kill_after:
            os.kill(child.pid, signal.SIGKILL)
            break
    # What the child printed before it died (read through the same buffered file, which
    # may already hold some of it).
    rest = child.stdout.read()
    child.wait(timeout=60)
    assert child.stderr is not None and child.stdin is not None
    child.stderr.close()
    child.stdin.close()
    # A line without its newline was cut by the kill mid-write: that add was not reported
    # (the count check below allows for one such save).
    complete = rest.split("\n")[:-1]
    reported += [tuple(map(int, line.split())) for line in complete if line.strip()]
    assert child.returncode == -signal.SIGKILL, "the writer finished before it was killed"
    return reported


def assert_no_half_written_rows(path: Path) -> None:
    db = sqlite3.connect(path)
    assert db.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM pages p WHERE p.article_id = a.id) "
        "OR NOT EXISTS (SELECT 1 FROM article_search s WHERE s.rowid = a.id) "
        "OR NOT EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id)"
    ).fetchone() == (0,)
    assert db.execute(
        "SELECT (SELECT count(*) FROM articles) = (SELECT count(*) FROM pages) "
        "AND (SELECT count(*) FROM articles) = (SELECT count(*) FROM article_search)"
    ).fetchone() == (1,)
    db.close()


def test_sigkill_while_adding_1000_keeps_every_returned_add_and_no_half_row(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite3"
    reported = kill_while_saving(path, total=1000, kill_after=300)
    with Store.open(path) as store:
        assert store.notices == ()
        assert store.integrity_check() == ["ok"]
        for article_id, n in reported:
            assert_article_whole(store, article_id, "k", n)
        # At most the one save in flight committed without being reported.
        assert store.count() in (len(reported), len(reported) + 1)
    assert_no_half_written_rows(path)


def test_two_processes_adding_500_each_at_once_all_1000_land(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Store.open(path).close()  # created (and migrated) once, so both start writing at once
    outputs = writers_at_once(path, ("a", "b"), 500, timeout=120)
    with Store.open(path) as store:
        assert store.integrity_check() == ["ok"]
        assert store.count() == 1000
        for label, (out, _) in zip("ab", outputs, strict=True):
            lines = [tuple(map(int, line.split())) for line in out.splitlines()]
            assert len(lines) == 500
            for article_id, n in lines[::50]:
                assert_article_whole(store, article_id, label, n)
        assert store.count(Filter(tag="a-tag")) == store.count(Filter(tag="b-tag")) == 500


def _page(n: int, size: int = 0) -> Page:
    filler = os.urandom(size).hex() if size else ""
    html = (f"<html><head><title>Page {n}</title></head><body><article><h1>Page {n}</h1>"
            f"<p>Text of page {n}, long enough to count as an article body here.</p>"
            f"<p>{filler}</p></article></body></html>")
    return Page(url=f"https://f.example/{n}", final_url=f"https://f.example/{n}", html=html,
                encoding="utf-8", content_type="text/html", source="web", raw=html.encode())


def test_full_disk_is_a_clear_error_and_keeps_what_was_stored(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        kept = [store.save(p, read_page(p), tags=["kept"]) for p in map(_page, range(5))]
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    with Store.open(path, page_limit=pages + 3) as store:
        big = _page(99, size=200_000)  # random hex: does not compress into 3 pages
        with pytest.raises(StoreError, match="disk is full") as raised:
            store.save(big, read_page(big))
        assert str(path) in str(raised.value)
        assert store.find_url("https://f.example/99") is None
        # The store still works for what fits.
        store.set_starred(kept[0])
    with Store.open(path) as store:
        assert store.integrity_check() == ["ok"]
        assert [e.id for e in store.list(Filter(tag="kept"), sort="added",
                                         descending=False)] == kept
        assert store.get(kept[0]).starred
        for article_id, n in zip(kept, range(5), strict=True):
            assert f"Text of page {n}" in store.text(article_id)
        store.save(_page(100), read_page(_page(100)))  # room again once space is back


def test_a_busy_library_is_not_mistaken_for_a_damaged_one(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        first = store.save(_page(1), read_page(_page(1)))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process is in the middle of a write
    try:
        with Store.open(path, lock_wait=0.5) as store:
            assert store.notices == ()
            assert store.get(first).has_page
            with pytest.raises(StoreError, match="busy"):
                store.set_starred(first)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not list(tmp_path.glob("*.corrupt-*"))


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "pages overwritten":
        page_size = int.from_bytes(data[16:18], "big")
        path.write_bytes(data[: page_size * 2] + b"\xa5" * (len(data) - page_size * 2))
    elif how == "text file":
        path.write_text("these are my notes, not a database\n")


@pytest.mark.parametrize("check", ["full check", "listing tables check"])
@pytest.mark.parametrize("how", ["garbage", "truncated", "pages overwritten", "text file"])
def test_damaged_file_is_moved_aside_with_a_message_and_a_new_library_started(
    tmp_path: Path, how: str, check: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if check == "listing tables check":
        # What a library too large for a full check at every start gets.
        monkeypatch.setattr("reader.store.FULL_CHECK_BYTES", 0)
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        for n in range(20):
            store.save(_page(n), read_page(_page(n)))
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(path, how)
    damaged = path.read_bytes()
    with Store.open(path) as store:
        (notice,) = store.notices
        (moved,) = tmp_path.glob("library.sqlite3.corrupt-*")
        assert str(path) in notice and str(moved) in notice
        assert moved.read_bytes() == damaged  # kept as it was, byte for byte
        assert store.count() == 0 and store.integrity_check() == ["ok"]
        store.save(_page(1), read_page(_page(1)))
    assert moved.read_bytes() == damaged


def test_cli_reports_the_moved_file_as_a_warning(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "library.sqlite3").write_bytes(b"not a database at all" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--data-dir", str(data)],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert result.returncode == 0
    assert result.stderr.startswith("reader: warning: The library ")
    assert "moved to" in result.stderr and ".corrupt-" in result.stderr
    assert len(list(data.glob("library.sqlite3.corrupt-*"))) == 1


def test_a_sound_large_library_passes_the_listing_tables_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.store.FULL_CHECK_BYTES", 0)
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        first = store.save(_page(1), read_page(_page(1)))
        store.add_highlight(first, "Text of page")
    with Store.open(path) as store:
        assert store.notices == () and store.get(first).has_page
    assert not list(tmp_path.glob("*.corrupt-*"))
