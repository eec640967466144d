"""Spans of time that a longer entity of the parser hid and left unread.

The candidates keep the first of overlapping spans, and the parser's entity comes before the
time units found from the text ("for centuries", "hours after", "waited a week"). When the
entity reads as nothing ("the very last seconds", "the opening minutes", "the web hours after")
or as a part of itself only ("a week last year" read as "last year", "the first two weeks of
this season's" as its season, "the second 20 minutes" as its ordinal), the unit inside it is
still a duration (docs/quantities.md: a vague duration, a duration): it is read here, where no
reading covers it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newsaudit.document import Document
from newsaudit.extractors.intervals import SpanSet
from newsaudit.extractors.quantities.bare_units import bare_time_units
from newsaudit.extractors.quantities.time_unit_phrases import (
    counted_time_units,
    one_time_unit,
    uncounted_time_units,
)
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span


class TimeUnitSpans(NamedTuple):
    """The spans of time no number writes, found once per text: the candidates take them, and
    the units left unread are looked for among them again (each search looks at every token)."""

    bare: list[tuple[int, int]]  # "for millennia", "Hours later"
    phrases: list[tuple[int, int]]  # "the dying minutes", "waited a year"


def time_unit_spans(doc: Document) -> TimeUnitSpans:
    """The bare time units and the uncounted or one-unit phrases of the text."""
    return TimeUnitSpans(bare_time_units(doc.text), uncounted_time_units(doc) + one_time_unit(doc))


def units_left_unread(
    doc: Document,
    scope: SpanSet,
    found: list[Quantity],
    read: Callable[[Document, Span, str], Quantity | None],
    units: TimeUnitSpans,
) -> list[Quantity]:
    """The readings of the time units in scope that no reading in ``found`` overlaps."""
    spans = sorted(set(units.bare + units.phrases + counted_time_units(doc)))
    taken = sorted((q.span.start, q.span.end) for q in found)
    out: list[Quantity] = []
    for start, end in spans:
        if any(a < end and start < b for a, b in taken):
            continue
        span = make_span(doc.text, start, end)
        if not scope.contains(span) or (quantity := read(doc, span, "DATE")) is None:
            continue
        out.append(quantity)
        taken.append((quantity.span.start, quantity.span.end))
    return out
