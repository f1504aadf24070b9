"""HOSTILE-INPUT.md cases 23–27: files and storage. Real SQLite files in tmp_path, real child
processes, real signals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_durability import (
    ROOT,
    _page,
    assert_article_whole,
    assert_no_half_written_rows,
    kill_while_saving,
    writers_at_once,
)

from reader.cli import main
from reader.errors import StoreError
from reader.fetch import Page
from reader.pipeline import read_page
from reader.store import Store


def test_case_23_two_instances_saving_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Store.open(path).close()
    results = writers_at_once(path, ("x", "y"), 60, timeout=60)
    with Store.open(path) as store:
        assert store.count() == 120
        for label, (out, _) in zip("xy", results, strict=True):
            for line in out.splitlines():
                article_id, n = map(int, line.split())
                assert_article_whole(store, article_id, label, n)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_case_24_garbage_or_truncated_database_is_moved_aside_never_overwritten(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        for n in range(10):
            store.save(_page(n), read_page(_page(n)))
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    bad = os.urandom(len(data)) if damage == "garbage" else data[: len(data) // 3]
    path.write_bytes(bad)
    with Store.open(path) as store:
        (notice,) = store.notices
        (aside,) = tmp_path.glob("library.sqlite3.corrupt-*")
        assert f"The library {path} was damaged" in notice
        assert f"moved to {aside}" in notice
        assert store.count() == 0
    assert aside.read_bytes() == bad


def test_case_25_disk_full_during_save_is_a_clear_error_and_keeps_earlier_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        earlier = store.save(_page(1), read_page(_page(1)), tags=["before"])
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    with Store.open(path, page_limit=pages + 2) as store:
        big = _page(2, size=100_000)
        with pytest.raises(StoreError) as raised:
            store.save(big, read_page(big))
        message = str(raised.value)
        assert message.startswith("The disk is full") and "\n" not in message
    with Store.open(path) as store:
        assert store.integrity_check() == ["ok"]
        assert store.count() == 1
        assert store.get(earlier).tags == ("before",)
        assert "Text of page 1" in store.document(earlier).text()


def test_case_26_kill_9_during_a_save_leaves_no_half_written_row(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    reported = kill_while_saving(path, total=400, kill_after=80)
    with Store.open(path) as store:
        assert store.integrity_check() == ["ok"]
        for article_id, n in reported:
            assert_article_whole(store, article_id, "k", n)
    assert_no_half_written_rows(path)


def test_case_27_file_names_never_come_from_urls_or_titles(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    hostile = "../../../../tmp/evil name\x1b[2J; rm -rf ~"
    html = (f"<html><head><title>{hostile}</title></head><body><article><h1>{hostile}</h1>"
            + "<p>Body text of a page whose title and address look like paths.</p>" * 3
            + "</article></body></html>")
    page = Page(url=f"https://h.example/{hostile}", final_url="https://h.example/..%2F..%2Fx",
                html=html, encoding="utf-8", content_type="text/html", source="web",
                raw=html.encode())
    with Store.open(data / "library.sqlite3") as store:
        article_id = store.save(page, read_page(page), tags=["../../tag"])
    assert sorted(p.name for p in data.iterdir()) in (
        ["library.sqlite3"],
        ["library.sqlite3", "library.sqlite3-shm", "library.sqlite3-wal"],
    )
    # An export goes exactly where the user said, under the name the user chose.
    chosen = tmp_path / "exports" / "mine.json"
    chosen.parent.mkdir()
    assert main(["export", "--format", "json", "-o", str(chosen),
                 "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert [p.name for p in chosen.parent.iterdir()] == ["mine.json"]
    assert not (tmp_path / "evil name").exists() and not Path("/tmp/evil name").exists()
    # Shown titles carry no escape sequence.
    assert main(["list", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert str(article_id) in out and "\x1b" not in out
    result = subprocess.run([sys.executable, "-m", "reader", "show", str(article_id),
                             "--data-dir", str(data)], capture_output=True, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0 and b"\x1b" not in result.stdout
