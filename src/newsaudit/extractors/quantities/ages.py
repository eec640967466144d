"""Ages: "Ramirez, 35," and "aged 12" are years of age, not counts; a number set off by commas
after a name is an age only when the parse makes the name a person or the number its apposition.
A bare number is an age too where the parse makes it what a person is ("she is only 25", "we were
under 21"), when a person did something "at 19", after "the age of", and in an age band ("everyone
over 21", "the under-five category").
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import Span, make_span

CLOSES_AN_AGE = re.compile(r"[,;]|\.(?:\s|$)")  # the comma, a list's semicolon or a full stop


def is_age(doc: Document, span: Span) -> bool:
    """ "Ramirez, 35, had scored": a number set off by commas right after a person's name (or a
    proper noun the parse makes it the apposition of, or whose number it tags a date) is the
    person's age."""
    if doc.text[span.start - 2 : span.start] != ", ":
        return False  # the cheap test first: most numbers are not set off by commas
    of_place = doc.text.startswith(" of ", span.end)  # "Jo Smith, 39 of Leeds": a comma left out
    closed = CLOSES_AN_AGE.match(doc.text, span.end) is not None  # "Ivanka, 34;", "Wilson, 28."
    if not closed and not of_place and doc.text[span.end : span.end + 1] != " ":
        return False
    if not span.text.isdigit() or not 0 < int(span.text) < 120:
        return False
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1 or tokens[0].i < 2 or tokens[0].i + 1 >= len(doc.doc):
        return False
    token = tokens[0]
    comma, name, after = doc.doc[token.i - 1], doc.doc[token.i - 2], doc.doc[token.i + 1]
    apposition = token.dep_ == "appos" and token.head.i == name.i
    if of_place or not closed:  # "Joshua, 20 was held": the comma before the verb left out
        verb = of_place or after.pos_ in ("AUX", "VERB")
        return verb and comma.text == "," and name.ent_type_ == "PERSON"
    if after.text != ",":  # a full stop closes a person's age only; a semicolon a list of
        person = name.ent_type_ == "PERSON" or (after.text == ";" and name.pos_ == "PROPN")
        named = person and name.text[:1].isalpha()  # "Lita 45, 52.": minutes of goals
        return comma.text == "," and named  # names and ages ("Ivanka, 34; Eric, 32")
    dated = token.ent_type_ == "DATE"  # "follows Adrian, 13, on": the parser's age
    return comma.text == "," and (
        (name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or apposition or dated))
        or (name.tag_ == "NN" and apposition)  # "the Wales star, 30,": who, then how old
    )


AGE_BEFORE = re.compile(r"\b(?:age|aged)\s+(?:of\s+)?$", re.IGNORECASE)
AGE_DATE = re.compile(  # "age 18 and older", "between the ages of 13" (and 16)
    r"(?:between\s+)?(?:the\s+)?(?:ages?|aged)\s+(?:of\s+)?(\d{1,3})\b", re.IGNORECASE
)
AGE_NUMBER = re.compile(r"\d{1,3}(?![\d,.]\d)")


def span_after_age(doc: Document, span: Span) -> Span | None:
    """The number of "people age 12 and older", "aged 65", "at the age of 73": an age (the
    parser may take "age 12" or "the age of 73" for a date)."""
    text = span.text
    if text[:1] in "aAtTbB" and (found := AGE_DATE.match(text)) is not None:  # "age 18 and older"
        age = make_span(doc.text, span.start + found.start(1), span.start + found.end(1))
        return age if _ages(doc, age) else None
    if doc.text[span.start - 2 : span.start - 1] not in ("e", "d", "f"):  # the cheap test first
        return None
    if (number := AGE_NUMBER.match(text)) is not None and AGE_BEFORE.search(
        doc.text[max(0, span.start - 8) : span.start]
    ) is not None:
        age = make_span(doc.text, span.start, span.start + number.end())
        return age if _ages(doc, age) else None
    return None


AGE_UNIT_LEMMAS = frozenset({"year", "month", "week", "day"})  # "the age of 3 months"


def _ages(doc: Document, number: Span) -> bool:
    """Whether the number after "age of" is an age: a person's years, not a count of the noun
    after it ("the age of 500 channels" is an era of many channels, nothing that ages)."""
    if not 0 < int(number.text) < 120:
        return False
    token = doc.token(number)
    if token is None or token.i + 1 >= len(doc.doc):
        return True
    after = doc.doc[token.i + 1]
    return after.pos_ not in ("NOUN", "PROPN") or after.lemma_.lower() in AGE_UNIT_LEMMAS


PEOPLE_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they", "who"})
# the words that stand for people in "everyone over 21", "those under 18", "children under five"
PEOPLE_WORDS = frozenset(
    {"everyone", "everybody", "anyone", "anybody", "someone", "somebody", "those", "people"}
    | {"children", "kids", "adults", "men", "women"}
)
BARE_AGE = re.compile(r"(?:(?:only|just|barely|still|nearly|almost|about)\s+)?(\d{1,3})", re.I)
AGE_BAND = re.compile(r"\b(?:under|over)-$", re.IGNORECASE)  # "the under-five category"
AGE_BAND_SPAN = re.compile(r"(?:under|over)-(\d{1,3})", re.IGNORECASE)  # "the under-12 title"


def _a_person(token) -> bool:
    """A personal pronoun, a name the parse makes a person's, or a word for people ("where
    people are over 80", as "we were all under 18")."""
    return (
        token.lower_ in PEOPLE_PRONOUNS
        or token.ent_type_ == "PERSON"
        or (token.lower_ in PEOPLE_WORDS and token.pos_ in ("NOUN", "PRON"))
    )


def subject_is_a_person(verb) -> bool:
    """Whether the subject of ``verb`` is a person; a verb with no subject of its own takes the
    subject of the verb it is joined to ("he joined and rose", "he rose, becoming manager")."""
    for _ in range(3):
        subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(_a_person(c) for c in subjects)
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def nothing_counted_after(doc: Document, token) -> bool:
    """The number ends its phrase: no noun, number or unit after it ("he was 17 points short")."""
    if token.i + 1 >= len(doc.doc):
        return True
    after = doc.doc[token.i + 1]
    return after.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and after.lower_ not in (
        "%",
        "under",
        "over",
        "of",
        "per",
        "-",
    )


def age_of_a_person(doc: Document, span: Span) -> Span | None:
    """The number of a bare age, or None: "since I was 17", "he is a great forward and only 25",
    "we were all under 21" (what a person is), "she became manager at 19" (when a person did
    something), "everyone over 21", "those under 18" (an age band of people)."""
    found = BARE_AGE.fullmatch(span.text)
    if found is None or not 0 < int(found.group(1)) < 120:
        return None
    number = make_span(doc.text, span.start + found.start(1), span.start + found.end(1))
    token = doc.token(number)
    if token is None or token.i < 1 or not nothing_counted_after(doc, token):
        return None
    before = doc.doc[token.i - 1]
    if before.lower_ in ("over", "under") and token.i >= 2:
        who = doc.doc[token.i - 2]  # "everyone over 21", "children under 12"
        if who.lower_ in PEOPLE_WORDS or (who.pos_ == "PRON" and _a_person(who)):
            return number
    head = token
    while head.dep_ == "conj" and head.head.i < head.i:  # "a great forward and only 25"
        head = head.head
    if head.dep_ in ("attr", "acomp"):
        verb = head.head
    elif token.dep_ == "pobj" and before.i == token.head.i and before.lower_ in ("under", "over"):
        verb = before.head  # "we were all under 21"
    elif token.dep_ == "pobj" and before.i == token.head.i and before.lower_ == "at":
        verb = before.head  # "she became manager at 19", "he died at 96"
        if verb.pos_ != "VERB" or verb.lemma_ == "be" or not subject_is_a_person(verb):
            return None
        return number
    else:
        return None
    if not _is_be(verb) or verb.i > token.i:
        return None
    if subject_is_a_person(verb) or _named_and_dated(verb, token):
        return number
    return None


BE_CONTRACTIONS = frozenset({"'re", "\u2019re", "'m", "\u2019m"})


def _is_be(verb) -> bool:
    """ "is", "was", and the contractions the parser may not lemmatise ("when they're 55")."""
    return verb.lemma_ == "be" or verb.lower_ in BE_CONTRACTIONS


def _named_and_dated(verb, token) -> bool:
    """ "While Garland is 63", "Hingis was 22 when she retired": a proper noun the parser gives
    no person's type is the subject, but it tags the bare number after "be" a date, the label its
    model gives an age (a count or a score it tags a cardinal)."""
    return token.ent_type_ == "DATE" and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.lefts
    )


def in_an_age_band(doc: Document, span: Span) -> Span | None:
    """The number of "the under-five category", "the under-12 title", "an over-50 club": a
    number fused after "under-" or "over-" bounds an age band."""
    if (band := AGE_BAND_SPAN.fullmatch(span.text)) is not None:  # the parser's "under-12"
        return make_span(doc.text, span.start + band.start(1), span.end)
    if span.start < 6 or doc.text[span.start - 1] != "-" or not span.text.isalnum():
        return None
    if AGE_BAND.search(doc.text, max(0, span.start - 7), span.start) is None:
        return None
    return span
