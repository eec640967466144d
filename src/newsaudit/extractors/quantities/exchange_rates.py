"""The currency an exchange rate is quoted in: "the yen was at 108.55 per dollar" is 108.55 yen,
not dollars."""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import sentence_span
from newsaudit.extractors.quantities.readings import CURRENCIES, CURRENCY_WORDS
from newsaudit.spans import Span

PER_CURRENCY = re.compile(  # "108.55 per dollar", "pegged at 8.28 to the dollar"
    r"\b(?:per|to\s+the|to\s+one|against\s+the)\s+(?:US\s+)?(dollar|euro|pound|yen|yuan)\b",
    re.IGNORECASE,
)


def quoted_currency(doc: Document, core: Span) -> str | None:
    """The currency an exchange rate is quoted in: "the yen was at 108.55 per dollar" is 108.55
    yen, the currency the sentence names before the number that is not the one it is per."""
    per = PER_CURRENCY.search(doc.text, core.start, core.end + 24)  # " against the US dollar"
    if per is None or per.start() - core.end > 1:
        return None
    base = CURRENCIES[per.group(1).lower()]
    sentence = sentence_span(doc, core.start)
    before = doc.text[sentence.start : core.start].lower()
    named = [
        (m.start(), CURRENCIES[mark])
        for mark, word in CURRENCY_WORDS.items()
        for m in word.finditer(before)
        if CURRENCIES[mark] != base
    ]
    return max(named)[1] if named else None
