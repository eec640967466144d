"""A learned detector of attribution cues, to widen the hand-written verb lexicon.

PolNeAR-style attribution is broad ("slammed", "is featured in", "wants", "focuses on"), far
beyond any lexicon. A logistic regression over spaCy features (lemma, part of speech,
dependency label, the dependents a token has) scores each candidate token as the head of a
cue. The artifact is plain JSON (feature weights), so loading it needs no pickle and scoring
needs no scikit-learn: a dot product over a few dozen features per token.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from newsaudit.document import Document
from newsaudit.models.registry import shipped_text
from newsaudit.spans import Span

CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
ARTIFACT = "quotes_cues.json"
FORMAT = "newsaudit-quote-cues/1"
DEFAULT_THRESHOLD = 0.5
MIN_WEIGHT = 0.01  # smaller weights change no decision worth the artifact size


def is_candidate(token) -> bool:
    return token.pos_ in CANDIDATE_POS or token.lower_ == "according"


def token_features(token, in_quote: bool) -> list[str]:
    """Binary features of one token; names are strings so the model is a plain dictionary."""
    lemma = token.lemma_.lower()
    children = {c.dep_ for c in token.children}
    doc = token.doc
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "<end>"
    prev = doc[token.i - 1].lower_ if token.i > 0 else "<start>"
    feats = [
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"head_pos={token.head.pos_}",
        f"head_dep={token.head.dep_}",
        f"next={nxt}",
        f"prev={prev}",
        f"quote={in_quote}",
        f"lemma_quote={lemma}|{in_quote}",
        f"lemma_dep={lemma}|{token.dep_}",
        f"lemma_tag={lemma}|{token.tag_}",
        f"head_lemma={token.head.lemma_.lower()}",
        f"lemma_next={lemma}|{nxt}",
    ]
    for dep in children:
        feats.append(f"child={dep}")
        feats.append(f"lemma_child={lemma}|{dep}")
    for child in token.children:
        if child.dep_ in ("prep", "prt", "dative", "agent"):
            feats.append(f"lemma_childword={lemma}|{child.lower_}")
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        feats.append(f"subj_ent={subject.ent_type_ or subject.pos_}")
    return feats


def quote_mask(doc: Document, regions: list[Span] | None = None) -> list[bool]:
    """Per-token flag: inside quote marks (cues there belong to the quoted speaker)."""
    from newsaudit.extractors.quote_marks import quoted_regions

    mask = [False] * len(doc.doc)
    if regions is None:
        regions = quoted_regions(doc.text, doc.paragraphs)
    for region in regions:
        span = doc.doc.char_span(region.start, region.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


def sparse_logistic(weights: dict[str, float], bias: float, features: Iterable[str]) -> float:
    """Logistic score of named binary features (the cue model's and the quote filter's)."""
    score = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def linear_model_json(
    fmt: str,
    meta: dict,
    weights: dict[str, float],
    bias: float,
    threshold: float,
    *,
    indent: int | None = None,
    **extra,
) -> str:
    """A sparse logistic model as a JSON artifact: format tag, meta, threshold, bias, weights."""
    payload = {
        "format": fmt,
        "meta": meta,
        "threshold": threshold,
        "bias": bias,
        "weights": weights,
        **extra,
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=indent)


def linear_model_payload(text: str, fmt: str) -> dict:
    """The fields of an artifact written by `linear_model_json`; ValueError for another format."""
    payload = json.loads(text)
    if payload.get("format") != fmt:
        raise ValueError(f"not a {fmt} artifact")
    return payload


@dataclass(frozen=True)
class SparseLogistic:
    """A sparse logistic model stored as JSON (`linear_model_json`): the quote filter's and the
    quantity verdict's shape; a subclass names its artifact format in ``FORMAT``."""

    weights: dict[str, float]
    bias: float
    threshold: float = DEFAULT_THRESHOLD
    FORMAT: ClassVar[str] = ""

    def probability(self, features: Iterable[str]) -> float:
        return sparse_logistic(self.weights, self.bias, features)

    def to_json(self, meta: dict) -> str:
        return linear_model_json(
            self.FORMAT, meta, self.weights, self.bias, self.threshold, indent=0
        )

    @classmethod
    def from_json(cls, text: str):
        payload = linear_model_payload(text, cls.FORMAT)
        return cls(payload["weights"], payload["bias"], payload["threshold"])


@dataclass(frozen=True, slots=True)
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float = DEFAULT_THRESHOLD
    lemmas: frozenset[str] = frozenset()  # lemmas seen heading a cue in training: the only
    # tokens scored at run time, which keeps scoring to ~1 ms per article

    def probability(self, features: Iterable[str]) -> float:
        return sparse_logistic(self.weights, self.bias, features)

    def cue_tokens(self, doc: Document, regions: list[Span] | None = None) -> set[int]:
        """Indices of tokens the model takes as cue heads (``regions``: quoted regions)."""
        return {i for i, p in self.scores(doc, regions).items() if p >= self.threshold}

    def scores(self, doc: Document, regions: list[Span] | None = None) -> dict[int, float]:
        """Cue probability of every scored token (the quote filter reads them too)."""
        mask = quote_mask(doc, regions)
        lemmas = self.lemmas
        return {
            t.i: self.probability(token_features(t, mask[t.i]))
            for t in doc.doc
            if (not lemmas or t.lemma_.lower() in lemmas) and is_candidate(t)
        }

    def to_json(self, meta: dict) -> str:
        return linear_model_json(
            FORMAT, meta, self.weights, self.bias, self.threshold, lemmas=sorted(self.lemmas)
        )

    @classmethod
    def from_json(cls, text: str) -> CueModel:
        payload = linear_model_payload(text, FORMAT)
        lemmas = frozenset(payload.get("lemmas", ()))
        return cls(payload["weights"], payload["bias"], payload["threshold"], lemmas)


@lru_cache(maxsize=1)
def load_cue_model() -> CueModel | None:
    """The shipped model, or None (the extractor then uses its lexicon only)."""
    text = shipped_text(ARTIFACT)
    return None if text is None else CueModel.from_json(text)
