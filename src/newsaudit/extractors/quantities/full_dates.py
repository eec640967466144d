"""Dates written in full that the small model leaves untagged, tags as part of something else
or runs into a neighbouring entity: "May 4, 2022", "2022-05-04", a run of "December, 2015"
items; each is read as a date of its own.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.date_context import FULL_DATE
from newsaudit.extractors.quantities.dates import ISO_DATE, iso_date

ISO_DAY = re.compile(rf"(?<![\w.-]){ISO_DATE.pattern}(?![\w-]|[.,]\d)")  # "2016-02-01"


def full_dates_untagged(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A month, a day and a year ("May 4, 2022", "2022-05-04") that no date entity covers
    whole: the small model may tag it part of a name ("By James Whittaker - May 4, 2022"), a
    number ("2022-05-04 edition") or run a count of time units into it ("postponed by three
    weeks April 28, 2022"); written in full it is a date."""
    whole = [(start, end) for start, end, label in entities if label == "DATE"]
    found = [  # a capitalised month: "may" is a verb ("5th May 1957" opens with its day)
        m for m in FULL_DATE.finditer(text) if (m.group("month") or m.group("month2"))[0].isupper()
    ]
    if "-" in text:
        found += [m for m in ISO_DAY.finditer(text) if m.group("day") and iso_date(m.group())]
    return sorted(
        (m.start(), m.end())
        for m in found
        if not any(start <= m.start() and m.end() <= end for start, end in whole)
        or _glued(text, m.start())
    )


def _glued(text: str, start: int) -> bool:
    """A date run on from the word before it ("TargetsFEB. 5, 2015", a scraped line): an
    entity covering it holds that word too, which no date parser reads."""
    return start > 0 and text[start - 1].isalpha()


MONTH_YEAR = (  # "December, 2015", "Nov 2015": a month and its year, capitalised
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?:19|20)\d\d\b"
)
MONTH_YEAR_RUN = re.compile(  # not "4 May 2015", a day's
    rf"(?<!\d\s){MONTH_YEAR}(?:[\s,;|/\u2022\u00b7-]+{MONTH_YEAR})+(?![.,]?\d)"
)
MONTH_YEAR_ITEM = re.compile(MONTH_YEAR)


def month_year_runs(text: str) -> list[tuple[int, int]]:
    """Each "Month, YYYY" of a run of them ("December, 2015 November, 2015 October, 2015" in an
    archive's list), which the small model runs into one entity that a reading would date by
    its first month: each item is its own month."""
    return [
        (run.start() + item.start(), run.start() + item.end())
        for run in MONTH_YEAR_RUN.finditer(text)
        for item in MONTH_YEAR_ITEM.finditer(run.group())
    ]


def cut_before_dates(
    text: str, entities: list[tuple[int, int, str]], dates: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The entities, each that runs into a full date cut where the date starts ("three weeks"
    of "three weeks April 28"), so that both are read."""
    if not dates:
        return entities
    out = []
    for start, end, label in entities:
        cut = min((d for d, d_end in dates if start < d < end), default=end)
        if cut < end:
            end = start + len(text[start:cut].rstrip(" ,-\u2013"))
        if end > start:
            out.append((start, end, label))
    return out
