"""Readings by docs/quantities.md of a count after "the age of" ("the age of 400 stations"),
"every second" of time ("every second matters") and a number after the singular noun it names
("game six", "day three", "page twelve" as "page 12")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_count_after_the_age_of_is_no_age():
    text = "We live in the age of 400 stations. She retired at the age of 62."
    found = _read(text)
    assert _reading(found, text, "400") != ("measure", 400.0, "years", None)
    assert _reading(found, text, "62") == ("measure", 62.0, "years", None)


def test_every_second_of_time_is_no_ordinal():
    text = "In a final, every second matters. Every second house on the street was empty."
    found = _read(text)
    assert _reading(found, text, "second") is None
    assert _reading(found, text, "second", 1) == ("ordinal", 2.0, None, None)


def test_a_number_after_the_singular_noun_it_names_is_none():
    text = "They won game six on Sunday. On day three the jury met. She won two medals."
    found = _read(text)
    assert _reading(found, text, "six") is None
    assert _reading(found, text, "three") is None
    assert _reading(found, text, "two medals") == ("count", 2.0, "medals", None)


def test_a_year_after_year_stays_a_date():
    text = "The bug struck in the year 2000 and lasted for three days."
    found = _read(text)
    assert _reading(found, text, "2000") == ("date", None, None, "2000")
    assert _reading(found, text, "three days") == ("measure", 3.0, "days", None)
