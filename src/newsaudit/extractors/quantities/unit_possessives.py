"""One unit of time before a possessive: "a year's supply", "A year's work" last one year
(docs/quantities.md: a duration, measure N, the unit's plural), as "two years' work" lasts two;
the parser's entity leaves the article out and with it the count.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import Span, make_span

BARE_UNIT = re.compile(r"(?:second|minute|hour|day|week|month|year|decade|century)", re.I)
ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[^\w]))(?:an?|one)\s$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def with_article(doc: Document, span: Span) -> Span | None:
    """The span of "a year" for the parser's "year" in "a year's supply", else None."""
    if not BARE_UNIT.fullmatch(span.text) or not POSSESSIVE_AFTER.match(doc.text, span.end):
        return None
    article = ARTICLE_BEFORE.search(doc.text, max(0, span.start - 4), span.start)
    return None if article is None else make_span(doc.text, article.start(), span.end)
