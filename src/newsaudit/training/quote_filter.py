"""Training the quote filter (`newsaudit.extractors.quote_filter`): rows are the rule
candidates, labelled by the evaluation's own matching against the gold relations."""

from __future__ import annotations

from collections.abc import Iterable

from newsaudit.document import Document
from newsaudit.evaluation.quotes import correct_quotes
from newsaudit.extractors.quote_cues import CueModel
from newsaudit.extractors.quote_filter import DEFAULT_THRESHOLD, MIN_WEIGHT, QuoteFilter
from newsaudit.extractors.quotes import quotes_with_features
from newsaudit.extractors.speaker_ranker import SpeakerRanker
from newsaudit.findings import Structure
from newsaudit.training.quote_cues import fit_sparse_logistic


def train_quote_filter(
    rows: list[list[str]], labels: list[int], c: float = 0.5, threshold: float = DEFAULT_THRESHOLD
) -> tuple[QuoteFilter, dict]:
    """Fit the logistic regression on candidate rows labelled by the gold relations."""
    weights, bias = fit_sparse_logistic(rows, labels, c, max_iter=3000, min_weight=MIN_WEIGHT)
    stats = {"rows": len(rows), "kept": int(sum(labels)), "features": len(weights), "C": c}
    return QuoteFilter(weights, bias, threshold), stats


def filter_rows(
    examples: Iterable[tuple[str, Document, list[dict]]],
    cue_model: CueModel | None,
    ranker: SpeakerRanker | None = None,
) -> tuple[list[list[str]], list[int]]:
    """Candidate rows and labels: every rule candidate of each (text, Document, gold) example,
    its speaker picked as at run time."""
    rows: list[list[str]] = []
    labels: list[int] = []
    for text, doc, gold in examples:
        scored = quotes_with_features(doc, Structure(), cue_model, ranker)
        rows.extend(features for _, features in scored)
        labels.extend(int(ok) for ok in correct_quotes(text, [q for q, _ in scored], gold))
    return rows, labels
