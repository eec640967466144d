"""Digits that identify rather than count, and ordinals in digits inside names, by
docs/quantities.md ("What is not a quantity", "Cases settled")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_markup_attribute_value_is_no_count():
    text = 'The mayor wrote <tweet tweet_id="672151859491016704">Thinking of the victims</tweet>.'
    assert _reading(_read(text), text, "672151859491016704") is None


def test_a_short_number_in_a_markup_attribute_is_no_count_either():
    text = 'The page held <img data-id="42" src="a.png"> and the caption.'
    assert _reading(_read(text), text, "42") is None


def test_a_long_digit_run_is_an_identifier():
    text = "The complaint was filed as record 100234567890123 on the court's website."
    assert _reading(_read(text), text, "100234567890123") is None


def test_a_count_in_running_text_after_markup_still_counts():
    text = 'She said <b class="lead">15 states have signed</b>, and 1200000 voters backed it.'
    found = _read(text)
    assert _reading(found, text, "15 states") == ("count", 15.0, "states", None)
    assert _reading(found, text, "1200000") == ("count", 1200000.0, "voters", None)


def test_an_ordinal_in_digits_inside_a_name_is_none():
    text = (
        "Soldiers from the 101st Airborne Division were sent on Monday. The deal drew money "
        "from Rupert Murdoch's 21st Century Fox. She easily won the 3rd Congressional District."
    )
    found = _read(text)
    assert _reading(found, text, "101st") is None
    assert _reading(found, text, "21st") is None
    assert _reading(found, text, "3rd") is None


def test_an_ordinal_in_digits_that_ranks_keeps_its_rank():
    text = (
        "It was the 101st day of the strike. She won her 2nd Oscar on the night. "
        "It is a 21st-century problem."
    )
    found = _read(text)
    assert _reading(found, text, "101st") == ("ordinal", 101.0, None, None)
    assert _reading(found, text, "2nd") == ("ordinal", 2.0, None, None)
    assert _reading(found, text, "21st") == ("ordinal", 21.0, None, None)


def test_a_quarter_in_digits_stays_a_period():
    text = "Profits rose in the 3rd quarter of 2015."
    assert _reading(_read(text), text, "3rd")[0] == "date"


def test_a_number_inside_the_name_of_a_road_or_station_is_none():
    text = "Drivers traveling on Interstate 15 west of the city were stuck for hours."
    assert _reading(_read(text), text, "15") is None
    text = "Caltrans told ABC 7 that someone had changed the sign."
    assert _reading(_read(text), text, "7") is None


def test_a_count_right_after_a_name_still_counts():
    text = "Traffic on Route 66 was slow, and 15 people were hurt near Barstow."
    found = _read(text)
    assert _reading(found, text, "66") is None
    assert _reading(found, text, "15 people") == ("count", 15.0, "people", None)


def test_an_ordinal_in_a_title_case_line_keeps_its_rank():
    text = (
        "Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour\n\nThe band said so."
    )
    assert _reading(_read(text), text, "50th") == ("ordinal", 50.0, None, None)
