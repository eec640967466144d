"""The noun "season" as a date: "during the season", "a new season", "hurricane season".

A season named by the noun alone is a date, the article's year (docs/quantities.md: "this
season", "during the season", "a new season"), unless a word before it counts from another
date ("the following season") or ranks it ("his first season"). The patterns that find such
spans and the reading of them live together, apart from the general date resolver.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.dates import FROM_BEFORE, article_date
from newsaudit.findings import Quantity
from newsaudit.spans import Span

THE_SEASON = re.compile(  # "the regular season", "their festive season", "this indoor season"
    r"\b(?:[Tt]he|an?|[Tt]his|[Aa]nother|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s+"
    r"(?:(?!(?:is|was|are|were|be|been|has|had)\s)[a-z]+\s+){0,2}season(?![\w-])"
)  # not "this is awards season", which names the noun's season
NOUN_SEASON = re.compile(r"\b[A-Za-z][a-z]+\s+season(?![\w-])")  # "wildfire season has started",
# "Flu season is here" opening a sentence


def _names_a_season(word, season) -> bool:
    """A noun compounded into "season" that names a season of the year ("hurricane season",
    "the flu season", "the southern hemisphere season", whose noun the parser may tag an
    adjective), as "the spring" is one."""
    return word.pos_ in ("NOUN", "ADJ") and word.dep_ == "compound" and word.head.i == season.i


def _describes_a_season(word, season) -> bool:
    """A word between the article and "season" that leaves it a season of the year: a noun
    naming it, or an adjective that is no relative word ("the regular season", not "the
    following season", which counts from another date)."""
    if word.ent_type_ == "ORDINAL" or word.lower_ in ORDINAL_ADJECTIVES:
        return False  # "his first season" ranks it: an ordinal
    return _names_a_season(word, season) or (word.pos_ == "ADJ" and word.lower_ not in FROM_BEFORE)


ORDINAL_ADJECTIVES = frozenset({"first", "second", "third", "fourth", "fifth"})


SEASON_DETERMINERS = frozenset({"the", "a", "an", "this", "another"})  # and possessives:
SEASON_DETERMINERS |= {"their", "his", "her", "its", "our", "my", "your"}  # "their debut season"
YEAR_AFTER_SEASON = re.compile(r"\s+in\s+((?:19|20)\d\d)\b")  # "the season in 2001/2"


def the_season(doc: Document, span: Span) -> Quantity | None:
    """ "during the season", "a new season": the season of the article's year (unresolved when
    the article is undated), or of the year written after it ("the season in 2001/2"), as
    "this season" is, when "season" heads its noun phrase and what describes it is no relative
    word ("the following season" counts from another date)."""
    tokens = doc.tokens(span)
    anchor = article_date(doc)
    if tokens is None or tokens[-1].dep_ == "compound":
        return None
    if tokens[0].lower_ not in SEASON_DETERMINERS and not _names_a_season(tokens[0], tokens[-1]):
        return None  # "in season", "each season": no season of the year
    if not all(_describes_a_season(word, tokens[-1]) for word in tokens[1:-1]):
        return None
    following = doc.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc.doc) else None
    if following is not None and (following.tag_ == "POS" or following.lower_ == "of"):
        return None  # "the season's first goal", "the season of giving"
    resolved = f"{anchor.year:04d}" if anchor else None  # an undated article's: unresolved
    if written := YEAR_AFTER_SEASON.match(doc.text, span.end):
        resolved = written.group(1)  # "player of the season in 2001/2": the year written
    return Quantity(span, None, None, "date", resolved_date=resolved)
