"""The reading of a candidate once its span and label are settled: the core text's value, then
what the words around it add to it (a unit of measure, a currency, the noun a count counts, a
window of time).

`extract._quantity` decides what a candidate is (a name, an age, a rank, a date's part...) and
where it starts and ends; what is left is one reading of the core, kept apart so that neither
stage grows past a readable size.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import RANGE_JOIN
from newsaudit.extractors.quantities.compound_counts import counts_past_a_word
from newsaudit.extractors.quantities.counted_readings import read_counted
from newsaudit.extractors.quantities.counted_time_units import unit_without_more
from newsaudit.extractors.quantities.currency_codes import code_first
from newsaudit.extractors.quantities.currency_names import currency_in_context
from newsaudit.extractors.quantities.date_context import in_a_window
from newsaudit.extractors.quantities.edges import (
    split_marker,
    strip_determiner,
)
from newsaudit.extractors.quantities.exchange_rates import quoted_currency
from newsaudit.extractors.quantities.metres import metres_reading
from newsaudit.extractors.quantities.money_forms import half_after
from newsaudit.extractors.quantities.money_signs import bracketed_scale, subunit
from newsaudit.extractors.quantities.nouns import is_multiple
from newsaudit.extractors.quantities.number_forms import (
    measure_unit,
    negative_sign,
    unit_as_written,
)
from newsaudit.extractors.quantities.ranges import count_if_no_unit, unit_after
from newsaudit.extractors.quantities.readings import (
    CURRENCIES,
    MULTIPLE_X,
    TIME_UNITS,
    Reading,
    last_number,
    read_candidate,
)
from newsaudit.extractors.quantities.seconds import fused_time_unit
from newsaudit.extractors.quantities.unit_forms import (
    point_ends_sentence,
    unit_of_a_size,
    unit_without_title_case,
)
from newsaudit.extractors.quantities.vague_measures import as_vague_measure
from newsaudit.extractors.quantities.weights import weighs_in_pounds
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

RANGE_SIGN = re.compile(rf"(US\$|[$£€¥])\d[\d,]*(?:\.\d+)?{RANGE_JOIN}$", re.IGNORECASE)
MEASURED_NOUN = re.compile(r"(?: [a-z]+)+")  # "1 cup [zucchini]": what a unit measures
CURRENCY_FIRST = re.compile(r"(?:US\$|[$£€¥₹]|Rs\.?\s?)\d")
A_UNIT = re.compile(r"\s+(?:of\s+)?an?\s+(\w+)", re.IGNORECASE)  # "half a", "a quarter of a"
PER_UNIT = re.compile(r"\s+(?:per|an|a)\s+(?:hour|second|gallon)\b", re.IGNORECASE)


def read_core(doc: Document, span: Span, label: str, before: str | None = None) -> Quantity | None:
    """The quantity a settled candidate reads as: the approximation marker split off, the core
    read as text, then widened by the unit, currency or counted noun written after it; None
    when the core reads as nothing."""
    core, marker = (span, None) if label == "WINDOW" else split_marker(doc, span)
    core = strip_determiner(doc, core) if label != "WINDOW" else core
    if label in ("CARDINAL", "NUMBER") and (
        CURRENCY_FIRST.match(core.text) or code_first(core.text)
    ):
        label = "MONEY"  # "as little as Rs 599": the sign inside the parser's cardinal
    reading = None
    if label in ("CARDINAL", "NUMBER", "MONEY"):
        reading = metres_reading(doc, core)  # "the 10,000m", "a record of 4.91m": not millions
    reading = reading or read_candidate(doc, core, label, before)
    if reading is None:
        return None
    reading = count_if_no_unit(reading)  # "between 600,000 to 800,000": no unit, a count
    if reading.value and reading.kind != "date" and negative_sign(doc.text, core.start):
        reading.value = -reading.value  # "| -12.99 |", "-5.44%"
    if (
        reading.kind == "measure"
        and reading.unit not in (None, *TIME_UNITS.values())
        and (number := last_number(core.text))
        and (written := measure_unit(doc.text, core.start + number))
        and (written[1] > core.end or MEASURED_NOUN.fullmatch(doc.text, written[1], core.end))
    ):  # "2 degrees" + " Celsius": the unit runs on past the parser's entity, and "1 cup
        # zucchini" runs on past the unit into what it measures
        reading.unit = written[0]
        core = make_span(doc.text, core.start, written[1])
    if (
        reading.kind == "measure"
        and reading.unit not in (None, *TIME_UNITS.values())
        and (per := PER_UNIT.match(doc.text, core.end))
    ):  # "155 miles" + " per hour"
        reading.unit = f"{reading.unit} {' '.join(per.group().split())}"
        core = make_span(doc.text, core.start, per.end())
    if (  # "$40-50 billion": the high end takes the low end's currency
        reading.kind == "money"
        and reading.unit is None
        and (low := RANGE_SIGN.search(doc.text, max(0, core.start - 16), core.start))
    ):
        reading.unit = CURRENCIES[low.group(1).lower()]
    if (
        reading.kind == "money"
        and reading.value
        and (scale := bracketed_scale(doc.text, core.start, core.end))
    ):
        reading.value *= scale  # "$40 (£26) million": both amounts in millions
    if reading.kind in ("money", "count") and (quoted := quoted_currency(doc, core)):
        reading = Reading(reading.value, quoted, "money")  # yen "at 108.55 per dollar"
    if reading.kind == "money" and reading.value and (half := half_after(doc.text, core)):
        reading.value += 0.5 * (0.01 if subunit(core.text) else 1)  # "a cent and a half"
        core = make_span(doc.text, core.start, half)
    if reading.kind == "date":  # "over the weekend" is not an approximate date
        marker = None
    full = make_span(doc.text, marker.start if marker else core.start, core.end)
    if reading.kind == "count" and (fused := fused_time_unit(doc, core)):
        reading = Reading(reading.value, TIME_UNITS[fused.group(1).lower()], "measure")
        full = make_span(doc.text, full.start, fused.end())
    unit_at = core.end
    if reading.kind == "fraction" and (one := A_UNIT.match(doc.text, core.end)):
        unit_at = one.start(1) - 1  # "1/2 a cup", "half a mile": one unit, as written
        if time_unit := TIME_UNITS.get(one.group(1).lower()):  # "1/2 an hour" is 0.5 hours
            reading.kind, reading.unit = "measure", time_unit
            full = make_span(doc.text, full.start, one.end())
    if (
        reading.kind in ("count", "fraction")
        and (unit := unit_after(doc, core, unit_at))
        and not counts_past_a_word(doc, core)  # "two cup competitions"
    ):
        spelled = reading.kind == "fraction" and core.text[-1:].isalpha()
        spelled_part = spelled and unit_at == core.end  # "half cup", not "half a cup"
        reading.kind, reading.unit = "measure", unit[0]  # "82 kWh", "406 lb-ft", "22-inch"
        if spelled_part:  # "half cup" is 0.5 cups, as "a half century" is 0.5 centuries
            reading.unit = unit_as_written(unit[0], True)
        full = make_span(doc.text, full.start, unit[1])
    elif reading.kind == "count" and (
        core.text[-4:].lower() == "fold"
        or MULTIPLE_X.fullmatch(core.text)
        or (doc.text.startswith(" times ", core.end) and is_multiple(doc, core))
    ):  # "18 times the number of cells", "five times higher", "a twofold rise": a ratio
        pass
    elif reading.kind in ("count", "fraction"):
        counted = read_counted(doc, reading, core, full)
        if not isinstance(counted, tuple):
            return counted  # "the 2000 order" (a year), "a two-state solution" (nothing)
        reading, full = counted
        as_vague_measure(reading)  # "hundreds of megabits": a vague measure, as "several tons"
    if (
        reading.kind == "measure"
        and (reading.value or reading.vague)  # "in a few days' time"
        and reading.unit in TIME_UNITS.values()
        and in_a_window(doc, core)
    ):
        reading.kind = "time_window"  # "will be finished in five years": a window ahead
    if reading.kind == "money" and weighs_in_pounds(doc, full):  # "weighing 266 pounds"
        reading = Reading(reading.value, full.text.split()[-1].lower(), "measure")
    if reading.kind == "measure":
        reading.unit = unit_without_more(reading.unit)  # "10 more minutes": minutes
    if reading.kind == "measure" and reading.unit:  # "20+ Yards" in title case: yards
        reading.unit = unit_of_a_size(unit_without_title_case(reading.unit), doc.text, full.end)
        unit = reading.unit
        if full.text.endswith(unit) and point_ends_sentence(unit, doc.text, full.end):
            reading.unit = unit[:-1]  # "10secs." + " The": the full stop, not the unit's point
            full = make_span(doc.text, full.start, full.end - 1)
    if reading.kind == "money":  # "3bn rupees" in a story on Sri Lanka: Sri Lankan rupees
        reading.unit = currency_in_context(doc, full, reading.unit)
    return Quantity(
        span=full,
        value=reading.value,
        unit=reading.unit,
        kind=reading.kind,
        approximate=marker is not None,
        vague=reading.vague,
        marker=marker,
        resolved_date=reading.resolved,
    )
