"""Shared by the quantities tests: read a short text written for a test, and look up the
reading that covers a fragment of it. The rules' readings are tested without the learned verdict
(`verdict`), which has its own tests and is measured on labelled pages."""

from __future__ import annotations

from newsaudit.document import build_document
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.structure import extract_structure
from newsaudit.findings import Quantity
from newsaudit.ingest import article_from_parts


def read(text: str, when: str = "2024-05-15") -> list[Quantity]:
    """The rules' quantities of ``text`` as an article dated ``when``."""
    doc = build_document(article_from_parts(text, None, date=when))
    return extract_quantities(doc, extract_structure(doc), learned=False)


def at(found: list[Quantity], text: str, fragment: str, nth: int = 0) -> Quantity | None:
    """The first quantity covering the ``nth`` occurrence of ``fragment`` in ``text``, if any."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    end = start + len(fragment)
    hits = [q for q in found if q.span.start < end and start < q.span.end]
    return hits[0] if hits else None


def reading(found: list[Quantity], text: str, fragment: str, nth: int = 0):
    """(kind, value, unit, resolved date) of the quantity covering ``fragment``, or None."""
    q = at(found, text, fragment, nth)
    return None if q is None else (q.kind, q.value, q.unit, q.resolved_date)
