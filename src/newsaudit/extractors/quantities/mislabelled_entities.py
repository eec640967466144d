"""Entities whose label the text itself belies: a percentage that writes no percent word ("two
Ireland-only singles" tagged PERCENT), which the spec reads as the count it opens, and a number
fused to "st" that no ordinal writes so ("a 22st catfish"), which is a weight in stones."""

from __future__ import annotations

import re

PERCENT_MARK = re.compile(r"%|per\s*cent|pct|percent|point|basis|bps|\bpp\b", re.IGNORECASE)


def count_in_percent_entity(entity) -> list[tuple[int, int, str]] | None:
    """The leading number of a PERCENT entity with no percent mark, as a cardinal; None when the
    entity writes its percent or opens with no number."""
    if entity.label_ != "PERCENT" or PERCENT_MARK.search(entity.text):
        return None
    numbers = []
    for token in entity:
        if not (token.like_num or token.pos_ == "NUM"):
            break
        numbers.append(token)
    if not numbers or len(numbers) == len(entity):
        return None
    return [(entity.start_char, numbers[-1].idx + len(numbers[-1]), "CARDINAL")]


STONE = re.compile(r"(?P<n>\d{1,3})st\b")  # "22st": a weight in stones, never "the 22st"


def _ordinal_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def stone_weight(entity) -> list[tuple[int, int, str]] | None:
    """A number fused to "st" that no ordinal writes so ("22st", "15st", not "21st"): the unit of
    weight as written, a measure (spec: a unit of measure, the unit as written)."""
    stone = STONE.match(entity.text)
    if stone is None or _ordinal_suffix(int(stone.group("n"))) == "st":
        return None
    start = entity.start_char
    return [(start, start + stone.end(), "QUANTITY")]
