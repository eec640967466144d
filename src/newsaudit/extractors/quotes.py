"""Quotes and speakers (placeholder: see issue 2, item 5)."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import Quote, Structure


def extract_quotes(doc: Document, structure: Structure) -> list[Quote]:
    return []
