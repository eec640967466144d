"""A LightGBM ranker over sparse binary features named by strings.

The speaker ranker and the quote boundary ranker both choose one candidate of a small group
(a phrase, a token boundary) from string features. They share this: the feature vocabulary,
the sparse matrix, one booster call for every group of an article, and a plain-text artifact
(the booster's model text plus the features its trees split on; no pickle).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

Group = list[list[str]]  # one candidate's features per row


def artifact_payload(text: str, format_name: str) -> dict:
    """An artifact's JSON, refused when it is of another format."""
    payload = json.loads(text)
    if payload.get("format") != format_name:
        raise ValueError(f"not a {format_name} artifact")
    return payload


@dataclass(slots=True)
class SparseRanker:
    vocabulary: dict[str, int]  # feature -> column; only the features the trees split on
    booster: object  # lightgbm.Booster
    width: int  # columns the booster was trained on

    def _matrix(self, rows: Sequence[list[str]]):
        from scipy.sparse import csr_matrix

        indices: list[int] = []
        pointers = [0]
        for row in rows:
            indices.extend(sorted({self.vocabulary[f] for f in row if f in self.vocabulary}))
            pointers.append(len(indices))
        return csr_matrix(([1.0] * len(indices), indices, pointers), shape=(len(rows), self.width))

    def scores_each(self, groups: Sequence[Group]) -> list[list[float]]:
        """Every candidate's score, per group (one booster call for all)."""
        rows = [row for group in groups for row in group]
        if not rows:
            return [[] for _ in groups]
        scores = self.booster.predict(self._matrix(rows), num_threads=1)
        out = []
        start = 0
        for group in groups:
            out.append([float(s) for s in scores[start : start + len(group)]])
            start += len(group)
        return out

    def best_each(self, groups: Sequence[Group]) -> list[int]:
        """Index of the highest-scoring candidate of each group; a tie goes to the first."""
        return [
            max(range(len(s)), key=lambda k, s=s: (s[k], -k)) if s else -1
            for s in self.scores_each(groups)
        ]

    def payload(self) -> dict:
        """The booster as text and the features it splits on (the rest never matter)."""
        splits = self.booster.feature_importance("split")
        used = {name: k for name, k in self.vocabulary.items() if splits[k] > 0}
        return {"width": self.width, "features": used, "booster": self.booster.model_to_string()}

    @classmethod
    def from_payload(cls, payload: dict) -> SparseRanker:
        import lightgbm

        booster = lightgbm.Booster(model_str=payload["booster"])
        return cls(dict(payload["features"]), booster, int(payload["width"]))


def fit_sparse_ranker(
    groups: Sequence[tuple[Group, Sequence[int]]],
    rounds: int,
    learning_rate: float,
    leaves: int = 31,
    min_count: int = 1,
    seed: int = 0,
) -> SparseRanker:
    """LightGBM lambdarank on groups of candidate rows, each row labelled 0 or 1.

    Features seen in fewer than ``min_count`` rows are left out. Deterministic, one thread."""
    import lightgbm
    import numpy as np
    from scipy.sparse import csr_matrix

    counts: dict[str, int] = {}
    for rows, _ in groups:
        for row in rows:
            for feature in dict.fromkeys(row):  # row order: the columns stay deterministic
                counts[feature] = counts.get(feature, 0) + 1
    vocabulary: dict[str, int] = {}
    for feature, count in counts.items():
        if count >= min_count:
            vocabulary[feature] = len(vocabulary)
    indices: list[int] = []
    pointers = [0]
    labels: list[int] = []
    for rows, marks in groups:
        for row, mark in zip(rows, marks, strict=True):
            indices.extend(sorted({vocabulary[f] for f in row if f in vocabulary}))
            pointers.append(len(indices))
            labels.append(int(mark))
    matrix = csr_matrix(
        (np.ones(len(indices), dtype=np.float32), indices, pointers),
        shape=(len(labels), max(1, len(vocabulary))),
    )
    params = {
        "objective": "lambdarank",
        "verbosity": -1,
        "learning_rate": learning_rate,
        "num_leaves": leaves,
        "min_data_in_leaf": 10,
        "feature_fraction": 0.5,
        "seed": seed,
        "deterministic": True,
        "force_row_wise": True,
        "num_threads": 1,
    }
    dataset = lightgbm.Dataset(matrix, np.array(labels), group=[len(r) for r, _ in groups])
    booster = lightgbm.train(params, dataset, num_boost_round=rounds)
    return SparseRanker(vocabulary, booster, max(1, len(vocabulary)))
