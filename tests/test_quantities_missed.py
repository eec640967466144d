"""Quantities the rules used to read nothing at: spans of time written with no number ("the
closing minutes", "her early years", "waited a week")."""

from __future__ import annotations

from quantity_helpers import at as _at
from quantity_helpers import read as _read
from quantity_helpers import reading as _reading

VAGUE_HOURS = ("measure", None, "hours", None)


def test_a_plural_time_unit_with_only_modifiers_is_a_vague_duration():
    text = (
        "The visitors pressed hard in the closing minutes of the final. She looked back on her "
        "early years in the village with fondness. The crew worked through the overnight hours "
        "to clear the road. It was a question of seconds, not minutes."
    )
    found = _read(text)
    assert _reading(found, text, "minutes") == ("measure", None, "minutes", None)
    assert _reading(found, text, "years") == ("measure", None, "years", None)
    assert _reading(found, text, "hours") == VAGUE_HOURS
    assert _reading(found, text, "seconds") == ("measure", None, "seconds", None)


def test_a_counted_windowed_or_named_unit_is_left_to_its_own_reading():
    text = (
        "Talks will resume in the coming weeks, after the past 48 hours of strikes. The mayor "
        "left office three years ago. Later, Days was asked to comment on the plan."
    )
    found = _read(text)
    assert _reading(found, text, "the coming weeks")[0] == "time_window"
    assert _reading(found, text, "48 hours") == ("time_window", 48.0, "hours", None)
    assert _reading(found, text, "three years ago")[0] == "date"
    assert _at(found, text, "Days") is None


def test_a_or_an_before_a_time_unit_counts_one_unit():
    text = (
        "The ferry crossed in a little under an hour. He stayed on for a month after the vote, "
        "and she came in over a minute behind the leader. An hour after the close, the shares "
        "fell."
    )
    found = _read(text)
    assert _reading(found, text, "an hour") == ("measure", 1.0, "hours", None)
    assert _reading(found, text, "a month") == ("measure", 1.0, "months", None)
    assert _reading(found, text, "a minute") == ("measure", 1.0, "minutes", None)
    assert _reading(found, text, "An hour") == ("measure", 1.0, "hours", None)


def test_a_time_unit_a_rate_is_per_or_a_date_points_back_from_is_no_duration():
    text = (
        "Members pay $12 a month and meet twice a week. The clinic sees 30 patients a day. "
        "A year later the school closed."
    )
    found = _read(text)
    assert _at(found, text, "a month") is None
    assert _at(found, text, "a week") is None
    assert _at(found, text, "a day") is None
    assert _reading(found, text, "A year later")[0] == "date"


def test_ages_the_parse_marks_as_dates_or_names_by_the_word_age_or_its_band():
    text = (
        "The film follows Nadia, 14, on a trip to her grandfather's village. People change "
        "when they're 40, she said. The voting age is 16 there. The scheme would lift the "
        "retirement age for nurses from 60 to 67. Help goes to the over-80s first."
    )
    found = _read(text)
    assert _reading(found, text, "14") == ("measure", 14.0, "years", None)
    assert _reading(found, text, "40") == ("measure", 40.0, "years", None)
    assert _reading(found, text, "16") == ("measure", 16.0, "years", None)
    assert _reading(found, text, "60") == ("measure", 60.0, "years", None)
    assert _reading(found, text, "67") == ("measure", 67.0, "years", None)
    assert _reading(found, text, "80") == ("measure", 80.0, "years", None)


def test_numbers_after_be_or_between_two_values_that_are_no_ages_stay_no_ages():
    text = (
        "The score was 40 at the break. Prices rose from 60 to 67 cents. The band was big in "
        "the 1970s. The club is 3 points clear."
    )
    found = _read(text)
    assert _reading(found, text, "40") != ("measure", 40.0, "years", None)
    assert _reading(found, text, "60")[0] == "money"
    assert _reading(found, text, "1970s") != ("measure", 1970.0, "years", None)
    assert _reading(found, text, "3 points")[2] == "points"


def test_a_number_word_counts_its_noun_across_the_adjectives_that_describe_it():
    text = (
        "The village keeps one truly ancient oak near the church. She has one older brother. "
        "He is the one who called, and one of them left."
    )
    found = _read(text)
    assert _reading(found, text, "one truly")[:3] == ("count", 1.0, "oak")
    assert _reading(found, text, "one older")[:3] == ("count", 1.0, "brother")
    assert _at(found, text, "one who") is None
    assert _at(found, text, "one of") is None
