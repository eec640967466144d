"""The word "second" that a number counts is a unit of time, not a rank.

"Stop for one second", "one second, alright?" and "a seven-second delay" last seconds: the
parse hangs the number on "second" as its count (nummod), as it hangs "one" on "minute" in "one
minute". A rank takes no count: in "the one second-place finish" the number counts the finish,
and "finished second" has no number at all, so both stay ordinals.

"A two second pause" lasts two seconds as "a 12 second clip" does (docs/quantities.md: a time
unit between a number and a noun): a number before "second" and a singular noun after it that
ends the phrase; "two second places" and "two second half goals" rank their nouns.

"Every second counts" and "each second, the clock ticks" speak of each second of time (an idiom
the parser may read "second" as an adjective of the verb it takes for a plural noun): "every"
or "each" before "second" with no singular noun after it to rank. "Every second week" ranks
the week, one in two, and stays an ordinal.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import NUMBER_WORD, parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span


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


NUMBER_BEFORE = re.compile(rf"(?:(?<![\w.,])\d+|\b(?i:{NUMBER_WORD}))\s$")
RANKED_PARTS = frozenset(  # "two second half goals", "two second place finishes": ranked
    {"half", "quarter", "period", "set", "leg", "round", "innings", "place", "hand", "time"}
    | {"year", "month", "week", "day", "hour", "minute", "term", "tier", "class", "row"}
)


def seconds_before_a_noun(doc: Document, start: int) -> bool:
    """Whether the word "second" at ``start`` is counted by the number right before it and
    sizes the singular noun right after it, which ends the phrase ("a two second pause")."""
    if not NUMBER_BEFORE.search(doc.text, max(0, start - 24), start):
        return False
    tokens = doc.tokens(make_span(doc.text, start, start + len("second")))
    if tokens is None or len(tokens) != 1 or tokens[0].i + 1 >= len(tokens[0].doc):
        return False
    noun = tokens[0].doc[tokens[0].i + 1]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        noun.tag_ == "NN"
        and noun.is_lower
        and noun.lower_ not in RANKED_PARTS
        and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    )


FUSED_TIME_UNIT = re.compile(  # "an 18½-minute gap": a duration, as "a 30-minute drive" is,
    r"[\d,.½¼¾⅓⅔⅛]+[-\s](second|minute|hour|day|week|month|year|decade|century)(?![\w-])"
)  # and so is "the 7 minute mark", the hyphen left out
WORD_SECOND = re.compile(rf"(?i:{NUMBER_WORD})\s(second)(?![\w-])")  # "a two second pause"


def fused_time_unit(doc: Document, core: Span) -> re.Match | None:
    """The time unit between a count and a noun ("a 30-minute drive", "the 7 minute mark", "a
    two second pause"): the count measures it."""
    if fused := FUSED_TIME_UNIT.match(doc.text, core.start):
        return fused
    word = WORD_SECOND.match(doc.text, core.start)
    return word if word and seconds_before_a_noun(doc, word.start(1)) else None
