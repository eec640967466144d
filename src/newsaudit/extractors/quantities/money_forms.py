"""Amounts of money and percentages written loosely, read as the spec reads the tidy forms
(docs/quantities.md: money, percent, an amount of money in vague multiples):

- a scale letter after a space or a stray point ("$458 m", "£17.m") is the fused scale of
  "$458m", and a space after a thousands comma ("$30, 000") is a typing slip in "$30,000";
- "several hundred dollars", "multi-billion dollar" name no amount: vague multiples of money,
  as "millions of dollars", value none;
- "one point three per cent" is 1.3 percent, a decimal point spelled out;
- "a cent and a half" is one and a half cents, as "an hour and a half" is 1.5 hours;
- "millions" or "billions" alone after a sum are money in its currency ("billions in aid").
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import NUMBER_WORD, UNITS_WORDS, parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span

LOOSE_SCALE = re.compile(r"(?<=\d)(?:\s|\.)(bn|mn|m|tn|k)\b", re.IGNORECASE)  # "458 m", "17.m"
SPACED_THOUSANDS = re.compile(r"(?<=\d),\s(?=\d{3}\b)")  # "30, 000"
VAGUE_MONEY = re.compile(  # a vague multiple before a currency's word: no amount is written
    r"\b(?:(?:a\s+)?(?:few|several)\s+(?:hundred|thousand|million|billion|trillion)"
    r"|multi-?(?:million|billion|trillion))\b",
    re.IGNORECASE,
)
DIGIT_WORDS = tuple(sorted((w for w, v in UNITS_WORDS.items() if v < 10), key=UNITS_WORDS.get))
SPOKEN_DECIMAL = re.compile(  # "one point three", "two point five"
    rf"\b(?P<whole>{NUMBER_WORD})\s+point\s+(?P<digits>(?:(?:{'|'.join(DIGIT_WORDS)})\b\s*)+)",
    re.IGNORECASE,
)
AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
ONE_UNIT = re.compile(r"(?:^|\s)(?:a|one)\s+(?:cent|penny|dollar|pound|euro)$", re.IGNORECASE)


def tidy_amount(text: str) -> str:
    """``text`` with a loose scale or thousands comma closed up: "$458 m" -> "$458m", "£17.m"
    -> "£17m", "$30, 000" -> "$30,000"."""
    return SPACED_THOUSANDS.sub(",", LOOSE_SCALE.sub(lambda m: m.group(1), text))


def names_no_amount(text: str) -> bool:
    """Whether an amount of money is vague multiples ("several hundred dollars", "multi-billion
    dollar"), whose value the spec leaves none."""
    return VAGUE_MONEY.search(text) is not None


def spoken_decimal(text: str) -> float | None:
    """The value of a decimal with its point spelled out ("one point three" is 1.3), else None."""
    match = SPOKEN_DECIMAL.search(text)
    if match is None:
        return None
    whole = parse_number(match.group("whole"))
    if whole is None:
        return None
    digits = "".join(str(DIGIT_WORDS.index(w.lower())) for w in match.group("digits").split())
    return whole + float(f"0.{digits}")


def half_after(text: str, amount: Span) -> int | None:
    """Where " and a half" ends after one currency unit written in words ("a cent" + " and a
    half"), the half being of that unit; None elsewhere ("$5 and a half-hour wait")."""
    if not ONE_UNIT.search(amount.text):
        return None
    match = AND_A_HALF.match(text, amount.end)
    return match.end() if match else None


IN_OR_ON = re.compile(r"[\s\u201d\"]+(?:in|on)\s+[a-z]")  # "billions in aid", "millions on games"
SPENT = re.compile(  # a verb of money a few words before: "spend millions", "investing billions"
    r"\b(?:spen[dt]\w*|invest\w*|pa(?:y\w*|id)|cost\w*|rais\w+|los[est]\w*|recover\w*|"
    r"earn\w*|owe[sd]?|borrow\w*|lend\w*|lent|donat\w*|fund\w*)(?:\s+\S+){0,2}\s+$",
    re.IGNORECASE,
)
VAGUE_MULTIPLE = re.compile(r"(?:hundreds\s+of\s+)?(?:millions|billions|trillions)", re.IGNORECASE)


def sum_it_follows(doc: Document, found: list[Quantity], sentence: int) -> str | None:
    """The currency of vague multiples standing alone after a sum ("spent £1,152m on games ...
    will spend millions on toys", "recover billions in unpaid taxes"): those of the last amount
    of money in the sentence or the one before, None with no such sum; only where money is
    spent or given "in" or "on" something ("billions in aid"), not where the multiples count
    things ("from eight million plants to hundreds of millions")."""
    last = found[-1]
    if not VAGUE_MULTIPLE.fullmatch(last.span.text) or last.unit is not None:
        return None
    spent = SPENT.search(doc.text, max(0, last.span.start - 40), last.span.start)
    if not (IN_OR_ON.match(doc.text, last.span.end) or spent):
        return None  # "to potentially hundreds of millions" (plants): no sum spent or in aid
    start = doc.sentences[max(0, sentence - 1)].span.start if doc.sentences else 0
    for earlier in reversed(found[:-1]):
        if earlier.span.start < start:
            return None
        if earlier.kind == "money" and earlier.unit:
            return earlier.unit
    return None
