"""A count of units of time between two events is a duration, not a date.

"five days later", "two weeks later", "a couple of weeks later" and "many years later" say how
long after the event before them something came: N units early or late (the doc's "two years
early", "three weeks before he died"), a measure of N units. A single unit ("a year earlier",
"a week later", "the day before") names the date it steps to (the doc's date relative to
another), and "N units ago" counts back from the article's date, so both stay dates; so does
a count after a date its sentence named ("in 1967 and 24 years later": 1991), which steps from it.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

STEP_TAIL = re.compile(r"\s+(?:later|earlier|before|after)$", re.IGNORECASE)
VAGUE_STEPS = re.compile(r"\b(?:few|several|couple|many|some)\b", re.IGNORECASE)


def counts_units_apart(text: str) -> bool:
    """Whether a date entity counts two units of time or more, or a vague few, before
    "later", "earlier", "before" or "after" ("five days later", "a few weeks later")."""
    if (tail := STEP_TAIL.search(text)) is None:
        return False
    head = text[: tail.start()]
    if VAGUE_STEPS.search(head):
        return True
    value = parse_number(head)
    return value is not None and value >= 2


THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)  # "five years earlier than expected"


def measures_the_gap(doc: Document, span: Span) -> bool:
    """Whether a count of units before "later" or "earlier" measures a gap even after a date
    its sentence named: a vague few can move no date to a day ("in 2016 ... a few days
    earlier"), and "than" compares two times ("in 2006, five years earlier than expected"),
    as the doc's "four years later than planned" (measure N, none for a few)."""
    if not counts_units_apart(span.text.strip()):
        return False
    return bool(VAGUE_STEPS.search(span.text) or THAN_AFTER.match(doc.text, span.end))


A_WEEK_OR_MONTH = re.compile(r"(?:an?|one)\s+(?P<unit>week|month)\s+(?:before|after)", re.I)


def span_before_an_event(doc: Document, span: Span, of_event: bool) -> Quantity | None:
    """ "a week before the election", "a month after taking over": one week or month between an
    event and what the sentence tells, a measure as "three weeks before he died" is; "the day
    before the fitting" and "a year after the 1986 disaster" name a day or a year (the doc's
    day before an event), and "a week earlier" with no event steps from a date, so stay dates.
    The event is the object of "before" or "after", or the clause it opens ("after IBM sold")."""
    if (found := A_WEEK_OR_MONTH.fullmatch(span.text)) is None:
        return None
    if not (of_event or _opens_a_clause(doc, span)):
        return None
    unit = f"{found.group('unit').lower()}s"
    return Quantity(span=span, value=1.0, unit=unit, kind="measure")


def _opens_a_clause(doc: Document, span: Span) -> bool:
    tokens = doc.tokens(make_span(doc.text, span.end - 1, span.end))
    return tokens is not None and len(tokens) > 0 and tokens[-1].dep_ == "mark"
