"""Counts of time units the parser tags as a cardinal or a quantity, and vague durations whose
vague word it leaves out.

"as many as five years", "at least 20 seconds" are cardinals to the parser, read as bare
numbers since their noun is inside the entity; "only 10 more minutes" is its quantity, whose unit
takes "more" in. Each is a duration (docs/quantities.md: a duration, "two hours": measure, the
time unit's plural). "several more years", "several disappointing years" are vague durations
("several hours") whose vague word the unit's reading leaves out of its span; "a matter of weeks"
writes no count ("a number of years"). "the number of years" (no quantity, as "the number of
voters") is dropped before it is read, by `bare_units.names_no_span_of_time`.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.readings import TIME_UNITS
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.findings import Quantity
from newsaudit.spans import make_span

UNIT_WORD = r"(?:second|minute|hour|day|week|month|year|decade|century|centurie)s?"
COUNTED_END = re.compile(  # "as many as five years", "at least 20 seconds"
    rf"(?:\d|\b(?i:{NUMBER_WORD}))\s+(?:more\s+)?(?i:{UNIT_WORD})$"
)
MORE_UNIT = re.compile(rf"more\s+({UNIT_WORD})", re.IGNORECASE)  # "10 more minutes": minutes
VAGUE_BEFORE = re.compile(  # "several more", "several disappointing", "many"
    r"\b(?:several|many|a\s+few)\s+(?:(?:more|other|[a-z]+(?:ing|ed|ful|ous|ive|ic|al|y))\s+)?$",
    re.IGNORECASE,
)
MATTER_OF = re.compile(rf"an?\s+matter\s+of\s+{UNIT_WORD}$", re.IGNORECASE)


def counts_time_units(text: str) -> bool:
    """Whether the parser's cardinal ends with a count of time units ("as many as five
    years"): a duration, read as the parser's date entities are."""
    return COUNTED_END.search(text) is not None


def unit_without_more(unit: str | None) -> str | None:
    """ "more minutes" is minutes: "more" counts on, it is no part of the unit."""
    if unit and (more := MORE_UNIT.fullmatch(unit)):
        word = more.group(1).lower().removesuffix("s")
        return TIME_UNITS.get("century" if word == "centurie" else word, unit)
    return unit


def vague_durations(doc: Document, found: list[Quantity]) -> list[Quantity]:
    """The readings with each vague duration's span and value set right, in place."""
    out = []
    for q in found:
        if q.kind != "measure" or q.unit not in TIME_UNITS.values():
            out.append(q)
            continue
        start = q.span.start
        if q.value is None and (lead := VAGUE_BEFORE.search(doc.text, max(0, start - 32), start)):
            q.span = make_span(doc.text, lead.start(), q.span.end)  # "several more years"
        elif MATTER_OF.fullmatch(q.span.text.strip()):
            q.value, q.vague = None, True  # "a matter of weeks": no count, as "a number of"
        out.append(q)
    return out
