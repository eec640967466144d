"""Where the noun a number counts cannot lie, whatever word the parse hangs the number on.

docs/quantities.md gives a count the noun "named after it". A reader finds none
- past a dash that opens a list or an aside ("its three marques - BMW, Mini and Rolls-Royce",
  "means one thing - cut prices"): the noun is the one before the dash;
- in a word of relative date ("win two tomorrow", "I've seen two today"): a date, read as such;
- after "of" and a pronoun ("25,000 of them Republicans"): the pronoun stands for the things
  counted, and the noun after it says what they are, not what is counted;
- in a noun that names the number itself as a level ("the 100 million mark", "the seven
  million barrier", "a 200,000 figure"): a bare number, as "the index rose to 23,303".
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.spans import Span, make_span

DASHES = frozenset({"-", "--", "–", "—", "―"})
DATE_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday"})
OBJECT_PRONOUNS = frozenset({"them", "us", "you", "those", "these", "which", "whom"})
LEVEL_NOUNS = frozenset(
    {"mark", "barrier", "figure", "threshold", "milestone", "level", "ceiling", "benchmark"}
)


def dash_between(doc: Document, number, head) -> int | None:
    """The index of a spaced dash between a number and the word the parse hangs it on ("three
    marques - BMW"), or of a word that ends in a double dash ("locales-- London"); None when
    none stands between (a hyphen inside a word, "serve-and-volley", is no dash)."""
    for t in doc.doc[number.i + 1 : head.i]:
        if t.text in DASHES and (t.whitespace_ or doc.doc[t.i - 1].whitespace_):
            return t.i
        if len(t.text) > 2 and t.text[0].isalpha() and t.text.endswith(("--", "–", "—")):
            return t.i + 1  # "locales--": the word is before its own dash
    return None


def noun_before_dash(doc: Document, number, dash: int) -> Span | None:
    """The noun right before a dash that a number counts ("three marques -"), without the dash
    its token may carry ("locales--"); None when the number itself ends before the dash."""
    word = doc.doc[dash - 1]
    if word.i <= number.i or word.pos_ not in ("NOUN", "PROPN"):
        return None
    end = word.idx + len(word.text.rstrip("-–—"))
    start = word.idx
    while start > doc.doc[number.i + 1].idx and doc.doc[word.i - 1].pos_ == "NOUN":
        word = doc.doc[word.i - 1]
        start = word.idx  # "two ad units - ": the nouns compounded with it
    return make_span(doc.text, start, end)


def names_no_counted_noun(doc: Document, number, head) -> bool:
    """A word the parse hangs a number on that is no noun it counts: a relative date ("two
    tomorrow"), a name after "of" and a pronoun ("25,000 of them Republicans"), or a level the
    number is ("the 100 million mark")."""
    if head.lower_ in DATE_WORDS:
        return True
    if head.lower_ in LEVEL_NOUNS and head.tag_ == "NN" and number.lower_ not in ("one", "1"):
        return True
    between = doc.doc[number.i + 1 : head.i]
    return (
        len(between) >= 2
        and between[0].lower_ == "of"
        and between[1].lower_ in OBJECT_PRONOUNS
        and between[1].dep_ == "pobj"  # "three of those bills": a determiner, the bills counted
    )
