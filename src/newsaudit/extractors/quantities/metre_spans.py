"""Candidate spans for a number with an "m" fused to it and no currency sign ("the 800m",
"European 10,000m champion"), which `metres` reads as metres or as millions.

The small parser often tags no entity there, or runs a capitalised word before the number into
its entity and stops at the digits ("European 10,000" as a time): the number and its "m" are then
a candidate of their own, as a bare number fused to its unit is ("60fps"). An entity that starts
at the number ("2", "About 2" of "About 2m people") is left to the parser, and the fused
number is a candidate only where no entity takes it.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.money_signs import CURRENCY_SIGN

FUSED_METRES = re.compile(  # "800m", "10,000m", "4x400m"; not "$2m", "£400m", "2.5mm", "3m-long"
    r"(?<![\w.,$£€¥₹-])(?:\d+x)?\d(?:[\d,]*\d)?(?:\.\d+)?m(?![\w-]|[.,]\d)"
)
SIGN_BEFORE = re.compile(rf"{CURRENCY_SIGN}\s?$")


def fused_metre_spans(text: str) -> list[tuple[int, int]]:
    """Each number with an "m" fused to it that no currency sign stands before."""
    if "m" not in text:
        return []
    return [
        (m.start(), m.end())
        for m in FUSED_METRES.finditer(text)
        if not SIGN_BEFORE.search(text, max(0, m.start() - 5), m.start())
    ]


def without_cut_metres(
    text: str, entities: list[tuple[int, int, str]], metres: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The entities, less each that runs a capitalised word into a fused number and stops
    inside it ("European 10,000" of "European 10,000m champion"): the number is read with its
    "m" instead, and the word before it is no quantity."""
    if not metres:
        return entities
    return [
        (start, end, label)
        for start, end, label in entities
        if label == "MONEY"
        or not any(start < a < end < b and text[start:a].strip()[:1].isupper() for a, b in metres)
    ]
