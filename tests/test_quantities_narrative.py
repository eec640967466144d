"""Quantities read by docs/quantities.md in running narrative: the tense a weekday takes from
the verb a gerund completes, counts the parse marks without an entity, sizes and units written
in short forms, and windows and dates with no number."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_weekday_on_a_gerund_takes_the_tense_of_the_verb_it_completes():
    text = (
        "Police said officials began receiving 911 calls Tuesday afternoon about a fight. "
        "The team will start selling tickets on Friday."
    )
    found = _read(text)  # a Wednesday
    assert _reading(found, text, "Tuesday") == ("date", None, None, "2024-05-14")
    assert _reading(found, text, "Friday") == ("date", None, None, "2024-05-17")


def test_within_a_bare_plural_time_unit_is_an_uncounted_window():
    text = "The tank could drain within minutes, and within days of the launch sales fell."
    found = _read(text)
    assert _reading(found, text, "minutes") == ("time_window", None, "minutes", None)
    assert _reading(found, text, "days") == ("time_window", None, "days", None)


def test_one_of_a_possessive_and_a_number_counts_one_of_the_noun():
    text = (
        "The probe studied Titan, one of Saturn's 83 moons. One of the company's 40 stores "
        "closed. She is one of Britain's richest women."
    )
    found = _read(text)
    assert _reading(found, text, "one of Saturn") == ("count", 1.0, "moons", None)
    assert _reading(found, text, "One of the company") == ("count", 1.0, "stores", None)
    assert _reading(found, text, "one of Britain") is None  # no number: the pronoun


def test_a_size_in_time_fused_with_a_hyphen_is_a_duration_halves_and_all():
    text = "The clip has an infamous 12½-minute silence, and the 2½-hour wait annoyed fans."
    found = _read(text)
    assert _reading(found, text, "12½-minute") == ("measure", 12.5, "minutes", None)
    assert _reading(found, text, "2½-hour") == ("measure", 2.5, "hours", None)


def test_a_count_of_a_time_unit_compounded_into_a_noun_is_that_duration():
    text = "Fans marked the 40 year anniversary of the day the band formed."
    found = _read(text)
    assert _reading(found, text, "40 year") == ("measure", 40.0, "years", None)


def test_a_number_the_parse_hangs_on_a_camel_case_name_is_part_of_the_name():
    text = "It looks like the iPhone 8 from 2017. She bought an iPad 3 years ago and 2 iPhones."
    found = _read(text)
    assert _reading(found, text, "8") is None  # "Apollo 11", written "iPhone 8"
    assert _reading(found, text, "3 years ago") == ("date", None, None, "2021")
    assert _reading(found, text, "2 iPhones") == ("count", 2.0, "iphones", None)


def test_in_is_inches_when_fused_to_the_number_or_before_a_bracket_not_a_preposition():
    text = "It has a 5.8 in (diagonal) screen; rivals near the 6in mark sold 5 in 2019."
    found = _read(text)
    assert _reading(found, text, "5.8 in") == ("measure", 5.8, "in", None)
    assert _reading(found, text, "6in") == ("measure", 6.0, "in", None)
    assert _reading(found, text, "5 in 2019") == ("count", 5.0, None, None)


def test_rs_before_a_number_is_rupees_but_the_three_rs_are_no_money():
    text = "It sells at Rs 42,900 and the fine was Rs. 5,000; pupils learn the three Rs."
    found = _read(text)
    assert _reading(found, text, "42,900") == ("money", 42900.0, "INR", None)
    assert _reading(found, text, "5,000") == ("money", 5000.0, "INR", None)
    assert _reading(found, text, "three") == ("count", 3.0, "rs", None)


def test_first_off_and_first_up_before_a_comma_order_points_and_rank_nothing():
    text = "First off, the phone is small. First up: the battery. She came first in the race."
    found = _read(text)
    assert _reading(found, text, "First off") is None
    assert _reading(found, text, "First up") is None
    assert _reading(found, text, "first in") == ("ordinal", 1.0, None, None)


def test_a_lone_place_of_total_line_in_a_run_is_a_slide_marker_not_a_fraction_or_date():
    text = (
        "Reasons to buy the phone.\n\n1/3\n\nIt is small.\n\n2/3\n\nIt has a fast chip; 1/2 of "
        "buyers like it.\n\n3/3\n\nIt is cheap.\n\nMix the flour.\n\n1/4\n\ncup of sugar is enough."
    )
    found = _read(text)
    for marker in ("\n1/3\n", "\n2/3\n", "\n3/3\n"):
        assert _reading(found, text, marker) is None
    assert _reading(found, text, "1/2") == ("fraction", 0.5, "buyers", None)
    assert _reading(found, text, "1/4")[:2] == ("fraction", 0.25)  # alone: no run to be in


def test_units_before_or_after_an_event_are_an_unresolved_date_after_a_date_resolved():
    text = (
        "She flew to Boston the day before the fitting. The inn was recommended a day before "
        "our visit. They met on May 3, 2020 and he left the day after. It rained for two days "
        "before the match."
    )
    found = _read(text)
    assert _reading(found, text, "the day before") == ("date", None, None, None)
    assert _reading(found, text, "a day before") == ("date", None, None, None)
    assert _reading(found, text, "the day after") == ("date", None, None, "2020-05-04")
    assert _reading(found, text, "two days") == ("measure", 2.0, "days", None)


def test_a_count_of_units_before_an_event_stays_a_count_of_units_early():
    text = "Three weeks before he died, the inmate was moved."
    found = _read(text)
    assert _reading(found, text, "Three weeks") == ("measure", 3.0, "weeks", None)


def test_a_day_the_parser_runs_into_a_clock_reading_is_still_a_date():
    text = "The polls closed at 5pm Friday. The game starts at 7:30 p.m. Sunday."
    found = _read(text)  # a Wednesday
    assert _reading(found, text, "5pm") is None
    assert _reading(found, text, "Friday") == ("date", None, None, "2024-05-10")
    assert _reading(found, text, "Sunday") == ("date", None, None, "2024-05-19")


def test_a_number_fused_behind_an_at_sign_in_a_name_counts_nothing():
    text = "The firm manages Lakeview Commons and @1212 Residences in the city."
    found = _read(text)
    assert _reading(found, text, "1212") is None


def test_a_count_of_things_written_with_dotted_thousands_is_whole():
    text = "The artwork has 1.000 small lights; 2.500 visitors came; it weighs 2.500 kg."
    found = _read(text)
    assert _reading(found, text, "1.000") == ("count", 1000.0, "lights", None)
    assert _reading(found, text, "2.500 visitors") == ("count", 2500.0, "visitors", None)
    assert _reading(found, text, "2.500 kg") == ("measure", 2.5, "kg", None)


def test_a_day_without_a_year_continues_the_year_of_the_full_date_the_story_just_named():
    text = (
        "The boiler was fitted on December 16, 2010.\n\nShe returned to the house on December 27 "
        "and on January 4 police came.\n\nSmith, born May 1, 1950, spoke on June 3."
    )
    found = _read(text, "2012-07-17")
    assert _reading(found, text, "December 27") == ("date", None, None, "2010-12-27")
    assert _reading(found, text, "January 4") == ("date", None, None, "2011-01-04")
    assert _reading(found, text, "June 3") == ("date", None, None, "2012-06-03")  # a birth date
