"""The command line: ``reader [SOURCE]`` opens the reading app; subcommands work without it.

Every command that fails prints one line, ``reader: error: …``, on stderr and exits 1; usage
errors exit 2. Textual is imported only when the app is opened, so non-interactive commands
start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from reader import __version__
from reader.errors import ReaderError
from reader.text import clean_line


def render_json(document: Any) -> dict[str, Any]:
    """The ``--format json`` object of a Document."""
    article = document.article
    return {
        "title": article.title,
        "byline": article.byline,
        "site_name": article.site_name,
        "published": article.published.isoformat() if article.published else None,
        "lang": article.lang,
        "url": article.url,
        "excerpt": article.excerpt,
        "lead_image": article.lead_image,
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "text": document.text(),
        "links": [{"number": link.number, "url": link.url, "text": link.text}
                  for link in document.links],
        "quotes": [
            {"text": q.text, "kind": q.kind, "speaker": q.speaker, "paragraph": q.paragraph}
            for q in document.quotes
        ],
    }


def _dump(args: argparse.Namespace) -> int:
    from reader.pipeline import read_source
    from reader.render import render_markdown, render_text

    failed = 0
    for source in args.sources:
        try:
            document = read_source(source)
        except ReaderError as error:
            _error(f"{source}: {error}" if len(args.sources) > 1 else str(error))
            failed += 1
            continue
        if args.format == "json":
            print(json.dumps(render_json(document), ensure_ascii=False, indent=2))
        elif args.format == "jsonl":
            print(json.dumps(render_json(document), ensure_ascii=False))
        elif args.format == "markdown":
            print(render_markdown(document))
        else:
            print(render_text(document))
        sys.stdout.flush()
    return 1 if failed else 0


def _error(message: str) -> None:
    print(f"reader: error: {clean_line(message)}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="A terminal news reader. Run a command, or give a URL or file to read.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    dump = commands.add_parser(
        "dump", help="print the article(s) of URLs, files or stdin (-) without the app"
    )
    dump.add_argument("sources", nargs="+", metavar="SOURCE")
    dump.add_argument(
        "--format", choices=("text", "markdown", "json", "jsonl"), default="text",
        help="output format (default: text)",
    )
    dump.set_defaults(handler=_dump)

    from reader import library_cli

    library_cli.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    as_command = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices if parser._subparsers else {}
    if argv and argv[0] in commands or any(a in ("-h", "--help", "--version") for a in argv[:1]):
        args = parser.parse_args(argv)
        try:
            return args.handler(args)
        except ReaderError as error:
            _error(str(error))
            return 1
        except KeyboardInterrupt:
            return 130
    return _open_app(argv, as_command=as_command)


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read a web page, a saved page or stdin (-) in the terminal. Without "
        "SOURCE, shows the sample article.",
        epilog="Other commands: reader dump SOURCE…, and the library commands (reader --help).",
    )
    parser.add_argument("source", nargs="?", metavar="SOURCE",
                        help="a URL, a file, or - for stdin")
    parser.add_argument("--theme", help="a Textual theme for this run (textual-dark, nord, …)")
    parser.add_argument("--data-dir", help="the folder of the library and recent sources")
    return parser


def _open_app(argv: list[str], *, as_command: bool = False) -> int:
    """``reader [SOURCE]``: the reading app. Imports Textual only now, and only what the first
    screen needs; stdin is read before the app takes the terminal, and a local file starts
    being read in a child process before Textual is imported (``reader.ui.prefetch``).

    ``as_command``: this is the ``reader`` process itself (not a call from Python), so it may
    end at once when the app closes (see ``_leave``)."""
    args = _app_parser().parse_args(argv)
    page = None
    if args.source == "-":
        try:
            page = _read_stdin_page()
        except ReaderError as error:
            _error(str(error))
            return 1
    if args.theme:
        from textual.theme import BUILTIN_THEMES

        if args.theme not in BUILTIN_THEMES:
            _error(f"unknown theme {args.theme!r}; one of: {', '.join(sorted(BUILTIN_THEMES))}")
            return 2
    from pathlib import Path

    source = None if page is not None else args.source
    prefetch = None
    if source and not source.startswith(("http://", "https://", "file://")):
        source = str(Path(source).expanduser().resolve())
        if as_command:  # a fork inside someone else's Python process is not ours to make
            from reader.ui.prefetch import start_prefetch

            prefetch = start_prefetch(source)

    from reader.ui.app import ReaderApp

    app = ReaderApp(
        source, page=page, theme=args.theme,
        data_dir=Path(args.data_dir).expanduser() if args.data_dir else None,
        prefetch=prefetch,
    )
    try:
        app.run()
    except KeyboardInterrupt:
        return 130
    finally:
        if prefetch is not None:
            prefetch.stop()
    code = app.return_code or 0
    if as_command:
        _leave(app, code)
    return code


def _leave(app: object, code: int) -> None:
    """End the process now, skipping Python's slow teardown of a large Document (tens of
    milliseconds for a long article), when nothing can still be written: the library
    was never opened (so no reading position or store write can be pending) and no other
    thread is running. Otherwise return, and Python ends as usual."""
    import os
    import threading

    library = getattr(app, "library", None)
    if library is None or library.store is not None or threading.active_count() > 1:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _read_stdin_page() -> object:
    """The page piped in on stdin; then the terminal becomes stdin again so that the app can
    read keys."""
    import os

    from reader.errors import SourceError
    from reader.fetch import fetch_page

    if sys.stdin is None or sys.stdin.isatty():
        raise SourceError("reader -: nothing on stdin (pipe a page in: curl URL | reader -)")
    page = fetch_page("-")
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError as error:
        raise SourceError(f"reader -: no terminal to show the page on ({error.strerror})") from (
            error
        )
    os.dup2(terminal, 0)
    os.close(terminal)
    return page
