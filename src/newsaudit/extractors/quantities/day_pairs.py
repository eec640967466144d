"""Two days of one month joined by "and", "or" or a slash ("June 24 and 25", "between 6 and 12
December", "on 4 or 5 April", "the weekend of 8/9 January"): each day its own date, as each end
of a range of days is (docs/quantities.md). The month is written once, beside one day only, so
the parser tags the other day a bare number (read as a count) or runs both into one entity that
resolves to neither; the bare day takes the month, and the year, of the day that has them.
"""

from __future__ import annotations

import re
from datetime import date

from newsaudit.document import Document
from newsaudit.extractors.quantities.dates import MONTH_NUMBERS, resolve_date
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

MONTH_ALT = (  # capitalised, as "may" is no month; a full name's stop ends the sentence
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![a-z])"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s(?P<year>(?:19|20)\d\d)\b)?"
_NOT_ON = r"(?![\d%:]|[.,]\d|\s?(?:am|pm|a\.m|p\.m)\b)"  # "June 3 and 4pm", "8 and 9.5%"
MONTH_FIRST = re.compile(  # "June 24 and 25": the month before the first day
    rf"(?<![\w.])(?P<named>(?P<month>{MONTH_ALT})\s?(?P<day>{_DAY}))"
    rf"\s+(?:and|or|&)\s+(?P<bare>{_DAY}){_NOT_ON}{_YEAR}"
)
MONTH_LAST = re.compile(  # "6 and 12 December", "8/9 January": the month after the second
    rf"(?<![\w.,/:-])(?P<bare>{_DAY})(?:\s+(?:and|or|&)\s+|/)"
    rf"(?P<named>(?P<day>{_DAY})\s(?P<month>{MONTH_ALT})(?![\w-])){_YEAR}"
)


def _matches(text: str) -> list[re.Match]:
    return [m for pattern in (MONTH_FIRST, MONTH_LAST) for m in pattern.finditer(text)]


def _days_of_a_month(match: re.Match) -> bool:
    days = [int(re.match(r"\d+", match.group(g)).group()) for g in ("day", "bare")]
    return all(0 < d <= 31 for d in days) and days[0] != days[1]


def _counts_a_noun(doc: Document, start: int, end: int) -> bool:
    """Whether the bare day is a number counting the plural noun after it ("on May 5 and 6
    people died"), not a day; the parser may hang it on the month or a singular noun ("June 24
    and 25 form part of the tour")."""
    tokens = doc.tokens(make_span(doc.text, start, end))
    if tokens is None or not len(tokens):
        return True
    last = tokens[-1]
    after = doc.doc[last.i + 1] if last.i + 1 < len(doc.doc) else None
    return (last.head.i > last.i and last.head.tag_ in ("NNS", "NNPS")) or (
        after is not None and after.tag_ == "NNS"  # the parse may make it the month's
    )


def paired_days(doc: Document) -> list[tuple[int, int, str]]:
    """The two days of each pair, the day named with its month as a "DATE" candidate and the
    bare one as a "PAIRED_DAY" one (with the year written after the pair, if any); candidates
    found before the parser's entities, which may run the pair into one date."""
    found = []
    for match in _matches(doc.text):
        if not _days_of_a_month(match) or _counts_a_noun(doc, *match.span("bare")):
            continue
        named_first = match.start("named") < match.start("bare")  # the year after the second
        bare_end = match.end() if named_first else match.end("bare")
        named_end = match.end("named") if named_first else match.end()
        named_label = "PAIRED_DAY" if match.group("year") else "DATE"
        found += [  # a named day with the year after it is read here, the others as any date
            (match.start("named"), named_end, named_label),
            (match.start("bare"), bare_end, "PAIRED_DAY"),
        ]
    return found


def read_paired_day(doc: Document, span: Span) -> Quantity:
    """A day of a pair: the bare day takes the named day's month and year (the year written
    after the pair, else the named day's as any date is resolved); the named day with the year
    after the pair takes that year. Unresolved when the year is not known."""
    unresolved = Quantity(span, None, None, "date")
    window = doc.text[max(0, span.start - 24) : span.end + 24]
    offset = max(0, span.start - 24)
    match = next(
        (m for m in _matches(window) if span.start - offset in (m.start("bare"), m.start("named"))),
        None,
    )
    if match is None:
        return unresolved
    month = MONTH_NUMBERS[match.group("month")[:3].lower()]
    year = int(match.group("year")) if match.group("year") else None
    which = "bare" if span.start - offset == match.start("bare") else "day"
    if year is None:
        named = make_span(doc.text, offset + match.start("named"), offset + match.end("named"))
        resolved = resolve_date(doc, named)
        if not resolved or len(resolved) != 10:
            return unresolved
        year, month = int(resolved[:4]), int(resolved[5:7])
    try:
        day = date(year, month, int(re.match(r"\d+", match.group(which)).group()))
    except ValueError:
        return unresolved
    return Quantity(span, None, None, "date", resolved_date=day.isoformat())
