"""Multiples in words: "more than double the total", "triple the price", "has more than trebled"
are a ratio, count 2 (3) with no noun, as "twice the cost" and "threefold" are
(docs/quantities.md, a multiple). The word multiplies only where an amount follows it ("the",
"that", "what") or a comparison leads to it ("more than", "nearly"); "a double Oscar-winner",
"the Triple Crown" and "double digits" name no ratio.
"""

from __future__ import annotations

import re

MULTIPLE_VALUES = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
MULTIPLE_WORD = re.compile(
    r"(?:(?<=\bmore than )|(?<=\bnearly )|(?<=\balmost )|(?<=\broughly )|(?<=\babout ))"
    r"(?P<a>double|triple|treble|quadruple)[ds]?(?![\w-])"  # "more than trebled"
    r"|\b(?P<b>[Dd]ouble|[Tt]riple|[Tt]reble|[Qq]uadruple)"
    r"(?=\s+(?:the|that|what|its|their|his|her)\b)",  # "double the number"
)


def multiple_words(text: str) -> list[tuple[int, int]]:
    """Where a multiple written as a word stands."""
    if not any(stem in text for stem in ("ouble", "riple", "reble", "uadruple")):
        return []
    found = []
    for m in MULTIPLE_WORD.finditer(text):
        end = m.end() if m.group("a") else m.end("b")
        start = m.start("a") if m.group("a") else m.start("b")
        found.append((start, end))
    return found


def multiple_value(written: str) -> float:
    """The ratio a multiple word found by `multiple_words` names ("trebled" 3)."""
    return MULTIPLE_VALUES[written.lower().rstrip("ds")]
