"""Periods of the year named by a word, not a number: a season of the year after an article
("a mild winter", "the summer heat", "a summer move"), a quarter of the year ("this quarter",
"the previous quarter", "the quarter"), a weekend ("last weekend"), and the season of a sport
that "the end of" or "early in" puts before "the season". Each is the year it falls in (a
weekend its ISO week), against the article's date (docs/quantities.md: a quarter or half of a
year, a season); in an article with no date each is a date still, unresolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsaudit.document import Document
from newsaudit.spans import Span

SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
ARTICLES = frozenset({"a", "an", "the"})


def season_after_article(doc: Document, span: Span) -> bool:
    """A season word alone in the parser's date, after an article and at most two describing
    words ("a mild winter", "the traditionally quiet summer season", "a summer move"), or after
    a possessive, which determines it as an article does ("the party's spring conference", "his
    summer move"): one season, as "the spring" is; "in summer", "that summer" and "every
    winter" name none. The parser's date may hold the article and the describing words ("an
    entire winter"); a step ("the last winter") or a rank ("his first winter") is no such word."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens) or tokens[-1].lower_ not in SEASON_WORDS:
        return False
    token = tokens[-1]
    if not all(_leads_a_season(word) for word in tokens[:-1]):
        return False
    i = token.i - 1
    while i >= 0 and token.i - i <= 2 and doc.doc[i].pos_ in ("ADJ", "ADV"):
        i -= 1
    return i >= 0 and (doc.doc[i].lower_ in ARTICLES or doc.doc[i].tag_ in ("POS", "PRP$"))


def _leads_a_season(word) -> bool:
    """An article, a possessive or a describing word inside the parser's date before the
    season word ("an entire winter"), that is neither a step nor a rank."""
    if word.lower_ in STEP or word.ent_type_ == "ORDINAL" or word.lower_ in ORDINALS:
        return False
    return word.lower_ in ARTICLES or word.tag_ in ("POS", "PRP$") or word.pos_ in ("ADJ", "ADV")


ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "final"})
STEP = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1}
STEP |= {"preceding": -1, "next": 1, "coming": 1, "following": 1}
PART_OF_A_YEAR = re.compile(  # "the last quarter of 2004", "the final half of 2019"
    r"(?:the\s+)?(?:last|final|closing|opening)\s+(?:quarter|half)\s+of\s+((?:19|20)\d\d)",
    re.IGNORECASE,
)


def part_of_a_year(text: str) -> str | None:
    """The year written after "the last quarter of" or "the final half of": a quarter or half of
    that year (the doc's "the first half of 2020"), as the ordinals' "first quarter of 2005" is,
    in an article with a date or none."""
    return match.group(1) if (match := PART_OF_A_YEAR.fullmatch(text.strip())) else None


THE_WEEKEND = re.compile(r"(?:(?:at|over|during|on|through|by|until|for)\s+)?the\s+weekend", re.I)
THE_SEASON_END = re.compile(r"\bthe\s+season$", re.IGNORECASE)  # not "the season's"


def period(text: str, written: str, anchor: date, past: bool = True) -> str | None:
    """The year of "this quarter", "the previous quarter" or "the quarter" (with the article
    stripped), the ISO week of "last weekend", the year of "season" when ``written`` (the
    whole expression) ends in "the season" ("the end of the season"); "the last weekend" of
    a festival is its final one, no weekend before the article's. "The weekend" alone is the
    one the tense (``past``) points to: the last before the article's date, else the coming; so
    is "this weekend" in the past tense (else the weekend of the article's week)."""
    words = text.lower().split()
    if words == ["weekend"] and THE_WEEKEND.fullmatch(written):
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # on or before it
        if not past and saturday < anchor:
            saturday += timedelta(weeks=1)  # "will meet at the weekend": the coming one
        year, week, _ = saturday.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if not words or len(words) > 2 or (len(words) == 2 and words[0] not in STEP):
        return None
    step = STEP[words[0]] if len(words) == 2 else 0
    if words[-1] == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return f"{index // 4:04d}"
    if words[-1] == "weekend" and len(words) == 2 and not written.lower().startswith("the "):
        if words[0] == "this" and past:  # "spoke at a panel this weekend", written on a
            anchor -= timedelta(days=(anchor.weekday() - 5) % 7)  # Monday: the one just gone
        year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if words == ["season"] and THE_SEASON_END.search(written):
        return f"{anchor.year:04d}"
    return None
