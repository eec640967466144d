"""Candidate spans: the parser's numeric entities, plus the regexes for what the small model
misses (bare numbers, ordinals, relative dates, seasons, "once"/"twice", "-fold", ranges and
numbers side by side), restricted to the headline block and body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from newsaudit.document import Document
from newsaudit.extractors.quantities.age_phrases import changes_an_age, plural_age_bands
from newsaudit.extractors.quantities.currency_names import scaled_amounts_named
from newsaudit.extractors.quantities.dash_ranges import untagged_high_ends
from newsaudit.extractors.quantities.date_lists import dates_in_a_list
from newsaudit.extractors.quantities.dates import MONTH_NAMES, looks_like_date
from newsaudit.extractors.quantities.dates_in_durations import (
    date_after_bare_unit,
    date_then_duration,
    span_then_year,
)
from newsaudit.extractors.quantities.day_pairs import paired_days
from newsaudit.extractors.quantities.day_parts import day_part_spans
from newsaudit.extractors.quantities.day_ranges import (
    day_range_ends,
    duration_then_date,
    months_sharing_a_year,
    year_before_month,
)
from newsaudit.extractors.quantities.duration_date_runs import count_beside_date
from newsaudit.extractors.quantities.full_dates import (
    cut_before_dates,
    full_dates_untagged,
    month_year_runs,
)
from newsaudit.extractors.quantities.lasting import lasting_span
from newsaudit.extractors.quantities.metre_spans import fused_metre_spans, without_cut_metres
from newsaudit.extractors.quantities.mislabelled_entities import (
    count_in_percent_entity,
    stone_weight,
)
from newsaudit.extractors.quantities.money_signs import signed_amounts, yield_to_signed_amounts
from newsaudit.extractors.quantities.multiples import multiple_words
from newsaudit.extractors.quantities.number_forms import (
    ORDINAL_WORDS,
    UNIT_WORDS,
    fraction_value,
    measure_unit,
)
from newsaudit.extractors.quantities.parts import halves_of, parts_of_a_measure, parts_of_a_unit
from newsaudit.extractors.quantities.rank_candidates import fused_ranks, split_ranked_dates
from newsaudit.extractors.quantities.ratios import ratio_spans
from newsaudit.extractors.quantities.readings import RANGE_LABELS, VAGUE, WINDOW_UNIT, range_reader
from newsaudit.extractors.quantities.season_nouns import NOUN_SEASON, THE_SEASON
from newsaudit.extractors.quantities.season_words import season_modifiers
from newsaudit.extractors.quantities.suspended import suspended_ends
from newsaudit.extractors.quantities.tallies import scores
from newsaudit.extractors.quantities.unread_units import TimeUnitSpans, time_unit_spans
from newsaudit.extractors.quantities.vague_counts import vague_pair, vague_word_of
from newsaudit.extractors.quantities.values import NUMBER_WORD, NUMERIC, UNITS_WORDS
from newsaudit.extractors.quantities.year_pairs import (
    FISCAL_YEARS,
    YEAR_RANGE,
    iso_month,
    year_ends,
    year_pairs,
)
from newsaudit.extractors.structure import spans_with_roles
from newsaudit.findings import Structure
from newsaudit.spans import Span, make_span

ENTITY_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"})
SCOPE_ROLES = ("headline", "standfirst", "dateline", "body")
WINDOW_COUNT = (  # "24", "7 1/2", "7½", "three", "few", "five and a half", "couple of" (two)
    rf"(?:\d[\d,.]*(?:\s\d/\d{{1,2}}|[½¼¾])?|{NUMBER_WORD}|few|several|couple(?:\s+of)?)[\s-]+"
    r"(?:and[\s-]+a[\s-]+half[\s-]+)?"  # "seven-and-a-half years" as "two and a half years"
)
WINDOW = re.compile(  # a preposition before it, or a count in it: "last year" alone is a date
    r"\b(?=[oidwfatplncrOIDWFATPLNCR])(?:(?:over|in|during|within|for|across)\s+(?:the\s+)?"
    rf"(?:(?:past|last|next|coming|same|final)\s+(?:{WINDOW_COUNT})?|previous\s+{WINDOW_COUNT}"
    r"|(?:most\s+)?recent\s+(?=\w+s\b)|previous\s+(?=\w+s\b))"  # "in recent years", "as in
    # previous years": a window back, uncounted; "in the previous year" is one year, a date
    rf"(?:{WINDOW_UNIT}|period)"
    r"|(?:the\s+)?(?:past|last|previous|next|coming|final)\s+"
    rf"{WINDOW_COUNT}{WINDOW_UNIT}"
    rf"|(?:within|inside)\s+(?:{WINDOW_COUNT}|(?:half\s+)?an?\s+)?{WINDOW_UNIT}"  # "within
    # 20 years", "inside a week", "within half an hour", "within minutes": a window
    r"|(?<!\bthe\s)recent\s+(?:seconds|minutes|hours|days|weeks|months|years|decades))\b",
    # "officials have spent recent weeks touting it": recent units with no preposition
    re.IGNORECASE,
)
# no article, no count: "for next month", "in last year's vote" name the unit, a date; "the
# next month", "over next year" and "within next week" are spans of time
NAMED_UNIT = re.compile(r"(?:in|during|for)\s+(?:next|last)\s+(?:day|week|month|year)", re.I)
VULGAR_MARKS = "½¼¾⅓⅔⅛"
VULGAR_NUMBER = re.compile(r"(?<![\w.,/$£€¥-])(?<!\d )[½¼¾⅓⅔⅛](?![\w/-])")  # alone
BARE_NUMBER = re.compile(  # "-12.99" in a table keeps its sign; the "60" of "0-60" is no number
    rf"(?:(?<![\w.,:/-])|(?<=\d[-\u2013])(?=\d[\d.]*\s?(?:{UNIT_WORDS})(?![\w-])))"  # "10-[15 min]"
    r"(?:[-\u2212](?=\d))?\d(?:[\d,]*\d)?(?:\.\d+)?[½¼¾⅓⅔⅛]?"  # no comma after it
    rf"(?:(?![\w:/-]|[.,]\d)|(?=(?:{UNIT_WORDS})(?![\w-]))"  # or fused to its unit: "60fps",
    rf"|(?<!\b0)(?=[-\u2013]\d[\d.]*\s?(?:{UNIT_WORDS})(?![\w-]))"  # "[10]-15 min", not "0-60"
    r"|(?=-(?:second|minute|hour|day|week|month|year|decade)\b)"  # "18½-minute",
    rf"|(?=-(?:{UNIT_WORDS})(?![\w-])))"  # or joined to it by a hyphen: "a 64-bit build"
)
ORDINAL_WORD = re.compile(  # the lookahead lets the scan skip most positions at once
    rf"\b(?=[fstenFSTEN\d])(?:{ORDINAL_WORDS}|"  # "the twenty-first", not its "first" alone
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th))\b",  # "the 1,000th number one"
    re.IGNORECASE,
)
RELATIVE_DATE = re.compile(  # what the small model sometimes leaves untagged: "period last year"
    r"\b(?=[lntpymwfsaLNTPYMWFSA])(?:(?:last|next|this|previous)\s+(?:fiscal\s+year|week|month|year|season|spring|summer|autumn|winter|fall(?!\s+(?:of|in|on|to|from|by)\s))|that\s+(?:day|week|month|year)|today|yesterday|tomorrow|"
    r"(?:the|an?)\s+(?:day|week|month|year)\s+(?:before|after|earlier|later)|"  # "a day before
    r"(?:following|preceding)\s+(?:day|week|month|year)|"  # our visit", "The following year"
    r"(?:following|next|previous|preceding)\s+(?:morning|afternoon|evening|night)|"  # untagged
    r"the\s+(?-i:spring|summer|autumn|winter)(?![\w-])|"  # "followed in the autumn": untagged
    rf"(?:last|next|this|past)\s+(?-i:{MONTH_NAMES})|"  # "endorsed him last March": often untagged
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
COUNT_WORD = re.compile(  # a number word the parser left untagged: read only if it counts a
    rf"\b(?=[otfsenzOTFSENZ])(?!One\b)(?i:{NUMBER_WORD})\b(?!-)"  # noun; "One" may name ("Xbox
)  # One X"), as "one" may be a pronoun
COUPLE_OF_UNITS = re.compile(  # "a tough couple of years", "big couple of months": two units
    rf"(?<![Aa] )\bcouple\s+of\s+{WINDOW_UNIT}\b"  # with a word before "couple", or no article,
)  # which the parser leaves untagged; "a couple of weeks" is its entity or A_COUPLE's
ANOTHER_SCALE = re.compile(  # "upwards of another million": a scale word counted by "another",
    r"\b[Aa]nother\s+(?:dozen|hundred|thousand|million|billion|trillion)(?![\w-])"  # which the
)  # parser may leave untagged
A_COUPLE = re.compile(  # "a couple of people", "a couple songs", "a pair of shoes": two,
    r"\b[Aa] (?:couple(?:\s+(?:dozen|hundred|thousand))?(?![\w'\u2019-])"  # which the parser
    r"|(?:pair|trio)(?=\s+of\s))"  # leaves untagged; "the couple" (two people), "a couple's"
)  # and "the pair" are nouns
UNIT_FRACTION = re.compile(  # "2/3 cup", "1 1/2 tsp": a whole number may come first
    r"(?<![\w.,:/-])(?:\d{1,3}[ -])?(?P<part>\d/\d{1,2})(?![\w/]|[.,]\d)"
)
BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-*\u2022\u2013][ \t]+$")  # "- ", "* ", "• "
TIMES_WORDS = ("once", "twice", "thrice", "Once", "Twice", "Thrice", "TWICE")
RANGE_JOIN = r"(?:\s+(?:to|and|or)\s+|-to-|\s?[-\u2013]\s?)"  # "3 to 5", "3-to-5", "3-5"
# an end of a range in words, joined to the other by a word only: "twenty-five" is one number
WORD_END = rf"(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))?(?![\w-])"
RANGE = re.compile(  # "from 23% to 35%", "$3 to $5 billion", "60-90 minutes", "three to four
    r"(?:(?:from|between)\s+)?(?P<low>[$£€¥]?(?!0\s?[-\u2013])\d[\d,]*(?:\.\d+)?%?"  # weeks";
    r"(?:\s(?:thousand|million|billion|trillion))?"  # "$1 million-$20 million": its own scale
    r"(?P<own>\s(?:percent|per\scent))?"  # "49 percent to 41 percent": its own unit
    rf"(?={RANGE_JOIN})|{WORD_END}(?=\s+(?:to|and|or)\s))"  # not "0-60 mph"
    rf"{RANGE_JOIN}(?!\d/\d)(?P<high>[$£€¥]?(?:\d|{WORD_END}).*)$",  # "2-1/2" is 2.5
    re.IGNORECASE,
)
COMPOUND_DURATION = re.compile(  # "two hours and 40 minutes", "1 hour 30 minutes"
    rf"(?P<first>.*?(?:\d|\b(?:{NUMBER_WORD}|an?))\s+{WINDOW_UNIT})(?:,?\s+and\s+|,\s*|\s+)"
    rf"(?P<second>(?:\d[\d,.]*|(?:{NUMBER_WORD})|an?)\s+{WINDOW_UNIT})",
    re.IGNORECASE,
)
SIGNED_RANGE = re.compile(  # "$40-40.25": the high end after the dash borrows the sign
    r"[$£€¥]\d[\d,]*(?:\.\d+)?\s?[-\u2013]\s?(?P<high>\d[\d,]*(?:\.\d+)?)(?![\w%/-]|[.,]\d)"
)
SIDE_BY_SIDE = re.compile(rf"(?:\d|\b(?:{NUMBER_WORD}))\s+\d", re.IGNORECASE)  # "nine 10"
YEAR_THEN_NUMBER = re.compile(r"((?:19|20)\d\d),?\s+(?=\d)")
AGE_THEN_DATE = re.compile(r"((?:age|aged)\s+\d{1,3})\s+(\S.*)", re.IGNORECASE)
AGE_WORD_BEFORE = re.compile(  # "the pension age from 60 to 65" too
    r"\b(?:age[ds]?(?:\s+(?:from|between))?|ages\s+of)\s+$", re.IGNORECASE
)
AGE_RANGE = re.compile(  # "readers aged nine to 11", "children aged 5-7": each end an age
    rf"(?:between\s+)?(?P<lead>(?:the\s+)?(?:ages?|aged)\s+(?:of\s+)?)?(?:between\s+)?(?P<low>\d{{1,3}}|{NUMBER_WORD})(?:\s+(?:to|and)\s+|\s?[-\u2013]\s?)"
    rf"(?P<high>\d{{1,3}}|{NUMBER_WORD})",
    re.IGNORECASE,
)
CUT_LOW_END = re.compile(rf"(\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{WORD_END})\s+(?:and|to|or)", re.I)
FOLD = re.compile(rf"\b(?:\d+(?:\.\d+)?|{NUMBER_WORD})-?fold\b", re.IGNORECASE)  # a multiple


def scope_spans(doc: Document, structure: Structure) -> list[Span]:
    """Headline block and body; everything when the structure has no paragraphs yet."""
    return spans_with_roles(doc, structure, SCOPE_ROLES)


def _times_words(text: str) -> list[tuple[int, int]]:
    """Where once, twice and thrice stand as words: string search, cheaper than a regex scan."""
    found = []
    for word in TIMES_WORDS:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not (start and text[start - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append((start, end))
            start = text.find(word, end)
    return found


def _fractions(text: str) -> list[tuple[int, int]]:
    """Slashed fractions before a unit of measure ("1/2 cup") or opening a bulleted line ("- 1/2
    onion"), where the parser often leaves them untagged: a list line's dash may throw its
    parse off; a fraction of neither kind may be a date ("on 1/2") and is left to the parser."""
    return [
        (m.start(), m.end())
        for m in UNIT_FRACTION.finditer(text)
        if fraction_value(m.group("part")) is not None
        and (
            measure_unit(text, m.end()) is not None
            or BULLET_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
        )
    ]


def find_candidates(doc: Document, units: TimeUnitSpans | None = None) -> list[tuple[Span, str]]:
    """Time windows first, then entities, vague words and bare numbers; no two overlap."""
    found: list[tuple[Span, str]] = [
        (make_span(doc.text, start, end), "SCORE")
        for start, end in scores(doc, lambda offset: sentence_span(doc, offset))
    ]
    found += [  # "No.1", one token, before the parser's entity ("No.1 headache", a quantity)
        (make_span(doc.text, start, end), "NUMBER") for start, end in fused_ranks(doc.text)
    ]
    if " in " in doc.text or " out of " in doc.text:
        found += [  # "one in five renters": one share, before the parser's two cardinals
            (make_span(doc.text, start, end), "RATIO") for start, end in ratio_spans(doc.text)
        ]
    for m in WINDOW.finditer(doc.text):
        if NAMED_UNIT.fullmatch(m.group()):
            continue  # "scheduled for next month" is a date
        if (lasting := lasting_span(doc, m.start(), m.end())) is not None:
            found.append((lasting, "DATE"))  # "expected to last five months": how long
            continue
        found.append((make_span(doc.text, m.start(), m.end()), "WINDOW"))
    found += [  # "June 24 and 25": each day a date, before the parser's one entity or a count
        (make_span(doc.text, start, end), label) for start, end, label in paired_days(doc)
    ]
    found += [  # "nearly quarter of a century": before the parser's "a quarter" or none
        (make_span(doc.text, start, end), "DATE") for start, end in parts_of_a_unit(doc.text)
    ]
    found += [  # "a quarter ounce", "a quarter-of-an-inch": untagged, or a count of the unit
        (make_span(doc.text, start, end), "PART") for start, end in parts_of_a_measure(doc.text)
    ]
    found += [  # "2005-6", "the 2006/07 season": two years, each read on its own
        (make_span(doc.text, start, end), "YEAR") for start, end in year_pairs(doc.text)
    ]
    found += [  # "14.96bn euros": a scaled amount and the currency named after it, which the
        (make_span(doc.text, start, end), "MONEY")  # parser may leave untagged or call a date
        for start, end in scaled_amounts_named(doc.text)
    ]
    found += [  # "the over-70s": an age band, before the parser's decade
        (make_span(doc.text, start, end), "AGE") for start, end in plural_age_bands(doc.text)
    ]
    found += [  # before the parser's entity, which may hold the unit alone ("weeks")
        (make_span(doc.text, m.start(), m.end()), "DATE")
        for m in COUPLE_OF_UNITS.finditer(doc.text)
    ]
    found += [  # "this morning's meeting": before the parser's time "morning", which reads nothing
        (make_span(doc.text, start, end), "DATE") for start, end in day_part_spans(doc)
    ]
    entities = [
        (start, end, label)
        for e in doc.doc.ents
        if e.label_ in ENTITY_LABELS
        for cell in _cells(e)
        for start, end, label in _side_by_side(cell, doc.text)
    ]
    metres = fused_metre_spans(doc.text)
    entities = without_cut_metres(doc.text, entities, metres)  # "Olympic 10,000" + "m"
    amounts = signed_amounts(doc.text)
    entities = yield_to_signed_amounts(doc, entities, amounts)
    entities = split_ranked_dates(doc.text, entities)  # "number five" + "this week"
    entities += [  # "100-120 UK troops": the high end the parser's "100" leaves out
        (start, end, "CARDINAL") for start, end in untagged_high_ends(doc.text, entities)
    ]
    dates = full_dates_untagged(doc.text, entities) + month_year_runs(doc.text)
    found += [(make_span(doc.text, start, end), "DATE") for start, end in dates]
    found += [
        (make_span(doc.text, start, end), label)
        for start, end, label in cut_before_dates(doc.text, entities, dates)
    ]
    found += [  # "over $27bn", "548p": money the parser leaves untagged, as no bare number
        (make_span(doc.text, start, end), "MONEY")  # takes in the scale or the "p" fused to it
        for start, end in amounts
    ]
    found += [  # "the top three 800m runners": a fused "m" the parser leaves untagged
        (make_span(doc.text, start, end), "NUMBER") for start, end in metres
    ]
    if any(mark in doc.text for mark in VULGAR_MARKS):
        found += [  # "½ cup": the parser tags a fraction sign alone as anything
            (make_span(doc.text, m.start(), m.end()), "NUMBER")
            for m in VULGAR_NUMBER.finditer(doc.text)
        ]
    found += [(make_span(doc.text, m.start(), m.end()), "VAGUE") for m in VAGUE.finditer(doc.text)]
    found += [
        (make_span(doc.text, m.start(), m.end()), "DATE") for m in RELATIVE_DATE.finditer(doc.text)
    ]
    found += [
        (make_span(doc.text, m.start(), m.end()), "ORDINAL")
        for m in ORDINAL_WORD.finditer(doc.text)
    ]
    found += [
        (make_span(doc.text, m.start(), m.end()), "WORD") for m in COUNT_WORD.finditer(doc.text)
    ]
    if "half of" in doc.text or "Half of" in doc.text:
        found += [  # "at half of today's levels": a share the parser leaves untagged
            (make_span(doc.text, start, end), "CARDINAL") for start, end in halves_of(doc.text)
        ]
    found += [(make_span(doc.text, start, end), "TIMES") for start, end in _times_words(doc.text)]
    found += [  # "more than double the total": a ratio the parser leaves untagged
        (make_span(doc.text, start, end), "MULTIPLE") for start, end in multiple_words(doc.text)
    ]
    if "couple" in doc.text or "pair of" in doc.text or "trio of" in doc.text:
        found += [
            (make_span(doc.text, m.start(), m.end()), "CARDINAL")
            for m in A_COUPLE.finditer(doc.text)
        ]
    if "nother " in doc.text:
        found += [
            (make_span(doc.text, m.start(), m.end()), "CARDINAL")
            for m in ANOTHER_SCALE.finditer(doc.text)
        ]
    if units is None:
        units = time_unit_spans(doc)
    found += [  # "for millennia", "just minutes after", "Hours later": untagged, or the parser's
        (make_span(doc.text, start, end), "DATE")  # entity was read above
        for start, end in units.bare
    ]
    found += [  # "the dying minutes", "waited a year": spans of time no number writes
        (make_span(doc.text, start, end), "DATE") for start, end in units.phrases
    ]
    if "season" in doc.text:  # "during the season": this season, as "the spring" is this spring
        found += [
            (make_span(doc.text, m.start(), m.end()), "SEASON")
            for pattern in (THE_SEASON, NOUN_SEASON)
            for m in pattern.finditer(doc.text)
        ]
    found += [  # "a fall premiere", "the party's spring conference": untagged season words
        (make_span(doc.text, start, end), "DATE") for start, end in season_modifiers(doc)
    ]
    if "FY" in doc.text:  # "FY2020-22": fiscal years, which the parser leaves untagged
        found += [
            (make_span(doc.text, start, end), "YEAR")
            for m in FISCAL_YEARS.finditer(doc.text)
            for start, end in year_ends(m, m.start("low"))
        ]
    if "/" in doc.text:  # "- 2/3 cup": a fraction the parser leaves untagged
        found += [
            (make_span(doc.text, start, end), "NUMBER") for start, end in _fractions(doc.text)
        ]
    if "fold" in doc.text:  # "threefold", which the parser leaves untagged
        found += [
            (make_span(doc.text, m.start(), m.end()), "NUMBER") for m in FOLD.finditer(doc.text)
        ]
    if "$" in doc.text or "£" in doc.text or "€" in doc.text or "¥" in doc.text:
        found += [  # "$40-40.25": the high end of a range of money, which no number takes
            (make_span(doc.text, m.start("high"), m.end("high")), "MONEY")
            for m in SIGNED_RANGE.finditer(doc.text)
        ]
    found += [
        (make_span(doc.text, m.start(), m.end()), "NUMBER") for m in BARE_NUMBER.finditer(doc.text)
    ]
    kept: list[tuple[Span, str]] = []
    starts: list[int] = []  # of the kept spans, which never overlap: sorted, so are their ends
    ends: list[int] = []
    for span, label in found:  # earlier sources win on overlap
        k = bisect_left(starts, span.end)  # the last kept span to start before this one ends
        if k and ends[k - 1] > span.start:
            continue
        starts.insert(k, span.start)
        ends.insert(k, span.end)
        kept.append((span, label))
    return sorted(kept)


COUNT_RANGE = re.compile(  # "60 to 100", "between 3 and 5", "10-12", "two or three", "one to 15"
    r"(?:(?:from|between)\s+)?(?:(?P<low>\d[\d,]*(?:\.\d+)?)"
    r"(?:(?P<word>\s+(?:to|and|or)\s+)|\s?[-\u2013]\s?)"
    rf"|(?P<low_word>{WORD_END})\s+(?:to|and|or)\s+)"
    rf"(?P<high>\d[\d,]*(?:\.\d+)?|{WORD_END})"
    r"(?P<scale>\s+(?:thousand|million|billion|trillion))?$",  # "350-375 million": no tally
    re.IGNORECASE,
)
COUNT_RANGE_LEAD = re.compile(r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)  # "about", "up to": a
# marker before the range, which the low end's reading finds before it


TABLE_CELL = re.compile(r"[^|]+")


def _cells(entity) -> list:
    """An entity cut at the borders of a table's cells ("0.18% | 0.08%" is two readings, "$20
    million |" one): no reading runs from one cell into the next."""
    if entity.label_ == "CARDINAL" and len(entity) > 1 and entity[-1].lower_ in ("or", "and"):
        entity = entity[:-1]  # "about five or" of "about five or six": the "or" is no part
        # of either end (docs/quantities.md, a range joined by "or")
    if "|" not in entity.text:
        return [entity]
    cells = []
    for piece in TABLE_CELL.finditer(entity.text):
        text = piece.group()
        start = entity.start_char + piece.start() + len(text) - len(text.lstrip())
        end = entity.start_char + piece.start() + len(text.rstrip())
        if end > start and (cell := entity.doc.char_span(start, end, label=entity.label_)):
            cells.append(cell)
    return cells


def _before_plural(entity) -> bool:
    """Whether the entity's last number counts a plural noun after it, so that both ends count
    something (a tally such as "6-3" or a bare "10-12" in a table does not)."""
    head = entity[-1].head  # "60 to [100] dump trucks": the noun the high end counts
    while entity.start <= head.i < entity.end and head.head.i != head.i:
        head = head.head  # "200,000-300,000 samples", the high end hung on the low
    return head.i >= entity.end and head.tag_ in ("NNS", "NNPS")


def _possessive(entity):
    """The possessive "'s" inside an entity, between the number it follows and a word."""
    return next((t for t in entity[1:-1] if t.text in ("'s", "\u2019s")), None)


def _side_by_side(entity, whole_text: str) -> list[tuple[int, int, str]]:
    """An entity's character range and label; two numbers side by side in it ("nine 10", "12
    787") are two candidates, as no number word takes digits after it, and so are the two ends of
    a range of percentages, money, measures or counts ("23% to 35%", "$3 to $5 billion", "60 to
    100 dump trucks"), and an age
    the parser runs into a date ("age 23 in 2019")."""
    label = entity.label_
    whole = [(entity.start_char, entity.end_char, label)]
    text = entity.text
    if (stones := stone_weight(entity)) is not None:
        return stones  # "a 22st catfish": stones, which no ordinal "22st" could be
    if label in ("DATE", "CARDINAL") and (low := CUT_LOW_END.fullmatch(text)):
        return [(entity.start_char, entity.start_char + low.end(1), f"CUT_{label}")]  # "13
        # and" of "13 and 14 years old": the low end the parser cut from the high end's entity
    if label in ("DATE", "CARDINAL") and (
        ends := suspended_ends(whole_text, entity.start_char, text)
    ):
        return ends  # "six- to eight-year-olds", "16 to 20-year-olds" (a cardinal): two ends
    if len(entity) < 2:
        return whole
    if label == "CARDINAL" and (pair := vague_pair(entity.start_char, text)):
        return pair  # "thousands and thousands": each a vague count
    if label == "CARDINAL" and (word := vague_word_of(entity.start_char, text)):
        return word  # "Hundreds of Britons": the vague word, which counts the noun after "of"
    if label == "DATE" and (days := day_range_ends(entity.start_char, text)):
        return days  # "Dec. 16 to 22": each end its own date
    if label == "DATE" and (months := months_sharing_a_year(entity.start_char, text)):
        return months  # "May and June 2019": each month its own date, of 2019
    if label == "DATE" and (pair := duration_then_date(entity.start_char, text)):
        return pair  # "the three months to September": a duration, then a date
    if label == "DATE" and (pair := span_then_year(entity.start_char, text)):
        return pair  # "the first three months of 2005": a duration, then the year
    if label == "DATE" and (pair := date_then_duration(entity.start_char, text)):
        return pair  # "April 24, nine days": a date, then a duration
    if label == "DATE" and (pair := count_beside_date(entity.start_char, text)):
        return pair  # "six months in 1973", "32 last year": a count, then a date
    if label == "DATE" and (cut := date_after_bare_unit(text)) is not None:
        start, end = entity.start_char + cut[0], entity.start_char + cut[1]
        inner = entity.doc.char_span(start, end, label=label)
        if inner is not None:  # "the week of February 9": the date alone
            return _side_by_side(inner, whole_text)
    if label == "DATE" and (year := year_before_month(entity.start_char, text)):
        return year  # "the 1963 March on Washington": the year, and an event's name
    if label == "DATE" and (years := YEAR_RANGE.fullmatch(text)):
        ends = year_ends(years, entity.start_char + years.start("low"))
        if not ends and iso_month(whole_text, entity.start_char, text):
            return whole  # "in 2016-02": a month, as "02" is no year later than 2016
        return [(*ends, "YEAR") for ends in ends]
    if label == "DATE" and (parts := dates_in_a_list(entity.start_char, text)):
        return parts  # "both 1997 and 2001", "Sept. 9, Oct. 20 to Nov. 5": each its own date
    if label == "DATE" and (age := AGE_THEN_DATE.match(text)) and looks_like_date(age.group(2)):
        start = entity.start_char  # "at age 23 in 2019": an age, then a date
        return [
            (start, start + age.end(1), label),
            (start + age.start(2), entity.end_char, label),
        ]
    if label in ("DATE", "TIME") and (parts := COMPOUND_DURATION.fullmatch(text)):
        start = entity.start_char  # "two hours and 40 minutes": two durations, each its own
        return [
            (start, start + parts.end("first"), label),
            (start + parts.start("second"), entity.end_char, label),
        ]
    if (
        label in ("DATE", "CARDINAL")
        and (ages := AGE_RANGE.fullmatch(text))
        and (
            ages.group("lead")  # "ages 13 to 15", the word in the parser's date
            or AGE_WORD_BEFORE.search(whole_text, max(0, entity.start_char - 14), entity.start_char)
            or changes_an_age(entity[0])  # "raise the pension age for workers from 60 to 65"
        )
    ):
        start = entity.start_char  # "readers aged nine to 11": two ages, not a date
        return [(start + ages.start(end), start + ages.end(end), "AGE") for end in ("low", "high")]
    if (
        label in RANGE_LABELS
        and any(join in text for join in (" to ", " and ", " or ", "-", "\u2013"))
        and range_reader(label, text)
        and (split := RANGE.search(text))
    ):
        start = entity.start_char
        low = label if split.group("own") else "RANGE"  # an end with its unit reads alone
        return [  # "from 23% to 35%": each end of a range is its own reading
            (start + split.start("low"), start + split.end("low"), low),
            (start + split.start("high"), entity.end_char, label),
        ]
    if (
        label == "CARDINAL"
        and (split := COUNT_RANGE.search(text))
        and COUNT_RANGE_LEAD.fullmatch(text, 0, split.start())
        and whole_text[entity.end_char : entity.end_char + 1] != "-"  # "one to one-and-a-
        # half-year": the high end runs on into a compound the entity cut
        and (
            split.group("scale")
            or split.group("word")  # "about 80,000 to 100,000", "from 5 to 6": two numbers
            or split.group("low_word")
            or _before_plural(entity)
            or (split.group("low") != "0" and measure_unit(whole_text, entity.end_char))
        )
    ):  # "60 to 100 dump trucks": each end counts the trucks; "10-15 min": each is minutes,
        # but "0-60 mph" is a speed, and "6-3" alone may be a tally; "350-375 million": the low
        # end takes the scale
        start = entity.start_char
        low = "RANGE" if split.group("scale") else "CARDINAL"
        side = "low" if split.group("low") else "low_word"
        return [
            (start + split.start(side), start + split.end(side), low),
            (start + split.start("high"), entity.end_char, "CARDINAL"),
        ]
    if label == "CARDINAL" and (owner := _possessive(entity)) is not None:
        rest = entity.doc[owner.i + 1 : entity.end]  # "13’s third": a name's, then an ordinal
        ordinal = ORDINAL_WORD.fullmatch(rest.text) is not None
        return [
            (entity.start_char, owner.idx, label),
            (rest.start_char, entity.end_char, "ORDINAL" if ordinal else label),
        ]
    if (count := count_in_percent_entity(entity)) is not None:
        return count  # "two Ireland-only singles" tagged a percentage: no percent word, a count
    if label == "PERCENT" and (year := YEAR_THEN_NUMBER.match(text)):
        start = entity.start_char  # "in 2004 73% of all e-mail": a year, then a percentage
        return [(start, start + year.end(1), "DATE"), (start + year.end(), entity.end_char, label)]
    if label not in ("CARDINAL", "DATE", "TIME") or not SIDE_BY_SIDE.search(text):
        return whole
    for first, second in pairwise(entity):
        if (
            first.whitespace_
            and NUMERIC.fullmatch(second.text)
            and (NUMERIC.fullmatch(first.text) or first.lower_ in UNITS_WORDS)
        ):
            return [
                (entity.start_char, first.idx + len(first), "CARDINAL"),
                (
                    second.idx,
                    entity.end_char,
                    "CARDINAL" if second.i + 1 == entity.end else label,
                ),
            ]
    return whole


def sentence_span(doc: Document, offset: int) -> Span:
    if not doc.sentences:
        return make_span(doc.text, 0, len(doc.text))
    return doc.sentences[doc.sentence_index(offset)].span
