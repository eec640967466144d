"""Ordinals inside a date entity that reads as no date: the parser tags "the middle of the 19th
century" or "between the 30th and 95th" as one date entity; when that span reads nothing, each
ordinal in it is still a rank (docs/quantities.md, "an ordinal"), read on its own."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import ORDINAL_WORD
from newsaudit.spans import Span, make_span


def ordinals_inside(doc: Document, span: Span) -> list[Span]:
    """The ordinals within ``span``, when they are not the whole of it."""
    found = [
        make_span(doc.text, span.start + m.start(), span.start + m.end())
        for m in ORDINAL_WORD.finditer(span.text)
    ]
    return [] if [(s.start, s.end) for s in found] == [(span.start, span.end)] else found
