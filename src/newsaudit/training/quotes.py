"""Fitting the three quote models together, and cross-validating the whole extractor.

`train_models` fits the cue detector, the speaker ranker and the quote filter on a set of
documents, the filter on cross-fitted candidates (each half of the documents seen through
models fitted on the other half, since a cue model scores its own training documents too
well). `cross_validate` runs that per fold of the non-final documents (the fold is the
unsalted bucket `sha256(doc_id) % 5`, so fold 0 is the development part) and scores each
fold with models that never saw it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from newsaudit.document import Document
from newsaudit.evaluation.quotes import correct_quotes, new_tallies, score_document, summarise
from newsaudit.evaluation.splits import bucket_of, split_of
from newsaudit.extractors.quote_bounds import BoundaryModel
from newsaudit.extractors.quote_cues import CueModel
from newsaudit.extractors.quote_filter import QuoteFilter, rule_of
from newsaudit.extractors.quotes import extract_quotes_with, quotes_with_features
from newsaudit.extractors.speaker_ranker import SpeakerRanker
from newsaudit.findings import Quote, Structure
from newsaudit.training.quote_bounds import boundary_groups, train_boundary_model
from newsaudit.training.quote_cues import train_cue_model
from newsaudit.training.quote_filter import filter_rows, train_quote_filter
from newsaudit.training.speaker_ranker import speaker_groups, train_speaker_ranker

# doc_id, text, parsed document, gold relations
Example = tuple[str, str, Document, list[dict]]


@dataclass(frozen=True, slots=True)
class Settings:
    """The chosen values (docs/models/quotes.md says on what they were chosen)."""

    c: float = 0.5
    cue_threshold: float = 0.3
    filter_c: float = 0.3
    filter_threshold: float = 0.35
    # the boundaries the boundary model moves: the content's end and the source's gained
    # next to nothing on the inner bucket for most of the cost (docs/models/quotes.md)
    bound_keys: tuple[tuple[str, str], ...] = (
        ("cue", "start"),
        ("cue", "end"),
        ("content", "start"),
    )


@dataclass(slots=True)
class QuoteModels:
    cues: CueModel
    ranker: SpeakerRanker
    filter: QuoteFilter
    stats: dict = field(default_factory=dict)
    bounds: BoundaryModel | None = None


def half_of(doc_id: str) -> int:
    """Two halves of the documents for cross-fitting, independent of the bucket rule."""
    digest = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    return (digest // 5) % 2


def _refuse_final(examples: list[Example]) -> None:
    final = [i for i, _, _, _ in examples if split_of(i) == "final"]
    if final:
        raise ValueError(f"{len(final)} documents of the final part given for fitting")


def _cues(examples: Iterable[Example], settings: Settings) -> tuple[CueModel, dict]:
    model, stats = train_cue_model(((d, g) for _, _, d, g in examples), c=settings.c)
    return replace(model, threshold=settings.cue_threshold), stats


def _ranker(examples: list[Example], cues: CueModel) -> tuple[SpeakerRanker, dict]:
    return train_speaker_ranker(speaker_groups(((t, d, g) for _, t, d, g in examples), cues))


def cross_fitted_rows(examples: list[Example], settings: Settings) -> tuple[list, list]:
    """Filter rows for each half, from a cue model and ranker fitted on the other half."""
    rows: list = []
    labels: list = []
    for half in (0, 1):
        fit = [e for e in examples if half_of(e[0]) != half]
        cues, _ = _cues(fit, settings)
        ranker, _ = _ranker(fit, cues)
        held = [(t, d, g) for i, t, d, g in examples if half_of(i) == half]
        more_rows, more_labels = filter_rows(held, cues, ranker)
        rows += more_rows
        labels += more_labels
    return rows, labels


def train_models(examples: list[Example], settings: Settings = Settings()) -> QuoteModels:
    """The three models fitted on ``examples`` (never the final part)."""
    _refuse_final(examples)
    cues, cue_stats = _cues(examples, settings)
    ranker, ranker_stats = _ranker(examples, cues)
    rows, labels = cross_fitted_rows(examples, settings)
    quote_filter, filter_stats = train_quote_filter(
        rows, labels, settings.filter_c, settings.filter_threshold
    )
    stats = {
        "cues": {**cue_stats, "threshold": settings.cue_threshold},
        "filter": {**filter_stats, "cue_threshold": settings.cue_threshold},
        "speakers": {**ranker_stats, "cue_threshold": settings.cue_threshold},
    }
    return QuoteModels(cues, ranker, quote_filter, stats)


def train_models_and_bounds(
    examples: list[Example], settings: Settings = Settings()
) -> QuoteModels:
    """`train_models`, then the boundary model on the kept quotes of the same documents."""
    models = train_models(examples, settings)
    groups = boundary_groups(
        ((t, d, g) for _, t, d, g in examples),
        lambda doc: [(q, rule) for q, _, rule in kept_candidates(doc, models)],
        settings.bound_keys,
    )
    models.bounds, models.stats["bounds"] = train_boundary_model(groups)
    return models


Extractor = Callable[[Document, QuoteModels], list[tuple[Quote, float]]]


def kept_candidates(doc: Document, models: QuoteModels) -> list[tuple[Quote, float, str]]:
    """The quotes the filter keeps, each with its probability and the rule that made it."""
    out = []
    for quote, features in quotes_with_features(doc, Structure(), models.cues, models.ranker):
        probability = models.filter.probability(features)
        if probability >= models.filter.threshold:
            out.append((quote, probability, rule_of(features)))
    return out


def shipped_quotes(doc: Document, models: QuoteModels) -> list[tuple[Quote, float]]:
    """The extractor exactly as `analyze` runs it, each quote with its confidence."""
    quotes = extract_quotes_with(
        doc, Structure(), models.cues, models.filter, models.ranker, models.bounds
    )
    return [(q, q.confidence if q.confidence is not None else 1.0) for q in quotes]


def cross_validate(
    examples: list[Example],
    settings: Settings = Settings(),
    folds: Iterable[int] = range(5),
    extractors: dict[str, Extractor] | None = None,
    fit: Callable[[list[Example], Settings], QuoteModels] = train_models_and_bounds,
) -> dict[str, dict]:
    """Per extractor: scores per fold and pooled, each fold scored by models fitted on the
    others (one fit per fold serves every extractor).

    Also returns, for calibration, every kept quote's probability and whether it is right
    (the filter's own label: matched to a gold relation and covering half its content)."""
    _refuse_final(examples)
    extractors = extractors or {"shipped": shipped_quotes}
    pooled = {name: new_tallies() for name in extractors}
    per_fold: dict[str, dict] = {name: {} for name in extractors}
    calibration: dict[str, list[tuple[float, int]]] = {name: [] for name in extractors}
    for fold in folds:
        held = [e for e in examples if bucket_of(e[0]) == fold]
        if not held:
            continue
        models = fit([e for e in examples if bucket_of(e[0]) != fold], settings)
        for name, extract in extractors.items():
            tallies = new_tallies()
            for _, text, doc, gold in held:
                scored = extract(doc, models)
                quotes = [q for q, _ in scored]
                for target in (tallies, pooled[name]):
                    score_document(text, quotes, gold, target)
                right = correct_quotes(text, quotes, gold)
                calibration[name] += [
                    (p, int(ok)) for (_, p), ok in zip(scored, right, strict=True)
                ]
            per_fold[name][fold] = summarise(tallies, len(held), f"fold {fold}")
    out = {}
    for name in extractors:
        documents = sum(f["documents"] for f in per_fold[name].values())
        out[name] = {
            "pooled": summarise(pooled[name], documents, "cv"),
            "folds": per_fold[name],
            "calibration": calibration[name],
        }
    return out
