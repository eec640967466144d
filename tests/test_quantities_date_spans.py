"""Where a date's span starts and ends: a full date whose year runs into the next word, and
the ends of a range of days, each its own date."""

from quantity_helpers import at, read, reading


def test_a_full_date_fused_to_the_next_capitalised_word_keeps_its_year():
    text = "Ann Lee (@annlee) October 6, 2014The hinge on my phone creaks."
    found = read(text, "2016-05-15")
    assert reading(found, text, "October 6") == ("date", None, None, "2014-10-06")
    text = "Posted March 3, 2015Read more below."
    found = read(text, "2016-05-15")
    assert reading(found, text, "March 3") == ("date", None, None, "2015-03-03")


def test_a_full_date_that_ends_its_sentence_is_read_as_before():
    text = "We met on October 6, 2014. The hinge held."
    found = read(text, "2016-05-15")
    assert reading(found, text, "October 6") == ("date", None, None, "2014-10-06")
    text = "The lab logged 2014RT readings on October 6."  # no date runs into a code
    found = read(text, "2016-05-15")
    assert reading(found, text, "October 6")[3] == "2015-10-06"


def test_each_end_of_a_range_of_days_is_its_own_date():
    text = "The rover took the images from Dec. 3 \u2013 Dec. 7, the agency said."
    found = read(text, "2016-05-15")
    assert reading(found, text, "Dec. 3") == ("date", None, None, "2015-12-03")
    assert reading(found, text, "Dec. 7") == ("date", None, None, "2015-12-07")
    text = "The fair ran from June 9 to 12, 2014 in Leeds."
    found = read(text, "2016-05-15")
    assert reading(found, text, "June 9") == ("date", None, None, "2014-06-09")
    assert reading(found, text, "12, 2014") == ("date", None, None, "2014-06-12")


def test_the_high_end_of_a_range_of_days_takes_the_low_ends_month():
    text = "The summit, which is scheduled for July 8 to 12, will take place in Lagos."
    found = read(text, "2024-05-15")
    assert reading(found, text, "July 8") == ("date", None, None, "2024-07-08")
    assert reading(found, text, "12") == ("date", None, None, "2024-07-12")


def test_a_clock_range_after_a_date_is_no_range_of_days():
    text = "The hearing is on June 3, 10-11 am, at the court."
    found = read(text, "2024-05-15")
    assert reading(found, text, "June 3") == ("date", None, None, "2024-06-03")
    assert reading(found, text, "10-11")[0] != "date"


def test_the_year_named_with_the_word_year_is_that_year():
    text = "The abuse took place around the year 2000, the report said."
    found = read(text, "2016-05-15")
    assert reading(found, text, "2000") == ("date", None, None, "2000")
    text = "The firm grew this year."  # "year" with no year after it is not touched
    found = read(text, "2016-05-15")
    assert reading(found, text, "this year") == ("date", None, None, "2016")


def test_a_month_joined_by_or_to_a_month_with_a_year_shares_its_year():
    text = "The calls began in late November or early December of 2013, he said."
    found = read(text, "2016-05-15")
    assert at(found, text, "November").span.text == "late November"
    assert reading(found, text, "November") == ("date", None, None, "2013-11")
    assert reading(found, text, "December") == ("date", None, None, "2013-12")
    text = "The calls began in November, and he left."  # no year after: the article's
    found = read(text, "2016-05-15")
    assert reading(found, text, "November") == ("date", None, None, "2015-11")


def test_a_day_with_its_ordinal_suffix_and_a_year_after_a_dash_is_a_full_date():
    text = "She was born on August 5th-1957 in Ohio."
    found = read(text, "2016-05-15")
    assert reading(found, text, "August") == ("date", None, None, "1957-08-05")
    text = "He died on 5th May 1957 in Ohio."
    found = read(text, "2016-05-15")
    assert reading(found, text, "5th") == ("date", None, None, "1957-05-05")
    text = "The talks ran August 5-12 in Ohio."  # two days, no year: a range of days
    found = read(text, "2016-05-15")
    assert reading(found, text, "12") == ("date", None, None, "2015-08-12")


def test_a_month_after_a_year_with_no_day_names_an_event_not_the_month():
    text = "He joined the 1963 March on Washington as a student."
    found = read(text, "2016-05-15")
    assert reading(found, text, "1963") == ("date", None, None, "1963")
    assert at(found, text, "March") is None
    text = "The vote was held in March 1963 in Ohio."  # the month before its year is a month
    found = read(text, "2016-05-15")
    assert reading(found, text, "March") == ("date", None, None, "1963-03")


def test_two_months_before_one_year_are_each_a_date_of_that_year():
    text = "Prices rose in May and June 2019, the data show."
    found = read(text, "2024-05-15")
    assert reading(found, text, "May") == ("date", None, None, "2019-05")
    assert reading(found, text, "June") == ("date", None, None, "2019-06")
    text = "Prices rose in May 2019 and fell in June."  # the year is May's alone
    found = read(text, "2024-05-15")
    assert reading(found, text, "May") == ("date", None, None, "2019-05")
    assert reading(found, text, "June")[3] != "2019-06"
