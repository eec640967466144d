"""A fiscal, school or sports year written as two calendar years: "2005-6", "the 2006/07
season", "season 1992/93". Each end is its own year (docs/quantities.md: a range of years, each
end a date), and the short end names the year after the first, in that year's last digits: the
parser tags such a pair as one date, or only its first year, and a slash between years is no
range it knows.

A range of years ("1828-1893", "2020-22", "from 1998 to 2004", the untagged "FY2020-22") splits
the same way, each end a year; "2016-02", whose high end is no later year, is no range but a
month where a preposition marks it a date. Both live here because each needs `high_year`.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.dates import ISO_DATE
from newsaudit.spans import Span

YEAR_PAIR = re.compile(  # not inside a path or a longer number: "/2019/20/", "2005-67-1"
    r"(?=[12])(?<![\d/.-])(?P<low>(?:19|20)\d\d)\s?[-\u2013/]\s?(?P<high>\d\d?)(?![\d/]|[.,-]\d)"
)


def is_next_year(low: str, high: str) -> bool:
    """Whether ``high`` is the last digits of the year after ``low`` ("06" after 2005, "6" too)."""
    return str(int(low) + 1)[-len(high) :] == high


def year_pairs(text: str) -> list[tuple[int, int]]:
    """The character ranges of both years of each such pair in ``text``."""
    return [
        end
        for m in YEAR_PAIR.finditer(text)
        if is_next_year(m.group("low"), m.group("high"))
        for end in ((m.start("low"), m.end("low")), (m.start("high"), m.end("high")))
    ]


def high_year(low: str, high: str) -> str:
    """The year the high end of a range of years names: "22" after "2020" is 2022."""
    return low[: 4 - len(high)] + high  # "6" after "2005" is 2006


LOW_YEAR_BEFORE = re.compile(r"((?:1[5-9]|20)\d\d)\s?[-\u2013/]\s?$")  # "2006/07" too


def year_named(text: str, span: Span) -> str:
    """The year a year range's end names: "22" of "FY2020-22" takes the low end's century."""
    if len(span.text) == 4:
        return span.text
    low = LOW_YEAR_BEFORE.search(text, max(0, span.start - 8), span.start)
    return high_year(low.group(1), span.text) if low else span.text


def short_year_end(span: Span, label: str) -> bool:
    """The short second year of a pair ("6" of "2005-6"): the pair, a fiscal or season year,
    is named by its first year, and "the previous year" after it counts from that."""
    return label == "YEAR" and len(span.text) < 4


YEARS = r"(?P<low>(?:1[5-9]|20)\d\d)(?:\s?[-\u2013]\s?(?P<high>\d\d(?:\d\d)?))"
YEAR_RANGE = re.compile(  # "1828-1893", "2020-22", "between 2008 to 2016": each end a year
    r"(?:(?:from|between)\s+)?(?P<low>(?:1[5-9]|20)\d\d)"
    r"(?:\s?[-\u2013]\s?|\s+(?:to|and|through|until|till)\s+(?=(?:1[5-9]|20)\d\d$))"
    r"(?P<high>\d\d(?:\d\d)?)",  # a word joins only years in full: "from 1998 to 2004"
    re.IGNORECASE,
)
FISCAL_YEARS = re.compile(rf"\bFY\s?{YEARS}?(?![\w-])")  # "FY2020", "FY2020-22"


def year_ends(match: re.Match, offset: int) -> list[tuple[int, int]]:
    """The two years of a range of years ("1828-1893", "FY2020-22"), or the one of "FY2020",
    with ``offset`` the character offset of the match's low year; none when the high end is no
    later year ("2020-12" may be a month)."""
    low, high = match.group("low"), match.group("high")
    base = offset - match.start("low")
    ends = [(offset, offset + len(low))]
    if high is None:
        return ends
    if int(high_year(low, high)) <= int(low):
        return []
    return [*ends, (base + match.start("high"), base + match.end("high"))]


DATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|by|until|till|from|during|before|after|through|of)\s+|\()$", re.I
)


def iso_month(text: str, start: int, written: str) -> bool:
    """Whether "2016-02", which names no range of years, is the month: only where a preposition
    or an opening bracket marks it a date ("in 2016-02", "(2016-02)"), as "Resolution 2020-12"
    numbers a document."""
    return (
        ISO_DATE.fullmatch(written) is not None
        and DATE_BEFORE.search(text, max(0, start - 8), start) is not None
    )
