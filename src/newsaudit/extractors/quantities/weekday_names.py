"""Weekdays the parse puts inside a longer name: the spec's named days ("Black Friday") and
papers and programmes ("The Sunday Times") are no dates to resolve.

`weekday_in_a_name` decides the weekday the parse compounds into the one word after it.
`weekday_opens_or_closes_a_name` adds the two shapes it leaves: a weekday that opens a run of
capitalised proper nouns compounded into a later word ("by Sunday Telegraph journalist Robert
Peston", "plans for Monday Night Football"), and one that closes a name a capitalised person's
or organisation's word is compounded into, after a title, an article or a quote ("coach Mike
Friday", "on ''Fox News Sunday''"). A weekday after a verb or a preposition ("said Monday Trump
left", "met Netanyahu Tuesday", "spoke to CNN Sunday") keeps its date.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.dates import WEEKDAYS
from newsaudit.extractors.quantities.number_forms import CALENDAR_NAME
from newsaudit.spans import Span

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
    if after.lower_.rstrip(".") in COURTESY_TITLES:
        return False  # "on Tuesday Mr Ebbers denied": a person's title opens the clause's subject
    return (
        after.dep_ == "compound"
        and after.head.i > after.i
        and token.head.i in (after.i, after.head.i)
    )


COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
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


def weekday_opens_or_closes_a_name(doc: Document, span: Span) -> bool:
    """Whether a one-word weekday span opens or closes a longer name in the parse."""
    if span.text.lower() not in WEEKDAYS:
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1:
        return False
    return opens_a_name(tokens[0]) or closes_a_name(tokens[0])


NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC"})


def weekday_in_a_name(doc: Document, span: Span) -> bool:
    """ "The Sunday Times", "her book Saturday Millionaires": a weekday the parse makes part of
    a name, or compounds into the capitalised name after it where a noun or an article, not a
    verb or a preposition, comes before it ("said Monday Trump left", "in the Commons on Monday"
    keep their dates)."""
    if span.text.lower() not in WEEKDAYS:
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1 or tokens[0].i == 0:
        return False
    token, before = tokens[0], doc.doc[tokens[0].i - 1]
    head = token.head
    name = (
        token.dep_ == "compound"
        and head.i == token.i + 1
        and head.pos_ == "PROPN"
        and head.text[:1].isupper()
        and head.ent_type_ != "DATE"
    )
    if name and _names_a_noun(head):
        return True  # "by Sunday Telegraph journalist Robert Peston": a paper's name
    if before.pos_ in ("ADP", "VERB", "AUX") or before.lower_ in ("last", "next", "this", "every"):
        return False  # "debated in the Commons on Monday", which the parser may take for a name
    if token.ent_type_ in NAME_ENTITIES:
        return True
    return name and (
        before.pos_ == "NOUN" or before.lower_ in ("the", "a", "an") or _after_a_name(before)
    )


def _names_a_noun(head) -> bool:
    """A capitalised word the parse compounds into the lower-case noun right after it
    ("Telegraph journalist"): with the weekday before it, a name that modifies the noun."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (
        after is not None
        and head.dep_ == "compound"
        and head.head == after
        and after.pos_ == "NOUN"
        and after.is_lower
    )


def _after_a_name(conjunction) -> bool:
    """ "the Sunday Times and Sunday Telegraph": a conjunction right after a name the parser
    tags as an organisation or a work, which the weekday's name is joined to."""
    if conjunction.pos_ != "CCONJ" or conjunction.i == 0:
        return False
    return conjunction.doc[conjunction.i - 1].ent_type_ in NAME_ENTITIES
