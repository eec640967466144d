"""Cross-validation by topic and the one-time final scoring of the stance model (FNC-1).

Protocol (``training.splits``): the training bodies of whole topics (20% of bodies) are the
FINAL part. Development uses grouped 5-fold CV over the other topics: a topic's headlines and
bodies are never on both sides of a fold, as in the competition's test set.

For speed, the CV computes features once for all development pairs, with the IDF and the
distilled piece table fitted on all development bodies' *text* (no labels). The final model
(`train stance`) fits both on its own training bodies only.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsaudit.evaluation.stance_metrics import metrics
from newsaudit.models import stance
from newsaudit.training import splits
from newsaudit.training.fnc_data import is_heldout, read_folder
from newsaudit.training.stance_fit import Settings, boost, fit_temperature

CACHE = Path(os.environ.get("NEWSAUDIT_CACHE", "/tmp/newsaudit-cache"))
SHIPPED = Settings(rounds=500, learning_rate=0.03, num_leaves=15, min_data_in_leaf=50)
# the recipe `newsaudit train stance` uses (docs/models/stance.md)


@dataclass(slots=True)
class Carved:
    bodies: dict[str, list[str]]  # body id -> sentences
    development: list[stance.Pair]
    final: list[stance.Pair]
    carving: splits.StanceCarving


def load(folder: Path) -> Carved:
    raw, pairs = read_folder(folder)
    carving = splits.carve_stance(pairs)
    bodies = {b: stance.split_sentences(t) for b, t in raw.items()}
    return Carved(bodies, carving.development, carving.final, carving)


def dev_features(carved: Carved, progress: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and label indices of all development pairs (cached under /tmp)."""
    pairs = carved.development
    key = hashlib.sha1(
        "\n".join(
            [f"features v{stance.FEATURES_VERSION}"]
            + [f"{p.headline}\t{p.body_id}\t{p.label}" for p in pairs]
        ).encode()
    ).hexdigest()[:12]
    path = CACHE / f"stance_dev_{key}.npz"
    if path.exists():
        with np.load(path) as data:
            return data["x"], data["y"]
    used = sorted({p.body_id for p in pairs})
    texts = [" ".join(carved.bodies[b]) for b in used]
    idf = stance.fit_idf(texts + sorted({p.headline for p in pairs}))
    pieces = stance.distil_pieces(texts)
    x = stance.feature_matrix(pairs, carved.bodies, idf, stance.static_embedder(pieces), progress)
    y = np.array([stance.LABELS.index(p.label) for p in pairs])
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, x=x, y=y)
    return x, y


def cross_validate(
    carved: Carved,
    x: np.ndarray,
    y: np.ndarray,
    settings: Settings,
    columns: int | None = None,
    folds: int = splits.TOPIC_FOLDS,
) -> dict:
    """Out-of-fold predictions over topic folds; FNC score, macro-F1, per class."""
    topics = carved.carving.topics
    fold = np.array(
        [splits.topic_fold(topics.of_body[p.body_id], folds) for p in carved.development]
    )
    x = x[:, :columns] if columns else x
    predicted = np.zeros(len(y), int)
    for k in range(folds):
        train, test = fold != k, fold == k
        calib = np.array(
            [
                is_heldout(f"calib:{p.body_id}", settings.calibration_share)
                for p in carved.development
            ]
        )
        fit_rows = train & ~calib
        booster = boost(x[fit_rows], y[fit_rows], settings, 0, settings.rounds)
        temperature = fit_temperature(
            booster.predict(x[train & calib], raw_score=True), y[train & calib]
        )
        raw = booster.predict(x[test], raw_score=True)
        predicted[test] = stance.decide(stance.softmax(np.asarray(raw) / temperature))
        print(f"  fold {k}: {int(test.sum())} pairs", file=sys.stderr, flush=True)
    gold = [stance.LABELS[i] for i in y]
    return metrics(gold, [stance.LABELS[i] for i in predicted])


def summary(result: dict) -> str:
    f1 = {k: v["f1"] for k, v in result["per_class"].items()}
    return (
        f"relative FNC {result['fnc_score_relative']:.2f}%  macro-F1 {result['macro_f1']:.4f}  "
        + "  ".join(f"{k} {v:.3f}" for k, v in f1.items())
    )
