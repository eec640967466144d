"""Quantities (placeholder: see issue 2, item 7)."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import Quantity, Structure


def extract_quantities(doc: Document, structure: Structure) -> list[Quantity]:
    return []
