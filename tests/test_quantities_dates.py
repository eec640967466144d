"""Dates written in forms the parse does not resolve alone: ISO dates, ranges of years with a
preposition, runs of "Month, YYYY" items, and months named relative to the article's date."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_an_iso_date_is_that_day():
    text = (
        "The rule took effect on 2019-03-04 and was amended (2020-11-30). "
        '"Harbour dues". Port Authority. Retrieved 2021-06-15.'
    )
    found = _read(text)
    assert _reading(found, text, "2019-03-04") == ("date", None, None, "2019-03-04")
    assert _reading(found, text, "2020-11-30") == ("date", None, None, "2020-11-30")
    assert _reading(found, text, "2021-06-15") == ("date", None, None, "2021-06-15")


def test_an_iso_day_that_does_not_exist_stays_unresolved():
    text = "The ledger was stamped 2019-02-30 by mistake."
    found = _read(text)
    assert _reading(found, text, "2019-02-30") in (None, ("date", None, None, None))


def test_an_iso_month_is_the_month_only_where_the_text_marks_a_date():
    text = (
        "Exports peaked in 2018-03 and the survey (2017-05) agreed. "
        "The council passed Resolution 2020-12 without debate."
    )
    found = _read(text)
    assert _reading(found, text, "2018-03") == ("date", None, None, "2018-03")
    assert _reading(found, text, "2017-05") == ("date", None, None, "2017-05")
    assert all(q.resolved_date != "2020-12" for q in found)  # a document's number


def test_each_end_of_a_range_of_years_joined_by_a_word_is_its_year():
    text = (
        "Rents doubled between 2009 to 2017 in the old town. Between 2001 and 2012 the mill "
        "stood empty, and the family farmed there from 1994 to 2003."
    )
    found = _read(text)
    for year in ("2009", "2017", "2001", "2012", "1994", "2003"):
        assert _reading(found, text, year) == ("date", None, None, year)


def test_each_month_of_a_run_of_months_with_years_is_its_own_month():
    text = (
        "Archives\n\nMarch, 2014 February, 2014 January, 2014 December, 2013\n\n"
        "The club met twice that winter."
    )
    found = _read(text)
    assert _reading(found, text, "March, 2014") == ("date", None, None, "2014-03")
    assert _reading(found, text, "February, 2014") == ("date", None, None, "2014-02")
    assert _reading(found, text, "January, 2014") == ("date", None, None, "2014-01")
    assert _reading(found, text, "December, 2013") == ("date", None, None, "2013-12")


def test_a_month_after_next_last_or_this_counts_from_the_articles_date():
    text = (
        "The bridge reopens next May and the ferry next January. The mayor resigned last "
        "October and the council met last May. The fair returns this March. A second fair "
        "is planned for this coming June, and the ferry sails next September 21."
    )
    found = _read(text, when="2016-09-21")
    assert _reading(found, text, "next May") == ("date", None, None, "2017-05")
    assert _reading(found, text, "next January") == ("date", None, None, "2017-01")
    assert _reading(found, text, "last October") == ("date", None, None, "2015-10")
    assert _reading(found, text, "last May") == ("date", None, None, "2016-05")
    assert _reading(found, text, "March") == ("date", None, None, "2016-03")
    assert _reading(found, text, "June") == ("date", None, None, "2017-06")
    assert _reading(found, text, "September 21") == ("date", None, None, "2017-09-21")


def test_a_day_something_is_set_or_scheduled_for_stays_ahead():
    text = (
        "The retrial is presently set for November 28. The appeal is scheduled for "
        "December 19. The jury was sworn in on September 12."
    )
    found = _read(text, when="2016-09-21")
    assert _reading(found, text, "November 28") == ("date", None, None, "2016-11-28")
    assert _reading(found, text, "December 19") == ("date", None, None, "2016-12-19")
    assert _reading(found, text, "September 12") == ("date", None, None, "2016-09-12")
