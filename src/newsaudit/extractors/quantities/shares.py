"""A share or a place after an article: "a third" is a fraction when it is a size ("a third of
voters", "cut by a third", "nearly a third say", "a third more properties", "between a quarter
and a third"), and an ordinal when it picks one of a series ("slid in a third", "a third in as
many months", "a third is to join"), as "the third" does (docs/quantities.md: a fraction of
something, a share with no noun after it, an ordinal). The parser tags either a cardinal or an
ordinal, so both paths ask the same question here.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import ORDINALS
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

# what sizes a share before its article: "by a third", "nearly a third", "more than a third",
# "only a third", "to a third", "a quarter and a third"
SIZED_BEFORE = re.compile(
    r"\b(?:by|to|nearly|almost|about|around|roughly|some|over|under|only|just|than|least|"
    r"approximately|barely|fully|(?:halves|half|quarters?|thirds?|fifths?)\s+(?:and|or|to))"
    r"[\s-]+$",
    re.IGNORECASE,
)
OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
COMPARED_AFTER = re.compile(r"\s+(?:more|less|fewer|as\s+(?:many|much))\b", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"\b(?:an?|one)[\s-]$", re.IGNORECASE)
PLACE_PARTS = frozenset({"third", "fourth", "fifth"})  # words that are ordinals too
SHARE_WORDS = frozenset({"quarter", *PLACE_PARTS})
LEAD = re.compile(r"^(?:(?:only|just|barely|fully|nearly|almost|about|roughly|around)\s+)+", re.I)
ARTICLE_PART = re.compile(r"^(?:an?)\s+(?P<part>third|fourth|fifth)$", re.IGNORECASE)


def is_a_share(doc: Document, article_start: int, end: int, tokens=None) -> bool:
    """Whether the article and part word ending at ``end`` are a size: "of" or a comparison
    after them, or a word that sizes before them, with no noun after that the word ranks."""
    if OF_AFTER.match(doc.text, end) or COMPARED_AFTER.match(doc.text, end):
        return True
    if SIZED_BEFORE.search(doc.text, max(0, article_start - 24), article_start) is None:
        return False
    if tokens is not None and len(tokens) == 1:
        token = tokens[0]
        ranks = token.dep_ == "amod" and token.head.pos_ == "NOUN" and token.head.i > token.i
        return not ranks  # "to a third place": a rank
    return True


def without_lead(text: str) -> str:
    """ "only a third" → "a third": the adverb before a share is no part of its value."""
    return LEAD.sub("", text)


def cardinal_share(doc: Document, span: Span) -> Span | Quantity | None:
    """For a cardinal the parser tagged: the span with its article when the parser left it out
    ("A" + "quarter of broadband users"), or the ordinal when "a third" picks one of a series
    and nothing sizes it; None when neither applies."""
    word = span.text.lower()
    if (
        word in SHARE_WORDS
        and doc.text[span.end : span.end + 1] != "-"  # "a quarter-point" is read whole later
        and (article := ARTICLE_BEFORE.search(doc.text, max(0, span.start - 4), span.start))
    ):
        span = make_span(doc.text, article.start(), span.end)
    changed = span if span.text.lower() != word else None
    found = ARTICLE_PART.match(span.text)
    if found is None:
        return changed
    start = span.start + found.start("part")
    if is_a_share(doc, span.start, span.end, doc.tokens(make_span(doc.text, start, span.end))):
        return changed
    value = float(ORDINALS[found.group("part").lower()])
    return Quantity(make_span(doc.text, start, span.end), value, None, "ordinal")
