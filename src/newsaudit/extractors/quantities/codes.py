"""Digits inside a code: a string of letters and digits that names a model, an address, a file
or a telephone line, not an amount (docs/quantities.md: "a model number, a product or a
ticker" is no quantity).

A reader sees at once that "the W800", "an A5", "the 7E7", "3G networks", "a 2D game",
"192.168.0.2", "0x4001b000", "call 212-306-6794", "ISBN 978-1-5090-2455-1" and
"7610.extended.theme.manager.zip" count nothing: letters fused to the digits on either side
(that are no unit, scale or ordinal ending), more than two dots or three hyphens between
groups of digits, or a "+" and a country code before the groups of a telephone number; and
a page a citation points to after "p." or "pp." ("pp. 595-598"), as the spec's "page 12". A
number right after a name written in camel case ("iPhone 6", "iOS 8.2") is the name's number,
as "Apollo 11" is, unless a unit follows ("an iPad 3 years ago"), and so is a short number
listed with such a name's number or in brackets right after the name ("the iPhone 6 and 6
Plus", "an iPhone (5, 5c, 6 or 6 Plus)"): the items of one list are the same kind of thing.
Only the text is read: the parser splits these strings unpredictably.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.bare_units import UNIT_WORDS as TIME_WORDS
from newsaudit.extractors.quantities.number_forms import measure_unit
from newsaudit.spans import Span

OPENING = "([{\"'\u201c\u2018<"
CLOSING = ")]},;:!?\"'\u201d\u2019>"

LETTERS_THEN_DIGITS = re.compile(  # "W800", "A5s"; not a sum with its scale ("N250m": naira)
    r"(?P<letters>[A-Za-z]{1,3})\d+(?![.,]?\d*(?:[mkbMKB]|bn)$)[A-Za-z]?s?"
)
# a year's, quarter's or half's prefix ("FY2020", "Q3", "H1"), "x2", "No3", "Rs500", and any three
# letters, as a currency code before an amount ("EUR20"; so "Win10" is read as a number too)
NOT_A_CODE = re.compile(r"FY|CY|Q|H|x|No|Rs|[A-Z]{3}", re.IGNORECASE)
DIGITS_LETTER_DIGITS = re.compile(r"\d+[A-WYZ]\d+[A-Za-z\d]*|0x[\da-fA-F]+")  # "7E7", hex
GENERATION = re.compile(r"\d[DG]s?")  # "3G", "2D", "5G": a dimension or a generation's code
DOTTED = re.compile(r"\d+(?:\.\d+){3,}|(?=[\w.-]*[A-Za-z])[\w-]+(?:\.[\w-]+){2,}")  # a host, a file
DECIMAL_RANGE = re.compile(r"\d+\.\d+[-\u2013]\d+\.\d+[A-Za-z]{0,4}")  # "0.3-1.7cm": a range's
# two ends, each with its decimals, the unit fused to the high end; no host or file name
HYPHENED = re.compile(r"\d+(?:-\d+){3,}|\d{3}-\d{3}-\d{4}")  # an ISBN, a US telephone number
TELEPHONE = re.compile(r"\+\d{1,3}(?:[ ]?\(0\)\d{0,5})?(?:[ -]\d{2,5}){2,}")  # "+49 (0)40 890"
CAMEL_CASE = re.compile(r"(?:^|(?<=\s))[a-z]+[A-Z][A-Za-z]* $")  # "iPhone ", "iOS ", "eBay "
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
PAGES_BEFORE = re.compile(r"(?<![\w.])(?:pp?|pgs?)\.\s?$")  # "p. 45", "pp. 595-598"
NAME_NUMBER = re.compile(r"\d{1,2}(?:\.\d)?(?![\d,]|\.\d|-)")  # "6", "8.2", not "6-inch"


def _chunk(text: str, start: int) -> str:
    """The string of non-space characters the number at ``start`` stands in, without the
    brackets, quotes and punctuation around it."""
    left = start
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in OPENING:
        left -= 1
    right = start
    while right < len(text) and not text[right].isspace() and text[right] not in CLOSING:
        right += 1
    return text[left:right].rstrip(".,")


def _letters_fused(chunk: str) -> bool:
    if (match := LETTERS_THEN_DIGITS.fullmatch(chunk)) is not None:
        return not NOT_A_CODE.fullmatch(match.group("letters"))
    return bool(DIGITS_LETTER_DIGITS.fullmatch(chunk) or GENERATION.fullmatch(chunk))


def _in_a_telephone_number(text: str, start: int) -> bool:
    """Whether ``start`` falls inside "+49 (0)40 890 85-433": a country code and digit groups."""
    around = TELEPHONE.finditer(text, max(0, start - 30), start + 30)
    return any(number.start() < start < number.end() for number in around)


LIST_SEPARATOR = re.compile(r"(?:\(|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
LIST_ITEM = re.compile(r"(?<![\w.,])\d{1,2}[a-z]?$")  # "6", "5c" before a separator
# "6 and 10 other phones": the 10 counts the phones after it
COUNTED_AFTER = re.compile(r"\d{1,2}\s+(?!(?:and|or)\b)[a-z]")
SHORT_NUMBER = re.compile(r"\d{1,2}(?![\d-]|[.,]\d)")


def in_a_list_of_models(text: str, start: int) -> bool:
    """Whether the short number at ``start`` follows, item by item through a list, a name's
    number or code ("iPhone 6 and 6 Plus") or the bracket after a name in camel case ("iPhone
    (5, 5c, 6"); not a number that counts the lower-case noun after it."""
    if COUNTED_AFTER.match(text, start) or not SHORT_NUMBER.match(text, start):
        return False
    position = start
    for _ in range(6):
        separator = LIST_SEPARATOR.search(text, max(0, position - 8), position)
        if separator is None:
            return False
        if text[separator.start()] == "(":
            return bool(CAMEL_CASE.search(text, max(0, separator.start() - 20), separator.start()))
        item = LIST_ITEM.search(text, max(0, separator.start() - 4), separator.start())
        if item is None:
            return False
        if in_a_code(text, item.start(), listed=False):
            return True
        position = item.start()
    return False


def in_a_code(text: str, start: int, listed: bool = True) -> bool:
    """Whether the number at ``start`` is part of a code (module docstring), or the number of a
    name written in camel case right before it or listed with one (unless not ``listed``)."""
    if PAGES_BEFORE.search(text, max(0, start - 6), start):
        return True  # "pp. 595-598": a citation's pages, as the spec's "page 12" names one
    chunk = _chunk(text, start)
    if chunk and (
        _letters_fused(chunk)
        or (DOTTED.fullmatch(chunk) and not DECIMAL_RANGE.fullmatch(chunk))
        or HYPHENED.fullmatch(chunk)
        or _in_a_telephone_number(text, start)
    ):
        return True
    if listed and not CAMEL_CASE.search(text, max(0, start - 20), start):
        return in_a_list_of_models(text, start)
    number = NAME_NUMBER.match(text, start)
    if number is None or not CAMEL_CASE.search(text, max(0, start - 20), start):
        return False
    word = NEXT_WORD.match(text, number.end())
    measured = word is not None and word.group(1).lower() in TIME_WORDS
    return not measured and measure_unit(text, number.end()) is None  # "an iPad 3 years ago"


FIRST_DIGIT = re.compile(r"[A-Za-z ]+ (?=\d)")


def name_number_inside(doc: Document, span: Span) -> bool:
    """A candidate the parser opens with words before a name's number ("an iPhone 6 Plus"):
    the number is read where it stands, after the name."""
    words = FIRST_DIGIT.match(span.text)
    if words is None:
        return False
    digit = span.start + words.end()  # "five 2D levels" count levels: only a name's number
    return bool(CAMEL_CASE.search(doc.text, span.start, digit)) and in_a_code(doc.text, digit)
