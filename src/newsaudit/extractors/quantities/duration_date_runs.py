"""A count and a date the parser runs together in one date entity, each its own reading.

"six months in 1973", "one year - between 2002 and 2003" and "two days - Wednesday" are a
duration and then the date it falls in or names (the doc's duration row and calendar date or
weekday row), as "the three months to September" is a duration and a date (`day_ranges`);
"December 14-year-old" is a month and then an age; "from 32 last year" a number and then a
relative date ("last year" is a date, and no count of years is written before it). Reading the
whole entity as one would read the count's unit and lose the date, or date the count.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.dates_in_durations import (
    CALENDAR_UNIT,
    UNIT_COUNT,
    YEAR_DIGITS,
)
from newsaudit.extractors.quantities.day_ranges import MONTH_ALT

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN = (  # a year, a month with or without its year, a weekday
    rf"(?:{YEAR_DIGITS}|{MONTH_ALT}(?:,?\s+{YEAR_DIGITS})?|{_WEEKDAY})"
)
DURATION_THEN_WHEN = re.compile(  # "six months in 1973", "one year - between 2002"
    rf"(?P<duration>(?:(?:only|just|about|some)\s+)?{UNIT_COUNT}\s+{CALENDAR_UNIT})"
    rf"(?:\s+in\s+|\s*[-\u2013\u2014]\s*(?:(?:between|from|in|on)\s+)?)"
    rf"(?P<date>{_WHEN})"
)
MONTH_THEN_AGE = re.compile(  # "December 14-year-old": no day is fused to "-year-old"
    rf"(?P<date>{MONTH_ALT})\s+(?P<age>\d{{1,3}}-years?-olds?)"
)
NUMBER_THEN_STEP = re.compile(  # "32 last year": a number and a relative date
    r"(?P<number>\d[\d,.]*)\s+(?P<date>(?:last|this|next)\s+(?:week|month|year|season))"
)


def count_beside_date(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """The two readings of a date entity that runs a count into a date (see the module's
    docstring), as (start, end, label) candidates; None when the entity is no such pair."""
    if match := DURATION_THEN_WHEN.fullmatch(text):
        first, second = ("duration", "DATE"), ("date", "DATE")
    elif match := MONTH_THEN_AGE.fullmatch(text):
        first, second = ("date", "DATE"), ("age", "DATE")
    elif match := NUMBER_THEN_STEP.fullmatch(text):
        first, second = ("number", "CARDINAL"), ("date", "DATE")
    else:
        return None
    return [
        (start + match.start(first[0]), start + match.end(first[0]), first[1]),
        (start + match.start(second[0]), start + match.end(second[0]), second[1]),
    ]
