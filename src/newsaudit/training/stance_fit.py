"""Fitting the stance model on FNC-1 pairs: hyper-parameters, the booster, the temperature.

``train`` builds the ``newsaudit.models.stance.Model`` artifact: IDF, distilled pieces,
LightGBM multi-class booster, and a softmax temperature fitted on a by-body calibration split.
The settings travel inside the artifact's ``meta`` dict, where the runtime model reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from newsaudit.errors import NewsauditError
from newsaudit.models.stance import (
    FEATURES_VERSION,
    LABELS,
    Model,
    Pair,
    distil_pieces,
    feature_matrix,
    fit_idf,
    softmax,
    static_embedder,
)
from newsaudit.training.fnc_data import is_heldout


@dataclass(frozen=True, slots=True)
class Settings:
    """Hyper-parameters, fixed before the held-out bodies were scored."""

    rounds: int = 300
    learning_rate: float = 0.1
    num_leaves: int = 31
    min_data_in_leaf: int = 20
    feature_fraction: float = 0.3
    bagging_fraction: float = 0.8
    lambda_l2: float = 1.0
    max_bin: int = 63
    calibration_share: float = 0.15  # share of training bodies used to fit the temperature
    refit: bool = False  # refit on all training bodies after calibration (twice the time)
    threads: int = 1  # OpenMP threads spin on a shared machine: one is faster there
    columns: int = 0  # use only the first N features (0: all; 53 drops the vector products)
    disagree_weight: float = 1.0  # sample weight of "disagree" pairs (the rarest class)


def fit_temperature(raw: np.ndarray, labels: np.ndarray) -> float:
    """The temperature that minimises log-loss on held-apart scores (grid search)."""
    grid = np.exp(np.linspace(np.log(0.5), np.log(3.0), 61))
    rows = np.arange(len(labels))
    losses = [-np.log(softmax(raw / t)[rows, labels] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(losses))])


def boost(x: np.ndarray, y: np.ndarray, settings: Settings, seed: int, rounds: int):
    """A deterministic LightGBM multi-class booster on (x, y), "disagree" rows weighted."""
    import lightgbm

    params = {
        "objective": "multiclass",
        "num_class": len(LABELS),
        "verbosity": -1,
        "learning_rate": settings.learning_rate,
        "num_leaves": settings.num_leaves,
        "min_data_in_leaf": settings.min_data_in_leaf,
        "feature_fraction": settings.feature_fraction,
        "bagging_fraction": settings.bagging_fraction,
        "bagging_freq": 1,
        "lambda_l2": settings.lambda_l2,
        "max_bin": settings.max_bin,
        "seed": seed,
        "deterministic": True,
        "force_row_wise": True,
        "num_threads": settings.threads,
    }
    weight = np.where(y == LABELS.index("disagree"), settings.disagree_weight, 1.0)
    return lightgbm.train(params, lightgbm.Dataset(x, y, weight=weight), num_boost_round=rounds)


def train(
    bodies: dict[str, list[str]],
    pairs: Sequence[Pair],
    embed_fn: Callable | None = None,
    settings: Settings = Settings(),
    seed: int = 0,
    progress: bool = False,
) -> Model:
    """Fit IDF, features, a calibration temperature (by-body split) and the final booster.

    Without ``embed_fn`` the sentence vectors are static pieces distilled from MiniLM on the
    training bodies (shipped inside the artifact); tests pass a cheap stand-in instead.
    """
    labelled = [p for p in pairs if p.label is not None]
    if len({p.label for p in labelled}) < 2:
        raise NewsauditError("stance training needs at least two labels")
    used = sorted({p.body_id for p in labelled})
    idf = fit_idf([" ".join(bodies[b]) for b in used] + sorted({p.headline for p in labelled}))
    pieces = None
    if embed_fn is None:
        pieces = distil_pieces(" ".join(bodies[b]) for b in used)
        embed_fn = static_embedder(pieces)
    x = feature_matrix(labelled, bodies, idf, embed_fn, progress)
    if settings.columns:
        x = x[:, : settings.columns]
    y = np.array([LABELS.index(p.label) for p in labelled])
    calib = np.array(
        [is_heldout(f"calib:{p.body_id}", settings.calibration_share) for p in labelled]
    )
    temperature, booster = 1.0, None
    if calib.any() and (~calib).any() and len(set(y[~calib])) == len(LABELS):
        booster = boost(x[~calib], y[~calib], settings, seed, settings.rounds)
        temperature = fit_temperature(booster.predict(x[calib], raw_score=True), y[calib])
    if booster is None or settings.refit:
        booster = boost(x, y, settings, seed, settings.rounds)
    meta = {
        "settings": asdict(settings),
        "seed": seed,
        "pairs": len(labelled),
        "bodies": len(used),
        "labels": list(LABELS),
        "features": int(x.shape[1]),
        "features_version": FEATURES_VERSION,
        "embedding": "minilm-static" if pieces is not None else "given",
    }
    return Model(booster, idf, temperature, meta, pieces)
