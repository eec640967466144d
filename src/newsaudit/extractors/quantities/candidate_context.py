"""What a candidate's surroundings say: a number word counting the noun after it, a
capitalised time unit that is a name, a numbered step's marker alone on its line or opening a
line of a numbered list ("2 Andy Roddick (US)"), "one day"
that says when. The parse and the lines around a span, asked by ``extract``'s reading of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import in_running_text
from newsaudit.extractors.quantities.readings import duration_unit
from newsaudit.spans import Span


def counts_the_noun_after(doc: Document, span: Span) -> bool:
    """Whether the parse makes a number word the count of the common noun right after it, or
    after the words that modify it ("one civil servant", "one very simple reason", "one
    combined power connector", "one ultimate Christmas track"): a count, as "30,154 new cars"
    is, whatever the modifiers the counted noun keeps or drops."""
    word = doc.token(span)
    if word is None:
        return False
    head = word.head
    if word.tag_ != "CD" or word.dep_ != "nummod" or head.pos_ != "NOUN" or head.i < word.i:
        return False
    between = doc.doc[word.i + 1 : head.i]
    return len(between) <= 3 and all(_modifies(t, word.i, head.i) for t in between)


DESCRIBING = frozenset({"ADJ", "ADV"})  # "one very simple reason"
MODIFYING = frozenset({"amod", "compound", "advmod", "nmod"})


def _modifies(token, number: int, head: int) -> bool:
    """A describing word, or a word the parse hangs as a modifier inside the counted noun's
    phrase: a participle ("combined"), a noun or a name compounded into it ("power",
    "Christmas")."""
    inside = number < token.head.i <= head
    return token.pos_ in DESCRIBING or (token.dep_ in MODIFYING and inside and token.is_alpha)


def capitalised_unit(doc: Document, span: Span) -> bool:
    """A time unit alone and capitalised inside a sentence that is not in title case ("that
    Weeks' family", "Day said"): a name, as a surname or a brand is."""
    if not span.text[:1].isupper() or not duration_unit(span.text) or " " in span.text:
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1 or tokens[0].is_sent_start:
        return False
    if "\n" in doc.text[max(0, span.start - 1) : span.start]:
        return False
    return in_running_text(tokens[0].sent)


STEP_TEXT = re.compile(r"\s*[^\W\d][^\n]*?\s\S+\s\S")  # a line of words, not a table's cells


def step_number(doc: Document, span: Span) -> bool:
    """A small number alone on its line, before a line of words, in a run of such lines that
    count up ("2" between two steps of a recipe, with "1" or "3" alone on lines of their own):
    a numbered step's marker, as "2." is; a table's flattened cells are no steps."""
    if not span.text.isdigit() or len(span.text) > 2:
        return False
    line_end = doc.text.find("\n", span.end)
    if line_end < 0 or doc.text[span.end : line_end].strip():
        return False
    if not STEP_TEXT.match(doc.text, line_end):
        return False
    number = int(span.text)
    alone = _numbers_alone_on_lines(doc.text)
    return number + 1 in alone or (number >= 2 and number - 1 in alone)


def counts_a_plural(doc: Document, span: Span) -> bool:
    """Whether the parse makes a number word count the plural noun after it ("Three 'War
    Stories'", "two or three lightning talks")."""
    token = doc.token(span)
    if token is None:
        return False
    return token.dep_ == "nummod" and token.head.i > token.i and token.head.tag_ in ("NNS", "NNPS")


def someday(doc: Document, span: Span) -> bool:
    """ "Apple would one day do this", "One day, she left": "one day" before the verb it
    modifies says when, vaguely, not how long ("it lasted one day", "for one day")."""
    if span.text.lower() != "one day":
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 2:
        return False
    day = tokens[-1]
    return day.dep_ == "npadvmod" and day.head.pos_ in ("VERB", "AUX") and day.head.i > day.i


NUMBERED_LINE = re.compile(r"(\d{1,2})[ \t]+(?=[A-Z\"'\u201c\u2018])")  # "2 Andy Roddick (US)"


def numbered_line(doc: Document, span: Span) -> bool:
    """A small number opening a line before a capital or a quote, where another line opens with
    the number before or after it in the same way ("1 Roger Federer", "2 Andy Roddick"; "8
    Build a support system." after "7 Talk it over."): the marker of a numbered list or of a
    section's heading, as "2." is; a count opens its line before the lower-case noun it counts
    ("2 cups flour"). A step's number alone on its line too (`step_number`)."""
    marker = NUMBERED_LINE.match(doc.text, span.start)
    if marker is None:
        return step_number(doc, span)
    number = int(marker.group(1))
    opening = _numbers_opening_lines(doc.text)
    return number + 1 in opening or (number > 1 and number - 1 in opening)


ALONE_ON_LINE = re.compile(r"(?m)^[ \t]*([1-9]\d*)[ \t]*$")
OPENS_LINE = re.compile(r"(?m)^[ \t]*([1-9]\d{0,2})[ \t]+[A-Z\"'\u201c\u2018]")


@lru_cache(maxsize=2)
def _numbers_alone_on_lines(text: str) -> frozenset[int]:
    """The numbers standing alone on a line of ``text``: read once per article, not once per
    candidate (a long list would otherwise cost a scan of the text per line)."""
    return frozenset(int(m.group(1)) for m in ALONE_ON_LINE.finditer(text))


@lru_cache(maxsize=2)
def _numbers_opening_lines(text: str) -> frozenset[int]:
    """The numbers of up to three digits that open a line of ``text`` before a capital or a
    quote, read once per article."""
    return frozenset(int(m.group(1)) for m in OPENS_LINE.finditer(text))
