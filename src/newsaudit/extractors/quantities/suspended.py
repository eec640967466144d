"""The low end of a suspended range: in "six- to eight-year-olds", "two- or three-day trips" and
"three and four-year-olds" the low end takes the time unit fused to the high end, as each end of
"60-90 minutes" is minutes."""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.readings import TIME_UNITS
from newsaudit.extractors.quantities.values import NUMBER_WORD, parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span

FUSED_TIME = r"(?:\d{1,3}|" + NUMBER_WORD + r")-(second|minute|hour|day|week|month|year|decade)s?\b"
HIGH_AFTER = re.compile(rf"-?\s+(?:to|or|and)\s+{FUSED_TIME}", re.IGNORECASE)
LOW_BEFORE = re.compile(rf"\b(?:\d{{1,3}}|{NUMBER_WORD})(?=-?\s+(?:to|or|and)\s+$)", re.IGNORECASE)
HIGH_ENTITY = re.compile(FUSED_TIME, re.IGNORECASE)


IN_ENTITY = re.compile(  # "two and three-year-olds", one entity of the parser's
    rf"(?P<low>\d{{1,3}}|{NUMBER_WORD})-?\s+(?:to|or|and)\s+(?P<high>{FUSED_TIME}.*)", re.IGNORECASE
)


def suspended_ends(text: str, start: int, entity: str) -> list[tuple[int, int, str]] | None:
    """The candidates of a date entity that is a number fused to a time unit with a suspended
    low end: the low end the parser leaves out ("six-" before "eight-year-olds") or runs in
    ("two and three-year-olds"), then the high end; None if there is no such low end."""
    if "-" not in entity:
        return None
    if (both := IN_ENTITY.fullmatch(entity)) is not None:
        return [
            (start + both.start("low"), start + both.end("low"), "CARDINAL"),
            (start + both.start("high"), start + len(entity), "DATE"),
        ]
    if not HIGH_ENTITY.match(entity):
        return None
    low = LOW_BEFORE.search(text, max(0, start - 18), start)
    if low is None:
        return None
    return [(low.start(), low.end(), "CARDINAL"), (start, start + len(entity), "DATE")]


def suspended_low(doc: Document, span: Span) -> Quantity | None:
    """ "six" of "six- to eight-year-olds": a measure in the high end's time unit."""
    if (value := parse_number(span.text)) is None or " " in span.text:
        return None
    if (high := HIGH_AFTER.match(doc.text, span.end)) is None:
        return None
    return Quantity(span, value, TIME_UNITS[high.group(1).lower()], "measure")
