"""A part of one: "and a half" after a whole number or a time unit ("15-and-a-half miles", "an
hour and a half"), and a fraction of one unit of time ("a quarter of a century", "half a year"):
a whole number and a fraction are one number, as "2 1/2 weeks" is (docs/quantities.md).
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import Span, make_span

PART_VALUES = {"half": 0.5, "quarter": 0.25}
TIME_UNIT_WORD = (
    r"(?:second|minute|hour|day|week|fortnight|month|year|decade)s?|century|centuries|millennium"
)
AND_A_PART = re.compile(r"[\s-]+and[\s-]+an?[\s-]+(half|quarter)\b", re.IGNORECASE)
UNIT_AND_A_PART = re.compile(  # "an hour and a half", "two years and a half"
    rf"\b(?:{TIME_UNIT_WORD})[\s-]+and[\s-]+an?[\s-]+(half|quarter)$", re.IGNORECASE
)
PART_OF_A_UNIT = re.compile(  # "quarter of a century", "half-an-hour", "a minute-and-a-half"
    r"\b(?=[ahqoAHQO])(?:(?:(?:a|one)[\s-]+)?(?:half|quarter)(?:[\s-]+of)?[\s-]+an?"
    rf"[\s-]+(?:{TIME_UNIT_WORD})|(?:an?|one)[\s-]+(?:{TIME_UNIT_WORD})[\s-]+and[\s-]+an?[\s-]+"
    r"(?:half|quarter))\b",
    re.IGNORECASE,
)
PART_OF_A_NAMED_ONE = re.compile(  # "the second half of a year": a period, not a span of time
    r"\b(?:the|first|second|third|fourth|last|final|latter|other|back|front)\s+$", re.IGNORECASE
)


def with_part(doc: Document, span: Span) -> Span:
    """A number the parser's entity leaves "and a half" after ("15" + "-and-a-half"), with it."""
    if not span.text[-1:].isalnum() or (part := AND_A_PART.match(doc.text, span.end)) is None:
        return span
    return make_span(doc.text, span.start, part.end())


def part_after_unit(text: str) -> float:
    """The half or quarter written after a time unit ("an hour and a half": 0.5), else 0."""
    part = UNIT_AND_A_PART.search(text)
    return PART_VALUES[part.group(1).lower()] if part else 0.0


def parts_of_a_unit(text: str) -> list[tuple[int, int]]:
    """Where a fraction of one unit of time is written ("nearly quarter of a century", "half a
    year", "a minute-and-a-half"), which the parser may leave untagged or tag in part; not a
    part that names a period ("the second half of a year")."""
    if "half" not in text and "quarter" not in text:
        return []
    return [
        (m.start(), m.end())
        for m in PART_OF_A_UNIT.finditer(text)
        if not PART_OF_A_NAMED_ONE.search(text, max(0, m.start() - 10), m.start())
    ]


MEASURE_WORD = (  # units of measure spelled out; not "pound", which is money as often
    r"inch|foot|yard|mile|ounce|gallon|pint|acre|cup|teaspoon|tablespoon|ton|tonne|"
    r"(?:kilo|centi|milli)?(?:metre|meter|gram|litre|liter)"
)
PART_OF_A_MEASURE = re.compile(  # "a quarter ounce", "a quarter-of-an-inch", "half a mile"
    r"(?<![\w-])(?:(?:a|one)[\s-]+)?(?P<part>half|quarter)(?:[\s-]+of)?(?:[\s-]+an?)?[\s-]+"
    rf"(?P<unit>{MEASURE_WORD})(?![\w-])",
    re.IGNORECASE,
)


def parts_of_a_measure(text: str) -> list[tuple[int, int]]:
    """Where a half or a quarter of one unit of measure is spelled out ("a quarter ounce", "a
    quarter-of-an-inch", "half a mile"), which the parser leaves untagged or reads as a count of
    the unit; not a part that names a period ("the second half of a mile")."""
    if "half" not in text and "quarter" not in text:
        return []
    return [
        (m.start(), m.end())
        for m in PART_OF_A_MEASURE.finditer(text)
        if not PART_OF_A_NAMED_ONE.search(text, max(0, m.start() - 10), m.start())
    ]


def read_part_of_a_measure(span: Span) -> tuple[float, str] | None:
    """The value and unit of a spelled part of one unit: 0.25 and the unit's plural ("inches"),
    as "a half century" is 0.5 centuries and "a quarter inch" 0.25 inches (docs/quantities.md,
    a fraction of a unit)."""
    match = PART_OF_A_MEASURE.fullmatch(span.text)
    if match is None:
        return None
    return PART_VALUES[match.group("part").lower()], match.group("unit").lower()


HALF_OF = re.compile(r"(?<![\w-])[Hh]alf(?=\s+of\s)")


def halves_of(text: str) -> list[tuple[int, int]]:
    """Where "half of" a thing is written ("at half of today's levels": fraction 0.5, the noun),
    not a half that names a period ("the second half of the season")."""
    return [
        (m.start(), m.end())
        for m in HALF_OF.finditer(text)
        if not PART_OF_A_NAMED_ONE.search(text, max(0, m.start() - 10), m.start())
    ]
