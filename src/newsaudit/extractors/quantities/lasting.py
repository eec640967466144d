"""The verb "last" before a count of time units: "expected to last five months", "a charge will
last 24 hours" say how long something goes on (docs/quantities.md: a duration, measure N, the
unit), not "the last five months", a window back from the article's date.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import Span, make_span

LAST_WORD = re.compile(r"last\s+", re.IGNORECASE)
BEFORE_A_VERB = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|shall|does|do|did|not|'ll|\u2019ll)\s+$",
    re.IGNORECASE,
)


def lasting_span(doc: Document, start: int, end: int) -> Span | None:
    """The count and unit after the verb "last" that opens ``start``..``end``, or None when
    "last" is the adjective ("the last 24 hours", "over the last five years")."""
    word = LAST_WORD.match(doc.text, start, end)
    if word is None:
        return None
    verb_before = BEFORE_A_VERB.search(doc.text, max(0, start - 8), start) is not None
    token = doc.token(make_span(doc.text, start, start + 4))
    tagged_verb = token is not None and token.pos_ == "VERB" and token.tag_.startswith("VB")
    if not (verb_before or tagged_verb):
        return None
    return make_span(doc.text, word.end(), end)
