"""Several dates the parser tags as one date entity: "both 1997 and 2001", "in 1990, 1991 and
1992", "between Nov. 8 and Nov. 28", "Sept. 9, Oct. 20 to Nov. 5". Each is its own date
(docs/quantities.md: each end of a range, each month of "May and June 2019", is its own
reading); read whole, the entity resolves to nothing. The parser also runs a stray possessive
mark into a year ("the Soviets' 1945 liberation") and a count after a dash into one ("during
2004 - three of them"): the year is read alone, and the count after it as a count.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.day_ranges import DAY_ALT, MONTH_ALT
from newsaudit.extractors.quantities.values import NUMBER_WORD

_YEAR = r"(?:19|20)\d\d"
_PART = (
    rf"(?:{MONTH_ALT}\s?{DAY_ALT}(?:,?\s{_YEAR})?|{DAY_ALT}\s{MONTH_ALT}(?:,?\s{_YEAR})?"
    rf"|{_YEAR})"
)
_JOIN = r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through)\s+|\s?[-\u2013]\s?)"
DATE_LIST = re.compile(  # capitalised months only, as in a range of days: "may" is no month
    rf"(?:(?:[Bb]oth|[Ee]ither|[Bb]etween|[Ff]rom|[Ii]n|[Oo]n)\s+)?"
    rf"(?P<first>{_PART})(?:{_JOIN}{_PART})+"
)
ONE_PART = re.compile(rf"(?<![\w.]){_PART}(?![\w])")
MARK_THEN_YEAR = re.compile(rf"['\u2019]\s?(?P<year>{_YEAR})")
YEAR_THEN_COUNT = re.compile(
    rf"(?P<year>{_YEAR})\s[-\u2013\u2014]\s(?P<count>\d+|{NUMBER_WORD})", re.IGNORECASE
)


def dates_in_a_list(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """Each date of a date entity that joins several, a "DATE" candidate with its character
    range; the year of a year the parser runs a mark or a count into; None otherwise."""
    if match := MARK_THEN_YEAR.fullmatch(text):  # "' 1945": the year alone
        return [(start + match.start("year"), start + match.end("year"), "DATE")]
    if match := YEAR_THEN_COUNT.fullmatch(text):  # "2004 - three": a year, then a count
        return [
            (start + match.start("year"), start + match.end("year"), "DATE"),
            (start + match.start("count"), start + match.end("count"), "CARDINAL"),
        ]
    if DATE_LIST.fullmatch(text) is None:
        return None
    parts = list(ONE_PART.finditer(text))
    if len(parts) < 2:
        return None
    return [(start + m.start(), start + m.end(), "DATE") for m in parts]
