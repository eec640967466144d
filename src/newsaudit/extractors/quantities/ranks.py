"""A rank written with "No." or "number": "the world number one", "the No. 3 seed", "No. 1 in
the charts" is a place in an order, an ordinal (docs/quantities.md), not a count of seeds.
"No. 10" for Downing Street and a numbered work after a name ("Symphony No. 5") stay names.
A "#" fused to digits is the number sign, as "No." is, never a currency: "the #1 enemy" ranks,
"Lead #1" and "Issue #3" label the noun before them, as "page 12" does.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import NUMBER_WORD, parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

NO_BEFORE = re.compile(  # lower case only with its point after a determiner: "a no. 1 app"
    r"(?:(?P<name>\b[A-Z][a-z]+\s+)?\b(?P<sign>No|NO)\.?"
    r"|\b(?:the|a|an|our|his|her|its|their)\s+(?P<lower>no)\.)\s?$"
)
NUMBER_BEFORE = re.compile(
    r"\b(?:the|a|world|his|her|their|its|our|new|former|\w+'s|\w+\u2019s)\s+number\s+$",
    re.IGNORECASE,
)
RANK = re.compile(rf"\d{{1,3}}(?!\d|[,.-]\d)|(?i:{NUMBER_WORD})(?![\w-])")  # not "No. 14-981"
DIGITS = re.compile(r"\d")
BARE_NUMBER = re.compile(r"\b[Nn]umber\s+$")  # "at Number 42"; "Number 10" stays Downing Street
THE_NUMBER = re.compile(r"\bthe\s+number\s+$", re.IGNORECASE)
SHIRT = re.compile(r"\s+(?:shirts?|jerseys?)\b", re.IGNORECASE)  # "the number 10 shirt": a name


LEAD = re.compile(r"(?:number|No\.?|NO\.?)\s+")  # the parser's "number three" holds the word


def rank(doc: Document, span: Span) -> Quantity | None:
    """An ordinal for a number right after "No." or "(the) number", else None. The caller
    asks `numbered_name` first: "Symphony No. 5" is a name, not a rank."""
    if (lead := LEAD.match(span.text)) is not None and lead.end() < len(span.text):
        span = make_span(doc.text, span.start + lead.end(), span.end)  # "at number three"
    number = RANK.match(doc.text, span.start)
    if number is None:
        return None
    before = doc.text[max(0, span.start - 24) : span.start]
    after = number.end()
    if (no := NO_BEFORE.search(before)) is not None and DIGITS.match(number.group()):
        sign = "lower" if no.group("lower") else "sign"
        start = span.start - len(before) + no.start(sign)
    elif number.group() == "10" and before.endswith("Number "):
        return None  # "a Number 10 aide": Downing Street, as "No. 10" is
    elif (
        NUMBER_BEFORE.search(before) is not None
        or _reached_number(doc, span, number.group())
        or _after_a_people(doc, span)
    ) and not SHIRT.match(doc.text, after):
        if THE_NUMBER.search(before) and not _ranks_a_noun(doc, after):
            return None  # "the number eight is associated with luck": the number itself
        start = doc.text.lower().rindex("number", 0, span.start)
    elif (joined := _joined_to_a_rank(doc, span)) is not None:
        start = joined  # "at number eight and 10": the second shares the first's "number"
    elif after_a_hash(doc, span) and not _labels_a_noun(doc, span):
        start = span.start - 1  # "the #1 enemy", "ranked #3"
    else:
        return None
    value = parse_number(number.group())
    return Quantity(make_span(doc.text, start, after), value, None, "ordinal") if value else None


JOINED = re.compile(rf"\bnumber\s+(?P<first>\d{{1,3}}|(?i:{NUMBER_WORD}))\s+(?:and|or)\s+$")


def _joined_to_a_rank(doc: Document, span: Span) -> int | None:
    """Where a number joined by "and" or "or" to a rank right before it starts ("at number
    eight and 10": both places on the list), else None."""
    before = doc.text[max(0, span.start - 40) : span.start]
    if (joined := JOINED.search(before)) is None:
        return None
    at = span.start - len(before)
    first = make_span(doc.text, at + joined.start("first"), at + joined.end("first"))
    return span.start if rank(doc, first) is not None else None


def numbered_name(doc: Document, span: Span) -> bool:
    """ "Symphony No. 5", "Form No. 3" (a capitalised name before "No."), "No 10 said" (the
    office in Downing Street, no noun ranked): the number names, it ranks nothing."""
    number = RANK.match(doc.text, span.start)
    if number is not None and after_a_hash(doc, span) and _labels_a_noun(doc, span):
        return True  # "Lead #1 – a letter", "Issue #3": the noun's label
    before = doc.text[max(0, span.start - 24) : span.start]
    if number is None or (no := NO_BEFORE.search(before)) is None:
        return False
    name = no.group("name")
    if name and name.strip() != "World" and not _opens_sentence(before, no.start("name")):
        return True
    return number.group() == "10" and not _ranks_a_noun(doc, number.end())


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a capitalised word at ``at`` opens its sentence (so it names nothing)."""
    head = text[:at].rstrip()
    return not head or head[-1] in ".!?\n\"'\u201c"


def _ranks_a_noun(doc: Document, at: int) -> bool:
    """Whether a common noun follows at ``at`` ("the No. 10 seed"), or one behind a participle
    or an adjective ("the number one selling DVD", "the No. 2 ranked team")."""
    word = re.match(r"\s+([a-z][\w-]*)", doc.text[at : at + 30])
    if word is None:
        return False
    tokens = doc.tokens(make_span(doc.text, at + word.start(1), at + word.end(1)))
    if tokens is None or len(tokens) != 1:
        return False
    token = tokens[0]
    if token.pos_ == "NOUN":
        return True
    modifies = token.tag_ in ("VBG", "VBN", "JJ") and token.i + 1 < len(token.doc)
    noun = ("NOUN", "PROPN")  # "DVD" the parser takes for a name
    return modifies and token.doc[token.i + 1].pos_ in noun and token.head.pos_ in noun


def _reached_number(doc: Document, span: Span, written: str) -> bool:
    """ "number" with no determiner right after a verb or a preposition ("ranked number one",
    "went to number one", "entered the charts at number 11"): a place reached, as "the world
    number one"; "number 10" alone may be Downing Street, and stays out."""
    before = doc.text[max(0, span.start - 12) : span.start]
    if BARE_NUMBER.search(before) is None or written == "10":
        return False
    at = span.start - len(before) + before.lower().rindex("number")
    tokens = doc.tokens(make_span(doc.text, at, at + len("number")))
    if tokens is None or len(tokens) != 1 or tokens[0].i == 0:
        return False
    previous = tokens[0].doc[tokens[0].i - 1]
    if previous.lower_ == "to":  # "went to number one", not the verb ("thought to number 300")
        verb = previous.doc[previous.i - 1] if previous.i > 0 else previous
        return verb.pos_ == "VERB" and verb.tag_ != "VBN" and not re.fullmatch(r"\d{3,}", written)
    return previous.pos_ in ("VERB", "ADP")


def _after_a_people(doc: Document, span: Span) -> bool:
    """ "number" right after a nationality ("British number one Tim Henman", "the Spanish number
    two"): a place in that country's ranking, as "the world number one" is."""
    before = doc.text[max(0, span.start - 8) : span.start]
    if BARE_NUMBER.search(before) is None:
        return False
    at = span.start - len(before) + before.rindex("umber") - 1
    tokens = doc.tokens(make_span(doc.text, at, at + len("number")))
    if tokens is None or len(tokens) != 1 or tokens[0].i == 0:
        return False
    people = tokens[0].doc[tokens[0].i - 1]
    return people.ent_type_ == "NORP" and people.pos_ in ("ADJ", "PROPN")


def after_a_hash(doc: Document, span: Span) -> bool:
    """Digits fused behind "#" ("#1"): the number sign, which the parser may take for money."""
    return span.start > 0 and doc.text[span.start - 1] == "#" and span.text[:1].isdigit()


FUNCTION_WORDS = frozenset({"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "ADV", "PART"})


def _labels_a_noun(doc: Document, span: Span) -> bool:
    """Whether "#N" follows a noun it labels ("Lead #1", "Issue #3"), not a determiner or a
    verb before a rank ("the #1 enemy", "ranked #3")."""
    hashed = make_span(doc.text, span.start - 1, span.start)
    tokens = doc.tokens(hashed)
    if tokens is None or not len(tokens) or tokens[0].i == 0:
        return False
    before = tokens[0].doc[tokens[0].i - 1]
    if before.whitespace_ != " " or not before.is_alpha:
        return False
    capitalised = before.text[:1].isupper() and before.pos_ not in FUNCTION_WORDS
    return before.pos_ in ("NOUN", "PROPN") or capitalised  # "Lead #1", tagged as a verb
