"""Loaded language (placeholder: see issue 2, item 8)."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import LanguageFlag, Structure


def flag_language(doc: Document, structure: Structure) -> list[LanguageFlag]:
    return []
