"""Time units written with no count before them: "for decades", "just minutes after", "Hours
later" are vague durations (docs/quantities.md: measure, no value, the unit), which the parser
often leaves untagged or runs into the relative word after them; and the time-unit words that
name a thing, not a span of time ("the minutes of the meeting", the programme "60 Minutes"),
and the units "the number of" asks about ("limit the number of years": no quantity, as the
spec reads "the number of voters").
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import in_running_text
from newsaudit.extractors.quantities.readings import TIME_UNITS
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.spans import Span, make_span

PLURAL_UNIT = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|millennia)"
DEGREE = r"(?:just|mere|merely|only)"  # "just minutes after", "mere minutes down the road"
SET_OFF_BEFORE = re.compile(  # a preposition of time or a word of degree before the unit
    rf"\b(?=[fFoOaAiIdDsSjJmM])(?i:for|over|across|in|during|spanning|{DEGREE})\s+"
    rf"(?P<unit>(?i:{PLURAL_UNIT}))(?![\w'\u2019-]|\s+\d)"  # not "for years 2019 and 2020"
)
RELATIVE_AFTER = re.compile(  # "Hours later", "she woke hours later", "minutes before the blast"
    rf"\b(?=[smhdwycSMHDWYC])(?P<unit>(?i:{PLURAL_UNIT}))\s+(?:later|earlier|after|before)\b"
)
COUNT_BEFORE = re.compile(  # "two hours later", "the days before", "a few weeks after": not bare
    rf"(?:\d|\b(?i:{NUMBER_WORD}|an?|the|few|several|many|some|more|couple|dozen|dozens|"
    r"hundreds|thousands|those|these|next|last|past|coming|first|final|recent|previous|"
    r"of|\w+['\u2019]s))[\s-]+$"
)


def bare_time_units(text: str) -> list[tuple[int, int]]:
    """Where a plural time unit stands with no count, set off as a span of time by a word
    before it ("for millennia", "just minutes after") or after it ("Hours later")."""
    found = [(m.start("unit"), m.end("unit")) for m in SET_OFF_BEFORE.finditer(text)]
    return found + [
        (m.start("unit"), m.end("unit"))
        for m in RELATIVE_AFTER.finditer(text)
        if not COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ]


UNIT_THEN_RELATIVE = re.compile(
    rf"(?P<unit>(?:{DEGREE}\s+)?{PLURAL_UNIT})\s+(?:later|earlier|after|before)\b", re.IGNORECASE
)


def without_relative_word(doc: Document, span: Span) -> Span:
    """ "Days later", "Minutes earlier": a date entity that is a bare time unit and the relative
    word after it, cut to the unit, a vague duration; "two days later" keeps it (a date)."""
    match = UNIT_THEN_RELATIVE.match(span.text) or _run_on_unit(span.text)
    if match is None:
        return span
    return make_span(doc.text, span.start + match.start("unit"), span.start + match.end("unit"))


UNIT_THEN_RELATIVE_END = re.compile(
    rf"(?<=\s)(?P<unit>{PLURAL_UNIT})\s+(?:later|earlier)$", re.IGNORECASE
)


def _run_on_unit(text: str) -> re.Match[str] | None:
    """ "upwards years later": the parser's entity runs on from a word before a bare unit and
    its relative word; no count (nor word that counts, "the", "some") stands before the unit."""
    match = UNIT_THEN_RELATIVE_END.search(text)
    if match is None or COUNT_BEFORE.search(text, 0, match.start()):
        return None
    return match if not re.search(r"\d", text[: match.start()]) else None


MINUTES = re.compile(r"(?:the\s+)?minutes", re.IGNORECASE)
MINUTES_OF = re.compile(  # "the minutes of its March meeting", "minutes from the board's session"
    r"\s+(?:of|from)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:meetings?|sessions?|hearings?|conferences?|deliberations|proceedings|gatherings?)\b",
    re.IGNORECASE,
)
MEETING_BEFORE = re.compile(r"\b(?:meeting|board|council|committee)\s+$", re.IGNORECASE)
UNIT_WORDS = frozenset(TIME_UNITS) | frozenset(TIME_UNITS.values())
THE_NUMBER_OF = re.compile(  # "the number of voters" is no quantity, "a number of years" vague
    r"\b(?:the|this|that)\s+(?:[a-z]+\s+)?number\s+of\s+$", re.IGNORECASE
)
NUMBER_THEN_NAME = re.compile(r"\d[\d,]*\s+[A-Z][a-z]+")  # "60 Minutes", "48 Hours"


def names_no_span_of_time(doc: Document, span: Span) -> bool:
    """A time-unit word that names a thing: the minutes (the record) of a meeting, with no count
    before them ("90 minutes of the meeting" last), or a number and a capitalised unit inside a
    sentence that is not in title case ("appeared on 60 Minutes", "13 Hours will cover the
    attack", where digits opening it leave the capital to the name), the name of a programme;
    and a bare unit after "the number of" ("limit the number of years"), no span of time."""
    if THE_NUMBER_OF.search(doc.text, max(0, span.start - 40), span.start) and re.fullmatch(
        PLURAL_UNIT, span.text, re.IGNORECASE
    ):
        return True  # "limit the number of years": the number asked about, no span of time
    if MINUTES.fullmatch(span.text):
        return bool(
            MINUTES_OF.match(doc.text, span.end)
            or MEETING_BEFORE.search(doc.text, max(0, span.start - 12), span.start)
        )
    if not NUMBER_THEN_NAME.fullmatch(span.text):
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 2:
        return False
    unit = tokens[-1]
    opens = tokens[0].is_sent_start or "\n" in doc.text[max(0, span.start - 1) : span.start]
    return (
        unit.lower_ in UNIT_WORDS
        and (not opens or tokens[0].text[:1].isdigit())  # "13 Hours will cover the attack":
        and in_running_text(unit.sent)  # digits have no capital, so the unit's is the name's
    )
