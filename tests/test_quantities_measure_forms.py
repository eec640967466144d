"""Measures the stage misread (docs/quantities.md, "a unit of measure", "an 'm' fused to a
number with no currency sign"): a unit capitalised only by a line's title case, an
abbreviation's point that is the full stop, and a fused "m" the parser leaves untagged or cuts
off a capitalised word's entity."""

from __future__ import annotations

from quantity_helpers import read, reading


def test_a_unit_in_title_case_is_read_in_lower_case():
    text = "Ship Seized With 475 Pounds Of Sugar. Hit It 20 Yards Farther Today"
    found = read(text)
    assert reading(found, text, "20 Yards") == ("measure", 20.0, "yards", None)


def test_a_unit_written_in_capitals_by_its_spelling_stays_as_written():
    text = "The upload limit is 50 MB and the oven reached 26C. Add 1 Tbsp. of oil and stir."
    found = read(text)
    assert reading(found, text, "50 MB") == ("measure", 50.0, "MB", None)
    assert reading(found, text, "1 Tbsp.") == ("measure", 1.0, "Tbsp.", None)


def test_the_point_that_ends_a_sentence_is_no_part_of_the_unit():
    text = "She took the heat by nearly 4secs. Her rival ran 8.15secs. The box holds 8 oz. of tea."
    found = read(text)
    assert reading(found, text, "4secs") == ("measure", 4.0, "secs", None)
    assert reading(found, text, "8.15secs") == ("measure", 8.15, "secs", None)
    assert reading(found, text, "8 oz.") == ("measure", 8.0, "oz.", None)


def test_a_fused_m_after_a_capitalised_word_or_untagged_is_metres():
    text = (
        "Jones, who beat European 10,000m champion Smith in May, won again. "
        "She is among the top four 800m runners this year. "
        "The Olympic 800m and 1500m champion came home."
    )
    found = read(text)
    assert reading(found, text, "10,000m") == ("measure", 10000.0, "m", None)
    assert reading(found, text, "800m") == ("measure", 800.0, "m", None)
    assert reading(found, text, "800m", 1) == ("measure", 800.0, "m", None)
    assert reading(found, text, "1500m") == ("measure", 1500.0, "m", None)


def test_a_fused_m_that_counts_or_follows_a_sign_stays_millions():
    text = "The firm paid £3m for it. About 2m viewers watched. Sales hit 4.5m phones, up from 2m."
    found = read(text)
    assert reading(found, text, "£3m") == ("money", 3e6, "GBP", None)
    assert reading(found, text, "2m viewers")[:2] == ("count", 2e6)
    assert reading(found, text, "2m", 1)[:2] == ("count", 2e6)


def test_a_unit_fused_to_a_size_word_or_an_area_word_is_the_plural():
    text = (
        "They leased a 9,000 square-foot office. Divers found a seven foot-long shark near "
        "a 40-foot-tall tower. The plank is 2 feet long."
    )
    found = read(text)
    assert reading(found, text, "9,000 square-foot") == ("measure", 9000.0, "square feet", None)
    assert reading(found, text, "seven foot")[1:3] == (7.0, "feet")
    assert reading(found, text, "40-foot") == ("measure", 40.0, "feet", None)
    assert reading(found, text, "2 feet") == ("measure", 2.0, "feet", None)


def test_a_vague_word_said_twice_counts_the_noun_after_the_second():
    text = "There were thousands and thousands of angry callers. He saw dozens upon dozens of vans."
    found = read(text)
    assert reading(found, text, "thousands") == ("count", None, "callers", None)
    assert reading(found, text, "thousands", 1) == ("count", None, "callers", None)
    assert reading(found, text, "dozens") == ("count", None, "vans", None)
    assert reading(found, text, "dozens", 1) == ("count", None, "vans", None)


def test_several_before_digits_a_quote_or_a_stop_is_a_vague_count():
    text = 'Locals made several 911 calls. Members meet several "core" tests. He had several, too.'
    found = read(text)
    assert reading(found, text, "several") == ("count", None, "calls", None)
    assert reading(found, text, "911") is None
    assert reading(found, text, "several", 1) == ("count", None, "tests", None)
    assert reading(found, text, "several", 2) == ("count", None, None, None)


def test_a_sized_number_of_things_and_trillions_are_vague_counts():
    text = (
        "Police held an undetermined number of students. A large number of donors gave. "
        "The chip runs trillions of sums. The number of voters rose."
    )
    found = read(text)
    assert reading(found, text, "undetermined number") == ("count", None, "students", None)
    assert reading(found, text, "large number") == ("count", None, "donors", None)
    assert reading(found, text, "trillions") == ("count", None, "sums", None)
    assert reading(found, text, "number of voters") is None


def test_a_point_at_the_end_of_a_list_line_stays_with_the_unit():
    text = "Mix: 2 Cups Rice, 1 tsp.\n\nStep 2\n\nServe warm."
    found = read(text)
    assert reading(found, text, "1 tsp.") == ("measure", 1.0, "tsp.", None)
