"""Moving a library in and out: import and export formats.

Imports read browser bookmarks (Netscape bookmark HTML), Pocket's HTML and CSV exports,
wallabag's JSON export and our own JSON; the format is recognised from the file's content.
Exports write our own JSON (lossless: every article with its saved page, text, tags,
progress and highlights), Netscape bookmark HTML (which browsers and most read-later services
import) and a Markdown reading list.

Every outside string is sanitized on the way in (the store does it again); only http(s)
addresses are taken. Export files are written to the path the user chose, through a
temporary file beside it that replaces it only when complete.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import html
import io
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

import lxml.html
from lxml import etree

from reader.errors import ReaderError, SourceError
from reader.store import Entry, NewEntry, NewHighlight, Store
from reader.text import clean_line

ImportFormat = Literal["reader-json", "wallabag-json", "pocket-html", "pocket-csv", "netscape"]
ExportFormat = Literal["json", "netscape", "markdown"]
FORMAT_NAMES: dict[str, str] = {
    "reader-json": "reader JSON",
    "wallabag-json": "wallabag JSON",
    "pocket-html": "Pocket HTML",
    "pocket-csv": "Pocket CSV",
    "netscape": "Netscape bookmarks",
}
JSON_FORMAT_ID = "quietpage-reader-library"
JSON_VERSION = 1
# An import file is read whole; anything larger is surely not a bookmark export.
MAX_IMPORT_BYTES = 1024 * 1024 * 1024
IMPORT_BATCH = 500


class TransferError(ReaderError):
    """An import file could not be read, or an export could not be written."""


@dataclass(frozen=True)
class ImportSummary:
    format: ImportFormat
    added: int
    updated: int
    skipped: int

    def describe(self) -> str:
        text = (
            f"Imported {self.added} new and updated {self.updated} articles "
            f"from {FORMAT_NAMES[self.format]}"
        )
        if self.skipped:
            text += f"; skipped {self.skipped} entries that were not http(s) links"
        return text


@dataclass(frozen=True)
class ParsedImport:
    format: ImportFormat
    entries: tuple[NewEntry, ...]
    skipped: int


# ---------------------------------------------------------------------------------------
# Import


def read_import_file(path: str | Path) -> bytes:
    """The bytes of an import file, refusing what is not a regular, reasonably sized file."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise SourceError(f"No such file: {path}") from error
    except OSError as error:
        raise SourceError(f"Could not read {path}: {error.strerror}") from error
    if not path.is_file():
        raise SourceError(f"Not a regular file: {path}")
    if info.st_size > MAX_IMPORT_BYTES:
        raise SourceError(
            f"{path} is too large to be a bookmark export ({info.st_size // 2**20} MiB)"
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise SourceError(f"Could not read {path}: {error.strerror}") from error


def detect_format(data: bytes) -> ImportFormat:
    """Which import format ``data`` is in, from its content; TransferError if none."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = head.lower()
    if head.startswith((b"{", b"[")):
        if JSON_FORMAT_ID.encode() in head[:200]:
            return "reader-json"
        return "wallabag-json"
    if lower.startswith(b"<!doctype netscape-bookmark-file"):
        return "netscape"
    if b"<html" in lower or b"<!doctype html" in lower or b"<a " in lower:
        if b"pocket export" in lower or b"time_added=" in lower:
            return "pocket-html"
        return "netscape"
    first_line = lower.split(b"\n", 1)[0]
    if b"url" in first_line and b"," in first_line:
        return "pocket-csv"
    raise TransferError(
        "Unrecognised import file: expected Netscape bookmarks, a Pocket export (HTML or "
        "CSV), a wallabag JSON export or a reader JSON export"
    )


def parse_import(data: bytes) -> ParsedImport:
    """The entries of an import file, in the file's order."""
    kind = detect_format(data)
    parse = {
        "reader-json": _parse_reader_json,
        "wallabag-json": _parse_wallabag,
        "pocket-html": _parse_pocket_html,
        "pocket-csv": _parse_pocket_csv,
        "netscape": _parse_netscape,
    }[kind]
    entries: list[NewEntry] = []
    skipped = 0
    for entry in parse(data):
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    return ParsedImport(kind, tuple(entries), skipped)


def import_file(store: Store, path: str | Path) -> ImportSummary:
    """Import a file into the store; entries already saved (same URL) are merged."""
    parsed = parse_import(read_import_file(path))
    added = updated = 0
    for start in range(0, len(parsed.entries), IMPORT_BATCH):
        result = store.import_entries(parsed.entries[start : start + IMPORT_BATCH])
        added += result.added
        updated += result.updated
    return ImportSummary(parsed.format, added, updated, parsed.skipped)


def _web_url(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    url = clean_line(value)
    if not re.match(r"(?i)https?://[^\s/]", url) or " " in url:
        return None
    return url


def _epoch(value: object) -> datetime | None:
    try:
        seconds = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    # Some exports write microseconds (Firefox's JSON) or milliseconds.
    while seconds > 10**11:
        seconds //= 1000
    try:
        return datetime.fromtimestamp(seconds, UTC) if seconds > 0 else None
    except (OverflowError, OSError, ValueError):
        return None


def _iso_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _split_tags(value: object, separator: str) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    tags = (clean_line(t).replace(",", " ").strip() for t in value.split(separator))
    return tuple(t[:100] for t in tags if t)


def _html_root(data: bytes) -> etree._Element:
    try:
        return lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError) as error:
        raise TransferError(f"The bookmark file could not be parsed: {error}") from error


def _parse_netscape(data: bytes) -> Iterator[NewEntry | None]:
    root = _html_root(data)
    for anchor in root.iter("a"):
        url = _web_url(anchor.get("href"))
        if url is None:
            yield None
            continue
        added = _epoch(anchor.get("add_date"))
        yield NewEntry(
            url=url,
            title=clean_line(anchor.text_content()) or url,
            added_at=added,
            updated_at=_epoch(anchor.get("last_modified")) or added,
            tags=_split_tags(anchor.get("tags"), ","),
        )


def _parse_pocket_html(data: bytes) -> Iterator[NewEntry | None]:
    root = _html_root(data)
    section = ""
    for element in root.iter("h1", "a"):
        if element.tag == "h1":
            section = clean_line(element.text_content()).lower()
            continue
        url = _web_url(element.get("href"))
        if url is None:
            yield None
            continue
        yield NewEntry(
            url=url,
            title=clean_line(element.text_content()) or url,
            added_at=_epoch(element.get("time_added")),
            tags=_split_tags(element.get("tags"), ","),
            archived=section.startswith("read"),
        )


def _parse_pocket_csv(data: bytes) -> Iterator[NewEntry | None]:
    text = data.decode("utf-8-sig", "replace")
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        fields = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
        url = _web_url(fields.get("url"))
        if url is None:
            yield None
            continue
        yield NewEntry(
            url=url,
            title=clean_line(fields.get("title", "")) or url,
            added_at=_epoch(fields.get("time_added")),
            tags=_split_tags(fields.get("tags"), "|"),
            archived=fields.get("status", "").strip().lower() in ("archive", "archived", "read"),
        )


def _load_json(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8-sig", "replace"))
    except json.JSONDecodeError as error:
        raise TransferError(f"The JSON file is not valid: {error}") from error


def _parse_wallabag(data: bytes) -> Iterator[NewEntry | None]:
    from reader.document import block_plain_texts, count_words, parse_html

    items = _load_json(data)
    if isinstance(items, dict):
        items = items.get("entries") or items.get("items") or [items]
    if not isinstance(items, list):
        raise TransferError("The JSON file is not a wallabag export (no list of entries)")
    for item in items:
        if not isinstance(item, dict):
            yield None
            continue
        url = _web_url(item.get("url") or item.get("given_url"))
        if url is None:
            yield None
            continue
        title = clean_line(str(item.get("title") or "")) or url
        content = item.get("content") if isinstance(item.get("content"), str) else ""
        raw: bytes | None = None
        text = ""
        words = 0
        if content and content.strip():
            # wallabag keeps the extracted article, not the page: it is stored as the page.
            raw = (
                "<!doctype html><html><head><meta charset=utf-8><title>"
                f"{html.escape(title)}</title></head><body><article>{content}</article>"
                "</body></html>"
            ).encode()
            blocks, _ = parse_html(content, url)
            text = "\n\n".join(block_plain_texts(blocks))
            words = count_words(text)
        authors = item.get("published_by")
        byline = (
            ", ".join(clean_line(str(a)) for a in authors) if isinstance(authors, list) else None
        )
        tags = item.get("tags") if isinstance(item.get("tags"), list) else []
        tag_names = []
        for tag in tags:
            name = tag.get("label") if isinstance(tag, dict) else tag
            if isinstance(name, str) and clean_line(name):
                tag_names.append(clean_line(name).replace(",", " ")[:100])
        highlights = []
        for note in item.get("annotations") or []:
            quote = note.get("quote") if isinstance(note, dict) else None
            if isinstance(quote, str) and quote.strip():
                highlights.append(NewHighlight(
                    text=clean_line(quote),
                    note=clean_line(str(note.get("text") or "")),
                    created_at=_iso_time(note.get("created_at")),
                ))
        reading = item.get("reading_time")
        yield NewEntry(
            url=url,
            final_url=url,
            title=title,
            byline=byline or None,
            site=clean_line(str(item.get("domain_name") or "")) or None,
            published=_iso_time(item.get("published_at")),
            lang=clean_line(str(item.get("language") or "")) or None,
            added_at=_iso_time(item.get("created_at")),
            updated_at=_iso_time(item.get("updated_at")),
            tags=tuple(tag_names),
            starred=bool(item.get("is_starred")),
            archived=bool(item.get("is_archived")),
            word_count=words,
            reading_minutes=reading if isinstance(reading, int) and reading >= 0 else 0,
            raw=raw,
            encoding="utf-8",
            content_type=clean_line(str(item.get("mimetype") or "text/html")),
            text=text,
            highlights=tuple(highlights),
        )


def _parse_reader_json(data: bytes) -> Iterator[NewEntry | None]:
    document = _load_json(data)
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT_ID:
        raise TransferError("The JSON file is not a reader library export")
    version = document.get("version")
    if not isinstance(version, int) or version > JSON_VERSION:
        raise TransferError(
            f"The library export has version {version}; this reader reads up to {JSON_VERSION}"
        )
    for item in document.get("articles") or []:
        if not isinstance(item, dict):
            yield None
            continue
        url = _web_url(item.get("url"))
        if url is None:
            yield None
            continue
        page = item.get("page") if isinstance(item.get("page"), dict) else None
        raw = None
        if page and isinstance(page.get("raw_base64"), str):
            try:
                raw = base64.b64decode(page["raw_base64"], validate=True)
            except ValueError as error:
                raise TransferError(f"The saved page of {url} is not valid base64") from error
        highlights = tuple(
            NewHighlight(
                text=str(h.get("text") or ""),
                block=_int_or_none(h.get("block")),
                start=_int_or_none(h.get("start")),
                end=_int_or_none(h.get("end")),
                note=str(h.get("note") or ""),
                created_at=_iso_time(h.get("created_at")),
            )
            for h in item.get("highlights") or []
            if isinstance(h, dict) and str(h.get("text") or "").strip()
        )
        progress = item.get("progress")
        yield NewEntry(
            url=url,
            final_url=_web_url(item.get("final_url")),
            canonical_url=_web_url(item.get("canonical_url")),
            title=str(item.get("title") or ""),
            byline=_str_or_none(item.get("byline")),
            site=_str_or_none(item.get("site")),
            published=_iso_time(item.get("published")),
            lang=_str_or_none(item.get("lang")),
            excerpt=_str_or_none(item.get("excerpt")),
            added_at=_iso_time(item.get("added_at")),
            opened_at=_iso_time(item.get("opened_at")),
            updated_at=_iso_time(item.get("updated_at")),
            tags=tuple(str(t) for t in item.get("tags") or [] if str(t).strip()),
            starred=bool(item.get("starred")),
            archived=bool(item.get("archived")),
            progress=float(progress) if isinstance(progress, int | float) else 0.0,
            progress_block=_int_or_none(item.get("progress_block")),
            word_count=_int_or_none(item.get("word_count")) or 0,
            reading_minutes=_int_or_none(item.get("reading_minutes")) or 0,
            raw=raw,
            encoding=str(page.get("encoding") or "utf-8") if page else "utf-8",
            content_type=str(page.get("content_type") or "") if page else "text/html",
            fetched_at=_iso_time(page.get("fetched_at")) if page else None,
            text=str(item.get("text") or ""),
            highlights=highlights,
        )


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str_or_none(value: object) -> str | None:
    return clean_line(value) or None if isinstance(value, str) else None


# ---------------------------------------------------------------------------------------
# Export


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def entry_facts(entry: Entry) -> dict[str, Any]:
    """An article's own facts as JSON values: what ``reader list --json`` prints, and what
    each article of our JSON export starts from."""
    return {
        "url": entry.url,
        "final_url": entry.final_url,
        "canonical_url": entry.canonical_url,
        "title": entry.title,
        "byline": entry.byline,
        "site": entry.site,
        "published": _iso(entry.published),
        "lang": entry.lang,
        "excerpt": entry.excerpt,
        "added_at": _iso(entry.added_at),
        "opened_at": _iso(entry.opened_at),
        "updated_at": _iso(entry.updated_at),
        "tags": list(entry.tags),
        "starred": entry.starred,
        "archived": entry.archived,
        "progress": entry.progress,
        "progress_block": entry.progress_block,
        "word_count": entry.word_count,
        "reading_minutes": entry.reading_minutes,
    }


def export_json(store: Store, out: IO[str]) -> int:
    """Write the whole library (live articles) as our JSON, one article per line; returns
    how many were written. Pages are base64 of the bytes as fetched."""
    out.write(
        json.dumps({"format": JSON_FORMAT_ID, "version": JSON_VERSION,
                    "exported_at": datetime.now(UTC).isoformat()})[:-1]
        + ', "articles": [\n'
    )
    count = 0
    for entry in store.iter_entries():
        page = store.page(entry.id)
        item = {
            **entry_facts(entry),
            "page": None if page is None else {
                "raw_base64": base64.b64encode(page.raw).decode("ascii"),
                "encoding": page.encoding,
                "content_type": page.content_type,
                "fetched_at": _iso(page.fetched_at),
            },
            "text": store.text(entry.id),
            "highlights": [
                {"text": h.text, "block": h.block, "start": h.start, "end": h.end,
                 "note": h.note, "created_at": _iso(h.created_at)}
                for h in store.highlights(entry.id)
            ],
        }
        out.write(("," if count else "") + json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    out.write("]}\n")
    return count


def export_netscape(store: Store, out: IO[str]) -> int:
    """Netscape bookmark HTML: what browsers, Pocket, wallabag and Pinboard import."""
    out.write(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
        "<!-- This file is generated; it can be imported by browsers. -->\n"
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n'
        "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n"
    )
    count = 0
    for entry in store.iter_entries():
        attributes = [f'HREF="{html.escape(entry.url, quote=True)}"',
                      f'ADD_DATE="{int(entry.added_at.timestamp())}"',
                      f'LAST_MODIFIED="{int(entry.updated_at.timestamp())}"']
        if entry.tags:
            attributes.append(f'TAGS="{html.escape(",".join(entry.tags), quote=True)}"')
        title = html.escape(entry.title or entry.url, quote=False)
        out.write(f"    <DT><A {' '.join(attributes)}>{title}</A>\n")
        count += 1
    out.write("</DL><p>\n")
    return count


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def export_markdown(store: Store, out: IO[str]) -> int:
    """A Markdown reading list: one item per article with its facts, tags and highlights."""
    out.write("# Reading list\n")
    count = 0
    for archived, heading in ((False, "To read"), (True, "Archive")):
        entries = [e for e in store.iter_entries() if e.archived == archived]
        if not entries:
            continue
        out.write(f"\n## {heading}\n\n")
        for entry in entries:
            facts = [f for f in (entry.site, entry.byline) if f]
            facts.append(entry.added_at.date().isoformat())
            if entry.reading_minutes:
                facts.append(f"{entry.reading_minutes} min")
            if entry.progress >= 1:
                facts.append("read")
            elif entry.progress > 0:
                facts.append(f"{round(entry.progress * 100)}% read")
            if entry.starred:
                facts.append("starred")
            line = f"- [{_md(entry.title or entry.url)}](<{entry.url.replace('>', '%3E')}>)"
            line += " — " + _md(" · ".join(facts))
            if entry.tags:
                line += " · " + " ".join(f"#{_md(t.replace(' ', '-'))}" for t in entry.tags)
            out.write(line + "\n")
            for highlight in store.highlights(entry.id):
                out.write(f"  > {_md(clean_line(highlight.text))}\n")
                if highlight.note:
                    out.write(f"  >\n  > — {_md(clean_line(highlight.note))}\n")
            count += 1
    return count


EXPORTERS = {"json": export_json, "netscape": export_netscape, "markdown": export_markdown}


def export(store: Store, kind: ExportFormat, path: str | Path | None, stdout: IO[str]) -> int:
    """Export to ``path`` (replaced only once the export is complete) or to ``stdout``."""
    writer = EXPORTERS[kind]
    if path is None:
        return writer(store, stdout)
    target = Path(path)
    if target.is_dir():
        raise TransferError(f"{target} is a folder; give a file name to export to")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise TransferError(f"Could not write to {folder}: {error.strerror}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            count = writer(store, out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        _remove_quietly(temporary)
        raise TransferError(f"Could not write {target}: {error.strerror}") from error
    except BaseException:
        _remove_quietly(temporary)
        raise
    return count


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)

