"""Numbers in digits that open a name: the parse hangs them on a capitalised singular proper
noun right after them ("the station 6 Music", "signed to 2 Wikid", "around 1 WTC", "West 23
Street", "OS X 10.10 Yosemite").

The spec labels none "a number the parse compounds into the name after it" ("+972 Magazine")
and "a number at the head of a name the parser makes of it" ("10 Downing Street"); the parser
often makes no entity of a small name, but the shape is the same: a count of more than one
stands before a plural ("five Democrats", "two Britons"), and news writes a count of one in a
word ("one Democrat"), so digits before a singular proper noun name it. A month or a weekday
after a number makes a date ("5 March"), a unit measures ("5 GB"), a number after the name
("Chelsea 2 Arsenal 1") is a score, "No. 2 Nadal" a rank, and a number before a name the
parser makes an entity of without it counts its members ("killed 30 Taliban").
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.number_forms import (
    CALENDAR_NAME,
    in_running_text,
    measure_unit,
)

DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _digits_not_a_year(token) -> bool:
    """A number in digits that is no year ("2004 Olympics": a year dates the event)."""
    if token is None or not DIGITS.fullmatch(token.text):
        return False
    return not (token.text.isdigit() and 1900 <= int(token.text) <= 2100)


RANK_WORDS = frozenset({"no", "no.", "number", "#", "nos", "nos."})
CURRENCY_WORDS = frozenset({"cent", "cents", "euro", "pence", "penny", "dollar", "pound"})


UNIT_WINDOW = 8  # tokens after the number that a unit of measure can take ("30-foot-long")


def _unit_after(token) -> bool:
    """Whether a unit of measure is written right after the number ("5 GB"). Read on the few
    tokens after it: spaCy rebuilds ``doc.text`` on every access, which cost a third of the
    stage's time when read per candidate."""
    tail = token.doc[token.i : token.i + 1 + UNIT_WINDOW]
    return measure_unit(tail.text, len(token.text)) is not None


def _capitalised_name_word(token) -> bool:
    """A singular proper noun written with a capital ("Music", "WTC"), no plural ("Democrats")."""
    return (
        token.tag_ == "NNP"
        and token.is_alpha
        and token.text[:1].isupper()
        and not CALENDAR_NAME.match(token.text)
        and token.lower_ not in CURRENCY_WORDS
    )


def digits_open_a_name(token) -> bool:
    """A number in digits (not a year) that the parse hangs on the capitalised singular proper
    noun right after it, through proper nouns only, inside a sentence of running text: the
    name's number ("6 Music", "1 World Trade Center"), not a count of the name."""
    if not _digits_not_a_year(token) or token.i + 1 >= len(token.doc):
        return False
    head, doc = token.head, token.doc
    if token.dep_ not in ("nummod", "compound") or head.i <= token.i:
        return False
    name = doc[token.i + 1 : head.i + 1]
    if not all(_capitalised_name_word(t) for t in name):
        return False
    if any(t.ent_type_ and (t.ent_iob_ == "B" or t.ent_type_ != token.ent_type_) for t in name):
        return False  # "killed 30 Taliban": the parser's own name of a group counts its members
    if token.i and doc[token.i - 1].lower_ in RANK_WORDS:
        return False  # "No. 2 Nadal": a rank
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and after.like_num:
        return False  # "Chelsea 2 Arsenal 1": a score
    if _unit_after(token):
        return False  # "5 GB", "10 MW": a unit of measure
    return in_running_text(token.sent)


NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT"})
JOINS = frozenset({"-", "\u2013", "/", ":", "%"})  # "4-6" a score, "9/11" a date, "3:08" a clock
SHARE_WORDS = frozenset({"percent", "per"})  # "Trump 46 percent"


def digits_in_a_parsed_name(token) -> bool:
    """A number in digits (not a year) inside the parser's name of an organisation, product,
    work, building, law or event ("the 757", "Gonna Have a No 1 This Christmas"): a model
    number or the name's number, as "Boeing 787" and "Apollo 11" are; not joined to another
    number ("4-6", "9/11"), a day after a month ("September 11"), a rank after "No." nor a
    number before the plural noun or the unit it counts ("2 Ribbons of Tuna", "Her 35
    Years")."""
    if not _digits_not_a_year(token) or token.ent_type_ not in NAME_ENTITIES:
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (
        after.text in JOINS or after.tag_ in ("NNS", "NNPS") or after.lower_ in SHARE_WORDS
    ):
        return False
    if before is not None and (
        before.text in JOINS or before.lower_ in RANK_WORDS or CALENDAR_NAME.match(before.text)
    ):
        return False
    return not _unit_after(token)


def _written_as_a_name(token) -> bool:
    """A proper noun with a capital of its own: "Android", or camel case ("iOS", "iPhone")."""
    text = token.text
    camel = text[:1].islower() and any(c.isupper() for c in text[1:])
    return token.pos_ == "PROPN" and (text[:1].isupper() or camel) and token.is_alpha


def name_hung_on_its_number(token) -> bool:
    """A number in digits (not a year) that the parse makes the head of the capitalised name
    right before it ("a bug in iOS 8", "Android 7.0"): the name's version, as "Apollo 11" is
    when the parse hangs the number on the name instead."""
    if not _digits_not_a_year(token) or token.i == 0:
        return False
    name = token.doc[token.i - 1]
    return (
        _written_as_a_name(name)
        and name.head.i == token.i
        and name.dep_ in ("compound", "nummod", "nmod")
        and bool(name.whitespace_)
        and not name.is_sent_start
        and not _unit_after(token)
    )


def numbers_a_name(token) -> bool:
    """Whether the number is a name's number by any of the three shapes above."""
    return (
        digits_open_a_name(token)
        or digits_in_a_parsed_name(token)
        or name_hung_on_its_number(token)
    )
