"""Which word of the parse is the counted noun when the parse hangs the number elsewhere.

docs/quantities.md gives a count the noun it counts with the nouns compounded with it ("a count
of something named after it"), and none where what follows is no noun ("N of them"). The parse
often hangs the number on the wrong word: on a plural noun that modifies the next one ("three
singles matches"), on a gerund in a compound ("273 phishing e-mails"), on a verb it tags as a
plural noun ("above 50 shows continued growth"); and it tags a participle standing for people
("three of the accused") as a verb. These helpers find the noun a careful reader counts.
"""

from __future__ import annotations

from newsaudit.extractors.quantities.readings import duration_unit

OBJECT_LINKS = frozenset({"dobj", "ccomp"})


def compound_head(word, number):
    """The noun a plural or a gerund the number hangs on modifies right after it ("three
    [singles] matches", "two [manufacturing] sites", "273 [phishing] e-mails"): the compound's
    head is what is counted; None when ``word`` is no such modifier, a unit of time ("five
    years experience" still lasts), or a head in the singular after a count above one ("the
    top 10 free apps list" counts apps: a count above one stands before a plural)."""
    head = word.head
    if head.tag_ == "NN" and number.lower_ not in ("one", "1"):
        return None
    plural = word.tag_ == "NNS" and word.pos_ == "NOUN"
    gerund = word.tag_ == "VBG"
    if not (plural or gerund) or word.dep_ != "compound" or not word.is_lower:
        return None
    if head.i != word.i + 1 or head.pos_ != "NOUN" or not head.is_alpha:
        return None
    if duration_unit(word.text) or duration_unit(head.text):
        return None
    return head


def is_gerund_compound(word) -> bool:
    """A lower-case gerund the parse compounds into the noun after it ("manufacturing sites",
    "phishing e-mails"): a noun of the compound, which the counted noun keeps."""
    return word.tag_ == "VBG" and word.dep_ == "compound" and word.is_lower and word.head.i > word.i


def participle_standing_for_people(doc, number):
    """ "all three of the accused", "two of the wounded": a participle after "of the" that the
    parse makes the object of "of" and that modifies nothing is the people counted; None
    otherwise ("two of the following" is no past participle)."""
    if number.i + 3 >= len(doc.doc):
        return None
    of, the, word = doc.doc[number.i + 1 : number.i + 4]
    if of.lower_ != "of" or the.lower_ != "the" or word.tag_ != "VBN" or not word.is_lower:
        return None
    if word.dep_ != "pobj" or word.head.i != of.i or any(c.i != the.i for c in word.children):
        return None
    return word


def is_no_noun(head) -> bool:
    """A word the number hangs on that is no noun: a verb the parse takes for a plural noun
    and gives an object ("held above 50 shows continued growth": a noun takes no object)."""
    return head.tag_ == "NNS" and any(c.dep_ in OBJECT_LINKS for c in head.children)


NOMINAL_LINKS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr", "appos"})
NOT_STANDING_FOR_A_NOUN = frozenset(
    {"other", "others", "else", "apiece", "each", "alone", "only", "same", "all", "whole", "nil"}
)


def adjective_standing_as_noun(number):
    """The adjective a number counts where the parse makes it the head of the noun phrase,
    a subject or an object with nothing after it ("released one single,", "two Iraqis and one
    Syrian", "2 dead in shooting"): the word stands as the noun (docs/quantities.md, "one"
    before a singular noun it counts); None for "one other", a comparative or a word a noun
    follows."""
    word = number.head
    if word.i != number.i + 1 or number.dep_ != "nummod" or word.tag_ != "JJ":
        return None
    if word.dep_ not in NOMINAL_LINKS or not word.is_alpha:
        return None
    if word.lower_ in NOT_STANDING_FOR_A_NOUN or any(
        c.i > word.i for c in word.children if c.dep_ in ("compound", "amod")
    ):
        return None
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    return word
