"""Numbers that name or tell the time rather than count, read from the parse already made and
the text right around the span (no new pass over the article).

A number word capitalised inside a running-text sentence ("Lock, Stock and Two Smoking
Barrels", "Million Dollar Baby", "League Two"), a number the parser puts inside the same name
of an organisation or place as the proper noun it modifies ("10 Downing Street"), a number
fused by a hyphen behind a word that is no number ("a top-five player"), a relative date word
written in capitals inside a lower-case sentence (the programme "TODAY", "USA TODAY"), a
match's elapsed minutes ("on 17 minutes"), and the clock's own parts: a 24-hour time before a
time zone ("1900 GMT", the zones dateparser knows) and a zone offset after a clock reading
("04:28:40 -0500").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsaudit.document import Document
from newsaudit.extractors.quantities.ages import in_an_age_band
from newsaudit.extractors.quantities.bare_units import UNIT_WORDS as TIME_WORDS
from newsaudit.extractors.quantities.bare_units import names_no_span_of_time
from newsaudit.extractors.quantities.currency_names import SUBUNITS, is_a_name
from newsaudit.extractors.quantities.number_forms import (
    CALENDAR_NAME,
    in_running_text,
    measure_unit,
)
from newsaudit.spans import Span, make_span

NAME_ENTITIES = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "[", ":", "-", "\u2013", "\u2014", "``"})


def _is_number_word(token) -> bool:
    return token.is_alpha and token.like_num


def _single(tokens):
    """The one token of ``tokens``, or None (as ``Document.token``)."""
    return tokens[0] if tokens is not None and len(tokens) == 1 else None


def capitalised_number_word(tokens) -> bool:
    """A number word written with a capital inside a sentence of running text, not where a
    sentence, a line, a quote, a bracket or a clause after a colon or dash opens: capitals
    there mark a name ("Lock, Stock and Two Smoking Barrels", "Million Dollar Baby", "League
    Two"), as amounts in running text are written in lower case; a line in title case, a
    sentence's first word and a number that counts a lower-case plural keep their count ("Two
    men were held", "Likert's Four systems", "Two Bartholomew County warrants")."""
    if tokens is None or not len(tokens):
        return False
    first = tokens[0]
    if not _is_number_word(first) or not first.text[:1].isupper() or first.text.isupper():
        return False
    if first.is_sent_start or first.i == 0:
        return False
    before = first.doc[first.i - 1]
    if before.text in OPENERS or "\n" in before.whitespace_:
        return False
    after = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    counted = [t for t in (after, first.head) if t is not None and t.i > first.i]
    if any(t.tag_ == "NNS" and t.is_lower for t in counted):
        return False  # "Likert's Four systems", "Two Bartholomew County warrants": it counts
    return in_running_text(first.sent)


def number_inside_a_named_place(token) -> bool:
    """A number in digits (not a year) that the parser puts at the head of the same name of an
    organisation, place, product or work as the capitalised proper noun it modifies ("10
    Downing Street"): the address or the name's number, not a count of it."""
    if token is None or not token.text.isdigit() or 1900 <= int(token.text) <= 2100:
        return False
    head = token.head
    if token.dep_ not in ("nummod", "compound") or head.i <= token.i:
        return False
    if token.ent_type_ not in NAME_ENTITIES or head.ent_type_ != token.ent_type_:
        return False
    between = token.doc[token.i + 1 : head.i + 1]
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_iob_ == "I" for t in between)


FUSED_BEHIND = re.compile(r"([A-Za-z]+)-$")


def fused_behind_a_word(doc: Document, span: Span, tokens) -> bool:
    """A number fused by a hyphen behind a word that is no number ("a top-five player", "the
    back-five forward", "a best-of-seven series"): one compound that counts no noun, as "a
    two-on-one" is; "twenty-five" is one number, "pre-2008" a year and "under-seven" an age
    band."""
    if not span.start or doc.text[span.start - 1] != "-":
        return False
    if re.fullmatch(r"(?:19|20)\d\d", span.text) or in_an_age_band(doc, span) is not None:
        return False  # "pre-2008" is a year, "the under-12 title" an age band
    word = FUSED_BEHIND.search(doc.text, max(0, span.start - 20), span.start)
    if word is None:
        return False
    if tokens is None or not len(tokens):
        return False
    previous = tokens[0].doc[tokens[0].i - 2] if tokens[0].i >= 2 else None
    return previous is not None and previous.text == word.group(1) and not previous.like_num


def date_word_in_capitals(span: Span, tokens) -> bool:
    """A relative date word written all in capitals inside a lower-case sentence ("Lin told
    TODAY", "USA TODAY"): the name of a programme or a paper; a headline in capitals is no
    running text and keeps its date."""
    text = span.text
    if not text.isalpha() or not text.isupper() or len(text) < 3:
        return False
    if tokens is None or len(tokens) != 1 or tokens[0].is_sent_start:
        return False
    return in_running_text(tokens[0].sent)


ON_MINUTES = re.compile(r"\d{1,3} minutes?")


def elapsed_match_minutes(doc: Document, span: Span) -> bool:
    """ "on 17 minutes": the moment of a match its clock shows, as "at 7:14" is, not a span of
    time; "for 17 minutes" lasts."""
    if not ON_MINUTES.fullmatch(span.text):
        return False
    before = doc.text[max(0, span.start - 7) : span.start]
    return before.endswith(("on ", "On "))


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    from dateparser.timezones import timezone_info_list

    return frozenset(name for group in timezone_info_list for name, _ in group["timezones"])


HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
ZONE_AFTER = re.compile(r" ?(?:hrs? )?([A-Z]{2,5})\b")
CLOCK_BEFORE = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s+$")
OFFSET = re.compile(r"[+-]\d{4}")


def part_of_a_clock(doc: Document, span: Span) -> bool:
    """Four digits of a 24-hour time before a time zone ("closing time of 1900 GMT"), or a zone
    offset after a clock reading ("04:28:40 -0500"): a clock reading, which is not labelled."""
    if OFFSET.fullmatch(span.text):
        return bool(CLOCK_BEFORE.search(doc.text, max(0, span.start - 12), span.start))
    if not HOURS.fullmatch(span.text):
        return False
    zone = ZONE_AFTER.match(doc.text, span.end)
    return zone is not None and zone.group(1) in _zones()


NEXT_WORD = re.compile(r" [A-Z][a-z]+\b")


def number_of_a_stage_name(doc: Document, span: Span) -> bool:
    """A whole number before a capitalised cent or penny that names someone ("rapper 50 Cent
    topped the chart"), where the parser's number stops before the word; "49.95 Euro" is
    money."""
    if not span.text.isdigit() or (word := NEXT_WORD.match(doc.text, span.end)) is None:
        return False
    if word.group().strip().lower() not in SUBUNITS:
        return False  # "RRP: 49.95 Euro": a whole currency after digits is money
    return is_a_name(doc, make_span(doc.text, span.start, word.end()))


CHAPTER_AND_VERSE = re.compile(r"\d{1,3}:\d{1,3}(?:[-\u2013]\d{1,3})?")


def book_number(token) -> bool:
    """A number before a capitalised name that a chapter and verse follow ("1 Corinthians
    6:1"): the number of a book, not a count of it."""
    if token is None or not token.text.isdigit() or token.i + 2 >= len(token.doc):
        return False
    name, reference = token.doc[token.i + 1], token.doc[token.i + 2]
    return (
        name.pos_ == "PROPN"
        and name.text[:1].isupper()
        and name.is_alpha
        and bool(CHAPTER_AND_VERSE.fullmatch(reference.text))
    )


NOT_LABELS = frozenset({"percent", "per", "cent", "point", "points"})


def name_number_before_a_singular(doc: Document, span: Span, token) -> bool:
    """A number in digits after a capitalised proper noun inside a sentence and before a
    singular common noun it modifies ("a Super 12 side"): a count of more than one stands
    before a plural, so the number is the name's ("Super 12"), not a count of the noun; a
    unit ("Biden 51 percent", "Paris 10 km") or a time unit measures."""
    if token is None or not token.text.isdigit() or token.i == 0:
        return False
    if int(token.text) < 2 or 1900 <= int(token.text) <= 2100 or token.i + 1 >= len(token.doc):
        return False  # "Dale Price 1 goal": one counts a singular
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    if not (before.pos_ == "PROPN" and before.text[:1].isupper() and before.whitespace_):
        return False
    if before.is_sent_start or CALENDAR_NAME.match(before.text):
        return False
    if after.tag_ != "NN" or not after.is_lower or not after.is_alpha or token.head != after:
        return False
    if after.lower_ in TIME_WORDS or after.lower_ in NOT_LABELS:
        return False
    return measure_unit(doc.text, span.end) is None and in_running_text(token.sent)


NAMING = ("CARDINAL", "NUMBER", "WORD", "MONEY")


NOT_NAMED = frozenset({"age", "number"})  # "at age 41" is an age, "the number eight" itself


TIME_LABELS = frozenset({"day", "week", "month", "year"})


def _capitalised_time_label(noun) -> bool:
    """ "on Day 1", "in Week 3": a singular time unit capitalised as the label of the number
    after it, as "day two" in lower case is (the parser makes it a proper noun)."""
    return noun.tag_ in ("NN", "NNP") and noun.text.istitle() and noun.lower_ in TIME_LABELS


def number_after_its_noun(tokens) -> bool:
    """A number the parse hangs on the singular common noun right before it ("game five", "day
    two", "lane 7", "round one"): a count stands before its noun, so one after it labels which
    game or day, as "page 12" does; the parser's date "day two" too, and "Day 1". Not a year
    ("the year 2000"), a decimal ("point five"), an age ("at age 41"), the number itself ("the
    number eight") or a number before a noun it counts."""
    if tokens is None or not 1 <= len(tokens) <= 2:
        return False
    number = tokens[-1]
    if number.i == 0 or not number.like_num or number.dep_ not in ("nummod", "appos"):
        return False
    noun = number.doc[number.i - 1]
    if len(tokens) == 2 and tokens[0].i != noun.i:
        return False
    common = noun.tag_ == "NN" and noun.is_lower
    if number.head.i != noun.i or not noun.is_alpha:
        return False
    if not (common or _capitalised_time_label(noun)):
        return False
    if not noun.whitespace_ or noun.lower_ in NOT_LABELS or noun.lower_ in NOT_NAMED:
        return False
    if number.text.isdigit() and 1000 <= int(number.text) <= 2100:
        return False
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN", "NUM")


def number_labels_the_noun_before(doc: Document, span: Span, tokens) -> bool:
    """Digits after a singular common noun whose count the parse makes of a singular noun
    after them ("had stage 4 colon cancer"): a count of more than one stands before a plural,
    so the number labels the noun before it, as "type 2 immune responses" and "page 12" do,
    where the parse hangs it on that noun. A unit after it measures ("the game 5 minutes
    in")."""
    number = _single(tokens)
    if number is None or not number.text.isdigit() or number.i == 0:
        return False
    if int(number.text) < 2 or 1000 <= int(number.text) <= 2100:
        return False
    noun, head = number.doc[number.i - 1], number.head
    if noun.tag_ != "NN" or not noun.is_lower or not noun.is_alpha or not noun.whitespace_:
        return False
    if noun.lower_ in NOT_LABELS | NOT_NAMED or noun.lower_ in TIME_WORDS:
        return False
    if number.dep_ != "nummod" or head.i <= number.i or head.tag_ != "NN" or not head.is_lower:
        return False
    between = number.doc[number.i + 1 : head.i + 1]
    if any(t.lower_ in NOT_LABELS or t.lower_ in TIME_WORDS for t in between):
        return False
    return measure_unit(doc.text, span.end) is None


STAGE_PART = re.compile(r"(?:\b|^)(?:quarter|half|semi)$", re.IGNORECASE)
STAGE_OR_BREAK = re.compile(r"[\s-](?:finals?|time|term)\b", re.IGNORECASE)  # "the quarter-final",
# "at half-time", "half term": a round or a break of a match or a school year, no quantity


def names_or_tells_time(doc: Document, span: Span, label: str, tokens) -> bool:
    """Whether the candidate is one of this module's names or clock parts, for its label.
    ``tokens`` are the span's tokens (`Document.tokens`), looked up once by the caller for
    every check that reads the parse."""
    if label in NAMING and capitalised_number_word(tokens):
        return True
    if label in ("CARDINAL", "NUMBER") and (
        number_inside_a_named_place(token := _single(tokens))
        or number_of_a_stage_name(doc, span)
        or book_number(token)
        or name_number_before_a_singular(doc, span, token)
    ):
        return True
    if label in ("CARDINAL", "NUMBER") and (word := NEXT_WORD.match(doc.text, span.end)):
        named = make_span(doc.text, span.start, word.end())  # "CBS' ''60" + " Minutes": the
        if names_no_span_of_time(doc, named):  # parser's number stops before the unit's name
            return True
    if label in ("CARDINAL", "NUMBER", "WORD") and fused_behind_a_word(doc, span, tokens):
        return True
    if STAGE_OR_BREAK.match(doc.text, span.end) and STAGE_PART.search(span.text):
        return True
    if label in ("CARDINAL", "NUMBER", "WORD", "DATE") and number_after_its_noun(tokens):
        return True
    if label in ("CARDINAL", "NUMBER") and number_labels_the_noun_before(doc, span, tokens):
        return True
    if label == "DATE" and date_word_in_capitals(span, tokens):
        return True
    if label in ("DATE", "TIME") and elapsed_match_minutes(doc, span):
        return True
    return label in ("CARDINAL", "NUMBER", "DATE", "TIME") and part_of_a_clock(doc, span)
