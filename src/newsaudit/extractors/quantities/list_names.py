"""Numbers that name a list or a chart, not a count of anything.

The spec reads "an index or list name" ("S&P 500", "Fortune 500") as no quantity. Two shapes
write one without its owner's name:

- digits right before the singular word "list" or "chart", a quote between allowed ("the Top
  500 list", "its first ''400'' list", "the top 75 chart performers"): a count of more than
  one stands before a plural, so the number names the list, as "Fortune 500" does;
- digits after "Top" capitalised inside a sentence of running text ("listed in the Top 40
  charts"): the chart's name, as a capital in running text marks one; "the top 20" (the last
  few left) and "Top 10 firms" opening a sentence stay counts.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import in_running_text
from newsaudit.extractors.quantities.ordinal_names import first_word_of_a_clause
from newsaudit.spans import Span, make_span

LAST_DIGITS = re.compile(r"\d[\d,]*$")
LIST_AFTER = re.compile(r"[\"'\u201d\u2019]*\s+(?:list|chart)(?![\w-])")
TOP_BEFORE = re.compile(r"(?<![\w-])Top\s+$")


def names_a_list(doc: Document, span: Span) -> bool:
    """Whether the digits that end ``span`` name a list or a chart (module docstring)."""
    if (digits := LAST_DIGITS.search(span.text)) is None:
        return False
    start, end = span.start + digits.start(), span.start + digits.end()
    if LIST_AFTER.match(doc.text, end):
        return digits.group() != "1"
    if not TOP_BEFORE.search(doc.text, max(0, start - 6), start):
        return False
    at = doc.text.rindex("Top", 0, start)
    top = doc.token(make_span(doc.text, at, at + 3))
    return top is not None and not first_word_of_a_clause(top) and in_running_text(top.sent)
