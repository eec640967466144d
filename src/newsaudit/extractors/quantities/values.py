"""The value of a number as written: digits, words, scales ("1.13bn", "two hundred"), mixed
fractions ("2 1/2", "2½") and the word tables the other modules match numbers with.
"""

from __future__ import annotations

import re

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
    "pair": 2.0,  # "a pair of shoes"
    "trio": 3.0,
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
PLURAL_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
NUMBER_WORD = "|".join(sorted((w for w in UNITS_WORDS if len(w) > 2), key=len, reverse=True))
NUMERIC = re.compile(r"\d[\d,]*(?:\.\d+)?")
SUFFIXED = re.compile(  # "1.13bn", and a scale word run into the digits: "71.6million"
    r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|mln|bn|b|tn|thousand|million|billion|trillion)$",
    re.IGNORECASE,
)
FRACTION_ARTICLE = re.compile(r"\b(?:a|an|one)[\s-]$", re.IGNORECASE)  # "a third of voters"


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
        if was_article and word == "few":
            return None  # "a few hours": no count, though "a year" is one
        value = _word_value(word)
        if value is None and seen and word[:-1] in PLURAL_SCALES and word[-1:] == "s":
            value = _word_value(word[:-1])  # "1.1 billions works": a scale, however written
        if value is None:
            later = words[position + 1 :]
            if was_article and any(_word_value(w) for w in later):  # "an additional 15"
                current, seen = 0.0, False
                continue
            if word == "and" and seen:
                continue
            if word == "plus" and seen and later and later[0] in PLURAL_SCALES:
                continue  # "$20-plus trillion": more than 20 trillion, read as 20 trillion
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
            current = (current or 1.0) * scale  # "a quarter million" is 250,000
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
