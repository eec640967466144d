"""Readings by docs/quantities.md of dates and windows the stage read with the wrong kind or
date: several dates in one entity, a run of dated
lines whose first day the article named, and windows the count alone does not open ("in about
3 to 4 weeks", "in a month's time", "the next five to 10 years", "inside a week")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_several_dates_in_one_entity_are_each_a_date():
    text = (
        "The club won the cup in both 1984 and 1996. Ballots will be cast between Oct. 2 and "
        "Oct. 19, and the Allies' 1944 landing is well known. He led during 2012 - four of them "
        "at home - and in 2010."
    )
    found = _read(text)
    assert _reading(found, text, "1984") == ("date", None, None, "1984")
    assert _reading(found, text, "1996") == ("date", None, None, "1996")
    assert _reading(found, text, "Oct. 2") == ("date", None, None, "2024-10-02")
    assert _reading(found, text, "Oct. 19") == ("date", None, None, "2024-10-19")
    assert _reading(found, text, "1944") == ("date", None, None, "1944")
    assert _reading(found, text, "2012") == ("date", None, None, "2012")
    assert _reading(found, text, "four")[:2] == ("count", 4.0)


def test_a_range_of_years_is_left_to_the_range():
    text = "Prices rose between 2008 and 2016."
    found = _read(text)
    assert _reading(found, text, "2008") == ("date", None, None, "2008")
    assert _reading(found, text, "2016") == ("date", None, None, "2016")


def test_an_undated_story_leaves_a_day_without_a_year_unresolved():
    text = (
        "The festival closes on 14 March 2011.\n\n"
        "Its programme will be announced on 20 January, organisers said."
    )
    found = _read(text, when=None)
    assert _reading(found, text, "20 January") == ("date", None, None, None)


def test_a_dated_story_keeps_its_own_year():
    text = "Profits rose in 2011. The plan will be announced on 20 January, the firm said."
    found = _read(text, when="2024-01-05")
    assert _reading(found, text, "20 January") == ("date", None, None, "2024-01-20")


def test_a_run_of_dated_lines_takes_the_year_of_its_first_day_named_before():
    text = (
        "The band will play a tour that kicks off April 3rd in Austin.\n\n"
        "Tour Dates\n\n"
        "April 3 – Austin, TX @ Moody Center\n\n"
        "April 8 – Dallas, TX @ Winding Rivers Music Center\n\n"
        "May 1 – Tulsa, OK @ BOK Center"
    )
    found = _read(text, when="2024-11-20")
    assert _reading(found, text, "April 3rd") == ("date", None, None, "2025-04-03")
    assert _reading(found, text, "April 8") == ("date", None, None, "2025-04-08")
    assert _reading(found, text, "May 1") == ("date", None, None, "2025-05-01")


def test_a_run_of_dated_lines_with_no_day_named_before_keeps_the_articles_year():
    text = "Tour Dates\n\nApril 3 – Austin, TX @ Moody Center\n\nApril 8 – Dallas, TX @ Arena"
    found = _read(text, when="2024-11-20")
    assert _reading(found, text, "April 8") == ("date", None, None, "2024-04-08")


def test_windows_a_count_alone_does_not_open():
    text = (
        "The leaves will grow back in about 3 to 4 weeks. We meet them in a few days' time. "
        "The results arrive in about a month's time. The turtles may live for the next five to 10 "
        "years. He scored twice inside a week."
    )
    found = _read(text)
    assert _reading(found, text, "3") == ("time_window", 3.0, "weeks", None)
    assert _reading(found, text, "4 weeks") == ("time_window", 4.0, "weeks", None)
    assert _reading(found, text, "a few days") == ("time_window", None, "days", None)
    assert _reading(found, text, "a month") == ("time_window", 1.0, "months", None)
    assert _reading(found, text, "five") == ("time_window", 5.0, "years", None)
    assert _reading(found, text, "10 years") == ("time_window", 10.0, "years", None)
    assert _reading(found, text, "inside a week") == ("time_window", 1.0, "weeks", None)


def test_spans_of_time_that_are_no_window_stay_measures():
    text = (
        "The bridge was built in a month's time. They led for the last 20 to 30 minutes of "
        "the match. He won in about 20 minutes, his first win in two years."
    )
    found = _read(text)
    assert _reading(found, text, "month")[0] == "measure"
    assert _reading(found, text, "20")[0] == "measure"
    assert _reading(found, text, "30 minutes") == ("measure", 30.0, "minutes", None)
    assert _reading(found, text, "20 minutes") == ("measure", 20.0, "minutes", None)
    assert _reading(found, text, "two years") == ("measure", 2.0, "years", None)


def test_a_verb_last_before_a_count_of_hours_opens_no_window():
    text = "The battery is said to last up to 30 hours."
    found = _read(text)
    assert _reading(found, text, "30 hours") == ("measure", 30.0, "hours", None)
