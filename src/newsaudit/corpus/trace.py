"""Trace an article's reused passages back to the corpus, with aligned spans on both sides.

Candidates come from the winnowed fingerprint index (every n-gram of the article is looked up,
so any shared run of NGRAM + WINDOW - 1 words finds its source); each candidate is then aligned
word by word (`align`) and overlapping passages from different sources are resolved in favour
of the stronger evidence, then the earlier source.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from newsaudit.corpus.align import Match, align, char_span
from newsaudit.corpus.db import Store, open_store
from newsaudit.corpus.fingerprint import NGRAM, Tokens, tokenize
from newsaudit.corpus.store import content_hash
from newsaudit.errors import InputError
from newsaudit.ingest import Article

MAX_CANDIDATES = 25  # sources aligned per article, most shared fingerprints first
MAX_POSTINGS = 500  # a fingerprint in more articles than this is boilerplate
MERGE_GAP_WORDS = 8  # pieces of one source this close in the article are one passage
MERGE_GAP_SOURCE = 60  # ... when they also lie this close (in words) in the source
MIN_WORDS = 15  # evidence (words in exact seeds) a passage needs: shorter is a shared phrase
MIN_SIMILARITY = 0.5  # aligned texts less alike than this are a chance chain, not reuse
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(slots=True)
class Source:
    """A stored article as a candidate source."""

    id: int
    record_id: str | None
    title: str | None
    text: str
    date: str | None
    url: str | None

    @property
    def public_id(self) -> str:
        return self.record_id if self.record_id else f"#{self.id}"

    def to_dict(self) -> dict:
        return {
            "source_id": self.public_id,
            "title": self.title,
            "date": self.date,
            "url": self.url,
        }


def trace_article(article: Article, db: str | Store) -> dict:
    """Reused passages of `article` found in the corpus at `db` (URL or open store)."""
    store = open_store(db) if isinstance(db, str) else db
    try:
        return _trace(article, store)
    finally:
        if isinstance(db, str):
            store.close()


def load_article(store: Store, ref: str) -> Article:
    """A stored article by its record id (or ``#N`` / N for the internal id)."""
    rows = store.query(
        "SELECT id, record_id, title, text, date, url, source FROM articles WHERE record_id = ? "
        "ORDER BY id LIMIT 1",
        (ref,),
    )
    if not rows and ref.lstrip("#").isdigit():
        rows = store.query(
            "SELECT id, record_id, title, text, date, url, source FROM articles WHERE id = ?",
            (int(ref.lstrip("#")),),
        )
    if not rows:
        raise InputError(f"no article with id {ref!r} in the corpus")
    _, record_id, title, text, date, url, source = rows[0]
    return Article(text=text, title=title, date=date, url=url, source=source, id=record_id)


def _trace(article: Article, store: Store) -> dict:
    q = tokenize(article.text)
    candidates = _candidates(store, q, content_hash(article.text))
    found: list[tuple[Match, Source]] = []
    for source in candidates:
        pieces = _merge_adjacent([(m, source) for m in align(q, tokenize(source.text))])
        found.extend((m, s) for m, s in pieces if m.matched >= MIN_WORDS)
    kept = _merge_adjacent(_resolve(found, candidates))
    return _result(article.text, q, kept)


def _candidates(store: Store, q: Tokens, self_hash: str) -> list[Source]:
    hashes = sorted(set(q.hashes(NGRAM)))
    postings: dict[int, list[int]] = {}
    sql = "SELECT hash, article_id FROM fingerprints WHERE hash IN ({placeholders})"
    for h, article_id in store.query_in(sql, hashes):
        postings.setdefault(h, []).append(article_id)
    counts: Counter[int] = Counter()
    for ids in postings.values():
        if len(ids) <= MAX_POSTINGS:
            counts.update(ids)
    top = [i for i, _ in counts.most_common(MAX_CANDIDATES)]
    rows = store.query_in(
        "SELECT id, record_id, title, text, date, url, content_hash FROM articles "
        "WHERE id IN ({placeholders})",
        top,
    )
    sources = [Source(*row[:6]) for row in rows if row[6] != self_hash]
    return sorted(sources, key=_age_key)


def _age_key(source: Source) -> tuple:
    """Earlier first: ISO dates when present, ingestion order otherwise and for ties."""
    date = source.date if source.date and _ISO_DATE.match(source.date) else None
    return (date is None, date or "", source.id)


def _resolve(found: list[tuple[Match, Source]], order: list[Source]) -> list[tuple[Match, Source]]:
    """Keep one source per stretch of the article: most evidence, then the earliest."""
    rank = {s.id: i for i, s in enumerate(order)}
    found.sort(key=lambda ms: (-ms[0].matched, rank[ms[1].id]))
    taken = np.zeros(max((m.q_end for m, _ in found), default=0), dtype=bool)
    kept = []
    for match, source in found:
        span = taken[match.q_start : match.q_end]
        if span.mean() < 0.5:
            kept.append((match, source))
            taken[match.q_start : match.q_end] = True
    kept.sort(key=lambda ms: ms[0].q_start)
    return kept


def _merge_adjacent(kept: list[tuple[Match, Source]]) -> list[tuple[Match, Source]]:
    """Reordered clauses align as separate chains; one source's neighbours form one passage."""
    merged: list[tuple[Match, Source]] = []
    for match, source in kept:
        if merged:
            last, last_source = merged[-1]
            if last_source.id == source.id and match.q_end <= last.q_end:
                continue  # a phrase repeated elsewhere in the source, inside this passage
            near_q = match.q_start - last.q_end <= MERGE_GAP_WORDS
            gap_s = max(match.s_start, last.s_start) - min(match.s_end, last.s_end)
            near_s = gap_s <= MERGE_GAP_SOURCE
            if last_source.id == source.id and near_q and near_s:
                merged[-1] = (
                    Match(
                        last.q_start,
                        max(last.q_end, match.q_end),
                        min(last.s_start, match.s_start),
                        max(last.s_end, match.s_end),
                        last.matched + _new_words(last, match),
                    ),
                    source,
                )
                continue
        merged.append((match, source))
    return merged


def _similarity(a: str, b: str) -> float:
    """Edit similarity of the two spans, blind to reordered clauses (token sort)."""
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100


def _new_words(last: Match, match: Match) -> int:
    """Evidence a merged piece adds: words of the article not already covered (repeats add 0)."""
    return min(match.matched, max(0, match.q_end - max(last.q_end, match.q_start)))


def _result(text: str, q: Tokens, kept: list[tuple[Match, Source]]) -> dict:
    passages, covered = [], np.zeros(len(text), dtype=bool)
    sources: dict[int, Source] = {}
    for match, source in kept:
        s = tokenize(source.text)
        start, end = char_span(q, text, match.q_start, match.q_end)
        s_start, s_end = char_span(s, source.text, match.s_start, match.s_end)
        similarity = _similarity(text[start:end], source.text[s_start:s_end])
        if similarity < MIN_SIMILARITY:
            continue
        covered[start:end] = True
        sources[source.id] = source
        passages.append(
            {
                "start": start,
                "end": end,
                "source_id": source.public_id,
                "source_start": s_start,
                "source_end": s_end,
                "similarity": round(similarity, 3),
            }
        )
    earliest = min(sources.values(), key=_age_key) if sources else None
    return {
        "reused_share": round(float(covered.mean()) if len(text) else 0.0, 4),
        "passages": passages,
        "earliest_source": earliest.to_dict() if earliest else None,
    }
