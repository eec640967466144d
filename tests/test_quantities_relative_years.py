"""Years named in pairs ("2005-6", "the 2006/07 season"), dates counted from the year the
sentence named in articles with no date, "the current year", and a month whose year follows it
("in February in 1974")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_season_or_fiscal_year_written_as_two_years_is_two_dates():
    text = (
        "Output should grow 4% in 2011-2 and the league moved for the 2008/09 season. "
        "The club was founded in season 1994/95."
    )
    found = _read(text)
    assert _reading(found, text, "2011") == ("date", None, None, "2011")
    assert _reading(found, text, "-2")[3] == "2012"
    assert _reading(found, text, "2008") == ("date", None, None, "2008")
    assert _reading(found, text, "/09")[3] == "2009"
    assert _reading(found, text, "1994") == ("date", None, None, "1994")
    assert _reading(found, text, "/95")[3] == "1995"


def test_two_years_that_are_not_a_year_and_the_next_stay_as_they_were():
    text = "The files sit under /2019/20/ and the lease ran 2005-7 in all."
    found = _read(text)
    assert all(q.resolved_date not in ("2020", "2007") for q in found)


def test_a_date_counted_from_the_year_the_sentence_named_needs_no_article_date():
    text = (
        "The firm sold 3.1 million cars in 2012, up 5% on the previous year. "
        "It earned $4m in 2012, against $3m a year before."
    )
    found = _read(text, when=None)
    assert _reading(found, text, "the previous year") == ("date", None, None, "2011")
    assert _reading(found, text, "a year before") == ("date", None, None, "2011")


def test_a_date_counted_from_the_article_date_stays_unresolved_without_one():
    text = "Prices rose last year and will rise in the current year."
    found = _read(text, when=None)
    assert _reading(found, text, "last year") == ("date", None, None, None)
    assert _reading(found, text, "the current year") == ("date", None, None, None)


def test_the_current_year_is_the_article_year():
    text = "Growth for the current year is put at 2%."
    found = _read(text, when="2019-08-02")
    assert _reading(found, text, "the current year") == ("date", None, None, "2019")


def test_a_month_followed_by_in_and_a_year_is_that_years_month():
    text = "A snap poll was last called in October in 1951. The talks failed in March."
    for when in (None, "2020-05-01"):
        found = _read(text, when=when)
        assert _reading(found, text, "October") == ("date", None, None, "1951-10")
        assert _reading(found, text, "1951") == ("date", None, None, "1951")
    found = _read(text, when="2020-05-01")
    assert _reading(found, text, "March") == ("date", None, None, "2020-03")


def test_a_vague_count_of_units_back_is_a_date_with_no_day_to_name():
    text = "A few years ago the pier burned. Two years ago it reopened, and a couple of weeks ago."
    found = _read(text, when="2017-05-01")
    assert _reading(found, text, "A few years ago") == ("date", None, None, None)
    assert _reading(found, text, "Two years ago") == ("date", None, None, "2015")


def test_a_year_before_the_word_year_names_that_year():
    text = "Analysts expect more for the 2011 year. The oak is 1200 years old; a 900 year old wall."
    found = _read(text, when="2010-06-01")
    assert _reading(found, text, "2011") == ("date", None, None, "2011")
    assert _reading(found, text, "1200 years") == ("measure", 1200.0, "years", None)
    assert _reading(found, text, "900 year") == ("measure", 900.0, "years", None)


def test_a_month_after_last_or_next_is_read_though_the_parser_leaves_it():
    text = "She backed the mayor last March at a rally. That was the last march she led."
    found = _read(text, when="2016-10-01")
    assert _reading(found, text, "last March") == ("date", None, None, "2016-03")
    assert _reading(found, text, "last march") is None


def test_the_previous_year_after_a_pair_of_years_counts_from_its_first():
    text = (
        "The 2009-10 budget rose to $9bn from the previous year's $8bn. Sales rose between "
        "2001 and 2004 and fell the following year."
    )
    found = _read(text, when=None)
    assert _reading(found, text, "the previous year") == ("date", None, None, "2008")
    assert _reading(found, text, "the following year") == ("date", None, None, "2005")


def test_a_year_before_1900_that_the_parser_dates_is_that_year():
    text = "The charter dates from 1688, and the hall held 1500 guests in 1851."
    found = _read(text, when="2012-03-01")
    assert _reading(found, text, "1688") == ("date", None, None, "1688")
    assert _reading(found, text, "1851") == ("date", None, None, "1851")
    assert _reading(found, text, "1500")[0] == "count"
    setting = "Set key_bits = 1024 in the file. The talks open at 1630 GMT in Rome."
    assert _reading(_read(setting), setting, "1024") != ("date", None, None, "1024")
    assert _reading(_read(setting), setting, "1630") != ("date", None, None, "1630")


def test_a_day_and_month_with_next_year_is_a_date_not_years():
    text = "The prize will be handed out on 9 April next year at the fair."
    found = _read(text, when="2012-10-01")
    assert _reading(found, text, "9 April next year") == ("date", None, None, "2013-04-09")
    assert _reading(_read(text, when=None), text, "9 April")[0] == "date"
