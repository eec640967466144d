"""Quantities: season words the parser leaves untagged ("a fall premiere", "the party's spring
conference"), seasons after a possessive or "this", and quarters of a year in a sentence about
growth (docs/quantities.md: a season word after an article or a possessive; a quarter or half
in a sentence about growth or millions)."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_season_word_describing_a_noun_after_an_article_or_possessive_is_a_date():
    text = (
        "Speaking at the party's spring conference, she thanked staff. "
        "The actress quit before a fall premiere. He is planning a fall event in Boston."
    )
    found = _read(text)
    assert _reading(found, text, "spring") == ("date", None, None, "2024")
    assert _reading(found, text, "fall") == ("date", None, None, "2024")
    assert _reading(found, text, "fall", 1) == ("date", None, None, "2024")


def test_a_fall_in_prices_and_a_capitalised_name_are_no_season():
    text = "Shares showed a sharp fall in prices. Apple's Spring Forward event begins today."
    found = _read(text)
    assert _reading(found, text, "fall") is None
    assert _reading(found, text, "Spring") is None


def test_a_season_after_a_possessive_this_or_another_is_the_articles():
    text = (
        "The network unveiled their festive season on Tuesday. "
        "He has won five races this indoor season. The coach kept him on for another season."
    )
    found = _read(text)
    assert _reading(found, text, "their festive season") == ("date", None, None, "2024")
    assert _reading(found, text, "this indoor season") == ("date", None, None, "2024")
    assert _reading(found, text, "another season") == ("date", None, None, "2024")
    text = "Guests flock to the city, as this is awards season after all."
    assert _reading(_read(text), text, "awards season") == ("date", None, None, "2024")


def test_an_ordinal_before_season_ranks_it():
    text = "He scored in his first season at the club and in the first season of the new stand."
    found = _read(text)
    assert _reading(found, text, "first") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "first", 1) == ("ordinal", 1.0, None, None)


def test_a_quarter_in_a_sentence_about_a_downturn_or_the_same_period_is_the_years():
    text = (
        "The performance for the third quarter marks a sharp downturn. "
        "Donations in the fourth quarter were well up on the same period of 2003. "
        "He scored twice in the third quarter to seal the win."
    )
    found = _read(text)
    assert _reading(found, text, "the third quarter") == ("date", None, None, "2024")
    assert _reading(found, text, "the fourth quarter") == ("date", None, None, "2024")
    assert _reading(found, text, "third", 1) == ("ordinal", 3.0, None, None)
    text = "They were sublime in the first half, and poor in the same period against Wales."
    assert _reading(_read(text), text, "first") == ("ordinal", 1.0, None, None)
