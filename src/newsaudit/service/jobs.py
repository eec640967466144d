"""What runs inside a worker process: turn a request's input into an article and analyse it.

Every function here is called through the process pool, so it takes and returns plain
picklable values. Results come back already serialised (a JSON or HTML string): the event loop
then only copies bytes. A user's mistake comes back as `JobError` (status 422 and one line);
a bug of ours as a one-line 500, never a traceback.
"""

from __future__ import annotations

import json
import os
import signal
from dataclasses import dataclass, field

from newsaudit.errors import NewsauditError

WARM_UP_TEXT = (
    "Council Votes to Sell the Old Library\n\n"
    "The city council voted 7-2 on Tuesday to sell the old library building for $1.2m, "
    "officials said.\n\n"
    '"This is a sad day," said Mayor Jane Cole. Critics claimed the sale was rushed.'
)

_STORE = None  # this worker's corpus store, opened once
_DB: str | None = None


class JobError(Exception):
    """A request the service cannot satisfy: an HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = " ".join(str(message).split())

    def __reduce__(self):  # it crosses the process boundary: keep the status
        return (JobError, (self.status, self.message))


@dataclass(slots=True)
class Payload:
    """One article as the client sent it: JSON fields, or the bytes of an uploaded file."""

    text: str | None = None
    html: str | None = None
    raw: bytes | None = None
    filename: str = ""
    input_format: str = "auto"
    title: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None
    options: dict = field(default_factory=dict)


def init_worker(db: str | None) -> None:
    """Load the NLP and every learned model once, so the first request pays nothing."""
    global _DB
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server process
    _DB = db
    from newsaudit.pipeline import analyze

    analyze(WARM_UP_TEXT)


def warm() -> int:
    """A no-op job: once one has run in each process, the models are loaded there."""
    return os.getpid()


def _store():
    global _STORE
    if _DB is None:
        raise JobError(404, "no corpus: start the server with `newsaudit serve --db CORPUS`")
    if _STORE is None:
        from newsaudit.corpus import open_store

        _STORE = open_store(_DB)
    return _STORE


def to_article(payload: Payload, max_chars: int | None):
    """The normalised `Article` for a payload, with the same rules as the CLI's input."""
    from newsaudit.ingest import article_from_bytes, article_from_html, article_from_parts

    meta = {"date": payload.date, "url": payload.url, "id": payload.id}
    if payload.raw is not None:
        article = article_from_bytes(
            payload.raw,
            name=payload.filename,
            input_format=payload.input_format,
            max_chars=max_chars,
        )
    elif payload.html is not None:
        article = article_from_html(payload.html, url=payload.url, max_chars=max_chars)
    else:
        return article_from_parts(
            payload.text or "", payload.title, fmt="text", max_chars=max_chars, **meta
        )
    if payload.title and not article.title:  # the client's headline, when the file has none
        article = article_from_parts(
            article.text, payload.title, fmt=article.format, max_chars=max_chars,
            **_meta_of(article),
        )  # fmt: skip
    _fill_in(article, meta)
    return article


def _meta_of(article) -> dict:
    keys = ("author", "date", "url", "source", "id", "extra")
    return {key: getattr(article, key) for key in keys}


def _fill_in(article, meta: dict) -> None:
    """The client's date, url and id stand where the file or page has none."""
    from newsaudit.ingest import normalise_date

    if meta["date"] and not article.date:
        article.date = normalise_date(meta["date"])
    if meta["url"] and not article.url:
        article.url = meta["url"]
    if meta["id"]:
        article.id = meta["id"]


def _guard(call):
    """Run a job; user errors become JobError(422), bugs a one-line JobError(500)."""
    try:
        return call()
    except JobError:
        raise
    except NewsauditError as error:
        raise JobError(422, str(error)) from None
    except Exception as error:
        raise JobError(500, f"internal error: {type(error).__name__}: {error}") from None


def analyze_job(payload: Payload, max_chars: int | None, fmt: str = "json") -> str:
    """The report of one article, rendered as the CLI renders it (JSON by default)."""

    def run() -> str:
        from newsaudit.pipeline import analyze

        article = to_article(payload, max_chars)
        options = payload.options
        corpus = _DB if options.get("provenance", True) and _DB else None
        report = analyze(article, corpus=corpus, stance=options.get("stance", True))
        if fmt == "html":
            return report.to_html()
        if fmt == "text":
            return report.to_text()
        return report.to_json(indent=None)

    return _guard(run)


def batch_item_job(payload: Payload, max_chars: int | None) -> tuple[bool, str]:
    """(failed, line): one analyze-batch line, ``{"id", …report}`` or ``{"id", "error"}``."""
    item_id = payload.id or ""
    try:
        report = json.loads(analyze_job(payload, max_chars))
    except JobError as error:
        return True, json.dumps({"id": item_id, "error": error.message}, ensure_ascii=False)
    line = {"id": item_id, **report}
    line["id"] = item_id  # the record's id, not the article's own
    return False, json.dumps(line, ensure_ascii=False)


def trace_job(payload: Payload | None, ref: str | None, max_chars: int | None) -> str:
    """Reused passages of an article (given, or stored under ``ref``) with both sides' text."""

    def run() -> str:
        from newsaudit.corpus import load_article, trace_article

        store = _store()
        article = load_article(store, ref) if ref else to_article(payload, max_chars)
        result = trace_article(article, store)
        sources: dict[str, str] = {}
        for passage in result["passages"]:
            sid = passage["source_id"]
            if sid not in sources:
                sources[sid] = load_article(store, sid).text
            passage["text"] = article.text[passage["start"] : passage["end"]]
            passage["source_text"] = sources[sid][passage["source_start"] : passage["source_end"]]
        result["text"] = article.text
        return json.dumps(result, ensure_ascii=False)

    return _guard(run)


def quotes_job(query: str) -> str:
    """Where one quotation appears across the corpus, earliest first."""

    def run() -> str:
        from newsaudit.corpus.views import ensure_views, find_quote

        store = _store()
        ensure_views(store, quiet=True)  # the index the views read, built once per new reports
        return json.dumps(find_quote(store, query), ensure_ascii=False)

    return _guard(run)
