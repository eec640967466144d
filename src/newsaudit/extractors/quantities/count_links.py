"""How a number reaches the noun it counts past words the parse puts between them.

docs/quantities.md gives a count its noun ("a count of something named after it"), dropping the
adjectives before it. A careful reader finds that noun however many describing words stand in
between ("seven heavily armed suspected members", "two male and three female judges"), past a
comparative or "other" ("25 million more people", "four million fewer players", "two dozen
other mayors", "a couple more events") and from a number joined by "or" to another ("five or
six young guys": six guys too). The parse hangs such numbers on the comparative, on the
first number or on nothing; these helpers give ``nouns.counted_noun`` the noun a reader sees.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.modifier_words import is_plural_noun_tagged_verb

COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})  # "more", "fewer", "less"
RANGE_DASHES = frozenset({"-", "\u2013"})
DESCRIBING_LINKS = frozenset({"amod", "advmod", "cc", "conj", "compound", "nummod", "punct"})


def only_describing_words(doc: Document, number, head) -> bool:
    """Whether every word between a number and the noun the parse hangs it on describes that
    noun ("50 competing but nearly identical stories"): adjectives, adverbs, participles,
    conjunctions, other numbers and compounded nouns inside the noun's own phrase; not a
    preposition, a determiner or a verb of a clause, which mean the parse reached too far."""
    if not any(a.i == head.i for a in number.ancestors):
        return False
    return all(
        (t.dep_ in DESCRIBING_LINKS and t.pos_ not in ("ADP", "DET", "PRON", "AUX", "PART"))
        or (t.like_num and t.head.i == number.i)  # "200,000-300,000": the range's high end
        for t in doc.doc[number.i + 1 : head.i]
    )


def noun_past_comparative(doc: Document, number):
    """The noun after "more", "fewer" or "other" that a number counts ("25 million more people",
    "two dozen other mayors", "a couple more events"), where the parse hangs the number on the
    comparative or leaves it apart; None when no plural noun follows within three words."""
    if number.i + 2 >= len(doc.doc):
        return None
    word = doc.doc[number.i + 1]
    if word.tag_ not in COMPARATIVE_TAGS and word.lower_ != "other":
        return None
    noun = word.head if word.head.i > word.i else doc.doc[word.i + 1]
    for candidate in (noun, *doc.doc[word.i + 1 : word.i + 4]):
        if candidate.i > word.i and candidate.tag_ in ("NNS", "NNPS"):
            return candidate
    return None


def first_of_a_pair(number):
    """The number an "or" or "and" joins this one to, when that one comes first and counts a
    noun after both ("five or six young guys"); None otherwise."""
    first = number.head
    dashed = number.dep_ in ("prep", "pobj") and first.i == number.i - 2  # "200,000-300,000"
    dashed = dashed and number.nbor(-1).text in RANGE_DASHES
    if not (number.dep_ == "conj" or dashed) or first.i >= number.i or not first.like_num:
        return None
    return first if first.head.i > number.i and first.head.pos_ == "NOUN" else None


def noun_owned(doc: Document, owner):
    """The noun a possessor after "of" owns ("two of the All Blacks' seven tries"): the plural
    noun after its possessive mark, past numbers and adjectives, which a number before "of"
    counts as in "N of the M things"; None when the possessor owns no noun close by."""
    mark = next((c for c in owner.children if c.dep_ == "case" and c.i == owner.i + 1), None)
    if mark is None:
        return None
    for word in doc.doc[mark.i + 1 : mark.i + 5]:
        if word.tag_ in ("NNS", "NNPS") or is_plural_noun_tagged_verb(word):
            return word
        if word.pos_ not in ("NUM", "ADJ", "NOUN", "ADV"):
            return None
    return None


def noun_of_a_fronted_of(number):
    """The noun of an "Of the M things," that opens the number's sentence ("Of the 20 sectors
    surveyed, 13 reported growth"): "N of the M things" turned about, the number with no noun
    of its own the subject of the sentence's verb."""
    opener = number.sent[0]
    if (
        opener.lower_ != "of"
        or number.tag_ != "CD"  # "more than half are": a share with no noun stays one
        or not number.dep_.startswith("nsubj")
        or opener.head != number.head
    ):
        return None
    noun = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or noun.i > number.i:
        return None
    return noun if any(c.dep_ == "nummod" for c in noun.children) else None
