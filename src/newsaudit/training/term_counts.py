"""Counting adjective + noun pairs over the news corpora, for the term dictionary.

A two-word term ("unforced errors", "civil servants") is a pair whose adjective is specific to
its noun: it is written with that noun far more often than chance, and the noun is often
written with it. The counts are taken over the news corpora the project reads in place (BBC
News, FakeNewsNet, PolNeAR, FNC-1 bodies), tagged by the project's pipeline without parser or
recogniser; every page a blind or held-out label file names is left out, so the counts carry
nothing of those pages (only their page-id column is read).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsaudit.evaluation.quantity_labels import CORPORA, corpus_records
from newsaudit.evaluation.real_pages import DEFAULT_ROOT

ADJECTIVE_TAGS = frozenset({"JJ", "VBN", "VBG"})
NOUN_TAGS = frozenset({"NN", "NNS"})
PREFIXES = (*CORPORA, "polnear", "fnc1")


def blind_pages(paths: Iterable[Path]) -> set[str]:
    """The page ids of label files, from their first column only."""
    pages: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                pages.add(line.split("\t", 1)[0])
    pages.discard("page")
    return pages


def corpus_texts(excluded: set[str], root: Path = DEFAULT_ROOT) -> Iterator[str]:
    """The text of every corpus article no excluded page id names."""
    from newsaudit.ingest import to_article

    for prefix in PREFIXES:
        for record_id, record in corpus_records(prefix, root):
            if f"{prefix}/{record_id}" not in excluded:
                yield to_article(record).text


def _is_word(token) -> bool:
    return token.is_alpha and token.is_lower and len(token.text) > 1


def count_pairs(texts: Iterable[str], nlp=None) -> dict:
    """Counts of adjective + noun bigrams (the adjective lower case, the noun's lemma), of
    each adjective before any noun, of each noun after any adjective and of each noun."""
    if nlp is None:
        from newsaudit.nlp import load_pipeline

        nlp = load_pipeline()
    keep = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}
    pairs: Counter = Counter()
    nouns: Counter = Counter()
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep]):
        for doc in nlp.pipe(texts, batch_size=32):
            for token in doc:
                if token.tag_ not in NOUN_TAGS or not _is_word(token):
                    continue
                noun = token.lemma_.lower()
                nouns[noun] += 1
                before = token.nbor(-1) if token.i else None
                if before is not None and before.tag_ in ADJECTIVE_TAGS and _is_word(before):
                    pairs[f"{before.lower_} {noun}"] += 1
    return {"pairs": dict(pairs), "nouns": dict(nouns)}


def load_or_count(cache: Path | None, excluded: set[str], root: Path = DEFAULT_ROOT) -> dict:
    """The counts, from ``cache`` when it exists, else counted (and written there)."""
    if cache is not None and cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))
    counts = count_pairs(corpus_texts(excluded, root))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(counts), encoding="utf-8")
    return counts
