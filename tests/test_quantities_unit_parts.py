"""Fractions of one unit, spans of time a longer entity hid, and windows written with a part
or with "recent" alone (docs/quantities.md: a fraction of a unit, a vague duration, the last
or final units of something, within N units of time, a window of recent units)."""

from __future__ import annotations

import pytest
from quantity_helpers import read, reading


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("The bolts are limited to a quarter ounce each.", "a quarter ounce", (0.25, "ounces")),
        ("The new tablet is a quarter-of-an-inch thinner.", "quarter-of-an-inch", (0.25, "inches")),
        ("The farm lies a quarter of a mile from the road.", "quarter of a mile", (0.25, "miles")),
        ("Stir in half a cup of milk.", "half a cup", (0.5, "cups")),
        ("The visitors scored after half-an-hour of pressure.", "half-an-hour", (0.5, "hours")),
    ],
)
def test_a_spelled_part_of_one_unit_measures(text: str, fragment: str, expected) -> None:
    value, unit = expected
    assert reading(read(text), text, fragment) == ("measure", value, unit, None)


def test_parts_that_name_no_unit_of_measure_measure_nothing() -> None:
    text = "She won the second half of the mile race and half a pound of fudge."
    found = read(text)
    assert reading(found, text, "half") is None  # the race's half
    assert reading(found, text, "half", 1) != ("measure", 0.5, "pounds", None)  # money as often


@pytest.mark.parametrize(
    ("text", "fragment", "unit"),
    [
        ("The town has been fought over for centuries.", "centuries", "centuries"),
        ("Fans stayed to the very last seconds of a match in Leeds.", "seconds", "seconds"),
        ("She set out her plan in the opening minutes of the debate.", "minutes", "minutes"),
        ("The episodes reach the web hours after they air in Canada.", "hours", "hours"),
        ("It all turns on the final days in this district.", "days", "days"),
    ],
)
def test_uncounted_time_units_a_longer_entity_hid(text: str, fragment: str, unit: str) -> None:
    assert reading(read(text), text, fragment) == ("measure", None, unit, None)


def test_a_unit_counted_by_its_article_before_a_relative_date() -> None:
    text = "The band took over the radio station for a week last year."
    found = read(text, "2024-05-15")
    assert reading(found, text, "a week") == ("measure", 1.0, "weeks", None)
    assert reading(found, text, "last year") == ("date", None, None, "2023")


def test_last_units_with_no_end_of_a_thing_stay_a_window() -> None:
    text = "Prices have climbed in the last few days, traders said."
    assert reading(read(text), text, "days")[0] == "time_window"


@pytest.mark.parametrize(
    ("text", "fragment", "value", "unit"),
    [
        ("Police arrived within half an hour of the call.", "half an hour", 0.5, "hours"),
        ("Rents rose over the past seven-and-a-half years.", "seven-and-a-half", 7.5, "years"),
        ("Ministers have spent recent months defending the plan.", "recent months", None, "months"),
    ],
)
def test_windows_with_a_part_or_recent_alone(
    text: str, fragment: str, value: float | None, unit: str
) -> None:
    assert reading(read(text), text, fragment) == ("time_window", value, unit, None)


def test_recent_after_the_is_no_window() -> None:
    text = "The most recent polls favour her."
    assert reading(read(text), text, "recent") is None


def test_half_of_a_thing_the_parser_left_untagged_is_a_share() -> None:
    text = "By 2040 the herd may be at half of today's numbers."
    assert reading(read(text), text, "half") == ("fraction", 0.5, "numbers", None)


def test_half_of_a_period_stays_a_period() -> None:
    text = "Sales slumped in the second half of the season."
    assert reading(read(text), text, "half")[0] != "fraction"
