"""Number words and date words a careful reader takes for no quantity: set phrases and names.

The parse tags these as numbers or dates, but the sentence around them says otherwise:

- the idioms of "one" ("one side or the other", "on the one hand", "in one fell swoop", "ran
  alongside me one day"), which count nothing: `one_idioms`;
- "in the first place" (an idiom, as "at first" is) and "first" before "lady" or "gentleman"
  (a head of state's spouse, as "First Lady" is a title, not a rank);
- a relative date word written with a capital inside a sentence of running text ("told BBC
  Radio 4's Today programme", ABC's "This Week"): a programme's name, as "USA TODAY" is; in
  running text the date word is written in lower case;
- a day and month in slashes with no year that modifies a noun ("the 9/11 attacks", "a
  9/11-style plot"): the name of an event, as "Black Friday" names a day;
- a number in digits written with a leading zero ("0800", "007"): a 24-hour clock reading or a
  code, as no count is written so; and a 24-hour time paired with one ("between 2200 and
  0700") or before "local time";
- digits before a capitalised plural that opens a run of capitalised words in running text
  ("the book 101 Things All Young Adults Should Know"): a title, as a quoted "1917" is;
- a vague count word capitalised inside a person's name ("Christopher Few");
- an emergency number dialled ("called 911", "dial 999") or before a word for calls a few
  words on ("several 911 calls", "a 911 unidentified caller"), as "911 calls" is.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.name_numbers import HOURS, OPENERS
from newsaudit.extractors.quantities.number_forms import (
    EMERGENCY,
    EMERGENCY_NOUNS,
    in_running_text,
)
from newsaudit.extractors.quantities.one_idioms import idiom_of_one
from newsaudit.spans import Span, make_span

RELATIVE_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday", "this", "next", "last"})
VAGUE_WORDS = frozenset({"few", "several", "dozens", "hundreds", "thousands", "millions"})

FIRST_PLACE = re.compile(r"\s+place\b(?!\s+(?:in|on|at|of|with|after|behind|finish))")
FIRST_TITLE = re.compile(r"[\s-]+(?:lady|ladies|gentleman|gentlemen)\b", re.IGNORECASE)
SLASH_DAY = re.compile(r"(\d{1,2})/(\d{1,2})")
LEADING_ZERO = re.compile(r"0\d+")
PAIRED_CLOCK = re.compile(r"\s*(?:and|to|until|till|-|\u2013)\s*0\d{3}\b")
CLOCK_BEFORE = re.compile(r"\b0\d{3}\s*(?:and|to|until|till|-|\u2013)\s*$")
LOCAL_TIME = re.compile(r"\s+local\s+time\b", re.IGNORECASE)
CLOCK_PAIR = re.compile(r"(?:(?:between|from)\s+)?(\d{4})\s*(?:and|to|-|\u2013)\s*(\d{4})")


def idiom_first(doc: Document, span: Span) -> bool:
    """ "in the first place" (an idiom, as "at first") and "the first lady", "first
    gentleman" (a title, as "First Lady" is): no rank of a place, lady or gentleman; and
    "First" opening a sentence before a person's name (`first_before_a_person`)."""
    if span.text.lower() != "first":
        return False
    if FIRST_TITLE.match(doc.text, span.end):
        return True
    if first_before_a_person(doc, span):
        return True
    before = doc.text[max(0, span.start - 8) : span.start].lower()
    return before.endswith("in the ") and FIRST_PLACE.match(doc.text, span.end) is not None


def first_before_a_person(doc: Document, span: Span) -> bool:
    """ "First Mark Cueto was judged offside, then …": "First" opening a sentence right before
    the start of a person's name orders what happened, the adverb "first" (as "first
    reported"); a rank stands before a noun, and a person's name takes none."""
    if span.text != "First":
        return False
    token = doc.token(span)
    if token is None or not token.is_sent_start or token.i + 1 >= len(doc.doc):
        return False
    name = doc.doc[token.i + 1]
    return name.ent_type_ == "PERSON" and name.ent_iob_ == "B" and name.pos_ == "PROPN"


def date_word_as_a_name(doc: Document, span: Span, tokens) -> bool:
    """A relative date word capitalised inside a sentence of running text ("told Radio 4's
    Today programme", 'on ABC's "This Week"'): a programme's name; a word that opens a
    sentence, a line, a quote or a run after punctuation keeps its date ("’ This week the
    ..."), unless every word of a span after an opening quote is capitalised ("This Week")."""
    words = span.text.split()
    if not words or words[0].lower() not in RELATIVE_WORDS or not words[0][:1].isupper():
        return False
    if words[0].isupper() or tokens is None or not len(tokens):
        return False
    first = tokens[0]
    if first.i == 0 or first.is_sent_start or not in_running_text(first.sent):
        return False
    before = first.doc[first.i - 1]
    if "\n" in before.whitespace_ or before.text.endswith("\n"):
        return False
    capitalised = all(w[:1].isupper() for w in words)
    if before.tag_ != "POS" and (
        before.is_punct or not before.text[:1].isalnum()
    ):  # "’ This week the ...", "[…] Last
        return before.text in OPENERS and len(words) > 1 and capitalised  # week": it opens
    return capitalised


def event_by_its_day(doc: Document, span: Span, tokens) -> bool:
    """A day and month in slashes with no year before a noun it modifies ("the 9/11 attacks",
    "a 9/11-style attack"): the name of an event, not a date of the article's year."""
    if (pair := SLASH_DAY.fullmatch(span.text)) is None or tokens is None or not len(tokens):
        return False
    first, second = (int(n) for n in pair.groups())
    if first < second <= 10 or second in (16, 32, 64, 100) or min(first, second) > 12:
        return False  # "3/4 cup", "1/16 inch": a fraction
    if doc.text.startswith("-style", span.end):
        return True
    last = tokens[-1]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower


def clock_or_code(doc: Document, span: Span) -> bool:
    """Digits with a leading zero ("from 0800", "007"), a 24-hour time paired with one
    ("between 2200 and 0700") or before "local time": a clock reading or a code, not a count;
    a short year after an apostrophe or in a pair ("'09", "2008/09") is left to the dates."""
    text = span.text.split()[-1] if re.fullmatch(r"(?:[a-z]+ )+\d+", span.text) else span.text
    if (pair := CLOCK_PAIR.fullmatch(text)) is not None:  # "between 2200 and 0700", one span
        ends = pair.groups()
        return all(HOURS.fullmatch(e) for e in ends) and any(e[0] == "0" for e in ends)
    if LEADING_ZERO.fullmatch(text):
        return doc.text[span.start - 1 : span.start] not in ("'", "\u2019", "/", "-", ".")
    if not HOURS.fullmatch(text) or text != span.text[-len(text) :]:
        return False
    if LOCAL_TIME.match(doc.text, span.end) or PAIRED_CLOCK.match(doc.text, span.end):
        return True
    return CLOCK_BEFORE.search(doc.text, max(0, span.start - 16), span.start) is not None


def digits_opening_a_title(tokens) -> bool:
    """Digits before a capitalised plural that two more capitalised words follow, inside a
    sentence of running text ("John Hawkins's book 101 Things All Young Adults Should Know"):
    the opening of a title; "15 Marines were hurt" counts."""
    if tokens is None or len(tokens) != 1 or not tokens[0].text.isdigit():
        return False
    token = tokens[0]
    doc = token.doc
    if token.i + 3 >= len(doc) or re.fullmatch(r"(?:19|20)\d\d", token.text):
        return False
    noun, *rest = doc[token.i + 1 : token.i + 4]
    if noun.tag_ not in ("NNS", "NNPS") or not noun.is_title or not noun.is_alpha:
        return False
    if not all(t.is_title and t.is_alpha for t in rest):
        return False
    return in_running_text(token.sent)


def vague_word_in_a_name(tokens) -> bool:
    """A vague count word capitalised inside a person's name ("officers shot Christopher Few",
    "after Few drove forward") or inside a sentence of running text after a lower-case word
    ("although Few had his hands up"): a surname, as a capitalised number word in running text
    is a name; one that opens a sentence, a line or a clause after punctuation counts."""
    if tokens is None or len(tokens) != 1:
        return False
    token = tokens[0]
    if token.lower_ not in VAGUE_WORDS or not token.is_title or token.is_sent_start:
        return False
    if not in_running_text(token.sent):
        return False
    if token.ent_type_ == "PERSON":
        return True
    previous = token.doc[token.i - 1]  # "although Few had his hands up": capitalised mid-
    opens = previous.is_punct or previous.is_space or "\n" in previous.whitespace_
    return not opens and previous.is_lower  # sentence after a lower-case word, a name


DIALLED = re.compile(
    r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling)\s+$"
)
WORDS_AFTER = re.compile(r"(?:\s+[a-z]+){1,3}")


def emergency_number(doc: Document, span: Span) -> bool:
    """An emergency number that is dialled ("he called 911") or that a word for calls follows
    within three words ("several 911 calls", "a 911 unidentified male caller"): the service's
    number, not a count."""
    number = re.search(r"\b\d{3}\b", span.text)
    if number is None or not EMERGENCY.match(number.group()):
        return False
    start, end = span.start + number.start(), span.start + number.end()
    after = WORDS_AFTER.match(doc.text, end)
    if after is not None and EMERGENCY_NOUNS.intersection(after.group().split()):
        return True
    if not DIALLED.search(doc.text[max(0, start - 12) : start].lower()) or end != span.end:
        return False
    token = doc.token(make_span(doc.text, start, end))
    return token is not None and token.head.i <= token.i  # "called 112 people" counts them


def set_phrase_or_name(doc: Document, span: Span, label: str, tokens) -> bool:
    """Whether the candidate is one of this module's idioms or names, for its label; ``tokens``
    are the span's tokens, looked up once by the caller."""
    if label in ("CARDINAL", "NUMBER", "WORD", "DATE", "TIME") and (idiom_of_one(doc, span)):
        return True
    if label in ("ORDINAL", "WORD") and idiom_first(doc, span):
        return True
    if label == "DATE" and date_word_as_a_name(doc, span, tokens):
        return True
    if label in ("CARDINAL", "DATE") and event_by_its_day(doc, span, tokens):
        return True
    if label in ("CARDINAL", "NUMBER", "DATE", "TIME") and clock_or_code(doc, span):
        return True
    if label in ("CARDINAL", "NUMBER") and (
        digits_opening_a_title(tokens) or emergency_number(doc, span)
    ):
        return True
    return label == "VAGUE" and vague_word_in_a_name(tokens)
