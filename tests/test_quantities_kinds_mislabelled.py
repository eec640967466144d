"""Kinds the parser's entity label or a counted noun gets wrong: a percentage with no percent
word, stones fused as "22st", a vague count of a unit of measure, an age led by "aged from
infancy", two numbers side by side in a time entity, and an area's or a temperature's unit as
written."""

from __future__ import annotations

from quantity_helpers import read, reading


def _reading(text: str, fragment: str, nth: int = 0):
    return reading(read(text), text, fragment, nth)


def test_a_percentage_entity_with_no_percent_word_counts() -> None:
    text = "The band released two Ireland-only singles before they left."
    assert _reading(text, "two")[:3] == ("count", 2.0, "singles")
    text = "Unemployment rose to 5 per cent and 10% of firms closed."
    assert _reading(text, "5 per cent")[:3] == ("percent", 5.0, "%")
    assert _reading(text, "10%")[:3] == ("percent", 10.0, "%")


def test_stones_no_ordinal_writes() -> None:
    text = "The angler landed a 17st catfish, and the record fish was 22st."
    assert _reading(text, "17st")[:3] == ("measure", 17.0, "st")
    assert _reading(text, "22st")[:3] == ("measure", 22.0, "st")
    text = "It was the 21st century and the 22nd day of the trial."
    assert _reading(text, "21st")[:2] == ("ordinal", 21.0)
    assert _reading(text, "22nd")[:2] == ("ordinal", 22.0)


def test_vague_count_of_a_unit_of_measure_is_a_vague_measure() -> None:
    text = "The cable carries hundreds of megabits every second."
    assert _reading(text, "hundreds")[:3] == ("measure", None, "megabits")
    text = "Millions of barrels of crude were shipped."
    assert _reading(text, "Millions")[:3] == ("measure", None, "barrels")
    text = "Hundreds of engineers were hired."
    assert _reading(text, "Hundreds")[:3] == ("count", None, "engineers")


def test_aged_from_infancy_to_an_age() -> None:
    text = "Girls aged from infancy to 16 were registered at the clinic."
    assert _reading(text, "16")[:3] == ("measure", 16.0, "years")


def test_a_count_before_a_hyphenated_duration() -> None:
    text = "The debate will have six 15-minute segments with no breaks."
    assert _reading(text, "six")[:3] == ("count", 6.0, "segments")
    assert _reading(text, "15-minute")[:3] == ("measure", 15.0, "minutes")


def test_area_and_temperature_units_as_written() -> None:
    text = "The park covers two million square metres of forest."
    assert _reading(text, "two million")[:3] == ("measure", 2e6, "square metres")
    text = "The chamber is cooled to minus 120 degrees centigrade before use."
    assert _reading(text, "minus 120")[:3] == ("measure", -120.0, "degrees centigrade")
