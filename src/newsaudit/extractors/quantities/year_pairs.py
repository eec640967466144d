"""A fiscal, school or sports year written as two calendar years: "2005-6", "the 2006/07
season", "season 1992/93". Each end is its own year (docs/quantities.md: a range of years, each
end a date), and the short end names the year after the first, in that year's last digits: the
parser tags such a pair as one date, or only its first year, and a slash between years is no
range it knows.
"""

from __future__ import annotations

import re

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
