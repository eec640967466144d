"""Claims (placeholder: see issue 2, item 7)."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import Claim, Quote, Structure


def extract_claims(doc: Document, structure: Structure, quotes: list[Quote]) -> list[Claim]:
    return []
