"""Cross-article views over stored reports: one quotation, conflicts, speakers, sources, relays.

Every view reads the tables of `views_index` (built once, then indexed lookups), so it answers
in milliseconds on a large corpus; `ensure_views` builds them when missing or out of date.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable

from newsaudit.corpus.db import Store
from newsaudit.corpus.names import name_words, norm_text
from newsaudit.corpus.views_index import (
    GRAM,
    GRAM_WINDOW,
    MIN_SCORE,
    build_views,
    quote_grams,
    same_quotation,
)
from newsaudit.errors import InputError

NO_REPORTS = (
    "the corpus has no stored reports, so it has no quotations, speakers or sources to show: "
    "add them with `newsaudit corpus ingest SOURCE... --db URL --analyze` (on a store ingested "
    "without --analyze, the same command fills in the missing reports)"
)
_APPEARANCE = (
    "SELECT a.public_id, a.title, a.date, a.outlet, a.url, q.q_start, q.q_end, q.text, "
    "q.speaker, q.speaker_key, q.mention_start, q.mention_end, q.mention, q.via, q.text_id, "
    "t.grp, a.age FROM view_quotes q JOIN view_articles a ON a.article_id = q.article_id "
    "JOIN view_texts t ON t.text_id = q.text_id "
)
_ORDER = " ORDER BY a.age, q.q_start"


def reports_stamp(store: Store) -> str:
    """What the index was built from: number and last id of analysed articles."""
    count, last = store.query(
        "SELECT count(*), max(id) FROM articles WHERE report IS NOT NULL", ()
    )[0]
    return f"{count}:{last}"


def _has_reported_index(store: Store) -> bool:
    """Whether the partial index exists (checked first: a reader must not need a write lock)."""
    if store.dialect == "sqlite":
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_reported'"
    else:
        sql = "SELECT 1 FROM pg_indexes WHERE indexname = 'articles_reported'"
    return bool(store.query(sql))


def _built_stamp(store: Store) -> str | None:
    try:
        rows = store.query("SELECT v FROM view_meta WHERE k = 'stamp'")
    except Exception:  # no index yet: the table does not exist
        if store.dialect == "postgresql":
            store._conn.rollback()
        return None
    return rows[0][0] if rows else None


def ensure_views(store: Store, *, quiet: bool = False, rebuild: bool = False) -> dict | None:
    """Build the views index of a corpus store when it is missing or older than its reports
    (or always, with `rebuild`); returns the build's counts, or None when it was up to date."""
    if not _has_reported_index(store):  # it makes the staleness check an index count
        with store.transaction():
            store.execute(
                "CREATE INDEX IF NOT EXISTS articles_reported ON articles (id) "
                "WHERE report IS NOT NULL"
            )
    stamp = reports_stamp(store)
    if stamp.startswith("0:"):
        raise InputError(NO_REPORTS)
    if not rebuild and _built_stamp(store) == stamp:
        return None
    if not quiet:
        print(
            "newsaudit: building the views index (once per change of the corpus)…", file=sys.stderr
        )
    return build_views(store, stamp=stamp)


def _appearance(row: tuple, score: float | None = None) -> dict:
    (sid, title, date, outlet, url, start, end, text, speaker, key, m_start, m_end, mention,
     via, _text_id, grp, _age) = row  # fmt: skip
    out = {
        "source_id": sid,
        "title": title,
        "date": date,
        "url": url,
        "outlet": outlet,
        "start": start,
        "end": end,
        "text": text,
        "speaker": speaker,
        "speaker_key": key,
        "speaker_span": None
        if m_start is None
        else {"start": m_start, "end": m_end, "text": mention},
        "via": json.loads(via or "[]"),
        "group": grp,
    }
    if score is not None:
        out["score"] = round(score / 100, 3)
    return out


def find_quote(store: Store, text: str, min_score: float = MIN_SCORE) -> dict:
    """Every stored quotation matching `text` (normalised, fuzzy), earliest first."""
    target = norm_text(text)
    if not target:
        raise InputError("give the words of a quotation to look for")
    if len(target.split()) >= GRAM + GRAM_WINDOW - 1:
        hashes = quote_grams(target, winnowed=False)
        candidates = store.query_in(
            "SELECT DISTINCT t.text_id, t.norm FROM view_grams g JOIN view_texts t "
            "ON t.text_id = g.text_id WHERE g.hash IN ({placeholders})",
            hashes,
        )
    else:  # too short for a shared 5-word run: compare with every distinct quotation
        candidates = iter(store.query("SELECT text_id, norm FROM view_texts"))
    scores: dict[int, float] = {}
    for text_id, norm in candidates:
        score = same_quotation(target, norm, min_score)
        if score is not None:
            scores[text_id] = score
    rows = store.query_in(
        _APPEARANCE + "WHERE q.text_id IN ({placeholders})" + _ORDER, sorted(scores)
    )
    appearances = [_appearance(r, scores[r[14]]) for r in _earliest_first(rows)]
    return {
        "query": text,
        "appearances": appearances,
        "first_appearance": appearances[0] if appearances else None,
        "conflicts": speaker_conflicts(appearances),
    }


def _earliest_first(rows: Iterable[tuple]) -> list[tuple]:
    """`query_in` runs in chunks, each sorted: merge them by article age, then span start."""
    return sorted(rows, key=lambda r: (r[16], r[5] or 0))


def speaker_conflicts(appearances: list[dict]) -> list[dict]:
    """The speakers (merged keys) one quotation is credited to, when more than one, or when
    one speaker in an article and nobody in another; None stands for nobody."""
    by_key: dict[str | None, dict] = {}
    for m in appearances:
        key = m["speaker_key"]
        entry = by_key.setdefault(
            key, {"speaker": m["speaker"] if key else None, "speaker_key": key, "source_ids": []}
        )
        if m["source_id"] not in entry["source_ids"]:
            entry["source_ids"].append(m["source_id"])
    named = [k for k in by_key if k is not None]
    articles = {m["source_id"] for m in appearances}
    if len(articles) > 1 and (len(named) > 1 or (named and None in by_key)):
        return list(by_key.values())
    return []


def list_conflicts(store: Store, limit: int = 100, offset: int = 0) -> dict:
    """Quotation groups credited to different speakers, or to someone and to nobody; each with
    every appearance (article, outlet, date, span, speaker and its span), earliest first."""
    total = store.query("SELECT count(*) FROM view_groups WHERE conflict IS NOT NULL")[0][0]
    groups = store.query(
        "SELECT grp, conflict, n_articles, speakers, unattributed FROM view_groups "
        "WHERE conflict IS NOT NULL ORDER BY n_articles DESC, first_age, grp LIMIT ? OFFSET ?",
        (limit, offset),
    )
    rows = store.query_in(
        _APPEARANCE + "WHERE t.grp IN ({placeholders})" + _ORDER, [g[0] for g in groups]
    )
    by_group: dict[int, list[dict]] = {}
    for row in _earliest_first(rows):
        by_group.setdefault(row[15], []).append(_appearance(row))
    cases = []
    for grp, kind, n_articles, speakers, unattributed in groups:
        appearances = by_group.get(grp, [])
        cases.append(
            {
                "group": grp,
                "kind": kind,
                "articles": n_articles,
                "speakers": json.loads(speakers),
                "unattributed": unattributed,
                "attributions": speaker_conflicts(appearances),
                "appearances": appearances,
            }
        )
    return {"total": total, "conflicts": cases}


def _aggregates(store: Store, table: str, extra: str, name: str | None, limit: int) -> list:
    cols = f"name_key, name, n_quotes, n_articles, data{extra}"
    if name:
        key = " ".join(name_words(name)) or norm_text(name)
        return store.query(
            f"SELECT {cols} FROM {table} WHERE name_key = ? OR name_key LIKE ? "
            f"ORDER BY n_articles DESC, name_key LIMIT ?",
            (key, f"% {key}", limit),
        )
    return store.query(
        f"SELECT {cols} FROM {table} ORDER BY n_articles DESC, name_key LIMIT ?", (limit,)
    )


def list_speakers(store: Store, name: str | None = None, limit: int = 50) -> dict:
    """Who is quoted, how often, by which outlets and through which relays (variants merged)."""
    rows = _aggregates(store, "view_speakers", "", name, limit)
    return {
        "speakers": [
            {"speaker": n, "key": k, "quotes": q, "articles": a, **json.loads(d)}
            for k, n, q, a, d in rows
        ]
    }


def list_sources(store: Store, name: str | None = None, limit: int = 50) -> dict:
    """The sources reports name (people, agencies, outlets...), with outlets and relays."""
    rows = _aggregates(store, "view_sources", ", type", name, limit)
    return {
        "sources": [
            {"source": n, "key": k, "type": t, "articles": a, "quotes": q, **json.loads(d)}
            for k, n, q, a, d, t in rows
        ]
    }


def list_relays(store: Store, outlet: str | None = None, limit: int = 200) -> dict:
    """Which outlets' text reaches which others (reuse), and which relays carry quotes into
    each outlet ("via"); a reuse edge lists the relays its source outlet credits."""
    sql = "SELECT kind, from_name, to_outlet, n, data FROM view_relays"
    params: tuple = ()
    if outlet:
        sql += " WHERE from_name = ? OR to_outlet = ?"
        params = (outlet, outlet)
    rows = store.query(sql + " ORDER BY n DESC, relay_id LIMIT ?", (*params, limit))
    feeds: dict[str, list[str]] = {}
    reuse_sources = sorted({r[1] for r in rows if r[0] == "reuse"})
    for relay, target in store.query_in(
        "SELECT from_name, to_outlet FROM view_relays WHERE kind = 'via' AND to_outlet IN "
        "({placeholders}) ORDER BY n DESC",
        reuse_sources,
    ):
        feeds.setdefault(target, []).append(relay)
    relays = []
    for kind, source, target, n, data in rows:
        edge = {"kind": kind, "from": source, "to": target, "count": n, **json.loads(data)}
        if kind == "reuse":
            edge["via"] = feeds.get(source, [])[:10]
        relays.append(edge)
    return {"relays": relays}
