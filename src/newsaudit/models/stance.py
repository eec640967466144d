"""Headline–body stance: does a body agree with, disagree with, discuss, or ignore a headline?

Run time only. This module holds what prediction needs: the pair and result types, the features, the
distilled static embedder, the ``Model`` artifact and ``predict`` / ``predict_pairs``. Fitting
lives in ``newsaudit.training.stance_fit``, FNC-1's CSV files in ``newsaudit.training.fnc_data``
and scoring in ``newsaudit.evaluation.stance_metrics``; none of them is imported here.

Each (headline, body) pair becomes a dense feature vector that mixes the
FNC-1 baseline's ideas (word / n-gram overlap, refuting and hedging words, polarity) with
similarity evidence per body sentence: hashed TF-IDF cosine and MiniLM cosine between the
headline and every sentence (max, top-3, lead), lexicon counts inside the most similar
sentences, and the element-wise product of the headline vector with those sentences' mean
vector (what the closest sentences say, not just how close they are). A LightGBM multi-class
model, trained on FNC-1, turns it into four probabilities, temperature-scaled on a by-body
calibration split of the training data.

The label is the one with the highest *expected FNC-1 score* under those probabilities (the
competition's rule: 0.25 for related-vs-unrelated, 0.75 more for the exact related label), which
is the decision that rule rewards. ``evidence`` lists the body sentences most similar to the
headline (MiniLM), best first: the sentences whose content the features summarise.

The artifact is a plain ``.npz`` (LightGBM model text, IDF vector, settings): no pickle.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsaudit.errors import NewsauditError
from newsaudit.models.registry import artifact_path

LABELS = ("agree", "disagree", "discuss", "unrelated")
UNRELATED = LABELS.index("unrelated")
ARTIFACT = Path(__file__).resolve().parents[1] / "artifacts" / "stance.npz"
TRAIN_COMMAND = "newsaudit train stance --data ../shared/data/fnc1 --out " + str(
    Path("src/newsaudit/artifacts/stance.npz")
)
HASH_BITS = 18
TOP_K = 3
CHAR_NS = (4, 8)
EVIDENCE_MIN_COSINE = 0.3
STATIC_DIM = 256  # distilled word-piece vectors kept after PCA
SIF_A = 1e-3  # smooth inverse frequency: weight a / (a + p(piece))
FEATURES_VERSION = 2  # bump when `body_features` changes (names the CV feature cache)


def _lexicon(words: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(words.split())


REFUTING = _lexicon(
    "fake fraud hoax false deny denies denied denial not despite nope doubt doubts bogus debunk "
    "debunked debunks pranks prank retract retracted retracts fabricated fabrication untrue "
    "misleading myth rumour rumor baseless refute refuted refutes dismissed dismisses"
)
HEDGING = _lexicon(
    "allegedly reportedly apparently purportedly supposedly claim claims claimed claiming "
    "rumoured rumored unconfirmed unverified may might could possibly perhaps suggest suggests "
    "suggested appear appears appeared seem seems seemed report reports reported according "
    "sources source believed thought speculation speculate speculated unclear"
)
REPORTING = HEDGING | _lexicon(
    "said says told alleged allegedly report reports reported claimed claims according"
)
CONFIRMING = _lexicon(
    "confirmed confirms confirm official officially indeed actually true proved proven verified"
)
NEGATION = _lexicon(
    "no not never none nothing nobody neither nor without cannot don't doesn't didn't isn't "
    "wasn't won't aren't weren't hasn't haven't"
)
STOP = _lexicon(
    "a an the and or but of to in on at for from by with as is are was were be been being it its "
    "this that these those he she they we you i his her their our your has have had do does did "
    "will would can could should may might says said say after over into about up out than "
    "then so if what who which when where how new"
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(slots=True)
class StanceResult:
    """A prediction: label, its four probabilities, and evidence sentence indices."""

    label: str
    probabilities: dict[str, float]
    evidence: list[int] = field(default_factory=list)


# --------------------------------------------------------------------------- data


@dataclass(slots=True)
class Pair:
    headline: str
    body_id: str
    label: str | None = None


def split_sentences(text: str) -> list[str]:
    """Body text to sentences (paragraph breaks first, then blingfire)."""
    import blingfire

    out: list[str] = []
    for paragraph in text.split("\n"):
        if paragraph.strip():
            out.extend(s.strip() for s in blingfire.text_to_sentences(paragraph).split("\n"))
    return [s for s in out if s] or [text.strip() or "."]


# --------------------------------------------------------------------------- features


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def content(tokens: Iterable[str]) -> set[str]:
    return {t for t in tokens if t not in STOP and len(t) > 1}


@lru_cache(maxsize=1)
def _hasher():
    """Stateless, so built once: construction costs as much as hashing a short text."""
    from newsaudit.models.hashing import TextHasher

    return TextHasher(
        n_features=2**HASH_BITS,
        ngram_range=(1, 2),
        alternate_sign=False,
        norm=None,
        lowercase=True,
        stop_words=sorted(STOP),
        token_pattern=r"(?u)\b\w\w+\b",
    )


def tfidf(texts: Sequence[str], idf: np.ndarray):
    """Hashed, IDF-weighted, L2-normalised rows (sparse)."""
    from newsaudit.models.hashing import l2_rows

    counts = _hasher().transform(list(texts))
    counts.data = np.log1p(counts.data)
    return l2_rows(counts.multiply(idf).tocsr())


def fit_idf(texts: Sequence[str]) -> np.ndarray:
    counts = _hasher().transform(list(texts))
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return (np.log((1 + len(texts)) / (1 + df)) + 1).astype(np.float32)


@dataclass(slots=True)
class Body:
    """One body, prepared once and shared by all its headlines."""

    sentences: list[str]
    vectors: np.ndarray  # MiniLM, (n, 384)
    tfidf_rows: object  # sparse (n, 2**HASH_BITS)
    tfidf_all: object  # sparse (1, 2**HASH_BITS)
    sets: list[set[str]]
    all_set: set[str]
    bigrams: set[tuple[str, str]]
    lex: np.ndarray  # (n, 3): refuting, hedging, negation counts per sentence
    char_grams: dict[int, set[str]]
    voices: np.ndarray  # (n, 4) 0/1: reporting, refuting, negating, confirming sentence


def _lex_counts(tokens: Sequence[str]) -> list[int]:
    return [sum(t in lexicon for t in tokens) for lexicon in (REFUTING, HEDGING, NEGATION)]


def _grams(text: str, n: int) -> set[str]:
    return {text[i : i + n] for i in range(max(len(text) - n + 1, 0))}


VOICES = (REPORTING, REFUTING, NEGATION, CONFIRMING)
ATTENTION = 8.0  # sharpness of the softmax over sentence cosines in `claim_voice`


def _voices(sentence: str, tokens: Sequence[str]) -> list[float]:
    """Which voices a sentence speaks in: reporting (or asking), refuting, negating, confirming."""
    found = [float(any(t in lexicon for t in tokens)) for lexicon in VOICES]
    found[0] = max(found[0], float("?" in sentence))
    return found


def claim_voice(cos: np.ndarray, overlap: np.ndarray, voices: np.ndarray) -> list[float]:
    """In what voice does the body state the headline's claim? (20 features)

    For each voice (reporting, refuting, negating, confirming): how close the headline comes to
    a sentence in that voice and to a sentence not in it (best cosine, best content-word
    overlap), and the share of that voice among the sentences close to the headline (softmax
    of the cosines). "Agree" bodies state the claim flat; "discuss" ones state it through a
    report; "disagree" ones next to a denial. Nothing here names a topic.
    """
    weights = np.exp(ATTENTION * (cos - cos.max()))
    weights /= weights.sum()
    out: list[float] = []
    for column in range(voices.shape[1]):
        inside = voices[:, column] > 0
        outside = ~inside
        out += [
            float(cos[inside].max()) if inside.any() else -1.0,
            float(cos[outside].max()) if outside.any() else -1.0,
            float(overlap[inside].max()) if inside.any() else 0.0,
            float(overlap[outside].max()) if outside.any() else 0.0,
            float(weights @ voices[:, column]),
        ]
    return out


def prepare_body(sentences: list[str], vectors: np.ndarray, idf: np.ndarray) -> Body:
    tokens = [words(s) for s in sentences]
    flat = [t for toks in tokens for t in toks]
    chars = " ".join(sentences).lower()
    return Body(
        sentences=sentences,
        vectors=vectors,
        tfidf_rows=tfidf(sentences, idf),
        tfidf_all=tfidf([" ".join(sentences)], idf),
        sets=[content(t) for t in tokens],
        all_set=content(flat),
        bigrams=set(itertools.pairwise(flat)),
        lex=np.array([_lex_counts(t) for t in tokens], dtype=np.float32).reshape(-1, 3),
        char_grams={n: _grams(chars, n) for n in CHAR_NS},
        voices=np.array(
            [_voices(s, t) for s, t in zip(sentences, tokens, strict=True)], np.float32
        ).reshape(-1, len(VOICES)),
    )


def _topk_mean(values: np.ndarray, k: int) -> float:
    return float(np.sort(values)[-k:].mean()) if values.size else 0.0


def _lexical(headline: str, body: Body, top: np.ndarray, cos: np.ndarray) -> list[float]:
    """Overlap, lexicon, voice and shape features of one headline against a prepared body."""
    h_tokens = words(headline)
    h_set = content(h_tokens)
    h_bigrams = set(itertools.pairwise(h_tokens))
    overlap = np.array([len(h_set & s) / max(len(h_set), 1) for s in body.sets], np.float32)
    lead = min(2, len(body.sentences))
    lower = headline.lower()
    chars = [
        len(g & body.char_grams[n]) / max(len(g), 1)
        for n, g in ((n, _grams(lower, n)) for n in CHAR_NS)
    ]
    h_lex = _lex_counts(h_tokens)
    n = len(body.sentences)
    return [
        float(overlap.max()),
        _topk_mean(overlap, TOP_K),
        float(overlap[:lead].max()),
        len(h_set & body.all_set) / max(len(h_set), 1),
        len(h_set & body.all_set) / max(len(h_set | body.all_set), 1),
        len(h_bigrams & body.bigrams) / max(len(h_bigrams), 1),
        *chars,
        *h_lex,
        *body.lex[top].sum(axis=0),
        *(body.lex.sum(axis=0) / n),
        float(body.lex[top, 0].sum() % 2),
        float(h_lex[0] % 2),
        float("?" in headline),
        float(len(h_tokens)),
        float(math.log1p(n)),
        *claim_voice(cos, overlap, body.voices),
    ]


def body_features(
    headlines: Sequence[str],
    h_vecs: np.ndarray,
    h_tfidf,
    body: Body,
) -> np.ndarray:
    """Feature rows for several headlines against one body (similarities as matrices)."""
    cos_all = h_vecs @ body.vectors.T
    tcos_all = (h_tfidf @ body.tfidf_rows.T).toarray()
    t_body = (h_tfidf @ body.tfidf_all.T).toarray()[:, 0]
    lead = min(2, len(body.sentences))
    rows = []
    for row, headline in enumerate(headlines):
        cos, tcos = cos_all[row], tcos_all[row]
        top = np.argsort(-cos, kind="stable")[:TOP_K]
        semantic = [
            float(cos.max()),
            _topk_mean(cos, TOP_K),
            float(cos.mean()),
            float(cos[:lead].max()),
            float(np.std(cos)),
            float(np.argmax(cos)) / len(cos),
            float((cos > 0.5).mean()),
            float(tcos.max()),
            _topk_mean(tcos, TOP_K),
            float(tcos[:lead].max()),
            float(t_body[row]),
        ]
        weights = np.clip(cos[top], 0, None) + 1e-6
        top_vec = (body.vectors[top] * weights[:, None]).sum(axis=0) / weights.sum()
        rows.append(
            np.concatenate(
                [
                    np.asarray(semantic + _lexical(headline, body, top, cos), np.float32),
                    h_vecs[row] * top_vec,
                ]
            )
        )
    return np.vstack(rows).astype(np.float32)


def feature_matrix(
    pairs: Sequence[Pair],
    bodies: dict[str, list[str]],
    idf: np.ndarray,
    embed_fn: Callable[[list[str]], np.ndarray],
    progress: bool = False,
) -> np.ndarray:
    """Feature rows for many pairs, in order; each body and headline is embedded once."""
    texts = sorted(
        {s for b in {p.body_id for p in pairs} for s in bodies[b]} | {p.headline for p in pairs}
    )
    vectors = embed_fn(texts)
    index = {t: i for i, t in enumerate(texts)}
    by_body: dict[str, list[int]] = {}
    for number, pair in enumerate(pairs):
        by_body.setdefault(pair.body_id, []).append(number)
    out = np.zeros((len(pairs), 0), np.float32)
    for done, (body_id, members) in enumerate(by_body.items()):
        sents = bodies[body_id]
        body = prepare_body(sents, vectors[[index[s] for s in sents]], idf)
        heads = [pairs[i].headline for i in members]
        rows = body_features(heads, vectors[[index[h] for h in heads]], tfidf(heads, idf), body)
        if out.shape[1] == 0:
            out = np.zeros((len(pairs), rows.shape[1]), np.float32)
        out[members] = rows
        if progress and done % 200 == 0:
            print(f"  features: body {done}/{len(by_body)}", file=sys.stderr, flush=True)
    return out


# --------------------------------------------------------------------------- static embeddings


def distil_pieces(texts: Iterable[str]) -> np.ndarray:
    """Static word-piece vectors distilled from MiniLM, weighted by the training texts.

    Each piece's MiniLM vector is centred and projected on the principal directions 2..257
    (the first is a direction every piece shares), then scaled by a / (a + p), p the piece's
    frequency in ``texts``. A sentence is then the normalised sum of its pieces' rows:
    microseconds instead of MiniLM's ~10 ms per sentence on one core.
    """
    from newsaudit.models.embeddings import VOCAB, piece_ids, piece_table

    table = piece_table()
    centred = table - table.mean(axis=0)
    _, _, directions = np.linalg.svd(centred, full_matrices=False)
    projected = centred @ directions[1 : 1 + STATIC_DIM].T
    counts = np.ones(VOCAB)
    for text in texts:
        np.add.at(counts, piece_ids(text, limit=1_000_000), 1)
    weights = SIF_A / (SIF_A + counts / counts.sum())
    return (projected * weights[:, None]).astype(np.float16)


def static_embedder(pieces: np.ndarray) -> Callable[[list[str]], np.ndarray]:
    """An ``embed``-like function over a distilled piece table (L2-normalised rows)."""
    from newsaudit.models.embeddings import piece_ids

    table = pieces.astype(np.float32)

    def run(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), table.shape[1]), np.float32)
        for row, text in enumerate(texts):
            ids = piece_ids(text or "")
            if ids:
                vector = table[ids].sum(axis=0)
                out[row] = vector / max(float(np.linalg.norm(vector)), 1e-9)
        return out

    return run


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class Model:
    booster: object  # lightgbm.Booster
    idf: np.ndarray
    temperature: float
    meta: dict
    pieces: np.ndarray | None = None  # distilled static vectors; None: MiniLM itself

    def embedder(self) -> Callable[[list[str]], np.ndarray]:
        """The embedding the booster was trained on."""
        if self.pieces is not None:
            return _static_for(self)
        from newsaudit.models import embeddings

        return embeddings.embed

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        columns = int(self.meta.get("settings", {}).get("columns", 0))
        if columns:
            features = features[:, :columns]
        raw = self.booster.predict(features, raw_score=True, num_threads=1)
        return softmax(np.asarray(raw) / self.temperature)

    def save(self, path: Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            np.savez_compressed(
                handle,
                booster=np.array(self.booster.model_to_string()),
                idf=self.idf.astype(np.float16),
                temperature=np.float64(self.temperature),
                meta=np.array(json.dumps(self.meta, sort_keys=True)),
                **({} if self.pieces is None else {"pieces": self.pieces}),
            )

    @classmethod
    def load(cls, path: Path) -> Model:
        import lightgbm

        with np.load(path, allow_pickle=False) as data:
            booster = lightgbm.Booster(model_str=str(data["booster"]))
            return cls(
                booster,
                data["idf"].astype(np.float32),
                float(data["temperature"]),
                json.loads(str(data["meta"])),
                data["pieces"] if "pieces" in data.files else None,
            )


_STATIC: dict[int, Callable] = {}


def _static_for(model: Model) -> Callable[[list[str]], np.ndarray]:
    """One static embedder per loaded model (the float32 table is built once)."""
    key = id(model.pieces)
    if key not in _STATIC:
        _STATIC[key] = static_embedder(model.pieces)
    return _STATIC[key]


def softmax(raw: np.ndarray) -> np.ndarray:
    shifted = np.exp(raw - raw.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def decide(probabilities: np.ndarray) -> np.ndarray:
    """Label indices that maximise the expected FNC-1 score under the probabilities."""
    p_unrelated = probabilities[:, UNRELATED]
    expected = 0.25 * (1 - p_unrelated)[:, None] + 0.75 * probabilities
    expected[:, UNRELATED] = 0.25 * p_unrelated
    return expected.argmax(axis=1)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model:
    """The shipped (or given) artifact, loaded once per process."""
    model = Model.load(artifact_path(path, ARTIFACT, "stance", TRAIN_COMMAND))
    version = model.meta.get("features_version", 1)
    if version != FEATURES_VERSION:
        raise NewsauditError(
            f"the stance artifact was trained on features v{version}, this code computes "
            f"v{FEATURES_VERSION}: retrain it with `{TRAIN_COMMAND}`"
        )
    return model


_RECENT: dict[tuple[int, str], np.ndarray] = {}
RECENT_LIMIT = 512


def _recent_vectors(texts: list[str], embed_fn: Callable) -> np.ndarray:
    """Embed with a small memo: a headline and its standfirst share one body, embedded once.

    Keys include the embedder, so two models with different embeddings never mix vectors."""
    if len(_RECENT) + len(texts) > RECENT_LIMIT:
        _RECENT.clear()
    owner = id(embed_fn)
    todo = list(dict.fromkeys(t for t in texts if (owner, t) not in _RECENT))
    if todo:
        _RECENT.update(zip([(owner, t) for t in todo], embed_fn(todo), strict=True))
    return np.vstack([_RECENT[(owner, t)] for t in texts])


def predict(
    headline: str,
    body_sentences: list[str],
    model: Model | None = None,
) -> StanceResult:
    """Stance of a body (as sentences) towards a headline or claim."""
    model = model or load_model()
    sentences = [s for s in body_sentences if s and s.strip()] or ["."]
    vectors = _recent_vectors([headline, *sentences], model.embedder())
    body = prepare_body(sentences, vectors[1:], model.idf)
    row = body_features([headline], vectors[:1], tfidf([headline], model.idf), body)
    probs = model.probabilities(row)
    label = LABELS[int(decide(probs)[0])]
    cos = vectors[1:] @ vectors[0]
    order = [int(i) for i in np.argsort(-cos, kind="stable")[:TOP_K]]
    evidence = [i for i in order if cos[i] >= EVIDENCE_MIN_COSINE] or order[:1]
    originals = [i for i, s in enumerate(body_sentences) if s and s.strip()]
    if originals:
        evidence = [originals[i] for i in evidence]
    return StanceResult(
        label, {n: float(p) for n, p in zip(LABELS, probs[0], strict=True)}, evidence
    )


def predict_pairs(
    model: Model, bodies: dict[str, str], pairs: Sequence[Pair], embed_fn: Callable | None = None
) -> list[str]:
    """Labels for many FNC-style pairs, each body split and embedded once."""
    embed_fn = embed_fn or model.embedder()
    missing = sorted({p.body_id for p in pairs} - set(bodies))
    if missing:
        raise NewsauditError(f"stance pairs name unknown Body IDs, e.g. {missing[:3]}")
    split = {b: split_sentences(bodies[b]) for b in {p.body_id for p in pairs}}
    x = feature_matrix(pairs, split, model.idf, embed_fn)
    return [LABELS[i] for i in decide(model.probabilities(x))]
