"""Story clusters: near-duplicates and reprints grouped, each with its earliest member.

Two articles are linked when most of the shorter one's fingerprints occur in the other
(containment, so a reprint with an added paragraph still links); linked articles form
clusters by union-find. One pass over the index sorted by hash, no pairwise scan.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from newsaudit.corpus.db import Store
from newsaudit.corpus.trace import Source, _age_key

MIN_CONTAINMENT = 0.5  # share of the shorter article's fingerprints found in the other
MIN_SHARED = 3
MAX_POSTINGS = 50  # a fingerprint shared by more articles is boilerplate, not a story


def find_clusters(store: Store, min_containment: float = MIN_CONTAINMENT) -> list[dict]:
    """Clusters of two or more articles, largest first."""
    sizes = dict(store.query("SELECT id, n_fingerprints FROM articles"))
    shared = _shared_counts(store)
    parent = {i: i for i in sizes}
    for (a, b), n in shared.items():
        if n >= MIN_SHARED and n >= min_containment * max(1, min(sizes[a], sizes[b])):
            parent[_root(parent, a)] = _root(parent, b)
    groups: dict[int, list[int]] = {}
    for i in sizes:
        groups.setdefault(_root(parent, i), []).append(i)
    return _describe(store, [g for g in groups.values() if len(g) > 1])


def _shared_counts(store: Store) -> Counter[tuple[int, int]]:
    shared: Counter[tuple[int, int]] = Counter()
    current, ids = None, []
    cursor = store.execute("SELECT hash, article_id FROM fingerprints ORDER BY hash, article_id")
    for h, article_id in cursor:
        if h != current:
            if 1 < len(ids) <= MAX_POSTINGS:
                shared.update(combinations(ids, 2))
            current, ids = h, []
        ids.append(article_id)
    if 1 < len(ids) <= MAX_POSTINGS:
        shared.update(combinations(ids, 2))
    return shared


def _root(parent: dict[int, int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _describe(store: Store, groups: list[list[int]]) -> list[dict]:
    ids = [i for g in groups for i in g]
    rows = store.query_in(
        "SELECT id, record_id, title, '', date, url FROM articles WHERE id IN ({placeholders})",
        ids,
    )
    by_id = {row[0]: Source(*row) for row in rows}
    out = []
    for group in groups:
        members = sorted((by_id[i] for i in group), key=_age_key)
        out.append(
            {
                "size": len(members),
                "earliest": members[0].to_dict(),
                "members": [m.to_dict() for m in members],
            }
        )
    out.sort(key=lambda c: (-c["size"], c["earliest"]["source_id"]))
    return out
