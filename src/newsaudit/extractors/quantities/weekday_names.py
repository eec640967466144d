"""Weekdays the parse puts inside a longer name: the spec's named days ("Black Friday") and
papers and programmes ("The Sunday Times") are no dates to resolve.

`dates.weekday_in_a_name` decides the weekday the parse compounds into the one word after it.
This module adds the two shapes it leaves: a weekday that opens a run of capitalised proper
nouns compounded into a later word ("by Sunday Telegraph journalist Robert Peston", "plans for
Monday Night Football"), and one that closes a name a capitalised person's or organisation's
word is compounded into, after a title, an article or a quote ("coach Mike Friday", "on
''Fox News Sunday''"). A weekday after a verb or a preposition ("said Monday Trump left", "met
Netanyahu Tuesday", "spoke to CNN Sunday") keeps its date.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import CALENDAR_NAME
from newsaudit.spans import Span

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
NOT_NAME_PARTS = frozenset({"PERSON", "GPE", "DATE", "TIME", "CARDINAL", "ORDINAL"})
CLOSED_NAMES = frozenset({"PERSON", "ORG"})


def _name_word(token) -> bool:
    """A capitalised proper noun that is no calendar word or number."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.is_alpha
        and not CALENDAR_NAME.match(token.text)
    )


def opens_a_name(token) -> bool:
    """The weekday, a compound, opens a run of capitalised name words that the parse compounds
    with it into a later word ("Sunday Telegraph journalist", "Monday Night Football"); the
    word right after it is no person's or place's name ("on Monday Trump said")."""
    doc = token.doc
    if token.dep_ != "compound" or token.head.i <= token.i or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if not _name_word(after) or after.ent_type_ in NOT_NAME_PARTS or not token.whitespace_:
        return False
    return (
        after.dep_ == "compound"
        and after.head.i > after.i
        and token.head.i in (after.i, after.head.i)
    )


LEADS_A_NAME = frozenset({"NOUN", "DET", "PUNCT"})  # "coach Mike", "the Fox", "''Fox"


def closes_a_name(token) -> bool:
    """The weekday ends a name: the capitalised words right before it are a person's or an
    organisation's, compounded into the weekday, after a title, an article or a quote
    ("coach Mike Friday", "on ''Fox News Sunday"), not after a verb or a preposition, where
    the weekday dates what someone did ("met Netanyahu Tuesday", "spoke to CNN Sunday")."""
    first = token.i
    while first > 0:
        before = token.doc[first - 1]
        if not (
            _name_word(before)
            and before.dep_ == "compound"
            and before.head.i in (first, token.i)
            and before.ent_type_ in CLOSED_NAMES
            and before.whitespace_
        ):
            break
        first -= 1
    if first == token.i or first == 0:
        return False
    return token.doc[first - 1].pos_ in LEADS_A_NAME


def weekday_inside_a_name(doc: Document, span: Span) -> bool:
    """Whether a one-word weekday span opens or closes a longer name in the parse."""
    if span.text.lower() not in WEEKDAYS:
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1:
        return False
    return opens_a_name(tokens[0]) or closes_a_name(tokens[0])
