"""Headline support (placeholder)."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import HeadlineLine, Structure


def assess_headline(doc: Document, structure: Structure) -> list[HeadlineLine]:
    return []
