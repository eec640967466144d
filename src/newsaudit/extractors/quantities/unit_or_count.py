"""The high end of a range whose unit only its low end writes: "an hour or two", "within a
year or two", "a mile or two".

The spec reads each end of a range joined by "or" with the shared unit ("two or three months"),
and the unit written at one end only is each end's ("from six months to nine"): "two" after "a
year or" is two years, read as the low end is (a duration, or a window "within a year or two").
The parser tags the bare "two" a cardinal, read alone as a bare number or as a count of a noun
after "of" ("within an hour or two of the crash"); it takes the low end's kind and unit here.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import parse_number
from newsaudit.findings import Quantity

OR_BEFORE = re.compile(r"\s+or\s+$", re.IGNORECASE)


def share_the_low_unit(doc: Document, found: list[Quantity]) -> None:
    """Give a bare number after "<a unit> or" the reading of the unit before it, in place."""
    by_end = {q.span.end: q for q in found}
    for high in found:
        if high.kind != "count" or parse_number(high.span.text) is None:
            continue  # a count that writes its noun ("a year or two fans") keeps it
        lead = OR_BEFORE.search(doc.text, max(0, high.span.start - 8), high.span.start)
        low = by_end.get(high.span.start - len(lead.group())) if lead else None
        if low is None or low.kind not in ("measure", "time_window") or not low.unit:
            continue
        if low.value is None or parse_number(high.span.text) <= low.value:
            continue  # "a few years or two": no range; a range rises
        high.kind, high.unit = low.kind, low.unit
