"""Dates: the article's own date, and a date in its text resolved against it.

"last month", "Thursday", "the end of 2017", "May last year" only mean something against the
publication date; a weekday or month without a year takes the tense around it into account
(`date_context`), so "will play on Sept. 12" in a November article is next September.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil import parser as date_parser

from newsaudit.document import Document
from newsaudit.extractors.quantities.date_context import (
    SCHEDULED,
    SCHEDULING,
    adverbial_on_a_name,
    ahead_of,
    bare_participle,
    coming_off,
    day_part,
    future_in_sentence,
    governing_verb,
    has_verb,
    in_past,
    list_head_day,
    list_year,
    looks_ahead,
    not_present_perfect,
    past_infinitive,
    present_passive,
    story_date,
    untensed_clause,
    verb_in_future,
    year_shift,
)
from newsaudit.extractors.quantities.periods import (
    part_of_a_year,
    period,
    season_after_article,
)
from newsaudit.extractors.quantities.values import parse_number
from newsaudit.spans import Span

MONTH_NAMES = (  # full names, case as written: "May" the month, not "may"
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.IGNORECASE,
)
MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASON = re.compile(  # with a determiner or a year: "winter wheat" or "that summer" is no date
    r"(?:(?:in|during|by|since|until|from)\s+)?(?:early\s+|late\s+)?"
    r"(?:(?:the|(?P<step>this|last|next))\s+(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
    r"|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year2>(?:19|20)\d\d))",
    re.IGNORECASE,
)
YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)(?:\s+year)?$")  # "the 2005 year" too
ISO_DATE = re.compile(  # "2016-02-01", and "2016-02" where the caller knows it is no range
    r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?"
)


def article_date(doc: Document) -> date | None:
    """The publication date as a `date`, when the article carries a parseable one."""
    raw = doc.article.date
    return _parse_date(str(raw)) if raw else None


@lru_cache(maxsize=256)
def _parse_date(raw: str) -> date | None:  # once per article, not once per date in it
    try:
        return date_parser.parse(raw, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None


def _shift_months(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _origin(before: str | None, anchor: date, unit: str) -> date:
    """What "the previous year" or "a year earlier" counts from: the date the sentence named
    before it, at the precision that date has, else the article's date."""
    if before is None or not before[:4].isdigit():
        return anchor
    if unit in ("year", "season"):
        return date(int(before[:4]), 1, 1)
    if unit == "month" and re.match(r"\d{4}-\d\d(?:-\d\d)?$", before):
        return date(int(before[:4]), int(before[5:7]), 1)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", before):
        return date.fromisoformat(before)
    return anchor


def _shifted(origin: date, unit: str, shift: float) -> str | None:
    if unit in ("year", "season"):
        return f"{origin.year + int(shift):04d}"
    if unit == "month":
        return _shift_months(origin, int(shift))
    if unit == "week" and shift == int(shift):
        year, week, _ = (origin + timedelta(weeks=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "day":
        return (origin + timedelta(days=shift)).isoformat()
    return None


def _that_unit(unit: str, before: str | None) -> str | None:
    """ "That year", "later that month", "that day": the unit of the date the sentence named
    before it, at that date's precision or finer; unresolved when none was named or it is too
    coarse ("that day" after "in 2004")."""
    digits = {"year": 4, "month": 7, "week": 10, "day": 10}[unit]
    if before is None or len(before) < digits or not before[:4].isdigit() or "W" in before:
        return None
    return _shifted(_origin(before, date(1, 1, 1), unit), unit, 0)


THAT_UNITS = {unit: unit for unit in ("year", "month", "week", "day")}
THAT_UNITS |= {part: "day" for part in ("morning", "afternoon", "evening", "night")}
VAGUE_COUNT = frozenset({"few", "several", "some", "many"})  # "a few years ago": no count
DAY_STEP = {"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1}
DAY_PARTS = frozenset({"day", "morning", "afternoon", "evening", "night"})
FROM_BEFORE = frozenset({"previous", "prior", "preceding", "following", "earlier", "later"})


def _relative(text: str, anchor: date, past: bool, before: str | None = None) -> str | None:
    """Resolve today / yesterday / last month / Wednesday / three days ago against ``anchor``;
    "the previous year" and "a year earlier" against the date named before them (``before``)."""
    words = text.lower().split()
    fixed = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if words and words[-1] in fixed:
        return (anchor + timedelta(days=fixed[words[-1]])).isoformat()
    if words[-2:] in (["this", "morning"], ["this", "afternoon"], ["this", "evening"]):
        return anchor.isoformat()  # "this morning" is today, as "tonight" is
    if words[-2:] in (["last", "night"], ["last", "evening"]):
        return (anchor - timedelta(days=1)).isoformat()  # "last night" is yesterday's
    step = {"last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "this": 0}
    step["current"] = 0  # "the current year" is this year
    step |= {"next": 1, "coming": 1, "following": 1}
    words = [w for w in words if w not in ("fiscal", "financial")]  # "next fiscal year"
    if len(words) >= 2 and words[-2] in ("that", "same") and words[-1] in THAT_UNITS:
        return _that_unit(THAT_UNITS[words[-1]], before)  # "that evening" is that day
    if len(words) >= 2 and words[-2] in step and words[-1] in ("year", "season", "month", "week"):
        unit = words[-1]
        if words[-2] in ("following", "preceding") and before is None:
            return None  # "The following year" after no date in its sentence: unresolved
        origin = _origin(before, anchor, unit) if words[-2] in FROM_BEFORE else anchor
        return _shifted(origin, unit, step[words[-2]])
    if len(words) >= 2 and words[-2] in DAY_STEP and words[-1] in DAY_PARTS:
        if before is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", before):
            return None  # "the next morning": the day after one the sentence does not name
        return (date.fromisoformat(before) + timedelta(days=DAY_STEP[words[-2]])).isoformat()
    if (
        words[-2:-1] in (["day"], ["week"], ["month"], ["year"])
        and words[-1] in ("before", "after", "earlier", "later", "prior")  # "the week prior"
        and (len(words) == 2 or words[:-2] == ["the"])  # "the" may be stripped already
    ):  # "the year before": one unit from the date the sentence named, else unresolved
        if before is None:
            return None
        sign = 1 if words[-1] in ("after", "later") else -1
        return _shifted(_origin(before, anchor, words[-2]), words[-2], sign)
    if len(words) >= 2 and words[-1] == "back":  # "two years back" is two years ago
        words[-1] = "ago"
    if len(words) >= 2 and words[-1] in ("ago", "earlier", "later", "before", "after"):
        number = None if VAGUE_COUNT & set(words[:-2]) else parse_number(" ".join(words[:-2]))
        unit = words[-2].rstrip("s")
        if number is not None and unit in ("day", "week", "month", "year"):
            if words[-1] != "ago" and before is None:
                return None  # "a year later": later than what the sentence does not say
            origin = anchor if words[-1] == "ago" else _origin(before, anchor, unit)
            sign = 1 if words[-1] in ("later", "after") else -1
            if unit == "week" and number != int(number):  # "a week ago" is a week, as
                unit, number = "day", number * 7  # "a year ago" is a year
            return _shifted(origin, unit, sign * number)
    for weekday, name in enumerate(WEEKDAYS):
        if name in words:
            back = (anchor.weekday() - weekday) % 7
            ahead = (weekday - anchor.weekday()) % 7
            if "next" in words or "coming" in words:  # "next Tuesday" is never today or before
                return (anchor + timedelta(days=ahead or 7)).isoformat()
            if "last" in words or "past" in words:
                return (anchor - timedelta(days=back or 7)).isoformat()
            delta = back if past else -ahead
            return (anchor - timedelta(days=delta)).isoformat()
    return None


def _absolute(
    text: str,
    anchor: date | None,
    past: bool | None = None,
    year: int | None = None,
    weekday: int | None = None,
    ahead: bool = False,
    present: bool = False,
    future: bool = False,
) -> str | None:
    """Resolve "December 14, 2016", "14 Dec", "2016" or "December".

    A date without a year takes ``year`` (the year of the list it heads) or the anchor's; a day
    that tense puts in the future ("will play on Sept. 12") but falls before the anchor moves on
    a year, and one in the past after the anchor moves back ("on Dec. 20", written in January);
    the ``present`` tense alone says too little of the future to move on a day the weeks
    before the article's date ("the April 5 killing is included", written in May, is this
    April's), as it moves no month, unless the sentence speaks of the ``future`` elsewhere
    ("will tour ... and concludes October 10th"); most of a year back, it names the coming one
    ("games fall on 8 January", written in December).
    A ``weekday`` written beside a day without a year picks the nearby year it falls on.
    """
    lowered = text.lower()
    if match := YEAR.match(lowered):
        return match.group(1)
    if not (found := MONTH.search(lowered)):
        return None
    month = MONTH_NUMBERS[found.group().rstrip(".")[:3]]
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", lowered)
    has_year = re.search(r"\b(?:19|20)\d\d\b", lowered)
    if not has_year and anchor is None and year is None:
        return None
    if not has_year and anchor is not None and (step := MONTH_STEP.match(lowered)):
        return _stepped_month(text, anchor, month, bool(has_day), step.group(1))
    if not has_year and anchor is not None and (named := YEAR_STEP.search(lowered)):
        year = anchor.year + {"last": -1, "next": 1}.get(named.group(1), 0)  # "May last year"
    explicit = has_year is not None or year is not None
    year = int(has_year.group()) if has_year else (year or anchor.year)
    if not has_day:  # "the index fell in June", written in May, is last June (a present
        if not explicit and anchor is not None and past and month > anchor.month:  # tense
            year -= 1  # says too little of the future: "sales plunge in October" is past)
        elif not explicit and anchor is not None and ahead and month < anchor.month:
            year += 1  # "will happen in January", written in December: next January
        return f"{year:04d}-{month:02d}"
    try:
        default = datetime(year, month, 1)
        found_date = date_parser.parse(text, default=default, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if has_year is None and weekday is not None and (named := _weekday_year(found_date, weekday)):
        return named.isoformat()  # "Friday, April 17": the year in which it is a Friday
    if not explicit and anchor is not None and past is not None:
        recent = present and (anchor - found_date).days <= PRESENT_REACH and not future
        if past is False and not recent and found_date < anchor:
            found_date = year_shift(found_date, 1)
        elif past is True and (found_date - anchor).days > 1:
            found_date = year_shift(found_date, -1)
    return found_date.isoformat() if found_date else None


PRESENT_REACH = 92  # days back a present-tense verb's day stays in the article's year


MONTH_STEP = re.compile(  # "next May", "last October", "this coming June", "this May 5"
    rf"^(?:this\s+)?(next|last|coming|past|this)\s+(?={MONTH.pattern})", re.IGNORECASE
)


def _stepped_month(text: str, anchor: date, month: int, has_day: bool, step: str) -> str | None:
    """ "next May" is the first May after the article's date, "last May" the last before it
    (written in May, a year off either way), "this May" the article's year's: the step, not
    the tense, places it."""
    later, year = step in ("next", "coming"), anchor.year
    if not has_day:
        if step != "this" and (month <= anchor.month if later else month >= anchor.month):
            year += 1 if later else -1  # "next September", written in September: a year on
        return f"{year:04d}-{month:02d}"
    try:
        day = date_parser.parse(text, default=datetime(year, month, 1), fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if step != "this" and (day <= anchor if later else day >= anchor):
        day = year_shift(day, 1 if later else -1)  # "next May 5", written on May 5: a year on
    return day.isoformat() if day else None


def iso_date(text: str) -> str | None:
    """ "2016-02-01" (a day that exists) or "2016-02", as written: ISO needs no anchor."""
    if (found := ISO_DATE.fullmatch(text)) is None:
        return None
    if found.group("day") is not None:
        try:
            date.fromisoformat(found.group())
        except ValueError:  # "2015-02-30"
            return None
    return found.group()


def _weekday_year(day: date, weekday: int) -> date | None:
    """The date, in its year or the one before or after, that falls on ``weekday``: a month
    and day fall on a given weekday in at most one of three years in a row, so a weekday
    written beside them settles the year where tense only guesses it."""
    for shift in (0, -1, 1):
        if (moved := year_shift(day, shift)) is not None and moved.weekday() == weekday:
            return moved
    return None


YEAR_STEP = re.compile(r"\b(last|this|next)\s+year$")


NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # has no tense of its own


def _tense(doc: Document, span: Span) -> str:
    """Whether a weekday points back ("resumed on Wednesday": "past") or ahead ("will resume
    on Friday": "ahead"; "talks resume on Friday", the present tense alone: "present").

    Past tense, or no verb at all, points back (news mostly reports what happened); "will",
    "until" and present-tense verbs ("talks resume on Friday") point ahead. A weekday that
    describes a noun ("the winner on Saturday", "Saturday night's captures") is not dated by
    the tense of the clause the noun is in ("include", "are"), so it points back, unless it is
    what the noun is for or due by ("the forecast for Saturday is rain").
    """
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return "past"
    head = tokens.root
    in_noun_phrase = False
    weekday_named = any(d in span.text.lower() for d in WEEKDAYS)
    planned = head.head.lower_ in ("for", "by", "before")  # "the forecast for Saturday is"
    for node in [head, *head.ancestors]:
        if (
            node.tag_ == "VBG"
            and node.dep_ in ("xcomp", "conj")
            and not any(t.dep_ in ("aux", "auxpass") for t in node.lefts)
        ):  # "began receiving calls Tuesday", "banned planting before March 5 and harvesting
            continue  # before April 20": a gerund has no tense, and takes its verb's
        if (
            untensed_clause(node)
            and (verb := governing_verb(node)) is not None
            and (node.dep_ != "acl" or verb.tag_ == "VBD")
        ):  # "said while campaigning on Tuesday", "the state holding a primary Tuesday was"
            continue
        if (
            bare_participle(node) and governing_verb(node) is not None and not weekday_named
        ):  # "ads reserved in December come from": the tense of "come"; a weekday keeps the
            continue  # participle's ("charges related to the incident Sunday evening")
        if node.pos_ == "VERB" and node.dep_ in NOUN_ROLES and node.tag_ != "VBD":
            continue  # a verb the parse makes a subject or object ("the words 'lie' appeared");
            # a past-tense form is a clause of its own, whatever the parse hangs it on
        if node.pos_ == "VERB" and past_infinitive(node):
            return "past"  # "attempted to enter on Monday": the past verb's tense
        if node.pos_ in ("VERB", "AUX"):
            lefts = {t.lower_ for t in node.lefts}
            if lefts & {"will", "'ll", "shall", "wo", "must", "should", "would", "could"}:
                return "ahead"  # "must decide by Thursday morning" looks ahead
            if coming_off(node):
                return "past"  # "is coming off a defeat Sunday night": behind
            if (node.lemma_ in SCHEDULING or node.lower_ in SCHEDULED) and any(
                t.dep_ == "auxpass" and t.tag_ in ("VBZ", "VBP") for t in node.lefts
            ):
                return "ahead"  # "is scheduled for Feb. 14", "is slated for June 12": a plan
            if (
                node.tag_ == "VBN"
                and (node.lemma_ in SCHEDULING or node.lower_ in SCHEDULED)
                and head.head.lower_ == "for"
                and head.head.head.i == node.i
                and not any(not_present_perfect(t) for t in node.lefts)
            ):  # "the vote, now set for December 19", "has set a hearing for May 2": a plan
                return "ahead"
            if in_noun_phrase and not planned and weekday_named:
                return "past"
            if any(t.dep_ == "aux" and t.tag_ == "VBD" for t in node.lefts):
                return "past"  # "were searching for him Tuesday": the auxiliary's past tense
            if node.tag_ == "VB":
                return "ahead"  # "to vote on Friday"
            if node.tag_ in ("VBZ", "VBP", "VBG") or (present_passive(node) and not weekday_named):
                return "present"  # "talks resume on Friday", "votes are tallied March 15"
            return "past"
        if node.lower_ in ("until", "till", "next"):
            return "ahead"
        if node.lower_ == "since" and node.dep_ == "prep":
            return "past"  # "a run of wins since their Oct. 13 debate": what it is since is past
        if ahead_of(node) and (weekday_named or not in_past(node)):
            return "ahead"  # "ahead of Monday's vote"; not "led ahead of the June 7 primary"
        if (
            node.i != head.i
            and node.pos_ in ("NOUN", "PROPN", "NUM")
            and not day_part(node)
            and not adverbial_on_a_name(head, node)
        ):
            in_noun_phrase = True
    return "past"


DATE_PREFIX = re.compile(  # "the end of 2017" is 2017
    r"^(?:(?:on|in|since|by|until|from|the|early|late|earlier|later|mid|fiscal|financial|"
    r"calendar|(?:end|start|beginning|middle|close|turn)\s+of)(?:\s+|-(?=\w)))*"
    r"(?:year\s+(?=(?:19|20)\d\d$))?",  # "(around the) year 2000" is 2000
    re.IGNORECASE,
)


POSSESSIVE = re.compile(r"['\u2019]s?$")
DAY_RANGE = re.compile(
    r"\b(\d{1,2})\s?(?:to|through|-|\u2013)\s?\d{1,2}\b(?![:.]\d)", re.IGNORECASE
)


WEEKDAY = re.compile(r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)
DAY_AFTER_WEEKDAY = re.compile(  # "Friday, Dec. 6", "Friday, Dec. 6, 2019", "Monday (Feb. 23)"
    rf"(?:,?\s|\s?\(\s?)(?P<day>{MONTH.pattern}\s?\d{{1,2}}\b(?:,\s(?:19|20)\d\d\b)?)",
    re.IGNORECASE,
)


def _weekday_named(text: str) -> int | None:
    """Monday = 0 … Sunday = 6 for the one weekday a date names, else None."""
    lowered = text.lower()
    named = [number for number, name in enumerate(WEEKDAYS) if name in lowered]
    return named[0] if len(named) == 1 else None


OLD_YEAR = re.compile(r"1[5-8]\d\d")
WORD_BEFORE = re.compile(r"[A-Za-z\u2019']\s$")  # not "bits = 1024", a setting
CLOCK_AFTER = re.compile(r"\s*(?:[A-Z]{1,2}T|GMT|UTC|hours|hrs|h)\b")  # "at 1530 GMT"
YEAR_AFTER = re.compile(  # the parser's next entity: "in February in 1974", and a month
    r"(?:\s+(?:in|of)|\s+(?:or|and|to|through)\s+(?:(?:early|late|mid)[\s-]+)?"  # that shares
    rf"{MONTH.pattern}(?:\s+(?:in|of))?,?)\s+((?:19|20)\d\d)\b",  # the next one's year: "late
    re.IGNORECASE,  # November or early December of 2013"
)
STAND_IN = date(2001, 6, 15)  # any day: only whether a date expression resolves is asked


def resolve_date(
    doc: Document, span: Span, before: str | None = None, anchor: date | None = None
) -> str | None:
    """An ISO date (or ISO month, week or year) for a date expression, None when unsure;
    ``before`` is the date the sentence named earlier ("the previous year" counts from it),
    ``anchor`` the date to count from when the article has none."""
    anchor = article_date(doc) or anchor
    if season_after_article(doc, span):  # "a mild winter": this winter, as "the winter" is
        return f"{anchor.year:04d}" if anchor else None
    if season := SEASON.fullmatch(POSSESSIVE.sub("", span.text)):  # "next summer's": its year
        if year := season.group("year") or season.group("year2"):
            return year
        shift = {"last": -1, "next": 1}.get((season.group("step") or "").lower(), 0)
        return f"{anchor.year + shift:04d}" if anchor else None
    text = POSSESSIVE.sub("", DATE_PREFIX.sub("", span.text))  # "last year's vote": last year
    if (
        OLD_YEAR.fullmatch(text)
        and WORD_BEFORE.search(doc.text, max(0, span.start - 3), span.start)
        and not CLOCK_AFTER.match(doc.text, span.end)
    ):  # "returns from 1642", "a 1761 work": a year before 1900, not "1530 GMT"
        return text
    if text[:1].isdigit() and (iso := iso_date(text)) is not None:
        return iso  # "Retrieved 2018-04-16": before "02-01" reads as a range of days below
    text = DAY_RANGE.sub(r"\1", text)  # "June 13 to 17": the first day, and 17 is no year
    weekday = _weekday_named(text)
    if (named := DAY_AFTER_WEEKDAY.match(doc.text, span.end)) and WEEKDAY.search(text):
        text = named.group("day")  # "on sale Friday, Dec. 6": the weekday is that day
    verb = has_verb(doc, span)
    tense = _tense(doc, span) if verb else None
    past = tense == "past" if verb else None
    year = None if verb else list_year(doc, span)
    if not verb and year is None and (head := list_head_day(doc, span)) is not None:
        named = resolve_date(doc, head)  # "kicks off June 9th" before "June 9 – Tampa": its year
        year = int(named[:4]) if named and len(named) == 10 else None
    if (then := YEAR_AFTER.match(doc.text, span.end)) and MONTH.search(text):
        year = int(then.group(1))  # "held in February in 1974": that February
    ahead = verb and (verb_in_future(doc, span) or looks_ahead(doc, span))  # "wait until February"
    present, future = tense == "present", verb and future_in_sentence(doc, span)
    absolute = _absolute(text, anchor, past, year, weekday, ahead, present, future)
    if (
        absolute is not None
        and len(absolute) == 10
        and past is not False
        and not re.search(r"\b(?:19|20)\d\d\b", text)
        and not MONTH_STEP.match(text)  # "next May 5" counts from the article's date
        and (story := story_date(doc, span, date.fromisoformat(absolute))) is not None
        and (weekday is None or story.weekday() == weekday)
    ):  # "On December 27", a few paragraphs after "on December 16, 2010": 2010
        return story.isoformat()
    if absolute is not None:
        return absolute
    if (year_of := part_of_a_year(text)) is not None:  # "the last quarter of 2004"
        return year_of
    if anchor is None:  # "the previous year" after "in 2004" needs no article date
        return _from_before(text, before)
    if found := period(text, span.text, anchor, past is not False):  # "this quarter"
        return found
    return _relative(text, anchor, True if past is None else past, before)


OTHER_STAND_IN = date(2011, 2, 3)


def _from_before(text: str, before: str | None) -> str | None:
    """A relative date counted from the date the sentence named, not from the article's: the
    same whatever day the article is dated, so it resolves in an article with no date."""
    if before is None:
        return None
    found = _relative(text, STAND_IN, True, before)
    return found if found == _relative(text, OTHER_STAND_IN, True, before) else None


def dates_undated(doc: Document, span: Span, before: str | None = None) -> bool:
    """Whether a date expression the article's date would resolve ("last season", "this
    summer") stands in an article that has none: a date still, with nothing to resolve it
    against."""
    return article_date(doc) is None and resolve_date(doc, span, before, STAND_IN) is not None


def looks_like_date(text: str) -> bool:
    lowered = text.lower()
    return bool(
        any(day in lowered for day in WEEKDAYS)
        or MONTH.search(lowered)
        or re.search(r"\b(?:today|tonight|yesterday|tomorrow|ago|(?:19|20)\d\d)\b", lowered)
        or re.search(
            r"\b(?:last|next|this|previous)\s+(?:fiscal\s+)?(?:week|month|year)\b", lowered
        )
        or re.search(rf"\b(?:that|same)\s+(?:{'|'.join(THAT_UNITS)})$", lowered)  # "later that
        # month", "that evening", "the same year"
        or re.search(r"\b(?:following|preceding)\s+(?:week|month|year)$", lowered)
        or re.search(
            r"\b(?:this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening))$",
            lowered,
        )
        or re.search(rf"\b(?:{'|'.join(DAY_STEP)})\s+(?:{'|'.join(DAY_PARTS)})\b", lowered)
    )
