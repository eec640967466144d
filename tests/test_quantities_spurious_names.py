"""Numbers that name rather than count or rank (docs/quantities.md, "What is not a quantity"):
digits opening a small name the parse hangs them on, digits inside the parser's name of a
product or work, "twice" fused into an adjective, "first" as an adverb of a phrase, an ordinal
grading term standing alone, an acronym's number opening a sentence, a link's parameter, and a
programme named by a number and a capitalised time unit."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_digits_opening_a_singular_proper_noun_name_it():
    text = (
        "The singer has left the label 2 Wikid after a row over money. Workers around 1 WTC "
        "were told to stay home. An explosion rocked West 23 Street in Manhattan, police said."
    )
    found = _read(text)
    assert _reading(found, text, "2 Wikid") is None
    assert _reading(found, text, "1 WTC") is None
    assert _reading(found, text, "23 Street") is None


def test_digits_before_a_group_a_plural_a_unit_or_after_a_rank_keep_their_reading():
    text = (
        "Police killed 30 Taliban in the raid. The dealer sold 3 Jaguar cars last week. "
        "The world No. 2 Nadal lost in the final. He bought 5 GB of data for the trip."
    )
    found = _read(text)
    assert _reading(found, text, "30 Taliban") == ("count", 30.0, "taliban", None)
    assert _reading(found, text, "3 Jaguar") == ("count", 3.0, "cars", None)
    assert _reading(found, text, "No. 2") == ("ordinal", 2.0, None, None)
    assert _reading(found, text, "5 GB") == ("measure", 5.0, "GB", None)


def test_digits_the_parser_makes_a_product_are_a_model_number():
    text = (
        "While the 757 might seem like an odd choice, he flew it to Ohio. Using the 757 does "
        "not help keep costs down. Clinton earned 42 percent, Trump 34 percent."
    )
    found = _read(text)
    assert _reading(found, text, "757") is None
    assert _reading(found, text, "757", 1) is None
    assert _reading(found, text, "34 percent") == ("percent", 34.0, "%", None)


def test_twice_fused_into_an_adjective_counts_nothing():
    text = "The twice-nominated actor will win. He has been married twice since 1990."
    found = _read(text)
    assert _reading(found, text, "twice-nominated") is None
    assert _reading(found, text, "married twice") == ("count", 2.0, "times", None)


def test_first_as_an_adverb_of_a_phrase_ranks_nothing():
    text = (
        "She has been married three times: first to a banker, then to a pilot. "
        "He finished first in the race on Sunday."
    )
    found = _read(text)
    assert _reading(found, text, "first to") is None
    assert _reading(found, text, "finished first") == ("ordinal", 1.0, None, None)


def test_a_grading_term_standing_alone_ranks_nothing():
    text = (
        "The data will be used more freely by third parties, he said. Voters may create a "
        "third party next year. Whoever wins should see it first hand. She was the first "
        "person to arrive."
    )
    found = _read(text)
    assert _reading(found, text, "third parties") is None
    assert _reading(found, text, "third party") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "first hand") is None
    assert _reading(found, text, "first person") == ("ordinal", 1.0, None, None)


def test_an_acronyms_number_opening_a_sentence_is_the_name():
    text = "The station aired the report on Monday. NBC 5 believes the patient is an employee."
    assert _reading(_read(text), text, "5 believes") is None


def test_a_link_parameter_fused_to_its_name_counts_nothing():
    text = 'The page loads "//connect.facebook.net/en_GB/all.js#xfbml=1" before its comments.'
    assert _reading(_read(text), text, "=1") is None


def test_a_number_opening_a_sentence_before_a_capitalised_time_unit_names_a_film():
    text = (
        "The film opens on Friday across the country.\n\n13 Hours will cover the attack on "
        "the compound. Two hours later the police arrived."
    )
    found = _read(text)
    assert _reading(found, text, "13 Hours") is None
    assert _reading(found, text, "Two hours") == ("measure", 2.0, "hours", None)


def test_one_of_a_number_fused_to_a_unit_is_the_pronoun():
    text = (
        "A slogan was painted on the bonnet of one of the 1200hp supercars in Seattle. "
        "She was one of the 18 staffers fired."
    )
    found = _read(text)
    assert _reading(found, text, "one of") is None
    assert _reading(found, text, "1200hp") == ("measure", 1200.0, "hp", None)
    assert _reading(found, text, "one of", 1) == ("count", 1.0, "staffers", None)


def test_twice_fused_into_a_rate_still_counts():
    text = "He will have twice-daily physio sessions and twice-a-week scans."
    found = _read(text)
    assert _reading(found, text, "twice-daily") == ("count", 2.0, "times", None)
