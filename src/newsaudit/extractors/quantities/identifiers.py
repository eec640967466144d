"""Digits that identify rather than count: a markup attribute's value (`tweet_id="6721..."`)
and a run of twelve or more digits with no separator (a post's or a record's id), as no count
in news is written so; and an ordinal written in digits that the parse makes part of a name
("the 101st Airborne Division", "21st Century Fox", "the 3rd Congressional District")."""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.codes import in_a_code
from newsaudit.extractors.quantities.number_forms import in_running_text

LONG_DIGITS = re.compile(r"\d{12,}(?![\d,.])")
ATTRIBUTE_VALUE = re.compile(r"[\w:-]+=[\"']?$")  # `tweet_id="`, `data-id='`, a link's
# parameter fused to its name (`all.js#xfbml=1`)
DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
NAME_ENTITIES = frozenset({"ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
NAME_LINKS = frozenset({"compound", "amod", "nummod"})
PLACE_ENTITIES = frozenset({"LOC", "GPE"})  # "the 4th District", "Southwest 117th Avenue"


def is_an_identifier(text: str, start: int) -> bool:
    """A number that opens with twelve digits or more, stands in a code (`codes`), or is the
    value of a markup attribute."""
    if LONG_DIGITS.match(text, start) or in_a_code(text, start):
        return True  # "the W800", "192.168.0.2", "iPhone 6": digits of a code or a name
    return text[start : start + 1].isdigit() and bool(
        ATTRIBUTE_VALUE.search(text, max(0, start - 40), start)
    )


def _capitalised_name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_sent_start


def _capitalised_word(token) -> bool:
    """A capitalised word the parser takes for a common noun or an adjective ("Anniversary")."""
    return (
        token.pos_ in ("NOUN", "ADJ")
        and token.is_alpha
        and token.text.istitle()
        and not token.is_sent_start
    )


def _name_run_after(token) -> list:
    """The capitalised proper nouns right after ``token`` in its sentence ("Century Fox" after
    "20th", "Battalion Royal Gurkha Rifles" after "2nd"), up to a person's name, with the
    capitalised common nouns among them that a proper noun ends ("our 50th Anniversary Tour":
    a capital inside running text marks a name)."""
    run = []
    for word in token.doc[token.i + 1 : token.sent.end]:
        if not (_capitalised_name_word(word) or _capitalised_word(word)):
            break
        if word.ent_type_ == "PERSON":
            break  # "the 44th President Barack Obama": a rank before a person's name
        run.append(word)
    while run and not _capitalised_name_word(run[-1]):
        run.pop()
    return run


def _inside_named_place(token, run) -> bool:
    """The ordinal and the capitalised word it opens are in one name the parser tags as such
    (an organisation, a work, a district or a street: "the 4th District"), or a capitalised
    proper noun stands right before it on its side of the name ("Southwest 117th Avenue")."""
    head = run[0]
    if token.ent_type_ in NAME_ENTITIES | PLACE_ENTITIES and head.ent_type_ == token.ent_type_:
        return token.ent_iob_ == "I" or head.ent_iob_ == "I"
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.whitespace_ == " " and _capitalised_name_word(before)


def digit_ordinal_in_a_name(tokens) -> bool:
    """An ordinal in digits that the parse hangs on the capitalised proper nouns right after
    it, inside the parser's name of an organisation, place or work ("the 4th District"), after
    a capitalised word of the same name ("Southwest 117th Avenue"), as a proper noun itself
    ("the 2nd Amendment") or before two capitalised words or more ("the 3rd Congressional
    District delegates", "20th Century Fox"); "the 3rd quarter", a "21st-century" idea and
    "her 2nd Oscar" keep their rank, and so does a line in title case, where capitals mark no
    name ("Doobie Brothers Plan 50th Anniversary Tour")."""
    if tokens is None or len(tokens) != 1 or not DIGIT_ORDINAL.fullmatch(tokens[0].text):
        return False
    token = tokens[0]
    if not token.whitespace_ or token.i + 1 >= len(token.doc):
        return False
    if token.dep_ not in NAME_LINKS or token.head.i <= token.i:
        return False
    run = _name_run_after(token)
    if not run or token.head.i < run[0].i:
        return False
    proper = token.pos_ == "PROPN" and token.dep_ == "compound" and token.head == run[0]
    named = len(run) >= 2 or proper or _inside_named_place(token, run)
    return named and in_running_text(token.sent)


def number_of_a_name(doc, span) -> bool:
    """A number in digits that the parser puts inside the same name of an organisation, place,
    product or work as the capitalised proper noun right before it on its line ("Interstate 15",
    "ABC 7", "Route 66"): the name's number, as "Apollo 11" is; a year keeps its date ("Grid
    2019"), and "15 people" after a name counts."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens) or not tokens[0].text.isdigit():
        return False
    token = tokens[0]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text == "-" and not token.whitespace_:
        return False  # "the AppleInsider 16-inch MacBook Pro": a measure fused to its unit
    if token.i == 0 or 1900 <= int(token.text) <= 2100:
        return False
    before = token.doc[token.i - 1]
    return (
        before.whitespace_ == " "
        and _capitalised_name_word(before)
        and token.ent_type_ in NAME_ENTITIES
        and token.ent_iob_ == "I"
        and before.ent_type_ == token.ent_type_
    )
