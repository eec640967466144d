"""Document-level parts of the PolNeAR development file, by hash of ``doc_id``.

The parts are a rule on the id alone, so they never depend on file order or on which other
documents a file holds:

* ``development`` – ``sha256(doc_id) % 5 == 0``. This was "validation" until 2026-12-02. Its
  figures were read 24 times while the rules were written, so it no longer measures unseen
  text; it is kept as one fold of the cross-validation and reported apart.
* ``final`` – carved on 2026-12-02, before any model of issue 14 was trained: among the
  documents with ``sha256(doc_id) % 5`` in {2, 3, 4} (whose errors were never read; bucket 1
  was the error-analysis bucket), those whose salted hash ``sha256(FINAL_SALT + doc_id)`` is
  0 modulo 3. About 12 % of the documents. Nothing is fitted, tuned or read on it; it is
  scored once, at the end of a piece of work.
* ``train`` – everything else (bucket 1 and the unsalted rest of 2–4).

``nonfinal`` is ``train`` plus ``development``: what models are fitted on and what the
cross-validation runs over. ``all`` includes ``final``, so scoring it counts as a final read.
"""

from __future__ import annotations

import hashlib

BUCKETS = 5
DEVELOPMENT_BUCKET = 0
FINAL_SALT = "newsaudit/polnear-final/2026-12-02:"
FINAL_MODULUS = 3
PARTS = ("development", "train", "final")
SPLITS = ("nonfinal", "development", "train", "final", "all")


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)


def bucket_of(doc_id: str) -> int:
    """The unsalted bucket (0–4): the cross-validation fold of a non-final document."""
    return _hash(doc_id) % BUCKETS


def split_of(doc_id: str) -> str:
    """``development``, ``train`` or ``final`` for one document."""
    bucket = bucket_of(doc_id)
    if bucket == DEVELOPMENT_BUCKET:
        return "development"
    if bucket >= 2 and _hash(FINAL_SALT + doc_id) % FINAL_MODULUS == 0:
        return "final"
    return "train"


def in_split(doc_id: str, split: str) -> bool:
    """Whether a document belongs to ``split`` (one of `SPLITS`)."""
    if split == "all":
        return True
    part = split_of(doc_id)
    if split == "nonfinal":
        return part != "final"
    return part == split
