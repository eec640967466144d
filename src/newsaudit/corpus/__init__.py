"""Corpus store and text-reuse provenance.

>>> from newsaudit.corpus import trace_article  # doctest: +SKIP
>>> trace_article(article, "corpus.sqlite")["passages"]  # doctest: +SKIP
"""

from __future__ import annotations

from newsaudit.corpus.clusters import find_clusters
from newsaudit.corpus.db import Store, open_store
from newsaudit.corpus.store import IngestStats, ingest
from newsaudit.corpus.trace import load_article, trace_article

__all__ = [
    "IngestStats",
    "Store",
    "find_clusters",
    "ingest",
    "load_article",
    "open_store",
    "trace_article",
]
