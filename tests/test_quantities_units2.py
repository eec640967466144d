"""The counted noun of a count (docs/quantities.md, "a count of something named after it" and
"the counted noun's modifiers"): a modifier fused to an adjective or a number by a hyphen is
dropped as adjectives are; the noun is found past describing words, past "more", "fewer" or
"other", after "N of" whatever stands before it, and for the second of two numbers joined by
"or" or "and"."""

from __future__ import annotations

from quantity_helpers import read, reading


def _count(text: str, fragment: str, nth: int = 0):
    return reading(read(text), text, fragment, nth)


def test_a_hyphened_adjective_or_number_before_the_noun_is_dropped():
    text = "The club signed 40 part-time coaches. Builders finished 300 three-bedroom homes."
    found = read(text)
    assert reading(found, text, "40") == ("count", 40.0, "coaches", None)
    assert reading(found, text, "300") == ("count", 300.0, "homes", None)


def test_a_hyphened_compound_that_is_the_noun_or_no_adjective_is_kept():
    text = "She posted nine triple-doubles. He hit four serve-and-volley winners today."
    found = read(text)
    assert reading(found, text, "nine") == ("count", 9.0, "triple-doubles", None)
    assert reading(found, text, "four")[:2] == ("count", 4.0)
    text = "They opened 12 deep-water ports and seven steel mills."
    found = read(text)
    assert reading(found, text, "seven") == ("count", 7.0, "steel mills", None)


def test_a_noun_after_n_of_counts_however_long_its_phrase():
    text = "She has two of the finest young sprinters in Europe. He sold ten of his old red vans."
    found = read(text)
    assert reading(found, text, "two") == ("count", 2.0, "sprinters", None)
    assert reading(found, text, "ten") == ("count", 10.0, "vans", None)


def test_n_of_something_that_is_no_noun_counts_nothing():
    text = "Only three of them were ready when the bus left."
    assert _count(text, "three") == ("count", 3.0, None, None)


def test_a_noun_past_describing_words_is_counted():
    text = "Nine heavily armed masked guards stood by. The jury had two young and four older men."
    found = read(text)
    assert reading(found, text, "Nine") == ("count", 9.0, "guards", None)
    assert reading(found, text, "two") == ("count", 2.0, "men", None)


def test_a_noun_beyond_a_clause_is_not_counted():
    text = "Of the 12 who came to the meeting on Friday, most voted yes."
    assert _count(text, "12")[2] is None


def test_a_noun_past_more_fewer_or_other_is_counted():
    text = (
        "About 30 million more tourists came. There are two million fewer bees this year. "
        "More than three dozen other towns agreed. We need a couple more chairs."
    )
    found = read(text)
    assert reading(found, text, "30 million") == ("count", 30_000_000.0, "tourists", None)
    assert reading(found, text, "two million") == ("count", 2_000_000.0, "bees", None)
    assert reading(found, text, "three dozen") == ("count", 36.0, "towns", None)
    assert reading(found, text, "a couple") == ("count", 2.0, "chairs", None)


def test_more_with_no_noun_after_it_counts_nothing():
    text = "She scored 20 more than her sister. I would like two more, please."
    found = read(text)
    assert reading(found, text, "20") == ("count", 20.0, None, None)
    assert reading(found, text, "two") == ("count", 2.0, None, None)


def test_the_second_of_two_numbers_joined_by_or_counts_the_noun():
    text = "We met four or five young farmers on the road."
    found = read(text)
    assert reading(found, text, "four") == ("count", 4.0, "farmers", None)
    assert reading(found, text, "five") == ("count", 5.0, "farmers", None)


def test_a_fraction_in_words_of_a_singular_unit_takes_the_plural():
    text = "The board is a quarter inch thick and the lake half a mile wide."
    found = read(text)
    assert reading(found, text, "a quarter inch") == ("measure", 0.25, "inches", None)


def test_one_unit_and_units_in_digits_stay_as_written():
    text = "The crate weighs 1 ton. The engine makes 300 hp and the trail is 2 mile long."
    found = read(text)
    assert reading(found, text, "1 ton") == ("measure", 1.0, "ton", None)
    assert reading(found, text, "300 hp") == ("measure", 300.0, "hp", None)
    assert reading(found, text, "2 mile") == ("measure", 2.0, "mile", None)


def test_a_number_word_fused_to_a_unit_measures_in_its_plural():
    text = "They walked a three-mile loop around a ten-acre farm."
    found = read(text)
    assert reading(found, text, "three-mile") == ("measure", 3.0, "miles", None)
    assert reading(found, text, "ten-acre") == ("measure", 10.0, "acres", None)


def test_a_plus_after_the_number_is_no_part_of_the_unit():
    text = "He has thrown for 30+ yards twice."
    assert _count(text, "30+") == ("measure", 30.0, "yards", None)
