"""Context for dates without a year: the tense around them, or the heading of their list.

"June 9 -- Coral Sky Amphitheatre" under "Tour 2020 dates:" is in 2020 whatever the article's
date; "will play on Sept. 12" in a November article is next September.
"""

from __future__ import annotations

import re
from datetime import date

from newsaudit.document import Document
from newsaudit.spans import Span

MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)


def year_shift(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


LIST_LINE_WORDS = 14
EXPLICIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def list_year(doc: Document, span: Span) -> int | None:
    """The year a run of short dated lines takes from its heading ("Tour 2020 dates:")."""
    index = doc.paragraph_index(span.start)
    if len(doc.paragraphs[index].text.split()) > LIST_LINE_WORDS:
        return None
    for back in range(index - 1, max(-1, index - 60), -1):
        text = doc.paragraphs[back].text
        if found := EXPLICIT_YEAR.findall(text):
            return int(found[-1])
        if len(text.split()) > LIST_LINE_WORDS or not MONTH_WORD.search(text):
            return None
    return None


def has_verb(doc: Document, span: Span) -> bool:
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in tokens.sent)
