"""Ingest articles into the corpus store: idempotent by content hash, one transaction per batch.

A re-run after a crash skips what is already stored (same normalised text, same hash) and
adds the rest, so kill -9 at any point loses at most the uncommitted batch and never
duplicates an article.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsaudit.corpus.db import Store
from newsaudit.corpus.fingerprint import fingerprints
from newsaudit.corpus.sources import Item, iter_items
from newsaudit.errors import InputError
from newsaudit.ingest import Article

BATCH_SIZE = 200
_ARTICLE_COLUMNS = (
    "content_hash, record_id, title, text, date, source, url, author, origin, meta, report, "
    "n_fingerprints"
)


@dataclass(slots=True)
class IngestStats:
    """What one ingest run did: the CLI prints it, tests check it."""

    seen: int = 0
    added: int = 0
    duplicates: int = 0
    errors: int = 0
    analysed: int = 0
    error_samples: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("seen", "added", "duplicates", "errors", "analysed")}


@dataclass(slots=True)
class _Row:
    article: Article
    origin: str
    content_hash: str
    prints: list[int]
    report: str | None = None


def content_hash(text: str) -> str:
    """Identity of an article: its normalised text, so re-ingesting it is a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingest(
    sources: Iterable[str],
    store: Store,
    *,
    analyze: bool = False,
    batch_size: int = BATCH_SIZE,
    progress: bool = True,
    on_batch: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Read every source and store its articles (and reports, with `analyze`)."""
    from tqdm import tqdm

    sources = list(sources)
    missing = [s for s in sources if not Path(s).exists()]
    if missing:  # say so before storing anything, not halfway through
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    stats = IngestStats()
    bar = tqdm(unit=" articles", file=sys.stderr, disable=not progress, mininterval=0.5)
    batch: list[Item] = []
    for source in sources:
        for item in iter_items(source):
            batch.append(item)
            if len(batch) >= batch_size:
                _process(store, batch, stats, analyze, bar, on_batch)
                batch = []
    if batch:
        _process(store, batch, stats, analyze, bar, on_batch)
    bar.close()
    return stats


def _process(
    store: Store,
    items: list[Item],
    stats: IngestStats,
    analyze: bool,
    bar: object,
    on_batch: Callable[[IngestStats], None] | None,
) -> None:
    rows, errors = _build(items)
    stats.seen += len(items)
    stats.errors += len(errors)
    stats.error_samples.extend(f"{o} {loc}: {msg}" for o, loc, msg in errors[:3])
    known = _known(store, [r.content_hash for r in rows])
    fresh, seen_hashes, refill = [], set(), []
    for row in rows:
        if row.content_hash in seen_hashes or (
            row.content_hash in known and not (analyze and not known[row.content_hash])
        ):
            stats.duplicates += 1
        elif row.content_hash in known:
            refill.append(row)  # stored earlier without a report: add one now
        else:
            fresh.append(row)
        seen_hashes.add(row.content_hash)
    if analyze:
        errors += _analyse(fresh + refill, stats)
    with store.transaction():
        added = _write(store, fresh, refill, errors)
    stats.added += added
    stats.duplicates += len(fresh) - added  # stored meanwhile by another ingest run
    bar.update(len(items))  # type: ignore[attr-defined]
    if on_batch is not None:
        on_batch(stats)


def _build(items: list[Item]) -> tuple[list[_Row], list[tuple[str, str, str]]]:
    rows, errors = [], []
    for item in items:
        try:
            article = item.build()
            prints = fingerprints(article.text).tolist()
        except Exception as error:  # one bad item is an error record, never a stopped ingest
            errors.append((item.origin, item.locator, f"{type(error).__name__}: {error}"))
            continue
        rows.append(_Row(article, item.origin, content_hash(article.text), prints))
    return rows, errors


def _known(store: Store, hashes: list[str]) -> dict[str, bool]:
    """Hashes already stored, each with whether it already has a report."""
    sql = (
        "SELECT content_hash, CASE WHEN report IS NULL THEN 0 ELSE 1 END FROM articles "
        "WHERE content_hash IN ({placeholders})"
    )
    return {h: bool(r) for h, r in store.query_in(sql, hashes)}


def _analyse(rows: list[_Row], stats: IngestStats) -> list[tuple[str, str, str]]:
    import newsaudit

    errors = []
    for row in rows:
        try:
            row.report = json.dumps(newsaudit.analyze(row.article).to_dict(), ensure_ascii=False)
            stats.analysed += 1
        except Exception as error:  # keep the article; record why it has no report
            locator = row.article.id or row.content_hash[:12]
            errors.append((row.origin, f"analyse {locator}", f"{type(error).__name__}: {error}"))
    stats.errors += len(errors)
    return errors


def _write(
    store: Store, fresh: list[_Row], refill: list[_Row], errors: list[tuple[str, str, str]]
) -> int:
    """Store one batch; the number of articles this run added (not those another run stored
    first: two ingests at once must not both count an article)."""
    marks = ",".join("?" * 12)
    added = store.executemany(
        f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES ({marks}) "
        "ON CONFLICT (content_hash) DO NOTHING",
        [_article_values(r) for r in fresh],
    )
    if fresh:
        ids = dict(
            store.query_in(
                "SELECT content_hash, id FROM articles WHERE content_hash IN ({placeholders})",
                [r.content_hash for r in fresh],
            )
        )
        _insert_fingerprints(
            store, sorted((h, ids[r.content_hash]) for r in fresh for h in r.prints)
        )
    store.executemany(
        "UPDATE articles SET report = ? WHERE content_hash = ? AND report IS NULL",
        [(r.report, r.content_hash) for r in refill if r.report is not None],
    )
    store.executemany(
        "INSERT INTO errors (origin, locator, message) VALUES (?, ?, ?) "
        "ON CONFLICT (origin, locator) DO UPDATE SET message = excluded.message",
        errors,
    )
    return added


def _insert_fingerprints(store: Store, rows: list[tuple[int, int]]) -> None:
    store.executemany(
        "INSERT INTO fingerprints (hash, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING", rows
    )


def _article_values(row: _Row) -> tuple:
    a = row.article
    meta = {"format": a.format, "extra": a.extra}
    return (
        row.content_hash,
        a.id,
        a.title,
        a.text,
        a.date,
        a.source,
        a.url,
        a.author,
        row.origin,
        json.dumps(meta, ensure_ascii=False, default=str),
        row.report,
        len(row.prints),
    )
