"""Training, cross-validation and the one-time final scoring of the check-worthiness model.

Protocol (``training.splits``): the 3 latest CLEF-2019 training debates are the FINAL part.
Everything here that chooses anything (recipe, weights, the debate cut) sees only the 16
development debates and ClaimBuster; ``final`` scores the final part once, with the model
trained on the development debates, and prints no per-sentence errors.

The sentence vectors come from a word-piece table distilled from MiniLM (as for stance): each
piece's MiniLM output on its own, centred, projected on principal directions 2..dim+1 and
scaled by a / (a + p), p the piece's frequency in the training texts. The raw table is
cached under /tmp (``NEWSAUDIT_CACHE``), never in the repository.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from newsaudit.errors import NewsauditError
from newsaudit.models import checkworthy as cw
from newsaudit.training import ranking, splits

CACHE = Path(os.environ.get("NEWSAUDIT_CACHE", "/tmp/newsaudit-cache"))
CLEF_SUBDIR = Path("clef2019_task1") / "training"
CLAIMBUSTER_FILE = Path("claimbuster_kfold_25ncs") / "kfold_25ncs.json"
SIF_A = 1e-3


@dataclass(frozen=True, slots=True)
class Recipe:
    """Everything that defines a model; chosen by CV on the development debates only."""

    c: float = 1.0
    claimbuster_weight: float = 0.5
    hand_weight: float = 1.0
    embedding_dim: int = 0  # 0: no sentence vector
    embedding_weight: float = 1.0
    context: bool = False
    context_weight: float = 1.0
    domain_flag: bool = False
    cv_folds: int = 4  # grouped folds that place the debate cut
    stack: str = ""  # "": linear only; "lambdarank" or "binary": a LightGBM second stage
    stack_folds: int = 3  # grouped folds giving the second stage out-of-fold linear scores
    stack_rounds: int = 200
    stack_leaves: int = 15
    stack_learning_rate: float = 0.05
    stack_min_leaf: int = 50


SHIPPED = Recipe()  # the recipe `newsaudit train checkworthy` uses (docs/models/checkworthy.md)


@dataclass(slots=True)
class Debate:
    """One CLEF file: a debate, speech or press conference, in line order."""

    name: str
    sentences: list[str]
    labels: list[int]
    speakers: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- data


def read_debate(path: Path) -> Debate:
    """Read one CLEF-2019 TSV: line_number, speaker, sentence, label (label may be absent)."""
    sentences: list[str] = []
    labels: list[int] = []
    speakers: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise NewsauditError(f"{path}:{number}: expected at least 3 tab-separated columns")
        speakers.append(cells[1])
        sentences.append(cells[2])
        labels.append(int(cells[3]) if len(cells) > 3 and cells[3].strip() else 0)
    return Debate(path.stem, sentences, labels, speakers)


def read_debates(folder: Path) -> list[Debate]:
    """Every ``*.tsv`` in a folder (or in its CLEF sub-folder), sorted by name."""
    folder = Path(folder)
    if (folder / CLEF_SUBDIR).is_dir():
        folder = folder / CLEF_SUBDIR
    if not folder.is_dir():
        raise NewsauditError(f"{folder} is not a folder of CLEF .tsv files")
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


def carve(debates: Sequence[Debate]) -> tuple[list[Debate], list[Debate]]:
    """(development, final) debates, by ``splits.carve_debates`` (dated file names)."""
    dev, final = splits.carve_debates([d.name for d in debates])
    by_name = {d.name: d for d in debates}
    return [by_name[n] for n in dev], [by_name[n] for n in final]


# --------------------------------------------------------------------------- pieces


def raw_piece_table() -> np.ndarray:
    """MiniLM's output for every word-piece alone (~30 s once; cached on disk under /tmp)."""
    from newsaudit.models.embeddings import piece_table

    path = CACHE / "minilm_piece_table.npy"
    if path.exists():
        return np.load(path)
    table = piece_table()
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, table)
    return table


def distil_pieces(texts: Iterable[str], dim: int) -> np.ndarray:
    """Static piece vectors (float16): centred, PCA directions 2..dim+1, SIF-weighted."""
    from newsaudit.models.embeddings import VOCAB, piece_ids

    table = raw_piece_table().astype(np.float64)
    centred = table - table.mean(axis=0)
    _, _, directions = np.linalg.svd(centred, full_matrices=False)
    projected = centred @ directions[1 : 1 + dim].T
    counts = np.ones(VOCAB)
    for text in texts:
        np.add.at(counts, piece_ids(text, limit=1_000_000), 1)
    weights = SIF_A / (SIF_A + counts / counts.sum())
    return (projected * weights[:, None]).astype(np.float16)


# --------------------------------------------------------------------------- training data


@dataclass(slots=True)
class TrainingData:
    """CLEF debates and extra (ClaimBuster) sentences, encoded once for one recipe's blocks."""

    debates: list[Debate]
    extra_texts: list[str]
    extra_labels: list[int]
    encoded: cw.Encoded
    debate_rows: list[np.ndarray]
    extra_rows: np.ndarray
    pieces: np.ndarray | None = None
    context: bool = False

    @classmethod
    def build(
        cls,
        debates: Sequence[Debate],
        extra: tuple[list[str], list[int]],
        embedding_dim: int = 0,
        context: bool = False,
    ) -> TrainingData:
        """Encode everything; ClaimBuster sentences also found in a CLEF debate are dropped.

        The piece table's frequency weights come from these (training) texts only.
        """
        texts, labels = drop_overlap(*extra, debates)
        debate_texts = [s for d in debates for s in d.sentences]
        all_texts = debate_texts + texts
        bounds = np.cumsum([0] + [len(d.sentences) for d in debates])
        rows = [np.arange(a, b) for a, b in itertools.pairwise(bounds)]
        extra_rows = np.arange(bounds[-1], bounds[-1] + len(texts))
        pieces = distil_pieces(all_texts, embedding_dim) if embedding_dim else None
        model = cw.Model(np.zeros(0), np.zeros(0), 0.0, pieces=pieces, context=context)
        parts = [model.encode(d.sentences) for d in debates]
        if texts:  # ClaimBuster rows: no neighbours (context zeros), domain flag 1
            extra_enc = model.encode(texts, flag=1.0)
            if context:
                extra_enc.dense[:, -1 - len(cw.CONTEXT_FEATURES) : -1] = 0.0
            parts.append(extra_enc)
        encoded = _stack(parts)
        return cls(list(debates), texts, labels, encoded, rows, extra_rows, pieces, context)

    def labels(self, index: int) -> np.ndarray:
        return np.asarray(self.debates[index].labels)


def _stack(parts: Sequence[cw.Encoded]) -> cw.Encoded:
    from scipy.sparse import vstack

    return cw.Encoded(
        vstack([p.tf for p in parts]).tocsr(),
        np.vstack([p.hand for p in parts]),
        np.vstack([p.dense for p in parts]),
    )


def fit_idf(encoded: cw.Encoded) -> np.ndarray:
    n = encoded.tf.shape[0]
    df = np.bincount(encoded.tf.indices, minlength=encoded.tf.shape[1])
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


def _weights(recipe: Recipe) -> cw.Weights:
    return cw.Weights(recipe.hand_weight, recipe.embedding_weight, recipe.context_weight)


def _fit_linear(x, y: np.ndarray, weights: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(
        C=c, class_weight="balanced", solver="liblinear", dual=True, max_iter=2000, random_state=0
    )
    classifier.fit(x, y, sample_weight=weights)
    return classifier.coef_.ravel().astype(np.float32), float(classifier.intercept_[0])


def fit_raw(data: TrainingData, use: Sequence[int], recipe: Recipe) -> cw.Model:
    """The model on the chosen debates (+ ClaimBuster), with its second stage; no cut yet."""
    model = fit_linear(data, use, recipe)
    if recipe.stack:
        model.booster = fit_stack(data, use, recipe)
    return model


def fit_stack(data: TrainingData, use: Sequence[int], recipe: Recipe):
    """LightGBM over [out-of-fold linear score, hand cues, dense block], CLEF rows only.

    Each debate's linear scores come from a linear model trained without it (grouped folds
    over ``use``), so the second stage learns how far to trust the first on unseen debates.
    """
    import lightgbm

    folds = min(recipe.stack_folds, len(use))
    feats, labels, groups = [], [], []
    for k in range(folds):
        held = use[k::folds]
        first = fit_linear(data, [i for i in use if i not in held], recipe)
        for i in held:
            part = data.encoded.rows(data.debate_rows[i])
            feats.append(cw.stack_features(first.linear(part), part))
            labels.append(data.labels(i))
            groups.append(len(part.hand))
    params = {
        "objective": recipe.stack,
        "verbosity": -1,
        "learning_rate": recipe.stack_learning_rate,
        "num_leaves": recipe.stack_leaves,
        "min_data_in_leaf": recipe.stack_min_leaf,
        "feature_fraction": 0.5,
        "bagging_fraction": 0.8,
        "bagging_freq": 1,
        "seed": 0,
        "deterministic": True,
        "force_row_wise": True,
        "num_threads": 1,
    }
    if recipe.stack == "lambdarank":
        params["lambdarank_truncation_level"] = 50
    train = lightgbm.Dataset(
        np.vstack(feats),
        np.concatenate(labels),
        group=groups if recipe.stack == "lambdarank" else None,
    )
    return lightgbm.train(params, train, num_boost_round=recipe.stack_rounds)


def fit_linear(data: TrainingData, use: Sequence[int], recipe: Recipe) -> cw.Model:
    """One logistic regression on the chosen debates (+ ClaimBuster); no cut yet."""
    rows = [data.debate_rows[i] for i in use]
    y = [data.labels(i) for i in use]
    w = [np.ones(len(r)) for r in rows]
    if recipe.claimbuster_weight > 0 and len(data.extra_rows):
        rows.append(data.extra_rows)
        y.append(np.asarray(data.extra_labels))
        w.append(np.full(len(data.extra_rows), recipe.claimbuster_weight))
    part = data.encoded.rows(np.concatenate(rows))
    if not recipe.domain_flag and part.dense.shape[1]:
        part.dense = part.dense.copy()
        part.dense[:, -1] = 0.0
    idf = fit_idf(part)
    weights = _weights(recipe)
    coef, intercept = _fit_linear(
        cw.design(part, idf, weights), np.concatenate(y), np.concatenate(w), recipe.c
    )
    return cw.Model(idf, coef, intercept, weights=weights, pieces=data.pieces, context=data.context)


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


def _scores(model: cw.Model, data: TrainingData, index: int) -> np.ndarray:
    return model.decision_encoded(data.encoded.rows(data.debate_rows[index]))


def fit(
    data: TrainingData, use: Sequence[int] | None = None, recipe: Recipe | None = None
) -> cw.Model:
    """Train on the chosen debates; place the debate cut by grouped CV over them.

    The cut comes from out-of-fold scores (each debate scored by a model that never saw it),
    because in-sample scores of a linear model on n-grams are far too confident.
    """
    recipe = recipe or Recipe()
    use = list(range(len(data.debates))) if use is None else list(use)
    folds = min(recipe.cv_folds, len(use))
    oof: list[np.ndarray] = []
    oof_labels: list[np.ndarray] = []
    for k in range(folds):
        held = use[k::folds]
        rest = [i for i in use if i not in held]
        if not any(data.labels(i).any() for i in rest):
            continue
        part = fit_raw(data, rest, recipe)
        for i in held:
            oof.append(_scores(part, data, i))
            oof_labels.append(data.labels(i))
    model = fit_raw(data, use, recipe)
    if oof:
        scores = np.concatenate(oof)
        cut, f1 = best_f1_cut(scores, np.concatenate(oof_labels))
        model.centre, model.scale = cut, float(scores.std()) or 1.0
        model.meta["cv_f1_at_cut"] = round(f1, 4)
    model.meta.update(
        {
            "recipe": asdict(recipe),
            "debates": [data.debates[i].name for i in use],
            "claimbuster_sentences": len(data.extra_rows) if recipe.claimbuster_weight > 0 else 0,
        }
    )
    return model


# --------------------------------------------------------------------------- evaluation


def evaluate(debates: Sequence[Debate], model: cw.Model) -> dict:
    """Score each debate (debate cut) and summarise."""
    per_file = {d.name: (model.score(d.sentences, "debate"), np.asarray(d.labels)) for d in debates}
    return ranking.summarise(per_file, cw.THRESHOLD)


def cross_validate(
    data: TrainingData, recipe: Recipe, progress: bool = False, cut: bool = True
) -> dict:
    """Leave-one-debate-out over all debates of ``data`` (the development debates).

    The held-out debate takes no part in that model's training nor in placing its cut.
    ``cut=False`` skips placing the cut (5x faster; ranking measures only, F1 meaningless).
    """
    from tqdm import tqdm

    per_file = {}
    indices = range(len(data.debates))
    for held in tqdm(indices, desc="leave-one-debate-out", disable=not progress):
        rest = [i for i in indices if i != held]
        model = fit(data, rest, recipe) if cut else fit_raw(data, rest, recipe)
        scores = model.squash(_scores(model, data, held), "debate")
        per_file[data.debates[held].name] = (scores, data.labels(held))
    return ranking.summarise(per_file, cw.THRESHOLD)


# --------------------------------------------------------------------------- news calibration

NEWS_LABELS = Path(__file__).resolve().parent / "labels" / "bbc_checkworthy.tsv"
BBC = Path(__file__).resolve().parents[4] / "shared" / "data" / "corpora" / "bbc" / "articles.jsonl"


@dataclass(slots=True)
class NewsArticle:
    """One labelled news article: its claim sentences in reading order, labels, part."""

    id: str
    sentences: list[str]
    labels: list[int]
    part: str


def read_news_labels(labels: Path = NEWS_LABELS, corpus: Path = BBC) -> list[NewsArticle]:
    """Rebuild the labelled sentences from the corpus (the labels file holds only offsets)."""
    import json as _json

    from newsaudit.ingest import to_article

    rows: dict[str, list[tuple[int, int, int, str]]] = {}
    for line in Path(labels).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("article_id") or not line.strip():
            continue
        article_id, start, end, label, part = line.split("\t")
        rows.setdefault(article_id, []).append((int(start), int(end), int(label), part))
    if not Path(corpus).exists():
        raise NewsauditError(f"{corpus} not found (the BBC corpus the news labels refer to)")
    records = {}
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            record = _json.loads(line)
            if record["id"] in rows:
                records[record["id"]] = record
    out = []
    for article_id, spans in rows.items():
        record = records[article_id]
        text = to_article(
            {"id": record["id"], "title": record["title"], "text": record["text"]}
        ).text
        spans.sort()
        out.append(
            NewsArticle(
                article_id,
                [text[a:b] for a, b, _, _ in spans],
                [y for _, _, y, _ in spans],
                spans[0][3],
            )
        )
    return out


def news_decisions(model: cw.Model, articles: Sequence[NewsArticle]) -> np.ndarray:
    """Raw scores of every labelled sentence, each article scored as one list (as at run time)."""
    return np.concatenate([model.decision(a.sentences) for a in articles])


def place_news_cut(model: cw.Model, articles: Sequence[NewsArticle]) -> float:
    """The F1-optimal cut on the given (development) news articles' labels."""
    scores = news_decisions(model, articles)
    labels = np.concatenate([np.asarray(a.labels) for a in articles])
    cut, f1 = best_f1_cut(scores, labels)
    model.news_centre = cut
    model.meta["news_cut"] = {
        "articles": len(articles),
        "sentences": len(labels),
        "f1": round(f1, 4),
    }
    return cut


def news_report(model: cw.Model, articles: Sequence[NewsArticle]) -> dict:
    """Precision, recall, F1 and share passing at the news cut; AP averaged over articles."""
    passed, labels, aps = [], [], []
    for article in articles:
        score = model.score(article.sentences, "news")
        passed.append(score >= cw.THRESHOLD)
        labels.append(np.asarray(article.labels))
        if any(article.labels):
            aps.append(ranking.average_precision(ranking.ranked_labels(score, article.labels)))
    p, y = np.concatenate(passed), np.concatenate(labels)
    tp = int((p & (y == 1)).sum())
    return {
        "articles": len(articles),
        "sentences": len(y),
        "positives": int(y.sum()),
        "share_passing": round(float(p.mean()), 4),
        "precision": round(tp / max(int(p.sum()), 1), 4),
        "recall": round(tp / max(int(y.sum()), 1), 4),
        "f1": round(ranking.f1_score(p, y), 4),
        "map": round(float(np.mean(aps)), 4) if aps else 0.0,
    }
