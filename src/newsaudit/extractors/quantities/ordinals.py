"""Ordinals: a place or a rank ("finished third", "his 30th opponent") against "first" as an
adverb, "a third" as a fraction, "the first seven months" as a span, and ordinals inside names.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import sentence_span
from newsaudit.extractors.quantities.date_context import (
    EXPLICIT_YEAR,
)
from newsaudit.extractors.quantities.dates import MONTH, article_date
from newsaudit.extractors.quantities.identifiers import digit_ordinal_in_a_name
from newsaudit.extractors.quantities.nouns import counted_noun
from newsaudit.extractors.quantities.number_forms import (
    PARTS,
    PERIOD_PART,
    in_running_text,
    ordinal_value,
    quarter_is_a_period,
)
from newsaudit.extractors.quantities.ordinal_names import GRADING_NOUNS, ranks_nothing
from newsaudit.extractors.quantities.readings import TIME_UNITS
from newsaudit.extractors.quantities.seconds import every_second, seconds_before_a_noun
from newsaudit.extractors.quantities.shares import COMPARED_AFTER, PLACE_PARTS, is_a_share
from newsaudit.extractors.quantities.values import FRACTION_ARTICLE, NUMBER_WORD, parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

FIRST_SPAN = re.compile(  # "first" before a count of time units: "the first seven months"
    rf"\s+(?P<count>\d[\d,]*|(?:{NUMBER_WORD})(?:-\w+)?)\s+"
    r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s?)\b",
    re.IGNORECASE,
)
FIRST_FEW = re.compile(  # "the first couple of days", "the first few months": a duration too
    r"\s+(?:a\s+)?(?:couple\s+of|few|several)\s+"
    r"(?:second|minute|hour|day|week|month|year|decade)s\b",
    re.IGNORECASE,
)
AT_BEFORE = re.compile(r"(?<![\w'\u2019])at\s$", re.IGNORECASE)  # the word "at", not "that"
# "second-half goals", "a second- half replacement", "first-set tie-break": the part of a game
# the ordinal is fused to, one term (docs/quantities.md, a period of a game), never the time unit
GAME_PART = re.compile(r"-\s?(?:half|quarter|period|set|leg|round|innings)\b(?!-)", re.IGNORECASE)
OF_AFTER = re.compile(r"\s+of\b")  # "at first of three debates": the first of them, a rank
PLACING_VERBS = frozenset({"finish", "come", "place", "rank", "end"})  # "finished first" is a place


def _share(doc: Document, start: int, o_start: int, o_end: int, part: str) -> Quantity:
    """ "a third of voters" (a fraction of its noun), "cut by a third." (of nothing named)."""
    noun = counted_noun(doc, make_span(doc.text, o_start, o_end))
    after_of = noun is not None and re.match(r"\s+of\b", doc.text[o_end : o_end + 4])
    end = noun.end if after_of else o_end
    compared = noun is not None and COMPARED_AFTER.match(doc.text, o_end)  # "a third more homes"
    unit = noun.text.lower() if after_of or compared else None
    value = round(1 / PARTS[part], 4)
    return Quantity(make_span(doc.text, start, end), value, unit, "fraction")


def _first_as_adverb(doc: Document, end: int, tokens) -> bool:
    """ "first" the parser takes for an adverb, of a verb ("was first reported", "first came
    up") or a phrase ("first to a man from Iraq"), or in "first of all" or "first off"; not
    ranking a noun ("the first game") nor a place in a ranking after a verb of placing
    ("finished first", "came first")."""
    if re.match(r"\s+(?:of\s+all\b|(?:off|up)\s*[,:])", doc.text[end : end + 12], re.IGNORECASE):
        return True  # "first of all", "First off, ...", "First up: ...": the writer's order
    if tokens is None or len(tokens) != 1:
        return False
    token = tokens[0]
    if _determined(token):
        return False  # "hip-hop's first hit", "the first came": which one, whatever the tag
    return (
        token.pos_ == "ADV"
        and token.dep_ == "advmod"
        and (
            token.head.pos_ not in ("VERB", "AUX")
            or token.head.lemma_.lower() not in PLACING_VERBS
            or token.i < token.head.i
        )
    )  # "finished first" is a place; "first came to notice" says when, and so does an adverb
    # on a phrase ("married three times: first to a man", "the execution first of Foley"), or
    # says what comes before ("America first")


DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "my", "your", "whose"})


def _determined(token) -> bool:
    """Whether a determiner or a possessive stands right before ``token`` ("the first", "his
    first", "hip-hop's first"): an adverb takes none, so the word ranks a noun."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in DETERMINERS or before.tag_ == "POS"


def _sequence_marker(doc: Document, end: int, tokens) -> bool:
    """An ordinal that opens its sentence and is set off by a comma ("Second, the costs fell"),
    or that numbers a bare "thing is" ("The first thing is that"), orders the writer's points;
    it ranks nothing in them."""
    if tokens is None or len(tokens) != 1:
        return False
    if doc.text[end : end + 1] != ",":
        return _the_nth_thing_is(tokens[0])
    return tokens[0].is_sent_start or doc.text[: tokens[0].idx].endswith("\n")


POINT_NOUNS = frozenset({"thing", "point"})


def _the_nth_thing_is(ordinal) -> bool:
    """ "The first thing is that ...", "The other second thing is broadband": a thing or point
    with nothing said of it but what it is, the writer's point in order; "the first thing they
    found is", "the first thing to do" and "the first point against serve" rank one."""
    noun = ordinal.head
    return (
        ordinal.dep_ == "amod"
        and noun.lemma_.lower() in POINT_NOUNS
        and noun.tag_ == "NN"
        and noun.dep_ == "nsubj"
        and noun.head.lemma_ == "be"
        and noun.i == ordinal.i + 1
        and all(child.dep_ in ("det", "amod") for child in noun.children)
        and any(_names_the_point(child) for child in noun.head.children)
    )


def _names_the_point(complement) -> bool:
    """What the point is, a clause or a noun ("is that ...", "is broadband", which the parser
    may take for an adjective's slot); "the first point is valid" judges a ranked one."""
    return complement.dep_ in ("ccomp", "attr") or (
        complement.dep_ == "acomp" and complement.pos_ in ("NOUN", "PROPN")
    )


def _fused_to_a_noun(doc: Document, tokens) -> bool:
    """An ordinal fused by a hyphen into a set term that ranks nothing ("third-party",
    "first-class", "second-hand"), as "a two-state solution" counts nothing; fused to any other
    noun it still ranks it: "first-period goal", "first-leg tie", "second-generation models",
    "the first-floor", "eighth-seed", as "the second-highest" does."""
    if tokens is None or len(tokens) != 1 or tokens[0].i + 2 >= len(doc.doc):
        return False
    hyphen, noun = doc.doc[tokens[0].i + 1], doc.doc[tokens[0].i + 2]
    return (
        hyphen.text == "-"
        and not tokens[0].whitespace_
        and not hyphen.whitespace_
        and (
            (noun.tag_ == "NN" and noun.lower_ in GRADING_NOUNS)
            or noun.lower_.removesuffix("s").removesuffix("r") in GRADING_NOUNS - {"person"}
        )  # "second-timers", "a first-timer": who does a thing for the first or second time
    )


def read_ordinal(doc: Document, span: Span, label: str) -> tuple[bool, Quantity | None]:
    """(handled, quantity) for an ordinal: "the seventh EV", "his 30th opponent", "the fourth
    consecutive month" are ordinals (no unit); "the third quarter" of earnings is a period of the
    year and resolves to it; "at first" and the "second" of time are not ordinals."""
    if MONTH.search(span.text) or (found := ordinal_value(span.text)) is None:
        return False, None
    value, start, end = found
    o_start, o_end = span.start + start, span.start + end
    word = doc.text[o_start:o_end].lower()
    tokens = doc.tokens(make_span(doc.text, o_start, o_end))
    game_part = GAME_PART.match(doc.text, o_end)
    if (
        word == "second"
        and not game_part
        and (
            (
                tokens is not None
                and len(tokens)
                and tokens[0].pos_ == "NOUN"
                and not _a_place(tokens)
            )
            or re.search(r"\d[-\s]$", doc.text[max(0, o_start - 2) : o_start])
            or seconds_before_a_noun(doc, o_start)
            or every_second(tokens)
        )
    ):
        return label == "ORDINAL", None  # "wait a second", "a 12 second clip": the time unit
    if quarter_is_a_period(doc.text, o_end, sentence_span(doc, o_start).text):
        period = re.match(r"[\s-]+\w+", doc.text[o_end:])
        end_at = max(span.end, o_end + period.end())
        if not re.search(r"\d", doc.text[o_end + period.end() : end_at]):
            end_at = o_end + period.end()  # "the third quarter marks": no verb the parser ran on
        year = EXPLICIT_YEAR.search(doc.text[span.start : end_at + 12])
        anchor = article_date(doc)
        resolved = year.group() if year else (f"{anchor.year:04d}" if anchor else None)
        return True, Quantity(
            make_span(doc.text, span.start, end_at), None, None, "date", resolved_date=resolved
        )
    if word == "first" and (span_of := FIRST_SPAN.match(doc.text, o_end)):
        count = span_of.group("count")  # "the first seven months of the year": a duration
        start = span_of.start("count")
        unit = TIME_UNITS[span_of.group("unit").lower().removesuffix("s")]
        return True, Quantity(
            make_span(doc.text, start, span_of.end()), parse_number(count), unit, "measure"
        )
    if word == "first" and (few := FIRST_FEW.match(doc.text, o_end)):
        return True, _first_few(doc, span, o_end, few)
    if span.end == o_end and _before_a_count(doc, tokens):
        return True, None  # "the first two states": the count is read, the ordinal picks them
    half_after = PERIOD_PART.match(doc.text, o_end) is not None  # "the first half against Wales"
    if (
        label != "ORDINAL"
        and not half_after
        and not _ranks_a_noun(span, tokens)
        and not re.fullmatch(r"(?:\w+\s+)?\S+(?:[\s-]+\w+){0,2}", span.text)
    ):
        return False, None
    if (
        word == "first"
        and AT_BEFORE.search(doc.text, max(0, o_start - 4), o_start)
        and not OF_AFTER.match(doc.text, o_end)
    ):
        return True, None  # "at first", but not "that first meeting" nor "at first of three"
    if word == "first" and _first_as_adverb(doc, o_end, tokens):
        return True, None  # "first reported", "first of all": when, not which one
    if _sequence_marker(doc, o_end, tokens):
        return True, None  # "Second, the usage of trackers": the order of points, no rank
    if _fused_to_a_noun(doc, tokens):
        return True, None  # "third-party packages", "first-class mail": a kind, not a rank
    if ranks_nothing(tokens):
        return True, None  # "a Third World economy", "first time buyers": a name, a kind
    if _in_a_name(tokens) or digit_ordinal_in_a_name(tokens):
        return True, None  # "the Fourth Energy Plan", "Fifth Avenue", "21st Century Fox"
    part = word.removesuffix("s")
    before = doc.text[max(0, o_start - 4) : o_start].lower()
    article = FRACTION_ARTICLE.search(before)
    a_start = o_start - len(before) + article.start() if article else o_start
    if part in PLACE_PARTS and article and is_a_share(doc, a_start, o_end, tokens):
        return True, _share(doc, a_start, o_start, o_end, part)  # "cut by a third"
    end = game_part.end() if game_part else o_end  # "second-half": the part fused to it
    return True, Quantity(make_span(doc.text, o_start, end), float(value), None, "ordinal")


def _first_few(doc: Document, span: Span, o_end: int, few: re.Match) -> Quantity | None:
    """ "the first couple of days" (2 days), "the first few months" (a vague duration), as "the
    first seven months" is a duration; when the ordinal is its own entity, the words after it
    are read on their own, so nothing here."""
    if span.end == o_end:
        return None
    words = few.group().split()
    unit = TIME_UNITS[words[-1].lower().removesuffix("s")]
    value = 2.0 if "couple" in (w.lower() for w in words) else None
    start = o_end + len(few.group()) - len(few.group().lstrip())
    return Quantity(make_span(doc.text, start, few.end()), value, unit, "measure", vague=not value)


def _ranks_a_noun(span: Span, tokens) -> bool:
    """An adjective ordinal before the noun it ranks, in a date entity with no digits that the
    parser ran on past it ("the second year in a row", "the 21st month in a row", "in a second");
    no other digits in the date ("the 3rd week of 2019" is read as a date)."""
    if tokens is None or len(tokens) != 1:
        return False
    rest = (
        span.text[: tokens[0].idx - span.start]
        + span.text[tokens[0].idx + len(tokens[0]) - span.start :]
    )
    if re.search(r"\d", rest):
        return False
    token = tokens[0]
    return token.dep_ == "amod" and token.head.pos_ == "NOUN" and token.head.i > token.i


def _before_a_count(doc: Document, tokens) -> bool:
    """An ordinal right before a number the parse makes count the same noun ("the first two
    states", "the second 100 signatures") or that stands for the things itself ("the first three
    home"): which ones are counted, not a place of its own."""
    if tokens is None or len(tokens) != 1 or tokens[0].i + 1 >= len(doc.doc):
        return False
    token, number = tokens[0], doc.doc[tokens[0].i + 1]
    counts_a_noun = number.dep_ == "nummod" and number.head.i == token.head.i > number.i
    stands_alone = (  # "the first three", but "the first one" is a place, "one" a pronoun
        token.head.i == number.i and number.dep_ != "nummod" and number.lower_ != "one"
    )
    return (
        bool(token.whitespace_)
        and number.tag_ == "CD"
        and (counts_a_noun or stands_alone)
        and (number.whitespace_ != "" or _closes(doc, number))  # "the first three-pointer"
        and not number.text[:1].isupper()  # "a first Six Nations start": a name
        and not EXPLICIT_YEAR.fullmatch(number.text)  # "his first 2019 start"
    )


def _closes(doc: Document, number) -> bool:
    """A stop, comma or bracket right after the number ("worked the first 10."): it ends
    there; a hyphen fuses it to a noun ("the first three-pointer" is one shot)."""
    after = doc.text[number.idx + len(number.text) : number.idx + len(number.text) + 1]
    return after in (".", ",", ";", ":", ")", "!", "?", '"')


NAME_ENTITIES = frozenset(
    {"ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "NORP", "PERSON"}
)


def _in_a_name(tokens) -> bool:
    """A capitalised ordinal the parser makes part of a name, inside a sentence not written in
    title case."""
    if tokens is None or len(tokens) != 1:
        return False
    token = tokens[0]
    if not token.text[:1].isupper() or token.pos_ != "PROPN":
        return False
    if token.ent_type_ not in NAME_ENTITIES:
        return False
    if token.is_sent_start:  # the capital is the sentence's; a name runs on in capitals
        return _name_runs_on(token)  # ("Twentieth Century Fox is ...")
    return in_running_text(token.sent)


def _name_runs_on(token) -> bool:
    """Whether the name entity of ``token`` goes on with a capitalised proper noun after it."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        after is not None
        and after.ent_iob_ == "I"
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
    )


def _a_place(tokens) -> bool:
    """ "second" the parser takes for a noun that is a place, not the time unit: owned or made
    definite ("his second", "its second.", "the second of which": a second of time is counted,
    "a second"), or a place behind a name ("a distant second to Trump")."""
    if len(tokens) != 1:
        return False
    token = tokens[0]
    owned = any(c.dep_ == "poss" or c.lower_ == "the" for c in token.children if c.i < token.i)
    behind = [c for c in token.doc[token.i + 1 : token.i + 2] if c.lower_ == "to"]
    named = any(c.dep_ == "pobj" and c.pos_ == "PROPN" for t in behind for c in t.children)
    return owned or named or _second_only_to(token) or _another_one(token)


# verbs whose "a second" is a moment: "wait a second", "took a second to load", "give me a second"
MOMENT_VERBS = frozenset(
    {"take", "wait", "spend", "give", "need", "have", "hold", "pause", "last", "spare", "get",
     "lose", "waste", "save", "shave", "gain", "allow", "want", "require", "stop", "think"}
)  # fmt: skip
TIME_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "moment"})
MOMENT_AFTER = frozenset({"later", "ago", "earlier", "or", "of", "before", "after", "to", "per"})


def _another_one(token) -> bool:
    """ "a second" a verb takes as its object with no moment in view ("added a second with a
    20-yard shot", "sells one for $99 and a second with more storage"): one more of the things
    named before, a place in their order; not a moment waited, taken or given, nor "a second
    later", "a second or two", "a second to think"."""
    before = token.doc[token.i - 1] if token.i else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        before is not None
        and before.lower_ == "a"
        and (_taken_as_an_object(token) or _joined_to_a_thing(token))
        and (after is None or after.lower_ not in MOMENT_AFTER)
    )


def _second_only_to(token) -> bool:
    """ "second only to the Conservatives": a place behind another; "a second only to see it
    go" is a second of time, "to" before a verb."""
    following = token.doc[token.i + 1 : token.i + 4]
    words = [t.lower_ for t in following]
    return words[:2] == ["only", "to"] and (len(following) < 3 or following[2].tag_ != "VB")


def _taken_as_an_object(token) -> bool:
    """ "added a second": the object of a verb that takes no moment ("took a second" does)."""
    verb = token.head
    return token.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in MOMENT_VERBS


def _joined_to_a_thing(token) -> bool:
    """ "one kettle for $20 and a second": joined by "and" to what is not a unit of time."""
    return token.dep_ == "conj" and token.head.lemma_.lower() not in TIME_WORDS
