"""Sentence-level check-worthiness: which sentences a fact-checker would look at first.

A lexical model, chosen because it is fast, offline and small: hashed TF-IDF word 1-2-grams
and character 2-5-grams plus a few cheap hand features (numbers, money, named-entity-like
capitals, attribution verbs, opinion markers, first person, length), scored by a logistic
regression. Trained on the CLEF-2019 CheckThat! Task 1 debates, with the ClaimBuster
two-class subset as extra, down-weighted signal. The artifact is a plain ``.npz`` (weights and
IDF only; the hashing vectorisers are stateless), so it does not depend on pickle.

``score(sentences)`` returns values in [0, 1]; ``THRESHOLD`` (0.5) is the model's cut, placed
at the F1-optimal point of grouped cross-validated training scores. Scores rank sentences;
they are not probabilities.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsaudit.errors import NewsauditError
from newsaudit.models.registry import artifact_path

ARTIFACT = Path(__file__).resolve().parents[1] / "artifacts" / "checkworthy.npz"
TRAIN_COMMAND = "newsaudit train checkworthy"
SHARED = Path(os.environ.get("NEWSAUDIT_SHARED", Path(__file__).resolve().parents[4] / "shared"))
DEFAULT_DATA = SHARED / "data" / "checkworthy"
THRESHOLD = 0.5
CLEF_SUBDIR = Path("clef2019_task1") / "training"
CLAIMBUSTER_FILE = Path("claimbuster_kfold_25ncs") / "kfold_25ncs.json"

WORD_BITS = 18
CHAR_BITS = 19


@dataclass(frozen=True, slots=True)
class Settings:
    """Hyper-parameters, fixed up front (not tuned on the debates we evaluate on)."""

    c: float = 1.0
    claimbuster_weight: float = 0.5
    hand_weight: float = 1.0
    cv_folds: int = 5


@dataclass(slots=True)
class Debate:
    """One CLEF file: a debate, speech or press conference, in line order."""

    name: str
    sentences: list[str]
    labels: list[int]


# --------------------------------------------------------------------------- data


def read_debate(path: Path) -> Debate:
    """Read one CLEF-2019 TSV: line_number, speaker, sentence, label (label may be absent)."""
    sentences: list[str] = []
    labels: list[int] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise NewsauditError(f"{path}:{number}: expected at least 3 tab-separated columns")
        sentences.append(cells[2])
        labels.append(int(cells[3]) if len(cells) > 3 and cells[3].strip() else 0)
    return Debate(path.stem, sentences, labels)


def read_debates(folder: Path) -> list[Debate]:
    """Every ``*.tsv`` in a folder (or in its CLEF sub-folder), sorted by name."""
    folder = Path(folder)
    if (folder / CLEF_SUBDIR).is_dir():
        folder = folder / CLEF_SUBDIR
    paths = sorted(folder.glob("*.tsv"))
    if not paths:
        raise NewsauditError(f"no .tsv debate files in {folder}")
    return [read_debate(p) for p in paths]


def read_claimbuster(folder: Path) -> tuple[list[str], list[int]]:
    """The ClaimBuster two-class subset, or nothing when the folder does not have it."""
    path = Path(folder) / CLAIMBUSTER_FILE
    if not path.exists():
        return [], []
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [r["text"] for r in rows], [int(r["label"]) for r in rows]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def drop_overlap(texts: list[str], labels: list[int], debates: Iterable[Debate]):
    """Remove ClaimBuster sentences that also occur in any CLEF debate (no label leakage)."""
    seen = {_norm(s) for d in debates for s in d.sentences}
    kept = [(t, y) for t, y in zip(texts, labels, strict=True) if _norm(t) not in seen]
    return [t for t, _ in kept], [y for _, y in kept]


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


@dataclass(slots=True)
class Encoded:
    """Sentences turned into features once, so cross-validation folds only slice rows."""

    tf: object  # scipy csr matrix, sublinear term frequencies (1 + log tf)
    hand: np.ndarray

    def rows(self, index: np.ndarray) -> Encoded:
        return Encoded(self.tf[index], self.hand[index])


def encode(sentences: Sequence[str]) -> Encoded:
    from scipy.sparse import hstack

    word, char = _hashers()
    tf = hstack([word.transform(sentences), char.transform(sentences)]).tocsr()
    tf = tf.astype(np.float32)
    tf.data = 1 + np.log(tf.data)
    return Encoded(tf, hand_matrix(sentences))


def fit_idf(encoded: Encoded) -> np.ndarray:
    n = encoded.tf.shape[0]
    df = np.bincount(encoded.tf.indices, minlength=encoded.tf.shape[1])
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


def design(encoded: Encoded, idf: np.ndarray, hand_weight: float):
    """TF-IDF (l2 per block: words, characters) stacked with the hand features."""
    from scipy.sparse import csr_matrix, hstack

    from newsaudit.models.hashing import l2_rows

    weighted = encoded.tf.multiply(idf).tocsr()
    split = 2**WORD_BITS
    blocks = [l2_rows(weighted[:, :split]), l2_rows(weighted[:, split:])]
    blocks.append(csr_matrix(encoded.hand * hand_weight))
    return hstack(blocks).tocsr()


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class Model:
    """Everything needed to score: IDF, linear weights and the score's centre and scale."""

    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    centre: float = 0.0
    scale: float = 1.0
    hand_weight: float = 1.0
    meta: dict = field(default_factory=dict)

    def decision(self, sentences: Sequence[str]) -> np.ndarray:
        if not sentences:
            return np.zeros(0)
        return self.decision_encoded(encode(sentences))

    def decision_encoded(self, encoded: Encoded) -> np.ndarray:
        x = design(encoded, self.idf, self.hand_weight)
        return np.asarray(x @ self.coef).ravel() + self.intercept

    def score(self, sentences: Sequence[str]) -> np.ndarray:
        """Map the linear score so that the model's cut sits at ``THRESHOLD`` = 0.5."""
        return self._squash(self.decision(sentences))

    def score_encoded(self, encoded: Encoded) -> np.ndarray:
        return self._squash(self.decision_encoded(encoded))

    def _squash(self, decision: np.ndarray) -> np.ndarray:
        z = (decision - self.centre) / self.scale
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def save(self, path: Path) -> None:
        """Only non-zero weights and non-default IDF values: about 1 MB instead of 6 MB."""
        path.parent.mkdir(parents=True, exist_ok=True)
        nz = np.flatnonzero(self.coef)
        idf_nz = np.flatnonzero(self.idf != self.idf.max())
        with path.open("wb") as handle:
            np.savez_compressed(
                handle,
                coef_index=nz.astype(np.int32),
                coef_value=self.coef[nz].astype(np.float32),
                size=np.int64(self.coef.size),
                idf_index=idf_nz.astype(np.int32),
                idf_value=self.idf[idf_nz],
                idf_default=np.float32(self.idf.max()),
                scalars=np.array([self.intercept, self.centre, self.scale, self.hand_weight]),
                meta=np.array(json.dumps(self.meta)),
            )

    @classmethod
    def load(cls, path: Path) -> Model:
        with np.load(path, allow_pickle=False) as data:
            coef = np.zeros(int(data["size"]), dtype=np.float32)
            coef[data["coef_index"]] = data["coef_value"]
            idf = np.full(2**WORD_BITS + 2**CHAR_BITS, data["idf_default"], dtype=np.float32)
            idf[data["idf_index"]] = data["idf_value"]
            intercept, centre, scale, hand_weight = (float(v) for v in data["scalars"])
            meta = json.loads(str(data["meta"]))
        return cls(idf, coef, intercept, centre, scale, hand_weight, meta)


def _fit_linear(x, y: np.ndarray, weights: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(
        C=c, class_weight="balanced", solver="liblinear", dual=True, max_iter=2000, random_state=0
    )
    classifier.fit(x, y, sample_weight=weights)
    return classifier.coef_.ravel().astype(np.float32), float(classifier.intercept_[0])


@dataclass(slots=True)
class TrainingData:
    """CLEF debates and extra (ClaimBuster) sentences, encoded once."""

    debates: list[Debate]
    extra_texts: list[str]
    extra_labels: list[int]
    encoded: Encoded
    debate_rows: list[np.ndarray]
    extra_rows: np.ndarray

    @classmethod
    def build(cls, debates: Sequence[Debate], extra: tuple[list[str], list[int]]) -> TrainingData:
        """Encode everything; ClaimBuster sentences also found in a CLEF debate are dropped."""
        texts, labels = drop_overlap(*extra, debates)
        all_texts = [s for d in debates for s in d.sentences] + texts
        bounds = np.cumsum([0] + [len(d.sentences) for d in debates])
        rows = [np.arange(a, b) for a, b in itertools.pairwise(bounds)]
        extra_rows = np.arange(bounds[-1], bounds[-1] + len(texts))
        return cls(list(debates), texts, labels, encode(all_texts), rows, extra_rows)

    def labels(self, index: int) -> np.ndarray:
        return np.asarray(self.debates[index].labels)


def fit_raw(data: TrainingData, use: Sequence[int], settings: Settings) -> Model:
    """One logistic regression on the chosen debates (+ ClaimBuster); no cut yet."""
    rows = [data.debate_rows[i] for i in use]
    y = [data.labels(i) for i in use]
    w = [np.ones(len(r)) for r in rows]
    if settings.claimbuster_weight > 0 and len(data.extra_rows):
        rows.append(data.extra_rows)
        y.append(np.asarray(data.extra_labels))
        w.append(np.full(len(data.extra_rows), settings.claimbuster_weight))
    part = data.encoded.rows(np.concatenate(rows))
    idf = fit_idf(part)
    coef, intercept = _fit_linear(
        design(part, idf, settings.hand_weight), np.concatenate(y), np.concatenate(w), settings.c
    )
    return Model(idf, coef, intercept, hand_weight=settings.hand_weight)


def best_f1_cut(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """The score at which F1 of the positive class peaks, and that F1."""
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum(labels[order])
    total = labels.sum()
    if total == 0:
        return float(scores.max(initial=0.0)) + 1.0, 0.0
    f1 = 2 * hits / (np.arange(1, len(order) + 1) + total)
    best = int(np.argmax(f1))
    nxt = scores[order[best + 1]] if best + 1 < len(order) else scores[order[best]] - 1
    return float((scores[order[best]] + nxt) / 2), float(f1[best])


def fit(
    data: TrainingData, use: Sequence[int] | None = None, settings: Settings | None = None
) -> Model:
    """Train on the chosen debates; place the cut by grouped cross-validation over them.

    The cut comes from out-of-fold scores (each debate scored by a model that never saw it),
    because in-sample scores of a linear model on n-grams are far too confident.
    """
    settings = settings or Settings()
    use = list(range(len(data.debates))) if use is None else list(use)
    folds = min(settings.cv_folds, len(use))
    oof: list[np.ndarray] = []
    oof_labels: list[np.ndarray] = []
    for k in range(folds):
        held = use[k::folds]
        rest = [i for i in use if i not in held]
        if not any(data.labels(i).any() for i in rest):
            continue
        part = fit_raw(data, rest, settings)
        for i in held:
            oof.append(part.decision_encoded(data.encoded.rows(data.debate_rows[i])))
            oof_labels.append(data.labels(i))
    model = fit_raw(data, use, settings)
    if oof:
        scores = np.concatenate(oof)
        cut, f1 = best_f1_cut(scores, np.concatenate(oof_labels))
        model.centre, model.scale = cut, float(scores.std()) or 1.0
        model.meta["cv_f1_at_cut"] = round(f1, 4)
    model.meta.update(
        {
            "settings": _asdict(settings),
            "debates": [data.debates[i].name for i in use],
            "claimbuster_sentences": len(data.extra_rows) if settings.claimbuster_weight > 0 else 0,
        }
    )
    return model


def _asdict(settings: Settings) -> dict:
    return {name: getattr(settings, name) for name in settings.__slots__}


# --------------------------------------------------------------------------- public API


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Model:
    """The shipped model, loaded once per process."""
    return Model.load(artifact_path(path, ARTIFACT, "check-worthiness", TRAIN_COMMAND))


def score(sentences: list[str]) -> list[float]:
    """Check-worthiness of each sentence in [0, 1]; at or above ``THRESHOLD`` = worth checking."""
    if not sentences:
        return []
    return [float(v) for v in load_model().score(list(sentences))]


# --------------------------------------------------------------------------- evaluation

PRECISION_AT = (5, 10, 20)


def ranked_labels(scores: Sequence[float], labels: Sequence[int]) -> np.ndarray:
    """Gold labels in score order, best first; ties keep line order (as the CLEF scorer)."""
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    return np.asarray(labels)[order]


def average_precision(ranked: Sequence[int]) -> float:
    """Mean of precision at each relevant rank, over all relevant items (CLEF-2019 scorer)."""
    ranked = np.asarray(ranked)
    total = int(ranked.sum())
    if total == 0:
        return 0.0
    hits = np.cumsum(ranked)
    return float((hits / np.arange(1, len(ranked) + 1))[ranked == 1].sum() / total)


def precision_at(ranked: Sequence[int], k: int) -> float:
    """Hits in the top k, over k (a list shorter than k counts its missing ranks as misses)."""
    return float(np.asarray(ranked)[:k].sum() / k)


def r_precision(ranked: Sequence[int]) -> float:
    """Precision at R, where R is the number of relevant items."""
    total = int(np.asarray(ranked).sum())
    return precision_at(ranked, total) if total else 0.0


def f1_score(predicted: Sequence[bool], labels: Sequence[int]) -> float:
    """F1 of the positive class."""
    predicted, labels = np.asarray(predicted, bool), np.asarray(labels, bool)
    tp = int((predicted & labels).sum())
    denominator = int(predicted.sum() + labels.sum())
    return 2 * tp / denominator if denominator else 0.0


def summarise(per_file: dict[str, tuple[np.ndarray, np.ndarray]], threshold: float) -> dict:
    """Official-style figures: each ranking measure per file, averaged over files.

    ``per_file`` maps a file name to (scores, labels). F1 pools all sentences of all files.
    """
    files, all_scores, all_labels = {}, [], []
    for name, (scores, labels) in per_file.items():
        ranked = ranked_labels(scores, labels)
        files[name] = {
            "ap": average_precision(ranked),
            "r_precision": r_precision(ranked),
            "p_at": {str(k): precision_at(ranked, k) for k in PRECISION_AT},
            "sentences": len(labels),
            "positives": int(np.sum(labels)),
        }
        all_scores.append(np.asarray(scores))
        all_labels.append(np.asarray(labels))
    scored = [f for f in files.values() if f["positives"]]

    def mean(get) -> float:  # files without a positive have no AP: left out, as CLEF does
        return float(np.mean([get(f) for f in scored])) if scored else 0.0

    scores, labels = np.concatenate(all_scores), np.concatenate(all_labels)
    return {
        "map": mean(lambda f: f["ap"]),
        "r_precision": mean(lambda f: f["r_precision"]),
        "p_at": {str(k): mean(lambda f, k=k: f["p_at"][str(k)]) for k in PRECISION_AT},
        "f1": f1_score(scores >= threshold, labels),
        "files": files,
    }


def evaluate(debates: Sequence[Debate], model: Model | None = None) -> dict:
    """Score each debate with the (shipped) model and summarise."""
    model = model or load_model()
    per_file = {d.name: (model.score(d.sentences), np.asarray(d.labels)) for d in debates}
    return summarise(per_file, THRESHOLD)


GRID = tuple(Settings(c=c, claimbuster_weight=w) for c in (0.5, 2.0) for w in (0.25, 1.0))


def select_settings(
    data: TrainingData, use: Sequence[int], grid: Sequence[Settings] = GRID, folds: int = 3
) -> Settings:
    """The grid point with the best MAP over grouped folds of the given debates only."""
    best, best_map = grid[0], -1.0
    for settings in grid:
        aps = []
        for k in range(folds):
            held = use[k::folds]
            model = fit_raw(data, [i for i in use if i not in held], settings)
            for i in held:
                scores = model.decision_encoded(data.encoded.rows(data.debate_rows[i]))
                if data.labels(i).any():
                    aps.append(average_precision(ranked_labels(scores, data.labels(i))))
        if float(np.mean(aps)) > best_map:
            best, best_map = settings, float(np.mean(aps))
    return best


def leave_one_out(
    data: TrainingData,
    settings: Settings | None = None,
    progress: bool = False,
    select: bool = False,
) -> dict:
    """Each debate scored by a model trained on all the others (+ ClaimBuster).

    The held-out debate takes no part in that model's training, nor in placing its cut, nor
    (with ``select``) in choosing its hyper-parameters: nested cross-validation.
    """
    from tqdm import tqdm

    settings = settings or Settings()
    per_file, chosen = {}, {}
    indices = range(len(data.debates))
    for held in tqdm(indices, desc="leave-one-debate-out", disable=not progress):
        rest = [i for i in indices if i != held]
        if select:
            settings = select_settings(data, rest)
            chosen[data.debates[held].name] = _asdict(settings)
        model = fit(data, rest, settings)
        scores = model.score_encoded(data.encoded.rows(data.debate_rows[held]))
        per_file[data.debates[held].name] = (scores, data.labels(held))
    summary = summarise(per_file, THRESHOLD)
    if select:
        summary["selected"] = chosen
    return summary
