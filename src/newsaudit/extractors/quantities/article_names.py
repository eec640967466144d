"""Digits the article names elsewhere: a number that one sentence shows to be a name's number
is that name wherever else the article writes it in the same shape.

The spec labels none a model number ("Boeing 787"), a number the parse attaches to the
capitalised name right before it ("Apollo 11") and one it compounds into the name after it
("+972 Magazine"). The parse shows this in one sentence and misses it in the next ("The
Commodore 64, launched in 1982" but "Commodore 64 enthusiasts have written emulators", where it
takes "Commodore" for a common noun and 64 for a count of enthusiasts); a reader knows the name
by then, as `date_names` knows "May" for a store named before. So digits (not a year) count
nothing where, elsewhere in the article, the same digits are

- hung on the same capitalised proper noun right before them ("The Commodore 64, launched"
  for "Commodore 64 enthusiasts"), or compounded into the same capitalised singular proper
  noun after them ("the station 6 Music" for "6 Music listeners");
- or, three digits or more, the whole of the parser's name of a product, work or organisation
  ("the 7610's functions" for "their 7610 phone", "7610 owners").

A unit after the digits still measures ("Route 66 ... 66 miles"), and a count whose neighbour
words differ counts ("Route 66 ... 66 people").
"""

from __future__ import annotations

from newsaudit.extractors.quantities.name_heads import (
    NAME_ENTITIES,
    _digits_not_a_year,
    _unit_after,
    digits_open_a_name,
)

NAME_LINKS = frozenset({"nummod", "appos", "compound", "npadvmod"})
JOINS = frozenset({"-", "\u2013", "/", ":", "%", ".", ","})


def _word(token) -> str | None:
    """A capitalised word of letters, as a key for the name beside the digits."""
    return token.text if token.is_alpha and token.text[:1].isupper() else None


def _neighbours(token) -> tuple[str | None, str | None]:
    """The capitalised words right before and right after the digits, each only across a
    single space."""
    doc = token.doc
    before = doc[token.i - 1] if token.i and doc[token.i - 1].whitespace_ == " " else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) and token.whitespace_ == " " else None
    return (before and _word(before)), (after and _word(after))


def _hung_on_the_name_before(token) -> str | None:
    """The capitalised proper noun right before the digits that the parse hangs them on
    ("Commodore 64", "MiG 21"), or None."""
    if not token.i:
        return None
    name = token.doc[token.i - 1]
    if name.pos_ != "PROPN" or name.is_sent_start or name.whitespace_ != " ":
        return None
    if token.head.i != name.i or token.dep_ not in NAME_LINKS:
        return None
    return _word(name)


def _the_whole_name(token) -> bool:
    """Three digits or more that are by themselves the parser's name of a product, a work or an
    organisation ("the 7610's functions"): a model the article names by its number."""
    if len(token.text) < 3 or not token.text.isdigit() or token.ent_type_ not in NAME_ENTITIES:
        return False
    doc = token.doc
    alone_before = token.ent_iob_ == "B"
    alone_after = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return alone_before and alone_after


def _names(other) -> tuple[str | None, str | None, bool]:
    """What ``other`` shows the digits to be: the name's word before them, the name's word
    after them, and whether they are a name by themselves."""
    before = _hung_on_the_name_before(other)
    after = _neighbours(other)[1] if digits_open_a_name(other) else None
    return before, after, _the_whole_name(other)


CACHE_KEY = "newsaudit.quantities.article_names"


def _names_by_digits(doc) -> dict[str, list[tuple[int, str | None, str | None, bool]]]:
    """Per digits written in the article (not a year), each place they stand and what it shows
    them to be. Built once per parsed text and kept in its ``user_data``: asked per candidate
    over the whole text, this was two thirds of the stage's time on long pages."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is None:
        cached = {}
        for other in doc:
            if _digits_not_a_year(other):
                cached.setdefault(other.text, []).append((other.i, *_names(other)))
        doc.user_data[CACHE_KEY] = cached
    return cached


def named_elsewhere(token) -> bool:
    """Whether the article shows these digits, in the same shape, to be a name's number in
    another sentence (see the module's docstring)."""
    if token is None or not _digits_not_a_year(token) or _unit_after(token):
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text in JOINS and not token.whitespace_:
        return False  # "4-6", "3:08", "7610.extended": no bare digits
    word_before, word_after = _neighbours(token)
    for i, before, after, whole in _names_by_digits(doc).get(token.text, ()):
        if i == token.i:
            continue
        if whole or (before and before == word_before) or (after and after == word_after):
            return True
    return False
