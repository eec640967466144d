"""One number in another: "one in five renters", "three out of four doctors", "1 in 10".

The pair is one share, a fraction of the noun after it (docs/quantities.md), not two counts:
a fact-checker compares "one in five" with "20%", not with five renters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsaudit.document import Document
from newsaudit.extractors.quantities.readings import WINDOW_UNIT
from newsaudit.extractors.quantities.values import NUMBER_WORD, parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

_NUMBER = rf"(?:\d(?:[\d,]*\d)?|(?i:{NUMBER_WORD}))"
YEAR = re.compile(r"1[89]\d\d|20\d\d")
ONE_IN_M = re.compile(  # the second number may not start a unit, a percent or a year
    rf"(?<![\w.,/$£€-])(?P<part>{_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{_NUMBER})"
    rf"(?![\w%-]|[.,]\d|\s+(?i:{WINDOW_UNIT}|percent|per\b|points?\b))"  # "1 in 10." ends
)


def ratio_spans(text: str) -> list[tuple[int, int]]:
    """Where "N in M" or "N out of M" stands with N no more than M and M at least 2."""
    out = []
    for m in ONE_IN_M.finditer(text):
        part, whole = parse_number(m.group("part")), parse_number(m.group("whole"))
        year = YEAR.fullmatch(m.group("whole")) is not None  # "rose to 310 in 2004"
        if part is not None and whole is not None and 0 < part <= whole and whole >= 2 and not year:
            out.append((m.start(), m.end()))
    return out


def read_ratio(
    doc: Document, span: Span, noun_of: Callable[[Document, Span], Span | None]
) -> Quantity | None:
    """The share N/M of the noun after the pair (``noun_of`` the second number), the span run
    on to that noun."""
    m = ONE_IN_M.fullmatch(span.text)
    if m is None:
        return None
    value = parse_number(m.group("part")) / parse_number(m.group("whole"))
    whole = make_span(doc.text, span.start + m.start("whole"), span.start + m.end("whole"))
    noun = noun_of(doc, whole)
    end = noun.end if noun is not None else span.end
    unit = noun.text.lower() if noun is not None else None
    return Quantity(make_span(doc.text, span.start, end), round(value, 4), unit, "fraction")
