"""The index behind the cross-article views: stored reports flattened into a few small tables.

`corpus quotes|conflicts|speakers|sources|relays` must answer in well under a second on
100,000 articles, so nothing there parses reports. `build_views` reads every report once and
writes (same SQL on SQLite and PostgreSQL):

* ``view_articles``: the article's public id, date, outlet and its age rank (earliest first);
* ``view_texts`` + ``view_grams``: each distinct normalised quotation once, with the winnowed
  hashes of its word trigrams (a query finds candidates through them, then `rapidfuzz` decides);
  texts that are the same quotation (small edits, truncation) share a ``grp``;
* ``view_quotes``: every quotation, with its span, speaker (raw and merged key) and relays;
* ``view_groups``: per quotation group, whether its speakers conflict (precomputed);
* ``view_speakers``, ``view_sources``, ``view_relays``: the aggregates, one row each.

Rebuilt whole by `newsaudit corpus index` (a views command builds it when it is missing or older
than the reports); a rebuild is one transaction, so a reader never sees half an index.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import numpy as np
from rapidfuzz import fuzz

from newsaudit.corpus.db import Store
from newsaudit.corpus.fingerprint import tokenize, winnow
from newsaudit.corpus.names import NameMerger, norm_text
from newsaudit.corpus.trace import _ISO_DATE

GRAM = 3  # words per quotation shingle
GRAM_WINDOW = 3  # winnowing window: any shared run of GRAM + GRAM_WINDOW - 1 = 5 words is found
MIN_SCORE = 85  # rapidfuzz partial ratio: the same quotation, edited or truncated
MIN_LENGTH_RATIO = 0.5  # a text shorter than half the other is another quotation
MAX_GROUP_POSTINGS = 200  # a trigram in more distinct quotations is a stock phrase
VIEW_VERSION = "1"
NOBODY_TYPES = frozenset({"unnamed"})  # "officials said": credited to nobody in particular

_TABLES = (
    """CREATE TABLE IF NOT EXISTS view_meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_articles (
        article_id BIGINT PRIMARY KEY, public_id TEXT NOT NULL, title TEXT, date TEXT,
        outlet TEXT, url TEXT, age BIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_texts (
        text_id BIGINT PRIMARY KEY, norm TEXT NOT NULL, grp BIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_grams (
        hash BIGINT NOT NULL, text_id BIGINT NOT NULL, PRIMARY KEY (hash, text_id)
    ){without_rowid}""",
    """CREATE TABLE IF NOT EXISTS view_quotes (
        quote_id BIGINT PRIMARY KEY, article_id BIGINT NOT NULL, n INTEGER NOT NULL,
        text_id BIGINT NOT NULL, q_start INTEGER, q_end INTEGER, text TEXT,
        speaker TEXT, speaker_key TEXT, speaker_type TEXT, mention_start INTEGER,
        mention_end INTEGER, mention TEXT, via TEXT)""",
    """CREATE TABLE IF NOT EXISTS view_groups (
        grp BIGINT PRIMARY KEY, n_quotes INTEGER NOT NULL, n_articles INTEGER NOT NULL,
        speakers TEXT NOT NULL, unattributed INTEGER NOT NULL, conflict TEXT,
        first_age BIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_speakers (
        name_key TEXT PRIMARY KEY, name TEXT NOT NULL, n_quotes INTEGER NOT NULL,
        n_articles INTEGER NOT NULL, data TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_sources (
        name_key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, n_articles INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL, data TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_relays (
        relay_id BIGINT PRIMARY KEY, kind TEXT NOT NULL, from_name TEXT NOT NULL,
        to_outlet TEXT NOT NULL, n INTEGER NOT NULL, data TEXT NOT NULL)""",
)
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS view_texts_grp ON view_texts (grp)",
    "CREATE INDEX IF NOT EXISTS view_quotes_text ON view_quotes (text_id)",
    "CREATE INDEX IF NOT EXISTS view_quotes_speaker ON view_quotes (speaker_key)",
    "CREATE INDEX IF NOT EXISTS view_groups_conflict ON view_groups (conflict, n_articles)",
    "CREATE INDEX IF NOT EXISTS view_speakers_n ON view_speakers (n_quotes)",
    "CREATE INDEX IF NOT EXISTS view_sources_n ON view_sources (n_articles)",
    "CREATE INDEX IF NOT EXISTS view_relays_from ON view_relays (from_name)",
    "CREATE INDEX IF NOT EXISTS view_relays_to ON view_relays (to_outlet)",
)
VIEW_TABLES = tuple(t.split()[5] for t in _TABLES)


@dataclass(slots=True)
class ReportRow:
    """One analysed article as the views need it (from a store row or a Parquet row)."""

    article_id: int
    public_id: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    report: dict


@dataclass(slots=True)
class _Quote:
    quote_id: int
    article_id: int
    n: int
    text_id: int
    start: int | None
    end: int | None
    text: str
    speaker: str | None
    speaker_type: str | None
    mention: dict | None
    via: list[str]

    def key(self, merger: NameMerger) -> str | None:
        """The merged speaker key, None for nobody (no name, a pronoun, an unnamed source)."""
        return None if self.speaker_type in NOBODY_TYPES else merger.key(self.speaker)


@dataclass(slots=True)
class _Build:
    articles: dict[int, ReportRow] = field(default_factory=dict)
    texts: dict[str, int] = field(default_factory=dict)  # normalised text -> text_id
    quotes: list[_Quote] = field(default_factory=list)
    sources: list[tuple[int, dict, list[str]]] = field(default_factory=list)


def outlet_of(source: str | None, url: str | None) -> str | None:
    """The outlet that published an article: its source field, else its URL's host."""
    if source and source.strip():
        return source.strip()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def quote_grams(norm: str, *, winnowed: bool = True) -> list[int]:
    """Word-trigram hashes of a normalised quotation (winnowed for the index, all for a query)."""
    hashes = np.asarray(tokenize(norm).hashes(GRAM), dtype=np.int64)
    if winnowed:
        hashes = winnow(hashes, GRAM_WINDOW)
    return sorted({int(h) for h in hashes})


def same_quotation(a: str, b: str, min_score: float = MIN_SCORE) -> float | None:
    """The partial-ratio score (0-100) when two normalised texts are one quotation, else None."""
    if not a or not b or min(len(a), len(b)) < MIN_LENGTH_RATIO * max(len(a), len(b)):
        return None
    score = fuzz.partial_ratio(a, b)
    return score if score >= min_score else None


def create_view_tables(store: Store) -> None:
    ddl = {"sqlite": " WITHOUT ROWID", "postgresql": ""}[store.dialect]
    for sql in _TABLES:
        store.execute(sql.format(without_rowid=ddl))
    for sql in _INDEXES:
        store.execute(sql)


def store_rows(store: Store, page: int = 2000) -> Iterator[ReportRow]:
    """Every analysed article of a corpus store, in ingestion order, read page by page."""
    sql = (
        "SELECT id, record_id, title, date, source, url, report FROM articles "
        "WHERE report IS NOT NULL AND id > ? ORDER BY id LIMIT ?"
    )
    last = 0
    while True:
        rows = store.query(sql, (last, page))
        if not rows:
            return
        for article_id, record_id, title, date, source, url, report in rows:
            yield ReportRow(
                article_id,
                record_id or f"#{article_id}",
                title,
                date,
                outlet_of(source, url),
                url,
                json.loads(report),
            )
        last = rows[-1][0]


def build_views(
    store: Store,
    rows: Iterable[ReportRow] | None = None,
    reuse: Iterable[tuple[str, str]] | None = None,
    stamp: str = "",
) -> dict:
    """(Re)build every view table in `store` from `rows` (default: the store's own reports).

    `reuse` gives (earlier public id, later public id) pairs of text reuse; by default they come
    from the store's story clusters (earliest member to each other member).
    """
    build = _Build()
    for row in store_rows(store) if rows is None else rows:
        _add(build, row)
    if reuse is None:
        reuse = _cluster_pairs(store) if rows is None else ()
    groups = _group_texts(build.texts)
    merger = NameMerger(q.speaker for q in build.quotes if q.speaker_type not in NOBODY_TYPES)
    ages = _ages(build.articles)
    with store.transaction():
        create_view_tables(store)
        for table in VIEW_TABLES:
            store.execute(f"DELETE FROM {table}")
        _write_articles(store, build, ages)
        _write_texts(store, build.texts, groups)
        _write_quotes(store, build, merger)
        _write_groups(store, build, merger, groups, ages)
        _write_speakers(store, build, merger)
        _write_sources(store, build)
        _write_relays(store, build, list(reuse), ages)
        store.executemany(
            "INSERT INTO view_meta (k, v) VALUES (?, ?)",
            [("version", VIEW_VERSION), ("reports", str(len(build.articles))), ("stamp", stamp)],
        )
    return {
        "articles": len(build.articles),
        "quotes": len(build.quotes),
        "distinct_quotations": len(build.texts),
        "quotation_groups": len(set(groups.values())),
    }


def _add(build: _Build, row: ReportRow) -> None:
    report = row.report
    build.articles[row.article_id] = row
    for n, quote in enumerate(report.get("quotes") or []):
        content = quote.get("content") or {}
        text = content.get("text") or ""
        norm = norm_text(text)
        if not norm:
            continue
        text_id = build.texts.setdefault(norm, len(build.texts) + 1)
        speaker = quote.get("speaker") or {}
        build.quotes.append(
            _Quote(
                len(build.quotes) + 1,
                row.article_id,
                n,
                text_id,
                content.get("start"),
                content.get("end"),
                text,
                speaker.get("name"),
                speaker.get("type"),
                _slim_span(speaker.get("span")),
                [v for v in quote.get("via") or [] if v],
            )
        )
    sources = report.get("sources") or []
    names = {s.get("id"): s.get("name") for s in sources}
    for source in sources:
        via = [names.get(v) or v for v in source.get("via") or []]
        build.sources.append((row.article_id, _slim(source), [v for v in via if v]))
    row.report = {}  # what the views need is taken: hold no parsed report (memory, GC time)


def _slim_span(span: dict | None) -> dict | None:
    return None if span is None else {k: span.get(k) for k in ("start", "end", "text")}


def _slim(source: dict) -> dict:
    return {"name": source.get("name"), "type": source.get("type"),
            "quotes": len(source.get("quotes") or [])}  # fmt: skip


def _group_texts(texts: dict[str, int]) -> dict[int, int]:
    """Union-find over distinct quotations: trigram candidates, confirmed by `same_quotation`."""
    parent = {i: i for i in texts.values()}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[int, list[int]] = defaultdict(list)
    by_id = {i: t for t, i in texts.items()}
    for norm, text_id in texts.items():
        for h in quote_grams(norm):
            postings[h].append(text_id)
    for text_id, norm in by_id.items():
        seen: set[int] = set()
        for h in quote_grams(norm):
            ids = postings[h]
            if len(ids) > MAX_GROUP_POSTINGS:
                continue
            for other in ids:
                if other <= text_id or other in seen:
                    continue
                seen.add(other)
                if root(other) != root(text_id) and same_quotation(norm, by_id[other]):
                    parent[root(other)] = root(text_id)
    return {i: root(i) for i in parent}


def _age_key(row: ReportRow) -> tuple:
    date = row.date if row.date and _ISO_DATE.match(row.date) else None
    return (date is None, date or "", row.article_id)


def _ages(articles: dict[int, ReportRow]) -> dict[int, int]:
    """Rank of each article, earliest first (ISO dates, then ingestion order, as `trace`)."""
    ordered = sorted(articles.values(), key=_age_key)
    return {row.article_id: rank for rank, row in enumerate(ordered)}


def _write_articles(store: Store, build: _Build, ages: dict[int, int]) -> None:
    store.executemany(
        "INSERT INTO view_articles (article_id, public_id, title, date, outlet, url, age) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (r.article_id, r.public_id, r.title, r.date, r.outlet, r.url, ages[r.article_id])
            for r in build.articles.values()
        ],
    )


def _write_texts(store: Store, texts: dict[str, int], groups: dict[int, int]) -> None:
    store.executemany(
        "INSERT INTO view_texts (text_id, norm, grp) VALUES (?, ?, ?)",
        [(i, t, groups[i]) for t, i in texts.items()],
    )
    store.executemany(
        "INSERT INTO view_grams (hash, text_id) VALUES (?, ?)",
        sorted((h, i) for t, i in texts.items() for h in quote_grams(t)),
    )


def _write_quotes(store: Store, build: _Build, merger: NameMerger) -> None:
    def values(q: _Quote) -> tuple:
        m = q.mention or {}
        return (
            q.quote_id, q.article_id, q.n, q.text_id, q.start, q.end, q.text, q.speaker,
            q.key(merger), q.speaker_type, m.get("start"), m.get("end"), m.get("text"),
            json.dumps(q.via, ensure_ascii=False),
        )  # fmt: skip

    store.executemany(
        "INSERT INTO view_quotes (quote_id, article_id, n, text_id, q_start, q_end, text, "
        "speaker, speaker_key, speaker_type, mention_start, mention_end, mention, via) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (values(q) for q in build.quotes),
    )


def _write_groups(
    store: Store, build: _Build, merger: NameMerger, groups: dict[int, int], ages: dict[int, int]
) -> None:
    """Per quotation group: its speakers, and the kind of conflict between them, if any."""
    members: dict[int, list[_Quote]] = defaultdict(list)
    for q in build.quotes:
        members[groups[q.text_id]].append(q)
    rows = []
    for grp, quotes in members.items():
        keys = Counter(q.key(merger) for q in quotes)
        named = sorted(k for k in keys if k is not None)
        unattributed = keys.get(None, 0)
        articles = {q.article_id for q in quotes}
        conflict = None
        if len(articles) > 1:  # two credits inside one article are the extractor's doubt
            if len(named) > 1:
                conflict = "different_speakers"
            elif named and unattributed:
                conflict = "speaker_and_nobody"
        first = min(ages[q.article_id] for q in quotes)
        rows.append(
            (grp, len(quotes), len(articles), json.dumps(named), unattributed, conflict, first)
        )
    store.executemany(
        "INSERT INTO view_groups (grp, n_quotes, n_articles, speakers, unattributed, conflict, "
        "first_age) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _write_speakers(store: Store, build: _Build, merger: NameMerger) -> None:
    stats: dict[str, dict] = {}
    for q in build.quotes:
        key = q.key(merger)
        if key is None:
            continue
        s = stats.setdefault(
            key,
            {"variants": Counter(), "outlets": Counter(), "relays": Counter(), "articles": set()},
        )
        s["variants"][q.speaker] += 1
        s["outlets"][build.articles[q.article_id].outlet or "unknown"] += 1
        s["relays"].update(q.via)
        s["articles"].add(q.article_id)
    store.executemany(
        "INSERT INTO view_speakers (name_key, name, n_quotes, n_articles, data) "
        "VALUES (?, ?, ?, ?, ?)",
        [(k, *_aggregate(s)) for k, s in stats.items()],
    )


def _aggregate(s: dict) -> tuple:
    """(display name, n quotes, n articles, data JSON) of one speaker or source."""
    variants: Counter = s["variants"]
    name = max(variants, key=lambda v: (len(v.split()), variants[v], v))
    data = {k: dict(s[k].most_common()) for k in ("variants", "outlets", "relays")}
    if "types" in s:
        data["types"] = dict(s["types"].most_common())
    return name, sum(variants.values()), len(s["articles"]), json.dumps(data, ensure_ascii=False)


def _write_sources(store: Store, build: _Build) -> None:
    merger = NameMerger(source.get("name") for _, source, _ in build.sources)
    stats: dict[str, dict] = {}
    for article_id, source, via in build.sources:
        key = merger.key(source.get("name"))
        if key is None:
            continue
        s = stats.setdefault(
            key,
            {
                "variants": Counter(),
                "outlets": Counter(),
                "relays": Counter(),
                "types": Counter(),
                "articles": set(),
                "quotes": 0,
            },
        )
        s["variants"][source.get("name")] += 1
        s["outlets"][build.articles[article_id].outlet or "unknown"] += 1
        s["relays"].update(via)
        s["types"][source.get("type") or "unknown"] += 1
        s["articles"].add(article_id)
        s["quotes"] += source["quotes"]
    rows = []
    for key, s in stats.items():
        name, _, n_articles, data = _aggregate(s)
        kind = s["types"].most_common(1)[0][0]
        rows.append((key, name, kind, n_articles, s["quotes"], data))
    store.executemany(
        "INSERT INTO view_sources (name_key, name, type, n_articles, n_quotes, data) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _cluster_pairs(store: Store) -> list[tuple[str, str]]:
    """Text reuse in a store: each story cluster's earliest member to every other member."""
    from newsaudit.corpus.clusters import find_clusters

    pairs = []
    for cluster in find_clusters(store):
        first = cluster["earliest"]["source_id"]
        pairs += [(first, m["source_id"]) for m in cluster["members"][1:]]
    return pairs


def _write_relays(
    store: Store, build: _Build, reuse: list[tuple[str, str]], ages: dict[int, int]
) -> None:
    """Edges into each outlet: a relay named in its quotes ("via"), or an outlet whose text it
    reused; each with its count and the earliest article that shows it."""
    by_public = {r.public_id: r for r in build.articles.values()}
    edges: dict[tuple[str, str, str], list[tuple[int, str, str | None]]] = defaultdict(list)
    for q in build.quotes:
        article = build.articles[q.article_id]
        for relay in dict.fromkeys(q.via):
            edge = ("via", relay, article.outlet or "unknown")
            edges[edge].append((ages[q.article_id], article.public_id, None))
    for earlier, later in reuse:
        a, b = by_public.get(earlier), by_public.get(later)
        if a is None or b is None:
            continue
        edge = ("reuse", a.outlet or "unknown", b.outlet or "unknown")
        edges[edge].append((ages[a.article_id], a.public_id, b.public_id))
    rows = []
    for n, ((kind, source, target), seen) in enumerate(sorted(edges.items()), start=1):
        _, first, reached = min(seen)
        first_row = by_public[first]
        data = {
            "earliest": {"source_id": first, "date": first_row.date, "outlet": first_row.outlet},
            "articles": sorted({s[1] for s in seen} | {s[2] for s in seen if s[2]})[:50],
        }
        if reached:
            data["earliest"]["reached"] = reached
        rows.append((n, kind, source, target, len(seen), json.dumps(data, ensure_ascii=False)))
    store.executemany(
        "INSERT INTO view_relays (relay_id, kind, from_name, to_outlet, n, data) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
