"""A number the parser tags a date or a time that no date reading takes: a bare number.

The small model often tags a number alone as a date or a time ("Britain second on 48", "she
heard 11", "in another 11", "take the next two", "a population under 500"). When the date
reader finds no date in it (no month, weekday, year, clock reading or time unit), the number is
what docs/quantities.md calls a bare number, or the count of the noun after it ("the last three
of his 12 games"): it is read again as the cardinal it is, so that the count's own rules (ages,
names, the counted noun) decide it.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.edges import APPROX
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.spans import Span, make_span

LEAD = (  # a lead the number drops ("another 11", "the next two") or keeps as its marker
    rf"(?:another|the\s+(?:next|other|last|final|past)|just|only|{APPROX.pattern})\s+"
)  # ("under 500", read again by the marker rules)
NUMBER_ALONE = re.compile(
    rf"(?:{LEAD})?(?P<number>\d{{1,3}}(?:,\d{{3}})*|(?!one\b)(?:{NUMBER_WORD}))",
    re.IGNORECASE,
)  # four digits together are a year's, and "the next one" is the pronoun


def number_in_a_date(doc: Document, span: Span) -> Span | None:
    """The number of a date or time entity that writes a number and nothing else a date has
    ("48", "another 11", "the next two", "under 500"); None for four digits (a year's), a
    number with a part ("11.30") or fused to a letter, "one" (the pronoun of "the next one")
    and where other words stand before the number."""
    match = NUMBER_ALONE.fullmatch(span.text)
    if match is None:
        return None
    return make_span(doc.text, span.start + match.start("number"), span.start + match.end())
