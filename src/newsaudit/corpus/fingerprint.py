"""Word tokens with character offsets, stable n-gram hashes and winnowing (Schleimer et al. 2003).

Tokens are *folded* before hashing (lower case, common British/American spellings merged) so
that spelling variants of a passage still share fingerprints. Hashes are stable across
processes (CRC32 per token, a polynomial over the n-gram), unlike Python's salted ``hash``.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

import numpy as np

NGRAM = 5  # words per shingle
WINDOW = 6  # winnowing window: any shared run of NGRAM + WINDOW - 1 words is always indexed
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_FOLDS = (
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"yse(s|d)?$"), r"yze\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence$"), r"ense"),
)
_FOLD_ENDINGS = (
    "ise",
    "ises",
    "ised",
    "ising",
    "isation",
    "isations",
    "yse",
    "yses",
    "ysed",
    "our",
    "ours",
    "oured",
    "ouring",
    "ourite",
    "ourites",
    "ourable",
    "tre",
    "tres",
    "lled",
    "lling",
    "ller",
    "llers",
    "ogue",
    "ogues",
    "ence",
)
_MULT = np.uint64(0x100000001B3)


class Tokens:
    """Folded word forms of a text; character offsets are computed only when asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._raw = _WORD.findall(text)
        self.words = [fold(w) for w in self._raw]
        self._spans: tuple[list[int], list[int]] | None = None
        self._hashes: dict[int, list[int]] = {}

    def hashes(self, n: int) -> list[int]:
        """Hashes of every word n-gram (same values as `ngram_hashes(words, n)`), cached."""
        if n not in self._hashes:
            codes = np.fromiter(map(_code, self._raw), np.uint64, count=len(self._raw))
            self._hashes[n] = _combine(codes, n).tolist()
        return self._hashes[n]

    def _offsets(self) -> tuple[list[int], list[int]]:
        if self._spans is None:
            spans = [m.span() for m in _WORD.finditer(self.text)]
            self._spans = ([a for a, _ in spans], [b for _, b in spans])
        return self._spans

    @property
    def starts(self) -> list[int]:
        return self._offsets()[0]

    @property
    def ends(self) -> list[int]:
        return self._offsets()[1]


@lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """One spelling for common variants: 'Organised' and 'organized' fold to the same form."""
    word = word.lower().replace("’", "'")
    if len(word) > 4 and word.endswith(_FOLD_ENDINGS):
        for pattern, repl in _FOLDS:
            folded = pattern.sub(repl, word)
            if folded != word:
                return folded
    return word


def tokenize(text: str) -> Tokens:
    return Tokens(text)


@lru_cache(maxsize=1 << 18)
def _code(word: str) -> int:
    return zlib.crc32(fold(word).encode())


def ngram_hashes(words: list[str], n: int = NGRAM) -> np.ndarray:
    """Hash of every word n-gram (position i covers words i..i+n-1) as signed int64."""
    codes = np.fromiter((zlib.crc32(w.encode()) for w in words), np.uint64, count=len(words))
    return _combine(codes, n)


def _combine(codes: np.ndarray, n: int) -> np.ndarray:
    """Polynomial hash over n consecutive word codes, vectorised (uint64 wraps on purpose)."""
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    h = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * _MULT + codes[k : k + count] + np.uint64(k + 1)
    return h.view(np.int64)


def winnow(hashes: np.ndarray, window: int = WINDOW) -> np.ndarray:
    """The distinct minimum hash of every window: a sparse, position-robust fingerprint set."""
    if len(hashes) == 0:
        return hashes
    if len(hashes) <= window:
        return np.unique(hashes[[int(np.argmin(hashes))]])
    views = np.lib.stride_tricks.sliding_window_view(hashes, window)
    picks = views.argmin(axis=1) + np.arange(len(views))
    return np.unique(hashes[picks])


def fingerprints(text: str) -> np.ndarray:
    """The winnowed fingerprint set of a text, as stored in the index."""
    words = _WORD.findall(text)  # the ingest hot path: no offsets, cached word codes
    return winnow(_combine(np.fromiter(map(_code, words), np.uint64, count=len(words)), NGRAM))
