"""Idioms of the word "one" that count nothing (the doc's `none` table: "a pronoun or idiom
'one'", as "at one point" is).

- "one side or the other", "from one room of his house to another", "one thing leads to
  another", "one way or another" and "on the one hand" ("one way to cope" counts a way, as
  "one" before a singular noun it counts does);

- "one day", "one night", "one time" said of when, vaguely, after the verb and what it governs
  ("ran alongside me one day", "told me one time"): "some day", "once", not a length; the
  length keeps its reading where the phrase follows its verb at once or a preposition ("served
  one day in prison", "sentenced to one day"), or measures a gap ("one day before");
- "to one day be": the split infinitive, as "would one day do this" is;
- set phrases a dictionary lists as idioms, where "one" means "a single" or "the same" and
  counts nothing: "for one thing", "in one piece", "in one go", "in one breath", "in one fell
  swoop", "in one (broad) stroke", "in one sense", "in one way" (in some respect, as "in one
  sense"), "on one level", "in one instance", "one step closer";
- "one" before the name that opens a clause with its "that" left out ("a ruling like one Reeves
  filed", "That game is one Smith would like to see"): the pronoun, standing for a thing named
  before; a name takes no count ("One Direction", capitalised, is left to the names).
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.spans import Span, make_span

WHEN_NOUNS = frozenset({"day", "night", "morning", "evening", "afternoon", "time"})
NOT_ADVERBIAL_BEFORE = frozenset(
    {"than", "just", "only", "about", "nearly", "almost", "least", "every", "each", "per"}
)
GAP_OR_RATE_AFTER = re.compile(
    r"\s*(?:later|earlier|before|after|ago|of|['\u2019]s|a|an|per|each|every)\b", re.IGNORECASE
)
SPLIT_INFINITIVE = re.compile(r"\s+day\s+(?=[a-z])", re.IGNORECASE)
PHRASES = {
    "for": re.compile(r"\s+thing\b", re.IGNORECASE),
    "in": re.compile(
        r"\s+(?:piece|go|breath|sense|respect|way|instance|(?:(?:fell|broad|single)\s+)?"
        r"(?:swoop|stroke))\b",
        re.IGNORECASE,
    ),
    "on": re.compile(r"\s+level\b", re.IGNORECASE),
}
OTHER_ONE = re.compile(  # "one side or the other", "from one room of his house to another"
    r"(?:\s+[\w'-]+){1,5}?\s+(?:or|to|and)\s+(?:the\s+other|another|the\s+next)\b",
    re.IGNORECASE,
)
ON_ONE_HAND = re.compile(r"(?:^|\W)on\s+(?:the\s+)?$", re.IGNORECASE)
STEP_CLOSER = re.compile(r"\s+step\s+(?:closer|nearer|further|farther)\b", re.IGNORECASE)


def _one_start(span: Span) -> int | None:
    """The offset of the word "one" that opens ``span``, or None."""
    words = span.text.split()
    return span.start if words and words[0].lower() == "one" else None


def idiom_one(doc: Document, span: Span) -> bool:
    """ "one" in "one side or the other", "from one place to the next" or "on the one hand":
    the idiom, which counts nothing ("sharp on one side and blunt on the other" joins no "or"
    or "to" and still counts, and so does "one way to cope")."""
    words = span.text.lower().split()
    if not words or words[0] != "one":
        return False
    one_end = span.start + 3
    after = doc.text[one_end : one_end + 80].split("\n", 1)[0]
    if OTHER_ONE.match(after):
        return True
    return bool(
        re.match(r"\s+hand\b", after) and ON_ONE_HAND.search(doc.text, span.start - 8, span.start)
    )


def one_in_a_set_phrase(doc: Document, span: Span) -> bool:
    """ "for one thing", "in one piece", "in one fell swoop", "on one level", "one step
    closer": an idiom listed above, whatever the parse counts in it."""
    start = _one_start(span)
    if start is None:
        return False
    after = start + 3
    if STEP_CLOSER.match(doc.text, after):
        return True
    before = re.search(r"\b(for|in|on)\s+$", doc.text[max(0, start - 6) : start], re.IGNORECASE)
    if before is None:
        return False
    return PHRASES[before.group(1).lower()].match(doc.text, after) is not None


def one_as_when(doc: Document, span: Span) -> bool:
    """ "ran alongside me one day", "told me one time", "went out with friends one night", "to
    one day be captain": when, vaguely, not how long nor how many times."""
    start = _one_start(span)
    if start is None:
        return False
    if doc.text[max(0, start - 3) : start].lower() == "to " and SPLIT_INFINITIVE.match(
        doc.text, start + 3
    ):
        day = doc.token(make_span(doc.text, start + 4, start + 7))
        return day is not None and doc.doc[day.i + 1].tag_ == "VB"  # "to one day be"
    one = doc.token(make_span(doc.text, start, start + 3))
    if one is None or one.i + 1 >= len(doc.doc) or one.i == 0:
        return False
    noun, previous = doc.doc[one.i + 1], doc.doc[one.i - 1]
    if noun.lower_ not in WHEN_NOUNS or noun.dep_ not in ("npadvmod", "dobj"):
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > one.i or previous.i == verb.i:
        return False  # "served one day": the verb's own object, a length
    if previous.pos_ == "ADP" or previous.lower_ in NOT_ADVERBIAL_BEFORE or previous.is_punct:
        return False
    return GAP_OR_RATE_AFTER.match(doc.text, noun.idx + len(noun.text)) is None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBORDINATORS = frozenset({"after", "before", "until", "since", "as", "because", "once", "while"})


def one_before_a_clause(doc: Document, span: Span) -> bool:
    """ "coupled with one Reeves filed earlier": a lower-case "one" after a preposition or a form
    of "be", before a run of capitalised proper nouns (no nationality or party) whose next word
    is a finite verb: the name is the subject of a clause whose "that" is left out, and "one"
    the pronoun it describes. A subject keeps its count ("Only one Republican voted", "after
    one Smith said")."""
    if span.text[:3] != "one":
        return False
    one = doc.token(make_span(doc.text, span.start, span.start + 3))
    if one is None or one.i == one.sent.start:
        return False
    previous = doc.doc[one.i - 1]
    if (previous.dep_ != "prep" and previous.lemma_ != "be") or previous.lower_ in SUBORDINATORS:
        return False  # "after one Senator said": a clause of its own, its subject counted
    sentence_end = one.sent.end
    index = one.i + 1
    while (
        index < sentence_end
        and doc.doc[index].tag_ in ("NNP", "NNPS")
        and doc.doc[index].ent_type_ != "NORP"
        and doc.doc[index].text[:1].isupper()
        and doc.doc[index].is_alpha
    ):
        index += 1
    if index == one.i + 1 or index >= sentence_end:
        return False
    return doc.doc[index].tag_ in FINITE_TAGS


def idiom_of_one(doc: Document, span: Span) -> bool:
    """Whether the span opens with an idiom "one" of this module."""
    return (
        idiom_one(doc, span)
        or one_in_a_set_phrase(doc, span)
        or one_as_when(doc, span)
        or one_before_a_clause(doc, span)
    )
