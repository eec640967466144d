"""Clickbait headlines: how much a headline reads like bait rather than news.

A lexical model, because clickbait is mostly a matter of form ("You won't believe", "17 things",
second person, no named subject) and lexical models are fast, small and offline: hashed TF-IDF
word 1-3-grams and character 1-5-grams (case kept: news headlines are title-cased, bait often is
too, but proper nouns are the tell) plus a few shape features, scored by a logistic regression.
Trained on Chakraborty et al. (2016). The artifact is a plain ``.npz`` (weights and IDF; the
hashing vectorisers are stateless): no pickle.

``probability(headlines)`` returns P(clickbait) from the logistic link: ranked well, and close
to calibrated on in-domain held-out headlines (see docs/models/clickbait.md).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsaudit.errors import NewsauditError
from newsaudit.models.registry import artifact_path

ARTIFACT = Path(__file__).resolve().parents[1] / "artifacts" / "clickbait.npz"
TRAIN_COMMAND = "newsaudit train clickbait --data ../shared/data/clickbait --out " + str(
    Path("src/newsaudit/artifacts/clickbait.npz")
)
FILES = {1: "clickbait_data.gz", 0: "non_clickbait_data.gz"}
WORD_BITS = 18
CHAR_BITS = 19
THRESHOLD = 0.5
_NUMBER_START = re.compile(r"^\W*\d+\b")
_SECOND_PERSON = re.compile(r"\b(you|your|you're|yourself)\b", re.I)


@dataclass(frozen=True, slots=True)
class Settings:
    """Hyper-parameters, fixed up front (regularisation chosen by CV on the training part)."""

    c: float = 20.0


# --------------------------------------------------------------------------- data


def read_lines(path: Path) -> list[str]:
    """One headline per line (gzip or plain text), blank lines dropped."""
    opener = gzip.open if str(path).endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            return [line.strip() for line in handle if line.strip()]
    except OSError as error:
        raise NewsauditError(f"cannot read {path}: {error}") from error


def read_folder(folder: Path) -> tuple[list[str], list[int]]:
    """Headlines and labels (1 = clickbait) from the two-file format."""
    texts: list[str] = []
    labels: list[int] = []
    for label, name in FILES.items():
        path = Path(folder) / name
        if not path.exists():
            raise NewsauditError(f"{path} not found (expected {' and '.join(FILES.values())})")
        lines = read_lines(path)
        texts += lines
        labels += [label] * len(lines)
    return texts, labels


def is_heldout(headline: str, share: float = 0.2) -> bool:
    """Deterministic 20% hold-out by a hash of the normalised headline."""
    key = " ".join(headline.lower().split())
    digest = hashlib.sha1(f"clickbait:{key}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def split(texts: Sequence[str], labels: Sequence[int], which: str):
    """``all``, ``train`` (not held out) or ``heldout`` rows."""
    if which == "all":
        return list(texts), list(labels)
    keep = [is_heldout(t) == (which == "heldout") for t in texts]
    return (
        [t for t, k in zip(texts, keep, strict=True) if k],
        [y for y, k in zip(labels, keep, strict=True) if k],
    )


# --------------------------------------------------------------------------- features


@lru_cache(maxsize=1)
def _hashers():
    from newsaudit.models.hashing import TextHasher

    word = TextHasher(
        n_features=2**WORD_BITS,
        ngram_range=(1, 3),
        lowercase=True,
        alternate_sign=False,
        norm=None,
        token_pattern=r"(?u)\b\w+\b",
    )
    char = TextHasher(
        n_features=2**CHAR_BITS,
        analyzer="char_wb",
        ngram_range=(1, 5),
        lowercase=False,
        alternate_sign=False,
        norm=None,
    )
    return word, char


def shape_features(headline: str) -> list[float]:
    tokens = headline.split()
    capitalised = sum(t[:1].isupper() for t in tokens) / max(len(tokens), 1)
    return [
        float(bool(_NUMBER_START.search(headline))),
        float(bool(_SECOND_PERSON.search(headline))),
        float(headline.rstrip().endswith("?")),
        float(headline.rstrip().endswith("!")),
        capitalised,
        min(len(tokens), 30) / 30,
    ]


def counts(headlines: Sequence[str]):
    """Raw hashed counts (word block, then char block), sparse."""
    from scipy.sparse import hstack

    word, char = _hashers()
    texts = list(headlines)
    return hstack([word.transform(texts), char.transform(texts)]).tocsr()


def fit_idf(matrix) -> np.ndarray:
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    return (np.log((1 + matrix.shape[0]) / (1 + df)) + 1).astype(np.float32)


def design(headlines: Sequence[str], idf: np.ndarray):
    """TF-IDF rows (sublinear, L2 per block) with the shape features appended."""
    from scipy.sparse import csr_matrix, hstack

    from newsaudit.models.hashing import l2_rows

    raw = counts(headlines)
    raw.data = np.log1p(raw.data)
    weighted = raw.multiply(idf).tocsr()
    split_at = 2**WORD_BITS
    word = l2_rows(weighted[:, :split_at])
    char = l2_rows(weighted[:, split_at:])
    shape = csr_matrix(np.array([shape_features(h) for h in headlines], dtype=np.float32))
    return hstack([word, char, shape]).tocsr()


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class Model:
    coef: np.ndarray
    intercept: float
    idf: np.ndarray
    meta: dict

    def probability(self, headlines: Sequence[str]) -> np.ndarray:
        if not headlines:
            return np.zeros(0)
        z = design(headlines, self.idf) @ self.coef + self.intercept
        return 1 / (1 + np.exp(-np.asarray(z, dtype=np.float64)))

    def save(self, path: Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            np.savez_compressed(
                handle,
                coef=self.coef.astype(np.float32),
                intercept=np.float64(self.intercept),
                idf=self.idf.astype(np.float16),
                meta=np.array(json.dumps(self.meta, sort_keys=True)),
            )

    @classmethod
    def load(cls, path: Path) -> Model:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                data["coef"].astype(np.float32),
                float(data["intercept"]),
                data["idf"].astype(np.float32),
                json.loads(str(data["meta"])),
            )


def train(
    texts: Sequence[str], labels: Sequence[int], settings: Settings = Settings(), seed: int = 0
) -> Model:
    """Fit IDF and a logistic regression on the given headlines."""
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) != 2:
        raise NewsauditError("clickbait training needs both clickbait and normal headlines")
    idf = fit_idf(counts(texts))
    idf = idf.astype(np.float16).astype(np.float32)  # what the artifact will hold
    x = design(texts, idf)
    model = LogisticRegression(C=settings.c, solver="liblinear", max_iter=1000, random_state=seed)
    model.fit(x, np.asarray(labels))
    meta = {
        "settings": asdict(settings),
        "seed": seed,
        "headlines": len(texts),
        "clickbait": int(sum(labels)),
    }
    return Model(model.coef_[0].astype(np.float32), float(model.intercept_[0]), idf, meta)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model:
    """The shipped (or given) artifact, loaded once per process."""
    return Model.load(artifact_path(path, ARTIFACT, "clickbait", TRAIN_COMMAND))


def probability(headlines: list[str]) -> list[float]:
    """P(clickbait) for each headline, in [0, 1]."""
    return [float(p) for p in load_model().probability(headlines)]


def metrics(labels: Sequence[int], scores: Sequence[float]) -> dict:
    """Accuracy and F1 at THRESHOLD, ROC-AUC, and the number of headlines."""
    from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

    y = np.asarray(labels)
    predicted = (np.asarray(scores) >= THRESHOLD).astype(int)
    auc = float(roc_auc_score(y, scores)) if len(set(y.tolist())) == 2 else None
    return {
        "accuracy": round(float(accuracy_score(y, predicted)), 4),
        "f1": round(float(f1_score(y, predicted, zero_division=0)), 4),
        "roc_auc": None if auc is None else round(auc, 4),
        "n": len(y),
    }
