"""The written form of a unit of measure once its reading is made (docs/quantities.md, "a unit
of measure": the unit as written).

Some marks on a unit belong to the text around it, not to the unit: the capital that a line's
title case gives a spelled-out unit ("Hit It 20 Yards Farther", "300 Pounds Of Sugar") is the
line's style, as "18-Karat gold" in title case is karats; and the point of an abbreviation that
ends its sentence ("won in 10secs. The champion") is the full stop. A unit fused by a hyphen to
the size word after it ("a seven foot-long shark") is the plural, as "22-inch wheels" is. Units
written in capitals by their own spelling ("50 MB", "26C", "1 Tbsp.") and an abbreviation's
point inside a sentence or at the end of a line ("8 oz. of flour", "25.3 cu.ft.", a list's "1
tsp.") stay as written.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.number_forms import DIMENSION_WORD, unit_as_written

SPELLED_TITLE = re.compile(r"[A-Z][a-z]*[aeiouy][a-z]*")  # "Yards", "Pounds"; not "Tbsp", "Nm"
DIMENSION_AFTER = re.compile(rf"{DIMENSION_WORD}\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[\"\u201d\u2019')\]]?[ \t]+[A-Z]")  # a sentence after it, on its line


def unit_without_title_case(unit: str) -> str:
    """A spelled-out unit of four letters or more, capitalised only by its line's title case, in
    lower case; any other unit as it is."""
    words = unit.split()
    if not words or not all(SPELLED_TITLE.fullmatch(w) for w in words) or len(words[0]) < 4:
        return unit
    return unit.lower()


def point_ends_sentence(unit: str, text: str, end: int) -> bool:
    """Whether ``unit``, ending at ``end`` of ``text`` with the one point it has, ends its
    sentence there, a sentence following on its line: the point is the full stop ("10secs.
    The"), not the abbreviation's; a list line's "1 tsp." at its end keeps it."""
    return unit.endswith(".") and unit.count(".") == 1 and SENTENCE_END.match(text, end) is not None


def unit_of_a_size(unit: str, text: str, end: int) -> str:
    """A unit a hyphen fuses to the size word after it ("a seven foot-long shark") in its plural,
    as "a 30-foot-tall statue" and "22-inch wheels" are: the singular is the modifier's form."""
    if " " in unit:
        return unit
    if DIMENSION_AFTER.match(text, end) or DIMENSION_AFTER.search(unit):  # "seven foot-long"
        return unit_as_written(unit, True)
    return unit
