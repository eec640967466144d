"""A vague count word before a unit of measure ("hundreds of megabits", "millions of barrels")
is a vague measure, as the spec reads "several tons": the unit measures, no count of things
is written."""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.number_forms import MEASURE_UNIT

SPELLED_UNIT = re.compile(  # units of measure spelled out, which the abbreviations leave out
    r"(?:kilo|mega|giga|tera|peta)(?:bits|bytes|watts|hertz|tons|tonnes|litres|liters)|"
    r"barrels|pounds|ounces|cubic\s+\w+|square\s+\w+",
    re.IGNORECASE,
)


def is_unit_of_measure(noun: str | None) -> bool:
    """Whether ``noun``, as a counted noun is written, is a unit of measure (plural, as a vague
    count is of many)."""
    if not noun:
        return False
    return SPELLED_UNIT.fullmatch(noun) is not None or (
        MEASURE_UNIT.fullmatch(noun) is not None and noun.endswith("s")
    )


def as_vague_measure(reading) -> None:
    """Make a vague count of a unit of measure a vague measure of that unit, in place."""
    if reading.kind == "count" and reading.vague and is_unit_of_measure(reading.unit):
        reading.kind = "measure"
