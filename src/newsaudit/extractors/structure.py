"""Structure (placeholder)."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import Paragraph, Structure


def extract_structure(doc: Document) -> Structure:
    return Structure(paragraphs=[Paragraph(p, "body") for p in doc.paragraphs])
