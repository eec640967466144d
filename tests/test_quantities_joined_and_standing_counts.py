"""Counts whose noun the parse hides (docs/quantities.md, "a count of something named after it",
"the counted noun's modifiers", "one" before a singular noun): adjectives inside a date entity
that counts a noun, an adjective standing as the noun, and counts joined to one that names the
noun they share."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def _of(text: str, fragment: str, nth: int = 0):
    return _reading(_read(text), text, fragment, nth)


def test_a_participle_of_a_compounded_noun_stays_as_a_term_may_start_with_one():
    text = "He faces five attempted murder charges in the state."
    assert _of(text, "five") == ("count", 5.0, "attempted murder charges", None)


def test_adjectives_inside_a_date_entity_do_not_hide_the_counted_noun():
    text = "Economists call two successive quarters of contraction a recession."
    assert _of(text, "two") == ("count", 2.0, "quarters", None)


def test_a_time_unit_after_adjectives_still_lasts():
    text = "She stayed in the village for two full weeks before leaving."
    assert _of(text, "two") == ("measure", 2.0, "weeks", None)


def test_an_adjective_the_parse_makes_the_noun_is_counted():
    text = "The band signed last spring and has released one single, the label said."
    assert _of(text, "one") == ("count", 1.0, "single", None)
    text = "The crew had four members, three Greeks and one Egyptian, the coastguard said."
    assert _of(text, "one") == ("count", 1.0, "egyptian", None)


def test_an_adjective_before_its_noun_or_a_pronoun_stays_out():
    text = "He bought one other, and she bought two."
    assert _of(text, "one") is None or _of(text, "one")[2] != "other"
    text = "Only one remained calm as the two dead were carried out."
    assert _of(text, "one") == ("count", 1.0, None, None)


def test_not_one_but_two_counts_the_noun_twice():
    text = "Not one, but two Democratic senators voted against the bill."
    assert _of(text, "one") == ("count", 1.0, "senators", None)
    assert _of(text, "two") == ("count", 2.0, "senators", None)


def test_a_number_alone_keeps_no_noun():
    text = "He scored one and then two in the second half."
    assert _of(text, "one") is None
    assert _of(text, "two") == ("count", 2.0, None, None)
