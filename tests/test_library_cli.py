"""The library commands, run as a user runs them: ``reader.cli.main([...])`` in process
(fast) and ``python -m reader`` in a subprocess, pages served by a loopback HTTP server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from httpserver import LoopbackServer

from reader.cli import main
from reader.store import Store

ROOT = Path(__file__).resolve().parent.parent


def article(title: str, words: str) -> bytes:
    body = "".join(
        f"<p>{words} This sentence {n} makes the page long enough to be an article.</p>"
        for n in range(5)
    )
    return (f"<!doctype html><html><head><meta charset=utf-8><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    return str(tmp_path / "data")


@pytest.fixture
def server():
    with LoopbackServer() as running:
        yield running


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_fetches_many_urls_saves_them_and_lists_failures_at_the_end(
    capsys, server, data_dir: str
) -> None:
    urls = [server.route(f"/a{n}", body=article(f"Story {n}", "Otters and kelp."))
            for n in range(5)]
    missing = server.url("/gone")
    code, out, err = run(capsys, "add", *urls[:3], missing, *urls[3:], "--tag", "sea",
                         "--data-dir", data_dir)
    assert code == 1
    assert sorted(line.split(":", 1)[1].strip() for line in out.splitlines()) == [
        f"Story {n}" for n in range(5)]
    assert "1 of them failed" in err
    assert err.strip().splitlines()[-1].startswith(f"reader: error: {missing}: ")
    assert "404" in err
    with Store.open(Path(data_dir) / "library.sqlite3") as store:
        assert store.count() == 5
        assert {e.tags for e in store.list()} == {("sea",)}


def test_add_bounds_requests_per_host(capsys, server, data_dir: str) -> None:
    import threading
    import time

    active = 0
    most = 0
    lock = threading.Lock()

    def slow_page():
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        time.sleep(0.05)  # the server holds the request, so concurrent ones overlap
        with lock:
            active -= 1
        yield article("Slow", "Patience.")

    urls = [server.route(f"/s{n}", body=slow_page, chunked=False) for n in range(8)]
    code, _, _ = run(capsys, "add", *urls, "--data-dir", data_dir)
    assert code == 0
    assert most == 2


def test_adding_the_same_url_twice_keeps_one_article(capsys, server, data_dir: str) -> None:
    url = server.route("/same", body=article("Same", "Words."))
    run(capsys, "add", url, "--tag", "one", "--data-dir", data_dir)
    code, _, _ = run(capsys, "add", url, "--tag", "two", "--data-dir", data_dir)
    assert code == 0
    code, out, _ = run(capsys, "list", "--json", "--data-dir", data_dir)
    (item,) = json.loads(out)
    assert item["tags"] == ["one", "two"]


def _library(capsys, server, data_dir: str) -> list[int]:
    urls = [
        server.route("/kelp", body=article("Kelp forests", "Kelp forests shelter otters.")),
        server.route("/owls", body=article("Night owls", "Owls hunt at night.")),
        server.route("/bees", body=article("Busy bees", "Bees visit flowers.")),
    ]
    ids = []
    for url in urls:
        code, out, _ = run(capsys, "add", url, "--data-dir", data_dir)
        assert code == 0
        ids.append(int(out.split()[1].rstrip(":")))
    return ids


def test_list_filters_and_json(capsys, server, data_dir: str) -> None:
    kelp, owls, bees = _library(capsys, server, data_dir)
    with Store.open(Path(data_dir) / "library.sqlite3") as store:
        store.set_starred(owls)
        store.set_archived(bees)
        store.mark_opened(kelp)
        store.add_tags(kelp, ["sea"])
    def ids(*flags: str) -> list[int]:
        code, out, _ = run(capsys, "list", "--json", *flags, "--data-dir", data_dir)
        assert code == 0
        return [item["id"] for item in json.loads(out)]

    assert ids() == [owls, kelp]
    assert ids("--unread") == [owls]
    assert ids("--starred") == [owls]
    assert ids("--archived") == [bees]
    assert ids("--tag", "sea") == [kelp]
    code, out, _ = run(capsys, "list", "--data-dir", data_dir)
    assert "Night owls" in out and "★" in out and "#sea" in out


def test_search_prints_hits_with_snippets_and_json(capsys, server, data_dir: str) -> None:
    kelp, _, _ = _library(capsys, server, data_dir)
    code, out, _ = run(capsys, "search", "otter*", "--data-dir", data_dir)
    assert code == 0 and "Kelp forests" in out and "otters" in out
    code, out, _ = run(capsys, "search", '"hunt at night"', "--json", "--data-dir", data_dir)
    hits = json.loads(out)
    assert [h["title"] for h in hits] == ["Night owls"]
    start, end = hits[0]["matches"][0]
    assert hits[0]["snippet"][start:end].lower() == "hunt at night"
    code, out, err = run(capsys, "search", "NEAR(", "--data-dir", data_dir)
    assert code == 0 and "nothing matches" in err


def test_show_works_offline_in_every_format(capsys, server, data_dir: str) -> None:
    kelp, _, _ = _library(capsys, server, data_dir)
    server.close()  # no network from here on
    code, out, _ = run(capsys, "show", str(kelp), "--data-dir", data_dir)
    assert code == 0 and out.startswith("Kelp forests") and "shelter otters" in out
    code, out, _ = run(capsys, "show", str(kelp), "--format", "markdown", "--data-dir", data_dir)
    assert out.startswith("# Kelp forests")
    code, out, _ = run(capsys, "show", str(kelp), "--format", "json", "--data-dir", data_dir)
    assert json.loads(out)["title"] == "Kelp forests"


def test_tag_adds_and_removes(capsys, server, data_dir: str) -> None:
    kelp, _, _ = _library(capsys, server, data_dir)
    code, out, _ = run(capsys, "tag", str(kelp), "+sea", "+green", "--data-dir", data_dir)
    assert (code, out.strip()) == (0, f"{kelp}: #green #sea")
    code, out, _ = run(capsys, "tag", "--data-dir", data_dir, str(kelp), "-green", "plants")
    assert (code, out.strip()) == (0, f"{kelp}: #plants #sea")


def test_rm_and_undo(capsys, server, data_dir: str) -> None:
    kelp, owls, _ = _library(capsys, server, data_dir)
    code, _, err = run(capsys, "rm", str(kelp), "--data-dir", data_dir)
    assert code == 0 and f"reader rm --undo {kelp}" in err
    code, out, _ = run(capsys, "list", "--json", "--data-dir", data_dir)
    assert kelp not in [item["id"] for item in json.loads(out)]
    run(capsys, "rm", "--undo", str(kelp), "--data-dir", data_dir)
    code, out, _ = run(capsys, "list", "--json", "--data-dir", data_dir)
    assert kelp in [item["id"] for item in json.loads(out)]


def test_unknown_id_is_one_error_line(capsys, data_dir: str) -> None:
    code, out, err = run(capsys, "show", "42", "--data-dir", data_dir)
    assert (code, out) == (1, "")
    assert err == "reader: error: No article with id 42 in the library\n"


def test_export_and_import_round_trip_through_the_commands(
    capsys, server, tmp_path: Path, data_dir: str
) -> None:
    _library(capsys, server, data_dir)
    out_file = tmp_path / "library.json"
    code, _, err = run(capsys, "export", "--format", "json", "-o", str(out_file),
                       "--data-dir", data_dir)
    assert code == 0 and "exported 3 articles" in err
    other = str(tmp_path / "other")
    code, out, _ = run(capsys, "import", str(out_file), "--data-dir", other)
    assert (code, out.strip()) == (0, "Imported 3 new and updated 0 articles from reader JSON")
    code, out, _ = run(capsys, "search", "owls", "--json", "--data-dir", other)
    assert [h["title"] for h in json.loads(out)] == ["Night owls"]
    code, out, _ = run(capsys, "export", "--format", "netscape", "--data-dir", other)
    assert out.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>") and out.count("<DT><A ") == 3


def test_fetch_missing_downloads_imported_entries_and_resumes(
    capsys, server, tmp_path: Path, data_dir: str
) -> None:
    first = server.route("/one", body=article("One", "First page words."))
    later = server.url("/two")  # not served yet: the first run fails for it
    bookmarks = tmp_path / "bookmarks.html"
    bookmarks.write_text(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><p>"
        f'<DT><A HREF="{first}" ADD_DATE="1600000000">One</A>'
        f'<DT><A HREF="{later}" ADD_DATE="1600000001">Two</A></DL><p>'
    )
    code, out, _ = run(capsys, "import", str(bookmarks), "--data-dir", data_dir)
    assert "Imported 2 new" in out
    code, out, err = run(capsys, "fetch", "--missing", "--data-dir", data_dir)
    assert code == 1 and "Fetched 1 of 2 pages" in out and later in err
    server.route("/two", body=article("Two", "Second page words."))
    requests_before = len(server.requests)
    code, out, _ = run(capsys, "fetch", "--missing", "--data-dir", data_dir)
    assert code == 0 and "Fetched 1 of 1 pages" in out
    assert [r.path for r in server.requests[requests_before:]] == ["/two"]
    code, out, _ = run(capsys, "fetch", "--missing", "--data-dir", data_dir)
    assert "Every saved entry has its page" in out
    code, out, _ = run(capsys, "search", "second", "--json", "--data-dir", data_dir)
    assert [h["title"] for h in json.loads(out)] == ["Two"]


def test_commands_run_as_a_program_with_the_environment_data_dir(
    server, tmp_path: Path
) -> None:
    url = server.route("/p", body=article("Program", "Run as a program."))
    env = {"READER_DATA_DIR": str(tmp_path / "env-data"), "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(ROOT)}

    def reader(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=60)

    added = reader("add", url)
    assert added.returncode == 0, added.stderr
    assert added.stderr == ""  # no progress bar when stderr is not a terminal
    listed = reader("list", "--json")
    assert [item["title"] for item in json.loads(listed.stdout)] == ["Program"]
    assert (tmp_path / "env-data" / "library.sqlite3").is_file()
    failed = reader("import", str(tmp_path / "nope.csv"))
    assert failed.returncode == 1
    assert failed.stderr.startswith("reader: error: ") and failed.stderr.count("\n") == 1


def test_add_shows_a_progress_bar_on_a_terminal_and_keeps_stdout_clean(
    server, tmp_path: Path
) -> None:
    import os
    import pty

    urls = [server.route(f"/t{n}", body=article(f"Tty {n}", "Words.")) for n in range(4)]
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", "add", *urls, "--data-dir", str(tmp_path / "d")],
        stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, env={**os.environ,
                                                                "PYTHONPATH": str(ROOT)},
    )
    out, _ = child.communicate(timeout=60)
    os.close(follower)
    terminal = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end is closed: everything was read
            break
        if not chunk:
            break
        terminal += chunk
    os.close(leader)
    assert child.returncode == 0
    lines = out.decode().splitlines()
    assert sorted(line.split(": ", 1)[1] for line in lines) == [f"Tty {n}" for n in range(4)]
    assert all(line.startswith("added ") for line in lines)
    assert b"fetching" in terminal and b"4/4" in terminal
