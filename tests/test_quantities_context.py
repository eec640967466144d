"""Quantities read from their context, by the conventions of docs/quantities.md: markers of
numbered lines and steps, numbers and weekdays inside names, the tense that places a date, the
count an ordinal stands before, and units written after a fraction."""

from __future__ import annotations

from quantity_helpers import at as _at
from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_marker_fused_to_its_lines_first_word_counts_nothing():
    text = "Our picks for the year.\n\n1.Maria Lopez\n\nShe runs 4 clinics.\n\n2.Tom Baker"
    found = _read(text)
    assert _at(found, text, "1.Maria") is None and _at(found, text, "2.Tom") is None
    assert _reading(found, text, "4 clinics") == ("count", 4.0, "clinics", None)


def test_a_step_number_alone_on_its_line_counts_nothing():
    text = (
        "How to make it.\n\n1\n\nBoil the pasta for 9 minutes.\n\n2\n\nDrain it and add "
        "the sauce.\n\n3\n\nServe it with 2 spoons of cheese."
    )
    found = _read(text)
    for marker in ("1\n", "2\n", "3\n"):
        assert _at(found, text, "\n" + marker) is None
    assert _reading(found, text, "9 minutes") == ("measure", 9.0, "minutes", None)
    lone = "The crowd was large.\n\n40,000\n\nThat was the count at noon."
    assert _reading(_read(lone), lone, "40,000") == ("count", 40000.0, None, None)


def test_a_clock_reading_after_a_marker_or_with_a_stray_point_counts_nothing():
    text = "The fire started about 3.p.m. and crews stayed until around 11 pm with 4 trucks."
    found = _read(text)
    assert _at(found, text, "3.p.m.") is None
    assert _at(found, text, "11 pm") is None
    assert _reading(found, text, "4 trucks") == ("count", 4.0, "trucks", None)


def test_an_ordinal_before_a_count_leaves_the_count_to_be_read():
    text = (
        "The first three towns voted early, and she scored her first three-pointer. "
        "He is in line for a first Six Nations start."
    )
    found = _read(text)
    assert _reading(found, text, "first three towns") == ("count", 3.0, "towns", None)
    assert _reading(found, text, "first three-pointer") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "first Six") == ("ordinal", 1.0, None, None)


def test_a_date_something_is_scheduled_for_lies_ahead():
    text = "The trial is scheduled for March 3. The vote is set for Friday. He was freed on Friday."
    found = _read(text)  # written on Wednesday 15 May 2024
    assert _reading(found, text, "March 3") == ("date", None, None, "2025-03-03")
    assert _reading(found, text, "Friday.") == ("date", None, None, "2024-05-17")
    assert _reading(found, text, "on Friday") == ("date", None, None, "2024-05-10")


def test_the_next_day_counts_from_the_day_the_sentence_named_else_stays_unresolved():
    text = (
        "Crews arrived on May 2, 2024 and left the next day. The following morning, the road "
        "reopened."
    )
    found = _read(text)
    assert _reading(found, text, "next day") == ("date", None, None, "2024-05-03")
    assert _reading(found, text, "following morning") == ("date", None, None, None)


def test_an_age_the_parser_runs_into_a_date_leaves_the_date_its_own_reading():
    text = "He has led the club since he was hired at age 41 in 2015."
    found = _read(text)
    assert _reading(found, text, "41") == ("measure", 41.0, "years", None)
    assert _reading(found, text, "2015") == ("date", None, None, "2015")


def test_megapixels_fused_to_the_number_are_a_measure_as_written():
    text = "The phone has a 48MP main camera, and 12 MPs voted against the bill."
    found = _read(text)
    assert _reading(found, text, "48MP") == ("measure", 48.0, "MP", None)
    assert _reading(found, text, "12 MPs")[:2] == ("count", 12.0)


def test_a_fraction_of_one_unit_is_a_measure_of_the_unit_as_written():
    text = "Stir in 1/2 a cup of stock and simmer for 1/2 an hour, then add 1/2 cup of rice."
    found = _read(text)
    assert _reading(found, text, "1/2 a cup") == ("measure", 0.5, "cup", None)
    assert _reading(found, text, "1/2 an hour") == ("measure", 0.5, "hours", None)
    assert _reading(found, text, "1/2 cup") == ("measure", 0.5, "cup", None)


def test_a_weekday_inside_a_name_is_no_date():
    text = (
        "Her new cookbook Sunday Feasts sold well, she told The Sunday Times. "
        "Officials said Monday Smith had resigned."
    )
    found = _read(text)  # written on Wednesday 15 May 2024
    assert _at(found, text, "Sunday Feasts") is None
    assert _at(found, text, "Sunday Times") is None
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-05-13")
    text = "Ministers expect a close vote when the measure is debated in the Commons on Monday."
    found = _read(text)  # the parser takes "the Commons on Monday" for one name
    assert _reading(found, text, "Monday")[0] == "date"


def test_a_capitalised_number_word_compounded_into_a_name_counts_nothing():
    text = "He was arrested at noon. The Four Paths Police said two men fled."
    found = _read(text)
    assert _at(found, text, "Four Paths") is None
    assert _reading(found, text, "two men") == ("count", 2.0, "men", None)


def test_few_before_a_time_unit_is_a_vague_duration():
    text = "Add the beans; Stir for few seconds. Rest it for few minutes."
    found = _read(text)
    assert _reading(found, text, "few seconds") == ("measure", None, "seconds", None)
    assert _reading(found, text, "few minutes") == ("measure", None, "minutes", None)


def test_a_tables_flattened_cells_are_no_step_markers():
    text = "The standings after the weekend.\n\nRovers\n\n3\n\n2\n\n1\n\nCity\n\n2\n\n1\n\n3"
    found = _read(text)
    assert _reading(found, text, "\n3\n") == ("count", 3.0, None, None)
