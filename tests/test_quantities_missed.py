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
