"""Numbers written fused to their unit of measure: "60fps", "5km", "almost 10secs", "1200hp".

The parser keeps such a token whole, so the number inside it is found here, by its shape: digits
and then one of the units of measure the stage knows, to the end of the text.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.edges import APPROX_AT_START
from newsaudit.extractors.quantities.number_forms import UNIT_WORDS, measure_unit
from newsaudit.spans import Span

FUSED_UNIT = re.compile(rf"\d[\d,]*(?:\.\d+)?(?=(?:{UNIT_WORDS})$)")  # "60fps", "5km"


def fused_number(text: str) -> tuple[int, int] | None:
    """Where the number of a number fused to its unit starts and ends in ``text`` ("60fps"),
    past an approximating word before it ("almost 10secs")."""
    approx = APPROX_AT_START.match(text)
    start = approx.end() if approx else 0
    if not text[start : start + 1].isdigit():
        return None
    fused = FUSED_UNIT.match(text, start)
    return (start, fused.end()) if fused else None


def fused_unit(span: Span) -> bool:
    """Whether a span is digits and a unit of measure fused to them ("1200hp")."""
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", span.text)
    unit = measure_unit(span.text, digits.end()) if digits else None
    return unit is not None and unit[1] == len(span.text)
