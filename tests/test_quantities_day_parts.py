"""Relative dates the parser misses or tags as a bare time: a part of a day named from a day
("this morning's meeting", "the following evening", "that evening", "last night"), "the
following year" and "the same year" against the date their sentence named, a season inside the
parser's date after an article ("an entire winter"), and "a year earlier" after a window."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_part_of_a_day_is_a_date_whatever_the_parser_tags():
    text = (
        'An aide said: "After this morning\'s briefing, we are ready." The owner heard shots '
        "at 10:30 pm last night near the shop. Did you see the debate last night?"
    )
    found = _read(text, when="2021-09-10")
    assert _reading(found, text, "this morning") == ("date", None, None, "2021-09-10")
    assert _reading(found, text, "last night", 0) == ("date", None, None, "2021-09-09")
    assert _reading(found, text, "last night", 1) == ("date", None, None, "2021-09-09")
    assert _reading(found, text, "10:30 pm") is None  # a clock reading stays none
    undated = _read(text, when=None)
    assert _reading(undated, text, "this morning") == ("date", None, None, None)


def test_that_evening_is_the_day_its_sentence_named():
    text = (
        "The mayor will speak in Leeds on Monday, before a dinner in York that evening. "
        "The show airs on the festival's opening day and the following evening."
    )
    found = _read(text, when="2021-09-10")  # a Friday
    assert _reading(found, text, "that evening") == ("date", None, None, "2021-09-13")
    assert _reading(found, text, "following evening") == ("date", None, None, None)


def test_a_day_part_that_describes_a_noun_or_follows_a_conjunction_is_no_date():
    text = "She said that evening classes were cancelled. He watched CBS This Morning daily."
    found = _read(text, when="2021-09-10")
    assert _reading(found, text, "that evening") is None
    assert _reading(found, text, "This Morning") is None


def test_the_following_year_counts_from_its_sentences_date_else_is_unresolved():
    text = (
        "The party met in Blackpool in 2002. The following year it went to Bournemouth. "
        "It moved to Brighton in 2004 and to Leeds the following year. "
        'The film "Jobs" came out in 2013, and "iSteve" from the same year.'
    )
    found = _read(text, when="2021-09-10")
    assert _reading(found, text, "following year", 0) == ("date", None, None, None)
    assert _reading(found, text, "following year", 1) == ("date", None, None, "2005")
    assert _reading(found, text, "the same year") == ("date", None, None, "2013")
    undated = _read(text, when=None)
    assert _reading(undated, text, "following year", 0) == ("date", None, None, None)
    assert _reading(undated, text, "following year", 1) == ("date", None, None, "2005")


def test_a_year_earlier_after_a_window_counts_from_the_sentences_year():
    text = (
        "It lost $50m in the fourth quarter of 2004, against a $111m loss for the same "
        "period a year earlier."
    )
    found = _read(text, when=None)
    assert _reading(found, text, "a year earlier") == ("date", None, None, "2003")


def test_a_season_inside_the_parsers_date_after_an_article_is_the_articles_year():
    text = (
        "The stew lasted an entire winter. The last winter was harsh. "
        "In his first winter there he froze."
    )
    found = _read(text, when="2021-09-10")
    assert _reading(found, text, "entire winter") == ("date", None, None, "2021")
    assert _reading(found, text, "last winter") == ("date", None, None, "2020")
    assert _reading(found, text, "first winter") != ("date", None, None, "2021")
