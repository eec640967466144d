"""Idioms of "one", "first" before the verb it times, and a capitalised vague word used as a
name: spans the doc reads as no quantity, beside readings they must leave alone."""

from __future__ import annotations

import pytest
from quantity_helpers import read, reading

IDIOMS = (
    "The guide jogged beside us one day. "
    "My aunt warned me one time that the bridge was shut. "
    "She went dancing with her cousins one night. "
    "Every young rider hopes to one day be champion. "
    "For one thing, the ferry was late. "
    "The parcel arrived in one piece. "
    "He praised the plan and mocked it in one breath. "
    "In one fell swoop the board was gone. "
    "On one level, the mayor was right. "
    "The new stadium is one step closer."
)


@pytest.mark.parametrize(
    "fragment",
    [
        "one day",
        "one time",
        "one night",
        "one day be",
        "one thing",
        "one piece",
        "one breath",
        "one fell",
        "one level",
        "one step",
    ],
)
def test_idioms_of_one_count_nothing(fragment: str) -> None:
    assert reading(read(IDIOMS), IDIOMS, fragment) is None


KEPT = (
    "The walkout lasted one day. "
    "He served one day in jail. "
    "She was freed one day before the hearing. "
    "The nurse works there one day a week. "
    "The striker scored in one game. "
    "They camped for one night."
)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("lasted one day", ("measure", 1.0, "days", None)),
        ("served one day", ("measure", 1.0, "days", None)),
        ("one game", ("count", 1.0, "game", None)),
        ("for one night", ("count", 1.0, "night", None)),
    ],
)
def test_lengths_and_counts_of_one_keep_their_readings(fragment: str, expected) -> None:
    assert reading(read(KEPT), KEPT, fragment) == expected


def test_first_before_a_verb_of_placing_says_when() -> None:
    text = "The scheme first came to light in May. The Kenyan runner came first in Boston."
    found = read(text)
    assert reading(found, text, "first came") is None
    assert reading(found, text, "came first") == ("ordinal", 1.0, None, None)


def test_a_capitalised_vague_word_inside_a_sentence_is_a_name() -> None:
    text = "Police fired although Few had raised his hands. Several officers were suspended."
    found = read(text)
    assert reading(found, text, "Few") is None
    assert reading(found, text, "Several officers") == ("count", None, "officers", None)
