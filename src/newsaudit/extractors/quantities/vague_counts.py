"""A vague count word said twice ("thousands and thousands of callers", "dozens upon dozens
of vans"): the parser tags the pair as one cardinal, or the first word alone, which reads as no
number (and "several 911" as one, which reads as an emergency number). Each word is a vague
count of the noun after the last one's "of" (docs/quantities.md, "vague counts joined by 'or'
... before 'of'": each a vague count of the noun after "of")."""

from __future__ import annotations

import re

VAGUE_WORD = r"(?:dozens|scores|hundreds|thousands|millions|billions|trillions)"
REPEATING = r"and|or|upon"  # "dozens upon dozens"
VAGUE_PAIR = re.compile(  # "thousands and thousands", or "several 911" of "several 911 calls"
    rf"(?P<low>{VAGUE_WORD})\s+(?:{REPEATING})\s+(?P<high>{VAGUE_WORD})"
    r"|(?P<word>several|few)\s+(?P<digits>\d+)",
    re.IGNORECASE,
)
REPEATING_WORDS = frozenset(REPEATING.split("|"))


def vague_pair(start: int, text: str) -> list[tuple[int, int, str]]:
    """Each vague word of a pair the parser tags as one entity, as its own vague count; a vague
    word and the digits after it ("several 911 calls"), each on its own, as "nine 10" is."""
    pair = VAGUE_PAIR.fullmatch(text)
    if pair is None:
        return []
    if pair.group("word"):
        return [
            (start + pair.start("word"), start + pair.end("word"), "VAGUE"),
            (start + pair.start("digits"), start + pair.end("digits"), "CARDINAL"),
        ]
    return [(start + pair.start(end), start + pair.end(end), "VAGUE") for end in ("low", "high")]


VAGUE_OF_WORDS = re.compile(  # "Hundreds of Britons": the parser runs the vague word into the
    rf"(?P<word>{VAGUE_WORD})\s+of\s+(?!(?:{VAGUE_WORD}|dozen|hundred|thousand|million)\b)[^\d]+",
    re.IGNORECASE,  # capitalised plural after it; "hundreds of thousands" is a scale, kept whole
)


def vague_word_of(start: int, text: str) -> list[tuple[int, int, str]]:
    """The vague word alone of a cardinal the parser runs on into the words after its "of"
    ("Hundreds of Britons"): a vague count of the noun after "of" (docs/quantities.md, a vague
    count: "dozens of minor girls"), as "hundreds of people", which it tags apart, reads."""
    found = VAGUE_OF_WORDS.fullmatch(text)
    if found is None:
        return []
    return [(start + found.start("word"), start + found.end("word"), "VAGUE")]
