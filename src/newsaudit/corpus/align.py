"""Passage alignment between two texts: seed on shared word n-grams, chain, extend.

Shared n-grams (on folded words) are seeds; seeds on nearby diagonals are chained, which bridges
changed, inserted and deleted words inside a passage; each chain is then extended word by word
(tolerating near-identical spellings and a single substitution) to the passage's real edges.
Reordered clauses yield one chain per clause; callers merge adjacent chains of one source.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from newsaudit.corpus.fingerprint import Tokens

SEED_N = 4  # words per alignment seed
MAX_GAP = 10  # words an edit may span between two seeds of one passage
MAX_SHIFT = 5  # net insertion/deletion allowed between two consecutive seeds
MIN_PIECE = SEED_N + 1  # at least two overlapping seeds: a chain, not a stray phrase
MAX_POSITIONS = 8  # a seed repeated more often in one source is boilerplate
_TRAILING = set(".,;:!?\"'’”)]")


@dataclass(slots=True)
class Match:
    """One aligned passage, in word indices (end exclusive) on both sides."""

    q_start: int
    q_end: int
    s_start: int
    s_end: int
    matched: int  # query words covered by exact seeds: the passage's evidence


def similar(a: str, b: str) -> bool:
    """Same folded word, or a near-identical spelling of a longer word."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and Levenshtein.normalized_similarity(a, b) >= 0.75


def _seeds(q: Tokens, s: Tokens) -> list[tuple[int, int]]:
    positions: dict[int, list[int]] = {}
    for j, h in enumerate(s.hashes(SEED_N)):
        positions.setdefault(h, []).append(j)
    out = []
    for i, h in enumerate(q.hashes(SEED_N)):
        hits = positions.get(h)
        if hits and len(hits) <= MAX_POSITIONS:
            out.extend((i, j) for j in hits)
    return out


def _chain(seeds: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group seeds that follow one another on (nearly) the same diagonal."""
    chains: list[list[tuple[int, int]]] = []
    for i, j in sorted(seeds):
        best, best_cost = None, None
        for chain in chains:
            li, lj = chain[-1]
            di, dj = i - li, j - lj
            if 0 < di <= MAX_GAP + SEED_N and 0 < dj <= MAX_GAP + SEED_N:
                cost = abs(di - dj)
                if cost <= MAX_SHIFT and (best_cost is None or cost < best_cost):
                    best, best_cost = chain, cost
        if best is None:
            chains.append([(i, j)])
        else:
            best.append((i, j))
    return chains


def _extend(q: list[str], s: list[str], qa: int, sa: int, qb: int, sb: int) -> tuple[int, ...]:
    """Grow [qa, qb) x [sa, sb) outwards while words match (one substitution tolerated)."""
    while True:
        if qa > 0 and sa > 0 and similar(q[qa - 1], s[sa - 1]):
            qa, sa = qa - 1, sa - 1
        elif qa > 2 and sa > 2 and all(similar(q[qa - k], s[sa - k]) for k in (2, 3)):
            qa, sa = qa - 3, sa - 3
        else:
            break
    while True:
        if qb < len(q) and sb < len(s) and similar(q[qb], s[sb]):
            qb, sb = qb + 1, sb + 1
        elif (
            qb + 2 < len(q)
            and sb + 2 < len(s)
            and all(similar(q[qb + k], s[sb + k]) for k in (1, 2))
        ):
            qb, sb = qb + 3, sb + 3
        else:
            break
    return qa, sa, qb, sb


def align(q: Tokens, s: Tokens, min_words: int = MIN_PIECE) -> list[Match]:
    """Aligned pieces of `s` found in `q`, in article order (callers merge and filter)."""
    matches = []
    for chain in _chain(_seeds(q, s)):
        covered: set[int] = set()
        for i, _ in chain:
            covered.update(range(i, i + SEED_N))
        if len(covered) < min_words:
            continue
        qa, sa = chain[0]
        qb, sb = chain[-1][0] + SEED_N, chain[-1][1] + SEED_N
        qa, sa, qb, sb = _extend(q.words, s.words, qa, sa, qb, sb)
        matches.append(Match(qa, qb, sa, sb, len(covered)))
    matches.sort(key=lambda m: m.q_start)
    return matches


def char_span(tokens: Tokens, text: str, start: int, end: int) -> tuple[int, int]:
    """Word span to character span, keeping closing punctuation that ends the passage."""
    a, b = tokens.starts[start], tokens.ends[end - 1]
    while b < len(text) and text[b] in _TRAILING:
        b += 1
    return a, b
