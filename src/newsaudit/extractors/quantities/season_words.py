"""Season words the parser leaves untagged where they describe the noun after them: "a fall
premiere", "the party's spring conference", "his summer move". After an article or a
possessive each is one season, of the article's year, as "a summer move" is
(docs/quantities.md: a season word after an article, or after a possessive); "Arab Spring"
and "in summer" are none, and "a fall in prices" is no season at all.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.modifier_words import MODIFIER_LINKS
from newsaudit.extractors.quantities.periods import SEASON_WORDS, season_after_article
from newsaudit.spans import make_span


def season_modifiers(doc: Document) -> list[tuple[int, int]]:
    """Offsets of lower-case season words that modify the noun right after them and follow an
    article or a possessive: the noun they describe shows "fall" is the season, not a drop."""
    if not any(word in doc.text for word in SEASON_WORDS):
        return []
    found = []
    for token in doc.doc:
        if token.text not in SEASON_WORDS or token.dep_ not in MODIFIER_LINKS:
            continue
        after = token.nbor() if token.i + 1 < len(doc.doc) else None
        if after is None or after.pos_ != "NOUN" or token.head.i < token.i:
            continue  # "the spring of 2005" is read as a date already
        span = make_span(doc.text, token.idx, token.idx + len(token.text))
        if season_after_article(doc, span):
            found.append((span.start, span.end))
    return found
