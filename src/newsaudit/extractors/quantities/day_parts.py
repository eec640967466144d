"""Parts of a day named from a day: "this morning", "last night", "the following evening",
"that evening". The parser often tags the part alone as a time ("morning" of "this morning's
meeting") or leaves the phrase untagged, and a time alone reads nothing; the whole phrase is a
date (docs/quantities.md: tonight, this morning; the next morning; a date relative to
another), so it is a candidate before the parser's entities."""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import make_span

DAY_PART = re.compile(  # the part in lower case: "CBS This Morning" is a programme
    r"\b(?:(?i:this)\s+(?:morning|afternoon|evening)|(?i:last)\s+(?:night|evening)"
    r"|(?i:that)\s+(?:morning|afternoon|evening|night)"
    r"|(?i:next|following|previous|preceding)\s+(?:morning|afternoon|evening|night))\b"
)


def day_part_spans(doc: Document) -> list[tuple[int, int]]:
    """Offsets of the day-part phrases that name a day: not a part that describes the noun
    after it ("this evening class"), and "that" only where it determines the part ("said that
    night fell" is a conjunction)."""
    found = []
    for match in DAY_PART.finditer(doc.text):
        tokens = doc.tokens(make_span(doc.text, match.start(), match.end()))
        if tokens is None or len(tokens) != 2:
            continue
        first, part = tokens
        if part.dep_ in ("compound", "amod", "nmod") and part.head.i > part.i:
            continue  # "the evening classes": the part describes a noun
        if first.lower_ == "that" and first.head.i != part.i:
            continue
        found.append((match.start(), match.end()))
    return found
