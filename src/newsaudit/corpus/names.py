"""Speaker and source names as keys that merge one person's variants across articles.

An article names its speaker in full once ("Sadiq Khan") and reports usually keep that fullest
form, but another outlet may only have "Mr Khan" or "Khan". Titles are dropped, and a one-word
name is merged into the single multi-word name of the corpus that ends with it; when two
("Sadiq Khan", "Imran Khan") do, it stays on its own, since guessing would merge two people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w]+")
_POSSESSIVE = re.compile(r"['’]s\b")
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "president",
        "prime",
        "minister",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "governor",
        "gov",
        "mayor",
        "general",
        "gen",
        "colonel",
        "col",
        "captain",
        "capt",
        "chief",
        "inspector",
        "sergeant",
        "sgt",
        "officer",
        "judge",
        "justice",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "saint",
        "st",
        "the",
    ]
)
NOT_A_NAME = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "him",
        "them",
        "us",
        "me",
        "who",
        "one",
        "someone",
        "anyone",
        "nobody",
    ]
)


def norm_text(text: str) -> str:
    """Case-folded words joined by single spaces: the form quotations are compared in."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


@lru_cache(maxsize=1 << 16)
def name_words(name: str | None) -> tuple[str, ...]:
    """The words of a name without titles, possessives or punctuation; () for a pronoun."""
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", (name or "").casefold())).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    if not words or (len(words) == 1 and words[0] in NOT_A_NAME | TITLES):
        return ()
    return tuple(words)


class NameMerger:
    """Maps raw names to corpus-wide keys; built from every name first, then asked per name."""

    def __init__(self, names: Iterable[str | None]) -> None:
        full_by_last: dict[str, set[str]] = {}
        for name in names:
            words = name_words(name)
            if len(words) > 1:
                full_by_last.setdefault(words[-1], set()).add(" ".join(words))
        self._single = {
            last: next(iter(fulls)) for last, fulls in full_by_last.items() if len(fulls) == 1
        }

    def key(self, name: str | None) -> str | None:
        """The merged key of `name`, or None when it names nobody (absent, a pronoun)."""
        words = name_words(name)
        if not words:
            return None
        if len(words) == 1:
            return self._single.get(words[0], words[0])
        return " ".join(words)
