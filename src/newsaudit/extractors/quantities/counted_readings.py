"""What a count or a share counts: the noun after it and what that noun makes of the number.

"30,154 new cars" counts cars; "176 Hong Kong dollars" is money; "60 cents" hundredths of a
dollar; "15 per cent" a percent; "the Dow fell 200 points" index points, "leads by five points
in the poll" percentage points; "75 minutes" a duration; "the 2000 order" a year; "a two-state
solution" no amount at all (docs/quantities.md).
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import sentence_span
from newsaudit.extractors.quantities.dates import YEAR
from newsaudit.extractors.quantities.money_signs import subunit
from newsaudit.extractors.quantities.nouns import (
    counted_noun,
    fraction_noun,
    is_modifier,
    is_plural,
)
from newsaudit.extractors.quantities.poll_points import in_a_poll, poll_margin_end
from newsaudit.extractors.quantities.ranges import noun_of_the_low_end, unit_of_the_low_end
from newsaudit.extractors.quantities.readings import TIME_UNITS, Reading, read_money, singular_noun
from newsaudit.extractors.quantities.title_numbers import is_a_model
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

INDEX_CONTEXT = re.compile(
    r"\b(?:index|indices|dow|nasdaq|s&p|ftse|nikkei|hang seng|dax|cac|stoxx|kospi|sensex|nifty)\b",
    re.IGNORECASE,
)
RATE_CONTEXT = re.compile(r"\b(?:rates?|interest|yields?)\b", re.IGNORECASE)
# between a number and its noun, these make it "N of the M things": the span stays on the N
OTHER_NUMBER = re.compile(rf"\d|\b(?:of|{NUMBER_WORD})\b", re.IGNORECASE)
DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # a count of things is whole


def read_counted(
    doc: Document, reading: Reading, core: Span, full: Span
) -> tuple[Reading, Span] | Quantity | None:
    """The count or share ``reading`` of ``core`` with what it counts, and its span run on to
    the noun; a year's Quantity where the number is a year before a singular noun; None where
    the number modifies a noun and counts nothing."""
    if reading.kind == "count" and (margin := poll_margin_end(doc, core.end)):
        return Reading(reading.value, "percentage points", "percent"), make_span(
            doc.text, full.start, margin
        )  # "an 11 point advantage" in a poll
    noun = fraction_noun(doc, core) if reading.kind == "fraction" else None
    noun = noun or counted_noun(doc, core)
    if (year := YEAR.match(core.text)) and not is_plural(doc, noun):  # "the 2000 order"
        return Quantity(core, None, None, "date", resolved_date=year.group(1))
    if noun is not None:
        reading.unit = noun.text.lower()
        if DOTTED_THOUSANDS.fullmatch(core.text) and is_plural(doc, noun):
            reading.value = float(core.text.replace(".", ""))  # "1.000 lights": 1,000
        phrase = doc.text[full.start : noun.end]
        if (
            noun.start >= core.end  # "Of the 20 sectors, 13 rose": the noun before stays out
            and not OTHER_NUMBER.search(doc.text, core.end, noun.start)
            and not is_a_model(doc, noun)
        ):
            full = make_span(doc.text, full.start, noun.end)
        if noun.text.lower() == "cent" and doc.text[: noun.start].lower().endswith("per "):
            reading = Reading(reading.value, "%", "percent")  # "15 per cent"
        elif (
            reading.kind == "count"
            and read_money(phrase).unit
            and (is_plural(doc, noun) or _currency_word(noun))  # "49.95 Euro" as written
        ):
            money = read_money(phrase)  # "176 Hong Kong dollars" is an amount of money,
            value = reading.value  # "60 cents" one in hundredths of the whole currency
            if value is not None and subunit(phrase) is not None:
                value /= 100
            reading = Reading(value, money.unit, "money")
    if reading.kind == "count" and reading.unit in ("point", "points"):
        sentence = sentence_span(doc, core.start).text
        if INDEX_CONTEXT.search(sentence):  # "the Dow fell 200 points"
            reading = Reading(reading.value, "points", "measure")
        elif RATE_CONTEXT.search(sentence) or in_a_poll(doc, core.start):  # "cut its rate
            # by a quarter-point", "leads by five points in the poll"
            reading = Reading(reading.value, "percentage points", "percent")
    if reading.unit in ("percentage point", "percentage points"):  # "a quarter of a
        reading = Reading(reading.value, "percentage points", "percent")  # percentage point"
    if reading.kind in ("count", "fraction") and is_modifier(doc, core, noun):
        return None  # "a two-state solution", "at one point": no amount of anything
    if reading.kind == "count" and reading.unit is None and (low := unit_of_the_low_end(doc, core)):
        reading = Reading(reading.value, low, "measure")  # "from six months to nine"
    elif (
        reading.kind == "count"
        and reading.unit is None
        and (noun := noun_of_the_low_end(doc, core))
    ):
        reading = Reading(reading.value, noun, "count")  # "by 297 votes to 203"
    if reading.kind == "count" and (unit := TIME_UNITS.get(singular_noun(reading.unit))):
        reading = Reading(reading.value, unit, "measure")  # "75 minutes" is a duration
    return reading, full


def _currency_word(noun: Span) -> bool:
    """A currency named by one word in the singular ("49.95 Euro", "a 1bn rouble claim"), as
    the plural names it (docs/quantities.md, a currency named in words)."""
    return " " not in noun.text and read_money(f"1 {noun.text}").unit is not None
