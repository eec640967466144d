"""What a candidate's text means, read from the text alone: money, percentages, measures,
durations and dates, and the reader for each side of a range ("$3 to $5 billion").

The parse-based decisions (what a number counts, whether it is an age or a name) come later,
in `extract`; these readers are cheap string parsers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsaudit.document import Document
from newsaudit.extractors.quantities.counted_steps import counts_units_apart, measures_the_gap
from newsaudit.extractors.quantities.currency_codes import code_first
from newsaudit.extractors.quantities.currency_names import currency_named
from newsaudit.extractors.quantities.date_names import year_after_a_name
from newsaudit.extractors.quantities.dates import (
    MONTH,
    YEAR,
    YEAR_STEP,
    article_date,
    dates_undated,
    looks_like_date,
    resolve_date,
)
from newsaudit.extractors.quantities.money_forms import names_no_amount, spoken_decimal, tidy_amount
from newsaudit.extractors.quantities.money_signs import subunit
from newsaudit.extractors.quantities.number_forms import (
    fraction_value,
    unit_as_written,
)
from newsaudit.extractors.quantities.parts import part_after_unit
from newsaudit.extractors.quantities.shares import without_lead
from newsaudit.extractors.quantities.size_units import size_unit, unit_after_number_word
from newsaudit.extractors.quantities.values import NUMBER_WORD, NUMERIC, parse_number
from newsaudit.spans import Span, make_span

CURRENCIES = {  # longest names first: "Hong Kong dollars" are not US dollars
    "hong kong dollar": "HKD",
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "singapore dollar": "SGD",
    "new zealand dollar": "NZD",
    "taiwan dollar": "TWD",
    "hk$": "HKD",
    "a$": "AUD",
    "c$": "CAD",
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₦": "NGN",
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "rupees": "INR",
    "yuan": "CNY",
}
TIME_UNITS = {
    "second": "seconds",
    "minute": "minutes",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "decade": "decades",
    "century": "centuries",
    "millennium": "millennia",
}
SIZE_WORDS = (  # "a large number of", "an undetermined number of": still no number written
    r"large|small|good|great|growing|huge|vast|big|significant|substantial|considerable|"
    r"sizable|sizeable|record|limited|certain|fair|modest|surprising|staggering|startling"
)
SIZE_WORDS_AN = r"undetermined|unknown|undisclosed|unspecified|increasing|enormous|untold"
VAGUE = re.compile(  # the lookahead lets the scan skip most positions at once
    r"\b(?=[htmbdsfnluzHTMBDSFNLUZ])(?:(?:hundreds|tens|thousands|millions|billions)[\s-]+of"
    r"[\s-]+(?:thousands|millions|billions)|hundreds|thousands|millions|billions|trillions|"
    r"dozens|(?:ga)?zillions?|scores(?=\s+of\b)|handful(?=\s+of\b)|"
    r"several(?=\s+[a-z\d\"\u201c\u2018']|\s*[,.;:!?)]|$)|"  # "several tons", "several 911
    # calls", 'several "mandatory" criteria', "there were several, in succession": vague
    rf"(?<=\ba\s)(?:(?:{SIZE_WORDS})\s+)?(?:number|bunch)(?=\s+of\b)|"  # "a number of
    rf"(?<=\ban\s)(?:{SIZE_WORDS_AN})\s+number(?=\s+of\b)|"  # friends", not "the number of"
    r"few(?=\s+[a-z]))\b",  # "a few rare occasions", "very few folks", "for few seconds"
    re.IGNORECASE,
)
VAGUE_SCALE = re.compile(  # "several hundred people", "a few dozen protesters": a scale word
    r"(?:a\s+)?(?:few|several)\s+(?:dozen|hundred|thousand|million|billion)",  # after a vague
    re.IGNORECASE,  # word counts no number: a vague count, as "hundreds" is
)
WINDOW_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?)"
RELATIVE_TAIL = re.compile(r"\b(?:ago|back|earlier|later|before|after|prior)$", re.IGNORECASE)
YEAR_NAMED = re.compile(  # "fiscal year 2019", "the 2005 year": a year, not 2,005 years
    r"\byear\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+year(?![\w-]|\s+old)", re.IGNORECASE
)
PERCENT_WORDS = re.compile(r"%|\bper\s*cent\b|\bpercent(?:age points?)?\b", re.IGNORECASE)
SCALE_WORD = re.compile(r"^\s+(?:hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
CLOCK = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\.?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d\d", re.IGNORECASE
)  # "4 p.m.", "9.30 A.M.", "19:49", "1.p.m." with a stray point


MULTIPLE_X = re.compile(r"\d[\d,]*(?:\.\d+)?[x×]")  # "1.5x", "10x": a multiple


@dataclass(slots=True)
class Reading:
    """What a candidate's text means once parsed: value, unit, kind and flags."""

    value: float | None
    unit: str | None
    kind: str
    vague: bool = False
    resolved: str | None = None


CURRENCY_WORDS = {  # compiled once: the money reading runs for every count with a noun
    mark: re.compile(rf"\b{mark}s?\b") for mark in CURRENCIES if mark.replace(" ", "").isalpha()
}


SIGNS = {m: code for m, code in CURRENCIES.items() if not m.replace(" ", "").isalpha()}  # "hk$"


RUPEES_SIGN = re.compile(r"Rs\.?\s?\d")  # "Rs 42,900": rupees, as "₹" is; "the three Rs" is not
NAIRA_SIGN = re.compile(  # "N500m", "N2.5bn", "N10,000": naira, as "₦" is; "N95 masks" is not
    r"(?<![\w.])N(?=\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|b|k|tn|million|billion|trillion)\b|,\d{3}))"
)


def read_money(text: str) -> Reading:
    """An amount in the whole currency: "$1.13bn" is 1.13e9 USD, "548p" 5.48 GBP and "8.5
    euro cents" 0.085 EUR (cents are dollars' unless another currency is named); "$458 m" is
    "$458m", and "several hundred dollars" names no amount (`money_forms`)."""
    text = tidy_amount(text)
    lowered = text.lower()
    unit, full, _ = currency_named(lowered)  # "Swiss francs", a name, before any sign
    if not full:
        unit = next((code for mark, code in SIGNS.items() if mark in lowered), None) or unit
    if unit is None and (code := code_first(text)) is not None:
        unit = code  # "RMB 70,000", "USD 5 million": the code names the currency
    elif unit is None and RUPEES_SIGN.match(text):
        unit = "INR"
    elif unit is None and NAIRA_SIGN.match(text):
        unit = "NGN"
    if (hundredth := subunit(text)) is not None:
        value = parse_number(re.sub(r"[^\w\s.,-]", " ", lowered[: hundredth[0]]))
        return Reading(None if value is None else value / 100, unit or hundredth[1], "money")
    if names_no_amount(text):  # "several hundred dollars": vague multiples of money
        return Reading(None, unit, "money")
    return Reading(parse_number(re.sub(r"[^\w\s.,-]", " ", lowered)), unit, "money")


def _percent(text: str) -> Reading:
    if (spelled := spoken_decimal(text)) is not None:  # "one point three per cent": 1.3%
        return Reading(spelled, "%", "percent")
    unit = "percentage points" if "point" in text.lower() else "%"
    return Reading(parse_number(PERCENT_WORDS.sub(" ", text)), unit, "percent")


def singular_noun(word: str | None) -> str:
    if not word:
        return ""
    return "century" if word == "centuries" else word.removesuffix("s")


def counted_time_unit(text: str) -> str | None:
    """The time unit a duration's last number counts ("42 weeks of the year" weeks, "four
    minutes before the hour" minutes, "2 hours a day" hours): the first after that number;
    the last unit written when no number stands before one. "Second" before the half or
    quarter it ranks is no unit ("the second half of July" names a part of the month, not half
    a second)."""
    text = RANKED_SECOND.sub("", text)
    numbers = list(COUNT_BEFORE_UNIT.finditer(text))
    if numbers:
        for word in re.findall(r"[a-z]+", text[numbers[-1].end() :].lower()):
            if (unit := duration_unit(word)) is not None:
                return unit
    return duration_unit(text)


COUNT_BEFORE_UNIT = re.compile(rf"\d|\b(?:{NUMBER_WORD})\b", re.IGNORECASE)
RANKED_SECOND = re.compile(r"\bsecond(?=[\s-]+(?:half|quarter)\b)", re.IGNORECASE)


def duration_unit(text: str) -> str | None:
    for word in reversed(re.findall(r"[a-z]+", text.lower())):
        singular = word[:-1] if word.endswith("s") else word
        if singular in TIME_UNITS:
            return TIME_UNITS[singular]
        if word in ("millennia", "centuries"):  # irregular plurals: "for centuries"
            return word
    return None


def _measure(text: str) -> Reading:
    """ "82 kWh", "0-60 mph" (60 mph), "195-inches" (inches): the unit as written after the last
    number."""
    numbers = list(NUMERIC.finditer(text))
    if not numbers:
        words = text.split()
        unit = words[-1] if len(words) > 1 else unit_after_number_word(text)  # "two-mile"
        if len(words) > 2 and words[-2].lower() in ("square", "cubic"):  # "two million square
            unit = " ".join(words[-2:])  # metres": the area's unit as written, as "82 kWh"
        return Reading(parse_number(text), size_unit(unit, text), "measure")
    last = numbers[-1]
    rest = SCALE_WORD.sub("", text[last.end() :])  # "49.7 million square km": million scales
    unit = unit_as_written(rest, rest.lstrip().startswith("-")) if rest.strip(" -") else None
    ranged = len(numbers) > 1 and re.search(r"\d\s?[-\u2013]\s?\d", text) is not None
    value = parse_number(text[last.start() :]) if ranged else parse_number(text)
    if not ranged and rest[:1] not in ("", " ") and rest.strip(" -"):  # "5km", "a mere
        value = parse_number(text[: last.end()])  # 34,000km": the number before the fused unit
    if value is None and not rest[:1].isspace():  # "5km": the digits fused to their unit
        value = float(last.group().replace(",", ""))
    if (part := FRACTION_BEFORE_UNIT.search(text, 0, last.end())) is not None:
        whole = part.group("whole") is not None  # "3/4 inch" is 0.75, "2-1/2 inches" 2.5
        value = (parse_number(part.group()) if whole else fraction_value(part.group())) or value
    return Reading(value, size_unit(unit or None, text), "measure")  # "a quarter inch"


FRACTION_BEFORE_UNIT = re.compile(r"(?<![\d/])(?:(?P<whole>\d+)[ -])?[1-9]/\d{1,2}$")


def last_number(text: str) -> int | None:
    """Where the last number written in digits ends in ``text``."""
    numbers = NUMERIC.findall(text)
    return text.rindex(numbers[-1]) + len(numbers[-1]) if numbers else None


THE = re.compile(r"^the\s+", re.IGNORECASE)
VAGUE_DURATION = re.compile(  # a time unit after no number, only a determiner or a quantifier
    r"(?:the\s+)?(?:(?:a\s+)?few\s+|several\s+|many\s+|some\s+|recent\s+|"
    r"an?\s+(?:(?:large|small|good|great|growing)\s+)?number\s+of\s+|"  # "a number of years"
    r"(?:hundreds|thousands|millions|dozens|a\s+bunch)\s+of\s+)?\w+"
    r"|(?:just|only|mere(?:ly)?|a\s+mere|another|so|too)\s+"  # "just minutes", "so many
    r"(?:(?:a\s+)?few\s+|several\s+|many\s+)?(?:\w+s|millennia)",  # decades", "another few
    re.IGNORECASE,  # minutes": a plural unit, as "another minute" may be one
)


def _date_or_duration(doc: Document, span: Span, before: str | None = None) -> Reading | None:
    text = span.text
    if (
        RELATIVE_TAIL.search(text.strip())
        and re.search(r"\b(?:day|week|month|year)s?\b", text, re.IGNORECASE)  # "3 MONTHS AGO"
        and not (counts_units_apart(text.strip()) and before is None)
        and not measures_the_gap(doc, span)
    ):  # "five days later" lasts, but "in 1967 and 24 years later" steps from 1967 to 1991
        # "a year ago" (from the article's date), "a year earlier" (from the sentence's date),
        # "a few months back" (as "ago")
        return Reading(None, None, "date", resolved=resolve_date(doc, span, before))
    if (year := year_after_a_name(text)) and not MONTH.search(text):
        return Reading(None, None, "date", resolved=year)  # "Valentine's Day 2015": 2015
    named = YEAR_NAMED.search(text) or (YEAR_STEP.search(text.lower()) and MONTH.search(text))
    unit = None if named else counted_time_unit(text)  # "fiscal year 2019", "14 March next year"
    if unit and VAGUE_DURATION.fullmatch(RELATIVE_TAIL.sub("", text).rstrip()):  # "years of
        # fighting", "a few hours", "a few hours earlier"
        return Reading(None, unit, "measure", vague=True)
    if unit and (value := parse_number(text)) is not None:
        return Reading(value + part_after_unit(text), unit, "measure")  # "an hour and a half"
    if unit and A_FEW.search(text):  # "a few short hours", "a few minute's walk": no count
        return Reading(None, unit, "measure", vague=True)
    if CLOCK.search(text):
        return None
    resolved = resolve_date(doc, span, before)
    if resolved is None and not looks_like_date(text) and not dates_undated(doc, span, before):
        return None  # but "last season" in an undated article is a date, though unresolved
    return Reading(None, None, "date", resolved=resolved)


def _slash_date(doc: Document, month: str, day: str, year: str | None) -> Reading | None:
    anchor = article_date(doc)
    if year is None and anchor is None:
        return Reading(None, None, "date")
    full_year = anchor.year if year is None else int(year) + (2000 if len(year) == 2 else 0)
    try:
        return Reading(
            None, None, "date", resolved=date(full_year, int(month), int(day)).isoformat()
        )
    except ValueError:
        return None


A_FEW = re.compile(r"\ba\s+few\b", re.IGNORECASE)
LAST_OR_FINAL = re.compile(r"\b(?:(?P<final>final)|last)\s", re.IGNORECASE)


def part_of_a_whole(doc: Document, span: Span) -> bool:
    """Whether a window's last or final units are the end of something, not a window back from
    the article's date: "the last 20 minutes of the win", "the final three months of 2004" (the
    unit takes the "of"), "in the final days before the vote" ("final" ends an event)."""
    if (word := LAST_OR_FINAL.search(span.text)) is None:
        return False
    if word.group("final"):
        return True
    if not doc.text.startswith(" of ", span.end):
        return False
    tokens = doc.tokens(make_span(doc.text, span.start, span.end + 3))
    return tokens is not None and len(tokens) > 1 and tokens[-1].head.i == tokens[-2].i


def read_candidate(
    doc: Document, span: Span, label: str, before: str | None = None
) -> Reading | None:
    """Parse one candidate (an entity label or "WINDOW"/"VAGUE"/"NUMBER") into a reading."""
    text = span.text
    if label == "SCORE":  # "6-3" is a result, not a number to add up
        return Reading(None, None, "score")
    if (fraction := fraction_value(without_lead(text))) is not None or (
        " " in text and "-" in text and (fraction := fraction_value(text.rsplit(None, 1)[1]))
    ):  # "one-third" is a third, not one; so is "Only one-third", adverb and all
        return Reading(fraction, None, "fraction")
    if slashed := SLASH_DATE.fullmatch(text.strip()):  # "11/20" is a day, "24/7" nothing
        return _slash_date(doc, *slashed.groups())
    if label == "WINDOW":
        unit = duration_unit(text) or ("period" if "period" in text.lower() else None)
        vague = re.search(r"\b(?:few|several)\b", text, re.IGNORECASE) is not None
        value = parse_number(text)
        if value is None and re.match(r"(?:within|inside)\s+an?\s", text, re.IGNORECASE):
            value = 1.0  # "within a week"
        kind = "measure" if part_of_a_whole(doc, span) else "time_window"
        return Reading(value, unit, kind, vague=vague)
    if label in ("DATE", "TIME"):
        return _date_or_duration(doc, span, before)
    bare = THE.sub("", text.strip())
    if VAGUE.fullmatch(bare) or VAGUE_SCALE.fullmatch(bare) or label == "VAGUE":  # "the hundreds"
        return Reading(None, None, "count", vague=True)
    if label == "PERCENT" or PERCENT_WORDS.search(text):
        return _percent(text)
    if label == "MONEY":
        return read_money(text)
    if label == "QUANTITY":
        return _measure(text)
    if label == "NUMBER" and (year := YEAR.match(text)):
        return Reading(None, None, "date", resolved=year.group(1))
    value = parse_number(text)
    if value is None and MULTIPLE_X.fullmatch(text):  # "1.5x speed": a ratio
        value = float(text[:-1].replace(",", ""))
    if value is None and text[-4:].lower() == "fold":  # "threefold": a ratio, as "3-fold" is
        value = parse_number(text[:-4])
    return Reading(value, None, "count") if value is not None else None


def _duration(text: str) -> Reading:
    return Reading(parse_number(text), duration_unit(text), "measure")


RANGE_READERS = {"PERCENT": _percent, "MONEY": read_money, "QUANTITY": _measure}
RANGE_LABELS = frozenset({*RANGE_READERS, "CARDINAL", "DATE", "TIME"})
ENDS_IN_TIME_UNIT = re.compile(  # "4 to 5 minutes", "three to four weeks", "18 to 25-years-old"
    rf"(?:\d[\d,.]*|\b(?:{NUMBER_WORD}))[\s-]+{WINDOW_UNIT}(?:[\s-]old)?$", re.IGNORECASE
)


def range_reader(label: str, text: str):
    """How a range's ends are read: by the entity's label, as percentages when the range says
    so ("between 3 and 5 percent" is often tagged a cardinal), as durations when a count of time
    units ends it ("4 to 5 minutes", "60-90 minutes"); None for a range of years, of bare
    numbers or one that runs on ("5 to 10 years ago")."""
    if label == "CARDINAL" and PERCENT_WORDS.search(text):
        return _percent
    if label in ("DATE", "TIME"):
        return _duration if ENDS_IN_TIME_UNIT.search(text) and not MONTH.search(text) else None
    return RANGE_READERS.get(label)


SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?")
