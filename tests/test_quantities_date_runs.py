"""A count and a date the parser runs into one date entity are two readings, and a quarter or
half of a year after "last" or "final" is the year written after it."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_duration_run_into_the_date_it_falls_in_is_a_duration_and_a_date():
    text = "Mr Cole first went to Peru for six months in 1973, and stayed."
    found = _read(text)
    assert _reading(found, text, "six months") == ("measure", 6.0, "months", None)
    assert _reading(found, text, "1973") == ("date", None, None, "1973")


def test_a_duration_before_a_dash_and_a_year_or_weekday_is_each_its_reading():
    text = "In the space of one year - between 2012 and 2013 - sales fell by 13.8%."
    found = _read(text)
    assert _reading(found, text, "one year") == ("measure", 1.0, "years", None)
    assert _reading(found, text, "2012") == ("date", None, None, "2012")
    text = "They will have only two days - Wednesday and next Monday - to debate the plans."
    found = _read(text, "2024-05-13")
    assert _reading(found, text, "two days") == ("measure", 2.0, "days", None)
    assert _reading(found, text, "Wednesday") == ("date", None, None, "2024-05-15")


def test_a_day_before_a_dash_and_a_duration_is_a_date_and_a_duration():
    text = "The side will face Peru on 29 March - just three days after the qualifier."
    found = _read(text, "2024-02-10")
    assert _reading(found, text, "29 March") == ("date", None, None, "2024-03-29")
    assert _reading(found, text, "three days") == ("measure", 3.0, "days", None)


def test_a_month_before_an_age_and_a_number_before_last_year():
    text = "In December 14-year-old Tom Reed caught a catfish."
    found = _read(text, "2024-05-15")
    assert _reading(found, text, "December") == ("date", None, None, "2023-12")
    assert _reading(found, text, "14-year-old") == ("measure", 14.0, "years", None)
    text = "Jo Bloggs, who moves to number 18 from 32 last year, was pleased."
    found = _read(text)
    assert _reading(found, text, "32") == ("count", 32.0, None, None)
    assert _reading(found, text, "last year") == ("date", None, None, "2023")


def test_a_duration_that_counts_no_date_is_untouched():
    text = "She worked there for six months and left in 2019."
    found = _read(text)
    assert _reading(found, text, "six months") == ("measure", 6.0, "months", None)
    assert _reading(found, text, "2019") == ("date", None, None, "2019")


def test_the_last_or_final_quarter_of_a_year_is_that_year():
    text = "The economy shrank 0.2% in the last quarter of 2004 and grew in the final half of 2005."
    found = _read(text)
    assert _reading(found, text, "last quarter") == ("date", None, None, "2004")
    assert _reading(found, text, "final half") == ("date", None, None, "2005")
    text = "Sales rose in the last quarter, the company said."  # no year written: the article's
    found = _read(text)
    assert _reading(found, text, "last quarter") != ("date", None, None, "2004")
