"""``reader dump`` over a folder of hostile pages: exit code, time and peak memory of each.

    python benchmarks/hostile.py            # the table (a couple of minutes)
    python benchmarks/hostile.py --untamed  # also readability alone on the pathological pages

The pages are generated into a temporary folder at full size (deep nesting, a giant text
node, a million ``<br>``, 20 MB pages, escape- and markup-laden pages, empty and
comment-only pages, binary garbage, a PDF, legacy encodings without a charset …). Each runs
as its own ``reader dump`` subprocess with a timeout; its peak memory comes from
``os.wait4``. Every page must end in exit 0 with sanitized output, or exit 1 with one
``reader: error:`` line on stderr: no traceback, no hang. Then the cost of the defences on
normal pages, side by side in the same run: ``tame_html`` against readability on the shared
Readability.js test pages, and the sanitizer on a 100,000-word text.
(Compression bombs and drip-fed bodies are the fetch stage's: see tests/hostile.)
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.pages import bidi_page, escapes_page, markup_page  # noqa: E402

TIMEOUT = 120.0
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
SENTENCE = "Ordinary words of a sentence, with a comma and a period, as articles have them. "


def _html(body: str, title: str = "A page") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>" \
           f"<body>{body}</body></html>"


def _paragraphs(megabytes: float) -> str:
    para = f"<p>{SENTENCE * 8}</p>\n"
    return "<article>" + para * int(megabytes * 1_000_000 / len(para)) + "</article>"


def _deep(depth: int) -> str:
    return _html("<div>" * depth + f"<p>{SENTENCE * 6}</p>" + "</div>" * depth, "Deep")


def _nested(levels: int, chunk: int) -> str:
    text = "x y z " * (chunk // 6)
    return _html("".join(f"<div>{n} {text}" for n in range(levels)) + "</div>" * levels)


def _garbage() -> bytes:
    return random.Random(6).randbytes(2_000_000)


PDF = (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       + bytes(range(256)) * 400 + b"\n%%EOF\n")
RUSSIAN = ("Это статья на русском языке, записанная в кодировке Windows-1251 без указания "
           "кодировки. В ней достаточно слов, чтобы извлечь её как статью. ") * 12

# name → bytes of the page (a callable, so pages are built one at a time)
PAGES: dict[str, Callable[[], bytes]] = {
    "escape-laden": lambda: escapes_page().encode(),
    "markup-laden": lambda: markup_page().encode(),
    "bidi-laden": lambda: bidi_page().encode(),
    "control refs (&#27;)": lambda: _html(
        f"<p>{SENTENCE * 5} &#27;]52;c;UEFZ&#7; &#x1b;[2J &#0; &#x9b;2J end.</p>").encode(),
    "deep nesting 5,000": lambda: _deep(5_000).encode(),
    "deep nesting 100,000": lambda: _deep(100_000).encode(),
    "250 nested divs of 20 KB": lambda: _nested(250, 20_000).encode(),
    "1,000,000 <br> in a row": lambda: _html(
        f"<p>{SENTENCE}" + "<br>" * 1_000_000 + "the end.</p>").encode(),
    "1,000,000 lines with <br>": lambda: _html("<p>" + "line<br>" * 1_000_000 + "</p>").encode(),
    "giant text node 9 MB": lambda: _html("<p>" + "word " * 1_800_000 + "</p>").encode(),
    "giant text node 20 MB": lambda: _html("<p>" + "word " * 4_000_000 + "</p>").encode(),
    "page of 9 MB": lambda: _html(_paragraphs(9)).encode(),
    "page of 19 MB (scripts)": lambda: _html(
        ("<script>" + "var x = 1;" * 100_000 + "</script>") * 15 + _paragraphs(4)).encode(),
    "page of 20 MB": lambda: _html(_paragraphs(20)).encode(),
    "500,000 elements": lambda: _html("<p>" + "<i>a</i> " * 500_000 + "</p>").encode(),
    "empty": lambda: b"",
    "whitespace only": lambda: b" \n\t \r\n " * 100,
    "comment only": lambda: b"<!-- " + b"nothing here " * 100 + b"-->",
    "binary garbage": _garbage,
    "PDF bytes": lambda: PDF,
    "cp1251, no charset": lambda: ("<html><head><title>Статья</title></head><body><p>"
                                   + RUSSIAN + "</p></body></html>").encode("cp1251"),
    "Shift_JIS, no charset": lambda: ("<html><body><p>" + "日本語の記事です。十分な長さの"
                                      "文章があります。" * 60 + "</p></body></html>"
                                      ).encode("shift_jis"),
    "latin-1 labelled UTF-8": lambda: ("<html><head><meta charset='utf-8'></head><body><p>"
                                       + "Café déjà vu, naïve façade. " * 40
                                       + "</p></body></html>").encode("latin-1"),
    "UTF-16 with BOM": lambda: ("<html><body><p>" + SENTENCE * 20
                                + "</p></body></html>").encode("utf-16"),
}


@dataclass
class Row:
    case: str
    size: int
    code: int | None
    seconds: float
    peak_mb: float
    first_err: str
    verdict: str


def run(case: str, path: Path) -> Row:
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "reader", "dump", str(path)],
                                stdout=out, stderr=err)
        deadline = start + TIMEOUT
        status, usage = 0, None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    code = proc.returncode
    lines = stderr.splitlines()
    if seconds >= TIMEOUT:
        verdict = "HANG"
    elif "Traceback" in stderr:
        verdict = "TRACEBACK"
    elif code == 0 and not UNSAFE.search(stdout) and stdout.strip():
        verdict = "ok"
    elif code == 1 and len(lines) == 1 and lines[0].startswith("reader: error: ") \
            and not UNSAFE.search(stderr) and not stdout:
        verdict = "ok (refused)"
    else:
        verdict = f"FAIL (exit {code})"
    first = lines[0].removeprefix("reader: error: ") if lines else ""
    # ru_maxrss is in KiB on Linux.
    return Row(case, path.stat().st_size, code, seconds, usage.ru_maxrss / 1024 if usage else 0,
               first[:90], verdict)


def untamed(path: Path) -> tuple[float, str]:
    """readability alone on the raw page, in a subprocess with the same timeout."""
    code = ("import sys,time;from readability import Document as R;"
            "h=open(sys.argv[1],encoding='utf-8',errors='replace').read();t=time.perf_counter();"
            "s=R(h).summary(html_partial=True);import lxml.html as L;"
            "n=len(L.fromstring(s).text_content()) if s.strip() else 0;"
            "print(f'{time.perf_counter()-t:.2f} {n}')")
    try:
        result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                                text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return TIMEOUT, "timed out"
    if result.returncode:
        return 0.0, (result.stderr.strip().splitlines() or ["?"])[-1][:60]
    seconds, chars = result.stdout.split()
    return float(seconds), f"{int(chars):,} characters of text"


def defence_costs() -> list[str]:
    from readability import Document as Readability

    from reader.limits import tame_html
    from reader.text import clean_inline

    lines = []
    corpus = ROOT.parent / "shared" / "fixtures" / "readability-pages"
    pages = [p.read_text("utf-8", "replace") for p in sorted(corpus.glob("*/source.html"))]
    if pages:
        tame = read = 0.0
        for html in pages:
            t0 = time.perf_counter()
            tame_html(html)
            t1 = time.perf_counter()
            Readability(html).summary(html_partial=True)
            t2 = time.perf_counter()
            tame, read = tame + t1 - t0, read + t2 - t1
        mb = sum(len(p) for p in pages) / 1e6
        lines.append(f"| `tame_html` on {len(pages)} Readability.js test pages ({mb:.1f} MB) "
                     f"| {tame * 1000:.0f} ms | readability: {read * 1000:.0f} ms "
                     f"| {tame / read:.1%} |")
    else:
        lines.append("| `tame_html` | (the shared Readability.js pages are absent) | | |")
    text = " ".join(f"word{n % 1000}" for n in range(100_000)) + "\n"
    best = min(_timed(lambda: clean_inline(text)) for _ in range(5))
    split = min(_timed(lambda: " ".join(text.split())) for _ in range(5))
    lines.append(f"| `clean_inline` on a 100,000-word text ({len(text) / 1e6:.1f} MB) "
                 f"| {best * 1000:.1f} ms | `' '.join(text.split())`: {split * 1000:.1f} ms "
                 f"| {best / split:.1f}× |")
    return lines


def _timed(work: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def machine() -> str:
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (f"{time.strftime('%Y-%m-%d %H:%M %Z')}; {os.cpu_count()} CPUs ({cpu}); "
            f"Python {platform.python_version()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--untamed", action="store_true",
                        help="also time readability alone on the raw pathological pages")
    parser.add_argument("--build", nargs=2, metavar=("CASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        case, path = args.build
        Path(path).write_bytes(PAGES[case]())
        return 0
    print(f"Machine: {machine()}\n")
    print("| Page | Size | Exit | Time | Peak memory | Verdict | First line of stderr |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for case in PAGES:
            path = Path(folder) / (re.sub(r"\W+", "-", case).strip("-") + ".html")
            # Built by a child: this process stays small, so the peak memory the children
            # report (which includes what they had before exec) is their own.
            subprocess.run([sys.executable, __file__, "--build", case, str(path)], check=True)
            row = run(case, path)
            failures += not row.verdict.startswith("ok")
            print(f"| {row.case} | {row.size / 1e6:.1f} MB | {row.code} | {row.seconds:.2f} s "
                  f"| {row.peak_mb:.0f} MB | {row.verdict} | {row.first_err} |", flush=True)
            if args.untamed and case in ("deep nesting 5,000", "250 nested divs of 20 KB",
                                         "1,000,000 <br> in a row", "giant text node 20 MB"):
                seconds, what = untamed(path)
                print(f"|   ↳ readability alone | | | {seconds:.2f} s | | | {what} |",
                      flush=True)
            path.unlink()
    print("\n| Defence | Time | Compared with | Ratio |")
    print("| --- | ---: | --- | ---: |")
    for line in defence_costs():
        print(line)
    print(f"\n{len(PAGES) - failures}/{len(PAGES)} pages ended as they should.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
