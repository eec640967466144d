"""The unit of a size a number gives, the way docs/quantities.md writes it.

A size fused with a hyphen takes the unit's plural ("22-inch wheels" → inches, "a 2.0-liter
engine" → liters), as "66-year-old" is years, and so does a fraction of a unit written in words
("a half century" → centuries, "a quarter inch" → inches); other units are as written ("2 mile",
"3/4 inch", "1/2 cup"). The number may be a word ("a two-mile trek", "a six-acre park"), and a
"+" after it ("20+ yards", twenty or more) belongs to the number, not the unit.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.number_forms import MEASURE_UNIT, unit_as_written

SINGULAR_SIZE = re.compile(  # a spelled unit of length, area, volume or weight, in the singular
    r"inch|foot|mile|yard|acre|hectare|gallon|pound|ounce|tonne|ton|"
    r"(?:kilo|centi|milli)?(?:met|lit)(?:er|re)|(?:kilo)?gram",
    re.IGNORECASE,
)
FRACTION_WORD = re.compile(r"(?:an?\s+)?(?:half|quarter|third|three[\s-]quarters)\s", re.IGNORECASE)
WORD_SIZE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*-(?P<unit>[A-Za-z]+)")  # "two-mile"


def size_unit(unit: str | None, text: str) -> str | None:
    """The measure's unit: the plural of a spelled singular unit after a fraction in words ("a
    quarter inch" → inches); a "+" after the number dropped ("20+ yards" → yards)."""
    if unit is None:
        return None
    unit = unit.lstrip("+ ") or None
    if unit is None or not FRACTION_WORD.match(text) or not SINGULAR_SIZE.fullmatch(unit):
        return unit
    return unit_as_written("-" + unit, hyphenated=True)


def unit_after_number_word(text: str) -> str | None:
    """The plural unit a number word is fused to by a hyphen ("two-mile" → miles, "six-acre" →
    acres); None when the last part is no unit of measure."""
    match = WORD_SIZE.fullmatch(text.strip())
    if match is None or not MEASURE_UNIT.fullmatch(match.group("unit")):
        return None
    return unit_as_written("-" + match.group("unit"), hyphenated=True)
