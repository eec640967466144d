"""Intake: turn a file, a string or a corpus record into one `Article` with one normalised text.

Every offset newsaudit reports refers to ``Article.text``. When a record carries a title
separately from its body, the text is the title, a blank line, then the body, so that the
headline has offsets like everything else.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from newsaudit.errors import InputError
from newsaudit.spans import Span

TITLE_FIELDS = ("title", "headline", "name")
TEXT_FIELDS = ("text", "body", "articleBody", "article_body", "content", "articleText", "article")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
DATE_FIELDS = ("date", "publish_date", "publication_date", "published", "datePublished", "pubdate")
URL_FIELDS = ("url", "link", "canonical_link", "uri")
SOURCE_FIELDS = ("source", "site", "sitename", "publisher", "domain", "outlet")
ID_FIELDS = ("id", "doc_id", "article_id", "uid")


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


def normalise_text(raw: str) -> str:
    """One canonical form: NFC, Unix newlines, no BOM, no control characters, no NBSP."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif ch == "\u00a0" or ch == "\u2028" or ch == "\u2029":
            out.append(" " if ch == "\u00a0" else "\n")
        elif unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip()


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


def article_from_parts(
    body: str, title: str | None = None, *, fmt: str = "text", **meta: object
) -> Article:
    """Join title and body into one normalised text, remembering where the title is."""
    body = normalise_text(body or "")
    title = normalise_text(title).replace("\n", " ") if title else None
    if title and not body.startswith(title):
        text = f"{title}\n\n{body}" if body else title
    else:
        text = body
    if not text.strip():
        raise InputError("the article is empty: no title and no text")
    title_span = Span(0, len(title), title) if title and text.startswith(title) else None
    return Article(text=text, title=title, title_span=title_span, format=fmt, **meta)


def article_from_record(record: dict, *, fmt: str = "record") -> Article:
    """A corpus record (JSON object or CSV row) with common field names."""
    body = _as_text(_first(record, TEXT_FIELDS)) or ""
    title = _as_text(_first(record, TITLE_FIELDS))
    known = set(TITLE_FIELDS + TEXT_FIELDS + AUTHOR_FIELDS + DATE_FIELDS + URL_FIELDS)
    known |= set(SOURCE_FIELDS + ID_FIELDS)
    extra = {k: v for k, v in record.items() if k not in known}
    return article_from_parts(
        body,
        title,
        fmt=fmt,
        author=_as_text(_first(record, AUTHOR_FIELDS)),
        date=_as_text(_first(record, DATE_FIELDS)),
        url=_as_text(_first(record, URL_FIELDS)),
        source=_as_text(_first(record, SOURCE_FIELDS)),
        id=_as_text(_first(record, ID_FIELDS)),
        extra=extra,
    )


def article_from_text(raw: str) -> Article:
    """Plain text: the headline, if any, is its first line (the structure stage decides)."""
    return article_from_parts(raw)


def to_article(value: object) -> Article:
    """Accept what `newsaudit.analyze` accepts: an Article, a record dict, or plain text."""
    if isinstance(value, Article):
        return value
    if isinstance(value, dict):
        return article_from_record(value)
    if isinstance(value, str):
        return article_from_text(value)
    raise InputError(f"cannot analyse a {type(value).__name__}: give text, a dict or an Article")
