"""Readings by docs/quantities.md of spans the stage read with the wrong kind or date: a date
inside a phrase with a unit of time ("the week of March 3"), "second" counted by a number, N
units early or late, windows of "a couple of" units, N units ago, counts of a compound noun and a
day before a month name."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_date_after_a_bare_unit_word_is_the_date_alone():
    text = (
        "Staff will train during the week of March 3 before the launch. "
        "The closing months of 2011 were quiet, and sales fell in the year to June 2012."
    )
    found = _read(text)
    assert _reading(found, text, "March 3") == ("date", None, None, "2025-03-03")
    assert _reading(found, text, "2011") == ("date", None, None, "2011")
    assert _reading(found, text, "June 2012") == ("date", None, None, "2012-06")


def test_a_counted_unit_before_a_date_keeps_its_measure():
    text = "They spent two weeks of March 2019 at sea."
    found = _read(text)
    assert _reading(found, text, "two weeks") == ("measure", 2.0, "weeks", None)


def test_a_date_then_a_count_of_days_is_two_readings():
    text = "The inmate was found in his cell on February 11, six days after his arrest."
    found = _read(text)
    assert _reading(found, text, "February 11") == ("date", None, None, "2024-02-11")
    assert _reading(found, text, "six days") == ("measure", 6.0, "days", None)


def test_second_counted_by_a_number_is_a_unit_of_time():
    text = "Wait just one second, please. The clip had a nine-second pause."
    found = _read(text)
    assert _reading(found, text, "one second") == ("measure", 1.0, "seconds", None)
    assert _reading(found, text, "nine-second") == ("measure", 9.0, "seconds", None)


def test_second_with_no_count_stays_a_rank():
    text = "She finished second in the heat and won a second medal on Sunday."
    found = _read(text)
    assert _reading(found, text, "second") == ("ordinal", 2.0, None, None)
    assert _reading(found, text, "second", 1) == ("ordinal", 2.0, None, None)


def test_a_count_of_units_later_is_a_measure():
    text = "The ferry sank in the storm. Her brother drowned three weeks later in the bay."
    found = _read(text)
    assert _reading(found, text, "three weeks") == ("measure", 3.0, "weeks", None)


def test_one_unit_later_or_a_count_after_a_named_date_stays_a_date():
    text = (
        "Profits fell to £40m from £55m a year earlier. "
        "The band formed in 1981 and 10 years later the two founders split."
    )
    found = _read(text)
    assert _reading(found, text, "a year earlier")[0] == "date"
    assert _reading(found, text, "10 years later") == ("date", None, None, "1991")


def test_a_week_or_month_before_an_event_is_a_measure():
    text = (
        "The bank meets in June, a week before the referendum. "
        "The coach was hired a month after the club was sold."
    )
    found = _read(text)
    assert _reading(found, text, "a week") == ("measure", 1.0, "weeks", None)
    assert _reading(found, text, "a month") == ("measure", 1.0, "months", None)


def test_the_day_before_an_event_stays_a_date():
    text = "The painter arrived the day before the opening."
    found = _read(text)
    assert _reading(found, text, "the day before")[0] == "date"


def test_the_next_couple_of_units_is_a_window():
    text = "The club will decide in the next couple of days. Rents rose over the last couple years."
    found = _read(text)
    assert _reading(found, text, "next couple of days") == ("time_window", 2.0, "days", None)
    assert _reading(found, text, "last couple years") == ("time_window", 2.0, "years", None)


def test_a_couple_of_units_with_no_window_word_stays_a_measure():
    text = "The repairs took a couple of days."
    found = _read(text)
    assert _reading(found, text, "a couple of days") == ("measure", 2.0, "days", None)


def test_units_ago_is_a_date_whatever_the_entity_leaves_out():
    text = (
        "She won the regional final three years ago. The mill closed a couple of years ago. "
        "FIRM SOLD 4 MONTHS AGO CLOSES"
    )
    found = _read(text)
    assert _reading(found, text, "three years") == ("date", None, None, "2021")
    assert _reading(found, text, "a couple") == ("date", None, None, "2022")
    assert _reading(found, text, "4 MONTHS AGO") == ("date", None, None, "2024-01")


def test_units_ago_in_an_undated_article_is_an_unresolved_date():
    text = "The striker joined the club nine days ago."
    found = _read(text, when=None)
    assert _reading(found, text, "nine days") == ("date", None, None, None)


def test_a_number_counting_a_compound_noun_is_a_count():
    text = "The kickers missed seven penalty attempts. The cafe dropped 9 menu items."
    found = _read(text)
    assert _reading(found, text, "seven") == ("count", 7.0, "penalty attempts", None)
    assert _reading(found, text, "9") == ("count", 9.0, "menu items", None)


def test_a_unit_before_the_noun_keeps_the_measure():
    text = "The plant runs 400 horsepower engines."
    found = _read(text)
    assert _reading(found, text, "400") == ("measure", 400.0, "horsepower", None)


def test_a_day_before_a_month_name_is_a_date():
    text = "Sales in the week to 24 December rose, and 3 tonnes were sold."
    found = _read(text, when="2004-12-30")
    assert _reading(found, text, "24 December") == ("date", None, None, "2004-12-24")
    assert _reading(found, text, "3 tonnes")[0] == "measure"


def test_a_number_compared_by_younger_or_older_than_is_an_age():
    text = "Every player in the squad is younger than 23. The bridge is older than 200 years."
    found = _read(text)
    assert _reading(found, text, "23") == ("measure", 23.0, "years", None)
    assert _reading(found, text, "200") == ("measure", 200.0, "years", None)


def test_a_number_after_a_name_and_now_set_off_by_commas_is_an_age():
    text = "The child star Maria Lopez, now 17, returned. Shares are now 17, analysts said."
    found = _read(text)
    assert _reading(found, text, "17") == ("measure", 17.0, "years", None)
    assert _reading(found, text, "17", 1) != ("measure", 17.0, "years", None)
