"""Money written with a sign the parser may leave untagged, or take for a count or a name: an
amount after a currency sign or code, its scale fused or spelled ("$27bn", "£31bn", "US$1.5bn",
"Rs 5m"), which no bare number takes in either, and pence and cents written after the number
("4p", "548p", "8.5 cents"), read in the whole currency (0.04 GBP, 5.48 GBP, 0.085 USD). The
parser's entities give way to such an amount where they cut into it, so that it is read whole.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import make_span

AMOUNT = r"\d(?:[\d,]*\d)?(?:\.\d+)?"  # "27", "1,250", "1.13": no comma at the end
CURRENCY_SIGN = r"(?:(?:US|HK|A|C)?\$|[£€¥₹]|\bRs\.?\s?)"  # "$", "US$", "£", "Rs "
SIGNED_AMOUNT = re.compile(  # a sign or code, the amount, and its scale if any: "$27bn"; a
    # space after its thousands comma ("$30, 000") or a point before its scale ("£17.m") a slip
    rf"(?<![\w$£€¥₹.]){CURRENCY_SIGN}{AMOUNT}(?:,\s0\d\d(?!\d))?"
    r"(?:(?:\s|\.)?(?:bn|mn|m|k|tn|b|thousand|million|billion|trillion))?(?![\w.,]\d|\w)"
)
DISPLAY_LINES = r"(?:144|240|360|480|576|720|1080|1440|2160|4320)p"  # "1080p": a resolution
PENCE = re.compile(  # "4p", "548p", "142.25p"; not "4P", "4pm", "4p.m.", "4ps" or "1080p"
    rf"(?<![\w$£€¥.,/])(?!{DISPLAY_LINES}(?!\w)){AMOUNT}p(?!\w|\.\s?m\b)"
)
SUBUNIT = re.compile(  # a currency's hundredth written after the number: "4p", "8.5 cents"
    r"(?<=\d)(?-i:p)$|(?<=[\d\s])(?:pence|cents?)$", re.IGNORECASE
)
SUBUNIT_CURRENCY = {"p": "GBP", "pence": "GBP", "cent": "USD", "cents": "USD"}


def signed_amounts(text: str) -> list[tuple[int, int]]:
    """Where an amount written with a currency sign or code, or in pence, stands in ``text``."""
    found = [(m.start(), m.end()) for m in SIGNED_AMOUNT.finditer(text)]
    if "p" in text:
        found += [(m.start(), m.end()) for m in PENCE.finditer(text)]
    return sorted(found)


WORDS_BEFORE = re.compile(r"(?:[A-Za-z]+\s+)*")  # "about " of "about 40p"


def ends_in_pence(text: str) -> bool:
    """Whether a number the parser tags a cardinal or a date ("4p", "about 40p") is an amount
    in pence: one ends it, with nothing but words before it."""
    return any(
        m.end() == len(text) and WORDS_BEFORE.fullmatch(text, 0, m.start())
        for m in PENCE.finditer(text)
    )


def subunit(text: str) -> tuple[int, str] | None:
    """Where the mark of a currency's hundredth starts in an amount written in pence or cents,
    and the currency it is a hundredth of when the amount names none ("8.5 cents" is 0.085
    dollars, "8.5 euro cents" euros); None for any other amount."""
    match = SUBUNIT.search(text.rstrip())
    if match is None:
        return None
    return match.start(), SUBUNIT_CURRENCY[match.group().lower()]


SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
CONVERSION_THEN_SCALE = re.compile(  # " (£26) million" after "$40"
    rf"\s*\(\s*{CURRENCY_SIGN}{AMOUNT}\s*\)\s+(thousand|million|billion|trillion)\b", re.IGNORECASE
)
CLOSE_THEN_SCALE = re.compile(r"\s*\)\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
AMOUNT_THEN_OPEN = re.compile(rf"{CURRENCY_SIGN}{AMOUNT}\s*\(\s*$")  # "$40 (" before "£26"


def bracketed_scale(text: str, start: int, end: int) -> float | None:
    """The scale an amount shares with its conversion in brackets, written once after both:
    "$40 (£26) million" is 40 million dollars and 26 million pounds."""
    match = CONVERSION_THEN_SCALE.match(text, end)
    if match is None and AMOUNT_THEN_OPEN.search(text, max(0, start - 24), start):
        match = CLOSE_THEN_SCALE.match(text, end)
    return SCALE_WORDS[match.group(1).lower()] if match else None


AMOUNTS_JOIN = re.compile(r"\s+(?:to|or|and)\s+|\s?[-\u2013]\s?")  # "$500 or $600", "$3-$5"


def joined_amounts(
    text: str, start: int, end: int, label: str, amounts: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """An entity that holds two amounts written with a sign, joined as the ends of a range
    ("around $500 or $600", which the parser may tag "around $500 or $" + "600"): each end is
    its own reading, the low end read as a range's ("RANGE", taking a scale the high end
    carries), as the ends of a range the parser tags whole are."""
    held = [(a, b) for a, b in amounts if start <= a and b <= end]
    if len(held) == 2 and AMOUNTS_JOIN.fullmatch(text, held[0][1], held[1][0]):
        return [(start, held[0][1], "RANGE"), (held[1][0], end, label)]
    return [(start, end, label)]


def yield_to_signed_amounts(
    doc: Document, entities: list[tuple[int, int, str]], amounts: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The entities, less what lies inside an amount written with a currency sign: the parser
    may tag the "2" of "$2m" alone, or run "31bn" of "£31bn" into "last year"; the amount is
    then read whole and the rest of the entity on its own. An entity that holds the whole
    amount ("more than $20bn") stays as it is; one that stops inside it ("more than £" of "more
    than £1.34bn") runs on to its end; one that a verb runs in from a number before it ("2003/4
    are £35bn") starts at the amount, as no amount of money holds a verb."""
    if not amounts:
        return entities
    text = doc.text
    out = []
    for start, end, label in entities:
        inside = [(a, b) for a, b in amounts if a <= start < b and not (start <= a and b <= end)]
        if inside:
            start = max(b for _, b in inside)
            start += len(text[start:end]) - len(text[start:end].lstrip(" ,-\u2013"))
        end = max([end, *(b for a, b in amounts if start < a < end < b)])
        start = max(
            [start, *(a for a, b in amounts if start < a < end and _verb_in(doc, start, a))]
        )
        if end > start:
            out += joined_amounts(text, start, end, label, amounts)  # "$500 or $600": two
    return out


def _verb_in(doc: Document, start: int, end: int) -> bool:
    """Whether a verb lies between the offsets: it ends the entity's claim on the amount."""
    tokens = doc.tokens(make_span(doc.text, start, end))
    return tokens is not None and any(t.pos_ in ("VERB", "AUX") for t in tokens)
