"""Date-like words that are no date, and names a year dates: a month word the article uses as
a name ("May's chairman" in a story on May Department Stores), and a year after a day's name
("Valentine's Day 2015": that year). A clock in four digits before a time zone and a relative
date word in capitals ("told USA TODAY") are name_numbers' cases.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.dates import MONTH_NAMES
from newsaudit.spans import Span

YEAR_AFTER_NAME = re.compile(r"(?:[A-Z][\w'\u2019]*\s+)+((?:19|20)\d\d)")


def year_after_a_name(text: str) -> str | None:
    """The year of a date the parser tags as a capitalised name and a year ("Day 2015" of
    "Valentine's Day 2015", "Christmas 2019"): that year, as "fiscal 2019" is 2019."""
    found = YEAR_AFTER_NAME.fullmatch(text)
    return found.group(1) if found else None


MONTH_NAME = re.compile(rf"(?:{MONTH_NAMES})(?:['\u2019]s)?")
TIME_PREPOSITIONS = frozenset(
    {"in", "on", "since", "by", "until", "till", "from", "during", "through", "throughout"}
    | {"before", "after", "between", "to", "of", "into", "around", "last", "next", "this"}
)


def month_names_a_party(doc: Document, span: Span) -> bool:
    """ "May's chairman resigned", "a rescue deal for May" in a story on May Department Stores:
    a month word alone, with no preposition of time of its own, that the article writes
    elsewhere as the first or last word of an organisation's or a person's name in the parse
    ("May Department Stores", "Theresa May") is that name; "sales in May" stays a month."""
    if MONTH_NAME.fullmatch(span.text) is None:
        return False
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    token = tokens[0]  # the month of "May's"; the preposition before an owner is its noun's
    before = doc.doc[token.i - 1].lower_ if token.i and token.dep_ != "poss" else ""
    if before in TIME_PREPOSITIONS or (
        token.dep_ == "pobj" and token.head.lower_ in TIME_PREPOSITIONS
    ):
        return False
    return any(
        entity.label_ in ("ORG", "PERSON")
        and len(entity) > 1
        and token.text in (entity[0].text, entity[-1].text)
        for entity in doc.doc.ents
    )
