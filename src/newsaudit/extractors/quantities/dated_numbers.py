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
    number with a part ("11.30") or fused to a letter, "one" (the pronoun of "the next one"),
    where other words stand before the number, and a number the parse ties to a name."""
    match = NUMBER_ALONE.fullmatch(span.text)
    if match is None:
        return None
    number = make_span(doc.text, span.start + match.start("number"), span.start + match.end())
    return None if _tied_to_a_name(doc, number) else number


def _tied_to_a_name(doc: Document, number: Span) -> bool:
    """Whether a proper noun stands right before the number, past the numbers listed with it
    and an opening bracket ("iOS 8", a player's "Lita 45, 52", a citation's "BIA (14, 15)"): a
    name's number, a minute or a reference, none of which counts (docs: "a number inside a
    name", "elapsed game time"); a list in square brackets ("map(f, [1, 2, 3])") is no name's."""
    tokens = doc.tokens(number)
    if tokens is None or not len(tokens):
        return True
    i = tokens[0].i - 1
    while i >= 0 and (doc.doc[i].like_num or doc.doc[i].text in (",", "(")):
        i -= 1
    return i >= 0 and doc.doc[i].pos_ == "PROPN"
