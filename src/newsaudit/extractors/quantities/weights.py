"""Pounds of weight: "weighing roughly 266 pounds", "475 pounds (215.5 kilos) of cocaine",
"13 feet long and nearly 900 pounds" weigh; they are a unit of measure, as written, not an
amount in sterling. The sign is a word of weight or size in the sentence, or the pounds "of" a
thing; a sign of currency ("£", "worth", "cost", a scale word) keeps the money.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import sentence_span
from newsaudit.spans import Span

POUNDS = re.compile(r"\d\s?pounds?$", re.IGNORECASE)  # no scale word: "£5m", "5 million pounds"
WEIGHT_WORDS = re.compile(
    r"\b(?:weigh\w*|weight|heav(?:y|ier|iest)|kilos?|kilograms?|kg|lbs?|feet|foot|inches|"
    r"tall|long|obese|overweight)\b",
    re.IGNORECASE,
)
MONEY_WORDS = re.compile(
    r"[£$€]|\b(?:worth|cost\w*|pay\w*|paid|price\w*|spen[dt]\w*|fine[sd]?|budget|sterling|"
    r"salary|wages?|raised?|donat\w*|fund\w*|sum)\b",
    re.IGNORECASE,
)
POUNDS_OF = re.compile(r"\s+(?:\([^)]*\)\s+)?of\s+[a-z]")  # "475 pounds (215.5 kilos) of cocaine"


def weighs_in_pounds(doc: Document, span: Span) -> bool:
    """Whether ``span``, a number and "pounds" with no currency sign or scale word, is a weight."""
    if POUNDS.search(span.text) is None:
        return False
    sentence = sentence_span(doc, span.start)
    if MONEY_WORDS.search(sentence.text):
        return False
    return (
        WEIGHT_WORDS.search(sentence.text) is not None
        or POUNDS_OF.match(doc.text, span.end) is not None
    )
