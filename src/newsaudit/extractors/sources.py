"""Sources (placeholder)."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import Claim, Quote, Source, Structure


def extract_sources(
    doc: Document, structure: Structure, quotes: list[Quote], claims: list[Claim]
) -> list[Source]:
    return []
