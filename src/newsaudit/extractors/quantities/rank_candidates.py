"""Ranks the parser misses or runs into a date: "No.1" fused into one token, which no number
scan takes, and "at number five this week", "hit number three last January", "at Number 42",
which the parser tags as one date. The number becomes a cardinal for `ranks` to read as a place
(docs/quantities.md, a rank written with "number" or "No."), and the date after it stays a date.
"""

from __future__ import annotations

import re

from newsaudit.extractors.quantities.values import NUMBER_WORD

FUSED_NO = re.compile(r"(?<![\w.])(?:No|NO)\.(?P<n>\d{1,3})(?![\w.,]?\d|\w)")  # "our No.1 foe"
RANKED_DATE = re.compile(  # a date entity opening with the rank's number: "five this week"
    rf"(?:[Nn]umber\s+)?(?P<n>\d{{1,3}}|(?i:{NUMBER_WORD}))(?![\w-])(?P<rest>.*)", re.DOTALL
)
NUMBER_BEFORE = re.compile(r"\b[Nn]umber\s+$")
DATE_REST = re.compile(r"\s+(?P<date>\S.*)", re.DOTALL)


def fused_ranks(text: str) -> list[tuple[int, int]]:
    """The digits of "No.1" written with no space, which the parser keeps in one token."""
    if "o." not in text and "O." not in text:
        return []
    return [(m.start("n"), m.end("n")) for m in FUSED_NO.finditer(text)]


def split_ranked_dates(
    text: str, entities: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities, a date that opens with a number written after "number" ("number five this
    week", "Number 42") cut into that number, a cardinal, and the date after it, if any."""
    out = []
    for start, end, label in entities:
        ranked = RANKED_DATE.fullmatch(text, start, end) if label == "DATE" else None
        if ranked is None or not _after_number(text, start, ranked):
            out.append((start, end, label))
            continue
        out.append((ranked.start("n"), ranked.end("n"), "CARDINAL"))
        if (rest := DATE_REST.fullmatch(ranked.group("rest"))) is not None:
            out.append((ranked.start("rest") + rest.start("date"), end, "DATE"))
    return out


def _after_number(text: str, start: int, ranked: re.Match) -> bool:
    """Whether the number is written right after "number", inside the entity or before it."""
    if ranked.start("n") > start:
        return True
    return NUMBER_BEFORE.search(text, max(0, start - 8), start) is not None
