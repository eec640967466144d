"""Training the span tagger (`newsaudit.extractors.quote_spans`): one sequence per kept quote
that the evaluation's matching pairs with a gold relation, the gold relation's roles as tags."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable

from newsaudit.document import Document
from newsaudit.evaluation.quotes import gold_fragments, matched_gold
from newsaudit.extractors.quote_spans import (
    SpanTagger,
    _tags_of,
    quote_roles,
    sequence_features,
    window,
)
from newsaudit.findings import Quote

# per document: the kept quotes with the rule that made each
Candidates = Callable[[Document], list[tuple[Quote, str]]]


def span_sequences(
    examples: Iterable[tuple[str, Document, list[dict]]], candidates: Candidates
) -> tuple[list[list[list[str]]], list[list[str]]]:
    """Feature sequences and gold tag sequences for the matched quotes of each document."""
    features: list[list[list[str]]] = []
    tags: list[list[str]] = []
    for text, doc, gold in examples:
        kept = candidates(doc)
        quotes = [q for q, _ in kept]
        for (quote, rule), j in zip(kept, matched_gold(text, quotes, gold), strict=True):
            if j is None or quote.cue is None:
                continue
            roles = quote_roles(quote)
            tokens = window(doc, roles)
            if tokens is None:
                continue
            wanted = {r: gold_fragments(gold[j], r) for r in ("source", "cue", "content")}
            features.append(sequence_features(tokens, roles, rule))
            tags.append(_tags_of(tokens, wanted))
    return features, tags


def train_span_tagger(
    features: list[list[list[str]]],
    tags: list[list[str]],
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 100,
    min_freq: int = 2,
) -> tuple[SpanTagger, dict]:
    """Fit the CRF (L-BFGS, elastic net) and return it as bytes with its settings."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(features, tags, strict=True):
        trainer.append(x, y)
    params = {
        "c1": c1,
        "c2": c2,
        "max_iterations": iterations,
        "feature.minfreq": min_freq,
        "feature.possible_transitions": True,
    }
    trainer.set_params(params)
    handle, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(handle)
    try:
        trainer.train(path)
        with open(path, "rb") as model:
            data = model.read()
    finally:
        os.unlink(path)
    stats = {
        "sequences": len(tags),
        "tokens": sum(len(t) for t in tags),
        **{k: v for k, v in params.items() if not k.startswith("feature.")},
        "min_freq": min_freq,
        "bytes": len(data),
    }
    return SpanTagger(data, stats), stats
