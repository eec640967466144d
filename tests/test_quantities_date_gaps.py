"""A vague count of units before "later" or "earlier", or a count compared with "than", is a
gap (docs/quantities.md: N units early or late, measure N, none for "a few"), even after a date
its sentence named; a bare unit the parser runs a word into ("upwards years later") is a vague
duration, as "Hours later"; and a full date glued to the word before it on a scraped line is
a date (a calendar date)."""

from __future__ import annotations

from quantity_helpers import read, reading


def _reading(text: str, fragment: str):
    return reading(read(text), text, fragment)


def test_a_few_units_after_a_named_date_measure_the_gap() -> None:
    text = "The poll, taken March 11-13, put him up four points from a survey a few days earlier.\n"
    assert _reading(text, "a few days earlier") == ("measure", None, "days", None)
    text = "The plant opened in 2005 and many years later it closed for good.\n"
    assert _reading(text, "many years later") == ("measure", None, "years", None)


def test_units_compared_with_than_measure_the_gap() -> None:
    text = "The deal, due to end in 2030, now ends in 2027, three years earlier than planned.\n"
    assert _reading(text, "three years earlier") == ("measure", 3.0, "years", None)


def test_a_count_after_a_named_date_still_moves_it() -> None:
    text = "She was born in 1950 and 30 years later she ran the firm.\n"
    assert _reading(text, "30 years later") == ("date", None, None, "1980")
    text = "Sales fell in 2010 and a year later they rose again.\n"
    assert _reading(text, "a year later")[0] == "date"


def test_a_bare_unit_the_parser_runs_a_word_into_is_vague() -> None:
    text = "The first figures were weak but were revised upwards years later.\n"
    assert _reading(text, "years") == ("measure", None, "years", None)
    text = "The two friends met again two years later.\n"
    assert _reading(text, "two years later") == ("measure", 2.0, "years", None)


def test_a_full_date_glued_to_the_line_before_is_a_date() -> None:
    text = "Pilot Shown in Video, Army Strikes Back at TargetsFEB. 5, 2015\nCrowds gathered.\n"
    assert _reading(text, "FEB. 5, 2015") == ("date", None, None, "2015-02-05")
    text = "The Raid Targets the Group LeaderSEPT. 2, 2014\nThe raid was confirmed.\n"
    assert _reading(text, "SEPT. 2, 2014") == ("date", None, None, "2014-09-02")


def test_a_full_date_set_off_by_a_space_is_read_as_before() -> None:
    text = "The shop opened on December 16, 2010 and closed a year later.\n"
    assert _reading(text, "December 16, 2010") == ("date", None, None, "2010-12-16")
