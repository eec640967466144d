"""A count of units of time before "ago" is a date, whatever the parser's entity leaves out.

"two years ago", "a dozen years ago", "a couple of years ago" and "3 MONTHS AGO" count back
from the article's date (the doc's relative date row; unresolved in an article with no date).
The parser often ends its entity before "ago" ("the final two years" + " ago") or tags only the
count ("a couple"), and the count was then read as a duration; the whole phrase is the date.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.readings import WINDOW_UNIT
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.spans import Span, make_span

UNITS_AGO = re.compile(
    rf"(?<![\w-])(?:\d[\d,.]*|{NUMBER_WORD}|an?|a\s+couple(?:\s+of)?|a\s+dozen|a\s+few|several)"
    rf"[\s-]+(?:more\s+)?{WINDOW_UNIT}\s+ago\b",
    re.IGNORECASE,
)
COUNT_BACK_LABELS = frozenset({"CARDINAL", "NUMBER", "WORD", "DATE", "TIME", "WINDOW"})
REACH = 40  # characters past the entity: "of years ago" after "a couple"


def units_ago(doc: Document, span: Span) -> Span | None:
    """The span of "N units ago" whose count starts inside ``span`` and whose "ago" the
    span leaves out; None when the span is no count of units back."""
    found = UNITS_AGO.search(doc.text, span.start, min(len(doc.text), span.end + REACH))
    if found is None or found.start() >= span.end or found.end() <= span.end:
        return None
    if found.start() > span.start and re.search(r"\d", doc.text[span.start : found.start()]):
        return None  # another number before the count: "2015 two years ago" is no such phrase
    return make_span(doc.text, found.start(), found.end())
