"""The low end of a range, read with the unit and scale the high end carries ("3 to 5
million tons", "between 3 and 5 percent", "from 220 to 226ppi"), and the unit of measure
written after a number, whether or not the entity takes it in.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import (
    RANGE_JOIN,
    WORD_END,
)
from newsaudit.extractors.quantities.date_context import in_a_window
from newsaudit.extractors.quantities.nouns import (
    counted_noun,
)
from newsaudit.extractors.quantities.number_forms import (
    measure_unit,
)
from newsaudit.extractors.quantities.readings import (
    WINDOW_UNIT,
    Reading,
    duration_unit,
    last_number,
    range_reader,
    read_money,
)
from newsaudit.extractors.quantities.values import (
    NUMBER_WORD,
    NUMERIC,
    parse_number,
)
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

RANGE_HIGH = re.compile(  # "3 to 5", "three to four", "two to 2.5"
    rf"{RANGE_JOIN}(?P<high>[$£€¥]?\d(?:,?\d)*(?:\.\d+)?|{WORD_END})", re.IGNORECASE
)  # the high end's digits stop before a comma that closes it ("to 800,000, said")
FUSED_SCALE = re.compile(r"(?:bn|mn|m|tn|k)$", re.IGNORECASE)  # "m" of "£190m", "£265m"
HIGH_SCALE = re.compile(  # the scale a range's high end carries: " million" of "$1-$5 million"
    r"\s(?:thousand|million|billion|trillion)\b", re.IGNORECASE
)


def _count_reader(unit: str | None):
    """A reader of the ends of a range of counts of ``unit``, as `range_reader` gives others;
    of amounts of money where ``unit`` names a currency ("between 59.50 and 80 euro")."""
    if unit is not None and read_money(f"1 {unit}").unit is not None:
        return lambda text: read_money(f"{text} {unit}")
    return lambda text: Reading(parse_number(text), unit, "count")


def read_range_low(doc: Document, span: Span) -> Quantity | None:
    """The low end of a range, read with the unit and scale the high end carries: "3" of "3 to
    5 million tons" is 3 million tons, "3" of "between 3 and 5 percent" is 3 percent."""
    high = RANGE_HIGH.match(doc.text, span.end)
    if high is None:
        return None
    tokens = doc.tokens(make_span(doc.text, high.end() - 1, high.end()))
    if tokens is None or not len(tokens):
        return None
    last = tokens[-1].i  # the high end's entity, whether or not the low end is in it
    while last + 1 < len(doc.doc) and doc.doc[last + 1].ent_iob_ == "I":
        last += 1
    end = doc.doc[last].idx + len(doc.doc[last])
    label = doc.doc[last].ent_type_
    unit = measure_unit(doc.text, high.end())
    if (
        unit is not None
        and (label == "QUANTITY" or (label in ("", "CARDINAL") and NUMERIC.fullmatch(span.text)))
        and unit[1] >= end
    ):
        label, end = "QUANTITY", unit[1]  # "2 degrees" + " Celsius"; "from 220 to 226ppi",
        # where the parser tags no entity or a bare number: the unit both ends share
    shared = doc.text[high.end() : end]
    reader = range_reader(label, doc.text[span.start : end])
    if reader is None and label == "CARDINAL":  # "350" of "350-375 million people"
        reader = _count_reader(_noun_of_the_range(doc, span, high.start(), end))
    reading = reader(span.text + shared) if reader is not None else None
    if (
        reader is not None
        and (reading is None or reading.value is None)
        and FUSED_SCALE.fullmatch(shared)
        and FUSED_SCALE.search(span.text)
    ):
        reading = reader(span.text)  # "between £190m and £265m": the low end's own scale
    if reader is None or reading is None or reading.value is None:
        return None
    if count_if_no_unit(reading) is not reading:  # "between 1.1 and 1.5 million people": the
        reader = _count_reader(_noun_of_the_range(doc, span, high.start(), end))  # parser's
        reading = reader(span.text + shared)  # measure of no unit counts what follows
    if HIGH_SCALE.match(shared) and (
        HIGH_SCALE.search(span.text)
        or reading.value > (reader(doc.text[high.start("high") : end]).value or 0)
    ):  # "$100,000-$1 million": the low end keeps the scale it has, or it would pass the high
        reading = reader(span.text + HIGH_SCALE.sub("", shared, count=1))
    kind = reading.kind
    if kind == "measure" and in_a_window(doc, span):
        kind = "time_window"  # "in about 3 to 4 weeks", "the next seven to 20 years": both ends
    return Quantity(span=span, value=reading.value, unit=reading.unit, kind=kind)


def _noun_of_the_range(doc: Document, low: Span, high: int, end: int) -> str | None:
    """The noun the parse makes the low end count, else the high end's (running to ``end``)."""
    noun = counted_noun(doc, low) or counted_noun(doc, make_span(doc.text, high, end))
    return noun.text.lower() if noun is not None else None


def count_if_no_unit(reading: Reading) -> Reading:
    """A measure that names no unit, as the parser's quantity "between 600,000 to 800,000" or
    "about 1.2 billion" may be, is a count (docs/quantities.md: a bare number, or a count of the
    noun after it); every measure the spec reads has its unit."""
    if reading.kind != "measure" or reading.unit is not None or reading.vague:
        return reading
    return Reading(reading.value, None, "count")


def unit_after(doc: Document, core: Span, at: int) -> tuple[str, int] | None:
    """The unit of measure written at ``at`` after the number, whether the entity ends before
    it ("82" + " kWh") or takes it in ("1 Tbsp", a cardinal to the parser)."""
    if (unit := measure_unit(doc.text, at)) is not None or at != core.end:
        return unit
    number = last_number(core.text)
    if number is None or number == len(core.text):
        return None
    unit = measure_unit(doc.text, core.start + number)
    return unit if unit is not None and unit[1] >= core.end else None


LOW_END_UNIT = re.compile(  # "from six months to [nine]": the unit written at the low end only
    rf"\bfrom\s+(?:\d[\d,.]*|{NUMBER_WORD})\s+({WINDOW_UNIT})\s+to\s+$", re.IGNORECASE
)


LOW_END_NOUN = re.compile(  # "from 81,000 units in 2003 to [106,000]", "by 297 votes to [203]"
    rf"\b(?:from|by)\s+(?P<low>\d[\d,.]*|{NUMBER_WORD})\s+[a-z]+s(?:\s+(?:in|on|at)\s+\S+)?"
    r"\s+to\s+$",
    re.IGNORECASE,
)


def noun_of_the_low_end(doc: Document, span: Span) -> str | None:
    """The plural noun the low end of "from N things to M" counts, which the bare high end M
    counts too (docs/quantities.md, a range whose unit is written at one end only); None when
    the high end has its own noun or the low end counts none."""
    low = LOW_END_NOUN.search(doc.text, max(0, span.start - 60), span.start)
    if low is None:
        return None
    noun = counted_noun(doc, make_span(doc.text, low.start("low"), low.end("low")))
    if noun is None or noun.end > span.start or measure_unit(doc.text, noun.start - 1):
        return None  # "from 5 pounds to 7", "from 3 tons to 5": a unit's range, read elsewhere
    return None if read_money(f"1 {noun.text}").unit else noun.text.lower()


def unit_of_the_low_end(doc: Document, span: Span) -> str | None:
    """The time unit a range written "from N units to M" gives its bare high end M."""
    low = LOW_END_UNIT.search(doc.text, max(0, span.start - 40), span.start)
    return duration_unit(low.group(1)) if low else None
