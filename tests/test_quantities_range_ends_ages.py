"""The ends of ranges the parser cuts or tags without a unit, and bare ages a person's word
or a comparison of age marks, read by docs/quantities.md (a range of counts, a bare number,
an age with no unit)."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_range_the_parser_tags_a_quantity_with_no_unit_counts():
    text = "Between 2.1 and 2.4 million visitors came. Views: between 300,000 to 450,000, it said."
    found = _read(text)
    assert _reading(found, text, "2.1") == ("count", 2100000.0, "visitors", None)
    assert _reading(found, text, "2.4 million") == ("count", 2400000.0, "visitors", None)
    assert _reading(found, text, "300,000") == ("count", 300000.0, None, None)
    assert _reading(found, text, "450,000") == ("count", 450000.0, None, None)


def test_a_measure_keeps_its_unit():
    text = "The pipe is between 3 and 5 metres long and weighs 40 kg."
    found = _read(text)
    assert _reading(found, text, "5 metres") == ("measure", 5.0, "metres", None)
    assert _reading(found, text, "40 kg") == ("measure", 40.0, "kg", None)


def test_the_high_end_after_a_dash_the_parser_leaves_out_counts_too():
    text = "A unit of 200-250 French soldiers was sent north."
    found = _read(text)
    assert _reading(found, text, "200") == ("count", 200.0, "soldiers", None)
    assert _reading(found, text, "250") == ("count", 250.0, "soldiers", None)


def test_a_falling_pair_or_a_telephone_number_gives_no_high_end():
    text = "Call 415-555-0199 today. The final read 6-3 in the rain."
    found = _read(text)
    assert _reading(found, text, "555") is None
    assert _reading(found, text, "3 in") in (None, ("score", None, None, None))


def test_a_decimal_range_with_its_unit_fused_is_no_file_name():
    text = "The tablet is currently 0.4-1.2cm thick. The file is named notes-1.2-3.4.zip online."
    found = _read(text)
    assert _reading(found, text, "0.4") == ("measure", 0.4, "cm", None)
    assert _reading(found, text, "1.2cm") == ("measure", 1.2, "cm", None)
    assert _reading(found, text, "3.4") is None


def test_the_low_end_the_parser_cuts_takes_the_high_ends_unit():
    text = "The twins are 11 and 12 years old, their mother said. The band played 9 and 10 songs."
    found = _read(text)
    assert _reading(found, text, "11") == ("measure", 11.0, "years", None)
    assert _reading(found, text, "12 years") == ("measure", 12.0, "years", None)
    assert _reading(found, text, "9") == ("count", 9.0, "songs", None)


def test_a_cut_low_end_after_aged_stays_an_age():
    text = "The 12 pupils, aged 15 and 16, from a rural school won the prize."
    found = _read(text)
    assert _reading(found, text, "15") == ("measure", 15.0, "years", None)
    assert _reading(found, text, "16") == ("measure", 16.0, "years", None)


def test_between_the_ages_of_gives_both_ends_their_years():
    text = "The programme is for pupils between the ages of 11 and 14."
    found = _read(text)
    assert _reading(found, text, "11") == ("measure", 11.0, "years", None)
    assert _reading(found, text, "14") == ("measure", 14.0, "years", None)


def test_as_young_as_compares_ages():
    text = "In the camps, boys as young as nine were trained to fight."
    found = _read(text)
    assert _reading(found, text, "nine") == ("measure", 9.0, "years", None)


def test_people_over_an_age_are_that_old_but_sales_are_not():
    text = "Pensioners get £200 where people are over 75. Sales were over 18 units."
    found = _read(text)
    assert _reading(found, text, "75") == ("measure", 75.0, "years", None)
    assert _reading(found, text, "18 units") == ("count", 18.0, "units", None)
