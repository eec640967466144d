"""Intake: turn a file, a string or a corpus record into one `Article` with one normalised text.

Every offset newsaudit reports refers to ``Article.text``. When a record carries a title
separately from its body, the text is the title, a blank line, then the body, so that the
headline has offsets like everything else.

Bytes become text here too (`decode_bytes`): UTF-8 first, other encodings detected with
charset-normalizer, stray bad bytes read as Windows-1252, and binary input refused with one line.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import json
import logging
import os
import re
import unicodedata
import warnings
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePath

from newsaudit.authors import clean_author, restore_initials
from newsaudit.errors import InputError
from newsaudit.spans import Span

TITLE_FIELDS = ("title", "headline", "name")
TEXT_FIELDS = ("text", "body", "articleBody", "article_body", "content", "articleText", "article")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
DATE_FIELDS = ("date", "publish_date", "publication_date", "published", "datePublished", "pubdate")
URL_FIELDS = ("url", "link", "canonical_link", "uri")
SOURCE_FIELDS = ("source", "site", "sitename", "publisher", "domain", "outlet")
ID_FIELDS = ("id", "doc_id", "article_id", "uid")

INPUT_FORMATS = ("auto", "text", "html", "json", "jsonl", "csv")
DEFAULT_MAX_CHARS = 1_000_000
MAX_CHARS_ENV = "NEWSAUDIT_MAX_CHARS"
MAX_BYTES_PER_CHAR = 16  # markup allowance: how many input bytes we read per allowed character

EXTENSION_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".csv": "csv", ".tsv": "csv",
}  # fmt: skip
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"%PDF-", "a PDF (extract its text first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
BOMS = (  # UTF-32 before UTF-16: their BOMs share a prefix
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_CHAR_RATIO = 0.10  # more control or undecodable characters than this: not text
NUL_RATIO_WIDE = 0.10  # this many NUL bytes and no BOM: UTF-16/32 or binary
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # Cc and Cs, not \t \n
# Character references left by scrapers in plain text and corpus records ("caf&#233;",
# "&#163;8m", "&lt;"): news text never means them literally.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8});")
BINARY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
FIELD_NAME = re.compile(r"[a-z_][a-z0-9_\-.]{0,39}")  # a CSV header cell, not prose
YEAR = re.compile(r"\b(1[6-9]|2\d)\d\d\b")
HTML_START = re.compile(r"\A\s*(<!doctype\s+html|<html|<head|<body|<\?xml|<!--)", re.IGNORECASE)
HTML_TAG = re.compile(r"<(html|head|body|article|main|div|p|h1|meta|title)[\s>/]", re.IGNORECASE)
CP1252_FALLBACK = "newsaudit-cp1252"
GZIP_MAGIC = b"\x1f\x8b"
MIN_HTML_WORDS = 5  # less main content than this: trafilatura found navigation, not an article


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read bytes that are not UTF-8 as Windows-1252 (latin-1 for gaps)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    chars = "".join(
        bytes([b]).decode("cp1252", errors="strict")
        if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
        else chr(b)
        for b in bad
    )
    return chars, error.end


codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


@dataclass(slots=True)
class Article:
    text: str
    title: str | None = None
    title_span: Span | None = None  # where the title sits in `text`, when it came as metadata
    author: str | None = None
    date: str | None = None  # ISO 8601 date when known
    url: str | None = None
    source: str | None = None
    id: str | None = None
    format: str = "text"
    extra: dict = field(default_factory=dict)


def _decode_reference(match: re.Match) -> str:
    decoded = html.unescape(match.group(0))
    return match.group(0) if decoded == "\ufffd" else decoded  # an invalid code point stays


def normalise_text(raw: str) -> str:
    """One canonical form: NFC, Unix newlines, no BOM, no control characters, no NBSP, HTML
    character references decoded."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    while "&" in text:  # "&amp;lt;" decodes twice; each pass shortens, so this ends
        decoded = CHARACTER_REFERENCE.sub(_decode_reference, text)
        if decoded == text:
            break
        text = decoded
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return CONTROL_CHARS.sub(" ", text).strip()


def max_article_chars(override: int | None = None) -> int:
    """The article size limit: the argument, else $NEWSAUDIT_MAX_CHARS, else 1,000,000."""
    if override is not None:
        value: object = override
    else:
        value = os.environ.get(MAX_CHARS_ENV, "").strip() or DEFAULT_MAX_CHARS
    try:
        limit = int(value)
    except ValueError:
        raise InputError(f"{MAX_CHARS_ENV} must be a whole number, not {value!r}") from None
    if limit <= 0:
        raise InputError(f"the article size limit must be positive, not {limit}")
    return limit


def check_size(text: str, max_chars: int | None = None) -> None:
    """Refuse texts spaCy would take minutes and gigabytes on (~45 ms per 1,000 characters)."""
    limit = max_article_chars(max_chars)
    if len(text) > limit:
        raise InputError(
            f"the article has {len(text):,} characters, over the limit of {limit:,}: "
            f"raise it with --max-chars or {MAX_CHARS_ENV} if you mean it"
        )


def normalise_date(value: object) -> str | None:
    """ISO 8601 from what corpora and pages carry: ISO strings, prose dates, epochs, {'$date'}."""
    if isinstance(value, dict):
        value = value.get("$date")
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not YEAR.search(text):
        return None  # dateutil would fill in this year: "Monday" is not a date we can vouch for
    from dateutil import parser as date_parser

    try:
        parsed = date_parser.parse(text)
    except (ValueError, OverflowError, date_parser.ParserError):
        return None
    has_time = parsed.tzinfo is not None or (parsed.hour, parsed.minute, parsed.second) != (0, 0, 0)
    return parsed.isoformat() if has_time else parsed.date().isoformat()


def _first(record: dict, names: tuple[str, ...]) -> object | None:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, "", [], "None"):
            return value
    return None


def _as_text(value: object | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v) or None
    return str(value)


def _prose(record: dict, names: tuple[str, ...], what: str) -> str | None:
    """A text or title field: a string, or a list of strings (paragraphs, joined by a blank line).

    Anything else (an object, a number, a list of objects) is refused: its ``str()`` would be
    analysed as if it were the article.
    """
    value = _first(record, names)
    if value is None or isinstance(value, str):
        return value
    if what == "a title" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # a title such as 1984
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(v for v in value if v) or None
    field_name = next(k for k, v in record.items() if v is value)
    kind = "a list of non-strings" if isinstance(value, list) else f"a {_json_type(value)}"
    raise InputError(f"the record's {field_name!r} field is {kind}, not {what}")


def _json_type(value: object) -> str:
    names = {dict: "JSON object", bool: "boolean", int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)


def _with_date(meta: dict) -> dict:
    """Normalise ``meta['date']``, keeping an unparseable original in ``extra['date_raw']``."""
    raw = meta.get("date")
    if raw in (None, ""):
        return meta
    iso = normalise_date(raw)
    if iso is None:
        meta["extra"] = {**(meta.get("extra") or {}), "date_raw": _as_text(raw)}
    meta["date"] = iso
    return meta


def article_from_parts(
    body: str,
    title: str | None = None,
    *,
    fmt: str = "text",
    max_chars: int | None = None,
    **meta: object,
) -> Article:
    """Join title and body into one normalised text, remembering where the title is."""
    body = normalise_text(body or "")
    title = normalise_text(title).replace("\n", " ") if title else None
    if title and body.split("\n", 1)[0].rstrip() != title:  # not already the first line
        text = f"{title}\n\n{body}" if body else title
    else:
        text = body
    if not text.strip():
        raise InputError("the article is empty: no title and no text")
    check_size(text, max_chars)
    title_span = Span(0, len(title), title) if title and text.startswith(title) else None
    meta = _with_date(dict(meta))
    return Article(text=text, title=title, title_span=title_span, format=fmt, **meta)


def article_from_record(
    record: dict, *, fmt: str = "record", max_chars: int | None = None
) -> Article:
    """A corpus record (JSON object or CSV row) with common field names."""
    body = _prose(record, TEXT_FIELDS, "the article's text") or ""
    title = _prose(record, TITLE_FIELDS, "a title")
    if not body.strip() and not (title or "").strip():
        fields = ", ".join(sorted(map(str, record))[:8]) or "none"
        raise InputError(
            f"the record has no text: expected a field like text, body, content or title "
            f"(found: {fields})"
        )
    known = set(TITLE_FIELDS + TEXT_FIELDS + AUTHOR_FIELDS + DATE_FIELDS + URL_FIELDS)
    known |= set(SOURCE_FIELDS + ID_FIELDS)
    known_lower = {k.lower() for k in known}
    extra = {k: v for k, v in record.items() if str(k).lower() not in known_lower}
    return article_from_parts(
        body,
        title,
        fmt=fmt,
        max_chars=max_chars,
        author=_as_text(_first(record, AUTHOR_FIELDS)),
        date=_first(record, DATE_FIELDS),
        url=_as_text(_first(record, URL_FIELDS)),
        source=_as_text(_first(record, SOURCE_FIELDS)),
        id=_as_text(_first(record, ID_FIELDS)),
        extra=extra,
    )


def article_from_text(raw: str, *, max_chars: int | None = None) -> Article:
    """Plain text: the headline, if any, is its first line (the structure stage decides)."""
    return article_from_parts(raw, max_chars=max_chars)


def to_article(value: object) -> Article:
    """Accept what `newsaudit.analyze` accepts: an Article, a record dict, or plain text."""
    if isinstance(value, Article):
        return value
    if isinstance(value, dict):
        return article_from_record(value)
    if isinstance(value, str):
        return article_from_text(value)
    raise InputError(f"cannot analyse a {type(value).__name__}: give text, a dict or an Article")


# --- bytes to text ------------------------------------------------------------------------


def binary_kind(raw: bytes) -> str | None:
    """What a known binary file signature says the input is, or None."""
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature):
            return kind
    return None


def _mostly_utf8(raw: bytes) -> bool:
    """True when valid multi-byte UTF-8 outnumbers the bad bytes: a UTF-8 file with stray bytes."""
    valid = sum(1 for ch in raw.decode("utf-8", errors="ignore") if ord(ch) > 127)
    bad = raw.decode("utf-8", errors="replace").count("\ufffd") - raw.decode(
        "utf-8", errors="ignore"
    ).count("\ufffd")
    return valid >= bad


def _detect_8bit(raw: bytes) -> str:
    """A legacy 8-bit encoding via charset-normalizer; ties go to Windows-1252."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(raw).best()
    if best is None:
        return raw.decode("utf-8", errors=CP1252_FALLBACK)
    guessed = str(best)
    if best.encoding != "cp1252":
        try:
            western = raw.decode("cp1252")
        except UnicodeDecodeError:
            return guessed
        if mess_ratio(western[:20_000]) <= mess_ratio(guessed[:20_000]):
            return western
    return guessed


def _decode_wide(raw: bytes) -> str:
    """NUL-heavy bytes without a BOM: UTF-16/32 if charset-normalizer agrees, else binary."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        raise InputError("the input looks binary (many NUL bytes), not text")
    return str(best)


def decode_bytes(raw: bytes) -> str:
    """Bytes to text that never fails on a bad byte, and refuses what is not text."""
    kind = binary_kind(raw)
    if kind:
        raise InputError(f"the input is {kind}, not text")
    text = None
    for bom, codec in BOMS:
        if raw.startswith(bom):
            text = raw.decode(codec, errors="replace")
            break
    if text is None:
        if raw.count(0) > NUL_RATIO_WIDE * len(raw):
            text = _decode_wide(raw)
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = (
                    raw.decode("utf-8", errors=CP1252_FALLBACK)
                    if _mostly_utf8(raw)
                    else _detect_8bit(raw)
                )
    sample = text[:100_000]
    if sample and len(BINARY_CHARS.findall(sample)) > BINARY_CHAR_RATIO * len(sample):
        raise InputError("the input looks binary (control or undecodable bytes), not text")
    return text


# --- formats ------------------------------------------------------------------------------


def format_from_name(name: str) -> str | None:
    """The input format a file extension promises, if any."""
    return EXTENSION_FORMATS.get(PurePath(name).suffix.lower()) if name else None


def sniff_format(text: str) -> str:
    """Guess text, html, json, jsonl or csv from the content alone."""
    head = text.lstrip("\ufeff \t\r\n")[:4000]
    if head.startswith("<") and (HTML_START.match(head) or HTML_TAG.search(head)):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        lines = [line for line in head.splitlines()[:5] if line.strip()]
        one_per_line = len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines)
        return "jsonl" if one_per_line else "json"
    first_line = head.split("\n", 1)[0]
    if _looks_like_csv_header(first_line):
        return "csv"
    return "text"


def _looks_like_csv_header(line: str) -> bool:
    """A first line of several delimited cells, one of them a known text or title field."""
    known = {name.lower() for name in TEXT_FIELDS + TITLE_FIELDS}
    for delimiter in (",", "\t", ";"):
        cells = [c.strip().strip('"').lower() for c in line.split(delimiter)]
        if len(cells) >= 2 and known & set(cells) and all(map(FIELD_NAME.fullmatch, cells)):
            return True
    return False


def _record_list(value: object, where: str) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        for i, item in enumerate(value, 1):
            if not isinstance(item, dict):
                raise InputError(f"{where}: item {i} is a {type(item).__name__}, not an object")
        return value
    raise InputError(f"{where}: expected a JSON object or a list of objects")


def loads_json(text: str | bytes) -> object:
    """`json.loads`, with nesting too deep for Python's recursion limit read as invalid JSON
    (``[[[[…`` is not a record, and must not surface as a RecursionError)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", "", 0) from None


def parse_jsonl(text: str, where: str = "the input") -> list[tuple[str, dict]]:
    """One JSON object per line; blank lines are skipped; labels are ``line-N``."""
    records = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = loads_json(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: line {number} is not valid JSON ({error.msg})") from None
        if not isinstance(value, dict):
            raise InputError(f"{where}: line {number} is a {type(value).__name__}, not an object")
        records.append((f"line-{number}", value))
    return records


def parse_json(text: str, where: str = "the input") -> list[tuple[str, dict]]:
    """A JSON object or array of objects (labels ``item-N``); JSON Lines are accepted too."""
    try:
        value = loads_json(text)
    except json.JSONDecodeError as error:
        if text.lstrip().startswith("{") and "\n" in text.strip():
            return parse_jsonl(text, where)
        raise InputError(
            f"{where} is not valid JSON ({error.msg} at line {error.lineno})"
        ) from None
    records = _record_list(value, where)
    return [(f"item-{i}", record) for i, record in enumerate(records, 1)]


def parse_csv(
    text: str, where: str = "the input", delimiter: str | None = None
) -> list[tuple[str, dict]]:
    """CSV (or TSV) with a header row; labels are ``row-N`` counting data rows from 1."""
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    if delimiter is None:
        counts = {d: header.count(d) for d in (",", "\t", ";", "|")}
        delimiter = max(counts, key=counts.get) if max(counts.values()) else ","
    csv.field_size_limit(2**31 - 1)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = [
            (f"row-{n}", {str(k).strip(): v for k, v in row.items() if k is not None and v})
            for n, row in enumerate(reader, 1)
        ]
    except csv.Error as error:
        raise InputError(f"{where} is not readable as CSV ({error})") from None
    if not reader.fieldnames:
        raise InputError(f"{where}: the CSV has no header row")
    return rows


def parse_records(text: str, fmt: str, where: str = "the input") -> list[tuple[str, dict]]:
    """Records of a json, jsonl or csv input, each with a positional label."""
    if fmt == "jsonl":
        return parse_jsonl(text, where)
    if fmt == "csv":
        return parse_csv(text, where, "\t" if where.lower().endswith(".tsv") else None)
    return parse_json(text, where)


# --- HTML ---------------------------------------------------------------------------------


def _extract_html(html: str) -> object | None:
    """trafilatura's main content and metadata, with its warnings kept off our stderr."""
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan", "readability", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_images=False
        )


def article_from_html(
    html: str, *, url: str | None = None, max_chars: int | None = None
) -> Article:
    """An HTML page through trafilatura: its title becomes the first line of the text."""
    extracted = _extract_html(html)
    text = getattr(extracted, "text", None) or ""
    if len(text.split()) < MIN_HTML_WORDS:  # a stray "Home" link is not an article
        raise InputError(
            "no article found in the HTML (trafilatura found no main content); "
            "if the page is the article, save its text and use --as text"
        )
    body = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    sites = (getattr(extracted, "sitename", None), getattr(extracted, "hostname", None), url)
    extra = {
        key: getattr(extracted, key)
        for key in ("description", "language", "categories", "tags", "hostname")
        if getattr(extracted, key, None)
    }
    return article_from_parts(
        body,
        getattr(extracted, "title", None),
        fmt="html",
        max_chars=max_chars,
        author=restore_initials(clean_author(getattr(extracted, "author", None), sites), html),
        date=getattr(extracted, "date", None),
        url=getattr(extracted, "url", None) or url,
        source=getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None),
        extra=extra,
    )


def gunzip(raw: bytes, max_bytes: int, where: str) -> bytes:
    """Decompress a gzip file, refusing to inflate past ``max_bytes`` (no gzip bombs)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, max_bytes + 1)
    except zlib.error as error:
        raise InputError(f"{where} is a damaged gzip file ({error})") from None
    if len(data) > max_bytes:
        raise InputError(f"{where} inflates to over {max_bytes:,} bytes, too large for one article")
    if not inflater.eof:
        raise InputError(f"{where} is a damaged gzip file (it ends too soon)")
    return data


def _is_zlib_stream(raw: bytes) -> bool:
    """A raw zlib stream (RFC 1950: a deflate header whose 16 bits are a multiple of 31) that
    actually inflates; its bytes can pass for 8-bit text, so the header alone is not enough."""
    if len(raw) < 8 or raw[0] & 0x0F != 8 or raw[0] >> 4 > 7 or int.from_bytes(raw[:2]) % 31:
        return False
    try:
        zlib.decompressobj().decompress(raw[:4096], 64)
    except zlib.error:
        return False
    return True


# --- one input to one article -------------------------------------------------------------


def article_from_bytes(
    raw: bytes, *, name: str = "", input_format: str = "auto", max_chars: int | None = None
) -> Article:
    """One article from the bytes of a file: decoded, its format guessed, parsed, normalised.

    A json, jsonl or csv input must hold exactly one record; many are for ``analyze-batch``.
    """
    if input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r}: use one of {INPUT_FORMATS}")
    where = name or "standard input"
    limit = max_article_chars(max_chars)
    if raw.startswith(GZIP_MAGIC):
        raw = gunzip(raw, limit * MAX_BYTES_PER_CHAR, where)
        name = name.removesuffix(".gz")
    elif name.lower().endswith(".gz"):
        raise InputError(f"{where} is named .gz but is not a gzip file")
    if _is_zlib_stream(raw):
        raise InputError(f"{where} is compressed data (a raw zlib stream), not text")
    if not raw.strip():
        raise InputError(f"{where} is empty")
    fmt = format_from_name(name) if input_format == "auto" else input_format
    if fmt == "text" and len(raw) > 4 * limit + 4:  # over the limit even at 4 bytes a character
        raise InputError(
            f"{where} has {len(raw):,} bytes, more than the limit of {limit:,} characters: "
            f"raise it with --max-chars or {MAX_CHARS_ENV} if you mean it"
        )
    text = decode_bytes(raw)
    if not text.strip():
        raise InputError(f"{where} is empty")
    fmt = fmt or sniff_format(text)
    if fmt == "html":
        return article_from_html(text, max_chars=limit)
    if fmt == "text":
        return article_from_text(text, max_chars=limit)
    try:
        records = parse_records(text, fmt, where)
    except InputError:
        if input_format == "auto" and not format_from_name(name):
            return article_from_text(text, max_chars=limit)  # "[Updated] ..." is prose, not JSON
        raise
    if len(records) != 1:
        raise InputError(
            f"{where} holds {len(records)} records; analyze takes one article: "
            f"use `newsaudit analyze-batch {name or 'FILE'} -o OUT.jsonl`"
        )
    return article_from_record(records[0][1], fmt=fmt, max_chars=limit)
