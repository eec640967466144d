"""Two numbers joined as a ratio, not a range, a score or a clock reading.

The spec reads "a ratio written with a colon" ("a 50:50 weight distribution") as no quantity.
A colon pair the clock does not take (a clock's minutes have two digits: "19:49") is such a
ratio whatever its numbers ("odds of 3:1", "a 1:100 scale"; a verse, "Isaiah 45:1", is not
labelled at all). A pair of equal numbers joined by a dash or a slash ("a 50-50 chance", "the
rate is 50/50", "a 50-50 grind") is the same even ratio: a range's ends differ, and a tie that
reports a result ("a 17-17 draw", "a 5-5 ruling") the tallies read as a score before this;
a slashed pair that may be a day and a month ("12/12") is left to the dates.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.readings import CLOCK

COLON_PAIR = re.compile(r"\d+(?:\.\d+)?:\d+(?:\.\d+)?")
EVEN_PAIR = re.compile(r"(?P<a>\d+)\s?(?P<join>[-/\u2013])\s?(?P<b>\d+)")
LAST_MONTH_OR_DAY = 31


def is_a_ratio(text: str) -> bool:
    """Whether a candidate's whole text is a colon pair that no clock reads, or two equal
    numbers joined by a dash or a slash that no date reads."""
    if COLON_PAIR.fullmatch(text):
        return CLOCK.fullmatch(text) is None
    if (pair := EVEN_PAIR.fullmatch(text)) is None or pair["a"] != pair["b"]:
        return False
    return pair["join"] != "/" or int(pair["a"]) > LAST_MONTH_OR_DAY
