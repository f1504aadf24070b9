"""Launch to first paragraph, and quit, of the real ``reader`` command in tmux 120×40.

    python benchmarks/launch.py [RUNS]

Runs every variant in turn, RUNS times each (interleaved, so a busy machine slows them
alike), and prints the median wall time from starting the command to the first paragraph on
screen (read with ``capture-pane``), from pressing Space to the next page on screen, and
from pressing ``q`` to the pane's end, with the ratio to the first row. Variants:

- ``reader FILE`` on the shared 650-word news page and on a generated 100,000-word page;
- ``import textual.app``: Python starting and importing Textual, nothing else (the floor
  any Textual app stands on).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "fixtures" / "seed-news-page.html"
TMUX = shutil.which("tmux")
READER = shutil.which("reader")
SESSION = "reader-launch-bench"
# A tmux server of its own, without the user's config, so nothing else resizes the window.
TMUX_CMD = [TMUX or "tmux", "-L", SESSION, "-f", "/dev/null"]


def long_page(path: Path, words: int = 100_000) -> Path:
    sentence = ("The harbour committee met again on Thursday to talk about tides, boats and "
                "the state of the old quay, and nobody could agree on anything at all. ")
    per = len(sentence.split())
    paragraphs = [f"<p>Part {n}. " + sentence * 6 + "</p>" for n in range(words // (per * 6))]
    path.write_text("<html><head><title>Long</title></head><body><article><h1>Long</h1>"
                    "<p>FIRST-PARAGRAPH of the long page.</p>" + "\n".join(paragraphs)
                    + "</article></body></html>", encoding="utf-8")
    return path


def once(command: str, needle: str) -> tuple[float, float, float]:
    subprocess.run([*TMUX_CMD, "kill-session", "-t", SESSION], capture_output=True)
    start = time.perf_counter()
    subprocess.run([*TMUX_CMD, "new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40",
                    command], check=True)
    while True:
        screen = subprocess.run([*TMUX_CMD, "capture-pane", "-p", "-t", SESSION],
                                capture_output=True, text=True).stdout
        if needle in screen:
            shown = time.perf_counter() - start
            break
        if time.perf_counter() - start > 20:
            return float("nan"), float("nan"), float("nan")
    paged = float("nan")
    if needle != "IMPORTED":
        time.sleep(0.3)  # let the first screen settle (the status line fills in)
        before = subprocess.run([*TMUX_CMD, "capture-pane", "-p", "-t", SESSION],
                                capture_output=True, text=True).stdout
        start = time.perf_counter()
        subprocess.run([*TMUX_CMD, "send-keys", "-t", SESSION, "Space"])
        while time.perf_counter() - start < 5:
            screen = subprocess.run([*TMUX_CMD, "capture-pane", "-p", "-t", SESSION],
                                    capture_output=True, text=True).stdout
            if screen != before:
                paged = time.perf_counter() - start
                break
    subprocess.run([*TMUX_CMD, "send-keys", "-t", SESSION, "q"])
    start = time.perf_counter()
    while subprocess.run([*TMUX_CMD, "has-session", "-t", SESSION],
                         capture_output=True).returncode == 0:
        if time.perf_counter() - start > 10:
            break
        time.sleep(0.002)
    return shown, paged, time.perf_counter() - start


def main() -> int:
    if TMUX is None or READER is None:
        print("needs tmux and the installed reader command", file=sys.stderr)
        return 1
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        long = long_page(Path(folder) / "long.html")
        env = f"env -u COLUMNS -u LINES READER_CONFIG_DIR={folder}/c READER_DATA_DIR={folder}/d"
        variants = [
            ("reader FILE (news page)", f"{env} {READER} {SEED}", "MOSCOW (AP)"),
            ("reader FILE (100,000 words)", f"{env} {READER} {long}", "FIRST-PARAGRAPH"),
            ("python -c 'import textual.app'",
             f"{python} -c 'import textual.app; print(\"IMPORTED\")'; read -n 1", "IMPORTED"),
        ]
        results: dict[str, list[tuple[float, float, float]]] = {
            name: [] for name, _c, _n in variants
        }
        for _ in range(runs):
            for name, command, needle in variants:
                results[name].append(once(command, needle))
        subprocess.run([*TMUX_CMD, "kill-session", "-t", SESSION], capture_output=True)
    base = statistics.median(r[0] for r in results["reader FILE (news page)"])
    print(f"{'variant':34} {'launch→text':>12} {'ratio':>6} {'page-down':>10} {'quit':>8}")
    for name, samples in results.items():
        shown = statistics.median(s for s, _p, _q in samples)
        paged = statistics.median(p for _s, p, _q in samples)
        quit_ = statistics.median(q for _s, _p, q in samples)
        paged_text = "" if paged != paged else f"{paged:.3f} s"  # NaN: not measured
        print(f"{name:34} {shown:>10.3f} s {shown / base:>6.2f} {paged_text:>10} "
              f"{quit_:>6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
