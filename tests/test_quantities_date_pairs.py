"""Dates the parser runs together or leaves half-read: "the weekend" alone, a step word the
entity leaves out ("this" + "summer's"), a duration up to a date ("the three months to
September"), and a range of months each with its year ("December 2004 to April 2005")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_the_weekend_is_the_one_the_tense_points_to():
    text = "The film took $40m at the weekend. The unions will march at the weekend."
    found = _read(text, when="2024-05-15")  # a Wednesday
    assert _reading(found, text, "the weekend", 0) == ("date", None, None, "2024-W19")
    assert _reading(found, text, "the weekend", 1) == ("date", None, None, "2024-W20")
    undated = _read(text, when=None)
    assert _reading(undated, text, "the weekend", 0) == ("date", None, None, None)


def test_the_last_weekend_of_an_event_stays_no_weekend_before_the_article():
    text = "The prize is given on the last weekend of the fair."
    found = _read(text, when="2024-05-15")
    assert _reading(found, text, "weekend") in (None, ("date", None, None, None))


def test_a_step_word_left_out_of_a_possessive_period_is_pulled_in():
    text = "This weekend's game is close. This summer's festival sold out, as this season's did."
    found = _read(text, when=None)
    assert _reading(found, text, "weekend") == ("date", None, None, None)
    assert _reading(found, text, "summer") == ("date", None, None, None)
    assert _reading(found, text, "season") == ("date", None, None, None)
    dated = _read(text, when="2024-05-15")
    assert _reading(dated, text, "summer") == ("date", None, None, "2024")


def test_a_duration_up_to_a_date_is_a_duration_and_a_date():
    text = "Profit rose to $52m in the three months ending 30 September."
    found = _read(text, when="2024-11-15")
    assert _reading(found, text, "three months") == ("measure", 3.0, "months", None)
    assert _reading(found, text, "30 September") == ("date", None, None, "2024-09-30")


def test_a_duration_with_no_date_after_it_stays_one_duration():
    text = "The economy grew in the three months after the vote."
    found = _read(text, when="2024-11-15")
    assert _reading(found, text, "three months") == ("measure", 3.0, "months", None)


def test_a_range_of_months_each_with_its_year_is_two_dates():
    text = "Orders for delivery from December 2004 to April 2005 rose."
    found = _read(text, when="2024-11-15")
    assert _reading(found, text, "December 2004") == ("date", None, None, "2004-12")
    assert _reading(found, text, "April 2005") == ("date", None, None, "2005-04")


def test_a_season_word_after_a_possessive_is_a_season_of_the_article():
    text = "He spoke at the party's spring conference. In winter the roads close."
    found = _read(text, when="2024-11-15")
    assert _reading(found, text, "spring") == ("date", None, None, "2024")
    assert _reading(found, text, "winter") is None


def test_a_season_the_parser_leaves_untagged_after_the_is_a_date():
    text = "A second round of funding followed in the autumn."
    assert _reading(_read(text, when=None), text, "autumn") == ("date", None, None, None)


def test_the_season_with_two_describing_words_or_a_year_after_it():
    text = "He shone until the end of the southern hemisphere season."
    assert _reading(_read(text, when=None), text, "season") == ("date", None, None, None)
    text = "He was their player of the season in 2001/2."
    assert _reading(_read(text, when=None), text, "the season") == ("date", None, None, "2001")
    text = "He left during the following season."  # counts from another date
    assert _reading(_read(text, when=None), text, "season") in (None, ("date", None, None, None))


def test_four_digits_before_a_time_zone_are_a_clock_reading():
    text = "Shoppers came through by its closing time of 1900 GMT. The hall was built in 1900."
    found = _read(text)
    assert _reading(found, text, "1900", 0) is None
    assert _reading(found, text, "1900", 1) == ("date", None, None, "1900")


def test_a_relative_date_word_in_capitals_in_running_text_is_a_name():
    text = "She told USA TODAY that the deal was off, and left today."
    found = _read(text, when="2024-05-15")
    assert _reading(found, text, "TODAY") is None
    assert _reading(found, text, "today") == ("date", None, None, "2024-05-15")


def test_a_year_after_a_day_name_is_that_year():
    text = (
        "Apple aims to ship the watch by Valentine's Day 2015, and the shop was busy at "
        "Christmas 2019."
    )
    found = _read(text, when="2014-09-01")
    assert _reading(found, text, "2015") == ("date", None, None, "2015")
    assert _reading(found, text, "2019") == ("date", None, None, "2019")


def test_a_year_run_into_a_percentage_is_a_year_and_a_percentage():
    text = "Other figures show that in 2004 73% of all e-mail was spam."
    found = _read(text)
    assert _reading(found, text, "2004") == ("date", None, None, "2004")
    assert _reading(found, text, "73%") == ("percent", 73.0, "%", None)


def test_units_back_are_units_ago():
    text = "The plant opened two years back, and the PAC made a push a few months back."
    found = _read(text, when="2024-05-15")
    assert _reading(found, text, "two years back") == ("date", None, None, "2022")
    assert _reading(found, text, "a few months back") == ("date", None, None, None)
    text = "He came back three days later."  # "back" of a verb: no date
    assert _reading(_read(text), text, "back") is None


def test_a_past_verb_the_parse_makes_an_object_keeps_its_tense():
    text = (
        'Trump - who said he would "bomb the [expletive] out of" oil fields seized by the '
        "Islamic State - said at a Saturday rally in Texas that the US should close its borders."
    )
    found = _read(text, when="2015-11-15")  # a Sunday: the day before
    assert _reading(found, text, "Saturday") == ("date", None, None, "2015-11-14")


def test_a_month_word_the_article_uses_as_a_name_is_that_name():
    text = (
        "Federated is to buy rival May Department Stores for $11bn. Talks sped up after "
        "May's chairman resigned. Analysts see it as a rescue deal for May. Sales fell in May."
    )
    found = _read(text, when="2005-02-28")
    assert _reading(found, text, "May's") is None
    assert _reading(found, text, "for May") is None
    assert _reading(found, text, "in May") == ("date", None, None, "2004-05")


def test_a_month_word_in_an_article_with_no_such_name_stays_a_month():
    text = "Sales fell in May, and May's figures were weak."
    found = _read(text, when="2005-07-28")
    assert _reading(found, text, "May's") == ("date", None, None, "2005-05")
