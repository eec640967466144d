"""Which words before a counted noun are nouns compounded with it, and which verbs are nouns.

docs/quantities.md gives a count the counted noun with the nouns compounded with it and drops
the adjectives before them ("three superb tries" → tries, "two menu items" → menu items). The
tagger does not always say which is which: it tags "menu", "keynote" or "protester" as
adjectives, a lower-case common noun ("marijuana cases") as a name, and a plural ("seven
tries") as a verb. The lemmatizer's dictionary lists each word's classes: a modifier it lists
only as a noun is a noun whatever its tag. A word it lists as both ("human", "free", "civil")
keeps the tagger's reading; an adjective so read stays only in a term the learned dictionary
lists (`terms`: "unforced errors", "civil servants"); nor is a word the tagger calls a noun
dropped when the dictionary lists it only as an adjective, as its noun list lacks newer nouns
("broadband users").
"""

from __future__ import annotations

from newsaudit.nlp import words_of_class

MODIFIER_LINKS = frozenset({"amod", "compound", "nmod"})
NOUN_TAGS = frozenset({"NN", "NNS"})


def _classes(word) -> tuple[bool, bool]:
    """Whether the dictionary lists ``word`` (lower case) as a noun, and as an adjective."""
    text = word.lower_
    return text in words_of_class("noun"), text in words_of_class("adj")


def is_noun_modifier(word) -> bool:
    """A lower-case modifier that is a noun: tagged as one ("menu" as NN, "marijuana" as a
    name) and not listed only as an adjective, or tagged as an adjective but listed only as a
    noun ("keynote", "protester")."""
    if word.dep_ not in MODIFIER_LINKS or not word.is_alpha or not word.is_lower:
        return False
    if word.dep_ == "amod" and _participle(word.lower_):  # "two remaining living members"
        return False
    noun, adjective = _classes(word)
    if word.tag_ in NOUN_TAGS or word.tag_ == "NNP":
        return noun or not adjective
    return word.tag_ == "JJ" and noun and not adjective


def is_describing_adjective(word) -> bool:
    """A lower-case word the tagger takes for a noun that the dictionary lists only as an
    adjective and whose adverb in -ly it lists ("superb", "superbly"): a word that describes,
    which docs/quantities.md drops ("three superb tries" → tries); "broadband", which makes no
    adverb, may be a newer noun the list lacks ("broadband users")."""
    if not word.is_alpha or not word.is_lower:
        return False
    noun, adjective = _classes(word)
    if noun or not adjective:
        return False
    text, adverbs = word.lower_, words_of_class("adv")
    forms = (text + "ly", text[:-1] + "ily", text[:-2] + "ly", text[:-1] + "ly")
    return any(form in adverbs for form in forms)


def _participle(text: str) -> bool:
    """A word in -ing or -ed whose stem the dictionary lists as a verb ("living", "dropped"),
    which docs/quantities.md drops as it does an adjective; not "phishing"."""
    verbs = words_of_class("verb")
    if text.endswith("ing"):
        stem = text[:-3]
        return any(s in verbs for s in (stem, stem + "e", stem[:-1]))
    if text.endswith("ed"):
        return any(s in verbs for s in (text[:-2], text[:-1], text[:-3]))
    return False


def _joins(doc, word, after: int) -> bool:
    """Whether ``word`` may join the phrase: a noun modifier not fused by a hyphen to the
    word before it ("four anti-spyware bills", left to the hyphen rules) nor a unit after a
    number ("10-15 min lightning talks")."""
    before = doc.doc[word.i - 1]
    fused = before.text == "-" and not before.whitespace_
    unit = before.like_num and before.i > after  # not the count's own number
    return is_noun_modifier(word) and not fused and not unit


def noun_phrase_start(doc, start: int, head, after: int) -> int:
    """Where the counted noun's phrase starts once the words right before ``start`` that are
    nouns modifying the phrase join it; none before token ``after``."""
    tokens = doc.doc
    while (
        start - 1 > after
        and _joins(doc, tokens[start - 1], after)
        and start <= tokens[start - 1].head.i <= head.i
    ):
        start -= 1
    return start


def is_plural_noun_tagged_verb(word) -> bool:
    """A lower-case word in -s the tagger takes for a present-tense verb that the dictionary
    lists as a noun, where a number counts it ("seven tries", "34 John Wayne films", "31 PGA
    Tour starts"): a plural noun, as a count of more than one is written before a plural."""
    if word.tag_ != "VBZ" or not word.is_alpha or not word.is_lower or not word.text.endswith("s"):
        return False
    if word.is_stop:  # "the number eight is", "it does": a verb, whatever the dictionary
        return False
    nouns = words_of_class("noun")
    text = word.lower_
    bases = (word.lemma_.lower(), text[:-1], text[:-2])
    return any(len(base) > 2 and base in nouns for base in bases)
