"""Spans of time the parser leaves untagged that no number word or digit writes.

A plural time unit with no count ("the dying minutes", "his early days", "for many years") is a
vague duration, and "a" or "an" before a singular one ("waited a year", "an hour after the
debate", "over a minute behind") counts one unit (docs/quantities.md: a duration, "months of
protests"). The small parser tags some of them as dates and leaves the rest, so they are found
here from its tokens; what the parser or the other readers tag first wins on overlap.

Left alone: a unit a count or a window word stands before ("two hours", "the past few weeks",
"in recent years" are read as such elsewhere), a unit after which the time points back ("years
ago", "a year later": dates), a rate ("$5 a year", "twice a week", "40 hours a day"), a
capitalised word inside a sentence (a name: "Weeks' family") and "a second" (an ordinal as
often as a time unit).
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.spans import Span, make_span

PLURAL_UNITS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"}
)
ONE_UNIT = re.compile(  # "a year", "an hour": one unit; "a year-long wait" too
    r"\b(?P<unit>[Aa]n?\s+(?:minute|hour|day|week|month|year|decade|century))"
    r"(?![\w\u2019']|-(?!long\b))"
)
WINDOW_WORDS = frozenset(
    {"past", "last", "next", "coming", "recent", "previous", "following", "final", "light"}
)
COUNT_BEFORE = re.compile(  # a count right before the unit: "two", "a couple of", "dozens of"
    rf"(?:\d|\b(?i:{NUMBER_WORD}|couple|dozen|dozens|hundreds|thousands)"
    r"(?:\s+(?:of|more|other|long|short|straight|consecutive))?)[\s-]+$"
)
POINTS_BACK = re.compile(
    r"[\s-]+(?:ago|back|hence|later|earlier|from\s+now|old|prior)\b", re.IGNORECASE
)
RATE_BEFORE = re.compile(  # "$5 a year", "twice a week", "three times a day", "40 hours a week"
    r"(?:\d[\d,.]*[%\w]*|\b(?i:once|twice|thrice|times|per|each|every|[a-z]+s))\s+$"
)


def uncounted_time_units(doc: Document) -> list[tuple[int, int]]:
    """Plural time units that no count, window word or relative word goes with: vague
    durations ("the dying minutes", "tough years", "overnight hours")."""
    return [(t.idx, t.idx + len(t.text)) for t in doc.doc if _uncounted(doc, t)]


def _uncounted(doc: Document, token) -> bool:
    if token.lower_ not in PLURAL_UNITS or token.tag_ != "NNS":
        return False
    if not (token.is_lower or (token.is_sent_start and token.is_title)):
        return False  # "adding that Weeks' family had asked": a name
    if any(child.dep_ == "nummod" for child in token.children):
        return False
    end = token.idx + len(token.text)
    return not (_after_a_count_or_window(doc, token) or POINTS_BACK.match(doc.text, end))


MODIFIER_POS = frozenset({"DET", "ADJ", "ADV", "PRON", "VERB", "PUNCT"})


def uncounted_unit_in(doc: Document, span: Span) -> Span | None:
    """The plural time unit that ends a date entity of modifiers only ("the dying minutes",
    "his early days", "all these years"): a vague duration, the span cut to the unit; None when
    a number, a name or a window word modifies the unit ("the past 24 hours", "Easter days");
    words the entity runs on from before the unit's phrase ("on the web hours after") do not,
    unless the unit hangs on them ("a number of years" is read whole)."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens) or not _uncounted(doc, tokens[-1]):
        return None
    unit = tokens[-1]
    heads = {t.i for t in unit.ancestors}  # "a number of years": the unit is the number's
    phrase = [t for t in tokens[:-1] if t.i >= unit.left_edge.i or t.i in heads]
    if any(t.pos_ not in MODIFIER_POS or t.like_num or _windows(t) for t in phrase):
        return None
    return make_span(doc.text, unit.idx, unit.idx + len(unit.text))


def _windows(token) -> bool:
    """A window word; not "final", which ends a thing ("the final days before the vote" last,
    docs/quantities.md: the last or final units of something)."""
    return token.lower_ in WINDOW_WORDS and token.lower_ != "final"


def _after_a_count_or_window(doc: Document, token) -> bool:
    """A count ("two", "dozens of") or a window word ("the past", "recent") right before the
    unit, or "light" ("light years" are a distance); "many years", "a few weeks" stay vague."""
    if COUNT_BEFORE.search(doc.text, max(0, token.idx - 24), token.idx):
        return True
    if token.i == 0:
        return False
    before = doc.doc[token.i - 1].lower_
    if before in ("last", "final") and doc.text.startswith(" of ", token.idx + len(token.text)):
        return False  # "the very last seconds of a game": the end of a thing, a duration
    return _windows(doc.doc[token.i - 1])


def one_time_unit(doc: Document) -> list[tuple[int, int]]:
    """ "a year", "an hour" counting one unit of time; not a rate, nor a date it points back
    from ("a year ago", "a week later")."""
    found = []
    for match in ONE_UNIT.finditer(doc.text):
        start, end = match.span("unit")
        if POINTS_BACK.match(doc.text, end):
            continue
        if RATE_BEFORE.search(doc.text, max(0, start - 24), start) and _a_rate(doc, start, end):
            continue
        found.append((start, end))
    return found


COUNTED_UNITS = re.compile(  # "20 minutes", "six months": a number right before a time unit
    rf"(?<![\w.,-])(?:\d[\d,]*(?:\.\d+)?|(?i:{NUMBER_WORD}))\s+"
    r"(?i:second|minute|hour|day|week|month|year|decade|centurie|century)s?(?![\w-])"
)


def counted_time_units(doc: Document) -> list[tuple[int, int]]:
    """A count of time units a longer entity of the parser hid ("the first two weeks of this
    season's", read as its season; "the second 20 minutes", read as its ordinal): a duration
    (docs/quantities.md: a duration, the first N units of time), not a date it points back
    from ("two years ago")."""
    return [
        match.span()
        for match in COUNTED_UNITS.finditer(doc.text)
        if not POINTS_BACK.match(doc.text, match.end())
    ]


def _a_rate(doc: Document, start: int, end: int) -> bool:
    """The unit a rate is per: the parse hangs it on a number or a counted noun ("$5 a year",
    "40 hours a week"), or a multiplier stands before it ("twice a month")."""
    word = doc.text[:start].split()[-1].lower() if doc.text[:start].split() else ""
    if word in ("once", "twice", "thrice", "times", "per", "each", "every"):
        return True
    tokens = doc.tokens(make_span(doc.text, start, end))
    if tokens is None or not len(tokens):
        return False
    head = tokens[-1].head
    return head.tag_ == "CD" or any(child.dep_ == "nummod" for child in head.children)
