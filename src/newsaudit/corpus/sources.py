"""Read corpus inputs (JSONL, CSV, directories of text or HTML, WARC) as a stream of items.

Each item is built lazily and independently, so one bad line or page becomes one error
record instead of stopping the ingest.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsaudit.errors import InputError
from newsaudit.ingest import Article, article_from_parts, article_from_record

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


@dataclass(slots=True)
class Item:
    """One would-be article: where it came from, and how to build it."""

    origin: str  # the input file
    locator: str  # line number, row number, path or WARC record id inside it
    build: Callable[[], Article]


def iter_items(source: str) -> Iterator[Item]:
    """Every item in one input path (a file of any supported kind, or a directory)."""
    path = Path(source)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield from _file_items(child, base=path)
    elif path.is_file():
        yield from _file_items(path, base=path.parent)
    else:
        raise InputError(f"no such file or directory: {source}")


def _file_items(path: Path, base: Path) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from _jsonl_items(path)
    elif name.endswith(".csv"):
        yield from _csv_items(path)
    elif name.endswith(WARC_SUFFIXES):
        yield from _warc_items(path)
    else:
        rel = str(path.relative_to(base))
        yield Item(str(path), rel, lambda: _file_article(path, rel))


def _jsonl_items(path: Path) -> Iterator[Item]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield Item(str(path), f"line {number}", lambda line=line: _json_article(line))


def _json_article(line: bytes) -> Article:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError(f"not JSON: {error}") from None
    if not isinstance(record, dict):
        raise InputError("a JSON line must hold one object")
    return article_from_record(record, fmt="jsonl")


def _csv_items(path: Path) -> Iterator[Item]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            yield Item(
                str(path), f"row {number}", lambda row=row: article_from_record(row, fmt="csv")
            )


def _warc_items(path: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response" or not record.http_headers:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            locator = record.rec_headers.get_header("WARC-Record-ID") or url or "?"
            payload = record.content_stream().read()
            crawled = record.rec_headers.get_header("WARC-Date")
            yield Item(
                str(path), locator, lambda p=payload, u=url, c=crawled: html_article(p, u, c)
            )


def _file_article(path: Path, rel: str) -> Article:
    raw = path.read_bytes()
    if path.name.lower().endswith(HTML_SUFFIXES) or raw[:512].lstrip().lower().startswith(
        (b"<!doctype html", b"<html")
    ):
        return html_article(raw, None, None, record_id=rel)
    return article_from_parts(_decode(raw), fmt="text", id=rel)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("latin-1")


def html_article(
    raw: bytes, url: str | None, crawled: str | None, record_id: str | None = None
) -> Article:
    """Main text and metadata of an HTML page (trafilatura), as one normalised Article."""
    import trafilatura

    doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
    if doc is None:
        raise InputError("no article text found in the HTML")
    meta = doc.as_dict()
    body = meta.get("text") or ""
    extra = {"crawled": crawled} if crawled else {}
    return article_from_parts(
        body,
        meta.get("title"),
        fmt="html",
        author=meta.get("author"),
        date=meta.get("date"),
        url=meta.get("url") or url,
        source=meta.get("sitename"),
        id=record_id or url,
        extra=extra,
    )
