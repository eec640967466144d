"""Training the quantity verdict (`newsaudit.extractors.quantities.verdict`).

Rows are the rules' readings on a sample labelled blind: a reading over spans labelled only
``none`` is one to withdraw, a reading over any labelled quantity one to keep, and a reading
over no labelled span (a word the labellers do not label, such as "many") is left out. Folds
are whole sites (the host of the page's URL, else the page), so a page's repeated names (a list
of game titles, a run of footnote marks) and a site's boilerplate never sit on both sides of a
fold.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from newsaudit.document import Document
from newsaudit.evaluation.quantity_labels import (
    LabelRow,
    by_page,
    labelled_articles,
    read_label_rows,
    reading_right,
)
from newsaudit.evaluation.real_pages import DEFAULT_ROOT
from newsaudit.extractors.quantities.verdict import (
    MIN_WEIGHT,
    QuantityVerdict,
    apply_verdict,
    asks_verdict,
    reading_features,
)
from newsaudit.findings import Quantity
from newsaudit.training.quote_cues import fit_sparse_logistic

FOLDS = 5


@dataclass(slots=True)
class LabelledPage:
    page: str
    sample: str  # the label file's name
    site: str  # the fold unit
    doc: Document
    rows: list[LabelRow]
    readings: list[Quantity]  # the rules' readings, no verdict applied
    features: list[list[str]]  # one list per reading


def labelled_pages(paths: Iterable[Path], root: Path = DEFAULT_ROOT) -> list[LabelledPage]:
    """Each labelled page parsed once, with the rules' readings and their features."""
    from newsaudit.document import build_document
    from newsaudit.extractors.quantities import extract_quantities
    from newsaudit.extractors.structure import extract_structure

    paths = list(paths)
    read = [(path.name, row) for path in paths for row in read_label_rows(path)]
    sample = {row.page: name for name, row in read}
    rows = by_page([row for _, row in read])
    pages = []
    for page_id, article in labelled_articles(set(rows), root):
        doc = build_document(article)
        readings = extract_quantities(doc, extract_structure(doc), learned=False)
        features = [reading_features(doc, q) for q in readings]
        site = urlparse(article.url or "").netloc.removeprefix("www.") or page_id
        pages.append(
            LabelledPage(page_id, sample[page_id], site, doc, rows[page_id], readings, features)
        )
    return pages


def reading_label(reading: Quantity, rows: list[LabelRow]) -> int | None:
    """1 to withdraw (only ``none`` spans under it), 0 to keep, None when no span is labelled."""
    under = [r for r in rows if r.start < reading.span.end and reading.span.start < r.end]
    if not under:
        return None
    return int(all(r.kind == "none" for r in under))


def verdict_rows(pages: Iterable[LabelledPage]) -> tuple[list[list[str]], list[int]]:
    rows, labels = [], []
    for page in pages:
        for reading, features in zip(page.readings, page.features, strict=True):
            label = reading_label(reading, page.rows)
            if label is not None and asks_verdict(page.doc, reading):
                rows.append(features)
                labels.append(label)
    return rows, labels


def fit_verdict(pages: list[LabelledPage], c: float, threshold: float) -> QuantityVerdict:
    rows, labels = verdict_rows(pages)
    weights, bias = fit_sparse_logistic(rows, labels, c, max_iter=3000, min_weight=MIN_WEIGHT)
    return QuantityVerdict(weights, bias, threshold)


def page_score(page: LabelledPage, verdict: QuantityVerdict | None) -> int:
    """Labelled spans read right once the verdict has withdrawn what it withdraws."""
    kept = apply_verdict(page.doc, page.readings, verdict)
    return sum(reading_right(row, kept) for row in page.rows)


def fold_of(site: str) -> int:
    return int(hashlib.sha256(site.encode()).hexdigest()[:8], 16) % FOLDS


def cross_validate(
    pages: list[LabelledPage], cs: Iterable[float], thresholds: Iterable[float]
) -> dict:
    """Labelled spans read right on held-out pages, for each (C, threshold), against the rules
    alone, per label file: every page is scored by a verdict fitted on the pages of the other
    folds' sites."""
    cs, thresholds = list(cs), list(thresholds)
    samples = sorted({p.sample for p in pages})
    right = {(s, c, t): 0 for s in samples for c in cs for t in thresholds}
    for fold in range(FOLDS):
        train = [p for p in pages if fold_of(p.site) != fold]
        test = [p for p in pages if fold_of(p.site) == fold]
        for c in cs:
            fitted = fit_verdict(train, c, 0.5)
            for t in thresholds:
                verdict = QuantityVerdict(fitted.weights, fitted.bias, t)
                for p in test:
                    right[(p.sample, c, t)] += page_score(p, verdict)
    out = {}
    for sample in samples:
        mine = [p for p in pages if p.sample == sample]
        total = sum(len(p.rows) for p in mine)
        out[sample] = {
            "pages": len(mine),
            "labelled": total,
            "rules_alone": round(sum(page_score(p, None) for p in mine) / total, 4),
            "with_verdict": {
                f"C={c} t={t}": round(right[(sample, c, t)] / total, 4)
                for c in cs
                for t in thresholds
            },
        }
    return out
