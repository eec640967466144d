"""Quantities: counts, money, percentages, measures, vague amounts, time windows and dates.

Numbers are where news is most checkable and most often fudged: "almost 6,000", "hundreds of
thousands", "over the past 24 hours". Candidates come from the shared spaCy parse (its
CARDINAL/QUANTITY/MONEY/PERCENT/DATE/TIME entities) plus a few regexes for what the small
model misses; each candidate is then read by small deterministic parsers, so the stage costs a
few ms per article and never re-parses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise

from dateutil import parser as date_parser

from newsaudit.document import Document
from newsaudit.extractors.date_context import EXPLICIT_YEAR, has_verb, list_year, year_shift
from newsaudit.extractors.intervals import SpanSet
from newsaudit.extractors.number_forms import (
    PARTS,
    UNIT_WORDS,
    fraction_value,
    is_identifier,
    is_named_number,
    measure_unit,
    negative_sign,
    ordinal_value,
    quarter_is_a_period,
    scores,
    unit_as_written,
)
from newsaudit.extractors.structure import spans_with_roles
from newsaudit.findings import Quantity, Structure
from newsaudit.spans import Span, make_span

ENTITY_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"})
SCOPE_ROLES = ("headline", "standfirst", "dateline", "body")

UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
FRACTIONS = {"half": 0.5, "quarter": 0.25}
ARTICLES = frozenset({"a", "an"})
SCALES = {
    "couple": 2.0,  # "a couple of weeks" is two, as "a dozen" is twelve
    "dozen": 12.0,
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
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
MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.IGNORECASE,
)
MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
IDIOM_NOUNS = frozenset({"point", "time", "stage", "moment"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

APPROX = re.compile(
    r"(?:an estimated|approximately|roughly|around|about|almost|nearly|close to|some|"
    r"more than|over|less than|fewer than|under|up to|at least|at most|upwards of|"
    r"just over|just under|as many as|as much as|as few as|no more than|no fewer than)",
    re.IGNORECASE,
)
APPROX_AT_START = re.compile(rf"^{APPROX.pattern}\s+", re.IGNORECASE)
APPROX_BEFORE = re.compile(rf"\b{APPROX.pattern}\s+$", re.IGNORECASE)
VAGUE = re.compile(  # the lookahead lets the scan skip most positions at once
    r"\b(?=[htmbdsHTMBDS])(?:(?:hundreds|tens|thousands|millions|billions)\s+of\s+"
    r"(?:thousands|millions|billions)|hundreds|thousands|millions|billions|dozens|"
    r"scores(?=\s+of\b)|handful(?=\s+of\b)|several(?=\s+[a-z]))\b",  # "several tons": vague
    re.IGNORECASE,
)
NUMBER_WORD = "|".join(sorted((w for w in UNITS_WORDS if len(w) > 2), key=len, reverse=True))
WINDOW_COUNT = rf"(?:\d[\d,.]*|{NUMBER_WORD}|few|several)[\s-]+(?:and\s+a\s+half\s+)?"
WINDOW_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?)"
WINDOW = re.compile(  # a preposition before it, or a count in it: "last year" alone is a date
    r"\b(?=[oidwfatplncOIDWFATPLNC])(?:(?:over|in|during|within|for|across)\s+(?:the\s+)?"
    rf"(?:(?:past|last|next|coming|same|final)\s+(?:{WINDOW_COUNT})?|previous\s+{WINDOW_COUNT})"
    rf"(?:{WINDOW_UNIT}|period)"
    r"|(?:the\s+)?(?:past|last|previous|next|coming|final)\s+"
    rf"{WINDOW_COUNT}{WINDOW_UNIT}"
    rf"|within\s+(?:{WINDOW_COUNT}|an?\s+){WINDOW_UNIT})\b",  # "within 20 years", "within a week"
    re.IGNORECASE,
)
ONE_OF_NO_NUMBER = re.compile(  # "one of the / those / his …" with no number after the determiner
    r"\s+(?:or\s+more\s+)?of\s+(?!(?:the|these|those|its|his|her|their|our|my|your)?\s*"
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|dozen)\b))",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(  # "-12.99" in a table keeps its sign; the "60" of "0-60" is no number
    r"(?<![\w.,:/-])(?:[-\u2212](?=\d))?\d(?:[\d,]*\d)?(?:\.\d+)?"  # no comma after it
    rf"(?:(?![\w:/-]|[.,]\d)|(?=(?:{UNIT_WORDS})(?![\w-])))"  # or fused to its unit: "60fps"
)
ORDINAL_WORD = re.compile(  # the lookahead lets the scan skip most positions at once
    r"\b(?=[fstenFSTEN\d])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
RELATIVE_DATE = re.compile(  # what the small model sometimes leaves untagged: "period last year"
    r"\b(?=[lntpymwfsLNTPYMWFS])(?:(?:last|next|this|previous)\s+(?:week|month|year|season|spring|summer|autumn|winter)|today|yesterday|tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
RELATIVE_END = re.compile(
    r"\b(?:last|next|this)\s+(?:week|month|year|season|spring|summer|autumn|winter)$",
    re.IGNORECASE,
)
PREPOSITION_BEFORE = re.compile(r"\b(?:for|over|across|in|during|spanning)\s+$", re.IGNORECASE)
THE_SEASON = re.compile(r"\b(?:[Tt]he|an?)\s+(?:[a-z]+\s+)?season(?![\w-])")
SEASON = re.compile(  # with a determiner or a year: "winter wheat" or "that summer" is no date
    r"(?:(?:in|during|by|since|until|from)\s+)?(?:early\s+|late\s+)?"
    r"(?:(?:the|(?P<step>this|last|next))\s+(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
    r"|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year2>(?:19|20)\d\d))",
    re.IGNORECASE,
)
NAMED_DAY = re.compile(
    r"\b(?:black|cyber|super|good|ash|holy|palm|giving|small business)\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$",
    re.IGNORECASE,
)
RELATIVE_TAIL = re.compile(r"\b(?:ago|earlier|later|before)$", re.IGNORECASE)
YEAR_NAMED = re.compile(r"\byear\s+(?:19|20)\d\d\b", re.IGNORECASE)  # "fiscal year 2019"
INDEX_CONTEXT = re.compile(
    r"\b(?:index|indices|dow|nasdaq|s&p|ftse|nikkei|hang seng|dax|cac|stoxx|kospi|sensex|nifty)\b",
    re.IGNORECASE,
)
RATE_CONTEXT = re.compile(r"\b(?:rates?|interest|yields?)\b", re.IGNORECASE)
NUMERIC = re.compile(r"\d[\d,]*(?:\.\d+)?")
FUSED_UNIT = re.compile(rf"\d[\d,]*(?:\.\d+)?(?=(?:{UNIT_WORDS})$)")  # "60fps", "5km"
# between a number and its noun, these make it "N of the M things": the span stays on the N
OTHER_NUMBER = re.compile(rf"\d|\b(?:of|{NUMBER_WORD})\b", re.IGNORECASE)
THOUSANDS_K = re.compile(r"\d+(?:\.\d+)?[kK]")  # "4K": thousands only of money or of a plural
TIMES_WORDS = ("once", "twice", "thrice", "Once", "Twice", "Thrice")
RANGE_JOIN = r"(?:\s+(?:to|and)\s+|\s?[-\u2013]\s?)"  # "3 to 5", "between 3 and 5", "3-5"
RANGE = re.compile(  # "from 23% to 35%", "$3 to $5 billion", "60-90 minutes"; not "0-60 mph"
    r"(?:(?:from|between)\s+)?(?P<low>[$£€¥]?(?!0\s?[-\u2013])\d[\d,]*(?:\.\d+)?%?)"
    rf"{RANGE_JOIN}(?P<high>[$£€¥]?\d[\d,]*(?:\.\d+)?.*)$",
    re.IGNORECASE,
)
RANGE_SIGN = re.compile(rf"(US\$|[$£€¥])\d[\d,]*(?:\.\d+)?{RANGE_JOIN}$", re.IGNORECASE)
SIDE_BY_SIDE = re.compile(rf"(?:\d|\b(?:{NUMBER_WORD}))\s+\d", re.IGNORECASE)  # "nine 10"
RANGE_HIGH = re.compile(rf"{RANGE_JOIN}[$£€¥]?\d[\d,]*(?:\.\d+)?", re.IGNORECASE)
FIRST_SPAN = re.compile(  # "first" before a count of time units: "the first seven months"
    rf"\s+(?P<count>\d[\d,]*|(?:{NUMBER_WORD})(?:-\w+)?)\s+"
    r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s?)\b",
    re.IGNORECASE,
)
SUFFIXED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|mln|bn|b|tn)$", re.IGNORECASE)
PERCENT_WORDS = re.compile(r"%|\bper\s*cent\b|\bpercent(?:age points?)?\b", re.IGNORECASE)
YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$")
SCALE_AFTER = re.compile(r"(?:m|mn|bn|b|k|tn)\b|\s+(?:million|billion|trillion)\b", re.I)
SCALE_WORD = re.compile(r"^\s+(?:hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
FRACTION_ARTICLE = re.compile(r"\b(?:a|an|one)[\s-]$", re.IGNORECASE)  # "a third of voters"
FOLD = re.compile(rf"\b(?:\d+(?:\.\d+)?|{NUMBER_WORD})-?fold\b", re.IGNORECASE)  # a multiple
CLOCK = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d\d", re.IGNORECASE
)  # "4 p.m.", "9.30 A.M.", "19:49"


@dataclass(slots=True)
class Reading:
    """What a candidate's text means once parsed: value, unit, kind and flags."""

    value: float | None
    unit: str | None
    kind: str
    vague: bool = False
    resolved: str | None = None


# ---------------------------------------------------------------- number parsing


def parse_number(text: str) -> float | None:
    """A number written in digits, words or both: "6,000", "1.13bn", "two hundred", "a dozen",
    "2 1/2", "2½"."""
    if FRACTION_MARK.search(text):
        text = MIXED_NUMBER.sub(_mixed_value, text)
    words = re.findall(r"\d[\d,]*(?:\.\d+)?[a-z]*|[a-z]+", text.lower().replace("-", " "))
    total, current, seen, only_article = 0.0, 0.0, False, False
    last_plain: str | None = None  # the plain number just read: "twenty" may take a "five"
    for position, word in enumerate(words):
        if word in ARTICLES:  # "a dozen", "a hundred"; but not the "an" of "half an hour"
            if not seen:
                current, seen, only_article = 1.0, True, True
            continue
        if word in FRACTIONS:  # "a quarter" is 0.25, "two and a half" is 2.5
            current = FRACTIONS[word] if only_article or not seen else current + FRACTIONS[word]
            seen, only_article = True, False
            continue
        was_article, only_article = only_article, False
        value = _word_value(word)
        if value is None:
            later = words[position + 1 :]
            if was_article and any(_word_value(w) for w in later):  # "an additional 15"
                current, seen = 0.0, False
                continue
            if word == "and" and seen:
                continue
            if seen:
                break
            continue
        number, scale = value
        if not scale and last_plain is not None and not _compounds(last_plain, word):
            shared = words[position + 1] if position + 1 < len(words) else ""
            if shared in SCALES and len(shared) > 1:  # "350-375 million": the low end's scale
                current *= SCALES[shared]
            break  # "nine 10 games", "12 787 jets": two numbers side by side are not one
        seen = True
        if scale:
            current = max(current, 1.0) * scale
            if scale >= 1e3:
                total, current = total + current, 0.0
            last_plain = None
        else:
            current = number if was_article else current + number  # "a five year study"
            last_plain = word
    return total + current if seen else None


VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
FRACTION_MARK = re.compile(r"[/½¼¾⅓⅔⅛]")
MIXED_NUMBER = re.compile(  # "2 1/2", "1-1/2", "2½", "½": a whole number and a fraction
    r"(?<![\d/])(?:(\d+)(?:\s+|-))?(\d)/(\d{1,2})(?![\d/])|(\d*)\s?([½¼¾⅓⅔⅛])"
)


def _mixed_value(match: re.Match) -> str:
    if match.group(5):  # "2½"
        return f"{int(match.group(4) or 0) + VULGAR[match.group(5)]:.4f}"
    top, bottom = int(match.group(2)), int(match.group(3))
    if match.group(1) is None or not 0 < top < bottom:
        return match.group()  # "1/2" alone is read as a fraction; "24/7" is no number
    return f"{int(match.group(1)) + top / bottom:.4f}"


def _compounds(tens: str, units: str) -> bool:
    """Whether a number word takes the next one as its units: "twenty five", not "nine 10"."""
    return UNITS_WORDS.get(tens, 0) >= 20 and 0 < UNITS_WORDS.get(units, 0) < 10


def _word_value(word: str) -> tuple[float, float] | None:
    """(number, 0) for a plain number, (0, scale) for a scale word, None otherwise."""
    if word in SCALES and len(word) > 1:
        return 0.0, SCALES[word]
    if word in UNITS_WORDS:
        return float(UNITS_WORDS[word]), 0.0
    if match := SUFFIXED.match(word):
        return float(match.group(1).replace(",", "")) * SCALES[match.group(2).lower()], 0.0
    if NUMERIC.fullmatch(word):
        return float(word.replace(",", "")), 0.0
    return None


# ---------------------------------------------------------------- dates


def article_date(doc: Document) -> date | None:
    """The publication date as a `date`, when the article carries a parseable one."""
    raw = doc.article.date
    return _parse_date(str(raw)) if raw else None


@lru_cache(maxsize=256)
def _parse_date(raw: str) -> date | None:  # once per article, not once per date in it
    try:
        return date_parser.parse(raw, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None


def _shift_months(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _origin(before: str | None, anchor: date, unit: str) -> date:
    """What "the previous year" or "a year earlier" counts from: the date the sentence named
    before it, at the precision that date has, else the article's date."""
    if before is None or not before[:4].isdigit():
        return anchor
    if unit in ("year", "season"):
        return date(int(before[:4]), 1, 1)
    if unit == "month" and re.match(r"\d{4}-\d\d(?:-\d\d)?$", before):
        return date(int(before[:4]), int(before[5:7]), 1)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", before):
        return date.fromisoformat(before)
    return anchor


def _shifted(origin: date, unit: str, shift: float) -> str | None:
    if unit in ("year", "season"):
        return f"{origin.year + int(shift):04d}"
    if unit == "month":
        return _shift_months(origin, int(shift))
    if unit == "week" and shift == int(shift):
        year, week, _ = (origin + timedelta(weeks=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "day":
        return (origin + timedelta(days=shift)).isoformat()
    return None


FROM_BEFORE = frozenset({"previous", "prior", "preceding", "following", "earlier", "later"})


def _relative(text: str, anchor: date, past: bool, before: str | None = None) -> str | None:
    """Resolve today / yesterday / last month / Wednesday / three days ago against ``anchor``;
    "the previous year" and "a year earlier" against the date named before them (``before``)."""
    words = text.lower().split()
    fixed = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if words and words[-1] in fixed:
        return (anchor + timedelta(days=fixed[words[-1]])).isoformat()
    step = {"last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "this": 0}
    step |= {"next": 1, "coming": 1, "following": 1}
    if len(words) >= 2 and words[-2] in step and words[-1] in ("year", "season", "month", "week"):
        unit = words[-1]
        origin = _origin(before, anchor, unit) if words[-2] in FROM_BEFORE else anchor
        return _shifted(origin, unit, step[words[-2]])
    if (
        words[-2:-1] in (["day"], ["week"], ["month"], ["year"])
        and words[-1] in ("before", "after", "earlier", "later")
        and (len(words) == 2 or words[:-2] == ["the"])  # "the" may be stripped already
    ):  # "the year before": one unit from the date the sentence named, else unresolved
        if before is None:
            return None
        sign = 1 if words[-1] in ("after", "later") else -1
        return _shifted(_origin(before, anchor, words[-2]), words[-2], sign)
    if len(words) >= 2 and words[-1] in ("ago", "earlier", "later", "before"):
        number = parse_number(" ".join(words[:-2]))
        unit = words[-2].rstrip("s")
        if number is not None and unit in ("day", "week", "month", "year"):
            if words[-1] != "ago" and before is None:
                return None  # "a year later": later than what the sentence does not say
            origin = anchor if words[-1] == "ago" else _origin(before, anchor, unit)
            sign = 1 if words[-1] == "later" else -1
            if unit == "week" and number != int(number):  # "a week ago" is a week, as
                unit, number = "day", number * 7  # "a year ago" is a year
            return _shifted(origin, unit, sign * number)
    for weekday, name in enumerate(WEEKDAYS):
        if name in words:
            back = (anchor.weekday() - weekday) % 7
            ahead = (weekday - anchor.weekday()) % 7
            if "next" in words or "coming" in words:  # "next Tuesday" is never today or before
                return (anchor + timedelta(days=ahead or 7)).isoformat()
            if "last" in words or "past" in words:
                return (anchor - timedelta(days=back or 7)).isoformat()
            delta = back if past else -ahead
            return (anchor - timedelta(days=delta)).isoformat()
    return None


def _absolute(
    text: str, anchor: date | None, past: bool | None = None, year: int | None = None
) -> str | None:
    """Resolve "December 14, 2016", "14 Dec", "2016" or "December".

    A date without a year takes ``year`` (the year of the list it heads) or the anchor's; a day
    that tense puts in the future ("will play on Sept. 12") but falls before the anchor moves on
    a year, and one in the past after the anchor moves back ("on Dec. 20", written in January).
    """
    lowered = text.lower()
    if match := YEAR.match(lowered):
        return match.group(1)
    if not (found := MONTH.search(lowered)):
        return None
    month = MONTH_NUMBERS[found.group().rstrip(".")[:3]]
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", lowered)
    has_year = re.search(r"\b(?:19|20)\d\d\b", lowered)
    if not has_year and anchor is None:
        return None
    if not has_year and anchor is not None and (named := YEAR_STEP.search(lowered)):
        year = anchor.year + {"last": -1, "next": 1}.get(named.group(1), 0)  # "May last year"
    explicit = has_year is not None or year is not None
    year = int(has_year.group()) if has_year else (year or anchor.year)
    if not has_day:  # "the index fell in June", written in May, is last June (a present
        if not explicit and anchor is not None and past and month > anchor.month:  # tense
            year -= 1  # says too little of the future: "sales plunge in October" is past)
        return f"{year:04d}-{month:02d}"
    try:
        default = datetime(year, month, 1)
        found_date = date_parser.parse(text, default=default, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if not explicit and anchor is not None and past is not None:
        if past is False and found_date < anchor:
            found_date = year_shift(found_date, 1)
        elif past is True and (found_date - anchor).days > 1:
            found_date = year_shift(found_date, -1)
    return found_date.isoformat() if found_date else None


YEAR_STEP = re.compile(r"\b(last|this|next)\s+year$")


def _is_past(doc: Document, span: Span) -> bool:
    """Whether a weekday points back ("resumed on Wednesday") or ahead ("resume on Friday").

    Past tense, or no verb at all, points back (news mostly reports what happened); "will",
    "until" and present-tense verbs ("talks resume on Friday") point ahead.
    """
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return True
    head = tokens.root
    for node in [head, *head.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            lefts = {t.lower_ for t in node.lefts}
            if lefts & {"will", "'ll", "shall", "wo", "must", "should", "would", "could"}:
                return False  # "must decide by Thursday morning" looks ahead
            return node.tag_ not in ("VBZ", "VBP", "VBG", "VB")  # "to vote on Friday" too
        if node.lower_ in ("until", "till", "next"):
            return False
    return True


DATE_PREFIX = re.compile(  # "the end of 2017" is 2017
    r"^(?:(?:on|in|since|by|until|from|the|early|late|earlier|later|mid|fiscal|financial|"
    r"calendar|(?:end|start|beginning|middle|close|turn)\s+of)(?:\s+|-(?=\w)))+"
    r"(?:year\s+(?=(?:19|20)\d\d$))?",
    re.IGNORECASE,
)


def resolve_date(doc: Document, span: Span, before: str | None = None) -> str | None:
    """An ISO date (or ISO month, week or year) for a date expression, None when unsure;
    ``before`` is the date the sentence named earlier ("the previous year" counts from it)."""
    anchor = article_date(doc)
    if season := SEASON.fullmatch(span.text):  # "the spring", "summer of 2007": the year
        if year := season.group("year") or season.group("year2"):
            return year
        shift = {"last": -1, "next": 1}.get((season.group("step") or "").lower(), 0)
        return f"{anchor.year + shift:04d}" if anchor else None
    text = DATE_PREFIX.sub("", span.text)
    verb = has_verb(doc, span)
    past = _is_past(doc, span) if verb else None
    absolute = _absolute(text, anchor, past, None if verb else list_year(doc, span))
    if absolute is not None or anchor is None:
        return absolute
    return _relative(text, anchor, True if past is None else past, before)


# ---------------------------------------------------------------- readings


def _counted_noun(doc: Document, span: Span) -> Span | None:
    """The noun a number counts: "6,000 [civilians]", "hundreds of thousands of [refugees]"."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return None
    last = tokens[-1]
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound") else None
    if head is not None and head.i > last.i and head.pos_ == "NUM" and head.dep_ == "nummod":
        head = head.head  # "two of three requirements": the noun the second number counts
    reach = last.i  # where the noun phrase may start: right after the number, or after "of"
    if head is None or head.i <= last.i:
        following = doc.doc[last.i + 1] if last.i + 1 < len(doc.doc) else None
        if following is not None and following.lower_ == "of":
            objects = [c for c in following.children if c.dep_ == "pobj"]
            head = objects[0] if objects else None
            reach = following.i
        elif following is not None and following.pos_ in ("NOUN", "PROPN"):
            head = following
        else:
            head = None
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if (
        head.i - last.i > 4
        and not (  # far off, unless "N of the M things" however long
            reach > last.i
            and head.left_edge.i == reach + 1
            and any(t.like_num for t in doc.doc[reach + 1 : head.i])
        )
    ):
        return None
    if not any(c.isalpha() for c in head.text):  # "225.86 |" in a table counts no "|"
        return None
    return _noun_phrase(doc, head, last.i)


def _noun_phrase(doc: Document, head, after: int) -> Span:
    """The noun ``head`` with the nouns compounded with it, none before token ``after``."""
    start, nouns = head.i, [head]  # "prison officers", "energy technology priorities"
    while nouns:  # but "17 NBA seasons" are seasons
        noun = nouns.pop()
        for c in noun.lefts:
            if c.dep_ == "compound" and c.i > after and (c.pos_ == "NOUN" or head.pos_ == "PROPN"):
                start = min(start, c.i)
                nouns.append(c)
    while (  # "five triple-doubles"
        start - 2 > after
        and doc.doc[start - 1].text == "-"
        and not doc.doc[start - 1].whitespace_
        and not doc.doc[start - 2].whitespace_
    ):
        start -= 2
    first = doc.doc[start]
    return make_span(doc.text, first.idx, head.idx + len(head))


def _multiple(doc: Document, span: Span) -> bool:
    """Whether "N times" after ``span`` multiplies what follows it ("18 times the number", "five
    times higher", "3 times as steep") rather than counting occasions ("won five times this
    year"): the parse hangs "times" on a word to its right."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens) or tokens[-1].i + 1 >= len(doc.doc):
        return False
    number, times = tokens[-1], doc.doc[tokens[-1].i + 1]
    governor = number.head if times.head.i == number.i else times.head  # "18 [times] the number"
    return times.lower_ == "times" and governor.i > times.i


def _fraction_noun(doc: Document, span: Span) -> Span | None:
    """What a fraction is of: the noun of the phrase after "of" however long ("a quarter of
    the total grazing land"), or the noun a "half" stands before ("half the money")."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return None
    last = tokens[-1]
    if last.dep_ == "predet" and last.head.i > last.i:
        head = last.head
    elif last.i + 1 < len(doc.doc) and doc.doc[last.i + 1].lower_ == "of":
        head = next((c for c in doc.doc[last.i + 1].children if c.dep_ == "pobj"), None)
    else:
        return None
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return _noun_phrase(doc, head, last.i)


CURRENCY_WORDS = {  # compiled once: the money reading runs for every count with a noun
    mark: re.compile(rf"\b{mark}s?\b") for mark in CURRENCIES if mark.replace(" ", "").isalpha()
}


def _has_currency(mark: str, lowered: str) -> bool:
    if (word := CURRENCY_WORDS.get(mark)) is not None:
        return word.search(lowered) is not None
    return mark in lowered


def _money(text: str) -> Reading:
    lowered = text.lower()
    unit = next((code for mark, code in CURRENCIES.items() if _has_currency(mark, lowered)), None)
    return Reading(parse_number(re.sub(r"[^\w\s.,-]", " ", lowered)), unit, "money")


def _percent(text: str) -> Reading:
    unit = "percentage points" if "point" in text.lower() else "%"
    return Reading(parse_number(PERCENT_WORDS.sub(" ", text)), unit, "percent")


def _singular(word: str | None) -> str:
    if not word:
        return ""
    return "century" if word == "centuries" else word.removesuffix("s")


def _duration_unit(text: str) -> str | None:
    for word in reversed(re.findall(r"[a-z]+", text.lower())):
        singular = word[:-1] if word.endswith("s") else word
        if singular in TIME_UNITS:
            return TIME_UNITS[singular]
        if word == "millennia":
            return word
    return None


def _measure(text: str) -> Reading:
    """ "82 kWh", "0-60 mph" (60 mph), "195-inches" (inches): the unit as written after the last
    number."""
    numbers = list(NUMERIC.finditer(text))
    if not numbers:
        words = text.split()
        return Reading(parse_number(text), words[-1] if len(words) > 1 else None, "measure")
    last = numbers[-1]
    rest = SCALE_WORD.sub("", text[last.end() :])  # "49.7 million square km": million scales
    unit = unit_as_written(rest, rest.lstrip().startswith("-")) if rest.strip(" -") else None
    ranged = len(numbers) > 1 and re.search(r"\d\s?[-\u2013]\s?\d", text) is not None
    value = parse_number(text[last.start() :]) if ranged else parse_number(text)
    if value is None and not rest[:1].isspace():  # "5km": the digits fused to their unit
        value = float(last.group().replace(",", ""))
    return Reading(value, unit or None, "measure")


def _last_number(text: str) -> int | None:
    """Where the last number written in digits ends in ``text``."""
    numbers = NUMERIC.findall(text)
    return text.rindex(numbers[-1]) + len(numbers[-1]) if numbers else None


VAGUE_DURATION = re.compile(  # a time unit after no number, only a determiner or a quantifier
    r"(?:the\s+)?(?:(?:a\s+)?few\s+|several\s+|many\s+|some\s+|recent\s+|"
    r"(?:hundreds|thousands|millions|dozens)\s+of\s+)?\w+",
    re.IGNORECASE,
)


def _date_or_duration(doc: Document, span: Span, before: str | None = None) -> Reading | None:
    text = span.text
    if RELATIVE_TAIL.search(text.strip()) and re.search(r"\b(?:day|week|month|year)s?\b", text):
        # "a year ago" (from the article's date), "a year earlier" (from the sentence's date)
        return Reading(None, None, "date", resolved=resolve_date(doc, span, before))
    unit = None if YEAR_NAMED.search(text) else _duration_unit(text)  # "fiscal year 2019"
    if unit and VAGUE_DURATION.fullmatch(text):  # "years of fighting", "a few hours"
        return Reading(None, unit, "measure", vague=True)
    if unit and parse_number(text) is not None:
        return Reading(parse_number(text), unit, "measure")
    if CLOCK.search(text):
        return None
    resolved = resolve_date(doc, span, before)
    if resolved is None and not _looks_like_date(text):
        return None
    return Reading(None, None, "date", resolved=resolved)


def _looks_like_date(text: str) -> bool:
    lowered = text.lower()
    return bool(
        any(day in lowered for day in WEEKDAYS)
        or MONTH.search(lowered)
        or re.search(r"\b(?:today|tonight|yesterday|tomorrow|ago|(?:19|20)\d\d)\b", lowered)
        or re.search(r"\b(?:last|next|this|previous)\s+(?:week|month|year)\b", lowered)
    )


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


def read_candidate(
    doc: Document, span: Span, label: str, before: str | None = None
) -> Reading | None:
    """Parse one candidate (an entity label or "WINDOW"/"VAGUE"/"NUMBER") into a reading."""
    text = span.text
    if label == "SCORE":  # "6-3" is a result, not a number to add up
        return Reading(None, None, "score")
    if (fraction := fraction_value(text)) is not None or (
        " " in text and "-" in text and (fraction := fraction_value(text.rsplit(None, 1)[1]))
    ):  # "one-third" is a third, not one; so is "Only one-third", adverb and all
        return Reading(fraction, None, "fraction")
    if slashed := SLASH_DATE.fullmatch(text.strip()):  # "11/20" is a day, "24/7" nothing
        return _slash_date(doc, *slashed.groups())
    if label == "WINDOW":
        unit = _duration_unit(text) or ("period" if "period" in text.lower() else None)
        vague = re.search(r"\b(?:few|several)\b", text, re.IGNORECASE) is not None
        value = parse_number(text)
        if value is None and re.match(r"within\s+an?\s", text, re.IGNORECASE):
            value = 1.0  # "within a week"
        return Reading(value, unit, "time_window", vague=vague)
    if label in ("DATE", "TIME"):
        return _date_or_duration(doc, span, before)
    if VAGUE.fullmatch(text.strip()) or label == "VAGUE":
        return Reading(None, None, "count", vague=True)
    if label == "PERCENT" or PERCENT_WORDS.search(text):
        return _percent(text)
    if label == "MONEY":
        return _money(text)
    if label == "QUANTITY":
        return _measure(text)
    if label == "NUMBER" and (year := YEAR.match(text)):
        return Reading(None, None, "date", resolved=year.group(1))
    value = parse_number(text)
    if value is None and text[-4:].lower() == "fold":  # "threefold": a ratio, as "3-fold" is
        value = parse_number(text[:-4])
    return Reading(value, None, "count") if value is not None else None


# ---------------------------------------------------------------- candidates


def _scope(doc: Document, structure: Structure) -> list[Span]:
    """Headline block and body; everything when the structure has no paragraphs yet."""
    return spans_with_roles(doc, structure, SCOPE_ROLES)


def _duration(text: str) -> Reading:
    return Reading(parse_number(text), _duration_unit(text), "measure")


RANGE_READERS = {"PERCENT": _percent, "MONEY": _money, "QUANTITY": _measure}
RANGE_LABELS = frozenset({*RANGE_READERS, "CARDINAL", "DATE", "TIME"})
ENDS_IN_TIME_UNIT = re.compile(rf"\d[\d,.]*\s+{WINDOW_UNIT}$", re.IGNORECASE)


def _range_reader(label: str, text: str):
    """How a range's ends are read: by the entity's label, as percentages when the range says
    so ("between 3 and 5 percent" is often tagged a cardinal), as durations when a count of time
    units ends it ("4 to 5 minutes", "60-90 minutes"); None for a range of years, of bare
    numbers or one that runs on ("5 to 10 years ago")."""
    if label == "CARDINAL" and PERCENT_WORDS.search(text):
        return _percent
    if label in ("DATE", "TIME"):
        return _duration if ENDS_IN_TIME_UNIT.search(text) and not MONTH.search(text) else None
    return RANGE_READERS.get(label)


def _times_words(text: str) -> list[tuple[int, int]]:
    """Where once, twice and thrice stand as words: string search, cheaper than a regex scan."""
    found = []
    for word in TIMES_WORDS:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not (start and text[start - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append((start, end))
            start = text.find(word, end)
    return found


def _bare_millennia(text: str) -> list[int]:
    """Where "millennia" stands after a preposition with no count ("for millennia"): string
    search, as the word is rare; the parser tags the other bare time units itself."""
    found = []
    for word in ("millennia", "Millennia"):
        start = text.find(word)
        while start >= 0:
            after = text[start + 9 : start + 10]
            if not after.isalnum() and PREPOSITION_BEFORE.search(text[max(0, start - 12) : start]):
                found.append(start)
            start = text.find(word, start + 9)
    return found


def _candidates(doc: Document) -> list[tuple[Span, str]]:
    """Time windows first, then entities, vague words and bare numbers; no two overlap."""
    found: list[tuple[Span, str]] = [
        (make_span(doc.text, start, end), "SCORE")
        for start, end in scores(doc, lambda offset: _sentence_span(doc, offset))
    ]
    found += [
        (make_span(doc.text, m.start(), m.end()), "WINDOW") for m in WINDOW.finditer(doc.text)
    ]
    found += [
        (make_span(doc.text, start, end), label)
        for e in doc.doc.ents
        if e.label_ in ENTITY_LABELS
        for start, end, label in _side_by_side(e)
    ]
    found += [(make_span(doc.text, m.start(), m.end()), "VAGUE") for m in VAGUE.finditer(doc.text)]
    found += [
        (make_span(doc.text, m.start(), m.end()), "DATE") for m in RELATIVE_DATE.finditer(doc.text)
    ]
    found += [
        (make_span(doc.text, m.start(), m.end()), "ORDINAL")
        for m in ORDINAL_WORD.finditer(doc.text)
    ]
    found += [(make_span(doc.text, start, end), "TIMES") for start, end in _times_words(doc.text)]
    found += [  # "for millennia": the one bare time unit the parser leaves untagged
        (make_span(doc.text, start, start + 9), "DATE") for start in _bare_millennia(doc.text)
    ]
    if "season" in doc.text:  # "during the season": this season, as "the spring" is this spring
        found += [
            (make_span(doc.text, m.start(), m.end()), "SEASON")
            for m in THE_SEASON.finditer(doc.text)
        ]
    if "fold" in doc.text:  # "threefold", which the parser leaves untagged
        found += [
            (make_span(doc.text, m.start(), m.end()), "NUMBER") for m in FOLD.finditer(doc.text)
        ]
    found += [
        (make_span(doc.text, m.start(), m.end()), "NUMBER") for m in BARE_NUMBER.finditer(doc.text)
    ]
    kept: list[tuple[Span, str]] = []
    starts: list[int] = []  # of the kept spans, which never overlap: sorted, so are their ends
    ends: list[int] = []
    for span, label in found:  # earlier sources win on overlap
        k = bisect_left(starts, span.end)  # the last kept span to start before this one ends
        if k and ends[k - 1] > span.start:
            continue
        starts.insert(k, span.start)
        ends.insert(k, span.end)
        kept.append((span, label))
    return sorted(kept)


def _side_by_side(entity) -> list[tuple[int, int, str]]:
    """An entity's character range and label; two numbers side by side in it ("nine 10", "12
    787") are two candidates, as no number word takes digits after it, and so are the two ends of
    a range of percentages, money or measures ("23% to 35%", "$3 to $5 billion")."""
    label = entity.label_
    whole = [(entity.start_char, entity.end_char, label)]
    if len(entity) < 2:
        return whole
    text = entity.text
    if (
        label in RANGE_LABELS
        and (" to " in text or " and " in text or "-" in text or "\u2013" in text)
        and _range_reader(label, text)
        and (split := RANGE.search(text))
    ):
        start = entity.start_char
        return [  # "from 23% to 35%": each end of a range is its own reading
            (start + split.start("low"), start + split.end("low"), "RANGE"),
            (start + split.start("high"), entity.end_char, label),
        ]
    if label not in ("CARDINAL", "DATE") or not SIDE_BY_SIDE.search(text):
        return whole
    for first, second in pairwise(entity):
        if (
            first.whitespace_
            and NUMERIC.fullmatch(second.text)
            and (NUMERIC.fullmatch(first.text) or first.lower_ in UNITS_WORDS)
        ):
            return [
                (entity.start_char, first.idx + len(first), "CARDINAL"),
                (
                    second.idx,
                    entity.end_char,
                    "CARDINAL" if second.i + 1 == entity.end else label,
                ),
            ]
    return whole


def _sentence_span(doc: Document, offset: int) -> Span:
    if not doc.sentences:
        return make_span(doc.text, 0, len(doc.text))
    return doc.sentences[doc.sentence_index(offset)].span


def _split_marker(doc: Document, span: Span) -> tuple[Span, Span | None]:
    """Separate an approximation marker inside or just before the number ("almost 6,000")."""
    if match := APPROX_AT_START.match(span.text):
        marker = make_span(doc.text, span.start, span.start + match.end())
        return make_span(doc.text, span.start + match.end(), span.end), marker
    before = doc.text[max(0, span.start - 24) : span.start]
    if match := APPROX_BEFORE.search(before):
        base = span.start - len(before)
        return span, make_span(doc.text, base + match.start(), base + match.end())
    return span, None


def _strip_determiner(doc: Document, span: Span) -> Span:
    match = re.match(r"the\s+(?=\S)", span.text, re.IGNORECASE)
    if match and parse_number(span.text[match.end() :]) is not None:
        return make_span(doc.text, span.start + match.end(), span.end)
    return span


def _with_currency(doc: Document, span: Span, label: str) -> tuple[Span, str]:
    """Pull in a currency sign the entity left outside: "$" + "1.13bn" is money."""
    before = doc.text[max(0, span.start - 3) : span.start]
    sign = re.search(r"(?:US\$|[$£€¥₹])$", before)
    if sign is None or label not in ("MONEY", "CARDINAL", "NUMBER"):
        return span, label
    return make_span(doc.text, span.start - len(sign.group()), span.end), "MONEY"


def _with_scale(doc: Document, span: Span, label: str) -> Span:
    """Pull in a scale the entity left outside: "£600" + "m", "$2" + " billion"."""
    if label not in ("MONEY", "CARDINAL", "NUMBER") or not span.text[-1:].isdigit():
        return span
    match = SCALE_AFTER.match(doc.text, span.end)
    return make_span(doc.text, span.start, match.end()) if match else span


def _is_pronoun_one(doc: Document, span: Span) -> bool:
    """ "one of the biggest", "one-off": a word "one" that counts nothing."""
    if span.text.lower() not in ("one", "a", "an"):
        return False
    following = doc.text[span.end : span.end + 1]
    the_one = span.text.lower() == "one" and doc.text[max(0, span.start - 4) : span.start] in (
        "the ",
        "The ",
    )  # "the one sign you can point to"
    one_of = span.text.lower() == "one" and ONE_OF_NO_NUMBER.match(doc.text, span.end)
    # "one of those nights": the pronoun; "one of 16 hospitals" counts (docs/quantities.md)
    return the_one or bool(one_of) or following == "-" or _counted_noun(doc, span) is None


def _is_modifier(doc: Document, core: Span, noun: Span | None) -> bool:
    """A number fused to a singular noun ("two-state solution", "a 3-pointer", "four-door"), or
    "at one point" / "at one time", or one fused into a compound that counts no noun ("a
    two-on-one")."""
    if noun is None:
        return re.match(r"-[a-z]", doc.text[core.end : core.end + 2]) is not None
    if _plural(doc, noun):
        return False
    fused = doc.text[core.end : core.end + 1] == "-" and noun.start == core.end + 1
    before = doc.text[max(0, core.start - 3) : core.start].lower()
    idiom = before == "at " and core.text.lower() == "one" and noun.text.lower() in IDIOM_NOUNS
    return idiom or fused


def _plural(doc: Document, noun: Span | None) -> bool:
    tokens = doc.tokens(noun) if noun is not None else None
    return bool(tokens is not None and len(tokens) and tokens[-1].tag_ in ("NNS", "NNPS"))


LIST_MARKER = re.compile(r"\d{1,2}[.)]\s")
PLACING_VERBS = frozenset({"finish", "come", "place", "rank", "end"})  # "finished first" is a place


def _share(doc: Document, start: int, o_start: int, o_end: int, part: str) -> Quantity:
    """ "a third of voters" (a fraction of its noun), "cut by a third." (of nothing named)."""
    noun = _counted_noun(doc, make_span(doc.text, o_start, o_end))
    after_of = noun is not None and re.match(r"\s+of\b", doc.text[o_end : o_end + 4])
    end = noun.end if after_of else o_end
    unit = noun.text.lower() if after_of else None
    value = round(1 / PARTS[part], 4)
    return Quantity(make_span(doc.text, start, end), value, unit, "fraction")


def _first_as_adverb(doc: Document, end: int, tokens) -> bool:
    """ "first" modifying a verb ("was first reported") or in "first of all", not ranking a
    noun ("the first game") nor a place in a ranking ("finished first")."""
    if re.match(r"\s+of\s+all\b", doc.text[end : end + 12], re.IGNORECASE):
        return True
    if tokens is None or len(tokens) != 1:
        return False
    token = tokens[0]
    return (
        token.pos_ == "ADV"
        and token.dep_ == "advmod"
        and token.head.pos_ in ("VERB", "AUX")
        and token.head.lemma_.lower() not in PLACING_VERBS
    )


def _ordinal(doc: Document, span: Span, label: str) -> tuple[bool, Quantity | None]:
    """(handled, quantity) for an ordinal: "the seventh EV", "his 30th opponent", "the fourth
    consecutive month" are ordinals (no unit); "the third quarter" of earnings is a period of the
    year and resolves to it; "at first" and the "second" of time are not ordinals."""
    if MONTH.search(span.text) or (found := ordinal_value(span.text)) is None:
        return False, None
    value, start, end = found
    o_start, o_end = span.start + start, span.start + end
    word = doc.text[o_start:o_end].lower()
    tokens = doc.tokens(make_span(doc.text, o_start, o_end))
    if word == "second" and tokens is not None and len(tokens) and tokens[0].pos_ == "NOUN":
        return label == "ORDINAL", None  # "wait a second"
    if quarter_is_a_period(doc.text, o_end, _sentence_span(doc, o_start).text):
        period = re.match(r"[\s-]+\w+", doc.text[o_end:])
        end_at = max(span.end, o_end + period.end())
        year = EXPLICIT_YEAR.search(doc.text[span.start : end_at + 12])
        anchor = article_date(doc)
        resolved = year.group() if year else (f"{anchor.year:04d}" if anchor else None)
        return True, Quantity(
            make_span(doc.text, span.start, end_at), None, None, "date", resolved_date=resolved
        )
    if word == "first" and (span_of := FIRST_SPAN.match(doc.text, o_end)):
        count = span_of.group("count")  # "the first seven months of the year": a duration
        start = span_of.start("count")
        unit = TIME_UNITS[span_of.group("unit").lower().removesuffix("s")]
        return True, Quantity(
            make_span(doc.text, start, span_of.end()), parse_number(count), unit, "measure"
        )
    if label != "ORDINAL" and not re.fullmatch(r"(?:\w+\s+)?\S+(?:[\s-]+\w+){0,2}", span.text):
        return False, None
    if word == "first" and doc.text[max(0, o_start - 3) : o_start].lower() == "at ":
        return True, None  # "at first"
    if word == "first" and _first_as_adverb(doc, o_end, tokens):
        return True, None  # "first reported", "first of all": when, not which one
    if _in_a_name(tokens):
        return True, None  # "the Fourth Energy Plan", "Fifth Avenue"
    part = word.removesuffix("s")
    before = doc.text[max(0, o_start - 4) : o_start].lower()
    of_follows = re.match(r"\s+of\b", doc.text[o_end : o_end + 4]) is not None
    share = of_follows or re.match(r"\s*(?:[.,;:)]|$)", doc.text[o_end : o_end + 2]) is not None
    article = FRACTION_ARTICLE.search(before)
    if part in ("third", "fourth", "fifth") and share and article:
        return True, _share(doc, o_start - len(before) + article.start(), o_start, o_end, part)
    return True, Quantity(make_span(doc.text, o_start, o_end), float(value), None, "ordinal")


NAME_ENTITIES = frozenset(
    {"ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "NORP", "PERSON"}
)


def _in_a_name(tokens) -> bool:
    """A capitalised ordinal the parser makes part of a name, inside a sentence not written in
    title case."""
    if tokens is None or len(tokens) != 1:
        return False
    token = tokens[0]
    if token.is_sent_start or not token.text[:1].isupper() or token.pos_ != "PROPN":
        return False
    if token.ent_type_ not in NAME_ENTITIES:
        return False
    return any(t.is_lower and t.is_alpha and len(t) > 3 for t in token.sent)


SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?")
PER_UNIT = re.compile(r"\s+(?:per|an|a)\s+(?:hour|second|gallon)\b", re.IGNORECASE)
PER_CURRENCY = re.compile(r"\bper\s+(dollar|euro|pound|yen|yuan)\b", re.IGNORECASE)


def _quoted_currency(doc: Document, core: Span) -> str | None:
    """The currency an exchange rate is quoted in: "the yen was at 108.55 per dollar" is 108.55
    yen, the currency the sentence names before the number that is not the one it is per."""
    per = PER_CURRENCY.search(doc.text, core.start, core.end + 14)
    if per is None or per.start() - core.end > 1:
        return None
    base = CURRENCIES[per.group(1).lower()]
    sentence = _sentence_span(doc, core.start)
    before = doc.text[sentence.start : core.start].lower()
    named = [
        (m.start(), CURRENCIES[mark])
        for mark, word in CURRENCY_WORDS.items()
        for m in word.finditer(before)
        if CURRENCIES[mark] != base
    ]
    return max(named)[1] if named else None


def _is_age(doc: Document, span: Span) -> bool:
    """ "Ramirez, 35, had scored": a number set off by commas right after a person's name (or a
    proper noun the parse makes it the apposition of) is the person's age."""
    if doc.text[span.end : span.end + 1] != "," or doc.text[span.start - 2 : span.start] != ", ":
        return False  # the cheap test first: most numbers are not set off by commas
    if not span.text.isdigit() or not 0 < int(span.text) < 120:
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1 or tokens[0].i < 2 or tokens[0].i + 1 >= len(doc.doc):
        return False
    token = tokens[0]
    comma, name, after = doc.doc[token.i - 1], doc.doc[token.i - 2], doc.doc[token.i + 1]
    return (
        comma.text == ","
        and after.text == ","
        and name.pos_ == "PROPN"
        and (name.ent_type_ == "PERSON" or (token.dep_ == "appos" and token.head.i == name.i))
    )


AGE_BEFORE = re.compile(r"\b(?:age|aged)\s+$", re.IGNORECASE)
AGE_DATE = re.compile(r"(?:age|aged)\s+(\d{1,3})\b", re.IGNORECASE)
AGE_NUMBER = re.compile(r"\d{1,3}(?![\d,.]\d)")


def _the_season(doc: Document, span: Span) -> Quantity | None:
    """ "during the season", "a new season": the season of the article's year, as "this season"
    is, when "season" heads its noun phrase and what describes it is no relative word ("the
    following season" counts from another date)."""
    tokens = doc.tokens(span)
    anchor = article_date(doc)
    if tokens is None or anchor is None or tokens[-1].dep_ == "compound":
        return None
    if len(tokens) == 3 and (tokens[1].pos_ != "ADJ" or tokens[1].lower_ in FROM_BEFORE):
        return None
    following = doc.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc.doc) else None
    if following is not None and (following.tag_ == "POS" or following.lower_ == "of"):
        return None  # "the season's first goal", "the season of giving"
    return Quantity(span, None, None, "date", resolved_date=f"{anchor.year:04d}")


def _after_age(doc: Document, span: Span) -> Span | None:
    """The number of "people age 12 and older", "aged 65": an age (the parser may take "age
    12" for a date)."""
    text = span.text
    if text[:1] in "aA" and (found := AGE_DATE.match(text)) is not None:  # "age 18 and older"
        return make_span(doc.text, span.start + found.start(1), span.start + found.end(1))
    if doc.text[span.start - 2 : span.start - 1] not in ("e", "d"):  # the cheap test first
        return None
    if (number := AGE_NUMBER.match(text)) is not None and AGE_BEFORE.search(
        doc.text[max(0, span.start - 5) : span.start]
    ) is not None:
        return make_span(doc.text, span.start, span.start + number.end())
    return None


def _range_low(doc: Document, span: Span) -> Quantity | None:
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
    if label == "QUANTITY" and (unit := measure_unit(doc.text, high.end())) and unit[1] > end:
        end = unit[1]  # "2 degrees" + " Celsius"
    shared = doc.text[high.end() : end]
    reader = _range_reader(label, doc.text[span.start : end])
    reading = reader(span.text + shared) if reader is not None else None
    if reading is None or reading.value is None:
        return None
    return Quantity(span=span, value=reading.value, unit=reading.unit, kind=reading.kind)


def _multiplies(doc: Document, token) -> bool:
    """ "twice the clicks", "twice as large": what follows is multiplied; not "scores twice as
    Wild beat Sabres", where "as" opens a clause."""
    following = doc.doc[token.i + 1 : token.i + 3]
    if not len(following):
        return False
    if following[0].lower_ == "the":
        return True
    return (
        following[0].lower_ == "as"
        and len(following) == 2
        and following[1].pos_
        in (
            "ADJ",
            "ADV",
        )
    )


def _times(doc: Document, span: Span) -> Quantity | None:
    """ "scored twice": twice and thrice count times; "once" only after the verb it modifies,
    as "he once said", "once again", "at once" and "once the deal closes" count nothing."""
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1:
        return None
    token = tokens[0]
    if token.lower_ == "once" and not (
        token.pos_ == "ADV"
        and token.dep_ == "advmod"
        and token.head.i < token.i
        and token.head.pos_ == "VERB"  # "was once a key part" is formerly
    ):
        return None
    value = {"once": 1.0, "twice": 2.0, "thrice": 3.0}[token.lower_]
    if token.lower_ != "once" and _multiplies(doc, token):
        return Quantity(span=span, value=value, unit=None, kind="count")  # a multiple, as
        # "18 times the number" is (docs/quantities.md)
    return Quantity(span=span, value=value, unit="times", kind="count")


PLURAL_TIME_UNITS = frozenset(TIME_UNITS.values())
OUTSIDE_A_NOUN_PHRASE = frozenset({"VERB", "AUX"})


def _time_unit_phrase(doc: Document, span: Span) -> Span:
    """A date or time entity ending in a time unit, cut to the unit's noun phrase when the
    parser's entity takes in words outside it ("it ended up taking [hours]")."""
    words = span.text.rsplit(None, 1)
    if len(words) < 2 or words[1].lower() not in PLURAL_TIME_UNITS:
        return span
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) < 2:
        return span
    start = max(tokens[-1].left_edge.i, tokens[0].i)
    if not any(t.pos_ in OUTSIDE_A_NOUN_PHRASE for t in doc.doc[tokens[0].i : start]):
        return span
    return make_span(doc.text, doc.doc[start].idx, span.end)


def _number_before_noun(doc: Document, span: Span) -> Span | None:
    """The number of a date or time entity that is a number and a noun other than a unit of
    time ("17 nights", "more than one night"), with what precedes it; None for a date."""
    words = span.text.rsplit(None, 1)
    if len(words) < 2 or not words[1].isalpha() or not words[1].islower():
        return None  # most dates end in a number or a name: no parse needed
    if _duration_unit(words[1]) or _looks_like_date(span.text):
        return None
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) < 2:
        return None
    noun, number = tokens[-1], tokens[-2]
    if noun.pos_ != "NOUN" or number.tag_ != "CD" or ORDINAL_WORD.fullmatch(number.text):
        return None
    return make_span(doc.text, span.start, number.idx + len(number))


def _quantity(doc: Document, span: Span, label: str, before: str | None = None) -> Quantity | None:
    if label == "RANGE":
        return _range_low(doc, span)
    line_start = span.start == 0 or doc.text[span.start - 1] == "\n"
    if line_start and LIST_MARKER.match(doc.text, span.start):
        return None  # "1. Wash the leaves": a numbered line's marker counts nothing
    if label == "TIMES":
        return _times(doc, span)
    if label == "SEASON" or (
        label == "DATE" and span.text.endswith("season") and THE_SEASON.fullmatch(span.text)
    ):
        season = _the_season(doc, span)
        if season is not None or label == "SEASON":
            return season
    if (
        label in ("CARDINAL", "NUMBER")
        and doc.text.startswith((" to ", " and "), span.end)
        and (low := _range_low(doc, span)) is not None
    ):
        return low  # "1.5" of "1.5 to 2 degrees", the parser's two entities
    if label in ("CARDINAL", "NUMBER", "DATE") and _is_age(doc, span):
        return Quantity(span=span, value=float(span.text), unit="years", kind="measure")
    if label in ("CARDINAL", "NUMBER", "DATE") and (age := _after_age(doc, span)) is not None:
        return Quantity(span=age, value=float(age.text), unit="years", kind="measure")
    if label == "DATE" and NAMED_DAY.search(doc.text[max(0, span.start - 16) : span.end]):
        return None  # "Black Friday", "Super Tuesday": a name, not a date to resolve
    if (
        label in ("CARDINAL", "DATE", "TIME")
        and span.text[:1].isdigit()
        and span.text[-1:].isalpha()
        and (fused := FUSED_UNIT.match(span.text))
    ):
        span, label = make_span(doc.text, span.start, span.start + fused.end()), "NUMBER"
    if (
        label == "DATE"
        and span.text[-1:] in "khrn"  # week, month, year, season, ...
        and (tail := RELATIVE_END.search(span.text)) is not None
        and tail.start() > 0
        and not re.search(r"\d", span.text[: tail.start()])
        and not _looks_like_date(span.text[: tail.start()])  # "May last year" is a month
    ):  # "said in an interview last week": the parser's entity runs on before the date
        span = make_span(doc.text, span.start + tail.start(), span.end)
    if label in ("DATE", "TIME") and span.text.endswith("s"):
        span = _time_unit_phrase(doc, span)  # "up taking hours": the parser's entity runs on
    if label in ("CARDINAL", "NUMBER", "TIME") and CLOCK.match(doc.text, span.start):
        return None  # "6 pm", "9.30 A.M.": a clock reading, however the parser splits it
    if label in ("DATE", "TIME") and (number := _number_before_noun(doc, span)) is not None:
        span, label = number, "CARDINAL"  # "for 17 nights": a count the parser took for a date
    if label in ("ORDINAL", "DATE", "TIME"):
        handled, ordinal = _ordinal(doc, span, label)
        base = max(0, span.start - 4)
        if (
            not handled
            and label == "ORDINAL"
            and (article := FRACTION_ARTICLE.search(doc.text[base : span.start]))
        ):  # "a third of voters": the fraction the ordinal reading turned down
            span, label = make_span(doc.text, base + article.start(), span.end), "CARDINAL"
        elif handled or label == "ORDINAL":
            return ordinal
    span, label = _with_currency(doc, span, label)
    span = _with_scale(doc, span, label)
    if _is_pronoun_one(doc, span) and fraction_value(span.text) is None:
        return None
    if (
        label != "MONEY"
        and span.text[-1:] in ("k", "K")
        and THOUSANDS_K.fullmatch(span.text)
        and not _plural(doc, _counted_noun(doc, span))
    ):
        return None  # "4K": a resolution, as "HD" is; "3k donors" are 3,000
    if label in ("CARDINAL", "NUMBER") and (pair := re.fullmatch(r"(\d+) \d+", span.text)):
        span = make_span(doc.text, span.start, span.start + pair.end(1))  # "12 787 jets"
    if label in ("CARDINAL", "NUMBER") and (is_identifier(doc, span) or is_named_number(doc, span)):
        return None  # "Boeing 787", "911 calls", "S&P 500": a name, not an amount
    core, marker = (span, None) if label == "WINDOW" else _split_marker(doc, span)
    core = _strip_determiner(doc, core) if label != "WINDOW" else core
    reading = read_candidate(doc, core, label, before)
    if reading is None:
        return None
    if reading.value and reading.kind != "date" and negative_sign(doc.text, core.start):
        reading.value = -reading.value  # "| -12.99 |", "-5.44%"
    if (
        reading.kind == "measure"
        and reading.unit not in (None, *TIME_UNITS.values())
        and (number := _last_number(core.text))
        and (longer := measure_unit(doc.text, core.start + number))
        and longer[1] > core.end
    ):  # "2 degrees" + " Celsius": the unit runs on past the parser's entity
        reading.unit = longer[0]
        core = make_span(doc.text, core.start, longer[1])
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
    if reading.kind in ("money", "count") and (quoted := _quoted_currency(doc, core)):
        reading = Reading(reading.value, quoted, "money")  # yen "at 108.55 per dollar"
    if reading.kind == "date":  # "over the weekend" is not an approximate date
        marker = None
    full = make_span(doc.text, marker.start if marker else core.start, core.end)
    if reading.kind in ("count", "fraction") and (unit := measure_unit(doc.text, core.end)):
        spelled_part = reading.kind == "fraction" and core.text[-1:].isalpha()
        reading.kind, reading.unit = "measure", unit[0]  # "82 kWh", "406 lb-ft", "22-inch"
        if spelled_part:  # "half cup" is 0.5 cups, as "a half century" is 0.5 centuries
            reading.unit = unit_as_written(unit[0], True)
        full = make_span(doc.text, full.start, unit[1])
    elif reading.kind == "count" and (
        core.text[-4:].lower() == "fold"
        or (doc.text.startswith(" times ", core.end) and _multiple(doc, core))
    ):  # "18 times the number of cells", "five times higher", "a twofold rise": a ratio
        pass
    elif reading.kind in ("count", "fraction"):
        noun = _fraction_noun(doc, core) if reading.kind == "fraction" else None
        noun = noun or _counted_noun(doc, core)
        if (year := YEAR.match(core.text)) and not _plural(doc, noun):  # "the 2000 order"
            return Quantity(core, None, None, "date", resolved_date=year.group(1))
        if noun is not None:
            reading.unit = noun.text.lower()
            phrase = doc.text[full.start : noun.end]
            if not OTHER_NUMBER.search(doc.text, core.end, noun.start):  # "two of [three] ..."
                full = make_span(doc.text, full.start, noun.end)
            if noun.text.lower() == "cent" and doc.text[: noun.start].lower().endswith("per "):
                reading = Reading(reading.value, "%", "percent")  # "15 per cent"
            elif reading.kind == "count" and _money(phrase).unit and _plural(doc, noun):
                money = _money(phrase)  # "176 Hong Kong dollars" is an amount of money
                reading = Reading(reading.value, money.unit, "money")
        if reading.kind == "count" and reading.unit in ("point", "points"):
            sentence = _sentence_span(doc, core.start).text
            if INDEX_CONTEXT.search(sentence):  # "the Dow fell 200 points"
                reading = Reading(reading.value, "points", "measure")
            elif RATE_CONTEXT.search(sentence):  # "cut its rate by a quarter-point"
                reading = Reading(reading.value, "percentage points", "percent")
        if reading.kind in ("count", "fraction") and _is_modifier(doc, core, noun):
            return None  # "a two-state solution", "at one point": no amount of anything
        if reading.kind == "count" and (unit := TIME_UNITS.get(_singular(reading.unit))):
            reading = Reading(reading.value, unit, "measure")  # "75 minutes" is a duration
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


def extract_quantities(doc: Document, structure: Structure) -> list[Quantity]:
    """Every number, vague amount, time window and date in the headline block and body."""
    scope = SpanSet(_scope(doc, structure))
    out: list[Quantity] = []
    last_date: tuple[int, str] | None = None  # (sentence, resolved): "the previous year" after it
    for span, label in _candidates(doc):
        if not scope.contains(span):
            continue
        sentence = doc.sentence_index(span.start) if doc.sentences else 0
        before = last_date[1] if last_date and last_date[0] == sentence else None
        quantity = _quantity(doc, span, label, before)
        if quantity is not None:
            out.append(quantity)
            if quantity.kind == "date" and quantity.resolved_date:
                last_date = (sentence, quantity.resolved_date)
    return out
