"""A range of days after a month ("Dec. 16 to 22", "Dec. 3 - Dec. 7", "July 8-12, 2024"):
each end its own date, as each end of a range of years is. The high end takes the low end's
month when it names none, and the low end's year (the next year when its month comes
earlier: "Dec. 28 to Jan. 3"); a year written after the high end is both ends'. Two
months before one year are each a date ("May and June 2019"); a year before a month with no
day is the year alone ("the 1963 March on Washington"); a count of units of time up to a
date is a duration and a date ("the three months to September").
"""

from __future__ import annotations

import re
from datetime import date

from newsaudit.document import Document
from newsaudit.extractors.quantities.dates import MONTH_NUMBERS, resolve_date
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

DAY_ALT = r"\d{1,2}(?:st|nd|rd|th)?"  # a day of the month, "5th" too
MONTH_ALT = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAYS = re.compile(  # capitalised months only: "may 3 to 5" is no month
    rf"(?P<low>(?P<low_month>{MONTH_ALT})\s?(?P<low_day>\d{{1,2}}))(?:st|nd|rd|th)?"
    r"\s?(?:to|through|thru|until|-|\u2013|\u2014)\s?"
    rf"(?P<high>(?:(?P<high_month>{MONTH_ALT})\s?)?(?P<high_day>\d{{1,2}}))(?:st|nd|rd|th)?"
    r"(?![\d:.,]\d|\s?(?:am|pm|a\.m|p\.m)\b)"  # "June 3, 10-11 am" is a time
    r"(?:,?\s(?P<year>(?:19|20)\d\d)\b)?"
)


def day_range_ends(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """The two ends of a date entity that is a range of days ("from Dec. 16 to 22"), each a
    "DAYS" candidate with its character range; None when the entity is no such range."""
    match = DAYS.search(text)
    if match is None or text[match.end() :].strip() or not _days(match):
        return None
    if text[: match.start()].strip().lower() not in ("", "from", "between", "on"):
        return None
    return [
        (start + match.start("low"), start + match.end("low"), "DAYS"),
        (start + match.start("high"), start + match.end(), "DAYS"),  # with the year after it
    ]


YEAR_THEN_MONTH = re.compile(rf"((?:19|20)\d\d)\s+{MONTH_ALT}")


def year_before_month(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """The year alone of a date entity that is a year and then a month with no day ("the 1963
    March on Washington"): English writes a month before its year, so the month word after a
    year names an event or a thing; None when the entity is no such pair."""
    if (match := YEAR_THEN_MONTH.fullmatch(text)) is None:
        return None
    return [(start, start + match.end(1), "DATE")]


_PART = r"(?:(?:early|late|mid)[\s-]+)?"
MONTHS_ONE_YEAR = re.compile(  # "May and June 2019", "late November or early December of 2013",
    rf"(?:(?:from|between)\s+)?(?P<first>{_PART}{MONTH_ALT}(?:,?\s+(?:19|20)\d\d)?)"  # "December
    r"\s+(?:or|and|to|through)\s+"  # 2004 to April 2005": each month its own year
    rf"(?P<second>{_PART}{MONTH_ALT}(?:\s+(?:of|in))?,?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def months_sharing_a_year(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """The two months of a date entity that joins two months before one year ("May and June
    2019"), each its own date (the first takes the year after the second when read); None when
    the entity is no such pair."""
    if (match := MONTHS_ONE_YEAR.fullmatch(text)) is None or not match.group()[-4:].isdigit():
        return None
    return [
        (start + match.start("first"), start + match.end("first"), "DATE"),
        (start + match.start("second"), start + match.end("second"), "DATE"),
    ]


DURATION_TO_DATE = re.compile(  # "the three months to September", "six months ending 30 June"
    rf"(?P<duration>(?:the\s+)?(?:\d[\d,.]*|{NUMBER_WORD})\s+(?:days|weeks|months|years))"
    r"\s+(?:ending|ended|to|through|until|till)\s+"
    rf"(?P<date>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_ALT}(?:\s?\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?)"
)


def duration_then_date(start: int, text: str) -> list[tuple[int, int, str]] | None:
    """The duration and the date of a date entity that counts units of time up to a date ("the
    three months to 30 September"): a span of time and the day it ends, each its own reading;
    None when the entity is no such pair."""
    if (match := DURATION_TO_DATE.fullmatch(text)) is None:
        return None
    return [
        (start + match.start("duration"), start + match.end("duration"), "DATE"),
        (start + match.start("date"), start + match.end("date"), "DATE"),
    ]


def _days(match: re.Match) -> bool:
    """Whether both days are days of a month, the high one later when the month is shared."""
    low, high = int(match.group("low_day")), int(match.group("high_day"))
    if not (0 < low <= 31 and 0 < high <= 31):
        return False
    return match.group("high_month") is not None or low < high


def _month(name: str | None) -> int | None:
    return None if name is None else MONTH_NUMBERS[name[:3].lower()]


def read_day_end(doc: Document, span: Span) -> Quantity | None:
    """The date of one end of a range of days: the low end as the date the month and day name
    on their own (the year written after the range, else as any date is resolved), the high
    end from it."""
    window = max(0, span.start - 24)
    match = next(
        (
            m
            for m in DAYS.finditer(doc.text, window, span.end + 40)
            if span.start in (m.start("low"), m.start("high"))
        ),
        None,
    )
    if match is None:
        return None
    low_month = _month(match.group("low_month"))
    high_month = _month(match.group("high_month")) or low_month
    low_day, high_day = int(match.group("low_day")), int(match.group("high_day"))
    year = int(match.group("year")) if match.group("year") else None
    if year is None:
        low_span = make_span(doc.text, match.start("low"), match.end("low"))
        resolved = resolve_date(doc, low_span)
        year = int(resolved[:4]) if resolved and len(resolved) == 10 else None
    if year is None or low_month is None or high_month is None:
        return Quantity(span, None, None, "date")
    try:
        low = date(year, low_month, low_day)
        high = date(year + (high_month < low_month), high_month, high_day)
    except ValueError:
        return Quantity(span, None, None, "date")
    end = low if span.start == match.start("low") else high
    return Quantity(span, None, None, "date", resolved_date=end.isoformat())
