"""Ordinals that rank nothing: inside a name, or in a set term written without its hyphen.

The spec labels none "an ordinal inside a name" ("First Lady", "the Fourth Energy Plan"), "a
number word capitalised inside a sentence of running text" (a name, as amounts in running
text are lower case) and a number fused into a compound that counts no noun ("four-time",
"a two-on-one"). `ordinals` reads the hyphenated set terms ("first-time buyers") and the
ordinals the parser puts in a named entity; this module reads the rest of those shapes:

- a capitalised ordinal word inside a running-text sentence that the parse makes a proper
  noun or that a capitalised word follows ("a Third World economy", "the Second Amendment",
  "First Lt. Kasasbeh", "the America First agenda"), not where a sentence, a line, a quote, a
  bracket or a clause after a colon or a spaced dash opens ("Second seed Agassi");
- a set term whose hyphen is left out, the ordinal and its grading noun compounded into the
  noun after them ("first time buyers", "third party apps"), as "the 7 minute mark" is read as
  "a 7-minute mark"; not after "the" or an owner ("the first time actress Okonedo was
  shortlisted" ranks the time) nor fused behind a number ("a seven-second time delay");
- the same set term with its grading noun standing alone and no article or owner before ("know
  it first hand", "used by third parties"); "a third party" may rank a new one.

Left alone: an ordinal fused into a phrase ("the first-in-the-nation primary"), which the
labels read both ways.
"""

from __future__ import annotations

from newsaudit.extractors.quantities.number_forms import in_running_text
from newsaudit.extractors.quantities.title_numbers import is_capitalised

# Set terms in which the ordinal grades a quality, a manner or a role and ranks nothing in a
# series: "first-class mail", "second-hand cars", "third-party apps", "first-time buyers", "a
# first-person novel", "first-rate", "second-degree burns", "first-aid kit", "second-guess".
GRADING_NOUNS = frozenset(
    {"class", "hand", "party", "time", "person", "rate", "degree", "aid", "guess"}
)
CLAUSE_OPENERS = frozenset(  # not name_numbers.OPENERS: ";" too, and "-" only spaced
    {'"', "'", "\u201c", "\u2018", "(", "[", ":", ";", "``", "\u2014", "\u2013"}
)
RANKING_BEFORE = frozenset(
    {"the", "this", "that", "its", "his", "her", "their", "our", "my", "your"}
)


def first_word_of_a_clause(token) -> bool:
    """Where a capital marks no name: a sentence's, a line's or a quote's first word, or one
    after a bracket, a colon or a spaced dash."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    if "\n" in before.whitespace_ or before.text in CLAUSE_OPENERS:
        return True
    return before.text == "-" and bool(before.whitespace_)


def capitalised_ordinal_in_a_name(tokens) -> bool:
    """A capitalised ordinal word inside a running-text sentence, made a proper noun or
    followed by a capitalised word: part of a name, as "First Lady" is."""
    if tokens is None or len(tokens) != 1:
        return False
    token = tokens[0]
    if not is_capitalised(token) or first_word_of_a_clause(token):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    named_next = following is not None and following.text[:1].isupper() and following.is_alpha
    return (token.pos_ == "PROPN" or named_next) and in_running_text(token.sent)


def grading_term_unhyphenated(tokens) -> bool:
    """An ordinal and a grading noun with no hyphen between them, compounded into the noun
    after them ("first time buyers"): the set term "first-time", no rank of a time."""
    if tokens is None or len(tokens) != 1 or tokens[0].i + 2 >= len(tokens[0].doc):
        return False
    ordinal = tokens[0]
    noun = ordinal.doc[ordinal.i + 1]
    before = ordinal.doc[ordinal.i - 1] if ordinal.i else None
    if before is not None and (before.lower_ in RANKING_BEFORE or before.text == "-"):
        return False  # "the first time actress Okonedo", "a seven-second time delay"
    return (
        bool(ordinal.whitespace_)
        and noun.lower_ in GRADING_NOUNS
        and noun.tag_ == "NN"
        and noun.is_lower
        and noun.dep_ == "compound"
        and noun.head.i > noun.i
        and noun.head.pos_ == "NOUN"
    )


UNGRADED = frozenset({"time", "person"})  # "first time I saw it", "first person to": a rank
BARE_BEFORE = RANKING_BEFORE | {"a", "an"}  # "a third party" may rank a new party


def grading_term_alone(tokens) -> bool:
    """An ordinal and a grading noun with no hyphen and no article or owner before them, the
    noun standing alone ("know it first hand", "used by third parties", "feeling like second
    rate"): the set term ("first-hand", "third-party"), no rank; "the first person", "a third
    party" and "first time" (a rank of occasions) keep it."""
    if tokens is None or len(tokens) != 1 or tokens[0].i + 1 >= len(tokens[0].doc):
        return False
    ordinal = tokens[0]
    noun = ordinal.doc[ordinal.i + 1]
    before = ordinal.doc[ordinal.i - 1] if ordinal.i else None
    if before is not None and before.lower_ in BARE_BEFORE:
        return False
    shouted = noun.is_upper and ordinal.is_upper  # "FEELING LIKE SECOND RATE"
    return (
        bool(ordinal.whitespace_)
        and noun.lemma_.lower() in GRADING_NOUNS - UNGRADED
        and noun.tag_ in ("NN", "NNS")
        and (noun.is_lower or shouted)
        and noun.dep_ != "compound"
    )


def ranks_nothing(tokens) -> bool:
    """Whether the ordinal's one token is one of this module's non-ranks."""
    return (
        grading_term_unhyphenated(tokens)
        or grading_term_alone(tokens)
        or capitalised_ordinal_in_a_name(tokens)
    )
