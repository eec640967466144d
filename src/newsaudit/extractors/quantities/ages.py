"""Ages: "Ramirez, 35," and "aged 12" are years of age, not counts; a number set off by commas
after a name is an age only when the parse makes the name a person or the number its apposition.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import Span, make_span


def is_age(doc: Document, span: Span) -> bool:
    """ "Ramirez, 35, had scored": a number set off by commas right after a person's name (or a
    proper noun the parse makes it the apposition of) is the person's age."""
    if doc.text[span.end : span.end + 1] != "," or doc.text[span.start - 2 : span.start] != ", ":
        return False  # the cheap test first: most numbers are not set off by commas
    if not span.text.isdigit() or not 0 < int(span.text) < 120:
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1 or tokens[0].i < 2 or tokens[0].i + 1 >= len(doc.doc):
        return False
    token = tokens[0]
    comma, name, after = doc.doc[token.i - 1], doc.doc[token.i - 2], doc.doc[token.i + 1]
    return (
        comma.text == ","
        and after.text == ","
        and name.pos_ == "PROPN"
        and (name.ent_type_ == "PERSON" or (token.dep_ == "appos" and token.head.i == name.i))
    )


AGE_BEFORE = re.compile(r"\b(?:age|aged)\s+$", re.IGNORECASE)
AGE_DATE = re.compile(r"(?:age|aged)\s+(\d{1,3})\b", re.IGNORECASE)
AGE_NUMBER = re.compile(r"\d{1,3}(?![\d,.]\d)")


def span_after_age(doc: Document, span: Span) -> Span | None:
    """The number of "people age 12 and older", "aged 65": an age (the parser may take "age
    12" for a date)."""
    text = span.text
    if text[:1] in "aA" and (found := AGE_DATE.match(text)) is not None:  # "age 18 and older"
        return make_span(doc.text, span.start + found.start(1), span.start + found.end(1))
    if doc.text[span.start - 2 : span.start - 1] not in ("e", "d"):  # the cheap test first
        return None
    if (number := AGE_NUMBER.match(text)) is not None and AGE_BEFORE.search(
        doc.text[max(0, span.start - 5) : span.start]
    ) is not None:
        return make_span(doc.text, span.start, span.start + number.end())
    return None


PEOPLE_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})


def is_age_of_subject(doc: Document, span: Span) -> bool:
    """ "since I was 17", "when she is 30": a bare number that is all a person is, the complement
    of "be" with a personal pronoun for its subject, is that person's age."""
    if not span.text.isdigit() or not 0 < int(span.text) < 120:
        return False
    token = doc.token(span)
    if token is None:
        return False
    verb = token.head
    if token.dep_ not in ("attr", "acomp") or verb.lemma_ != "be" or verb.i > token.i:
        return False
    if token.i + 1 < len(doc.doc) and doc.doc[token.i + 1].pos_ in ("NOUN", "PROPN", "NUM"):
        return False  # "he was 17 points short"
    return any(c.dep_ == "nsubj" and c.lower_ in PEOPLE_PRONOUNS for c in verb.lefts)
