"""The library's commands: add, list, search, show, tag, rm, export, import, fetch.

Each works on the store in ``--data-dir`` (or ``READER_DATA_DIR``, or the platform's data
folder) and never opens the app. Output meant for people goes to stdout, progress and
warnings to stderr; ``--json`` gives one JSON document for scripts. Failures are one line,
``reader: error: …``, and exit status 1 (``reader.cli.main`` prints them).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from reader.errors import ReaderError, StoreError
from reader.text import clean_line, strip_controls

if TYPE_CHECKING:
    from reader.document import Document
    from reader.fetch import Page
    from reader.store import Entry, Store

# How many pages are fetched at once, and at most how many of them from one host.
MAX_PARALLEL = 8
PER_HOST = 2
LIST_PAGE = 500


def register(commands: argparse._SubParsersAction) -> None:
    """Add the library's subcommands to the ``reader`` parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR",
        help="folder of the library (default: $READER_DATA_DIR or the user data folder)",
    )

    add = commands.add_parser(
        "add", parents=[common], help="fetch URLs (or files) and save them in the library"
    )
    add.add_argument("sources", nargs="+", metavar="SOURCE")
    add.add_argument("--tag", "-t", action="append", default=[], metavar="TAG",
                     help="tag the saved articles (repeatable)")
    add.set_defaults(handler=_add)

    listing = commands.add_parser("list", parents=[common], help="list saved articles")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--tag", metavar="TAG", help="only articles with this tag")
    state = listing.add_mutually_exclusive_group()
    state.add_argument("--unread", action="store_true", help="only articles never opened")
    state.add_argument("--starred", action="store_true", help="only starred articles")
    state.add_argument("--archived", action="store_true", help="only archived articles")
    state.add_argument("--all", action="store_true", help="archived articles too")
    from reader.store import SORT_KEYS

    listing.add_argument("--sort", choices=SORT_KEYS, default="added",
                         help="sort order (default: added, newest first)")
    listing.add_argument("--reverse", action="store_true", help="oldest (or A) first")
    listing.add_argument("--limit", type=int, metavar="N", help="at most N articles")
    listing.set_defaults(handler=_list)

    search = commands.add_parser(
        "search", parents=[common],
        help='full-text search: words, prefix*, "a phrase", -not, tag:T, site:S',
    )
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.set_defaults(handler=_search)

    show = commands.add_parser(
        "show", parents=[common], help="print a saved article, offline"
    )
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    show.set_defaults(handler=_show)

    tag = commands.add_parser(
        "tag", parents=[common], help="change an article's tags: reader tag ID +add -remove",
        prefix_chars="-",
    )
    tag.add_argument("id", type=int, metavar="ID")
    tag.add_argument("changes", nargs=argparse.REMAINDER, metavar="+TAG|-TAG",
                     help="+T adds T, -T removes T (a bare T adds it)")
    tag.set_defaults(handler=_tag)

    remove = commands.add_parser(
        "rm", parents=[common], help="move articles to the bin (--undo brings them back)"
    )
    remove.add_argument("ids", type=int, nargs="+", metavar="ID")
    remove.add_argument("--undo", action="store_true", help="restore removed articles")
    remove.set_defaults(handler=_rm)

    export = commands.add_parser("export", parents=[common], help="export the library")
    export.add_argument("--format", choices=("json", "netscape", "markdown"), default="json",
                        help="json (everything, lossless), netscape (bookmarks), markdown")
    export.add_argument("-o", "--output", metavar="PATH", help="file to write (default: stdout)")
    export.set_defaults(handler=_export)

    importing = commands.add_parser(
        "import", parents=[common],
        help="import bookmarks: Netscape HTML, Pocket HTML/CSV, wallabag JSON, reader JSON",
    )
    importing.add_argument("file", metavar="FILE")
    importing.set_defaults(handler=_import)

    fetch = commands.add_parser(
        "fetch", parents=[common],
        help="download the pages of saved entries that have none (resumable)",
    )
    fetch.add_argument("--missing", action="store_true", required=True,
                       help="fetch every entry without a saved page")
    fetch.add_argument("--limit", type=int, metavar="N", help="at most N entries this time")
    fetch.set_defaults(handler=_fetch_missing)


# ---------------------------------------------------------------------------------------
# Helpers


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    from reader.store import Store

    store = Store.open_default(args.data_dir)
    for notice in store.notices:
        print(f"reader: warning: {clean_line(notice)}", file=sys.stderr)
    try:
        yield store
    finally:
        store.close()


def _out(line: str = "") -> None:
    try:
        print(line)
    except BrokenPipeError:
        # The reader of our output (`| head`) has gone: stop quietly, as other tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None


def entry_json(entry: Entry) -> dict[str, Any]:
    """An entry as the JSON object that ``list --json`` and ``search --json`` print."""
    from reader.transfer import entry_facts

    return {"id": entry.id, **entry_facts(entry), "has_page": entry.has_page}


def _entry_line(entry: Entry) -> str:
    marks = ("★" if entry.starred else " ") + ("A" if entry.archived else " ")
    if entry.progress >= 1:
        progress = "done"
    elif entry.progress > 0:
        progress = f"{round(entry.progress * 100):>3}%"
    else:
        progress = "    "
    facts = [f for f in (entry.site,) if f]
    if entry.reading_minutes:
        facts.append(f"{entry.reading_minutes} min")
    if not entry.has_page:
        facts.append("no page")
    line = (
        f"{entry.id:>6} {marks} {entry.added_at:%Y-%m-%d} {progress}  "
        f"{entry.title or entry.url}"
    )
    if facts:
        line += f" — {' · '.join(facts)}"
    if entry.tags:
        line += "  " + " ".join(f"#{t}" for t in entry.tags)
    return strip_controls(line).replace("\n", " ")


@dataclass(frozen=True)
class _Fetched:
    source: str
    page: Page | None = None
    document: Document | None = None
    error: str = ""


def _fetch_all(sources: Sequence[str], on_result: Callable[[_Fetched], None]) -> None:
    """Fetch and read every source concurrently (at most PER_HOST at once from one host)
    and hand each result, in completion order, to ``on_result`` on this thread."""
    from reader.fetch import fetch_page
    from reader.pipeline import read_page

    limits: dict[str, threading.BoundedSemaphore] = {}
    guard = threading.Lock()

    def host_limit(source: str) -> threading.BoundedSemaphore:
        host = (urlsplit(source).hostname or "") if "://" in source else ""
        with guard:
            return limits.setdefault(host, threading.BoundedSemaphore(PER_HOST))

    def work(source: str) -> _Fetched:
        try:
            with host_limit(source):
                page = fetch_page(source)
            return _Fetched(source, page, read_page(page))
        except ReaderError as error:
            return _Fetched(source, error=str(error))
        except Exception as error:  # a failure of one page must not stop the others
            return _Fetched(source, error=f"{type(error).__name__}: {error}")

    pool = ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, max(1, len(sources))))
    try:
        futures: list[Future[_Fetched]] = [pool.submit(work, s) for s in sources]
        with _progress(len(sources)) as advance:
            for future in as_completed(futures):
                on_result(future.result())
                advance()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    # Lines printed meanwhile go above the bar when both share the terminal; piped output
    # must stay on stdout.
    with Progress(
        TextColumn("fetching"), BarColumn(), MofNCompleteColumn(),
        console=Console(stderr=True), transient=True,
        redirect_stdout=sys.stdout.isatty(), redirect_stderr=False,
    ) as progress:
        task = progress.add_task("fetch", total=total)
        yield lambda: progress.advance(task)


def _report_failures(failures: list[tuple[str, str]]) -> int:
    from reader.cli import _error

    if not failures:
        return 0
    print(f"reader: {len(failures)} of them failed:", file=sys.stderr)
    for source, message in failures:
        _error(f"{source}: {message}")
    return 1


# ---------------------------------------------------------------------------------------
# Commands


def _add(args: argparse.Namespace) -> int:
    from reader.store import clean_tag

    tags = [clean_tag(t) for t in args.tag]
    failures: list[tuple[str, str]] = []
    with _store(args) as store:

        def save(result: _Fetched) -> None:
            if result.error or result.page is None or result.document is None:
                failures.append((result.source, result.error or "failed"))
                return
            try:
                article_id = store.save(result.page, result.document, tags=tags)
            except StoreError as error:
                failures.append((result.source, str(error)))
                return
            _out(clean_line(f"added {article_id}: {result.document.title or result.source}"))
            sys.stdout.flush()

        _fetch_all(list(dict.fromkeys(args.sources)), save)
    return _report_failures(failures)


def _list(args: argparse.Namespace) -> int:
    from reader.store import Filter

    if args.archived:
        flt = Filter(archived=True, tag=args.tag)
    elif args.all:
        flt = Filter(archived=None, tag=args.tag)
    else:
        flt = Filter(
            tag=args.tag, unread=True if args.unread else None,
            starred=True if args.starred else None,
            archived=None if args.starred else False,
        )
    with _store(args) as store:
        remaining = args.limit if args.limit is not None else store.count(flt)
        offset = 0
        items: list[dict[str, Any]] = []
        while remaining > 0:
            entries = store.list(flt, sort=args.sort, descending=not args.reverse,
                                 limit=min(LIST_PAGE, remaining), offset=offset)
            if not entries:
                break
            for entry in entries:
                if args.json:
                    items.append(entry_json(entry))
                else:
                    _out(_entry_line(entry))
            offset += len(entries)
            remaining -= len(entries)
        if args.json:
            _out(json.dumps(items, ensure_ascii=False, indent=2))
    return 0


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with _store(args) as store:
        hits = store.search(query, limit=max(1, args.limit))
    if args.json:
        _out(json.dumps(
            [{**entry_json(h.entry), "snippet": h.snippet, "matches": h.matches, "rank": h.rank}
             for h in hits],
            ensure_ascii=False, indent=2,
        ))
        return 0
    if not hits:
        print(f"reader: nothing matches {clean_line(query)}", file=sys.stderr)
        return 0
    for hit in hits:
        _out(_entry_line(hit.entry))
        if hit.snippet:
            _out("         " + clean_line(hit.snippet))
    return 0


def _show(args: argparse.Namespace) -> int:
    from reader.cli import render_json
    from reader.render import render_markdown, render_text

    with _store(args) as store:
        document = store.document(args.id)
    if args.format == "json":
        _out(json.dumps(render_json(document), ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        _out(render_markdown(document).rstrip("\n"))
    else:
        _out(render_text(document).rstrip("\n"))
    return 0


def _tag(args: argparse.Namespace) -> int:
    adds: list[str] = []
    removes: list[str] = []
    changes = list(args.changes)
    while changes:
        change = changes.pop(0)
        # argparse leaves options after a REMAINDER alone; take --data-dir here too.
        if change == "--data-dir" and changes:
            args.data_dir = changes.pop(0)
        elif change.startswith("--data-dir="):
            args.data_dir = change.split("=", 1)[1]
        elif change.startswith("-"):
            removes.append(change[1:])
        else:
            adds.append(change.removeprefix("+"))
    if not adds and not removes:
        raise ReaderError("Nothing to change: give +TAG to add or -TAG to remove")
    with _store(args) as store:
        if removes:
            store.remove_tags(args.id, removes)
        tags = store.add_tags(args.id, adds) if adds else store.get(args.id).tags
    _out(clean_line(f"{args.id}: " + (" ".join(f"#{t}" for t in tags) or "(no tags)")))
    return 0


def _rm(args: argparse.Namespace) -> int:
    with _store(args) as store:
        for article_id in args.ids:
            entry = store.get(article_id)
            if args.undo:
                store.restore(article_id)
                _out(clean_line(f"restored {article_id}: {entry.title or entry.url}"))
            else:
                store.delete(article_id)
                _out(clean_line(f"removed {article_id}: {entry.title or entry.url}"))
    if not args.undo:
        ids = " ".join(str(i) for i in args.ids)
        print(f"reader: undo with `reader rm --undo {ids}`", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from reader.transfer import export

    with _store(args) as store:
        count = export(store, args.format, args.output, sys.stdout)
    if args.output:
        print(f"reader: exported {count} articles to {clean_line(args.output)}",
              file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
    from reader.transfer import import_file

    with _store(args) as store:
        summary = import_file(store, args.file)
    _out(summary.describe())
    return 0


def _fetch_missing(args: argparse.Namespace) -> int:
    from reader.store import Filter

    failures: list[tuple[str, str]] = []
    with _store(args) as store:
        missing = Filter(archived=None, has_page=False)
        total = store.count(missing)
        limit = total if args.limit is None else min(total, max(0, args.limit))
        entries = store.list(missing, sort="added", descending=False, limit=limit)
        if not entries:
            _out("Every saved entry has its page")
            return 0
        by_source = {entry.url: entry for entry in entries}
        done = 0

        def save(result: _Fetched) -> None:
            nonlocal done
            entry = by_source[result.source]
            if result.error or result.page is None or result.document is None:
                failures.append((result.source, result.error or "failed"))
                return
            # Each page is committed as it arrives: an interrupted run resumes where it
            # stopped.
            store.set_page(entry.id, result.page, result.document)
            done += 1
            _out(clean_line(f"fetched {entry.id}: {result.document.title or entry.title}"))
            sys.stdout.flush()

        _fetch_all(list(by_source), save)
        _out(f"Fetched {done} of {len(entries)} pages")
    return _report_failures(failures)
