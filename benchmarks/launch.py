"""Launch to first paragraph, and quit, of the real ``reader`` command in tmux 120×40.

    python benchmarks/launch.py [RUNS] [--before DIR]

Runs every variant in turn, RUNS times each (interleaved, so a busy machine slows them
alike) after one warm-up round that is not counted, and prints the median wall time from
starting the command to the first paragraph on screen (read with ``capture-pane``), from
pressing Space to the next page on screen, and from pressing ``q`` to the pane's end, with
the ratio to the first row. Variants:

- ``reader FILE`` on the shared 650-word news page and on a generated 100,000-word page;
- ``import textual.app``: Python starting and importing Textual, nothing else (the floor
  any Textual app stands on);
- with ``--before DIR`` (a folder holding another version's ``reader`` package, e.g. from
  ``git archive COMMIT reader | tar -x -C DIR``): the same two pages with that version, run
  by the same script, for a before/after in one run.

The command is the installed ``reader`` script itself: a version manager's shim in front of
it (pyenv's is a bash script costing ~70 ms here) is resolved, since it is no part of the
reader. Bytecode caches go to a temporary ``PYTHONPYCACHEPREFIX`` filled by the warm-up
round, so a ``PYTHONDONTWRITEBYTECODE`` in the environment does not make every run compile
the reader's modules again, as no installed copy would.
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


def real_script(path: str | None) -> str | None:
    """The installed script behind a pyenv shim (itself when it is no shim)."""
    if path is None or "/shims/" not in path:
        return path
    found = subprocess.run(["pyenv", "which", "reader"], capture_output=True, text=True)
    return found.stdout.strip() or path
SESSION = "reader-launch-bench"
# Between two looks at the screen. Looking without a pause keeps a core busy with tmux
# clients, which a reader on a real terminal does not have to share; 5 ms is the most a
# figure can be late by.
POLL = 0.005
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
        time.sleep(POLL)
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
            time.sleep(POLL)
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
    args = sys.argv[1:]
    before = None
    if "--before" in args:
        at = args.index("--before")
        before = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    runs = int(args[0]) if args else 7
    python = sys.executable
    reader = real_script(READER)
    print(f"command: {reader}; python: {python}")
    with tempfile.TemporaryDirectory() as folder:
        long = long_page(Path(folder) / "long.html")
        env = (f"env -u COLUMNS -u LINES -u PYTHONDONTWRITEBYTECODE "
               f"PYTHONPYCACHEPREFIX={folder}/pyc "
               f"READER_CONFIG_DIR={folder}/c READER_DATA_DIR={folder}/d")
        variants = [
            ("reader FILE (news page)", f"{env} {reader} {SEED}", "MOSCOW (AP)"),
            ("reader FILE (100,000 words)", f"{env} {reader} {long}", "FIRST-PARAGRAPH"),
        ]
        if before is not None:
            old = f"{env} PYTHONPATH={before} {python} {reader}"
            variants += [
                ("before: reader FILE (news page)", f"{old} {SEED}", "MOSCOW (AP)"),
                ("before: reader FILE (100,000 w.)", f"{old} {long}", "FIRST-PARAGRAPH"),
            ]
        variants.append(
            ("python -c 'import textual.app'",
             f"{env} {python} -c 'import textual.app; print(\"IMPORTED\")'; read -n 1",
             "IMPORTED"),
        )
        results: dict[str, list[tuple[float, float, float]]] = {
            name: [] for name, _c, _n in variants
        }
        for _name, command, needle in variants:  # warm-up: fills the bytecode caches
            once(command, needle)
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
