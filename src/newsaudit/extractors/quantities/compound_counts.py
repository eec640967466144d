"""A number that counts a plural noun after a noun compounded with it is a count of the pair.

"six penalty attempts", "8 menu items", "ten square numbers": the parse hangs the number on
the plural noun ("attempts", nummod) and the word between on that noun too (compound), so the
number counts attempts and items, and "penalty" or "menu" is no unit the number measures (the
doc's count row: the counted noun with the nouns compounded with it), though the parser's
quantity entity made it a measure. A word between that is a unit ("400 horsepower engines",
"3 kWh cells") or a plural that is one ("five square miles") keeps the measure.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import measure_unit
from newsaudit.spans import Span, make_span


def _counted_past(doc: Document, span: Span):
    """The number token of ``span`` when it counts a plural noun after the word that follows
    it, which modifies that noun; else None."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return None
    number = next((t for t in tokens if t.pos_ == "NUM"), None)
    if number is None or number.dep_ != "nummod" or number.i + 1 >= len(number.doc):
        return None
    word = number.doc[number.i + 1]
    noun = word.head  # the parse may hang the number on the word ("8" on "menu") or the noun
    if noun.i <= word.i or noun.tag_ != "NNS" or number.head.i not in (word.i, noun.i):
        return None
    if word.dep_ not in ("compound", "amod") or measure_unit(doc.text, noun.idx) is not None:
        return None
    if measure_unit(doc.text, word.idx) is not None:
        return None  # "400 horsepower engines", "3 kWh cells": the number measures the unit
    return number


def counts_past_a_word(doc: Document, span: Span) -> bool:
    """Whether the number in ``span`` counts the plural noun after the word next to it
    ("two cup competitions"), so that word is no unit."""
    return _counted_past(doc, span) is not None


def count_of_a_compound(doc: Document, span: Span) -> Span | None:
    """The number alone of a quantity entity that runs from it into the first word of a
    compound the number counts ("six penalty" of "six penalty attempts"); None otherwise."""
    number = _counted_past(doc, span)
    if number is None:
        return None
    return make_span(doc.text, span.start, number.idx + len(number.text))
