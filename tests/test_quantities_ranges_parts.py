"""Ranges whose ends are written in words or joined by "or", durations written in two units,
and parts of one ("and a half", "a quarter of a century"), read by docs/quantities.md."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_each_end_of_a_range_written_in_words_is_its_own_reading():
    text = "The cast stays on for three to four weeks, then two to 2.5 hours of physio a day."
    found = _read(text)
    assert _reading(found, text, "three") == ("measure", 3.0, "weeks", None)
    assert _reading(found, text, "four weeks") == ("measure", 4.0, "weeks", None)
    assert _reading(found, text, "two") == ("measure", 2.0, "hours", None)
    assert _reading(found, text, "2.5 hours") == ("measure", 2.5, "hours", None)


def test_a_range_joined_by_or_gives_each_end_the_shared_unit():
    text = "Healing may take two or three months, the surgeon said."
    found = _read(text)
    assert _reading(found, text, "two") == ("measure", 2.0, "months", None)
    assert _reading(found, text, "three months") == ("measure", 3.0, "months", None)


def test_a_range_of_counts_after_a_marker_counts_the_noun_at_each_end():
    text = "Officials think about 80,000 to 100,000 people visit the fair each summer."
    found = _read(text)
    assert _reading(found, text, "80,000") == ("count", 80000.0, "people", None)
    assert _reading(found, text, "100,000") == ("count", 100000.0, "people", None)


def test_a_number_word_with_a_hyphen_is_one_number_not_a_range():
    text = "Twenty-five people signed up, and the club won 6-3 on Sunday."
    found = _read(text)
    assert _reading(found, text, "Twenty-five") == ("count", 25.0, "people", None)
    assert _reading(found, text, "6-3")[0] == "score"
    text = "She served a one to one-and-a-half-year stint."  # no range: the high end runs on
    assert all(q.unit != "one-and-a-half-year stint" for q in _read(text))


def test_a_duration_in_two_units_is_two_readings():
    text = "The final lasted two hours and 40 minutes, and the flight took 1 hour 30 minutes."
    found = _read(text)
    assert _reading(found, text, "two hours") == ("measure", 2.0, "hours", None)
    assert _reading(found, text, "40 minutes") == ("measure", 40.0, "minutes", None)
    assert _reading(found, text, "1 hour") == ("measure", 1.0, "hours", None)
    assert _reading(found, text, "30 minutes") == ("measure", 30.0, "minutes", None)


def test_and_a_half_after_a_number_or_a_time_unit_is_part_of_the_number():
    text = "She ran 15-and-a-half miles in five-and-a-half hours, then rested an hour and a half."
    found = _read(text)
    assert _reading(found, text, "15") == ("measure", 15.5, "miles", None)
    assert _reading(found, text, "five") == ("measure", 5.5, "hours", None)
    assert _reading(found, text, "an hour") == ("measure", 1.5, "hours", None)


def test_a_fraction_of_one_time_unit_is_a_duration_but_a_half_that_names_a_period_is_not():
    text = "Over nearly quarter of a century the town grew; half a year later it shrank."
    found = _read(text)
    assert _reading(found, text, "quarter") == ("measure", 0.25, "centuries", None)
    assert _reading(found, text, "half a year") == ("measure", 0.5, "years", None)
    text = "Sales slowed in the second half of a year of strikes."
    assert _reading(_read(text), text, "half")[0] != "measure"


def test_a_number_of_time_units_is_a_vague_duration():
    text = "The pier has been closed for a number of years, and for two years before that."
    found = _read(text)
    assert _reading(found, text, "a number of years") == ("measure", None, "years", None)
    assert _reading(found, text, "two years") == ("measure", 2.0, "years", None)


def test_a_fraction_of_a_percentage_point_is_a_percent_in_points():
    text = "The bank raised rates by a quarter of a percentage point; a quarter of savers moved."
    found = _read(text)
    assert _reading(found, text, "a quarter") == ("percent", 0.25, "percentage points", None)
    assert _reading(found, text, "a quarter", 1)[:2] == ("fraction", 0.25)


def test_the_high_end_of_a_range_of_money_after_a_dash_takes_the_low_end_s_sign():
    text = "Traders expect a test of the $40-40.25 band; the stock closed at $41."
    found = _read(text)
    assert _reading(found, text, "$40") == ("money", 40.0, "USD", None)
    assert _reading(found, text, "40.25") == ("money", 40.25, "USD", None)
    assert _reading(found, text, "$41") == ("money", 41.0, "USD", None)


def test_a_window_counted_with_a_fraction_is_a_window():
    text = "The lease runs for the next 7 1/2 years, as it has for the past 12 years."
    found = _read(text)
    assert _reading(found, text, "7 1/2") == ("time_window", 7.5, "years", None)
    assert _reading(found, text, "12 years") == ("time_window", 12.0, "years", None)


def test_each_end_of_a_range_of_ages_ending_in_years_old_is_an_age():
    text = "Pupils aged between 11 to 14-years-old and 5 to 7 years old joined a 10-15 year study."
    found = _read(text)
    assert _reading(found, text, "11") == ("measure", 11.0, "years", None)
    assert _reading(found, text, "14-years-old") == ("measure", 14.0, "years", None)
    assert _reading(found, text, "5") == ("measure", 5.0, "years", None)
    assert _reading(found, text, "7 years") == ("measure", 7.0, "years", None)


def test_a_bare_high_end_takes_the_time_unit_written_at_the_low_end():
    text = "The trial grew from six months to nine, while sales rose from 20 to 25 units."
    found = _read(text)
    assert _reading(found, text, "nine") == ("measure", 9.0, "months", None)
    assert _reading(found, text, "25") == ("count", 25.0, "units", None)
