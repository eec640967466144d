"""Boilerplate: the page furniture main-content extraction leaves in an article's text.

Newsletter sign-ups, "Follow AP's coverage of …", "Also on …" and related-link boxes, "Like this
story?", paywall prompts and sports-betting promotions read as sentences, so without this stage
they become claims (a betting promo ranked as the second most check-worthy claim of a real
page). The rules are a documented lexicon (``newsaudit/data/boilerplate.tsv``, one line per
kind of furniture, with the reason) applied to short paragraphs only; a related-links heading
also takes the run of headline-like lines under it. Boilerplate paragraphs are kept out of
quotes, claims, numbers and loaded-language flags by ``Structure.excluded_spans``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MAX_WORDS = 60  # furniture is short; a longer paragraph is prose even when it says "subscribe"
MAX_LINK_WORDS = 20  # a line of a related-links box reads as a headline
MAX_BOX_HEADING_WORDS = 6  # "More from CNN", not "Read more: <the title of one story>"
SENTENCE_END = re.compile(r"(?<![.…])[.!?][\"”’')\]]*\s*$")  # "You may also like..." is no sentence
LIST_MARK = re.compile(r"^\s*(?:[-–•·*]|\d+\.)\s+")


@dataclass(frozen=True, slots=True)
class Rule:
    category: str  # newsletter | follow | related | engagement | subscription | betting | ...
    pattern: re.Pattern
    heading_only: bool  # only a line that does not end a sentence
    why: str


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """The shipped lexicon, compiled once per process."""
    text = (resources.files("newsaudit") / "data" / "boilerplate.tsv").read_text(encoding="utf-8")
    rows = csv.reader(
        (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    rules = []
    for row in rows:
        if row[0] == "category":
            continue
        category, pattern, form, why = row
        rules.append(Rule(category, re.compile(pattern, re.IGNORECASE), form == "heading", why))
    return tuple(rules)


def is_heading(text: str) -> bool:
    """A line that does not end a sentence (headings, link titles, buttons)."""
    return "\n" not in text.strip() and not SENTENCE_END.search(text)


def match_rule(text: str) -> Rule | None:
    """The first lexicon rule a short paragraph matches, or None."""
    text = text.strip()
    if not text or len(text.split()) > MAX_WORDS:
        return None
    heading = is_heading(text)
    for rule in load_rules():
        if (heading or not rule.heading_only) and rule.pattern.search(text):
            return rule
    return None


def is_link_line(text: str) -> bool:
    """A line that could sit in a related-links box: a short headline or a bulleted item."""
    text = text.strip()
    words = len(text.split())
    return 0 < words <= MAX_LINK_WORDS and (is_heading(text) or bool(LIST_MARK.match(text)))


def boilerplate_paragraphs(texts: list[str]) -> list[str | None]:
    """For each paragraph, the category that makes it boilerplate, or None.

    A "related" heading opens a box: the headline-like lines right under it belong to it.
    """
    out: list[str | None] = []
    in_box = False
    for text in texts:
        rule = match_rule(text)
        if rule is not None:
            out.append(rule.category)
            in_box = (
                rule.category == "related"
                and is_heading(text)
                and len(text.split()) <= MAX_BOX_HEADING_WORDS
            )
        elif in_box and is_link_line(text):
            out.append("related")
        else:
            out.append(None)
            in_box = False
    return out
