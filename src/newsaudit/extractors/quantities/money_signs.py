"""Money written with a sign the parser may leave untagged: an amount after a currency sign or
code, its scale fused or spelled ("$27bn", "£31bn", "US$1.5bn", "Rs 5m"), which no bare number
takes in either.
"""

from __future__ import annotations

import re

AMOUNT = r"\d(?:[\d,]*\d)?(?:\.\d+)?"  # "27", "1,250", "1.13": no comma at the end
SIGNED_AMOUNT = re.compile(  # a sign or code, the amount, and its scale if any: "$27bn"
    r"(?<![\w$£€¥₹.])(?:(?:US|HK|A|C)?\$|[£€¥₹]|Rs\.?\s?)"
    rf"{AMOUNT}(?:\s?(?:bn|mn|m|k|tn|b)|\s(?:thousand|million|billion|trillion))?(?!\w)"
)


def signed_amounts(text: str) -> list[tuple[int, int]]:
    """Where an amount written with a currency sign or code stands in ``text``."""
    return [(m.start(), m.end()) for m in SIGNED_AMOUNT.finditer(text)]
