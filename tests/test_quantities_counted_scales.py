"""Counted nouns found past an "of" (a possessive, a closing quote, a coordinated count) and
money scales written once for two amounts or after "-plus", by docs/quantities.md."""

from __future__ import annotations

from quantity_helpers import at as _at
from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_n_of_a_possessive_phrase_counts_its_noun():
    text = (
        "The governor won all 40 of the county's delegates. Officials released 1,200 of the "
        "minister's private emails. She was one of the party's founders."
    )
    found = _read(text)
    assert _reading(found, text, "40") == ("count", 40.0, "delegates", None)
    assert _reading(found, text, "1,200") == ("count", 1200.0, "emails", None)
    assert _at(found, text, "one of") is None  # "one of" with no number: the pronoun


def test_one_of_a_qualified_number_counts_one():
    text = "She is one of just three candidates left. It was one of the most difficult days."
    found = _read(text)
    assert _reading(found, text, "one of just") == ("count", 1.0, "candidates", None)
    assert _reading(found, text, "three") == ("count", 3.0, "candidates", None)
    assert _at(found, text, "one of the most") is None


def test_a_quoted_vague_count_counts_the_noun_after_of():
    text = 'The firm employs "dozens" of drivers. He said "five" of them had left.'
    found = _read(text)
    assert _reading(found, text, "dozens") == ("count", None, "drivers", None)
    assert _reading(found, text, "five") == ("count", 5.0, None, None)  # a pronoun, no noun


def test_coordinated_vague_counts_share_the_noun():
    text = "The war created hundreds of thousands or maybe millions of refugees."
    found = _read(text)
    assert _reading(found, text, "hundreds") == ("count", None, "refugees", None)
    assert _reading(found, text, "millions") == ("count", None, "refugees", None)


def test_a_scale_after_a_bracketed_conversion_scales_both_amounts():
    text = (
        "She has a fortune of $30 (£20) million. The deal is worth $30 million (£20m). "
        "A ticket cost £5 ($6) each."
    )
    found = _read(text)
    assert _reading(found, text, "$30") == ("money", 3e7, "USD", None)
    assert _reading(found, text, "£20") == ("money", 2e7, "GBP", None)
    assert _reading(found, text, "$30 million") == ("money", 3e7, "USD", None)
    assert _reading(found, text, "£20m") == ("money", 2e7, "GBP", None)
    assert _reading(found, text, "£5") == ("money", 5.0, "GBP", None)
    assert _reading(found, text, "$6") == ("money", 6.0, "USD", None)


def test_plus_before_a_scale_keeps_the_scale():
    text = (
        "The country has a $15-plus trillion debt. He scored 20-plus points. It cost $5 plus tax."
    )
    found = _read(text)
    assert _reading(found, text, "$15") == ("money", 1.5e13, "USD", None)
    assert _reading(found, text, "20-plus") == ("count", 20.0, "points", None)
    assert _reading(found, text, "$5") == ("money", 5.0, "USD", None)


def test_a_spelled_unit_fused_with_a_hyphen_takes_its_plural():
    text = (
        "Apple may sell an 8-gigabyte version and a 4-GB one. They built a 38,000-square-foot "
        "centre beside a 3-megahertz mast, a 60-kilowatt-hour battery and a 22-inch screen."
    )
    found = _read(text)
    assert _reading(found, text, "8-gigabyte") == ("measure", 8.0, "gigabytes", None)
    assert _reading(found, text, "38,000") == ("measure", 38000.0, "square feet", None)
    assert _reading(found, text, "60-kilowatt") == ("measure", 60.0, "kilowatt-hours", None)
    assert _reading(found, text, "22-inch") == ("measure", 22.0, "inches", None)
    assert _reading(found, text, "4-GB") == ("measure", 4.0, "GB", None)  # an abbreviation
    assert _reading(found, text, "3-megahertz") == ("measure", 3.0, "megahertz", None)


def test_a_unit_after_a_space_stays_as_written():
    text = "The drive holds 8 gigabyte of data and the hall covers 1.5 million square feet."
    found = _read(text)
    assert _reading(found, text, "8 gigabyte") == ("measure", 8.0, "gigabyte", None)
    assert _reading(found, text, "1.5 million") == ("measure", 1.5e6, "square feet", None)


def test_two_signed_amounts_joined_by_or_are_two_readings():
    text = "They cost around $500 or $600 each. It will cost $3 to $5 billion."
    found = _read(text)
    assert _reading(found, text, "$500") == ("money", 500.0, "USD", None)
    assert _reading(found, text, "$600") == ("money", 600.0, "USD", None)
    assert _reading(found, text, "$3") == ("money", 3e9, "USD", None)  # the high end's scale
    assert _reading(found, text, "$5 billion") == ("money", 5e9, "USD", None)


def test_a_suspended_hyphen_joins_the_modifiers_before_the_noun():
    text = "The plan would close 1,500 coal- and gas-fired power plants."
    found = _read(text)
    assert _reading(found, text, "1,500") == ("count", 1500.0, "power plants", None)


def test_a_modifier_inside_a_name_is_dropped_from_the_counted_noun():
    text = "At least 10 ISIS fighters were caught. Two prison officers and 5 Fox News anchors left."
    found = _read(text)
    assert _reading(found, text, "10") == ("count", 10.0, "fighters", None)
    assert _reading(found, text, "5 Fox") == ("count", 5.0, "anchors", None)
    assert _reading(found, text, "Two") == ("count", 2.0, "prison officers", None)  # kept


def test_a_unit_fused_to_digits_the_parser_calls_an_ordinal_is_a_measure():
    text = "The 1200hp engine roars. He finished 21st. It comes in 18-karat gold."
    found = _read(text)
    assert _reading(found, text, "1200hp") == ("measure", 1200.0, "hp", None)
    assert _reading(found, text, "21st") == ("ordinal", 21.0, None, None)
    assert _reading(found, text, "18-karat") == ("measure", 18.0, "karats", None)


def test_a_time_unit_before_a_noun_without_its_hyphen_is_a_duration():
    text = "The talk starts at the 7 minute mark. The 12 second clip went viral. She came second."
    found = _read(text)
    assert _reading(found, text, "7 minute") == ("measure", 7.0, "minutes", None)
    assert _reading(found, text, "12 second") == ("measure", 12.0, "seconds", None)
    assert [q.kind for q in found if q.span.text == "second"] == ["ordinal"]  # "came second"


def test_quotation_marks_are_no_words_between_a_count_and_its_noun():
    text = "They hoped to find tens of thousands of “missing” emails. Four big old rusty cars left."
    found = _read(text)
    assert _reading(found, text, "tens") == ("count", None, "emails", None)
    assert _reading(found, text, "Four") == ("count", 4.0, "cars", None)


def test_n_of_a_pronoun_owner_far_from_its_noun_counts_the_noun():
    text = "Each share will be worth eight of its big new Hong Kong shares."
    found = _read(text)  # "N of the M things": the phrase after "of" is the noun's own
    assert _reading(found, text, "eight") == ("count", 8.0, "shares", None)
