"""A count of units of time between two events is a duration, not a date.

"five days later", "two weeks later", "a couple of weeks later" and "a few years later" say how
long after the event before them something came: N units early or late (the doc's "two years
early", "three weeks before he died"), a measure of N units. A single unit ("a year earlier",
"a week later", "the day before") names the date it steps to (the doc's date relative to
another), and "N units ago" counts back from the article's date, so both stay dates; so does
a count after a date its sentence named ("in 1967 and 24 years later": 1991), which steps from it.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.values import parse_number

STEP_TAIL = re.compile(r"\s+(?:later|earlier|before|after)$", re.IGNORECASE)
VAGUE_COUNT = re.compile(r"\b(?:few|several|couple)\b", re.IGNORECASE)


def counts_units_apart(text: str) -> bool:
    """Whether a date entity counts two units of time or more, or a vague few, before
    "later", "earlier", "before" or "after" ("five days later", "a few weeks later")."""
    if (tail := STEP_TAIL.search(text)) is None:
        return False
    head = text[: tail.start()]
    if VAGUE_COUNT.search(head):
        return True
    value = parse_number(head)
    return value is not None and value >= 2
