"""Ages named by the word "age" or by turning: "the voting age to 16", "aged under 30", "girls
aged four", "from ages 13 to 15", "at the age of eight", "raise the pension age from 60 to 65",
"when he turns 18", "the age of consent is 16", "the over-70s". A bare number in such a phrase
is years of age, not a count, whether the parser tags it a number or a date. So is one that
"younger than" or "older than" compares with (only ages are younger or older: "all of them are
younger than 50"), and one set off after a person's name and "now" or "then" ("Jess, now 19,
became", "Mr. Smith, then 38, said", "than Ms. Jones, then 35."), as "Ramirez, 35," is.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.ages import (
    CLOSES_AN_AGE,
    nothing_counted_after,
    subject_is_a_person,
)
from newsaudit.extractors.quantities.values import NUMBER_WORD, parse_number
from newsaudit.spans import Span, make_span

NUMBER = rf"(?:\d{{1,3}}|(?i:{NUMBER_WORD})(?:-(?i:{NUMBER_WORD}))?)"
AGE_WORD = r"\b(?i:age|ages|aged)"
AGE_LEAD = re.compile(  # "aged under ", "the voting age to ", "ages 13 to ", "age of 13 or "
    rf"{AGE_WORD}\s+(?:(?:of|from|to|under|over|between|at)\s+)?(?:{NUMBER}\s+(?:to|or|and)\s+)?$"
    rf"|{AGE_WORD}\s+from\s+(?i:birth|infancy)\s+to\s+$"  # "aged from infancy to 65"
)
AGE_SPAN = re.compile(  # the parser's date "the age of eight": the number in it is the age
    rf"(?:(?i:the)\s+)?{AGE_WORD}\s+(?:of\s+)?(?P<number>(?i:{NUMBER_WORD}))$"
)
BARE = re.compile(  # the parser's "under 30", "younger than 50"
    rf"(?:(?:under|over|(?i:younger|older)\s+than)\s+)?(?P<number>{NUMBER})"
)
ENDS = frozenset({"to", "from"})
COMPARED = re.compile(  # "younger than 50", "as young as ten": only an age is young or old
    r"\b(?i:(?:younger|older)\s+than|as\s+(?:young|old)\s+as)\s+$"
)
NOW_AFTER_NAME = re.compile(r",\s+(?:now|then)\s+$")  # "Jess, now 19,", "Smith, then 38,"


def _now_after_a_name(doc: Document, span: Span, token) -> bool:
    """Whether the number is set off after a person's name and "now" or "then" (the age at the
    time told), closed by a comma, a list's semicolon or a full stop, as "Wilson, 28." is."""
    if NOW_AFTER_NAME.search(doc.text, max(0, span.start - 8), span.start) is None:
        return False
    if CLOSES_AN_AGE.match(doc.text, span.end) is None or token.i < 3:
        return False
    return token.doc[token.i - 3].ent_type_ == "PERSON"


def changes_an_age(token) -> bool:
    """Whether ``token`` is the object of "to" or "from" on a verb whose subject or object is
    the noun "age" ("the pension age ... from 60 to 65", "the age of 21 ... reduced to 18")."""
    head = token.head if token.dep_ == "quantmod" else token  # "60" of "from 60 to 65"
    for _ in range(3):  # "65" <- "to" <- "from" <- "raise"
        if head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
            break
        if head.dep_ == "prep" and head.lower_ not in ENDS:
            return False
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return any(
                c.lemma_ == "age" and c.dep_ in ("nsubj", "nsubjpass", "dobj")
                for c in head.children
            )
    return False


def age_in_a_phrase(doc: Document, span: Span) -> Span | None:
    """The number of an age the word "age" or "aged" names ("aged four", "the voting age to
    16", "ages 13 to 15"), a verb changing an age moves to or from, or a person turns; None
    for a number that counts something after it ("the age of 500 channels")."""
    if (named := AGE_SPAN.search(span.text)) is not None:
        return make_span(doc.text, span.start + named.start("number"), span.end)
    if (bare := BARE.fullmatch(span.text)) is None:
        return None
    span = make_span(doc.text, span.start + bare.start("number"), span.end)
    value = parse_number(span.text)
    if value is None or not 0 < value < 120 or value != int(value):
        return None
    token = doc.token(span)
    if token is None or not nothing_counted_after(doc, token):
        return None
    if AGE_LEAD.search(doc.text, max(0, span.start - 40), span.start) is not None:
        return span
    if COMPARED.search(doc.text, max(0, span.start - 18), span.start) is not None:
        return span  # "all of them are younger than 50"
    if _now_after_a_name(doc, span, token):
        return span
    if token.dep_ == "dobj" and token.head.lemma_ == "turn" and subject_is_a_person(token.head):
        return span  # "when he turns 18"
    if token.dep_ == "attr" and _subject_is_an_age(token.head):
        return span  # "the age of consent is 16", "the voting age was 21"
    return span if changes_an_age(token) else None


def _subject_is_an_age(verb) -> bool:
    """Whether ``verb`` is "be" with the noun "age" its subject."""
    return verb.lemma_ == "be" and any(c.lemma_ == "age" and c.dep_ == "nsubj" for c in verb.lefts)


PLURAL_BAND = re.compile(r"\b(?i:the|of|for|to)\s+(?i:under|over)-(\d{1,3})s\b")


def plural_age_bands(text: str) -> list[tuple[int, int]]:
    """The numbers of "the over-70s", "millions of under-18s": people over or under an age,
    which the parser keeps in one word with the plural (a decade is "the 1970s", no band)."""
    return [m.span(1) for m in PLURAL_BAND.finditer(text)]
