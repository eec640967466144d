"""Where a quantity's span starts and ends when the parser's entity is off: a word it left
out ("Apr" + "7, 2009"), an approximation marker it took in ("about"), a determiner, a
currency sign or scale beside the number, "the day" + " before", a day after a month name.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.currency_codes import code_before
from newsaudit.extractors.quantities.dates import (
    MONTH,
)
from newsaudit.extractors.quantities.periods import SEASON_WORDS as SEASONS
from newsaudit.extractors.quantities.readings import (
    NAIRA_SIGN,
)
from newsaudit.extractors.quantities.values import (
    parse_number,
)
from newsaudit.spans import Span, make_span

APPROX = re.compile(
    r"(?:an estimated|approximately|roughly|around|about|almost|nearly|close to|some|"
    r"more than|over|less than|fewer than|under|up to|at least|at most|upwards of|"
    r"just over|just under|as many as|as much as|as few as|as little as|no more than|"
    r"no fewer than)",
    re.IGNORECASE,
)
APPROX_AT_START = re.compile(rf"^{APPROX.pattern}\s+", re.IGNORECASE)
APPROX_BEFORE = re.compile(rf"\b{APPROX.pattern}\s+$", re.IGNORECASE)
SCALE_AFTER = re.compile(r"(?:m|mn|bn|b|k|tn)\b|\s+(?:million|billion|trillion)\b", re.I)
MONTH_LEFT_OUT = re.compile(rf"(?:{MONTH.pattern})\s$", re.IGNORECASE)  # "Apr" + "7, 2009"
BARE_UNITS = frozenset({"week", "month", "year", "weekend", "season", *SEASONS})
STEP_LEFT_OUT = re.compile(r"\b(?:this|last|next)\s$", re.IGNORECASE)  # "This" + "week"


def with_left_out_word(doc: Document, span: Span) -> Span:
    """Pull in the word a date entity left outside: the capitalised month before a day and year
    ("Apr" + "7, 2009"), the "this", "last" or "next" before a bare unit ("This" + "week's",
    "this" + "summer's") or a month ("this" + "May")."""
    before = doc.text[max(0, span.start - 11) : span.start]
    month = MONTH_LEFT_OUT.search(before) if span.text[:1].isdigit() else None
    if month is not None and month.group()[:1].isupper():
        return make_span(doc.text, span.start - len(month.group()), span.end)
    bare = span.text.lower() in BARE_UNITS or MONTH.fullmatch(span.text)
    if bare and (step := STEP_LEFT_OUT.search(before)):  # "this" + "May" too: this year's May
        return make_span(doc.text, span.start - len(step.group()), span.end)
    return span


TRAILING_JOIN = re.compile(r",?\s+(?:or|and)$", re.IGNORECASE)


def without_trailing_join(doc: Document, span: Span) -> Span:
    """Drop an "or" or "and" a date entity ends in ("late November or" + "early December of
    2013"): the conjunction joins it to the next date, and is no part of it."""
    if (join := TRAILING_JOIN.search(span.text)) is None or not join.start():
        return span
    return make_span(doc.text, span.start, span.start + join.start())


def split_marker(doc: Document, span: Span) -> tuple[Span, Span | None]:
    """Separate an approximation marker inside or just before the number ("almost 6,000")."""
    if match := APPROX_AT_START.match(span.text):
        marker = make_span(doc.text, span.start, span.start + match.end())
        return make_span(doc.text, span.start + match.end(), span.end), marker
    before = doc.text[max(0, span.start - 24) : span.start]
    if match := APPROX_BEFORE.search(before):
        base = span.start - len(before)
        return span, make_span(doc.text, base + match.start(), base + match.end())
    return span, None


def strip_determiner(doc: Document, span: Span) -> Span:
    match = re.match(r"the\s+(?=\S)", span.text, re.IGNORECASE)
    if match and parse_number(span.text[match.end() :]) is not None:
        return make_span(doc.text, span.start + match.end(), span.end)
    return span


def with_currency(doc: Document, span: Span, label: str) -> tuple[Span, str]:
    """Pull in a currency sign the entity left outside: "$" + "1.13bn" is money."""
    if label in ("CARDINAL", "NUMBER", "MONEY") and NAIRA_SIGN.match(doc.text, span.start):
        return span, "MONEY"  # the naira sign, written "N" fused to the amount
    if label in ("CARDINAL", "NUMBER", "MONEY") and (code := code_before(doc.text, span.start)):
        return make_span(doc.text, code, span.end), "MONEY"  # "RMB 70,000": a currency's code
    before = doc.text[max(0, span.start - 5) : span.start]
    sign = re.search(r"(?:US\$|[$£€¥₹₦]|(?<![\w.])Rs\.?\s?)$", before)  # "Rs 42,900" in rupees
    if sign is None or label not in ("MONEY", "CARDINAL", "NUMBER"):
        return span, label
    return make_span(doc.text, span.start - len(sign.group()), span.end), "MONEY"


def with_scale(doc: Document, span: Span, label: str) -> Span:
    """Pull in a scale the entity left outside: "£600" + "m", "$2" + " billion"."""
    if label not in ("MONEY", "CARDINAL", "NUMBER") or not span.text[-1:].isdigit():
        return span
    match = SCALE_AFTER.match(doc.text, span.end)
    return make_span(doc.text, span.start, match.end()) if match else span


UNITS_STEP = re.compile(  # not "three weeks before", a count of units early or late (docs)
    r"(?:the|an?)\s+(?:day|week|month|year)(?:\s+(?:before|after|prior))?", re.IGNORECASE
)
STEP_WORD = re.compile(r"\s+(?:before|after|prior)\b", re.IGNORECASE)  # "the week prior"
DURATION_BEFORE = re.compile(r"\b(?:for|over|during|within)\s+$", re.IGNORECASE)


def units_before_or_after(doc: Document, span: Span) -> tuple[Span, bool]:
    """ "the day" + " before", "a week" + " after": a date relative to another, with the
    "before" or "after" the entity leaves out; and whether that word takes an object ("the day
    before the fitting"), an event the date counts from rather than a date named earlier."""
    if not span.text.lower().endswith(("before", "after", "prior")):
        if (step := STEP_WORD.match(doc.text, span.end)) is None:
            return span, False
        span = make_span(doc.text, span.start, step.end())
    tokens = doc.tokens(make_span(doc.text, span.end - 1, span.end))
    if tokens is None or not len(tokens):
        return span, False
    return span, any(c.dep_ in ("pobj", "pcomp") for c in tokens[-1].children)


MONTH_BEFORE = re.compile(  # a capitalised month name right before a day the parser left bare
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? $"
)


def day_of_month(doc: Document, span: Span) -> Span | None:
    """ "the March 3 Super Tuesday primaries": a day number after a month name is a date, even
    where the parser tags neither as one."""
    if not span.text.isdigit() or len(span.text) > 2 or not 0 < int(span.text) <= 31:
        return None
    month = MONTH_BEFORE.search(doc.text, max(0, span.start - 11), span.start)
    return make_span(doc.text, month.start(), span.end) if month else None


MONTH_AFTER = re.compile(  # a capitalised month name after a day ("25 December"): "May" only
    r"(?:st|nd|rd|th)?\s(?:January|February|March|April|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|May(?=,?\s+\d{4}|[.,;)]))\b"
)  # before a year or a stop, as "5 May will" may be a verb


def day_before_month(doc: Document, span: Span) -> Span | None:
    """ "in the week to 25 December", "after the 11 September attacks": a day number before a
    month name is a date (British order), though the parser may tag only the number, which
    then counted "December"."""
    day = re.match(r"\d{1,2}", span.text)
    if day is None or not 0 < int(day.group()) <= 31:
        return None
    month = MONTH_AFTER.match(doc.text, span.start + day.end())
    if month is None or month.end() < span.end:
        return None
    return make_span(doc.text, span.start, month.end())
