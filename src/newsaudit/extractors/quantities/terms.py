"""The term dictionary of the counted noun: adjective + noun pairs that are one term.

docs/quantities.md drops an adjective or participle before the counted noun ("three superb
tries" → tries) unless the two are one term a dictionary lists ("26 unforced errors", "4,300
civil servants"). No hand list can hold the terms of news; the dictionary is learned from
how specific each adjective is to its noun over the news corpora (``newsaudit train terms``,
card in docs/models/quantities.md) and shipped as a plain list of pairs, the adjective in lower
case and the noun's lemma ("unforced error"). Without the artifact no pair is a term and the
stage drops every such adjective, as it did before the dictionary.
"""

from __future__ import annotations

import json
from functools import lru_cache

from newsaudit.models.registry import shipped_text

ARTIFACT = "quantities_terms.json"
FORMAT = "newsaudit-quantity-terms/1"
ADJECTIVE_TAGS = frozenset({"JJ", "VBN", "VBG"})


@lru_cache(maxsize=1)
def load_terms() -> frozenset[str] | None:
    """The shipped pairs, or None when this install lacks the artifact."""
    text = shipped_text(ARTIFACT)
    if text is None:
        return None
    data = json.loads(text)
    return frozenset(data["terms"]) if data.get("format") == FORMAT else None


def is_term(adjective: str, noun: str) -> bool:
    """Whether the dictionary lists the adjective (lower case) with the noun's lemma."""
    terms = load_terms()
    return terms is not None and f"{adjective} {noun}" in terms


def _term_of(word, noun) -> bool:
    """A lower-case adjective or participle (the word right before ``noun``) that forms a
    listed term with it."""
    return (
        word.tag_ in ADJECTIVE_TAGS
        and word.is_alpha
        and word.is_lower
        and is_term(word.lower_, noun.lemma_.lower())
    )


def term_start(doc, start: int, head, after: int) -> int:
    """Where the counted noun's phrase starts once an adjective right before it that the
    dictionary lists with the phrase's first noun joins it ("26 [unforced errors]"); the
    adjective must hang on the phrase, follow token ``after`` and not end a hyphened word."""
    if start - 1 <= after:
        return start
    word, first = doc.doc[start - 1], doc.doc[start]
    before = doc.doc[word.i - 1]
    if before.text == "-" and not before.whitespace_:
        return start  # "four anti-spyware bills": a hyphened modifier, left to the hyphen rules
    if start <= word.head.i <= head.i and _term_of(word, first):
        return start - 1
    return start
