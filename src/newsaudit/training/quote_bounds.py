"""Training the boundary model (`newsaudit.extractors.quote_bounds`): for every kept quote of
a training document that the evaluation pairs with a gold attribution, one group per role
and side, labelled 1 at the candidate whose trimmed boundary is the gold one's."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsaudit.document import Document
from newsaudit.evaluation.quotes import gold_fragments, matched_gold
from newsaudit.extractors.quote_bounds import (
    ROLES,
    SIDES,
    BoundaryModel,
    Tokens,
    candidates,
    trimmed,
)
from newsaudit.findings import Quote
from newsaudit.models.sparse_ranker import fit_sparse_ranker

Groups = dict[tuple[str, str], list[tuple[list[list[str]], list[int]]]]


def _position(doc: Document, k: int, side: str) -> int:
    token = doc.doc[k]
    start, end = trimmed(doc.text, token.idx, token.idx + len(token.text))
    return start if side == "start" else end


def boundary_groups(
    examples: Iterable[tuple[str, Document, list[dict]]],
    kept: Callable[[Document], list[tuple[Quote, str]]],
    keys: Iterable[tuple[str, str]] = tuple((r, s) for r in ROLES for s in SIDES),
) -> Groups:
    """Training groups per (role, side) in ``keys``, from the kept quotes of each document
    with the rule that made each. A group whose gold boundary is no candidate teaches
    nothing and is left out."""
    groups: Groups = {key: [] for key in keys}
    roles = tuple(dict.fromkeys(r for r, _ in groups))
    for text, doc, gold in examples:
        found = kept(doc)
        quotes = [q for q, _ in found]
        tokens = Tokens(doc.doc, doc.text)
        for (quote, rule), j in zip(found, matched_gold(text, quotes, gold), strict=True):
            if j is None:
                continue
            for role in roles:
                pieces = gold_fragments(gold[j], role)
                if not pieces:
                    continue
                wanted = trimmed(text, min(a for a, _ in pieces), max(b for _, b in pieces))
                for side, target in zip(SIDES, wanted, strict=True):
                    if (role, side) not in groups:
                        continue
                    choice = candidates(doc, quote, role, side, tokens, rule)
                    if choice is None or len(choice.tokens) < 2:
                        continue
                    labels = [int(_position(doc, k, side) == target) for k in choice.tokens]
                    if any(labels):
                        groups[role, side].append((choice.rows, labels))
    return groups


def train_boundary_model(
    groups: Groups, rounds: int = 40, learning_rate: float = 0.25, min_count: int = 3
) -> tuple[BoundaryModel, dict]:
    """One lambdarank model per (role, side) with any groups."""
    rankers = {}
    stats: dict = {"rounds": rounds, "learning_rate": learning_rate, "min_count": min_count}
    for key, rows in groups.items():
        if not rows:
            continue
        rankers[key] = fit_sparse_ranker(rows, rounds, learning_rate, min_count=min_count)
        moved = sum(1 for _, labels in rows if not labels[0])
        stats["/".join(key)] = {
            "groups": len(rows),
            "candidates": sum(len(r) for r, _ in rows),
            "rules_wrong": moved,
            "features": len(rankers[key].vocabulary),
        }
    return BoundaryModel(rankers, dict(stats)), stats
