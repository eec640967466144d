"""The word "second" that a number counts is a unit of time, not a rank.

"Stop for one second", "one second, alright?" and "a seven-second delay" last seconds: the
parse hangs the number on "second" as its count (nummod), as it hangs "one" on "minute" in "one
minute". A rank takes no count: in "the one second-place finish" the number counts the finish,
and "finished second" has no number at all, so both stay ordinals.

"Every second counts" and "each second, the clock ticks" speak of each second of time (an idiom
the parser may read "second" as an adjective of the verb it takes for a plural noun): "every"
or "each" before "second" with no singular noun after it to rank. "Every second week" ranks
the week, one in two, and stays an ordinal.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import make_span


def counted_seconds(doc: Document, reading: Quantity) -> Quantity | None:
    """A measure in seconds for an ordinal reading of "second" that a number counts; None
    when the reading is no such word."""
    if reading.kind != "ordinal" or reading.span.text.lower() != "second":
        return None
    tokens = doc.tokens(reading.span)
    if tokens is None or len(tokens) != 1:
        return None
    count = next((t for t in tokens[0].lefts if t.dep_ == "nummod" and t.pos_ == "NUM"), None)
    if count is None or (value := parse_number(count.text)) is None:
        return None
    span = make_span(doc.text, count.idx, reading.span.end)
    return Quantity(span=span, value=value, unit="seconds", kind="measure")


DISTRIBUTIVE = frozenset({"every", "each"})


def every_second(tokens) -> bool:
    """Whether ``tokens`` are the word "second" after "every" or "each" with no singular noun
    after it to rank: each second of time ("every second counts"), no rank."""
    if tokens is None or len(tokens) != 1 or tokens[0].i < 1:
        return False
    token = tokens[0]
    if token.doc[token.i - 1].lower_ not in DISTRIBUTIVE:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.tag_ not in ("NN", "NNP")
