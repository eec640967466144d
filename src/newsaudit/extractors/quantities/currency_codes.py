"""A currency's ISO code written before an amount: "RMB 70,000", "CHF 1,000", "USD 5 million".

The code names the amount's currency as a sign does ("US$1.5bn", "Rs 42,900"), so the amount is
money in that code (docs/quantities.md: money, its ISO code). The codes are those of the
currencies in use today (CLDR, through babel), and "RMB", the renminbi's usual abbreviation for
CNY. A code that spells an English word or a common name in capitals ("TOP 10", "ALL 5", "PHP 7",
"CUP 2") is left out: there the capitals are a heading's or a name's, not a currency's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel import Locale
from babel.numbers import get_territory_currencies

IN_USE_ON = date(2024, 1, 1)  # a fixed day: the table does not change with the clock
ALIASES = {"RMB": "CNY"}
WORDS = frozenset(  # codes that read as English words or common names in capitals
    {"ALL", "AMD", "BAM", "BOB", "CUP", "CVE", "GEL", "MAD", "MOP", "PEN", "PHP", "SOS", "TOP"}
    | {"TRY"}
)


@cache
def codes() -> dict[str, str]:
    """Each code written before an amount, and the ISO code it names."""
    english = Locale("en")
    found = {
        code
        for territory in english.territories
        if len(territory) == 2 and territory.isalpha()
        for code in get_territory_currencies(territory, start_date=IN_USE_ON, tender=True)
    }
    return {**{code: code for code in found - WORDS}, **ALIASES}


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The code opening a text, and the code ending one (before an amount)."""
    names = "|".join(sorted(codes()))
    code = rf"(?<![\w.$&/-])(?P<code>{names})[ \u00a0]?"
    return re.compile(rf"{code}(?=\d)"), re.compile(rf"{code}$")


def code_first(text: str) -> str | None:
    """The ISO code named by a code that opens ``text`` ("RMB 70,000" is CNY), else None."""
    match = _patterns()[0].match(text)
    return codes()[match.group("code")] if match is not None else None


def code_before(text: str, at: int) -> int | None:
    """Where a currency code standing right before the amount at ``at`` starts, else None."""
    if at >= len(text) or not text[at].isdigit():
        return None
    match = _patterns()[1].search(text, max(0, at - 5), at)
    return match.start() if match is not None else None
