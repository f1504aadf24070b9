"""``reader dump``: the article of each source as text, Markdown, JSON or JSON lines."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main

STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour reopens after the storm | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Ana Díaz">
<meta property="article:published_time" content="2024-03-02T09:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour reopens after the storm</h1>
<p>The harbour reopened on Saturday, two days after the storm, the
<a href="/port-authority">port authority</a> said in a statement to fishermen and traders.</p>
<p>“We are open for business,” the harbour master said, standing on the rebuilt quay with
the <a href="../maps/quay.html">new quay map</a> in hand and boats already moving out.</p>
<p>Repairs to the sea wall will take until the summer, according to the
<a href="https://other.example.org/report">engineers' report</a>, which was published today.</p>
</article><footer><a href="/feedback">Feedback</a></footer></body></html>"""


@pytest.fixture
def story_file(tmp_path: Path) -> Path:
    folder = tmp_path / "news" / "2024"
    folder.mkdir(parents=True)
    path = folder / "story.html"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A loopback server: /old redirects to /news/2024/story.html, which serves STORY."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            if self.path == "/old":
                self.send_response(301)
                self.send_header("Location", "/news/2024/story.html")
                self.end_headers()
                return
            body = STORY.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def dump(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["dump", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_every_field_and_the_body_only(capsys, story_file: Path):
    code, out, err = dump(capsys, str(story_file), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    for key in ("title", "byline", "site_name", "published", "lang", "url", "word_count",
                "reading_minutes", "text", "links", "quotes"):
        assert key in data
    assert data["title"] == "Harbour reopens after the storm"
    assert data["byline"] == "Ana Díaz"
    assert data["site_name"] == "Example Times"
    assert data["published"] == "2024-03-02T09:00:00+00:00"
    assert data["lang"] == "en"
    assert data["url"] == story_file.resolve().as_uri()
    paragraphs = data["text"].split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The harbour reopened on Saturday")
    assert paragraphs[2].endswith("which was published today.")
    assert "Home" not in data["text"] and "Feedback" not in data["text"]
    assert data["word_count"] == len(data["text"].split())
    assert data["reading_minutes"] == 1
    assert any("We are open for business" in q["text"] for q in data["quotes"])


def test_a_page_without_a_declared_summary_is_summed_up_by_its_first_paragraph(
    capsys, story_file: Path
):
    code, out, _ = dump(capsys, str(story_file), "--format", "json")
    assert code == 0
    excerpt = json.loads(out)["excerpt"]
    assert excerpt.startswith("The harbour reopened on Saturday, two days after the storm")
    assert excerpt.endswith("to fishermen and traders.")


def test_json_links_are_numbered_in_reading_order_and_resolved_against_the_final_url(
    capsys, server: str
):
    code, out, _ = dump(capsys, f"{server}/old", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["url"] == f"{server}/news/2024/story.html"
    assert data["links"] == [
        {"number": 1, "url": f"{server}/port-authority", "text": "port authority"},
        {"number": 2, "url": f"{server}/news/maps/quay.html", "text": "new quay map"},
        {"number": 3, "url": "https://other.example.org/report", "text": "engineers' report"},
    ]


def test_text_format_has_a_header_the_paragraphs_and_the_link_list(capsys, story_file: Path):
    code, out, _ = dump(capsys, str(story_file))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Harbour reopens after the storm"
    assert "Ana Díaz" in lines[1] and "Example Times" in lines[1] and "1 min read" in lines[1]
    assert "The harbour reopened on Saturday, two days after the storm, the port authority" in out
    assert out.count("Harbour reopens after the storm") == 1
    assert "Links:" in out
    assert f"[2] {story_file.parent.parent.resolve().as_uri()}/maps/quay.html" in out


def test_markdown_format_has_a_title_heading_and_inline_links(capsys, story_file: Path):
    code, out, _ = dump(capsys, str(story_file), "--format", "markdown")
    assert code == 0
    assert out.startswith("# Harbour reopens after the storm\n")
    assert out.count("# Harbour reopens") == 1
    assert "[engineers' report](<https://other.example.org/report>)" in out


def test_jsonl_prints_one_object_per_source_in_one_process(
    capsys, story_file: Path, seed_page: Path
):
    code, out, err = dump(capsys, str(story_file), str(seed_page), "--format", "jsonl")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    titles = [json.loads(line)["title"] for line in lines]
    assert titles == ["Harbour reopens after the storm",
                      "Putin: Russia-China military alliance can’t be ruled out"]


def test_jsonl_reports_a_failing_source_and_still_prints_the_others(
    capsys, story_file: Path, tmp_path: Path
):
    missing = tmp_path / "missing.html"
    code, out, err = dump(capsys, str(missing), str(story_file), "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err.count("\n") == 1 and err.startswith("reader: error: ")
    assert "missing.html" in err


def test_an_empty_page_fails_with_one_line_and_exit_1(tmp_path: Path):
    empty = tmp_path / "empty.html"
    empty.write_text("<!-- nothing -->", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(empty), "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("reader: error: ")
    assert "no article found" in result.stderr.lower()
    assert "Traceback" not in result.stderr


def test_dump_without_a_source_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["dump"])
    assert exit_info.value.code == 2


def test_a_failure_in_finding_quotations_still_prints_the_article(
        capsys, story_file: Path, monkeypatch):
    # The quotations are an extra on top of the article: a bug there on some page must not
    # cost the reader the article itself.
    def broken(document):
        raise IndexError("list index out of range")

    monkeypatch.setattr("reader.pipeline.with_quotes", broken)
    code, out, err = dump(capsys, str(story_file), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["title"] == "Harbour reopens after the storm"
    assert data["text"].startswith("The harbour reopened on Saturday")
    assert data["quotes"] == []
