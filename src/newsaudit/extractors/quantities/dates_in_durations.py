"""A calendar date the parser runs together with a word for a unit of time in one entity.

"the week of February 9", "the opening months of 2004", "player of the year in 2004", "the year
to March 2005" and "the years 2010 to 2013" name a date: no number counts the unit word, and
the number written is the date's day or year, not a count of weeks or months (the doc's
calendar date row; "the year" with no year named is not labelled). "April 24, nine days after"
and "October 17 followed a month of talks" are a date and then a duration, each its own
reading, as "the three months to September" is a duration and then a date (`day_ranges`).
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.day_ranges import DAY_ALT, MONTH_ALT
from newsaudit.extractors.quantities.values import NUMBER_WORD

CALENDAR_UNIT = r"(?:day|week|month|year)s?"  # shared with duration_date_runs
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
UNIT_COUNT = rf"(?:\d[\d,.]*|{NUMBER_WORD}|an?)"  # "six", "24", "a" before a unit
_CALENDAR = (  # "February 9", "9 February 2015", "March 2005", "2004", "2010 to 2013", "12/8"
    rf"(?:{MONTH_ALT}\s?{DAY_ALT}(?:,?\s+{YEAR_DIGITS})?"
    rf"|{DAY_ALT}\s+{MONTH_ALT}(?:,?\s+{YEAR_DIGITS})?|{MONTH_ALT},?\s+{YEAR_DIGITS}"
    rf"|{YEAR_DIGITS}(?:\s*(?:to|-|\u2013)\s*{YEAR_DIGITS})?|\d{{1,2}}/\d{{1,2}})"
)
UNIT_THEN_DATE = re.compile(  # no number before the unit: "the opening months of 2004"
    rf"(?:[Tt]he\s+)?(?P<lead>(?:[A-Za-z]+\s+){{0,2}}?){CALENDAR_UNIT}"
    rf"\s+(?:(?:of|in|to|ending|ended|from|since)\s+)?(?:the\s+years?\s+)?(?P<date>{_CALENDAR})"
)
COUNTING_WORD = re.compile(  # a lead that counts or places the unit: "the first week of May"
    rf"\b(?:{NUMBER_WORD}|first|last|next|past|final|previous|coming|few|several|couple|same|"
    r"following|each|every|this|that)\b",
    re.IGNORECASE,
)
DATE_THEN_DURATION = re.compile(  # "April 24, nine days", "October 17 followed a month"
    rf"(?P<date>{MONTH_ALT}\s?{DAY_ALT}|{DAY_ALT}\s+{MONTH_ALT})(?:,?\s+{YEAR_DIGITS})?"
    rf"(?:,?\s+|\s*[-\u2013\u2014]\s*)(?:[a-z]+\s+){{0,2}}?"  # "29 March - just three days"
    rf"(?P<duration>{UNIT_COUNT}\s+{CALENDAR_UNIT}\b.*)"
)


def date_after_bare_unit(text: str) -> tuple[int, int] | None:
    """The offsets in ``text`` of the calendar date that a unit word no number counts leads
    to ("the week of February 9": "February 9"); None when the entity is no such phrase."""
    match = UNIT_THEN_DATE.fullmatch(text)
    if match is None or COUNTING_WORD.search(match.group("lead")):
        return None
    return match.start("date"), match.end("date")


def date_then_duration(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """A date entity that is a day of a month and then a count of units of time ("April 24,
    nine days"): the two, each its own candidate; None when the entity is no such pair."""
    if (match := DATE_THEN_DURATION.fullmatch(text)) is None:
        return None
    return [
        (start + match.start("date"), start + match.end("date"), "DATE"),
        (start + match.start("duration"), start + match.end("duration"), "DATE"),
    ]


SPAN_OF_A_YEAR = re.compile(  # "the first three months of 2005", "the final 10 weeks of 2019"
    rf"(?P<duration>(?:the\s+)?(?:first|last|final|opening|closing)\s+"
    rf"(?:\d[\d,.]*|{NUMBER_WORD})\s+{CALENDAR_UNIT})\s+of\s+(?:the\s+)?(?P<date>{YEAR_DIGITS})",
    re.IGNORECASE,
)


def span_then_year(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """A date entity that counts the first or last units of a year written after them ("the
    first three months of 2005"): the duration and the year, each its own reading, as "the
    three months to September" is a duration and a date; None when the entity is no such
    phrase."""
    if (match := SPAN_OF_A_YEAR.fullmatch(text)) is None:
        return None
    return [
        (start + match.start("duration"), start + match.end("duration"), "DATE"),
        (start + match.start("date"), start + match.end("date"), "DATE"),
    ]
