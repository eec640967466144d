"""A count that shares the noun of the count it is joined to.

docs/quantities.md gives each end of a range its own reading with the shared noun ("60 to 100
dump trucks", "two or three months"). A reader does the same for counts joined by "and" or
"but" where only the second names the noun: "not one, but two candidates" counts candidates
twice, and "Two Ebola and 26 HIV/AIDS cases" counts cases, the name before "and" only saying
which cases. The parse leaves the first number untagged, or hangs it on the name.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import Span

JOINED = re.compile(  # ", but two", " and 26", " but perhaps three"
    r",?\s+(?:but|and|or)\s+(?:(?:not|perhaps|maybe|possibly|even|just|only)\s+)?$",
    re.IGNORECASE,
)
NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)  # "not one, but two"


def next_count(doc: Document, number):
    """The number after ``number`` and a joining word ("one, but two", "Two Ebola and 26",
    past one capitalised name), which may count the noun both share; None otherwise."""
    at = number.i + 1
    if at < len(doc.doc) and doc.doc[at].tag_ == "NNP" and number.lower_ not in ("one", "1"):
        at += 1  # "Two Ebola and 26": the name says which of the shared noun's things
    for word in doc.doc[at : at + 4]:
        if word.tag_ == "CD":
            between = doc.text[doc.doc[at - 1].idx + len(doc.doc[at - 1]) : word.idx]
            return word if JOINED.fullmatch(between) else None
    return None


def not_one_but(doc: Document, span: Span) -> bool:
    """Whether a number word stands in "not one, but two ...": a count of what the second
    counts, however the parse leaves it."""
    word = doc.token(span)
    if word is None or not NOT_BEFORE.search(doc.text, max(0, span.start - 8), span.start):
        return False
    return next_count(doc, word) is not None


def counts_a_name_alone(number, head) -> bool:
    """A count above one that the parse hangs on the singular name right after it ("Two Ebola
    and 26 HIV/AIDS cases"): no count of that name, as a count above one stands before a
    plural, so the noun of the count joined to it is what it counts."""
    return (
        head.i == number.i + 1
        and head.tag_ == "NNP"
        and not head.lower_.endswith("s")  # "three Grammys and four gongs": a plural name
        and number.lower_ not in ("one", "1")
        and number.like_num
    )
